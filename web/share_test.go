package web

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/web/store"
)

// personalBounce is a Postfix bounce whose address and IP address must not
// survive a redacted share.
const personalBounce = `This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ann.smith@example.org>: host mail.example.org[203.0.113.45] said: 550 5.1.1
    <ann.smith@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)
`

// personalData are the parts of personalBounce a redacted link must hide.
var personalData = []string{"ann.smith", "203.0.113.45"}

// shareEnv is a server with a real store in a temporary directory.
type shareEnv struct {
	h   http.Handler
	st  *store.Store
	dir string
}

func newShareEnv(t *testing.T, opts Options) shareEnv {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(t.Context(), dir)
	if err != nil {
		t.Fatalf("store.Open: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	opts.Shares = st
	return shareEnv{h: newTestHandler(t, opts), st: st, dir: dir}
}

var (
	rawField   = regexp.MustCompile(`name="raw" value="([^"]*)"`)
	linkField  = regexp.MustCompile(`id="share-url" type="text" readonly value="([^"]*)"`)
	eraseField = regexp.MustCompile(`id="delete-url" type="text" readonly value="([^"]*)"`)
)

// submatch returns the first group of re in body, or fails the test.
func submatch(t *testing.T, re *regexp.Regexp, body string) string {
	t.Helper()
	m := re.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("page has no match for %s; body starts %q", re, head(body))
	}
	return html.UnescapeString(m[1])
}

// createLink explains bounce with the home page's form, then sends the
// result page's "Create a link" form back with the given changes, and returns
// the path of the link and of its delete link.
func (e shareEnv) createLink(t *testing.T, bounce string, change url.Values) (link, erase string) {
	t.Helper()
	w := serve(t, e.h, postForm("/diagnose", url.Values{"bounce": {bounce}}))
	wantStatus(t, w, http.StatusOK)
	form := url.Values{"raw": {submatch(t, rawField, w.Body.String())}, "redact": {"on"}, "days": {"7"}}
	for k, v := range change {
		form[k] = v
	}
	for k := range form {
		if len(form[k]) == 1 && form[k][0] == "" {
			delete(form, k) // an unticked box sends nothing
		}
	}
	w = serve(t, e.h, postForm("/links", form))
	wantStatus(t, w, http.StatusOK)
	body := w.Body.String()
	return pathOf(t, submatch(t, linkField, body)), pathOf(t, submatch(t, eraseField, body))
}

func pathOf(t *testing.T, link string) string {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil || u.Host == "" {
		t.Fatalf("link %q: want an absolute URL", link)
	}
	return u.RequestURI()
}

func get(t *testing.T, h http.Handler, path string) *httptest.ResponseRecorder {
	t.Helper()
	return serve(t, h, httptest.NewRequest(http.MethodGet, path, nil))
}

func TestShareRedacted(t *testing.T) {
	e := newShareEnv(t, Options{})
	link, _ := e.createLink(t, personalBounce, nil)
	created := serve(t, e.h, postForm("/links", url.Values{"raw": {base64.StdEncoding.EncodeToString([]byte(personalBounce))}, "redact": {"on"}}))
	wantContains(t, created.Body.String(), "A message to send with it", "explains what happened and what to do next:\nhttp://example.com/s/")
	if !regexp.MustCompile(`^/s/[a-z2-7]{26}$`).MatchString(link) {
		t.Errorf("link path: got %q, want /s/ and a 128-bit id", link)
	}
	w := get(t, e.h, link)
	wantStatus(t, w, http.StatusOK)
	body := w.Body.String()
	wantContains(t, body, categoryTitle(classifier.MailboxNotFound), "Personal details were hidden",
		`<meta name="robots" content="noindex">`, "User unknown")
	for _, p := range personalData {
		if strings.Contains(body, p) {
			t.Errorf("shared page shows %q, want it hidden", p)
		}
	}
	if strings.Contains(body, `action="/links"`) {
		t.Error("shared page offers to create a link of itself")
	}
	h := w.Header()
	for name, want := range map[string]string{"X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer"} {
		if got := h.Get(name); got != want {
			t.Errorf("%s: got %q, want %q", name, got, want)
		}
	}
	cc := h.Get("Cache-Control")
	m := regexp.MustCompile(`^public, max-age=(\d+)`).FindStringSubmatch(cc)
	if m == nil || len(m[1]) < 6 { // seven days is 604800 seconds
		t.Errorf("Cache-Control: got %q, want public with a max-age of about a week", cc)
	}
}

func TestShareDatabaseHoldsNoPersonalData(t *testing.T) {
	e := newShareEnv(t, Options{})
	e.createLink(t, personalBounce, url.Values{"mine": {"bob.jones@example.com"}})
	files, _ := filepath.Glob(filepath.Join(e.dir, store.FileName+"*"))
	if len(files) == 0 {
		t.Fatal("no database file written")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range append(personalData, "bob.jones") {
			if strings.Contains(string(b), p) {
				t.Errorf("%s holds %q, want it masked before saving", filepath.Base(f), p)
			}
		}
	}
}

// TestShareSaysWhatWasKept: a redacted link that kept something visible on
// purpose (the listed IP address, for delisting) says what and why.
func TestShareSaysWhatWasKept(t *testing.T) {
	e := newShareEnv(t, Options{})
	d, err := classifier.Diagnose([]byte(readTestFile(t, "../static/examples/microsoft-spamhaus.eml")), classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	kept := "The listed IP address 203.0.113.88: the customer needs it to ask for delisting."
	payload, err := json.Marshal(sharedPayload{Diagnosis: d, Kept: []string{kept}})
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := e.st.Create(t.Context(), payload, true, "", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	body := get(t, e.h, sharePath(id)).Body.String()
	wantContains(t, body, "Personal details were hidden", "Kept on purpose, because acting on the bounce needs it:", "<li>"+kept+"</li>")

	// A link saved without anything kept says nothing of the kind.
	link, _ := e.createLink(t, personalBounce, nil)
	if strings.Contains(get(t, e.h, link).Body.String(), "Kept on purpose") {
		t.Errorf("a link that kept nothing says it kept something")
	}
}

func TestShareUnredacted(t *testing.T) {
	e := newShareEnv(t, Options{})
	link, _ := e.createLink(t, personalBounce, url.Values{"redact": {""}})
	w := get(t, e.h, link)
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), "ann.smith@example.org", "saved as it was pasted")
}

func TestShareExpired(t *testing.T) {
	e := newShareEnv(t, Options{})
	link, erase := e.createLink(t, personalBounce, url.Values{"days": {"1"}})
	e.st.Now = func() time.Time { return time.Now().Add(25 * time.Hour) }
	for _, path := range []string{link, erase} {
		w := get(t, e.h, path)
		wantStatus(t, w, http.StatusGone)
		wantContains(t, w.Body.String(), "This link has expired")
	}
}

func TestShareDelete(t *testing.T) {
	e := newShareEnv(t, Options{})
	link, erase := e.createLink(t, personalBounce, nil)
	u, _ := url.Parse(erase)
	token := u.Query().Get("token")

	w := get(t, e.h, erase)
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), "Delete this link?", `name="token" value="`+token+`"`)
	if got := w.Header().Get("Referrer-Policy"); got != "no-referrer" {
		t.Errorf("Referrer-Policy of the delete page: got %q, want no-referrer", got)
	}

	w = serve(t, e.h, postForm(u.Path, url.Values{"token": {strings.Repeat("a", len(token))}}))
	wantStatus(t, w, http.StatusForbidden)
	wantContains(t, w.Body.String(), "This delete link is not valid")
	wantStatus(t, get(t, e.h, link), http.StatusOK)

	w = serve(t, e.h, postForm(u.Path, url.Values{"token": {token}}))
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), "The link is deleted")
	w = get(t, e.h, link)
	wantStatus(t, w, http.StatusNotFound)
	wantContains(t, w.Body.String(), "There is no link here")
}

func TestShareNotFound(t *testing.T) {
	e := newShareEnv(t, Options{})
	for _, path := range []string{"/s/" + strings.Repeat("a", store.IDLen), "/s/nope", "/s/nope/delete?token=x"} {
		wantStatus(t, get(t, e.h, path), http.StatusNotFound)
	}
}

func TestShareExpiryChoice(t *testing.T) {
	e := newShareEnv(t, Options{Site: Site{ShareTTL: 3 * day, MaxShareTTL: 10 * day}})
	w := serve(t, e.h, postForm("/diagnose", url.Values{"bounce": {personalBounce}}))
	wantContains(t, w.Body.String(), `<option value="1">1 day</option>`, `<option value="3" selected>3 days</option>`,
		`<option value="7">7 days</option>`, `<option value="10">10 days</option>`)
	if strings.Contains(w.Body.String(), `value="30"`) {
		t.Error("offers 30 days, more than the operator's maximum of 10")
	}
	tests := []struct {
		days string
		want time.Duration
	}{
		{"1", day}, {"7", 7 * day}, {"365", 10 * day}, {"", 3 * day}, {"-2", 3 * day}, {"soon", 3 * day},
	}
	for _, tt := range tests {
		link, _ := e.createLink(t, personalBounce, url.Values{"days": {tt.days}})
		sh, err := e.st.Get(t.Context(), strings.TrimPrefix(link, "/s/"))
		if err != nil {
			t.Fatal(err)
		}
		if got := sh.Expires.Sub(sh.Created); got != tt.want {
			t.Errorf("days=%q: link lasts %v, want %v", tt.days, got, tt.want)
		}
	}
}

func TestShareLinkUsesBaseURL(t *testing.T) {
	e := newShareEnv(t, Options{BaseURL: "https://bounce.example.net/"})
	w := serve(t, e.h, postForm("/diagnose", url.Values{"bounce": {personalBounce}}))
	form := url.Values{"raw": {submatch(t, rawField, w.Body.String())}, "redact": {"on"}}
	w = serve(t, e.h, postForm("/links", form))
	wantStatus(t, w, http.StatusOK)
	if got := submatch(t, linkField, w.Body.String()); !strings.HasPrefix(got, "https://bounce.example.net/s/") {
		t.Errorf("link: got %q, want it under the base URL", got)
	}
}

func TestShareCreateRefusals(t *testing.T) {
	e := newShareEnv(t, Options{})
	tests := []struct {
		name string
		req  *http.Request
		want int
	}{
		{"not base64", postForm("/links", url.Values{"raw": {"%%%"}}), http.StatusBadRequest},
		{"empty bounce", postForm("/links", url.Values{"raw": {""}}), http.StatusBadRequest},
		{"from another site", func() *http.Request {
			r := postForm("/links", url.Values{"raw": {"NTUwIDUuMS4xIFVzZXIgdW5rbm93bg=="}})
			r.Header.Set("Sec-Fetch-Site", "cross-site")
			return r
		}(), http.StatusForbidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantStatus(t, serve(t, e.h, tt.req), tt.want)
		})
	}
}

func TestShareOffWithoutStore(t *testing.T) {
	h := newTestHandler(t, Options{})
	w := serve(t, h, postForm("/diagnose", url.Values{"bounce": {personalBounce}}))
	if strings.Contains(w.Body.String(), `action="/links"`) {
		t.Error("result page offers a link with no store to keep it")
	}
	wantStatus(t, serve(t, h, postForm("/links", url.Values{"raw": {"eA=="}})), http.StatusNotFound)
}

func TestShareMetrics(t *testing.T) {
	e := newShareEnv(t, Options{})
	_, erase := e.createLink(t, personalBounce, nil)
	u, _ := url.Parse(erase)
	wantStatus(t, serve(t, e.h, postForm(u.Path, url.Values{"token": {u.Query().Get("token")}})), http.StatusOK)
	wantContains(t, get(t, e.h, "/metrics").Body.String(),
		`whybounce_share_links_total{event="created"} 1`, `whybounce_share_links_total{event="deleted"} 1`)
}

func TestShareConcurrentCreates(t *testing.T) {
	e := newShareEnv(t, Options{Limits: Limits{Links: Rate{PerSecond: 1000, Burst: 1000}}})
	w := serve(t, e.h, postForm("/diagnose", url.Values{"bounce": {personalBounce}}))
	raw := submatch(t, rawField, w.Body.String())
	const n = 40
	links := make(chan string, n)
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			rec := httptest.NewRecorder()
			e.h.ServeHTTP(rec, postForm("/links", url.Values{"raw": {raw}, "redact": {"on"}}))
			if rec.Code != http.StatusOK {
				t.Errorf("concurrent create: status %d, want 200", rec.Code)
				return
			}
			m := linkField.FindStringSubmatch(rec.Body.String())
			if m == nil {
				t.Error("concurrent create: no link on the page")
				return
			}
			links <- m[1]
		})
	}
	wg.Wait()
	close(links)
	seen := map[string]bool{}
	for l := range links {
		if seen[l] {
			t.Errorf("link %s handed out twice", l)
		}
		seen[l] = true
		wantStatus(t, get(t, e.h, pathOf(t, l)), http.StatusOK)
	}
	if len(seen) != n {
		t.Errorf("got %d links, want %d", len(seen), n)
	}
}

// One client cannot fill the disk with links: past the burst, creation waits.
func TestShareCreateRateLimited(t *testing.T) {
	e := newShareEnv(t, Options{Limits: Limits{Links: Rate{PerSecond: 0.001, Burst: 3}}})
	form := url.Values{"raw": {"NTUwIDUuMS4xIFVzZXIgdW5rbm93bg=="}, "redact": {"on"}}
	for i := range 3 {
		if w := serve(t, e.h, postForm("/links", form)); w.Code != http.StatusOK {
			t.Fatalf("create %d: status %d, want 200", i+1, w.Code)
		}
	}
	w := serve(t, e.h, postForm("/links", form))
	wantStatus(t, w, http.StatusTooManyRequests)
	if w.Header().Get("Retry-After") == "" {
		t.Error("429 without Retry-After")
	}
}

func TestLargeBounceOffersNoShareForm(t *testing.T) {
	st, err := store.Open(t.Context(), t.TempDir())
	if err != nil {
		t.Fatalf("store.Open: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	srv := newTestServer(t, Options{Shares: st})
	small := srv.shareForm([]byte("550 5.1.1 User unknown"), "")
	if small == nil {
		t.Fatal("a small bounce got no share form")
	}
	if got := srv.shareForm(bytes.Repeat([]byte("550 5.1.1 User unknown\n"), maxShareInput/20), ""); got != nil {
		t.Errorf("a bounce over %d bytes got a share form carrying it in a hidden field", maxShareInput)
	}
}
