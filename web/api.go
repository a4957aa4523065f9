package web

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"

	"github.com/whybounce/whybounce/checks"
	"github.com/whybounce/whybounce/classifier"
)

//go:embed openapi.json
var openAPISpec []byte

// apiResult is the diagnosis as the API returns it: the fields of SPEC.md and
// the engine's, plus the plain-language texts the result page shows.
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
	// Checks are the live checks, when the caller asked for them and the
	// service runs them.
	Checks *checks.Report `json:"checks,omitempty"`
}

// apiRequest is the JSON form of the request body.
type apiRequest struct {
	Message *string `json:"message"`
	// Mine lists the caller's own addresses or domains, for the backscatter check.
	Mine []string `json:"mine"`
	// Checks asks for the live checks.
	Checks bool `json:"checks"`
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
	info := classifier.ExplainFor(d)
	res := apiResult{
		Diagnosis: d, Headline: classifier.Headline(d), Title: info.Title, Summary: info.Summary,
		Explanation: info.Explanation, Steps: info.Steps, CategoryURL: s.link(categoryPath(d.Category)),
	}
	if d.Category.IsFailure() {
		res.Retry = classifier.ExplainRetry(d.Final)
		res.WhoActs = info.WhoActs
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
				return apiInput{}, badRequest(http.StatusUnprocessableEntity, "the message field must be a string")
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

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	_, _ = w.Write(openAPISpec)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
