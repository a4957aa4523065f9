package checks

import (
	"context"
	"fmt"
	"net/netip"
	"slices"
	"strings"

	"github.com/miekg/dns"

	"github.com/whybounce/whybounce/classifier"
)

// maxListQueries bounds the blocklist queries of one run.
const maxListQueries = 40

// blocklistTasks asks every list that applies (the ones the bounce names
// that whybounce can ask, then the operator's set) about each address and
// domain, and says which named lists cannot be asked in DNS.
func (c *Checker) blocklistTasks(p Plan) []task {
	var lists []List
	var ts []task
	for _, name := range p.Named {
		zone := ZoneForBounceName(name)
		if zone == "" {
			ts = append(ts, one(func(context.Context) Result { return unaskable(name) }))
			continue
		}
		if l, ok := knownZone(zone); ok && !containsZone(lists, zone) {
			lists = append(lists, l)
		}
	}
	for _, l := range c.lists {
		if !containsZone(lists, l.Zone) {
			lists = append(lists, l)
		}
	}
	var ips []netip.Addr
	for _, s := range p.IPs {
		a, err := checkIP(s)
		if err != nil {
			c.res.counts.add(kindBlocklist, "skipped")
			ts = append(ts, one(func(context.Context) Result {
				return notChecked(Result{Kind: KindBlocklist, Subject: s}, s, err)
			}))
			continue
		}
		ips = append(ips, a)
	}
	var domains []string
	for _, s := range p.ListedDomains {
		d, err := toASCII(s)
		if err != nil {
			c.res.counts.add(kindBlocklist, "skipped")
			ts = append(ts, one(func(context.Context) Result {
				return notChecked(Result{Kind: KindBlocklist, Subject: s}, quoteName(s), err)
			}))
			continue
		}
		if !slices.Contains(domains, d) {
			domains = append(domains, d)
		}
	}
	n := 0
	for _, l := range lists {
		subjects := domains
		if !l.Domains {
			subjects = nil
			for _, a := range ips {
				if a.Is4() || l.IPv6 {
					subjects = append(subjects, a.String())
				}
			}
		}
		for _, s := range subjects {
			if n == maxListQueries {
				return ts
			}
			n++
			ts = append(ts, one(func(ctx context.Context) Result { return c.checkListed(ctx, l, s) }))
		}
	}
	return ts
}

// unaskable is the result for a list the bounce names that has no DNS zone
// whybounce can ask (a provider's own list, a reputation service).
func unaskable(name string) Result {
	r := Result{Kind: KindBlocklist, Subject: name, List: name, Status: Info, Verdict: "not-checked"}
	r.Summary = fmt.Sprintf("%s cannot be asked in DNS from here: check the listing on its own page.", name)
	for _, b := range classifier.Blocklists {
		if b.Name == name {
			r.LookupURL = b.LookupURL
		}
	}
	return r
}

// queryName is the name a list answers for subject: the address's bytes
// (or an IPv6 address's nibbles) in reverse, or the domain, before the zone.
func queryName(subject, zone string) string {
	if a, err := netip.ParseAddr(subject); err == nil {
		r, _ := dns.ReverseAddr(a.String())
		return strings.TrimSuffix(strings.TrimSuffix(r, "in-addr.arpa."), "ip6.arpa.") + zone
	}
	return subject + "." + zone
}

// refusedAnswer reports an answer that is a list's refusal to answer this
// resolver rather than a listing: Spamhaus answers 127.255.255.252-255 to
// queries through public or overused resolvers, and URIBL 127.0.0.1; by
// RFC 5782 a listing is 127.0.0.2 or above.
func refusedAnswer(a answer) bool {
	for _, rr := range a.records {
		if v, ok := rr.(*dns.A); ok {
			ip, _ := netip.AddrFromSlice(v.A.To4())
			b := ip.As4()
			if (b[0] == 127 && b[1] == 255 && b[2] == 255) || ip == netip.AddrFrom4([4]byte{127, 0, 0, 1}) {
				return true
			}
		}
	}
	return false
}

// checkListed asks one list about one address or domain.
func (c *Checker) checkListed(ctx context.Context, l List, subject string) Result {
	r := Result{Kind: KindBlocklist, Subject: subject, List: l.Name, Zone: l.Zone, LookupURL: l.LookupURL}
	a, err := c.res.lookup(ctx, kindBlocklist, queryName(subject, l.Zone), dns.TypeA)
	if err != nil {
		return couldNotTell(r, err)
	}
	if a.nxdomain || len(a.records) == 0 {
		r.Status, r.Verdict = OK, "not-listed"
		r.Summary = fmt.Sprintf("%s is not on %s.", subject, l.Name)
		return r
	}
	var codes []string
	inLoopback := true
	for _, rr := range a.records {
		if v, ok := rr.(*dns.A); ok {
			codes = append(codes, v.A.String())
			ip, _ := netip.AddrFromSlice(v.A.To4())
			inLoopback = inLoopback && ip.Is4() && ip.As4()[0] == 127
		}
	}
	slices.Sort(codes)
	r.Details = []string{"answer " + strings.Join(codes, ", ")}
	switch {
	case refusedAnswer(a):
		r.Status, r.Verdict = Unknown, "resolver-refused"
		r.Summary = fmt.Sprintf("Could not tell whether %s is on %s: the list refuses to answer this server's DNS resolver (it answered %s, its sign for queries through public or busy resolvers). Check the listing on the list's own page.", subject, l.Name, codes[0])
	case !inLoopback:
		r.Status, r.Verdict = Unknown, "could-not-tell"
		r.Summary = fmt.Sprintf("Could not tell whether %s is on %s: its answer (%s) is not a listing code; this server's DNS resolver may be rewriting answers.", subject, l.Name, codes[0])
	default:
		r.Status, r.Verdict = Problem, "listed"
		r.Summary = fmt.Sprintf("%s is listed on %s%s.", subject, l.Name, meaning(l.Zone, codes))
	}
	return r
}

// spamhausCodes say what Spamhaus's answers mean.
var spamhausCodes = map[string]string{
	"127.0.0.2": "the SBL, known spam sources", "127.0.0.3": "the SBL CSS, addresses seen sending spam",
	"127.0.0.4": "the XBL, infected or hijacked machines", "127.0.0.5": "the XBL", "127.0.0.6": "the XBL", "127.0.0.7": "the XBL",
	"127.0.0.9":  "the DROP list, hijacked networks",
	"127.0.0.10": "the PBL, addresses that should not send mail directly (such as home connections): send through your provider's server",
	"127.0.0.11": "the PBL, addresses that should not send mail directly (such as home connections): send through your provider's server",
	"127.0.1.2":  "a spam domain", "127.0.1.4": "a phishing domain", "127.0.1.5": "a malware domain", "127.0.1.6": "a botnet domain",
	"127.0.1.102": "an abused legitimate domain", "127.0.1.103": "an abused legitimate domain (redirector)",
	"127.0.1.104": "an abused legitimate domain (phishing)", "127.0.1.105": "an abused legitimate domain (malware)",
	"127.0.1.106": "an abused legitimate domain (botnet)",
}

func meaning(zone string, codes []string) string {
	if !strings.HasSuffix(zone, ".spamhaus.org") {
		return ""
	}
	var parts []string
	for _, c := range codes {
		if m, ok := spamhausCodes[c]; ok && !slices.Contains(parts, m) {
			parts = append(parts, m)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, "; ") + ")"
}
