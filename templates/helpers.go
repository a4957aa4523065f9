package templates

import (
	"strconv"
	"strings"
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

// titleNamesCode reports whether a title starts with its code ("Spamhaus
// ZEN (combined IP blocklist)" for "Spamhaus ZEN"): then the code need not
// be shown before it.
func titleNamesCode(code, title string) bool {
	return code != "" && len(title) >= len(code) && strings.EqualFold(title[:len(code)], code)
}
