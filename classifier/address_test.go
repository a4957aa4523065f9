package classifier

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// Sendmail's log names each delivery's controlling address ("ctladdr=",
// the local sender or the alias that expanded to the recipient) beside the
// recipient: it is no recipient of its own.
func TestSendmailLogControllingAddress(t *testing.T) {
	d := diagnoseText(t, "Nov  3 16:50:07 gw sm-mta[17950]: 3A3GnxD3017948: to=<sara@nosuch.example>, ctladdr=<m@example.com> (1002/1002), delay=00:00:00, mailer=esmtp, dsn=5.1.2, stat=Host unknown (Name server: nosuch.example: host not found)\n")
	if got := recipientAddresses(d); got != "sara@nosuch.example" {
		t.Errorf("recipients %q, want only sara@nosuch.example", got)
	}
}

// The failed address named in the visible text of common notices, with no
// report fields around it.
func TestAddressInVisibleText(t *testing.T) {
	tests := []struct {
		name, text, address string
	}{
		{"gmail wasn't delivered", "Address not found\n\nYour message wasn't delivered to ann@example.com because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n", "ann@example.com"},
		{"gmail couldn't be delivered, contact", "Message not delivered\n\nYour message couldn't be delivered to ann@example.com because the recipient's inbox is full. Please try resending your message later, or contact the recipient directly.\n\nThe response from the remote server was:\n\n452 4.2.2 The recipient's inbox is out of storage space.\n", "ann@example.com"},
		{"gmail failed permanently", "Delivery to the following recipient failed permanently:\n\n     ann@example.com\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain example.com by mx.example.com. [192.0.2.1].\n\nThe error that the other server returned was:\n550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown\n", "ann@example.com"},
		{"outlook couldn't be delivered", "Your message to ann@example.com couldn't be delivered.\nann wasn't found at example.com.\n\nbob  Office 365  ann\nAction Required  Recipient\n\nUnknown To address\n", "ann@example.com"},
		{"the refused sender alone", "553 5.7.1 <bob@example.org>: Sender address rejected: not owned by user bob@example.org", ""},
		{"the refused sender after the recipient", "<ann@example.com>: host mx.example.com[192.0.2.1] said: 553 5.7.1 <bob@example.org>: Sender address rejected: Access denied (in reply to RCPT TO command)", "ann@example.com"},
		{"msmtp's log line names the sender and the login by field", "host=smtp.example.com tls=on auth=on user=bob@example.org from=bob@example.org recipients=ann@example.com smtpstatus=550 smtpmsg='550 5.1.1 User unknown' errormsg='recipient address ann@example.com not accepted by the server' exitcode=EX_NOUSER", "ann@example.com"},
		{"msmtp's refused envelope sender", "msmtp: envelope from address bob@example.org not accepted by the server\nmsmtp: server message: 553 5.7.1 Sender rejected\nmsmtp: could not send mail (account default from /etc/msmtprc)\n", ""},
		{"nullmailer-send's log names the sender first", "nullmailer[812]: From: <bob@example.org> to: <ann@example.com>\nnullmailer[813]: smtp: Failed: 550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown\nnullmailer[812]: Sending failed: Permanent error in sending the message\n", "ann@example.com"},
		{"contact the postmaster is not the recipient", "Delivery has failed to these recipients or groups:\n\nann@example.com\nThe mailbox is full. For help, contact postmaster@example.org.\n", "ann@example.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			if len(d.Recipients) == 0 {
				t.Fatal("no recipients")
			}
			if got := d.Recipients[0].Address; got != tt.address {
				t.Errorf("address = %q, want %q", got, tt.address)
			}
		})
	}
}

// Addresses with an internationalised local part or domain (RFC 6531) are
// recipients like any other, and ASCII addresses read as before.
func TestFindAddresses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"ascii in brackets", "550 5.1.1 <ann@example.com>: User unknown", []string{"ann@example.com"}},
		{"ascii with odd local part", "to o'brien+tag=x@mail.example.co.uk, then", []string{"o'brien+tag=x@mail.example.co.uk"}},
		{"ascii two on a line", "ann@example.com and bob@example.org", []string{"ann@example.com", "bob@example.org"}},
		{"a log field name is not part of the local part", "from=ann@example.com recipients=bob@example.org,carl@example.net", []string{"ann@example.com", "bob@example.org", "carl@example.net"}},
		{"ascii needs a dot in the domain", "root@localhost said no", nil},
		{"latin domain", "550 5.1.1 <ann@bücher.example>: User unknown", []string{"ann@bücher.example"}},
		{"latin local part", "josé.müller@example.de", []string{"josé.müller@example.de"}},
		{"cyrillic", "550 5.1.1 <пример@почта.рф>: User unknown", []string{"пример@почта.рф"}},
		{"chinese", "550 5.1.1 <用户@例子.广告>: User unknown", []string{"用户@例子.广告"}},
		{"japanese label with a latin tld", "宛先: たなか@お名前.com", []string{"たなか@お名前.com"}},
		{"hindi with marks", "उपयोगकर्ता@उदाहरण.भारत", []string{"उपयोगकर्ता@उदाहरण.भारत"}},
		{"japanese text against the address", "宛先user@example.comへのメール", []string{"user@example.com"}},
		{"russian text against the domain", "адрес ann@example.comне найден", []string{"ann@example.com"}},
		{"no address left after trimming", "例子@exampleへ.com", nil},
		{"ideographic full stop ends it", "ann@example.com。", []string{"ann@example.com"}},
		{"an '@' in a web address is none", "550 5.7.1 SPF: see http://www.openspf.org/why.html?sender=ann@example.org&ip=192.0.2.1 for bob@example.net",
			[]string{"bob@example.net"}},
		{"nor is one after a link's ';'", "550 5.7.23 <dave@example.net>: SPF fail. Please see http://www.openspf.net/Why?s=helo;id=mail.example.com;ip=203.0.113.25;r=dave@example.net",
			[]string{"dave@example.net"}},
		{"a ';' outside a link ends a list", "ann@example.org;bob@example.net", []string{"ann@example.org", "bob@example.net"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := allAddresses(tt.text)
			if strings.Join(got, " ") != strings.Join(tt.want, " ") || len(got) != len(tt.want) {
				t.Errorf("allAddresses(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// An internationalised recipient is named in a pasted line, in a
// delivery-status report (raw UTF-8 or RFC 6533's \x{..} escapes).
func TestInternationalRecipient(t *testing.T) {
	dsn := func(finalRecipient string) string {
		return "From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n" +
			"Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n" +
			"--B\nContent-Type: text/plain\n\nThis is the mail system at host mx.example.org.\n\n" +
			"--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n" +
			"Final-Recipient: " + finalRecipient + "\nAction: failed\nStatus: 5.1.1\n" +
			"Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--B--\n"
	}
	tests := []struct {
		name, text, address string
	}{
		{"postfix line, latin domain", "550 5.1.1 <ann@bücher.example>: Recipient address rejected: User unknown", "ann@bücher.example"},
		{"postfix line, cyrillic", "550 5.1.1 <пример@почта.рф>: Recipient address rejected: User unknown", "пример@почта.рф"},
		{"postfix line, chinese", "550 5.1.1 <用户@例子.广告>: Recipient address rejected: User unknown", "用户@例子.广告"},
		{"gmail visible text", "Address not found\n\nYour message wasn't delivered to ann@bücher.example because the address couldn't be found.\n\n550 5.1.1 The email account that you tried to reach does not exist.\n", "ann@bücher.example"},
		{"dsn rfc822", dsn("rfc822; ann@bücher.example"), "ann@bücher.example"},
		{"dsn utf-8", dsn("utf-8; пример@почта.рф"), "пример@почта.рф"},
		{"dsn utf-8 escaped", dsn(`utf-8; ann@b\x{FC}cher.example`), "ann@bücher.example"},
		{"dsn utf-8 escaped cjk", dsn(`utf-8; \x{7528}\x{6237}@\x{4F8B}\x{5B50}.\x{5E7F}\x{544A}`), "用户@例子.广告"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			if len(d.Recipients) == 0 {
				t.Fatal("no recipients")
			}
			r := d.Recipients[0]
			if r.Address != tt.address {
				t.Errorf("address = %q, want %q", r.Address, tt.address)
			}
			if r.Category != MailboxNotFound {
				t.Errorf("category = %q, want %q", r.Category, MailboxNotFound)
			}
		})
	}
}

func TestDecodeUnitext(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ann@example.com", "ann@example.com"},
		{`ann@b\x{FC}cher.example`, "ann@bücher.example"},
		{`\x{43F}@x.example`, "п@x.example"},
		{`bad\x{}@x`, `bad\x{}@x`},
		{`bad\x{zz}@x`, `bad\x{zz}@x`},
		{`bad\x{110000}@x`, `bad\x{110000}@x`},
		{`open\x{FC`, `open\x{FC`},
	}
	for _, tt := range tests {
		if got := decodeUnitext(tt.in); got != tt.want {
			t.Errorf("decodeUnitext(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzFindAddresses checks that every address found lies inside the text,
// holds an '@' and, for valid UTF-8 input, is valid UTF-8 itself, and that
// the scan finds what the regular expression it replaced finds.
func FuzzFindAddresses(f *testing.F) {
	for _, s := range []string{"ann@example.com", "<ann@bücher.example>", "宛先user@example.comへ", "例子@exampleへ.com", "a@b.c\xff@d.e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, loc := range findAddresses(s) {
			if loc[0] < 0 || loc[1] > len(s) || loc[0] >= loc[1] {
				t.Fatalf("findAddresses(%q): bad offsets %v", s, loc)
			}
			a := s[loc[0]:loc[1]]
			if !strings.Contains(a, "@") {
				t.Errorf("findAddresses(%q) found %q, want an '@' in it", s, a)
			}
			if utf8.ValidString(s) && !utf8.ValidString(a) {
				t.Errorf("findAddresses(%q) found %q, not valid UTF-8", s, a)
			}
		}
		if got, want := findAddresses(s), regexpAddresses(s); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Errorf("findAddresses(%q) = %v, the pattern finds %v", s, got, want)
		}
	})
}

// addressPattern is what findAddresses finds, as a regular expression: the
// reference its hand-written scan is checked against.
var addressPattern = regexp.MustCompile(`[\p{L}\p{N}\p{M}._%+\-=!#$&'*/?^{|}~]+@[\p{L}\p{N}\p{M}\-]+(?:\.[\p{L}\p{N}\p{M}\-]+)+`)

func regexpAddresses(s string) [][]int {
	var out [][]int
	for _, loc := range addressPattern.FindAllStringIndex(s, -1) {
		// An address in single quotes (Python's dict of refused
		// recipients, a reply quoting it) starts after the quote.
		if loc[1] < len(s) && s[loc[1]] == '\'' {
			if strings.HasPrefix(s[loc[0]:], "{'") && s[loc[0]+2] != '@' {
				loc[0]++
			}
			if s[loc[0]] == '\'' && s[loc[0]+1] != '@' {
				loc[0]++
			}
		}
		if i, j, ok := trimScripts(s, loc[0], loc[1]); ok {
			out = append(out, []int{i, j})
		}
	}
	return out
}

// TestFindAddressesAgreesWithPattern checks the address scan against the
// regular expression it replaces, on every text the corpus gives and on
// awkward strings.
func TestFindAddressesAgreesWithPattern(t *testing.T) {
	texts := []string{
		"", "@", "a@", "@b.c", "a@b", "a@b.", "a@b.c", "a@b.c.", "a@b..c", "x@y@z.com", "a@b.c@d.e",
		"<ann@example.org>, bob@example.net; cat@example.com.", "ann..bob@ex-ample.org-", "宛先user@example.comへの",
		"用户@例子.广告", "ann@bücher.example", "\xff@a.b", "a\xff@b.c", "a@b\xff.c", "a@b.\xffc", "= =?@x.y", "a@-.-",
		"mailto:ann@example.org?subject=x", "कुमार@डाटामेल.भारत", "ann@exa mple.org", "a@b.c\u0301d",
	}
	for _, m := range corpusMessages(t) {
		texts = append(texts, string(m))
	}
	for _, s := range texts {
		if got, want := findAddresses(s), regexpAddresses(s); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Errorf("findAddresses(%.60q) = %v, the pattern finds %v", s, got, want)
		}
	}
}

// Mail programs and libraries list the recipients a server refused in
// their own ways: several addresses on one line of their own (SOGo's
// "recipients discarded:"), or "address: reason" after the program's words
// on the same line (PHPMailer's "The following recipients failed:"). Each
// listed address is a recipient, with its own reason.
func TestRecipientsListedByPrograms(t *testing.T) {
	d := diagnoseText(t, "cannot send message (smtp) - recipients discarded:\nbob@example.com, carol@example.org\n")
	if got := recipientAddresses(d); got != "bob@example.com carol@example.org" {
		t.Errorf("an address list: recipients %q", got)
	}
	d = diagnoseText(t, "Message could not be sent. Mailer Error: SMTP Error: The following recipients failed: bob@example.com: "+
		"<bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table\ndave@example.net: <dave@example.net>: Relay access denied\n")
	if got := recipientAddresses(d); got != "bob@example.com dave@example.net" {
		t.Fatalf("PHPMailer's list: recipients %q", got)
	}
	if d.Recipients[0].Category != MailboxNotFound || d.Recipients[1].Category != RelayDenied {
		t.Errorf("PHPMailer's list: categories %s, %s; want each its own reason", d.Recipients[0].Category, d.Recipients[1].Category)
	}
	// "To: a@x, b@y" is a header, and a sentence naming an address before a
	// colon ("write to help@example.com: we answer") no list.
	d = diagnoseText(t, "550 5.1.1 <ann@example.net>: Recipient address rejected: User unknown\nQuestions? Write to help@example.com: we answer within a day.\n")
	if got := recipientAddresses(d); got != "ann@example.net" {
		t.Errorf("a help address in prose: recipients %q", got)
	}
}

// A PEC notice (Italy's certified mail, Regole tecniche PEC) names its own
// message id after "Identificativo messaggio:" and, in its fixed text, the
// sender after "proveniente da": pasted without a header, neither address
// is a recipient.
func TestPECAddressesThatAreNoRecipient(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
		cat              Category // "": not checked
	}{
		{"message id", "Errore nell’accettazione del messaggio\nIl giorno 16/11/2018 alle ore 17:20:41 (+0100) nel messaggio\n" +
			"\"Prova\" proveniente da \"ann@pec.example.it\"\ned indirizzato a:\nbob@example.it\n" +
			"è stato rilevato un problema che ne impedisce l’accettazione\na causa di destinatario non valido.\n" +
			"Il messaggio non è stato accettato.\nIdentificativo messaggio: opec210312.20181116.1.1@pec.example.it\n", "bob@example.it", ""},
		{"sender", "Errore nella consegna del messaggio\nIl giorno 17/10/2026 alle ore 10:05:40 (+0200) nel messaggio\n" +
			"\"Preventivo\" proveniente da \"ann@pec.example.it\"\ned indirizzato a \"bob@pec.example.org\"\n" +
			"è stato rilevato un problema che ne impedisce la consegna\na causa di 5.1.1 - indirizzo non valido.\n" +
			"Il messaggio non è stato consegnato.\n", "bob@pec.example.org", MailboxNotFound},
	} {
		d := diagnoseText(t, c.text)
		if got := recipientAddresses(d); got != c.want || c.cat != "" && d.Category != c.cat {
			t.Errorf("a PEC notice (%s): recipients %q, %s; want %s %s", c.name, got, d.Category, c.want, c.cat)
		}
	}
}

func recipientAddresses(d *Diagnosis) string {
	var out []string
	for _, r := range d.Recipients {
		out = append(out, r.Address)
	}
	return strings.Join(out, " ")
}

// PowerShell prints a collection in braces: Exchange's message tracking log
// ("Recipients : {ann@example.com}") names the recipient, not
// "{ann@example.com", and the same address on the command line above it is
// the same recipient.
func TestBracedAddressIsTheAddress(t *testing.T) {
	d := diagnoseText(t, "[PS] C:\\>Get-MessageTrackingLog -Recipients ann@example.com -EventId FAIL | Format-List\n\n"+
		"EventId         : FAIL\nSource          : ROUTING\nSender          : bob@example.org\n"+
		"Recipients      : {ann@example.com}\n"+
		"RecipientStatus : {[{LRT=};{LED=550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup};{FQDN=};{IP=}]}\n")
	if got := recipientAddresses(d); got != "ann@example.com" || d.Category != MailboxNotFound || d.Recipients[0].Status != "5.1.10" {
		t.Errorf("a tracking log line: recipients %q, %s %q; want ann@example.com, mailbox-not-found 5.1.10", got, d.Category, d.Recipients[0].Status)
	}
}

// checkOneAddress checks that findAddresses finds one address in text, want.
func checkOneAddress(t *testing.T, text, want string) {
	t.Helper()
	var got []string
	for _, m := range findAddresses(text) {
		got = append(got, text[m[0]:m[1]])
	}
	if len(got) != 1 || got[0] != want {
		t.Errorf("%q: addresses %q, want %q", text, got, want)
	}
}

// Python's smtplib prints the refused recipients as a dict and the refused
// sender in a tuple, each address in quotes: the braces and quotes are no
// part of the address. A local part that merely starts with a quote keeps it.
func TestQuotedAddressIsTheAddress(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"smtplib.SMTPRecipientsRefused: {'ann@example.com': (550, b'5.1.1 User unknown')}", "ann@example.com"},
		{"smtplib.SMTPSenderRefused: (553, b'5.7.1 Sender address rejected', 'ann@example.com')", "ann@example.com"},
		{"Mail to 'ops@example.com bounced.", "'ops@example.com"},
	} {
		checkOneAddress(t, c.text, c.want)
	}
}

// TestEmphasizedAddressIsTheAddress: the text of a Markdown mail keeps the
// marks of a bold or italic address; they are no part of it. A local part
// that merely holds '*' or '_' keeps them.
func TestEmphasizedAddressIsTheAddress(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"We attempted to deliver a message to **ann@example.com** but it failed.", "ann@example.com"},
		{"The recipient *ann@example.com* refused it.", "ann@example.com"},
		{"The recipient __ann@example.com__ refused it.", "ann@example.com"},
		{"Mail to _ops_@example.com bounced.", "_ops_@example.com"},
		{"Mail to *ops@example.com bounced.", "*ops@example.com"},
	} {
		checkOneAddress(t, c.text, c.want)
	}
}

// A refusal may name the sender ("not allowed to send mail as x", rmilter's
// SPF reply) or carry an address inside a help link ("why.html?sender=x",
// smf-spf's); neither is a failed recipient.
func TestSenderAndLinksInRepliesAreNoRecipients(t *testing.T) {
	in := "This message was created automatically by mail delivery software.\n\n" +
		"A message that you sent could not be delivered to one or more of its\n" +
		"recipients. This is a permanent error. The following address(es) failed:\n\n" +
		"  bob@example.net\n    host mx.example.net [192.0.2.1]\n" +
		"    SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n" +
		"    550 5.7.1 SPF policy violation. Host 192.0.2.7 is not allowed to send mail as ann@example.org.\n" +
		"  carl@example.net\n    host mx.example.net [192.0.2.1]\n" +
		"    SMTP error from remote mail server after RCPT TO:<carl@example.net>:\n" +
		"    550 5.7.1 Rejected, look at http://www.openspf.org/why.html?sender=ann@example.org&ip=192.0.2.7\n"
	d := diagnoseText(t, in)
	if got := recipientAddresses(d); got != "bob@example.net carl@example.net" {
		t.Errorf("recipients %q, want bob@example.net and carl@example.net", got)
	}
}

// TestSenderFieldIsNoRecipient: a notice's summary of the returned message
// names its sender in the reader's language ("送信者:", "Von:",
// "发件人地址："); that address is the sender's, and the recipient is the one
// the notice refused, even when the sender's line comes first.
func TestSenderFieldIsNoRecipient(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"japanese", "送信者: yamada@example.jp\n宛先: tanaka@example.co.jp\n件名: 見積もり\n\n" +
			"上記のメッセージは配信できませんでした。\n550 5.1.1 User unknown\n", "tanaka@example.co.jp"},
		{"chinese, full-width colon", "发件人地址：li.na@example.com\n收件人：wang.lei@example.cn\n\n" +
			"550 5.1.1 Recipient address rejected: User unknown\n", "wang.lei@example.cn"},
		{"german", "Von: Anna Berg <anna@example.org>\nAn: info@example.net\nBetreff: Angebot\n\n" +
			"Die Nachricht konnte nicht zugestellt werden: 550 5.1.1 mailbox unavailable\n", "info@example.net"},
	} {
		if got := recipientAddresses(diagnoseText(t, c.in)); got != c.want {
			t.Errorf("%s: recipients %q, want only %s", c.name, got, c.want)
		}
	}
}

// TestPostfixSenderRestrictionNamesNoRecipient: Postfix's sender checks
// name the sender ("<x>: Sender address rejected") and, for a login
// mismatch, the login ("not owned by user y"); neither is the recipient
// the mail program names.
func TestPostfixSenderRestrictionNamesNoRecipient(t *testing.T) {
	d := diagnoseText(t, "Send Message Error\n\nAn error occurred while sending mail. The mail server responded:\n"+
		"553 5.7.1 <alice@example.org>: Sender address rejected: not owned by user bob@example.org.\n"+
		"Please check the message recipient \"carol@example.com\" and try again.\n")
	if len(d.Recipients) != 1 || d.Recipients[0].Address != "carol@example.com" {
		t.Errorf("got %+v", d.Recipients)
	}
	// Postfix's own notice, its reply wrapped before the login.
	d = diagnoseText(t, "<office@example.com>: host smtp.example.com[192.0.2.10] said: 553 5.7.1\n"+
		"    <visitor@example.net>: Sender address rejected: not owned by user\n"+
		"    www@example.com (in reply to RCPT TO command)\n")
	if len(d.Recipients) != 1 || d.Recipients[0].Address != "office@example.com" {
		t.Errorf("wrapped: got %+v", d.Recipients)
	}
}

// TestSenderSideOnly: when a notice names only addresses of the sender's
// side, one entry stands for the message (a send error naming the sender
// and its login), and an address of them that opens a line of its own
// with a reason is the failed one (a list's hold notice to the member
// whose address bounced).
func TestSenderSideOnly(t *testing.T) {
	d := diagnoseText(t, `SMTP Error (553): Failed to set sender "lars@example.com" (5.7.1 <lars@example.com>: Sender address rejected: not owned by user ana@example.org).`)
	if len(d.Recipients) != 1 || d.Recipients[0].Address != "lars@example.com" {
		t.Errorf("send error: got %+v", d.Recipients)
	}
	d = diagnoseText(t, "From: \"ListManager\" <lyris@lists.example.org>\nTo: kgreen@example.net\n"+
		"Subject: Your membership to vendors-announce has been held\n\n"+
		"Your membership can be restored by sending the command \"unhold\" to lyris@lists.example.org\n\n"+
		"The most recent error message we received from your email system was:\n\n"+
		"  kgreen@example.net\n    SMTP error from remote mail server after RCPT TO:<kgreen@example.net>:\n"+
		"    host mx.example.net [192.0.2.82]: 550 No such user\n")
	if len(d.Recipients) != 1 || d.Recipients[0].Address != "kgreen@example.net" || d.Recipients[0].Category != MailboxNotFound {
		t.Errorf("hold notice: got %+v", d.Recipients)
	}
}
