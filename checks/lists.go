package checks

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
)

// List is a DNS blocklist (DNSBL): a zone that answers for the IP addresses
// or domains it lists.
type List struct {
	// Zone is the DNS zone asked, "zen.spamhaus.org".
	Zone string
	// Name is what people call it, "Spamhaus ZEN".
	Name string
	// Domains is true for a list of domains (asked as domain.zone); false for
	// a list of IP addresses (asked as the reversed address).
	Domains bool
	// IPv6 says the list answers for IPv6 addresses too.
	IPv6 bool
	// LookupURL is the list's own page for checking a listing.
	LookupURL string
	// bounceNames are the classifier's names for this list.
	bounceNames []string
	isDefault   bool
}

//go:embed dnsbl.tsv
var listsTSV string

// knownLists are the lists of dnsbl.tsv, in its order.
var knownLists = mustReadLists(listsTSV)

func mustReadLists(tsv string) []List {
	var out []List
	sc := bufio.NewScanner(strings.NewReader(tsv))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 8 {
			panic(fmt.Sprintf("dnsbl.tsv:%d: %d fields, want 8", n, len(f)))
		}
		l := List{Zone: f[0], Name: f[1], Domains: f[2] == "domain", IPv6: f[3] == "yes", isDefault: f[4] == "yes", LookupURL: f[6]}
		if f[5] != "" {
			l.bounceNames = strings.Split(f[5], "|")
		}
		out = append(out, l)
	}
	return out
}

// DefaultLists is the set asked when the operator names none: Spamhaus ZEN
// and DBL, SpamCop, Barracuda and UCEPROTECT level 1.
func DefaultLists() []List {
	var out []List
	for _, l := range knownLists {
		if l.isDefault {
			out = append(out, l)
		}
	}
	return out
}

// knownZone finds a list of dnsbl.tsv by its zone.
func knownZone(zone string) (List, bool) {
	for _, l := range knownLists {
		if l.Zone == zone {
			return l, true
		}
	}
	return List{}, false
}

// ZoneForBounceName is the zone of the list the classifier calls name
// ("Spamhaus SBL"), or "" when whybounce cannot ask that list in DNS.
func ZoneForBounceName(name string) string {
	for _, l := range knownLists {
		for _, n := range l.bounceNames {
			if n == name {
				return l.Zone
			}
		}
	}
	return ""
}

// ParseLists reads the operator's blocklist set: each entry a zone
// ("bl.example.net"), or "domain:zone" for a list of domains. A zone
// whybounce knows keeps its name and kind; "none" alone asks no list beyond
// the ones a bounce names.
func ParseLists(entries []string) ([]List, error) {
	if len(entries) == 1 && strings.TrimSpace(entries[0]) == "none" {
		return []List{}, nil
	}
	var out []List
	for _, e := range entries {
		e = strings.ToLower(strings.TrimSpace(e))
		if e == "" {
			continue
		}
		domains := false
		if z, ok := strings.CutPrefix(e, "domain:"); ok {
			e, domains = z, true
		} else if z, ok := strings.CutPrefix(e, "ip:"); ok {
			e = z
		}
		zone := strings.TrimSuffix(e, ".")
		if err := checkName(zone); err != nil {
			return nil, fmt.Errorf("blocklist %q: %w", e, err)
		}
		l, ok := knownZone(zone)
		if !ok {
			l = List{Zone: zone, Name: zone, Domains: domains}
		}
		if !containsZone(out, zone) {
			out = append(out, l)
		}
	}
	if len(out) > maxLists {
		return nil, fmt.Errorf("%d blocklists: at most %d", len(out), maxLists)
	}
	return out, nil
}

// maxLists bounds the operator's set: each list is one more query per address.
const maxLists = 20

func containsZone(lists []List, zone string) bool {
	for _, l := range lists {
		if l.Zone == zone {
			return true
		}
	}
	return false
}
