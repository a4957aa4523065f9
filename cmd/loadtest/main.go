// Command loadtest measures whybounce under load on the loopback interface:
// normal bounces at a steady rate, first alone and then while hostile inputs
// (deep nesting, part bombs, huge bodies, oversized uploads) arrive at the same
// time. It reports latency percentiles, the error rate of the normal traffic and
// the server's peak memory, so a change that lets hostile input slow everyone
// down shows up as numbers.
//
//	go build -o /tmp/whybounce ./cmd/whybounce
//	go run ./cmd/loadtest -bin /tmp/whybounce -corpus ../shared/corpus
//
// It only ever talks to 127.0.0.1, and every loop is bounded in time.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
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
}

func run(args []string, out io.Writer) error {
	var c config
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.StringVar(&c.bin, "bin", "", "whybounce binary to start on a loopback port (required)")
	fs.StringVar(&c.corpus, "corpus", "../shared/corpus", "folder of the labelled corpus; its emails are the normal traffic")
	fs.IntVar(&c.rate, "rate", 200, "normal requests per second")
	fs.DurationVar(&c.duration, "duration", 15*time.Second, "length of each phase")
	fs.IntVar(&c.hostileConc, "hostile", 4, "concurrent hostile clients in the second phase")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.bin == "" {
		return errors.New("-bin is required: go build -o /tmp/whybounce ./cmd/whybounce")
	}
	if c.rate < 1 || c.rate > 5000 || c.duration <= 0 || c.duration > 10*time.Minute {
		return errors.New("-rate must be 1..5000 and -duration at most 10m")
	}
	normal, err := loadCorpus(c.corpus)
	if err != nil {
		return err
	}
	srv, err := startServer(c.bin)
	if err != nil {
		return err
	}
	defer srv.stop()

	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
		MaxIdleConnsPerHost: 512, MaxConnsPerHost: 512,
	}}
	fmt.Fprintf(out, "server pid %d on %s; %d normal messages; %d req/s for %s per phase\n\n",
		srv.cmd.Process.Pid, srv.url, len(normal), c.rate, c.duration)

	base := phase(client, srv, normal, c, 0)
	report(out, "normal traffic alone", base)
	mixed := phase(client, srv, normal, c, c.hostileConc)
	report(out, fmt.Sprintf("normal traffic with %d hostile clients", c.hostileConc), mixed)
	return nil
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
	cmd *exec.Cmd
	url string
}

func startServer(bin string) (*server, error) {
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
	cmd := exec.Command(bin, "serve", "--addr", addr, "--data-dir", dir, "--log-level", "error")
	cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{cmd: cmd, url: "http://" + addr}
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
	}
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
	failures  int
	hostile   map[string]int // "name status" -> count
	peakKB    int
}

func phase(client *http.Client, srv *server, normal [][]byte, c config, hostileConc int) result {
	ctx, cancel := context.WithTimeout(context.Background(), c.duration)
	defer cancel()
	var (
		mu  sync.Mutex
		res = result{hostile: map[string]int{}}
		wg  sync.WaitGroup
	)
	inputs := append(hostile.All(), hostile.Input{Name: "over-limit", Data: bytes.Repeat([]byte("550 5.1.1 x\n"), 12<<20/12)})
	for w := range hostileConc {
		wg.Go(func() {
			for i := w; ctx.Err() == nil; i++ {
				in := inputs[i%len(inputs)]
				status := post(ctx, client, srv.url, in.Data)
				mu.Lock()
				res.hostile[fmt.Sprintf("%-16s %s", in.Name, status)]++
				mu.Unlock()
			}
		})
	}
	tick := time.NewTicker(time.Second / time.Duration(c.rate))
	defer tick.Stop()
	var inflight atomic.Int64
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			wg.Wait()
			res.peakKB = srv.peakRSS()
			return res
		case <-tick.C:
		}
		if inflight.Load() > 1000 { // the server has stalled; count it as a failure, not a pile-up
			mu.Lock()
			res.failures++
			mu.Unlock()
			continue
		}
		msg := normal[i%len(normal)]
		inflight.Add(1)
		wg.Go(func() {
			defer inflight.Add(-1)
			start := time.Now()
			status := post(context.Background(), client, srv.url, msg)
			d := time.Since(start)
			mu.Lock()
			res.latencies = append(res.latencies, d)
			if status != "200" {
				res.failures++
			}
			mu.Unlock()
		})
	}
}

func post(ctx context.Context, client *http.Client, url string, body []byte) string {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url+"/api/v1/diagnose", bytes.NewReader(body))
	if err != nil {
		return "error"
	}
	req.Header.Set("Content-Type", "message/rfc822")
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
	total := len(r.latencies)
	if r.failures > total {
		total = r.failures
	}
	rate := 0.0
	if total > 0 {
		rate = 100 * float64(r.failures) / float64(total)
	}
	fmt.Fprintf(out, "%s\n  normal requests %d, failed %d (%.2f%%)\n  p50 %s  p90 %s  p99 %s  max %s\n  server peak memory (VmHWM) %.1f MB\n",
		title, len(r.latencies), r.failures, rate,
		pct(0.50).Round(10*time.Microsecond), pct(0.90).Round(10*time.Microsecond),
		pct(0.99).Round(10*time.Microsecond), pct(1).Round(10*time.Microsecond), float64(r.peakKB)/1024)
	if len(r.hostile) > 0 {
		keys := slices.Sorted(maps.Keys(r.hostile))
		fmt.Fprintln(out, "  hostile requests by input and status:")
		for _, k := range keys {
			fmt.Fprintf(out, "    %s  x%d\n", k, r.hostile[k])
		}
	}
	fmt.Fprintln(out)
}
