package checks

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/miekg/dns"

	"github.com/whybounce/whybounce/classifier"
)

// maxMXHosts bounds the mail servers of one domain that are resolved.
const maxMXHosts = 5

// checkDomain asks whether a recipient's domain exists and where it takes
// mail: its MX records, the RFC 7505 null MX, or the domain's own address
// when it has no MX (RFC 5321, section 5.1), and whether the MX hosts have
// addresses.
func (c *Checker) checkDomain(ctx context.Context, dc DomainCheck) Result {
	r := Result{Kind: KindDomain, Subject: dc.Name}
	d, err := toASCII(dc.Name)
	if err != nil {
		c.res.counts.add(kindDomain, "skipped")
		return notChecked(r, quoteName(dc.Name), err)
	}
	r.Subject = d
	mx, err := c.res.lookup(ctx, kindDomain, d, dns.TypeMX)
	if err != nil {
		return couldNotTell(r, err)
	}
	if mx.nxdomain {
		r.Status, r.Verdict = Problem, "does-not-exist"
		r.Summary = fmt.Sprintf("%s does not exist: no mail can reach it. Check the address for a typing mistake (such as .con for .com or a letter missing).", d)
		return r
	}
	records := make([]*dns.MX, 0, len(mx.records))
	for _, rr := range mx.records {
		if m, ok := rr.(*dns.MX); ok {
			records = append(records, m)
		}
	}
	slices.SortStableFunc(records, func(a, b *dns.MX) int { return int(a.Preference) - int(b.Preference) })
	if len(records) == 1 && records[0].Mx == "." {
		r.Status, r.Verdict = Problem, "null-mx"
		r.Summary = fmt.Sprintf("%s says it accepts no mail at all: it publishes a \"null MX\" record (RFC 7505). Mail to any address there fails on purpose; ask the recipient for another address.", d)
		r.Details = []string{fmt.Sprintf("MX %d .", records[0].Preference)}
		return r
	}
	if len(records) == 0 {
		return c.implicitMX(ctx, r, d, dc.Category)
	}
	var good, bad []string
	var unknown error
	for i, m := range records {
		host := strings.ToLower(strings.TrimSuffix(m.Mx, "."))
		if i == maxMXHosts {
			r.Details = append(r.Details, fmt.Sprintf("and %d more mail servers, not looked up", len(records)-i))
			break
		}
		addrs, err := c.addresses(ctx, kindDomain, host)
		switch {
		case err != nil:
			unknown = err
			r.Details = append(r.Details, fmt.Sprintf("MX %d %s: could not be resolved in time", m.Preference, host))
		case len(addrs) == 0:
			bad = append(bad, host)
			r.Details = append(r.Details, fmt.Sprintf("MX %d %s: has no address", m.Preference, host))
		default:
			good = append(good, host)
			r.Details = append(r.Details, fmt.Sprintf("MX %d %s: %s", m.Preference, host, strings.Join(addrs, ", ")))
		}
	}
	switch {
	case len(good) > 0:
		r.Status, r.Verdict = OK, "accepts-mail"
		r.Summary = fmt.Sprintf("%s exists and accepts mail at %s%s.", d, good[0], more(len(good)-1, "mail server"))
		r.Summary += afterAccepts(dc.Category)
	case unknown != nil:
		return couldNotTell(r, unknown)
	default:
		r.Status, r.Verdict = Problem, "mx-unresolved"
		r.Summary = fmt.Sprintf("%s names mail servers (%s), but none of them has an address: mail to it cannot be delivered until its administrators fix that.", d, strings.Join(bad, ", "))
	}
	return r
}

// implicitMX checks a domain without MX records: mail then goes to the
// domain's own address, if it has one.
func (c *Checker) implicitMX(ctx context.Context, r Result, d string, cat classifier.Category) Result {
	addrs, err := c.addresses(ctx, kindDomain, d)
	if err != nil {
		return couldNotTell(r, err)
	}
	if len(addrs) == 0 {
		r.Status, r.Verdict = Problem, "no-mail-server"
		r.Summary = fmt.Sprintf("%s exists but names no mail server (no MX record and no address): mail to it cannot be delivered.", d)
		return r
	}
	r.Status, r.Verdict = OK, "implicit-mx"
	r.Summary = fmt.Sprintf("%s exists and has no MX record, so mail goes to the domain's own address (%s), as the mail standard allows.", d, addrs[0])
	r.Summary += afterAccepts(cat)
	r.Details = []string{"no MX record", fmt.Sprintf("%s: %s", d, strings.Join(addrs, ", "))}
	return r
}

// afterAccepts says what a domain that accepts mail means for the bounce.
func afterAccepts(cat classifier.Category) string {
	switch cat {
	case classifier.MailboxNotFound:
		return " The domain is fine: it is the mailbox that is missing."
	case classifier.HostUnknown, classifier.ServerProblem:
		return " The problem was probably temporary: sending again is likely to work."
	}
	return ""
}

// addresses resolves a host's IPv4 and IPv6 addresses. A host that must not
// be looked up has none.
func (c *Checker) addresses(ctx context.Context, kind, host string) ([]string, error) {
	if checkName(host) != nil {
		c.res.counts.add(kind, "skipped")
		return nil, nil
	}
	var out []string
	var firstErr error
	for _, qtype := range []uint16{dns.TypeA, dns.TypeAAAA} {
		a, err := c.res.lookup(ctx, kind, host, qtype)
		if err != nil {
			firstErr = err
			continue
		}
		for _, rr := range a.records {
			switch v := rr.(type) {
			case *dns.A:
				out = append(out, v.A.String())
			case *dns.AAAA:
				out = append(out, v.AAAA.String())
			}
		}
	}
	if len(out) == 0 && firstErr != nil {
		return nil, firstErr
	}
	return out, nil
}

// more says "and N more things", or nothing for none.
func more(n int, thing string) string {
	switch n {
	case 0:
		return ""
	case 1:
		return " and 1 more " + thing
	}
	return fmt.Sprintf(" and %d more %ss", n, thing)
}

// quoteName shows a name that was refused, shortened.
func quoteName(s string) string {
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return fmt.Sprintf("%q", s)
}
