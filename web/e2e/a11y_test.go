package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// axeSource is the axe-core script, read once.
var axeSource struct {
	once sync.Once
	js   string
	err  error
}

// needAxe returns the axe-core script named by WHYBOUNCE_AXE, or else the one
// `CI=true .ci/run` installs in the user's cache, so that after such a run the
// README's plain `go test ./...` runs the check too; without either the test
// skips, or fails in CI.
func needAxe(t *testing.T) string {
	t.Helper()
	axeSource.once.Do(func() {
		path := os.Getenv("WHYBOUNCE_AXE")
		if path == "" {
			path = ciAxePath()
		}
		if path == "" {
			axeSource.err = fmt.Errorf("WHYBOUNCE_AXE is not set and .ci/run has not installed axe-core (npm install axe-core@4, then WHYBOUNCE_AXE=node_modules/axe-core/axe.min.js)")
			return
		}
		b, err := os.ReadFile(path)
		if err != nil {
			axeSource.err = fmt.Errorf("WHYBOUNCE_AXE: %w", err)
			return
		}
		axeSource.js = string(b)
	})
	switch {
	case axeSource.err != nil && inCI():
		t.Fatalf("CI=true but axe-core is missing: %v", axeSource.err)
	case axeSource.err != nil:
		t.Skipf("skipping accessibility test: %v", axeSource.err)
	}
	return axeSource.js
}

// ciAxePath is where .ci/run installs axe-core, or "" when it is not there.
func ciAxePath() string {
	cache, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	path := filepath.Join(cache, "whybounce-ci", "axe", "node_modules", "axe-core", "axe.min.js")
	if _, err := os.Stat(path); err != nil {
		return ""
	}
	return path
}

// violation is one rule axe-core found broken, with the elements concerned.
type violation struct {
	ID      string `json:"id"`
	Impact  string `json:"impact"`
	Help    string `json:"help"`
	HelpURL string `json:"helpUrl"`
	Nodes   []struct {
		Target         []any  `json:"target"`
		HTML           string `json:"html"`
		FailureSummary string `json:"failureSummary"`
	} `json:"nodes"`
}

// String prints a violation so that a person can find and fix it.
func (v violation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "[%s] %s: %s (%s)", v.Impact, v.ID, v.Help, v.HelpURL)
	for i, n := range v.Nodes {
		if i == 5 {
			fmt.Fprintf(&b, "\n\t... and %d more", len(v.Nodes)-i)
			break
		}
		fmt.Fprintf(&b, "\n\tat %v: %s\n\t\t%s", n.Target, n.HTML, strings.ReplaceAll(n.FailureSummary, "\n", "\n\t\t"))
	}
	return b.String()
}

// checkAccessible runs axe-core on the page in the tab and fails the test for
// every serious or critical violation.
func checkAccessible(t *testing.T, ctx context.Context, page string) {
	t.Helper()
	js := needAxe(t)
	// DevTools evaluation is not bound by the page's Content-Security-Policy.
	eval[chromedp.Void](t, ctx, `if (!window.axe) { `+js+"\n}")
	found := eval[[]violation](t, ctx, `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations)`)
	for _, v := range found {
		switch v.Impact {
		case "serious", "critical":
			t.Errorf("%s: %s", page, v)
		default:
			t.Logf("%s (not failing): %s", page, v)
		}
	}
}

// colorScheme makes the page prefer a light or dark colour scheme.
func colorScheme(scheme string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return err
	})
}

// sitePage is a page of the service and the steps that lead a browser to it.
type sitePage struct {
	name string
	open func(t *testing.T, ctx context.Context, s *site)
	wait string // a CSS selector the page shows once it is there
}

func navigateTo(path string) func(t *testing.T, ctx context.Context, s *site) {
	return func(t *testing.T, ctx context.Context, s *site) {
		t.Helper()
		do(t, ctx, "open "+path, chromedp.Navigate(s.URL+path))
	}
}

func clickExample(id string) func(t *testing.T, ctx context.Context, s *site) {
	return func(t *testing.T, ctx context.Context, s *site) {
		t.Helper()
		do(t, ctx, "click the example "+id,
			chromedp.Navigate(s.URL+"/"),
			chromedp.Click(chromedp.CSS(`button[name="example"][value="`+id+`"]`)),
		)
	}
}

// pasteFixture pastes a bounce of testdata/helpdesk into the form and sends it.
func pasteFixture(name string) func(t *testing.T, ctx context.Context, s *site) {
	return func(t *testing.T, ctx context.Context, s *site) {
		t.Helper()
		do(t, ctx, "paste "+name,
			chromedp.Navigate(s.URL+"/"),
			chromedp.Focus(chromedp.ID("bounce")),
			paste(readFile(t, fixturePath(name))),
			chromedp.Click(chromedp.CSS("form.diagnose button[type=submit]")))
	}
}

// fixturePath is a bounce of testdata/helpdesk, the cases of issue 10.
func fixturePath(name string) string {
	return filepath.Join("..", "..", "testdata", "helpdesk", name)
}

// mainPages are the pages every reader meets.
func mainPages() []sitePage {
	return []sitePage{
		{"home", navigateTo("/"), "form.diagnose"},
		{"home with an error", func(t *testing.T, ctx context.Context, s *site) {
			do(t, ctx, "send an empty form", chromedp.Navigate(s.URL+"/"),
				chromedp.Click(chromedp.CSS("form.diagnose button[type=submit]")))
		}, "#form-error"},
		{"result", clickExample("qmail-mailbox-not-found"), ".verdict h1"},
		{"result with recipients and blocklists", clickExample("microsoft-spamhaus"), ".verdict h1"},
		{"result with a warning", func(t *testing.T, ctx context.Context, s *site) {
			// The reader's own domain is not the returned message's sender: backscatter.
			do(t, ctx, "paste with the reader's domain",
				chromedp.Navigate(s.URL+"/"),
				chromedp.Focus(chromedp.ID("bounce")),
				paste(readFile(t, examplePath("qmail-mailbox-not-found.txt"))),
				chromedp.SendKeys(chromedp.ID("mine"), "example.org"),
				chromedp.Click(chromedp.CSS("form.diagnose button[type=submit]")))
		}, ".warnings"},
		{"result with two problems", pasteFixture("full-and-unknown.eml"), ".verdict h1"},
		{"result with a provider code", pasteFixture("outlook-s3140.txt"), ".verdict h1"},
		{"result of a best guess", pasteFixture("best-guess.txt"), ".verdict h1"},
		{"many bounces", navigateTo("/triage"), "form.triage"},
		{"many bounces, the report", uploadExamples, ".triage-report h1"},
		{"categories", navigateTo("/categories"), "main h1"},
		{"category", navigateTo("/categories/mailbox-not-found"), "main h1"},
		{"not found", navigateTo("/no-such-page"), "main h1"},
	}
}

func TestAccessibility(t *testing.T) {
	needAxe(t)
	// Thirty-odd pages, each checked twice: more than the usual minute when
	// the machine is busy with the other packages' tests.
	ctx := newTabFor(t, false, 5*time.Minute)
	s := startServer(t)
	seen := watchProblems(ctx)
	for _, scheme := range []string{"light", "dark"} {
		do(t, ctx, "prefer the "+scheme+" scheme", colorScheme(scheme))
		for _, p := range allPages() {
			t.Run(scheme+"/"+p.name, func(t *testing.T) {
				p.open(t, ctx, s)
				do(t, ctx, "wait for "+p.wait, chromedp.WaitVisible(chromedp.CSS(p.wait)))
				checkAccessible(t, ctx, p.name)
				seen.check(t, p.name)
			})
		}
	}
}

// allPages are the pages the accessibility check visits.
func allPages() []sitePage {
	return append(mainPages(), helpdeskPages()...)
}

// TestAxeSeesProblems guards the check itself: a page with a known fault must
// give a serious violation, or a silent axe would pass every page.
func TestAxeSeesProblems(t *testing.T) {
	js := needAxe(t)
	ctx := newTab(t, false)
	base := startServer(t).URL
	do(t, ctx, "open the home page", chromedp.Navigate(base+"/"))
	// Styles set through the DOM: the page's CSP refuses inline style attributes.
	eval[chromedp.Void](t, ctx, `(() => {
		const main = document.querySelector("main");
		main.append(document.createElement("button"));
		const p = document.createElement("p");
		p.textContent = "faint";
		p.style.color = "#ccc";
		p.style.background = "#fff";
		main.append(p);
	})()`)
	eval[chromedp.Void](t, ctx, js)
	found := eval[[]violation](t, ctx, `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations)`)
	want := map[string]bool{"button-name": false, "color-contrast": false}
	for _, v := range found {
		if _, ok := want[v.ID]; ok && (v.Impact == "serious" || v.Impact == "critical") {
			want[v.ID] = true
		}
	}
	for id, seen := range want {
		if !seen {
			t.Errorf("axe-core did not report %s on a page built to break it; got %v", id, found)
		}
	}
}
