// Package static holds the stylesheet, script and images of the web pages,
// embedded so the binary is self-contained.
package static

import "embed"

// FS holds the static files, served under /static/, and the example bounces
// the home page offers.
//
//go:embed *.css *.js examples
var FS embed.FS
