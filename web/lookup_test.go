package web

import (
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/classifier/reference"
)

func TestLookup(t *testing.T) {
	h := newTestHandler(t, Options{})
	tests := []struct {
		query string
		// location is where an exact code leads; "" means a page of its own.
		location string
		wants    []string
	}{
		{query: "550", location: "/codes/550"},
		{query: "5.7.1", location: "/codes/5.7.1"},
		{query: "#5.7.1.", location: "/codes/5.7.1"},
		{query: "5.7.509", location: "/codes/microsoft-5.7.509"},
		{query: "S3150", location: "/codes/microsoft-s3150"},
		{query: "s3150", location: "/codes/microsoft-s3150"},
		{query: "TSS04", location: "/codes/yahoo-tss04"},
		{query: "OU-001", location: "/codes/microsoft-ou-001"},
		{query: "relay access denied", wants: []string{"for “relay access denied”", `href="/codes/microsoft-5.7.64"`}},
		{query: "mailbox full", wants: []string{`href="/codes/5.2.2"`, `href="/codes/552"`}},
		{query: "550 5.7.1 Service unavailable; client blocked using zen.spamhaus.org", wants: []string{`href="/codes/spamhaus-zen"`, `href="/codes/5.7.1"`}},
		{query: "", wants: []string{"Try one of these", `href="/lookup?q=5.7.509"`, `href="/lookup?q=relay+access+denied"`}},
		{query: "   ", wants: []string{"Try one of these"}},
		{query: "zzqx flurble", wants: []string{"Nothing found", "zzqx flurble", `href="/codes"`}},
		{query: "<script>alert(1)</script>", wants: []string{"&lt;script&gt;"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			w := get(t, h, "/lookup?q="+url.QueryEscape(tt.query))
			if tt.location != "" {
				wantStatus(t, w, http.StatusSeeOther)
				if got := w.Header().Get("Location"); got != tt.location {
					t.Errorf("Location: got %q, want %q", got, tt.location)
				}
				return
			}
			wantStatus(t, w, http.StatusOK)
			wantContains(t, w.Body.String(), tt.wants...)
			if strings.Contains(w.Body.String(), "<script>alert") {
				t.Error("the query is written into the page unescaped")
			}
		})
	}
}

func TestLookupLongQuery(t *testing.T) {
	h := newTestHandler(t, Options{})
	w := get(t, h, "/lookup?q="+url.QueryEscape(strings.Repeat("quota ", 2000)))
	wantStatus(t, w, http.StatusOK)
	got := submatch(t, regexp.MustCompile(`name="q" type="search" value="([^"]*)"`), w.Body.String())
	if utf8.RuneCountInString(got) > maxLookupQuery {
		t.Errorf("the query shown is %d characters long, want it cut to %d", len(got), maxLookupQuery)
	}
}

func TestCodePage(t *testing.T) {
	h := newTestHandler(t, Options{Site: Site{Notes: map[classifier.Category]string{
		classifier.PolicyRejected: "Customers of Example ISP: call us on 0800 000 000.",
	}}})
	tests := []struct {
		path  string
		wants []string
	}{
		{"/codes/5.7.1", []string{
			"Delivery not authorized", "What it means", "What to do",
			`href="/categories/policy-rejected"`, categoryTitle(classifier.PolicyRejected),
			"Related codes", `href="/codes/550"`,
			"The same code elsewhere", `href="/codes/microsoft-5.7.1"`,
			"Customers of Example ISP: call us on 0800 000 000.",
		}},
		{"/codes/microsoft-s3150", []string{"S3150", "Microsoft code", `href="/categories/blocklisted"`}},
		{"/codes/spamhaus-zen", []string{"Blocklist", `rel="noopener noreferrer"`, `href="https://`}},
		{"/codes/550", []string{"SMTP reply code"}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			w := get(t, h, tt.path)
			wantStatus(t, w, http.StatusOK)
			wantContains(t, w.Body.String(), tt.wants...)
		})
	}
}

func TestCodePageRedirectsToItsID(t *testing.T) {
	h := newTestHandler(t, Options{})
	for path, want := range map[string]string{
		"/codes/S3150":   "/codes/microsoft-s3150",
		"/codes/5.7.509": "/codes/microsoft-5.7.509",
		"/codes/OU001":   "/codes/microsoft-ou-001",
	} {
		w := get(t, h, path)
		wantStatus(t, w, http.StatusMovedPermanently)
		if got := w.Header().Get("Location"); got != want {
			t.Errorf("%s: Location got %q, want %q", path, got, want)
		}
	}
}

func TestCodePageUnknown(t *testing.T) {
	h := newTestHandler(t, Options{})
	for _, path := range []string{"/codes/9.9.9", "/codes/nothing-like-it", "/codes/%3Cscript%3E"} {
		w := get(t, h, path)
		wantStatus(t, w, http.StatusNotFound)
		wantContains(t, w.Body.String(), "There is no page here")
	}
}

// Every entry has a page at its own id: no entry redirects to another, and
// every related code resolves.
func TestEveryCodeHasAPage(t *testing.T) {
	h := newTestHandler(t, Options{})
	for _, e := range reference.All() {
		w := get(t, h, codePath(e.ID))
		if w.Code != http.StatusOK {
			t.Errorf("%s: status %d, want 200 (Location %q)", codePath(e.ID), w.Code, w.Header().Get("Location"))
		}
	}
}

func TestCodeIndex(t *testing.T) {
	h := newTestHandler(t, Options{})
	w := get(t, h, "/codes")
	wantStatus(t, w, http.StatusOK)
	body := w.Body.String()
	wantContains(t, body, "SMTP reply codes", "Enhanced status codes", "Microsoft codes", "Yahoo codes", "Blocklists",
		`href="/codes/yahoo-tss04"`, `action="/lookup"`)
	all := reference.All()
	for _, e := range all {
		if !strings.Contains(body, `href="`+codePath(e.ID)+`"`) {
			t.Errorf("index has no link to %s", e.ID)
		}
	}
}

func TestLookupMetrics(t *testing.T) {
	h := newTestHandler(t, Options{})
	for _, q := range []string{"550", "mailbox full", "zzqx", ""} {
		get(t, h, "/lookup?q="+url.QueryEscape(q))
	}
	wantContains(t, get(t, h, "/metrics").Body.String(),
		`whybounce_lookups_total{outcome="exact"} 1`, `whybounce_lookups_total{outcome="found"} 1`,
		`whybounce_lookups_total{outcome="none"} 1`, `whybounce_lookups_total{outcome="empty"} 1`)
}

func TestSearchBoxOnEveryPage(t *testing.T) {
	h := newTestHandler(t, Options{})
	for _, path := range []string{"/", "/categories", "/categories/mailbox-full", "/no-such-page", "/codes/550"} {
		wantContains(t, get(t, h, path).Body.String(), `action="/lookup"`, `name="q"`)
	}
}

func TestResultLinksItsCodes(t *testing.T) {
	e := newShareEnv(t, Options{})
	tests := []struct {
		name  string
		req   *http.Request
		wants []string
	}{
		{"paste", postForm("/diagnose", url.Values{"bounce": {personalBounce}}),
			[]string{"The codes in this bounce", `href="/codes/550"`, `href="/codes/5.1.1"`}},
		{"example with a blocklist", postForm("/diagnose", url.Values{"example": {"microsoft-spamhaus"}}),
			[]string{`href="/codes/5.7.1"`, `href="/codes/spamhaus-zen"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := serve(t, e.h, tt.req)
			wantStatus(t, w, http.StatusOK)
			wantContains(t, w.Body.String(), tt.wants...)
		})
	}
	link, _ := e.createLink(t, personalBounce, nil)
	wantContains(t, get(t, e.h, link).Body.String(), `href="/codes/5.1.1"`)
}

// TestBounceCodesNameProvidersCodes: the codes a provider writes into its
// reply (TSS04, S3140, OFR006_102) are among "The codes in this bounce".
func TestBounceCodesNameProvidersCodes(t *testing.T) {
	for file, want := range map[string]string{
		"../classifier/testdata/notices/yahoo/tss04-deferred.txt": "yahoo-tss04",
		"../testdata/helpdesk/outlook-s3140.txt":                  "microsoft-s3140",
		"../testdata/helpdesk/orange-ofr006-102.txt":              "orange-ofr-102",
	} {
		d, err := classifier.Diagnose([]byte(readTestFile(t, file)), classifier.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, c := range bounceCodes(d) {
			ids = append(ids, strings.TrimPrefix(c.URL, "/codes/"))
		}
		if !slices.Contains(ids, want) {
			t.Errorf("%s: the codes are %v, want %s among them", file, ids, want)
		}
	}
}

// TestLookupSmallerThings holds issue 10's lookup items: a code ranks
// before codes that merely start like it, "the first 20" says so, snippets
// end with a word, and titles that start with their code do not repeat it.
func TestLookupSmallerThings(t *testing.T) {
	h := newTestHandler(t, Options{})

	body := get(t, h, "/lookup?q="+url.QueryEscape("554 5.7.1")).Body.String()
	first := strings.Index(body, `href="/codes/5.7.1"`)
	if first < 0 || strings.Contains(body[:first], `href="/codes/5.7.1`) {
		t.Errorf("5.7.1 is not the first result of \"554 5.7.1\"")
	}
	if i := strings.Index(body, `href="/codes/5.7.10"`); i >= 0 && i < strings.Index(body, `href="/codes/microsoft-5.7.1"`) {
		t.Errorf("5.7.10 comes before Microsoft's 5.7.1")
	}

	body = get(t, h, "/lookup?q=mailbox").Body.String()
	wantContains(t, body, "The first 20 matches for “mailbox”", "There are more")
	body = get(t, h, "/lookup?q=quota").Body.String()
	if strings.Contains(body, "The first") || !regexp.MustCompile(`\d+ match(es)? for`).MatchString(body) {
		t.Errorf("a short list does not say how many it holds")
	}

	// Snippets end at the end of a word.
	for _, e := range reference.Search("mailbox", 20) {
		got := cutRunes(e.Meaning, maxMeaningText)
		cut, ok := strings.CutSuffix(got, "…")
		if !ok {
			continue
		}
		rest := strings.TrimPrefix(e.Meaning, cut)
		if rest == e.Meaning {
			t.Errorf("%s: %q is not the start of the meaning", e.ID, cut)
		}
		if r, _ := utf8.DecodeRuneInString(rest); r != ' ' && r != ',' && r != ';' && r != ':' && r != '.' {
			t.Errorf("%s: the snippet stops inside a word: %q|%q", e.ID, cut[max(0, len(cut)-20):], rest[:min(len(rest), 20)])
		}
	}

	body = get(t, h, "/codes/spamhaus-zen").Body.String()
	if strings.Contains(body, "Spamhaus ZEN</code> Spamhaus ZEN") || strings.Contains(body, "<title>Spamhaus ZEN: Spamhaus ZEN") {
		t.Errorf("the code page of Spamhaus ZEN repeats its name")
	}
	wantContains(t, body, "<h1>Spamhaus ZEN")
}

func TestCategoryTermsLinkToLookup(t *testing.T) {
	h := newTestHandler(t, Options{})
	for _, path := range []string{"/categories/mailbox-full", "/categories"} {
		wantContains(t, get(t, h, path).Body.String(), `<a href="/lookup?q=Quota+exceeded">Quota exceeded</a>`)
	}
}
