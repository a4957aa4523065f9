package checkstest

import "testing"

// World is a small DNS world in which the service's example bounces and
// the browser tests' bounces each meet a case of the live checks:
//
//   - exmaple.con does not exist (a host-unknown bounce);
//   - northfield-school.example accepts mail (the qmail example);
//   - nomail.example publishes a null MX, implicit.example has no MX but
//     an address, noaddress.example has neither;
//   - 203.0.113.88 (the Microsoft/Spamhaus example) is listed on Spamhaus
//     ZEN and Barracuda, not on SpamCop, and UCEPROTECT never answers;
//     Spamhaus refuses to say whether lakeside-bakery.example (its sender)
//     is on the DBL (127.255.255.254);
//   - fabrikam-tools.example (the DMARC example) has an SPF record that
//     needs 11 lookups and a DMARC policy of reject.
var World = []string{
	"northfield-school.example. MX 10 mx1.northfield-school.example.",
	"mx1.northfield-school.example. A 192.0.2.25",
	"nomail.example. MX 0 .",
	"implicit.example. A 192.0.2.30",
	`noaddress.example. TXT "no mail here"`,

	"88.113.0.203.zen.spamhaus.org. A 127.0.0.2",
	"88.113.0.203.b.barracudacentral.org. A 127.0.0.2",
	"lakeside-bakery.example.dbl.spamhaus.org. A 127.255.255.254",
	`lakeside-bakery.example. TXT "v=spf1 ip4:198.51.100.0/24 -all"`,

	`fabrikam-tools.example. TXT "v=spf1 include:a.spf.fabrikam-tools.example include:b.spf.fabrikam-tools.example include:c.spf.fabrikam-tools.example -all"`,
	`a.spf.fabrikam-tools.example. TXT "v=spf1 a mx include:d.spf.fabrikam-tools.example ~all"`,
	`b.spf.fabrikam-tools.example. TXT "v=spf1 a mx exists:e.spf.fabrikam-tools.example ~all"`,
	`c.spf.fabrikam-tools.example. TXT "v=spf1 a mx ~all"`,
	`d.spf.fabrikam-tools.example. TXT "v=spf1 ip4:198.51.100.0/24 ~all"`,
	`_dmarc.fabrikam-tools.example. TXT "v=DMARC1; p=reject; rua=mailto:dmarc@fabrikam-tools.example"`,
}

// WorldSilent are the names of World that never get an answer.
var WorldSilent = []string{"88.113.0.203.dnsbl-1.uceprotect.net."}

// NewWorld starts a server answering World.
func NewWorld(t testing.TB) *Server {
	t.Helper()
	s := NewServer(t, World...)
	s.Silence(WorldSilent...)
	return s
}
