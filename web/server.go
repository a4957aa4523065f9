// Package web serves whybounce over HTTP: the pages where a person pastes a
// bounce and reads the diagnosis, the category pages, and the JSON API.
package web

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/whybounce/whybounce/static"
	"github.com/whybounce/whybounce/triage"
	"github.com/whybounce/whybounce/web/store"
)

// DefaultMaxBytes is the largest request body accepted, the same as the
// engine's own limit on one bounce.
const DefaultMaxBytes = 10 << 20

// Options tune the server.
type Options struct {
	// BaseURL is the public address of the service ("https://bounce.example.net"),
	// used for absolute links. Empty means links stay relative.
	BaseURL string
	// MaxBytes caps every request body; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Limits bound what one client and one large input can cost; zero
	// fields take their defaults.
	Limits Limits
	// Site is what the operator set: the site's name, support contact, share
	// link expiry and notes per category.
	Site Site
	// Shares keeps share links; nil turns share links off.
	Shares ShareStore
	// Checks runs the live checks ("Checked just now"); nil turns them off.
	Checks Checker
	// Triage keeps the reports on many bounces at once ("Many bounces");
	// nil turns the page off.
	Triage TriageStore
	// TriageLimits bound those uploads and the work they make.
	TriageLimits TriageLimits
	// MetricsOwnListener leaves /metrics out of Handler: the caller serves
	// MetricsHandler on a listener of its own (a loopback address, say), so
	// that not everyone who can reach the service can read its metrics.
	MetricsOwnListener bool
}

// Server holds what the handlers need.
type Server struct {
	logger   *slog.Logger
	metrics  *metrics
	opts     Options
	examples []example
	limits   Limits
	large    *largePool // see largeInputs and diagnose
	// checkLimit is each client's budget of live checks, shared by every
	// route that runs them.
	checkLimit *limiter
	// triage are the limits of "Many bounces", and runs the runs being read.
	triage TriageLimits
	runs   *triageRuns
}

// NewServer returns a server that logs to logger and keeps its metrics in reg
// (a registry of its own, not the global one), which /metrics then serves.
func NewServer(logger *slog.Logger, reg *prometheus.Registry, opts Options) (*Server, error) {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	opts.BaseURL = strings.TrimRight(opts.BaseURL, "/")
	opts.Site = opts.Site.withDefaults()
	m, err := newMetrics(reg, opts.Checks)
	if err != nil {
		return nil, err
	}
	ex, err := loadExamples(static.FS)
	if err != nil {
		return nil, err
	}
	limits := opts.Limits.withDefaults(runtime.GOMAXPROCS(0))
	tl := opts.TriageLimits.withDefaults(runtime.GOMAXPROCS(0))
	return &Server{logger: logger, metrics: m, opts: opts, examples: ex,
		limits: limits, large: newLargePool(limits), checkLimit: newLimiter(limits.Checks),
		triage: tl, runs: newTriageRuns(tl.Runs)}, nil
}

// Handler builds the router with every route of the service.
func (s *Server) Handler() http.Handler {
	r := chi.NewRouter()
	r.Use(s.instrument, s.siteContext, s.recoverPanics, securityHeaders, s.bodyDeadlines, s.capBodies, middleware.GetHead)
	r.NotFound(s.notFound)
	r.MethodNotAllowed(s.methodNotAllowed)

	// Pages: browser forms, guarded against cross-site posts.
	r.Group(func(r chi.Router) {
		r.Use(s.crossOriginProtection)
		r.Get("/", s.home)
		r.With(s.rateLimit(s.limits.Form), s.largeInputs).Post("/diagnose", s.diagnoseForm)
		// A reload or a bookmark of the result has nothing to show: start over.
		r.Get("/diagnose", http.RedirectHandler("/", http.StatusSeeOther).ServeHTTP)
		r.Get("/categories", s.categoryIndex)
		r.Get("/categories/{id}", s.category)
		r.Get("/lookup", s.lookup)
		r.Get("/codes", s.codeIndex)
		r.Get("/codes/{code}", s.code)
		if s.opts.Checks != nil {
			r.Post("/checks", s.checksForm)
			r.Get("/checks", http.RedirectHandler("/", http.StatusSeeOther).ServeHTTP)
		}
		if s.opts.Triage != nil {
			r.Get("/triage", s.triagePage)
			r.With(s.rateLimit(s.limits.Form)).Post("/triage", s.triageUpload)
			r.With(s.rateLimit(s.limits.Form)).Post("/triage/start", s.triageStart)
			r.Post("/t/{id}/upload", s.triageUploadTo)
			r.Get("/t/{id}", s.runPage)
			r.Get("/t/{id}/events", s.runEvents)
			r.Get("/t/{id}/status", s.runStatus)
			r.Post("/t/{id}/cancel", s.runCancel)
			r.Post("/t/{id}/delete", s.runDelete)
			r.Get("/t/{id}/m/{n}", s.runMessage)
			r.Get("/t/{id}/{file}", s.runDownload)
		}
		if s.opts.Shares != nil {
			r.With(s.rateLimit(s.limits.Links), s.largeInputs).Post("/links", s.createLink)
			r.Get("/s/{id}", s.sharedPage)
			r.Get("/s/{id}/delete", s.deleteForm)
			r.Post("/s/{id}/delete", s.deleteLink)
		}
	})

	// The API is for programs, which send no browser cookies to abuse.
	r.With(s.rateLimit(s.limits.API), s.largeInputs).Post("/api/v1/diagnose", s.apiDiagnose)
	r.With(s.rateLimit(s.limits.API)).Get("/api/v1/categories", s.apiCategories)
	r.With(s.rateLimit(s.limits.API)).Get("/api/v1/codes/{code}", s.apiCodeLookup)
	r.Get("/api/v1/openapi.json", s.openAPI)

	r.Get("/healthz", s.healthz)
	if !s.opts.MetricsOwnListener {
		r.Method(http.MethodGet, "/metrics", s.MetricsHandler())
	}
	r.Method(http.MethodGet, "/static/*", http.StripPrefix("/static/", staticFiles()))
	// Browsers ask for /favicon.ico whatever the page links to.
	r.Method(http.MethodGet, "/favicon.ico", http.StripPrefix("/", staticFiles()))
	return r
}

// MetricsHandler serves the service's Prometheus metrics.
func (s *Server) MetricsHandler() http.Handler {
	return s.metrics.handler()
}

// healthz answers "ok", or 503 and "degraded: ..." while share links cannot
// be saved: diagnoses still work, but the operator has to act.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if s.opts.Shares != nil {
		u, err := s.opts.Shares.Check(r.Context())
		switch {
		case errors.Is(err, store.ErrFull):
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, "degraded: share links cannot be saved, their storage is full (%s of %s used)\n", triage.SizeText(u.Used), triage.SizeText(u.Max))
			return
		case err != nil:
			s.logger.LogAttrs(r.Context(), slog.LevelError, "health check", slog.String("error", err.Error()))
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, "degraded: the share link database cannot be read")
			return
		}
	}
	_, _ = w.Write([]byte("ok\n"))
}

// link makes path absolute with the base URL the operator set, and leaves it
// a path otherwise. The Host header is never used: it is whatever the client
// (or a proxy passing it on) says, and a link built from it could point
// anywhere.
func (s *Server) link(path string) string {
	return s.opts.BaseURL + path
}

// pathsToComplete lists the links that are paths, for the page's script to
// complete with the address the reader opened the site with; "" when the
// operator set a base URL and the links are absolute already.
func (s *Server) pathsToComplete(paths ...string) string {
	if s.opts.BaseURL != "" {
		return ""
	}
	return strings.Join(paths, " ")
}

// absURL makes path absolute when the operator set a base URL, and is ""
// otherwise: for a canonical link, which is better left out than relative.
func (s *Server) absURL(path string) string {
	if s.opts.BaseURL == "" {
		return ""
	}
	return s.opts.BaseURL + path
}
