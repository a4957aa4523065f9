package templates

import (
	"strconv"

	"github.com/a-h/templ"
)

func statusText(status int) string {
	return strconv.Itoa(status)
}

// plural picks the singular or plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// completeLinks marks a field whose text holds the site's own links written
// as paths (no base URL is configured): the page's script puts the address
// the reader opened the site with in front of each. paths is the
// space-separated list of them; "" marks nothing.
func completeLinks(paths string) templ.Attributes {
	if paths == "" {
		return templ.Attributes{}
	}
	return templ.Attributes{"data-complete-links": paths}
}
