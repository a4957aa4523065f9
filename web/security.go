package web

import (
	"net/http"
	"regexp"
	"strings"

	"golang.org/x/net/idna"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/templates"
)

// contentSecurityPolicy allows nothing inline and nothing from elsewhere: the
// pages show text from strangers, so even a slip in escaping must not run.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; " +
	"img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

// securityHeaders sets the headers every response carries.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
		next.ServeHTTP(w, r)
	})
}

// crossOriginProtection refuses form posts that a browser sends from another
// site, using the browser's Sec-Fetch-Site and Origin headers.
func (s *Server) crossOriginProtection(next http.Handler) http.Handler {
	p := http.NewCrossOriginProtection()
	p.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.renderError(w, r, http.StatusForbidden, "This form was sent from another site",
			"For your safety, whybounce only accepts forms sent from its own pages. Open the home page and paste the bounce there.")
	}))
	return p.Handler(next)
}

// directionNames are the short names of the Unicode direction controls. Text
// from a bounce shows them by name instead of obeying them, so a sender cannot
// reverse a line ("invoice\u202Efdp.exe" showing as "invoiceexe.pdf") or hide
// which address a headline names.
var directionNames = map[rune]string{
	0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO",
	0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI",
	0x200E: "LRM", 0x200F: "RLM", 0x061C: "ALM",
}

// showControls replaces each direction control in s with its name in angle
// brackets ("⟨RLO⟩").
func showControls(s string) string {
	if !strings.ContainsFunc(s, classifier.IsDirectionControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if name, ok := directionNames[r]; ok {
			b.WriteString("⟨" + name + "⟩")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// domainToken finds domain names: labels of letters, digits and hyphens
// joined by dots.
var domainToken = regexp.MustCompile(`[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)+`)

// idnaDisplay converts a domain as a browser would before looking it up.
var idnaDisplay = idna.New(idna.MapForLookup(), idna.Transitional(false))

// withPunycode adds the ASCII (punycode) form after each international domain
// name in s, so "bücher.example" reads "bücher.example (xn--bcher-kva.example)":
// a look-alike name ("exаmple.com" with a Cyrillic а) then shows plainly.
func withPunycode(s string) string {
	if isASCII(s) {
		return s
	}
	return domainToken.ReplaceAllStringFunc(s, func(tok string) string {
		if isASCII(tok) {
			return tok
		}
		a, err := idnaDisplay.ToASCII(tok)
		if err != nil {
			// Not a valid name: still show what it is made of.
			if a, err = idna.Punycode.ToASCII(strings.ToLower(tok)); err != nil {
				return tok
			}
		}
		if a == "" || a == tok {
			return tok
		}
		return tok + " (" + a + ")"
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// showSafely makes text from a bounce safe to show where it names addresses
// or hosts: direction controls visible, international domains in punycode too.
func showSafely(s string) string {
	return withPunycode(showControls(s))
}

// safeResult applies showControls to every text of the result page that
// comes from the bounce, and showSafely to the ones that name addresses and
// hosts. The escaping of HTML is templ's; this is about what the reader sees.
func safeResult(v *templates.ResultView) {
	v.Headline = showSafely(v.Headline)
	for i := range v.Warnings {
		v.Warnings[i].Message = showControls(v.Warnings[i].Message)
	}
	for i := range v.Recipients {
		r := &v.Recipients[i]
		r.Address, r.RemoteMTA, r.Diagnostic = showSafely(r.Address), showSafely(r.RemoteMTA), showSafely(r.Diagnostic)
		r.Status, r.ReplyCode, r.Action = showControls(r.Status), showControls(r.ReplyCode), showControls(r.Action)
	}
	for i := range v.Segments {
		v.Segments[i].Text = showControls(v.Segments[i].Text)
	}
	for i := range v.Notes {
		v.Notes[i].Text = showControls(v.Notes[i].Text)
	}
	for i := range v.Details {
		v.Details[i].Value = showSafely(v.Details[i].Value)
	}
	for i := range v.Blocklists {
		v.Blocklists[i].Name = showControls(v.Blocklists[i].Name)
	}
	for i := range v.Attachments {
		a := &v.Attachments[i]
		a.Name, a.ContentType = showControls(a.Name), showControls(a.ContentType)
	}
	v.Reply = showControls(v.Reply)
}
