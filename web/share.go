package web

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/netip"
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
	// Check reports store.ErrFull while new links cannot be saved.
	Check(ctx context.Context) (store.Usage, error)
}

const day = 24 * time.Hour

// shareDays are the expiries offered, before the operator's maximum cuts them.
var shareDays = []int{1, 7, 30}

// maxShareInput is the largest bounce the result page offers to share. The
// form carries the bounce back in a hidden field, so a larger one would make
// every result page as heavy as the upload; the engine reads at most 1 MiB of
// text anyway.
const maxShareInput = 1 << 20

// sharedPayload is what a share link keeps: the diagnosis, the live checks
// when its creator asked to include them, and the values its redaction kept
// visible on purpose. Links saved before checks or Kept existed read the
// same, with none.
type sharedPayload struct {
	*classifier.Diagnosis
	Checks *checks.Report `json:"checks,omitempty"`
	Kept   []string       `json:"redaction_kept,omitempty"`
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
		s.shareError(w, r, creating, err)
		return
	}
	raw, err := base64.StdEncoding.DecodeString(r.PostForm.Get("raw"))
	if err != nil {
		s.shareError(w, r, creating, badRequest(http.StatusBadRequest, "The form arrived incomplete. Please explain the bounce again and create the link from its result page."))
		return
	}
	mine := r.PostForm.Get("mine")
	d, err := s.diagnose(r, raw, classifier.Options{Mine: mineList(mine)})
	if err != nil {
		s.shareError(w, r, creating, err)
		return
	}
	var rep *checks.Report
	if p, ok := s.planFor(d); ok && r.PostForm.Get("include_checks") != "" {
		rep, _ = s.runChecks(r, p)
	}
	redacted := r.PostForm.Get("redact") != ""
	saved := sharedPayload{Diagnosis: d, Checks: rep}
	if redacted {
		keep := keptOnPurpose(d)
		saved.Diagnosis = redact.Diagnosis(d, keep...)
		saved.Kept = shownValues(saved.Diagnosis, keep)
		if rep != nil {
			saved.Checks = redactReport(rep, keep)
		}
	}
	payload, err := json.Marshal(saved)
	if err != nil {
		s.shareError(w, r, creating, fmt.Errorf("encode shared diagnosis: %w", err))
		return
	}
	ttl := s.shareTTL(r.PostForm.Get("days"))
	id, token, err := s.opts.Shares.Create(r.Context(), payload, redacted, mine, ttl)
	if err != nil {
		s.shareError(w, r, creating, err)
		return
	}
	s.metrics.linkCreated()
	expires := time.Now().Add(ttl)
	if sh, err := s.opts.Shares.Get(r.Context(), id); err == nil {
		expires = sh.Expires
	}
	link := s.link(sharePath(id))
	erase := sharePath(id) + "/delete?token=" + url.QueryEscape(token)
	s.render(w, r, http.StatusOK, templates.ShareCreated(templates.ShareCreatedView{
		URL:       link,
		Message:   linkMessage(link, redact.Headline(d), dateText(expires)),
		DeleteURL: s.link(erase),
		Paths:     s.pathsToComplete(sharePath(id), erase),
		Expires:   dateText(expires),
		Redacted:  redacted,
		Category:  categoryLink(d.Category),
	}))
}

// keptOnPurpose names the values of d that a redacted link keeps visible
// because the reader needs them to act: when a recipient was refused for a
// blocklist, the public IP addresses and the domains the refusal names as
// listed, which the customer must look up and ask to have delisted.
// Nothing else is kept: the rest of what is personal is masked.
func keptOnPurpose(d *classifier.Diagnosis) []string {
	blocked := false
	for _, r := range d.Recipients {
		blocked = blocked || r.Category == classifier.Blocklisted
	}
	if !blocked {
		return nil
	}
	n := classifier.NamedIn(d)
	var keep []string
	for _, ip := range n.IPs {
		if a, err := netip.ParseAddr(ip); err == nil && a.IsGlobalUnicast() && !a.IsPrivate() {
			keep = append(keep, ip)
		}
	}
	return append(keep, n.ListedDomains...)
}

// shownValues returns the values of keep that the redacted diagnosis still
// shows somewhere, for the page to say so.
func shownValues(d *classifier.Diagnosis, keep []string) []string {
	if len(keep) == 0 {
		return nil
	}
	b, err := json.Marshal(d)
	if err != nil {
		return keep
	}
	var out []string
	for _, k := range keep {
		if k != "" && bytes.Contains(b, []byte(k)) && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
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

// sharedMaxAge is how long, in seconds, a browser may keep a redacted shared
// page: long enough for going back and forth, short enough that a deleted
// link soon stops showing.
const sharedMaxAge = 300

// sharedPage shows a saved diagnosis with the result page's own components.
func (s *Server) sharedPage(w http.ResponseWriter, r *http.Request) {
	sh, err := s.opts.Shares.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.shareError(w, r, showing, err)
		return
	}
	saved := sharedPayload{Diagnosis: &classifier.Diagnosis{}}
	if err := json.Unmarshal(sh.Payload, &saved); err != nil {
		s.shareError(w, r, showing, fmt.Errorf("decode shared diagnosis: %w", err))
		return
	}
	d := saved.Diagnosis
	v := resultView(d, classifier.Read(d))
	if saved.Checks != nil {
		v.Checks = checksView(saved.Checks, true)
	}
	s.addNotes(&v, d)
	v.Codes = bounceCodes(d)
	v.Shared = &templates.SharedInfo{Redacted: sh.Redacted, Created: dateText(sh.Created), Expires: dateText(sh.Expires)}
	if sh.Redacted {
		v.Shared.Kept = saved.Kept
	}
	h := w.Header()
	h.Set("X-Robots-Tag", "noindex")
	h.Set("Referrer-Policy", "no-referrer")
	// Only the reader's browser may keep a shared page, and briefly: a shared
	// cache would go on serving it after its creator deleted it. A page that
	// shows addresses is not kept at all.
	if sh.Redacted {
		maxAge := min(sharedMaxAge, max(0, int(time.Until(sh.Expires).Seconds())))
		h.Set("Cache-Control", "private, max-age="+strconv.Itoa(maxAge))
	} else {
		h.Set("Cache-Control", "no-store")
	}
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
		s.shareError(w, r, deleting, err)
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
		s.shareError(w, r, deleting, err)
		return
	}
	if err := s.opts.Shares.Delete(r.Context(), r.PathValue("id"), r.PostForm.Get("token")); err != nil {
		s.shareError(w, r, deleting, err)
		return
	}
	s.metrics.linkDeleted()
	s.render(w, r, http.StatusOK, templates.ShareDeleted())
}

// shareAction is what a share route was doing when it failed.
type shareAction int

const (
	creating shareAction = iota
	showing
	deleting
)

// shareError shows the error page for a link that cannot be made, shown or
// deleted, titled after what the reader was doing.
func (s *Server) shareError(w http.ResponseWriter, r *http.Request, action shareAction, err error) {
	status, msg := s.errorResponse(w, r, err, forPerson)
	var title string
	switch {
	case errors.Is(err, store.ErrNotFound):
		title = "There is no link here"
	case errors.Is(err, store.ErrExpired):
		title = "This link has expired"
	case errors.Is(err, store.ErrForbidden):
		title = "This delete link is not valid"
	case action == creating:
		title = "The link could not be created"
	case action == deleting:
		title = "The link could not be deleted"
	default:
		title = "This link cannot be shown"
	}
	s.renderError(w, r, status, title, msg)
}

// dateText writes a date for people, in UTC: "2 December 2026, 14:05 UTC".
func dateText(t time.Time) string {
	return t.UTC().Format("2 January 2006, 15:04 UTC")
}
