package web

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/classifier/hostile"
)

// hostileCase is a hostile input with the outcome a reader must get.
type hostileCase struct {
	name   string
	data   []byte
	status int
	// category is what the engine must say; "" asserts only the status,
	// for an input whose answer the engine is still changing.
	category string
	warnings []string
}

func hostileCases() []hostileCase {
	return []hostileCase{
		{"deep-nesting", hostile.DeepNesting(5000), 200, "mailbox-not-found", []string{"no-report"}},
		{"unclosed-nesting", hostile.UnclosedNesting(40), 200, "mailbox-not-found", []string{"no-report"}},
		{"part-bomb", hostile.PartBomb(100_000), 200, "unknown", []string{"no-report"}},
		{"huge-base64", hostile.HugeBase64(6 << 20), 200, "mailbox-not-found", nil},
		{"endless-header", hostile.EndlessHeader(4 << 20), 200, "mailbox-not-found", []string{"no-report"}},
		{"long-line", hostile.LongLine(8 << 20), 200, "mailbox-not-found", nil},
		{"nul-bytes", hostile.NULBytes(), 200, "mailbox-not-found", nil},
		{"bad-charset", hostile.BadCharset(), 200, "mailbox-not-found", nil},
		{"html-script", hostile.HTMLWithScript(), 200, "mailbox-not-found", []string{"asks-to-open", "no-report"}},
		{"fake-bounce-exe", hostile.FakeBounceZipExe(), 200, "unknown", []string{"dangerous-attachment", "asks-to-open", "no-report"}},
		{"backscatter", hostile.Backscatter(), 200, "mailbox-not-found", []string{"backscatter"}},
		{"over-limit", bytes.Repeat([]byte("550 5.1.1 x\n"), 11<<20/12), 413, "", nil},
		// The engine reads a budget of attached messages for the whole
		// input, finds no bounce in them, and says it stopped reading.
		{"nested-bomb", hostile.NestedBomb(250_000), 200, "unknown", []string{"truncated"}},
		// Inputs that once made the table reader work in proportion to
		// every header line times the text under it.
		{"repeated-table-header", hostile.RepeatedTableHeader(60, 8<<20), 200, "not-a-bounce", nil},
		{"comma-header", hostile.CommaHeader(8 << 20), 200, "not-a-bounce", nil},
	}
}

// Every hostile input, through the real router, by the API and by the form:
// the right status, category and warnings, and no panic.
func TestHostileInputsThroughRouter(t *testing.T) {
	h := newTestHandler(t, Options{Limits: Limits{API: Rate{PerSecond: 100, Burst: 100}, Form: Rate{PerSecond: 100, Burst: 100}}})
	for _, tc := range hostileCases() {
		t.Run(tc.name+"/api", func(t *testing.T) {
			r := apiFrom("203.0.113.7:1", string(tc.data))
			r.URL.RawQuery = url.Values{"mine": {"example.org"}}.Encode()
			w := serve(t, h, r)
			wantStatus(t, w, tc.status)
			var res struct {
				Category string
				Warnings []struct{ Kind, Message string }
			}
			if err := json.Unmarshal(w.Body.Bytes(), &res); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			var kinds []string
			for _, w := range res.Warnings {
				kinds = append(kinds, w.Kind)
			}
			if tc.category != "" && (res.Category != tc.category || !slices.Equal(kinds, tc.warnings)) {
				t.Errorf("got %s %v, want %s %v", res.Category, kinds, tc.category, tc.warnings)
			}
		})
		t.Run(tc.name+"/form", func(t *testing.T) {
			r := postMultipart(t, "/diagnose", map[string]string{"mine": "example.org"}, "bounce.eml", tc.data)
			w := serve(t, h, r)
			wantStatus(t, w, tc.status)
			body := w.Body.String()
			for _, k := range tc.warnings {
				wantContains(t, body, `data-kind="`+k+`"`)
			}
			if tc.category != "" {
				wantContains(t, body, categoryPath(classifier.Category(tc.category)))
			}
			checkNoMarkupFromInput(t, body)
		})
	}
}

// ownScript is the only script element a page may carry: the site's own file.
var ownScript = regexp.MustCompile(`<script src="/static/[a-z0-9.]+"( defer)?></script>`)

var (
	// markupTag finds real tags; text from a bounce arrives as &lt;...
	markupTag = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>`)
	// handlerAttr finds event-handler attributes and script links in a tag.
	handlerAttr = regexp.MustCompile(`(?i)\son[a-z]+\s*=|(?:href|src|action)\s*=\s*["']?\s*javascript:`)
)

// checkNoMarkupFromInput fails when a page carries markup that could only
// have come from a bounce: a script other than the site's, a frame, an
// object, an event handler or a javascript: link.
func checkNoMarkupFromInput(t *testing.T, body string) {
	t.Helper()
	rest := ownScript.ReplaceAllString(body, "")
	for _, m := range markupTag.FindAllStringSubmatch(rest, -1) {
		switch strings.ToLower(m[1]) {
		case "script", "iframe", "frame", "object", "embed", "img", "svg", "math", "base":
			t.Errorf("page carries a %s element: %.200s", m[1], m[0])
		}
		if handlerAttr.MatchString(m[2]) {
			t.Errorf("page carries an event handler or script link: %.200s", m[0])
		}
	}
}

// HTML in a bounce is shown as text, never as markup, whether it arrives as a
// MIME part, a paste or an upload.
func TestHTMLInBounceNeverRendered(t *testing.T) {
	h := newTestHandler(t, Options{})
	paste := "<script>alert(document.cookie)</script>\n<img src=x onerror=alert(3)>\n550 5.1.1 <ann@example.com>: User unknown <iframe src=https://evil.example/>"
	for _, r := range []*http.Request{
		postForm("/diagnose", url.Values{"bounce": {string(hostile.HTMLWithScript())}}),
		postMultipart(t, "/diagnose", nil, "x.eml", hostile.HTMLWithScript()),
		postForm("/diagnose", url.Values{"bounce": {paste}}),
	} {
		w := serve(t, h, r)
		wantStatus(t, w, http.StatusOK)
		checkNoMarkupFromInput(t, w.Body.String())
	}
	w := serve(t, h, postForm("/diagnose", url.Values{"bounce": {paste}}))
	wantContains(t, w.Body.String(), "&lt;script&gt;alert(document.cookie)&lt;/script&gt;")
}

// stripHidden removes hidden form fields, which carry the raw bounce back to
// the server but are never shown.
var hiddenInput = regexp.MustCompile(`<input type="hidden"[^>]*>`)

// Direction controls are shown by name, and international domains in
// punycode too, wherever the page shows text from the bounce.
func TestUntrustedTextShownSafely(t *testing.T) {
	h := newTestHandler(t, Options{})
	bounce := "From: MAILER-DAEMON@mx.example.net\r\nSubject: Undelivered Mail\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"<ann@b\u00fccher.example>: host mx.b\u00fccher.example said: 550 5.1.1 User unknown \u202Egnp.exe\r\n" +
		"--x\r\nContent-Type: application/octet-stream; name=\"invoice\u202Efdp.exe\"\r\n" +
		"Content-Disposition: attachment; filename=\"invoice\u202Efdp.exe\"\r\n\r\nMZ\r\n--x--\r\n"
	w := serve(t, h, postMultipart(t, "/diagnose", nil, "b.eml", []byte(bounce)))
	wantStatus(t, w, http.StatusOK)
	shown := hiddenInput.ReplaceAllString(w.Body.String(), "")
	wantContains(t, shown, "host mx.bücher.example (mx.xn--bcher-kva.example) said", "⟨RLO⟩gnp.exe", "invoice⟨RLO⟩fdp.exe")
	for c := range directionNames {
		if strings.ContainsRune(shown, c) {
			t.Errorf("the page shows the direction control %U itself", c)
		}
	}
}

func TestShowSafely(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ann@example.com", "ann@example.com"},
		{"ann@bücher.example", "ann@bücher.example (xn--bcher-kva.example)"},
		{"mx.BÜCHER.example said no", "mx.BÜCHER.example (mx.xn--bcher-kva.example) said no"},
		{"paypal.com vs pаypal.com", "paypal.com vs pаypal.com (xn--pypal-4ve.com)"},
		{"jörg@example.com", "jörg@example.com"},
		{"a\u202Eb\u2066c\u200Fd\u061Ce", "a⟨RLO⟩b⟨LRI⟩c⟨RLM⟩d⟨ALM⟩e"},
		{"日本語のテキスト", "日本語のテキスト"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := showSafely(tt.in); got != tt.want {
			t.Errorf("showSafely(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The logs of a diagnosis and of every error path carry neither the
// addresses nor the words of the bounce.
func TestLogsCarryNoMessageData(t *testing.T) {
	var logs bytes.Buffer
	s, err := NewServer(slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})), prometheus.NewRegistry(),
		Options{MaxBytes: 4 << 10, Limits: Limits{API: Rate{PerSecond: 0.001, Burst: 3}, LargeInput: 2 << 10, LargeSlots: 1, LargeWait: time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	const secret = "550 5.1.1 <zelda.quux@secret-domain.example>: Recipient address rejected: Zanzibar mailbox unknown"
	reqs := []*http.Request{
		postForm("/diagnose", url.Values{"bounce": {secret}, "mine": {"me@my-own.example"}}),
		postMultipart(t, "/diagnose", nil, "b.eml", []byte(secret)),
		apiFrom("203.0.113.7:1", secret),
		apiFrom("203.0.113.7:1", ""),
		apiFrom("203.0.113.7:1", strings.Repeat(secret+"\n", 100)),
		func() *http.Request {
			r := apiFrom("203.0.113.7:1", `{"message": "`+secret)
			r.Header.Set("Content-Type", "application/json")
			return r
		}(),
		apiFrom("203.0.113.7:1", secret), // over the rate limit
		postForm("/diagnose", url.Values{"bounce": {strings.Repeat(secret, 100)}}),
		postMultipart(t, "/diagnose", map[string]string{"example": "no-such-" + "zelda.quux"}, "", nil),
	}
	release := holdSlots(t, s)
	reqs = append(reqs, apiFrom("198.51.100.1:1", strings.Repeat(secret+"\n", 30))) // pool full
	for _, r := range reqs {
		serve(t, h, r)
	}
	release()
	// A missing page's address is no place for data either.
	serve(t, h, httptest.NewRequest(http.MethodGet, "/no-such-page?zelda.quux", nil))
	out := logs.String()
	for _, leak := range []string{"zelda", "secret-domain", "Zanzibar", "my-own.example"} {
		if strings.Contains(out, leak) {
			t.Errorf("logs contain %q:\n%s", leak, out)
		}
	}
}

// The reader's own address survives a form error, escaped like any input.
func TestMineKeptAfterError(t *testing.T) {
	h := newTestHandler(t, Options{})
	w := serve(t, h, postForm("/diagnose", url.Values{"bounce": {"  "}, "mine": {`me@example.org"><script>x</script>`}}))
	wantStatus(t, w, http.StatusBadRequest)
	wantContains(t, w.Body.String(), `value="me@example.org&#34;&gt;&lt;script&gt;x&lt;/script&gt;"`)
	checkNoMarkupFromInput(t, w.Body.String())
}
