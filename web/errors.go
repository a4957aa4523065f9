package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"

	"github.com/a-h/templ"
	"github.com/go-chi/chi/v5"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/templates"
	"github.com/whybounce/whybounce/triage"
	"github.com/whybounce/whybounce/web/store"
)

// requestError is a mistake in the request, told to the client as it is.
type requestError struct {
	status  int
	message string
}

func (e *requestError) Error() string { return e.message }

func badRequest(status int, format string, args ...any) error {
	return &requestError{status: status, message: fmt.Sprintf(format, args...)}
}

// audience says who reads an error message: a person at the form, or the
// author of a program calling the API.
type audience int

const (
	forPerson audience = iota
	forProgram
)

// errorResponse is the one place that turns an error into a status code and a
// sentence for the reader, and sets the headers that go with them. The
// sentence never contains the input.
func (s *Server) errorResponse(w http.ResponseWriter, r *http.Request, err error, to audience) (int, string) {
	var tooBig *http.MaxBytesError
	var reqErr *requestError
	var limit *limitError
	var notText *classifier.NotTextError
	switch {
	case errors.As(err, &limit):
		limit.header(w)
		return limit.status, limit.message(to)
	case errors.Is(err, classifier.ErrEmpty) && to == forProgram:
		return http.StatusBadRequest, `the bounce is empty: send it as the request body, or as JSON {"message": "..."}`
	case errors.Is(err, classifier.ErrEmpty):
		return http.StatusBadRequest, "There was nothing to explain. Paste the bounce into the box, or choose the saved message, and try again."
	case (errors.Is(err, classifier.ErrTooLarge) || errors.As(err, &tooBig)) && to == forProgram:
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("the bounce is larger than the limit of %s", triage.SizeText(s.opts.MaxBytes))
	case errors.Is(err, classifier.ErrTooLarge), errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge, fmt.Sprintf(
			"That is more than %s, too large to be a bounce. Paste only the text of the bounce, without the attachments of the returned message.",
			triage.SizeText(s.opts.MaxBytes))
	case errors.As(err, &notText):
		return http.StatusUnsupportedMediaType, notTextMessage(notText.Kind, to)
	case errors.As(err, &reqErr):
		return reqErr.status, reqErr.message
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, "There is no saved explanation at this address. The link may be mistyped or cut short, or its creator deleted it."
	case errors.Is(err, store.ErrExpired):
		return http.StatusGone, "The explanation saved under this link has expired and was erased. Ask whoever sent you the link for a new one, or paste the bounce here yourself."
	case errors.Is(err, store.ErrForbidden):
		return http.StatusForbidden, "The delete link does not match this shared link. Use the complete delete link you were given when the link was created."
	case errors.Is(err, context.Canceled):
		// The client went away while its large input waited for a slot:
		// nobody reads this answer, and it is no fault to log.
		return http.StatusServiceUnavailable, errBusy.message(to)
	case errors.Is(err, store.ErrFull):
		// The operator must act; the reader can still use the explanation.
		s.logger.LogAttrs(r.Context(), slog.LevelError, "share link storage is full", slog.String("route", routeOf(r)))
		return http.StatusInsufficientStorage, "The storage for shared links on this site is full, so no new link can be saved right now. " +
			"The explanation itself still works: go back and copy the reply to the customer instead. Links expire and make room; " +
			"if this lasts, tell whoever runs this site."
	}
	// Only the error itself is logged: never the input, which holds addresses.
	s.logger.LogAttrs(r.Context(), slog.LevelError, "request failed",
		slog.String("route", routeOf(r)), slog.String("error", err.Error()))
	if to == forProgram {
		return http.StatusInternalServerError, "the bounce could not be diagnosed because of an internal error"
	}
	return http.StatusInternalServerError, "Something went wrong on our side. Please try again in a moment."
}

// render writes a page with the given status. The page is written whole even
// when the request's context has ended: net/http ends it when reading the
// body fails (a body that stopped arriving), and that is exactly when the
// reader needs the page that says so.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, c templ.Component) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if err := c.Render(context.WithoutCancel(r.Context()), w); err != nil {
		s.logger.LogAttrs(r.Context(), slog.LevelWarn, "render failed",
			slog.String("route", routeOf(r)), slog.String("error", err.Error()))
	}
}

// renderError shows an error page.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, status int, title, message string) {
	w.Header().Set("Cache-Control", "no-store")
	s.render(w, r, status, templates.ErrorPage(templates.ErrorView{Status: status, Title: title, Message: message}))
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	if isAPI(r) {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "there is nothing at this address of the API: see /api/v1/openapi.json"})
		return
	}
	s.renderError(w, r, http.StatusNotFound, "There is no page here",
		"The address may be mistyped, or the page has moved. The bounce explainer and the list of kinds of bounces are linked below.")
}

func (s *Server) methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	if rc := chi.RouteContext(r.Context()); rc != nil && rc.Routes != nil {
		for _, m := range []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
			if rc.Routes.Match(chi.NewRouteContext(), m, r.URL.Path) {
				w.Header().Add("Allow", m)
			}
		}
	}
	if isAPI(r) {
		writeJSON(w, http.StatusMethodNotAllowed, map[string]string{"error": "this address of the API does not take this method: see the Allow header and /api/v1/openapi.json"})
		return
	}
	s.renderError(w, r, http.StatusMethodNotAllowed, "This page cannot be used that way",
		"Open the page in your browser, or use the form on the home page.")
}

// recoverPanics turns a panic in a handler into a short error page and a log line.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v) // net/http's own way to abort a response
			}
			s.logger.LogAttrs(r.Context(), slog.LevelError, "panic",
				slog.String("route", routeOf(r)), slog.Any("panic", v), slog.String("stack", string(debug.Stack())))
			if isAPI(r) {
				writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "an internal error; please try again in a moment"})
				return
			}
			s.renderError(w, r, http.StatusInternalServerError, "Something went wrong",
				"Something went wrong on our side. Please try again in a moment.")
		}()
		next.ServeHTTP(w, r)
	})
}

// notTextMessage says what a file that is no text is, and what to give
// instead, for the kinds the engine tells (classifier.NotTextError).
func notTextMessage(kind string, to audience) string {
	if to == forProgram {
		what := map[string]string{"outlook-item": "an Outlook item (.msg)", "image": "an image", "pdf": "a PDF",
			"archive": "a zip archive (or a Word or OpenDocument file)"}[kind]
		if what == "" {
			what = "a binary file"
		}
		return "the input is " + what + ", not text: send the bounce's source (the .eml) or its text"
	}
	switch kind {
	case "outlook-item":
		return "That is an Outlook item (.msg), which Outlook keeps in a format of its own. Open the bounce in Outlook and " +
			"copy its text into the box (Ctrl+A, then Ctrl+C), or save it as text (File, Save As, Text Only) and choose that file. " +
			"In Outlook on the web and the new Outlook, Download gives the .eml, which says the most."
	case "image":
		return "That is a picture. whybounce reads the words of a bounce, not a screenshot of them: open the bounce in your " +
			"mail program, copy its text and paste it into the box, or choose the saved message (.eml)."
	case "pdf":
		return "That is a PDF. Copy the text of the bounce out of it and paste it into the box, or choose the bounce's own " +
			"saved message (.eml)."
	case "archive":
		return "That is a zip file (a Word or OpenDocument file is one too). Here, paste the text of one bounce or choose its " +
			"saved message (.eml); Triage reads many bounces at once, from a zip of messages or a mailbox."
	}
	return "That file is not text, so it holds no bounce whybounce can read. Paste the text of the bounce into the box, " +
		"or choose the saved message (.eml)."
}
