package checks

import (
	"context"
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"

	"github.com/miekg/dns"
)

// RFC 7208's limits: 10 terms that cost a DNS lookup per evaluation, 2
// lookups that find nothing, 10 names per mx mechanism.
const (
	spfMaxLookups = 10
	spfMaxVoid    = 2
	spfMaxMX      = 10
	spfMaxDepth   = 12
)

// spfTerm is one mechanism of an SPF record.
type spfTerm struct {
	raw    string
	qual   byte // '+', '-', '~' or '?'
	name   string
	domain string // the domain-spec, "" for the current domain
	prefix netip.Prefix
	cidr4  int
	cidr6  int
}

// spfRecord is a parsed SPF record.
type spfRecord struct {
	terms    []spfTerm
	redirect string
}

// SPF errors, worded for the page.
var (
	errSPFTooMany   = errors.New("it needs more than 10 DNS lookups, the most SPF allows")
	errSPFVoid      = errors.New("more than 2 of its lookups find nothing, the most SPF allows")
	errSPFMacro     = errors.New("it uses macros, which whybounce does not expand")
	errSPFMultiple  = errors.New("the domain publishes more than one SPF record")
	errSPFNoInclude = errors.New("an included domain publishes no SPF record")
	errSPFLoop      = errors.New("its includes nest too deep")
)

// spfSyntaxError is a record that does not parse.
type spfSyntaxError struct{ msg string }

func (e spfSyntaxError) Error() string { return e.msg }

func syntaxErr(format string, a ...any) error {
	return spfSyntaxError{fmt.Sprintf(format, a...)}
}

// isSPF reports whether a TXT record is an SPF record.
func isSPF(txt string) bool {
	l := strings.ToLower(txt)
	return l == "v=spf1" || strings.HasPrefix(l, "v=spf1 ")
}

// parseSPF reads an SPF record (RFC 7208, section 4.6).
func parseSPF(txt string) (spfRecord, error) {
	var rec spfRecord
	fields := strings.Fields(txt)
	if len(fields) == 0 || !strings.EqualFold(fields[0], "v=spf1") {
		return rec, syntaxErr("it does not start with v=spf1")
	}
	for _, f := range fields[1:] {
		if name, value, ok := strings.Cut(f, "="); ok && isModifierName(name) {
			switch strings.ToLower(name) {
			case "redirect":
				if rec.redirect != "" {
					return rec, syntaxErr("it has two redirect= modifiers")
				}
				if value == "" {
					return rec, syntaxErr("redirect= names no domain")
				}
				rec.redirect = value
			case "exp":
				// An explanation for failures: no effect on the result.
			}
			continue // unknown modifiers are allowed and ignored
		}
		t, err := parseTerm(f)
		if err != nil {
			return rec, err
		}
		rec.terms = append(rec.terms, t)
	}
	return rec, nil
}

func isModifierName(s string) bool {
	if s == "" || !isLetter(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isLetter(c) && !isDigit(c) && c != '-' && c != '_' && c != '.' {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func parseTerm(f string) (spfTerm, error) {
	t := spfTerm{raw: f, qual: '+', cidr4: -1, cidr6: -1}
	rest := f
	if strings.ContainsRune("+-~?", rune(rest[0])) {
		t.qual, rest = rest[0], rest[1:]
	}
	end := strings.IndexAny(rest, ":/")
	if end < 0 {
		end = len(rest)
	}
	t.name, rest = strings.ToLower(rest[:end]), rest[end:]
	switch t.name {
	case "all":
		if rest != "" {
			return t, syntaxErr("%q: all takes no argument", f)
		}
	case "include", "exists":
		d, ok := strings.CutPrefix(rest, ":")
		if !ok || d == "" || strings.Contains(d, "/") {
			return t, syntaxErr("%q: %s needs a domain", f, t.name)
		}
		t.domain = d
	case "a", "mx", "ptr":
		spec, cidr, _ := strings.Cut(rest, "/")
		if spec != "" {
			d, ok := strings.CutPrefix(spec, ":")
			if !ok || d == "" {
				return t, syntaxErr("%q: bad domain", f)
			}
			t.domain = d
		}
		if strings.Contains(rest, "/") {
			if t.name == "ptr" {
				return t, syntaxErr("%q: ptr takes no prefix length", f)
			}
			if err := t.parseDualCIDR("/" + cidr); err != nil {
				return t, syntaxErr("%q: %v", f, err)
			}
		}
	case "ip4", "ip6":
		v, ok := strings.CutPrefix(rest, ":")
		if !ok || v == "" {
			return t, syntaxErr("%q: %s needs an address", f, t.name)
		}
		if !strings.Contains(v, "/") {
			v += map[string]string{"ip4": "/32", "ip6": "/128"}[t.name]
		}
		p, err := netip.ParsePrefix(v)
		if err != nil || p.Addr().Is4() != (t.name == "ip4") || p.Addr().Zone() != "" {
			return t, syntaxErr("%q: not an %s address or range", f, map[string]string{"ip4": "IPv4", "ip6": "IPv6"}[t.name])
		}
		t.prefix = p.Masked()
	default:
		return t, syntaxErr("%q: unknown mechanism %q", f, t.name)
	}
	return t, nil
}

// parseDualCIDR reads "/24", "//64" or "/24//64".
func (t *spfTerm) parseDualCIDR(s string) error {
	v4, v6, dual := strings.Cut(strings.TrimPrefix(s, "/"), "//")
	if strings.HasPrefix(s, "//") {
		v4, v6, dual = "", strings.TrimPrefix(s, "//"), true
	}
	if v4 != "" {
		n, err := strconv.Atoi(v4)
		if err != nil || n < 0 || n > 32 {
			return errors.New("bad IPv4 prefix length")
		}
		t.cidr4 = n
	}
	if dual {
		n, err := strconv.Atoi(v6)
		if err != nil || n < 0 || n > 128 {
			return errors.New("bad IPv6 prefix length")
		}
		t.cidr6 = n
	}
	return nil
}

// costsLookup reports whether a term costs a DNS lookup (RFC 7208, 4.6.4).
func (t spfTerm) costsLookup() bool {
	switch t.name {
	case "include", "a", "mx", "ptr", "exists":
		return true
	}
	return false
}

// spf evaluates SPF records with the checker's resolver.
type spf struct {
	c       *Checker
	ctx     context.Context
	lookups int
	void    int
}

// record fetches and parses a domain's SPF record; ok is false when the
// domain publishes none.
func (s *spf) record(domain string) (rec spfRecord, text string, ok bool, err error) {
	if err := checkName(domain); err != nil {
		s.c.res.counts.add(kindSPF, "skipped")
		return rec, "", false, fmt.Errorf("%s is %w", domain, err)
	}
	a, err := s.c.res.lookup(s.ctx, kindSPF, domain, dns.TypeTXT)
	if err != nil {
		return rec, "", false, err
	}
	var found []string
	for _, t := range txtStrings(a) {
		if isSPF(t) {
			found = append(found, t)
		}
	}
	switch len(found) {
	case 0:
		return rec, "", false, nil
	case 1:
		rec, err = parseSPF(found[0])
		return rec, found[0], true, err
	}
	return rec, found[0], true, errSPFMultiple
}

// target is the domain a term or redirect names, the current one when none.
func target(spec, current string) (string, error) {
	if spec == "" {
		return current, nil
	}
	if strings.Contains(spec, "%") {
		return "", errSPFMacro
	}
	return strings.ToLower(strings.TrimSuffix(spec, ".")), nil
}

// count walks the record and everything it includes, counting the terms
// that cost a lookup, as a receiver evaluating a failing address would.
func (s *spf) count(domain string, rec spfRecord, depth int) error {
	if depth > spfMaxDepth {
		return errSPFLoop
	}
	hasAll := false
	for _, t := range rec.terms {
		hasAll = hasAll || t.name == "all"
		if !t.costsLookup() {
			continue
		}
		if s.lookups++; s.lookups > spfMaxLookups {
			return errSPFTooMany
		}
		if t.name != "include" {
			continue
		}
		if err := s.countInclude(t.domain, domain, depth); err != nil {
			return err
		}
	}
	if rec.redirect != "" && !hasAll {
		if s.lookups++; s.lookups > spfMaxLookups {
			return errSPFTooMany
		}
		return s.countInclude(rec.redirect, domain, depth)
	}
	return nil
}

func (s *spf) countInclude(spec, current string, depth int) error {
	d, err := target(spec, current)
	if errors.Is(err, errSPFMacro) {
		return nil // counted; what it expands to cannot be known here
	}
	inner, _, ok, err := s.record(d)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%w (%s)", errSPFNoInclude, d)
	}
	return s.count(d, inner, depth+1)
}

// spfResult is what check_host() gives (RFC 7208, section 2.6), with the
// term that decided it.
type spfResult struct {
	result string // pass, fail, softfail, neutral, none, permerror, temperror
	by     string
	err    error
}

// eval runs check_host() for ip and domain.
func (s *spf) eval(ip netip.Addr, domain string, depth int) spfResult {
	if depth > spfMaxDepth {
		return spfResult{result: "permerror", err: errSPFLoop}
	}
	rec, _, ok, err := s.record(domain)
	switch {
	case isTemporary(err):
		return spfResult{result: "temperror", err: err}
	case err != nil:
		return spfResult{result: "permerror", err: err}
	case !ok:
		return spfResult{result: "none"}
	}
	hasAll := false
	for _, t := range rec.terms {
		hasAll = hasAll || t.name == "all"
		if t.costsLookup() {
			if s.lookups++; s.lookups > spfMaxLookups {
				return spfResult{result: "permerror", err: errSPFTooMany}
			}
		}
		match, res := s.matches(t, ip, domain, depth)
		if res.result != "" {
			return res
		}
		if match {
			return spfResult{result: qualResult(t.qual), by: t.raw}
		}
	}
	if rec.redirect != "" && !hasAll {
		if s.lookups++; s.lookups > spfMaxLookups {
			return spfResult{result: "permerror", err: errSPFTooMany}
		}
		d, err := target(rec.redirect, domain)
		if err != nil {
			return spfResult{result: "unknown", err: err}
		}
		res := s.eval(ip, d, depth+1)
		if res.result == "none" {
			return spfResult{result: "permerror", err: fmt.Errorf("redirect=%s publishes no SPF record", d)}
		}
		return res
	}
	return spfResult{result: "neutral", by: "no term matched"}
}

func isTemporary(err error) bool {
	return errors.Is(err, errTimeout) || errors.Is(err, errServer)
}

func qualResult(q byte) string {
	switch q {
	case '-':
		return "fail"
	case '~':
		return "softfail"
	case '?':
		return "neutral"
	}
	return "pass"
}

// matches evaluates one mechanism; a non-empty res.result ends the evaluation.
func (s *spf) matches(t spfTerm, ip netip.Addr, domain string, depth int) (bool, spfResult) {
	switch t.name {
	case "all":
		return true, spfResult{}
	case "ip4", "ip6":
		return t.prefix.Contains(ip), spfResult{}
	case "ptr":
		// Deprecated and slow; receivers rarely honour it, so it decides nothing here.
		return false, spfResult{}
	}
	d, err := target(t.domain, domain)
	if err != nil {
		return false, spfResult{result: "unknown", err: err}
	}
	switch t.name {
	case "include":
		res := s.eval(ip, d, depth+1)
		switch res.result {
		case "pass":
			return true, spfResult{}
		case "fail", "softfail", "neutral":
			return false, spfResult{}
		case "none":
			return false, spfResult{result: "permerror", err: fmt.Errorf("%w (%s)", errSPFNoInclude, d)}
		}
		return false, res
	case "exists":
		addrs, res := s.addrs(d, netip.MustParseAddr("0.0.0.0"))
		return len(addrs) > 0, res
	case "a":
		addrs, res := s.addrs(d, ip)
		return t.covers(addrs, ip), res
	case "mx":
		a, err := s.c.res.lookup(s.ctx, kindSPF, d, dns.TypeMX)
		if err != nil {
			return false, spfResult{result: "temperror", err: err}
		}
		if res := s.voided(a); res.result != "" {
			return false, res
		}
		if len(a.records) > spfMaxMX {
			return false, spfResult{result: "permerror", err: fmt.Errorf("mx for %s names more than %d servers", d, spfMaxMX)}
		}
		for _, rr := range a.records {
			if m, ok := rr.(*dns.MX); ok {
				addrs, res := s.addrs(strings.TrimSuffix(m.Mx, "."), ip)
				if res.result != "" {
					return false, res
				}
				if t.covers(addrs, ip) {
					return true, spfResult{}
				}
			}
		}
	}
	return false, spfResult{}
}

// addrs resolves host's addresses of ip's family.
func (s *spf) addrs(host string, ip netip.Addr) ([]netip.Addr, spfResult) {
	if checkName(host) != nil {
		s.c.res.counts.add(kindSPF, "skipped")
		return nil, spfResult{}
	}
	qtype := dns.TypeA
	if ip.Is6() {
		qtype = dns.TypeAAAA
	}
	a, err := s.c.res.lookup(s.ctx, kindSPF, host, qtype)
	if err != nil {
		return nil, spfResult{result: "temperror", err: err}
	}
	if res := s.voided(a); res.result != "" {
		return nil, res
	}
	var out []netip.Addr
	for _, rr := range a.records {
		switch v := rr.(type) {
		case *dns.A:
			if x, ok := netip.AddrFromSlice(v.A.To4()); ok {
				out = append(out, x)
			}
		case *dns.AAAA:
			if x, ok := netip.AddrFromSlice(v.AAAA); ok {
				out = append(out, x)
			}
		}
	}
	return out, spfResult{}
}

// voided counts a lookup that found nothing, failing past the limit.
func (s *spf) voided(a answer) spfResult {
	if len(a.records) > 0 {
		return spfResult{}
	}
	if s.void++; s.void > spfMaxVoid {
		return spfResult{result: "permerror", err: errSPFVoid}
	}
	return spfResult{}
}

func (t spfTerm) covers(addrs []netip.Addr, ip netip.Addr) bool {
	for _, a := range addrs {
		bits := t.cidr4
		if a.Is6() {
			bits = t.cidr6
		}
		if bits < 0 {
			bits = a.BitLen()
		}
		if p, err := a.Prefix(bits); err == nil && p.Contains(ip) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
