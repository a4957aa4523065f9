package web

import (
	"context"
	"errors"
	"io"
	"math"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/whybounce/whybounce/classifier"
)

// Limits protect the service from a few clients who send too much: every
// body is capped in size and in time, large inputs are read first and then
// share a small pool so they cannot take every core, each client gets its
// share of that pool and a budget of requests on the routes that cost the
// most, and of connections. A normal paste never waits for any of them.
type Limits struct {
	// LargeInput is the body size from which a request is a large input:
	// one client may send few at once, and each needs a slot of the pool
	// to be diagnosed; 0 means DefaultLargeInput.
	LargeInput int64
	// LargeSlots is how many large inputs are diagnosed at once; 0 means
	// DefaultLargeSlots. One client holds at most half of them (at least one).
	LargeSlots int
	// LargeWait is how long a large input that has arrived waits for a slot
	// before it is refused with 503; 0 means DefaultLargeWait.
	LargeWait time.Duration
	// LargePerClient is how many large inputs one client may have in
	// progress (arriving, waiting or diagnosed); 0 means DefaultLargePerClient.
	LargePerClient int
	// LargeInFlight is how many large inputs may be in progress in all,
	// which bounds the memory they hold; 0 means DefaultLargeInFlight.
	LargeInFlight int
	// BodyTimeout is how long a whole request body may take to arrive, and
	// BodyStall how long it may pause; 0 means DefaultBodyTimeout and
	// DefaultBodyStall.
	BodyTimeout, BodyStall time.Duration
	// ConnsPerClient is how many connections one client may hold open, for
	// LimitConns; 0 means DefaultConnsPerClient.
	ConnsPerClient int
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

// Defaults, sized on a 2-core machine: a large input usually costs the engine
// up to 0.3 s of one core (10 MiB of one long line; the nested base64 bomb
// far more, until the engine bounds a whole request), and a corpus bounce
// about 1 ms. A person pastes a few bounces a minute; a script using the API
// may send a batch.
const (
	DefaultLargeInput     = 256 << 10
	DefaultLargeWait      = 10 * time.Second
	DefaultLargePerClient = 2
	// An upload of the largest bounce (10 MB) at 4 Mbit/s takes 20 s.
	DefaultBodyTimeout    = 20 * time.Second
	DefaultBodyStall      = 10 * time.Second
	DefaultConnsPerClient = 64
)

var (
	DefaultAPIRate   = Rate{PerSecond: 10, Burst: 40}
	DefaultFormRate  = Rate{PerSecond: 2, Burst: 20}
	DefaultLinksRate = Rate{PerSecond: 0.2, Burst: 10}
	// A run of checks makes a few dozen DNS lookups: one every 2 seconds,
	// 10 at once, is more than a person reading bounces needs.
	DefaultChecksRate = Rate{PerSecond: 0.5, Burst: 10}
)

// DefaultLargeSlots sizes the pool from the cores the process may use (the
// container's CPU limit included, as GOMAXPROCS reads it), leaving at least
// one core to normal requests.
func DefaultLargeSlots(cores int) int {
	return max(1, cores/2)
}

// DefaultLargeInFlight bounds the large inputs held in memory at once: four
// for each slot, at least eight, so that a slow uploader holding two of them
// leaves room for everyone else. Each is at most the body cap (10 MB). Past
// it, a large input is refused before a byte of it is read.
func DefaultLargeInFlight(slots int) int {
	return max(8, 4*slots)
}

func (l Limits) withDefaults(cores int) Limits {
	if l.LargeInput <= 0 {
		l.LargeInput = DefaultLargeInput
	}
	if l.LargeSlots <= 0 {
		l.LargeSlots = DefaultLargeSlots(cores)
	}
	if l.LargeWait <= 0 {
		l.LargeWait = DefaultLargeWait
	}
	if l.LargePerClient <= 0 {
		l.LargePerClient = DefaultLargePerClient
	}
	if l.LargeInFlight <= 0 {
		l.LargeInFlight = DefaultLargeInFlight(l.LargeSlots)
	}
	if l.BodyTimeout <= 0 {
		l.BodyTimeout = DefaultBodyTimeout
	}
	if l.BodyStall <= 0 {
		l.BodyStall = DefaultBodyStall
	}
	if l.ConnsPerClient <= 0 {
		l.ConnsPerClient = DefaultConnsPerClient
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

// retryAfterBusy is what a client refused for a busy pool, or for sending
// too many large inputs at once, is told to wait, in seconds.
const retryAfterBusy = 5

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
		if s.ownsBody(r) {
			next.ServeHTTP(w, r) // an upload of many bounces, capped by readUpload
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		next.ServeHTTP(w, r)
	})
}

// bodyDeadlines bounds the time a request body takes to arrive: all of it
// within BodyTimeout, and no pause longer than BodyStall. A body that stops
// arriving holds its connection no longer than that, and a reader of it gets
// errSlowBody, which the handlers answer with 408.
func (s *Server) bodyDeadlines(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body != nil && r.Body != http.NoBody && !s.ownsBody(r) {
			r.Body = &deadlineBody{ReadCloser: r.Body, rc: http.NewResponseController(w),
				end: time.Now().Add(s.limits.BodyTimeout), stall: s.limits.BodyStall}
		}
		next.ServeHTTP(w, r)
	})
}

// deadlineBody sets the connection's read deadline before every read of the
// body: the sooner of its end and a pause of stall from now.
type deadlineBody struct {
	io.ReadCloser
	rc    *http.ResponseController
	end   time.Time
	stall time.Duration
	done  bool
}

func (b *deadlineBody) Read(p []byte) (int, error) {
	if !b.done {
		// Where the connection cannot take deadlines (a test's recorder),
		// the server's own ReadTimeout still applies.
		deadline := time.Now().Add(b.stall)
		if b.end.Before(deadline) {
			deadline = b.end
		}
		_ = b.rc.SetReadDeadline(deadline)
	}
	n, err := b.ReadCloser.Read(p)
	switch {
	case errors.Is(err, os.ErrDeadlineExceeded):
		return n, errSlowBody
	case err != nil && !b.done:
		// The whole body is in (or the read failed): lift the deadline, so
		// that net/http's wait for the next request, which starts now, does
		// not fail while a long diagnosis runs and cancel the request.
		b.done = true
		_ = b.rc.SetReadDeadline(time.Time{})
	}
	return n, err
}

// largeInputs admits a request with a large body (or one of unknown length)
// before its body is read: a client with LargePerClient of them in progress
// gets 429, and when LargeInFlight are in progress in all, 503, both with
// Retry-After and at once, without reading the body. Smaller bodies pass
// straight through. The pool slot for the diagnosis itself is taken later,
// by diagnose, once the body has arrived.
func (s *Server) largeInputs(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A pool slot that diagnose takes is held to the end of the
		// request: writing the answer of a large input (its text, its
		// evidence, what it names) costs as much as diagnosing it.
		held := &slotHeld{}
		r = r.WithContext(context.WithValue(r.Context(), slotHeldKey{}, held))
		defer held.release()
		if r.Body == nil || r.Body == http.NoBody || (r.ContentLength >= 0 && r.ContentLength < s.limits.LargeInput) {
			next.ServeHTTP(w, r)
			return
		}
		leave, err := s.large.enter(clientKey(r, s.limits.TrustProxy))
		if err != nil {
			s.refuse(w, r, err)
			return
		}
		defer leave()
		next.ServeHTTP(w, r)
	})
}

// diagnose runs the engine on raw. A large input first takes a slot of the
// pool, waiting its turn among other clients' for up to LargeWait. Large is
// what the engine will decode (classifier.Cost), not the size uploaded: a
// small message of attached messages can be dear.
func (s *Server) diagnose(r *http.Request, raw []byte, opt classifier.Options) (*classifier.Diagnosis, error) {
	if int64(classifier.Cost(raw)) >= s.limits.LargeInput {
		release, err := s.large.slot(r.Context(), clientKey(r, s.limits.TrustProxy))
		if err != nil {
			return nil, err
		}
		if held, ok := r.Context().Value(slotHeldKey{}).(*slotHeld); ok {
			held.add(release) // released when the answer is written
		} else {
			defer release()
		}
	}
	return classifier.Diagnose(raw, opt)
}

// slotHeld keeps the pool slots a request took until it has been answered.
type slotHeld struct {
	releases []func()
}

type slotHeldKey struct{}

func (h *slotHeld) add(release func()) { h.releases = append(h.releases, release) }

func (h *slotHeld) release() {
	for _, r := range h.releases {
		r()
	}
	h.releases = nil
}

// rateLimit gives each client a token bucket on the routes it wraps; a client
// over its budget gets 429 with Retry-After.
func (s *Server) rateLimit(rate Rate) func(http.Handler) http.Handler {
	lim := newLimiter(rate)
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ok, wait := lim.allow(clientKey(r, s.limits.TrustProxy), time.Now())
			if !ok {
				s.refuse(w, r, tooManyRequests(int(math.Ceil(wait.Seconds()))))
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// limitError is a request the limits turned away, with what to tell a person
// and a program, and how long to wait before trying again.
type limitError struct {
	status     int
	retryAfter int // seconds; 0 gives no Retry-After
	title      string
	text       string // for a person; a program gets it in lower case
}

func (e *limitError) Error() string { return e.text }

// header sets the Retry-After the refusal gives.
func (e *limitError) header(w http.ResponseWriter) {
	if e.retryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(e.retryAfter))
	}
}

// message is the refusal's sentence for its reader.
func (e *limitError) message(to audience) string {
	if to == forProgram {
		return strings.ToLower(e.text[:1]) + e.text[1:]
	}
	return e.text
}

func tooManyRequests(retryAfter int) *limitError {
	return &limitError{http.StatusTooManyRequests, retryAfter, "Too many requests",
		"You have sent many bounces in a short time. Please wait a little and try again."}
}

var (
	errTooManyLarge = &limitError{http.StatusTooManyRequests, retryAfterBusy, "Too many large messages at once",
		"You are already sending large messages. Please wait until they have been read, then try again."}
	errBusy = &limitError{http.StatusServiceUnavailable, retryAfterBusy, "whybounce is busy",
		"Several large messages are being read right now. Please try again in a few seconds."}
	errSlowBody = &limitError{http.StatusRequestTimeout, 0, "The message arrived too slowly",
		"The message stopped arriving, or arrived too slowly to finish in time. Please check the connection and try again."}
)

// refuse answers a request the limits turned away before reading its body:
// JSON for the API, the error page for a person, with Retry-After when there
// is a time to give.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, err *limitError) {
	err.header(w)
	// Leave the body unread: net/http then closes the connection after the
	// answer instead of reading megabytes it will not use.
	w.Header().Set("Connection", "close")
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSON(w, err.status, map[string]string{"error": err.message(forProgram)})
		return
	}
	s.renderError(w, r, err.status, err.title, err.message(forPerson))
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
	return clientKeyOf(addr)
}

// clientKeyOf names the client at addr, an IP address with or without a port.
func clientKeyOf(addr string) string {
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
