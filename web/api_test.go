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
			if sub, ok := props[k].(map[string]any); ok {
				problems = append(problems, checkRequired(spec, sub, v, path+"."+k)...)
			}
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
