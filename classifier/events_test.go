package classifier

import (
	"os"
	"path/filepath"
	"testing"
)

// TestEvents reads the sending services' event JSON of testdata/events,
// written to each service's documented schema, as a pasted body: every
// recipient must get its labelled category and codes.
func TestEvents(t *testing.T) {
	s := scoreLabelledSet(t, filepath.Join("testdata", "events"), nil, func(l Label, d *Diagnosis) {
		if d.Format != "event" {
			t.Errorf("%s: read as %s, want an event", l.File, d.Format)
		}
		if len(d.Recipients) != len(l.Categories) {
			t.Errorf("%s: %d recipients, want %d", l.File, len(d.Recipients), len(l.Categories))
		}
	})
	if s.RecipientsRight != s.Recipients {
		t.Errorf("recipients: %d of %d right (the misses are logged above)", s.RecipientsRight, s.Recipients)
	}
	if s.StatusRight != s.Status {
		t.Errorf("status codes: %d of %d right", s.StatusRight, s.Status)
	}
}

// TestEventInMail reads an event forwarded as the body of a mail (Amazon
// SNS's email-json subscription sends exactly that).
func TestEventInMail(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "events", "ses-sns-bounce-mailbox-full.json"))
	if err != nil {
		t.Fatal(err)
	}
	msg := "From: AWS Notifications <no-reply@sns.amazonaws.com>\nTo: ops@example.com\nSubject: AWS Notification Message\n" +
		"MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n" + string(raw)
	d := diagnoseText(t, msg)
	// Event publishing reports a soft bounce only once SES has stopped
	// retrying: this one is final.
	if d.Category != MailboxFull || len(d.Recipients) != 1 || d.Recipients[0].Address != "carol@example.net" || !d.Final {
		t.Errorf("got %s %+v final %v, want a final mailbox-full for carol@example.net", d.Category, d.Recipients, d.Final)
	}
}

// Resend's and Postal's webhook bodies, as their documentation shows them
// (resend.com/docs/webhooks/event-types; docs.postalserver.io, webhooks):
// each event kind, the recipient and the receiving server's words.
func TestResendAndPostalEvents(t *testing.T) {
	tests := []struct {
		name, body string
		address    string
		cat        Category
		status     string
	}{
		{"resend bounced", `{"type":"email.bounced","created_at":"2026-03-03T10:00:00.000Z","data":{"email_id":"e1","from":"a@example.com","to":["ann@example.net"],"subject":"hi","bounce":{"type":"Permanent","subType":"General","message":"550 5.1.1 <ann@example.net>: Recipient address rejected: User unknown"}}}`, "ann@example.net", MailboxNotFound, "5.1.1"},
		{"resend complained", `{"type":"email.complained","created_at":"2026-03-03T10:00:00.000Z","data":{"email_id":"e2","from":"a@example.com","to":["bob@example.net"],"subject":"hi"}}`, "bob@example.net", Complaint, ""},
		{"resend suppressed", `{"type":"email.suppressed","created_at":"2026-03-03T10:00:00.000Z","data":{"email_id":"e4","from":"a@example.com","to":["fay@example.net"],"subject":"hi"}}`, "fay@example.net", Suppressed, ""},
		{"resend delivered", `{"type":"email.delivered","created_at":"2026-03-03T10:00:00.000Z","data":{"email_id":"e3","from":"a@example.com","to":["cat@example.net"],"subject":"hi"}}`, "cat@example.net", Delivered, ""},
		{"postal failed", `{"event":"MessageDeliveryFailed","timestamp":1717410000.1,"uuid":"u1","payload":{"message":{"id":1,"to":"dan@example.net","from":"a@example.com"},"status":"HardFail","details":"Permanent SMTP delivery error when sending to 192.0.2.12","output":"552 5.2.2 Mailbox full","time":0.2}}`, "dan@example.net", MailboxFull, "5.2.2"},
		{"postal sent", `{"event":"MessageSent","timestamp":1717410000.1,"uuid":"u2","payload":{"message":{"id":2,"to":"eve@example.net","from":"a@example.com"},"status":"Sent","details":"Message accepted by 192.0.2.14","output":"250 2.0.0 Ok: queued","time":0.2}}`, "eve@example.net", Delivered, "2.0.0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.body)
			if len(d.Recipients) != 1 {
				t.Fatalf("got %d recipients, want 1", len(d.Recipients))
			}
			if r := d.Recipients[0]; r.Address != tt.address || r.Category != tt.cat || r.Status != tt.status {
				t.Errorf("got %q %s %q, want %q %s %q", r.Address, r.Category, r.Status, tt.address, tt.cat, tt.status)
			}
		})
	}
}

// Mailjet's "comment" often quotes the receiving server's reply: its codes
// are the recipient's.
func TestMailjetCommentQuotesTheReply(t *testing.T) {
	d := diagnoseText(t, `{"event":"bounce","time":1717409990,"email":"cruz@example.net","mj_campaign_id":0,"mj_contact_id":0,"blocked":false,"hard_bounce":true,"error_related_to":"recipient","error":"user unknown","comment":"550 5.1.1 <cruz@example.net>: Recipient address rejected: User unknown"}`)
	if r := d.Recipients[0]; r.Status != "5.1.1" || r.ReplyCode != "550" || r.Category != MailboxNotFound {
		t.Errorf("got %s %q %q, want mailbox-not-found 5.1.1 550", r.Category, r.Status, r.ReplyCode)
	}
}
