package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/whybounce/whybounce/classifier"
)

func TestOperatorSite(t *testing.T) {
	const note = "Customers of Example ISP: the address book is at https://webmail.example.net."
	h := newTestHandler(t, Options{Site: Site{
		Name: "Example ISP bounce help", Support: "help@example.net",
		Notes: map[classifier.Category]string{classifier.MailboxNotFound: note},
	}})
	tests := []struct {
		name  string
		req   *http.Request
		wants []string
	}{
		{"home", httptest.NewRequest(http.MethodGet, "/", nil),
			[]string{"<title>Example ISP bounce help: why did my email bounce?</title>", `href="mailto:help@example.net"`, ">help@example.net</a>"}},
		{"error page", httptest.NewRequest(http.MethodGet, "/nowhere", nil), []string{`href="mailto:help@example.net"`}},
		{"category page with the note", httptest.NewRequest(http.MethodGet, "/categories/mailbox-not-found", nil),
			[]string{"A note from Example ISP bounce help", note}},
		{"result page with the note and the reply", postForm("/diagnose", url.Values{"bounce": {personalBounce}}),
			[]string{"A note from Example ISP bounce help", note, "Reply to the customer",
				"More about this kind of bounce: /categories/mailbox-not-found"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := serve(t, h, tt.req)
			wantContains(t, w.Body.String(), tt.wants...)
		})
	}
	w := serve(t, h, httptest.NewRequest(http.MethodGet, "/categories/mailbox-full", nil))
	if strings.Contains(w.Body.String(), note) {
		t.Error("the note for one category shows on another's page")
	}
}

func TestReplyBlockHidesPersonalData(t *testing.T) {
	h := newTestHandler(t, Options{})
	w := serve(t, h, postForm("/diagnose", url.Values{"bounce": {personalBounce}}))
	body := w.Body.String()
	start := strings.Index(body, `<section class="customer-reply"`)
	if start < 0 {
		t.Fatalf("result page has no reply block; body starts %q", head(body))
	}
	block := body[start:]
	block = block[:strings.Index(block, "</section>")]
	wantContains(t, block, "<textarea readonly", "@example.org")
	for _, p := range personalData {
		if strings.Contains(block, p) {
			t.Errorf("the reply shows %q, want it hidden", p)
		}
	}
}

func TestSupportContactKinds(t *testing.T) {
	tests := []struct{ support, wantURL string }{
		{"https://help.example.net/contact", "https://help.example.net/contact"},
		{"help@example.net", "mailto:help@example.net"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := (Site{Support: tt.support}).view().SupportURL; got != tt.wantURL {
			t.Errorf("support %q: link got %q, want %q", tt.support, got, tt.wantURL)
		}
	}
}
