package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestLimiterBucket(t *testing.T) {
	l := newLimiter(Rate{PerSecond: 2, Burst: 3})
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	for i := range 3 {
		if ok, _ := l.allow("a", now); !ok {
			t.Fatalf("request %d of the burst refused", i+1)
		}
	}
	ok, wait := l.allow("a", now)
	if ok || wait != 500*time.Millisecond {
		t.Fatalf("fourth request: allowed %v, wait %s; want refused, wait 500ms", ok, wait)
	}
	if ok, _ := l.allow("b", now); !ok {
		t.Error("another client was refused because of the first one")
	}
	if ok, _ := l.allow("a", now.Add(500*time.Millisecond)); !ok {
		t.Error("refused after the bucket refilled one token")
	}
	if ok, _ := l.allow("a", now.Add(500*time.Millisecond)); ok {
		t.Error("allowed a second request on one refilled token")
	}
	// A long pause refills to the burst, never beyond.
	later := now.Add(time.Hour)
	for i := range 3 {
		if ok, _ := l.allow("a", later); !ok {
			t.Fatalf("after a pause, request %d refused", i+1)
		}
	}
	if ok, _ := l.allow("a", later); ok {
		t.Error("the bucket held more than its burst")
	}
}

// A flood of addresses cannot grow the table without bound.
func TestLimiterTableBounded(t *testing.T) {
	l := newLimiter(Rate{PerSecond: 1, Burst: 5})
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	for i := range maxBuckets + 5000 {
		l.allow(strconv.Itoa(i), now)
	}
	if n := len(l.buckets); n > maxBuckets {
		t.Errorf("%d buckets, want at most %d", n, maxBuckets)
	}
	// A client seen a moment ago keeps its (empty) bucket through a sweep of
	// full ones.
	for range 5 {
		l.allow("busy", now)
	}
	for i := range maxBuckets {
		l.allow("later-"+strconv.Itoa(i), now.Add(10*time.Second))
	}
	if ok, _ := l.allow("busy", now.Add(10*time.Second)); !ok {
		t.Error("a client whose bucket refilled was refused")
	}
}

func TestClientKey(t *testing.T) {
	tests := []struct {
		name   string
		remote string
		xff    []string
		trust  bool
		want   string
	}{
		{"IPv4", "203.0.113.7:5123", nil, false, "203.0.113.7"},
		{"IPv6 by /64", "[2001:db8:1:2:aaaa::1]:443", nil, false, "2001:db8:1:2::/64"},
		{"same /64, same client", "[2001:db8:1:2:ffff::9]:443", nil, false, "2001:db8:1:2::/64"},
		{"IPv4-mapped IPv6", "[::ffff:203.0.113.7]:80", nil, false, "203.0.113.7"},
		{"proxy header ignored unless trusted", "10.0.0.2:80", []string{"198.51.100.1"}, false, "10.0.0.2"},
		{"trusted proxy: its entry", "10.0.0.2:80", []string{"198.51.100.1"}, true, "198.51.100.1"},
		{"trusted proxy: the last entry, not the client's own", "10.0.0.2:80", []string{"1.2.3.4, 198.51.100.1"}, true, "198.51.100.1"},
		{"trusted proxy: last of several headers", "10.0.0.2:80", []string{"1.2.3.4", "5.6.7.8, 198.51.100.9"}, true, "198.51.100.9"},
		{"trusted proxy, no header: the connection", "10.0.0.2:80", nil, true, "10.0.0.2"},
		{"garbage", "not an address", nil, false, "invalid"},
	}
	for _, tt := range tests {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.RemoteAddr = tt.remote
		for _, v := range tt.xff {
			r.Header.Add("X-Forwarded-For", v)
		}
		if got := clientKey(r, tt.trust); got != tt.want {
			t.Errorf("%s: clientKey = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestMineList(t *testing.T) {
	got := mineList("ann@example.org, example.net;  ", "bücher.example", strings.Repeat("x", 300))
	want := []string{"ann@example.org", "example.net", "bücher.example"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("mineList = %q, want %q", got, want)
	}
	if n := len(mineList(strings.Repeat("a.example ", 1000))); n != maxMine {
		t.Errorf("%d entries kept, want at most %d", n, maxMine)
	}
}

// apiFrom is an API request from the given client address.
func apiFrom(remote, body string) *http.Request {
	r := httptest.NewRequest(http.MethodPost, "/api/v1/diagnose", strings.NewReader(body))
	r.Header.Set("Content-Type", "text/plain")
	r.RemoteAddr = remote
	return r
}

func TestRateLimitAPI(t *testing.T) {
	h := newTestHandler(t, Options{Limits: Limits{API: Rate{PerSecond: 0.001, Burst: 2}}})
	const bounce = "550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown"
	for range 2 {
		wantStatus(t, serve(t, h, apiFrom("203.0.113.7:1000", bounce)), http.StatusOK)
	}
	w := serve(t, h, apiFrom("203.0.113.7:1001", bounce))
	wantStatus(t, w, http.StatusTooManyRequests)
	if ra, err := strconv.Atoi(w.Header().Get("Retry-After")); err != nil || ra < 1 {
		t.Errorf("Retry-After = %q, want a number of seconds", w.Header().Get("Retry-After"))
	}
	var body struct{ Error string }
	if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil || !strings.Contains(body.Error, "many") {
		t.Errorf("body %q, want a JSON error about too many requests", w.Body.String())
	}
	// Another client is not affected.
	wantStatus(t, serve(t, h, apiFrom("198.51.100.1:1000", bounce)), http.StatusOK)
}

func TestRateLimitForm(t *testing.T) {
	h := newTestHandler(t, Options{Limits: Limits{Form: Rate{PerSecond: 0.001, Burst: 1}}})
	form := url.Values{"bounce": {"550 5.1.1 User unknown"}}
	wantStatus(t, serve(t, h, postForm("/diagnose", form)), http.StatusOK)
	w := serve(t, h, postForm("/diagnose", form))
	wantStatus(t, w, http.StatusTooManyRequests)
	wantContains(t, w.Body.String(), "Too many requests", "Please wait")
	if w.Header().Get("Retry-After") == "" {
		t.Error("no Retry-After")
	}
	// Pages to read are never limited.
	wantStatus(t, serve(t, h, httptest.NewRequest(http.MethodGet, "/", nil)), http.StatusOK)
}

// holdSlots takes every slot of s's pool, as other clients' large inputs
// being diagnosed would, and returns what gives them back.
func holdSlots(t *testing.T, s *Server) (release func()) {
	t.Helper()
	var releases []func()
	for i := range s.limits.LargeSlots {
		r, err := s.large.slot(t.Context(), "other-client-"+strconv.Itoa(i))
		if err != nil {
			t.Fatalf("taking slot %d: %v", i, err)
		}
		releases = append(releases, r)
	}
	return func() {
		for _, r := range releases {
			r()
		}
	}
}

// A large input waits its turn for a slot, briefly; with the pool still full
// it is refused with 503, while a small one goes through at once.
func TestLargeInputPool(t *testing.T) {
	s := newTestServer(t, Options{Limits: Limits{LargeInput: 1 << 10, LargeSlots: 1, LargeWait: time.Millisecond}})
	h := s.Handler()
	large := strings.Repeat("x", 2<<10) + "\n550 5.1.1 <ann@example.com>: User unknown\n"
	small := "550 5.1.1 <ann@example.com>: User unknown"

	release := holdSlots(t, s) // another large input is being read
	w := serve(t, h, apiFrom("203.0.113.7:1000", large))
	wantStatus(t, w, http.StatusServiceUnavailable)
	if w.Header().Get("Retry-After") == "" {
		t.Error("503 without Retry-After")
	}
	wantStatus(t, serve(t, h, apiFrom("203.0.113.7:1000", small)), http.StatusOK)
	form := postMultipart(t, "/diagnose", nil, "big.eml", []byte(large))
	w = serve(t, h, form)
	wantStatus(t, w, http.StatusServiceUnavailable)
	wantContains(t, w.Body.String(), "Several large messages are being read right now")
	if w.Header().Get("Retry-After") == "" {
		t.Error("503 without Retry-After")
	}

	release() // it is done
	wantStatus(t, serve(t, h, apiFrom("203.0.113.7:1000", large)), http.StatusOK)
	if s.large.busy != 0 || s.large.total != 0 {
		t.Errorf("%d slots and %d large requests still taken after the request, want 0", s.large.busy, s.large.total)
	}
	// A body of unknown length is read before it is judged: a small one
	// needs no slot.
	release = holdSlots(t, s)
	r := apiFrom("203.0.113.7:1000", small)
	r.ContentLength = -1
	wantStatus(t, serve(t, h, r), http.StatusOK)
	release()
}

// Every route that reads a body answers a body over the cap with 413.
func TestBodyCaps(t *testing.T) {
	h := newTestHandler(t, Options{MaxBytes: 1 << 10})
	big := bytes.Repeat([]byte("550 5.1.1 User unknown\n"), 200)
	for _, tt := range []struct {
		name string
		r    *http.Request
		want string
	}{
		{"api raw", apiFrom("203.0.113.7:1", string(big)), "larger than the limit"},
		{"api json", func() *http.Request {
			b, _ := json.Marshal(map[string]string{"message": string(big)})
			r := apiFrom("203.0.113.7:1", string(b))
			r.Header.Set("Content-Type", "application/json")
			return r
		}(), "larger than the limit"},
		{"form paste", postForm("/diagnose", url.Values{"bounce": {string(big)}}), "too large"},
		{"form upload", postMultipart(t, "/diagnose", nil, "b.eml", big), "too large"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := serve(t, h, tt.r)
			wantStatus(t, w, http.StatusRequestEntityTooLarge)
			wantContains(t, w.Body.String(), tt.want)
		})
	}
}

// readCounter counts what a handler reads of a body.
type readCounter struct{ n int }

func (c *readCounter) Read(p []byte) (int, error) {
	c.n += len(p)
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

// A body announced larger than the cap is refused without reading it.
func TestAnnouncedTooLargeNotRead(t *testing.T) {
	h := newTestHandler(t, Options{MaxBytes: 1 << 20})
	for _, path := range []string{"/api/v1/diagnose", "/diagnose"} {
		body := &readCounter{}
		r := httptest.NewRequest(http.MethodPost, path, body)
		r.ContentLength = 1 << 30
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		w := serve(t, h, r)
		wantStatus(t, w, http.StatusRequestEntityTooLarge)
		if body.n > 0 {
			t.Errorf("%s: read %d bytes of a body announced too large, want none", path, body.n)
		}
	}
}
