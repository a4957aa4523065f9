package web

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/whybounce/whybounce/classifier/hostile"
)

// fuzzSeeds are bounces of every shape for the decoding fuzz targets.
func fuzzSeeds() [][]byte {
	seeds := [][]byte{
		[]byte(articleQmail), []byte(articleSendmail),
		[]byte("550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown"),
		hostile.NULBytes(), hostile.BadCharset(), hostile.HTMLWithScript(), hostile.FakeBounceZipExe(),
		hostile.Backscatter(), hostile.DeepNesting(30), hostile.PartBomb(50), hostile.UnclosedNesting(14),
	}
	return seeds
}

// fuzzHandler is the real router with limits out of the way, so every input
// reaches the decoding, and a small size cap, so the fuzzer reaches it.
func fuzzHandler(t testing.TB) http.Handler {
	return newTestServer(t, Options{MaxBytes: 64 << 10, Limits: Limits{
		API: Rate{PerSecond: 1e9, Burst: 1 << 30}, Form: Rate{PerSecond: 1e9, Burst: 1 << 30}, LargeSlots: 64,
	}}).Handler()
}

// FuzzAPI sends anything to the API with any content type: the answer is
// always JSON with a status the API documents, never a server error.
//
//	go test -run '^$' -fuzz=FuzzAPI -fuzztime=3m ./web
func FuzzAPI(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s, "message/rfc822", "")
		j, _ := json.Marshal(map[string]any{"message": string(s), "mine": []string{"example.org"}})
		f.Add(j, "application/json", "example.org")
	}
	f.Add([]byte(`{"message": 5}`), "application/json; charset=utf-8", "")
	f.Add([]byte(`{"mine": "x"}`), "application/json", "")
	f.Add([]byte("--b\r\n\r\n"), "multipart/form-data; boundary=b", "")
	f.Add([]byte(""), "", "a@b")
	h := fuzzHandler(f)
	documented := []int{200, 400, 413, 415, 422}
	f.Fuzz(func(t *testing.T, body []byte, contentType, mine string) {
		r := httptest.NewRequest(http.MethodPost, "/api/v1/diagnose", bytes.NewReader(body))
		r.Header.Set("Content-Type", contentType)
		q := r.URL.Query()
		q.Set("mine", mine)
		r.URL.RawQuery = q.Encode()
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if !slices.Contains(documented, w.Code) {
			t.Fatalf("status %d; body %.200q", w.Code, w.Body.String())
		}
		var res map[string]any
		if err := json.Unmarshal(w.Body.Bytes(), &res); err != nil {
			t.Fatalf("status %d with a body that is not JSON: %v", w.Code, err)
		}
		if w.Code == 200 && res["category"] == nil {
			t.Fatalf("200 without a category: %.200q", w.Body.String())
		}
		if w.Code != 200 && res["error"] == nil {
			t.Fatalf("%d without an error message", w.Code)
		}
	})
}

// FuzzForm sends anything to the paste form, as a multipart upload or as
// any other body: the answer is an HTML page with a sensible status, and no
// markup from the input.
//
//	go test -run '^$' -fuzz=FuzzForm -fuzztime=3m ./web
func FuzzForm(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s, "", true)
		f.Add(s, "example.org", false)
	}
	f.Add([]byte("bounce=550+5.1.1+x&mine=%E2%80%AE"), "", false)
	h := fuzzHandler(f)
	allowed := []int{200, 400, 413, 415}
	f.Fuzz(func(t *testing.T, data []byte, mine string, asMultipart bool) {
		var r *http.Request
		if asMultipart {
			var b bytes.Buffer
			mw := multipart.NewWriter(&b)
			mw.WriteField("mine", mine)
			fw, _ := mw.CreateFormFile("file", "x.eml")
			fw.Write(data)
			mw.Close()
			r = httptest.NewRequest(http.MethodPost, "/diagnose", &b)
			r.Header.Set("Content-Type", mw.FormDataContentType())
		} else {
			// The raw bytes as a urlencoded body: broken escapes, stray
			// fields, anything a client can send.
			r = httptest.NewRequest(http.MethodPost, "/diagnose", bytes.NewReader(data))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
		r.Header.Set("Sec-Fetch-Site", "same-origin")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if !slices.Contains(allowed, w.Code) {
			t.Fatalf("status %d; body %.300q", w.Code, w.Body.String())
		}
		if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
			t.Fatalf("content type %q, want HTML", ct)
		}
		checkNoMarkupFromInput(t, w.Body.String())
	})
}
