package web

import (
	"net/http"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whybounce/whybounce/classifier/reference"
	"github.com/whybounce/whybounce/templates"
)

// Bounds of a lookup: a query is a code or a few words, and a result list
// longer than a screen or two helps nobody.
const (
	maxLookupQuery   = 200
	maxLookupResults = 20
	maxMeaningText   = 200
)

// lookupExamples are the queries the empty lookup page offers, one of each kind.
var lookupExamples = []templates.LookupExample{
	{Query: "550", Hint: "an SMTP reply code"},
	{Query: "5.7.1", Hint: "an enhanced status code"},
	{Query: "5.7.509", Hint: "Microsoft: DMARC failed"},
	{Query: "S3150", Hint: "Microsoft: blocklisted sending server"},
	{Query: "TSS04", Hint: "Yahoo: messages deferred"},
	{Query: "OU-001", Hint: "Outlook.com: message refused"},
	{Query: "relay access denied", Hint: "words from a bounce"},
	{Query: "mailbox full", Hint: "words from a bounce"},
	{Query: "Spamhaus", Hint: "a blocklist"},
}

// lookup finds codes and phrases: an exact code goes straight to its page,
// anything else lists the matching entries.
func (s *Server) lookup(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if runes := []rune(q); len(runes) > maxLookupQuery {
		q = string(runes[:maxLookupQuery])
	}
	m := templates.Meta{Title: "Look up a code", Nav: "lookup", OwnSearch: true, Canonical: s.absURL("/lookup"),
		Description: "Look up an SMTP reply code, an enhanced status code, a provider's code or a bounce message."}
	v := templates.LookupView{Query: q, Searched: q != ""}
	switch {
	case q == "":
		s.metrics.lookedUp("empty")
		v.Examples = lookupExamples
	default:
		if e, ok := reference.Get(q); ok {
			s.metrics.lookedUp("exact")
			http.Redirect(w, r, codePath(e.ID), http.StatusSeeOther)
			return
		}
		found := reference.Search(q, maxLookupResults+1)
		if len(found) > maxLookupResults {
			found, v.More = found[:maxLookupResults], true
		}
		for _, e := range found {
			l := codeLink(e)
			l.Meaning = cutRunes(e.Meaning, maxMeaningText)
			v.Results = append(v.Results, l)
		}
		if len(v.Results) == 0 {
			s.metrics.lookedUp("none")
		} else {
			s.metrics.lookedUp("found")
		}
		m.Title = "Look up “" + q + "”"
	}
	s.render(w, r, http.StatusOK, templates.Lookup(v, m))
}

// codeIndex lists every entry, grouped by kind and provider in the order of the tables.
func (s *Server) codeIndex(w http.ResponseWriter, r *http.Request) {
	var v templates.CodeIndexView
	pos := map[string]int{}
	for _, e := range reference.All() {
		id, title, intro := codeGroup(e)
		i, ok := pos[id]
		if !ok {
			i = len(v.Groups)
			pos[id] = i
			v.Groups = append(v.Groups, templates.CodeGroup{ID: id, Title: title, Intro: intro})
		}
		v.Groups[i].Codes = append(v.Groups[i].Codes, codeLink(e))
		v.Total++
	}
	m := templates.Meta{Title: "Codes in bounces", Nav: "lookup", OwnSearch: true, Canonical: s.absURL("/codes"),
		Description: "Every SMTP reply code, enhanced status code, provider code and blocklist, explained."}
	s.render(w, r, http.StatusOK, templates.CodeIndex(v, m))
}

// codeGroup says which section of the index an entry belongs to.
func codeGroup(e reference.Entry) (id, title, intro string) {
	switch e.Kind {
	case reference.KindReply:
		return "reply", "SMTP reply codes", "The three-digit number a mail server answers with (RFC 5321): 2 means done, 4 try again later, 5 refused."
	case reference.KindEnhanced:
		return "enhanced", "Enhanced status codes", "The finer x.y.z codes of RFC 3463 and the IANA registry, written next to the reply code."
	case reference.KindBlocklist:
		return "blocklists", "Blocklists", "Lists of senders that receiving servers consult, with where to check a listing and ask for removal."
	}
	return "provider-" + strings.ToLower(e.Provider), e.Provider + " codes", "Codes " + e.Provider + " writes into its own bounces."
}

// code is the reference page of one entry.
func (s *Server) code(w http.ResponseWriter, r *http.Request) {
	asked := r.PathValue("code")
	e, ok := reference.Get(asked)
	if !ok {
		s.notFound(w, r)
		return
	}
	if asked != e.ID {
		// One address per entry: "5.7.509" and "S3150" lead to the page they name.
		http.Redirect(w, r, codePath(e.ID), http.StatusMovedPermanently)
		return
	}
	v := templates.CodeView{
		Code: e.Code, Title: e.Title, Source: sourceText(e), Meaning: e.Meaning, Action: e.Action,
		Category: categoryLink(e.Category), Note: s.note(e.Category), Aliases: e.Aliases,
	}
	seen := map[string]bool{e.ID: true}
	for _, o := range reference.Search(e.Code, 0) {
		if !seen[o.ID] && strings.EqualFold(o.Code, e.Code) {
			seen[o.ID] = true
			v.Others = append(v.Others, codeLink(o))
		}
	}
	for _, rel := range e.Related {
		if o, ok := reference.Get(rel); ok && !seen[o.ID] {
			seen[o.ID] = true
			v.Related = append(v.Related, codeLink(o))
		}
	}
	for _, l := range e.Links {
		if u := safeLink(l.URL); u != "" {
			v.Links = append(v.Links, templates.ExternalLink{Title: l.Title, URL: u})
		}
	}
	title := e.Code + ": " + e.Title
	if len(e.Title) >= len(e.Code) && strings.EqualFold(e.Title[:len(e.Code)], e.Code) {
		title = e.Title // "Spamhaus ZEN (combined IP blocklist)", not "Spamhaus ZEN: Spamhaus ZEN ..."
	}
	m := templates.Meta{Title: title, Nav: "lookup", Canonical: s.absURL(codePath(e.ID)),
		Description: cutRunes(e.Meaning, maxMeaningText)}
	s.render(w, r, http.StatusOK, templates.Code(v, m))
}

func codePath(id string) string { return "/codes/" + url.PathEscape(id) }

func codeLink(e reference.Entry) templates.CodeLink {
	return templates.CodeLink{Code: e.Code, Title: e.Title, URL: codePath(e.ID), Source: sourceText(e)}
}

// sourceText says whose code an entry is.
func sourceText(e reference.Entry) string {
	switch e.Kind {
	case reference.KindReply:
		return "SMTP reply code"
	case reference.KindEnhanced:
		return "Enhanced status code"
	case reference.KindBlocklist:
		return "Blocklist"
	}
	return e.Provider + " code"
}

// cutRunes shortens s to at most n characters, marking the cut, at the end
// of a word when one ends in the second half.
func cutRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	for i := len(r) - 1; i > n/2; i-- {
		if unicode.IsSpace(r[i]) {
			return strings.TrimRight(string(r[:i]), " ,;:.") + "…"
		}
	}
	return string(r) + "…"
}
