package classifier

import "testing"

// A 4xx reply is temporary: the sender's server tries again, unless the
// text says it gave up. So is deferral wording with no code at all. A
// report's Action field is the truth when present.
func TestFinalOrRetried(t *testing.T) {
	dsn := func(action, status string) string {
		return "From: MAILER-DAEMON@mx.example.org\r\nTo: bob@example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host mx.example.org.\r\n\r\n" +
			"<ann@example.com>: host mx.example.com[192.0.2.1] said: 452 " + status + " Mailbox full\r\n" +
			"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n" +
			"Final-Recipient: rfc822; ann@example.com\r\nAction: " + action + "\r\nStatus: " + status + "\r\n--b--\r\n"
	}
	tests := []struct {
		name   string
		text   string
		action string
		final  bool
	}{
		{"yahoo deferral", "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", ActionDelayed, false},
		{"gmail over quota reply", "452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp", ActionDelayed, false},
		{"greylisting", "450 4.2.0 <ann@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html", ActionDelayed, false},
		{"reply code only", "451 Temporary local problem - please try later", ActionDelayed, false},
		{"greylisting, no code", "Greylisted for 300 seconds", ActionDelayed, false},
		{"greylisting, then gave up", "This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<ann@example.com>: host mx.example.com[192.0.2.1] said: Greylisted, please try again later\n", ActionFailed, true},
		{"permanent reply", "550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown", ActionFailed, true},
		{"5xx status beats a 4xx-looking code", "421 5.7.1 Service unavailable; client blocked using zen.spamhaus.org", ActionFailed, true},
		{"exim gave up", "ann@example.com\n    retry timeout exceeded\n    451 4.4.1 Connection timed out\n", ActionFailed, true},
		{"qmail gave up", "Hi. This is the qmail-send program at mail.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<ann@example.com>:\n192.0.2.25 failed after I sent the message.\nRemote host said: 452 4.2.2 Mailbox full\n", ActionFailed, true},
		{"gmail message not delivered", "Message not delivered\n\nYour message couldn't be delivered to ann@gmail.com because the recipient's inbox is full.\n\nThe response from the remote server was:\n\n452 4.2.2 The recipient's inbox is out of storage space.\n", ActionFailed, true},
		{"expired in queue", "ann@example.com\n  message expired after 5 days in the queue\n  421 4.4.2 Connection dropped\n", ActionFailed, true},
		{"delay notice with words", "Delivery to the following recipient has been delayed:\n\n     ann@example.com\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\nThe recipient server did not accept our requests to connect.\n", ActionDelayed, false},
		{"german delay notice", "Die Zustellung an folgende Empfänger wurde verzögert:\n\nann@example.de\n\nDie Zustellung wird weiter versucht.\n", ActionDelayed, false},
		{"exim delay warning", "This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mx.example.org.\n\n  ann@example.com\n    host mx.example.com [192.0.2.1]: 451 4.3.0 Temporary lookup failure\n\nNo action is required on your part. Delivery attempts will continue for some time.\n", ActionDelayed, false},
		{"postfix deferral line, no code", "Delivery temporarily suspended: connect to mx.example.com[192.0.2.1]:25: Connection refused", ActionDelayed, false},
		{"postfix deferral with the recipient", "<ann@example.com>: delivery temporarily suspended: lost connection with mx.example.com[192.0.2.1] while receiving the initial server greeting", ActionDelayed, false},
		{"deferred, no code", "Message deferred: connection timed out", ActionDelayed, false},
		{"citadel warning", "A message you sent has not been delivered to some or all of its recipients.\nCitadel will continue attempting delivery for five days.\n" +
			"The following addresses were undeliverable:\n\nann@example.com: 421 ()\n", ActionDelayed, false},
		{"messaging server delay", "Your message has been enqueued and undeliverable for 1 day to the following recipients:\n\n" +
			"  Recipient address: ann@example.com\n  Reason: SMTP transmission failure has occurred\n" +
			"  Diagnostic code: smtp;450 4.2.0 <ann@example.com>: Recipient address rejected: Greylisted\n", ActionDelayed, false},
		{"xmail temporary error notice", "[<00>] XMail bounce: Rcpt=[lab@example.net];Error=[452 4.3.1 Insufficient system storage]\n\n" +
			"[<02>] The reason of the delivery failure was:\n\n452 4.3.1 Insufficient system storage\n\n[<03>] Note:\n\n" +
			"** This is a temporary error and you do not have to resend the message\n** The current number of delivery attempts is   : 4\n" +
			"** The system will try to resend the message at : Wed, 09 Mar 2005 08:15:30 +0100\n", ActionDelayed, false},
		{"deferred alone", "deferred", ActionDelayed, false},
		{"still trying, no code", "Still trying to deliver your message to ann@example.com", ActionDelayed, false},
		{"will try again, no code", "ann@example.com: the receiving server is busy; we will try again in 30 minutes", ActionDelayed, false},
		{"postfix bounce quoting the last deferral", "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<ann@example.com>: delivery temporarily suspended: connect to mx.example.com[192.0.2.1]:25: Connection refused\n", ActionFailed, true},
		{"deferred, then expired", "Message deferred for 5 days, expired", ActionFailed, true},
		{"deferred words on a 5xx reply", "550 5.7.1 Message deferred by policy", ActionFailed, true},
		{"dsn says failed on a 4xx status", dsn("failed", "4.2.2"), ActionFailed, true},
		{"dsn says delayed", dsn("delayed", "4.2.2"), ActionDelayed, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			if len(d.Recipients) == 0 {
				t.Fatal("no recipients")
			}
			if got := d.Recipients[0].Action; got != tt.action {
				t.Errorf("action = %q, want %q (status %q reply %q)", got, tt.action, d.Recipients[0].Status, d.Recipients[0].ReplyCode)
			}
			if d.Final != tt.final {
				t.Errorf("final = %v, want %v", d.Final, tt.final)
			}
		})
	}
}

// A notice that gives up on one recipient and still retries another is,
// like its category, about its main recipient: final when that one failed.
// Each recipient keeps its own action.
func TestFinalOfMixedNotice(t *testing.T) {
	dsn := func(first, second string) string {
		part := func(addr, action string) string {
			status := map[string]string{"failed": "5.1.1", "delayed": "4.4.1"}[action]
			return "Final-Recipient: rfc822; " + addr + "\r\nAction: " + action + "\r\nStatus: " + status + "\r\n"
		}
		return "From: MAILER-DAEMON@mx.example.org\r\nTo: bob@example.org\r\nSubject: Returned mail: see transcript for details\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\nThe original message was received at Mon, 30 Nov 2026 10:00:00 GMT\r\n\r\n" +
			"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n" +
			part("ann@example.com", first) + "\r\n" + part("cy@example.net", second) + "--b--\r\n"
	}
	for _, tt := range []struct {
		first, second string
		final         bool
	}{
		{"failed", "delayed", true},
		{"delayed", "failed", false},
		{"delayed", "delayed", false},
	} {
		d := diagnoseText(t, dsn(tt.first, tt.second))
		if len(d.Recipients) != 2 || d.Recipients[0].Action != tt.first || d.Recipients[1].Action != tt.second {
			t.Fatalf("%s then %s: recipients %+v", tt.first, tt.second, d.Recipients)
		}
		if d.Final != tt.final {
			t.Errorf("%s then %s: final = %v, want %v", tt.first, tt.second, d.Final, tt.final)
		}
	}
}
