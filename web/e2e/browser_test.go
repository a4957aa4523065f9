package e2e

import (
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/whybounce/whybounce/web"
	"github.com/whybounce/whybounce/web/store"
)

// inCI reports whether the tests run in CI, where a missing browser or
// axe-core is a failure rather than a reason to skip.
func inCI() bool { return os.Getenv("CI") == "true" }

// browser is the one Chromium shared by every test of the binary; each test
// opens its own tab in it.
var browser struct {
	once    sync.Once
	ctx     context.Context
	missing string // why there is no browser, when there is none
	err     error  // the browser was found but did not start
	stop    func()
}

func TestMain(m *testing.M) {
	code := m.Run()
	if browser.stop != nil {
		browser.stop()
	}
	os.Exit(code)
}

// chromiumPath finds the browser: WHYBOUNCE_CHROMIUM, else the usual names on PATH.
func chromiumPath() string {
	if p := os.Getenv("WHYBOUNCE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

func startBrowser() {
	path := chromiumPath()
	if path == "" {
		browser.missing = "no Chromium found (install the Debian package chromium, or set WHYBOUNCE_CHROMIUM)"
		return
	}
	profile, err := os.MkdirTemp("", "whybounce-e2e-profile-")
	if err != nil {
		browser.err = err
		return
	}
	// The flags keep Chromium from calling home: the network here is closed,
	// and a test must depend on nothing but the server it starts.
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.UserDataDir(profile),
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.WindowSize(1280, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelBrowser := chromedp.NewContext(allocCtx)
	browser.stop = func() {
		cancelBrowser()
		cancelAlloc()
		_ = os.RemoveAll(profile)
	}
	if err := chromedp.Do(ctx); err != nil {
		browser.err = fmt.Errorf("start %s: %w", path, err)
		return
	}
	browser.ctx = ctx
}

// needBrowser skips the test when there is no browser, or fails it in CI.
func needBrowser(t *testing.T) {
	t.Helper()
	browser.once.Do(startBrowser)
	switch {
	case browser.err != nil:
		t.Fatalf("browser: %v", browser.err)
	case browser.missing != "" && inCI():
		t.Fatalf("CI=true but %s", browser.missing)
	case browser.missing != "":
		t.Skipf("skipping browser test: %s", browser.missing)
	}
}

// newTab opens a tab in the shared browser, closed when the test ends. With
// fresh set, the tab lives in a new browser context of its own: no cookies,
// storage or cache shared with the other tabs, like a private window.
func newTab(t *testing.T, fresh bool) context.Context {
	t.Helper()
	return newTabFor(t, fresh, time.Minute)
}

// newTabFor is newTab for a test that may take longer than a minute.
func newTabFor(t *testing.T, fresh bool, limit time.Duration) context.Context {
	t.Helper()
	needBrowser(t)
	var opts []chromedp.ContextOption
	if fresh {
		opts = append(opts, chromedp.WithNewBrowserContext())
	}
	tab, closeTab := chromedp.NewContext(browser.ctx, opts...)
	if err := chromedp.Do(tab); err != nil {
		closeTab()
		t.Fatalf("open a tab: %v", err)
	}
	ctx, cancel := context.WithTimeout(tab, limit)
	t.Cleanup(func() {
		cancel()
		closeTab()
	})
	return ctx
}

// site is the real service, started for one test on a loopback port with its
// own share store in a temporary directory.
type site struct {
	URL string
	// skew moves the store's clock forward, in nanoseconds, so that links
	// expire without waiting.
	skew atomic.Int64
}

// plenty is a rate limit that the tests never reach.
var plenty = web.Rate{PerSecond: 1000, Burst: 1000}

// startServer runs the service for one test.
func startServer(t *testing.T) *site {
	t.Helper()
	return startServerWith(t, web.Options{})
}

// startServerWith runs the service with some options set (the store and the
// limits are the test's own).
func startServerWith(t *testing.T, opts web.Options) *site {
	t.Helper()
	s := &site{}
	st, err := store.Open(t.Context(), t.TempDir())
	if err != nil {
		t.Fatalf("store.Open: %v", err)
	}
	st.Now = func() time.Time { return time.Now().Add(time.Duration(s.skew.Load())) }
	opts.Shares = st
	opts.Triage = st
	// One browser on one address sends far more than a person would.
	opts.Limits = web.Limits{Form: plenty, Links: plenty, Checks: plenty}
	srv, err := web.NewServer(slog.New(slog.DiscardHandler), prometheus.NewRegistry(), opts)
	if err != nil {
		t.Fatalf("NewServer: %v", err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(func() {
		ts.Close()
		st.Close()
	})
	s.URL = ts.URL
	return s
}

// do runs steps and fails the test on an error, naming what it was doing.
func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// run runs one action that returns a value, failing the test on an error.
func run[T any](t *testing.T, ctx context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// eval evaluates a JavaScript expression in the page and returns its value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	return run(t, ctx, "evaluate "+firstLine(expr), chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// paste puts text into the focused field the way a paste does: in one
// insertion, with the input events a browser fires.
func paste(text string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, input.InsertText, input.InsertTextParams{Text: text})
		return err
	})
}

// text returns the visible text of the first element matching the CSS selector.
func text(t *testing.T, ctx context.Context, css string) string {
	t.Helper()
	return strings.TrimSpace(run(t, ctx, "read "+css, chromedp.Text(chromedp.CSS(css), chromedp.NodeVisible)))
}

// readFile reads a file of the repository, relative to this package.
func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
