package web

import (
	"net/url"
	"slices"
	"strings"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/classifier/reference"
	"github.com/whybounce/whybounce/templates"
)

// maxNamedIPs bounds the addresses the box shows: a refusal names one.
const maxNamedIPs = 3

// namedView is the "What the bounce names" box: the listed address or
// domain and where to look it up, the providers' help pages and their
// codes; nil when the bounce names nothing of the kind.
func namedView(d *classifier.Diagnosis, ps []classifier.Problem) *templates.NamedView {
	if !d.Category.IsFailure() {
		return nil
	}
	n := classifier.NamedIn(d)
	var v templates.NamedView
	var listed, sender bool // the refusal is about the sending server: listed, or for its name or volume
	domainListed := false   // a list of domains or links named: the listed domains, no server's address
	for _, p := range ps {
		switch {
		case p.Category == classifier.Blocklisted && p.Cause == classifier.CauseDomainListed:
			domainListed = true
		case p.Category == classifier.Blocklisted && p.Cause != classifier.CauseReputation && p.Cause != classifier.CauseReverseDNS:
			listed = true
		case p.Category == classifier.Blocklisted, p.Cause == classifier.CauseReputation:
			sender = true
		}
	}
	entries := codeEntries(d)
	for _, e := range entries {
		if e.Kind == reference.KindBlocklist || e.Kind == reference.KindProvider && !standardCode(e.Code) {
			v.Codes = append(v.Codes, codeLink(e))
			sender = sender || e.Category == classifier.Blocklisted && !domainListed
		}
	}
	for _, b := range d.Blocklists {
		u := safeLink(b.LookupURL)
		switch {
		case u == "":
		case b.Lists == "reputation":
			v.Guides = addLink(v.Guides, templates.ExternalLink{Title: b.Name + ": " + hostOf(u), URL: u})
		case b.Name == "DNSBL":
			v.Lookups = addLink(v.Lookups, templates.ExternalLink{Title: "Several blocklists at once: " + hostOf(u), URL: u})
			sender = true
		default:
			v.Lookups = addLink(v.Lookups, templates.ExternalLink{Title: classifier.ListName(b.Name) + ": " + hostOf(u), URL: u})
			sender = sender || !b.ListsDomains()
		}
	}
	if listed || sender {
		v.IPs = n.IPs[:min(len(n.IPs), maxNamedIPs)]
		v.IPLabel = "The sending server's IP address"
		if listed {
			v.IPLabel = "Listed IP address"
		}
		if len(v.IPs) > 1 {
			v.IPLabel = strings.Replace(v.IPLabel, "address", "addresses", 1)
		}
	}
	if listed || domainListed {
		v.Domains = n.ListedDomains
	}
	if listed {
		if len(v.Lookups) == 0 {
			// No list named: a page that asks many at once.
			for _, b := range classifier.Blocklists {
				if b.Name == "DNSBL" {
					v.Lookups = append(v.Lookups, templates.ExternalLink{Title: "Several blocklists at once: " + hostOf(b.LookupURL), URL: b.LookupURL})
				}
			}
		}
	}
	for _, h := range n.Help {
		if u := safeLink(h.URL); u != "" {
			v.Help = addLink(v.Help, templates.ExternalLink{Title: h.Owner + ": " + shortURL(u), URL: u})
		}
	}
	if len(v.IPs) == 0 && len(v.Domains) == 0 && len(v.Lookups) == 0 && len(v.Help) == 0 && len(v.Guides) == 0 && len(v.Codes) == 0 {
		return nil
	}
	return &v
}

// standardCode reports whether a provider's code is one of the standard
// codes (its own meaning of 5.7.1, say), which the box leaves to the list
// of codes below: the box names what only this provider says.
func standardCode(code string) bool {
	e, ok := reference.Get(code)
	return ok && (e.Kind == reference.KindEnhanced || e.Kind == reference.KindReply)
}

// addLink adds l unless a link to the same page is there already.
func addLink(links []templates.ExternalLink, l templates.ExternalLink) []templates.ExternalLink {
	if slices.ContainsFunc(links, func(o templates.ExternalLink) bool { return o.URL == l.URL }) {
		return links
	}
	return append(links, l)
}

func hostOf(u string) string {
	if p, err := url.Parse(u); err == nil && p.Host != "" {
		return strings.TrimPrefix(p.Host, "www.")
	}
	return u
}

// shortURL writes a web address for reading: no scheme, no query, at most
// a few dozen characters.
func shortURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return cutRunes(u, 60)
	}
	s := strings.TrimPrefix(p.Host, "www.") + strings.TrimSuffix(p.Path, "/")
	return cutRunes(s, 60)
}

// codeEntries finds the reference entries of the codes and blocklists a
// diagnosis names, each once: the recipients' codes, the codes written in
// the failed recipients' replies (a provider's own, such as TSS04 or
// S3140), and the blocklists.
func codeEntries(d *classifier.Diagnosis) []reference.Entry {
	var out []reference.Entry
	add := func(e reference.Entry) {
		if !slices.ContainsFunc(out, func(o reference.Entry) bool { return o.ID == e.ID }) {
			out = append(out, e)
		}
	}
	get := func(code string) {
		if code == "" {
			return
		}
		if e, ok := reference.Get(code); ok {
			add(e)
		}
	}
	var texts []string
	for _, r := range d.Recipients {
		get(r.ReplyCode)
		get(r.Status)
		if r.Category.IsFailure() && r.Diagnostic != "" && !slices.Contains(texts, r.Diagnostic) {
			texts = append(texts, r.Diagnostic)
		}
	}
	for _, e := range d.Evidence {
		if e.Start >= 0 && e.Start <= e.End && e.End <= len(d.Text) {
			if t := d.Text[e.Start:classifier.ReplyEnd(d.Text, e.Start, e.End)]; !slices.Contains(texts, t) {
				texts = append(texts, t)
			}
		}
	}
	for _, t := range texts {
		for _, e := range reference.InText(t) {
			// A blocklist is named by the engine's own reading (below); a
			// word such as "blocklist" in a reply names none.
			if e.Kind != reference.KindBlocklist {
				add(e)
			}
		}
	}
	for _, b := range d.Blocklists {
		get(b.Name)
	}
	return out
}
