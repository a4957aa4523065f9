package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// withoutScript turns JavaScript off in the tab, as a reader who blocks it has.
func withoutScript() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	})
}

func TestWithoutJavaScript(t *testing.T) {
	ctx := newTab(t, false)
	base := startServer(t).URL
	do(t, ctx, "turn JavaScript off", withoutScript())
	t.Run("paste", func(t *testing.T) {
		submitPaste(t, ctx, base, readFile(t, examplePath("qmail-mailbox-not-found.txt")))
		got := readVerdict(t, ctx)
		if want := "/categories/mailbox-not-found"; got.category != want {
			t.Errorf("category link: got %q, want %q", got.category, want)
		}
		// The page came from the form post itself, not from the script.
		if loc := run(t, ctx, "read the address", chromedp.Location()); !strings.HasSuffix(loc, "/diagnose") {
			t.Errorf("address after the post: got %q, want .../diagnose", loc)
		}
		class := run(t, ctx, "read <html class>", chromedp.AttributeValue(chromedp.CSS("html"), "class"))
		if strings.Contains(class.Value, "js") {
			t.Errorf("<html class=%q>: the script ran although JavaScript is off", class.Value)
		}
		// No button that would do nothing: copy buttons come with the script.
		if n := run(t, ctx, "find copy buttons", chromedp.Nodes(chromedp.CSS("button.copy"), chromedp.AtLeast(0))); len(n) != 0 {
			t.Errorf("found %d copy buttons without JavaScript, want none", len(n))
		}
	})
	t.Run("example", func(t *testing.T) {
		do(t, ctx, "click an example",
			chromedp.Navigate(base+"/"),
			chromedp.Click(chromedp.CSS(`button[name="example"][value="gmail-over-quota"]`)),
		)
		if got, want := readVerdict(t, ctx).category, "/categories/mailbox-full"; got != want {
			t.Errorf("category link: got %q, want %q", got, want)
		}
	})
	t.Run("empty paste", func(t *testing.T) {
		do(t, ctx, "send an empty form",
			chromedp.Navigate(base+"/"),
			chromedp.Click(chromedp.CSS("form.diagnose button[type=submit]")),
			chromedp.WaitVisible(chromedp.CSS("#form-error")),
		)
	})
}

// TestNoFullReload checks that with JavaScript the diagnosis replaces the
// form in place, is announced, and gets the focus.
func TestNoFullReload(t *testing.T) {
	ctx := newTab(t, false)
	base := startServer(t).URL
	do(t, ctx, "open the home page", chromedp.Navigate(base+"/"))
	// A full page load would forget this.
	eval[chromedp.Void](t, ctx, `window.whybounceMarker = "still here"`)
	do(t, ctx, "paste and send",
		chromedp.Focus(chromedp.ID("bounce")),
		paste(readFile(t, examplePath("qmail-mailbox-not-found.txt"))),
		chromedp.Click(chromedp.CSS("form.diagnose button[type=submit]")),
	)
	got := readVerdict(t, ctx)
	if want := "/categories/mailbox-not-found"; got.category != want {
		t.Errorf("category link: got %q, want %q", got.category, want)
	}
	if m := eval[string](t, ctx, `String(window.whybounceMarker)`); m != "still here" {
		t.Errorf("window.whybounceMarker: got %q: the page was loaded anew instead of updated", m)
	}
	announced := run(t, ctx, "wait for the announcement", chromedp.Poll[string](
		`(() => { const s = document.getElementById("announce").textContent; return s.includes("does not exist") ? s : false; })()`))
	if !strings.Contains(announced, "t.okafor@northfield-school.example") {
		t.Errorf("announced %q, want the headline", announced)
	}
	if f := eval[focusState](t, ctx, readFocus); f.Tag != "h1" {
		t.Errorf("focus: got <%s id=%q>, want the headline", f.Tag, f.ID)
	}
	// The new content is enhanced too: the customer reply gets its copy button.
	label := run(t, ctx, "find the reply's copy button",
		chromedp.AttributeValue(chromedp.CSS(".customer-reply textarea + button.copy"), "aria-label"))
	if want := "Copy: Reply to the customer"; label.Value != want {
		t.Errorf("copy button's label: got %q, want %q", label.Value, want)
	}
	title := run(t, ctx, "read the title", chromedp.Title())
	if !strings.Contains(title, "does not exist") {
		t.Errorf("title: got %q, want the category's title", title)
	}

	// Back goes to the form, as it does after a plain form post.
	do(t, ctx, "go back",
		chromedp.Evaluate[chromedp.Void](`history.back()`),
		chromedp.WaitVisible(chromedp.CSS("form.diagnose")),
	)

	// An empty paste comes back as the form with its message, focused on the box.
	do(t, ctx, "send an empty form",
		chromedp.Navigate(base+"/"),
		chromedp.Click(chromedp.CSS("form.diagnose button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#form-error")),
	)
	if f := eval[focusState](t, ctx, readFocus); f.ID != "bounce" {
		t.Errorf("focus after an empty paste: got <%s id=%q>, want the box", f.Tag, f.ID)
	}
}

// dropFile dispatches the events of a file dropped on the element matching
// the CSS selector. The browser's own drag and drop needs a window system; these
// are the same events, carrying a real File.
func dropFile(t *testing.T, ctx context.Context, css, name, content string) {
	t.Helper()
	eval[chromedp.Void](t, ctx, `((css, name, content) => {
		const dt = new DataTransfer();
		dt.items.add(new File([content], name, {type: "text/plain"}));
		const at = document.querySelector(css);
		for (const type of ["dragenter", "dragover", "drop"]) {
			at.dispatchEvent(new DragEvent(type, {dataTransfer: dt, bubbles: true, cancelable: true}));
		}
	})(`+quote(css)+`, `+quote(name)+`, `+quote(content)+`)`)
}

func TestDropFile(t *testing.T) {
	ctx := newTab(t, false)
	base := startServer(t).URL
	bounce := readFile(t, examplePath("qmail-mailbox-not-found.txt"))

	// On the home page the file goes into the form, even dropped on the footer.
	do(t, ctx, "open the home page", chromedp.Navigate(base+"/"))
	dropFile(t, ctx, "footer", "bounce.txt", bounce)
	name := eval[string](t, ctx, `(f => f ? f.name : "")(document.getElementById("file").files[0])`)
	if name != "bounce.txt" {
		t.Fatalf("file picker after the drop: got %q, want bounce.txt", name)
	}
	do(t, ctx, "send", chromedp.Click(chromedp.CSS("form.diagnose button[type=submit]")))
	if got, want := readVerdict(t, ctx).category, "/categories/mailbox-not-found"; got != want {
		t.Errorf("category link: got %q, want %q", got, want)
	}

	// On any other page it is explained at once.
	clickExample("gmail-over-quota")(t, ctx, &site{URL: base})
	if got, want := readVerdict(t, ctx).category, "/categories/mailbox-full"; got != want {
		t.Fatalf("category link: got %q, want %q", got, want)
	}
	dropFile(t, ctx, "main", "bounce.txt", bounce)
	run(t, ctx, "wait for the dropped bounce's diagnosis", chromedp.Poll[bool](
		`document.querySelector(".verdict .kicker a").getAttribute("href") === "/categories/mailbox-not-found"`))
}
