package templates

import (
	"context"
	"net/url"
	"strings"
)

// Site is what the operator of a whybounce site set for every page: the
// site's name and where customers get help.
type Site struct {
	// Name replaces "whybounce" in the header and the browser tab; "" keeps it.
	Name string
	// SupportURL is where the support contact links: an https: or mailto: URL,
	// or "" for none.
	SupportURL string
	// SupportText is the contact as people read it: the address or the URL.
	SupportText string
	// Triage is true where the site reads many bounces at once ("Many
	// bounces" in the menu).
	Triage bool
}

type siteKey struct{}

// WithSite returns a context that carries s to the layout. The layout reads it
// from the context because every page shares it, and threading it through
// each page's parameters would change every handler for one footer line.
func WithSite(ctx context.Context, s Site) context.Context {
	return context.WithValue(ctx, siteKey{}, s)
}

func siteOf(ctx context.Context) Site {
	s, _ := ctx.Value(siteKey{}).(Site)
	return s
}

// siteName is the name the site goes by.
func siteName(ctx context.Context) string {
	if n := strings.TrimSpace(siteOf(ctx).Name); n != "" {
		return n
	}
	return "whybounce"
}

func queryEscape(s string) string { return url.QueryEscape(s) }

func joinList(items []string) string { return strings.Join(items, ", ") }
