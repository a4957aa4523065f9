package web

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/templates"
	"github.com/whybounce/whybounce/triage"
)

// formInput is what the paste form sent.
type formInput struct {
	// Bounce is the pasted text.
	Bounce string
	// File is the uploaded message, if one was chosen.
	File []byte
	// Example names one of the home page's examples.
	Example string
	// Mine is the reader's own address or domain, if they gave it, for the
	// backscatter check.
	Mine string
	// ChecksLater is set by static/app.js: the page loads the live checks
	// itself once the result shows, so the post need not wait for them.
	ChecksLater bool
}

// content is the bounce to diagnose: the file when one was chosen, else the paste.
func (in formInput) content() []byte {
	if len(in.File) > 0 {
		return in.File
	}
	return []byte(in.Bounce)
}

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, templates.Home(s.homeView("", "")))
}

func (s *Server) homeView(bounce, errText string) templates.HomeView {
	v := templates.HomeView{Bounce: bounce, Error: errText, MaxSize: triage.SizeText(s.opts.MaxBytes)}
	for _, e := range s.examples {
		v.Examples = append(v.Examples, templates.Example{ID: e.ID, Label: e.Label, Hint: e.Hint})
	}
	return v
}

// diagnoseForm explains the bounce sent by the home page's form.
func (s *Server) diagnoseForm(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	in, err := s.readForm(w, r)
	var raw []byte
	if err == nil {
		raw, err = s.formContent(in)
	}
	var d *classifier.Diagnosis
	if err == nil {
		d, err = s.diagnose(r, raw, classifier.Options{Mine: mineList(in.Mine)})
	}
	if err != nil {
		status, msg := s.errorResponse(w, r, err, forPerson)
		keep := in.Bounce
		if int64(len(keep)) >= s.limits.LargeInput || status == http.StatusRequestEntityTooLarge {
			keep = "" // never echo a huge paste back
		}
		hv := s.homeView(keep, msg)
		hv.Mine = in.Mine
		s.render(w, r, status, templates.Home(hv))
		return
	}
	s.metrics.diagnosed(d.Category, "form")
	rd := classifier.Read(d)
	v := resultView(d, rd)
	s.addHelpdesk(&v, r, d, rd, raw, in.Mine)
	v.Checks = s.liveChecks(r, d, in.ChecksLater)
	s.render(w, r, http.StatusOK, templates.Result(v))
}

func (s *Server) formContent(in formInput) ([]byte, error) {
	if in.Example != "" && len(in.File) == 0 && strings.TrimSpace(in.Bounce) == "" {
		for _, e := range s.examples {
			if e.ID == in.Example {
				return e.Raw, nil
			}
		}
		return nil, badRequest(http.StatusBadRequest, "That example does not exist. Pick one of the examples below, or paste your own bounce.")
	}
	raw := in.content()
	if int64(len(raw)) > s.opts.MaxBytes {
		return nil, classifier.ErrTooLarge
	}
	return raw, nil
}

// formSlack leaves room for the multipart framing around a file of the
// largest accepted size.
const formSlack = 64 << 10

// readForm reads the form as multipart (with a file) or urlencoded (paste
// only), never keeping more than the size cap in memory and never writing
// uploads to disk.
func (s *Server) readForm(w http.ResponseWriter, r *http.Request) (formInput, error) {
	if r.ContentLength > s.opts.MaxBytes+formSlack {
		// Refuse at once what is announced too large, without reading it.
		return formInput{}, &http.MaxBytesError{Limit: s.opts.MaxBytes + formSlack}
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBytes+formSlack)
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch mediaType {
	case "multipart/form-data":
		return s.readMultipart(r)
	case "application/x-www-form-urlencoded":
		if err := r.ParseForm(); err != nil {
			return formInput{}, formReadError(err)
		}
		return formInput{Bounce: r.PostForm.Get("bounce"), Example: r.PostForm.Get("example"), Mine: r.PostForm.Get("mine"),
			ChecksLater: r.PostForm.Get("checks") == "later"}, nil
	}
	return formInput{}, badRequest(http.StatusUnsupportedMediaType, "The form arrived in a shape whybounce cannot read. Please use the form on the home page.")
}

func (s *Server) readMultipart(r *http.Request) (formInput, error) {
	var in formInput
	mr, err := r.MultipartReader()
	if err != nil {
		return in, formReadError(err)
	}
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return in, nil
		}
		if err != nil {
			return in, formReadError(err)
		}
		var buf bytes.Buffer
		if name := p.FormName(); (name == "file" || name == "bounce") && r.ContentLength > 0 {
			// Room for the whole upload at once, not a buffer doubling as it reads.
			buf.Grow(int(min(r.ContentLength, s.opts.MaxBytes+1)) + bytes.MinRead)
		}
		// One byte over the cap is enough to know the field is too large.
		_, err = buf.ReadFrom(io.LimitReader(p, s.opts.MaxBytes+1))
		p.Close()
		if err != nil {
			return in, formReadError(err)
		}
		switch p.FormName() {
		case "bounce":
			in.Bounce = buf.String()
		case "file":
			in.File = buf.Bytes()
		case "example":
			in.Example = buf.String()
		case "mine":
			in.Mine = buf.String()
		case "checks":
			in.ChecksLater = buf.String() == "later"
		}
	}
}

// formReadError keeps a size or time error as it is and calls anything else
// a bad form.
func formReadError(err error) error {
	var tooBig *http.MaxBytesError
	var slow *limitError
	if errors.As(err, &tooBig) || errors.As(err, &slow) {
		return err
	}
	return badRequest(http.StatusBadRequest, "The form arrived incomplete. Please try again.")
}

func (s *Server) categoryIndex(w http.ResponseWriter, r *http.Request) {
	var v templates.CategoryIndexView
	for _, c := range classifier.AllCategories {
		info := classifier.Explain(c)
		row := templates.CategoryRow{
			Category: categoryLink(c), Terms: info.ArticleTerms, Summary: info.Summary,
			Usually: usuallyText(info.Usually), WhoActs: whoActsText(info.WhoActs),
		}
		if c.IsFailure() {
			v.Failures = append(v.Failures, row)
		} else {
			v.NonFailures = append(v.NonFailures, row)
		}
	}
	for _, tip := range classifier.Advice {
		v.Advice = append(v.Advice, templates.Tip{ID: tip.ID, Title: tip.Title, Text: tip.Text})
	}
	m := templates.Meta{Title: "Kinds of bounces", Nav: "categories", Canonical: s.absURL("/categories"),
		Description: "Every kind of email bounce, what it means and what to do about it."}
	s.render(w, r, http.StatusOK, templates.CategoryIndex(v, m))
}

func (s *Server) category(w http.ResponseWriter, r *http.Request) {
	c, ok := findCategory(r.PathValue("id"))
	if !ok {
		s.notFound(w, r)
		return
	}
	info := classifier.Explain(c)
	v := templates.CategoryView{
		Category: categoryLink(c), Summary: info.Summary, Explanation: info.Explanation,
		WhoActs: whoActsText(info.WhoActs), Usually: usuallyText(info.Usually),
		Steps: info.Steps, Terms: info.ArticleTerms, Failure: c.IsFailure(), Note: s.note(c),
	}
	m := templates.Meta{Title: info.Title, Nav: "categories", Canonical: s.absURL(categoryPath(c)), Description: info.Summary}
	s.render(w, r, http.StatusOK, templates.Category(v, m))
}

func findCategory(id string) (classifier.Category, bool) {
	for _, c := range classifier.AllCategories {
		if string(c) == id {
			return c, true
		}
	}
	return "", false
}

func categoryPath(c classifier.Category) string {
	return "/categories/" + string(c)
}

func categoryLink(c classifier.Category) templates.CategoryLink {
	return templates.CategoryLink{ID: string(c), Title: classifier.Explain(c).Title, URL: categoryPath(c)}
}

// whoActsText turns Info.WhoActs into words for a heading-less fact.
func whoActsText(who string) string {
	switch who {
	case classifier.WhoYou:
		return "You, the sender."
	case classifier.WhoProvider:
		return "Your email provider (or whoever runs your outgoing mail server)."
	case classifier.WhoRecipient:
		return "The recipient."
	case classifier.WhoRecipientAdmin:
		return "The people who run the recipient's mail server."
	case classifier.WhoNobody:
		return "Nobody, as a rule: it tends to sort itself out."
	}
	return capitalize(who)
}

// usuallyText says how a category usually behaves.
func usuallyText(usually string) string {
	if usually == classifier.UsuallyEither {
		return "Permanent or temporary"
	}
	return capitalize(usually)
}

func capitalize(s string) string {
	if s == "" {
		return ""
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
