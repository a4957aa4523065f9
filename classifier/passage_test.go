package classifier

import (
	"strings"
	"testing"
)

func TestReplyEnd(t *testing.T) {
	postfix := "The mail system\n\n<jon@example.net>: host mx1.example.net[198.51.100.17]\n    said: 550 5.1.1 <jon@example.net>: Recipient address\n    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n    command)\n\nReporting-MTA: dns; mail.example\n"
	gmail := "550-5.7.25 [2001:db8::25] The IP address sending this message does not have a\n550-5.7.25 PTR record setup. For more information, go to\n550 5.7.25  https://support.google.com/mail/answer/81126 - gsmtp\nNext line\n"
	tests := []struct {
		name       string
		text       string
		from, to   string // the passage: from the first of from to the end of to
		wantSuffix string // what the reply ends with
	}{
		{"Postfix, indented continuation", postfix, "<jon@", "mailbox table", "    command)"},
		{"Gmail, the code on every line", gmail, "550-5.7.25 [", "does not have a", "- gsmtp"},
		{"Gmail, passage on a middle line", gmail, "550-5.7.25 PTR", "go to", "- gsmtp"},
		{"Gmail, the last line already", gmail, "550 5.7.25", "gsmtp", "- gsmtp"},
		{"one line", "Remote server returned '550 5.7.1 blocked' [AM7PR]\nOriginal message headers:\n", "550", "blocked", "[AM7PR]"},
		{"not indented: the line only", "Your message was refused\nbecause of its size.\n", "refused", "refused", "refused"},
		{"indented paragraph stops at a shallower line", "  Sorry, no such user\n  here\nFrom: x\n", "no such", "user", "here"},
		{"a reply's last line ends it", "  550 5.1.1 no such user\n  here\n", "no such", "user", "user"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := strings.Index(tt.text, tt.from)
			end := strings.Index(tt.text[start:], tt.to) + start + len(tt.to)
			got := ReplyEnd(tt.text, start, end)
			if !strings.HasSuffix(tt.text[:got], tt.wantSuffix) {
				t.Errorf("the reply ends at %d: %q, want it to end with %q", got, tt.text[start:got], tt.wantSuffix)
			}
			if got < end || got > len(tt.text) {
				t.Errorf("ReplyEnd = %d, want between %d and %d", got, end, len(tt.text))
			}
		})
	}
	for _, bad := range [][2]int{{-1, 3}, {5, 2}, {0, 999}} {
		if got := ReplyEnd("short text", bad[0], bad[1]); got != bad[1] {
			t.Errorf("ReplyEnd(%d, %d) = %d, want the end unchanged", bad[0], bad[1], got)
		}
	}
}

func FuzzReplyEnd(f *testing.F) {
	f.Add("550-a\n550 b\nc", 0, 3)
	f.Add("x\n    y\n\n", 0, 1)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		got := ReplyEnd(text, start, end)
		if start >= 0 && start <= end && end <= len(text) && (got < end || got > len(text)) {
			t.Fatalf("ReplyEnd(%q, %d, %d) = %d, out of range", text, start, end, got)
		}
	})
}

// TestParagraphEndStopsAtTheNextListedAddress: a reason indented under its
// address belongs to it, and the next address, listed at the address's own
// depth with no blank line between (Exim), starts a paragraph of its own;
// a wrapped reply read from its middle line still runs to its end
// (Postfix).
func TestParagraphEndStopsAtTheNextListedAddress(t *testing.T) {
	exim := "failed:\n\n  old@example.invalid\n    Unrouteable address\n  media@example.net\n    host mx.example.net [192.0.2.70]\n    552 too big\n"
	tests := []struct {
		name, text, at, want string
	}{
		{"exim first address", exim, "old@", "  old@example.invalid\n    Unrouteable address"},
		{"exim second address", exim, "media@", "  media@example.net\n    host mx.example.net [192.0.2.70]\n    552 too big"},
		{"postfix reply from its middle line",
			"<ann@example.com>: host\n    mx.example.com[192.0.2.1] said: 550 5.1.1\n    User unknown (in reply to RCPT TO command)\n<bob@example.com>: host x said: 552\n",
			"mx.example.com", "    mx.example.com[192.0.2.1] said: 550 5.1.1\n    User unknown (in reply to RCPT TO command)"},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.at)
		ls := lineStart(tt.text, i)
		if got := tt.text[ls:paragraphEnd(tt.text, i, maxWrapped)]; got != tt.want {
			t.Errorf("%s: paragraph %q, want %q", tt.name, got, tt.want)
		}
	}
}

// A Postfix notice says at which command the reply came, and its report
// repeats the reply without it: the stage still counts, so a domain that
// "does not exist" in reply to MAIL FROM is the sender's, not the
// recipient's.
func TestStageFromTheNoticeWhenTheReportRepeatsTheReply(t *testing.T) {
	msg := "From: MAILER-DAEMON@mail.example.org\r\nTo: ann@example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\n" +
		"This is the mail system at host mail.example.org.\r\n\r\n" +
		"I'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n" +
		"<bob@example.net>: host mx.example.net[192.0.2.1] said: 553\r\n" +
		"    bounce.example.org does not exist (in reply to MAIL FROM command)\r\n\r\n" +
		"--b\r\nContent-Type: message/delivery-status\r\n\r\n" +
		"Reporting-MTA: dns; mail.example.org\r\n\r\n" +
		"Final-Recipient: rfc822; bob@example.net\r\nAction: failed\r\nStatus: 5.0.0\r\n" +
		"Diagnostic-Code: smtp; 553 bounce.example.org does not exist\r\n\r\n--b--\r\n"
	d := diagnoseText(t, msg)
	if r := d.Recipients[0]; r.Category != SenderRejected {
		t.Errorf("got %s (%s), want %s: the refusal came at MAIL FROM", r.Category, r.Rule, SenderRejected)
	}
}

// A help link in one recipient's reply names its provider's domain; it
// does not make the line another recipient's at that provider.
func TestHelpLinkIsNotAnotherRecipient(t *testing.T) {
	d := diagnoseText(t, "Hi. This is the qmail-send program at mail.example.org.\n"+
		"I'm afraid I wasn't able to deliver your message to the following addresses.\n"+
		"This is a permanent error; I've given up. Sorry it didn't work out.\n\n"+
		"<ann@example.com>:\n203.0.113.65 does not like recipient.\n"+
		"Remote host said: 550 Mailbox not found. http://help.example.net/cgi-bin/help?id=1\n"+
		"Giving up on 203.0.113.65.\n\n"+
		"<bob@example.net>:\n203.0.113.63 does not like recipient.\n"+
		"Remote host said: 550 Mail is rejected by recipients\n"+
		"Giving up on 203.0.113.63.\n")
	assertRecipients(t, d, wantRecipient{"ann@example.com", MailboxNotFound, ""}, wantRecipient{"bob@example.net", PolicyRejected, ""})
	if !namesOutsideLink("see mx.example.net", "example.net") || namesOutsideLink("(https://help.example.net/x)", "example.net") {
		t.Error("namesOutsideLink: a host name counts, a link does not")
	}
}

// A pasted mail log names the sender and the message id beside the failed
// recipient: Exim's arrival line "<= sender ... id=<message-id>", Postfix's
// "from=<sender>". Neither is a recipient.
func TestLogLinesNameTheSenderAndTheMessageID(t *testing.T) {
	d := diagnoseText(t, "2024-03-04 10:12:30 1rh2Xk-0007Qa-2D <= alice@example.com H=(laptop) [198.51.100.23] P=esmtpsa S=4211 id=8a7d1f02@example.com\n"+
		"2024-03-04 10:12:31 1rh2Xk-0007Qa-2D ** bob@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.25]: "+
		"SMTP error from remote mail server after RCPT TO:<bob@example.net>: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table\n"+
		"2024-03-04 10:12:31 1rh2Xk-0007Qa-2D Completed\n")
	assertRecipients(t, d, wantRecipient{"bob@example.net", MailboxNotFound, "5.1.1"})
	d = diagnoseText(t, "Mar  4 10:12:30 mx postfix/qmgr[811]: 4TqW1X: from=<alice@example.com>, size=4211, nrcpt=1 (queue active)\n"+
		"Mar  4 10:12:31 mx postfix/smtp[812]: 4TqW1X: to=<bob@example.net>, relay=mx.example.net[192.0.2.25]:25, delay=1.2, "+
		"dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.25] said: 550 5.1.1 <bob@example.net>: Recipient address rejected: "+
		"User unknown in virtual mailbox table (in reply to RCPT TO command))\n")
	assertRecipients(t, d, wantRecipient{"bob@example.net", MailboxNotFound, "5.1.1"})
}

// A sending service's export names each row's message id in a column of
// its own, shaped as an address ("<202611301302.11223345@smtp-relay.mailin.fr>"):
// with a header the reader does not know, read line by line, the id is no
// recipient; an address of digits alone (an SMS gateway's) still is.
func TestMessageIDShapedIsNoRecipient(t *testing.T) {
	d := diagnoseText(t, "result;ts;to_addr;mid;reason\n"+
		"Hard bounce;30-11-2026 13:02:12;uma@example.net;<202611301302.11223345@smtp-relay.example>;\"550 5.1.1 User unknown\"\n")
	assertRecipients(t, d, wantRecipient{"uma@example.net", MailboxNotFound, "5.1.1"})
	for addr, want := range map[string]bool{
		"202611301302.11223345@smtp-relay.example": true, "20080907124011.12ABCD8@host.example": true,
		"8613912345678@sms.example": false, "2026.11@example.com": false, "ann.lee@example.com": false,
	} {
		if got := messageIDShaped(addr); got != want {
			t.Errorf("messageIDShaped(%q) = %v, want %v", addr, got, want)
		}
	}
}

// A swaks session pasted whole is longer than a short text that one reply
// makes a bounce, but its lines are the program's, as a log's are: the
// refusal it ends in ("<** 552 ...", with no enhanced status code) still
// says what failed.
func TestSwaksTranscriptIsRead(t *testing.T) {
	d := diagnoseText(t, "=== Trying mx.example.net:25...\n=== Connected to mx.example.net.\n"+
		"<-  220 mx.example.net ESMTP Exim 4.96 Tue, 10 Mar 2026 08:01:10 +0000\n -> EHLO client.example.com\n"+
		"<-  250-mx.example.net Hello client.example.com [203.0.113.40]\n<-  250-SIZE 128\n<-  250-8BITMIME\n"+
		"<-  250-PIPELINING\n<-  250-CHUNKING\n<-  250 HELP\n -> MAIL FROM:<test@example.com>\n<-  250 OK\n"+
		" -> RCPT TO:<mbox@example.net>\n<-  250 Accepted\n -> DATA\n"+
		"<-  354 Enter message, ending with \".\" on a line by itself\n -> Date: Tue, 10 Mar 2026 08:01:10 +0000\n"+
		" -> To: mbox@example.net\n -> From: test@example.com\n -> Subject: test Tue, 10 Mar 2026 08:01:10 +0000\n"+
		" -> Message-Id: <20260310080110.012345@client.example.com>\n -> X-Mailer: swaks\n -> \n"+
		" -> This is a test mailing\n -> \n -> .\n<** 552 Message size exceeds maximum permitted\n -> QUIT\n"+
		"<-  221 mx.example.net closing connection\n=== Connection closed with remote host.\n")
	if d.Category != MessageTooLarge {
		t.Errorf("got %s, want message-too-large: %+v", d.Category, d.Recipients)
	}
	if !isTranscriptLine("<** 552 Message size exceeds maximum permitted") || isTranscriptLine("Remote server returned: 550 5.1.1") {
		t.Error("isTranscriptLine: swaks's prefixes only")
	}
}

// qmail-send logs a delivery's report with "_" for each space; read with
// its spaces back, the reply and its words count.
func TestQmailLogLine(t *testing.T) {
	d := diagnoseText(t, "@400000006601c29f1a2b3c4d starting delivery 412: msg 1835012 to remote ann@example.net\n"+
		"@400000006601c2a02b3c4d5e delivery 412: failure: 192.0.2.25_does_not_like_recipient./Remote_host_said:_550_5.1.1_"+
		"<ann@example.net>:_Recipient_address_rejected:_User_unknown_in_virtual_mailbox_table/Giving_up_on_192.0.2.25./\n")
	assertRecipients(t, d, wantRecipient{"ann@example.net", MailboxNotFound, "5.1.1"})
	if got := qmailLogSpaces("a_b delivery 7: deferral: x_y\nc_d"); got != "a_b delivery 7: deferral: x y\nc_d" {
		t.Errorf("qmailLogSpaces changed more than the report: %q", got)
	}
}

// The address a refusal says to write to for removal from a blocklist is
// no recipient, and the recipient keeps the reply that names it.
func TestDelistAddressIsNoRecipient(t *testing.T) {
	d := diagnoseText(t, "Delivery has failed to these recipients or groups:\n\nann@contoso.com\n"+
		"Your message wasn't delivered due to a permission or security issue.\n\n"+
		"Diagnostic information for administrators:\n\nGenerating server: EX02.adatum.local\n\nann@contoso.com\n"+
		"Remote Server returned '550 5.7.1 Service unavailable; Client host [198.51.100.77] blocked using Blocklist 1; "+
		"To request removal from this list please forward this message to delist@messaging.microsoft.com'\n")
	assertRecipients(t, d, wantRecipient{"ann@contoso.com", Blocklisted, "5.7.1"})
}
