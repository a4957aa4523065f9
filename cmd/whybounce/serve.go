package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/triage"
	"github.com/whybounce/whybounce/web"
)

// Config is the service's configuration, from flags with environment fallbacks.
type Config struct {
	// Addr is the address to listen on, host:port.
	Addr string
	// BaseURL is the public address of the service, for absolute links; empty
	// keeps links relative.
	BaseURL string
	// DataDir is where the service keeps its files; it is created when first needed.
	DataDir string
	// LogLevel is debug, info, warn or error.
	LogLevel slog.Level
	// LogFormat is json or text.
	LogFormat string
	// ShutdownTimeout bounds how long requests in flight may take to finish
	// after a stop signal.
	ShutdownTimeout time.Duration
	// TrustProxy says a reverse proxy in front appends the client's address
	// to X-Forwarded-For, so per-client limits key on its last entry.
	TrustProxy bool
	// ShareStorage bounds the storage share links take, in bytes.
	ShareStorage int64
	// MetricsAddr, when set, is the address of a listener of its own for
	// /metrics, which the service's address then does not serve.
	MetricsAddr string
	// ConnsPerClient caps the connections one client may hold open; it
	// does not apply behind a trusted proxy, where every connection comes
	// from the proxy.
	ConnsPerClient int
	// Operator is what the site's operator set: name, support contact, share
	// link expiry, notes per category.
	Operator Operator
	// Triage bounds the "Many bounces" uploads: size, messages, runs at
	// once, workers per run, and how long a report is kept.
	Triage web.TriageLimits
}

// Timeouts of the http.Server. An upload of the largest accepted bounce must
// fit into ReadTimeout on a slow line.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 60 * time.Second
	writeTimeout      = 60 * time.Second
	idleTimeout       = 120 * time.Second
	maxHeaderBytes    = 64 << 10
)

// envOr returns the environment variable key, or def when it is unset or empty.
func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}

// parseConfig reads the serve flags; every flag falls back to an environment
// variable, then to a default that works without any setup.
func parseConfig(args []string, getenv func(string) string, stderr io.Writer) (Config, error) {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", envOr(getenv, "WHYBOUNCE_ADDR", ":8080"), "address to listen on, host:port (env WHYBOUNCE_ADDR)")
	baseURL := fs.String("base-url", envOr(getenv, "WHYBOUNCE_BASE_URL", ""), "public URL of the service, for absolute links (env WHYBOUNCE_BASE_URL)")
	dataDir := fs.String("data-dir", envOr(getenv, "WHYBOUNCE_DATA_DIR", "./data"), "directory for the service's data (env WHYBOUNCE_DATA_DIR)")
	level := fs.String("log-level", envOr(getenv, "WHYBOUNCE_LOG_LEVEL", "info"), "debug, info, warn or error (env WHYBOUNCE_LOG_LEVEL)")
	format := fs.String("log-format", envOr(getenv, "WHYBOUNCE_LOG_FORMAT", "json"), "json or text (env WHYBOUNCE_LOG_FORMAT)")
	shutdown := fs.String("shutdown-timeout", envOr(getenv, "WHYBOUNCE_SHUTDOWN_TIMEOUT", "5s"), "how long requests in flight may finish after a stop signal (env WHYBOUNCE_SHUTDOWN_TIMEOUT)")
	trustProxy := fs.Bool("trust-proxy", envOr(getenv, "WHYBOUNCE_TRUST_PROXY", "false") == "true",
		"a reverse proxy in front sets X-Forwarded-For; rate limits then use its last entry (env WHYBOUNCE_TRUST_PROXY=true)")
	shareStorage := fs.String("share-storage", envOr(getenv, "WHYBOUNCE_SHARE_STORAGE", "1GB"),
		"most storage share links may take, such as 500MB or 2GB; past it new links are refused (env WHYBOUNCE_SHARE_STORAGE)")
	metricsAddr := fs.String("metrics-addr", envOr(getenv, "WHYBOUNCE_METRICS_ADDR", ""),
		"serve /metrics only on this address, host:port, such as 127.0.0.1:9090 (env WHYBOUNCE_METRICS_ADDR)")
	connsPerClient := fs.String("max-conns-per-client", envOr(getenv, "WHYBOUNCE_MAX_CONNS_PER_CLIENT", strconv.Itoa(web.DefaultConnsPerClient)),
		"most connections one client (IP address, or IPv6 /64) may hold open; not applied with --trust-proxy (env WHYBOUNCE_MAX_CONNS_PER_CLIENT)")
	triageSize := fs.String("triage-max-size", envOr(getenv, "WHYBOUNCE_TRIAGE_MAX_SIZE", "200MB"),
		"largest upload of many bounces at once, such as 200MB or 1GB (env WHYBOUNCE_TRIAGE_MAX_SIZE)")
	triageMessages := fs.String("triage-max-messages", envOr(getenv, "WHYBOUNCE_TRIAGE_MAX_MESSAGES", strconv.Itoa(triage.DefaultMaxMessages)),
		"most messages read from one upload of many bounces (env WHYBOUNCE_TRIAGE_MAX_MESSAGES)")
	triageRuns := fs.String("triage-runs", envOr(getenv, "WHYBOUNCE_TRIAGE_RUNS", strconv.Itoa(web.DefaultTriageRuns)),
		"uploads of many bounces read at once; more wait (env WHYBOUNCE_TRIAGE_RUNS)")
	triageWorkers := fs.String("triage-workers", envOr(getenv, "WHYBOUNCE_TRIAGE_WORKERS", "0"),
		"messages one upload diagnoses at once, 0 for half the cores (env WHYBOUNCE_TRIAGE_WORKERS)")
	triageHours := fs.String("triage-hours", envOr(getenv, "WHYBOUNCE_TRIAGE_HOURS", "24"),
		"hours a report on many bounces is kept, then erased (env WHYBOUNCE_TRIAGE_HOURS)")
	op := addOperatorFlags(fs, getenv)
	if err := fs.Parse(args); err != nil {
		return Config{}, err
	}
	if fs.NArg() > 0 {
		return Config{}, fmt.Errorf("serve takes no arguments, got %q", fs.Arg(0))
	}
	cfg := Config{Addr: *addr, BaseURL: strings.TrimRight(*baseURL, "/"), DataDir: *dataDir, LogFormat: *format,
		TrustProxy: *trustProxy, MetricsAddr: *metricsAddr}
	if err := cfg.LogLevel.UnmarshalText([]byte(*level)); err != nil {
		return Config{}, fmt.Errorf("log level %q: want debug, info, warn or error", *level)
	}
	d, err := time.ParseDuration(*shutdown)
	if err != nil {
		return Config{}, fmt.Errorf("shutdown timeout %q: %w", *shutdown, err)
	}
	cfg.ShutdownTimeout = d
	if cfg.ConnsPerClient, err = strconv.Atoi(*connsPerClient); err != nil || cfg.ConnsPerClient < 1 {
		return Config{}, fmt.Errorf("max conns per client %q: want a whole number, at least 1", *connsPerClient)
	}
	if cfg.ShareStorage, err = parseSize(*shareStorage); err != nil {
		return Config{}, fmt.Errorf("share storage %q: %w", *shareStorage, err)
	}
	if cfg.Triage.MaxBytes, err = parseSize(*triageSize); err != nil || cfg.Triage.MaxBytes < 1<<20 {
		return Config{}, fmt.Errorf("triage max size %q: want a size of at least 1MB, such as 200MB", *triageSize)
	}
	for _, n := range []struct {
		name, value string
		least, most int
		into        *int
	}{
		{"triage max messages", *triageMessages, 1, 10_000_000, &cfg.Triage.MaxMessages},
		{"triage runs", *triageRuns, 1, 64, &cfg.Triage.Runs},
		{"triage workers", *triageWorkers, 0, 1024, &cfg.Triage.Workers},
	} {
		v, err := strconv.Atoi(n.value)
		if err != nil || v < n.least || v > n.most {
			return Config{}, fmt.Errorf("%s %q: want a whole number from %d to %d", n.name, n.value, n.least, n.most)
		}
		*n.into = v
	}
	hours, err := strconv.Atoi(*triageHours)
	if err != nil || hours < 1 || hours > 24*maxShareLimit {
		return Config{}, fmt.Errorf("triage hours %q: want a whole number of hours from 1 to %d", *triageHours, 24*maxShareLimit)
	}
	cfg.Triage.TTL = time.Duration(hours) * time.Hour
	if cfg.Operator, err = op.operator(); err != nil {
		return Config{}, err
	}
	return cfg, cfg.validate()
}

func (c Config) validate() error {
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return fmt.Errorf("address %q: want host:port, such as :8080 or 127.0.0.1:8080", c.Addr)
	}
	if c.MetricsAddr != "" {
		_, port, err := net.SplitHostPort(c.MetricsAddr)
		if err != nil {
			return fmt.Errorf("metrics address %q: want host:port, such as 127.0.0.1:9090", c.MetricsAddr)
		}
		if c.MetricsAddr == c.Addr && port != "0" {
			return fmt.Errorf("metrics address %q: the service listens there; give the metrics another port", c.MetricsAddr)
		}
	}
	if c.BaseURL != "" {
		u, err := url.Parse(c.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
			return fmt.Errorf("base URL %q: want an absolute http or https URL, such as https://bounce.example.net", c.BaseURL)
		}
	}
	if c.DataDir == "" {
		return errors.New("data directory: must not be empty")
	}
	if c.LogFormat != "json" && c.LogFormat != "text" {
		return fmt.Errorf("log format %q: want json or text", c.LogFormat)
	}
	if c.ShutdownTimeout <= 0 {
		return fmt.Errorf("shutdown timeout %s: must be positive", c.ShutdownTimeout)
	}
	if c.ShareStorage < minShareStorage {
		return fmt.Errorf("share storage %d bytes: want at least 1MB", c.ShareStorage)
	}
	return nil
}

func (c Config) logger(w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.LogLevel}
	if c.LogFormat == "text" {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}

// minShareStorage is the least storage for share links worth running with.
const minShareStorage = 1 << 20

// sizeUnits are the units parseSize reads, in binary multiples as the pages
// write sizes ("10 MB" is 10 MiB).
var sizeUnits = map[string]int64{"": 1, "B": 1, "KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30, "TB": 1 << 40,
	"KIB": 1 << 10, "MIB": 1 << 20, "GIB": 1 << 30, "TIB": 1 << 40}

// parseSize reads a size such as "1GB", "500 MB" or "1048576".
func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	if i < 0 {
		i = len(s)
	}
	unit, ok := sizeUnits[strings.ToUpper(strings.TrimSpace(s[i:]))]
	n, err := strconv.ParseInt(s[:i], 10, 64)
	if !ok || err != nil || n > math.MaxInt64/unit {
		return 0, errors.New("want a whole number and a unit, such as 500MB or 2GB")
	}
	return n * unit, nil
}

// runServe runs the web service until ctx is cancelled, then lets requests in
// flight finish within the shutdown timeout.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseConfig(args, os.Getenv, stderr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	logger := cfg.logger(stderr)
	unlock, err := lockDataDir(cfg.DataDir)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer unlock()
	shares, closeShares, err := openShares(ctx, cfg.DataDir, cfg.ShareStorage, logger)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer closeShares()
	// A run that was reading when the last server stopped will not finish.
	if err := shares.InterruptRuns(ctx); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	opts := web.Options{BaseURL: cfg.BaseURL,
		Limits: web.Limits{TrustProxy: cfg.TrustProxy, ConnsPerClient: cfg.ConnsPerClient},
		Site:   cfg.Operator.site(), Shares: shares, Triage: shares, TriageLimits: cfg.Triage,
		MetricsOwnListener: cfg.MetricsAddr != ""}
	checker, err := cfg.Operator.Checks.checker()
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if checker != nil {
		opts.Checks = checker
		logger.Info("live checks on", "resolver", orSystem(cfg.Operator.Checks.Resolver), "blocklists", len(checker.Lists()))
	}
	srv, err := web.NewServer(logger, prometheus.NewRegistry(), opts)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	classifier.Prepare() // the first visitor does not wait for it
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if !cfg.TrustProxy {
		ln = srv.LimitConns(ln)
	}
	servers := []*http.Server{newHTTPServer(ctx, srv.Handler(), logger)}
	listeners := []net.Listener{ln}
	logger.Info("listening", "addr", ln.Addr().String(), "url", browseURL(ln.Addr().String()))
	if cfg.MetricsAddr != "" {
		mln, err := net.Listen("tcp", cfg.MetricsAddr)
		if err != nil {
			ln.Close()
			return fmt.Errorf("serve: metrics: %w", err)
		}
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", srv.MetricsHandler())
		servers = append(servers, newHTTPServer(ctx, mux, logger))
		listeners = append(listeners, mln)
		logger.Info("metrics listening", "addr", mln.Addr().String(), "url", "http://"+mln.Addr().String()+"/metrics")
	}

	served := make(chan error, len(servers))
	for i, hs := range servers {
		go func() { served <- hs.Serve(listeners[i]) }()
	}
	var failed error
	select {
	case err := <-served:
		failed = fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	logger.Info("shutting down", "timeout", cfg.ShutdownTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	for _, hs := range servers {
		if err := hs.Shutdown(sctx); err != nil {
			hs.Close()
			failed = cmp.Or(failed, fmt.Errorf("serve: shutdown: %w", err))
		}
	}
	if failed != nil {
		return failed
	}
	for range servers {
		if err := <-served; !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("serve: %w", err)
		}
	}
	logger.Info("stopped")
	return nil
}

// newHTTPServer is an http.Server for h with every timeout set.
func newHTTPServer(ctx context.Context, h http.Handler, logger *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
}

// browseURL is the address to open in a browser on this machine for a
// listener on addr: localhost when it listens on every interface ("[::]:8080"
// is no address a browser opens), as the README says.
func browseURL(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "http://" + addr + "/"
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

func orSystem(resolver string) string {
	if resolver == "" {
		return "the system's"
	}
	return resolver
}

// runHealthcheck asks a running service on this machine whether it is healthy,
// for container health checks where no shell or curl exists.
func runHealthcheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("healthcheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", envOr(os.Getenv, "WHYBOUNCE_ADDR", ":8080"), "address the service listens on (env WHYBOUNCE_ADDR)")
	timeout := fs.Duration("timeout", 3*time.Second, "how long to wait for the answer")
	if err := fs.Parse(args); err != nil {
		return err
	}
	host, port, err := net.SplitHostPort(*addr)
	if err != nil {
		return fmt.Errorf("healthcheck: address %q: want host:port", *addr)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+net.JoinHostPort(host, port)+"/healthz", nil)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		// The service says why ("degraded: ..."), in one short line.
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		if why, _, _ := strings.Cut(strings.TrimSpace(string(b)), "\n"); why != "" {
			return fmt.Errorf("healthcheck: status %s: %s", resp.Status, why)
		}
		return fmt.Errorf("healthcheck: status %s", resp.Status)
	}
	fmt.Fprintln(stdout, "ok")
	return nil
}
