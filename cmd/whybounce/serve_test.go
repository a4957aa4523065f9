package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/whybounce/whybounce/web"
)

// defaultOperator is what the operator's settings are when nothing is set.
var defaultOperator = Operator{ShareDays: 7, MaxShareDays: 30}

// defaultTriage is what the limits of "Many bounces" are when nothing is set.
var defaultTriage = web.TriageLimits{MaxBytes: 200 << 20, MaxMessages: 100_000, Runs: 2, TTL: 24 * time.Hour}

func TestParseConfig(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		env     map[string]string
		want    Config
		wantErr string
	}{
		{
			name: "defaults need no setup",
			want: Config{Addr: ":8080", DataDir: "./data", LogLevel: slog.LevelInfo, LogFormat: "json", ShutdownTimeout: 5 * time.Second, ShareStorage: 1 << 30, ConnsPerClient: 64, Operator: defaultOperator, Triage: defaultTriage},
		},
		{
			name: "environment",
			env: map[string]string{"WHYBOUNCE_ADDR": "127.0.0.1:9000", "WHYBOUNCE_BASE_URL": "https://bounce.example.net/",
				"WHYBOUNCE_DATA_DIR": "/var/lib/whybounce", "WHYBOUNCE_LOG_LEVEL": "debug", "WHYBOUNCE_LOG_FORMAT": "text",
				"WHYBOUNCE_SHUTDOWN_TIMEOUT": "2s", "WHYBOUNCE_SHARE_STORAGE": "500MB"},
			want: Config{Addr: "127.0.0.1:9000", BaseURL: "https://bounce.example.net", DataDir: "/var/lib/whybounce",
				LogLevel: slog.LevelDebug, LogFormat: "text", ShutdownTimeout: 2 * time.Second, ShareStorage: 500 << 20, ConnsPerClient: 64, Operator: defaultOperator, Triage: defaultTriage},
		},
		{
			name: "flags win over the environment",
			args: []string{"--addr", ":9090", "--log-level", "warn", "--data-dir", "/tmp/wb"},
			env:  map[string]string{"WHYBOUNCE_ADDR": "127.0.0.1:9000", "WHYBOUNCE_LOG_LEVEL": "debug"},
			want: Config{Addr: ":9090", DataDir: "/tmp/wb", LogLevel: slog.LevelWarn, LogFormat: "json", ShutdownTimeout: 5 * time.Second, ShareStorage: 1 << 30, ConnsPerClient: 64, Operator: defaultOperator, Triage: defaultTriage},
		},
		{name: "address without port", args: []string{"--addr", "localhost"}, wantErr: "want host:port"},
		{name: "relative base URL", args: []string{"--base-url", "bounce.example.net"}, wantErr: "absolute http or https URL"},
		{name: "base URL with another scheme", env: map[string]string{"WHYBOUNCE_BASE_URL": "ftp://example.net"}, wantErr: "absolute http or https URL"},
		{name: "unknown log level", args: []string{"--log-level", "loud"}, wantErr: "want debug, info, warn or error"},
		{name: "unknown log format", args: []string{"--log-format", "xml"}, wantErr: "want json or text"},
		{name: "bad shutdown timeout", args: []string{"--shutdown-timeout", "soon"}, wantErr: "shutdown timeout"},
		{name: "share storage without a number", args: []string{"--share-storage", "lots"}, wantErr: "want a whole number and a unit"},
		{name: "share storage with an unknown unit", args: []string{"--share-storage", "5 parsecs"}, wantErr: "want a whole number and a unit"},
		{name: "share storage too small", args: []string{"--share-storage", "1KB"}, wantErr: "at least 1MB"},
		{name: "metrics address without port", args: []string{"--metrics-addr", "localhost"}, wantErr: "metrics address"},
		{name: "metrics on the service's address", args: []string{"--addr", ":9000", "--metrics-addr", ":9000"}, wantErr: "metrics address"},
		{name: "no connections", args: []string{"--max-conns-per-client", "0"}, wantErr: "at least 1"},
		{name: "stray argument", args: []string{"extra"}, wantErr: "no arguments"},
		{
			name: "triage limits",
			args: []string{"--triage-max-size", "1GB", "--triage-runs", "4", "--triage-workers", "2", "--triage-hours", "48"},
			env:  map[string]string{"WHYBOUNCE_TRIAGE_MAX_MESSAGES": "5000"},
			want: Config{Addr: ":8080", DataDir: "./data", LogLevel: slog.LevelInfo, LogFormat: "json", ShutdownTimeout: 5 * time.Second, ShareStorage: 1 << 30,
				ConnsPerClient: 64, Operator: defaultOperator, Triage: web.TriageLimits{MaxBytes: 1 << 30, MaxMessages: 5000, Runs: 4, Workers: 2, TTL: 48 * time.Hour}},
		},
		{name: "triage upload too small", args: []string{"--triage-max-size", "10KB"}, wantErr: "at least 1MB"},
		{name: "no triage runs", args: []string{"--triage-runs", "0"}, wantErr: "triage runs"},
		{name: "triage kept for no time", args: []string{"--triage-hours", "0"}, wantErr: "triage hours"},
		{name: "unknown flag", args: []string{"--port", "80"}, wantErr: "not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseWant(t, tt.args, tt.env, tt.wantErr)
			if !ok {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("config:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// lockedBuffer is a bytes.Buffer safe for the server's logger and the test to share.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// listenAddr waits for the server's "listening" log line and returns its address.
func listenAddr(t *testing.T, logs *lockedBuffer, done <-chan error) string {
	t.Helper()
	return logAddr(t, logs, done, "listening")
}

// logAddr waits for the log line msg and returns the address it gives.
func logAddr(t *testing.T, logs *lockedBuffer, done <-chan error, msg string) string {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		sc := bufio.NewScanner(strings.NewReader(logs.String()))
		for sc.Scan() {
			var line struct{ Msg, Addr string }
			if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == msg {
				return line.Addr
			}
		}
		select {
		case err := <-done:
			t.Fatalf("serve ended before listening: %v; logs: %s", err, logs.String())
		case <-deadline:
			t.Fatalf("serve did not log its address; logs: %s", logs.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func TestServeStartsAndShutsDown(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logs := &lockedBuffer{}
	dataDir := t.TempDir()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--log-format", "json", "--data-dir", dataDir}, strings.NewReader(""), io.Discard, logs)
	}()
	addr := listenAddr(t, logs, done)

	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatalf("GET /healthz: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET /healthz: got %d, want 200", resp.StatusCode)
	}
	var out bytes.Buffer
	if err := run(ctx, []string{"healthcheck", "--addr", addr}, nil, &out, io.Discard); err != nil {
		t.Errorf("healthcheck: got %v, want success", err)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve: got %v, want a clean shutdown", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after its context was cancelled")
	}
	if !strings.Contains(logs.String(), `"msg":"stopped"`) {
		t.Errorf("logs lack the stop message: %s", logs.String())
	}
	if err := run(context.Background(), []string{"healthcheck", "--addr", addr, "--timeout", "1s"}, nil, io.Discard, io.Discard); err == nil {
		t.Errorf("healthcheck after shutdown: got success, want an error")
	}
}

func TestServeRejectsBadConfig(t *testing.T) {
	err := run(context.Background(), []string{"serve", "--addr", "nope"}, nil, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "host:port") {
		t.Errorf("got %v, want an address error", err)
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"1GB", 1 << 30}, {"500MB", 500 << 20}, {"2 gb", 2 << 30}, {"64KiB", 64 << 10}, {"1048576", 1 << 20}, {"1TB", 1 << 40},
	}
	for _, tt := range tests {
		if got, err := parseSize(tt.in); err != nil || got != tt.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "GB", "1.5GB", "-1GB", "9999999999999TB", "1 GB extra"} {
		if got, err := parseSize(bad); err == nil {
			t.Errorf("parseSize(%q) = %d, want an error", bad, got)
		}
	}
}

// A second server on the same data directory stops at once with a message
// that says why, instead of running beside the first with rate limits and a
// store of its own.
func TestServeLocksDataDir(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dataDir := t.TempDir()
	logs := &lockedBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--data-dir", dataDir}, nil, io.Discard, logs)
	}()
	listenAddr(t, logs, done)

	second := &lockedBuffer{}
	secondDone := make(chan error, 1)
	sctx, scancel := context.WithCancel(ctx)
	defer scancel()
	go func() {
		secondDone <- run(sctx, []string{"serve", "--addr", "127.0.0.1:0", "--data-dir", dataDir}, nil, io.Discard, second)
	}()
	for {
		select {
		case err := <-secondDone:
			if err == nil || !strings.Contains(err.Error(), "in use by another whybounce") || !strings.Contains(err.Error(), dataDir) {
				t.Fatalf("second serve: got %v, want an error saying the data directory is in use", err)
			}
			cancel()
			if err := <-done; err != nil {
				t.Errorf("first serve: %v", err)
			}
			// Once the first has stopped, the directory is free again.
			logs2 := &lockedBuffer{}
			ctx3, cancel3 := context.WithCancel(context.Background())
			done3 := make(chan error, 1)
			go func() {
				done3 <- run(ctx3, []string{"serve", "--addr", "127.0.0.1:0", "--data-dir", dataDir}, nil, io.Discard, logs2)
			}()
			listenAddr(t, logs2, done3)
			cancel3()
			<-done3
			return
		case <-time.After(20 * time.Millisecond):
			if strings.Contains(second.String(), `"msg":"listening"`) {
				t.Fatal("a second server started on a data directory in use")
			}
		}
	}
}

// With --metrics-addr, /metrics is served there only, not to everyone who
// can reach the service.
func TestServeMetricsAddr(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logs := &lockedBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--metrics-addr", "127.0.0.1:0", "--data-dir", t.TempDir()},
			nil, io.Discard, logs)
	}()
	addr := listenAddr(t, logs, done)
	metricsAddr := logAddr(t, logs, done, "metrics listening")
	if addr == metricsAddr {
		t.Fatalf("metrics on the service's own address %s", addr)
	}
	get := func(url string) (int, string) {
		t.Helper()
		resp, err := http.Get(url)
		if err != nil {
			t.Fatalf("GET %s: %v", url, err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := get("http://" + addr + "/healthz"); code != http.StatusOK {
		t.Fatalf("GET /healthz: %d", code)
	}
	if code, _ := get("http://" + addr + "/metrics"); code != http.StatusNotFound {
		t.Errorf("GET /metrics on the service: %d, want 404", code)
	}
	code, body := get("http://" + metricsAddr + "/metrics")
	if code != http.StatusOK || !strings.Contains(body, `whybounce_http_requests_total{code="200",method="GET",route="/healthz"} 1`) {
		t.Errorf("GET /metrics on the metrics address: %d, want 200 counting the service's requests; body starts %.300q", code, body)
	}
	if code, _ := get("http://" + metricsAddr + "/"); code != http.StatusNotFound {
		t.Errorf("GET / on the metrics address: %d, want 404", code)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}
}

func TestBrowseURL(t *testing.T) {
	tests := []struct{ addr, want string }{
		{"[::]:8080", "http://localhost:8080/"},
		{"0.0.0.0:8080", "http://localhost:8080/"},
		{":8080", "http://localhost:8080/"},
		{"127.0.0.1:9000", "http://127.0.0.1:9000/"},
		{"[2001:db8::1]:443", "http://[2001:db8::1]:443/"},
		{"bounce.example.net:80", "http://bounce.example.net:80/"},
	}
	for _, tt := range tests {
		if got := browseURL(tt.addr); got != tt.want {
			t.Errorf("browseURL(%q) = %q, want %q", tt.addr, got, tt.want)
		}
	}
}
