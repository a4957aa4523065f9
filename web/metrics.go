package web

import (
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/whybounce/whybounce/classifier"
)

// metrics are the service's Prometheus series.
type metrics struct {
	reg       *prometheus.Registry
	requests  *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	diagnoses *prometheus.CounterVec
	links     *prometheus.CounterVec
	lookups   *prometheus.CounterVec
	refused   prometheus.Counter
	runs      *prometheus.CounterVec
	triaged   prometheus.Counter
}

func newMetrics(reg *prometheus.Registry, checker Checker) (*metrics, error) {
	m := &metrics{
		reg: reg,
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "whybounce_http_requests_total",
			Help: "HTTP requests served, by route pattern, method and status code.",
		}, []string{"route", "method", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "whybounce_http_request_duration_seconds",
			Help:    "Time to serve an HTTP request, by route pattern.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"route"}),
		diagnoses: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "whybounce_diagnoses_total",
			Help: "Bounces diagnosed, by main category and by where they came from (form or api).",
		}, []string{"category", "source"}),
		links: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "whybounce_share_links_total",
			Help: "Share links created and deleted by their creators, by event.",
		}, []string{"event"}),
		lookups: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "whybounce_lookups_total",
			Help: "Code lookups, by outcome: exact (went to a code's page), found, none or empty.",
		}, []string{"outcome"}),
		refused: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "whybounce_connections_refused_total",
			Help: "Connections refused because their client already held as many as it may.",
		}),
		runs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "whybounce_triage_runs_total",
			Help: "Runs of many bounces at once, by how they ended: done, cancelled or failed.",
		}, []string{"state"}),
		triaged: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "whybounce_triage_messages_total",
			Help: "Messages read by runs of many bounces at once.",
		}),
	}
	cs := []prometheus.Collector{
		m.requests, m.latency, m.diagnoses, m.links, m.lookups, m.refused, m.runs, m.triaged,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	}
	if checker != nil {
		cs = append(cs, checkLookups{checker})
	}
	for _, c := range cs {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	// Every category shows from the start, so a dashboard sees zeros, not gaps.
	for _, c := range classifier.AllCategories {
		for _, src := range []string{"form", "api"} {
			m.diagnoses.WithLabelValues(string(c), src)
		}
	}
	for _, e := range []string{"created", "deleted"} {
		m.links.WithLabelValues(e)
	}
	for _, o := range []string{"exact", "found", "none", "empty"} {
		m.lookups.WithLabelValues(o)
	}
	return m, nil
}

// checkLookupsDesc describes the live checks' DNS lookups, which the checker
// counts itself.
var checkLookupsDesc = prometheus.NewDesc("whybounce_check_lookups_total",
	"DNS lookups of the live checks, by kind (recipient-domain, blocklist, spf, dmarc, dkim) and outcome "+
		"(answer, nxdomain, nodata, timeout, error, refused, cached, skipped).",
	[]string{"kind", "outcome"}, nil)

// checkLookups reports the checker's counts at each scrape.
type checkLookups struct{ c Checker }

func (l checkLookups) Describe(ch chan<- *prometheus.Desc) { ch <- checkLookupsDesc }

func (l checkLookups) Collect(ch chan<- prometheus.Metric) {
	for _, n := range l.c.Lookups() {
		ch <- prometheus.MustNewConstMetric(checkLookupsDesc, prometheus.CounterValue, float64(n.N), n.Kind, n.Outcome)
	}
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

func (m *metrics) diagnosed(c classifier.Category, source string) {
	m.diagnoses.WithLabelValues(string(c), source).Inc()
}

func (m *metrics) linkCreated() { m.links.WithLabelValues("created").Inc() }

func (m *metrics) linkDeleted() { m.links.WithLabelValues("deleted").Inc() }

func (m *metrics) lookedUp(outcome string) { m.lookups.WithLabelValues(outcome).Inc() }

func (m *metrics) connsRefused() { m.refused.Inc() }

func (m *metrics) runEnded(state string, messages int) {
	m.runs.WithLabelValues(state).Inc()
	m.triaged.Add(float64(messages))
}

// instrument counts and times every request under its route pattern, never its
// raw path, so that the label set stays small whatever clients ask for.
func (s *Server) instrument(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		route := routeOf(r)
		elapsed := time.Since(start)
		s.metrics.requests.WithLabelValues(route, r.Method, strconv.Itoa(rec.status)).Inc()
		s.metrics.latency.WithLabelValues(route).Observe(elapsed.Seconds())
		s.logger.LogAttrs(r.Context(), levelFor(rec.status), "request",
			slog.String("method", r.Method), slog.String("route", route),
			slog.Int("status", rec.status), slog.Duration("duration", elapsed))
	})
}

// statusRecorder remembers the status code a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status      int
	wroteHeader bool
}

func (r *statusRecorder) WriteHeader(code int) {
	if !r.wroteHeader {
		r.status, r.wroteHeader = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	r.wroteHeader = true
	return r.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the real writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// levelFor picks the log level of a request: a 503 is the service shedding
// load as designed, not a fault, so it is a warning.
func levelFor(status int) slog.Level {
	if status == http.StatusServiceUnavailable {
		return slog.LevelWarn
	}
	if status >= http.StatusInternalServerError {
		return slog.LevelError
	}
	return slog.LevelInfo
}

// routeOf names the route pattern that served r, never its raw path, so that
// logs and label sets stay free of whatever clients put in URLs.
func routeOf(r *http.Request) string {
	if rc := chi.RouteContext(r.Context()); rc != nil && rc.RoutePattern() != "" {
		return rc.RoutePattern()
	}
	return "unmatched"
}
