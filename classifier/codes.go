package classifier

import (
	"regexp"
	"strings"
)

// The codes of a server's reply, found in free text: the enhanced status
// code (RFC 3463, "5.1.1") and the basic reply code (RFC 5321, "550"). Plain
// scans rather than regular expressions: they run on every line of every
// report.

// findStatus returns the first enhanced status code (RFC 3463) in s that is
// not part of a longer dotted number (an IP address or a version).
func findStatus(s string) string {
	st, _ := findStatusAt(s)
	return st
}

// findStatusAt returns the first failure (4.x.x or 5.x.x) status code in s
// and its offset; a success code only when there is no failure code. It is a
// plain scan from one dot to the next, cheaper than a regexp.
func findStatusAt(s string) (string, int) {
	ok, at := "", -1
	for off := 0; off < len(s); {
		d := strings.IndexByte(s[off:], '.')
		if d < 0 {
			break
		}
		d += off
		off = d + 1
		if end := statusAt(s, d-1); end > 0 {
			if s[d-1] != '2' {
				return s[d-1 : end], d - 1
			}
			if at < 0 {
				ok, at = s[d-1:end], d-1
			}
			off = end
		}
	}
	return ok, at
}

// statusAt returns the end of the status code starting at i, or 0.
func statusAt(s string, i int) int {
	if i < 0 || i+4 >= len(s) || s[i] != '2' && s[i] != '4' && s[i] != '5' || s[i+1] != '.' {
		return 0
	}
	if i > 0 && (isWordByte(s[i-1]) || s[i-1] == '.') || citesSection(s[:i]) {
		return 0
	}
	// The subject is one digit, 0 to 7: RFC 3463 and the IANA registry
	// define no other ("[#4.16.1]" is Yahoo's own numbering, not a status).
	j := digits(s, i+2)
	if j != i+3 || s[i+2] > '7' || j >= len(s) || s[j] != '.' {
		return 0
	}
	k := digits(s, j+1)
	if k == j+1 || k-(j+1) > 3 {
		return 0
	}
	if k < len(s) && (isWordByte(s[k]) || s[k] == '.' && k+1 < len(s) && isDigit(s[k+1])) {
		return 0
	}
	return k
}

// citesSection reports whether before, the text in front of a dotted
// number, ends in the name of a document section: "RFC 5321 2.3.5",
// "RFC5322 3.6.2", "section 4.2.1". A server that cites the rule it
// enforces writes such numbers beside its reply; they are no status codes.
func citesSection(before string) bool {
	before = strings.TrimRight(before, " ")
	if n := len(before); n >= 7 && strings.EqualFold(before[n-7:], "section") {
		return true
	}
	j := len(before)
	for j > 0 && isDigit(before[j-1]) {
		j--
	}
	if j == len(before) {
		return false
	}
	before = strings.TrimRight(before[:j], " ")
	return len(before) >= 3 && strings.EqualFold(before[len(before)-3:], "rfc")
}

// digits returns the end of the run of digits starting at i.
func digits(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// replyAt reports whether a basic SMTP reply code (2xx, 4xx, 5xx with a
// second digit 0-5) starts at i, where a server would write one: after a
// line start, space or punctuation, and followed by a space, hyphen or line
// end.
func replyAt(s string, i int) bool {
	if i+2 >= len(s) || !isReplyCode(s[i:i+3]) {
		return false
	}
	if i > 0 && !strings.ContainsRune(" \t\n\r:;([#\"'=<>", rune(s[i-1])) {
		return false
	}
	if i > 1 && s[i-1] == ':' && isDigit(s[i-2]) {
		// A number joined to a word's digits by a colon is no reply: the
		// key length of Exim's X= cipher field ("SHA384:256"), a port.
		return false
	}
	if httpStatusAt(s, i) {
		return false
	}
	if i+4 < len(s) && s[i+3] == ':' && s[i+4] == ' ' && (i == 0 || s[i-1] == '\n') {
		// Yahoo and AOL start their reason with "554: delivery error"; only
		// at the start of a line, so times and counts are not read as codes.
		return true
	}
	if i+3 < len(s) && s[i+3] == ',' && strings.HasSuffix(strings.TrimRight(s[max(0, i-12):i], " :"), `"code"`) {
		// Mailgun's JSON gives the reply as a number: "code": 550,
		return true
	}
	return i+3 == len(s) || strings.IndexByte(" -\r\n", s[i+3]) >= 0
}

// httpStatusAt reports whether the number at s[i] is the status of an HTTP
// response's status line ("HTTP/1.1 422 Unprocessable Entity", RFC 9112
// section 4), which a developer pastes with a sending service's API answer:
// no SMTP reply.
func httpStatusAt(s string, i int) bool {
	if i < 7 || s[i-1] != ' ' || !isDigit(s[i-2]) {
		return false
	}
	j := i - 2 // the version's last digit; its first is found going back
	for j > 0 && i-j < 8 && (isDigit(s[j-1]) || s[j-1] == '.') {
		j--
	}
	return j >= 5 && s[j-5:j] == "HTTP/"
}

// findReply returns the first 4xx or 5xx (or 2xx when allowed) reply code in
// s that is followed by words or a status code, not by a unit.
func findReply(s string, allow2xx bool) (string, int) {
	for i := 0; i+2 < len(s); i++ {
		if c := s[i]; c != '4' && c != '5' && (c != '2' || !allow2xx) || !replyAt(s, i) {
			continue
		}
		rest := strings.ToLower(strings.TrimLeft(s[i+3:min(len(s), i+15)], " -"))
		if strings.HasPrefix(rest, "byte") || strings.HasPrefix(rest, "kb") || strings.HasPrefix(rest, "mb") ||
			strings.HasPrefix(rest, "sec") || strings.HasPrefix(rest, "day") || strings.HasPrefix(rest, "hour") ||
			strings.HasPrefix(rest, "min") || (rest != "" && isDigit(rest[0]) && statusAt(rest, 0) == 0 && !yahooDetail(rest)) {
			continue
		}
		return s[i : i+3], i
	}
	return "", -1
}

// yahooDetail reports whether rest, the words after a reply code, starts
// with the short number Yahoo puts there ("552 1 Requested mail action
// aborted", "554 30 Sorry, your message size exceeds"), not a count.
func yahooDetail(rest string) bool {
	n := 0
	for n < len(rest) && n < 3 && isDigit(rest[n]) {
		n++
	}
	if n == 0 || n > 2 || n+1 >= len(rest) || rest[n] != ' ' {
		return false
	}
	next := rest[n+1:]
	for _, unit := range []string{"byte", "kb", "mb", "sec", "min", "hour", "day", "time", "attempt", "recipient", "message"} {
		if strings.HasPrefix(next, unit) {
			return false
		}
	}
	return next[0] >= 'a' && next[0] <= 'z'
}

// hasSMTPLine reports whether s holds a failure reply with an enhanced
// status code ("550 5.1.1", "550-5.1.1", "#550 #5.1.1"), the clearest sign of
// a server's refusal. The code and the status may stand on two lines:
// Postfix wraps its notice's lines at 79 characters and indents the rest by
// four ("said: 550" / "    5.1.1 <ann@example.com>...", bounce_print_wrap in
// src/bounce/bounce_notify_util.c).
func hasSMTPLine(s string) bool {
	for i := 0; i+8 < len(s); i++ {
		if c := s[i]; c != '4' && c != '5' || !replyAt(s, i) {
			continue
		}
		j := i + 3
		switch s[j] {
		case '-':
			j++
		case ' ', '\t', '\r', '\n':
			j = afterWrap(s, j)
		default:
			continue
		}
		if j < len(s) && s[j] == '#' {
			j++
		}
		if j < len(s) && s[j] != '2' && statusAt(s, j) > 0 {
			return true
		}
	}
	return false
}

// afterWrap returns where the text resumes after the white space at j: one
// space, or the end of a line that a program wrapped and the indentation of
// the next.
func afterWrap(s string, j int) int {
	if s[j] == ' ' || s[j] == '\t' {
		j++
	}
	if j < len(s) && s[j] == '\r' {
		j++
	}
	if j < len(s) && s[j] == '\n' {
		j++
		for k := 0; k < 8 && j < len(s) && (s[j] == ' ' || s[j] == '\t'); k++ {
			j++
		}
	}
	return j
}

// remoteRe finds the name of the server that refused, in the phrasing of
// common MTAs ("host mx.example.com[192.0.2.1] said:", "remote host
// mx.example.com", "SMTP error from remote mail server ... host x").
var remoteRe = keyed{[]string{"host", "server", "mx"},
	regexp.MustCompile(`(?i)^(?:host|server|mx)\s+([a-z0-9][a-z0-9.-]*\.[a-z]{2,})\s*[\[(]`), true}

// isReplyCode reports whether s, three bytes, is an SMTP reply code of a
// completion or a failure (2xx, 4xx, 5xx), as replyAt reads one.
func isReplyCode(s string) bool {
	return (s[0] == '2' || s[0] == '4' || s[0] == '5') && s[1] >= '0' && s[1] <= '5' && isDigit(s[2])
}
