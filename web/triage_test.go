package web

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/whybounce/whybounce/triage"
	"github.com/whybounce/whybounce/web/store"
)

// userUnknown is a bounce for recipient n, which must be removed from a list.
func userUnknown(n int) []byte {
	return []byte(fmt.Sprintf(`From: MAILER-DAEMON@mx.example.net
Subject: Undelivered Mail Returned to Sender
Date: Mon, 5 Jan 2026 10:%02d:00 +0000
Message-ID: <b%d@mx.example.net>

<user%d@example.com>: host mx.example.com said: 550 5.1.1 <user%d@example.com>: Recipient address rejected: User unknown
`, n%60, n, n, n))
}

// mailboxFull is a bounce for a recipient to retry later.
func mailboxFull(n int) []byte {
	return []byte(fmt.Sprintf(`From: MAILER-DAEMON@mx.example.org
Subject: Delivery delayed
Date: Tue, 6 Jan 2026 09:00:00 +0000
Message-ID: <f%d@mx.example.org>

<kim%d@example.org>: host mx.example.org said: 452 4.2.2 Mailbox full, try again later
`, n, n))
}

func mboxBytes(t testing.TB, msgs ...[]byte) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := triage.WriteMbox(&b, msgs...); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// upload is one file of a test upload.
type upload struct {
	name string
	body []byte
}

// triageBody builds the multipart body of the "Many bounces" form.
func triageBody(t testing.TB, redact bool, files ...upload) (string, []byte) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	if redact {
		mw.WriteField("redact", "on")
	}
	for _, f := range files {
		w, err := mw.CreateFormFile("files", f.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(f.body)
	}
	mw.Close()
	return mw.FormDataContentType(), b.Bytes()
}

// triageEnv is a server with "Many bounces" on, with a real store.
type triageEnv struct {
	srv *Server
	h   http.Handler
	st  *store.Store
}

func newTriageEnv(t *testing.T, lim TriageLimits) triageEnv {
	t.Helper()
	st, err := store.Open(t.Context(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	plenty := Rate{PerSecond: 1000, Burst: 1000}
	srv := newTestServer(t, Options{Shares: st, Triage: st, TriageLimits: lim, Limits: Limits{Form: plenty}})
	return triageEnv{srv: srv, h: srv.Handler(), st: st}
}

// postTriage sends the form without script and returns the report's path.
func (e triageEnv) postTriage(t *testing.T, redact bool, files ...upload) string {
	t.Helper()
	ct, body := triageBody(t, redact, files...)
	r := httptest.NewRequest(http.MethodPost, "/triage", bytes.NewReader(body))
	r.Header.Set("Content-Type", ct)
	r.Header.Set("Sec-Fetch-Site", "same-origin")
	w := serve(t, e.h, r)
	wantStatus(t, w, http.StatusSeeOther)
	loc := w.Header().Get("Location")
	if !regexp.MustCompile(`^/t/[a-z2-7]{26}$`).MatchString(loc) {
		t.Fatalf("redirect to %q, want a report", loc)
	}
	return loc
}

func (e triageEnv) get(t *testing.T, path string) *httptest.ResponseRecorder {
	t.Helper()
	return serve(t, e.h, httptest.NewRequest(http.MethodGet, path, nil))
}

func TestTriageReport(t *testing.T) {
	e := newTriageEnv(t, TriageLimits{})
	var msgs [][]byte
	for i := 1; i <= 150; i++ {
		msgs = append(msgs, userUnknown(i))
	}
	msgs = append(msgs, mailboxFull(1), userUnknown(3)) // the last repeats bounce 3
	report := e.postTriage(t, false, upload{"bounces.mbox", mboxBytes(t, msgs...)}, upload{"one.eml", mailboxFull(2)})

	w := e.get(t, report)
	wantStatus(t, w, http.StatusOK)
	body := w.Body.String()
	for k, v := range map[string]string{"X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"} {
		if got := w.Header().Get(k); got != v {
			t.Errorf("%s: got %q, want %q", k, got, v)
		}
	}
	wantContains(t, body, `<meta name="robots" content="noindex">`, "What to do with 153 bounces",
		`data-total="messages">153<`, `data-total="diagnosed">152<`, `data-total="duplicates">1<`,
		"150 addresses to remove", "2 addresses to try again later", `<svg viewBox=`, `id="chart-categories"`,
		"Showing 1 to 100 of 152 recipients", `rel="next"`, "repeats <a href=\""+report+"/m/3\"")

	// Filtered: only the full mailboxes.
	w = e.get(t, report+"?category=mailbox-full&final=retrying")
	wantContains(t, w.Body.String(), "Showing 1 to 2 of 2 recipients", "kim1@example.org", "kim2@example.org")
	if strings.Contains(w.Body.String(), "user1@example.com") {
		t.Error("the filter for full mailboxes shows a user-unknown row")
	}
	// Sorted by address, descending: user99 before user98.
	w = e.get(t, report+"?sort=address&desc=1")
	b := w.Body.String()
	if i, j := strings.Index(b, "user99@"), strings.Index(b, "user98@"); i < 0 || j < 0 || i > j {
		t.Errorf("sorted by address, descending: user99 at %d, user98 at %d", i, j)
	}
	wantContains(t, b, `aria-sort="descending"`)

	// Downloads.
	w = e.get(t, report+"/recipients.csv")
	lines := strings.Split(strings.TrimSpace(w.Body.String()), "\n")
	if len(lines) != 153 || !strings.HasPrefix(lines[0], "message,address,") || w.Header().Get("Content-Disposition") == "" {
		t.Errorf("CSV: got %d lines (want 153), disposition %q", len(lines), w.Header().Get("Content-Disposition"))
	}
	w = e.get(t, report+"/remove.txt")
	if got := strings.Count(w.Body.String(), "\n"); got != 150 || !strings.Contains(w.Body.String(), "user150@example.com\n") {
		t.Errorf("remove.txt: got %d lines, want 150", got)
	}
	w = e.get(t, report+"/retry.txt")
	if got := w.Body.String(); got != "kim1@example.org\nkim2@example.org\n" {
		t.Errorf("retry.txt: got %q", got)
	}
	w = e.get(t, report+"/recipients.jsonl?category=mailbox-full")
	var row triage.Row
	if err := json.Unmarshal([]byte(strings.SplitN(w.Body.String(), "\n", 2)[0]), &row); err != nil || row.Address != "kim1@example.org" || row.List != "retry" {
		t.Errorf("JSON lines: got %+v, %v", row, err)
	}

	// A bounce's own diagnosis, and a duplicate's leads to its first.
	w = e.get(t, report+"/m/151")
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), "Bounce 151 of", `href="`+report+`"`, "kim1@example.org")
	w = e.get(t, report+"/m/152")
	wantStatus(t, w, http.StatusSeeOther)
	if got := w.Header().Get("Location"); got != report+"/m/3" {
		t.Errorf("duplicate: redirect to %q, want %q", got, report+"/m/3")
	}
	for _, path := range []string{report + "/m/999", report + "/m/x", report + "/nothing.txt", "/t/aaaaaaaaaaaaaaaaaaaaaaaaaa", "/t/bad"} {
		if w := e.get(t, path); w.Code != http.StatusNotFound {
			t.Errorf("%s: got %d, want 404", path, w.Code)
		}
	}
	// No inline script or style on the report and the form.
	for _, page := range []string{report, "/triage", report + "/m/1"} {
		b := e.get(t, page).Body.String()
		for _, bad := range []string{"<style", " style=", " onclick=", "javascript:"} {
			if strings.Contains(b, bad) {
				t.Errorf("%s contains %q", page, bad)
			}
		}
		for _, m := range regexp.MustCompile(`(?s)<script([^>]*)>(.*?)</script>`).FindAllStringSubmatch(b, -1) {
			if !strings.Contains(m[1], `src="/static/`) || strings.TrimSpace(m[2]) != "" {
				t.Errorf("%s has an inline script %q", page, m[0])
			}
		}
	}
}

func TestTriageRedacted(t *testing.T) {
	e := newTriageEnv(t, TriageLimits{})
	report := e.postTriage(t, true, upload{"user7@example.com.eml", userUnknown(7)})
	for _, path := range []string{report, report + "/recipients.csv", report + "/m/1"} {
		b := e.get(t, path).Body.String()
		if strings.Contains(b, "user7") {
			t.Errorf("%s shows the address of a redacted run", path)
		}
	}
	wantContains(t, e.get(t, report+"/recipients.csv").Body.String(), "@example.com,example.com,mailbox-not-found")
}

func TestTriageFormErrors(t *testing.T) {
	e := newTriageEnv(t, TriageLimits{MaxBytes: 1 << 20})
	ct, body := triageBody(t, false)
	r := httptest.NewRequest(http.MethodPost, "/triage", bytes.NewReader(body))
	r.Header.Set("Content-Type", ct)
	w := serve(t, e.h, r)
	wantStatus(t, w, http.StatusBadRequest)
	wantContains(t, w.Body.String(), "No file was chosen")

	// Announced too large: refused before a byte is read.
	r = httptest.NewRequest(http.MethodPost, "/triage", strings.NewReader("x"))
	r.Header.Set("Content-Type", ct)
	r.ContentLength = 5 << 20
	w = serve(t, e.h, r)
	wantStatus(t, w, http.StatusRequestEntityTooLarge)
	wantContains(t, w.Body.String(), "more than 1 MB")

	// From another site.
	r = httptest.NewRequest(http.MethodPost, "/triage", bytes.NewReader(body))
	r.Header.Set("Content-Type", ct)
	r.Header.Set("Sec-Fetch-Site", "cross-site")
	wantStatus(t, serve(t, e.h, r), http.StatusForbidden)
}

// TestTriageOversizeStream: a body of unknown length that goes past the
// limit stops there, and the report keeps what was read before.
func TestTriageOversizeStream(t *testing.T) {
	e := newTriageEnv(t, TriageLimits{MaxBytes: 1 << 20})
	var msgs [][]byte
	for i := 1; len(msgs) == 0 || len(bytes.Join(msgs, nil)) < 2<<20; i++ {
		msgs = append(msgs, userUnknown(i))
	}
	ct, body := triageBody(t, false, upload{"big.mbox", mboxBytes(t, msgs...)})
	r := httptest.NewRequest(http.MethodPost, "/triage", io.MultiReader(bytes.NewReader(body)))
	r.Header.Set("Content-Type", ct)
	r.ContentLength = -1
	w := serve(t, e.h, r)
	wantStatus(t, w, http.StatusSeeOther)
	b := e.get(t, w.Header().Get("Location")).Body.String()
	wantContains(t, b, "larger than the limit of 1 MB")
	m := regexp.MustCompile(`data-total="diagnosed">([0-9,]+)<`).FindStringSubmatch(b)
	if m == nil || m[1] == "0" {
		t.Errorf("want the messages before the limit counted; got %v", m)
	}
}

// TestTriageHostileZip: each attack in an uploaded archive is refused by
// name, the others are read.
func TestTriageHostileZip(t *testing.T) {
	e := newTriageEnv(t, TriageLimits{})
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	add := func(name string, flags uint16, body []byte) {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Flags: flags})
		w.Write(body)
	}
	add("a.eml", 0, userUnknown(1))
	add("../../etc/evil.eml", 0, userUnknown(2))
	add("inner.zip", 0, []byte("PK\x03\x04"))
	add("secret.eml", 0x1, userUnknown(3))
	add("bomb.eml", 0, bytes.Repeat([]byte("A"), 12<<20))
	add("b.eml", 0, userUnknown(4))
	zw.Close()
	report := e.postTriage(t, false, upload{"bounces.zip", b.Bytes()})
	body := e.get(t, report).Body.String()
	wantContains(t, body, `data-total="diagnosed">2<`, `data-total="unreadable">4<`, "Messages that could not be read",
		"bounces.zip: ../../etc/evil.eml</span>: refused: the name leads out of the archive",
		"bounces.zip: inner.zip</span>: an archive inside the archive is not opened",
		"bounces.zip: secret.eml</span>: refused: the entry is encrypted",
		"bounces.zip: bomb.eml</span>:")
}

// liveServer runs e on a loopback port, for uploads and events over a real connection.
func (e triageEnv) live(t *testing.T) *httptest.Server {
	ts := httptest.NewServer(e.h)
	t.Cleanup(ts.Close)
	return ts
}

// start begins a run as the page's script does.
func start(t *testing.T, base string) (map[string]string, int) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, base+"/triage/start", strings.NewReader(""))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var run map[string]string
	json.NewDecoder(resp.Body).Decode(&run)
	return run, resp.StatusCode
}

func uploadTo(t *testing.T, base, path string, body io.Reader, ct string) *http.Response {
	t.Helper()
	resp, err := postUpload(base, path, body, ct)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

// postUpload posts a run's upload and returns what the client saw, an error
// included: a goroutine may not stop the test, and a cancelled run may close
// the connection while the body is still being written.
func postUpload(base, path string, body io.Reader, ct string) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodPost, base+path, body)
	req.Header.Set("Content-Type", ct)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	return http.DefaultClient.Do(req)
}

// TestTriageScriptFlow: start, upload, and the events until done.
func TestTriageScriptFlow(t *testing.T) {
	e := newTriageEnv(t, TriageLimits{})
	ts := e.live(t)
	run, status := start(t, ts.URL)
	if status != http.StatusCreated || run["upload"] == "" {
		t.Fatalf("start: %d %v", status, run)
	}
	events, err := http.Get(ts.URL + run["events"])
	if err != nil {
		t.Fatal(err)
	}
	defer events.Body.Close()
	if ct := events.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Errorf("events: Content-Type %q", ct)
	}
	var msgs [][]byte
	for i := 1; i <= 300; i++ {
		msgs = append(msgs, userUnknown(i))
	}
	ct, body := triageBody(t, false, upload{"b.mbox", mboxBytes(t, msgs...)})
	resp := uploadTo(t, ts.URL, run["upload"], bytes.NewReader(body), ct)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("upload: %d", resp.StatusCode)
	}
	var last progress
	sc := bufio.NewScanner(events.Body)
	for sc.Scan() {
		if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
			if err := json.Unmarshal([]byte(data), &last); err != nil {
				t.Fatal(err)
			}
		}
	}
	if !last.Done || last.Percent != 100 || last.Messages != 300 || last.Report != run["report"] {
		t.Errorf("last event: got %+v, want done at 100%% with 300 messages", last)
	}
	// A second upload to the same run is refused.
	resp = uploadTo(t, ts.URL, run["upload"], bytes.NewReader(body), ct)
	resp.Body.Close()
	if resp.StatusCode != http.StatusConflict {
		t.Errorf("second upload: got %d, want 409", resp.StatusCode)
	}
	// Polling says the same.
	resp, _ = http.Get(ts.URL + run["status"])
	var p progress
	json.NewDecoder(resp.Body).Decode(&p)
	resp.Body.Close()
	if !p.Done || p.Messages != 300 {
		t.Errorf("status: got %+v", p)
	}
}

// pausedUpload writes an upload's first part, then waits for release before
// the rest, as a large upload on a slow line would.
func pausedUpload(t *testing.T, n int) (ct string, r io.Reader, release func()) {
	var msgs [][]byte
	for i := 1; i <= n; i++ {
		msgs = append(msgs, userUnknown(i))
	}
	ct, body := triageBody(t, false, upload{"b.mbox", mboxBytes(t, msgs...)})
	pr, pw := io.Pipe()
	gate := make(chan struct{})
	go func() {
		half := len(body) / 2
		pw.Write(body[:half])
		<-gate
		pw.Write(body[half:])
		pw.Close()
	}()
	return ct, pr, sync.OnceFunc(func() { close(gate) })
}

// TestTriageCancel: a run cancelled in the middle keeps what it read and
// says it was cancelled.
func TestTriageCancel(t *testing.T) {
	e := newTriageEnv(t, TriageLimits{})
	ts := e.live(t)
	run, _ := start(t, ts.URL)
	ct, body, release := pausedUpload(t, 400)
	defer release()
	done := make(chan int)
	go func() {
		// Cut off mid-body ("broken pipe") is as much an end as a reply.
		resp, err := postUpload(ts.URL, run["upload"], body, ct)
		if err != nil {
			done <- 0
			return
		}
		resp.Body.Close()
		done <- resp.StatusCode
	}()
	waitFor(t, func() bool {
		l := e.srv.liveRunOf(run["id"])
		return l != nil && l.messages.Load() > 10
	})
	req, _ := http.NewRequest(http.MethodPost, ts.URL+run["cancel"], nil)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.Request.URL.Path != run["report"] {
		t.Errorf("cancel led to %s, want the report", resp.Request.URL.Path)
	}
	wantContains(t, string(page), "You cancelled the run: the report counts the")
	m := regexp.MustCompile(`data-total="messages">([0-9,]+)<`).FindStringSubmatch(string(page))
	if m == nil || m[1] == "0" || m[1] == "400" {
		t.Errorf("messages read before the cancel: got %v, want some, not all", m)
	}
	release()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the upload did not end after the cancel")
	}
	r, _ := e.st.Run(t.Context(), run["id"])
	if r.State != store.RunCancelled {
		t.Errorf("state: got %q, want %q", r.State, store.RunCancelled)
	}
}

// TestTriageTwoRunsAtOnce: two runs read side by side, each its own; a third
// is refused while they go on.
func TestTriageTwoRunsAtOnce(t *testing.T) {
	e := newTriageEnv(t, TriageLimits{Runs: 2})
	ts := e.live(t)
	a, _ := start(t, ts.URL)
	b, _ := start(t, ts.URL)
	if _, status := start(t, ts.URL); status != http.StatusServiceUnavailable {
		t.Errorf("third run: got %d, want 503", status)
	}
	var wg sync.WaitGroup
	for i, run := range []map[string]string{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var msgs [][]byte
			for j := 1; j <= 100*(i+1); j++ {
				msgs = append(msgs, userUnknown(j))
			}
			ct, body := triageBody(t, false, upload{"b.mbox", mboxBytes(t, msgs...)})
			resp, err := postUpload(ts.URL, run["upload"], bytes.NewReader(body), ct)
			if err != nil {
				t.Error(err)
				return
			}
			resp.Body.Close()
		}()
	}
	wg.Wait()
	for i, run := range []map[string]string{a, b} {
		body := e.get(t, run["report"]).Body.String()
		want := fmt.Sprintf(`data-total="diagnosed">%d<`, 100*(i+1))
		wantContains(t, body, want)
	}
	if _, status := start(t, ts.URL); status != http.StatusCreated {
		t.Errorf("after both: got %d, want a new run to start", status)
	}
}

func TestTriageExpiredAndErased(t *testing.T) {
	e := newTriageEnv(t, TriageLimits{TTL: time.Hour})
	report := e.postTriage(t, false, upload{"a.eml", userUnknown(1)})
	r := httptest.NewRequest(http.MethodPost, report+"/delete", nil)
	r.Header.Set("Sec-Fetch-Site", "same-origin")
	w := serve(t, e.h, r)
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), "The report is erased")
	for _, p := range []string{report, report + "/recipients.csv", report + "/m/1"} {
		if w := e.get(t, p); w.Code != http.StatusGone {
			t.Errorf("%s after erasing: got %d, want 410", p, w.Code)
		}
	}
	report = e.postTriage(t, false, upload{"a.eml", userUnknown(1)})
	e.st.Now = func() time.Time { return time.Now().Add(2 * time.Hour) }
	if w := e.get(t, report); w.Code != http.StatusGone {
		t.Errorf("expired: got %d, want 410", w.Code)
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("timed out waiting")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestTriagePageAndNav(t *testing.T) {
	e := newTriageEnv(t, TriageLimits{})
	w := e.get(t, "/triage")
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), `enctype="multipart/form-data"`, `name="files"`, "multiple", "Up to 200 MB and 100,000 messages",
		`href="/triage" aria-current="page">Many bounces`, "saved for 24 hours")
	// Without a triage store, no page and no menu entry.
	h := newTestHandler(t, Options{})
	if w := serve(t, h, httptest.NewRequest(http.MethodGet, "/triage", nil)); w.Code != http.StatusNotFound {
		t.Errorf("/triage without a store: got %d", w.Code)
	}
	if b := serve(t, h, httptest.NewRequest(http.MethodGet, "/", nil)).Body.String(); strings.Contains(b, "Many bounces") {
		t.Error("the menu offers Many bounces without a store")
	}
}
