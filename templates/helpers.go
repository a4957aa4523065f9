package templates

import (
	"strconv"
	"strings"

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

// titleNamesCode reports whether a title starts with its code ("Spamhaus
// ZEN (combined IP blocklist)" for "Spamhaus ZEN"): then the code need not
// be shown before it.
func titleNamesCode(code, title string) bool {
	return code != "" && len(title) >= len(code) && strings.EqualFold(title[:len(code)], code)
}

// breakParts cuts s after each "/" (and each "?" or "&"), the places a web
// address may wrap.
func breakParts(s string) []string {
	var out []string
	for len(s) > 0 {
		i := strings.IndexAny(s, "/?&")
		if i < 0 || i == len(s)-1 {
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return append(out, s)
}

// lowerInitial lower-cases the first letter of a sentence that goes on after
// a colon ("The recipient." becomes "the recipient.").
func lowerInitial(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// CountText writes "1 bounce" or "1,234 bounces".
func CountText(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return GroupDigits(n) + " " + many
}

// GroupDigits writes n with commas between thousands: "100,000".
func GroupDigits(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func viewBox(w, h int) string {
	return "0 0 " + strconv.Itoa(w) + " " + strconv.Itoa(h)
}

func finalText(final bool) string {
	if final {
		return "Final"
	}
	return "Retrying"
}

// resultNav is the menu entry a result belongs to: a bounce of a triage
// report belongs to "Many bounces".
func resultNav(v ResultView) string {
	if v.Run != nil {
		return "triage"
	}
	return "home"
}

// ariaSort marks the column the table is sorted by.
func ariaSort(v string) templ.Attributes {
	if v == "" {
		return templ.Attributes{}
	}
	return templ.Attributes{"aria-sort": v}
}

// listSeparator is what follows the i-th of n items of a list written on
// one line: a comma, but after the last.
func listSeparator(i, n int) string {
	if i == n-1 {
		return ""
	}
	return ","
}
