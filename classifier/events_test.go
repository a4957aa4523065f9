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
	dir := filepath.Join("testdata", "events")
	labels, err := ReadLabels(dir)
	if err != nil {
		t.Fatal(err)
	}
	var s Score
	for _, l := range labels {
		raw, err := os.ReadFile(filepath.Join(dir, l.File))
		if err != nil {
			t.Fatal(err)
		}
		d := diagnoseText(t, string(raw))
		if d.Format != "event" {
			t.Errorf("%s: read as %s, want an event", l.File, d.Format)
		}
		if len(d.Recipients) != len(l.Categories) {
			t.Errorf("%s: %d recipients, want %d", l.File, len(d.Recipients), len(l.Categories))
		}
		for _, m := range s.Add(l, d) {
			t.Errorf("%s: got %s, want %s (rule %q)", l.File, m.Got, m.Want, ruleOf(d))
		}
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
