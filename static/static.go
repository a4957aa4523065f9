// Package static holds the stylesheet, script and images of the web pages,
// embedded so the binary is self-contained.
package static

import "embed"

// FS holds the static files, served under /static/ (favicon.ico also at
// /favicon.ico, where browsers ask for it), and the example bounces the home
// page offers.
//
//go:embed *.css *.js *.svg *.ico examples
var FS embed.FS
