package classifier

import (
	"strings"
	"testing"
)

// The evidence a page highlights is the server's reply line that decided,
// where a person first reads it, with the phrase, the code and a named
// blocklist inside it.
func TestEvidenceIsTheReplyLine(t *testing.T) {
	m365 := "From: postmaster@contoso.example\r\nTo: news@lakeside.example\r\nSubject: Undeliverable: Spring\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nDelivery has failed to these recipients or groups:\r\n\r\nann@contoso.example\r\n" +
		"Your message couldn't be delivered. The receiving server refused it.\r\n\r\nDiagnostic information for administrators:\r\n\r\n" +
		"Generating server: AM7PR02MB1234.eurprd02.prod.outlook.com\r\n\r\nann@contoso.example\r\n" +
		"Remote server returned '550 5.7.1 Service unavailable, Client host [203.0.113.88] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.88 (AS3130).'\r\n\r\n" +
		"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns;AM7PR02MB1234.eurprd02.prod.outlook.com\r\n\r\n" +
		"Final-Recipient: rfc822;ann@contoso.example\r\nAction: failed\r\nStatus: 5.7.1\r\n" +
		"Diagnostic-Code: smtp;550 5.7.1 Service unavailable, Client host [203.0.113.88] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.88 (AS3130).\r\n--b--\r\n"
	postfix := "This is the mail system at host mail.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n" +
		"<ann@example.com>: host mx1.example.com[198.51.100.17]\n    said: 550 5.1.1 <ann@example.com>: Recipient address\n    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n    command)\n\n" +
		"Final-Recipient: rfc822; ann@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <ann@example.com>: Recipient\n    address rejected: User unknown in virtual mailbox table\n"
	gmail := "Message not delivered\n\nYour message couldn't be delivered to ann@gmail.com because the recipient's inbox is full.\n\nThe response from the remote server was:\n\n" +
		"452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp\n"
	tests := []struct {
		name, text string
		starts     []string // each passage's first words, in order
		contain    []string // words the first passage holds
	}{
		{"microsoft 365 spamhaus", m365, []string{"Remote server returned '550 5.7.1"}, []string{"blocked using", "5.7.1", "Spamhaus"}},
		{"postfix wrapped reply", postfix, []string{"<ann@example.com>: host"}, []string{"User unknown", "5.1.1", "550"}},
		{"gmail sentence and reply", gmail, []string{"Your message couldn't", "452 4.2.2 The recipient's"}, []string{"inbox is full"}},
		{"one reply", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", []string{"554 5.7.1"}, []string{"zen.spamhaus.org"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			if len(d.Evidence) != len(tt.starts) {
				t.Fatalf("got %d passages %q, want %d", len(d.Evidence), evidenceTexts(d), len(tt.starts))
			}
			for i, want := range tt.starts {
				if !strings.HasPrefix(d.Evidence[i].Text, want) {
					t.Errorf("passage %d = %q, want it to start with %q", i, d.Evidence[i].Text, want)
				}
			}
			for _, w := range tt.contain {
				if !strings.Contains(d.Evidence[0].Text, w) {
					t.Errorf("passage %q does not hold %q", d.Evidence[0].Text, w)
				}
			}
		})
	}
}

func evidenceTexts(d *Diagnosis) []string {
	var out []string
	for _, e := range d.Evidence {
		out = append(out, e.Text)
	}
	return out
}

// indexFold must agree with a plain case-folded search.
func TestIndexFold(t *testing.T) {
	texts := []string{"", "a", "Hello World", "xxSMTP error from REMOTE", "550 5.1.1 User Unknown user unknown", "ÄÖÜ straße Spamhaus", "aaaaaaaaab"}
	subs := []string{"a", "world", "smtp", "Remote", "user unknown", "5.1.1", "spamhaus", "straße", "aab", "zz", "Ü s"}
	for _, s := range texts {
		for _, sub := range subs {
			want := strings.Index(strings.ToLower(s), strings.ToLower(sub))
			if got := indexFold(s, sub); got != want {
				t.Errorf("indexFold(%q, %q) = %d, want %d", s, sub, got, want)
			}
		}
	}
}

// The reason shown beside a highlighted passage fits it: only loop wording
// says the message went round in a loop.
func TestEvidenceWhyLoop(t *testing.T) {
	tests := []struct {
		name, text string
		loop       bool
	}{
		{"postfix deferral", "Delivery temporarily suspended: connect to mx.example.com[192.0.2.1]:25: Connection refused", false},
		{"gmail could not connect", "Delivery to the following recipient has been delayed:\n\n     ann@example.com\n\nThe recipient server did not accept our requests to connect.\n", false},
		{"greylisting", "ann@example.com: greylisted, please come back later", false},
		{"too many hops", "554 5.4.6 Too many hops 26 (25 max): from <bob@example.org> to <ann@example.com>", true},
		{"mail loop", "ann@example.com: mail forwarding loop for ann@example.com", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			loop := false
			for _, e := range d.Evidence {
				loop = loop || strings.Contains(e.Why, "loop")
			}
			if loop != tt.loop {
				t.Errorf("evidence mentions a loop = %v, want %v; evidence: %+v", loop, tt.loop, d.Evidence)
			}
		})
	}
}

// The reason beside a refusal's highlighted words says what is listed: a
// domain when every list the bounce names lists domains or links, the
// sending server otherwise.
func TestEvidenceWhyNamesWhatIsListed(t *testing.T) {
	tests := []struct {
		name, text string
		domain     bool
	}{
		{"a domain list", "<ann@example.org>: host mx.example.org[192.0.2.1] said: 554 5.7.1 Service unavailable; " +
			"Sender address [bob@example.net] blocked using dbl.spamhaus.org (in reply to RCPT TO command)", true},
		{"a server list", "<ann@example.org>: host mx.example.org[192.0.2.1] said: 554 5.7.1 Service unavailable; " +
			"Client host [203.0.113.9] blocked using zen.spamhaus.org (in reply to RCPT TO command)", false},
		{"both kinds", "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using " +
			"zen.spamhaus.org; and the message's links are listed on dbl.spamhaus.org", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			if d.Category != Blocklisted {
				t.Fatalf("category %s, want blocklisted", d.Category)
			}
			server, domain := 0, 0
			for _, e := range d.Evidence {
				if strings.Contains(e.Why, "sending server is on a blocklist") {
					server++
				}
				if strings.Contains(e.Why, domainListTitle) {
					domain++
				}
			}
			if tt.domain && (domain == 0 || server > 0) || !tt.domain && (server == 0 || domain > 0) {
				t.Errorf("reasons name a domain %d times and the server %d times, want the %s only; evidence: %+v",
					domain, server, map[bool]string{true: "domain", false: "server"}[tt.domain], d.Evidence)
			}
		})
	}
}

// oneLine and indexLoose read words without making a list of them; they
// must answer as strings.Fields would.
func TestOneLineAndIndexLooseReadWordsAsFields(t *testing.T) {
	texts := []string{"", " ", "550 5.1.1 user unknown", " 550  5.1.1\tuser\nunknown ", "a", "a ", " a", "über  Größe",
		"mailbox\u00a0full", "one\r\ntwo", "x\u2003y", "\t"}
	for _, s := range texts {
		if got, want := oneLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
	hay := "Remote host said: 550 5.1.1\n   <ann@example.com>: Recipient address rejected: User unknown in virtual mailbox table"
	for _, c := range []struct {
		key  string
		want int
	}{
		{"550 5.1.1 <ann@example.com>: recipient", 18},
		{"  user   unknown in virt", strings.Index(hay, "User unknown")},
		{"user unknown nowhere", -1},
		{"   ", -1},
	} {
		if got := indexLoose(hay, c.key); got != c.want {
			t.Errorf("indexLoose(%q) = %d, want %d", c.key, got, c.want)
		}
	}
}
