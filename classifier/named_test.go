package classifier

import (
	"fmt"
	"os"
	"testing"
)

func TestNamedIn(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want string
	}{
		{"Microsoft, Spamhaus", readExample(t, "microsoft-spamhaus.eml"),
			"ips [203.0.113.88] listed [] sender lakeside-bakery.example help [{https://www.spamhaus.org/query/ip/203.0.113.88 Spamhaus}]"},
		{"Yahoo TSS04", noticeFile(t, "yahoo/tss04-deferred.txt"),
			"ips [203.0.113.31] listed [] sender  help [{https://postmaster.yahooinc.com/error-codes Yahoo}]"},
		{"QQ frequency limited", "<ann@qq.example>: host mx3.qq.example[198.51.100.9] said: 550 Ip frequency limited [http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725] (in reply to RCPT TO command)",
			"ips [] listed [] sender  help [{http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725 QQ Mail}]"},
		// Postfix's "host ...[IP] said:" names the receiving server: not the listed one.
		{"Postfix names the receiving server", "<bob@good.example>: host mx1.good.example[198.51.100.7] said: 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.9 (in reply to RCPT TO command)",
			"ips [203.0.113.9] listed [] sender  help [{https://www.spamhaus.org/query/ip/203.0.113.9 Spamhaus}]"},
		{"listed domain", "550 5.7.1 <bob@good.example>: Recipient address rejected: domain spammy.example is listed in dbl.spamhaus.org",
			"ips [] listed [spammy.example] sender  help []"},
		{"sending domain in the refusal", "550 5.7.509 Access denied, sending domain Fabrikam.example does not pass DMARC verification",
			"ips [] listed [] sender fabrikam.example help []"},
		// A link to anyone's site is not advice, however the bounce puts it.
		{"a stranger's link", "550 5.7.1 Message refused; to be delisted see https://delist.evil.example/login and https://sites.google.com/view/unblock",
			"ips [] listed [] sender  help []"},
		{"masked by redaction", "554 5.7.1 Client host [***] blocked using Spamhaus; see https://www.spamhaus.org/query/ip/************",
			"ips [] listed [] sender  help []"},
		{"a lookalike host", "550 5.7.1 Blocked, see https://spamhaus.org.evil.example/q and https://user:pw@www.spamhaus.org/",
			"ips [] listed [] sender  help []"},
		{"Gmail's help page, trailing punctuation", noticeFile(t, "gmail/ptr-missing-line.txt"),
			"ips [2001:db8:1:2::25] listed [] sender  help [{https://support.google.com/mail/answer/81126#ip-practices Google}]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Diagnose([]byte(tt.raw), Options{})
			if err != nil {
				t.Fatal(err)
			}
			n := NamedIn(d)
			got := fmt.Sprintf("ips %v listed %v sender %s help %v", orEmpty(n.IPs), orEmpty(n.ListedDomains), n.Sender, orEmpty(n.Help))
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
	if n := NamedIn(nil); n.Sender != "" || n.IPs != nil {
		t.Errorf("NamedIn(nil) = %+v, want nothing", n)
	}
}

func TestAddressesIn(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Client host [203.0.113.88] blocked", "[203.0.113.88]"},
		{"version 1.2.3.4.5 and 10.0.0.1.", "[10.0.0.1]"},
		{"code 5.7.1 at 07:22:41", "[]"},
		{"from [IPv6:2001:db8::25] and 2001:DB8:0:0:0:0:0:1", "[2001:db8::25 2001:db8::1]"},
		{"999.1.1.1 is no address", "[]"},
		{"from 203.0.113.31 deferred due to user complaints - 4.16.55.1; see", "[203.0.113.31]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(orEmpty(addressesIn(tt.in))); got != tt.want {
			t.Errorf("addressesIn(%q): got %s, want %s", tt.in, got, tt.want)
		}
	}
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// readExample reads one of the service's example bounces.
func readExample(t *testing.T, name string) string {
	t.Helper()
	return readFile(t, "../static/examples/"+name)
}

// noticeFile reads one of the labelled notices of testdata/notices.
func noticeFile(t *testing.T, name string) string {
	t.Helper()
	return readFile(t, "testdata/notices/"+name)
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
