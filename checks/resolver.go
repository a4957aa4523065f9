package checks

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"sync"
	"time"

	"github.com/miekg/dns"
)

// The kinds of lookup, as /metrics counts them: what the lookup was for.
const (
	kindDomain    = "recipient-domain"
	kindBlocklist = "blocklist"
	kindSPF       = "spf"
	kindDMARC     = "dmarc"
	kindDKIM      = "dkim"
)

// LookupKinds are the kinds of lookup the checks make.
var LookupKinds = []string{kindDomain, kindBlocklist, kindSPF, kindDMARC, kindDKIM}

// LookupOutcomes are how a lookup ends: an answer, the name does not exist,
// it exists without the data asked for, no answer in time, another failure,
// the list refused to answer this resolver, answered from the cache, or
// never asked (a private address or a local name).
var LookupOutcomes = []string{"answer", "nxdomain", "nodata", "timeout", "error", "refused", "cached", "skipped"}

// Lookup failures the checks tell apart.
var (
	errTimeout = errors.New("no answer in time")
	errServer  = errors.New("the DNS server failed to answer")
)

// answer is what a lookup found. Records holds the answer section's records
// of the type asked; an empty name (NXDOMAIN) and a name without such
// records both leave it empty, and nxdomain tells them apart.
type answer struct {
	nxdomain bool
	records  []dns.RR
}

type cacheKey struct {
	name  string
	qtype uint16
}

type cacheEntry struct {
	answer  answer
	expires time.Time
}

// maxCache bounds the cache; past it, expired entries go, then everything.
const maxCache = 10_000

// resolver asks a recursive DNS server, with a timeout per lookup and a
// cache of answers.
type resolver struct {
	servers  []string
	timeout  time.Duration
	cacheTTL time.Duration
	now      func() time.Time
	counts   *counts

	mu    sync.Mutex
	cache map[cacheKey]cacheEntry
}

// systemServers reads the system's resolvers from resolv.conf.
func systemServers(path string) ([]string, error) {
	cfg, err := dns.ClientConfigFromFile(path)
	if err != nil {
		return nil, fmt.Errorf("read the system's DNS servers: %w", err)
	}
	var out []string
	for _, s := range cfg.Servers {
		out = append(out, net.JoinHostPort(s, cfg.Port))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no DNS server in %s", path)
	}
	return out, nil
}

// ServerAddr checks a DNS server address, an IP address with or without a
// port ("192.0.2.53", "[2001:db8::53]:53"), and returns it with a port.
func ServerAddr(s string) (string, error) {
	host, port, err := net.SplitHostPort(s)
	if err != nil {
		host, port = strings.Trim(s, "[]"), "53"
	}
	if _, err := netip.ParseAddr(host); err != nil {
		return "", fmt.Errorf("DNS server %q: want an IP address, with a port or without (192.0.2.53, 192.0.2.53:53, [2001:db8::53]:53)", s)
	}
	return net.JoinHostPort(host, port), nil
}

// lookup asks for name's records of type qtype, from the cache when it can.
// kind says what the lookup is for, for the counts.
func (r *resolver) lookup(ctx context.Context, kind, name string, qtype uint16) (answer, error) {
	key := cacheKey{strings.ToLower(dns.Fqdn(name)), qtype}
	now := r.now()
	r.mu.Lock()
	e, ok := r.cache[key]
	r.mu.Unlock()
	if ok && now.Before(e.expires) {
		r.counts.add(kind, "cached")
		return e.answer, nil
	}
	a, err := r.ask(ctx, key)
	r.counts.add(kind, outcome(kind, a, err))
	if err != nil {
		return answer{}, err
	}
	r.mu.Lock()
	if len(r.cache) >= maxCache {
		for k, e := range r.cache {
			if !now.Before(e.expires) {
				delete(r.cache, k)
			}
		}
		if len(r.cache) >= maxCache {
			clear(r.cache)
		}
	}
	r.cache[key] = cacheEntry{answer: a, expires: now.Add(r.cacheTTL)}
	r.mu.Unlock()
	return a, nil
}

// outcome names how a lookup ended, for the counts.
func outcome(kind string, a answer, err error) string {
	switch {
	case errors.Is(err, errTimeout):
		return "timeout"
	case err != nil:
		return "error"
	case a.nxdomain:
		return "nxdomain"
	case len(a.records) == 0:
		return "nodata"
	case kind == kindBlocklist && refusedAnswer(a):
		return "refused"
	}
	return "answer"
}

// ask sends one query to the first server that answers, within the lookup
// timeout, over UDP, and again over TCP when the answer was truncated.
func (r *resolver) ask(ctx context.Context, key cacheKey) (answer, error) {
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	m := new(dns.Msg)
	m.SetQuestion(key.name, key.qtype)
	m.SetEdns0(1232, false)
	var lastErr error
	for _, server := range r.servers {
		resp, err := exchange(ctx, m, server)
		if err != nil {
			var ne net.Error
			if ctx.Err() != nil || errors.As(err, &ne) && ne.Timeout() {
				return answer{}, errTimeout
			}
			lastErr = err
			continue
		}
		switch resp.Rcode {
		case dns.RcodeSuccess:
			return answer{records: matching(resp.Answer, key.qtype)}, nil
		case dns.RcodeNameError:
			return answer{nxdomain: true}, nil
		}
		lastErr = fmt.Errorf("%w: %s", errServer, dns.RcodeToString[resp.Rcode])
	}
	if lastErr == nil {
		lastErr = errServer
	}
	return answer{}, lastErr
}

func exchange(ctx context.Context, m *dns.Msg, server string) (*dns.Msg, error) {
	c := &dns.Client{Net: "udp", UDPSize: 1232}
	resp, _, err := c.ExchangeContext(ctx, m, server)
	if err == nil && resp.Truncated {
		c.Net = "tcp"
		resp, _, err = c.ExchangeContext(ctx, m, server)
	}
	return resp, err
}

// matching keeps the records of type qtype; the CNAMEs a resolver adds on
// the way are not what was asked for.
func matching(rrs []dns.RR, qtype uint16) []dns.RR {
	var out []dns.RR
	for _, rr := range rrs {
		if rr.Header().Rrtype == qtype {
			out = append(out, rr)
		}
	}
	return out
}

// counts are the lookups made so far, by kind and outcome.
type counts struct {
	mu sync.Mutex
	n  map[[2]string]uint64
}

func newCounts() *counts {
	c := &counts{n: map[[2]string]uint64{}}
	for _, k := range LookupKinds {
		for _, o := range LookupOutcomes {
			c.n[[2]string{k, o}] = 0
		}
	}
	return c
}

func (c *counts) add(kind, outcome string) {
	c.mu.Lock()
	c.n[[2]string{kind, outcome}]++
	c.mu.Unlock()
}

// LookupCount is how many lookups of one kind ended one way.
type LookupCount struct {
	Kind, Outcome string
	N             uint64
}

func (c *counts) list() []LookupCount {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]LookupCount, 0, len(c.n))
	for k, n := range c.n {
		out = append(out, LookupCount{Kind: k[0], Outcome: k[1], N: n})
	}
	return out
}

// txtStrings joins each TXT record's strings into one text, as SPF, DMARC
// and DKIM read them.
func txtStrings(a answer) []string {
	var out []string
	for _, rr := range a.records {
		if t, ok := rr.(*dns.TXT); ok {
			out = append(out, strings.Join(t.Txt, ""))
		}
	}
	return out
}
