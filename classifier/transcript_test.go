package classifier

import (
	"strings"
	"testing"
)

// Sendmail transcripts with several recipients: each recipient gets the
// reply of the server that handled it, never another recipient's.
func TestTranscriptRecipients(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // address=category/status/reply
	}{
		{"reasons in the address list", `   ----- The following addresses had permanent fatal errors -----
<ann@example.com>
    (reason: 550 5.1.1 <ann@example.com>... User unknown)
<bob@example.net>
    (reason: 552 5.2.2 <bob@example.net>... Mailbox full)

   ----- Transcript of session follows -----
... while talking to mx.example.com.:
>>> RCPT To:<ann@example.com>
<<< 550 5.1.1 <ann@example.com>... User unknown
550 5.1.1 <ann@example.com>... User unknown
... while talking to mx.example.net.:
>>> DATA
<<< 552 5.2.2 <bob@example.net>... Mailbox full
554 5.0.0 Service unavailable
`, []string{"ann@example.com=mailbox-not-found/5.1.1/550", "bob@example.net=mailbox-full/5.2.2/552"}},
		{"refusal at DATA names no address", `   ----- The following addresses had permanent fatal errors -----
<ann@example.com>
<bob@example.net>

   ----- Transcript of session follows -----
... while talking to mx.example.com.:
>>> DATA
<<< 550 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org
554 5.0.0 Service unavailable
... while talking to mx.example.net.:
>>> RCPT To:<bob@example.net>
<<< 550 5.1.1 <bob@example.net>... User unknown
550 5.1.1 <bob@example.net>... User unknown
`, []string{"ann@example.com=blocklisted/5.7.1/550", "bob@example.net=mailbox-not-found/5.1.1/550"}},
		{"the sender quoted in a refusal is not a recipient", `   ----- Transcript of session follows -----
While talking to mailin1.example.org:
>>> MAIL From:<carol@example.co.jp>
<<< 501 <carol@example.co.jp>... no access from mail server [192.0.2.55]
554 <ann@example.org>... Remote protocol error
While talking to smtp.example.edu:
>>> RCPT To:<bob@example.edu>
<<< 550 <bob@example.edu>... User unknown
550 <bob@example.edu>... User unknown

   ----- Unsent message follows -----
From: carol@example.co.jp
To: ann@example.org
Subject: hello
`, []string{"ann@example.org=blocklisted//554", "bob@example.edu=mailbox-not-found//550"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			var got []string
			for _, r := range d.Recipients {
				got = append(got, r.Address+"="+string(r.Category)+"/"+r.Status+"/"+r.ReplyCode)
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("recipients = %q\nwant %q", got, tt.want)
			}
		})
	}
}

// A success notice still gives its reply code.
func TestDeliveredReplyCode(t *testing.T) {
	msg := "From: MAILER-DAEMON@mx.example.org\r\nTo: bob@example.org\r\nSubject: Mail Delivery Status Report\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n" +
		"Enclosed is the mail delivery report that you requested.\r\n\r\n<ann@example.com>: delivery via mx.example.com[192.0.2.2]:25: 250 2.1.5 Ok\r\n" +
		"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; ann@example.com\r\n" +
		"Action: deliverable\r\nStatus: 2.1.5\r\nDiagnostic-Code: smtp; 250 2.1.5 Ok\r\n--b--\r\n"
	d := diagnoseText(t, msg)
	if d.Category != Delivered || len(d.Recipients) != 1 {
		t.Fatalf("category %s, %d recipients, want delivered, 1", d.Category, len(d.Recipients))
	}
	if r := d.Recipients[0]; r.ReplyCode != "250" || r.Status != "2.1.5" {
		t.Errorf("reply %q status %q, want 250, 2.1.5", r.ReplyCode, r.Status)
	}
}

// Sendmail's warning lists the recipients it delivered, then those still
// queued, whose transcript lines ("<ann@x>... Deferred: Connection
// refused by ...") hold a colon: they are no forwarded header's fields,
// and those recipients are still being retried.
func TestSendmailWarningWithDelivered(t *testing.T) {
	d := diagnoseText(t, "    **      THIS IS A WARNING MESSAGE ONLY      **\n\n"+
		"   ----- The following addresses had successful delivery notifications -----\n"+
		"<ops@example.org>  (successfully delivered to mailbox)\n\n"+
		"   ----- The following addresses had transient non-fatal errors -----\n"+
		"<support@example.com>\n<escalation@example.com>\n\n"+
		"   ----- Transcript of session follows -----\n"+
		"<support@example.com>... Deferred: Connection refused by mx.example.com.\n"+
		"<escalation@example.com>... Deferred: Connection refused by mx.example.com.\n"+
		"Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n")
	var got []string
	for _, r := range d.Recipients {
		got = append(got, r.Address+"="+string(r.Action))
	}
	want := "ops@example.org=delivered support@example.com=delayed escalation@example.com=delayed"
	if strings.Join(got, " ") != want || d.Final {
		t.Errorf("recipients %q, final %v; want %q, retried", got, d.Final, want)
	}
}

// A Sendmail transcript cut to its last exchange, as koreanisp's Daum
// paste has it: the server's answer to the RCPT TO command ("<<< 550 ...")
// is the recipient's reply, not Sendmail's "... User unknown", which it
// writes for any 550 at RCPT TO.
func TestTranscriptAnswerToRcpt(t *testing.T) {
	d := diagnoseText(t, readFile(t, "testdata/koreanisp/daum/user-reject-list.txt"))
	if len(d.Recipients) != 1 || d.Recipients[0].Category != PolicyRejected {
		t.Errorf("recipients %+v; want partner@example.net policy-rejected", d.Recipients)
	}
}
