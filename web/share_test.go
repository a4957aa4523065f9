package web

import (
	"bytes"
	"encoding/base64"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
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

// pathOf is the path and query of a link, absolute or not.
func pathOf(t *testing.T, link string) string {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil || u.Path == "" {
		t.Fatalf("link %q: want a URL", link)
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
	wantContains(t, created.Body.String(), "A message to send with it", "explains what happened and what to do next:\n/s/")
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
	// Only the reader's own browser may keep it, and not for long: a deleted
	// or expired link must not live on in a shared cache.
	if got, want := h.Get("Cache-Control"), "private, max-age=300"; got != want {
		t.Errorf("Cache-Control: got %q, want %q", got, want)
	}
}

func TestShareDatabaseHoldsNoPersonalData(t *testing.T) {
	e := newShareEnv(t, Options{})
	e.createLink(t, personalBounce, url.Values{"mine": {"bob.jones@example.com"}})
	assertStoreLacks(t, e.dir, append(personalData, "bob.jones")...)
}

// sendmailLocalBounce is a Sendmail bounce for a local user, written without
// a domain, with the returned message's headers: its first Received hop is an
// IP address.
const sendmailLocalBounce = "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>\r\n" +
	"To: owner@example.org\r\nSubject: Returned mail: see transcript for details\r\nMIME-Version: 1.0\r\n" +
	"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n" +
	"--b\r\nContent-Type: text/plain\r\n\r\n" +
	"The original message was received at Thu, 26 Nov 2026 10:30:00 GMT\r\n\r\n" +
	"   ----- The following addresses had permanent fatal errors -----\r\n<jroe>\r\n" +
	"    (reason: 550 5.1.1 <jroe>... User unknown)\r\n\r\n" +
	"   ----- Transcript of session follows -----\r\n550 5.1.1 <jroe>... User unknown\r\n" +
	"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.net\r\n\r\n" +
	"Final-Recipient: RFC822; jroe\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n" +
	"--b\r\nContent-Type: text/rfc822-headers\r\n\r\n" +
	"Received: from [198.51.100.77] by mx.example.net with ESMTP id 4QxyZ\r\n" +
	"From: owner@example.org\r\nTo: jroe@mx.example.net\r\nSubject: hello\r\n\r\n--b--\r\n"

// A redacted link hides every field of the diagnosis, not only its text: the
// returned message's first hop and a recipient written without a domain.
func TestShareRedactsEveryField(t *testing.T) {
	e := newShareEnv(t, Options{})
	link, _ := e.createLink(t, sendmailLocalBounce, nil)
	w := get(t, e.h, link)
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), "User unknown", "Personal details were hidden")
	leaks := []string{"jroe", "198.51.100.77"}
	for _, p := range leaks {
		if strings.Contains(w.Body.String(), p) {
			t.Errorf("shared page shows %q, want it hidden", p)
		}
	}
	sh, err := e.st.Get(t.Context(), strings.TrimPrefix(link, "/s/"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(sh.Payload, []byte(`"received_from":["[*************]"]`)) {
		t.Errorf("stored payload %s, want the Received hop masked", sh.Payload)
	}
	assertStoreLacks(t, e.dir, leaks...)

	// The reply to the customer hides them too, and so does the message
	// that goes with a new link; the reader's own result shows them.
	w = serve(t, e.h, postForm("/diagnose", url.Values{"bounce": {sendmailLocalBounce}}))
	wantContains(t, w.Body.String(), "<h1>The address jroe does not exist")
	reply := submatch(t, replyField, w.Body.String())
	created := serve(t, e.h, postForm("/links", url.Values{"raw": {submatch(t, rawField, w.Body.String())}, "redact": {"on"}}))
	wantStatus(t, created, http.StatusOK)
	for _, text := range []string{reply, created.Body.String()} {
		wantContains(t, text, "The address **** does not exist")
		if strings.Contains(text, "jroe") {
			t.Errorf("the customer reply or the link's message shows jroe: %s", text)
		}
	}
}

// replyField finds the reply to the customer on a result page.
var replyField = regexp.MustCompile(`(?s)aria-describedby="reply-hint"[^>]*>([^<]*)</textarea>`)

// assertStoreLacks fails when a file of the share database holds one of strs.
func assertStoreLacks(t *testing.T, dir string, strs ...string) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, store.FileName+"*"))
	if len(files) == 0 {
		t.Fatal("no database file written")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range strs {
			if bytes.Contains(b, []byte(p)) {
				t.Errorf("%s holds %q, want it masked before saving", filepath.Base(f), p)
			}
		}
	}
}

// A value the redaction kept on purpose is named on the shared page.
func TestSharedPageNamesKeptValues(t *testing.T) {
	e := newShareEnv(t, Options{})
	payload := `{"category":"blocklisted","final":true,"recipients":[{"address":"***@example.com","category":"blocklisted",` +
		`"action":"failed","status":"5.7.1","reply_code":"550"}],"format":"text",` +
		`"text":"550 5.7.1 Service unavailable; client [192.0.2.7] blocked using zen.spamhaus.org","redaction_kept":["192.0.2.7"]}`
	id, _, err := e.st.Create(t.Context(), []byte(payload), true, "", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	w := get(t, e.h, "/s/"+id)
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), "Left visible on purpose, because the next steps need them: 192.0.2.7.")

	// A link saved before values were kept reads as it did, naming none.
	id, _, err = e.st.Create(t.Context(), []byte(strings.Replace(payload, `,"redaction_kept":["192.0.2.7"]`, "", 1)), true, "", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	w = get(t, e.h, "/s/"+id)
	wantStatus(t, w, http.StatusOK)
	if strings.Contains(w.Body.String(), "Left visible on purpose") {
		t.Error("a link with nothing kept says something was kept")
	}
}

func TestShownValues(t *testing.T) {
	d := &classifier.Diagnosis{Text: "client [192.0.2.7] blocked"}
	if got := shownValues(d, []string{"192.0.2.7", "bad.example", "192.0.2.7", ""}); len(got) != 1 || got[0] != "192.0.2.7" {
		t.Errorf("shownValues = %q, want only the value the diagnosis shows, once", got)
	}
	if got := shownValues(d, nil); got != nil {
		t.Errorf("shownValues with nothing to keep = %q, want nil", got)
	}
}

func TestShareUnredacted(t *testing.T) {
	e := newShareEnv(t, Options{})
	link, _ := e.createLink(t, personalBounce, url.Values{"redact": {""}})
	w := get(t, e.h, link)
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), "ann.smith@example.org", "saved as it was pasted")
	if got := w.Header().Get("Cache-Control"); got != "no-store" {
		t.Errorf("Cache-Control of a link that shows addresses: got %q, want no-store", got)
	}
}

// A link about to expire is not kept beyond its expiry.
func TestShareCachedUntilExpiryAtMost(t *testing.T) {
	e := newShareEnv(t, Options{})
	// Made almost a day ago, for a day: 90 seconds left.
	e.st.Now = func() time.Time { return time.Now().Add(-24*time.Hour + 90*time.Second) }
	link, _ := e.createLink(t, personalBounce, url.Values{"days": {"1"}})
	e.st.Now = time.Now
	w := get(t, e.h, link)
	wantStatus(t, w, http.StatusOK)
	m := regexp.MustCompile(`^private, max-age=(\d+)$`).FindStringSubmatch(w.Header().Get("Cache-Control"))
	if m == nil {
		t.Fatalf("Cache-Control: got %q, want private with a max-age", w.Header().Get("Cache-Control"))
	}
	if n, _ := strconv.Atoi(m[1]); n > 90 {
		t.Errorf("max-age %d s, want at most the 90 s until the link expires", n)
	}
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
	if got := submatch(t, eraseField, w.Body.String()); !strings.HasPrefix(got, "https://bounce.example.net/s/") {
		t.Errorf("delete link: got %q, want it under the base URL", got)
	}
	if strings.Contains(w.Body.String(), "data-complete-links") {
		t.Error("absolute links marked for the browser to complete")
	}
}

// Without a base URL, links stay paths: the Host header is the client's to
// write, and a link built from it could send the customer anywhere.
func TestLinksIgnoreHostHeader(t *testing.T) {
	e := newShareEnv(t, Options{})
	r := postForm("/diagnose", url.Values{"bounce": {personalBounce}})
	r.Host = "evil.example"
	w := serve(t, e.h, r)
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), "More about this kind of bounce: /categories/mailbox-not-found",
		`data-complete-links="/categories/mailbox-not-found"`)
	r = postForm("/links", url.Values{"raw": {submatch(t, rawField, w.Body.String())}, "redact": {"on"}})
	r.Host = "evil.example"
	w = serve(t, e.h, r)
	wantStatus(t, w, http.StatusOK)
	body := w.Body.String()
	if strings.Contains(body, "evil.example") {
		t.Errorf("the page names the Host header's evil.example: %s", body)
	}
	link, erase := submatch(t, linkField, body), submatch(t, eraseField, body)
	if !strings.HasPrefix(link, "/s/") || !strings.HasPrefix(erase, link+"/delete?token=") {
		t.Errorf("links %q and %q, want paths", link, erase)
	}
	wantContains(t, body, `data-complete-links="`+link+" "+html.EscapeString(erase)+`"`)
	r = apiFrom("203.0.113.7:1", personalBounce)
	r.Host = "evil.example"
	w = serve(t, e.h, r)
	wantContains(t, w.Body.String(), `"category_url":"/categories/mailbox-not-found"`)
}

// When the links' storage is full, the creator is told so in those words,
// and /healthz reports the service degraded until there is room again.
func TestShareStorageFull(t *testing.T) {
	e := newShareEnv(t, Options{})
	wantStatus(t, get(t, e.h, "/healthz"), http.StatusOK)
	e.st.MaxSize = 4 << 10 // less than the empty database
	w := serve(t, e.h, postForm("/links", url.Values{"raw": {base64.StdEncoding.EncodeToString([]byte(personalBounce))}, "redact": {"on"}}))
	wantStatus(t, w, http.StatusInsufficientStorage)
	wantContains(t, w.Body.String(), "The link could not be created", "storage for shared links on this site is full", "copy the reply")
	if strings.Contains(w.Body.String(), "reading this bounce") || strings.Contains(w.Body.String(), "cannot be shown") {
		t.Error("the refusal speaks of reading or showing, not of saving")
	}
	w = get(t, e.h, "/healthz")
	wantStatus(t, w, http.StatusServiceUnavailable)
	wantContains(t, w.Body.String(), "degraded: share links cannot be saved, their storage is full")
	// Diagnoses still work.
	wantStatus(t, serve(t, e.h, postForm("/diagnose", url.Values{"bounce": {personalBounce}})), http.StatusOK)

	e.st.MaxSize = store.DefaultMaxSize
	e.createLink(t, personalBounce, nil)
	w = get(t, e.h, "/healthz")
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), "ok")
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

// A redacted link about a blocklist refusal keeps the listed server's public
// address visible, because the customer has to look it up and ask for
// delisting; it still hides the recipient and the servers on the way.
func TestShareKeepsListedAddress(t *testing.T) {
	e := newShareEnv(t, Options{})
	bounce := `This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ann.smith@example.org>: host mail.example.org[203.0.113.45] said: 554 5.7.1
    Service unavailable; Client host [198.51.100.23] blocked using
    zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.23 (in reply to RCPT TO command)
`
	link, _ := e.createLink(t, bounce, url.Values{})
	w := get(t, e.h, link)
	wantStatus(t, w, http.StatusOK)
	body := w.Body.String()
	wantContains(t, body, "198.51.100.23", "Left visible on purpose, because the next steps need them: 198.51.100.23.")
	for _, p := range personalData {
		if strings.Contains(body, p) {
			t.Errorf("the redacted link shows %q", p)
		}
	}

	// A refusal that is not about a blocklist keeps nothing.
	link, _ = e.createLink(t, personalBounce, url.Values{})
	if w := get(t, e.h, link); strings.Contains(w.Body.String(), "Left visible on purpose") {
		t.Error("a user-unknown link keeps a value visible")
	}
}
