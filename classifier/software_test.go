package classifier

import "testing"

// Notices in the wording of mail software the labelled corpus has little or
// none of, written after their usual layout. Each must give the failed
// address and the right category.
func TestOtherSoftware(t *testing.T) {
	tests := []struct {
		name, text, address string
		want                Category
	}{
		{"opensmtpd", `Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this email.

An error has occurred while attempting to deliver a message for
the following list of recipients:

ann@example.com: 550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown in local recipient table

Below is a copy of the original message:

From: bob@example.org
To: ann@example.com
Subject: hello
`, "ann@example.com", MailboxNotFound},
		{"courier", `This is a delivery status notification from mail.example.org,
running the Courier mail server, version 1.1.

The original message was received on Mon, 01 Jan 2024 10:00:00 +0000
from localhost [127.0.0.1]

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<ann@example.com>:
    mx.example.com [192.0.2.1]:
>>> RCPT TO:<ann@example.com>
<<< 552 5.2.2 <ann@example.com>: Mailbox is over quota
`, "ann@example.com", MailboxFull},
		{"mdaemon", `The attached message had PERMANENT fatal delivery errors!

YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!

--- Session Transcript ---
 Mon 2024-01-01 10:00:00.000: Parsing message <mail.example.org\pd50000001.msg>
 Mon 2024-01-01 10:00:00.000: *  From: bob@example.org
 Mon 2024-01-01 10:00:00.000: *  To: ann@example.com
 Mon 2024-01-01 10:00:01.000: --> MAIL From:<bob@example.org> SIZE=1200
 Mon 2024-01-01 10:00:01.000: <-- 250 2.1.0 Ok
 Mon 2024-01-01 10:00:01.000: --> RCPT To:<ann@example.com>
 Mon 2024-01-01 10:00:01.000: <-- 550 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using bl.spamcop.net
--- End Transcript ---
`, "ann@example.com", Blocklisted},
		{"exchange 2016 text", `Delivery has failed to these recipients or groups:

ann@example.com<mailto:ann@example.com>
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EX01.example.org

ann@example.com
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Original message headers:

Received: from EX02.example.org (192.0.2.2) by EX01.example.org (192.0.2.1)
 with Microsoft SMTP Server id 15.1.2507.6; Mon, 1 Jan 2024 10:00:00 +0000
Authentication-Results: spf=fail smtp.mailfrom=example.org; dkim=none
From: Bob <bob@example.org>
To: <ann@example.com>
`, "ann@example.com", MailboxNotFound},
		{"gmail new layout", `Address not found

Your message wasn't delivered to ann@example.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown in virtual mailbox table
`, "ann@example.com", MailboxNotFound},
		{"gmail inbox full", `Your message wasn't delivered to ann@example.com because the recipient's inbox is full.

The response from the remote server was:
452 4.2.2 The email account that you tried to reach is over quota.
`, "ann@example.com", MailboxFull},
		{"hmailserver", `Your message did not reach some or all of the intended recipients.

   Sent: Mon, 01 Jan 2024 10:00:00 +0000
   Subject: hello

The following recipient(s) could not be reached:

ann@example.com
   Error Type: SMTP
   Remote server (192.0.2.1) issued an error.
   hMailServer sent: RCPT TO:<ann@example.com>
   Remote server replied: 554 5.7.1 <ann@example.com>: Relay access denied
`, "ann@example.com", RelayDenied},
		{"groupwise", `The message that you sent was undeliverable to the following:
	ann@example.invalid (host not found)

Possibly truncated original message follows:
`, "ann@example.invalid", HostUnknown},
		{"lotus domino", `Your message

  Subject: hello

was not delivered to:

  ann@example.com

because:

  User ann (ann@example.com) not listed in Domino Directory
`, "ann@example.com", MailboxNotFound},
		{"mimecast", `Your message couldn't be delivered to the recipients shown below.

ann@example.com
Remote server returned: 550 Rejected by header based Blocked Senders - block policy for Header From - https://community.mimecast.com/docs/DOC-1369#550 [abcdef.uk14]
`, "ann@example.com", SenderRejected},
		{"proofpoint", `Delivery has failed to these recipients or groups:

ann@example.com
Your message wasn't delivered. Despite repeated attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.

Remote Server returned '550 5.7.1 Mail from 192.0.2.1 refused by ipcheck.proofpoint.com'
`, "ann@example.com", Blocklisted},
		{"zimbra german", `Die Nachricht konnte nicht zugestellt werden.

Empfänger: anna@example.de
Grund: 550 5.1.1 <anna@example.de>: Empfängeradresse abgelehnt: Benutzer unbekannt
`, "anna@example.de", MailboxNotFound},
		{"french webmail", `Votre message n'a pas pu être remis aux destinataires suivants :

jean@example.fr
Raison : 552 5.2.2 Boîte aux lettres pleine
`, "jean@example.fr", MailboxFull},
		{"spanish", `No se pudo entregar el mensaje a los siguientes destinatarios:

maria@example.es
El servidor remoto respondió: 550 5.1.1 El usuario no existe
`, "maria@example.es", MailboxNotFound},
		{"amazon ses suppressed", `An error occurred while trying to deliver the mail to the following recipients:
ann@example.com

Amazon SES did not send the message to this address because it is on the suppression list for your account.
`, "ann@example.com", Suppressed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			if len(d.Recipients) == 0 {
				t.Fatalf("no recipients; category %s", d.Category)
			}
			r := d.Recipients[0]
			if r.Address != tt.address || r.Category != tt.want {
				t.Errorf("first recipient %q %s (rule %q), want %q %s", r.Address, r.Category, r.Rule, tt.address, tt.want)
			}
		})
	}
}
