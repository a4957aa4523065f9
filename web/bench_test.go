package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// BenchmarkAPIDiagnose measures one API request end to end through the router,
// for each example bounce of the home page.
func BenchmarkAPIDiagnose(b *testing.B) {
	s := newBenchServer(b)
	h := s.Handler()
	for _, e := range s.examples {
		b.Run(e.ID, func(b *testing.B) {
			b.SetBytes(int64(len(e.Raw)))
			for b.Loop() {
				r := httptest.NewRequest(http.MethodPost, "/api/v1/diagnose", strings.NewReader(string(e.Raw)))
				w := httptest.NewRecorder()
				h.ServeHTTP(w, r)
				if w.Code != http.StatusOK {
					b.Fatalf("status %d", w.Code)
				}
			}
		})
	}
}

// BenchmarkResultPage measures a form post and the rendering of the result page.
func BenchmarkResultPage(b *testing.B) {
	h := newBenchServer(b).Handler()
	body := url.Values{"bounce": {articleQmail}}.Encode()
	for b.Loop() {
		r := httptest.NewRequest(http.MethodPost, "/diagnose", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusOK {
			b.Fatalf("status %d", w.Code)
		}
	}
}
