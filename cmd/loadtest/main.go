// Command loadtest measures whybounce under load on the loopback interface:
// normal bounces at a steady rate, first alone and then while hostile inputs
// (deep nesting, part bombs, nested base64 bombs, huge bodies, oversized
// uploads) arrive at the same time and a slow uploader holds connections
// open, trickling bodies a byte a second. It reports latency percentiles, the
// error rate of the normal traffic and the server's peak memory, so a change
// that lets hostile input slow everyone down shows up as numbers.
//
//	go build -o /tmp/whybounce ./cmd/whybounce
//	go run ./cmd/loadtest -bin /tmp/whybounce -corpus ../shared/corpus [-- extra serve flags]
//
// Normal traffic comes from many loopback addresses (127.0.1.x), as it would
// from many people, so per-client rate limits see each person's share; each
// hostile client has its own address (127.0.2.x), and so does each slow
// uploader (127.0.3.x). It only ever talks to the loopback interface, and
// every loop is bounded in time.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"mime/multipart"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/whybounce/whybounce/classifier/hostile"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

type config struct {
	bin         string
	corpus      string
	rate        int
	duration    time.Duration
	hostileConc int
	slow        int
	slowConns   int
	without     string
	users       int
	serverArgs  []string
}

func run(args []string, out io.Writer) error {
	var c config
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.StringVar(&c.bin, "bin", "", "whybounce binary to start on a loopback port (required)")
	fs.StringVar(&c.corpus, "corpus", "../shared/corpus", "folder of the labelled corpus; its emails are the normal traffic")
	fs.IntVar(&c.rate, "rate", 200, "normal requests per second")
	fs.DurationVar(&c.duration, "duration", 15*time.Second, "length of each phase")
	fs.IntVar(&c.hostileConc, "hostile", 4, "concurrent hostile clients in the second phase, each from its own loopback address")
	fs.IntVar(&c.slow, "slow", 1, "slow uploaders in the second phase, each from its own loopback address")
	fs.IntVar(&c.slowConns, "slow-conns", 256, "connections each slow uploader keeps open, each trickling a body a byte a second")
	fs.StringVar(&c.without, "without", "", "hostile inputs to leave out, by name, comma-separated (nested-bomb,nested-bomb-250k), to see what each costs")
	fs.IntVar(&c.users, "users", 64, "loopback source addresses the normal traffic is spread over (127.0.1.x), as many people would be")
	if err := fs.Parse(args); err != nil {
		return err
	}
	c.serverArgs = fs.Args()
	if c.bin == "" {
		return errors.New("-bin is required: go build -o /tmp/whybounce ./cmd/whybounce")
	}
	if c.rate < 1 || c.rate > 5000 || c.duration <= 0 || c.duration > 10*time.Minute {
		return errors.New("-rate must be 1..5000 and -duration at most 10m")
	}
	if c.users < 1 || c.users > 250 || c.hostileConc < 0 || c.hostileConc > 250 || c.slow < 0 || c.slow > 250 {
		return errors.New("-users must be 1..250, -hostile and -slow 0..250")
	}
	if c.slowConns < 1 || c.slowConns > 10_000 {
		return errors.New("-slow-conns must be 1..10000")
	}
	normal, err := loadCorpus(c.corpus)
	if err != nil {
		return err
	}
	srv, err := startServer(c.bin, c.serverArgs)
	if err != nil {
		return err
	}
	defer srv.stop()

	users := make([]*http.Client, c.users)
	for i := range users {
		users[i] = clientFrom(net.IPv4(127, 0, 1, byte(1+i)))
	}
	fmt.Fprintf(out, "server pid %d on %s; %d normal messages from %d loopback addresses; %d req/s for %s per phase\n"+
		"every 4th normal request is the browser form, the others the API\n\n",
		srv.cmd.Process.Pid, srv.url, len(normal), c.users, c.rate, c.duration)

	payloads := make([]payload, len(normal))
	for i, m := range normal {
		payloads[i] = newPayload(m)
	}
	inputs := hostileInputs()
	for name := range strings.SplitSeq(c.without, ",") {
		if name = strings.TrimSpace(name); name != "" {
			n := len(inputs)
			inputs = slices.DeleteFunc(inputs, func(in namedPayload) bool { return in.Name == name })
			if len(inputs) == n {
				return fmt.Errorf("-without: no hostile input is called %q", name)
			}
		}
	}
	if len(inputs) == 0 {
		return errors.New("-without leaves no hostile input")
	}
	if c.without != "" {
		fmt.Fprintf(out, "hostile inputs left out: %s\n\n", c.without)
	}
	base := phase(users, srv, payloads, inputs, c, 0)
	report(out, "normal traffic alone", base)
	mixed := phase(users, srv, payloads, inputs, c, c.hostileConc)
	report(out, fmt.Sprintf("normal traffic with %d hostile clients and %d slow uploaders", c.hostileConc, c.slow), mixed)
	return nil
}

// clientFrom returns a client whose connections start from ip, so the
// server sees distinct clients (the whole of 127.0.0.0/8 is loopback).
func clientFrom(ip net.IP) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: ip}, Timeout: 5 * time.Second}
	return &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
		DialContext: d.DialContext, MaxIdleConnsPerHost: 64, MaxConnsPerHost: 64,
	}}
}

func loadCorpus(dir string) ([][]byte, error) {
	var msgs [][]byte
	err := filepath.WalkDir(filepath.Join(dir, "emails"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".eml") {
			return err
		}
		b, err := os.ReadFile(path)
		msgs = append(msgs, b)
		return err
	})
	if err == nil && len(msgs) == 0 {
		err = fmt.Errorf("no .eml files under %s/emails", dir)
	}
	return msgs, err
}

type server struct {
	cmd  *exec.Cmd
	url  string
	addr string
	dir  string
}

func startServer(bin string, extra []string) (*server, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := l.Addr().String()
	l.Close()
	dir, err := os.MkdirTemp("", "whybounce-load-")
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, append([]string{"serve", "--addr", addr, "--data-dir", dir, "--log-level", "error"}, extra...)...)
	logs, err := os.Create(filepath.Join(dir, "server.log"))
	if err != nil {
		return nil, err
	}
	defer logs.Close()
	// The server logs every refused request (503) at error level; keep them
	// out of the report, in a file that goes with the data directory.
	cmd.Stdout, cmd.Stderr = io.Discard, logs
	// If this program dies (Ctrl-C, a closed pipe), the server goes with it.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{cmd: cmd, url: "http://" + addr, addr: addr, dir: dir}
	for range 100 {
		if resp, err := http.Get(s.url + "/healthz"); err == nil {
			resp.Body.Close()
			return s, nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	s.stop()
	return nil, errors.New("the server did not answer /healthz within 10 seconds")
}

func (s *server) stop() {
	s.cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
	os.RemoveAll(s.dir)
}

// ownCPU is the CPU time this program has used so far.
func ownCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// cpuTime reads the CPU time the server has used so far (Linux only).
func (s *server) cpuTime() time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.cmd.Process.Pid))
	if err != nil {
		return -1
	}
	// The fields after the command name, which is in parentheses.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	if len(f) < 13 {
		return -1
	}
	utime, _ := strconv.Atoi(f[11])
	stime, _ := strconv.Atoi(f[12])
	return time.Duration(utime+stime) * 10 * time.Millisecond // USER_HZ is 100 on Linux
}

// peakRSS reads the server's high-water resident memory (Linux only).
func (s *server) peakRSS() (kb int) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return -1
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ = strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
		}
	}
	return kb
}

type result struct {
	latencies []time.Duration
	failures  map[string]int // status -> count, for normal requests that did not succeed
	hostile   map[string]int // "name route status" -> count
	peakKB    int
	cpu       time.Duration
	clientCPU time.Duration // this program's own CPU time: it shares the cores
}

// namedPayload is a hostile input ready to send.
type namedPayload struct {
	Name string
	payload
}

// hostileInputs are the hostile fixtures, the nesting FuzzSafeForMIME found,
// the nested base64 bomb at full size and under the large-input threshold,
// and an upload over the size limit.
func hostileInputs() []namedPayload {
	ins := append(hostile.All(),
		hostile.Input{Name: "unclosed-nesting", Data: hostile.UnclosedNesting(40)},
		hostile.Input{Name: "nested-bomb", Data: hostile.NestedBomb(9_900_000)},
		hostile.Input{Name: "nested-bomb-250k", Data: hostile.NestedBomb(250_000)},
		hostile.Input{Name: "over-limit", Data: bytes.Repeat([]byte("550 5.1.1 x\n"), 12<<20/12)})
	out := make([]namedPayload, len(ins))
	for i, in := range ins {
		out[i] = namedPayload{in.Name, newPayload(in.Data)}
	}
	return out
}

// refusedPause is how long a hostile client waits after the server refused
// it (429, 503) before it sends again. It only keeps this program, which
// shares the machine's cores with the server, from spinning.
const refusedPause = 20 * time.Millisecond

func phase(users []*http.Client, srv *server, normal []payload, inputs []namedPayload, c config, hostileConc int) result {
	ctx, cancel := context.WithTimeout(context.Background(), c.duration)
	defer cancel()
	var (
		mu  sync.Mutex
		res = result{hostile: map[string]int{}, failures: map[string]int{}}
		wg  sync.WaitGroup
	)
	cpuStart, clientStart := srv.cpuTime(), ownCPU()
	for w := range hostileConc {
		client := clientFrom(net.IPv4(127, 0, 2, byte(1+w)))
		wg.Go(func() {
			for i := w; ctx.Err() == nil; i++ {
				in := inputs[i%len(inputs)]
				route := []string{"api", "form"}[i/len(inputs)%2]
				status := post(ctx, client, srv.url, route, in.payload)
				mu.Lock()
				res.hostile[fmt.Sprintf("%-16s %-4s %s", in.Name, route, status)]++
				mu.Unlock()
				if status == "429" || status == "503" || status == "error" {
					time.Sleep(refusedPause)
				}
			}
		})
	}
	if hostileConc > 0 {
		for u := range c.slow {
			ip := net.IPv4(127, 0, 3, byte(1+u))
			for k := range c.slowConns {
				announced, name := k%2 == 0, "slow-chunked"
				if announced {
					name = "slow-announced"
				}
				wg.Go(func() {
					for ctx.Err() == nil {
						status := slowUpload(ctx, ip, srv.addr, announced)
						if status == "cancelled" {
							break
						}
						mu.Lock()
						res.hostile[fmt.Sprintf("%-16s %-4s %s", name, "api", status)]++
						mu.Unlock()
						sleep(ctx, time.Second) // a refused or timed-out uploader comes back, unhurried
					}
				})
			}
		}
	}
	tick := time.NewTicker(time.Second / time.Duration(c.rate))
	defer tick.Stop()
	var inflight atomic.Int64
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			wg.Wait()
			res.peakKB = srv.peakRSS()
			res.cpu = srv.cpuTime() - cpuStart
			res.clientCPU = ownCPU() - clientStart
			return res
		case <-tick.C:
		}
		if inflight.Load() > 1000 { // the server has stalled; count it as a failure, not a pile-up
			mu.Lock()
			res.failures["stalled"]++
			mu.Unlock()
			continue
		}
		msg := normal[i%len(normal)]
		client := users[i%len(users)]
		route := "api"
		if (i/len(users))%4 == 3 { // every user sends some of each
			route = "form"
		}
		inflight.Add(1)
		wg.Go(func() {
			defer inflight.Add(-1)
			start := time.Now()
			status := post(context.Background(), client, srv.url, route, msg)
			d := time.Since(start)
			mu.Lock()
			res.latencies = append(res.latencies, d)
			if status != "200" {
				res.failures[route+" "+status]++
			}
			mu.Unlock()
		})
	}
}

// slowUpload opens a connection from ip and posts a bounce to the API one
// byte a second, announcing a 100 KB body or sending it in chunks, until the
// server answers or ctx ends. It returns the status, "closed" when the
// server closed the connection without an answer, or "cancelled".
func slowUpload(ctx context.Context, ip net.IP, addr string, announced bool) string {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: ip}, Timeout: 5 * time.Second}
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		if ctx.Err() != nil {
			return "cancelled"
		}
		return "error"
	}
	defer conn.Close()
	head := "POST /api/v1/diagnose HTTP/1.1\r\nHost: whybounce\r\nContent-Type: text/plain\r\n"
	if announced {
		head += "Content-Length: 100000\r\n\r\n"
	} else {
		head += "Transfer-Encoding: chunked\r\n\r\n"
	}
	answered := make(chan string, 1)
	go func() {
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			answered <- "closed"
			return
		}
		resp.Body.Close()
		answered <- strconv.Itoa(resp.StatusCode)
	}()
	if _, err := io.WriteString(conn, head); err != nil {
		return "closed"
	}
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case status := <-answered:
			return status
		case <-ctx.Done():
			return "cancelled"
		case <-tick.C:
			b := "x"
			if !announced {
				b = "1\r\nx\r\n"
			}
			if _, err := io.WriteString(conn, b); err != nil {
				select {
				case status := <-answered:
					return status
				case <-time.After(time.Second):
					return "closed"
				}
			}
		}
	}
}

// sleep waits for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

// payload is one message ready to send both ways, built once so that the
// load test spends its CPU time on sending, not on building bodies.
type payload struct {
	raw    []byte // the API body
	form   []byte // a multipart upload of the same message
	formCT string
}

func newPayload(msg []byte) payload {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	fw, _ := mw.CreateFormFile("file", "bounce.eml")
	fw.Write(msg)
	mw.Close()
	return payload{raw: msg, form: b.Bytes(), formCT: mw.FormDataContentType()}
}

// post sends p to the API (as the raw message) or to the browser form (as a
// file upload), and returns the status code, "error" or "cancelled".
func post(ctx context.Context, client *http.Client, url, route string, p payload) string {
	path, body, ct := "/api/v1/diagnose", p.raw, "message/rfc822"
	if route == "form" {
		path, body, ct = "/diagnose", p.form, p.formCT
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url+path, bytes.NewReader(body))
	if err != nil {
		return "error"
	}
	req.Header.Set("Content-Type", ct)
	resp, err := client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return "cancelled"
		}
		return "error"
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return strconv.Itoa(resp.StatusCode)
}

func report(out io.Writer, title string, r result) {
	slices.Sort(r.latencies)
	pct := func(p float64) time.Duration {
		if len(r.latencies) == 0 {
			return 0
		}
		return r.latencies[min(len(r.latencies)-1, int(p*float64(len(r.latencies))))]
	}
	failed := 0
	for _, n := range r.failures {
		failed += n
	}
	total := len(r.latencies) + r.failures["stalled"]
	rate := 0.0
	if total > 0 {
		rate = 100 * float64(failed) / float64(total)
	}
	fmt.Fprintf(out, "%s\n  normal requests %d, failed %d (%.2f%%), success %.2f%%\n  p50 %s  p90 %s  p99 %s  max %s\n"+
		"  server peak memory (VmHWM) %.1f MB, server CPU %.1f s (load test's own CPU %.1f s)\n",
		title, total, failed, rate, 100-rate,
		pct(0.50).Round(10*time.Microsecond), pct(0.90).Round(10*time.Microsecond),
		pct(0.99).Round(10*time.Microsecond), pct(1).Round(10*time.Microsecond), float64(r.peakKB)/1024, r.cpu.Seconds(), r.clientCPU.Seconds())
	for _, k := range slices.Sorted(maps.Keys(r.failures)) {
		fmt.Fprintf(out, "    failed: %s  x%d\n", k, r.failures[k])
	}
	if len(r.hostile) > 0 {
		keys := slices.Sorted(maps.Keys(r.hostile))
		fmt.Fprintln(out, "  hostile requests by input and status:")
		for _, k := range keys {
			fmt.Fprintf(out, "    %s  x%d\n", k, r.hostile[k])
		}
	}
	fmt.Fprintln(out)
}
