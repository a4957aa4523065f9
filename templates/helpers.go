package templates

import "strconv"

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
