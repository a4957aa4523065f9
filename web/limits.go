package web

import (
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Limits protect the service from a few clients who send too much: every
// body is capped, large inputs share a small pool so they cannot take every
// core, and each client has a budget of requests on the routes that cost
// the most. A normal paste never waits for any of them.
type Limits struct {
	// LargeInput is the body size from which a request needs a slot in the
	// large-input pool; 0 means DefaultLargeInput.
	LargeInput int64
	// LargeSlots is how many large inputs are diagnosed at once; 0 means
	// DefaultLargeSlots.
	LargeSlots int
	// API is each client's budget on the JSON API; a zero Rate means
	// DefaultAPIRate.
	API Rate
	// Form is each client's budget on the paste form.
	Form Rate
	// Links is each client's budget for creating share links.
	Links Rate
	// Checks is each client's budget of live checks (a result page's box, a
	// share link with checks, an API call that asks for them).
	Checks Rate
	// TrustProxy says the service runs behind a reverse proxy that appends
	// the client's address to X-Forwarded-For; only then is that header
	// believed, and only its last entry.
	TrustProxy bool
}

// Rate is a token bucket: Burst requests at once, refilled at PerSecond.
type Rate struct {
	PerSecond float64
	Burst     int
}

// Defaults, sized on a 2-core machine: the largest accepted input (10 MiB of
// one long line) costs the engine about 0.3 s of one core, and a corpus
// bounce about 1 ms. A person pastes a few bounces a minute; a script using
// the API may send a batch.
const (
	DefaultLargeInput = 256 << 10
)

var (
	DefaultAPIRate   = Rate{PerSecond: 10, Burst: 40}
	DefaultFormRate  = Rate{PerSecond: 2, Burst: 20}
	DefaultLinksRate = Rate{PerSecond: 0.2, Burst: 10}
	// A run of checks makes a few dozen DNS lookups: one every 2 seconds,
	// 10 at once, is more than a person reading bounces needs.
	DefaultChecksRate = Rate{PerSecond: 0.5, Burst: 10}
)

// DefaultLargeSlots leaves at least one core to normal requests.
func DefaultLargeSlots(cores int) int {
	return max(1, cores/2)
}

func (l Limits) withDefaults(cores int) Limits {
	if l.LargeInput <= 0 {
		l.LargeInput = DefaultLargeInput
	}
	if l.LargeSlots <= 0 {
		l.LargeSlots = DefaultLargeSlots(cores)
	}
	if l.API.PerSecond <= 0 {
		l.API = DefaultAPIRate
	}
	if l.Form.PerSecond <= 0 {
		l.Form = DefaultFormRate
	}
	if l.Links.PerSecond <= 0 {
		l.Links = DefaultLinksRate
	}
	if l.Checks.PerSecond <= 0 {
		l.Checks = DefaultChecksRate
	}
	return l
}

// largeReadTimeout bounds how long a large body may take to arrive.
const largeReadTimeout = 20 * time.Second

// retryAfterBusy is what a client refused for a full pool is told to wait, in
// seconds: one large diagnosis takes well under that.
const retryAfterBusy = 2

// maxMine bounds the reader's own addresses: a person has a few.
const (
	maxMine    = 20
	maxMineLen = 254
)

// mineList reads the reader's own addresses or domains from form or API
// fields (each may hold several, separated by commas or spaces), bounded in
// number and length so the field cannot be used to make work.
func mineList(fields ...string) []string {
	var out []string
	for _, f := range fields {
		for _, m := range strings.FieldsFunc(f, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\t' || r == '\n' || r == '\r' }) {
			if len(out) == maxMine {
				return out
			}
			if len(m) <= maxMineLen {
				out = append(out, m)
			}
		}
	}
	return out
}

// capBodies caps every request body, whatever the route, as a backstop to the
// handlers' own tighter caps; reading past it fails with a size error the
// handlers answer with 413.
func (s *Server) capBodies(next http.Handler) http.Handler {
	limit := 2*s.opts.MaxBytes + formSlack
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		next.ServeHTTP(w, r)
	})
}

// largeInputs makes a request with a large body (or one of unknown length)
// take a slot of the large-input pool for its whole duration, or answers 503
// with Retry-After at once when the pool is full. Small requests pass
// straight through, so they never wait behind a large one.
func (s *Server) largeInputs(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Body == http.NoBody || (r.ContentLength >= 0 && r.ContentLength < s.limits.LargeInput) {
			next.ServeHTTP(w, r)
			return
		}
		select {
		case s.large <- struct{}{}:
			defer func() { <-s.large }()
			// A slow sender must not hold a slot for the server's whole
			// read timeout: the largest body arrives well within this on
			// any line fit to upload it.
			_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(largeReadTimeout))
			next.ServeHTTP(w, r)
		default:
			s.refuse(w, r, http.StatusServiceUnavailable, retryAfterBusy)
		}
	})
}

// rateLimit gives each client a token bucket on the routes it wraps; a client
// over its budget gets 429 with Retry-After.
func (s *Server) rateLimit(rate Rate) func(http.Handler) http.Handler {
	lim := newLimiter(rate)
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ok, wait := lim.allow(clientKey(r, s.limits.TrustProxy), time.Now())
			if !ok {
				s.refuse(w, r, http.StatusTooManyRequests, int(math.Ceil(wait.Seconds())))
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// refuse answers a request the limits turned away: JSON for the API, the
// error page for a person, with Retry-After when there is a time to give.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, status, retryAfter int) {
	if retryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(retryAfter))
	}
	// Leave the body unread: net/http then closes the connection after the
	// answer instead of reading megabytes it will not use.
	w.Header().Set("Connection", "close")
	title, text := "Too many requests", "You have sent many bounces in a short time. Please wait a little and try again."
	if status == http.StatusServiceUnavailable {
		title, text = "whybounce is busy", "Several large messages are being read right now. Please try again in a few seconds."
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSON(w, status, map[string]string{"error": strings.ToLower(text[:1]) + text[1:]})
		return
	}
	s.renderError(w, r, status, title, text)
}

// clientKey names the client a request comes from: its IP address (IPv6 by
// its /64, which one person usually holds whole), from the connection, or
// from the last X-Forwarded-For entry when a proxy in front is trusted. Any
// earlier entries are written by the client and could be anything.
func clientKey(r *http.Request, trustProxy bool) string {
	addr := r.RemoteAddr
	if trustProxy {
		if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
			last := xff[len(xff)-1]
			if i := strings.LastIndexByte(last, ','); i >= 0 {
				last = last[i+1:]
			}
			addr = strings.TrimSpace(last)
		}
	}
	host := addr
	if h, _, err := net.SplitHostPort(addr); err == nil {
		host = h
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	if ip == nil {
		return "invalid"
	}
	if ip4 := ip.To4(); ip4 != nil {
		return ip4.String()
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}

// limiter holds a token bucket per client. Buckets that have refilled are
// dropped when the table grows, so memory stays bounded by the clients of the
// last few seconds.
type limiter struct {
	rate    Rate
	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

// maxBuckets bounds the table: past it, a sweep drops full buckets, and if a
// flood of addresses still fills it, the oldest half goes.
const maxBuckets = 100_000

func newLimiter(r Rate) *limiter {
	return &limiter{rate: r, buckets: map[string]*bucket{}}
}

// allow takes a token from key's bucket, or says how long until one is there.
func (l *limiter) allow(key string, now time.Time) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.buckets[key]
	if b == nil {
		if len(l.buckets) >= maxBuckets {
			l.sweep(now)
		}
		b = &bucket{tokens: float64(l.rate.Burst), last: now}
		l.buckets[key] = b
	}
	if elapsed := now.Sub(b.last); elapsed > 0 {
		b.tokens = min(float64(l.rate.Burst), b.tokens+elapsed.Seconds()*l.rate.PerSecond)
		b.last = now
	}
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	return false, time.Duration((1 - b.tokens) / l.rate.PerSecond * float64(time.Second))
}

// sweep drops the buckets that would be full by now: forgetting them changes
// nothing. If that frees too little, it drops the least recently used half.
func (l *limiter) sweep(now time.Time) {
	full := time.Duration(float64(l.rate.Burst) / l.rate.PerSecond * float64(time.Second))
	for k, b := range l.buckets {
		if now.Sub(b.last) >= full {
			delete(l.buckets, k)
		}
	}
	if len(l.buckets) < maxBuckets*3/4 {
		return
	}
	cut := now.Add(-full / 2)
	for k, b := range l.buckets {
		if b.last.Before(cut) || len(l.buckets) >= maxBuckets*3/4 {
			delete(l.buckets, k)
		}
	}
}
