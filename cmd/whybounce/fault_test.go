package main

import (
	"bufio"
	"encoding/base64"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Fault tests run the real binary, as an operator does, and stop it the hard
// ways: a stop signal while requests are in flight, and a kill.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds whybounce once for all fault tests.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the binary; not in -short mode")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "whybounce-fault-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "whybounce")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// TestMain removes the binary the fault tests built.
func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// service is a running whybounce serve process.
type service struct {
	cmd    *exec.Cmd
	addr   string
	url    string
	exited chan error
	stderr *lockedBuffer
}

// freeAddr returns a loopback address with a port nobody listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// startService starts the binary on addr with its data in dataDir and waits
// until /healthz answers.
func startService(t *testing.T, bin, addr, dataDir string, extra ...string) *service {
	t.Helper()
	args := append([]string{"serve", "--addr", addr, "--data-dir", dataDir, "--log-level", "warn"}, extra...)
	cmd := exec.Command(bin, args...)
	s := &service{cmd: cmd, addr: addr, url: "http://" + addr, exited: make(chan error, 1), stderr: &lockedBuffer{}}
	cmd.Stderr = s.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { s.exited <- cmd.Wait() }()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			<-s.exited
		}
	})
	for range 200 {
		select {
		case err := <-s.exited:
			t.Fatalf("the service exited at start: %v\n%s", err, s.stderr.String())
		default:
		}
		if resp, err := http.Get(s.url + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("the service did not answer /healthz within 10 s\n%s", s.stderr.String())
	return nil
}

const faultBounce = "From: MAILER-DAEMON@mx.example.net\r\nSubject: Undelivered Mail\r\n\r\n" +
	"<ann@example.com>: host mx.example.com said: 550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown\r\n"

// TestSIGTERMLetsRequestsFinish stops the service while two API requests are
// half sent: both must be answered in full, and the process must exit, by
// itself and cleanly, within 8 seconds of the signal.
func TestSIGTERMLetsRequestsFinish(t *testing.T) {
	s := startService(t, binary(t), freeAddr(t), t.TempDir())

	const inFlight = 2
	type answer struct {
		status int
		body   string
		err    error
	}
	answers := make(chan answer, inFlight)
	rest := make([]func(), inFlight)
	for i := range inFlight {
		conn, err := net.Dial("tcp", s.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		body := faultBounce
		half := len(body) / 2
		// Headers and half the body now; the other half after the signal.
		fmt.Fprintf(conn, "POST /api/v1/diagnose HTTP/1.1\r\nHost: %s\r\nContent-Type: message/rfc822\r\nContent-Length: %d\r\n\r\n%s",
			s.addr, len(body), body[:half])
		rest[i] = func() { _, _ = io.WriteString(conn, body[half:]) }
		go func() {
			resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				answers <- answer{err: err}
				return
			}
			b, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			answers <- answer{status: resp.StatusCode, body: string(b), err: err}
		}()
	}
	// Let the server read the headers, so the requests are truly in flight.
	time.Sleep(300 * time.Millisecond)
	signalled := time.Now()
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	// A new connection is refused once the service is stopping.
	if c, err := net.DialTimeout("tcp", s.addr, time.Second); err == nil {
		c.Close()
		t.Error("the service still accepts new connections after SIGTERM")
	}
	for _, f := range rest {
		f()
	}
	for range inFlight {
		select {
		case a := <-answers:
			if a.err != nil || a.status != http.StatusOK || !strings.Contains(a.body, `"mailbox-not-found"`) {
				t.Errorf("request in flight: status %d, error %v, body %.120q; want 200 with the diagnosis", a.status, a.err, a.body)
			}
		case <-time.After(8 * time.Second):
			t.Fatal("a request in flight got no answer within 8 s of SIGTERM")
		}
	}
	select {
	case err := <-s.exited:
		if err != nil {
			t.Errorf("exit after SIGTERM: %v, want a clean exit\n%s", err, s.stderr.String())
		}
	case <-time.After(8*time.Second - time.Since(signalled)):
		t.Fatalf("still running 8 s after SIGTERM\n%s", s.stderr.String())
	}
}

// The trusted-proxy switch is off unless the operator turns it on, by flag or
// environment.
func TestParseConfigTrustProxy(t *testing.T) {
	tests := []struct {
		args []string
		env  string
		want bool
	}{
		{nil, "", false},
		{[]string{"--trust-proxy"}, "", true},
		{nil, "true", true},
		{nil, "yes please", false},
		{[]string{"--trust-proxy=false"}, "true", false},
	}
	for _, tt := range tests {
		getenv := func(k string) string {
			if k == "WHYBOUNCE_TRUST_PROXY" {
				return tt.env
			}
			return ""
		}
		cfg, err := parseConfig(tt.args, getenv, io.Discard)
		if err != nil {
			t.Fatalf("%q env %q: %v", tt.args, tt.env, err)
		}
		if cfg.TrustProxy != tt.want {
			t.Errorf("%q env %q: TrustProxy = %v, want %v", tt.args, tt.env, cfg.TrustProxy, tt.want)
		}
	}
}

// shareLink finds the link a "Create a link" answer shows.
var shareLink = regexp.MustCompile(`/s/([A-Za-z0-9_-]{16,})`)

// TestSIGKILLKeepsReturnedLinks creates share links from several clients at
// once and kills the service with SIGKILL in the middle: after a restart on
// the same data directory, every link whose address was returned must open.
func TestSIGKILLKeepsReturnedLinks(t *testing.T) {
	bin := binary(t)
	dataDir := t.TempDir()
	s := startService(t, bin, freeAddr(t), dataDir)

	const workers = 8
	var (
		mu       sync.Mutex
		returned []string
		stop     = make(chan struct{})
		wg       sync.WaitGroup
	)
	for w := range workers {
		// Each worker is its own client, so the per-client limit on
		// creating links does not stop the test early.
		d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 3, byte(1+w))}}
		client := &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{DialContext: d.DialContext}}
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				bounce := fmt.Sprintf("550 5.1.1 <user%d-%d@example.com>: Recipient address rejected: User unknown", w, i)
				form := url.Values{"raw": {base64.StdEncoding.EncodeToString([]byte(bounce))}, "days": {"7"}}
				resp, err := client.PostForm(s.url+"/links", form)
				if err != nil {
					return // the service is gone
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				if err != nil || resp.StatusCode != http.StatusOK {
					continue
				}
				if m := shareLink.FindStringSubmatch(string(body)); m != nil {
					mu.Lock()
					returned = append(returned, m[0])
					mu.Unlock()
				}
			}
		})
	}
	// Kill once links are being made, while the workers keep asking.
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		mu.Lock()
		n := len(returned)
		mu.Unlock()
		if n >= 20 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := s.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-s.exited
	close(stop)
	wg.Wait()
	if len(returned) == 0 {
		t.Fatalf("no link was created before the kill\n%s", s.stderr.String())
	}

	s2 := startService(t, bin, freeAddr(t), dataDir)
	for _, path := range returned {
		resp, err := http.Get(s2.url + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s after the restart: status %d, want 200", path, resp.StatusCode)
		}
	}
	t.Logf("%d links returned before SIGKILL, all readable after the restart", len(returned))
}
