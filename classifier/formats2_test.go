package classifier

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// More notices of software and providers the labelled corpus lacks: sending
// services' webhook texts pasted by users, gateways, consumer providers and
// national carriers. Like TestUnseenFormats, each must give the failed
// address, the codes, the category and whether the failure is final.
func TestUnseenFormats2(t *testing.T) {
	tests := []formatCase{
		{"amazon ses dsn", "From: MAILER-DAEMON@amazonses.com\r\nTo: bob@example.org\r\nSubject: Delivery Status Notification (Failure)\r\n" +
			"Date: Mon, 01 Jan 2024 10:00:00 +0000\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n" +
			"--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" +
			"An error occurred while trying to deliver the mail to the following recipients:\r\nann@example.com\r\n\r\n" +
			"--b1\r\nContent-Type: message/delivery-status\r\n\r\n" +
			"Reporting-MTA: dns; a1-2.smtp-out.eu-west-1.amazonses.com\r\n\r\n" +
			"Action: failed\r\nFinal-Recipient: rfc822; ann@example.com\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\nStatus: 5.1.1\r\n" +
			"Remote-MTA: dns; mx.example.com\r\n\r\n--b1--\r\n",
			"ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"amazon ses json notification", `{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General",
"bouncedRecipients":[{"emailAddress":"ann@example.com","action":"failed","status":"5.1.1",
"diagnosticCode":"smtp; 550 5.1.1 user unknown"}],"timestamp":"2024-01-01T10:00:00.000Z",
"feedbackId":"0102018c-aaaa","reportingMTA":"dsn; a1-2.smtp-out.amazonses.com"}}`,
			"ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"amazon ses suppression", `{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"Suppressed",
"bouncedRecipients":[{"emailAddress":"ann@example.com","action":"failed","status":"5.1.1",
"diagnosticCode":"Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address."}]}}`,
			"ann@example.com", "5.1.1", "", Suppressed, true},
		{"sendgrid bounce event", `ann@example.com  bounce  550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser`,
			"ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"mailgun failed event", `Recipient: ann@example.com
Event: failed (permanent)
Delivery status: 552 5.2.2 The email account that you tried to reach is over quota.
Reason: bounce`,
			"ann@example.com", "5.2.2", "552", MailboxFull, true},
		{"postmark hard bounce", `Hard bounce — ann@example.com
The server was unable to deliver your message (ex: unknown user, mailbox not found).
smtp;550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown in virtual alias table`,
			"ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"sparkpost block bounce", `Bounce for ann@example.com
bounce_class: 51 (Block)
raw_reason: 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1`,
			"ann@example.com", "5.7.1", "554", Blocklisted, true},
		{"outlook.com access denied", `Delivery has failed to these recipients or groups:

ann@outlook.com
Your message wasn't delivered because the recipient's email provider rejected it.

Diagnostic information for administrators:

Generating server: mail.example.org

ann@outlook.com
Remote Server returned '550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.'
`, "ann@outlook.com", "5.7.1", "550", Blocklisted, true},
		{"microsoft 5.7.708", `<ann@contoso.com>: host contoso-com.mail.protection.outlook.com[192.0.2.2]
    said: 550 5.7.708 Service unavailable. Access denied, traffic not accepted
    from this IP. For more information please go to
    http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) (in reply to MAIL
    FROM command)
`, "ann@contoso.com", "5.7.708", "550", Blocklisted, true},
		{"microsoft 5.7.606", `550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) <ann@contoso.com>`,
			"ann@contoso.com", "5.7.606", "550", Blocklisted, true},
		{"exchange 2019 html only", "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>\r\n" +
			"To: bob@example.org\r\nSubject: Undeliverable: hello\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=\"us-ascii\"\r\n\r\n" +
			`<html><body><p><b><font color="#000066" size="3">Your message to <a href="mailto:ann@example.com">ann@example.com</a> couldn't be delivered.</font></b></p>` +
			`<p>ann wasn't found at example.com.</p>` +
			`<p><b>Diagnostic information for administrators:</b></p><p>Generating server: EX19.example.org<br><br>ann@example.com<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>` + "\r\n",
			"ann@example.com", "5.1.10", "550", MailboxNotFound, true},
		{"yahoo unable to deliver", `Sorry, we were unable to deliver your message to the following address.

<ann@yahoo.com>:
554: delivery error: dd This user doesn't have a yahoo.com account (ann@yahoo.com) [0] - mta1234.mail.gq1.yahoo.com
`, "ann@yahoo.com", "", "554", MailboxNotFound, true},
		{"yahoo deferred tss04", `<ann@yahoo.com>: host mta7.am0.yahoodns.net[192.0.2.3] said: 421 4.7.0
    [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)
`, "ann@yahoo.com", "4.7.0", "421", Blocklisted, false},
		{"aol mailbox disabled", `Sorry, we were unable to deliver your message to the following address.

<ann@aol.com>:
554: delivery error: dd Not a valid recipient - atlas105.aol.mail.ne1.yahoo.com
`, "ann@aol.com", "", "554", MailboxNotFound, true},
		{"comcast rbl", `<ann@comcast.net>: host mx1.comcast.net[192.0.2.4] said: 554 resimta-po-01v.sys.comcast.net resimta-po-01v.sys.comcast.net 192.0.2.1 found on one or more RBLs (in reply to MAIL FROM command)`,
			"ann@comcast.net", "", "554", Blocklisted, true},
		{"zimbra unknown", `Your message did not reach some or all of the intended recipients.

   Subject: hello
   Sent: 1/1/2024 10:00

The following recipient(s) could not be reached:

     ann@example.com
         Error Type: SMTP
         Remote server replied: 550 5.1.1 <ann@example.com>: Recipient address rejected: example.com
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"axigen", `The following message could not be delivered to all recipients.

Recipient: <ann@example.com>
Reason: Remote server said: 552 5.2.2 Mailbox full. Quota exceeded
Delivery attempts: 1 (last at Mon, 01 Jan 2024 10:00:00 +0000)
`, "ann@example.com", "5.2.2", "552", MailboxFull, true},
		{"mdaemon", `The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has
been removed from the mail queue on this server.  The number and frequency
of delivery attempts are determined by local configuration parameters.

YOU SHOULD NOT ATTEMPT TO RESEND THIS MESSAGE!

--- Session Transcript ---
 Mon 2024-01-01 10:00:00: Parsing message <mail.example.org\pd50000000001.msg>
 Mon 2024-01-01 10:00:00: *  From: bob@example.org
 Mon 2024-01-01 10:00:00: *  To: ann@example.com
 Mon 2024-01-01 10:00:01: Attempting SMTP connection to [mx.example.com : 25]
 Mon 2024-01-01 10:00:01: --> RCPT To:<ann@example.com>
 Mon 2024-01-01 10:00:01: <-- 550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown in relay recipient table
--- End Transcript ---
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"exim relay after rcpt to", `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ann@example.com
    SMTP error from remote mail server after RCPT TO:<ann@example.com>:
    host mail.example.com [192.0.2.1]: 550 5.7.1 <ann@example.com>... Relaying denied. Proper authentication required.
`, "ann@example.com", "5.7.1", "550", RelayDenied, true},
		{"mimecast security policies", `<ann@example.com>: host eu-smtp-inbound-1.mimecast.com[192.0.2.8] said:
    554 Email rejected due to security policies -
    https://community.mimecast.com/docs/DOC-1369#554 [xYzAbC.uk1] (in reply
    to end of DATA command)
`, "ann@example.com", "", "554", PolicyRejected, true},
		{"sendgrid dropped bounced address", `Event: dropped
Email: ann@example.com
Reason: Bounced Address
Timestamp: 2024-01-01 10:00:00 UTC`,
			"ann@example.com", "", "", Suppressed, true},
		{"postmark inactive recipient", `Error 406: You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: ann@example.com. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.`,
			"ann@example.com", "", "", Suppressed, true},
		{"sparkpost suppressed by policy", `Bounce for ann@example.com
bounce_class: 25 (Admin Failure)
raw_reason: 554 5.7.1 recipient address was suppressed due to customer policy`,
			"ann@example.com", "5.7.1", "554", Suppressed, true},
		{"mailgun previously bounced", `ann@example.com: Not delivering to previously bounced address`,
			"ann@example.com", "", "", Suppressed, true},
		{"mandrill hard bounce", `reject_reason: hard-bounce
email: ann@example.com
diag: smtp;550 5.1.1 The email account that you tried to reach does not exist.`,
			"ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"gmail recipient policy", `<ann@example.com>: host aspmx.l.google.com[192.0.2.9] said: 550-5.7.1 The
    user or domain that you are sending to (or from) has a policy that
    550-5.7.1 prohibited the mail that you sent. Please contact your domain
    550 5.7.1 administrator for further details. (in reply to end of DATA command)
`, "ann@example.com", "5.7.1", "550", PolicyRejected, true},
		{"exchange 2019 size limit", `Delivery has failed to these recipients or groups:

ann@example.com
Your message is too big for the recipient's mail system.

Diagnostic information for administrators:

Generating server: EX19.example.org

ann@example.com
Remote Server returned '552 5.3.4 Message size exceeds fixed maximum message size'
`, "ann@example.com", "5.3.4", "552", MessageTooLarge, true},
		{"microsoft access denied as", `550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com] <ann@contoso.com>`,
			"ann@contoso.com", "5.4.1", "550", MailboxNotFound, true},
		{"t-online bl", `<ann@t-online.de>: host mx00.t-online.de[192.0.2.10] refused to talk to
    me: 554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or
    to contact tosa@rx.t-online.de to clarify.) (BL)
`, "ann@t-online.de", "", "554", Blocklisted, true},
		{"gmx block listed", `<ann@gmx.de>: host mx00.emig.gmx.net[192.0.2.12] refused to talk to me:
    554-gmx.net (mxgmx117) Nemesis ESMTP Service not available 554-No SMTP
    service 554-IP address is block listed. 554 For explanation visit
    https://postmaster.gmx.net/en/case?c=r0101&i=ip&v=192.0.2.1&r=1ABCDE
`, "ann@gmx.de", "", "554", Blocklisted, true},
		{"au japanese", `<ann@ezweb.ne.jp>: host lsean.ezweb.ne.jp[192.0.2.13] said: 550
    <ann@ezweb.ne.jp>: User unknown (in reply to RCPT TO command)
`, "ann@ezweb.ne.jp", "", "550", MailboxNotFound, true},
		{"softbank japanese", `以下のアドレスにメールを配送できませんでした。

ann@i.softbank.jp
宛先のメールアドレスが見つかりません。
`, "ann@i.softbank.jp", "", "", MailboxNotFound, true},
		{"virgilio italian", `Il tuo messaggio non è stato recapitato al seguente destinatario:

ann@virgilio.it
La casella di posta del destinatario è piena.
`, "ann@virgilio.it", "", "", MailboxFull, true},
		{"ziggo dutch", `Uw bericht is niet afgeleverd bij:

ann@ziggo.nl
De mailbox van de ontvanger is vol.
`, "ann@ziggo.nl", "", "", MailboxFull, true},
		{"microsoft insufficient resources", `<ann@contoso.com>: host contoso-com.mail.protection.outlook.com[192.0.2.2]
    said: 452 4.3.1 Insufficient system resources (UsageThrottling) (in reply to end of DATA command)
`, "ann@contoso.com", "4.3.1", "452", ServerProblem, false},
		{"microsoft 365 new ndr", `Your message to ann@contoso.com couldn't be delivered.
ann wasn't found at contoso.com.

bob          Office 365          ann
Action Required                  Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the sender sent a message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at the destination domain.

Original Message Details
Created Date:    1/1/2024 10:00:00 AM
Sender Address:    bob@example.org
Recipient Address:    ann@contoso.com
Subject:    hello
`, "ann@contoso.com", "5.1.10", "550", MailboxNotFound, true},
		{"hotmail boilerplate names blacklist", `Delivery to the following recipients failed.

       ann@example.com

The mail server could not deliver mail to ann@example.com. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.

Reporting-MTA: dns;BAY004-OMC1S10.hotmail.com
Final-Recipient: rfc822;ann@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown in virtual mailbox table
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"exchange online quota exceeded", `Remote Server returned '554 5.2.0 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox.' <ann@contoso.com>`,
			"ann@contoso.com", "5.2.0", "554", MailboxFull, true},
		{"exchange restricted delivery", `Delivery has failed to these recipients or groups:

allstaff@contoso.com
Your message can't be delivered because delivery to this address is restricted.

Diagnostic information for administrators:

Generating server: DB6PR0801MB1234.eurprd08.prod.outlook.com

allstaff@contoso.com
Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]'
`, "allstaff@contoso.com", "5.7.1", "550", PolicyRejected, true},
		{"microsoft bad outbound sender", `550 5.1.8 Access denied, bad outbound sender AS(42004) <ann@example.com>`,
			"ann@example.com", "5.1.8", "550", SenderRejected, true},
		{"gmail unusual rate from ip", `<ann@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.5] said:
    550-5.7.1 [192.0.2.1] Our system has detected an unusual rate of
    550-5.7.1 unsolicited mail originating from your IP address. To protect our
    550-5.7.1 users from spam, mail sent from your IP address has been blocked.
    550 5.7.1 Please visit https://support.google.com/mail/?p=UnsolicitedIPError (in reply to end of DATA command)
`, "ann@gmail.com", "5.7.1", "550", Blocklisted, true},
		{"gmail no ptr", `<ann@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.5] said:
    550-5.7.25 [192.0.2.1] The IP address sending this message does not have a
    550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not
    550-5.7.25 point to the sending IP. (in reply to end of DATA command)
`, "ann@gmail.com", "5.7.25", "550", Blocklisted, true},
		{"gmail out of storage", `<ann@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.5] said:
    452-4.2.2 The recipient's inbox is out of storage space. Please direct the
    452-4.2.2 recipient to https://support.google.com/mail/?p=OverQuotaTemp (in reply to RCPT TO command)
`, "ann@gmail.com", "4.2.2", "452", MailboxFull, false},
		{"yahoo tss09 permanent", `<ann@yahoo.com>: host mta6.am0.yahoodns.net[192.0.2.3] said: 553 5.7.2
    [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying
    will NOT succeed. See https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)
`, "ann@yahoo.com", "5.7.2", "553", Blocklisted, true},
		{"yahoo policy reasons", `<ann@yahoo.com>: host mta6.am0.yahoodns.net[192.0.2.3] said: 554 5.7.9
    Message not accepted for policy reasons.  See
    https://postmaster.yahooinc.com/error-codes (in reply to end of DATA command)
`, "ann@yahoo.com", "5.7.9", "554", PolicyRejected, true},
		{"zimbra account locked", `<ann@example.com>: host zimbra.example.com[192.0.2.14] said: 550 5.2.1
    <ann@example.com>: Mailbox is locked, account status is closed (in reply to RCPT TO command)
`, "ann@example.com", "5.2.1", "550", MailboxUnavailable, true},
		{"exim mailbox full retry timeout", `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ann@example.com
    mailbox is full: retry timeout exceeded
`, "ann@example.com", "", "", MailboxFull, true},
		{"postfix greeting timeout delayed", postfixDelayHead + `<ann@example.com>: conversation with mx.example.com[192.0.2.1] timed out
    while receiving the initial server greeting
`, "ann@example.com", "", "", ServerProblem, false},
		{"postfix tls not offered", `<ann@example.com>: TLS is required, but was not offered by host
    mx.example.com[192.0.2.1]
`, "ann@example.com", "", "", PolicyRejected, true},
		{"amazon workmail unknown", `Your message wasn't delivered to ann@example.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 Requested action not taken: mailbox unavailable
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"sendmail sender domain missing", `----- The following addresses had permanent fatal errors -----
<ann@example.com>
    (reason: 553 5.1.8 <bob@nonexistent.example>... Domain of sender address bob@nonexistent.example does not exist)

   ----- Transcript of session follows -----
... while talking to mx.example.com.:
>>> MAIL From:<bob@nonexistent.example> SIZE=1024
<<< 553 5.1.8 <bob@nonexistent.example>... Domain of sender address bob@nonexistent.example does not exist
`, "ann@example.com", "5.1.8", "553", SenderRejected, true},
		{"exchange ndr multipart html and dsn", "From: Microsoft Outlook <postmaster@contoso.com>\r\nTo: <bob@example.org>\r\n" +
			"Subject: Undeliverable: hello\r\nDate: Mon, 1 Jan 2024 10:00:00 +0000\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"_000_NDR_\"\r\nX-MS-Exchange-Message-Is-Ndr:\r\n\r\n" +
			"--_000_NDR_\r\nContent-Type: multipart/alternative; boundary=\"_001_\"\r\n\r\n" +
			"--_001_\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
			"PGh0bWw+PGJvZHk+PHA+WW91ciBtZXNzYWdlIHRvIGFubkBjb250b3NvLmNvbSBjb3VsZG4ndCBi\r\nZSBkZWxpdmVyZWQuPC9wPjxwPmFubiB3YXNuJ3QgZm91bmQgYXQgY29udG9zby5jb20uPC9wPjwv\r\nYm9keT48L2h0bWw+\r\n" +
			"--_001_--\r\n\r\n" +
			"--_000_NDR_\r\nContent-Type: message/delivery-status\r\n\r\n" +
			"Reporting-MTA: dns;AM0PR01MB1234.eurprd01.prod.exchangelabs.com\r\nReceived-From-MTA: dns;AM0PR01MB5678.eurprd01.prod.exchangelabs.com\r\n" +
			"Arrival-Date: Mon, 1 Jan 2024 10:00:00 +0000\r\n\r\n" +
			"Original-Recipient: rfc822;ann@contoso.com\r\nFinal-Recipient: rfc822;ann@contoso.com\r\nAction: failed\r\nStatus: 5.1.10\r\n" +
			"Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ann@contoso.com not found by SMTP address lookup\r\n" +
			"X-Display-Name: Ann\r\n\r\n--_000_NDR_--\r\n",
			"ann@contoso.com", "5.1.10", "550", MailboxNotFound, true},
		{"google dsn html base64 delayed", "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\nTo: bob@example.org\r\n" +
			"Subject: Delivery Status Notification (Delay)\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: multipart/report; boundary=\"g1\"; report-type=delivery-status\r\n\r\n" +
			"--g1\r\nContent-Type: multipart/related; boundary=\"g2\"\r\n\r\n--g2\r\nContent-Type: multipart/alternative; boundary=\"g3\"\r\n\r\n" +
			"--g3\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n\r\n" +
			"** Message not delivered yet **\r\n\r\nThere was a temporary problem delivering your message to ann@example.com. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\r\n\r\n" +
			"The response was:\r\n\r\nThe recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.com 192.0.2.1: timed out]\r\n" +
			"--g3--\r\n--g2--\r\n" +
			"--g1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; googlemail.com\r\n" +
			"Arrival-Date: Mon, 01 Jan 2024 10:00:00 -0800 (PST)\r\n\r\n" +
			"Final-Recipient: rfc822; ann@example.com\r\nAction: delayed\r\nStatus: 4.4.1\r\n" +
			"Diagnostic-Code: smtp; The recipient server did not accept our requests to connect. [mx.example.com 192.0.2.1: timed out]\r\n" +
			"Last-Attempt-Date: Mon, 01 Jan 2024 12:00:00 -0800 (PST)\r\nWill-Retry-Until: Wed, 03 Jan 2024 10:00:00 -0800 (PST)\r\n\r\n--g1--\r\n",
			"ann@example.com", "4.4.1", "", ServerProblem, false},
		{"global delivery status utf-8 address", "From: MAILER-DAEMON@example.org\r\nTo: bob@example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"u1\"\r\n\r\n" +
			"--u1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThis is the mail system at host mail.example.org.\r\n\r\n" +
			"<josé@example.es>: host mx.example.es[192.0.2.15] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\r\n\r\n" +
			"--u1\r\nContent-Type: message/global-delivery-status\r\n\r\nReporting-MTA: dns; mail.example.org\r\n\r\n" +
			"Final-Recipient: utf-8; josé@example.es\r\nOriginal-Recipient: utf-8; josé@example.es\r\nAction: failed\r\nStatus: 5.1.1\r\n" +
			"Remote-MTA: dns; mx.example.es\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n--u1--\r\n",
			"josé@example.es", "5.1.1", "550", MailboxNotFound, true},
		{"docomo iso-2022-jp base64", "From: Mail Delivery Subsystem <MAILER-DAEMON@docomo.ne.jp>\r\nTo: bob@example.org\r\nSubject: Returned mail: see transcript for details\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
			"GyRCMEoyPCROJSIlSSVsJTkkWCROJWEhPCVrR1s/LiRLPDpHVCQ3JF4kNyQ/ISMbKEIKCmFubkBk\r\nb2NvbW8ubmUuanAKGyRCMDhAaCROJWEhPCVrJSIlSSVsJTkkT0I4Ol8kNyReJDskcyEjGyhCCg==\r\n",
			"ann@docomo.ne.jp", "", "", MailboxNotFound, true},
		{"outlook forwarded undeliverable", `From: Bob <bob@example.org>
Sent: Monday, January 1, 2024 11:00 AM
To: Helpdesk <helpdesk@example.org>
Subject: FW: Undeliverable: hello

Can you check why this bounced?

-----Original Message-----
From: Microsoft Outlook <postmaster@example.org>
Sent: Monday, January 1, 2024 10:00 AM
To: Bob <bob@example.org>
Subject: Undeliverable: hello

Delivery has failed to these recipients or groups:

ann@example.com
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: EX01.example.org

ann@example.com
Remote Server returned '552 5.2.2 Mailbox full'
`, "ann@example.com", "5.2.2", "552", MailboxFull, true},
		{"qmail sender denied", `Hi. This is the qmail-send program at mx.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ann@example.com>:
Connected to 192.0.2.1 but sender was rejected.
Remote host said: 553 sorry, your envelope sender has been denied (#5.7.1)
`, "ann@example.com", "5.7.1", "553", SenderRejected, true},
		{"163.com spam", `<ann@163.com>: host 163mx01.mxmail.netease.com[192.0.2.16] said: 554 DT:SPM
    163 mx14,QMCowACHxyz_abc,123 1704103200,please see
    http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1&hostid=mx14&time=1704103200
    (in reply to end of DATA command)
`, "ann@163.com", "", "554", ContentFiltered, true},
		{"163.com suspended", `<ann@163.com>: host 163mx01.mxmail.netease.com[192.0.2.16] said: 550 User
    suspended (in reply to RCPT TO command)
`, "ann@163.com", "", "550", MailboxUnavailable, true},
		{"uol portuguese", `A mensagem não pôde ser entregue aos seguintes destinatários:

ann@uol.com.br
A caixa postal do destinatário está cheia.
`, "ann@uol.com.br", "", "", MailboxFull, true},
		{"wp.pl polish", `Wiadomość nie została dostarczona do następujących odbiorców:

ann@wp.pl
Skrzynka odbiorcy jest pełna.
`, "ann@wp.pl", "", "", MailboxFull, true},
		{"seznam czech", `Vaši zprávu nebylo možné doručit následujícím příjemcům:

ann@seznam.cz
Schránka příjemce je plná.
`, "ann@seznam.cz", "", "", MailboxFull, true},
		{"exim german full", `Diese Nachricht wurde automatisch vom Mail-System erstellt.

Eine Nachricht, die Sie gesendet haben, konnte nicht an alle Empfänger
zugestellt werden. Dies ist ein permanenter Fehler. Folgende Adresse(n)
sind betroffen:

  ann@example.de
    Das Postfach des Empfängers ist voll.
`, "ann@example.de", "", "", MailboxFull, true},
		{"french orange visible", `Votre message n'a pas pu être remis aux destinataires suivants :

ann@wanadoo.fr
La boîte aux lettres du destinataire est pleine.
`, "ann@wanadoo.fr", "", "", MailboxFull, true},
		{"daum korean full", `메일이 반송되었습니다.

받는 사람: ann@hanmail.net
실패 원인: 받는 사람의 메일함 용량이 초과되었습니다.
`, "ann@hanmail.net", "", "", MailboxFull, true},
		{"japanese mailbox full", `以下のアドレスへのメール配信に失敗しました。

ann@example.co.jp
宛先のメールボックスの容量が一杯です。
`, "ann@example.co.jp", "", "", MailboxFull, true},
		{"gmail forwarded inline", `---------- Forwarded message ---------
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: Mon, 1 Jan 2024 at 10:00
Subject: Delivery Status Notification (Failure)
To: <bob@example.org>


Address not found

Your message wasn't delivered to ann@example.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown in virtual mailbox table
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"apple mail forwarded", `Begin forwarded message:

From: Mail Delivery System <MAILER-DAEMON@mail.example.org>
Subject: Undelivered Mail Returned to Sender
Date: 1 January 2024 at 10:00:00 GMT
To: bob@example.org

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<ann@example.com>: host mx.example.com[192.0.2.1] said: 552 5.3.4 Message
    size exceeds fixed limit (in reply to end of DATA command)
`, "ann@example.com", "5.3.4", "552", MessageTooLarge, true},
		{"cisco esa sender domain", `<ann@example.com>: host esa1.example.iphmx.com[192.0.2.17] said: 553 #5.1.8
    Domain of sender address <bob@nonexistent.example> does not exist (in reply to MAIL FROM command)
`, "ann@example.com", "5.1.8", "553", SenderRejected, true},
		{"postfix client host rejected", `<ann@example.com>: host mx.example.com[192.0.2.1] said: 554 5.7.1
    <unknown[192.0.2.1]>: Client host rejected: Access denied (in reply to RCPT TO command)
`, "ann@example.com", "5.7.1", "554", Blocklisted, true},
		{"exchange german not found", `Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

ann@example.de
Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie dann, die Nachricht erneut zu senden. Wenden Sie sich an Ihr Helpdesk, wenn das Problem weiterhin auftritt.
`, "ann@example.de", "", "", MailboxNotFound, true},
		{"exchange french not found", `La remise a échoué pour ces destinataires ou groupes :

ann@example.fr
Impossible de trouver l'adresse de messagerie que vous avez entrée. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message. Si le problème persiste, contactez votre support technique.
`, "ann@example.fr", "", "", MailboxNotFound, true},
		{"exchange spanish not found", `Error en la entrega a estos destinatarios o grupos:

ann@example.es
No se encontró la dirección de correo electrónico que escribió. Compruebe la dirección de correo electrónico del destinatario e intente reenviar el mensaje. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.
`, "ann@example.es", "", "", MailboxNotFound, true},
		{"exchange dutch not found", `Bezorging is mislukt voor deze ontvangers of groepen:

ann@example.nl
Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden. Neem contact op met de helpdesk als het probleem zich blijft voordoen.
`, "ann@example.nl", "", "", MailboxNotFound, true},
		{"exchange italian not found", `Recapito non riuscito per i destinatari o gruppi seguenti:

ann@example.it
Impossibile trovare l'indirizzo di posta elettronica immesso. Verificare l'indirizzo di posta elettronica del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, rivolgersi al supporto tecnico.
`, "ann@example.it", "", "", MailboxNotFound, true},
		{"exchange japanese not found", `次の受信者またはグループへの配信に失敗しました:

ann@example.jp
入力した電子メール アドレスが見つかりませんでした。受信者の電子メール アドレスを確認してから、メッセージを再送信してください。問題が解決しない場合は、ヘルプデスクに連絡してください。
`, "ann@example.jp", "", "", MailboxNotFound, true},
		{"exchange german mailbox full", `Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

ann@example.de
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten empfangen. Versuchen Sie später, die Nachricht erneut zu senden, oder wenden Sie sich direkt an den Empfänger.
`, "ann@example.de", "", "", MailboxFull, true},
		{"exchange delayed", `Delivery is delayed to these recipients or groups:

ann@example.com

Subject: hello

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 58 minutes. You'll be notified if the message can't be delivered by that time.
`, "ann@example.com", "", "", ServerProblem, false},
		{"exchange group restriction", `Delivery has failed to these recipients or groups:

allstaff@contoso.com
The group allstaff only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.
`, "allstaff@contoso.com", "", "", PolicyRejected, true},
		{"gmail sending limit reached", `You have reached a limit for sending mail. Your message was not sent.

Learn more: https://support.google.com/a/answer/166852
`, "", "", "", RateLimited, true},
		{"exchange submission quota", `Delivery has failed to these recipients or groups:

ann@example.com
The message can't be submitted because the sender's submission quota was exceeded. Contact your administrator.
`, "ann@example.com", "", "", RateLimited, true},
		{"exchange not a valid sender", `Delivery has failed to these recipients or groups:

ann@example.com
Your message couldn't be delivered because you weren't recognized as a valid sender. The most common reason for this is that your email address is suspected of sending spam and it's no longer allowed to send messages outside of your organization. Contact your email admin for assistance.
`, "ann@example.com", "", "", SenderRejected, true},
		{"gmail dns nxdomain", `Message not delivered
There was a problem delivering your message to ann@exmaple.com. See the technical details below.

The response was:

DNS Error: DNS type 'mx' lookup of exmaple.com responded with code NXDOMAIN Domain name not found: exmaple.com
`, "ann@exmaple.com", "", "", HostUnknown, true},
		{"gmail message blocked", `Message blocked

Your message to ann@example.com has been blocked. See technical details below for more information.

The response from the remote server was:
552 5.7.0 This message was blocked because its content presents a potential security issue. Please visit https://support.google.com/mail/?p=BlockedMessage to review our message content and attachment content guidelines.
`, "ann@example.com", "5.7.0", "552", ContentFiltered, true},
		{"exchange message expired", `Delivery has failed to these recipients or groups:

ann@example.com
A problem occurred while delivering this message to this email address. Try sending this message again. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EX01.example.org

ann@example.com
#550 5.4.300 Message expired ##
`, "ann@example.com", "5.4.300", "550", ServerProblem, true},
		{"german mailbox disabled", `Die Nachricht konnte nicht zugestellt werden an:

ann@web.de
Das Postfach des Empfängers ist deaktiviert.
`, "ann@web.de", "", "", MailboxUnavailable, true},
		{"german acceptance refused", `Die Nachricht konnte nicht zugestellt werden an:

ann@gmx.de
Annahme der Nachricht verweigert.
`, "ann@gmx.de", "", "", PolicyRejected, true},
		{"spanish account disabled", `No se ha podido entregar el mensaje a los siguientes destinatarios:

ann@example.es
La cuenta del destinatario está desactivada.
`, "ann@example.es", "", "", MailboxUnavailable, true},
		{"french account disabled", `Votre message n'a pas pu être remis aux destinataires suivants :

ann@free.fr
Le compte du destinataire est désactivé.
`, "ann@free.fr", "", "", MailboxUnavailable, true},
		{"french unknown address", `Votre message n'a pas pu être remis aux destinataires suivants :

ann@free.fr
Adresse du destinataire inconnue.
`, "ann@free.fr", "", "", MailboxNotFound, true},
		{"italian mailbox disabled", `Il messaggio non è stato consegnato ai seguenti destinatari:

ann@libero.it
Motivo: casella disattivata
`, "ann@libero.it", "", "", MailboxUnavailable, true},
		{"japanese reception refused", `以下のアドレスへのメール配信に失敗しました。

ann@ezweb.ne.jp
宛先の受信拒否設定により、メールを配信できませんでした。
`, "ann@ezweb.ne.jp", "", "", PolicyRejected, true},
		{"japanese user unknown", `以下のアドレスへのメール配信に失敗しました。

ann@softbank.ne.jp
ユーザ不明のため配信できませんでした。
`, "ann@softbank.ne.jp", "", "", MailboxNotFound, true},
		{"korean reception refused", `메일이 반송되었습니다.

받는 사람: ann@naver.com
실패 원인: 수신 거부된 메일입니다.
`, "ann@naver.com", "", "", PolicyRejected, true},
		{"dutch account disabled", `Uw bericht kon niet worden afgeleverd bij de volgende ontvangers:

ann@ziggo.nl
Het account van de ontvanger is uitgeschakeld.
`, "ann@ziggo.nl", "", "", MailboxUnavailable, true},
		{"russian mailbox blocked", `Сообщение не доставлено

Ваше сообщение не может быть доставлено получателю ann@mail.ru:
почтовый ящик заблокирован.
`, "ann@mail.ru", "", "", MailboxUnavailable, true},
		{"chinese recipient refused", `很抱歉您发送的邮件被退回，以下是该邮件的相关信息：

收件人：ann@sina.com
退信原因：收件人拒收
`, "ann@sina.com", "", "", PolicyRejected, true},
		{"reply-quoted postfix bounce", `On Mon, 1 Jan 2024 at 10:00, Mail Delivery System <MAILER-DAEMON@mail.example.org> wrote:
> This is the mail system at host mail.example.org.
>
> I'm sorry to have to inform you that your message could not
> be delivered to one or more recipients. It's attached below.
>
>                    The mail system
>
> <ann@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1
>     <ann@example.com>: Recipient address rejected: User unknown in local
>     recipient table (in reply to RCPT TO command)
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"exchange html quoted-printable split address", "From: postmaster@example.org\nTo: bob@example.org\nSubject: Undeliverable: hello\nMIME-Version: 1.0\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n<p>Your message to <b>ann@exam=\nple.com</b> couldn=E2=80=99t be delivered.</p><p>The recipient=E2=80=99s mailbox is full and can=E2=80=99t accept messages now.</p><p>Remote Server returned =\n=27552 5.2.2 Mailbox full=27</p>\n",
			"ann@example.com", "5.2.2", "552", MailboxFull, true},
		{"exim after initial connection", `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ann@example.com
    host mx.example.com [192.0.2.1]
    SMTP error from remote mail server after initial connection:
    554 mx.example.com ESMTP not accepting messages from 192.0.2.9: listed at zen.spamhaus.org
`, "ann@example.com", "", "554", Blocklisted, true},
		{"amazon ses message expired", `An error occurred while trying to deliver the mail to the following recipients:
ann@example.com

Reporting-MTA: dns; a8-1.smtp-out.amazonses.com
Final-Recipient: rfc822; ann@example.com
Action: failed
Status: 4.4.7
Diagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.0 Unable to connect to mx.example.com>
`, "ann@example.com", "4.4.7", "554", ServerProblem, true},
		{"banned attachment", "554 5.7.1 This message has been blocked because it contains a banned attachment <ann@example.com>",
			"ann@example.com", "5.7.1", "554", ContentFiltered, true},
		{"dmarc policy one line", "550 5.7.1 Email rejected per DMARC policy for example.org <ann@example.com>",
			"ann@example.com", "5.7.1", "550", AuthenticationFailed, true},
		{"spf violation 5.7.23", "550 5.7.23 The message was rejected because of Sender Policy Framework violation <ann@example.com>",
			"ann@example.com", "5.7.23", "550", AuthenticationFailed, true},
		{"microsoft hop count loop", "554 5.4.14 Hop count exceeded - possible mail loop ATTR34 <ann@example.com>",
			"ann@example.com", "5.4.14", "554", ServerProblem, true},
		{"microsoft tenant relay denied", "550 5.7.64 TenantAttribution; Relay Access Denied [SN1NAM02FT012.eop-nam02.prod.protection.outlook.com] <ann@example.com>",
			"ann@example.com", "5.7.64", "550", RelayDenied, true},
		{"outlook.com s3150", "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). <ann@outlook.com>",
			"ann@outlook.com", "5.7.1", "550", Blocklisted, true},
		{"greylisting", "451 4.7.1 Greylisting in action, please come back later <ann@example.com>",
			"ann@example.com", "4.7.1", "451", PolicyRejected, false},
		{"account disabled local mailbox", "550 Message was not accepted -- invalid mailbox. Local mailbox ann@example.com is unavailable: account is disabled",
			"ann@example.com", "", "550", MailboxUnavailable, true},
		{"exchange relayed notice", `Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server:

ann@example.com

Subject: hello
`, "ann@example.com", "", "", Delivered, true},
		{"postfix success notice", `This is the mail system at host mail.example.org.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<ann@example.com>: delivery via mx.example.com[192.0.2.1]:25: 250 2.0.0 Ok:
    queued as 4ABCDEF
`, "ann@example.com", "2.0.0", "250", Delivered, true},
		{"exim delay warning", `This message was created automatically by mail delivery software.

A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.example.org.

The message identifier is:     1rK2aB-0001xY-AB
The subject of the message is: hello
The date of the message is:    Mon, 01 Jan 2024 10:00:00 +0000

The address to which the message has not yet been delivered is:

  ann@example.com
    host mx.example.com [192.0.2.1]
    Delay reason: SMTP error from remote mail server after RCPT TO:<ann@example.com>:
    452 4.2.2 Mailbox full

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
`, "ann@example.com", "4.2.2", "452", MailboxFull, false},
		{"sendmail transient warning", `The original message was received at Mon, 1 Jan 2024 10:00:00 GMT
from [192.0.2.9]

   ----- Transcript of session follows -----
451 4.4.1 <ann@example.com>... Host mx.example.com: Connection timed out
Warning: could not send message for past 4 hours

   ----- The following addresses had transient non-fatal errors -----
<ann@example.com>
`, "ann@example.com", "4.4.1", "451", ServerProblem, false},
		{"postfix greylisted delay", `This is the mail system at host mail.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<ann@example.com>: host mx.example.com[192.0.2.1] said: 450 4.2.0
    <ann@example.com>: Recipient address rejected: Greylisted, see
    http://postgrey.schweikert.ch/help/example.com.html (in reply to RCPT TO command)
`, "ann@example.com", "4.2.0", "450", PolicyRejected, false},
		{"yahoo size with detail number", `<ann@yahoo.com>: host mta5.am0.yahoodns.net[192.0.2.3] said: 554 30 Sorry,
    your message size exceeds 41943040 bytes. (in reply to end of DATA command)
`, "ann@yahoo.com", "", "554", MessageTooLarge, true},
		{"yahoo not found with detail number", `Sorry, we were unable to deliver your message to the following address.

<ann@yahoo.com>:
Remote host said: 552 1 Requested mail action aborted, mailbox not found [RCPT_TO]
`, "ann@yahoo.com", "", "552", MailboxNotFound, true},
		{"microsoft send as denied", "550 5.7.60 SMTP; Client does not have permissions to send as this sender <ann@example.com>",
			"ann@example.com", "5.7.60", "550", SenderRejected, true},
		{"microsoft client not authenticated", "550 5.7.57 Client not authenticated to send mail during MAIL FROM <ann@example.com>",
			"ann@example.com", "5.7.57", "550", RelayDenied, true},
		{"gmail daily sending limit", "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852 <ann@example.com>",
			"ann@example.com", "5.4.5", "550", RateLimited, true},
		{"microsoft recipient receive limit", "554 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour <ann@example.com>",
			"ann@example.com", "5.2.122", "554", RateLimited, true},
		{"microsoft daily recipient limit", "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients <ann@example.com>",
			"ann@example.com", "5.1.90", "550", RateLimited, true},
		{"microsoft external forwarding", "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555) <ann@example.com>",
			"ann@example.com", "5.7.520", "550", PolicyRejected, true},
		{"microsoft group sender not authenticated", "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated <allstaff@example.com>",
			"allstaff@example.com", "5.7.133", "550", PolicyRejected, true},
		{"exchange queue dns retry, its words punctuated otherwise", "Delivery is delayed to these recipients or groups:\n\nann@example.net\n\n" +
			"Server at mx.example.com returned '451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry'\n",
			"ann@example.net", "4.4.0", "451", ServerProblem, false},
		{"generic mailbox unavailable beside 5.1.1 (BT)", "550 5.1.1 <ann@example.net>: Mailbox unavailable or access denied",
			"ann@example.net", "5.1.1", "550", MailboxNotFound, true},
		{"microsoft group sender not authenticated, older tenant", "550 5.7.12 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated <allstaff@example.com>",
			"allstaff@example.com", "5.7.12", "550", PolicyRejected, true},
		{"microsoft allowed-senders list", "550 5.7.124 RESOLVER.RST.NotAuthorized; not authorized; sender not in allowed-senders list <allstaff@example.com>",
			"allstaff@example.com", "5.7.124", "550", PolicyRejected, true},
		{"gmail size limit", "552-5.2.3 Your message exceeded Google's message size limits. Please visit https://support.google.com/mail/?p=MaxSizeError to view our size guidelines. <ann@gmail.com>",
			"ann@gmail.com", "5.2.3", "552", MessageTooLarge, true},
		{"sender id pra", "550 5.7.1 Sender ID (PRA) not permitted <ann@example.com>",
			"ann@example.com", "5.7.1", "550", AuthenticationFailed, true},
		{"dsn bracketed recipient and comment in status", "From: Mail Delivery System <MAILER-DAEMON@mail.example.org>\nTo: bob@example.org\nSubject: Delivery failure\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"zz\"\n\n--zz\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n--zz\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.org\n\nFinal-Recipient: RFC822; <ann@example.com>\nAction: Failed\nStatus: 5.0.0 (permanent failure)\nDiagnostic-Code: SMTP; 550 5.1.1 <ann@example.com>... User unknown\n\n--zz--\n",
			"ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"domino dsn x-notes diagnostic", "From: Mail Delivery System <MAILER-DAEMON@mail.example.org>\nTo: bob@example.org\nSubject: Delivery failure\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"zz\"\n\n--zz\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n--zz\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.org\n\nFinal-Recipient: rfc822;ann@example.com\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: X-Notes; User ann (ann@example.com) not listed in Domino Directory\n\n--zz--\n",
			"ann@example.com", "5.0.0", "", MailboxNotFound, true},
		{"dsn recipient without type", "From: Mail Delivery System <MAILER-DAEMON@mail.example.org>\nTo: bob@example.org\nSubject: Delivery failure\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"zz\"\n\n--zz\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n--zz\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.org\n\nFinal-Recipient: ann@example.com\nAction: failed\nStatus: 5.1.2\nDiagnostic-Code: smtp; 550 5.1.2 Host unknown (Name server: example.com: host not found)\n\n--zz--\n",
			"ann@example.com", "5.1.2", "550", HostUnknown, true},
		{"dsn delayed with actual recipient", "From: Mail Delivery System <MAILER-DAEMON@mail.example.org>\nTo: bob@example.org\nSubject: Delivery failure\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"zz\"\n\n--zz\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n--zz\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.org\n\nOriginal-Recipient: rfc822;info@example.com\nFinal-Recipient: rfc822;ann@example.com\nX-Actual-Recipient: rfc822;ann.smith@example.com\nAction: delayed\nStatus: 4.4.7\nWill-Retry-Until: Fri, 5 Jan 2024 10:00:00 +0000\n\n--zz--\n",
			"ann@example.com", "4.4.7", "", ServerProblem, false},
		{"gmail bounce with alarming original", `Address not found

Your message wasn't delivered to ann@example.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown

----- Original message -----

DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.org; s=google
From: Bob <bob@example.org>
Date: Mon, 1 Jan 2024 10:00:00 +0000
Subject: Our spam filter blocked your mailbox full warning
To: ann@example.com

Hi Ann, our blacklist and spam filter flagged the mailbox full notice. Quota exceeded?
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"qmail remote dmarc with alarming original", `Hi. This is the qmail-send program at mx.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ann@example.org>:
192.0.2.1 does not like recipient.
Remote host said: 550 5.7.1 Message rejected: sender domain example.org has a DMARC policy of reject
Giving up on 192.0.2.1.

--- Below this line is a copy of the message.

Return-Path: <bob@example.org>
Subject: spamhaus listed? mailbox full?
`, "ann@example.org", "5.7.1", "550", AuthenticationFailed, true},
		{"orange iso-8859-1 quoted-printable", "From: postmaster@orange.fr\nTo: bob@example.org\nSubject: =?iso-8859-1?Q?Message_non_remis?=\nMIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nVotre message n'a pas pu =EAtre remis aux destinataires suivants :\n\nann@orange.fr\nLa bo=EEte aux lettres du destinataire est pleine.\n\n552 5.2.2 OFR_417 [417] Boite du destinataire pleine.\n",
			"ann@orange.fr", "5.2.2", "552", MailboxFull, true},
		{"recipient blocked senders list", `<ann@example.com>: host mx.example.com[192.0.2.1] said: 550 5.7.1 Sender address bob@example.org is on the recipient's blocked senders list (in reply to RCPT TO command)
`, "ann@example.com", "5.7.1", "550", SenderRejected, true},
		{"messagelabs connection rejected by policy", `<ann@example.com>: host cluster1.eu.messagelabs.com[192.0.2.20] refused to talk to me: 501 Connection rejected by policy [7.7] 20706, please visit www.messagelabs.com/support for more details about this error message.
`, "ann@example.com", "", "501", Blocklisted, true},
		{"messagelabs spf fail", `<ann@example.com>: host cluster1.eu.messagelabs.com[192.0.2.20] said: 553-SPF (Sender Policy Framework) domain authentication 553-fail. Refer to the Troubleshooting page at 553-http://www.symanteccloud.com/troubleshooting for more 553 information. (#5.7.1) (in reply to MAIL FROM command)
`, "ann@example.com", "5.7.1", "553", AuthenticationFailed, true},
		{"invalid mime structure", `<ann@example.com>: host mx.example.com[192.0.2.1] said: 554 5.6.1 Message has invalid or unsupported MIME structure (in reply to end of DATA command)
`, "ann@example.com", "5.6.1", "554", ContentFiltered, true},
		{"mailgun json failed event", mailgunFailed, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"mailgun json suppressed", `{"event":"failed","severity":"permanent","reason":"suppress-bounce","recipient":"ann@example.com","delivery-status":{"code":605,"message":"","description":"Not delivering to previously bounced address"}}
`, "ann@example.com", "", "", Suppressed, true},
		{"postmark json hard bounce", `{"RecordType":"Bounce","Type":"HardBounce","TypeCode":1,"Name":"Hard bounce","Email":"ann@example.com","From":"bob@example.org","Description":"The server was unable to deliver your message (ex: unknown user, mailbox not found).","Details":"smtp;550 5.1.1 The email account that you tried to reach does not exist.","Inactive":true,"CanActivate":true}
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"sendgrid json bounce", `[{"email":"ann@example.com","event":"bounce","type":"bounce","status":"5.2.2","reason":"552 5.2.2 The email account that you tried to reach is over quota.","sg_event_id":"abc","timestamp":1704103200}]
`, "ann@example.com", "5.2.2", "552", MailboxFull, true},
		{"sendgrid json blocked", `[{"email":"ann@example.com","event":"bounce","type":"blocked","status":"5.7.1","reason":"550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1","timestamp":1704103200}]
`, "ann@example.com", "5.7.1", "550", Blocklisted, true},
		{"amazon ses json transient mailbox full", `{"notificationType":"Bounce","bounce":{"feedbackId":"0100018c-aaaa","bounceType":"Transient","bounceSubType":"MailboxFull","bouncedRecipients":[{"emailAddress":"ann@example.com","action":"failed","status":"5.2.2","diagnosticCode":"smtp; 552 5.2.2 Mailbox full"}],"timestamp":"2024-01-01T10:00:00.000Z","remoteMtaIp":"192.0.2.1","reportingMTA":"dsn; a1-2.smtp-out.amazonses.com"},"mail":{"timestamp":"2024-01-01T09:59:59.000Z","source":"bob@example.org","sourceArn":"arn:aws:ses:us-east-1:123456789012:identity/example.org","sendingAccountId":"123456789012","messageId":"0100018c-bbbb","destination":["ann@example.com","carl@example.com"]}}
`, "ann@example.com", "5.2.2", "552", MailboxFull, true},
		{"exchange 2007 display name and smtp tag", `Delivery has failed to these recipients or groups:

Ann (ann@example.com)
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: ex07.example.org

ann@example.com
#< #5.1.1 smtp;550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown> #SMTP#
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"groupwise returned message", `The message that you sent was returned.

    Subject: hello
    Creation Date: 1/1/2024 10:00 AM
    From: Bob <bob@example.org>

The original message was sent to:
    ann@example.com

Status of message:
    Mailbox full. The recipient's mailbox has exceeded its storage limit.
`, "ann@example.com", "", "", MailboxFull, true},
		{"german outlook automatic reply", "From: Ann <ann@example.de>\nTo: bob@example.org\nSubject: Automatische Antwort: hello\n\nVielen Dank f\u00fcr Ihre Nachricht. Ich bin bis zum 8. Januar nicht im B\u00fcro und habe keinen Zugriff auf meine E-Mails.\n",
			"ann@example.de", "", "", AutoReply, true},
		{"french absence reply", "From: Ann <ann@example.fr>\nTo: bob@example.org\nSubject: Absence du bureau : hello\n\nJe suis absente du bureau jusqu au 8 janvier.\n",
			"ann@example.fr", "", "", AutoReply, true},
		{"spanish automatic reply", "From: Ann <ann@example.es>\nTo: bob@example.org\nSubject: Respuesta autom\u00e1tica: hello\n\nGracias por su mensaje. Estar\u00e9 fuera de la oficina hasta el 8 de enero.\n",
			"ann@example.es", "", "", AutoReply, true},
		{"helpdesk ticket auto-replied", "From: Ann <ann@example.com>\nTo: bob@example.org\nSubject: Re: hello\nAuto-Submitted: auto-replied\n\nThanks for your email. We have received your request and a member of our team will respond within 24 hours. Your ticket number is 12345.\n",
			"ann@example.com", "", "", AutoReply, true},
		{"exchange french delayed", `La remise à ces destinataires ou groupes est retardée :

ann@example.fr

Objet : hello

Ce message n’a pas encore été remis. Nous allons continuer à essayer de le remettre.
`, "ann@example.fr", "", "", ServerProblem, false},
		{"exchange italian delayed", `Recapito ritardato per i destinatari o gruppi seguenti:

ann@example.it

Oggetto: hello

Il messaggio non è stato ancora recapitato. Verranno effettuati altri tentativi di recapito.
`, "ann@example.it", "", "", ServerProblem, false},
		{"pasted error line", "Error: 550 5.1.1 ann@example.com: Recipient address rejected: User unknown in virtual mailbox table",
			"ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"pasted remote server returned", "Remote server returned: 554 5.7.1 Spam message rejected <ann@example.com>",
			"ann@example.com", "5.7.1", "554", ContentFiltered, true},
		{"pasted smtp diagnostic", "smtp;550 5.2.1 <ann@example.com>: Mailbox disabled, not accepting messages",
			"ann@example.com", "5.2.1", "550", MailboxUnavailable, true},
		{"pasted diagnostic-code field", "Diagnostic-Code: smtp; 552 5.2.2 ann@example.com: Mailbox quota exceeded",
			"ann@example.com", "5.2.2", "552", MailboxFull, true},
		{"pasted final-recipient only", "Final-Recipient: rfc822; ann@example.com",
			"ann@example.com", "", "", Unknown, true},
		{"esp bounce line", "Bounce: ann@example.com - 550 5.1.1 No such user here",
			"ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"exim after end of data", `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ann@example.com
    host mx.example.com [192.0.2.1]
    SMTP error from remote mail server after end of data:
    550-5.7.1 [192.0.2.9] Our system has detected that this message is
    550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,
    550 5.7.1 this message has been blocked.
`, "ann@example.com", "5.7.1", "550", ContentFiltered, true},
		{"postfix 5.7.26 unauthenticated", `<ann@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.5] said:
    550-5.7.26 This mail is unauthenticated, which poses a security risk to the
    550-5.7.26 sender and Gmail users, and has been blocked. The sender must
    550-5.7.26 authenticate with at least one of SPF or DKIM. 550 5.7.26 For
    more information, go to https://support.google.com/mail/answer/81126
    (in reply to end of DATA command)
`, "ann@gmail.com", "5.7.26", "550", AuthenticationFailed, true},
		{"postfix host not found", `This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<ann@exmaple.com>: Host or domain name not found. Name service error for
    name=exmaple.com type=MX: Host not found
`, "ann@exmaple.com", "", "", HostUnknown, true},
		{"qmail no host", `Hi. This is the qmail-send program at mx.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ann@exmaple.com>:
Sorry, I couldn't find any host named exmaple.com. (#5.1.2)
`, "ann@exmaple.com", "5.1.2", "", HostUnknown, true},
		{"sendmail read error", `**********************************************
**      THIS IS A WARNING MESSAGE ONLY      **
**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
**********************************************

The original message was received at Mon, 1 Jan 2024 10:00:00 GMT
from localhost [127.0.0.1]

   ----- Transcript of session follows -----
<ann@example.com>... Deferred: 451 4.4.1 reply: read error from mx.example.com.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
`, "ann@example.com", "4.4.1", "451", ServerProblem, false},
		{"barracuda blocked by policy", `550 Message rejected by Barracuda: Blocked by policy <ann@example.com>`,
			"ann@example.com", "", "550", PolicyRejected, true},
		{"proofpoint anti-spoofing", `<ann@example.com>: host mx0a-001.pphosted.com[192.0.2.7] said: 550 5.7.1
    Rejected by header-based Anti-Spoofing policy: bob@example.com (in reply to
    end of DATA command)
`, "ann@example.com", "5.7.1", "550", PolicyRejected, true},
		{"mimecast envelope blocked", `<ann@example.com>: host us-smtp-inbound-1.mimecast.com[192.0.2.8] said:
    550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550
    [aBcDeFgHiJk.us5] (in reply to RCPT TO command)
`, "ann@example.com", "", "550", PolicyRejected, true},
		{"cisco esa address rejected", `Delivery has failed to these recipients or groups:

ann@example.com

Remote Server returned '550 #5.1.0 Address rejected ann@example.com'
`, "ann@example.com", "5.1.0", "550", MailboxNotFound, true},
		{"google workspace disabled", `<ann@example.com>: host aspmx.l.google.com[192.0.2.9] said: 550-5.2.1 The
    email account that you tried to reach is disabled. Learn more at 550 5.2.1
    https://support.google.com/mail/?p=DisabledUser (in reply to RCPT TO command)
`, "ann@example.com", "5.2.1", "550", MailboxUnavailable, true},
		{"docomo japanese", "From: Mail Delivery Subsystem <MAILER-DAEMON@docomo.ne.jp>\r\nTo: bob@example.org\r\nSubject: =?ISO-2022-JP?B?GyRCJWEhPCVrRWxDVjwrR1QbKEI=?=\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
			"以下のアドレスへのメールの配信に失敗しました。\r\n\r\nann@docomo.ne.jp\r\n宛先のメールアドレスは存在しません。\r\n\r\n550 Unknown user ann@docomo.ne.jp\r\n",
			"ann@docomo.ne.jp", "", "550", MailboxNotFound, true},
		{"t-online mailbox disabled", `<ann@t-online.de>: host mx00.t-online.de[192.0.2.10] said: 550 5.1.1
    <ann@t-online.de>: Mailbox disabled, not accepting messages (in reply to RCPT TO command)
`, "ann@t-online.de", "5.1.1", "550", MailboxUnavailable, true},
		{"orange boite pleine", `<ann@orange.fr>: host smtp-in.orange.fr[192.0.2.11] said: 552 5.2.2 OFR_417
    [417] Boite du destinataire pleine. Recipient mailbox is full (in reply to RCPT TO command)
`, "ann@orange.fr", "5.2.2", "552", MailboxFull, true},
		{"libero italian", `Il messaggio non è stato consegnato ai seguenti destinatari:

ann@libero.it
Motivo: 550 5.1.1 Utente inesistente
`, "ann@libero.it", "5.1.1", "550", MailboxNotFound, true},
		{"telefonica spanish", `No se ha podido entregar el mensaje a los siguientes destinatarios:

ann@telefonica.net
El buzón del destinatario está lleno.
`, "ann@telefonica.net", "", "", MailboxFull, true},
		{"kpn dutch", `Uw bericht kon niet worden afgeleverd bij de volgende ontvangers:

ann@kpnmail.nl
Het e-mailadres bestaat niet.
`, "ann@kpnmail.nl", "", "", MailboxNotFound, true},
	}
	checkFormats(t, tests)
}

// Success wording outside a mail report (a parcel notice) must not be read
// as a delivery report.
func TestDeliveredWordingNeedsAReport(t *testing.T) {
	d := diagnoseText(t, "Hi Bob,\n\nYour parcel was successfully delivered to the front door at 10:02.\n\nThanks, Example Couriers\n")
	if d.Category != NotABounce {
		t.Errorf("got %s, want %s", d.Category, NotABounce)
	}
}

// A report with one recipient delivered and one failed: each keeps its own
// outcome, and the message's category is the failure's.
func TestMixedOutcomeReport(t *testing.T) {
	d := diagnoseText(t, "From: Mail Delivery System <MAILER-DAEMON@mail.example.org>\nTo: bob@example.org\nSubject: Delivery failure\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"zz\"\n\n--zz\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n--zz\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.org\n\nFinal-Recipient: rfc822;carl@example.com\nAction: delivered\nStatus: 2.0.0\n\nFinal-Recipient: rfc822;ann@example.com\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp;552 5.2.2 Mailbox full\n\n--zz--\n")
	if d.Category != MailboxFull {
		t.Errorf("category = %s, want %s", d.Category, MailboxFull)
	}
	assertRecipients(t, d, wantRecipient{"carl@example.com", Delivered, ""}, wantRecipient{"ann@example.com", MailboxFull, ""})
}

// wantRecipient is one recipient a test expects, in order; an empty status
// is not checked.
type wantRecipient struct {
	address string
	cat     Category
	status  string
}

// assertRecipients checks the recipients of d, in order.
func assertRecipients(t *testing.T, d *Diagnosis, want ...wantRecipient) {
	t.Helper()
	if len(d.Recipients) != len(want) {
		t.Fatalf("got %d recipients %+v, want %d", len(d.Recipients), d.Recipients, len(want))
	}
	for i, w := range want {
		if r := d.Recipients[i]; r.Address != w.address || r.Category != w.cat || w.status != "" && r.Status != w.status {
			t.Errorf("recipient %d: got %q %s %q, want %q %s %q", i, r.Address, r.Category, r.Status, w.address, w.cat, w.status)
		}
	}
}

// The sender's address, named as such in a refusal or under a sender's key
// in a sending service's JSON, is not a recipient; nor is an address that
// only stands in the JSON list of everyone the message went to.
func TestSenderAddressNotARecipient(t *testing.T) {
	for _, text := range []string{`{"notificationType":"Bounce","bounce":{"feedbackId":"0100018c-aaaa","bounceType":"Transient","bounceSubType":"MailboxFull","bouncedRecipients":[{"emailAddress":"ann@example.com","action":"failed","status":"5.2.2","diagnosticCode":"smtp; 552 5.2.2 Mailbox full"}],"timestamp":"2024-01-01T10:00:00.000Z","remoteMtaIp":"192.0.2.1","reportingMTA":"dsn; a1-2.smtp-out.amazonses.com"},"mail":{"timestamp":"2024-01-01T09:59:59.000Z","source":"bob@example.org","sourceArn":"arn:aws:ses:us-east-1:123456789012:identity/example.org","sendingAccountId":"123456789012","messageId":"0100018c-bbbb","destination":["ann@example.com","carl@example.com"]}}
`, `<ann@example.com>: host mx.example.com[192.0.2.1] said: 550 5.7.1 Sender address bob@example.org is on the recipient's blocked senders list (in reply to RCPT TO command)
`, "Delivery has failed to these recipients or groups:\n\nann@example.com\n\nDiagnostic information for administrators:\n\n" +
		"ann@example.com\nRemote Server returned '553 5.1.8 <bob@example.org>... Domain of sender address bob@example.org does not exist'\n",
		// The same, wrapped by a mail program after the address, and
		// before the address that the words name.
		"ann@example.com\nRemote Server returned '553 5.1.8 <bob@example.org>...\nDomain of sender address bob@example.org does not exist'\n",
		"<ann@example.com>: host mx.example.com[192.0.2.1] said: 553 5.1.8 Domain of sender address\n    bob@example.org does not exist (in reply to MAIL FROM command)\n",
		// Postfix's RBL reply names what it looked up in square brackets.
		"Dec  1 11:20:07 relay postfix/smtp[20114]: 8C1D52C0A1: to=<ann@example.com>, relay=mx.example.com[192.0.2.1]:25, " +
			"dsn=5.7.1, status=bounced (host mx.example.com[192.0.2.1] said: 554 5.7.1 Service unavailable; Sender address " +
			"[bob@example.org] blocked using dbl.spamhaus.org (in reply to RCPT TO command))\n",
		mailgunFailed, `{"RecordType":"Bounce","Type":"HardBounce","TypeCode":1,"Name":"Hard bounce","Email":"ann@example.com","From":"bob@example.org","Description":"The server was unable to deliver your message (ex: unknown user, mailbox not found).","Details":"smtp;550 5.1.1 The email account that you tried to reach does not exist.","Inactive":true,"CanActivate":true}
`} {
		d := diagnoseText(t, text)
		if len(d.Recipients) != 1 || d.Recipients[0].Address != "ann@example.com" {
			t.Errorf("got recipients %+v, want only ann@example.com", d.Recipients)
		}
	}
}

// mailgunFailed is a Mailgun "failed" event as its logs and webhooks show it.
const mailgunFailed = `{
  "event": "failed",
  "severity": "permanent",
  "reason": "bounce",
  "recipient": "ann@example.com",
  "delivery-status": {
    "code": 550,
    "message": "5.1.1 The email account that you tried to reach does not exist.",
    "description": "",
    "mx-host": "gmail-smtp-in.l.google.com",
    "attempt-no": 1
  },
  "envelope": {"sender": "bob@mg.example.org", "targets": "ann@example.com"}
}
`

// A long notice without a bounce opening still reads as one when it says
// that delivery stopped and why, in words only one category uses: the body
// of amavisd-new's spam notice to the sender, as a mail program shows it
// (wording from amavisd-new's notify_spam_sender_templ).
func TestLongNoticeSaysStoppedAndWhy(t *testing.T) {
	notice := "A message from <ann@example.com> to:\n-> bob@example.org\n\n" +
		"was considered unsolicited bulk e-mail (UBE).\n\n" +
		"Our internal reference code for your message is 12345-06/AbCdEfGh\n\n" +
		"The message carried your return address, so it was either a genuine mail\n" +
		"from you, or a sender address was faked and your e-mail address abused\n" +
		"by third party, in which case we apologize for undesired notification.\n\n" +
		"We do try to minimize backscatter for more prominent cases of UBE and\n" +
		"for infected mail, but for less obvious cases of UBE some balance\n" +
		"between losing genuine mail and sending undesired backscatter is sought,\n" +
		"and there can be some collateral damage on both sides.\n\n" +
		"First upstream SMTP client IP address: [192.0.2.7] mail.example.com\n\n" +
		"Delivery of the email was stopped!\n"
	d := diagnoseText(t, notice)
	if d.Category != ContentFiltered {
		t.Errorf("category = %s, want %s", d.Category, ContentFiltered)
	}
	// The same words of failure in a long text that does not say delivery
	// stopped are no bounce.
	chat := strings.Repeat("We talked about mail servers at lunch today, and about the weather. ", 12) +
		"Ann said her old provider answered every typo with 'user unknown'.\n"
	if d := diagnoseText(t, chat); d.Category != NotABounce {
		t.Errorf("chat: category = %s, want %s", d.Category, NotABounce)
	}
}

// A notice that lists each recipient twice (Exchange's sentence for the
// user, then the server's reply under "Diagnostic information for
// administrators") gives each recipient every part that its address opens,
// and no part another recipient's address opens.
func TestRecipientListedTwice(t *testing.T) {
	d := diagnoseText(t, "Delivery has failed to these recipients or groups:\n\n"+
		"ann@example.org\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\n\n"+
		"bob@example.org\nThe recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.\n\n"+
		"Diagnostic information for administrators:\n\nGenerating server: EX1.example.org\n\n"+
		"ann@example.org\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"+
		"bob@example.org\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'\n")
	assertRecipients(t, d, wantRecipient{"ann@example.org", MailboxNotFound, "5.1.1"}, wantRecipient{"bob@example.org", MailboxFull, "5.2.2"})
}

// A list manager's refusal names the list the message went to and the
// moderator who refused it; the moderator is no recipient (wording of
// Sympa's default/mail_tt2/reject.tt2).
func TestModeratorIsNoRecipient(t *testing.T) {
	d := diagnoseText(t, "Subject: Your message has been rejected.\n\n"+
		"Your message for list choir@lists.example.org\nhas been rejected by the moderator (mod@example.org).\n\n"+
		"(Subject of your mail: Concert tickets)\n")
	if len(d.Recipients) != 1 || d.Recipients[0].Address != "choir@lists.example.org" || d.Recipients[0].Category != PolicyRejected {
		t.Errorf("recipients = %+v, want the list alone, policy-rejected", d.Recipients)
	}
}

// Chinese and Japanese notices write their words right against the
// address, with no space: those words are the notice's, not part of the
// address (gromox's data/mail_bounce/gb2312/BOUNCE_MAIL_TOO_LARGE).
func TestWordsAgainstAnAddress(t *testing.T) {
	d := diagnoseText(t, "您好：\n  很抱歉通知您，您发送到“li.ming@example.cn”的邮件无法被正确投递，因为邮件过大！\n\n"+
		"以下是您所发送邮件的一些基本信息：\n    收件人：      li.ming@example.cn\n    邮件主题：    设计稿\n")
	if d.Category != MessageTooLarge {
		t.Errorf("category = %s, want %s", d.Category, MessageTooLarge)
	}
}

// A reader forwards a bounce as an attachment with a note of their own:
// the note's words ("as an attachment") are a guess at most, and the report
// attached to it decides.
func TestForwardedAsAttachmentWithNote(t *testing.T) {
	bounce := "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\r\nTo: ana@example.com\r\n" +
		"Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=\"in\"\r\n\r\n" +
		"--in\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host mail.example.com.\r\n\r\n" +
		"<sara@example.org>: host mx.example.org[192.0.2.9] said: 554 5.7.1 Service unavailable;\r\n" +
		"    Client host [192.0.2.1] blocked using bl.spamcop.net (in reply to RCPT TO command)\r\n" +
		"--in\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail.example.com\r\n\r\n" +
		"Final-Recipient: rfc822; sara@example.org\r\nAction: failed\r\nStatus: 5.7.1\r\n" +
		"Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.spamcop.net\r\n--in--\r\n"
	fwd := "From: Ana <ana@example.com>\r\nTo: it@example.com\r\nSubject: Fwd: Undelivered Mail Returned to Sender\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"out\"\r\n\r\n" +
		"--out\r\nContent-Type: text/plain\r\n\r\nForwarding the bounce as an attachment, as asked.\r\n" +
		"--out\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"bounce.eml\"\r\n\r\n" +
		bounce + "--out--\r\n"
	d := diagnoseText(t, fwd)
	if len(d.Recipients) != 1 || d.Recipients[0].Address != "sara@example.org" || d.Category != Blocklisted || d.Recipients[0].Status != "5.7.1" {
		t.Errorf("got %s %+v, want sara@example.org blocklisted 5.7.1", d.Category, d.Recipients)
	}
}

// A bounce forwarded inline by a mail program that writes its header names
// in the reader's language: the block's addresses (the server that wrote
// the bounce, the sender it went back to) are no failed recipients, and
// the bounce under it is read.
func TestForwardedInlineLocalizedHeaders(t *testing.T) {
	d := diagnoseText(t, "Коллеги, письмо не доходит.\n\n-----Original Message-----\n"+
		"От: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nОтправлено: вторник, 3 марта 2026 г. 12:13\n"+
		"Кому: marina@example.com\nТема: Delivery Status Notification (Failure)\n\n"+
		"Your message wasn't delivered to oleg@example.ru because the address couldn't be found, or is unable to receive mail.\n\n"+
		"The response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n")
	if len(d.Recipients) != 1 || d.Recipients[0].Address != "oleg@example.ru" || d.Category != MailboxNotFound {
		t.Errorf("got %s %+v, want oleg@example.ru alone, mailbox-not-found", d.Category, d.Recipients)
	}
}

// Exchange's report forwarded inline by Outlook in the reader's language:
// the block names no daemon and its subject is Outlook's translation of
// "Undeliverable", but its sender is Exchange's "Microsoft Outlook", so the
// report under "-----Original Message-----" is the notice, not a returned
// message.
func TestForwardedInlineLocalizedOutlookReport(t *testing.T) {
	for _, sender := range []string{"Microsoft Outlook", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>"} {
		d := diagnoseText(t, "주소 잘못 쓴 건가요?\n\n-----Original Message-----\n"+
			"보낸 사람: "+sender+"\n보낸 날짜: 2026년 11월 23일 월요일 오전 10:14\n"+
			"받는 사람: 사업팀 <biz@example.com>\n제목: 배달 못 함: 패치노트\n\n"+
			"ann@example.net\n\n"+
			"ann@example.net\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
		if len(d.Recipients) != 1 || d.Recipients[0].Address != "ann@example.net" || d.Category != MailboxNotFound || d.Recipients[0].Status != "5.1.10" {
			t.Errorf("from %q: got %s %+v, want ann@example.net mailbox-not-found 5.1.10", sender, d.Category, d.Recipients)
		}
	}
}

// A bounce forwarded inline under an Outlook header: the header's addresses
// (the customer's own, the daemon's) come last of all, and lines of the
// bounce that read "name: value" (qmail's "<ann@example.net>:", "From:",
// "Remote host said:") are no forward header: a block that carries an SMTP
// reply is a report, not a header.
func TestForwardedInlineBounceKeepsItsRecipient(t *testing.T) {
	outlook := "Hi, could you check why this came back?\n\n-----Original Message-----\n" +
		"From: Mail Delivery System <MAILER-DAEMON@mail.example.com>\nSent: Monday, November 30, 2026 10:02 AM\n" +
		"To: sam@example.com\nSubject: Undelivered Mail Returned to Sender\n\n"
	for _, c := range []struct {
		name, bounce, want string
		category           Category
	}{
		{"qmail", "Hi. This is the qmail-send program at mx.example.org.\n" +
			"I'm afraid I wasn't able to deliver your message to the following addresses.\n" +
			"This is a permanent error; I've given up. Sorry it didn't work out.\n\n<ann@example.net>:\n" +
			"From: <postmaster@mx.example.org> RCPT: <ann@example.net> 192.0.2.25 does not like recipient.\n" +
			"Remote host said: 552 5.2.2 <ann@example.net>: Recipient address rejected: Mailbox full\nGiving up on 192.0.2.25.\n",
			"ann@example.net", MailboxFull},
		{"a report in name: value lines", "Sent: 2026.11.23 12:30:55 by Me\nState: Failed\n" +
			"Error: Permanent SMTP error: permanent: 5.2.2 <carol@example.org>: Recipient address rejected: Mailbox is full\n" +
			"Database ID: 1204\n", "carol@example.org", MailboxFull},
		{"the sender's own address only", "SMTP error from remote mail server after MAIL FROM:<me@example.org> SIZE=31457280:\n" +
			"552 Message size exceeds maximum permitted\n", "me@example.org", MessageTooLarge},
	} {
		d := diagnoseText(t, outlook+c.bounce)
		if got := recipientAddresses(d); got != c.want || d.Category != c.category {
			t.Errorf("%s: got %s %s, want %s %s", c.name, got, d.Category, c.want, c.category)
		}
	}
}

// A forward header whose lines a paste joined into one (a Markdown editor,
// a ticket's text view) still names the forwarder and the daemon, never a
// failed recipient; a sentence that happens to hold "name:" words is no
// header. The first two texts gave the forwarder's own address as a second
// recipient with an unknown cause.
func TestJoinedForwardHeaderIsNoRecipient(t *testing.T) {
	qmail := "\n\nHi. This is the qmail-send program at mail.example.com. I'm afraid I wasn't able to deliver " +
		"your message to the following addresses. This is a permanent error; I've given up.\n\n" +
		"<shop@example.net>: Sorry, no mailbox here by that name. (#5.1.1)\n"
	for _, c := range []struct {
		name, text, want string
	}{
		{"Gmail's forward", "Can you help? Thanks, Mike mike@example.com\n\n---------- Forwarded message --------- " +
			"From: Mail Delivery System <MAILER-DAEMON@mail.example.com> Date: Mon, Oct 12, 2026 at 9:14 AM " +
			"Subject: failure notice To: <mike@example.com>" + qmail, "shop@example.net"},
		{"French spacing", "Bonjour\n\nCordialement, Marie Lefèvre marie@example.com\n\n---------- Forwarded message --------- De : MAILER-DAEMON@mail.example.com " +
			"Date : lun. 12 oct. 2026 à 09:14 Subject: failure notice To: <marie@example.com>" + qmail, "shop@example.net"},
		{"a sentence with colons", "-----Original Message-----\nFrom: Mail Delivery System <MAILER-DAEMON@mail.example.com>\n" +
			"To: sam@example.com\nSubject: Undelivered Mail Returned to Sender\n\nSe produjo un error al enviar el mensaje: Failed to add recipient: ann@example.org " +
			"[SMTP: Invalid response code received from server (code: 550, response: relay not permitted)]\n", "ann@example.org"},
	} {
		d := diagnoseText(t, c.text)
		if got := recipientAddresses(d); got != c.want {
			t.Errorf("%s: got recipients %s, want %s", c.name, got, c.want)
		}
	}
}

// A notice that greets its reader by address greets the sender it goes back
// to, not a failed recipient: Odoo's catchall refusal
// (mail_templates_mailgateway.xml, "Hello <name>,") gave the greeted sender
// as a second recipient with an unknown cause.
func TestGreetingNamesTheReader(t *testing.T) {
	for _, text := range []string{
		"Hello Maria Lopez <maria@example.org>,\n\nThe email sent to catchall@example.com cannot be processed. " +
			"This address is used to collect replies and should not be used to directly contact Example Ltd.\n",
		"Sehr geehrte Frau Lopez <maria@example.org>,\n\n<catchall@example.com>: host mx.example.com[192.0.2.5] said: " +
			"550 5.1.1 <catchall@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n",
	} {
		if got := recipientAddresses(diagnoseText(t, text)); got != "catchall@example.com" {
			t.Errorf("got recipients %s, want catchall@example.com only, in %q", got, text[:40])
		}
	}
	// A greeting that goes on into the notice's sentence still names the
	// recipient there.
	d := diagnoseText(t, "Dear user, your message to bob@example.net could not be delivered:\n\n"+
		"550 5.1.1 User unknown\n")
	if got := recipientAddresses(d); got != "bob@example.net" {
		t.Errorf("a greeting with the notice's sentence: got recipients %q, want bob@example.net", got)
	}
}

// A service address (postmaster, mailer-daemon) that opens a line of the
// server's reply is the failed recipient, as Postfix lists every recipient:
// a bounce sent on to two postmasters is refused by reject_multi_recipient_bounce
// (smtpd_check.c). Named anywhere else it is still the server's own.
func TestServiceAddressOpeningAReply(t *testing.T) {
	d := diagnoseText(t, "This is the mail system at host mail.example.com.\n\n"+
		"For further assistance, please send mail to postmaster@mail.example.com.\n\n"+
		"<postmaster@example.org>: host mx.example.net[198.51.100.14] said: 550 5.5.3\n"+
		"    <DATA>: Data command rejected: Multi-recipient bounce (in reply to DATA\n    command)\n")
	if got := recipientAddresses(d); got != "postmaster@example.org" || d.Category != PolicyRejected {
		t.Errorf("got %s %s, want postmaster@example.org policy-rejected", got, d.Category)
	}
}

// Mailman sends the list owner a bounce it could not read as an attachment
// to a note of its own ("Uncaught bounce notification"): even when the
// attached bounce does not say why, it is a bounce for its recipient, not
// "not a bounce".
func TestAttachedBounceWithoutReason(t *testing.T) {
	inner := "From: MAILER-DAEMON@mx.example.net\r\nTo: club-bounces@lists.example.com\r\nSubject: failure notice\r\n\r\n" +
		"Hi. This is the qmail-send program at mx.example.net.\r\n" +
		"I'm afraid I wasn't able to deliver your message to the following addresses.\r\n" +
		"This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n<walter@example.net>:\r\nxyzzy\r\n"
	msg := "From: club-owner@lists.example.com\r\nTo: club-owner@lists.example.com\r\nSubject: Uncaught bounce notification\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"m\"\r\n\r\n" +
		"--m\r\nContent-Type: text/plain\r\n\r\nThe attached message was received as a bounce, but either the bounce\r\n" +
		"format was not recognized, or no member addresses could be extracted\r\nfrom it.\r\n" +
		"--m\r\nContent-Type: message/rfc822\r\n\r\n" + inner + "--m--\r\n"
	d := diagnoseText(t, msg)
	if d.Category != Unknown || len(d.Recipients) != 1 || d.Recipients[0].Address != "walter@example.net" {
		t.Errorf("got %s %+v, want walter@example.net, unknown", d.Category, d.Recipients)
	}
}

// Postfix wraps "refused to talk to me:" so that "me:" opens the reply's
// line; the server's words start at the reply code.
func TestWrappedLeadIsNoPartOfTheReply(t *testing.T) {
	d := diagnoseText(t, "This is the mail system at host mail.example.com.\n\n"+
		"<ann@example.net>: host mx.example.net[192.0.2.80] refused to talk to\n"+
		"    me: 554 mx.example.net 192.0.2.1 blocked for spam\n")
	if got := d.Recipients[0].Diagnostic; !strings.HasPrefix(got, "554 ") {
		t.Errorf("diagnostic = %q, want it to start at the reply code", got)
	}
}

// Exchange's delivery receipt, as a mail program shows it: its own words
// and the address they name say the message arrived, with no report.
func TestExchangeDeliveryReceiptText(t *testing.T) {
	d := diagnoseText(t, "Your message has been delivered to the following recipients:\n\nPeter Holm (peter@example.com)\n\nSubject: Signed NDA\n")
	if d.Category != Delivered {
		t.Errorf("category = %s, want %s", d.Category, Delivered)
	}
}

// Sun Messaging Server quotes the message's own header fields above the
// recipients it lists under "Recipient address:": the quoted "To:" does not
// hide the listed recipient, and each keeps its own reason.
func TestRecipientAddressField(t *testing.T) {
	d := diagnoseText(t, "This report relates to a message you sent with the following header fields:\n\n"+
		"  From: Helen <helen@example.com>\n  To: ghost@example.net\n  Subject: follow-up\n\n"+
		"Your message cannot be delivered to the following recipients:\n\n"+
		"  Recipient address: ghost@example.net\n  Reason: Remote SMTP server has rejected address\n"+
		"  Diagnostic code: smtp;550 5.1.1 <ghost@example.net>... User unknown\n\n"+
		"  Recipient address: print@example.org\n  Reason: Remote SMTP server has rejected message\n"+
		"  Diagnostic code: smtp;552 5.3.4 Message size exceeds fixed limit\n")
	assertRecipients(t, d, wantRecipient{"ghost@example.net", MailboxNotFound, ""}, wantRecipient{"print@example.org", MessageTooLarge, ""})
}

// Recipients listed one to a line, with one reason after the list (as
// masqmail's failure notice prints them), share that reason.
func TestListedRecipientsShareTheReason(t *testing.T) {
	d := diagnoseText(t, "Sorry, but your mail could not be delivered to all recipients.\n\n"+
		"Delivery to the following recipients failed permanently and has been given up:\n\n"+
		"<ann@example.org>\n<bob@example.org>\n\n"+
		"This error message may give you a hint about what caused the failure:\n\n550 5.1.1 Account not found\n")
	if len(d.Recipients) != 2 {
		t.Fatalf("got %d recipients, want 2", len(d.Recipients))
	}
	for _, r := range d.Recipients {
		if r.Category != MailboxNotFound || r.Status != "5.1.1" {
			t.Errorf("%s: got %s %q, want mailbox-not-found 5.1.1", r.Address, r.Category, r.Status)
		}
	}
}

// An automatic reply sent from a postmaster address (gromox's
// BOUNCE_AUTO_RESPONSE template) is an automatic reply, not a bounce.
func TestAutoReplyFromPostmaster(t *testing.T) {
	d := diagnoseText(t, "From: postmaster@mail.example.cn\r\nTo: li@example.org\r\nAuto-Submitted: auto-replied\r\nSubject: auto\r\n\r\n"+
		"您好：\r\n  感谢您的来信，邮件我已经收到！(此邮件为自动回复)\r\n")
	if d.Category != AutoReply {
		t.Errorf("category = %s, want %s", d.Category, AutoReply)
	}
}

// TestHeldAndExchangeRuleReplies: a list holding a post for its moderator
// has not refused it, whatever reason for holding it the notice gives, and
// Exchange's out-of-office reply is told by the two fields its inbox rules
// set, in any language of its subject.
func TestHeldAndExchangeRuleReplies(t *testing.T) {
	held := `Your mail to 'dev@lists.example.org' with the subject

    Proposal

Is being held until the list moderator can review it for approval.

The message is being held because:

    The message is not from a list member

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.
`
	d := diagnoseText(t, held)
	if d.Category != NotABounce || len(d.Alternatives) != 1 || d.Alternatives[0] != AutoReply {
		t.Errorf("held post: got %s %v, want not-a-bounce with auto-reply as the alternative", d.Category, d.Alternatives)
	}
	if len(d.Evidence) == 0 || !strings.Contains(d.Evidence[0].Why, "moderator") {
		t.Errorf("held post: evidence %+v does not say the list holds it", d.Evidence)
	}
	if h := Headline(d); !strings.Contains(h, "holding your message until its moderator") {
		t.Errorf("held post: headline %q does not say the list holds it", h)
	}
	oof := "From: Ann <ann@example.com>\nTo: bob@example.net\nSubject: =?utf-8?B?7J6Q64+ZIO2ajOyLoDog?=\n" +
		"X-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: ann@example.com\n" +
		"Content-Type: text/plain; charset=utf-8\n\nThank you for your message. I am out of the office until Monday.\n"
	if d := diagnoseText(t, oof); d.Category != AutoReply {
		t.Errorf("Exchange out-of-office reply: got %s, want auto-reply", d.Category)
	}
	// The suppression field alone is no reply: Exchange sets it on other
	// messages it writes.
	plain := "From: Ann <ann@example.com>\nTo: bob@example.net\nSubject: Minutes\nX-Auto-Response-Suppress: All\n\nHere are the minutes.\n"
	if d := diagnoseText(t, plain); d.Category != NotABounce {
		t.Errorf("a message with X-Auto-Response-Suppress only: got %s, want not-a-bounce", d.Category)
	}
	// qmail's autorespond program marks its replies with a Delivered-To
	// field of its own, their only sign: the text is the user's.
	qmailAR := "Delivered-To: bob@example.net\nDelivered-To: Autoresponder\nTo: bob@example.net\nFrom: ann@example.com\n" +
		"Subject: Re: Offer\n\nDear customer, the office is closed until 24 August.\n"
	if d := diagnoseText(t, qmailAR); d.Category != AutoReply {
		t.Errorf("qmail autorespond reply: got %s, want auto-reply", d.Category)
	}
}

// TestFailedAddressLineInAnyLanguage: a recipient line of Postfix's shape,
// "<address>: reason", makes a bounce of a long notice whose own words the
// engine does not know (o2switch writes its notice in unaccented French).
func TestFailedAddressLineInAnyLanguage(t *testing.T) {
	text := strings.Repeat("Nous sommes desoles de vous informer que l'email n'a pu etre envoye.\n", 12) +
		"\n<contact@example.org>: Host or domain name not found. Name service error\n    for name=example.org type=A: Host not found\n"
	d := diagnoseText(t, text)
	if len(d.Recipients) != 1 || d.Recipients[0].Category != HostUnknown || d.Recipients[0].Address != "contact@example.org" {
		t.Errorf("got %s %+v, want contact@example.org host-unknown", d.Category, d.Recipients)
	}
	// The same words in running prose, with no address opening the line,
	// do not make a bounce of a long text.
	prose := strings.Repeat("This week we explain the errors our readers ask about most often.\n", 12) +
		"\nWhen a server says Host or domain name not found, check the domain.\n"
	if d := diagnoseText(t, prose); d.Category != NotABounce {
		t.Errorf("prose: got %s, want not-a-bounce", d.Category)
	}
}

// TestOneFailedRecipientAmongOtherAddresses: the addresses around a
// bounce that are not its failed recipient stay out of the answer.
//   - Exim's refusal after a failed sender callout names the sender
//     ("Verification failed for <x> ... Sender verify failed"); the reason
//     is the sender's.
//   - A customer who forwards a bounce to a helpdesk signs with their own
//     address, which is also the message's From.
//   - A reader's note that says the mail bounced comes before the forward
//     line; the headers under that line are the bounce's own, so the report
//     follows it and is read.
func TestOneFailedRecipientAmongOtherAddresses(t *testing.T) {
	tests := []struct {
		name, text, addr string
		want             Category
	}{
		{"sender callout", "Delivery has failed to these recipients or groups:\n\nboard@example.com\n\n" +
			"Remote Server returned '<example.com #5.0.0 smtp;550 Verification failed for <bruno@example.org> No Such User Here Sender verify failed>'\n",
			"board@example.com", SenderRejected},
		{"sender callout over several lines", "Your message wasn't delivered to info@example.net because the address couldn't be found.\n\n" +
			"The response was:\n\n550-Verification failed for <pete@example.org>\n550-No Such User Here\n550 Sender verify failed\n",
			"info@example.net", ""},
		{"forwarder's signature", "From: Anna Schmidt <anna.schmidt@example.com>\nTo: support@example.net\nSubject: Fwd: Undelivered Mail Returned to Sender\n\n" +
			"Can you help? This keeps coming back.\n\nAnna Schmidt\nanna.schmidt@example.com\n\n" +
			"Am 12.10.26 um 09:14 schrieb Mail Delivery System:\n> This is the mail system at host mail.example.com.\n>\n" +
			"> <m.keller@example.org>: host mx.example.org[192.0.2.77] said: 550 5.1.1\n" +
			">     <m.keller@example.org>: Recipient address rejected: User unknown in\n>     virtual mailbox table (in reply to RCPT TO command)\n",
			"m.keller@example.org", MailboxNotFound},
		{"forward line under a note that says it bounced", "Hello, my mail came back as undeliverable. Can you help?\n\nKunde\nkunde@example.de\n\n" +
			"-------- Forwarded Message --------\nSubject: Undelivered Mail Returned to Sender\n" +
			"Date: Mon, 12 Oct 2026 09:14:00 +0200\nFrom: Mail Delivery System <MAILER-DAEMON@mail.example.de>\nTo: kunde@example.de\n\n" +
			"This is the mail system at host mail.example.de.\n\n" +
			"<anna@example.org>: host mx.example.org[192.0.2.7] said: 550 5.1.1 <anna@example.org>:\n" +
			"    Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)\n",
			"anna@example.org", MailboxNotFound},
	}
	for _, tt := range tests {
		d := diagnoseText(t, tt.text)
		if len(d.Recipients) != 1 || d.Recipients[0].Address != tt.addr || tt.want != "" && d.Recipients[0].Category != tt.want {
			t.Errorf("%s: got %+v, want only %s, %s", tt.name, d.Recipients, tt.addr, tt.want)
		}
	}
}

// TestReasonOnTheAddressLine: a recipient whose line carries its own
// reason ("ee@example.net: Envelope expired", OpenSMTPD) keeps it; only an
// address alone on its line shares the reason of the lines after it
// (masqmail).
func TestReasonOnTheAddressLine(t *testing.T) {
	text := "    An error has occurred while attempting to deliver a message for\n    the following list of recipients:\n\n" +
		"ee@example.net: Envelope expired\n" +
		"ff@example.com: 550 5.1.1 <ff@example.com>: Recipient address rejected: User unknown in local recipient table\n"
	d := diagnoseText(t, text)
	if len(d.Recipients) != 2 || d.Recipients[0].Category == MailboxNotFound || d.Recipients[1].Category != MailboxNotFound {
		t.Errorf("got %+v, want ee@ not given ff@'s unknown user, ff@ mailbox-not-found", d.Recipients)
	}
}

// TestRicherHTMLAlternative: Exchange Online's plain alternative holds
// only its headline; the HTML one, which mail programs show, holds the
// reason, and is read instead.
func TestRicherHTMLAlternative(t *testing.T) {
	reason := strings.Repeat("<p>The email address you entered couldn&#39;t be found.</p>\n", 3)
	msg := "From: Microsoft Outlook <postmaster@example.com>\nTo: ann@example.net\nSubject: Undeliverable: Hello\n" +
		"MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b\"\n\n" +
		"--b\nContent-Type: text/plain; charset=utf-8\n\nYour message to bob@example.org couldn't be delivered.\n" +
		"--b\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>Your message to bob@example.org couldn&#39;t be delivered.</p>\n" +
		"<p>bob wasn&#39;t found at example.org.</p>\n" + reason +
		"<p>Remote Server returned &#39;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found&#39;</p></body></html>\n--b--\n"
	d, err := Diagnose([]byte(msg), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Recipients) != 1 || d.Recipients[0].Address != "bob@example.org" || d.Recipients[0].Category != MailboxNotFound {
		t.Errorf("got %+v, want bob@example.org, mailbox-not-found from the HTML version", d.Recipients)
	}
}

// TestXMailSectionNumberBeforeTheOriginal: XMail numbers each part of its
// notice ("[<05>] Here is listed the initial part of the message"); the
// returned message starts at that line, so its words are not the notice's.
func TestXMailSectionNumberBeforeTheOriginal(t *testing.T) {
	text := "[<00>] XMail bounce: Rcpt=[team@example.net];Error=[The maximum number of delivery attempts has been reached]\n\n" +
		"[<02>] The reason of the delivery failure was:\n\nThe maximum number of delivery attempts has been reached\n\n\n" +
		"[<05>] Here is listed the initial part of the message:\n\nFrom: Pat <pat@example.org>\nSubject: Quarterly figures\n\nSpam is listed here.\n"
	want := strings.Index(text, "[<05>]")
	if got := originalStart(text, foldText(text)); got != want {
		t.Errorf("originalStart = %d, want %d (the [<05>] line)", got, want)
	}
}

// A script's traceback is how many senders meet a refusal of their own
// login: Python's smtplib names the exception, then the server's reply in a
// tuple. RFC 4954's reply words say the same without the traceback.
func TestOwnLoginRefused(t *testing.T) {
	for name, text := range map[string]string{
		"python smtplib traceback": "Traceback (most recent call last):\n  File \"/srv/app/notify.py\", line 41, in send_report\n" +
			"    server.login(USER, PASSWORD)\n  File \"/usr/lib/python3.11/smtplib.py\", line 750, in login\n    raise last_exception\n" +
			"  File \"/usr/lib/python3.11/smtplib.py\", line 739, in login\n    (code, resp) = self.auth(\n" +
			"  File \"/usr/lib/python3.11/smtplib.py\", line 662, in auth\n    raise SMTPAuthenticationError(code, resp)\n" +
			"smtplib.SMTPAuthenticationError: (535, b'5.7.8 Authentication failed for this account, see the provider's help " +
			"page about signing in from other programs and about app passwords and two-step verification')\n",
		"rfc 4954 reply": "535 5.7.8 Authentication credentials invalid",
	} {
		d := diagnoseText(t, text)
		if r := d.Recipients[0]; r.Category != RelayDenied {
			t.Errorf("%s: got %s (%s), want %s", name, r.Category, r.Rule, RelayDenied)
		}
	}
}

// A list's request to its owner to approve a held post attaches the post:
// the answer is the hold, whatever the post itself says.
func TestHeldPostRequestIsNoFailure(t *testing.T) {
	msg := "From: dev-owner@lists.example.org\r\nTo: dev-owner@lists.example.org\r\nSubject: dev@lists.example.org post from ann@example.com requires approval\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n" +
		"--b\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\n\r\n" +
		"As list administrator, your authorization is requested for the\r\nfollowing mailing list posting:\r\n\r\n" +
		"    List:    dev@lists.example.org\r\n    From:    ann@example.com\r\n    Subject: Crash logs\r\n\r\n" +
		"The message is being held because:\r\n\r\n    The message is larger than the 40 KB maximum size\r\n\r\n" +
		"--b\r\nContent-Type: message/rfc822\r\n\r\n" +
		"From: ann@example.com\r\nTo: dev@lists.example.org\r\nSubject: Crash logs\r\n\r\n" +
		"The filter said the message is spam; 550 5.7.1 rejected, see the logs.\r\n\r\n--b--\r\n"
	d := diagnoseText(t, msg)
	if d.Category != NotABounce {
		t.Errorf("got %s (%s), want %s: the list holds the post", d.Category, d.Recipients[0].Rule, NotABounce)
	}
}

// Microsoft's complaint format returns the message complained about with a
// header naming the mailbox whose user complained. The copy alone, saved
// out of the report or shown inline and pasted, is still that complaint; a
// sentence that only mentions the header is not.
func TestMicrosoftComplaintCopy(t *testing.T) {
	const copyHeader = "X-HmXmrOriginalRecipient: ann@hotmail.example\r\nX-Reporter-IP: 192.0.2.7\r\n" +
		"From: News <news@shop.example>\r\nTo: ann@hotmail.example\r\nSubject: Our autumn offers\r\n" +
		"Date: Mon, 30 Nov 2026 10:00:00 +0000\r\nMessage-ID: <n1@shop.example>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/plain; charset=us-ascii\r\n\r\nTen percent off everything this week.\r\n"
	for name, in := range map[string]string{
		"the copy saved as a message": copyHeader,
		"the copy pasted after the report's part lines": "--b1\nContent-Type: message/rfc822\nContent-Disposition: inline\n\n" +
			strings.ReplaceAll(copyHeader, "\r\n", "\n") + "\n--b1--\n",
		"the copy attached under a note, the subject changed": "From: staff@hotmail.com\r\nTo: abuse@shop.example\r\nSubject: FW: Our autumn offers\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n" +
			"--b1\r\nContent-Type: text/plain\r\n\r\nThe message is attached.\r\n" +
			"--b1\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n" + copyHeader + "\r\n--b1--\r\n",
	} {
		d := diagnoseText(t, in)
		if d.Category != Complaint || d.Recipients[0].Address != "ann@hotmail.example" {
			t.Errorf("%s: got %s for %q, want %s for ann@hotmail.example", name, d.Category, d.Recipients[0].Address, Complaint)
		}
	}
	d := diagnoseText(t, "<bob@example.org>: host mx.example.org said: 550 5.1.1 user unknown\n"+
		"Our parser also reads X-HmXmrOriginalRecipient: bob@example.org in complaints.\n")
	if d.Category != MailboxNotFound {
		t.Errorf("a sentence naming the header: got %s, want %s", d.Category, MailboxNotFound)
	}
}

// TestReplyInARecipientsOwnSection: in a notice of several recipients, the
// receiving server's reply printed in a recipient's own section, below its
// address line, is that recipient's reply, and outweighs the notice's own
// words there (qmail-remote's "Giving up on" follows every refusal), as it
// does when the notice names one recipient.
func TestReplyInARecipientsOwnSection(t *testing.T) {
	text := "Hi. This is the qmail-send program at mx.example.org.\n" +
		"I'm afraid I wasn't able to deliver your message to the following addresses.\n" +
		"This is a permanent error; I've given up. Sorry it didn't work out.\n\n" +
		"<secretary@example.org>:\nThis address no longer accepts mail.\n\n" +
		"<office@example.net>:\n203.0.113.45 does not like recipient.\n" +
		"Remote host said: 550 Access denied. See http://www.example.net/access_denied\n" +
		"Giving up on 203.0.113.45.\n\n--- Below this line is a copy of the message.\n\nSubject: Minutes\n"
	d := diagnoseText(t, text)
	if len(d.Recipients) != 2 || d.Recipients[0].Category != MailboxUnavailable || d.Recipients[1].Category != PolicyRejected {
		t.Fatalf("got %+v, want secretary@ mailbox-unavailable, office@ policy-rejected", d.Recipients)
	}
	for _, reason := range d.Recipients[1].Reasons {
		for _, c := range reason.Clues {
			if c.Text == "Access denied" && c.Where != "reply" {
				t.Errorf("office@'s %q read as %q, want reply", c.Text, c.Where)
			}
		}
	}
}

// deliveryReport is a multipart/report message with the notice text and the
// delivery-status fields given (lines joined with CRLF by the caller or not).
func deliveryReport(notice, fields string) string {
	return "From: Mail Delivery System <postmaster@mail.example.com>\r\nTo: sender@example.com\r\nSubject: Delivery failure\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"R\"\r\n\r\n" +
		"--R\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" + notice + "\r\n" +
		"--R\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns;mail.example.com\r\n\r\n" + fields + "\r\n--R--\r\n"
}

// TestNoticeParagraphOfAReportRecipient: when a report's fields carry no
// Diagnostic-Code, each of its several recipients takes its reason from
// its own paragraph of the notice, below the line that names it; and a
// recipient Exim lists alone, with no reason yet, does not take the reason
// of the next one, set apart by a blank line.
func TestNoticeParagraphOfAReportRecipient(t *testing.T) {
	domino := deliveryReport("Your message\r\n\r\n  Subject: Budget\r\n\r\nwas not delivered to:\r\n\r\n  kim@example.org\r\n\r\nbecause:\r\n\r\n"+
		"  User kim (kim@example.org) not listed in Domino Directory\r\n\r\n"+
		"Your message\r\n\r\n  Subject: Budget\r\n\r\nwas not delivered to:\r\n\r\n  lee@example.net\r\n\r\nbecause:\r\n\r\n"+
		"  Maximum hop count exceeded.  Message probably in a routing loop.\r\n",
		"Final-Recipient: rfc822;kim@example.org\r\nAction: failed\r\nStatus: 5.0.0\r\n\r\n"+
			"Final-Recipient: rfc822;lee@example.net\r\nAction: failed\r\nStatus: 5.0.0\r\n")
	d := diagnoseText(t, domino)
	assertRecipients(t, d, wantRecipient{"kim@example.org", MailboxNotFound, ""}, wantRecipient{"lee@example.net", ServerProblem, ""})

	exim := deliveryReport("This message was created automatically by mail delivery software.\r\n"+
		"A message that you sent has not yet been delivered to one or more of its\r\nrecipients after more than 24 hours on the queue on mail.example.org.\r\n\r\n"+
		"The addresses to which the message has not yet been delivered are:\r\n\r\n  tomas@example.net\r\n\r\n"+
		"  ana@example.com\r\n    Delay reason: SMTP error from remote mail server after RCPT TO:<ana@example.com>:\r\n"+
		"    host mail.example.com [192.0.2.40]: 452 4.2.2 <ana@example.com> Quota exceeded (mailbox for user is full)\r\n",
		"Action: delayed\r\nFinal-Recipient: rfc822;tomas@example.net\r\nStatus: 4.0.0\r\n\r\n"+
			"Action: delayed\r\nFinal-Recipient: rfc822;ana@example.com\r\nStatus: 4.0.0\r\n"+
			"Diagnostic-Code: smtp; 452 4.2.2 <ana@example.com> Quota exceeded (mailbox for user is full)\r\n")
	d = diagnoseText(t, exim)
	if len(d.Recipients) != 2 || d.Recipients[0].Category == MailboxFull || d.Recipients[1].Category != MailboxFull {
		t.Errorf("got %+v, want tomas@ not given ana@'s full mailbox, ana@ mailbox-full", d.Recipients)
	}
}

// TestRecipientFieldsLastInTheirBlock: some servers (maddy; Oracle's
// Messaging Server) write a recipient's Action, Status and
// Diagnostic-Code above its Final-Recipient. The fields of a block belong
// to the recipient the block names, not to the one named before it.
func TestRecipientFieldsLastInTheirBlock(t *testing.T) {
	text := deliveryReport("Your message cannot be delivered to the following recipients.\r\n",
		"Action: failed\r\nStatus: 5.2.2\r\nDiagnostic-Code: smtp;552 5.2.2 Mailbox full\r\nFinal-Recipient: rfc822;m.aalto@example.com\r\n\r\n"+
			"Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp;550 5.1.1 <desk@example.net>: Recipient address rejected: User unknown\r\n"+
			"Final-Recipient: rfc822;desk@example.net\r\n")
	d := diagnoseText(t, text)
	assertRecipients(t, d, wantRecipient{"m.aalto@example.com", MailboxFull, "5.2.2"}, wantRecipient{"desk@example.net", MailboxNotFound, "5.1.1"})

	// maddy writes each block in reverse, Remote-MTA first.
	maddy := deliveryReport("This is the mail delivery system at mx.example.com.\r\n",
		"Remote-Mta: dns; mail.example.net\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\nStatus: 5.1.1\r\nAction: failed\r\n"+
			"Final-Recipient: rfc822; m.novak@example.net\r\n\r\n"+
			"Remote-Mta: dns; mx.example.org\r\nDiagnostic-Code: smtp; 552 5.3.4 Message size exceeds maximum permitted\r\nStatus: 5.3.4\r\n"+
			"Action: failed\r\nFinal-Recipient: rfc822; design@example.org\r\n")
	d = diagnoseText(t, maddy)
	assertRecipients(t, d, wantRecipient{"m.novak@example.net", MailboxNotFound, "5.1.1"}, wantRecipient{"design@example.org", MessageTooLarge, "5.3.4"})
}

// TestRecipientsRunTogetherThenEach: chasquid's notice lists the failed
// addresses run together on one line, then each one's error under its own
// line; two addresses on one line share a reason only when neither has a
// section of its own further on.
func TestRecipientsRunTogetherThenEach(t *testing.T) {
	text := "From: Mail Delivery System <postmaster-dsn@mail.example.com>\nTo: <nora@example.com>\n" +
		"Subject: Mail delivery failed: returning message to sender\nX-Failed-Recipients: archive@example.org, ops@example.net, \n\n" +
		"Delivery to the following recipient(s) failed permanently:\n\n  - archive@example.org- ops@example.net\n\n\n" +
		"----- Technical details -----\n\n" +
		"- \"ops@example.net\" (EMAIL) failed permanently with error:\n" +
		"    550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy\n\n" +
		"- \"archive@example.org\" (EMAIL) failed repeatedly and timed out, last error:\n" +
		"    all MXs failed: mx1.example.org: dial tcp 192.0.2.44:25: connect: connection refused\n\n\n" +
		"----- Original message -----\n\nFrom: Nora <nora@example.com>\nSubject: Rota\n"
	d := diagnoseText(t, text)
	assertRecipients(t, d, wantRecipient{"archive@example.org", ServerProblem, ""}, wantRecipient{"ops@example.net", AuthenticationFailed, ""})
}

// TestAddressAfterItsType: an address written after its type, as
// MailEnable ("Recipient: [SMTP:ann@x]") and Exchange do, is the
// recipient, not the returned message's To below MailEnable's "Message
// contents follow:".
func TestAddressAfterItsType(t *testing.T) {
	text := "MailEnable: Message could not be delivered to some recipients.\nThe following recipient(s) could not be reached:\n\n" +
		"Recipient: [SMTP:karim@tradinghouse.example]\n" +
		"Reason: The message could not be delivered because the domain name (tradinghouse.example) does not appear to be registered.\n" +
		"Reason Code: Invalid Domain Name\nError Number: 9003\n\nMessage contents follow:\n\n" +
		"Received: from officepc ([192.0.2.156]) by mail2.example.com with MailEnable ESMTP; Wed, 11 Oct 2017 15:11:09 +0530\n" +
		"From: \"Accounts\" <accounts@example.com>\nTo: <support@example.com>\nCc: <karim@tradinghouse.example>\nSubject: Booking policy\n"
	d := diagnoseText(t, text)
	assertRecipients(t, d, wantRecipient{"karim@tradinghouse.example", HostUnknown, ""})
	if d.Original == nil || d.Original.Subject != "Booking policy" {
		t.Errorf("got original %+v, want the returned message's headers read as the original's", d.Original)
	}
}

// TestReplyAboutABounce: a person's reply whose subject quotes a bounce's
// ("RE: Undeliverable: ...", "AW: Unzustellbar: ...") is no bounce; its
// subject is the other message's, not a heading of its own.
func TestReplyAboutABounce(t *testing.T) {
	for _, subject := range []string{"RE: Undeliverable: Invoice 4471", "AW: Unzustellbar: Rechnung 4471", "Re[2]: Undeliverable: Invoice", "回复：退信 Invoice"} {
		text := "From: Sam Lee <sam@example.com>\nTo: Ann <ann@example.org>\nSubject: " + subject + "\n\n" +
			"Hi Ann,\n\nthanks, I fixed the address in our system and sent the invoice again this morning.\n\nSam\n"
		d := diagnoseText(t, text)
		if d.Category != NotABounce {
			t.Errorf("%q: got %s, want not-a-bounce", subject, d.Category)
		}
	}
	if replySubject("Returned mail: see transcript") || replySubject("Undeliverable: RE: Invoice") || !replySubject("RE : Non remis") {
		t.Error("replySubject reads a prefix where there is none, or misses French spacing")
	}
}

// TestRecipientsNamedWithoutAddress: Exchange's older reports name the
// recipients of their own organisation by display name alone; each name's
// lines give that recipient its own reason.
func TestRecipientsNamedWithoutAddress(t *testing.T) {
	text := "Your message did not reach some or all of the intended recipients.\n\n      Subject:\tQuarterly figures\n      Sent:\t4/2/2008 10:12 AM\n\n" +
		"The following recipient(s) could not be reached:\n\n      Petra Lund on 4/2/2008 10:12 AM\n" +
		"            The e-mail account does not exist at the organization this message was sent to.\n" +
		"            <sbs01.corp.example.com #5.1.1>\n\n      Tomas Reyes on 4/2/2008 10:12 AM\n" +
		"            Mail could not be delivered due to a problem with the postoffice.  Contact your administrator.\n"
	d := diagnoseText(t, text)
	assertRecipients(t, d, wantRecipient{"", MailboxNotFound, "5.1.1"}, wantRecipient{"", ServerProblem, ""})
}

// TestRecipientsInTheNoticesOrder: Exchange lists the recipients twice,
// by display name (with or without the address) and then each address in
// its diagnostic part, in the same order; the answer keeps that order
// even where the first list shows one recipient's address and another's

// TestLastReplyOfAChain: Exchange chains its own verdict and the last
// reply it was given ("550 5.4.300 Message expired -> 451 4.7.500 ...");
// the reply after the arrow says why the message expired.
func TestLastReplyOfAChain(t *testing.T) {
	text := "Delivery has failed to these recipients or groups:\n\nl.ferreira@example.org\n" +
		"A problem occurred while trying to deliver this message to this email address.\n\n" +
		"Diagnostic information for administrators:\n\nGenerating server: AM0PR01MB5617.eurprd01.prod.exchangelabs.com\n\n" +
		"l.ferreira@example.org\nRemote Server returned '550 5.4.300 Message expired -> 451 4.7.500 Server busy. Please try again later from [203.0.113.5]. (S77714)'\n"
	d := diagnoseText(t, text)
	assertRecipients(t, d, wantRecipient{"l.ferreira@example.org", RateLimited, "5.4.300"})
	// Wrapped by a mail program, after the arrow or within the last reply.
	for _, at := range []string{"-> 451", "4.7.500 Server"} {
		wrapped := strings.Replace(text, at, strings.Replace(at, " ", "\n", 1), 1)
		assertRecipients(t, diagnoseText(t, wrapped), wantRecipient{"l.ferreira@example.org", RateLimited, "5.4.300"})
	}
	text = strings.Replace(text, "451 4.7.500 Server busy. Please try again later from [203.0.113.5]. (S77714)", "421 4.4.2 Connection dropped", 1)
	assertRecipients(t, diagnoseText(t, text), wantRecipient{"l.ferreira@example.org", ServerProblem, "5.4.300"})
}

// name alone.
func TestRecipientsInTheNoticesOrder(t *testing.T) {
	text := "Delivery has failed to these recipients or groups:\n\nAlan Greaves\n" +
		"The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.\n\n" +
		"d.moreau@example.org\nYour message wasn't delivered because the recipient's email provider rejected it.\n\n" +
		"Diagnostic information for administrators:\n\nGenerating server: EXHUB02.corp.example.com\n\n" +
		"alan.greaves@example.com\n#550 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded ##\n\n" +
		"d.moreau@example.org\nmx.example.org #<mx.example.org #5.7.1 smtp;550 5.7.1 Message rejected as spam by Content Filtering.> #SMTP#\n"
	d := diagnoseText(t, text)
	assertRecipients(t, d, wantRecipient{"alan.greaves@example.com", MailboxFull, "5.2.2"}, wantRecipient{"d.moreau@example.org", ContentFiltered, "5.7.1"})
}

// TestRecipientsInTheNoticesOrderInGerman: the order of the listing under
// the administrators' heading holds in the notice's other languages too
// (knowledge/recipientwords.tsv).
func TestRecipientsInTheNoticesOrderInGerman(t *testing.T) {
	text := "Fehler bei der Zustellung an diese Empfänger oder Gruppen:\n\nAlan Greaves\n" +
		"Das Postfach des Empfängers ist voll und kann Nachrichten jetzt nicht annehmen.\n\n" +
		"d.moreau@example.org\nDie Nachricht wurde nicht zugestellt.\n\n" +
		"Diagnoseinformationen für Administratoren:\n\nGenerierender Server: EXHUB02.corp.example.com\n\n" +
		"alan.greaves@example.com\n#550 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded ##\n\n" +
		"d.moreau@example.org\nmx.example.org #<mx.example.org #5.7.1 smtp;550 5.7.1 Message rejected as spam by Content Filtering.> #SMTP#\n"
	d := diagnoseText(t, text)
	assertRecipients(t, d, wantRecipient{"alan.greaves@example.com", MailboxFull, "5.2.2"}, wantRecipient{"d.moreau@example.org", ContentFiltered, "5.7.1"})
}

// TestGroupWiseUserIDs: GroupWise names the users of its own post office
// by user ID alone, each with its reason in brackets; each is a recipient.
func TestGroupWiseUserIDs(t *testing.T) {
	text := "Subject: Message status - undeliverable\n\nThe message that you sent was undeliverable to the following:\n" +
		"\thgrant (User not on post office)\n\ttreasurer.office (User not on post office)\n\nPossibly truncated original message follows:\n"
	d := diagnoseText(t, text)
	assertRecipients(t, d, wantRecipient{"", MailboxNotFound, ""}, wantRecipient{"", MailboxNotFound, ""})
}

// TestRecipientsNamedInTheSameWords: Gmail names each recipient of its
// delay notice in one sentence; one named there only, whose server's
// reply does not repeat the address, is as much a recipient as one whose
// reply does.
func TestRecipientsNamedInTheSameWords(t *testing.T) {
	text := "Delivery incomplete\nThere was a temporary problem delivering your message to sales@example.org. Gmail will retry for 40 more hours.\n" +
		"The response from the remote server was:\n452 4.3.1 Temporary System Error\n\n" +
		"Delivery incomplete\nThere was a temporary problem delivering your message to support@example.net. Gmail will retry for 40 more hours.\n" +
		"The response from the remote server was:\n452 <support@example.net> Mailbox delivery restricted by policy error\n"
	d := diagnoseText(t, text)
	assertRecipients(t, d, wantRecipient{"sales@example.org", ServerProblem, "4.3.1"}, wantRecipient{"support@example.net", PolicyRejected, ""})
}

// TestReplyAttributionIsNoRecipient: the line a mail program writes above
// a quoted message ("On ..., Sam <sam@example.org> wrote:") names the
// person quoted, not a failed recipient.
func TestReplyAttributionIsNoRecipient(t *testing.T) {
	text := "On Tue, 9 Jul 2024 at 08:15, Sam Okafor <sam@example.org> wrote:\n> Both of these came back, any idea?\n>\n" +
		"> ** Address not found **\n>\n> Your message wasn't delivered to info@nohost.example because the\n" +
		"> domain nohost.example couldn't be found. Check for typos or\n> unnecessary spaces and try again.\n"
	d := diagnoseText(t, text)
	assertRecipients(t, d, wantRecipient{"info@nohost.example", HostUnknown, ""})
}

// TestBlankLineInsideARecipientsBlock: a report that sets a blank line
// between a recipient's Final-Recipient and its other fields still gives
// them to that recipient, not to the next.
func TestBlankLineInsideARecipientsBlock(t *testing.T) {
	text := deliveryReport("Your message could not be delivered.\r\n",
		"Final-Recipient: rfc822;ann@example.com\r\n\r\nAction: failed\r\nStatus: 5.2.2\r\n"+
			"Diagnostic-Code: smtp;552 5.2.2 Mailbox full\r\n\r\n"+
			"Final-Recipient: rfc822;bob@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n"+
			"Diagnostic-Code: smtp;550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\r\n")
	d := diagnoseText(t, text)
	assertRecipients(t, d, wantRecipient{"ann@example.com", MailboxFull, "5.2.2"}, wantRecipient{"bob@example.net", MailboxNotFound, "5.1.1"})
}

// TestTwoNoticesPastedTogether: two of Gmail's notices pasted one after
// the other each name their recipient in their own sentence; the second,
// whose server's reply does not repeat its address, is a recipient too.
func TestTwoNoticesPastedTogether(t *testing.T) {
	text := "I got two of these back from Gmail:\n\n** Address not found **\n\n" +
		"Your message wasn't delivered to l.morgan@example.net because the address\ncouldn't be found, or is unable to receive mail.\n\n" +
		"The response from the remote server was:\n550 5.1.1 <l.morgan@example.net>: Recipient address rejected: User unknown in virtual mailbox table\n\n" +
		"** Message blocked **\n\nYour message to a.fisher@example.com has been blocked. See technical\ndetails below for more information.\n\n" +
		"The response from the remote server was:\n554 5.7.1 This message does not meet our delivery requirements\n"
	d := diagnoseText(t, text)
	if len(d.Recipients) != 2 || d.Recipients[0].Category != MailboxNotFound || d.Recipients[1].Address != "a.fisher@example.com" {
		t.Errorf("got %+v, want l.morgan@ mailbox-not-found, then a.fisher@", d.Recipients)
	}
}

// TestAutoReplyToABounce: an automatic responder's reply to a bounce
// carries the bounce's subject after its own prefix, and its text names
// failures to say whom to ask; it is an automatic reply all the same. A
// bounce that a responder's header field does not mark stays a bounce.
func TestAutoReplyToABounce(t *testing.T) {
	for _, head := range []string{
		"Subject: Auto: Mail delivery failed: returning message to sender\nAuto-Submitted: auto-replied (vacation)\n",
		"Subject: Automatic reply: Undeliverable: Quota exceeded\nX-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: r.nakamura@example.net\n",
	} {
		text := "From: Hanna Voss <hanna.voss@example.net>\nTo: <leon.park@example.org>\n" + head +
			"\nI am away until 30 March with no access to e-mail.\n\n" +
			"If your message is about a bounce (\"mailbox full\", \"user unknown\", \"blocked\"),\nplease write to helpdesk@example.net.\n"
		if d := diagnoseText(t, text); d.Category != AutoReply {
			t.Errorf("%q: got %s, want auto-reply", head, d.Category)
		}
	}
	bounce := "From: Mail Delivery System <Mailer-Daemon@mx.example.net>\nSubject: Mail delivery failed: returning message to sender\n" +
		"Auto-Submitted: auto-replied\n\nThis message was created automatically by mail delivery software.\n\n" +
		"A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n" +
		"  ann@example.org\n    mailbox is full: retry timeout exceeded\n"
	if d := diagnoseText(t, bounce); d.Category != MailboxFull {
		t.Errorf("Exim's bounce: got %s, want mailbox-full", d.Category)
	}
}

// TestVacationReplyQuotingABounce: a vacation responder that names itself
// in its Auto-Submitted field's comment (Zimbra's "auto-replied (zimbra;
// vacation)", Sieve's "auto-replied (vacation)") answers with an
// automatic reply even when its text quotes the bounce it was sent, with
// the bounce's own subject and words.
func TestVacationReplyQuotingABounce(t *testing.T) {
	for _, as := range []string{"auto-replied (zimbra; vacation)", "auto-replied (vacation)"} {
		text := "From: Giulia Neri <giulia.neri@example.net>\nTo: <acquisti@example.org>\nSubject: Re: Delivery Status Notification (Failure)\n" +
			"Auto-Submitted: " + as + "\nPrecedence: bulk\n\nSono fuori ufficio fino al 12 aprile.\n\n" +
			"> Address not found\n> Your message wasn't delivered to fornitore@example.com because the address couldn't be found, or is unable to receive mail.\n" +
			"> The response from the remote server was:\n> 550 5.1.1 The email account that you tried to reach does not exist.\n"
		if d := diagnoseText(t, text); d.Category != AutoReply {
			t.Errorf("%q: got %s, want auto-reply", as, d.Category)
		}
	}
}

// TestPersonsLineAboveAPastedNotice: the line a person writes above the
// notice they paste ("Got this back after I asked why we land on her
// blacklist:") tells their guess; the notice's own sentence says why.
func TestPersonsLineAboveAPastedNotice(t *testing.T) {
	text := "Got this back after I asked Priya why our mails land in her spam folder / blacklist:\n\n" +
		"Delivery has failed to these recipients or distribution lists:\n\nPriya Raman\n" +
		"The recipient's mailbox is full and can't accept messages now. Microsoft Exchange\n" +
		"will not try to redeliver this message for you. Please try resending this message\nlater, or contact the recipient directly.\n"
	assertRecipients(t, diagnoseText(t, text), wantRecipient{"", MailboxFull, ""})
}

// TestForwardedSubjectNamingTheRecipient: the header of a bounce forwarded
// inline names the customer it went back to, never a failed recipient;
// its subject may name the failed recipient, who is one all the same.
func TestForwardedSubjectNamingTheRecipient(t *testing.T) {
	text := "Hi! Tobias left the company? Got this back:\n\n---------- Forwarded message ---------\n" +
		"From: Mail Router <postmaster@example.com>\nDate: Mon, Mar 10, 2025 at 2:14 PM\n" +
		"Subject: DELIVERY FAILURE: User t.berger (t.berger@example.com) not listed in Domino Directory\n" +
		"To: <a.silva@example.org>\n\n\nYour message\n\n  Subject: Angebot Nr. 4471\n\nwas not delivered to:\n\n" +
		"  t.berger@example.com\n\nbecause:\n\n  User t.berger (t.berger@example.com) not listed in Domino Directory\n"
	assertRecipients(t, diagnoseText(t, text), wantRecipient{"t.berger@example.com", MailboxNotFound, ""})
}

// TestServersReplyUnderItsHeading: Gmail's notice names the recipient in
// its own sentence, the same for any unknown or unusable address, and
// gives the server's reply under "The response was:"; the reply decides.
func TestServersReplyUnderItsHeading(t *testing.T) {
	text := "Address not found\n\nYour message wasn't delivered to e.fontaine@example.net because the address couldn't be found, or is unable to receive mail.\n\n" +
		"LEARN MORE\n\nThe response was:\n\nThe email account that you tried to reach is disabled.\n\nReply\nForward\n"
	assertRecipients(t, diagnoseText(t, text), wantRecipient{"e.fontaine@example.net", MailboxUnavailable, ""})
}

// TestSubjectOfTheReturnedMessage: a notice's summary of the returned
// message quotes its Subject, the sender's own words ("Re: Your mailbox
// is full"), which say nothing of why it failed, in any language.
func TestSubjectOfTheReturnedMessage(t *testing.T) {
	for _, name := range []string{"Subject", "Betreff"} {
		text := "From: System Administrator <postmaster@corp.example>\nSubject: Undeliverable: Re: Your mailbox is full\n\n" +
			"Your message\n\n  To:      k.mensah@example.com\n  " + name + ": Re: Your mailbox is full\n  Sent:    Thu, 11 May 2006 16:02:13 +0200\n\n" +
			"did not reach the following recipient(s):\n\nk.mensah@example.com on Thu, 11 May 2006 16:02:19 +0200\n" +
			"    This message is larger than the current system limit or the recipient's mailbox is full. Create a shorter message body or remove attachments and try sending it again.\n" +
			"    <mail.corp.example #5.2.3 smtp;450 5.2.3 Msg Size greater than allowed by Remote Host>\n"
		assertRecipients(t, diagnoseText(t, text), wantRecipient{"k.mensah@example.com", MessageTooLarge, "5.2.3"})
	}
}

// TestTranscriptRepliesOfEachRecipient: recipients of one domain share
// the transcript of their server; each quote of the server's reply is the
// recipient it names, or whose RCPT TO command it answers.
func TestTranscriptRepliesOfEachRecipient(t *testing.T) {
	text := deliveryReport("   ----- The following addresses had permanent fatal errors -----\r\n<reviewer@example.org>\r\n"+
		"    (reason: 550 5.7.1 <reviewer@example.org>... Access denied)\r\n<student@example.org>\r\n"+
		"    (reason: 550 5.1.1 <student@example.org>... User unknown)\r\n\r\n   ----- Transcript of session follows -----\r\n"+
		"... while talking to mail.example.org.:\r\n>>> RCPT To:<reviewer@example.org>\r\n<<< 550 5.7.1 <reviewer@example.org>... Access denied\r\n"+
		">>> RCPT To:<student@example.org>\r\n<<< 550 5.1.1 <student@example.org>... User unknown\r\n",
		"Final-Recipient: RFC822; reviewer@example.org\r\nAction: failed\r\nStatus: 5.7.1\r\n"+
			"Diagnostic-Code: SMTP; 550 5.7.1 <reviewer@example.org>... Access denied\r\n\r\n"+
			"Final-Recipient: RFC822; student@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n"+
			"Diagnostic-Code: SMTP; 550 5.1.1 <student@example.org>... User unknown\r\n")
	d := diagnoseText(t, text)
	assertRecipients(t, d, wantRecipient{"reviewer@example.org", PolicyRejected, "5.7.1"}, wantRecipient{"student@example.org", MailboxNotFound, "5.1.1"})
}

// TestLeadInYieldsToItsReason: Postfix writes "Recipient address rejected:"
// before whatever restriction refused the address; the reason after the
// colon decides, and the lead-in alone still reads as an unknown address.
func TestLeadInYieldsToItsReason(t *testing.T) {
	text := "The address to which the message has not yet been delivered is:\n\n  legal@example.com\n" +
		"    host mx.example.com [203.0.113.88]\n" +
		"    Delay reason: SMTP error from remote mail server after RCPT TO:<legal@example.com>:\n" +
		"    450 4.7.1 <legal@example.com>: Recipient address rejected: Service temporarily unavailable, please try later\n"
	assertRecipients(t, diagnoseText(t, text), wantRecipient{"legal@example.com", ServerProblem, "4.7.1"})
	alone := "Got this when I replied to the customer:\n\n550 <r.petit@example.fr>: Recipient address rejected\n"
	assertRecipients(t, diagnoseText(t, alone), wantRecipient{"r.petit@example.fr", MailboxNotFound, ""})
}

// TestGmailsReplyNamingTheRecipient: the reply under Gmail's "The response
// from the remote server was:" decides even when it names the recipient
// itself; Gmail's sentence above it ("because the remote server is
// misconfigured") is printed over refusals of every kind.
func TestGmailsReplyNamingTheRecipient(t *testing.T) {
	text := "Message not delivered\n\nYour message couldn't be delivered to s.ortiz@example.com because the remote server is misconfigured. " +
		"See technical details below for more information.\n\nThe response from the remote server was:\n" +
		"550 permanent failure for one or more recipients (s.ortiz@example.com:blocked)\n"
	assertRecipients(t, diagnoseText(t, text), wantRecipient{"s.ortiz@example.com", PolicyRejected, ""})
}

// TestPastedReportCutShort: a person (or a phone's one screen) copies a
// sendmail notice and the first recipient's report fields, and cuts the
// rest; the notice's listing still names the second recipient and its
// reason. An address named inside a recipient's fields is not another
// recipient.
func TestPastedReportCutShort(t *testing.T) {
	text := "   ----- The following addresses had permanent fatal errors -----\n<m.haddad@example.com>\n" +
		"    (reason: 550 5.1.1 <m.haddad@example.com>... User unknown)\n<ops@example.net>\n" +
		"    (reason: 554 5.7.1 Service unavailable; Client host [198.51.100.77] blocked using zen.spamhaus.org)\n\n" +
		"Final-Recipient: RFC822; m.haddad@example.com\nAction: failed\nStatus: 5.1.1\n[...]\n"
	assertRecipients(t, diagnoseText(t, text), wantRecipient{"m.haddad@example.com", MailboxNotFound, "5.1.1"},
		wantRecipient{"ops@example.net", Blocklisted, "5.7.1"})
	moved := "Final-Recipient: rfc822; j.doe@example.org\nAction: failed\nStatus: 5.1.6\n" +
		"Diagnostic-Code: X-Postfix; User has moved to jane.doe@example.net\n"
	assertRecipients(t, diagnoseText(t, moved), wantRecipient{"j.doe@example.org", MailboxUnavailable, "5.1.6"})
}

// A refusal at the greeting is read as a verdict on the client (a
// blocklist, most often) unless its status code puts the trouble in the
// server or the network (RFC 3463's X.3.X and X.4.X): Exim's delay over
// "421 4.3.2 Service not available" is the server's own state, still
// retried.
func TestGreetingRefusalWithServerStatus(t *testing.T) {
	d := diagnoseText(t, "A message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mail.example.org.\n\n"+
		"The address to which the message has not yet been delivered is:\n\n  ann@example.com\n    host mx.example.com [192.0.2.1]\n"+
		"    Delay reason: SMTP error from remote mail server after initial connection:\n    421 4.3.2 Service not available\n")
	if len(d.Recipients) != 1 || d.Recipients[0].Category != ServerProblem || d.Final {
		t.Errorf("got %+v, final %v; want server-problem, still retried", d.Recipients, d.Final)
	}
}

// The words software writes around every reply it reports are no reason:
// Exchange's failover sentences after a queue's last error (the next hop's
// reply quoted before them decides, and the message is still queued),
// hMailServer's log line that puts a message back in the queue, and
// qmail-remote's "Giving up on <host>" after the server refused every
// recipient, which says nothing of why.
func TestWordsAroundTheReply(t *testing.T) {
	checkFormats(t, []formatCase{
		{"exchange queue last error", `Get-Message -Queue "EX02\52211" | fl FromAddress,Recipients,Status,LastError

FromAddress : news@example.com
Recipients  : {ann@example.net}
Status      : Retry
LastError   : 451 4.4.0 Primary target IP address responded with: "451 4.7.500 Server busy. Please try again later from [192.0.2.61]. (S77714)" Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 198.51.100.101:25
`, "ann@example.net", "4.4.0", "451", RateLimited, false},
		{"hmailserver log rescheduled", `"SMTPC"	4120	2218	"2026-12-01 15:02:11.510"	"192.0.2.150"	"SENT: RCPT TO:<ann@example.net>"
"SMTPC"	4120	2218	"2026-12-01 15:02:11.611"	"192.0.2.150"	"RECEIVED: 452 4.2.2 Mailbox full"
"APPLICATION"	4120	"2026-12-01 15:02:11.720"	"SMTPDeliverer - Message 18833: Message could not be delivered. Scheduling it for later delivery in 60 minutes."
`, "ann@example.net", "4.2.2", "452", MailboxFull, false},
		{"qmail gave up on the host", `Hi. This is the qmail-send program at mail.example.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ann@example.net>:
192.0.2.33 does not like recipient.
Remote host said: 554 Transaction failed
Giving up on 192.0.2.33.
`, "ann@example.net", "", "554", Unknown, true},
	})
}

// An Exim message log (exim -Mvl) flags each recipient's outcome: "=>" is
// a delivery, whatever the deferrals of the others say; a program's dump
// that prints "[to] => x" is no Exim log.
func TestEximMessageLogDelivery(t *testing.T) {
	d := diagnoseText(t, `# exim -Mvl 1uQz2A-0009Xy-Lm
2026-12-01 12:01:40 Received from news@example.com U=www P=local S=8832
2026-12-01 12:01:43 ann@example.net R=dnslookup T=remote_smtp defer (-44) H=mail.example.net [192.0.2.30]: SMTP error from remote mail server after RCPT TO:<ann@example.net>: 452 4.2.2 Over quota
2026-12-01 12:01:43 => bob@example.com R=virtual_user T=virtual_delivery
`)
	assertRecipients(t, d, wantRecipient{"ann@example.net", MailboxFull, "4.2.2"}, wantRecipient{"bob@example.com", Delivered, ""})
	d = diagnoseText(t, "wp_mail_failed: Array\n(\n    [to] => Array\n        (\n            [0] => ann@example.net\n        )\n    [phpmailer_exception_code] => 2\n)\nSMTP Error: The following recipients failed: ann@example.net: 550 5.1.1 User unknown\n")
	if len(d.Recipients) == 0 || d.Recipients[0].Category != MailboxNotFound {
		t.Errorf("print_r's \"=>\" read as a delivery: %+v", d.Recipients)
	}
}

// A warning to a mailbox's owner that it is filling up states how far, a
// share below 100%, beside the words of a full mailbox; a refusal for a
// full mailbox says full or over. The warnings are those the servers'
// own defaults and examples write: Zimbra's zimbraQuotaWarnMessage, Sun
// Java System Messaging Server's store.quotaexceededmsg example, a host's
// warning in French (Alinto's, as posted publicly), Exchange's storage
// warning.
func TestQuotaWarningIsNoBounce(t *testing.T) {
	for name, text := range map[string]string{
		"zimbra": "From: Postmaster <postmaster@example.com>\nTo: Ann <ann@example.com>\nSubject: Quota warning\nContent-Type: text/plain\n\n" +
			"Your mailbox size has reached 1843MB, which is over 90% of your 2048MB quota.\nPlease delete some messages to avoid exceeding your quota.\n",
		"sun messaging server": "Subject: Overquota Warning\n\nann,\n\nYour mailbox size has exceeded 90% of its alloted quota.\nDisk Usage: 92160\nNumber of Messages: 5210\nMailquota: 102400\n\n-Postmaster\n",
		"french host": "Objet : Votre boite aux lettres est bientôt saturée\n\nCher utilisateur, votre boîte aux lettres ann@example.com est bientôt saturée, elle est à ce jour remplie à 85%\n" +
			"Si aucune action n'est réalisée, vous ne pourrez plus recevoir vos messages.\n",
		// Exchange's storage warning names no share at all (Microsoft KB
		// Q217768).
		"exchange": "From: System Administrator <postmaster@example.com>\nTo: Ann <ann@example.com>\nSubject: Your mailbox is over its size limit\n\n" +
			"Your mailbox has exceeded one or more size limits set by your administrator.\n\nYour mailbox size is 102450 KB.\n\n" +
			"You may not be able to send or receive new messages until you reduce your mailbox size.\n",
		// A provider's own message: the share on a line of its own, what a
		// full mailbox does in a sentence further down.
		"share apart": "From: Mail Service <noreply@provider.example>\nTo: ann@example.com\nSubject: Your mailbox is almost full\n\n" +
			"Hi Ann,\n\nYour mailbox is 95% full.\n\nWhen your mailbox is full, new emails sent to you will be returned to the sender.\n" +
			"Delete old emails or buy more storage.\n",
	} {
		t.Run(name, func(t *testing.T) {
			if d := diagnoseText(t, text); d.Category != NotABounce {
				t.Errorf("got %s (%+v), want not-a-bounce", d.Category, d.Recipients)
			}
		})
	}
	for _, text := range []string{
		"<ann@example.com>: host mx.example.com[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)\n",
		"Your message to ann@example.com could not be delivered.\n\nann@example.com\n    Mailbox full: 100% of the quota is used.\n",
		// A mail system's notice stays a bounce whatever share its text
		// holds elsewhere.
		"From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\nTo: bob@example.org\nSubject: Mail delivery failed\n\n" +
			"Your message to ann@example.com could not be delivered: mailbox is full.\n\nSubject of your message: 20% off this week\n",
	} {
		if d := diagnoseText(t, text); d.Category != MailboxFull {
			t.Errorf("%q: got %s, want mailbox-full", text, d.Category)
		}
	}
}

// Gmail's notice of two recipients, read on a phone and copied at its
// width: the words that name the second recipient ("There was a problem
// delivering your" + line break + "message to x") run over a line break.
func TestWrappedSentenceNamesTheRecipient(t *testing.T) {
	d := diagnoseText(t, `Address not found
Your message wasn't delivered to
ann@example.org because the
address couldn't be found.

The response was:
550 5.1.1 User unknown

Address not found
There was a problem delivering your
message to desk@examp1e.example.
See the technical details below.

The response was:
DNS Error: DNS type 'mx' lookup of
examp1e.example responded with code
NXDOMAIN Domain name not found:
examp1e.example
`)
	assertRecipients(t, d, wantRecipient{"ann@example.org", MailboxNotFound, "5.1.1"}, wantRecipient{"desk@examp1e.example", HostUnknown, ""})
}

// Exchange's part for administrators names a recipient it could not
// resolve by its X.500 address in SMTP form ("IMCEAEX-..._cn=ann@x"):
// that is the recipient named plainly above, not another.
func TestImceaexIsTheSameRecipient(t *testing.T) {
	d := diagnoseText(t, `Delivery has failed to these recipients or groups:

ann.lee@example.com
The email address you entered couldn't be found.

bob@example.com
The recipient's mailbox is disabled.

Diagnostic information for administrators:

Generating server: EX01.example.com

IMCEAEX-_O=EXAMPLE_OU=Exchange+20Administrative+20Group_cn=Recipients_cn=ann+2Elee@example.com
Remote Server returned '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found'

bob@example.com
Remote Server returned '550 5.2.1 STOREDRV.Deliver: mailbox disabled'
`)
	assertRecipients(t, d, wantRecipient{"ann.lee@example.com", MailboxNotFound, "5.1.1"}, wantRecipient{"bob@example.com", MailboxUnavailable, "5.2.1"})
}

// A reply whose code and enhanced status disagree ("452 5.2.2") leaves the
// notice's own words to say whether the server still retries: Exim's
// delay warning retries, its failure after the retry timeout does not.
func TestDisagreeingCodesFollowTheNotice(t *testing.T) {
	reason := "  ann@example.net\n    host mx.example.net [192.0.2.70]\n    SMTP error from remote mail server after RCPT TO:<ann@example.net>:\n    452 5.2.2 <ann@example.net>: Mailbox over quota\n"
	checkFormats(t, []formatCase{
		{"exim delay warning", "This message was created automatically by mail delivery software.\n" +
			"A message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mail.example.org.\n\n" +
			"The address to which the message has not yet been delivered is:\n\n" + reason +
			"\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\n" +
			"remains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n",
			"ann@example.net", "5.2.2", "452", MailboxFull, false},
		{"exim failure", "This message was created automatically by mail delivery software.\n\n" +
			"A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n" +
			reason + "    retry timeout exceeded\n",
			"ann@example.net", "5.2.2", "452", MailboxFull, true},
	})
}

// A session the server accepted, under a person's note that names what
// was fixed ("after we fixed SPF"), reached its recipient: the note's
// words are no reply of the server's.
func TestAcceptedSessionUnderANote(t *testing.T) {
	d := diagnoseText(t, "Just to confirm, this one went through fine after we fixed SPF:\n\n"+
		" -> RCPT TO:<ann@example.net>\n<-  250 2.1.5 Ok\n -> DATA\n<-  354 End data with <CR><LF>.<CR><LF>\n -> .\n"+
		"<-  250 2.0.0 Ok: queued as 4XyZ2m7K1pz3wC\n -> QUIT\n<-  221 2.0.0 Bye\n")
	assertRecipients(t, d, wantRecipient{"ann@example.net", Delivered, ""})
}

// The words RFC 8617 registers with X.7.29, "ARC validation failure",
// are an authentication failure, not a local rule's bare "rejected".
func TestARCValidationFailure(t *testing.T) {
	checkFormats(t, []formatCase{{"arc", "ann@example.org\nRemote server returned: 550 5.7.29 ARC validation failure; arc=fail (i=2) message rejected\n",
		"ann@example.org", "5.7.29", "550", AuthenticationFailed, true}})
}

// A person who forwards several bounces at once, each attached, has every
// attached bounce read, each recipient with its own reason.
func TestSeveralAttachedBounces(t *testing.T) {
	bounce := func(rcpt, reply string) string {
		return "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)\nTo: bob@example.org\nSubject: Undelivered Mail Returned to Sender\n" +
			"MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mail.example.org.\n\n" +
			"I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n" +
			"<" + rcpt + ">: host mx.example.net[192.0.2.5] said: " + reply + " (in reply to RCPT TO command)\n"
	}
	msg := "From: bob@example.org\nTo: help@example.org\nSubject: Fwd: two bounces\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n" +
		"--b\nContent-Type: text/plain\n\nBoth came back this morning.\n\n" +
		"--b\nContent-Type: message/rfc822\n\n" + bounce("ann@example.net", "550 5.1.1 <ann@example.net>: Recipient address rejected: User unknown in virtual mailbox table") +
		"\n--b\nContent-Type: message/rfc822\n\n" + bounce("cy@example.net", "552 5.2.2 <cy@example.net>: Mailbox full") + "\n--b--\n"
	assertRecipients(t, diagnoseText(t, msg), wantRecipient{"ann@example.net", MailboxNotFound, "5.1.1"}, wantRecipient{"cy@example.net", MailboxFull, "5.2.2"})
}

// An mbox paste of a delay warning and then the failure of the same
// recipient names it once, with the outcome that ends it.
func TestDelayThenFailureInOnePaste(t *testing.T) {
	part := func(date, intro, reply string) string {
		return "From MAILER-DAEMON " + date + "\nFrom: MAILER-DAEMON@mail.example.org (Mail Delivery System)\nTo: bob@example.org\n" +
			"Subject: " + intro + "\n\nThis is the mail system at host mail.example.org.\n\n" +
			"<ann@example.net>: host mx.example.net[192.0.2.5] said: " + reply + " (in reply to RCPT TO command)\n\n"
	}
	for name, paste := range map[string]string{
		"delay first": part("Mon Dec  1 10:00:00 2025", "Delayed Mail (still being retried)", "452 4.2.2 Mailbox full") +
			part("Fri Dec  5 10:00:00 2025", "Undelivered Mail Returned to Sender", "552 5.2.2 Mailbox full"),
		"failure first": part("Fri Dec  5 10:00:00 2025", "Undelivered Mail Returned to Sender", "552 5.2.2 Mailbox full") +
			part("Mon Dec  1 10:00:00 2025", "Delayed Mail (still being retried)", "452 4.2.2 Mailbox full"),
		"one text": "Both came back, the second one earlier in the week:\n\n----- first -----\n" +
			"Subject: Undelivered Mail Returned to Sender\n\nFinal-Recipient: rfc822; ann@example.net\nAction: failed\nStatus: 5.2.2\n" +
			"Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n\n----- second -----\n" +
			"Subject: Delayed Mail (still being retried)\n\nFinal-Recipient: rfc822; ann@example.net\nAction: delayed\nStatus: 4.2.2\n" +
			"Diagnostic-Code: smtp; 452 4.2.2 Mailbox full\n",
	} {
		t.Run(name, func(t *testing.T) {
			d := diagnoseText(t, paste)
			assertRecipients(t, d, wantRecipient{"ann@example.net", MailboxFull, "5.2.2"})
			if !d.Final {
				t.Error("read as still retried")
			}
		})
	}
}

// Outlook's error numbers for a refused send are the same whatever
// language it speaks: a localized dialog with the server's reply and
// 0x800CCC79 is the refusal of a recipient (round 83's Vietnamese one).
func TestLocalizedOutlookSendError(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "vietnamisp", "m365", "outlook-relay-553.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := diagnoseText(t, string(raw))
	if len(d.Recipients) == 0 || d.Recipients[0].Category != RelayDenied {
		t.Errorf("got %s %+v, want relay-denied", d.Category, d.Recipients)
	}
}

// Google Apps Script's notice that a script failed because the account
// spent its daily quota of mail recipients is the sender's own sending
// limit (round 83's failure summary).
func TestAppsScriptMailQuota(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "automation", "apps-script", "quota-one-day.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if d := diagnoseText(t, string(raw)); d.Category != RateLimited {
		t.Errorf("got %s, want rate-limited", d.Category)
	}
}

// A notice copied with its editor's or paste site's line numbers ("13 |")
// reads as the notice: every recipient with its reason. A log whose lines
// open with numbers of their own (times) keeps them.
func TestNumberedLines(t *testing.T) {
	notice := []string{"This is the mail system at host mail.example.org.", "", "I'm sorry to have to inform you that your message could not",
		"be delivered to one or more recipients.", "", "                   The mail system", "",
		"<ann@example.com>: host mx.example.com[192.0.2.7] said: 552 5.2.2",
		"    <ann@example.com>: Recipient address rejected: Mailbox full (in reply", "    to RCPT TO command)", "",
		"<bob@nowhere.example>: Host or domain name not found. Name service", "    error for name=nowhere.example type=AAAA: Host not found"}
	var b strings.Builder
	for i, l := range notice {
		fmt.Fprintf(&b, "%2d | %s\n", i+1, l)
	}
	assertRecipients(t, diagnoseText(t, b.String()), wantRecipient{"ann@example.com", MailboxFull, "5.2.2"}, wantRecipient{"bob@nowhere.example", HostUnknown, ""})
	log := "10:02:03 mx1 postfix/smtp[1234]: 4AB: to=<ann@example.com>, relay=none, status=bounced (Host or domain name not found)\n"
	if got := unnumberLines(log + log + log + log); got != log+log+log+log {
		t.Errorf("a log's times were taken for line numbers:\n%s", got)
	}
}

// Zoho Mail's notice that it blocked a user's outgoing mail for the day
// is the sender's own sending limit, a count or a size, not a full
// mailbox (the notices as Zoho's users quote them in its community).
func TestZohoOutgoingBlocked(t *testing.T) {
	for _, reason := range []string{"Mail rate exceeded limit", "Daily Mail Size Quota Exceeds Limit [Total Mail Size=512,000]"} {
		d := diagnoseText(t, "User : ann at example dot org\nDetails :Mail Outgoing blocked. Reason :"+reason+"\n")
		if d.Category != RateLimited {
			t.Errorf("%s: got %s, want rate-limited", reason, d.Category)
		}
	}
}
