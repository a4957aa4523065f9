package classifier

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// diagnoseText runs Diagnose on s and fails the test on an error.
func diagnoseText(t *testing.T, s string) *Diagnosis {
	t.Helper()
	d, err := Diagnose([]byte(s), Options{})
	if err != nil {
		t.Fatalf("Diagnose(%.60q): %v", s, err)
	}
	checkEvidence(t, d)
	return d
}

// checkEvidence asserts that every piece of evidence points at its own text,
// so a page can highlight it, and that every recipient keeps SPEC.md's
// promise: a confidence and a list of alternatives (perhaps empty), the
// category first among its reasons and no alternative twice.
func checkEvidence(t testing.TB, d *Diagnosis) {
	t.Helper()
	if d.Confidence == "" || d.Alternatives == nil {
		t.Fatalf("diagnosis %s without confidence or alternatives", d.Category)
	}
	for _, r := range d.Recipients {
		if r.Confidence != High && r.Confidence != Medium && r.Confidence != Low || r.Alternatives == nil {
			t.Fatalf("recipient %q (%s): confidence %q, alternatives %v", r.Address, r.Category, r.Confidence, r.Alternatives)
		}
		if slices.Contains(r.Alternatives, r.Category) || len(slices.Compact(slices.Clone(r.Alternatives))) != len(r.Alternatives) {
			t.Fatalf("recipient %q: alternatives %v repeat a category (%s)", r.Address, r.Alternatives, r.Category)
		}
		if len(r.Reasons) > 0 && r.Reasons[0].Category != r.Category {
			t.Fatalf("recipient %q: first reason is %s, the category %s", r.Address, r.Reasons[0].Category, r.Category)
		}
	}
	for _, e := range d.Evidence {
		if e.Start < 0 || e.End > len(d.Text) || e.Start > e.End {
			t.Fatalf("evidence [%d:%d] outside a text of %d bytes", e.Start, e.End, len(d.Text))
		}
		if got := d.Text[e.Start:e.End]; got != e.Text {
			t.Fatalf("Text[%d:%d] = %q, evidence says %q", e.Start, e.End, got, e.Text)
		}
		if e.Why == "" {
			t.Fatalf("evidence %q says nothing about why", e.Text)
		}
	}
	for i := 1; i < len(d.Evidence); i++ {
		if prev, e := d.Evidence[i-1], d.Evidence[i]; e.Start < prev.End {
			t.Fatalf("evidence [%d:%d] overlaps or comes before [%d:%d]", e.Start, e.End, prev.Start, prev.End)
		}
	}
}

// articleRow is a phrase from the article's table and the category it names.
type articleRow struct {
	phrase string
	want   Category
}

// articleRows are the first column of the article's "Common Error Messages"
// table, row by row; the blocklist and content-filter rows are prose there,
// so each test adds its own wording of them.
var articleRows = []articleRow{
	{"Mailbox not found", MailboxNotFound},
	{"Invalid mailbox", MailboxNotFound},
	{"User unknown", MailboxNotFound},
	{"Not our customer", MailboxNotFound},
	{"Mailbox unavailable", MailboxUnavailable},
	{"Mailbox full", MailboxFull},
	{"Quota exceeded", MailboxFull},
	{"Host unknown", HostUnknown},
	{"Domain look up failed", HostUnknown},
	{"Unable to relay", RelayDenied},
	{"No adequate servers", ServerProblem},
	{"Connection timed out", ServerProblem},
	{"Resources temporarily unavailable", ServerProblem},
	{"Out of memory", ServerProblem},
}

// The rows of the article's "Common Error Messages" table, each as the
// phrase a person would paste.
func TestArticleTablePhrases(t *testing.T) {
	tests := append(slices.Clone(articleRows), []articleRow{
		{"Your IP is listed in spamcop", Blocklisted},
		{"Blocked: see http://www.spamhaus.org", Blocklisted},
		{"Rejected by dynablock", Blocklisted},
		{"Your email looks too much like a spam message and has been blocked by the content filters", ContentFiltered},
	}...)
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			d := diagnoseText(t, tt.phrase)
			if d.Category != tt.want {
				t.Errorf("category of %q = %s, want %s", tt.phrase, d.Category, tt.want)
			}
			if len(d.Recipients) == 0 {
				t.Errorf("no recipient for a failure")
			}
		})
	}
}

// The article's two transcripts, as a user copies them out of a mail program.
func TestArticleTranscripts(t *testing.T) {
	sendmail := `   ----- The following addresses had permanent fatal errors -----
<friend@example.net>
    (reason: 553 sorry, relaying denied from your location [192.0.2.7] (#5.7.1))

   ----- Transcript of session follows -----
... while talking to mail.example.net.:
>>> DATA
<<< 553 sorry, relaying denied from your location [192.0.2.7] (#5.7.1)
550 5.1.1 <friend@example.net>... User unknown
<<< 503 RCPT first (#5.5.1)
`
	qmail := `Hi. This is the qmail-send program at mail.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<friend@example.com>:
192.0.2.25 does not like recipient.
Remote host said: 550 MAILBOX NOT FOUND
Giving up on 192.0.2.25.
`
	tests := []struct {
		name, text string
		want       Category
		address    string
		reply      string
	}{
		{"sendmail", sendmail, RelayDenied, "friend@example.net", "553"},
		{"qmail", qmail, MailboxNotFound, "friend@example.com", "550"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			if d.Category != tt.want {
				t.Errorf("category = %s, want %s", d.Category, tt.want)
			}
			if len(d.Recipients) == 0 {
				t.Fatal("no recipients")
			}
			r := d.Recipients[0]
			if r.Address != tt.address || r.ReplyCode != tt.reply {
				t.Errorf("recipient = %q reply %q, want %q reply %q", r.Address, r.ReplyCode, tt.address, tt.reply)
			}
			if !d.Final {
				t.Errorf("final = false, want true for a permanent failure")
			}
			if len(d.Evidence) == 0 {
				t.Errorf("no evidence recorded")
			}
			if d.Format != "text" {
				t.Errorf("format = %q, want text", d.Format)
			}
		})
	}
}

// A list's refusal in words the engine does not know attaches the post it
// refused: a person's words there report no failure of their own, so the
// post is not read as a bounce forwarded for diagnosis.
func TestAttachedPostIsNoBounce(t *testing.T) {
	d := diagnoseText(t, "From: medlemmer-owner@lists.example.org\nTo: jens@example.net\nSubject: Kontingent\nMIME-Version: 1.0\n"+
		"Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=us-ascii\n\n"+
		"Du har ikke lov til at sende e-mail til denne mailliste, din mail blev\nderfor automatisk afvist.\n"+
		"--b\nContent-Type: message/rfc822\n\nFrom: jens@example.net\nTo: medlemmer@lists.example.org\nSubject: Kontingent\n\n"+
		"Sorry for the late answer: my mailbox is full this week, so please write to my other address.\n--b--\n")
	if d.Category == MailboxFull {
		t.Errorf("got %s from the attached post's own words", d.Category)
	}
}

// A bare word is no evidence of a failure: "Kontingent" is any quota in
// German (and a membership fee in Danish). Zimbra's warning to a domain's
// administrator that the domain's total quota is 90% used (ZsMsg_de,
// domainAggrQuotaWarnMsgBody) reports no mailbox full and no failure.
func TestBareWordIsNoFullMailbox(t *testing.T) {
	d := diagnoseText(t, "Die Kontingent-Gesamtauslastung für Domain example.com hat 48128 MB erreicht, "+
		"dies sind mehr als 90 % des maximalen Gesamtkontingents von 51200 MB.\n"+
		"Es sollten entsprechende Maßnahmen ergriffen werden, um das Überschreiten des maximalen Gesamtkontingents zu verhindern.\n")
	if d.Category == MailboxFull {
		t.Errorf("got %s, want anything but a full mailbox", d.Category)
	}
}

// One realistic line or short text per category, in several languages.
// The name of the server a report talked to ("host mx.spamexperts.example
// [ip]") is no reason: its "spam" made a content-filtered alternative and
// took an unknown user down to medium. A list named in the reply still
// counts.
func TestServerNameIsNoReason(t *testing.T) {
	for _, text := range []string{
		"<ann@example.net>: host mx.spamexperts.example.net[192.0.2.7] said: 550 5.1.1\n" +
			"    <ann@example.net>: Recipient address rejected: User unknown in virtual\n    mailbox table (in reply to RCPT TO command)\n",
		"  ann@example.net\n    host mx.antispam.example.net [192.0.2.7]\n    SMTP error from remote mail server after RCPT TO:<ann@example.net>:\n" +
			"    550 5.1.1 <ann@example.net>: Recipient address rejected: User unknown in virtual mailbox table\n",
	} {
		d := diagnoseText(t, text)
		if r := d.Recipients[0]; r.Category != MailboxNotFound || r.Confidence != High || len(r.Alternatives) > 0 {
			t.Errorf("got %s %s %v, want mailbox-not-found, high, no alternative", r.Category, r.Confidence, r.Alternatives)
		}
	}
	// A product's name (@name): Barracuda's "Spam & Virus Firewall", as
	// an appliance writes it into a reply Exchange quotes.
	d := diagnoseText(t, "ann@example.net\n#< #5.0.0 X-Spam-&-Virus-Firewall; [example.net]: Name or service not known> #SMTP#\n")
	if r := d.Recipients[0]; r.Category != HostUnknown || slices.Contains(r.Alternatives, ContentFiltered) {
		t.Errorf("a product's name: got %s %v, want host-unknown, no content-filtered", r.Category, r.Alternatives)
	}
	// MagicSpam signs its refusals with its name (its forum's post on the
	// messages it sends).
	d = diagnoseText(t, "Your message was rejected by this system and was not delivered.\nReason: Messages from your location are rejected, "+
		"bad or missing identifier (HELO). Contact your email administrator\nProtection provided by: MagicSpam 1.0.8-1.1\n")
	if r := d.Recipients[0]; r.Category != PolicyRejected || slices.Contains(r.Alternatives, ContentFiltered) {
		t.Errorf("MagicSpam's signature: got %s %v, want policy-rejected, no content-filtered", r.Category, r.Alternatives)
	}
	// In a sentence the name stays read: the appliance's own notice of a
	// message it filtered.
	d = diagnoseText(t, "Your message to: ann@example.net\nwas blocked by our Spam & Virus Firewall. The email you sent with the following subject has NOT BEEN DELIVERED:\n")
	if r := d.Recipients[0]; r.Category != ContentFiltered {
		t.Errorf("the appliance's own notice: got %s, want content-filtered", r.Category)
	}
	d = diagnoseText(t, "<ann@example.net>: host mx.example.net[192.0.2.7] said: 554 5.7.1 Service unavailable;\n"+
		"    Client host [198.51.100.9] blocked using zen.spamhaus.org (in reply to RCPT TO command)\n")
	if d.Category != Blocklisted {
		t.Errorf("a list named in the reply: got %s, want blocklisted", d.Category)
	}
}

// "Quota" is a word of its own: a quotation named in a notice (a
// subject, a record's title) says nothing about a full mailbox, while
// "Quota exceeded" and "over quota" still do.
func TestQuotationIsNoQuota(t *testing.T) {
	d := diagnoseText(t, "Delivery Failed\nQuotation S00412 - Anna Schmidt\nRecipient: Anna Schmidt <anna@example.net>\n"+
		"Failure type: Invalid email address\n")
	if d.Category == MailboxFull {
		t.Errorf("a quotation read as a full mailbox")
	}
	for _, text := range []string{"Quota exceeded\n", "550 5.2.2 over quota\n", "452 4.2.2 Mailbox quota full\n"} {
		if d := diagnoseText(t, text); d.Category != MailboxFull {
			t.Errorf("%q: got %s, want mailbox-full", text, d.Category)
		}
	}
}

func TestCategories(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Category
	}{
		{"postfix user unknown", "550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown in virtual mailbox table", MailboxNotFound},
		{"gmail no such account", "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address", MailboxNotFound},
		{"exchange recipnotfound", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", MailboxNotFound},
		{"german unknown", "550 5.1.1 Benutzer unbekannt: <anna@example.de>", MailboxNotFound},
		{"french unknown", "550 5.1.1 <jean@example.fr>: utilisateur inconnu", MailboxNotFound},
		{"spanish unknown", "550 5.1.1 El usuario no existe: usuario desconocido", MailboxNotFound},
		{"italian unknown", "550 5.1.1 <mario@example.it>: utente sconosciuto", MailboxNotFound},
		{"dutch unknown", "550 5.1.1 <jan@example.nl>: onbekende gebruiker", MailboxNotFound},
		{"japanese unknown", "550 宛先のメールアドレスは存在しません", MailboxNotFound},
		{"disabled", "550 5.2.1 The email account that you tried to reach is disabled.", MailboxUnavailable},
		{"suspended", "554 delivery error: dd This user's account has been suspended - mta1.example.com", MailboxUnavailable},
		{"german disabled", "550 Das Postfach ist deaktiviert", MailboxUnavailable},
		{"full", "552 5.2.2 <bob@example.com>: Recipient address rejected: Mailbox is full", MailboxFull},
		{"over quota", "452 4.2.2 The email account that you tried to reach is over quota", MailboxFull},
		{"german full", "552 Postfach voll: anna@example.de", MailboxFull},
		{"french full", "552 5.2.2 Boîte aux lettres pleine", MailboxFull},
		{"italian full", "552 casella piena", MailboxFull},
		{"japanese full", "552 メールボックスの容量がいっぱいです", MailboxFull},
		{"no such domain", "Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found", HostUnknown},
		{"unrouteable domain", "550 Unrouteable address; domain example.invalid has no MX", HostUnknown},
		// A remote server that refuses RCPT with "Unrouteable address" could not
		// verify an address in a domain it handles; the sending Exim's own
		// "Unrouteable address" is a domain that DNS cannot resolve.
		{"remote unrouteable", "SMTP error from remote mail server after RCPT TO:<pat@example.net>:\n    host mx1.example.net [203.0.113.61]: 550 Unrouteable address", MailboxNotFound},
		{"local unrouteable", "The following address(es) failed:\n\n  pat@example.net\n    Unrouteable address", HostUnknown},
		{"relaying denied", "554 5.7.1 <x@example.com>: Relay access denied", RelayDenied},
		{"we do not relay", "550 5.7.1 We do not relay for example.org", RelayDenied},
		{"timeout", "Connection timed out while talking to mx.example.com", ServerProblem},
		{"gave up", "retry timeout exceeded: all hosts have been failing for a long time", ServerProblem},
		{"spamhaus on 5.7.1", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", Blocklisted},
		{"no reverse dns", "450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.9]", Blocklisted},
		{"microsoft S3150", "550 5.7.1 Unfortunately, messages from [192.0.2.8] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).", Blocklisted},
		{"spam", "550 5.7.1 Message rejected as spam by Content Filtering.", ContentFiltered},
		// RFC 5321's stock text for 554 says nothing of why: the words after
		// it decide.
		// A 421 may answer any command (RFC 5321 4.2.3): at MAIL FROM it is
		// still the server closing, not a refusal of the sender.
		{"421 at MAIL FROM", "<ann@example.net>: host mx.example.net[192.0.2.9] said: 421 Service not available, closing transmission channel (in reply to MAIL FROM command)", ServerProblem},
		{"policy after the stock 554 text", "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://www.example.net/guidelines", PolicyRejected},
		// sendmail's dnsbl feature could not ask the list: the list's name
		// in the reply does not make the sender listed.
		{"a blocklist that could not be asked", "  ann@example.net\n    host mx.example.net [198.51.100.9]\n" +
			"    SMTP error from remote mail server after RCPT TO:<ann@example.net>:\n" +
			"    451 4.4.3 Temporary lookup failure of 198.51.100.77 at bl.spamcop.net\n", ServerProblem},
		// A loop, however the refusal words it, and whatever else it names
		// ("spam" in a header's name, "too many" of something).
		{"too many received headers", "Reason: 554 Too many Received: headers", ServerProblem},
		{"loop detection", "554 5.5.6 Loop detection > 10 mal X-antispameurope-disclaimer", ServerProblem},
		// Odoo 10-15: an alias that takes mail only from some senders.
		{"odoo private alias", "The following email sent to Sales <sales@example.com> cannot be accepted because this is a private email address.\n" +
			"Only allowed people can contact us at this address.", PolicyRejected},
		// Trend Micro's relay takes mail only from registered senders.
		{"trend micro no-domain", "554 5.7.1 <ann@example.org>: Recipient address rejected: NO-DOMAIN.", RelayDenied},
		{"virus", "554 5.7.0 Reject, id=12345 - VIRUS: Eicar-Test-Signature", ContentFiltered},
		{"german spam", "554 Nachricht als Spam abgelehnt", ContentFiltered},
		{"too large", "552 5.3.4 Message size exceeds fixed maximum message size", MessageTooLarge},
		{"french too large", "552 Message trop volumineux", MessageTooLarge},
		{"rate on 5.1.1", "550 5.1.1 too many recipients this hour", RateLimited},
		{"throttled", "421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.", RateLimited},
		{"dmarc", "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy", AuthenticationFailed},
		{"spf", "550 5.7.23 SPF validation failed for sender example.org", AuthenticationFailed},
		{"microsoft dmarc", "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification", AuthenticationFailed},
		{"sender rejected", "553 5.1.8 <sender@bad.example>: Sender address rejected: Domain not found", SenderRejected},
		{"tls required", "530 5.7.0 Must issue a STARTTLS command first", PolicyRejected},
		{"suppressed", "The recipient address is on the suppression list because it previously bounced", Suppressed},
		{"status code only", "Status: 5.2.2", MailboxFull},
		{"unknown at MAIL FROM", "<ann@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.0 <bob@example.org>: User unknown (in reply to MAIL FROM command)", SenderRejected},
		// The server verified the sender's address and quotes why that
		// failed: the "User unknown" is the sender's (Exim's callout, Postfix's
		// reject_unverified_sender).
		{"exim sender callout", "SMTP error from remote mail server after RCPT TO:<ann@example.com>: 550-Verification failed for <bob@example.org> 550-Called:   192.0.2.15 550-Sent:     RCPT TO:<bob@example.org> 550-Response: 550 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table 550 Sender verify failed", SenderRejected},
		{"postfix unverified sender", "<ann@example.com>: host mx.example.com[192.0.2.1] said: 450 <bob@example.org>: Sender address rejected: unverified address: host mx.example.org[192.0.2.3] said: 550 <bob@example.org>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)", SenderRejected},
		// A server may check recipients only after reading the message: "unknown
		// user" after DATA still says the address does not exist.
		{"unknown after DATA", "<ann@example.com>: host mx.example.com[192.0.2.1] said: 550 Unknown user ann@example.com (in reply to end of DATA command)", MailboxNotFound},
		{"qmail rcpthosts", "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", RelayDenied},
		{"too many messages", "552 5.2.2 user has too many messages on the server", MailboxFull},
		{"qq frequency", "550 Ip frequency limited [http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725]", RateLimited},
		{"greylisted", "450 4.2.0 <ann@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html", PolicyRejected},
		{"yahoo no account", "554 delivery error: dd This user doesn't have a yahoo.com account (ann@yahoo.com) [0] - mta1047.mail.ir2.yahoo.com", MailboxNotFound},
		{"domino", "User ann (ann@example.com) not listed in Domino Directory", MailboxNotFound},
		{"dutch full", "552 Het postvak is vol", MailboxFull},
		{"tls certificate", "Server certificate verification failed for mx.example.com", PolicyRejected},
		{"spf word", "550 5.7.1 SPF unauthorized mail is prohibited.", AuthenticationFailed},
		{"ip not permitted for the domain", "550 5.7.1 IP address 192.0.2.1 is not permitted to send mail for example.org", AuthenticationFailed},
		{"gmail security issue", "550-5.7.1 This message was blocked because its content presents a potential security issue.", ContentFiltered},
		{"icloud inactive", "550 5.1.1 <ann@icloud.com>: inactive email address", MailboxUnavailable},
		{"russian full", "552 Почтовый ящик переполнен", MailboxFull},
		{"chinese not found", "550 收件人地址不存在", MailboxNotFound},
		{"portuguese not found", "Não foi possível entregar a mensagem: 550 usuário desconhecido", MailboxNotFound},
		{"portuguese full", "Mensagem não entregue: caixa postal cheia", MailboxFull},
		{"polish not found", "Nie można dostarczyć wiadomości: adres nie istnieje", MailboxNotFound},
		{"turkish full", "İleti teslim edilemedi: posta kutusu dolu", MailboxFull},
		// The word for "sender" names a field of the notice, not a refusal
		// of the sender: with nothing else said, the reason is unknown.
		{"german notice naming the sender", "Ihre Nachricht konnte nicht zugestellt werden.\nAbsender: bob@example.org\nEmpfänger: ann@example.com", Unknown},
		{"italian notice naming the sender", "Il messaggio non è stato consegnato.\nMittente: bob@example.org\nDestinatario: ann@example.com", Unknown},
		{"korean not found", "550 받는 사람의 메일 주소가 존재하지 않습니다", MailboxNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			if d.Category != tt.want {
				t.Errorf("category = %s, want %s (rule %q)", d.Category, tt.want, ruleOf(d))
			}
		})
	}
}

func ruleOf(d *Diagnosis) string {
	if len(d.Recipients) == 0 {
		return ""
	}
	return d.Recipients[0].Rule
}

// Inputs that are not bounces must say so instead of guessing.
func TestNotBounces(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Category
	}{
		{"normal email", "From: ann@example.com\r\nTo: bob@example.org\r\nSubject: lunch\r\nDate: Mon, 1 Jan 2024 10:00:00 +0000\r\nMessage-ID: <1@example.com>\r\n\r\nShall we meet at noon? My calendar is full this week, but Friday works.\r\n", NotABounce},
		{"web page", "<!doctype html><html><head><title>Shop</title></head><body><h1>Welcome to our shop</h1><p>Great prices on everything you need, delivered to your door.</p><p>Sign up for our newsletter today and get ten percent off your first order.</p><p>Follow us on social media for the latest news.</p></body></html>", NotABounce},
		// A newsletter about bounces quotes replies, but its own header
		// offers to unsubscribe, which no delivery notice does; the same
		// words from a delivery service stay a bounce.
		{"newsletter about bounces", "From: Tips <news@example.com>\r\nTo: bob@example.org\r\nSubject: Why mail bounces\r\nList-Unsubscribe: <https://example.com/u/bob>\r\n\r\nThis week: \"550 5.1.1 User unknown\" means the address does not exist; \"452 4.2.2 Mailbox full\" is retried.\r\n", NotABounce},
		{"bounce with list header", "From: Mail Delivery System <MAILER-DAEMON@example.com>\r\nTo: bob@example.org\r\nSubject: Undelivered Mail Returned to Sender\r\nList-Unsubscribe: <https://example.com/u/bob>\r\n\r\n<ann@example.net>: host mx.example.net said: 550 5.1.1 User unknown\r\n", MailboxNotFound},
		// TMDA's challenge (templates/confirm_request.txt) says the message
		// "was not delivered", but only until the sender confirms.
		{"challenge", "From: Chris <chris@example.net>\r\nTo: bob@example.org\r\nSubject: Please confirm your message\r\n\r\nYour e-mail message with the subject of \"Offer\"\r\nwas not delivered because your address was not recognized.\r\n\r\nTo release your message for delivery, please send an empty message\r\nto the following address, or use your mailer's \"Reply\" feature.\r\n", AutoReply},
		{"binary junk", "\x00\x01\x02\xff\xfe\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", NotABounce},
		{"auto reply", "From: ann@example.com\r\nTo: bob@example.org\r\nSubject: Out of Office: lunch\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <2@example.com>\r\n\r\nI am out of the office until Monday.\r\n", AutoReply},
		{"delivered", "From: MAILER-DAEMON@mx.example.org\r\nTo: bob@example.org\r\nSubject: Successful Mail Delivery Report\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nYour message was delivered.\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; ann@example.com\r\nAction: delivered\r\nStatus: 2.0.0\r\n--b--\r\n", Delivered},
		{"complaint", "From: staff@example.net\r\nTo: abuse@example.org\r\nSubject: FW: spam\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=feedback-report; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nThis is an abuse report.\r\n--b\r\nContent-Type: message/feedback-report\r\n\r\nFeedback-Type: abuse\r\nUser-Agent: test/1.0\r\nVersion: 1\r\nOriginal-Rcpt-To: ann@example.net\r\n--b--\r\n", Complaint},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			if d.Category != tt.want {
				t.Errorf("category = %s, want %s", d.Category, tt.want)
			}
		})
	}
}

func TestEmptyAndTooLarge(t *testing.T) {
	for _, in := range []string{"", "   \r\n\t "} {
		if _, err := Diagnose([]byte(in), Options{}); !errors.Is(err, ErrEmpty) {
			t.Errorf("Diagnose(%q) error = %v, want ErrEmpty", in, err)
		}
	}
	big := make([]byte, MaxInput+1)
	for i := range big {
		big[i] = 'a'
	}
	_, err := Diagnose(big, Options{})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("error = %v, want ErrTooLarge", err)
	}
	if !strings.Contains(err.Error(), "MiB") {
		t.Errorf("error %q does not state the limit", err)
	}
}

// A delay notice is not final; a DSN's fields are all read.
func TestDelayedDSN(t *testing.T) {
	msg := "From: MAILER-DAEMON@mx.example.org\r\nTo: bob@example.org\r\nSubject: Delayed Mail (still being retried)\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host mx.example.org.\r\n\r\n" +
		"####################################################################\r\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\r\n" +
		"####################################################################\r\n\r\n<ann@example.com>: host mx.example.com[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)\r\n" +
		"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n" +
		"Final-Recipient: rfc822; ann@example.com\r\nOriginal-Recipient: rfc822; ann@example.com\r\nAction: delayed\r\nStatus: 4.2.2\r\n" +
		"Remote-MTA: dns; mx.example.com\r\nDiagnostic-Code: smtp; 452 4.2.2 Mailbox full\r\n--b\r\n" +
		"Content-Type: text/rfc822-headers\r\n\r\nFrom: bob@example.org\r\nTo: ann@example.com\r\nSubject: hello\r\nMessage-ID: <x@example.org>\r\n" +
		"DKIM-Signature: v=1; a=rsa-sha256; d=example.org; s=s1; b=abc\r\nReceived: from laptop.example.org (laptop [192.0.2.50]) by mx.example.org\r\n--b--\r\n"
	d := diagnoseText(t, msg)
	if d.Category != MailboxFull || d.Final {
		t.Errorf("category %s final %v, want mailbox-full, not final", d.Category, d.Final)
	}
	if len(d.Recipients) != 1 {
		t.Fatalf("got %d recipients, want 1 (Final- and Original-Recipient are one recipient)", len(d.Recipients))
	}
	r := d.Recipients[0]
	if len(r.Alternatives) != 0 || len(r.Reasons) == 0 {
		t.Errorf("alternatives %v, reasons %v; want none, and the reasons for mailbox-full", r.Alternatives, r.Reasons)
	}
	r.Alternatives, r.Reasons = nil, nil
	want := Recipient{Address: "ann@example.com", Category: MailboxFull, Action: ActionDelayed, Status: "4.2.2", ReplyCode: "452",
		Diagnostic: "452 4.2.2 Mailbox full", RemoteMTA: "mx.example.com", Confidence: High, Rule: r.Rule}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("recipient = %+v\nwant %+v", r, want)
	}
	if d.ReportingMTA != "mx.example.org" || d.Software != "Postfix" {
		t.Errorf("reporting %q software %q, want mx.example.org, Postfix", d.ReportingMTA, d.Software)
	}
	o := d.Original
	if o == nil || o.Subject != "hello" || o.From != "bob@example.org" || o.MessageID != "<x@example.org>" || o.DKIMDomain != "example.org" ||
		len(o.ReceivedFrom) != 1 || o.ReceivedFrom[0] != "laptop.example.org" {
		t.Errorf("original = %+v", o)
	}
}

// Several bounces pasted together, with mbox separators, give every recipient.
func TestMboxPaste(t *testing.T) {
	one := "From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nFrom: MAILER-DAEMON@a.example\nSubject: failure notice\nDate: Mon, 1 Jan 2024 00:00:00 +0000\n\n<ann@example.com>:\n550 5.1.1 user unknown\n"
	two := "From MAILER-DAEMON Mon Jan  1 00:00:01 2024\nFrom: MAILER-DAEMON@b.example\nSubject: failure notice\nDate: Mon, 1 Jan 2024 00:00:01 +0000\n\n<bob@example.org>:\n552 5.2.2 mailbox full\n"
	d := diagnoseText(t, one+two)
	var got []string
	for _, r := range d.Recipients {
		got = append(got, r.Address+"="+string(r.Category))
	}
	want := "ann@example.com=mailbox-not-found bob@example.org=mailbox-full"
	if strings.Join(got, " ") != want {
		t.Errorf("recipients = %v, want %s", got, want)
	}
}

// Blocklists are named, with what they list and where to look.
func TestBlocklists(t *testing.T) {
	d := diagnoseText(t, "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using sbl.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1")
	if len(d.Blocklists) != 1 || d.Blocklists[0].Name != "Spamhaus SBL" || d.Blocklists[0].LookupURL == "" {
		t.Errorf("blocklists = %+v, want Spamhaus SBL with a lookup page", d.Blocklists)
	}
	names := []struct{ text, want string }{
		{"550 5.7.1 Client host [192.0.2.1] blocked using Spamhaus. To request removal see https://www.spamhaus.org/query/ip/192.0.2.1", "Spamhaus"},
		{"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", "Spamhaus ZEN"},
		{"554 5.7.1 Rejected: 192.0.2.1 is listed in the Spamhaus SBL", "Spamhaus SBL"},
		{"550 5.7.1 Your IP 192.0.2.1 is listed in XBL, see https://www.spamhaus.org/query/ip/192.0.2.1", "Spamhaus XBL"},
		{"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using pbl.spamhaus.org; https://www.spamhaus.org/pbl/query/PBL1234", "Spamhaus PBL"},
		{"554 5.7.1 Rejected: the domain example.com in the message is listed on dbl.spamhaus.org", "Spamhaus DBL"},
	}
	for _, tt := range names {
		d := diagnoseText(t, tt.text)
		var got []string
		for _, b := range d.Blocklists {
			got = append(got, b.Name)
		}
		if strings.Join(got, ",") != tt.want {
			t.Errorf("blocklists of %q = %q, want %s", tt.text, got, tt.want)
		}
	}
	for _, b := range Blocklists {
		if b.Name == "" || b.LookupURL == "" || len(b.Phrases) == 0 {
			t.Errorf("blocklist entry %+v is incomplete", b)
		}
		switch b.Lists {
		case "ip", "domain", "url", "reputation":
		default:
			t.Errorf("blocklist %s lists %q", b.Name, b.Lists)
		}
	}
}

// A bounce forwarded as text: the reader's own forward line at the top is
// not the original message; the one after the report is.
func TestForwardedText(t *testing.T) {
	text := "---------- Forwarded message ---------\n" +
		"From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\nTo: <bob@example.org>\n\n" +
		"Address not found\n\nYour message wasn't delivered to ann@example.com because the address couldn't be found.\n\n" +
		"The response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n\n" +
		"---------- Forwarded message ----------\nFrom: Bob <bob@example.org>\nTo: ann@example.com\nSubject: hello\n"
	d := diagnoseText(t, text)
	if d.Category != MailboxNotFound || len(d.Recipients) != 1 || d.Recipients[0].Address != "ann@example.com" {
		t.Errorf("category %s recipients %+v, want mailbox-not-found for ann@example.com", d.Category, d.Recipients)
	}
	if d.Original == nil || d.Original.Subject != "hello" {
		t.Errorf("original = %+v, want the forwarded message's subject", d.Original)
	}
}

// TestReadReceipt reads a disposition notification (RFC 8098): displayed,
// the message arrived; deleted by a Sieve reject, it did not.
func TestReadReceipt(t *testing.T) {
	mdnFrom := func(from, disposition string) string {
		return "From: " + from + "\r\nTo: bob@example.com\r\nSubject: Read: offer\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: multipart/report; report-type=disposition-notification; boundary=\"m\"\r\n\r\n" +
			"--m\r\nContent-Type: text/plain\r\n\r\nThis is a receipt for the mail you sent to ann@example.net.\r\n\r\n" +
			"--m\r\nContent-Type: message/disposition-notification\r\n\r\nReporting-UA: example.net; Mail 1.0\r\n" +
			"Final-Recipient: rfc822;ann@example.net\r\nDisposition: " + disposition + "\r\n\r\n--m--\r\n"
	}
	mdn := func(disposition string) string { return mdnFrom("Ann <ann@example.net>", disposition) }
	d := diagnoseText(t, mdn("manual-action/MDN-sent-manually; displayed"))
	if d.Category != Delivered || len(d.Recipients) != 1 || d.Recipients[0].Address != "ann@example.net" {
		t.Errorf("displayed: got %s %+v, want delivered to ann@example.net", d.Category, d.Recipients)
	}
	// The reader's program says the message was deleted unread, or that
	// the reader will not say: it reached the mailbox all the same.
	for _, disp := range []string{"automatic-action/MDN-sent-automatically; deleted", "manual-action/MDN-sent-manually; denied"} {
		if d := diagnoseText(t, mdn(disp)); d.Category != Delivered {
			t.Errorf("%s from the reader: got %s, want delivered", disp, d.Category)
		}
	}
	// A Sieve reject (RFC 5429) is a "deleted" disposition the delivery
	// agent sends, and "failed" is no receipt at all.
	if d := diagnoseText(t, mdnFrom("Mail Delivery Subsystem <postmaster@example.net>", "automatic-action/MDN-sent-automatically; deleted")); d.Category == Delivered {
		t.Error("a deleted disposition from the delivery agent (a Sieve reject) reads as delivered")
	}
	if d := diagnoseText(t, mdn("automatic-action/MDN-sent-automatically; failed")); d.Category == Delivered {
		t.Error("a failed disposition reads as delivered")
	}
}

// Postfix wraps a long reply over many lines; the reason at its end (here a
// provider's code on the fifth line) is still read as the server's words.
func TestLongWrappedReply(t *testing.T) {
	d := diagnoseText(t, `This is the mail system at host mail.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ann@example.org>: host mx.example.org[192.0.2.80] said: 550 5.7.1
    mx01 refused. This line and the next say nothing about the cause at
    all, and nor does this one, which only pads the reply to the length
    a large provider's refusal has, before its own code and help page:
    mailbox unavailable, recipient address rejected: user unknown in
    virtual mailbox table (in reply to RCPT TO command)
`)
	r := d.Recipients[0]
	if r.Category != MailboxNotFound {
		t.Errorf("category %s, want %s (the words on the fifth line)", r.Category, MailboxNotFound)
	}
	if !strings.Contains(r.Diagnostic, "virtual mailbox table") {
		t.Errorf("diagnostic %q misses the reply's last lines", r.Diagnostic)
	}
}

// The same words mean two things: Exchange Online's directory check
// (5.4.1, the address is not in the organisation) and a Postfix access
// table's REJECT (5.7.1, a rule). A phrase that spans the address between
// the code and the words still counts.
func TestAccessDeniedBySoftware(t *testing.T) {
	for _, tt := range []struct {
		reply string
		want  Category
	}{
		{"550 5.4.1 [ann@example.org]: Recipient address rejected: Access denied. AS(201806281) [BL2NAM02FT061.eop-nam02.prod.protection.outlook.com]", MailboxNotFound},
		{"554 5.7.1 <ann@example.org>: Recipient address rejected: Access denied", PolicyRejected},
	} {
		if got := replyCategory(t, tt.reply); got != tt.want {
			t.Errorf("%.40q: %s, want %s", tt.reply, got, tt.want)
		}
	}
}

// replyCategory is the category of the one recipient of a Postfix notice
// that quotes reply at RCPT TO.
func replyCategory(t *testing.T, reply string) Category {
	t.Helper()
	d := diagnoseText(t, "This is the mail system at host mail.example.net.\n\n<ann@example.org>: host mx.example.org[192.0.2.80] said:\n    "+reply+" (in reply to RCPT TO command)\n")
	return d.Recipients[0].Category
}

// A challenge-response filter's request says what to do, not that the
// message was delivered.
func TestChallengeAdvice(t *testing.T) {
	d := diagnoseText(t, "From: BoxTrapper <lisa@example.net>\r\nTo: bob@example.org\r\nSubject: Your email requires verification verify#Ab12\r\n\r\n"+
		"The message you sent requires that you verify that you\r\nare a real live human being and not a spam source.\r\n")
	r := Read(d)
	if d.Category != AutoReply || !strings.Contains(r.Headline, "confirm") || strings.Contains(r.Info.Summary, "was delivered") {
		t.Errorf("got %s, headline %q, summary %q; want an auto-reply that asks to confirm", d.Category, r.Headline, r.Info.Summary)
	}
}

// A multi-line SMTP reply repeats its code on every line, and Postfix joins
// the lines into one: the repeats must not cut the reply's sentences apart.
func TestRepeatedReplyCodes(t *testing.T) {
	joined := "<tom@example.net>: host gmail-smtp-in.l.google.com[192.0.2.29] said:\n" +
		"    421-4.7.32 Your email has been rate limited because the From: header\n" +
		"    421-4.7.32 (RFC5322) in this message isn't aligned with either the\n" +
		"    421-4.7.32 authenticated SPF or DKIM organizational domain. 421 4.7.32\n" +
		"    41be03b00d2f7 - gsmtp (in reply to end of DATA command)\n"
	d := diagnoseText(t, joined)
	if r := d.Recipients[0]; r.Category != AuthenticationFailed || r.Status != "4.7.32" {
		t.Errorf("joined reply: got %s %q, want authentication-failed 4.7.32", r.Category, r.Status)
	}
	if got := blankRepeatedCodes("said: 550-5.1.1 the email account 550-5.1.1 does not exist. 550 5.1.1 x"); got !=
		"said: 550-5.1.1 the email account           does not exist.           x" {
		t.Errorf("blankRepeatedCodes = %q", got)
	}
	// Two recipients' replies each keep their first code.
	two := "said: 550-5.1.1 a 550 5.1.1 b\nsaid: 550-5.1.1 c 550 5.1.1 d\n"
	if got := blankRepeatedCodes(two); got != "said: 550-5.1.1 a           b\nsaid: 550-5.1.1 c           d\n" {
		t.Errorf("two replies: blankRepeatedCodes = %q", got)
	}
	// Exim's main log writes the reply's line breaks as a backslash and an
	// n; Gmail's PTR sentence is read across them. A backslash in a path
	// is left alone.
	if got := blankRepeatedCodes(blankEscapedBreaks(`a\n451-4.7.23 PTR record C:\new`)); got != `a  451-4.7.23 PTR record C:\new` {
		t.Errorf("escaped break: blankEscapedBreaks = %q", got)
	}
	eximLog := "2025-06-20 08:15:33 1uSb7x-000Abc-9Q == ann@example.com R=dnslookup T=remote_smtp defer (-44) " +
		"H=gmail-smtp-in.l.google.com [198.51.100.27]: SMTP error from remote mail server after RCPT TO:<ann@example.com>: " +
		`451-4.7.23 [203.0.113.77] The sending IP address for this message doesn't have a\n451-4.7.23 PTR record, ` +
		`or the PTR record's forward DNS entry doesn't match\n451-4.7.23 the sending IP address. To protect users ` +
		`from spam, your email has\n451-4.7.23 been temporarily rate limited.` + "\n"
	if r := diagnoseText(t, eximLog).Recipients[0]; r.Category != Blocklisted {
		t.Errorf("Exim log line: got %s (rule %s), want blocklisted", r.Category, r.Rule)
	}
}

// A Japanese notice's subject comes MIME-encoded (RFC 2047, ISO-2022-JP): it
// is read decoded, for the notice's own markers and for who wrote it.
func TestEncodedSubject(t *testing.T) {
	msg := func(subject, body string) string {
		return "From: tanaka@example.jp\r\nTo: bob@example.com\r\nSubject: " + subject + "\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
	}
	// 「自動返信: お見積りの件」
	d := diagnoseText(t, msg("=?iso-2022-jp?b?GyRCPCtGMEpWPy4bKEI6IBskQiQqOCtAUSRqJE43bxsoQg==?=", "ありがとうございます。\r\n"))
	if d.Category != AutoReply {
		t.Errorf("encoded auto-reply subject: got %s, want auto-reply", d.Category)
	}
	// 「[QuickML] エラー: hello」
	d = diagnoseText(t, msg("=?iso-2022-jp?b?W1F1aWNrTUxdIBskQiUoJWkhPBsoQjogaGVsbG8=?=",
		"あなたは <ml@example.jp> メーリングリストのメンバーではありません。\r\n"))
	if d.Software != "QuickML" || d.Category != PolicyRejected {
		t.Errorf("encoded QuickML subject: got %s by %q, want policy-rejected by QuickML", d.Category, d.Software)
	}
}

// A DMARC aggregate or SMTP TLS report is about a domain's mail as a whole:
// its words of failed checks are statistics, not a refusal. A bounce of
// such a report stays a bounce.
func TestMailReports(t *testing.T) {
	tests := []struct {
		name, text string
		want       Category
	}{
		{"opendmarc-reports", "From: noreply-dmarc@example.org\r\nTo: rua@example.com\r\nSubject: Report Domain: example.com Submitter: example.org Report-ID: example.com-1700000000@example.org\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"report_section\"\r\n\r\n--report_section\r\nContent-Type: text/plain;\r\n\r\n" +
			"This is a DMARC aggregate report for example.com\r\ngenerated at Thu Nov 16 23:59:59 2023\r\n\r\n--report_section--\r\n", NotABounce},
		{"pasted summary", "This is a DMARC aggregate report for example.com\n\n12 records.\n10 passed.\n2 failed.\n", NotABounce},
		{"too big notice", "This is a 'too big' DMARC notice. The aggregate report was NOT delivered.\n\nReport-Domain: example.com\nSubmitter: example.org\n", NotABounce},
		{"tls report header", "From: tlsrpt@mail.sender.example\r\nTo: tlsrpt@example.net\r\nSubject: TLS report\r\nTLS-Report-Domain: example.net\r\nTLS-Report-Submitter: mail.sender.example\r\n\r\n" +
			"This is an aggregate TLS report from mail.sender.example\r\n", NotABounce},
		{"bounce of a report", "From: MAILER-DAEMON@example.org\r\nTo: noreply-dmarc@example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n\r\n" +
			"This is the mail system at host example.org.\r\n\r\n<rua@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <rua@example.com>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)\r\n\r\n" +
			"Subject: Report Domain: example.com Submitter: example.org Report-ID: 1\r\n\r\nThis is a DMARC aggregate report for example.com\r\n", MailboxNotFound},
		// Mail gateways send their quarantine digests from the postmaster
		// address (Proxmox Mail Gateway's spamreport templates).
		{"quarantine digest from postmaster", "From: postmaster@example.net\r\nTo: karl@example.net\r\nSubject: Daily Spam Report for 'karl@example.net' - 30.11.2026\r\n\r\n" +
			"promo@example.org  Last chance: 70% off  Whitelist Blacklist Deliver Delete\r\n\r\nPlease use the web interface to manage your spam quarantine.\r\n", NotABounce},
		{"postmaster's bounce of a report", "From: postmaster@example.org\r\nTo: noreply-dmarc@example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n\r\n" +
			"This is the mail system at host example.org.\r\n\r\n<rua@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <rua@example.com>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)\r\n\r\n" +
			"Subject: Report Domain: example.com Submitter: example.org Report-ID: 1\r\n\r\nThis is a DMARC aggregate report for example.com\r\n", MailboxNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			if d.Category != tt.want {
				t.Fatalf("category = %s, want %s (rule %q)", d.Category, tt.want, ruleOf(d))
			}
			if tt.want == NotABounce && (ruleOf(d) != reportRule || !strings.Contains(Read(d).Headline, "report")) {
				t.Errorf("rule %q, headline %q; want an automatic report", ruleOf(d), Read(d).Headline)
			}
		})
	}
}

// An authentication-failure report (RFC 6591) has a spam complaint's shape
// and category (the corpus labels it so), but its page must not say that
// someone marked the message as spam.
func TestAuthFailureReport(t *testing.T) {
	arf := func(kind string) string {
		return "From: dmarc@example.net\r\nTo: ruf@example.com\r\nSubject: report\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: multipart/report; report-type=feedback-report; boundary=\"b\"\r\n\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\nA report.\r\n" +
			"--b\r\nContent-Type: message/feedback-report\r\n\r\nFeedback-Type: " + kind + "\r\nUser-Agent: x/1\r\nVersion: 1\r\n" +
			"Original-Rcpt-To: ann@example.net\r\nAuth-Failure: dmarc\r\n--b--\r\n"
	}
	d := diagnoseText(t, arf("auth-failure"))
	r := Read(d)
	if d.Category != Complaint || !strings.Contains(r.Headline, "failed authentication") || strings.Contains(r.Info.Summary, "spam") {
		t.Errorf("auth-failure: got %s, headline %q, summary %q", d.Category, r.Headline, r.Info.Summary)
	}
	if r := Read(diagnoseText(t, arf("abuse"))); !strings.Contains(r.Headline, "spam") {
		t.Errorf("abuse: headline %q, want a spam complaint's", r.Headline)
	}
}

// The message Apple Mail sends when its reader presses Unsubscribe is
// feedback about delivered mail, as a complaint is, but its page must say
// that the reader asked to leave the list (not that anybody called the mail
// spam) and name the reader's address, the one to take off the list. The
// body's words alone (a paste) say so with less certainty than the header.
func TestUnsubscribeRequest(t *testing.T) {
	body := "Apple Mail sent this email to unsubscribe from the message \u201cSpring offers\u201d.\r\n"
	mail := "From: ann@icloud.com\r\nTo: unsub-42@lists.example.com\r\nSubject: unsubscribe\r\n" +
		"X-Apple-Unsubscribe: true\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
	for _, tt := range []struct {
		name, text, addr string
		conf             Confidence
	}{
		{"message", mail, "ann@icloud.com", High},
		{"pasted body", body, "", Medium},
	} {
		d := diagnoseText(t, tt.text)
		r := Read(d)
		if d.Category != Complaint || ruleOf(d) != unsubscribeRule || d.Confidence != tt.conf {
			t.Errorf("%s: got %s %s, rule %q; want complaint %s, an unsubscribe request", tt.name, d.Category, d.Confidence, ruleOf(d), tt.conf)
			continue
		}
		if !strings.Contains(r.Headline, "unsubscribe") || strings.Contains(r.Headline+r.Info.Summary, "spam") {
			t.Errorf("%s: headline %q, summary %q; want an unsubscribe request's", tt.name, r.Headline, r.Info.Summary)
		}
		if got := d.Recipients[0].Address; got != tt.addr {
			t.Errorf("%s: address %q, want %q", tt.name, got, tt.addr)
		}
	}
}

// fail2ban writes to the abuse contact of an attacking address, with the
// log lines of the refusals it saw: no message of the reader's failed, and
// the lookup service it names is no blocklist that holds mail back. A
// bounce of such a report is still a bounce.
func TestAbuseReport(t *testing.T) {
	report := "From: fail2ban@gw.example.org\r\nTo: abuse@example.net\r\nSubject: abuse report about 198.51.100.7\r\n" +
		"Content-Type: text/plain\r\n\r\nDear Sir/Madam,\r\n\r\n" +
		"We have detected abuse from the IP address 198.51.100.7, which according to abusix.com is on your network. " +
		"We would appreciate if you would investigate and take action as appropriate.\r\n\r\n" +
		"Log lines are given below, but please ask if you require any further information.\r\n\r\n" +
		"Jun 19 14:40:02 gw postfix/smtpd[812]: NOQUEUE: reject: RCPT from unknown[198.51.100.7]: 554 5.7.1 <x@example.org>: Relay access denied\r\n"
	d := diagnoseText(t, report)
	if d.Category != NotABounce || ruleOf(d) != abuseRule || len(d.Blocklists) != 0 {
		t.Errorf("report: got %s, rule %q, blocklists %v; want not-a-bounce, an abuse report, no blocklist", d.Category, ruleOf(d), d.Blocklists)
	}
	if r := Read(d); !strings.Contains(r.Info.Title, "abuse") {
		t.Errorf("report: title %q, want an abuse report's", r.Info.Title)
	}
	bounce := "This is the mail system at host gw.example.org.\n\n" +
		"I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n" +
		"<abuse@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <abuse@example.net>:\n    Recipient address rejected: User unknown in local recipient table\n\n" +
		"Dear Sir/Madam,\n\nWe have detected abuse from the IP address 198.51.100.7, which according to abusix.com is on your network.\n"
	if d := diagnoseText(t, bounce); d.Category != MailboxNotFound {
		t.Errorf("bounce of a report: got %s, want mailbox-not-found", d.Category)
	}
}

// A pasted bounce of an unsubscribe request or of a spam complaint quotes
// the returned message below its own words, and Postfix wraps the reply
// after its code ("said: 550" / "5.1.1 ..."): the bounce decides, not the
// words it returns.
func TestBounceOfFeedback(t *testing.T) {
	notice := "This is the mail system at host smtp.example.com.\n\n" +
		"I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n" +
		"<unsub-7@list.example.org>: host mx.list.example.org[192.0.2.9] said: 550\n" +
		"    5.1.1 <unsub-7@list.example.org>: Recipient address rejected: User\n" +
		"    unknown in virtual mailbox table (in reply to RCPT TO command)\n\n"
	for _, returned := range []string{
		"From: ann@example.com\nTo: unsub-7@list.example.org\n\nApple Mail sent this email to unsubscribe from the message \"News\".\n",
		"From: 1234@reports.spamcop.net\nTo: unsub-7@list.example.org\n\n- SpamCop V1.3.3 -\nThis message is brief for your comfort. Please follow links for details.\n",
	} {
		d := diagnoseText(t, notice+returned)
		if d.Category != MailboxNotFound || len(d.Recipients) != 1 || d.Recipients[0].Address != "unsub-7@list.example.org" {
			t.Errorf("%.40q: got %s (%d recipients), want mailbox-not-found for unsub-7@list.example.org", returned, d.Category, len(d.Recipients))
		}
	}
}

// MailScanner signs the mail it finds clean, bounces among them, with a
// note that it scanned "for viruses and dangerous content": the note is no
// failure, and its "virus" is no reason beside a bounce's own.
func TestScannedCleanNote(t *testing.T) {
	note := "-- \nThis message has been scanned for viruses and\ndangerous content by MailScanner, and is\nbelieved to be clean.\n"
	for _, text := range []string{note,
		"-- \nEste mensaje ha sido analizado por MailScanner\nen busca de virus y otros contenidos peligrosos,\ny se considera que está limpio.\n"} {
		if d := diagnoseText(t, text); d.Category != NotABounce {
			t.Errorf("%.40q: got %s, want not-a-bounce", text, d.Category)
		}
	}
	bounce := "This is the mail system at host mail.example.net.\n\n<ann@example.org>: host mx.example.org[192.0.2.8] said: " +
		"550 Requested action not taken: mailbox unavailable (in reply to RCPT TO command)\n\n" + note
	r := diagnoseText(t, bounce).Recipients[0]
	if r.Category != MailboxNotFound || slices.Contains(r.Alternatives, ContentFiltered) {
		t.Errorf("signed bounce: got %s, alternatives %v; want mailbox-not-found, not content-filtered", r.Category, r.Alternatives)
	}
}

// A generic word in the path of a web address is a page's name, not the
// server's reason: every NetEase reply links help_spam_16.htm, whatever it
// refused. A host name still says who runs the page.
func TestWordsInAddresses(t *testing.T) {
	for _, tt := range []struct {
		reply string
		want  Category
	}{
		{"450 MI:CEL 163 mx21,_____wCmsB4QCmtnrKoGBg--.9127S0 1764821520,please see http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.44&hostid=mx21&time=1764821520", PolicyRejected},
		{"553 http://www.spamhaus.org/query/bl?ip=192.0.2.222", Blocklisted},
		{"554 Rejected as spam, see https://mail.example.org/help/rejected.html", ContentFiltered},
	} {
		if got := replyCategory(t, tt.reply); got != tt.want {
			t.Errorf("%.40q: %s, want %s", tt.reply, got, tt.want)
		}
	}
}

// Recipients named together on one line share the reason that follows the
// line: the first of them must not be left with the line alone.
func TestRecipientsOnOneLine(t *testing.T) {
	d := diagnoseText(t, "From: postmaster@example.net\r\nTo: nina@example.com\r\nSubject: Virus detected\r\n\r\n"+
		"Our virus scanner reacted to a message you sent:\r\n  To: ann@example.net, bob@example.net\r\n  Subject: Order\r\n\r\n"+
		"Infected attachments were not delivered to the recipient.\r\nThe scanner said: orders.exe was infected: Trojan.Generic\r\n")
	checkEveryRecipient(t, d, 2, ContentFiltered)
}

// checkEveryRecipient checks that d has n recipients, each of category want.
func checkEveryRecipient(t *testing.T, d *Diagnosis, n int, want Category) {
	t.Helper()
	if len(d.Recipients) != n {
		t.Fatalf("%d recipients, want %d", len(d.Recipients), n)
	}
	for _, r := range d.Recipients {
		if r.Category != want {
			t.Errorf("%s: %s, want %s", r.Address, r.Category, want)
		}
	}
}

// TestEachRecipientsReplyOnOneLine: when one line gives several recipients
// each a reply of its own (Python's dict of refused recipients, a report
// pasted with its lines joined), each recipient is read from its own part;
// an address quoted inside a reply cuts nothing.
func TestEachRecipientsReplyOnOneLine(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []Category
	}{
		{"smtplib's dict", "smtplib.SMTPRecipientsRefused: {'ann@example.net': (550, b'5.1.1 <ann@example.net>: Recipient address rejected: User unknown in local recipient table'), " +
			"'bob@example.org': (554, b'5.7.1 <bob@example.org>: Relay access denied')}\n",
			[]Category{MailboxNotFound, RelayDenied}},
		{"joined Postfix notice", "This is the mail system at host mx.example.com. I'm sorry to have to inform you that your message could not be delivered to one or more recipients. " +
			"<ann@example.net>: host mx.example.net[192.0.2.1] said: 552 5.2.2 <ann@example.net>: Mailbox full (in reply to RCPT TO command) " +
			"<bob@example.org>: host mx.example.org[192.0.2.2] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)\n",
			[]Category{MailboxFull, MailboxNotFound}},
		{"one reason for both", "Delivery failed for ann@example.net, bob@example.org: 552 5.2.2 Mailbox full\n",
			[]Category{MailboxFull, MailboxFull}},
		// One recipient's domain inside the other's ("example.net" in
		// "shop-example.net") does not make the second one's line the
		// first one's.
		{"nested domains", "Could not deliver message to the following recipient(s):\n\nFailed Recipient: ann@example.net\nReason: The domain size limit has been exceeded\n\n" +
			"Failed Recipient: bob@shop-example.net\nReason: Failed to connect to the recipients mail server. No MX records were found for the 'shop-example.net' domain.\n",
			[]Category{MailboxFull, HostUnknown}},
	} {
		d := diagnoseText(t, tt.text)
		var got []Category
		for _, r := range d.Recipients {
			got = append(got, r.Category)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestSendmailSummaryOfAMailFromRefusal: Sendmail's summary line for each
// recipient ("(reason: 553 x does not exist)") repeats the reply its
// transcript shows right after ">>> MAIL From:", so the domain that does not
// exist is the sender's, for every recipient, not only the one whose
// server's exchange comes last.
func TestSendmailSummaryOfAMailFromRefusal(t *testing.T) {
	d := diagnoseText(t, "The original message was received at Mon, 30 Nov 2026 11:10:10 +0900\nfrom localhost [127.0.0.1]\n\n"+
		"   ----- The following addresses had permanent fatal errors -----\n"+
		"<ann@mail.example.net>\n    (reason: 553 web01.example.com does not exist)\n"+
		"<bob@example.org>\n    (reason: 553 web01.example.com does not exist)\n\n"+
		"   ----- Transcript of session follows -----\n"+
		"... while talking to mx.mail.example.net.:\n>>> MAIL From:<apache@web01.example.com> SIZE=1204\n"+
		"<<< 553 web01.example.com does not exist\n554 5.0.0 Service unavailable\n"+
		"... while talking to mx.example.org.:\n>>> MAIL From:<apache@web01.example.com> SIZE=1204\n"+
		"<<< 553 web01.example.com does not exist\n554 5.0.0 Service unavailable\n")
	checkEveryRecipient(t, d, 2, SenderRejected)
}

// TestSenderVerificationNamesTheSender: the address in Exim's "Verification
// failed for <x>" is the sender's, and so is the callout's "Sent: RCPT
// TO:<x>" after it; pasted without the notice around it, the reply still has
// one recipient, refused because of its sender.
func TestSenderVerificationNamesTheSender(t *testing.T) {
	d := diagnoseText(t, "SMTP error from remote mail server after RCPT TO:<ann@example.com>:\n"+
		"550-Verification failed for <bob@example.org>\n550-Called:   192.0.2.15\n"+
		"550-Sent:     RCPT TO:<bob@example.org>\n"+
		"550-Response: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n"+
		"550 Sender verify failed\n")
	if len(d.Recipients) != 1 || d.Recipients[0].Address != "ann@example.com" {
		t.Fatalf("recipients %+v, want ann@example.com alone", d.Recipients)
	}
	if got := d.Recipients[0].Category; got != SenderRejected {
		t.Errorf("category %s, want %s", got, SenderRejected)
	}
}

// A refusal at the end of DATA that gives only a generic reason ("550
// Message rejected", the words rspamd's OpenSMTPD filter sends for its
// reject action) may be a filter's verdict on the content: the answer
// stays a best guess and names content-filtered as an alternative. The
// same words at RCPT TO, a temporary refusal after DATA, and a refusal that
// gives no reason at all get no such hint.
func TestRefusedAfterDataHintsAtFilters(t *testing.T) {
	reply := func(code, stage string) string {
		return "<ann@example.net>: host mx.example.net[192.0.2.7] said: " + code +
			" Message rejected (in reply to " + stage + " command)\n"
	}
	hinted := func(d *Diagnosis) bool { return slices.Contains(d.Recipients[0].Alternatives, ContentFiltered) }
	d := diagnoseText(t, reply("550", "end of DATA"))
	if r := d.Recipients[0]; r.Confidence != Low || r.Category == ContentFiltered || !hinted(d) {
		t.Errorf("after DATA: got %s %s %v, want a low best guess with content-filtered as an alternative", r.Category, r.Confidence, r.Alternatives)
	}
	for _, text := range []string{reply("550", "RCPT TO"), reply("451", "end of DATA"),
		"<ann@example.net>: host mx.example.net[192.0.2.7] said: 550 (in reply to end of DATA command)\n"} {
		if d := diagnoseText(t, text); hinted(d) || d.Recipients[0].Category == ContentFiltered {
			t.Errorf("%q: got %s %v, want no content-filtered hint", text, d.Recipients[0].Category, d.Recipients[0].Alternatives)
		}
	}
}

// TestQueueListing reads the mail queue as Postfix's and sendmail's mailq
// print it: the reason a message waits stands above the recipients it
// holds for, and everything listed is still being tried. Before
// queueListing, the first recipient of a listing took the reason printed
// below it, the next one's.
func TestQueueListing(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []Category
	}{
		{"postfix", "-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n" +
			"D41E7A0F3B2*   96214 Mon Nov 30 06:00:03  news@example.com\n" +
			"(host gmail-smtp-in.l.google.com[192.0.2.27] said: 452-4.2.2 The email account that you tried to reach is over quota. " +
			"452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp - gsmtp (in reply to RCPT TO command))\n" +
			"                                         ann@gmail.com\n" +
			"(delivery temporarily suspended: connect to mail.example.org[198.51.100.90]:25: Connection refused)\n" +
			"                                         bob@example.org\n\n-- 93 Kbytes in 1 Request.\n",
			[]Category{MailboxFull, ServerProblem}},
		{"sendmail", "                /var/spool/mqueue (1 request)\n" +
			"-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------\n" +
			"5AU7fQ1p018302     1893 Mon Nov 30 07:15 <cron@example.com>\n" +
			"                 (host map: lookup (example.net): deferred)\n" +
			"                                         <sysadmin@example.net>\n                Total requests: 1\n",
			[]Category{ServerProblem}},
	} {
		d := diagnoseText(t, c.in)
		var got []Category
		for _, r := range d.Recipients {
			got = append(got, r.Category)
		}
		if !slices.Equal(got, c.want) || d.Final {
			t.Errorf("%s: recipients %v, final %v; want %v, still being tried", c.name, got, d.Final, c.want)
		}
	}
}

// TestAcceptedRecipient reads a report with no fields that gives one
// recipient its server's 250 (Postfix's "sendmail -bv" report, a log, an
// SMTP session) as delivered, beside the one that failed; a version
// number that reads like a status code ("2.6.4") does not count.
func TestAcceptedRecipient(t *testing.T) {
	d := diagnoseText(t, "This is the mail system at host relay1.example.com.\n\n"+
		"Enclosed is the mail delivery report that you requested.\n\n                   The mail system\n\n"+
		"<noc@example.net>: delivery via mx.example.net[192.0.2.25]:25: 250 2.1.5 Ok\n"+
		"<bob@example.org>: host mx.example.org[192.0.2.3] said: 550 5.1.1 <bob@example.org>: Recipient address "+
		"rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)\n")
	if len(d.Recipients) != 2 || d.Recipients[0].Category != Delivered || d.Recipients[1].Category != MailboxNotFound ||
		d.Category != MailboxNotFound {
		t.Errorf("category %s, recipients %+v; want noc delivered, bob mailbox-not-found", d.Category, d.Recipients)
	}
	d = diagnoseText(t, "Sending failed with Balsa 2.6.4 for ann@example.org: see the log.\n")
	for _, r := range d.Recipients {
		if r.Category == Delivered {
			t.Errorf("%s read as delivered from a version number", r.Address)
		}
	}
}

// TestCommandLineSender keeps the sender an administrator's command line
// names above a test (swaks's --from and --auth-user, Send-MailMessage's
// -From) out of the recipients: before, each was a second failed
// recipient beside the real one.
func TestCommandLineSender(t *testing.T) {
	for _, in := range []string{
		"$ swaks --to dispatch@example.net --from alerts@example.com --auth-user alerts@example.com --server mx.example.net\n" +
			"=== Trying mx.example.net:25...\n*** Error connecting to mx.example.net:25:\n*** \tIO::Socket::INET: connect: Connection refused\n",
		"PS C:\\> Send-MailMessage -SmtpServer smtp.example.net -Port 587 -From reports@example.com -To dispatch@example.net -Subject \"Daily\"\n" +
			"Send-MailMessage : Unable to connect to the remote server\n",
		// The message tracing cmdlets' filters on the sender.
		"PS C:\\> Get-MessageTrackingLog -Sender reports@example.com -EventId FAIL | fl Recipients,RecipientStatus\n" +
			"Recipients      : {dispatch@example.net}\nRecipientStatus : {[{LED=550 5.1.1 User unknown}]}\n",
		"PS C:\\> Get-MessageTrace -SenderAddress reports@example.com | Get-MessageTraceDetail | fl RecipientAddress,Detail\n" +
			"RecipientAddress : dispatch@example.net\nDetail           : Reason: [{LED=550 5.1.1 User unknown}]\n",
	} {
		d := diagnoseText(t, in)
		if len(d.Recipients) != 1 || d.Recipients[0].Address != "dispatch@example.net" {
			t.Errorf("recipients %+v; want dispatch@example.net alone", d.Recipients)
		}
	}
	// Exchange Online's SendAsDenied names the login that may not send
	// as the From: neither is a recipient, and the recipient accepted at
	// RCPT TO failed at the end of DATA.
	d := diagnoseText(t, " ~> RCPT TO:<vendor@example.net>\n<~  250 2.1.5 Recipient OK\n ~> DATA\n<~  354 Start mail input\n ~> .\n"+
		"<~  554 5.2.252 SendAsDenied; scanner@example.com not allowed to send as ceo@example.com; "+
		"STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied\n")
	if len(d.Recipients) != 1 || d.Recipients[0].Address != "vendor@example.net" || d.Recipients[0].Category != SenderRejected {
		t.Errorf("recipients %+v; want vendor@example.net alone, sender-rejected", d.Recipients)
	}
	// HestiaCP's refusal names the sending account over its limit, a
	// blocklist's reply the address to send questions to, Mail.ru's spam
	// refusal its abuse desk, and EarthLink's the address to write to.
	for _, in := range []string{
		"Delivery to the following recipient failed permanently:\n\n     vendor@example.net\n\nTechnical details of permanent failure:\n" +
			"PERM_FAILURE: SMTP Error (state 8): 550 550 Dynamic/zombied/spam IPs blocked. Write blockedbyearthlink@abuse.example.net\n",
		"A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n" +
			"  vendor@example.net\n    host mxs.mail.ru [203.0.113.31]\n    SMTP error from remote mail server after end of data:\n" +
			"    550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=Ak1f or report details to abuse@corp.mail.ru. Error code: FD5F4D02.\n",
		"2026-03-14 17:28:38 H=(server-mta) [203.0.113.69] F=<noreply@example.com> A=dovecot_login:smtpout@example.com " +
			"rejected RCPT <vendor@example.net>: Email account smtpout@example.com is sending too many emails - rate overlimit = 83.6 / 1h\n",
		"Sending of the message failed.\nAn error occurred while sending mail. The mail server responded: your host [203.0.113.47] " +
			"is blacklisted by sbl.example.org. Send your questions to blacklist-admin@example.org. Please check the message " +
			"recipient \"vendor@example.net\" and try again.\n",
		"The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail address was " +
			"'vendor@example.net'. Subject 'Quote', Account: 'sales@example.com', Server: 'smtp.example.com', Protocol: SMTP, " +
			"Server Response: '550 5.7.1 <vendor@example.net>: Relay access denied', Port: 25, Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79\n",
	} {
		if d := diagnoseText(t, in); len(d.Recipients) != 1 || d.Recipients[0].Address != "vendor@example.net" {
			t.Errorf("recipients %+v; want vendor@example.net alone", d.Recipients)
		}
	}
}

// TestDeliveryLogIsDelivered: a mail server's log of a delivery that went
// through, pasted with "why did she not get it?", says the next server
// took the message: delivered, not "no bounce". A hop to a content filter
// on the same host logs "sent" too, and says nothing of delivery.
func TestDeliveryLogIsDelivered(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       Category
	}{
		{"postfix to another server", "Why does the user say she never got it?\n\nApr  2 14:02:19 mx2 postfix/smtp[4410]: 9A0B1C2D3E: " +
			"to=<sales@example.org>, relay=mx.example.org[192.0.2.55]:25, delay=0.91, delays=0.1/0/0.33/0.48, dsn=2.0.0, " +
			"status=sent (250 2.0.0 Ok: queued as 7C3D11E02A)\nApr  2 14:02:19 mx2 postfix/qmgr[1187]: 9A0B1C2D3E: removed\n", Delivered},
		{"exim", "2024-03-16 17:45:30 1rlB8Q-0001Zt-Nv <= news@example.com H=app.example.com [192.0.2.20] P=esmtpsa S=18234\n" +
			"2024-03-16 17:45:31 1rlB8Q-0001Zt-Nv => sales@example.org R=dnslookup T=remote_smtp H=mx.example.org [198.51.100.9] " +
			"C=\"250 2.0.0 Ok: queued as 4Vx1Q20Zr3z9t\"\n2024-03-16 17:45:31 1rlB8Q-0001Zt-Nv Completed\n", Delivered},
		{"postfix to a content filter", "Apr  2 14:02:19 mx2 postfix/smtp[4410]: 9A0B1C2D3E: to=<sales@example.org>, " +
			"relay=127.0.0.1[127.0.0.1]:10024, delay=0.91, dsn=2.0.0, status=sent (250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): " +
			"250 2.0.0 Ok: queued as 7C3D11E02A)\n", NotABounce},
	} {
		d := diagnoseText(t, tt.text)
		if d.Category != tt.want || tt.want == Delivered && (len(d.Recipients) != 1 || d.Recipients[0].Address != "sales@example.org") {
			t.Errorf("%s: got %s %+v, want %s for sales@example.org", tt.name, d.Category, d.Recipients, tt.want)
		}
	}
}

// TestEximDeliveryLog reads Exim's message log (exim -Mvl) as Exim writes
// it: "=>" names a recipient delivered, with the server's reply in C=, and
// "**" one that failed. The cipher's key length in X= ("...SHA384:256")
// is no reply code: before, it stood in for the 250, and the delivered
// line without a message id was not read at all.
func TestEximDeliveryLog(t *testing.T) {
	d := diagnoseText(t, "2026-11-30 10:40:17 Received from office@example.com H=(laptop) [198.51.100.33] P=esmtpsa S=10422 id=0b1a2c3d@example.com\n"+
		"2026-11-30 10:40:19 => ann@example.org R=dnslookup T=remote_smtp H=mx.example.org [203.0.113.70] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 OK id=1tGz7M-0004aB-2x\"\n"+
		"2026-11-30 10:40:19 ** bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [203.0.113.70] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: "+
		"SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550 Administrative prohibition\n2026-11-30 10:40:19 Completed\n")
	if len(d.Recipients) != 2 || d.Recipients[0].Category != Delivered || d.Recipients[0].ReplyCode != "250" ||
		d.Recipients[1].Category != PolicyRejected || d.Recipients[1].ReplyCode != "550" {
		t.Errorf("recipients %+v; want ann delivered (250), bob policy-rejected (550)", d.Recipients)
	}
	// A failure with no code: only the "**" flag and Exim's words for
	// giving up say it failed. Before, a log longer than one short reply
	// read as no bounce.
	d = diagnoseText(t, "# exim -Mvl 1tCk2e-0007uV-Lm\n"+
		"2026-11-26 14:03:11 Received from invoices@example.com U=www-data P=local S=41876 id=inv-88412@example.com\n"+
		"2026-11-26 14:03:11 H=mx.example.net [192.0.2.99] Connection refused\n"+
		"2026-11-26 14:03:11 == ap@example.net R=dnslookup T=remote_smtp defer (111): Connection refused\n"+
		"2026-11-27 02:18:40 H=mx.example.net [192.0.2.99] Connection refused\n"+
		"2026-11-27 02:18:40 == ap@example.net R=dnslookup T=remote_smtp defer (111): Connection refused\n"+
		"2026-11-30 14:05:02 ** ap@example.net: retry timeout exceeded\n"+
		"2026-11-30 14:05:02 1tHb0T-000AaC-5k <= <> R=1tCk2e-0007uV-Lm U=Debian-exim P=local S=43112\n2026-11-30 14:05:02 Completed\n")
	if len(d.Recipients) != 1 || d.Recipients[0].Address != "ap@example.net" || d.Category == NotABounce {
		t.Errorf("category %s, recipients %+v; want a failure for ap@example.net", d.Category, d.Recipients)
	}
}

// A text that names no recipient is all the recipient's evidence: strong
// words of two categories in it ("User unknown" and "Mailbox full" in a
// pasted list of reasons, or in a notice about several addresses that lost
// them) are doubt, never a sure answer.
func TestUnnamedRecipientWithTwoReasons(t *testing.T) {
	d := diagnoseText(t, "Words to look for in a returned message:\n\nHost not found\nbad address syntax\n该用户不存在\n收件人空间不足\n550 Mailbox not found;\n")
	if len(d.Recipients) != 1 || d.Recipients[0].Confidence == High {
		t.Errorf("got %+v, want one recipient at less than high confidence", d.Recipients)
	}
}

// A line that opens with an address and says why it failed outweighs the
// notice's success sentence: OpenSMTPD headed failures with its
// B_DELIVERED wording for a while (its issue 687).
func TestFailedLineUnderSuccessSentence(t *testing.T) {
	for _, line := range []string{"ann@example.com: Envelope expired", "ann@example.com: Network error on destination MXs"} {
		text := "    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.\n\n" +
			"    Your message was successfully delivered to these recipients.\n\n" + line + "\n\n    Below is a copy of the original message:\n"
		if d := diagnoseText(t, text); d.Category == Delivered || len(d.Recipients) != 1 || d.Recipients[0].Address != "ann@example.com" {
			t.Errorf("%q: got %s %+v, want a failure for ann@example.com", line, d.Category, d.Recipients)
		}
	}
	// Copied from a page that hides addresses, the line opens with the
	// page's placeholder.
	hidden := "    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.\n\n" +
		"    Your message was successfully delivered to these recipients.\n\n[email\u00a0protected]: Envelope expired\n\n" +
		"    Below is a copy of the original message:\n"
	if d := diagnoseText(t, hidden); d.Category == Delivered || d.Category == NotABounce {
		t.Errorf("hidden address: got %s, want a failure", d.Category)
	}
}

// A person who writes where they are ("on holiday") above the refusal
// they pasted is asking about a bounce, not sending an automatic reply:
// the words of the first engine's list weigh less than a server's reason.
func TestAwayWordsAboveARefusal(t *testing.T) {
	d := diagnoseText(t, "On holiday using the hotel wifi, every email I send from my laptop\ncomes back with: Recipient not authorised\n")
	if d.Category != RelayDenied {
		t.Errorf("got %s, want relay-denied", d.Category)
	}
}

// A notice copied from a mail program's view of its HTML table keeps a tab
// between a field's name and its value ("Sender Address:<tab>x", as a
// browser copies Microsoft 365's "Original Message Details"): the address
// after "Sender Address:" is the sender's, whatever the space.
func TestSenderFieldAfterATab(t *testing.T) {
	text := "Your message to all-staff@example.org couldn't be delivered.\n\n" +
		"The group all-staff isn't set up to receive messages from events@example.net.\n\n" +
		"Original Message Details\n\nSender Address:\tevents@example.net\n\nRecipient Address:\tall-staff@example.org\n\n" +
		"Error Details\n\nReported error: 550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group " +
		"member or external senders aren't permitted to send to this group.\n"
	d := diagnoseText(t, text)
	if len(d.Recipients) != 1 || d.Recipients[0].Address != "all-staff@example.org" || d.Recipients[0].Category != PolicyRejected {
		t.Errorf("got %+v, want all-staff@example.org alone, policy-rejected", d.Recipients)
	}
}

// Sending services that keep a stop list say so in their own words, and
// the address is then not tried at all (suppressed): Selectel's relay in
// the SMTP dialog, NAVER Cloud Outbound Mailer in its result code, a form
// builder's bounce list (Jotform) and unsubscribe list (Formfacade).
func TestStopListWords(t *testing.T) {
	for _, text := range []string{
		"SMTP error from our relay for ann@example.org:\n\n550 bounced check filter\n",
		"Delivery result for ann@example.org: SEND_BLOCK_ADDRESS\n",
		"The form builder shows this next to ann@example.org:\n\n  Your address in bounce list\n",
		"Order confirmation didn't go to ann@example.org, Additional details says\n\n  Email: User unsubscribed\n",
	} {
		d := diagnoseText(t, text)
		if d.Category != Suppressed {
			t.Errorf("%.40q: got %s, want suppressed", text, d.Category)
		}
	}
}

// Rows from round 33's misses, each from the page that prints the words: a
// host's warning that the owner's own mailbox fills up is no bounce
// (NIFCLOUD's sample), a gateway's "Could not send mail for past 2.5
// hours" is a delay (MailGates), and Gmail's "Illegal envelope To:
// address" refuses an address written against RFC 5321.
func TestRound33Rows(t *testing.T) {
	if d := diagnoseText(t, "Subject: Warning: Mailbox usage status notification\n\nThe mailbox exceeded the 60 percent.\nPlease delete unnecessary mails.\n"); d.Category.IsFailure() {
		t.Errorf("a mailbox usage warning: got %s, want no failure", d.Category)
	}
	if d := diagnoseText(t, "Subject: Warning--Could not send mail for past 2.5 hours\n\nTo: partner@example.org\n"); d.Final {
		t.Errorf("MailGates' warning: got final, want still retried")
	}
	gmail := "Delivery to the following recipient failed permanently:\n\n     mika.@example.jp\n\n" +
		"Technical details of permanent failure:\nInternal parse error: Illegal envelope To: address (not valid RFC5321 syntax)\n"
	if d := diagnoseText(t, gmail); d.Category != MailboxNotFound {
		t.Errorf("Gmail's illegal envelope To: got %s, want mailbox-not-found", d.Category)
	}
}

// TestNodeSocketErrors: Haraka's log line for a message put back in its
// queue (outbound.js, "Temp failing <file> for <n> seconds: <error>") says
// the delivery is still tried, and Node.js's socket errors that it and
// Nodemailer pass on ("connect ECONNREFUSED", "connect ETIMEDOUT", the
// Node.js documentation's common system errors) say why: the server could
// not be reached.
func TestNodeSocketErrors(t *testing.T) {
	d := diagnoseText(t, "[INFO] [-] [outbound] Temp failing 6E1F7A2C-3B4D.1.1 for 320 seconds: connect ECONNREFUSED 192.0.2.201:25\n")
	if d.Category != ServerProblem || d.Final {
		t.Errorf("haraka's temp fail: got %s, final %v; want server-problem, still tried", d.Category, d.Final)
	}
	for _, text := range []string{
		"Error: connect ECONNREFUSED 192.0.2.1:587\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\n",
		"Error: connect ETIMEDOUT 192.0.2.1:25\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\n",
	} {
		if d := diagnoseText(t, text); d.Category != ServerProblem {
			t.Errorf("%q: got %s, want server-problem", text, d.Category)
		}
	}
}
