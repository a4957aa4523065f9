package classifier

import (
	"regexp"
	"strings"
)

// fieldRe finds one field of a delivery-status or feedback report, wherever
// it is in the text (a pasted report has no MIME structure around it).
var fieldRe = func() map[string]*regexp.Regexp {
	m := map[string]*regexp.Regexp{}
	for _, f := range []string{"feedback-type", "original-rcpt-to", "original-mail-from"} {
		m[f] = regexp.MustCompile(`(?im)^[ \t]*` + f + `[ \t]*:[ \t]*(?:rfc822;|dns;)?[ \t]*([^\n]*)`)
	}
	return m
}()

// dsnFields are the delivery-status fields the engine reads (RFC 3464).
var dsnFields = []string{"final-recipient", "original-recipient", "x-actual-recipient", "action", "status",
	"diagnostic-code", "remote-mta", "reporting-mta", "x-postfix-sender", "received-from-mta"}

// findFields returns, for each line of chunk that starts with one of
// dsnFields and a colon, the field's name, where the line starts and where
// its value starts. A line scan, cheaper than a regexp.
func findFields(chunk string) []fieldAt {
	var out []fieldAt
	for i := 0; i < len(chunk); {
		line := lineAt(chunk, i)
		t := strings.TrimLeft(line, " \t")
		if c := t[:min(len(t), 1)]; c != "" && strings.ContainsAny(c, "fFoOxXaAsSdDrR") {
			for _, f := range dsnFields {
				if len(t) > len(f) && strings.EqualFold(t[:len(f)], f) {
					rest := strings.TrimLeft(t[len(f):], " \t")
					if rest != "" && rest[0] == ':' {
						v := i + len(line) - len(strings.TrimLeft(rest[1:], " \t"))
						out = append(out, fieldAt{name: f, lineStart: i, valueStart: v})
					}
					break
				}
			}
		}
		i += len(line) + 1
	}
	return out
}

type fieldAt struct {
	name                  string
	lineStart, valueStart int
}

// hasField reports whether a "name:" field appears at the start of a line.
func hasField(text, name string) bool {
	for off := 0; ; {
		i := indexFold(text[off:], name)
		if i < 0 {
			return false
		}
		i += off
		j := i
		for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
			j--
		}
		if (j == 0 || text[j-1] == '\n') &&
			strings.HasPrefix(strings.TrimLeft(text[i+len(name):], " \t"), ":") {
			return true
		}
		off = i + len(name)
	}
}

// parseReport reads the fields of a delivery-status report (RFC 3464) found
// in the report regions, one recipient per Final-Recipient.
func (a *analysis) parseReport() {
	var cur *rcpt
	hasFinal, hasOrig := false, false
	// newRcpt starts the next recipient when a recipient field repeats or a
	// blank line ends the current block.
	fieldStart, regEnd := 0, 0
	newRcpt := func(final bool, brk bool) {
		if cur == nil || brk || final && hasFinal || !final && hasOrig {
			if cur != nil && len(cur.spans) == 1 {
				cur.spans[0].end = fieldStart
			}
			cur = &rcpt{spans: []span{{fieldStart, regEnd}}}
			a.rcpts = append(a.rcpts, cur)
			hasFinal, hasOrig = false, false
		}
		if final {
			hasFinal = true
		} else {
			hasOrig = true
		}
	}
	for _, reg := range a.regions {
		chunk := a.text[reg.start:reg.end]
		lastEnd := reg.start
		regEnd = reg.end
		for _, f := range findFields(chunk) {
			name := f.name
			brk := strings.Contains(a.text[lastEnd:reg.start+f.lineStart], "\n\n")
			fieldStart = reg.start + f.lineStart
			vStart := reg.start + f.valueStart
			vEnd := valueEnd(a.text, vStart, reg.end)
			lastEnd = vEnd
			value := strings.TrimSpace(a.text[vStart:vEnd])
			switch name {
			case "reporting-mta":
				if a.d.ReportingMTA == "" {
					a.d.ReportingMTA = stripType(value)
				}
			case "original-recipient":
				newRcpt(false, brk)
				if cur.Address == "" {
					cur.Address = cleanAddress(stripType(value))
				}
			case "final-recipient", "x-actual-recipient":
				if name == "x-actual-recipient" {
					if cur != nil && cur.Address == "" {
						cur.Address = cleanAddress(stripType(value))
					}
					continue
				}
				newRcpt(true, brk)
				if addr := cleanAddress(stripType(value)); addr != "" {
					cur.Address = addr
				}
			case "action":
				if cur != nil {
					cur.Action = normalizeAction(value)
				}
			case "status":
				if cur != nil {
					cur.Status = findStatus(value)
				}
			case "diagnostic-code":
				if cur != nil {
					cur.diag = span{vStart, vEnd}
					cur.Diagnostic = oneLine(stripType(value))
				}
			case "remote-mta":
				if cur != nil {
					cur.RemoteMTA = stripType(value)
				}
			}
		}
	}
}

// valueEnd finds where a header-style field value that starts at i ends:
// before the first line that is not a continuation.
func valueEnd(text string, i, limit int) int {
	for {
		nl := strings.IndexByte(text[i:limit], '\n')
		if nl < 0 {
			return limit
		}
		next := i + nl + 1
		if next >= limit || (text[next] != ' ' && text[next] != '\t') || strings.TrimSpace(lineAt(text, next)) == "" {
			return i + nl
		}
		i = next
	}
}

// lineAt returns the line of text that starts at i.
func lineAt(text string, i int) string {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return text[i : i+j]
	}
	return text[i:]
}

// stripType drops an address or diagnostic type prefix ("rfc822;", "smtp;").
func stripType(v string) string {
	if i := strings.IndexByte(v, ';'); i > 0 && i < 12 && !strings.ContainsAny(v[:i], " @<") {
		v = v[i+1:]
	}
	return strings.TrimSpace(v)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func normalizeAction(v string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	if i := strings.IndexAny(v, " ;("); i > 0 {
		v = v[:i]
	}
	switch {
	case strings.HasPrefix(v, "fail"):
		return ActionFailed
	case strings.HasPrefix(v, "delay"):
		return ActionDelayed
	case strings.HasPrefix(v, "deliver"):
		return ActionDelivered
	case strings.HasPrefix(v, "relay"):
		return ActionRelayed
	case strings.HasPrefix(v, "expand"):
		return ActionExpanded
	}
	return ActionFailed
}

// cleanAddress extracts the address from a field value ("<a@b>", "a@b (x)",
// RFC 6533's "ann@b\x{FC}cher.example").
func cleanAddress(v string) string {
	v = decodeUnitext(v)
	if m := firstAddress(v); m != "" {
		return m
	}
	return strings.Trim(strings.TrimSpace(v), "<>")
}

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
	if i > 0 && (isWordByte(s[i-1]) || s[i-1] == '.') {
		return 0
	}
	j := digits(s, i+2)
	if j == i+2 || j-(i+2) > 3 || j >= len(s) || s[j] != '.' {
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
	if i+2 >= len(s) || s[i] != '2' && s[i] != '4' && s[i] != '5' || s[i+1] < '0' || s[i+1] > '5' || !isDigit(s[i+2]) {
		return false
	}
	if i > 0 && !strings.ContainsRune(" \t\n\r:;([#\"'=<>", rune(s[i-1])) {
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

// findReply returns the first 4xx or 5xx (or 2xx when allowed) reply code in
// s that is followed by words or a status code, not by a unit.
func findReply(s string, allow2xx bool) (string, int) {
	for i := 0; i+2 < len(s); i++ {
		if !replyAt(s, i) || s[i] == '2' && !allow2xx {
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
// a server's refusal.
func hasSMTPLine(s string) bool {
	for i := 0; i+8 < len(s); i++ {
		if s[i] == '2' || !replyAt(s, i) || s[i+3] != ' ' && s[i+3] != '-' {
			continue
		}
		j := i + 4
		if s[j] == '#' {
			j++
		}
		if j < len(s) && s[j] != '2' && statusAt(s, j) > 0 {
			return true
		}
	}
	return false
}

// remoteRe finds the name of the server that refused, in the phrasing of
// common MTAs ("host mx.example.com[192.0.2.1] said:", "remote host
// mx.example.com", "SMTP error from remote mail server ... host x").
var remoteRe = regexp.MustCompile(`(?i)(?:\bhost|\bserver|\bmx)\s+([a-z0-9][a-z0-9.-]*\.[a-z]{2,})\s*[\[(]`)
