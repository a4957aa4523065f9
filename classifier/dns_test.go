package classifier

import "testing"

// A DNS failure names the answer the sender's resolver got, and that answer
// says whether to wait or to fix the address: a domain that does not exist
// (NXDOMAIN, Postfix's "Host not found") or takes no mail (Gmail's NOERROR
// with no usable record, a Null MX) is no use retrying; a lookup that failed
// (SERVFAIL, Postfix's "try again" and "Malformed or unexpected name server
// reply") is the DNS's trouble, and the sender keeps trying.
func TestDNSAnswersSayWhetherToRetry(t *testing.T) {
	postfix := "<ann@example.org>: Host or domain name not found. Name service error for\n    name=example.org type=MX: "
	gmail := "The response was:\n\nDNS Error: DNS type 'mx' lookup of example.org responded with code "
	for _, tt := range []struct {
		name, text string
		want       Category
	}{
		{"gmail servfail", "There was a temporary problem delivering your message to ann@example.org. " +
			"Gmail will retry for 46 more hours.\n\n" + gmail + "SERVFAIL\n", ServerProblem},
		{"gmail nxdomain", "Your message wasn't delivered to ann@example.org.\n\n" + gmail + "NXDOMAIN\n", HostUnknown},
		{"gmail null mx", "Address not found\nYour message wasn't delivered to ann@example.org because the domain " +
			"example.org couldn't be found.\n" + gmail + "NOERROR\n", HostUnknown},
		{"postfix try again", postfix + "Host not found, try again\n", ServerProblem},
		{"postfix malformed reply", postfix + "Malformed or unexpected name server\n    reply\n", ServerProblem},
		{"postfix host not found", postfix + "Host not found\n", HostUnknown},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			if len(d.Recipients) != 1 || d.Recipients[0].Category != tt.want {
				t.Errorf("got %+v, want %s", d.Recipients, tt.want)
			}
		})
	}
}

// TestAcceptsNoMailIsAboutADomain: "does not accept mail" says a domain or
// host takes no mail at all only in the words the programs print for it
// (Postfix's "Domain %s does not accept mail (nullMX)", RFC 7504's 521
// "Host does not accept mail"); a group or a mailbox that "does not accept
// mail from" some senders is a refusal of the sender, not a dead domain.
func TestAcceptsNoMailIsAboutADomain(t *testing.T) {
	for _, tt := range []struct {
		name, reply string
		want        Category
		notWant     Category
	}{
		{"postfix null mx", "550 5.1.0 Domain example.org does not accept mail (nullMX)", HostUnknown, ""},
		{"rfc 7504 521", "521 5.7.27 Host does not accept mail", HostUnknown, ""},
		{"opensmtpd null mx", "Domain does not accept mail", HostUnknown, ""},
		{"group", "Remote-MTA: dns; aspmx.l.google.com. (the server for the domain example.org.)\n" +
			"550 5.7.1 Group team-leads does not accept mail from senders outside the organization", "", HostUnknown},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, "Delivery to the following recipient failed permanently:\n\n     ann@example.org\n\n"+
				"The response from the remote server was:\n"+tt.reply+"\n")
			if len(d.Recipients) != 1 {
				t.Fatalf("got %+v, want one recipient", d.Recipients)
			}
			got := d.Recipients[0].Category
			if tt.want != "" && got != tt.want || tt.notWant != "" && got == tt.notWant {
				t.Errorf("got %s (rule %s), want %q, not %q", got, d.Recipients[0].Rule, tt.want, tt.notWant)
			}
		})
	}
}
