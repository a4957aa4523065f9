package checks

import (
	"net/mail"
	"net/netip"
	"regexp"
	"slices"
	"strings"

	"github.com/whybounce/whybounce/classifier"
)

// Plan is what to check for one diagnosis: only the names and addresses the
// bounce gives, and only the checks its categories make relevant. It is
// plain data, so that a result page can carry it to a later request.
type Plan struct {
	// Domains are the recipients' domains to check, with the category of
	// the recipient, which decides how the answer reads.
	Domains []DomainCheck `json:"domains,omitempty"`
	// Blocklists asks the blocklists about IPs and ListedDomains.
	Blocklists bool `json:"blocklists,omitempty"`
	// IPs are the addresses the refusals name; the first is also the one
	// tested against the sender's SPF record.
	IPs []string `json:"ips,omitempty"`
	// ListedDomains are the domains asked of the domain blocklists.
	ListedDomains []string `json:"listed_domains,omitempty"`
	// Named are the blocklists the bounce names, by the classifier's names.
	Named []string `json:"named,omitempty"`
	// Auth checks the sender's SPF, DMARC and DKIM.
	Auth bool `json:"auth,omitempty"`
	// Sender is the sender's domain, from the returned message's From.
	Sender string `json:"sender,omitempty"`
	// HasOriginal says the returned message's headers were there to read,
	// so a missing DKIM signature is a fact, not a gap.
	HasOriginal bool `json:"has_original,omitempty"`
	// DKIMDomain and DKIMSelector are the returned message's signature's d= and s=.
	DKIMDomain   string `json:"dkim_domain,omitempty"`
	DKIMSelector string `json:"dkim_selector,omitempty"`
}

// DomainCheck is a recipient's domain and what happened to the recipient.
type DomainCheck struct {
	Name     string              `json:"name"`
	Category classifier.Category `json:"category"`
}

// Empty reports whether the plan checks nothing.
func (p Plan) Empty() bool {
	return len(p.Domains) == 0 && !p.Blocklists && !p.Auth
}

// Bounds on one plan: a bounce to many recipients still makes a few lookups.
const (
	maxDomains = 3
	maxIPs     = 3
	maxListed  = 3
	maxNamed   = 5
	maxField   = 253
)

// bounded cuts a plan (perhaps sent back by a browser) to its bounds.
func (p Plan) bounded() Plan {
	p.Domains = slices.Clone(p.Domains[:min(len(p.Domains), maxDomains)])
	p.IPs = short(p.IPs, maxIPs)
	p.ListedDomains = short(p.ListedDomains, maxListed)
	p.Named = short(p.Named, maxNamed)
	for i := range p.Domains {
		p.Domains[i].Name = cut(p.Domains[i].Name)
	}
	p.Sender, p.DKIMDomain, p.DKIMSelector = cut(p.Sender), cut(p.DKIMDomain), cut(p.DKIMSelector)
	return p
}

func short(s []string, n int) []string {
	s = slices.Clone(s[:min(len(s), n)])
	for i := range s {
		s[i] = cut(s[i])
	}
	return s
}

func cut(s string) string {
	if len(s) > maxField {
		return s[:maxField]
	}
	return s
}

// What each category makes worth checking.
var (
	domainCategories = []classifier.Category{classifier.HostUnknown, classifier.MailboxNotFound, classifier.ServerProblem}
	authCategories   = []classifier.Category{classifier.AuthenticationFailed, classifier.RelayDenied, classifier.SenderRejected}
)

// PlanFor decides what to check for a diagnosis: the recipients' domains
// when the domain or mailbox was not found or the server failed, the
// blocklists when the bounce is about one or names one, and the sender's
// authentication when it was refused as a sender.
func PlanFor(d *classifier.Diagnosis) Plan {
	var p Plan
	cats := []classifier.Category{d.Category}
	var texts []string
	var mtas []string
	for _, r := range d.Recipients {
		if r.Action == classifier.ActionDelivered || r.Action == classifier.ActionRelayed || r.Action == classifier.ActionExpanded {
			continue
		}
		cats = append(cats, r.Category)
		texts = append(texts, r.Diagnostic)
		mtas = append(mtas, r.RemoteMTA)
		if slices.Contains(domainCategories, r.Category) {
			if _, dom, ok := strings.Cut(r.Address, "@"); ok && dom != "" {
				dom = strings.ToLower(strings.TrimSuffix(dom, "."))
				if !slices.ContainsFunc(p.Domains, func(c DomainCheck) bool { return c.Name == dom }) && len(p.Domains) < maxDomains {
					p.Domains = append(p.Domains, DomainCheck{Name: dom, Category: r.Category})
				}
			}
		}
	}
	for _, e := range d.Evidence {
		if !slices.Contains(texts, e.Text) {
			texts = append(texts, e.Text)
		}
	}
	mtas = append(mtas, d.ReportingMTA)

	if o := d.Original; o != nil {
		p.HasOriginal = true
		p.Sender = addressDomain(o.From)
		p.DKIMDomain, p.DKIMSelector = o.DKIMDomain, o.DKIMSelector
	}
	if p.Sender == "" {
		p.Sender = senderInText(texts)
	}

	for _, b := range d.Blocklists {
		if b.Lists == "reputation" || b.Name == "DNSBL" {
			continue
		}
		if !slices.Contains(p.Named, b.Name) && len(p.Named) < maxNamed {
			p.Named = append(p.Named, b.Name)
		}
	}
	p.Blocklists = slices.Contains(cats, classifier.Blocklisted) || len(p.Named) > 0
	p.Auth = slices.ContainsFunc(cats, func(c classifier.Category) bool { return slices.Contains(authCategories, c) })
	if p.Blocklists || p.Auth {
		p.IPs = ipsIn(texts, mtas)
	}
	if p.Blocklists {
		p.ListedDomains = listedDomainsIn(texts, p, d)
	}
	return p
}

// addressDomain is the domain of the first address in a From header.
func addressDomain(from string) string {
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
// that wrote or relayed the report. Private addresses are kept, so that the
// page can say why they were not checked.
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
			if !skip[a] && !slices.Contains(out, a) && len(out) < maxIPs {
				out = append(out, a)
			}
		}
	}
	return out
}

// addressesIn lists the IP literals in s, in order, in their canonical form.
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
		if a, err := netip.ParseAddr(s[loc[0]:loc[1]]); err == nil {
			out = append(out, a.String())
		}
	}
	if strings.Contains(s, "IPv6:") || strings.Contains(s, "ipv6:") || strings.Contains(s, "IPV6:") {
		s = ipv6Tag.ReplaceAllString(s, "      ")
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

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isWordByte(c byte) bool { return isDigit(c) || isLetter(c) || c == '_' }

// listingWords mark the sentence of a refusal that says what is listed.
var listingWords = regexp.MustCompile(`(?i)listed|block ?list|black ?list|blocked using|\bdbl\b|surbl|uribl|rhsbl`)

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

// listedDomainsIn finds the domains a refusal says are listed, and adds the
// sender's domain, which the domain lists would hold when it is the sender
// that is listed.
func listedDomainsIn(texts []string, p Plan, d *classifier.Diagnosis) []string {
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
	add := func(dom string) {
		dom = strings.ToLower(strings.TrimSuffix(dom, "."))
		if dom != "" && !exclude(dom) && !slices.Contains(out, dom) && len(out) < maxListed {
			out = append(out, dom)
		}
	}
	for _, t := range texts {
		if strings.Contains(t, "://") {
			t = urlToken.ReplaceAllString(t, " ")
		}
		t = dropPostfixHost(t)
		for sentence := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == ';' || r == '\n' }) {
			if !listingWords.MatchString(sentence) {
				continue
			}
			for _, tok := range domainToken.FindAllString(sentence, -1) {
				if _, err := netip.ParseAddr(tok); err == nil {
					continue
				}
				add(tok)
			}
		}
	}
	add(p.Sender)
	return out
}
