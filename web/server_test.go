package web

import (
	"bytes"
	"context"
	"html"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/templates"
)

// The two transcripts of the help-desk article, as the article prints them:
// its addresses and host names were lost on the way, and a reader copying
// from it pastes exactly this.
const (
	articleSendmail = `(reason: 553 sorry, relaying denied from your location [] (#5.7.1))

----- Transcript of session follows -----

... while talking to

>>>> DATA

<<< 553 sorry, relaying denied from your location [] (#5.7.1)

550 5.1.1 ... User unknown

<<< 503 RCPT first (#5.5.1)
`
	articleQmail = `Hi. This is the qmail-send program at

I'm afraid I wasn't able to deliver your message to the following addresses.

This is a permanent error; I've given up. Sorry it didn't work out.

: does not like recipient.

Remote host said: 550 MAILBOX NOT FOUND

Giving up on
`
)

// newTestHandler returns the real router of a server with the given options.
func newTestHandler(t *testing.T, opts Options) http.Handler {
	t.Helper()
	return newTestServer(t, opts).Handler()
}

func newTestServer(t testing.TB, opts Options) *Server {
	t.Helper()
	s, err := NewServer(slog.New(slog.DiscardHandler), prometheus.NewRegistry(), opts)
	if err != nil {
		t.Fatalf("NewServer: %v", err)
	}
	return s
}

// newBenchServer is a server whose per-client budgets never run out: a
// benchmark sends thousands of requests from one address, and measures the
// diagnosis, not the rate limiter's refusals.
func newBenchServer(b *testing.B) *Server {
	b.Helper()
	unlimited := Rate{PerSecond: 1e9, Burst: 1 << 30}
	return newTestServer(b, Options{Limits: Limits{API: unlimited, Form: unlimited, Links: unlimited}})
}

// serve sends one request to h and returns the recorded response.
func serve(t *testing.T, h http.Handler, r *http.Request) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// postForm builds a same-origin urlencoded form post, as a browser sends it.
func postForm(path string, form url.Values) *http.Request {
	r := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("Sec-Fetch-Site", "same-origin")
	return r
}

// postMultipart builds a same-origin multipart form post with an optional file.
func postMultipart(t *testing.T, path string, fields map[string]string, fileName string, file []byte) *http.Request {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, v := range fields {
		if err := mw.WriteField(k, v); err != nil {
			t.Fatal(err)
		}
	}
	if fileName != "" {
		fw, err := mw.CreateFormFile("file", fileName)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(file)
	}
	mw.Close()
	r := httptest.NewRequest(http.MethodPost, path, &body)
	r.Header.Set("Content-Type", mw.FormDataContentType())
	r.Header.Set("Sec-Fetch-Site", "same-origin")
	return r
}

func wantStatus(t *testing.T, w *httptest.ResponseRecorder, want int) {
	t.Helper()
	if w.Code != want {
		t.Fatalf("status: got %d, want %d; body starts %q", w.Code, want, head(w.Body.String()))
	}
}

func wantContains(t *testing.T, body string, wants ...string) {
	t.Helper()
	for _, want := range wants {
		if !strings.Contains(body, want) {
			t.Errorf("page does not contain %q; body starts %q", want, head(body))
		}
	}
}

func head(s string) string {
	if len(s) > 300 {
		return s[:300]
	}
	return s
}

// categoryTitle is the title the pages show for c, HTML-escaped as templ writes it.
func categoryTitle(c classifier.Category) string {
	return strings.ReplaceAll(classifier.Explain(c).Title, "'", "&#39;")
}

func TestHome(t *testing.T) {
	h := newTestHandler(t, Options{})
	w := serve(t, h, httptest.NewRequest(http.MethodGet, "/", nil))
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(),
		`action="/diagnose"`, `enctype="multipart/form-data"`, `<label for="bounce"`, `name="bounce"`,
		`<label for="file"`, `type="file"`, "Nothing you paste here is stored",
		`name="example" value="sendmail-relaying-denied"`, `name="example" value="qmail-mailbox-not-found"`)
	if got := w.Header().Get("Content-Type"); got != "text/html; charset=utf-8" {
		t.Errorf("Content-Type: got %q, want text/html; charset=utf-8", got)
	}
	// A visitor has not read the help-desk article the examples come from:
	// the hints say what each example is.
	if strings.Contains(strings.ToLower(w.Body.String()), "article") {
		t.Errorf("the home page speaks of an article a visitor cannot place")
	}
}

func TestDiagnoseFormArticleExamples(t *testing.T) {
	tests := []struct {
		name   string
		bounce string
		want   classifier.Category
	}{
		{"sendmail relaying denied", articleSendmail, classifier.RelayDenied},
		{"qmail mailbox not found", articleQmail, classifier.MailboxNotFound},
	}
	h := newTestHandler(t, Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := serve(t, h, postForm("/diagnose", url.Values{"bounce": {tt.bounce}}))
			wantStatus(t, w, http.StatusOK)
			wantContains(t, w.Body.String(),
				`href="/categories/`+string(tt.want)+`"`, categoryTitle(tt.want), "What to do next", "<mark")
			if got := w.Header().Get("Cache-Control"); got != "no-store" {
				t.Errorf("Cache-Control: got %q, want no-store", got)
			}
		})
	}
}

func TestDiagnoseFormExamples(t *testing.T) {
	h := newTestHandler(t, Options{})
	tests := map[string]classifier.Category{
		"sendmail-relaying-denied": classifier.RelayDenied,
		"qmail-mailbox-not-found":  classifier.MailboxNotFound,
		"postfix-user-unknown":     classifier.MailboxNotFound,
		"gmail-over-quota":         classifier.MailboxFull,
		"microsoft-spamhaus":       classifier.Blocklisted,
		"exchange-dmarc":           classifier.AuthenticationFailed,
	}
	if len(tests) != len(exampleList) {
		t.Fatalf("the test covers %d examples, the home page offers %d", len(tests), len(exampleList))
	}
	for id, want := range tests {
		t.Run(id, func(t *testing.T) {
			w := serve(t, h, postForm("/diagnose", url.Values{"example": {id}}))
			wantStatus(t, w, http.StatusOK)
			wantContains(t, w.Body.String(), `href="/categories/`+string(want)+`"`)
		})
	}
}

func TestDiagnoseFormUpload(t *testing.T) {
	h := newTestHandler(t, Options{})
	eml := []byte("From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\n" +
		"To: ann@example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n" +
		"Content-Type: text/plain\r\n\r\n" +
		"This is the mail system at host mx.example.org.\r\n\r\n" +
		"<bob@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1\r\n" +
		"    <bob@example.net>: Recipient address rejected: User unknown in local\r\n" +
		"    recipient table (in reply to RCPT TO command)\r\n")
	w := serve(t, h, postMultipart(t, "/diagnose", map[string]string{"bounce": ""}, "bounce.eml", eml))
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), `href="/categories/mailbox-not-found"`, "bob@example.net")
}

func TestDiagnoseFormErrors(t *testing.T) {
	small := newTestHandler(t, Options{MaxBytes: 1 << 10})
	big := strings.Repeat("550 5.1.1 User unknown\n", 100)
	tests := []struct {
		name string
		h    http.Handler
		req  *http.Request
		want int
		text string
	}{
		{"empty paste", small, postForm("/diagnose", url.Values{"bounce": {""}}), http.StatusBadRequest, "There was nothing to explain"},
		{"blank paste", small, postForm("/diagnose", url.Values{"bounce": {"  \r\n\t \r\n"}}), http.StatusBadRequest, "There was nothing to explain"},
		{"empty multipart", small, postMultipart(t, "/diagnose", map[string]string{"bounce": ""}, "", nil), http.StatusBadRequest, "There was nothing to explain"},
		{"paste over the cap", small, postForm("/diagnose", url.Values{"bounce": {big}}), http.StatusRequestEntityTooLarge, "more than 1 KB"},
		{"upload over the cap", small, postMultipart(t, "/diagnose", nil, "big.eml", []byte(big)), http.StatusRequestEntityTooLarge, "more than 1 KB"},
		{"body over the cap", small, postMultipart(t, "/diagnose", nil, "huge.eml", bytes.Repeat([]byte("x"), 200<<10)), http.StatusRequestEntityTooLarge, "more than 1 KB"},
		{"unknown example", small, postForm("/diagnose", url.Values{"example": {"nope"}}), http.StatusBadRequest, "That example does not exist"},
		{"an Outlook item", small, postMultipart(t, "/diagnose", nil, "bounce.msg", append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 600)...)),
			http.StatusUnsupportedMediaType, "That is an Outlook item (.msg)"},
		{"a screenshot", small, postMultipart(t, "/diagnose", nil, "bounce.png", append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 600)...)),
			http.StatusUnsupportedMediaType, "not a screenshot of them"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := serve(t, tt.h, tt.req)
			wantStatus(t, w, tt.want)
			// The form comes back, with the message next to it.
			wantContains(t, w.Body.String(), tt.text, `role="alert"`, `<textarea`, `aria-invalid="true"`)
		})
	}
}

func TestCrossOriginFormPostRefused(t *testing.T) {
	h := newTestHandler(t, Options{})
	tests := []struct {
		name   string
		header map[string]string
		want   int
	}{
		{"cross-site fetch metadata", map[string]string{"Sec-Fetch-Site": "cross-site"}, http.StatusForbidden},
		{"foreign origin", map[string]string{"Origin": "https://evil.example"}, http.StatusForbidden},
		{"same origin", map[string]string{"Sec-Fetch-Site": "same-origin"}, http.StatusOK},
		{"no browser headers", nil, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodPost, "/diagnose", strings.NewReader(url.Values{"bounce": {articleQmail}}.Encode()))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			for k, v := range tt.header {
				r.Header.Set(k, v)
			}
			w := serve(t, h, r)
			wantStatus(t, w, tt.want)
			if tt.want == http.StatusForbidden {
				wantContains(t, w.Body.String(), "sent from another site")
			}
		})
	}
}

func TestCategoryPages(t *testing.T) {
	h := newTestHandler(t, Options{BaseURL: "https://bounce.example.net/"})
	index := serve(t, h, httptest.NewRequest(http.MethodGet, "/categories", nil))
	wantStatus(t, index, http.StatusOK)
	for _, c := range classifier.AllCategories {
		t.Run(string(c), func(t *testing.T) {
			wantContains(t, index.Body.String(), `href="/categories/`+string(c)+`"`)
			w := serve(t, h, httptest.NewRequest(http.MethodGet, "/categories/"+string(c), nil))
			wantStatus(t, w, http.StatusOK)
			info := classifier.Explain(c)
			wantContains(t, w.Body.String(), "<h1>"+categoryTitle(c)+"</h1>",
				`<link rel="canonical" href="https://bounce.example.net/categories/`+string(c)+`">`,
				"<code>"+string(c)+"</code>")
			if c.IsFailure() && len(info.Steps) == 0 {
				t.Errorf("failure category %s has no steps", c)
			}
		})
	}
}

func TestNotFound(t *testing.T) {
	h := newTestHandler(t, Options{})
	for _, path := range []string{"/no-such-page", "/categories/no-such-category", "/static/", "/static/examples/", "/static/nope.css"} {
		t.Run(path, func(t *testing.T) {
			w := serve(t, h, httptest.NewRequest(http.MethodGet, path, nil))
			wantStatus(t, w, http.StatusNotFound)
		})
	}
	w := serve(t, h, httptest.NewRequest(http.MethodGet, "/no-such-page", nil))
	wantContains(t, w.Body.String(), "There is no page here", `href="/"`, "</html>")
}

func TestMethodNotAllowed(t *testing.T) {
	h := newTestHandler(t, Options{})
	tests := []struct{ method, path string }{
		{http.MethodPut, "/diagnose"},
		{http.MethodDelete, "/"},
		{http.MethodGet, "/api/v1/diagnose"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			w := serve(t, h, httptest.NewRequest(tt.method, tt.path, nil))
			wantStatus(t, w, http.StatusMethodNotAllowed)
			if w.Header().Get("Allow") == "" {
				t.Errorf("Allow header missing")
			}
		})
	}
}

func TestGetDiagnoseGoesHome(t *testing.T) {
	h := newTestHandler(t, Options{})
	w := serve(t, h, httptest.NewRequest(http.MethodGet, "/diagnose", nil))
	wantStatus(t, w, http.StatusSeeOther)
	if got := w.Header().Get("Location"); got != "/" {
		t.Errorf("Location: got %q, want /", got)
	}
}

func TestHead(t *testing.T) {
	h := newTestHandler(t, Options{})
	for _, path := range []string{"/", "/healthz", "/categories"} {
		w := serve(t, h, httptest.NewRequest(http.MethodHead, path, nil))
		if w.Code != http.StatusOK {
			t.Errorf("HEAD %s: got %d, want 200", path, w.Code)
		}
	}
}

func TestStaticFiles(t *testing.T) {
	h := newTestHandler(t, Options{})
	w := serve(t, h, httptest.NewRequest(http.MethodGet, "/static/style.css", nil))
	wantStatus(t, w, http.StatusOK)
	if got := w.Header().Get("Content-Type"); !strings.HasPrefix(got, "text/css") {
		t.Errorf("Content-Type: got %q, want text/css", got)
	}
	for _, want := range []string{"prefers-color-scheme: dark", "@media print", ":focus-visible"} {
		if !strings.Contains(w.Body.String(), want) {
			t.Errorf("the stylesheet lacks %q", want)
		}
	}
}

// TestFavicon: the icon browsers ask for at /favicon.ico is there, and the
// pages link to it.
func TestFavicon(t *testing.T) {
	h := newTestHandler(t, Options{})
	for path, typ := range map[string]string{"/favicon.ico": "image/", "/static/favicon.svg": "image/svg+xml"} {
		w := serve(t, h, httptest.NewRequest(http.MethodGet, path, nil))
		wantStatus(t, w, http.StatusOK)
		if got := w.Header().Get("Content-Type"); !strings.HasPrefix(got, typ) || w.Body.Len() == 0 {
			t.Errorf("%s: Content-Type %q, %d bytes; want %s", path, got, w.Body.Len(), typ)
		}
	}
	if w := serve(t, h, httptest.NewRequest(http.MethodGet, "/static/examples", nil)); w.Code != http.StatusNotFound {
		t.Errorf("a folder of /static answers %d, want 404", w.Code)
	}
	wantContains(t, serve(t, h, httptest.NewRequest(http.MethodGet, "/", nil)).Body.String(), `<link rel="icon" href="/favicon.ico" sizes="32x32">`)
}

func TestHealthz(t *testing.T) {
	h := newTestHandler(t, Options{})
	w := serve(t, h, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	wantStatus(t, w, http.StatusOK)
	if got := w.Body.String(); got != "ok\n" {
		t.Errorf("body: got %q, want ok", got)
	}
}

func TestMetrics(t *testing.T) {
	h := newTestHandler(t, Options{})
	serve(t, h, postForm("/diagnose", url.Values{"bounce": {articleQmail}}))
	api := httptest.NewRequest(http.MethodPost, "/api/v1/diagnose", strings.NewReader(articleSendmail))
	serve(t, h, api)
	serve(t, h, httptest.NewRequest(http.MethodGet, "/no-such-page", nil))

	w := serve(t, h, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	wantStatus(t, w, http.StatusOK)
	body, _ := io.ReadAll(w.Body)
	wantContains(t, string(body),
		`whybounce_diagnoses_total{category="mailbox-not-found",source="form"} 1`,
		`whybounce_diagnoses_total{category="relay-denied",source="api"} 1`,
		`whybounce_http_requests_total{code="200",method="POST",route="/diagnose"} 1`,
		`whybounce_http_requests_total{code="404",method="GET",route="unmatched"} 1`,
		`whybounce_http_request_duration_seconds_bucket{route="/diagnose",le=`,
		"go_goroutines")
	if strings.Contains(string(body), "no-such-page") {
		t.Errorf("metrics carry a raw request path")
	}
}

// With a listener of their own, the metrics are not served to everyone.
func TestMetricsOwnListener(t *testing.T) {
	s := newTestServer(t, Options{MetricsOwnListener: true})
	h := s.Handler()
	serve(t, h, httptest.NewRequest(http.MethodGet, "/", nil))
	wantStatus(t, serve(t, h, httptest.NewRequest(http.MethodGet, "/metrics", nil)), http.StatusNotFound)
	w := serve(t, s.MetricsHandler(), httptest.NewRequest(http.MethodGet, "/metrics", nil))
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), `whybounce_http_requests_total{code="200",method="GET",route="/"} 1`)
}

func TestSecurityHeaders(t *testing.T) {
	h := newTestHandler(t, Options{})
	reqs := []*http.Request{
		httptest.NewRequest(http.MethodGet, "/", nil),
		httptest.NewRequest(http.MethodGet, "/no-such-page", nil),
		httptest.NewRequest(http.MethodGet, "/static/style.css", nil),
		httptest.NewRequest(http.MethodPost, "/api/v1/diagnose", strings.NewReader(articleQmail)),
		postForm("/diagnose", url.Values{"bounce": {articleQmail}}),
	}
	want := map[string]string{
		"Content-Security-Policy": contentSecurityPolicy,
		"X-Content-Type-Options":  "nosniff",
		"X-Frame-Options":         "DENY",
		"Referrer-Policy":         "strict-origin-when-cross-origin",
	}
	for _, r := range reqs {
		t.Run(r.Method+" "+r.URL.Path, func(t *testing.T) {
			w := serve(t, h, r)
			for k, v := range want {
				if got := w.Header().Get(k); got != v {
					t.Errorf("%s: got %q, want %q", k, got, v)
				}
			}
		})
	}
	for _, part := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'"} {
		if !strings.Contains(contentSecurityPolicy, part) {
			t.Errorf("Content-Security-Policy lacks %q", part)
		}
	}
}

func TestPagesHaveNoInlineScriptOrStyle(t *testing.T) {
	h := newTestHandler(t, Options{})
	pages := map[string]*http.Request{
		"home":     httptest.NewRequest(http.MethodGet, "/", nil),
		"result":   postForm("/diagnose", url.Values{"example": {"microsoft-spamhaus"}}),
		"index":    httptest.NewRequest(http.MethodGet, "/categories", nil),
		"category": httptest.NewRequest(http.MethodGet, "/categories/blocklisted", nil),
	}
	for name, r := range pages {
		t.Run(name, func(t *testing.T) {
			body := serve(t, h, r).Body.String()
			for _, bad := range []string{"<style", " style=", " onclick=", " onload=", "javascript:"} {
				if strings.Contains(body, bad) {
					t.Errorf("page contains %q, which the Content-Security-Policy would block", bad)
				}
			}
			// A script may only come from a file of our own.
			for _, m := range regexp.MustCompile(`(?s)<script([^>]*)>(.*?)</script>`).FindAllStringSubmatch(body, -1) {
				if !strings.Contains(m[1], `src="/static/`) || strings.TrimSpace(m[2]) != "" {
					t.Errorf("page has an inline script %q, which the Content-Security-Policy would block", m[0])
				}
			}
		})
	}
}

func TestResultShowsBounceAsText(t *testing.T) {
	h := newTestHandler(t, Options{})
	bounce := articleQmail + "\n<script>alert(1)</script><img src=x onerror=alert(2)>\n"
	w := serve(t, h, postForm("/diagnose", url.Values{"bounce": {bounce}}))
	wantStatus(t, w, http.StatusOK)
	body := w.Body.String()
	if strings.Contains(body, "<script>alert(1)") || strings.Contains(body, "<img src=x") {
		t.Errorf("the bounce's HTML was rendered as HTML")
	}
	wantContains(t, body, "&lt;script&gt;alert(1)&lt;/script&gt;")
}

func TestResultSeveralRecipients(t *testing.T) {
	h := newTestHandler(t, Options{})
	bounce := `This is the mail system at host mail.example.org.

<ann@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1 <ann@example.net>:
    Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)

<bob@example.com>: host mx.example.com[192.0.2.8] said: 552 5.2.2 <bob@example.com>:
    Mailbox full, quota exceeded (in reply to RCPT TO command)
`
	w := serve(t, h, postForm("/diagnose", url.Values{"bounce": {bounce}}))
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), "2 recipients", "<table>", "ann@example.net", "bob@example.com",
		`href="/categories/mailbox-not-found"`, `href="/categories/mailbox-full"`)
}

// TestResultShowsWarningsAndAttachments renders a diagnosis built by hand, so
// that it does not depend on what the engine warns about today.
func TestResultShowsWarningsAndAttachments(t *testing.T) {
	d := &classifier.Diagnosis{
		Category: classifier.Unknown, Final: true, Text: "Open the attached file for details.",
		Recipients: []classifier.Recipient{{Category: classifier.Unknown, Action: classifier.ActionFailed}},
		Warnings: []classifier.Warning{
			{Kind: "dangerous-attachment", Message: "Do not open details.pdf.exe: it is a program."},
			{Kind: "asks-to-open", Message: "Real bounces never ask you to open an attachment."},
		},
		Attachments: []classifier.Attachment{{Name: "details.pdf.exe", ContentType: "application/octet-stream", Size: 12}},
	}
	var buf strings.Builder
	if err := templates.Result(resultView(d, classifier.Read(d))).Render(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	wantContains(t, buf.String(), `class="warnings"`, "Be careful",
		`data-kind="dangerous-attachment"`, "Do not open details.pdf.exe: it is a program.",
		"Real bounces never ask you to open an attachment.",
		"<h3>Attachments</h3>", "details.pdf.exe", "application/octet-stream, 12 bytes", "never offers a bounce's attachments")
	if regexp.MustCompile(`<a [^>]*(details\.pdf\.exe|download)`).MatchString(buf.String()) {
		t.Errorf("the page offers the attachment for download")
	}
	if strings.Index(buf.String(), "Be careful") > strings.Index(buf.String(), "What to do next") {
		t.Errorf("warnings come after the steps; they must come first")
	}
}

func TestPanicBecomesErrorPage(t *testing.T) {
	var logs bytes.Buffer
	s, err := NewServer(slog.New(slog.NewJSONHandler(&logs, nil)), prometheus.NewRegistry(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	h := s.recoverPanics(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") }))
	w := serve(t, h, httptest.NewRequest(http.MethodGet, "/", nil))
	wantStatus(t, w, http.StatusInternalServerError)
	wantContains(t, w.Body.String(), "Something went wrong")
	if strings.Contains(w.Body.String(), "boom") || strings.Contains(w.Body.String(), "goroutine") {
		t.Errorf("the error page shows the panic")
	}
	wantContains(t, logs.String(), `"msg":"panic"`)
}

func TestLogsCarryNoMessageText(t *testing.T) {
	var logs bytes.Buffer
	s, err := NewServer(slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})), prometheus.NewRegistry(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	for _, e := range s.examples {
		serve(t, h, postForm("/diagnose", url.Values{"example": {e.ID}}))
		serve(t, h, httptest.NewRequest(http.MethodPost, "/api/v1/diagnose", bytes.NewReader(e.Raw)))
	}
	if logs.Len() == 0 {
		t.Fatal("nothing was logged")
	}
	for _, secret := range []string{"t.okafor@northfield-school.example", "MAILBOX NOT FOUND", "203.0.113.25", "Spring opening hours"} {
		if strings.Contains(logs.String(), secret) {
			t.Errorf("logs contain %q", secret)
		}
	}
}

// TestResultShowsTheWholeBounce checks that the highlighted bounce on the page
// reads exactly like the text the engine examined: no character lost, none added.
func TestResultShowsTheWholeBounce(t *testing.T) {
	h := newTestHandler(t, Options{})
	for _, bounce := range []string{articleSendmail, articleQmail} {
		d, err := classifier.Diagnose([]byte(bounce), classifier.Options{})
		if err != nil {
			t.Fatal(err)
		}
		w := serve(t, h, postForm("/diagnose", url.Values{"bounce": {bounce}}))
		wantStatus(t, w, http.StatusOK)
		m := regexp.MustCompile(`(?s)<pre[^>]*>(.*?)</pre>`).FindStringSubmatch(w.Body.String())
		if m == nil {
			t.Fatal("the page has no <pre> with the bounce")
		}
		shown := regexp.MustCompile(`<sup[^>]*>\d+</sup>`).ReplaceAllString(m[1], "")
		shown = html.UnescapeString(regexp.MustCompile(`<[^>]+>`).ReplaceAllString(shown, ""))
		if shown != d.Text {
			t.Errorf("shown bounce differs from the examined text:\n got %q\nwant %q", shown, d.Text)
		}
	}
}

func TestResultDelayedNotice(t *testing.T) {
	h := newTestHandler(t, Options{})
	bounce := `This is the mail system at host mail.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<carol@example.net>: connect to mx.example.net[192.0.2.9]:25: Connection timed out
`
	w := serve(t, h, postForm("/diagnose", url.Values{"bounce": {bounce}}))
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), `class="fact retrying"`, html.EscapeString(classifier.ExplainRetry(false)))
}
