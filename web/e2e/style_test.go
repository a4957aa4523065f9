package e2e

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// media makes the page render for a media type, such as "print"; "" is the screen.
func media(typ string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: typ})
		return err
	})
}

// shown reports whether the first element matching the CSS selector is
// rendered: not display:none, not inside a closed <details>, not invisible.
const shown = `(sel => { const el = document.querySelector(sel); if (!el) return "missing";
	return el.checkVisibility({visibilityProperty: true}) ? "shown" : "hidden"; })`

func TestPrintResult(t *testing.T) {
	ctx := newTab(t, false)
	base := startServer(t).URL
	clickExample("microsoft-spamhaus")(t, ctx, &site{URL: base})
	readVerdict(t, ctx)
	// Printed even when the reader's system prefers dark.
	do(t, ctx, "print", colorScheme("dark"), media("print"))
	tests := []struct {
		css  string
		want string
	}{
		{"header.site nav", "hidden"},
		{"footer.site", "hidden"},
		{".again", "hidden"},
		{".verdict h1", "shown"},
		{".steps", "shown"},
		{".bounce-text pre", "shown"},
		// The technical details are folded on screen and open on paper.
		{"details.technical dl.details", "shown"},
	}
	for _, tt := range tests {
		if got := eval[string](t, ctx, shown+"("+quote(tt.css)+")"); got != tt.want {
			t.Errorf("printed %s: got %s, want %s", tt.css, got, tt.want)
		}
	}
	if bg := eval[string](t, ctx, `getComputedStyle(document.body).backgroundColor`); bg != "rgb(255, 255, 255)" {
		t.Errorf("printed page background: got %s, want white", bg)
	}
	do(t, ctx, "back to the screen", media(""), colorScheme("light"))
	if got := eval[string](t, ctx, shown+`("details.technical dl.details")`); got != "hidden" {
		t.Errorf("technical details on screen: got %s, want folded away (hidden)", got)
	}
}

func TestDarkScheme(t *testing.T) {
	ctx := newTab(t, false)
	base := startServer(t).URL
	do(t, ctx, "open the home page", chromedp.Navigate(base+"/"))
	for _, tt := range []struct{ scheme, wantBG string }{
		{"light", "rgb(251, 251, 249)"},
		{"dark", "rgb(21, 24, 28)"},
	} {
		do(t, ctx, "prefer "+tt.scheme, colorScheme(tt.scheme))
		if bg := eval[string](t, ctx, `getComputedStyle(document.body).backgroundColor`); bg != tt.wantBG {
			t.Errorf("%s scheme: body background %s, want %s", tt.scheme, bg, tt.wantBG)
		}
	}
}

// quote makes a JavaScript string literal of s.
func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
