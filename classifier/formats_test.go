package classifier

import "testing"

// Notices of mail software and providers the labelled corpus has little or
// none of, written after the layout and wording these systems print. Each
// must give the failed address, the codes and the category; Final says
// whether the sender's server has stopped trying.
func TestUnseenFormats(t *testing.T) {
	tests := []formatCase{
		{"courier local delivery", `This is a delivery status notification from mail.example.org,
running the Courier mail server, version 1.0.

Your message to the following recipients cannot be delivered:

<ann@example.org>:
    ann@example.org: 550 5.1.1 Unknown user ann@example.org.
`, "ann@example.org", "5.1.1", "550", MailboxNotFound, true},
		{"lotus domino delivery failure", `Delivery Failure Report

Your document:      Quarterly figures
was not delivered to:      ann@example.com
because:      550 5.2.2 <ann@example.com>... Mailbox full

What should you do?
You can resend the undeliverable document to the recipients listed above by choosing the Resend button or the Resend command on the Actions menu.
`, "ann@example.com", "5.2.2", "550", MailboxFull, true},
		{"gmx unknown user", `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address(es)
failed:

ann@example.com:
SMTP error from remote server for RCPT TO command, host: mx.example.com (192.0.2.1) reason: 550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown in virtual mailbox table
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"mail.ru russian", `Это письмо создано автоматически сервером Mail.Ru,
отвечать на него не нужно.

К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:

ann@example.ru
Сообщение не доставлено: почтовый ящик получателя переполнен.
`, "ann@example.ru", "", "", MailboxFull, true},
		{"mail.ru smtp error", `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ann@example.com
    SMTP error from remote mail server after RCPT TO:<ann@example.com>:
    host mx.example.com [192.0.2.1]: 550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"oracle messaging server", `This report relates to a message you sent with the following header fields:

  Message-id: <0LXY00A1B2C3@example.org>
  Date: Mon, 01 Jan 2024 10:00:00 +0000
  From: Bob <bob@example.org>
  To: ann@example.com
  Subject: hello

Your message cannot be delivered to the following recipients:

  Recipient address: ann@example.com
  Original address: ann@example.com
  Reason: Remote SMTP server has rejected address
  Diagnostic code: smtp;550 5.1.1 <ann@example.com>... User unknown
  Remote system: dns;mx.example.com (TCP|192.0.2.10|40000|192.0.2.1|25) (mx.example.com ESMTP)
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"zoho", `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.

ann@example.com, ERROR CODE :550 - 5.2.1 The email account that you tried to reach is disabled.
`, "ann@example.com", "5.2.1", "550", MailboxUnavailable, true},
		{"fastmail over quota", `This is the mail system at host mx.messagingengine.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<ann@fastmail.com>: host in1.example.com[192.0.2.5] said: 552 5.2.2
    <ann@fastmail.com>: Mailbox is over quota (in reply to RCPT TO command)
`, "ann@fastmail.com", "5.2.2", "552", MailboxFull, true},
		{"mcafee gateway", `A message that you sent has not been delivered to one or more of its recipients.

Recipient: ann@example.com
Reason: 554 5.7.1 The message was rejected because it contains prohibited virus or spam content
`, "ann@example.com", "5.7.1", "554", ContentFiltered, true},
		{"trend micro interscan", `Unable to deliver message to <ann@example.com>.

Sent >>> RCPT TO:<ann@example.com>
Received <<< 550 5.1.1 <ann@example.com>... User unknown

Could not deliver mail to this user.
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"postfix local mailbox file too large", `This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<ann@example.org>: cannot update mailbox /var/mail/ann for user ann. error
    writing message: File too large
`, "ann@example.org", "", "", MailboxFull, true},
		{"postfix local unknown user", `This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<ann@example.org> (expanded from <info@example.org>): unknown user: "ann"
`, "ann@example.org", "", "", MailboxNotFound, true},
		{"postfix local command died", `This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<ann@example.org>: Command died with status 75: "/usr/local/bin/deliver".
    Command output: deliver: cannot open configuration
`, "ann@example.org", "", "", ServerProblem, true},
		{"exim retry timeout", `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ann@example.com
    retry timeout exceeded
`, "ann@example.com", "", "", ServerProblem, true},
		{"sendmail deferred connection refused", `**********************************************
**      THIS IS A WARNING MESSAGE ONLY      **
**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
**********************************************

The original message was received at Mon, 1 Jan 2024 10:00:00 +0900
from localhost [127.0.0.1]

   ----- Transcript of session follows -----
<ann@example.com>... Deferred: Connection refused by mx.example.com.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
`, "ann@example.com", "", "", ServerProblem, false},
		{"exchange 2010 resolver", `Delivery has failed to these recipients or groups:

ann@example.com
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: ex01.example.org

ann@example.com
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Original message headers:

Received: from ex02.example.org (192.0.2.2) by ex01.example.org (192.0.2.1)
 with Microsoft SMTP Server id 14.3.123.3; Mon, 1 Jan 2024 10:00:00 +0000
From: Bob <bob@example.org>
To: <ann@example.com>
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"qmail-ldap quota", `Hi. This is the qmail-send program at mx.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ann@example.org>:
The users mailfolder is over the allowed quota (size). (#5.2.2)

--- Below this line is a copy of the message.
`, "ann@example.org", "5.2.2", "", MailboxFull, true},
		{"qmail no mailbox", `Hi. This is the qmail-send program at mx.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ann@example.org>:
Sorry, no mailbox here by that name. (#5.1.1)
`, "ann@example.org", "5.1.1", "", MailboxNotFound, true},
		{"smartermail", `Delivery to the following recipients failed.

       ann@example.com

Remote host said: 550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown in local recipient table
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"kerio connect", `Your message did not reach some or all of the intended recipients.

   Subject: hello
   Sent: 1/1/2024 10:00 AM

The following recipient(s) could not be reached:

ann@example.com
   Error Type: SMTP
   Remote server (192.0.2.1) issued an error.
   Kerio Connect sent: RCPT TO:<ann@example.com>
   Remote server replied: 552 5.2.2 Mailbox full
`, "ann@example.com", "5.2.2", "552", MailboxFull, true},
		{"icewarp", `The following recipients did not receive this message:

<ann@example.com>

Please reply to postmaster@example.org if you feel this message to be in error.

Reason: 550 5.1.1 <ann@example.com> Mailbox unavailable or not local
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"yandex size limit", `This is the mail system at host forward1.mail.yandex.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

Please, do not reply to this message.

                   The mail system

<ann@yandex.ru>: host mx.yandex.ru[192.0.2.7] said: 552 5.2.2 Mailbox size
    limit exceeded (in reply to end of DATA command)
`, "ann@yandex.ru", "5.2.2", "552", MailboxFull, true},
		{"yandex russian unknown", `Сообщение не доставлено

Ваше сообщение не может быть доставлено получателю ann@yandex.ru:
такого ящика не существует.
`, "ann@yandex.ru", "", "", MailboxNotFound, true},
		{"qq mailbox not found", `This is the mail system at host smtpbg.qq.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ann@qq.com>: host mx3.qq.com[192.0.2.8] said: 550 Mailbox not found.
    http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728
    (in reply to RCPT TO command)
`, "ann@qq.com", "", "550", MailboxNotFound, true},
		{"qq chinese", `很抱歉您发送的邮件被退回，以下是该邮件的相关信息：

收件人：ann@qq.com
退信原因：收件人邮箱空间已满
`, "ann@qq.com", "", "", MailboxFull, true},
		{"naver korean", `메일이 전송되지 않았습니다.

받는 사람: ann@naver.com
실패 원인: 받는 사람의 메일 주소가 존재하지 않습니다.
`, "ann@naver.com", "", "", MailboxNotFound, true},
		{"icloud inactive", `<ann@icloud.com>: host mx01.mail.icloud.com[192.0.2.9] said: 550 5.1.1
    <ann@icloud.com>: inactive email address (in reply to RCPT TO command)
`, "ann@icloud.com", "5.1.1", "550", MailboxUnavailable, true},
		{"icloud over quota", `<ann@icloud.com>: host mx01.mail.icloud.com[192.0.2.9] said: 552 5.2.2
    <ann@icloud.com>: user is over quota (in reply to RCPT TO command)
`, "ann@icloud.com", "5.2.2", "552", MailboxFull, true},
		{"exim mx to non-existent hosts", `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ann@example.com
    all relevant MX records point to non-existent hosts
`, "ann@example.com", "", "", HostUnknown, true},
		{"exchange nonexistent domain", `Delivery has failed to these recipients or groups:

ann@nonexistent.example
The domain name in the e-mail address is incorrect. Check the address and try again.

Diagnostic information for administrators:

Generating server: ex01.example.org

ann@nonexistent.example
#554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain ##
`, "ann@nonexistent.example", "5.4.4", "554", HostUnknown, true},
		{"exchange 2003", `Your message did not reach some or all of the intended recipients.

      Subject:	hello
      Sent:	1/1/2024 10:00 AM

The following recipient(s) could not be reached:

      ann@example.com on 1/1/2024 10:00 AM
            The e-mail account does not exist at the organization this message was sent to.
            <mx.example.com #5.1.1 smtp;550 5.1.1 User unknown>
`, "ann@example.com", "5.1.1", "550", MailboxNotFound, true},
		{"mimecast anti-spoofing", "550 Rejected by header based Anti-Spoofing policy: ann@example.com", "ann@example.com", "", "550", PolicyRejected, true},
		{"amazon ses no reason", "An error occurred while trying to deliver the mail to the following recipients:\nann@example.com\n", "ann@example.com", "", "", Unknown, true},
		{"mail.ru koi8-r base64", "From: Mail Delivery System <mailer-daemon@corp.mail.ru>\r\nTo: bob@example.org\r\nSubject: delivery failure\r\n" +
			"Date: Mon, 01 Jan 2024 10:00:00 +0300\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=koi8-r\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
			"98HbxSDQydPYzc8gzsUgzc/WxdQgwtnU2CDEz9PUwdfMxc7PINDPzNXewdTFzMA6Cgphbm5AZXhh\r\n" +
			"bXBsZS5ydQrwz97Uz9fZyiDR3cnLINDPzNXewdTFzNEg0MXSxdDPzM7Fzi4K\r\n", "ann@example.ru", "", "", MailboxFull, true},
	}
	checkFormats(t, tests)
}

// A formatCase is one notice and what a person needs from it: the failed
// address, its codes, the category, and whether delivery has stopped.
type formatCase struct {
	name, text    string
	address       string
	status, reply string
	want          Category
	final         bool
}

// checkFormats diagnoses each case's text and compares its first recipient.
func checkFormats(t *testing.T, tests []formatCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			if len(d.Recipients) == 0 {
				t.Fatal("no recipients")
			}
			r := d.Recipients[0]
			if r.Address != tt.address || r.Status != tt.status || r.ReplyCode != tt.reply || r.Category != tt.want {
				t.Errorf("got %s %q status %q reply %q (rule %q)\nwant %s %q status %q reply %q",
					r.Category, r.Address, r.Status, r.ReplyCode, r.Rule, tt.want, tt.address, tt.status, tt.reply)
			}
			if d.Final != tt.final {
				t.Errorf("final = %v, want %v", d.Final, tt.final)
			}
		})
	}
}
