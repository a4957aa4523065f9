// Package checks confirms a diagnosis against DNS as it is now: does the
// recipient's domain exist and accept mail, is the sending server's address
// or the sender's domain on a blocklist, what do the sender's SPF, DMARC and
// DKIM records say. It asks only about the names and addresses the bounce
// gives, only the questions its diagnosis makes relevant, and only in DNS.
//
// Every lookup has a timeout, a whole run has a budget, answers are cached,
// and private addresses and local names are never looked up.
package checks

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// Defaults of Config.
const (
	DefaultLookupTimeout = 2 * time.Second
	DefaultBudget        = 5 * time.Second
	DefaultCacheTTL      = 5 * time.Minute
)

// Config sets up a Checker.
type Config struct {
	// Servers are the recursive DNS servers asked, "ip:port"; none means the
	// system's, from resolv.conf.
	Servers []string
	// ResolvConf is the file the system's servers are read from; "" means
	// /etc/resolv.conf.
	ResolvConf string
	// Lists are the blocklists asked beside the ones a bounce names; nil
	// means DefaultLists, an empty list none.
	Lists []List
	// LookupTimeout bounds one lookup, Budget one whole run, CacheTTL how
	// long an answer is reused; zero means the default.
	LookupTimeout, Budget, CacheTTL time.Duration
	// Now is the clock, for the cache and the report's time; nil means time.Now.
	Now func() time.Time
}

// Checker runs the checks. It is safe for concurrent use.
type Checker struct {
	res    *resolver
	lists  []List
	budget time.Duration
	now    func() time.Time
}

// New returns a Checker, or an error when no DNS server is set and the
// system names none.
func New(cfg Config) (*Checker, error) {
	servers := cfg.Servers
	if len(servers) == 0 {
		path := cfg.ResolvConf
		if path == "" {
			path = "/etc/resolv.conf"
		}
		var err error
		if servers, err = systemServers(path); err != nil {
			return nil, err
		}
	}
	for i, s := range servers {
		addr, err := ServerAddr(s)
		if err != nil {
			return nil, err
		}
		servers[i] = addr
	}
	lists := cfg.Lists
	if lists == nil {
		lists = DefaultLists()
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	return &Checker{
		res: &resolver{
			servers: servers, timeout: orDefault(cfg.LookupTimeout, DefaultLookupTimeout),
			cacheTTL: orDefault(cfg.CacheTTL, DefaultCacheTTL), now: now, counts: newCounts(),
			cache: map[cacheKey]cacheEntry{},
		},
		lists: lists, budget: orDefault(cfg.Budget, DefaultBudget), now: now,
	}, nil
}

func orDefault(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// Lists are the blocklists asked beside the ones a bounce names.
func (c *Checker) Lists() []List { return c.lists }

// Lookups counts the lookups made so far, by kind and outcome, for /metrics.
func (c *Checker) Lookups() []LookupCount { return c.res.counts.list() }

// Status says how a result reads.
type Status string

// The statuses of a result.
const (
	// OK: all is well here ("not listed", "accepts mail").
	OK Status = "ok"
	// Problem: this can make mail fail ("listed", "does not exist").
	Problem Status = "problem"
	// Unknown: the check could not tell (no answer in time, refused).
	Unknown Status = "unknown"
	// Info: worth knowing, neither good nor bad (a DMARC policy, a private
	// address that was not looked up).
	Info Status = "info"
)

// Kinds of result.
const (
	KindDomain    = "recipient-domain"
	KindBlocklist = "blocklist"
	KindSPF       = "spf"
	KindSPFIP     = "spf-ip"
	KindDMARC     = "dmarc"
	KindDKIM      = "dkim"
)

// Result is one thing checked.
type Result struct {
	// Kind is "recipient-domain", "blocklist", "spf" (the record),
	// "spf-ip" (whether the named address may send), "dmarc" or "dkim".
	Kind string `json:"kind"`
	// Subject is the domain, address or DNS name checked.
	Subject string `json:"subject"`
	// List is the blocklist asked, for a blocklist result.
	List string `json:"list,omitempty"`
	// Zone is the blocklist's DNS zone.
	Zone   string `json:"zone,omitempty"`
	Status Status `json:"status"`
	// Verdict is a stable id of what was found ("listed", "not-listed",
	// "resolver-refused", "does-not-exist", "null-mx", ...).
	Verdict string `json:"verdict"`
	// Summary says what was found, in a sentence or two.
	Summary string `json:"summary"`
	// Details are the records and answers behind it.
	Details []string `json:"details,omitempty"`
	// LookupURL is a page to check or contest a listing.
	LookupURL string `json:"lookup_url,omitempty"`
}

// Report is the outcome of one run.
type Report struct {
	// CheckedAt is when the checks ran.
	CheckedAt time.Time `json:"checked_at"`
	Results   []Result  `json:"results"`
	// Note says why some or all checks did not run, when they did not.
	Note string `json:"note,omitempty"`
}

// maxParallel bounds the lookups of one run in flight at once.
const maxParallel = 8

// Run checks what p asks, within the run's budget; what gets no answer in
// time is reported as such, never left out.
func (c *Checker) Run(ctx context.Context, p Plan) *Report {
	ctx, cancel := context.WithTimeout(ctx, c.budget)
	defer cancel()
	tasks := c.tasks(p)
	out := make([][]Result, len(tasks))
	sem := make(chan struct{}, maxParallel)
	var wg sync.WaitGroup
	for i, task := range tasks {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			out[i] = task(ctx)
		})
	}
	wg.Wait()
	rep := &Report{CheckedAt: c.now().UTC(), Results: []Result{}}
	for _, rs := range out {
		rep.Results = append(rep.Results, rs...)
	}
	return rep
}

type task func(ctx context.Context) []Result

func one(f func(ctx context.Context) Result) task {
	return func(ctx context.Context) []Result { return []Result{f(ctx)} }
}

// tasks lists the checks of p, in the order the report shows them.
func (c *Checker) tasks(p Plan) []task {
	p = p.bounded()
	var ts []task
	for _, d := range p.Domains {
		ts = append(ts, one(func(ctx context.Context) Result { return c.checkDomain(ctx, d) }))
	}
	if p.Blocklists {
		ts = append(ts, c.blocklistTasks(p)...)
	}
	if p.Auth {
		ts = append(ts, c.authTasks(p)...)
	}
	return ts
}

// couldNotTell is the result of a lookup that failed.
func couldNotTell(r Result, err error) Result {
	r.Status, r.Verdict = Unknown, "could-not-tell"
	why := "the DNS server failed to answer"
	if errors.Is(err, errTimeout) {
		why = "the DNS server gave no answer in time"
	}
	r.Summary = fmt.Sprintf("Could not tell %s: %s.", question(r), why)
	return r
}

// question is what a result answers, for a sentence that says it could not.
func question(r Result) string {
	switch r.Kind {
	case KindDomain:
		return "whether " + r.Subject + " exists and accepts mail"
	case KindBlocklist:
		return "whether " + r.Subject + " is on " + r.List
	case KindSPF:
		return "what the SPF record of " + r.Subject + " says"
	case KindDMARC:
		return "what the DMARC record of " + r.Subject + " says"
	case KindDKIM:
		return "whether " + r.Subject + " publishes a DKIM key"
	}
	return "whether " + r.Subject + " may send this mail"
}

// notChecked is the result for a name or address that is never looked up.
func notChecked(r Result, what string, err error) Result {
	r.Status, r.Verdict = Info, "not-checked"
	r.Summary = fmt.Sprintf("Not checked: %s is %s.", what, err)
	switch {
	case errors.Is(err, errPrivateIP):
		r.Summary += " Such addresses are never looked up, and no public list holds them."
	case errors.Is(err, errLocalName), errors.Is(err, errSingleLabel):
		r.Summary += " Such names are never sent to a DNS server."
	}
	return r
}
