package classifier

import (
	"regexp"
	"strings"
)

// fieldRe finds one field of a delivery-status or feedback report, wherever
// it is in the text (a pasted report has no MIME structure around it).
var fieldRe = func() map[string]*regexp.Regexp {
	m := map[string]*regexp.Regexp{}
	for _, f := range []string{"feedback-type", "original-rcpt-to", "reporting-mta", "original-mail-from"} {
		m[f] = regexp.MustCompile(`(?im)^[ \t]*` + f + `[ \t]*:[ \t]*(?:rfc822;|dns;)?[ \t]*([^\n]*)`)
	}
	return m
}()

// dsnField matches the start of any per-recipient delivery-status field.
var dsnField = regexp.MustCompile(`(?im)^[ \t]*(final-recipient|original-recipient|x-actual-recipient|action|status|diagnostic-code|remote-mta|reporting-mta|x-postfix-sender|received-from-mta)[ \t]*:[ \t]*`)

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
			cur = &rcpt{fromDSN: true, spans: []span{{fieldStart, regEnd}}}
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
		for _, loc := range dsnField.FindAllStringSubmatchIndex(chunk, -1) {
			name := strings.ToLower(chunk[loc[2]:loc[3]])
			brk := strings.Contains(a.text[lastEnd:reg.start+loc[0]], "\n\n")
			fieldStart = reg.start + loc[0]
			vStart := reg.start + loc[1]
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

// addressRe finds an email address. Go's regexp is linear; the pattern is
// deliberately loose (bounces quote odd addresses).
var addressRe = regexp.MustCompile(`[A-Za-z0-9._%+\-=!#$&'*/?^{|}~]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+`)

// cleanAddress extracts the address from a field value ("<a@b>", "a@b (x)").
func cleanAddress(v string) string {
	if m := addressRe.FindString(v); m != "" {
		return strings.Trim(m, ".'")
	}
	return strings.Trim(strings.TrimSpace(v), "<>")
}

// firstAddress returns the first address of a header value, or "".
func firstAddress(v string) string {
	return strings.Trim(addressRe.FindString(v), ".'")
}

// statusRe finds an enhanced status code (RFC 3463).
var statusRe = regexp.MustCompile(`\b[245]\.\d{1,3}\.\d{1,3}\b`)

// findStatus returns the first enhanced status code in s that is not part of
// a longer dotted number (an IP address or a version).
func findStatus(s string) string {
	st, _ := findStatusAt(s)
	return st
}

// findStatusAt returns the first failure (4.x.x or 5.x.x) status code in s
// and its offset; a success code only when there is no failure code.
func findStatusAt(s string) (string, int) {
	ok, at := "", -1
	for off := 0; off < len(s); {
		loc := statusRe.FindStringIndex(s[off:])
		if loc == nil {
			break
		}
		loc[0], loc[1] = loc[0]+off, loc[1]+off
		off = loc[1]
		if loc[0] > 0 && (s[loc[0]-1] == '.' || isDigit(s[loc[0]-1])) {
			continue
		}
		if loc[1]+1 < len(s) && s[loc[1]] == '.' && isDigit(s[loc[1]+1]) {
			continue
		}
		if s[loc[0]] == '2' {
			if at < 0 {
				ok, at = s[loc[0]:loc[1]], loc[0]
			}
			continue
		}
		return s[loc[0]:loc[1]], loc[0]
	}
	return ok, at
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// replyRe finds a basic SMTP reply code where a server would write one.
var replyRe = regexp.MustCompile(`(?m)(?:^|[\s:(\[#"'=<>])([245][0-5][0-9])(?:[ -]|$)`)

// findReply returns the first 4xx or 5xx (or 2xx when allowed) reply code in
// s that is followed by words or a status code, not by a unit.
func findReply(s string, allow2xx bool) (string, int) {
	for off := 0; off < len(s); {
		loc := replyRe.FindStringSubmatchIndex(s[off:])
		if loc == nil {
			break
		}
		for k := range loc {
			loc[k] += off
		}
		off = loc[3]
		code := s[loc[2]:loc[3]]
		if code[0] == '2' && !allow2xx {
			continue
		}
		rest := strings.ToLower(strings.TrimLeft(s[loc[3]:min(len(s), loc[3]+12)], " -"))
		if strings.HasPrefix(rest, "byte") || strings.HasPrefix(rest, "kb") || strings.HasPrefix(rest, "mb") ||
			strings.HasPrefix(rest, "sec") || strings.HasPrefix(rest, "day") || strings.HasPrefix(rest, "hour") ||
			strings.HasPrefix(rest, "min") || (rest != "" && isDigit(rest[0]) && !statusRe.MatchString(rest)) {
			continue
		}
		return code, loc[2]
	}
	return "", -1
}

// remoteRe finds the name of the server that refused, in the phrasing of
// common MTAs ("host mx.example.com[192.0.2.1] said:", "remote host
// mx.example.com", "SMTP error from remote mail server ... host x").
var remoteRe = regexp.MustCompile(`(?i)(?:\bhost|\bserver|\bmx)\s+([a-z0-9][a-z0-9.-]*\.[a-z]{2,})\s*[\[(]`)
