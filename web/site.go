package web

import (
	"net/http"
	"strings"
	"time"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/templates"
)

// Share link expiry when the operator sets nothing.
const (
	DefaultShareTTL    = 7 * 24 * time.Hour
	DefaultMaxShareTTL = 30 * 24 * time.Hour
)

// Site is what the operator of a whybounce site sets: its name, where
// customers get help, how long share links last, and a note of their own
// on some kinds of bounces.
type Site struct {
	// Name replaces "whybounce" in the header and the browser tab.
	Name string
	// Support is a web address (https://...) or an email address, shown on
	// every page; "" shows none.
	Support string
	// ShareTTL is how long a new link lasts unless its creator picks less;
	// 0 means DefaultShareTTL.
	ShareTTL time.Duration
	// MaxShareTTL is the longest a link may last; 0 means DefaultMaxShareTTL.
	MaxShareTTL time.Duration
	// Notes are extra sentences per category, shown on the result and
	// category pages ("Customers of Example ISP: use smtp.example.net, port 587").
	Notes map[classifier.Category]string
}

// withDefaults fills in the expiry defaults and keeps the default within the maximum.
func (s Site) withDefaults() Site {
	if s.MaxShareTTL <= 0 {
		s.MaxShareTTL = DefaultMaxShareTTL
	}
	if s.ShareTTL <= 0 {
		s.ShareTTL = DefaultShareTTL
	}
	s.ShareTTL = min(s.ShareTTL, s.MaxShareTTL)
	return s
}

// view is what the layout shows of the site on every page.
func (s Site) view() templates.Site {
	v := templates.Site{Name: strings.TrimSpace(s.Name), SupportText: s.Support}
	switch {
	case strings.HasPrefix(s.Support, "https://"), strings.HasPrefix(s.Support, "http://"):
		v.SupportURL = s.Support
	case strings.Contains(s.Support, "@"):
		v.SupportURL = "mailto:" + s.Support
	}
	return v
}

// siteContext hands the site's name and support contact to the layout of
// every page, error pages included.
func (s *Server) siteContext(next http.Handler) http.Handler {
	v := s.opts.Site.view()
	v.Triage = s.opts.Triage != nil
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(templates.WithSite(r.Context(), v)))
	})
}

// note is the operator's note for a category, or "".
func (s *Server) note(c classifier.Category) string {
	return s.opts.Site.Notes[c]
}

// addHelpdesk adds what the help desk needs to a fresh result: the operator's
// note, the reply to paste into a ticket, and the form that saves a link.
func (s *Server) addHelpdesk(v *templates.ResultView, r *http.Request, d *classifier.Diagnosis, rd classifier.Reading, raw []byte, mine string) {
	s.addNotes(v, d)
	v.Codes = bounceCodes(d)
	v.Reply = customerReply(d, rd, func(c classifier.Category) string { return s.link(categoryPath(c)) }, s.note)
	var paths []string
	for _, p := range rd.Problems {
		paths = append(paths, categoryPath(p.Category))
	}
	v.ReplyPaths = s.pathsToComplete(paths...)
	v.Share = s.shareForm(raw, mine)
	if v.Share != nil {
		_, v.Share.Checks = s.planFor(d)
	}
}

// addNotes puts the operator's notes on a result: beside the steps of its
// one problem, or on each of several.
func (s *Server) addNotes(v *templates.ResultView, d *classifier.Diagnosis) {
	if len(v.Problems) > 1 {
		for i := range v.Problems {
			v.Problems[i].Note = s.note(classifier.Category(v.Problems[i].Category.ID))
		}
		return
	}
	v.Note = s.note(d.Category)
}

// bounceCodes finds the reference pages of the codes and blocklists a
// diagnosis names, each once (codeEntries).
func bounceCodes(d *classifier.Diagnosis) []templates.CodeLink {
	var out []templates.CodeLink
	for _, e := range codeEntries(d) {
		out = append(out, codeLink(e))
	}
	return out
}
