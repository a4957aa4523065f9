package checks

import (
	"context"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"fmt"
	"net/netip"
	"strings"

	"github.com/miekg/dns"
	"golang.org/x/net/publicsuffix"
)

// authTasks checks the sender's SPF record (and whether the address the
// bounce names may send), its DMARC policy and alignment, and the DKIM key
// of the returned message's signature.
func (c *Checker) authTasks(p Plan) []task {
	if p.Sender == "" {
		return []task{one(func(context.Context) Result {
			return Result{Kind: KindSPF, Status: Info, Verdict: "not-checked",
				Summary: "The bounce does not show the sender's domain, so its SPF and DMARC records were not checked."}
		})}
	}
	sender, err := toASCII(p.Sender)
	if err != nil {
		c.res.counts.add(kindSPF, "skipped")
		return []task{one(func(context.Context) Result {
			return notChecked(Result{Kind: KindSPF, Subject: p.Sender}, quoteName(p.Sender), err)
		})}
	}
	var ip netip.Addr
	if len(p.IPs) > 0 {
		ip, _ = checkIP(p.IPs[0])
	}
	ts := []task{
		func(ctx context.Context) []Result { return c.checkSPF(ctx, sender, ip) },
		one(func(ctx context.Context) Result { return c.checkDMARC(ctx, sender, p) }),
	}
	if p.DKIMDomain != "" && p.DKIMSelector != "" {
		ts = append(ts, one(func(ctx context.Context) Result { return c.checkDKIM(ctx, p.DKIMDomain, p.DKIMSelector) }))
	}
	return ts
}

// checkSPF reads the domain's SPF record, counts its lookups, and, when the
// bounce names an address, says whether the record lets it send.
func (c *Checker) checkSPF(ctx context.Context, domain string, ip netip.Addr) []Result {
	r := Result{Kind: KindSPF, Subject: domain}
	s := &spf{c: c, ctx: ctx}
	rec, text, ok, err := s.record(domain)
	if text != "" {
		r.Details = []string{clip(text)}
	}
	var syntax spfSyntaxError
	switch {
	case isTemporary(err):
		return []Result{couldNotTell(r, err)}
	case errors.Is(err, errSPFMultiple):
		r.Status, r.Verdict = Problem, "multiple-records"
		r.Summary = fmt.Sprintf("%s publishes more than one SPF record, so receivers treat its SPF as broken (a permanent error). Merge them into one record.", domain)
		return []Result{r}
	case errors.As(err, &syntax):
		r.Status, r.Verdict = Problem, "syntax-error"
		r.Summary = fmt.Sprintf("The SPF record of %s has a mistake: %s. Receivers treat it as broken (a permanent error).", domain, syntax.msg)
		return []Result{r}
	case err != nil:
		return []Result{couldNotTell(r, err)}
	case !ok:
		r.Status, r.Verdict = Problem, "none"
		r.Summary = fmt.Sprintf("%s publishes no SPF record, so receivers cannot tell which servers may send its mail. Publish one that names your mail servers or provider.", domain)
		return []Result{r}
	}
	err = s.count(domain, rec, 0)
	switch {
	case errors.Is(err, errSPFTooMany):
		r.Status, r.Verdict = Problem, "too-many-lookups"
		r.Summary = fmt.Sprintf("The SPF record of %s needs more than 10 DNS lookups (its include, a, mx, ptr, exists and redirect terms, with everything they include), the most SPF allows: receivers treat it as broken. Replace some includes with the addresses they stand for, or drop services you no longer use.", domain)
	case isTemporary(err):
		r.Status, r.Verdict = Unknown, "could-not-tell"
		r.Summary = fmt.Sprintf("%s publishes an SPF record, but not all the records it includes could be read in time, so its lookups could not be counted.", domain)
	case err != nil:
		r.Status, r.Verdict = Problem, "broken"
		r.Summary = fmt.Sprintf("The SPF record of %s is broken: %v. Receivers treat it as a permanent error.", domain, err)
	default:
		r.Status, r.Verdict = OK, "valid"
		r.Summary = fmt.Sprintf("%s publishes a valid SPF record that uses %d of the 10 DNS lookups SPF allows.", domain, s.lookups)
	}
	out := []Result{r}
	if ip.IsValid() {
		out = append(out, c.spfForIP(ctx, domain, ip))
	}
	return out
}

// spfForIP says whether the domain's SPF record lets ip send its mail.
func (c *Checker) spfForIP(ctx context.Context, domain string, ip netip.Addr) Result {
	r := Result{Kind: KindSPFIP, Subject: ip.String()}
	res := (&spf{c: c, ctx: ctx}).eval(ip, domain, 0)
	if res.by != "" && res.by != "no term matched" {
		r.Details = []string{"decided by " + res.by}
	}
	r.Verdict = res.result
	switch res.result {
	case "pass":
		r.Status = OK
		r.Summary = fmt.Sprintf("%s may send mail for %s: its SPF record allows it.", ip, domain)
	case "fail":
		r.Status = Problem
		r.Summary = fmt.Sprintf("%s is not allowed to send mail for %s: its SPF record says so (fail). If this server is yours, add it to the record.", ip, domain)
	case "softfail":
		r.Status = Problem
		r.Summary = fmt.Sprintf("%s is probably not allowed to send mail for %s: its SPF record does not name it and ends in ~all (softfail), which many receivers treat as suspicious.", ip, domain)
	case "neutral":
		r.Status = Info
		r.Summary = fmt.Sprintf("The SPF record of %s says neither yes nor no for %s (neutral).", domain, ip)
	case "permerror":
		r.Status = Problem
		r.Summary = fmt.Sprintf("Whether %s may send for %s cannot be decided: %v, which receivers treat as a failure (permerror).", ip, domain, res.err)
	case "none":
		r.Status = Info
		r.Summary = fmt.Sprintf("%s publishes no SPF record, so nothing says whether %s may send for it.", domain, ip)
	case "unknown":
		r.Status, r.Verdict = Unknown, "could-not-tell"
		r.Summary = fmt.Sprintf("Could not tell whether %s may send mail for %s: %v.", ip, domain, res.err)
	default:
		r = couldNotTell(r, res.err)
		r.Summary = strings.Replace(r.Summary, "this mail", "mail for "+domain, 1)
	}
	return r
}

// dmarcRecord is a parsed DMARC record (RFC 7489, section 6.3).
type dmarcRecord struct {
	tags map[string]string
	text string
}

func parseDMARC(txt string) (dmarcRecord, bool) {
	rec := dmarcRecord{tags: map[string]string{}, text: txt}
	for i, part := range strings.Split(txt, ";") {
		k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		if i == 0 {
			if k != "v" || !strings.EqualFold(v, "DMARC1") {
				return rec, false
			}
			continue
		}
		if k != "" {
			rec.tags[k] = v
		}
	}
	return rec, true
}

// orgDomain is the registered domain of d ("example.co.uk" for
// "mail.example.co.uk"), or d itself.
func orgDomain(d string) string {
	if o, err := publicsuffix.EffectiveTLDPlusOne(d); err == nil {
		return o
	}
	return d
}

// dmarcLookup finds the DMARC record for domain: its own, else its
// organizational domain's.
func (c *Checker) dmarcLookup(ctx context.Context, domain string) (rec dmarcRecord, at string, found bool, err error) {
	for _, d := range []string{domain, orgDomain(domain)} {
		if at == d {
			break
		}
		at = d
		a, err := c.res.lookup(ctx, kindDMARC, "_dmarc."+d, dns.TypeTXT)
		if err != nil {
			return rec, at, false, err
		}
		var recs []dmarcRecord
		for _, t := range txtStrings(a) {
			if r, ok := parseDMARC(t); ok {
				recs = append(recs, r)
			}
		}
		if len(recs) == 1 {
			return recs[0], at, true, nil
		}
	}
	return rec, at, false, nil
}

// checkDMARC reads the sender's DMARC policy and says whether the returned
// message's DKIM signature is aligned with its From domain.
func (c *Checker) checkDMARC(ctx context.Context, domain string, p Plan) Result {
	r := Result{Kind: KindDMARC, Subject: domain}
	rec, at, found, err := c.dmarcLookup(ctx, domain)
	if err != nil {
		return couldNotTell(r, err)
	}
	if !found {
		r.Status, r.Verdict = Info, "none"
		r.Summary = fmt.Sprintf("%s publishes no DMARC record: each receiver decides for itself what to do with its mail that fails SPF or DKIM. Large mailbox providers expect one from anyone who sends in bulk.", domain)
		return r
	}
	r.Details = []string{"_dmarc." + at + ": " + clip(rec.text)}
	policy := strings.ToLower(rec.tags["p"])
	if at != domain && rec.tags["sp"] != "" {
		policy = strings.ToLower(rec.tags["sp"])
	}
	switch policy {
	case "none", "quarantine", "reject":
	default:
		r.Status, r.Verdict = Problem, "invalid"
		r.Summary = fmt.Sprintf("The DMARC record of %s has no valid policy (p=none, quarantine or reject), so receivers may ignore it.", domain)
		return r
	}
	r.Verdict = "policy-" + policy
	r.Status = Info
	switch policy {
	case "reject":
		r.Summary = fmt.Sprintf("%s asks receivers to refuse its mail when it fails DMARC (p=reject): a message must pass SPF or DKIM for a domain that matches the From address.", domain)
	case "quarantine":
		r.Summary = fmt.Sprintf("%s asks receivers to treat its mail that fails DMARC as spam (p=quarantine): a message must pass SPF or DKIM for a domain that matches the From address.", domain)
	default:
		r.Summary = fmt.Sprintf("%s publishes a DMARC record that only monitors (p=none): receivers are not asked to refuse mail that fails.", domain)
	}
	if pct := rec.tags["pct"]; pct != "" && pct != "100" && policy != "none" {
		r.Summary += fmt.Sprintf(" It applies to %s%% of such mail.", pct)
	}
	strict := strings.EqualFold(rec.tags["adkim"], "s")
	switch {
	case p.DKIMDomain != "" && aligned(p.DKIMDomain, domain, strict):
		r.Summary += fmt.Sprintf(" The returned message's DKIM signature (d=%s) matches the From domain.", p.DKIMDomain)
	case p.DKIMDomain != "":
		r.Summary += fmt.Sprintf(" The returned message's DKIM signature is for %s, which does not match the From domain%s: that signature cannot make it pass DMARC.", p.DKIMDomain, map[bool]string{true: " exactly, as adkim=s asks", false: ""}[strict])
		if policy != "none" {
			r.Status = Problem
		}
	case p.HasOriginal:
		r.Summary += " The returned message carries no DKIM signature, so it passes DMARC only if SPF passes for an envelope sender in the same domain, which the bounce does not show."
		if policy != "none" {
			r.Status = Problem
		}
	}
	return r
}

// aligned reports DMARC identifier alignment: the same registered domain
// (relaxed), or the very same domain (strict).
func aligned(a, b string, strict bool) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if strict {
		return a == b
	}
	return orgDomain(a) == orgDomain(b)
}

// checkDKIM asks whether the signing domain publishes a key for the selector.
func (c *Checker) checkDKIM(ctx context.Context, domain, selector string) Result {
	name := strings.ToLower(selector) + "._domainkey." + strings.ToLower(domain)
	r := Result{Kind: KindDKIM, Subject: name}
	if err := checkName(name); err != nil {
		c.res.counts.add(kindDKIM, "skipped")
		return notChecked(r, quoteName(name), err)
	}
	a, err := c.res.lookup(ctx, kindDKIM, name, dns.TypeTXT)
	if err != nil {
		return couldNotTell(r, err)
	}
	var keyText string
	for _, t := range txtStrings(a) {
		if strings.Contains(t, "p=") {
			keyText = t
			break
		}
	}
	if keyText == "" {
		r.Status, r.Verdict = Problem, "no-key"
		r.Summary = fmt.Sprintf("%s publishes no DKIM key for the selector %q that signed the returned message, so receivers cannot verify its signature and DKIM fails.", domain, selector)
		return r
	}
	r.Details = []string{clip(keyText)}
	tags := map[string]string{}
	for part := range strings.SplitSeq(keyText, ";") {
		k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
		tags[strings.ToLower(strings.TrimSpace(k))] = strings.Join(strings.Fields(v), "")
	}
	if tags["p"] == "" {
		r.Status, r.Verdict = Problem, "key-revoked"
		r.Summary = fmt.Sprintf("%s has revoked the DKIM key for the selector %q (its record has an empty p=): signatures made with it fail.", domain, selector)
		return r
	}
	desc, bits, err := describeKey(tags["k"], tags["p"])
	if err != nil {
		r.Status, r.Verdict = Problem, "invalid-key"
		r.Summary = fmt.Sprintf("The DKIM key %s publishes for the selector %q cannot be read (%v): signatures made with it fail.", domain, selector, err)
		return r
	}
	r.Status, r.Verdict = OK, "key-published"
	r.Summary = fmt.Sprintf("%s publishes %s for the selector %q, so receivers can verify signatures made with it.", domain, desc, selector)
	if bits > 0 && bits < 1024 {
		r.Status = Problem
		r.Summary = fmt.Sprintf("%s publishes %s for the selector %q: receivers reject keys shorter than 1024 bits as too weak.", domain, desc, selector)
	}
	return r
}

// describeKey reads a DKIM public key: "a 2048-bit RSA key".
func describeKey(k, p string) (string, int, error) {
	der, err := base64.StdEncoding.DecodeString(p)
	if err != nil {
		return "", 0, errors.New("the key is not valid base64")
	}
	if strings.EqualFold(k, "ed25519") {
		if len(der) != ed25519.PublicKeySize {
			return "", 0, errors.New("an Ed25519 key must be 32 bytes")
		}
		return "an Ed25519 key", 0, nil
	}
	pub, err := x509.ParsePKIXPublicKey(der)
	if err != nil {
		if rk, err2 := x509.ParsePKCS1PublicKey(der); err2 == nil {
			pub = rk
		} else {
			return "", 0, errors.New("not an RSA public key")
		}
	}
	if rk, ok := pub.(*rsa.PublicKey); ok {
		n := rk.N.BitLen()
		return fmt.Sprintf("a %d-bit RSA key", n), n, nil
	}
	return "a key", 0, nil
}

// clip shortens a record for the details.
func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}
