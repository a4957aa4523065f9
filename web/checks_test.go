package web

import (
	"encoding/json"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/whybounce/whybounce/checks"
	"github.com/whybounce/whybounce/checks/checkstest"
)

// hostUnknown is a bounce whose recipient's domain does not exist in
// checkstest.World.
const hostUnknown = "<ann@exmaple.con>: Host or domain name not found. Name service error for name=exmaple.con type=AAAA: Host not found"

// newChecker runs the live checks against checkstest.World, on loopback.
func newChecker(t *testing.T) *checks.Checker {
	t.Helper()
	srv := checkstest.NewWorld(t)
	c, err := checks.New(checks.Config{Servers: []string{srv.Addr}, LookupTimeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// spfBounce names the sender's domain and the sending address.
const spfBounce = "550 5.7.26 This message does not pass authentication checks: sending domain lakeside-bakery.example does not pass SPF for 198.51.100.23."

var planField = regexp.MustCompile(`name="plan" value="([^"]*)"`)

func exampleBounce(t *testing.T, id string) string {
	t.Helper()
	s := newTestServer(t, Options{})
	for _, e := range s.examples {
		if e.ID == id {
			return string(e.Raw)
		}
	}
	t.Fatalf("no example %s", id)
	return ""
}

// TestChecksInlineWithoutScript: a form sent without script waits for the
// checks and shows them in the result.
func TestChecksInlineWithoutScript(t *testing.T) {
	h := newTestHandler(t, Options{Checks: newChecker(t)})
	w := serve(t, h, postForm("/diagnose", url.Values{"bounce": {hostUnknown}}))
	wantStatus(t, w, http.StatusOK)
	body := w.Body.String()
	wantContains(t, body, `<section class="live-checks" id="live-checks"`, "Checked just now", "The recipient&#39;s domain",
		"exmaple.con does not exist: no mail can reach it.", `class="check check-problem"`, "Does not exist")
	if strings.Contains(body, `action="/checks"`) {
		t.Error("the filled-in box still offers its form")
	}

	w = serve(t, h, postForm("/diagnose", url.Values{"example": {"microsoft-spamhaus"}}))
	wantContains(t, w.Body.String(), "Blocklists",
		"203.0.113.88 is listed on Spamhaus ZEN (the SBL, known spam sources).",
		"203.0.113.88 is not on SpamCop.",
		"Could not tell whether lakeside-bakery.example is on Spamhaus DBL: the list refuses to answer this server&#39;s DNS resolver (it answered 127.255.255.254",
		"Check the listing on Spamhaus ZEN&#39;s page", `href="https://check.spamhaus.org/"`)
}

// TestChecksLater: the script's post gets the result at once with the form
// that runs the checks; sending that form shows them.
func TestChecksLater(t *testing.T) {
	h := newTestHandler(t, Options{Checks: newChecker(t)})
	w := serve(t, h, postMultipart(t, "/diagnose", map[string]string{"example": "exchange-dmarc", "checks": "later"}, "", nil))
	wantStatus(t, w, http.StatusOK)
	body := w.Body.String()
	wantContains(t, body, `data-state="pending"`, `<form method="post" action="/checks" class="checks-form">`, "Check now")
	plan := submatch(t, planField, body)

	w = serve(t, h, postForm("/checks", url.Values{"plan": {plan}}))
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), `data-state="done"`, "The sender&#39;s authentication",
		"The SPF record of fabrikam-tools.example needs more than 10 DNS lookups", "Too many lookups",
		"fabrikam-tools.example asks receivers to refuse its mail when it fails DMARC (p=reject)", "p=reject")
	if got := w.Header().Get("Cache-Control"); got != "no-store" {
		t.Errorf("Cache-Control: got %q, want no-store", got)
	}

	for name, form := range map[string]url.Values{
		"no plan":       {},
		"not JSON":      {"plan": {"{"}},
		"plan too long": {"plan": {`{"ips":["` + strings.Repeat("1", 9<<10) + `"]}`}},
	} {
		t.Run(name, func(t *testing.T) {
			w := serve(t, h, postForm("/checks", form))
			wantStatus(t, w, http.StatusBadRequest)
			wantContains(t, w.Body.String(), "The form arrived incomplete")
		})
	}
	// A plan is only ever a list of names: one made up by hand is bounded
	// and guarded like any other.
	w = serve(t, h, postForm("/checks", url.Values{"plan": {`{"domains":[{"name":"printer.local"},{"name":"a.example"},{"name":"b.example"},{"name":"c.example"}],"blocklists":true,"ips":["10.0.0.1"]}`}}))
	wantStatus(t, w, http.StatusOK)
	body = w.Body.String()
	wantContains(t, body, "Not checked: &#34;printer.local&#34; is a name of a local network.", "Not checked: 10.0.0.1 is a private or reserved address.")
	if strings.Contains(body, "c.example") {
		t.Error("a plan of four domains was not cut to three")
	}
}

func TestChecksOff(t *testing.T) {
	h := newTestHandler(t, Options{})
	w := serve(t, h, postForm("/diagnose", url.Values{"bounce": {hostUnknown}}))
	if strings.Contains(w.Body.String(), "live-checks") {
		t.Error("live checks are off, but the result shows the box")
	}
	wantStatus(t, serve(t, h, postForm("/checks", url.Values{"plan": {"{}"}})), http.StatusNotFound)
	w = serve(t, h, apiPost(jsonBody(t, map[string]any{"message": hostUnknown, "checks": true}), "application/json"))
	if strings.Contains(w.Body.String(), `"checks"`) {
		t.Error("live checks are off, but the API answers with checks")
	}
}

func TestChecksOnlyWhenRelevant(t *testing.T) {
	h := newTestHandler(t, Options{Checks: newChecker(t)})
	w := serve(t, h, postForm("/diagnose", url.Values{"example": {"gmail-over-quota"}}))
	wantStatus(t, w, http.StatusOK)
	if strings.Contains(w.Body.String(), "live-checks") || strings.Contains(w.Body.String(), "include_checks") {
		t.Error("a full mailbox gives nothing to check, but the result shows the box")
	}
}

func TestChecksAPI(t *testing.T) {
	h := newTestHandler(t, Options{Checks: newChecker(t)})
	tests := []struct {
		name string
		req  *http.Request
		want bool
	}{
		{"raw body, ?checks=true", func() *http.Request {
			r := apiPost([]byte(hostUnknown), "text/plain")
			r.URL.RawQuery = "checks=true"
			return r
		}(), true},
		{"JSON checks: true", apiPost(jsonBody(t, map[string]any{"message": hostUnknown, "checks": true}), "application/json"), true},
		{"not asked", apiPost([]byte(hostUnknown), "text/plain"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := serve(t, h, tt.req)
			wantStatus(t, w, http.StatusOK)
			var got struct {
				Checks *checks.Report `json:"checks"`
			}
			if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
				t.Fatal(err)
			}
			if (got.Checks != nil) != tt.want {
				t.Fatalf("checks: got %v, want present %v", got.Checks, tt.want)
			}
			if tt.want && (len(got.Checks.Results) != 1 || got.Checks.Results[0].Verdict != "does-not-exist" || got.Checks.CheckedAt.IsZero()) {
				t.Errorf("checks: got %+v, want one result, does-not-exist, with a time", got.Checks)
			}
		})
	}
}

func TestChecksRateLimit(t *testing.T) {
	one := Rate{PerSecond: 0.001, Burst: 1}
	h := newTestHandler(t, Options{Checks: newChecker(t), Limits: Limits{Checks: one}})
	w := serve(t, h, postForm("/diagnose", url.Values{"bounce": {hostUnknown}}))
	wantContains(t, w.Body.String(), "exmaple.con does not exist")
	// The diagnosis still comes; only the checks wait.
	w = serve(t, h, postForm("/diagnose", url.Values{"bounce": {hostUnknown}}))
	wantStatus(t, w, http.StatusOK)
	wantContains(t, w.Body.String(), "Not checked: you asked for many checks in a short time.")
	w = serve(t, h, postForm("/checks", url.Values{"plan": {`{"domains":[{"name":"exmaple.con"}]}`}}))
	wantStatus(t, w, http.StatusTooManyRequests)
	wantContains(t, w.Body.String(), `class="live-checks"`, "Not checked: you asked for many checks")
	if w.Header().Get("Retry-After") == "" {
		t.Error("429 without Retry-After")
	}
}

func TestChecksCrossOriginRefused(t *testing.T) {
	h := newTestHandler(t, Options{Checks: newChecker(t)})
	r := postForm("/checks", url.Values{"plan": {`{"domains":[{"name":"exmaple.con"}]}`}})
	r.Header.Set("Sec-Fetch-Site", "cross-site")
	wantStatus(t, serve(t, h, r), http.StatusForbidden)
}

func TestShareWithChecks(t *testing.T) {
	e := newShareEnv(t, Options{Checks: newChecker(t)})
	bounce := exampleBounce(t, "microsoft-spamhaus")
	w := serve(t, e.h, postForm("/diagnose", url.Values{"bounce": {bounce}, "checks": {"later"}}))
	wantContains(t, w.Body.String(), `name="include_checks"`, "Include the checks")

	link, _ := e.createLink(t, bounce, url.Values{"include_checks": {"on"}})
	body := get(t, e.h, link).Body.String()
	// The listed address stays visible, in the bounce and in the checks:
	// the customer needs it to ask for delisting.
	wantContains(t, body, "Checked on ", "Looked up in DNS when this link was created",
		"203.0.113.88 is listed on Spamhaus ZEN", "Left visible on purpose, because the next steps need them: 203.0.113.88.")

	link, _ = e.createLink(t, bounce, url.Values{"include_checks": {"on"}, "redact": {""}})
	wantContains(t, get(t, e.h, link).Body.String(), "203.0.113.88 is listed on Spamhaus ZEN")

	link, _ = e.createLink(t, bounce, nil)
	if body := get(t, e.h, link).Body.String(); strings.Contains(body, "live-checks") {
		t.Error("the box was not ticked, but the shared page shows checks")
	}
}

func TestChecksMetrics(t *testing.T) {
	h := newTestHandler(t, Options{Checks: newChecker(t)})
	serve(t, h, postForm("/diagnose", url.Values{"bounce": {hostUnknown}}))
	serve(t, h, postForm("/diagnose", url.Values{"example": {"microsoft-spamhaus"}}))
	body := serve(t, h, httptest.NewRequest(http.MethodGet, "/metrics", nil)).Body.String()
	wantContains(t, body, "# TYPE whybounce_check_lookups_total counter",
		`whybounce_check_lookups_total{kind="recipient-domain",outcome="nxdomain"} 1`,
		`whybounce_check_lookups_total{kind="blocklist",outcome="refused"} 1`,
		`whybounce_check_lookups_total{kind="blocklist",outcome="timeout"} 1`,
		`whybounce_check_lookups_total{kind="dkim",outcome="answer"} 0`)
}

// TestChecksEscaped: what a DNS answer or a bounce says is text, never markup.
func TestChecksEscaped(t *testing.T) {
	v := checksView(&checks.Report{Results: []checks.Result{{Kind: checks.KindSPF, Status: checks.Problem, Verdict: "syntax-error",
		Summary: `<script>alert(1)</script>`, Details: []string{`"v=spf1 <img src=x>"`}, LookupURL: "javascript:alert(1)"}}}, false)
	if v.Groups[0].Rows[0].LookupURL != "" {
		t.Error("a javascript: link survived")
	}
	h := newTestHandler(t, Options{Checks: newChecker(t)})
	w := serve(t, h, postForm("/checks", url.Values{"plan": {`{"domains":[{"name":"<b>x</b>.example"}]}`}}))
	body := w.Body.String()
	if strings.Contains(body, "<b>x</b>") {
		t.Error("a name from the plan was rendered as markup")
	}
	wantContains(t, body, html.EscapeString(`"<b>x</b>.example"`))
}

// TestChecksMatchOpenAPI checks answers with checks of every kind against
// the served OpenAPI description, down to the enums of kind, status and
// verdict.
func TestChecksMatchOpenAPI(t *testing.T) {
	h := newTestHandler(t, Options{Checks: newChecker(t)})
	var spec map[string]any
	if err := json.Unmarshal(get(t, h, "/api/v1/openapi.json").Body.Bytes(), &spec); err != nil {
		t.Fatal(err)
	}
	schema := lookup(t, spec, "paths", "/api/v1/diagnose", "post", "responses", "200", "content", "application/json", "schema")
	kinds := map[string]bool{}
	for _, bounce := range []string{hostUnknown, exampleBounce(t, "microsoft-spamhaus"), exampleBounce(t, "exchange-dmarc"),
		exampleBounce(t, "qmail-mailbox-not-found"), exampleBounce(t, "sendmail-relaying-denied"), spfBounce} {
		w := serve(t, h, apiPost(jsonBody(t, map[string]any{"message": bounce, "checks": true}), "application/json"))
		wantStatus(t, w, http.StatusOK)
		var body map[string]any
		if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
			t.Fatal(err)
		}
		for _, problem := range checkRequired(spec, schema, body, "$") {
			t.Error(problem)
		}
		c, _ := body["checks"].(map[string]any)
		results, _ := c["results"].([]any)
		for _, r := range results {
			kinds[r.(map[string]any)["kind"].(string)] = true
		}
	}
	for _, k := range []string{"recipient-domain", "blocklist", "spf", "spf-ip", "dmarc"} {
		if !kinds[k] {
			t.Errorf("no test answer had a %s result", k)
		}
	}
}
