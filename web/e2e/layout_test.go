package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// box is where an element sits on the page, in CSS pixels from the top of
// the document.
type box struct {
	Top, Bottom, Left, Right float64
	Found                    bool
}

// boxOf measures the first element matching the CSS selector.
func boxOf(t *testing.T, ctx context.Context, css string) box {
	t.Helper()
	return eval[box](t, ctx, `(sel => { const el = document.querySelector(sel); if (!el) return {found: false};
		const r = el.getBoundingClientRect();
		return {top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right, found: true}; })(`+quote(css)+`)`)
}

// TestPhoneLayout holds issue 10's "phone layout": at 390 px the headline,
// the facts and the steps come first; the bounce does not scroll inside
// itself, so its highlighted passage is never cut off; no note or line runs
// off the right edge.
func TestPhoneLayout(t *testing.T) {
	ctx := newTab(t, false)
	s := startServer(t)
	do(t, ctx, "a phone's window", chromedp.EmulateViewport(390, 844))
	for _, p := range []sitePage{
		{"a blocklist", clickExample("microsoft-spamhaus"), ".verdict h1"},
		{"two problems", pasteFixture("full-and-unknown.eml"), ".verdict h1"},
		{"a provider's code", pasteFixture("outlook-s3140.txt"), ".verdict h1"},
		{"a long reply", clickExample("exchange-dmarc"), ".verdict h1"},
	} {
		t.Run(p.name, func(t *testing.T) {
			p.open(t, ctx, s)
			do(t, ctx, "wait for the result", chromedp.WaitVisible(chromedp.CSS(p.wait)))

			// Reading order on a phone: headline, facts, steps, then the rest.
			order := []string{".verdict h1", "dl.facts", "section.steps", "section.explain", "section.bounce-text"}
			if boxOf(t, ctx, "aside.named").Found {
				order = []string{".verdict h1", "dl.facts", "section.steps", "aside.named", "section.explain", "section.bounce-text"}
			}
			last := box{}
			for i, css := range order {
				b := boxOf(t, ctx, css)
				if !b.Found {
					t.Fatalf("%s is missing", css)
				}
				if i > 0 && b.Top < last.Bottom-1 {
					t.Errorf("%s (top %.0f) is not below %s (bottom %.0f)", css, b.Top, order[i-1], last.Bottom)
				}
				last = b
			}
			if top := boxOf(t, ctx, "section.steps").Top; top > 2*844 {
				t.Errorf("the steps start %.0f px down, more than two screens", top)
			}

			// The bounce is shown whole: its box does not scroll, and every
			// highlighted passage lies inside it.
			scrolls := eval[bool](t, ctx, `(() => { const pre = document.querySelector(".bounce-text pre");
				return pre.scrollHeight > pre.clientHeight + 1 || pre.scrollWidth > pre.clientWidth + 1; })()`)
			if scrolls {
				t.Errorf("the bounce scrolls inside its own box")
			}
			pre := boxOf(t, ctx, ".bounce-text pre")
			marks := eval[[]box](t, ctx, `[...document.querySelectorAll(".bounce-text mark")].map(m => { const r = m.getBoundingClientRect();
				return {top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right, found: true}; })`)
			if len(marks) == 0 {
				t.Errorf("nothing is highlighted")
			}
			for i, m := range marks {
				if m.Top < pre.Top || m.Bottom > pre.Bottom+1 {
					t.Errorf("highlighted passage %d (%.0f-%.0f) is cut off by the bounce's box (%.0f-%.0f)", i+1, m.Top, m.Bottom, pre.Top, pre.Bottom)
				}
			}

			// Nothing runs off the right edge: not the notes, not the page.
			wide := eval[[]string](t, ctx, `[...document.querySelectorAll("main *")].filter(el => {
				const r = el.getBoundingClientRect(); return r.width > 0 && r.right > innerWidth + 1 && !el.closest(".scroll");
			}).slice(0, 5).map(el => el.tagName.toLowerCase() + (el.className ? "." + el.className : "") + ": " + el.textContent.slice(0, 40))`)
			for _, w := range wide {
				t.Errorf("runs off the right edge: %s", w)
			}
			if sw := eval[float64](t, ctx, `document.documentElement.scrollWidth`); sw > 390 {
				t.Errorf("the page is %.0f px wide, wider than the phone", sw)
			}
		})
	}
}

// TestNamedBoxBesideTheSteps: on a wide screen "What the bounce names" sits
// at the top, beside the facts and steps, right under the headline.
func TestNamedBoxBesideTheSteps(t *testing.T) {
	ctx := newTab(t, false)
	s := startServer(t)
	do(t, ctx, "a desktop's window", chromedp.EmulateViewport(1280, 900))
	clickExample("microsoft-spamhaus")(t, ctx, s)
	readVerdict(t, ctx)
	named, steps, facts := boxOf(t, ctx, "aside.named"), boxOf(t, ctx, "section.steps"), boxOf(t, ctx, "dl.facts")
	if !named.Found {
		t.Fatal("no \"What the bounce names\" box")
	}
	if named.Left < steps.Right {
		t.Errorf("the box (left %.0f) is not beside the steps (right %.0f)", named.Left, steps.Right)
	}
	if d := named.Top - facts.Top; d < -1 || d > 40 {
		t.Errorf("the box starts %.0f px below the facts, want it level with them", d)
	}
	if named.Bottom > 900 {
		t.Errorf("the box ends at %.0f px, below the first screen", named.Bottom)
	}
	wantText := []string{"203.0.113.88", "check.spamhaus.org"}
	got := text(t, ctx, "aside.named")
	for _, w := range wantText {
		if !strings.Contains(got, w) {
			t.Errorf("the box lacks %q: %q", w, got)
		}
	}
}

// TestHighlightColours: the highlight is a clear yellow in both schemes,
// not the dark scheme's old olive.
func TestHighlightColours(t *testing.T) {
	ctx := newTab(t, false)
	s := startServer(t)
	clickExample("qmail-mailbox-not-found")(t, ctx, s)
	readVerdict(t, ctx)
	for _, tt := range []struct{ scheme, bg string }{
		{"light", "rgb(255, 241, 168)"},
		{"dark", "rgb(242, 207, 91)"},
	} {
		do(t, ctx, "prefer "+tt.scheme, colorScheme(tt.scheme))
		if got := eval[string](t, ctx, `getComputedStyle(document.querySelector(".bounce-text mark")).backgroundColor`); got != tt.bg {
			t.Errorf("%s: highlight %s, want %s", tt.scheme, got, tt.bg)
		}
	}
}
