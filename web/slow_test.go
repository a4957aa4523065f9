package web

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/classifier/hostile"
)

// loopbackClient sends requests from its own loopback address, so that the
// server sees a client of its own (all of 127.0.0.0/8 is loopback).
func loopbackClient(ip string) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	return &http.Client{Transport: &http.Transport{DialContext: d.DialContext}}
}

// dialFrom opens a connection to addr from a loopback address of its own.
func dialFrom(t *testing.T, ip, addr string) net.Conn {
	t.Helper()
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatalf("dial from %s: %v", ip, err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// slowUpload starts a chunked upload on c that sends one byte of a bounce
// for every tick until stop is closed, then sends nothing more.
func slowUpload(t *testing.T, c net.Conn, tick <-chan time.Time, stop <-chan struct{}) {
	t.Helper()
	fmt.Fprint(c, "POST /api/v1/diagnose HTTP/1.1\r\nHost: whybounce\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n")
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-tick:
				if _, err := fmt.Fprint(c, "1\r\nx\r\n"); err != nil {
					return
				}
			}
		}
	}()
}

// statusLine reads the status line the server answered on c.
func statusLine(t *testing.T, c net.Conn) string {
	t.Helper()
	_ = c.SetReadDeadline(time.Now().Add(30 * time.Second))
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		t.Fatalf("reading the answer: %v", err)
	}
	return strings.TrimSpace(line)
}

// A slow uploader, sending one byte at a time, holds no slot of the
// large-input pool: other clients' large uploads go through meanwhile. Once
// its body stops arriving, it is answered 408.
func TestSlowUploaderAlongsideNormalUploads(t *testing.T) {
	s := newTestServer(t, Options{Limits: Limits{LargeInput: 16 << 10, LargeSlots: 1,
		BodyStall: 300 * time.Millisecond, BodyTimeout: time.Minute}})
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	addr := strings.TrimPrefix(ts.URL, "http://")

	slow := dialFrom(t, "127.0.0.2", addr)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	stop := make(chan struct{})
	slowUpload(t, slow, tick.C, stop)

	large := strings.Repeat("Received: from relay.example.net by mx.example.net\n", 1000) +
		"550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown\n"
	client := loopbackClient("127.0.0.3")
	for i := range 5 {
		resp, err := client.Post(ts.URL+"/api/v1/diagnose", "text/plain", strings.NewReader(large))
		if err != nil {
			t.Fatalf("upload %d: %v", i, err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("upload %d beside a slow uploader: status %d, want 200", i, resp.StatusCode)
		}
	}
	close(stop) // the slow body stops arriving
	if got := statusLine(t, slow); got != "HTTP/1.1 408 Request Timeout" {
		t.Errorf("the slow uploader got %q, want 408", got)
	}
}

// A form upload that stops arriving is answered 408 with a page that says so.
func TestStalledFormUpload(t *testing.T) {
	s := newTestServer(t, Options{Limits: Limits{BodyStall: 50 * time.Millisecond}})
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	c := dialFrom(t, "127.0.0.4", strings.TrimPrefix(ts.URL, "http://"))
	fmt.Fprint(c, "POST /diagnose HTTP/1.1\r\nHost: whybounce\r\nSec-Fetch-Site: same-origin\r\n"+
		"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 5000\r\n\r\n"+
		"--b\r\nContent-Disposition: form-data; name=\"bounce\"\r\n\r\n550 5.1.1 User unk")
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusRequestTimeout || !bytes.Contains(body, []byte("stopped arriving")) {
		t.Errorf("got %d %q, want 408 saying the message stopped arriving", resp.StatusCode, head(string(body)))
	}
}

// One client holds at most its share of the pool, and a client sending large
// inputs back to back takes turns with the others.
func TestLargePoolTakesTurns(t *testing.T) {
	p := newLargePool(Limits{LargeSlots: 2, LargeWait: time.Minute, LargePerClient: 2, LargeInFlight: 8})
	ctx := t.Context()
	a1, err := p.slot(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	// A free slot, but "a" has its share: it waits, and "b" takes the slot.
	a2 := slotLater(t, p, "a")
	waitInLine(t, p, 1)
	b1, err := p.slot(ctx, "b")
	if err != nil {
		t.Fatalf("b waited while a slot was free and a had its share: %v", err)
	}
	// Both slots busy: "c" queues behind "a".
	c1 := slotLater(t, p, "c")
	waitInLine(t, p, 2)
	// "b" is done: its slot goes to "c", since "a" still has its share.
	b1()
	release := <-c1
	select {
	case <-a2:
		t.Fatal("a took a second slot while holding its share")
	default:
	}
	// "a" is done with its first: its second goes.
	a1()
	(<-a2)()
	release()
	if p.busy != 0 || len(p.running) != 0 || len(p.line) != 0 {
		t.Errorf("after all: busy %d, running %v, line %d; want all empty", p.busy, p.running, len(p.line))
	}
}

// slotLater asks for a slot for client, and hands over its release once given.
func slotLater(t *testing.T, p *largePool, client string) <-chan func() {
	got := make(chan func(), 1)
	go func() {
		release, err := p.slot(t.Context(), client)
		if err != nil {
			t.Error(err)
			release = func() {}
		}
		got <- release
	}()
	return got
}

// waitInLine waits until n requests wait for a slot.
func waitInLine(t *testing.T, p *largePool, n int) {
	t.Helper()
	for {
		p.mu.Lock()
		got := len(p.line)
		p.mu.Unlock()
		if got == n {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// A wait that ends without a slot leaves the line, and a cancelled request
// does too.
func TestLargePoolWaitEnds(t *testing.T) {
	p := newLargePool(Limits{LargeSlots: 1, LargeWait: time.Millisecond, LargePerClient: 2, LargeInFlight: 8})
	release, err := p.slot(t.Context(), "a")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.slot(t.Context(), "b"); err != errBusy {
		t.Errorf("slot of a full pool = %v, want errBusy", err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	p.wait = time.Minute
	if _, err := p.slot(ctx, "b"); err != context.Canceled {
		t.Errorf("slot with a cancelled request = %v, want context.Canceled", err)
	}
	release()
	if len(p.line) != 0 || p.busy != 0 {
		t.Errorf("line %d, busy %d; want both 0", len(p.line), p.busy)
	}
}

// One client may have few large inputs in progress, and all clients a few
// more: past them, 429 and 503 at once, before the body is read.
func TestLargeInputsInProgress(t *testing.T) {
	s := newTestServer(t, Options{Limits: Limits{LargeInput: 1 << 10, LargePerClient: 2, LargeInFlight: 3}})
	h := s.Handler()
	large := strings.Repeat("x", 2<<10) + "\n550 5.1.1 <ann@example.com>: User unknown\n"
	var leaves []func()
	for range 2 {
		leave, err := s.large.enter("203.0.113.7")
		if err != nil {
			t.Fatal(err)
		}
		leaves = append(leaves, leave)
	}
	body := &readCounter{}
	r := httptest.NewRequest(http.MethodPost, "/api/v1/diagnose", body)
	r.RemoteAddr = "203.0.113.7:1000"
	r.ContentLength = 5 << 10
	w := serve(t, h, r)
	wantStatus(t, w, http.StatusTooManyRequests)
	wantContains(t, w.Body.String(), "already sending large messages")
	if w.Header().Get("Retry-After") == "" || body.n != 0 {
		t.Errorf("Retry-After %q, %d bytes read; want a time to wait, and the body left unread", w.Header().Get("Retry-After"), body.n)
	}
	wantStatus(t, serve(t, h, apiFrom("198.51.100.1:1", large)), http.StatusOK)

	leave, _ := s.large.enter("198.51.100.2") // three in progress in all
	w = serve(t, h, apiFrom("192.0.2.9:1", large))
	wantStatus(t, w, http.StatusServiceUnavailable)
	wantContains(t, w.Body.String(), "large messages are being read right now")
	leave()
	for _, l := range leaves {
		l()
	}
	wantStatus(t, serve(t, h, apiFrom("203.0.113.7:1", large)), http.StatusOK)
}

// One client holds at most ConnsPerClient connections: the next is answered
// 429 and closed, while other clients connect as before.
func TestConnsPerClient(t *testing.T) {
	s := newTestServer(t, Options{Limits: Limits{ConnsPerClient: 2}})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: s.Handler()}
	go srv.Serve(s.LimitConns(ln))
	t.Cleanup(func() { srv.Close() })
	addr := ln.Addr().String()

	get := func(c net.Conn) string {
		fmt.Fprint(c, "GET /healthz HTTP/1.1\r\nHost: whybounce\r\n\r\n")
		return statusLine(t, c)
	}
	first, second := dialFrom(t, "127.0.0.5", addr), dialFrom(t, "127.0.0.5", addr)
	for _, c := range []net.Conn{first, second} {
		if got := get(c); got != "HTTP/1.1 200 OK" {
			t.Fatalf("a connection within the cap: %q, want 200", got)
		}
	}
	third := dialFrom(t, "127.0.0.5", addr)
	if got := get(third); got != "HTTP/1.1 429 Too Many Requests" {
		t.Errorf("a connection over the cap: %q, want 429", got)
	}
	if got := get(dialFrom(t, "127.0.0.6", addr)); got != "HTTP/1.1 200 OK" {
		t.Errorf("another client's connection: %q, want 200", got)
	}
	first.Close()
	// The server sees the close when it next reads; retry until it has.
	for i := 0; ; i++ {
		c := dialFrom(t, "127.0.0.5", addr)
		got := get(c)
		if got == "HTTP/1.1 200 OK" {
			break
		}
		if i == 200 {
			t.Fatalf("after a connection closed: %q, want 200", got)
		}
		time.Sleep(5 * time.Millisecond)
	}
	wantContains(t, get(second), "200")
	m := serve(t, s.Handler(), httptest.NewRequest(http.MethodGet, "/metrics", nil))
	wantContains(t, m.Body.String(), "whybounce_connections_refused_total")
}

// The pool's bookkeeping survives many clients at once.
func TestLargePoolConcurrent(t *testing.T) {
	p := newLargePool(Limits{LargeSlots: 2, LargeWait: time.Minute, LargePerClient: 2, LargeInFlight: 100})
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Go(func() {
			client := fmt.Sprint(i % 5)
			leave, refused := p.enter(client)
			if refused != nil {
				return // over the client's share: refused, fine
			}
			defer leave()
			release, err := p.slot(t.Context(), client)
			if err != nil {
				t.Error(err)
				return
			}
			release()
		})
	}
	wg.Wait()
	if p.busy != 0 || p.total != 0 || len(p.running)+len(p.inFlight)+len(p.line) != 0 {
		t.Errorf("after all: busy %d, total %d, running %v, in flight %v, line %d", p.busy, p.total, p.running, p.inFlight, len(p.line))
	}
}

// The pool is sized from the cores the process may use, leaving one to
// normal requests.
func TestLargeSlotsFromCores(t *testing.T) {
	for cores, want := range map[int]int{1: 1, 2: 1, 3: 1, 4: 2, 16: 8} {
		if got := DefaultLargeSlots(cores); got != want {
			t.Errorf("DefaultLargeSlots(%d) = %d, want %d", cores, got, want)
		}
	}
	s := newTestServer(t, Options{})
	if got, want := s.large.slots, DefaultLargeSlots(runtime.GOMAXPROCS(0)); got != want {
		t.Errorf("the server's pool has %d slots, want %d for %d cores", got, want, runtime.GOMAXPROCS(0))
	}
	if s.large.share != max(1, s.large.slots/2) {
		t.Errorf("one client's share is %d of %d slots, want half, at least one", s.large.share, s.large.slots)
	}
}

// A client that goes away while its large input waits gets no 500 and no
// line in the error log.
func TestLargeInputClientGone(t *testing.T) {
	var logs bytes.Buffer
	s, err := NewServer(slog.New(slog.NewTextHandler(&logs, nil)), prometheus.NewRegistry(),
		Options{Limits: Limits{LargeInput: 1 << 10, LargeSlots: 1, LargeWait: time.Minute}})
	if err != nil {
		t.Fatal(err)
	}
	release := holdSlots(t, s)
	defer release()
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	r := apiFrom("203.0.113.7:1", strings.Repeat("x", 2<<10)).WithContext(ctx)
	w := serve(t, s.Handler(), r)
	wantStatus(t, w, http.StatusServiceUnavailable)
	if strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("a client gone away was logged as an error: %s", logs.String())
	}
}

// A large input that finds the pool busy with another client's waits its
// turn instead of being refused at once: a client sending large inputs back
// to back no longer turns everyone else's away with 503.
func TestLargeInputWaitsItsTurn(t *testing.T) {
	s := newTestServer(t, Options{Limits: Limits{LargeInput: 1 << 10, LargeSlots: 1, LargeWait: time.Minute}})
	h := s.Handler()
	release := holdSlots(t, s) // the back-to-back client's input is being diagnosed
	done := make(chan int)
	go func() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, apiFrom("198.51.100.1:1", strings.Repeat("x", 2<<10)+"\n550 5.1.1 <ann@example.com>: User unknown\n"))
		done <- w.Code
	}()
	waitInLine(t, s.large, 1)
	// The back-to-back client's next input queues behind it.
	next := slotLater(t, s.large, "other-client-0")
	waitInLine(t, s.large, 2)
	release()
	if got := <-done; got != http.StatusOK {
		t.Errorf("the waiting client got %d, want 200", got)
	}
	(<-next)()
}

// A small message of attached messages is charged for what the engine
// will decode, not for its size: the 250 KB nested bomb waits for a slot of
// the large-input pool, where a plain bounce of the same size would not.
func TestNestedBombTakesALargeSlot(t *testing.T) {
	s := newTestServer(t, Options{Limits: Limits{LargeSlots: 1, LargeWait: time.Millisecond}})
	h := s.Handler()
	bomb := string(hostile.NestedBomb(200_000))
	if int64(len(bomb)) >= s.limits.LargeInput {
		t.Fatalf("the bomb is %d bytes, not under the large-input size %d", len(bomb), s.limits.LargeInput)
	}
	release := holdSlots(t, s)
	defer release()
	wantStatus(t, serve(t, h, apiFrom("198.51.100.9:1", bomb)), http.StatusServiceUnavailable)
	plain := strings.Repeat("x", len(bomb)) + "\n550 5.1.1 <ann@example.com>: User unknown\n"
	wantStatus(t, serve(t, h, apiFrom("198.51.100.9:1", plain)), http.StatusOK)
}

// A large input keeps its pool slot until its answer is written: writing it
// (its text, what it names, the page) costs as much as the diagnosis, and
// must not run beside the next large input on the other cores.
func TestLargeInputHoldsItsSlotToTheEnd(t *testing.T) {
	s := newTestServer(t, Options{})
	raw := []byte(strings.Repeat("550 5.1.1 <ann@example.org>: User unknown\n", 10_000))
	busyDuring := -1
	h := s.largeInputs(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := s.diagnose(r, raw, classifier.Options{}); err != nil {
			t.Fatal(err)
		}
		s.large.mu.Lock()
		busyDuring = s.large.busy
		s.large.mu.Unlock()
	}))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodPost, "/api/v1/diagnose", bytes.NewReader(raw)))
	if busyDuring != 1 {
		t.Errorf("slots busy while the answer is written: %d, want 1", busyDuring)
	}
	if s.large.busy != 0 {
		t.Errorf("slots busy after the request: %d, want 0", s.large.busy)
	}
}
