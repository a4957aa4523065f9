package classifier

// The fields of a machine-readable delivery-status report (RFC 3464), part
// of stage 2b: where there is one, it names the recipients.

import (
	"regexp"
	"strings"
	"unicode/utf8"
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

// reportRecipients reads the fields of a delivery-status report (RFC 3464)
// found in the report regions: one recipient per Final-Recipient, and the
// Reporting-MTA.
func reportRecipients(doc *document) (rs []*recipientEvidence, reportingMTA string) {
	var cur *recipientEvidence
	hasFinal, hasOrig := false, false
	// listed is false while cur is a block whose recipient field has not
	// come yet: Oracle's Messaging Server writes a recipient's Action and
	// Status above its Original- and Final-Recipient, so the fields after
	// a blank line belong to the next recipient, not the last one named.
	listed := false
	// newRcpt starts the next recipient when a recipient field repeats or a
	// blank line ends the current block.
	fieldStart, regEnd := 0, 0
	endBlock := func() {
		if cur != nil && listed && len(cur.spans) == 1 {
			cur.spans[0].end = fieldStart
		}
		if cur != nil && !listed && len(rs) > 0 {
			// No recipient field followed: a report that sets a blank
			// line inside a recipient's block, whose fields are the last
			// one's where it has none of its own.
			fillFields(rs[len(rs)-1], cur)
		}
	}
	newRcpt := func(final bool, brk bool) {
		if cur != nil && !listed && !brk {
			rs = append(rs, cur) // the block's fields came first
			listed = true
		} else if cur == nil || brk || final && hasFinal || !final && hasOrig {
			endBlock()
			cur = &recipientEvidence{spans: []span{{fieldStart, regEnd}}}
			rs = append(rs, cur)
			listed = true
			hasFinal, hasOrig = false, false
		}
		if final {
			hasFinal = true
		} else {
			hasOrig = true
		}
	}
	for _, reg := range doc.regions {
		chunk := doc.text[reg.start:reg.end]
		lastEnd := reg.start
		regEnd = reg.end
		fields := findFields(chunk)
		for k, f := range fields {
			name := f.name
			brk := strings.Contains(doc.text[lastEnd:reg.start+f.lineStart], "\n\n")
			fieldStart = reg.start + f.lineStart
			vStart := reg.start + f.valueStart
			// A value ends at the next field at the latest, however the
			// lines are indented (a report pasted with every line indented
			// or quoted).
			limit := reg.end
			if k+1 < len(fields) {
				limit = max(vStart, reg.start+fields[k+1].lineStart-1)
			}
			vEnd := valueEnd(doc.text, vStart, limit, indentOf(lineAt(doc.text, fieldStart)))
			lastEnd = vEnd
			value := strings.TrimSpace(doc.text[vStart:vEnd])
			if brk && (name == "action" || name == "status" || name == "diagnostic-code" || name == "remote-mta") {
				// A block that opens with a recipient's own fields is the
				// next recipient's, whose recipient field follows (maddy
				// writes its fields in reverse, Remote-MTA first).
				endBlock()
				cur = &recipientEvidence{spans: []span{{fieldStart, regEnd}}}
				listed = false
				hasFinal, hasOrig = false, false
			}
			switch name {
			case "reporting-mta":
				if reportingMTA == "" {
					reportingMTA = stripType(value)
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
					vEnd = wrappedValueEnd(doc.text, vEnd, limit)
					value = strings.TrimSpace(doc.text[vStart:vEnd])
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
	if cur != nil && !listed && len(rs) > 0 {
		fillFields(rs[len(rs)-1], cur) // the last block named no recipient
	}
	if len(rs) > 1 {
		noticeSections(doc, rs)
	}
	return rs, reportingMTA
}

// fillFields gives r the fields of block that r lacks.
func fillFields(r, block *recipientEvidence) {
	if r.Action == "" {
		r.Action = block.Action
	}
	if r.Status == "" {
		r.Status = block.Status
	}
	if r.RemoteMTA == "" {
		r.RemoteMTA = block.RemoteMTA
	}
	if r.diag.end <= r.diag.start && block.diag.end > block.diag.start {
		r.diag, r.Diagnostic = block.diag, block.Diagnostic
	}
}

// noticeSections gives each of a report's several recipients its part of
// the notice as well as its group of fields: a notice may say a
// recipient's reason only in its own paragraph, under the line naming it
// (Domino's "was not delivered to: / lee@example.net / because: /
// Maximum hop count exceeded"), when the report's fields carry no
// Diagnostic-Code with words; a recipient whose fields do keeps its
// group of fields alone. The parts run from the line each address opens
// to the next such line, as for a notice without a report (see sections).
func noticeSections(doc *document, rs []*recipientEvidence) {
	if doc.reportStart < 0 {
		return
	}
	index := make(map[string]int, len(rs))
	for k, r := range rs {
		if r.Address != "" {
			index[strings.ToLower(r.Address)] = k
		}
	}
	good := make([]mention, len(rs))
	for k, r := range rs {
		good[k] = mention{r.Address, -1}
	}
	var openings []mention
	for _, reg := range doc.regions {
		if reg.start >= doc.reportStart {
			continue
		}
		for i := reg.start; i < reg.end; {
			line := doc.text[i:min(reg.end, i+len(lineAt(doc.text, i)))]
			if strings.IndexByte(line, '@') >= 0 {
				for _, loc := range findAddresses(line) {
					key := strings.ToLower(strings.Trim(line[loc[0]:loc[1]], ".'"))
					k, ok := index[key]
					if !ok {
						continue
					}
					if good[k].offset < 0 {
						good[k].offset = i + loc[0]
					}
					if atLineStart(line, loc[0]) || reasonFollows(line, loc[1]) {
						openings = append(openings, mention{key, i + loc[0]})
					}
				}
			}
			i += len(line) + 1
		}
	}
	had := make([]int, len(rs))
	for k, r := range rs {
		had[k] = len(r.spans)
	}
	sections(doc, good, openings, rs)
	for k, r := range rs {
		if r.diag.end > r.diag.start && saysWhy(doc.text[r.diag.start:r.diag.end]) {
			// The server's own words are in its fields: a notice's parts
			// are told apart less surely (Microsoft 365 lists every
			// recipient's error under the last one's address).
			r.spans = r.spans[:had[k]]
		}
	}
}

// valueEnd finds where a header-style field value that starts at i ends:
// before the first line that is not a continuation.
func valueEnd(text string, i, limit, indent int) int {
	for {
		nl := strings.IndexByte(text[i:limit], '\n')
		if nl < 0 {
			return limit
		}
		next := i + nl + 1
		if next >= limit || indentOf(lineAt(text, next)) <= indent || strings.TrimSpace(lineAt(text, next)) == "" {
			return i + nl
		}
		i = next
	}
}

// wrappedValueEnd extends a value that ends at i over the lines a mail
// program's hard wrap broke off it without an indent (Outlook's plain-text
// forward wraps at 76 columns): lines with words, up to a blank line, that
// are no field of their own.
func wrappedValueEnd(text string, i, limit int) int {
	for i < limit && text[i] == '\n' {
		next := lineAt(text, i+1)
		if strings.TrimSpace(next) == "" || i+1+len(next) > limit || isHeaderLine([]byte(next)) {
			break
		}
		i += 1 + len(next)
	}
	return i
}

// stripType drops an address or diagnostic type prefix ("rfc822;", "smtp;").
func stripType(v string) string {
	if i := strings.IndexByte(v, ';'); i > 0 && i < 12 && !strings.ContainsAny(v[:i], " @<") {
		v = v[i+1:]
	}
	return strings.TrimSpace(v)
}

func oneLine(s string) string {
	if isOneLine(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for w := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// isOneLine reports whether oneLine would give s back as it is: ASCII with
// single spaces between words and none at either end (most values are).
func isOneLine(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
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
	// No address in it: the value as it is, unfolded (a field folded over
	// lines, RFC 5322 2.2.3, is one line).
	return strings.Trim(oneLine(v), "<>")
}
