package web

import (
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
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

// BenchmarkCorpusRequests sends the corpus through the router as the load
// test does (every fourth message through the form, the others through the
// API), for the server's own cost per request beside the engine's.
//
//	go test -run '^$' -bench CorpusRequests -cpu 1 ./web
func BenchmarkCorpusRequests(b *testing.B) {
	var msgs []string
	err := filepath.WalkDir("../../shared/corpus/emails", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		raw, err := os.ReadFile(path)
		msgs = append(msgs, string(raw))
		return err
	})
	if err != nil || len(msgs) == 0 {
		b.Skipf("no corpus beside the repository: %v", err)
	}
	h := newBenchServer(b).Handler()
	for b.Loop() {
		for i, m := range msgs {
			var r *http.Request
			if i%4 == 3 {
				r = httptest.NewRequest(http.MethodPost, "/diagnose", strings.NewReader(url.Values{"bounce": {m}}.Encode()))
				r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			} else {
				r = httptest.NewRequest(http.MethodPost, "/api/v1/diagnose", strings.NewReader(m))
			}
			r.RemoteAddr = fmt.Sprintf("192.0.2.%d:1234", i%250)
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if w.Code != http.StatusOK {
				b.Fatalf("status %d: %s", w.Code, w.Body.String())
			}
		}
	}
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "req/s")
}
