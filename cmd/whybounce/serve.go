package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

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
	// Operator is what the site's operator set: name, support contact, share
	// link expiry, notes per category.
	Operator Operator
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
	op := addOperatorFlags(fs, getenv)
	if err := fs.Parse(args); err != nil {
		return Config{}, err
	}
	if fs.NArg() > 0 {
		return Config{}, fmt.Errorf("serve takes no arguments, got %q", fs.Arg(0))
	}
	cfg := Config{Addr: *addr, BaseURL: strings.TrimRight(*baseURL, "/"), DataDir: *dataDir, LogFormat: *format, TrustProxy: *trustProxy}
	if err := cfg.LogLevel.UnmarshalText([]byte(*level)); err != nil {
		return Config{}, fmt.Errorf("log level %q: want debug, info, warn or error", *level)
	}
	d, err := time.ParseDuration(*shutdown)
	if err != nil {
		return Config{}, fmt.Errorf("shutdown timeout %q: %w", *shutdown, err)
	}
	cfg.ShutdownTimeout = d
	if cfg.Operator, err = op.operator(); err != nil {
		return Config{}, err
	}
	return cfg, cfg.validate()
}

func (c Config) validate() error {
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return fmt.Errorf("address %q: want host:port, such as :8080 or 127.0.0.1:8080", c.Addr)
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
	return nil
}

func (c Config) logger(w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.LogLevel}
	if c.LogFormat == "text" {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}

// runServe runs the web service until ctx is cancelled, then lets requests in
// flight finish within the shutdown timeout.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseConfig(args, os.Getenv, stderr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	logger := cfg.logger(stderr)
	shares, closeShares, err := openShares(ctx, cfg.DataDir, logger)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer closeShares()
	opts := web.Options{BaseURL: cfg.BaseURL, Limits: web.Limits{TrustProxy: cfg.TrustProxy},
		Site: cfg.Operator.site(), Shares: shares}
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
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	logger.Info("listening", "addr", ln.Addr().String(), "url", browseURL(ln.Addr().String()))

	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	logger.Info("shutting down", "timeout", cfg.ShutdownTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	logger.Info("stopped")
	return nil
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
		return fmt.Errorf("healthcheck: status %s", resp.Status)
	}
	fmt.Fprintln(stdout, "ok")
	return nil
}
