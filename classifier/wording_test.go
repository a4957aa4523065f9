package classifier

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestSisimaiWording puts each phrase that Sisimai, another bounce parser,
// lists for a bounce reason (testdata/wording/sisimai-reasons.tsv) into a
// receiving server's reply of a standard report, with a status code that
// says nothing (5.0.0), and checks that the category is one the reason
// allows. The phrases are what servers print, gathered over years of real
// bounces by Sisimai's authors: a measure of how much common wording the
// engine knows beyond the corpus.
//
// First score, before the Sisimai rows of knowledge/phrases/parsers.tsv
// were written from the same lists: 406 of 601 phrases (67.6%).
func TestSisimaiWording(t *testing.T) {
	checkWordingTable(t, "testdata/wording/sisimai-reasons.tsv", 600, 0.825)
}

// TestSisimaiModuleWording does the same with the wording of Sisimai's
// per-software and per-provider modules (testdata/wording/sisimai-modules.tsv):
// what OpenSMTPD, qmail-ldap, Domino, Exim, Mail.ru, Google, Microsoft,
// Yahoo, MessageLabs and others print for each reason, as their modules'
// tables hold it.
//
// First score, before any row was written from these tables: 133 of the
// 172 phrases of the per-software modules (77.3%), and 217 of the 298 of
// the per-provider ones (72.8%), which Sisimai keys by the remote host and
// often cuts to a fragment of the provider's reply. What is left is mostly
// where this engine reads the words otherwise on purpose (a mail loop is
// server trouble here, Sisimai's contenterror; a reply asking the client to
// log in is relay-denied; Microsoft's 5.7.708 "traffic not accepted from
// this IP" a block, Sisimai's ratelimited) or a fragment that says nothing
// alone ("Unable to", "Delivery failed ", "mail first").
func TestSisimaiModuleWording(t *testing.T) {
	checkWordingTable(t, "testdata/wording/sisimai-modules.tsv", 460, 0.75)
}

// checkWordingTable puts each phrase of a table of reason, accepted
// categories, phrase and source into a server's reply with a status code
// that says nothing, and asserts that at least floor of them (of no fewer
// than minPhrases) read as one of their reason's accepted categories.
func checkWordingTable(t *testing.T, path string, minPhrases int, floor float64) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	right, total := 0, 0
	var wrong []string
	for line := range strings.SplitSeq(string(raw), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 || strings.HasPrefix(line, "#") || f[0] == "reason" {
			continue
		}
		reason, accepted, phrase := f[0], strings.Split(f[1], "|"), f[2]
		d := diagnoseText(t, reportWithReply("550 5.0.0 "+phrase))
		total++
		if slices.Contains(accepted, string(d.Category)) {
			right++
			continue
		}
		wrong = append(wrong, fmt.Sprintf("%s: %q read as %s", reason, phrase, d.Category))
	}
	share := float64(right) / float64(total)
	t.Logf("%s: %d/%d = %.1f%% (floor %.1f%%)", path, right, total, 100*share, 100*floor)
	if testing.Verbose() {
		for _, w := range wrong {
			t.Log(w)
		}
	}
	if total < minPhrases || share < floor {
		t.Errorf("%s: %d/%d right, under the floor of %.1f%% (or fewer than %d phrases)", path, right, total, 100*floor, minPhrases)
	}
}

// reportWithReply is a standard delivery report (RFC 3464) for one
// recipient whose server gave reply.
func reportWithReply(reply string) string {
	return "From: MAILER-DAEMON@mx.example.org\r\n" +
		"To: sender@example.com\r\n" +
		"Subject: Undelivered Mail Returned to Sender\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n" +
		"--B\r\nContent-Type: text/plain\r\n\r\nThe message could not be delivered.\r\n\r\n" +
		"--B\r\nContent-Type: message/delivery-status\r\n\r\n" +
		"Reporting-MTA: dns; mx.example.org\r\n\r\n" +
		"Final-Recipient: rfc822; user@example.net\r\n" +
		"Action: failed\r\nStatus: 5.0.0\r\n" +
		"Diagnostic-Code: smtp; " + reply + "\r\n\r\n--B--\r\n"
}

// TestParsersWording checks wording that other bounce parsers match in
// their source (knowledge/phrases/parsers.tsv, common-en.tsv's word
// orders), each in a server's reply whose status code says nothing.
func TestParsersWording(t *testing.T) {
	tests := []struct {
		reply string
		want  Category
	}{
		// crisp's adjective and noun, in either order.
		{"550 5.0.0 account is terminated", MailboxUnavailable},
		{"550 5.0.0 disabled recipient", MailboxUnavailable},
		{"550 5.0.0 recipient unavailable", MailboxUnavailable},
		{"550 5.0.0 account is invalid", MailboxNotFound},
		{"550 5.0.0 recipient is not found", MailboxNotFound},
		// Mail::DeliveryStatus::BounceParser, bounce_email.
		{"550 5.0.0 user is unknown", MailboxNotFound},
		{"550 5.0.0 sorry, this host doesn't handle mail for that user", MailboxNotFound},
		{"550 5.0.0 address is administratively disabled", MailboxUnavailable},
		{"452 4.0.0 the user has exceeded its disk space limit", MailboxFull},
		// PHPMailer-BMH, PHP-Bounce-Handler.
		{"550 5.0.0 no such email address", MailboxNotFound},
		{"550 5.0.0 nie ma takiego konta", MailboxNotFound},
		{"550 5.0.0 mail is not currently being accepted for this mailbox", MailboxUnavailable},
		{"452 4.0.0 not enough storage space", MailboxFull},
		{"554 5.0.0 MX list for example.net points back to mx.example.net", ServerProblem},
		// Sisimai.
		{"550 5.0.0 unknown mailbox", MailboxNotFound},
		{"550 5.0.0 sorry, badrcptto", MailboxNotFound},
		{"554 5.0.0 can't create user output file", ServerProblem},
		{"552 5.0.0 exceeded maximum inbound message size", MessageTooLarge},
	}
	for _, tt := range tests {
		if got := diagnoseText(t, reportWithReply(tt.reply)).Category; got != tt.want {
			t.Errorf("%q: got %s, want %s", tt.reply, got, tt.want)
		}
	}
}

// personReply is a reply from a person's mailbox, with its subject and
// body as given.
func personReply(subject, body string) string {
	return "From: Anna <anna@example.net>\r\nTo: sender@example.com\r\nSubject: " + subject + "\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" + strings.ReplaceAll(body, "\n", "\r\n") + "\r\n"
}

// postfixBounce is a Postfix notice for one recipient refused with reply,
// returning the message whose subject and body are given.
func postfixBounce(reply, subject, body string) string {
	return "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\r\nTo: anna@example.net\r\n" +
		"Subject: Undelivered Mail Returned to Sender\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"This is the mail system at host mail.example.com.\r\n\r\n" +
		"I'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n" +
		"<sender@example.org>: host mx.example.org[192.0.2.7] said: " + reply + " (in reply to RCPT TO command)\r\n\r\n" +
		"--- original message ---\r\nFrom: anna@example.net\r\nTo: sender@example.org\r\nSubject: " + subject + "\r\n\r\n" +
		body + "\r\n"
}

// TestParsersAutoReplyWording checks the Italian out-of-office wording of
// PHPMailer-BMH's rules in a reply's own words, and that a person's reply
// that only mentions coming back stays a person's.
func TestParsersAutoReplyWording(t *testing.T) {
	tests := []struct {
		body string
		want Category
	}{
		{"Sono assente dal 10 al 20 agosto con accesso limitato alla posta.", AutoReply},
		{"Sono momentaneamente assente, risponderò al mio rientro.", AutoReply},
		{"Sarò assente fino a lunedì 3 marzo.", AutoReply},
		{"Grazie, ne parliamo al mio rientro in sede la prossima settimana.", NotABounce},
	}
	for _, tt := range tests {
		if got := diagnoseText(t, personReply("Re: offerta", tt.body)).Category; got != tt.want {
			t.Errorf("%q: got %s, want %s", tt.body, got, tt.want)
		}
	}
}

// TestOutlookAutoReplySubjects checks the subject prefix Outlook and
// Exchange put on an automatic reply, in the languages of
// knowledge/phrases/outlook-autoreply.tsv: a reply whose body says nothing
// of itself (a name) is an automatic reply by its subject alone, and a
// bounce whose returned message carried such a subject is still the
// bounce.
func TestOutlookAutoReplySubjects(t *testing.T) {
	prefixes := []string{
		"Automatyczna odpowiedź:", "Automatická odpověď:", "Automatická odpoveď:", "Automatikus válasz:",
		"Răspuns automat:", "Автоматичен отговор:", "Automatski odgovor:", "Samodejni odgovor:",
		"Αυτόματη απάντηση:", "Otomatik yanıt:", "Automaattinen vastaus:", "Automatiskt svar:",
		"Autosvar:", "Automatisk svar:", "Automātiskā atbilde:", "Automatinis atsakymas:", "Автоответ:",
		"תשובה אוטומטית:", "رد تلقائي:", "ตอบกลับอัตโนมัติ:", "Trả lời tự động:", "Balasan otomatis:",
		"Balasan automatik:", "Resposta automàtica:", "Abwesenheitsnotiz:", "Absence du bureau :",
		"Fuori sede:", "Házon kívül:", "Frånvarande:", "Fraværende:", "Ute av kontoret:", "מחוץ למשרד:",
	}
	for _, p := range prefixes {
		if got := diagnoseText(t, personReply(p+" Oferta 12/2026", "Anna")).Category; got != AutoReply {
			t.Errorf("subject %q: got %s, want %s", p, got, AutoReply)
		}
		bounce := postfixBounce("550 5.1.1 <sender@example.org>: Recipient address rejected: User unknown in virtual mailbox table", p+" Oferta", "Anna")
		if got := diagnoseText(t, bounce).Category; got != MailboxNotFound {
			t.Errorf("bounce of a reply with subject %q: got %s, want %s", p, got, MailboxNotFound)
		}
	}
}

// TestOutOfOfficeBodies checks out-of-office replies whose subject says
// nothing ("Re: ..."), in languages beyond the big ones: the default body
// of Postfixadmin's vacation reply in its translations (postfixadmin.tsv)
// and the phrases the out-of-office detectors of public code list
// (ooo-detectors.tsv). A person's ordinary reply stays a reply, and a
// bounce that returns a message with such a body stays the bounce.
func TestOutOfOfficeBodies(t *testing.T) {
	tests := []struct {
		body string
		want Category
	}{
		{"Dzień dobry,\nbędę nieobecny od 10.08 do 24.08.\nW pilnych sprawach proszę się kontaktować z Janem Kowalskim.", AutoReply},
		{"Jestem na urlopie do 20 sierpnia.", AutoReply},
		{"Jsem na dovolené od 1.7. do 14.7.", AutoReply},
		{"Od 1.8. do 14.8. sam odsutan.", AutoReply},
		{"Jeg er ikke tilstede i perioden 1. august til 14. august.", AutoReply},
		{"Jag är på semester till 15 augusti.", AutoReply},
		{"Jeg er på ferie til 15. august.", AutoReply},
		{"Olen lomalla 1.-14.7.", AutoReply},
		{"Şu an izindeyim, 20 Ağustos'ta döneceğim.", AutoReply},
		{"Я буду отсутствовать с 1 по 14 августа. По срочным вопросам вы можете обратиться к Ивану.", AutoReply},
		{"Нахожусь в отпуске до 20 августа.", AutoReply},
		{"Я буду відсутнім з 1 по 14 серпня.", AutoReply},
		{"אני מחוץ למשרד עד 20 באוגוסט.", AutoReply},
		{"8月20日まで不在です。", AutoReply},
		{"这段时间内暂时无法回信，如果你有急事请与张伟联系。", AutoReply},
		{"8월 20일까지 부재 예정입니다.", AutoReply},
		{"Dziękuję, wrócę do tematu jutro.", NotABounce},
		{"Спасибо, обсудим завтра.", NotABounce},
	}
	for _, tt := range tests {
		if got := diagnoseText(t, personReply("Re: oferta", tt.body)).Category; got != tt.want {
			t.Errorf("%q: got %s, want %s", tt.body, got, tt.want)
		}
	}
	bounce := postfixBounce("552 5.2.2 <sender@example.org>: Mailbox full", "Re: oferta",
		"Będę nieobecny od 10.08 do 24.08. Jestem na urlopie.")
	if got := diagnoseText(t, bounce).Category; got != MailboxFull {
		t.Errorf("a bounce returning an out-of-office body: got %s, want %s", got, MailboxFull)
	}
}

// TestOutlookReceipts checks Outlook's and Exchange's read receipts and
// their "deleted without being read" notices (knowledge/phrases/
// outlook-receipts.tsv): each says the message arrived, so each is
// delivered, not "not a bounce" with advice to paste a bounce; a person's
// "please read:" stays a person's mail, and a bounce returning a receipt
// stays the bounce.
func TestOutlookReceipts(t *testing.T) {
	tests := []struct {
		subject, body string
		want          Category
	}{
		{"Read: Offer", "Your message\n\n  To: Anna\n  Subject: Offer\n  Sent: Tuesday, August 11, 2026 9:12:04 AM (UTC+01:00)\n\nwas read on Tuesday, August 11, 2026 10:40:31 AM (UTC+01:00).", Delivered},
		{"Not read: Offer", "Your message\n\n  To: Anna\n  Subject: Offer\n  Sent: Tuesday, August 11, 2026 9:12:04 AM\n\nwas deleted without being read on Wednesday, August 12, 2026 8:02:11 AM.", Delivered},
		{"Offer", "This receipt verifies that the message has been displayed on the recipient's computer at 8/11/2026 10:40 AM", Delivered},
		{"Gelesen: Angebot", "Ihre Nachricht wurde gelesen am Dienstag, 11. August 2026 10:40:31 (UTC+01:00).", Delivered},
		// Receipts in Outlook's shape in other languages (Kopano's translations).
		{"Lu : Offre", "Votre message\n\n  À : Anna\n  Objet : Offre\n\na été lu le mardi 11 août 2026 10:40:31.", Delivered},
		{"Gelezen: Offerte", "Uw bericht\n\n  Aan: Anna\n  Onderwerp: Offerte\n\nwas gelezen op dinsdag 11 augustus 2026 10:40:31.", Delivered},
		{"Please read: the minutes", "Hi, the minutes of Tuesday are below. Talk soon.", NotABounce},
	}
	for _, tt := range tests {
		d := diagnoseText(t, personReply(tt.subject, tt.body))
		if d.Category != tt.want {
			t.Errorf("%q: got %s, want %s", tt.subject, d.Category, tt.want)
		}
		// The page says what a receipt is, not "a delivery report".
		if h := Read(d).Headline; tt.want == Delivered && !strings.HasPrefix(h, "This is a read receipt") {
			t.Errorf("%q: headline %q", tt.subject, h)
		}
	}
	bounce := postfixBounce("550 5.1.1 <sender@example.org>: Recipient address rejected: User unknown in virtual mailbox table", "Read: Offer",
		"Your message was read on Tuesday, August 11, 2026 10:40:31 AM.")
	if got := diagnoseText(t, bounce).Category; got != MailboxNotFound {
		t.Errorf("a bounce returning a read receipt: got %s, want %s", got, MailboxNotFound)
	}
}

// TestReceiptFieldsPasted checks a read receipt pasted whole, its words
// and its machine-readable fields (RFC 8098: Final-Recipient, Disposition):
// it is a receipt, not a content filter's refusal (its note's "message
// contents" had made it one), while a delivery report that returns such a
// receipt stays the report.
func TestReceiptFieldsPasted(t *testing.T) {
	receipt := "This is a Return Receipt for the mail that you sent to anna@example.net.\n\n" +
		"Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. " +
		"There is no guarantee that the recipient has read or understood the message contents.\n\n" +
		"Reporting-UA: example.net; Thunderbird 128.0\nFinal-Recipient: rfc822;anna@example.net\n" +
		"Original-Message-ID: <abc@example.com>\nDisposition: manual-action/MDN-sent-manually; displayed\n"
	d := diagnoseText(t, personReply("Return Receipt (displayed) - Offer", receipt))
	if d.Category != Delivered || !strings.HasPrefix(Read(d).Headline, "This is a read receipt") {
		t.Errorf("pasted receipt: got %s, %q", d.Category, Read(d).Headline)
	}
	if got := diagnoseText(t, receipt).Category; got != Delivered {
		t.Errorf("pasted receipt without its subject: got %s, want %s", got, Delivered)
	}
	bounce := "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; sender@example.org\nAction: failed\n" +
		"Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <sender@example.org>: Recipient address rejected: User unknown\n\n" +
		receipt
	if got := diagnoseText(t, bounce).Category; got != MailboxNotFound {
		t.Errorf("a report returning a receipt: got %s, want %s", got, MailboxNotFound)
	}
}

// TestClientSendErrors: a mail program's own error when it cannot hand a
// message to its server reads as what it says, not by a generic word in its
// advice ("contact your server administrator" once read as a blocklist).
func TestClientSendErrors(t *testing.T) {
	outlook := "Task 'Main - Sending' reported error (0x800CCC0F) : 'The connection to the server was interrupted. " +
		"If this problem continues, contact your server administrator or Internet service provider (ISP).'"
	if d := diagnoseText(t, outlook); d.Category != ServerProblem {
		t.Errorf("Outlook's 0x800CCC0F: got %s, want %s", d.Category, ServerProblem)
	}
	// Outlook refuses an attachment over the account's limit before it
	// sends (Microsoft's KB 2813269).
	attach := "Outlook won't attach the PDF:\n\nThe file you\u2019re attaching is bigger than the server allows. " +
		"Try putting the file in a shared location and sending a link instead."
	if d := diagnoseText(t, attach); d.Category != MessageTooLarge {
		t.Errorf("Outlook's attachment limit: got %s, want %s", d.Category, MessageTooLarge)
	}
}

// TestLocalSubmissionErrors: a web app or a script whose mail never left
// the machine, because the local sendmail program is missing or cannot
// reach its mailhub, is told so, not read by a word of the shell's error
// ("sendmail: not found" once read as a mailbox that does not exist).
func TestLocalSubmissionErrors(t *testing.T) {
	for _, tt := range []struct{ name, text string }{
		{"PHPMailer's mail()", "Message could not be sent. Mailer Error: Could not instantiate mail function.\n\n" +
			"php error log: sh: 1: /usr/sbin/sendmail: not found\n"},
		{"ssmtp as sendmail", "When the app sends an email I get:\n\nsendmail: Cannot open mailhub:25\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			if d.Category != ServerProblem || !d.Final {
				t.Errorf("got %s, final %v; want %s, final", d.Category, d.Final, ServerProblem)
			}
		})
	}
}

// TestDrupalMailError: Drupal's message when its mail backend failed is a
// failure with no reason given, for the recipient its log line names after
// the sender.
func TestDrupalMailError(t *testing.T) {
	d := diagnoseText(t, "Unable to send email. Contact the site administrator if the problem persists.\n\n"+
		"mail: Error sending email (from admin@example.org to ann@example.net with reply-to not set).\n")
	if len(d.Recipients) != 1 || d.Recipients[0].Address != "ann@example.net" || d.Category != Unknown || !d.Final {
		t.Errorf("got %s, final %v, recipients %+v; want unknown, final, ann@example.net alone", d.Category, d.Final, d.Recipients)
	}
}

// TestEximUnrouteableFragment: Exim's "Unrouteable address" under the
// address, pasted alone, is a failure (its words are given only for an
// address Exim could not deliver), not a text about something else.
func TestEximUnrouteableFragment(t *testing.T) {
	d := diagnoseText(t, "The email came back. It just says:\n\n  info@example.com\n    Unrouteable address\n")
	if !d.Category.IsFailure() || len(d.Recipients) != 1 || d.Recipients[0].Address != "info@example.com" {
		t.Errorf("got %s, recipients %+v; want a failure for info@example.com", d.Category, d.Recipients)
	}
}
