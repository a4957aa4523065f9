package web

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"time"

	"github.com/whybounce/whybounce/checks"
	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/classifier/redact"
	"github.com/whybounce/whybounce/templates"
	"github.com/whybounce/whybounce/web/store"
)

// ShareStore keeps share links; *store.Store is the one the service uses.
type ShareStore interface {
	Create(ctx context.Context, payload []byte, redacted bool, mine string, ttl time.Duration) (id, deleteToken string, err error)
	Get(ctx context.Context, id string) (store.Share, error)
	Delete(ctx context.Context, id, token string) error
}

const day = 24 * time.Hour

// shareDays are the expiries offered, before the operator's maximum cuts them.
var shareDays = []int{1, 7, 30}

// maxShareInput is the largest bounce the result page offers to share. The
// form carries the bounce back in a hidden field, so a larger one would make
// every result page as heavy as the upload; the engine reads at most 1 MiB of
// text anyway.
const maxShareInput = 1 << 20

// sharedPayload is what a share link keeps: the diagnosis, and the live
// checks when its creator asked to include them. Links saved before checks
// existed hold the diagnosis alone, which reads the same.
type sharedPayload struct {
	*classifier.Diagnosis
	Checks *checks.Report `json:"checks,omitempty"`
	// Kept says what hiding personal details left visible on purpose, each
	// with why, for the shared page to say so. Redaction keeps nothing yet;
	// this is where a link that keeps the listed IP address records it.
	Kept []string `json:"kept,omitempty"`
}

// shareForm is the "Create a link" form for the bounce raw, or nil when the
// service keeps no links or the bounce is too large to carry in a form.
func (s *Server) shareForm(raw []byte, mine string) *templates.ShareForm {
	if s.opts.Shares == nil || len(raw) > maxShareInput {
		return nil
	}
	site := s.opts.Site
	f := &templates.ShareForm{Raw: base64.StdEncoding.EncodeToString(raw), Mine: mine}
	def := int(site.ShareTTL / day)
	offered := false
	for _, n := range append(shareDays, def, int(site.MaxShareTTL/day)) {
		if n < 1 || time.Duration(n)*day > site.MaxShareTTL || slices.ContainsFunc(f.Expiries, func(e templates.ExpiryChoice) bool { return e.Days == n }) {
			continue
		}
		f.Expiries = append(f.Expiries, templates.ExpiryChoice{Days: n, Label: daysText(n), Selected: n == def})
		offered = offered || n == def
	}
	if !offered && len(f.Expiries) > 0 {
		f.Expiries[len(f.Expiries)-1].Selected = true
	}
	slices.SortFunc(f.Expiries, func(a, b templates.ExpiryChoice) int { return a.Days - b.Days })
	return f
}

func daysText(n int) string {
	if n == 1 {
		return "1 day"
	}
	return strconv.Itoa(n) + " days"
}

// shareTTL reads the expiry the creator chose, in days: the operator's default
// when none or nonsense was sent, never more than the operator's maximum.
func (s *Server) shareTTL(days string) time.Duration {
	n, err := strconv.Atoi(days)
	if err != nil || n < 1 {
		return s.opts.Site.ShareTTL
	}
	return min(time.Duration(n)*day, s.opts.Site.MaxShareTTL)
}

// createLink saves the diagnosis of the bounce the result page sent back and
// shows its link and delete link, once.
func (s *Server) createLink(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Referrer-Policy", "no-referrer")
	if err := s.parseLinkForm(w, r); err != nil {
		s.shareError(w, r, err)
		return
	}
	raw, err := base64.StdEncoding.DecodeString(r.PostForm.Get("raw"))
	if err != nil {
		s.shareError(w, r, badRequest(http.StatusBadRequest, "The form arrived incomplete. Please explain the bounce again and create the link from its result page."))
		return
	}
	mine := r.PostForm.Get("mine")
	d, err := classifier.Diagnose(raw, classifier.Options{Mine: mineList(mine)})
	if err != nil {
		s.shareError(w, r, err)
		return
	}
	var rep *checks.Report
	if p, ok := s.planFor(d); ok && r.PostForm.Get("include_checks") != "" {
		rep, _ = s.runChecks(r, p)
	}
	redacted := r.PostForm.Get("redact") != ""
	if redacted {
		d = redact.Diagnosis(d)
		if rep != nil {
			rep = redactReport(rep)
		}
	}
	payload, err := json.Marshal(sharedPayload{Diagnosis: d, Checks: rep})
	if err != nil {
		s.shareError(w, r, fmt.Errorf("encode shared diagnosis: %w", err))
		return
	}
	ttl := s.shareTTL(r.PostForm.Get("days"))
	id, token, err := s.opts.Shares.Create(r.Context(), payload, redacted, mine, ttl)
	if err != nil {
		s.shareError(w, r, err)
		return
	}
	s.metrics.linkCreated()
	expires := time.Now().Add(ttl)
	if sh, err := s.opts.Shares.Get(r.Context(), id); err == nil {
		expires = sh.Expires
	}
	link := s.publicBase(r) + sharePath(id)
	s.render(w, r, http.StatusOK, templates.ShareCreated(templates.ShareCreatedView{
		URL:       link,
		Message:   linkMessage(link, classifier.Headline(d), dateText(expires)),
		DeleteURL: link + "/delete?token=" + url.QueryEscape(token),
		Expires:   dateText(expires),
		Redacted:  redacted,
		Category:  categoryLink(d.Category),
	}))
}

// parseLinkForm reads the urlencoded form of the result page; the bounce
// travels base64-encoded, a third larger than the largest accepted bounce.
func (s *Server) parseLinkForm(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, int64(base64.StdEncoding.EncodedLen(int(s.opts.MaxBytes)))+formSlack)
	if err := r.ParseForm(); err != nil {
		return formReadError(err)
	}
	return nil
}

func sharePath(id string) string { return "/s/" + id }

// sharedPage shows a saved diagnosis with the result page's own components.
func (s *Server) sharedPage(w http.ResponseWriter, r *http.Request) {
	sh, err := s.opts.Shares.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.shareError(w, r, err)
		return
	}
	saved := sharedPayload{Diagnosis: &classifier.Diagnosis{}}
	if err := json.Unmarshal(sh.Payload, &saved); err != nil {
		s.shareError(w, r, fmt.Errorf("decode shared diagnosis: %w", err))
		return
	}
	d := *saved.Diagnosis
	v := resultView(&d)
	if saved.Checks != nil {
		v.Checks = checksView(saved.Checks, true)
	}
	s.addNotes(&v, &d)
	v.Codes = bounceCodes(&d)
	v.Shared = &templates.SharedInfo{Redacted: sh.Redacted, Created: dateText(sh.Created), Expires: dateText(sh.Expires)}
	if sh.Redacted {
		v.Shared.Kept = saved.Kept
	}
	h := w.Header()
	h.Set("X-Robots-Tag", "noindex")
	h.Set("Referrer-Policy", "no-referrer")
	// The content never changes; it may be kept until the link expires.
	maxAge := max(0, int(time.Until(sh.Expires).Seconds()))
	h.Set("Cache-Control", "public, max-age="+strconv.Itoa(maxAge)+", immutable")
	s.render(w, r, http.StatusOK, templates.Result(v))
}

// deleteForm asks the creator to confirm; the token is checked on the post.
func (s *Server) deleteForm(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer") // the address holds the secret
	h.Set("X-Robots-Tag", "noindex")
	id := r.PathValue("id")
	sh, err := s.opts.Shares.Get(r.Context(), id)
	if err != nil {
		s.shareError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, templates.ShareDelete(templates.ShareDeleteView{
		Action: sharePath(id) + "/delete", Token: r.URL.Query().Get("token"), Expires: dateText(sh.Expires),
	}))
}

func (s *Server) deleteLink(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Referrer-Policy", "no-referrer")
	if err := s.parseLinkForm(w, r); err != nil {
		s.shareError(w, r, err)
		return
	}
	if err := s.opts.Shares.Delete(r.Context(), r.PathValue("id"), r.PostForm.Get("token")); err != nil {
		s.shareError(w, r, err)
		return
	}
	s.metrics.linkDeleted()
	s.render(w, r, http.StatusOK, templates.ShareDeleted())
}

// shareError shows the error page for a link that cannot be made, shown or deleted.
func (s *Server) shareError(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := s.errorResponse(r, err, forPerson)
	title := "This link cannot be shown"
	switch {
	case errors.Is(err, store.ErrNotFound):
		title = "There is no link here"
	case errors.Is(err, store.ErrExpired):
		title = "This link has expired"
	case errors.Is(err, store.ErrForbidden):
		title = "This delete link is not valid"
	case status < http.StatusInternalServerError:
		title = "The link could not be created"
	}
	s.renderError(w, r, status, title, msg)
}

// dateText writes a date for people, in UTC: "2 December 2026, 14:05 UTC".
func dateText(t time.Time) string {
	return t.UTC().Format("2 January 2006, 15:04 UTC")
}
