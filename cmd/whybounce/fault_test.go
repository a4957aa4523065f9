package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
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
