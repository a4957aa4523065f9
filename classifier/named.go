package classifier

import (
	_ "embed"
	"fmt"
	"net/mail"
	"net/netip"
	"net/url"
	"regexp"
	"slices"
	"strings"
)

// What the bounce names: after the diagnosis, the details a reader acts on
// are the ones the bounce itself gives. The IP address a refusal says is
// listed, a domain it says is listed, the sender's domain, and the help pages
// the receiving provider points to. Read from a finished diagnosis alone
// (the servers' replies and the passages that decided it), so the result
// page, the API and the live checks all see the same names.

// Named is what a bounce names that its reader can act on.
type Named struct {
	// IPs are the IP addresses the refusals name, leaving out the servers
	// that wrote, relayed or refused the message: in a blocklist refusal,
	// the listed sending server. Private addresses are kept, so that a
	// reader can be told why they were not looked up.
	IPs []string `json:"ips,omitempty"`
	// ListedDomains are domains a refusal says are listed.
	ListedDomains []string `json:"listed_domains,omitempty"`
	// Sender is the sender's domain: the returned message's From, else a
	// "sending domain" the refusal names.
	Sender string `json:"sender,omitempty"`
	// Help are the web pages the servers' replies point to, on sites of
	// known mail providers and blocklists only: a bounce is a stranger's
	// message, and its other links are never passed on as advice.
	Help []HelpPage `json:"help,omitempty"`
}

// HelpPage is a web page a bounce points to.
type HelpPage struct {
	URL string `json:"url"`
	// Owner is who runs the site: "Yahoo", "Microsoft", "Spamhaus".
	Owner string `json:"owner"`
}

// Bounds on what NamedIn returns: a bounce to many recipients still names
// a few things worth showing.
const (
	maxNamedIPs     = 5
	maxNamedDomains = 5
	maxNamedHelp    = 5
)

// NamedIn reads what d names, in the failed recipients' replies and the
// passages that decided the diagnosis (each to the end of its reply): the
// listed IP addresses and domains, the sender's domain and the providers'
// help pages.
func NamedIn(d *Diagnosis) Named {
	var n Named
	if d == nil {
		return n
	}
	var texts, mtas []string
	for _, r := range d.Recipients {
		if !failed(r) {
			continue
		}
		texts = appendNew(texts, r.Diagnostic)
		mtas = append(mtas, r.RemoteMTA)
	}
	for _, e := range d.Evidence {
		// The whole reply: its last line often gives the help page.
		if e.Start >= 0 && e.Start <= e.End && e.End <= len(d.Text) {
			texts = appendNew(texts, d.Text[e.Start:ReplyEnd(d.Text, e.Start, e.End)])
		} else {
			texts = appendNew(texts, e.Text)
		}
	}
	mtas = append(mtas, d.ReportingMTA)

	if o := d.Original; o != nil {
		n.Sender = fromDomain(o.From)
	}
	if n.Sender == "" {
		n.Sender = senderInText(texts)
	}
	n.IPs = ipsIn(texts, mtas)
	n.ListedDomains = listedDomainsIn(texts, d)
	n.Help = helpPagesIn(texts)
	return n
}

// failed reports whether r did not get its message: the recipients whose
// replies name what went wrong.
func failed(r Recipient) bool {
	switch r.Action {
	case ActionDelivered, ActionRelayed, ActionExpanded:
		return false
	}
	return r.Category.IsFailure()
}

func appendNew(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// fromDomain is the domain of the first address in a From header, lower-cased.
func fromDomain(from string) string {
	a := from
	if pa, err := mail.ParseAddress(from); err == nil {
		a = pa.Address
	} else if m := bracketed.FindStringSubmatch(from); m != nil {
		a = m[1]
	}
	if i := strings.LastIndexByte(a, '@'); i >= 0 {
		return strings.ToLower(strings.Trim(a[i+1:], " >.\t"))
	}
	return ""
}

var bracketed = regexp.MustCompile(`<([^<>@\s]+@[^<>\s]+)>`)

// sendingDomain finds "sending domain example.com" and the like in a
// refusal, for bounces that do not carry the returned message.
var sendingDomain = regexp.MustCompile(`(?i)\b(?:sending|sender|from|envelope)[ -]domain\s*(?:name\s*)?[\[<("']?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)`)

func senderInText(texts []string) string {
	for _, t := range texts {
		if m := sendingDomain.FindStringSubmatch(t); m != nil {
			return strings.ToLower(m[1])
		}
	}
	return ""
}

// postfixHost is Postfix's "host mx.example.com[192.0.2.1] said:", which
// names the receiving server, not the one a refusal is about.
var postfixHost = regexp.MustCompile(`(?i)\bhost\s+\S+\[[^\]]*\]\s*(?:said:)?`)

// dropPostfixHost blanks out Postfix's "host ...[...] said:", asking the
// regular expression only when the text can hold it.
func dropPostfixHost(t string) string {
	if !strings.Contains(t, "[") || !strings.Contains(strings.ToLower(t), "host") {
		return t
	}
	return postfixHost.ReplaceAllString(t, " ")
}

var (
	ipv4Token = regexp.MustCompile(`\d{1,3}(?:\.\d{1,3}){3}`)
	ipv6Tag   = regexp.MustCompile(`(?i)\bipv6:`)
	ipv6Token = regexp.MustCompile(`[0-9A-Fa-f:.]{3,}`)
)

// ipsIn finds the IP addresses the refusals name, leaving out the servers
// that wrote or relayed the report.
func ipsIn(texts, mtas []string) []string {
	skip := map[string]bool{}
	for _, m := range mtas {
		for _, a := range addressesIn(m) {
			skip[a] = true
		}
	}
	var out []string
	for _, t := range texts {
		t = dropPostfixHost(t)
		for _, a := range addressesIn(t) {
			if !skip[a] && !slices.Contains(out, a) && len(out) < maxNamedIPs {
				out = append(out, a)
			}
		}
	}
	return out
}

// addressesIn lists the IP literals in s, in order, in their canonical form:
// not the dotted numbers of versions or status codes, and IPv6 with or
// without its "IPv6:" tag.
func addressesIn(s string) []string {
	var out []string
	for _, loc := range ipv4Token.FindAllStringIndex(s, -1) {
		// Not part of a longer run of digits and dots (a version, an OID).
		if loc[0] > 0 && (isDigit(s[loc[0]-1]) || s[loc[0]-1] == '.') {
			continue
		}
		if loc[1] < len(s) && (isDigit(s[loc[1]]) || s[loc[1]] == '.' && loc[1]+1 < len(s) && isDigit(s[loc[1]+1])) {
			continue
		}
		if yahooTrace(s, loc[0]) {
			continue
		}
		if a, err := netip.ParseAddr(s[loc[0]:loc[1]]); err == nil {
			out = append(out, a.String())
		}
	}
	if strings.Contains(s, "IPv6:") || strings.Contains(s, "ipv6:") || strings.Contains(s, "IPV6:") {
		s = ipv6Tag.ReplaceAllString(s, "      ")
	}
	if !mayHoldIPv6(s) {
		return out
	}
	for _, loc := range ipv6Token.FindAllStringIndex(s, -1) {
		tok := strings.TrimRight(s[loc[0]:loc[1]], ".:")
		if strings.Count(tok, ":") < 2 || loc[0] > 0 && isWordByte(s[loc[0]-1]) || loc[1] < len(s) && isWordByte(s[loc[1]]) {
			continue
		}
		if a, err := netip.ParseAddr(tok); err == nil && a.Is6() && !a.Is4In6() {
			out = append(out, a.String())
		}
	}
	return out
}

// mayHoldIPv6 reports whether s has a colon between hexadecimal digits or
// another colon, as every IPv6 literal does: most replies have none, and
// then the search for them, which matches any run of hex letters, is
// skipped.
func mayHoldIPv6(s string) bool {
	for i := strings.IndexByte(s, ':'); i >= 0; {
		if i > 0 && i+1 < len(s) && (isHexDigit(s[i-1]) || s[i-1] == ':') && (isHexDigit(s[i+1]) || s[i+1] == ':') {
			return true
		}
		j := strings.IndexByte(s[i+1:], ':')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// yahooTrace reports whether the dotted number at s[i:] is the trace code
// Yahoo ends its replies with ("... user complaints - 4.16.55.1; see"),
// which reads like an IPv4 address.
func yahooTrace(s string, i int) bool {
	return i >= 2 && s[i-2:i] == "- " && (s[i] == '4' || s[i] == '5') && i+2 < len(s) && s[i+1] == '.' && strings.HasPrefix(s[i+2:], "16.")
}

// saysListed reports whether s holds one of the words that mark the
// sentence of a refusal saying what is listed.
func saysListed(s string) bool {
	if hasAnyFold(s, listingWords) {
		return true
	}
	// "dbl" only as a word of its own.
	for from := 0; ; {
		i := indexFold(s[from:], "dbl")
		if i < 0 {
			return false
		}
		i += from
		if (i == 0 || !isWordByte(s[i-1])) && (i+3 == len(s) || !isWordByte(s[i+3])) {
			return true
		}
		from = i + 3
	}
}

// listingWords are saysListed's words, but "dbl".
var listingWords = []string{"listed", "blocklist", "block list", "blacklist", "black list", "blocked using", "surbl", "uribl", "rhsbl"}

var (
	domainToken = regexp.MustCompile(`(?i)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z][a-z0-9-]*[a-z0-9]`)
	urlToken    = regexp.MustCompile(`(?i)\b(?:https?|ftp)://[^\s<>"'\]\)]+`)
)

// operatorDomains run blocklists or write refusals: they appear in refusals
// as lookup pages and zones, never as what is listed.
var operatorDomains = []string{
	"spamhaus.org", "spamhaus.com", "spamhaus.net", "spamcop.net", "barracudacentral.org", "barracuda.com",
	"uceprotect.net", "sorbs.net", "surbl.org", "uribl.com", "surriel.com", "psbl.org", "mailspike.net", "mailspike.org",
	"abuseat.org", "mxtoolbox.com", "senderscore.org", "invaluement.com", "abusix.com", "abusix.zone",
}

// listedDomainsIn finds the domains a refusal says are listed: not the
// blocklists' own, nor the receiving side's.
func listedDomainsIn(texts []string, d *Diagnosis) []string {
	exclude := func(dom string) bool {
		for _, op := range operatorDomains {
			if dom == op || strings.HasSuffix(dom, "."+op) {
				return true
			}
		}
		for _, r := range d.Recipients {
			if _, rd, ok := strings.Cut(r.Address, "@"); ok && strings.EqualFold(rd, dom) {
				return true
			}
			if strings.EqualFold(r.RemoteMTA, dom) {
				return true
			}
		}
		return strings.EqualFold(d.ReportingMTA, dom)
	}
	var out []string
	for _, t := range texts {
		if !saysListed(t) {
			continue // most refusals say nothing is listed
		}
		if strings.Contains(t, "://") {
			t = urlToken.ReplaceAllString(t, " ")
		}
		t = dropPostfixHost(t)
		for sentence := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == ';' || r == '\n' }) {
			if !saysListed(sentence) {
				continue
			}
			for _, tok := range domainToken.FindAllString(sentence, -1) {
				if _, err := netip.ParseAddr(tok); err == nil {
					continue
				}
				dom := strings.ToLower(strings.TrimSuffix(tok, "."))
				if !exclude(dom) && !slices.Contains(out, dom) && len(out) < maxNamedDomains {
					out = append(out, dom)
				}
			}
		}
	}
	return out
}

// helpPagesIn finds the web addresses in the replies that lead to a known
// provider's or blocklist's own site.
func helpPagesIn(texts []string) []HelpPage {
	var out []HelpPage
	for _, t := range texts {
		if !strings.Contains(t, "://") {
			continue
		}
		for _, raw := range urlToken.FindAllString(t, -1) {
			raw = strings.TrimRight(raw, ".,;:!?'")
			if strings.Contains(raw, "**") {
				continue // masked by a shared link's redaction: it leads nowhere
			}
			owner, ok := helpSiteOwner(raw)
			if !ok || slices.ContainsFunc(out, func(h HelpPage) bool { return h.URL == raw }) || len(out) >= maxNamedHelp {
				continue
			}
			out = append(out, HelpPage{URL: raw, Owner: owner})
		}
	}
	return out
}

// helpSiteOwner says who runs the site of a web address, when it is one of
// the sites of advice/help-sites.tsv, over http or https.
func helpSiteOwner(raw string) (string, bool) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" && u.Scheme != "http" || u.User != nil {
		return "", false
	}
	host := strings.ToLower(strings.TrimSuffix(u.Hostname(), "."))
	for host != "" {
		if owner, ok := helpSites[host]; ok {
			return owner, true
		}
		_, parent, ok := strings.Cut(host, ".")
		if !ok || !strings.Contains(parent, ".") {
			break
		}
		host = parent
	}
	return "", false
}

//go:embed advice/help-sites.tsv
var helpSitesTSV string

// helpSites maps a site's domain (and every name under it) to its owner.
var helpSites = mustReadPairs("help-sites.tsv", helpSitesTSV)

// mustReadPairs reads a TSV of advice/ of "key, value, source" rows.
func mustReadPairs(name, tsv string) map[string]string {
	out := map[string]string{}
	eachRow(name, tsv, 3, func(n int, f []string) {
		k := strings.ToLower(f[0])
		if _, dup := out[k]; dup {
			panic(fmt.Sprintf("advice/%s:%d: %s is listed twice", name, n, k))
		}
		out[k] = f[1]
	})
	return out
}
