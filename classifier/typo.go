package classifier

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

// A typing mistake in the domain is the commonest reason an address is not
// found: "gmial.com", "hotmial.com", "exmaple.com". A domain one letter away
// from a large mail provider's is almost always that provider's.

//go:embed advice/mail-domains.tsv
var mailDomainsTSV string

// mailDomains are the domains of advice/mail-domains.tsv, most used first.
var mailDomains = mustReadDomains(mailDomainsTSV)

func mustReadDomains(tsv string) []string {
	var out []string
	eachRow("mail-domains.tsv", tsv, 3, func(n int, f []string) {
		if f[0] != strings.ToLower(f[0]) || !strings.Contains(f[0], ".") || slices.Contains(out, f[0]) {
			panic(fmt.Sprintf("advice/mail-domains.tsv:%d: want a new lower-case domain: %q", n, f[0]))
		}
		out = append(out, f[0])
	})
	return out
}

// SuggestDomain returns the well-known mail domain that domain is most
// likely a mistyped form of, one letter away (wrong, missing, extra, or two
// neighbours swapped), and false when there is none or domain is itself
// well known.
func SuggestDomain(domain string) (string, bool) {
	domain = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(domain), "."))
	if domain == "" || len(domain) > 253 {
		return "", false
	}
	for _, d := range mailDomains {
		if d == domain {
			return "", false
		}
	}
	for _, d := range mailDomains {
		if oneEditApart(domain, d) {
			return d, true
		}
	}
	return "", false
}

// oneEditApart reports whether a and b differ by exactly one letter
// replaced, inserted or deleted, or two neighbouring letters swapped.
func oneEditApart(a, b string) bool {
	switch len(a) - len(b) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if i == len(a) {
			return false // the same
		}
		if a[i+1:] == b[i+1:] {
			return true // one letter replaced
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		a, b = b, a
		fallthrough
	case -1:
		// b is a with one letter more.
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}

// typoSuggestion is the suggestion for a recipient whose address was not
// found or whose domain takes no mail: the address as it was probably
// meant, and the domain.
func typoSuggestion(c Category, addr string) (address, domain string) {
	switch c {
	case MailboxNotFound, HostUnknown, ServerProblem, Unknown:
	default:
		return "", ""
	}
	addr = headlineAddress(addr)
	at := strings.LastIndexByte(addr, '@')
	if at <= 0 {
		return "", ""
	}
	d, ok := SuggestDomain(addr[at+1:])
	if !ok {
		return "", ""
	}
	return addr[:at+1] + d, d
}
