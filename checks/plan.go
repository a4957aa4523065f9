package checks

import (
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
// authentication when it was refused as a sender. The names it asks about
// are the ones the bounce gives (classifier.NamedIn).
func PlanFor(d *classifier.Diagnosis) Plan {
	var p Plan
	cats := []classifier.Category{d.Category}
	for _, r := range d.Recipients {
		if r.Action == classifier.ActionDelivered || r.Action == classifier.ActionRelayed || r.Action == classifier.ActionExpanded {
			continue
		}
		cats = append(cats, r.Category)
		if slices.Contains(domainCategories, r.Category) {
			if _, dom, ok := strings.Cut(r.Address, "@"); ok && dom != "" {
				dom = strings.ToLower(strings.TrimSuffix(dom, "."))
				if !slices.ContainsFunc(p.Domains, func(c DomainCheck) bool { return c.Name == dom }) && len(p.Domains) < maxDomains {
					p.Domains = append(p.Domains, DomainCheck{Name: dom, Category: r.Category})
				}
			}
		}
	}
	named := classifier.NamedIn(d)
	if d.Original != nil {
		p.HasOriginal = true
		p.DKIMDomain, p.DKIMSelector = d.Original.DKIMDomain, d.Original.DKIMSelector
	}
	p.Sender = named.Sender

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
		p.IPs = slices.Clone(named.IPs[:min(len(named.IPs), maxIPs)])
	}
	if p.Blocklists {
		// The domain lists would hold the sender's domain when it is the
		// sender that is listed.
		p.ListedDomains = slices.Clone(named.ListedDomains[:min(len(named.ListedDomains), maxListed)])
		if s := p.Sender; s != "" && !slices.Contains(p.ListedDomains, s) && len(p.ListedDomains) < maxListed {
			p.ListedDomains = append(p.ListedDomains, s)
		}
	}
	return p
}
