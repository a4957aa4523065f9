package e2e

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// link is a share link as its creator sees it.
type link struct {
	share, erase string // absolute addresses of the link and of its delete page
}

// createLink explains an example, presses "Create a link" with the form's
// defaults, and reads the two links the next page shows.
func createLink(t *testing.T, ctx context.Context, s *site, example string) link {
	t.Helper()
	clickExample(example)(t, ctx, s)
	readVerdict(t, ctx)
	do(t, ctx, "create a link",
		chromedp.Click(chromedp.CSS(`form[action="/links"] button[type=submit]`)),
		chromedp.WaitVisible(chromedp.ID("share-url")),
	)
	abs := func(u string) string {
		if strings.HasPrefix(u, "/") {
			return s.URL + u
		}
		return u
	}
	return link{
		share: abs(run(t, ctx, "read the link", chromedp.Value(chromedp.ID("share-url")))),
		erase: abs(run(t, ctx, "read the delete link", chromedp.Value(chromedp.ID("delete-url")))),
	}
}

func TestShareLink(t *testing.T) {
	ctx := newTab(t, false)
	s := startServer(t)
	l := createLink(t, ctx, s, "qmail-mailbox-not-found")
	if u, err := url.Parse(l.share); err != nil || !strings.HasPrefix(u.Path, "/s/") {
		t.Fatalf("link: got %q, want an address under /s/", l.share)
	}
	// The server writes paths (no base URL is set); the page completes them
	// with the address the browser opened, in the fields and in the message.
	if raw := run(t, ctx, "read the link", chromedp.Value(chromedp.ID("share-url"))); raw != l.share {
		t.Errorf("link field: got %q, want the complete address %q", raw, l.share)
	}
	if msg := run(t, ctx, "read the message", chromedp.Value(chromedp.CSS(".customer-reply textarea"))); !strings.Contains(msg, "\n"+l.share+"\n") {
		t.Errorf("message: got %q, want it to carry %q", msg, l.share)
	}

	t.Run("copy", func(t *testing.T) {
		do(t, ctx, "press Copy", chromedp.Click(chromedp.CSS("#share-url ~ button.copy")))
		run(t, ctx, "wait for the button to confirm", chromedp.Poll[bool](
			`document.querySelector("#share-url ~ button.copy").textContent === "Copied"`))
	})

	// The customer opens the link in a browser that has never seen the site.
	t.Run("open elsewhere", func(t *testing.T) {
		other := newTab(t, true)
		do(t, other, "open the link", chromedp.Navigate(l.share))
		got := readVerdict(t, other)
		if want := "/categories/mailbox-not-found"; got.category != want {
			t.Errorf("category link: got %q, want %q", got.category, want)
		}
		do(t, other, "see the shared banner", chromedp.WaitVisible(chromedp.CSS(".shared-banner")))
		// Hidden by default before saving: the part of the address before the @.
		if page := eval[string](t, other, `document.body.innerText`); strings.Contains(page, "t.okafor") {
			t.Errorf("the shared page shows the local part t.okafor; want it hidden:\n%s", page)
		}
	})

	t.Run("delete", func(t *testing.T) {
		other := newTab(t, true)
		do(t, other, "delete the link",
			chromedp.Navigate(l.erase),
			chromedp.Click(chromedp.CSS("form button[type=submit].danger")),
			chromedp.WaitVisible(chromedp.CSS(".error-page h1")),
		)
		if h := text(t, other, "main h1"); h != "The link is deleted" {
			t.Errorf("after deleting: heading %q, want %q", h, "The link is deleted")
		}
		do(t, other, "open the deleted link", chromedp.Navigate(l.share))
		if n := eval[int](t, other, `document.querySelectorAll(".verdict").length`); n != 0 {
			t.Errorf("a deleted link still shows the diagnosis")
		}
		t.Logf("a deleted link shows: %q", text(t, other, "main h1"))
	})
}

func TestExpiredLink(t *testing.T) {
	ctx := newTab(t, false)
	s := startServer(t)
	l := createLink(t, ctx, s, "gmail-over-quota")
	openExpired(t, ctx, s, l.share)
	if h := text(t, ctx, "main h1"); h != "This link has expired" {
		t.Errorf("an expired link: heading %q, want %q", h, "This link has expired")
	}
}

// openExpired opens a link as it is after every expiry on offer has passed.
func openExpired(t *testing.T, ctx context.Context, s *site, share string) {
	t.Helper()
	s.skew.Store(int64(400 * 24 * time.Hour))
	defer s.skew.Store(0)
	do(t, ctx, "open the expired link", chromedp.Navigate(share), chromedp.WaitVisible(chromedp.CSS("main h1")))
}

func TestLookup(t *testing.T) {
	ctx := newTab(t, false)
	base := startServer(t).URL
	for _, code := range []string{"5.7.1", "S3150", "550"} {
		t.Run(code, func(t *testing.T) {
			do(t, ctx, "search from the header",
				chromedp.Navigate(base+"/"),
				chromedp.Focus(chromedp.ID("site-q")),
				chromedp.KeyEvent(code+kb.Enter),
				chromedp.WaitVisible(chromedp.CSS("h1 .code-title")),
			)
			if got := text(t, ctx, "h1 .code-title"); !strings.EqualFold(got, code) {
				t.Errorf("code page title: got %q, want %q", got, code)
			}
			loc := run(t, ctx, "read the address", chromedp.Location())
			if u, _ := url.Parse(loc); !strings.HasPrefix(u.Path, "/codes/") {
				t.Errorf("landed on %q, want a page under /codes/", loc)
			}
		})
	}
	t.Run("phrase", func(t *testing.T) {
		do(t, ctx, "search for words",
			chromedp.Navigate(base+"/lookup"),
			chromedp.Focus(chromedp.CSS(`main input[type="search"]`)),
			chromedp.KeyEvent("mailbox full"+kb.Enter),
			chromedp.WaitVisible(chromedp.CSS(".code-results a")),
			chromedp.Click(chromedp.CSS(".code-results a")),
			chromedp.WaitVisible(chromedp.CSS("h1 .code-title")),
		)
	})
}

// helpdeskPages are the pages of share links and the code lookup.
func helpdeskPages() []sitePage {
	return []sitePage{
		{"lookup", navigateTo("/lookup"), "main h1"},
		{"lookup results", navigateTo("/lookup?q=mailbox+full"), ".code-results"},
		{"codes", navigateTo("/codes"), "main h1"},
		{"code", navigateTo("/lookup?q=5.7.1"), "h1 .code-title"},
		{"link created", func(t *testing.T, ctx context.Context, s *site) {
			createLink(t, ctx, s, "microsoft-spamhaus")
		}, "#share-url"},
		{"shared page", func(t *testing.T, ctx context.Context, s *site) {
			l := createLink(t, ctx, s, "microsoft-spamhaus")
			do(t, ctx, "open the link", chromedp.Navigate(l.share))
		}, ".shared-banner"},
		{"delete a link", func(t *testing.T, ctx context.Context, s *site) {
			l := createLink(t, ctx, s, "microsoft-spamhaus")
			do(t, ctx, "open the delete page", chromedp.Navigate(l.erase))
		}, "form button.danger"},
		{"expired link", func(t *testing.T, ctx context.Context, s *site) {
			l := createLink(t, ctx, s, "microsoft-spamhaus")
			openExpired(t, ctx, s, l.share)
		}, "main h1"},
	}
}
