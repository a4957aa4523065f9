package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/whybounce/whybounce/classifier"
)

func apiPost(body []byte, contentType string) *http.Request {
	r := httptest.NewRequest(http.MethodPost, "/api/v1/diagnose", bytes.NewReader(body))
	if contentType != "" {
		r.Header.Set("Content-Type", contentType)
	}
	return r
}

func jsonBody(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func multipartBody(t *testing.T) ([]byte, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("bounce", articleQmail)
	mw.Close()
	return buf.Bytes(), mw.FormDataContentType()
}

// apiCase is one request to the API and what it must answer.
type apiCase struct {
	name        string
	body        []byte
	contentType string
	status      int
	category    classifier.Category
}

func apiCases(t *testing.T) []apiCase {
	t.Helper()
	mp, mpType := multipartBody(t)
	return []apiCase{
		{"raw text/plain", []byte(articleQmail), "text/plain; charset=utf-8", http.StatusOK, classifier.MailboxNotFound},
		{"raw message/rfc822", []byte(articleSendmail), "message/rfc822", http.StatusOK, classifier.RelayDenied},
		{"raw without content type", []byte(articleSendmail), "", http.StatusOK, classifier.RelayDenied},
		{"raw as curl --data-binary sends it", []byte(articleQmail), "application/x-www-form-urlencoded", http.StatusOK, classifier.MailboxNotFound},
		{"json message", jsonBody(t, map[string]string{"message": articleQmail}), "application/json", http.StatusOK, classifier.MailboxNotFound},
		{"empty raw body", nil, "text/plain", http.StatusBadRequest, ""},
		{"empty json message", []byte(`{"message": ""}`), "application/json", http.StatusBadRequest, ""},
		{"empty json body", nil, "application/json", http.StatusBadRequest, ""},
		{"malformed json", []byte(`{"message": `), "application/json", http.StatusBadRequest, ""},
		{"json without message", []byte(`{"text": "550 5.1.1 User unknown"}`), "application/json", http.StatusUnprocessableEntity, ""},
		{"json message not a string", []byte(`{"message": 550}`), "application/json", http.StatusUnprocessableEntity, ""},
		{"multipart form", mp, mpType, http.StatusUnsupportedMediaType, ""},
		{"an Outlook item", append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 600)...), "application/vnd.ms-outlook", http.StatusUnsupportedMediaType, ""},
		{"too large", bytes.Repeat([]byte("550 5.1.1 User unknown\n"), 100), "text/plain", http.StatusRequestEntityTooLarge, ""},
		{"too large as json", jsonBody(t, map[string]string{"message": strings.Repeat("x", 2<<10)}), "application/json", http.StatusRequestEntityTooLarge, ""},
	}
}

func TestAPIDiagnose(t *testing.T) {
	h := newTestHandler(t, Options{MaxBytes: 1 << 10, BaseURL: "https://bounce.example.net"})
	for _, tt := range apiCases(t) {
		t.Run(tt.name, func(t *testing.T) {
			w := serve(t, h, apiPost(tt.body, tt.contentType))
			wantStatus(t, w, tt.status)
			if got := w.Header().Get("Content-Type"); got != "application/json" {
				t.Errorf("Content-Type: got %q, want application/json", got)
			}
			var got map[string]any
			if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
				t.Fatalf("body is not JSON: %v", err)
			}
			if tt.status != http.StatusOK {
				if msg, _ := got["error"].(string); msg == "" {
					t.Errorf("error: got %v, want a message", got["error"])
				}
				return
			}
			if got["category"] != string(tt.category) {
				t.Errorf("category: got %v, want %s", got["category"], tt.category)
			}
			recips, _ := got["recipients"].([]any)
			if len(recips) == 0 {
				t.Fatalf("recipients: got none, want at least one for a failure")
			}
			first, _ := recips[0].(map[string]any)
			if first["category"] != string(tt.category) {
				t.Errorf("recipients[0].category: got %v, want %s", first["category"], tt.category)
			}
			if h, _ := got["headline"].(string); h == "" {
				t.Errorf("headline: got none")
			}
			if steps, _ := got["steps"].([]any); len(steps) == 0 {
				t.Errorf("steps: got none")
			}
			if want := "https://bounce.example.net/categories/" + string(tt.category); got["category_url"] != want {
				t.Errorf("category_url: got %v, want %s", got["category_url"], want)
			}
		})
	}
}

// TestAPIMatchesOpenAPI checks real responses against the served OpenAPI
// description: every status is documented, and every field its schema
// requires is present, down through nested objects and arrays.
func TestAPIMatchesOpenAPI(t *testing.T) {
	h := newTestHandler(t, Options{MaxBytes: 1 << 10})
	w := serve(t, h, httptest.NewRequest(http.MethodGet, "/api/v1/openapi.json", nil))
	wantStatus(t, w, http.StatusOK)
	var spec map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &spec); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if v, _ := spec["openapi"].(string); !strings.HasPrefix(v, "3.") {
		t.Fatalf("openapi version: got %q, want 3.x", v)
	}
	op := lookup(t, spec, "paths", "/api/v1/diagnose", "post")
	responses := lookup(t, op, "responses")

	seen := map[int]bool{}
	for _, tt := range apiCases(t) {
		t.Run(tt.name, func(t *testing.T) {
			w := serve(t, h, apiPost(tt.body, tt.contentType))
			seen[w.Code] = true
			resp, ok := responses[strconv.Itoa(w.Code)].(map[string]any)
			if !ok {
				t.Fatalf("status %d is not in the OpenAPI description", w.Code)
			}
			schema := lookup(t, resp, "content", "application/json", "schema")
			var body any
			if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
				t.Fatalf("body is not JSON: %v", err)
			}
			for _, problem := range checkRequired(spec, schema, body, "$") {
				t.Error(problem)
			}
		})
	}
	for _, code := range []int{200, 400, 413, 415, 422} {
		if !seen[code] {
			t.Errorf("no test request produced status %d", code)
		}
	}
}

// TestAPIReadEndpointsMatchOpenAPI checks the answers of GET
// /api/v1/categories and /api/v1/codes/{code} against the description, and
// that their URLs are absolute when the service has a base URL.
func TestAPIReadEndpointsMatchOpenAPI(t *testing.T) {
	var spec map[string]any
	if err := json.Unmarshal(openAPISpec, &spec); err != nil {
		t.Fatal(err)
	}
	for _, base := range []string{"", "https://bounce.example.net"} {
		h := newTestHandler(t, Options{BaseURL: base})
		tests := []struct {
			path, specPath string
			status         int
			// url is a URL the answer must hold.
			url string
		}{
			{"/api/v1/categories", "/api/v1/categories", http.StatusOK, base + "/categories/mailbox-full"},
			{"/api/v1/codes/5.7.1", "/api/v1/codes/{code}", http.StatusOK, base + "/codes/5.7.1"},
			{"/api/v1/codes/%5BTSS04%5D", "/api/v1/codes/{code}", http.StatusOK, base + "/codes/yahoo-tss04"},
			{"/api/v1/codes/OFR006_102", "/api/v1/codes/{code}", http.StatusOK, base + "/categories/blocklisted"},
			{"/api/v1/codes/zen.spamhaus.org", "/api/v1/codes/{code}", http.StatusOK, base + "/codes/spamhaus-zen"},
			{"/api/v1/codes/no-such-code", "/api/v1/codes/{code}", http.StatusNotFound, ""},
		}
		for _, tt := range tests {
			t.Run(base+tt.path, func(t *testing.T) {
				w := serve(t, h, httptest.NewRequest(http.MethodGet, tt.path, nil))
				wantStatus(t, w, tt.status)
				if got := w.Header().Get("Content-Type"); got != "application/json" {
					t.Errorf("Content-Type: got %q, want application/json", got)
				}
				resp, ok := lookup(t, spec, "paths", tt.specPath, "get", "responses")[strconv.Itoa(w.Code)].(map[string]any)
				if !ok {
					t.Fatalf("status %d is not in the OpenAPI description", w.Code)
				}
				var body any
				if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
					t.Fatalf("body is not JSON: %v", err)
				}
				for _, problem := range checkRequired(spec, lookup(t, resp, "content", "application/json", "schema"), body, "$") {
					t.Error(problem)
				}
				if tt.url != "" && !strings.Contains(w.Body.String(), `"`+tt.url+`"`) {
					t.Errorf("the answer lacks the URL %q", tt.url)
				}
			})
		}
	}
	// Every category, in the order of SPEC.md.
	h := newTestHandler(t, Options{})
	var got struct {
		Categories []struct {
			ID      string `json:"id"`
			Usually string `json:"usually"`
		} `json:"categories"`
	}
	if err := json.Unmarshal(serve(t, h, httptest.NewRequest(http.MethodGet, "/api/v1/categories", nil)).Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Categories) != len(classifier.AllCategories) {
		t.Fatalf("got %d categories, want %d", len(got.Categories), len(classifier.AllCategories))
	}
	for i, c := range classifier.AllCategories {
		if got.Categories[i].ID != string(c) || got.Categories[i].Usually != classifier.Explain(c).Usually {
			t.Errorf("categories[%d] = %+v, want %s, %q", i, got.Categories[i], c, classifier.Explain(c).Usually)
		}
	}
}

// TestAPIAnswersJSON: everything under /api/ answers JSON, the errors of
// the router (no such address, wrong method) and a panic included.
func TestAPIAnswersJSON(t *testing.T) {
	s := newTestServer(t, Options{})
	h := s.Handler()
	tests := []struct {
		method, path string
		status       int
	}{
		{http.MethodGet, "/api/v1/nothing-here", http.StatusNotFound},
		{http.MethodGet, "/api/", http.StatusNotFound},
		{http.MethodGet, "/api/v1/diagnose", http.StatusMethodNotAllowed},
		{http.MethodDelete, "/api/v1/categories", http.StatusMethodNotAllowed},
		{http.MethodPost, "/api/v1/codes/550", http.StatusMethodNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			w := serve(t, h, httptest.NewRequest(tt.method, tt.path, nil))
			wantStatus(t, w, tt.status)
			var body map[string]string
			if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil || body["error"] == "" || w.Header().Get("Content-Type") != "application/json" {
				t.Errorf("got %q (%s), want JSON {\"error\": \"...\"}", w.Body.String(), w.Header().Get("Content-Type"))
			}
		})
	}
	// The pages still answer HTML.
	if w := serve(t, h, httptest.NewRequest(http.MethodGet, "/nothing-here", nil)); !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
		t.Errorf("a page's 404 is %s, want HTML", w.Header().Get("Content-Type"))
	}
	panicky := s.recoverPanics(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") }))
	w := serve(t, panicky, httptest.NewRequest(http.MethodPost, "/api/v1/diagnose", nil))
	wantStatus(t, w, http.StatusInternalServerError)
	if !strings.HasPrefix(w.Body.String(), `{"error":`) || strings.Contains(w.Body.String(), "boom") {
		t.Errorf("a panic in the API answers %q", w.Body.String())
	}
}

// TestAPIMine: mine takes one string or a list; a field of the wrong type
// is named in the error.
func TestAPIMine(t *testing.T) {
	h := newTestHandler(t, Options{})
	bounce := readTestFile(t, "../static/examples/qmail-mailbox-not-found.txt")
	for _, mine := range []any{"example.org", []string{"example.org", "example.net"}} {
		w := serve(t, h, apiPost(jsonBody(t, map[string]any{"message": bounce, "mine": mine}), "application/json"))
		wantStatus(t, w, http.StatusOK)
		if !strings.Contains(w.Body.String(), `"kind":"backscatter"`) {
			t.Errorf("mine %v: no backscatter warning for a message from another domain", mine)
		}
	}
	tests := []struct {
		body string
		want string
	}{
		{`{"message": 550}`, "the message field must be a string"},
		{`{"message": "x", "mine": 5}`, "the mine field must be a string or a list of strings"},
		{`{"message": "x", "mine": [1, 2]}`, "the mine field must be a string or a list of strings"},
		{`{"message": "x", "checks": "yes"}`, "the checks field must be true or false"},
		{`["550 5.1.1 User unknown"]`, `the JSON body must be an object with a string field "message"`},
	}
	for _, tt := range tests {
		w := serve(t, h, apiPost([]byte(tt.body), "application/json"))
		wantStatus(t, w, http.StatusUnprocessableEntity)
		var got map[string]string
		if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil || got["error"] != tt.want {
			t.Errorf("%s: got %q, want %q", tt.body, got["error"], tt.want)
		}
	}
}

// TestAPIProblems: the API reads like the page: a problem each, the doubt,
// what the bounce names and its codes, with absolute URLs when there is a
// base URL.
func TestAPIProblems(t *testing.T) {
	h := newTestHandler(t, Options{BaseURL: "https://bounce.example.net"})
	post := func(raw string) map[string]any {
		t.Helper()
		w := serve(t, h, apiPost([]byte(raw), "text/plain"))
		wantStatus(t, w, http.StatusOK)
		var got map[string]any
		if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		return got
	}
	got := post(readTestFile(t, "../testdata/helpdesk/full-and-unknown.eml"))
	ps, _ := got["problems"].([]any)
	if len(ps) != 2 {
		t.Fatalf("got %d problems, want 2", len(ps))
	}
	for i, want := range []string{"mailbox-full", "mailbox-not-found"} {
		p := ps[i].(map[string]any)
		if p["category"] != want || p["category_url"] != "https://bounce.example.net/categories/"+want {
			t.Errorf("problems[%d]: %v %v, want %s and its absolute page", i, p["category"], p["category_url"], want)
		}
	}
	if got["headline"] != "Your message did not reach either of its 2 recipients, for 2 different reasons." {
		t.Errorf("headline %q", got["headline"])
	}

	got = post(readTestFile(t, "../classifier/testdata/notices/yahoo/tss04-deferred.txt"))
	named, _ := got["named"].(map[string]any)
	if ips, _ := named["ips"].([]any); len(ips) != 1 || ips[0] != "203.0.113.31" {
		t.Errorf("named.ips = %v, want the deferred server's address", named["ips"])
	}
	codes, _ := json.Marshal(got["codes"])
	if !strings.Contains(string(codes), `"url":"https://bounce.example.net/codes/yahoo-tss04"`) {
		t.Errorf("codes lack TSS04's absolute page: %s", codes)
	}
	p := got["problems"].([]any)[0].(map[string]any)
	// TSS04 names volume as well as complaints: a low-confidence answer
	// first asks to check the guess, then gives the cause's own steps.
	steps := p["steps"].([]any)
	if strings.HasPrefix(steps[0].(string), "Check this guess first") {
		steps = steps[1:]
	}
	if p["cause"] != "reputation" || !strings.HasPrefix(steps[0].(string), "Slow down") {
		t.Errorf("TSS04: cause %v, steps %v", p["cause"], p["steps"])
	}

	got = post(readTestFile(t, "../static/examples/sendmail-relaying-denied.txt"))
	if d, _ := got["doubt"].(string); !strings.HasPrefix(d, "Most likely") {
		t.Errorf("doubt = %q, want it to read as most likely", d)
	}
}

// lookup walks nested JSON objects by key.
func lookup(t *testing.T, v map[string]any, keys ...string) map[string]any {
	t.Helper()
	for _, k := range keys {
		next, ok := v[k].(map[string]any)
		if !ok {
			t.Fatalf("openapi.json: no object at %q", k)
		}
		v = next
	}
	return v
}

// checkRequired lists the required fields of schema that value lacks.
func checkRequired(spec, schema map[string]any, value any, path string) []string {
	if ref, ok := schema["$ref"].(string); ok {
		schema = resolveRef(spec, ref)
		if schema == nil {
			return []string{fmt.Sprintf("%s: unresolved $ref %s", path, ref)}
		}
	}
	var problems []string
	switch schema["type"] {
	case "object":
		obj, ok := value.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: got %T, want an object", path, value)}
		}
		req, _ := schema["required"].([]any)
		for _, k := range req {
			if _, ok := obj[k.(string)]; !ok {
				problems = append(problems, fmt.Sprintf("%s: required field %q is missing", path, k))
			}
		}
		props, _ := schema["properties"].(map[string]any)
		for k, v := range obj {
			sub, ok := props[k].(map[string]any)
			if !ok {
				// What the API answers, the description documents.
				problems = append(problems, fmt.Sprintf("%s: field %q is not in the OpenAPI description", path, k))
				continue
			}
			problems = append(problems, checkRequired(spec, sub, v, path+"."+k)...)
		}
	case "array":
		arr, ok := value.([]any)
		if !ok {
			return []string{fmt.Sprintf("%s: got %T, want an array", path, value)}
		}
		items, _ := schema["items"].(map[string]any)
		for i, v := range arr {
			problems = append(problems, checkRequired(spec, items, v, fmt.Sprintf("%s[%d]", path, i))...)
		}
	case "string":
		s, ok := value.(string)
		if !ok {
			return []string{fmt.Sprintf("%s: got %T, want a string", path, value)}
		}
		if enum, ok := schema["enum"].([]any); ok && !slices.Contains(enum, any(s)) {
			problems = append(problems, fmt.Sprintf("%s: %q is not one of %v", path, s, enum))
		}
	case "boolean":
		if _, ok := value.(bool); !ok {
			problems = append(problems, fmt.Sprintf("%s: got %T, want a boolean", path, value))
		}
	case "integer":
		if f, ok := value.(float64); !ok || f != float64(int64(f)) {
			problems = append(problems, fmt.Sprintf("%s: got %v, want an integer", path, value))
		}
	}
	return problems
}

func resolveRef(spec map[string]any, ref string) map[string]any {
	name, ok := strings.CutPrefix(ref, "#/components/schemas/")
	if !ok {
		return nil
	}
	comps, _ := spec["components"].(map[string]any)
	schemas, _ := comps["schemas"].(map[string]any)
	s, _ := schemas[name].(map[string]any)
	return s
}

// TestOpenAPICategoriesMatchSpec keeps the description's category list in step
// with the engine's.
func TestOpenAPICategoriesMatchSpec(t *testing.T) {
	var spec map[string]any
	if err := json.Unmarshal(openAPISpec, &spec); err != nil {
		t.Fatal(err)
	}
	enum, _ := resolveRef(spec, "#/components/schemas/Category")["enum"].([]any)
	if len(enum) != len(classifier.AllCategories) {
		t.Fatalf("Category enum: got %d ids, want %d", len(enum), len(classifier.AllCategories))
	}
	for i, c := range classifier.AllCategories {
		if enum[i] != string(c) {
			t.Errorf("Category enum[%d]: got %v, want %s", i, enum[i], c)
		}
	}
}
