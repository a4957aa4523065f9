package e2e

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// verdict is what the result page tells a reader first.
type verdict struct {
	category string // the category link's path, /categories/{id}
	headline string
}

// readVerdict waits for a result page and reads its verdict.
func readVerdict(t *testing.T, ctx context.Context) verdict {
	t.Helper()
	do(t, ctx, "wait for the diagnosis", chromedp.WaitVisible(chromedp.CSS(".verdict h1")))
	href := run(t, ctx, "read the category link", chromedp.AttributeValue(chromedp.CSS(".verdict .kicker a"), "href"))
	return verdict{category: href.Value, headline: text(t, ctx, ".verdict h1")}
}

// examplePath is an example bounce shipped with the service.
func examplePath(name string) string {
	p, err := filepath.Abs(filepath.Join("..", "..", "static", "examples", name))
	if err != nil {
		panic(err)
	}
	return p
}

// submitPaste pastes text into the home page's box and sends the form.
func submitPaste(t *testing.T, ctx context.Context, base, bounce string) {
	t.Helper()
	do(t, ctx, "paste and send",
		chromedp.Navigate(base+"/"),
		chromedp.Focus(chromedp.ID("bounce")),
		paste(bounce),
		chromedp.Click(chromedp.CSS("form.diagnose button[type=submit]")),
	)
}

func TestPasteShowsDiagnosis(t *testing.T) {
	ctx := newTab(t, false)
	base := startServer(t).URL
	tests := []struct {
		name         string
		bounce       string
		wantCategory string
		wantHeadline string // a part of the headline
	}{
		{"qmail transcript", readFile(t, examplePath("qmail-mailbox-not-found.txt")),
			"/categories/mailbox-not-found", "t.okafor@northfield-school.example"},
		{"Gmail notice", readFile(t, examplePath("gmail-over-quota.txt")),
			"/categories/mailbox-full", "lena.fischer@gmail.com"},
		{"one SMTP line", "550 5.1.1 <ann@exmaple.com>: Recipient address rejected: User unknown in virtual mailbox table",
			"/categories/mailbox-not-found", "ann@exmaple.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			submitPaste(t, ctx, base, tt.bounce)
			got := readVerdict(t, ctx)
			if got.category != tt.wantCategory {
				t.Errorf("category link: got %q, want %q (headline %q)", got.category, tt.wantCategory, got.headline)
			}
			if !strings.Contains(got.headline, tt.wantHeadline) {
				t.Errorf("headline: got %q, want it to contain %q", got.headline, tt.wantHeadline)
			}
		})
	}
}

func TestUploadFile(t *testing.T) {
	ctx := newTab(t, false)
	base := startServer(t).URL
	do(t, ctx, "choose a file and send",
		chromedp.Navigate(base+"/"),
		chromedp.SetUploadFiles(chromedp.ID("file"), []string{examplePath("postfix-user-unknown.eml")}),
		chromedp.Click(chromedp.CSS("form.diagnose button[type=submit]")),
	)
	got := readVerdict(t, ctx)
	if want := "/categories/mailbox-not-found"; got.category != want {
		t.Errorf("category link: got %q, want %q", got.category, want)
	}
	if want := "jon.doe@greenvalley-coop.example"; !strings.Contains(got.headline, want) {
		t.Errorf("headline: got %q, want it to contain %q", got.headline, want)
	}
}

func TestExamples(t *testing.T) {
	ctx := newTab(t, false)
	base := startServer(t).URL
	tests := []struct {
		example      string
		wantCategory string
	}{
		{"sendmail-relaying-denied", "/categories/relay-denied"},
		{"qmail-mailbox-not-found", "/categories/mailbox-not-found"},
		{"postfix-user-unknown", "/categories/mailbox-not-found"},
		{"gmail-over-quota", "/categories/mailbox-full"},
		{"microsoft-spamhaus", "/categories/blocklisted"},
		{"exchange-dmarc", "/categories/authentication-failed"},
	}
	for _, tt := range tests {
		t.Run(tt.example, func(t *testing.T) {
			do(t, ctx, "click the example",
				chromedp.Navigate(base+"/"),
				chromedp.Click(chromedp.CSS(`button[name="example"][value="`+tt.example+`"]`)),
			)
			if got := readVerdict(t, ctx); got.category != tt.wantCategory {
				t.Errorf("category link: got %q, want %q (headline %q)", got.category, tt.wantCategory, got.headline)
			}
		})
	}
}

// focusState describes the focused element and whether its focus ring shows.
type focusState struct {
	Tag          string `json:"tag"`
	ID           string `json:"id"`
	Type         string `json:"type"`
	Form         string `json:"form"`
	OutlineStyle string `json:"outlineStyle"`
	OutlineWidth string `json:"outlineWidth"`
	OutlineColor string `json:"outlineColor"`
	Background   string `json:"background"` // the page's, around the ring
}

const readFocus = `(() => {
	const el = document.activeElement;
	const st = getComputedStyle(el);
	return {tag: el.tagName.toLowerCase(), id: el.id, type: el.type || "",
		form: el.form ? el.form.className : "",
		outlineStyle: st.outlineStyle, outlineWidth: st.outlineWidth, outlineColor: st.outlineColor,
		background: getComputedStyle(document.body).backgroundColor};
})()`

// tabTo presses Tab until the focused element matches, at most max times, and
// checks on every stop that the focus can be seen.
func tabTo(t *testing.T, ctx context.Context, max int, match func(focusState) bool) focusState {
	t.Helper()
	for range max {
		do(t, ctx, "press Tab", chromedp.KeyEvent(kb.Tab))
		f := eval[focusState](t, ctx, readFocus)
		if f.OutlineStyle == "none" || f.OutlineWidth == "0px" {
			t.Errorf("focus on <%s id=%q> is not visible: outline %s %s", f.Tag, f.ID, f.OutlineStyle, f.OutlineWidth)
		}
		// WCAG 2.2 asks 3:1 between a focus indicator and what surrounds it.
		if c := contrast(t, f.OutlineColor, f.Background); c < 3 {
			t.Errorf("focus ring on <%s id=%q>: contrast %.2f:1 between %s and %s, want at least 3:1", f.Tag, f.ID, c, f.OutlineColor, f.Background)
		}
		if match(f) {
			return f
		}
	}
	t.Fatalf("%d presses of Tab did not reach the element", max)
	return focusState{}
}

func TestKeyboardOnly(t *testing.T) {
	ctx := newTab(t, false)
	base := startServer(t).URL
	for _, scheme := range []string{"light", "dark"} {
		t.Run(scheme, func(t *testing.T) {
			do(t, ctx, "open the home page", colorScheme(scheme), chromedp.Navigate(base+"/"))
			tabTo(t, ctx, 12, func(f focusState) bool { return f.ID == "bounce" })
			do(t, ctx, "type a bounce", chromedp.KeyEvent("550 5.1.1 <ann@exmaple.com>: User unknown"))
			tabTo(t, ctx, 4, func(f focusState) bool { return f.Type == "submit" && f.Form == "diagnose" })
			do(t, ctx, "press Enter", chromedp.KeyEvent(kb.Enter))
			got := readVerdict(t, ctx)
			if want := "/categories/mailbox-not-found"; got.category != want {
				t.Errorf("category link: got %q, want %q (headline %q)", got.category, want, got.headline)
			}
			// Whoever cannot see the page learns at once what happened: the focus
			// moves to the headline, not back to the top of the page.
			if f := eval[focusState](t, ctx, readFocus); f.Tag != "h1" {
				t.Errorf("focus after the diagnosis: got <%s id=%q>, want the headline <h1>", f.Tag, f.ID)
			}
		})
	}
}

// contrast is the WCAG contrast ratio of two CSS colours written rgb(r, g, b).
func contrast(t *testing.T, a, b string) float64 {
	t.Helper()
	la, lb := luminance(t, a), luminance(t, b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(t *testing.T, css string) float64 {
	t.Helper()
	var r, g, b float64
	if _, err := fmt.Sscanf(strings.TrimPrefix(css, "rgba"), "(%g, %g, %g", &r, &g, &b); err != nil {
		if _, err := fmt.Sscanf(css, "rgb(%g, %g, %g)", &r, &g, &b); err != nil {
			t.Fatalf("colour %q: %v", css, err)
		}
	}
	lin := func(c float64) float64 {
		c /= 255
		if c <= 0.03928 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}
