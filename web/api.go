package web

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/whybounce/whybounce/checks"
	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/classifier/reference"
)

//go:embed openapi.json
var openAPISpec []byte

// apiResult is the diagnosis as the API returns it: the fields of SPEC.md and
// the engine's, plus the plain-language texts the result page shows, the
// main problem's first and then every problem's.
type apiResult struct {
	*classifier.Diagnosis
	Headline    string   `json:"headline"`
	Title       string   `json:"title"`
	Summary     string   `json:"summary"`
	Explanation string   `json:"explanation"`
	Retry       string   `json:"retry,omitempty"`
	WhoActs     string   `json:"who_acts,omitempty"`
	Steps       []string `json:"steps"`
	CategoryURL string   `json:"category_url"`
	// Doubt says how sure the main answer is, and why, when it is not.
	Doubt string `json:"doubt,omitempty"`
	// Problems are the distinct problems of a failure, the main one first.
	Problems []apiProblem `json:"problems"`
	// Named is what the bounce names that the reader acts on.
	Named classifier.Named `json:"named"`
	// Codes are the codes and blocklists the bounce names, with their pages.
	Codes []apiCode `json:"codes"`
	// Checks are the live checks, when the caller asked for them and the
	// service runs them.
	Checks *checks.Report `json:"checks,omitempty"`
}

// apiProblem is one problem with the page of its kind of bounce.
type apiProblem struct {
	classifier.Problem
	CategoryURL string `json:"category_url"`
}

// apiCode is a code of the bounce and its reference page.
type apiCode struct {
	ID       string `json:"id"`
	Code     string `json:"code"`
	Kind     string `json:"kind"`
	Provider string `json:"provider,omitempty"`
	Title    string `json:"title"`
	URL      string `json:"url"`
}

// apiRequest is the JSON form of the request body.
type apiRequest struct {
	Message *string `json:"message"`
	// Mine lists the caller's own addresses or domains, for the backscatter
	// check: one string or a list of them.
	Mine stringList `json:"mine"`
	// Checks asks for the live checks.
	Checks bool `json:"checks"`
}

// stringList is a JSON field that takes one string or a list of strings.
type stringList []string

func (l *stringList) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*l = stringList{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return err
	}
	*l = many
	return nil
}

// fieldTypes says what each field of a JSON request takes, for the message
// that answers a wrong type.
var fieldTypes = map[string]string{
	"message": "a string",
	"mine":    "a string or a list of strings",
	"checks":  "true or false",
}

// apiInput is what a call to the API asks about.
type apiInput struct {
	raw    []byte
	mine   []string
	checks bool
}

// apiDiagnose explains a bounce sent as the raw body, or as JSON.
func (s *Server) apiDiagnose(w http.ResponseWriter, r *http.Request) {
	in, err := s.readAPIBody(w, r)
	var d *classifier.Diagnosis
	if err == nil {
		d, err = s.diagnose(r, in.raw, classifier.Options{Mine: in.mine})
	}
	if err != nil {
		status, msg := s.errorResponse(w, r, err, forProgram)
		writeJSON(w, status, map[string]string{"error": msg})
		return
	}
	s.metrics.diagnosed(d.Category, "api")
	res := s.apiResult(d)
	if p, ok := s.planFor(d); ok && in.checks {
		res.Checks, _ = s.runChecks(r, p)
	}
	writeJSON(w, http.StatusOK, res)
}

func (s *Server) apiResult(d *classifier.Diagnosis) apiResult {
	if d.Recipients == nil {
		d.Recipients = []classifier.Recipient{}
	}
	rd := classifier.Read(d)
	info := rd.Info
	res := apiResult{
		Diagnosis: d, Headline: rd.Headline, Title: info.Title, Summary: info.Summary,
		Explanation: info.Explanation, Steps: info.Steps, CategoryURL: s.link(categoryPath(d.Category)),
		Problems: []apiProblem{}, Named: classifier.NamedIn(d), Codes: []apiCode{},
	}
	if d.Category.IsFailure() {
		ps := rd.Problems
		res.Retry = outcomeText(ps)
		res.WhoActs = info.WhoActs
		res.Doubt = ps[0].Doubt
		for _, p := range ps {
			res.Problems = append(res.Problems, apiProblem{Problem: p, CategoryURL: s.link(categoryPath(p.Category))})
		}
	}
	for _, e := range codeEntries(d) {
		res.Codes = append(res.Codes, apiCode{ID: e.ID, Code: e.Code, Kind: e.Kind, Provider: e.Provider, Title: e.Title, URL: s.link(codePath(e.ID))})
	}
	if res.Steps == nil {
		res.Steps = []string{}
	}
	return res
}

// readAPIBody returns the bounce (the body itself, or the message field of a
// JSON body), the caller's own addresses (the mine field, or ?mine= for a
// raw body) and whether it asks for the live checks (the checks field, or
// ?checks=true).
func (s *Server) readAPIBody(w http.ResponseWriter, r *http.Request) (apiInput, error) {
	// JSON escapes can double the size of a message: allow for it there only.
	limit := s.opts.MaxBytes + formSlack
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mediaType == "application/json" {
		limit = 2*s.opts.MaxBytes + formSlack
	}
	mine := r.URL.Query()["mine"]
	wantChecks := r.URL.Query().Get("checks") == "true"
	if r.ContentLength > limit {
		// Refuse at once what is announced too large, without reading it.
		return apiInput{}, &http.MaxBytesError{Limit: limit}
	}
	body, err := readBody(http.MaxBytesReader(w, r.Body, limit), r.ContentLength)
	var tooBig *http.MaxBytesError
	var slow *limitError
	if errors.As(err, &tooBig) || errors.As(err, &slow) {
		return apiInput{}, err
	}
	if err != nil {
		return apiInput{}, badRequest(http.StatusBadRequest, "the request body could not be read")
	}
	switch mediaType {
	case "multipart/form-data":
		return apiInput{}, badRequest(http.StatusUnsupportedMediaType,
			`multipart forms are not accepted here: send the bounce itself as the body, or JSON {"message": "..."}`)
	case "application/json":
		if len(body) == 0 {
			return apiInput{}, classifier.ErrEmpty
		}
		var req apiRequest
		if err := json.Unmarshal(body, &req); err != nil {
			var typeErr *json.UnmarshalTypeError
			if errors.As(err, &typeErr) {
				field, _, _ := strings.Cut(typeErr.Field, ".")
				if want, ok := fieldTypes[field]; ok {
					return apiInput{}, badRequest(http.StatusUnprocessableEntity, "the %s field must be %s", field, want)
				}
				return apiInput{}, badRequest(http.StatusUnprocessableEntity, "the JSON body must be an object with a string field \"message\"")
			}
			return apiInput{}, badRequest(http.StatusBadRequest, "the body is not valid JSON")
		}
		if req.Message == nil {
			return apiInput{}, badRequest(http.StatusUnprocessableEntity, `the JSON body has no "message" field`)
		}
		body = []byte(*req.Message)
		mine, wantChecks = req.Mine, req.Checks
	}
	if int64(len(body)) > s.opts.MaxBytes {
		return apiInput{}, classifier.ErrTooLarge
	}
	return apiInput{raw: body, mine: mineList(mine...), checks: wantChecks}, nil
}

// readBody reads all of body into a buffer sized from the length the request
// announced, so that a 10 MB upload is not copied over and over as a
// growing buffer would.
func readBody(body io.Reader, announced int64) ([]byte, error) {
	var buf bytes.Buffer
	if announced > 0 {
		buf.Grow(int(announced) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(body)
	return buf.Bytes(), err
}

// apiCategory is one kind of bounce as GET /api/v1/categories lists it.
type apiCategory struct {
	ID      classifier.Category `json:"id"`
	Title   string              `json:"title"`
	Summary string              `json:"summary"`
	// Failure is false for what is no bounce (an automatic reply, ...).
	Failure bool `json:"failure"`
	// Usually is "permanent", "temporary" or "either"; "" for non-failures.
	Usually string `json:"usually"`
	WhoActs string `json:"who_acts"`
	URL     string `json:"url"`
}

// apiCategories lists every category, in the order of SPEC.md.
func (s *Server) apiCategories(w http.ResponseWriter, r *http.Request) {
	out := make([]apiCategory, 0, len(classifier.AllCategories))
	for _, c := range classifier.AllCategories {
		info := classifier.Explain(c)
		out = append(out, apiCategory{ID: c, Title: info.Title, Summary: info.Summary, Failure: c.IsFailure(),
			Usually: info.Usually, WhoActs: info.WhoActs, URL: s.link(categoryPath(c))})
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	writeJSONCached(w, http.StatusOK, map[string]any{"categories": out})
}

// apiCodeEntry is one entry of the code reference, with its page and the
// page of the kind of bounce it leads to.
type apiCodeEntry struct {
	reference.Entry
	URL         string `json:"url"`
	CategoryURL string `json:"category_url"`
}

// apiCodeLookup answers a code's entry: an exact code, an alias or an id,
// written the ways people write it ("5.7.1", "#5.7.1", "s3150", "[TSS04]").
func (s *Server) apiCodeLookup(w http.ResponseWriter, r *http.Request) {
	e, ok := reference.Get(r.PathValue("code"))
	if !ok {
		writeJSON(w, http.StatusNotFound, map[string]string{
			"error": "no code of the reference has this name: GET /api/v1/codes/{code} takes a code (550, 5.7.1, S3150, TSS04), a blocklist's name or an id of /codes"})
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	writeJSONCached(w, http.StatusOK, apiCodeEntry{Entry: e, URL: s.link(codePath(e.ID)), CategoryURL: s.link(categoryPath(e.Category))})
}

// isAPI reports whether r is for the API, which answers JSON, errors included.
func isAPI(r *http.Request) bool {
	return strings.HasPrefix(r.URL.Path, "/api/")
}

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	_, _ = w.Write(openAPISpec)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Cache-Control", "no-store")
	writeJSONCached(w, status, v)
}

// writeJSONCached writes v as JSON, leaving Cache-Control as the caller set it.
func writeJSONCached(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
