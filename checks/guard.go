package checks

import (
	"errors"
	"net/netip"
	"strings"

	"golang.org/x/net/idna"
)

// Why a name or an address is never looked up.
var (
	errNotAName     = errors.New("not a domain name")
	errSingleLabel  = errors.New("a single label, which only means something on a local network")
	errLocalName    = errors.New("a name of a local network")
	errPrivateIP    = errors.New("a private or reserved address")
	errNotAnAddress = errors.New("not an IP address")
)

// localSuffixes end names that only mean something inside a network: asking
// a public resolver about them tells it about the network and answers
// nothing.
var localSuffixes = []string{".local", ".internal", ".localhost", ".localdomain", ".lan", ".home.arpa", ".invalid", ".corp", ".intranet"}

// checkName says why name must not be looked up, or nil. name is in ASCII
// (punycode) form, without a final dot.
func checkName(name string) error {
	if name == "" || len(name) > 253 {
		return errNotAName
	}
	labels := strings.Split(name, ".")
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return errNotAName
		}
		for i := 0; i < len(l); i++ {
			c := l[i]
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
				return errNotAName
			}
		}
	}
	if len(labels) < 2 {
		return errSingleLabel
	}
	if name == "localhost" {
		return errLocalName
	}
	for _, s := range localSuffixes {
		if strings.HasSuffix(name, s) {
			return errLocalName
		}
	}
	// A name made of digits and dots is an address in disguise.
	if _, err := netip.ParseAddr(name); err == nil {
		return errNotAName
	}
	return nil
}

// toASCII turns a domain as a bounce writes it (any case, perhaps in
// Unicode, perhaps with a final dot) into the form that is looked up.
func toASCII(domain string) (string, error) {
	d := strings.TrimSuffix(strings.TrimSpace(domain), ".")
	a, err := idna.Lookup.ToASCII(d)
	if err != nil {
		return "", errNotAName
	}
	a = strings.ToLower(a)
	return a, checkName(a)
}

// cgnat is the carriers' shared address space (RFC 6598), private in all but name.
var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// checkIP says why the address s must not be looked up in a blocklist, or nil.
func checkIP(s string) (netip.Addr, error) {
	a, err := netip.ParseAddr(strings.Trim(s, "[]"))
	if err != nil || a.Zone() != "" {
		return netip.Addr{}, errNotAnAddress
	}
	a = a.Unmap()
	if a.IsPrivate() || a.IsLoopback() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsMulticast() || a.IsUnspecified() || a.IsInterfaceLocalMulticast() || cgnat.Contains(a) ||
		(a.Is4() && (a.As4()[0] == 0 || a.As4()[0] >= 240)) {
		return netip.Addr{}, errPrivateIP
	}
	return a, nil
}
