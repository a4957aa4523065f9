package classifier

import (
	"bytes"
	"net/mail"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Stage 1 of the pipeline: read the input. Whatever its form (a whole
// message, text copied out of a mail program, one SMTP line), it becomes a
// document: the text a person reads, with the stretches that are the
// report itself (the notice up to the copy of the returned message, and the
// delivery-status part), the bounce's own header, and what came back of the
// original message. Nothing here decides what went wrong.

// document is a bounce as read: stage 1's output.
type document struct {
	// text is the human-readable text and the report, as Diagnosis.Text;
	// every offset of the later stages points into it.
	text string
	// folded is text with case and wide spaces folded, byte for byte the
	// same length: the phrase automaton scans it.
	folded string
	header mail.Header
	format string
	// regions are the stretches of text that are the report: the notice up
	// to the copy of the original message, and the delivery-status part.
	regions []span
	// found are the phrases in the whole text, from one scan.
	found found
	// reportStart is where the delivery-status part starts, or -1.
	reportStart int
	// feedback is true for a feedback report (ARF) or a complaint header.
	feedback bool
	// receipt is true for a read receipt (a disposition notification).
	receipt                bool
	originalRaw            []byte
	original               *Original
	attachments            []Attachment
	hasReport, hasOriginal bool
}

// span is a byte range [start, end) of the document's text.
type span struct{ start, end int }

// maxText bounds the text the engine reads. A bounce's own words fit in a
// few kilobytes; megabytes of text are a pasted attachment or an attack, and
// reading them whole only costs time.
const maxText = 1 << 20

// readMessage makes a document of a decoded MIME message.
func readMessage(m *message) *document {
	text := normalize(m.body)
	reportStart := -1
	if m.report != "" {
		text = strings.TrimRight(text, "\n") + "\n\n"
		reportStart = len(text)
		text += normalize(m.report)
	}
	if m.feedback != "" {
		text = strings.TrimRight(text, "\n") + "\n\n" + normalize(m.feedback)
	}
	if m.mdn != "" && reportStart < 0 {
		text = strings.TrimRight(text, "\n") + "\n\n"
		reportStart = len(text)
		text += normalize(m.mdn)
	}
	doc := newDocument(text, m.header, "mime", reportStart)
	doc.receipt = m.mdn != "" && receiptReached(m.mdn, m.header)
	doc.feedback = m.feedback != "" || strings.Contains(strings.ToLower(m.header.Get("Content-Type")), "feedback-report") ||
		strings.Contains(strings.ToLower(m.header.Get("Subject")), "complaint about message")
	doc.originalRaw = m.original
	doc.attachments = m.attach
	doc.hasReport, doc.hasOriginal = m.report != "" || m.feedback != "", m.original != nil
	if m.original != nil {
		doc.original = readOriginal(m.original)
	}
	if doc.original == nil {
		doc.original = doc.originalFromText()
	}
	return doc
}

// readText makes a document of text with no MIME structure: a copy of what
// a mail program shows, or one SMTP reply. h is the header block that came
// with it, if any.
func readText(text string, h mail.Header, format string) *document {
	if !strings.Contains(strings.TrimSpace(text), "\n") {
		format = "smtp"
	}
	doc := newDocument(qmailLogSpaces(undoPasting(text)), h, format, -1)
	doc.original = doc.originalFromText()
	return doc
}

// receiptReached reports whether a read receipt's disposition (its part,
// or its Disposition field) says the message reached the reader. Every
// disposition but one does (RFC 8098 3.2.6): "displayed", "processed",
// "dispatched", "denied" (the reader would not say more) and "deleted"
// when the reader's program sends it. "failed" is no receipt, and
// "deleted" from the mail system itself (header h) is a refusal: a Sieve
// reject (RFC 5429 2.1) sends one from the delivery agent.
func receiptReached(disposition string, h mail.Header) bool {
	d := strings.ToLower(disposition)
	return !strings.Contains(d, "failed") && !(strings.Contains(d, "deleted") && sentByDeliverySystem(h))
}

// dispositionAt finds the Disposition field of a read receipt in a text
// without the receipt's own part (RFC 8098 3.2.6: an action mode, a sending
// mode and a disposition type), as a person pastes a receipt with its
// machine-readable part: "Disposition: manual-action/MDN-sent-manually;
// displayed". ok is false when there is none, or when it says the message
// did not reach the reader (receiptReached).
func dispositionAt(doc *document) (s span, ok bool) {
	if !hasField(doc.text, "disposition") {
		return span{}, false
	}
	loc := dispositionField.FindStringIndex(doc.text)
	if loc == nil || !receiptReached(doc.text[loc[0]:loc[1]], doc.header) {
		return span{}, false
	}
	return span{loc[0], loc[1]}, true
}

var dispositionField = regexp.MustCompile(`(?im)^[ \t]*disposition[ \t]*:[ \t]*(?:manual|automatic)-action[ \t]*/[ \t]*mdn-sent-(?:manually|automatically)[ \t]*;[ \t]*(?:displayed|deleted|dispatched|processed|denied)\b`)

// undoPasting takes back what quoting and copying did to a pasted text, so
// the report's lines read as the server wrote them: quote markers ("> ")
// when most lines carry them (a bounce quoted in a reply or a forward),
// the blank line a copy out of some programs puts after every line, an
// indentation every line shares (a ticket's or a wiki's code block), a
// report's fields or a forward's header joined on one line, and the
// typographic quotes a web page or a word processor shows where the server
// printed straight ones (WordPress's wptexturize, Word's AutoFormat as you
// type, macOS's smart quotes): a server's own lines quote "x" and 'x'.
func undoPasting(text string) string {
	if strings.IndexByte(text, 0xe2) >= 0 && strings.ContainsAny(text, typographicQuotes) {
		text = straightQuotes.Replace(text)
	}
	for range maxQuoteDepth {
		if !mostlyQuoted(text) {
			break
		}
		text = unquoteLines(text)
	}
	text = singleSpaced(text)
	return queueListing(splitJoinedFields(splitJoinedHeaders(rejoinWrappedLog(dedent(unnumberLines(text))))))
}

// lineNumber is the gutter an editor or a paste site puts before each
// line it shows: the line's number, then a bar, a tab or a space.
var lineNumber = regexp.MustCompile(`^[ \t]*(\d{1,5})(?:[ \t]*\|[ \t]?|\t| |$)`)

// unnumberLines takes off the line numbers of a text copied with its
// editor's or paste site's gutter ("13 | <ann@example.com>: host ..."),
// known by numbers that count up by one from line to line on nearly every
// line; a log's or a report's own numbers do not.
func unnumberLines(text string) string {
	numbered := false
	for i, n := 0, 0; i < len(text) && n < 3 && !numbered; n++ {
		line := lineAt(text, i)
		numbered = lineNumber.MatchString(line)
		i += len(line) + 1
	}
	if !numbered {
		return text // a numbered copy numbers one of its first lines
	}
	lines, counted, prev := 0, 0, -1
	for line := range strings.Lines(text) {
		lines++
		m := lineNumber.FindStringSubmatch(strings.TrimRight(line, "\r\n"))
		if m == nil {
			prev = -1
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if prev >= 0 && n == prev+1 {
			counted++
		}
		prev = n
	}
	if lines < minNumberedLines || 10*counted < 9*(lines-1) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for line := range strings.Lines(text) {
		if loc := lineNumber.FindStringIndex(strings.TrimRight(line, "\r\n")); loc != nil {
			line = line[loc[1]:]
		}
		b.WriteString(line)
	}
	return b.String()
}

// minNumberedLines is how many lines a text needs before its line numbers
// can be told from numbers it holds.
const minNumberedLines = 4

// listedRecipient reports whether t, a trimmed line of a queue listing,
// is a recipient's line: one address, or the text a page that hides
// addresses shows in its place.
func listedRecipient(t string) bool {
	return !strings.ContainsAny(t, " \t") && strings.Count(t, "@") == 1 || strings.Trim(t, "<>") == hiddenAddress
}

// hiddenAddress is what Cloudflare's email obfuscation shows in place of
// an address, copied from a page (its space a no-break one there, which
// normalize has made a plain space before the text is read).
const hiddenAddress = "[email protected]"

// queueListing rewrites the mail queue listing that Postfix's mailq
// (postqueue -p; src/showq/showq_compat.c) and sendmail's mailq (queue.c
// printqueue) print, where the reason a message waits stands on a line of
// its own in parentheses above the recipients it holds for:
//
//	-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------
//	D41E7A0F3B2*   96214 Mon Nov 30 06:00:03  news@example.com
//	(connect to mail.example.org[198.51.100.90]:25: Connection refused)
//	                                         events@example.org
//
// as a bounce's lines are, each recipient opening the line of its reason
// ("<events@example.org>: connect to ...: Connection refused"). Text with
// no listing header comes back as it is.
func queueListing(text string) string {
	if !strings.Contains(text, "-Queue ID-") && !strings.Contains(text, "-----Q-ID-----") {
		return text
	}
	var b strings.Builder
	listing, reason := false, ""
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "-Queue ID-") || strings.HasPrefix(t, "-----Q-ID-----"):
			listing, reason = true, ""
		case !listing || t == "":
			// A blank line ends a message's entry; the next entry's own
			// line resets the reason (and a double-spaced paste has blank
			// lines everywhere).
		case len(t) > 2 && t[0] == '(' && t[len(t)-1] == ')':
			reason = t[1 : len(t)-1]
			continue // said again on each recipient's line below
		case reason != "" && listedRecipient(t):
			b.WriteString("<" + strings.Trim(t, "<>") + ">: " + reason)
			continue
		default:
			reason = "" // the next message's line
		}
		b.WriteString(line)
	}
	return b.String()
}

// splitJoinedHeaders gives back the line breaks of a bounce's forward
// header whose lines a paste joined into one, as a Markdown editor or a
// ticket's text view leaves it ("---------- Forwarded message ---------
// From: Mail Delivery System <MAILER-DAEMON@...> Date: ... Subject: ...
// To: <...>"), so that it reads as the header block it was: a bounce's
// own header (forwardedBounce) with no SMTP reply in it.
func splitJoinedHeaders(text string) string {
	var b strings.Builder
	changed := false
	for line := range strings.Lines(text) {
		body := strings.TrimRight(line, "\n")
		if block := splitJoinedHeader(body); block != "" && !holdsReply(body) && forwardedBounce("\n"+block) {
			b.WriteString(block)
			b.WriteString(line[len(body):])
			changed = true
			continue
		}
		b.WriteString(line)
	}
	if !changed {
		return text
	}
	return b.String()
}

// minWrapWidth is the narrowest width mail programs wrap plain text at
// (most wrap at 72 to 80 characters).
const minWrapWidth = 70

// rejoinWrappedLog gives back the lines of a mail log that a paste wrapped
// (a plain-text mail program breaks long lines at 76 characters, with no
// indent): a line that follows a log line, does not start a log line
// itself, and whose first word would not have fit on the line before is
// that line's tail. Only log lines are rejoined: a notice's own short lines
// are the server's, and joining them would read one recipient's reason
// into another's.
func rejoinWrappedLog(text string) string {
	if !hasLogLine(text) {
		return text
	}
	out := make([]byte, 0, len(text))
	inLog, prevLen := false, 0
	for line := range strings.Lines(text) {
		body := strings.TrimRight(line, "\r\n")
		switch {
		case startsLogLine(body):
			inLog = true
		case inLog && body != "" && body[0] != ' ' && body[0] != '\t' && prevLen+1+firstWordLen(body) > minWrapWidth:
			// The tail of the line before: take back the break.
			out = append(bytes.TrimRight(out, "\r\n"), ' ')
		default:
			inLog = false
		}
		prevLen = len(body)
		out = append(out, line...)
	}
	return string(out)
}

// firstWordLen is the length of line's first word.
func firstWordLen(line string) int {
	if i := strings.IndexAny(line, " \t"); i >= 0 {
		return i
	}
	return len(line)
}

// hasLogLine reports whether some line of text starts as a mail log line.
func hasLogLine(text string) bool {
	for line := range strings.Lines(text) {
		if startsLogLine(line) {
			return true
		}
	}
	return false
}

// startsLogLine reports whether line starts with a log's time stamp:
// syslog's "Nov  3 16:50:07 " (Postfix, sendmail, most others), the ISO
// date Exim and RFC 5424 syslog write ("2026-01-09 11:20:03",
// "2026-01-09T11:20:03"), or the TAI64N label multilog puts before
// qmail's lines ("@4000000066..." and 24 hex digits in all); and, as the
// applications that send mail write them, the ISO date in brackets
// (Laravel's Monolog and Ghost: "[2026-01-09 11:20:03] production.ERROR")
// or as a logfmt field (Grafana's "t=2026-01-09T11:20:03+0000 lvl=eror").
func startsLogLine(line string) bool {
	if strings.HasPrefix(line, "[") {
		line = line[1:]
	} else if strings.HasPrefix(line, "t=") {
		line = line[2:]
	}
	switch {
	case len(line) >= 16 && isUpper(line[0]) && isLower(line[1]) && isLower(line[2]) && line[3] == ' ' &&
		(line[4] == ' ' || isDigit(line[4])) && isDigit(line[5]) && line[6] == ' ' && isClock(line[7:15]) && line[15] == ' ':
		return true
	case len(line) >= 19 && isDigits(line[0:4]) && line[4] == '-' && isDigits(line[5:7]) && line[7] == '-' &&
		isDigits(line[8:10]) && (line[10] == ' ' || line[10] == 'T') && isClock(line[11:19]):
		return true
	case len(line) >= 25 && strings.HasPrefix(line, "@4000") && isHex(line[1:25]):
		return true
	}
	return false
}

// isClock reports whether s is a time of day written "hh:mm:ss".
func isClock(s string) bool {
	return len(s) == 8 && isDigits(s[0:2]) && s[2] == ':' && isDigits(s[3:5]) && s[5] == ':' && isDigits(s[6:8])
}

// isUpper and isLower report whether c is an ASCII capital or small letter.
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

// isBlank reports whether c is a space, a tab or a line break.
func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool { return s != "" && digits(s, 0) == len(s) }

// isHex reports whether s is all hexadecimal digits.
func isHex(s string) bool {
	for i := range len(s) {
		if !isHexDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

// reportFieldNames are the fields of a delivery-status report as mail
// servers write them (RFC 3464 2.2 and 2.3, and Postfix's own), capitalized
// as they print them: all of them, to tell where a joined line breaks,
// where dsnFields (report.go) are the ones the engine reads, in any case.
var reportFieldNames = []string{"Reporting-MTA:", "DSN-Gateway:", "Received-From-MTA:", "Arrival-Date:",
	"X-Postfix-Queue-ID:", "X-Postfix-Sender:", "Original-Recipient:", "Final-Recipient:", "X-Actual-Recipient:",
	"Action:", "Status:", "Remote-MTA:", "Diagnostic-Code:", "Last-Attempt-Date:", "Will-Retry-Until:"}

// splitJoinedFields gives back the line breaks of a report whose lines a
// paste joined into one ("Final-Recipient: rfc822; ann@example.org Action:
// failed Status: 5.1.1", as a Markdown editor or a ticket's text view
// shows it): on a line that starts with a report field, each further
// field's name, after a space, starts a line again.
func splitJoinedFields(text string) string {
	if !strings.Contains(text, "Status: ") && !strings.Contains(text, "Action: ") {
		return text
	}
	var b strings.Builder
	changed := false
	// next holds, for each field name, where it next stands after a space
	// in the line (-1: nowhere), so each name is searched for once per
	// place it stands, not once per split: a hostile line of a million
	// joined fields costs no more than a long one.
	next := make([]int, len(reportFieldNames))
	for line := range strings.Lines(text) {
		if !startsWithField(line) {
			b.WriteString(line)
			continue
		}
		find := func(k, from int) {
			next[k] = -1
			if i := strings.Index(line[from:], " "+reportFieldNames[k]); i >= 0 {
				next[k] = from + i
			}
		}
		for k := range reportFieldNames {
			find(k, 1)
		}
		start := 0
		for {
			at := -1
			for k, i := range next {
				if i >= 0 && (at < 0 || i < at) {
					at = next[k]
				}
			}
			if at < 0 {
				break
			}
			b.WriteString(strings.TrimRight(line[start:at], " "))
			b.WriteByte('\n')
			start = at + 1
			changed = true
			for k, i := range next {
				if i >= 0 && i < start {
					find(k, start+1)
				}
			}
		}
		b.WriteString(line[start:])
	}
	if !changed {
		return text
	}
	return b.String()
}

// splitJoinedHeader takes apart a forward header whose lines a paste joined
// into one, as a Markdown editor or a ticket's text view leaves it
// ("---------- Forwarded message --------- From: Mail Delivery System
// <MAILER-DAEMON@...> Date: ... Subject: ... To: <...>"): a new line
// starts at each field name, a word ending in a colon ("Von:", "Кому:",
// "De :").
// The line opens with a field or with a separator of four words at most
// ("-----Original Message-----", "Begin forwarded message:"), not with a
// sentence. It returns the header block with a line per field, or "" when
// line is no such header, names fewer than three different fields or is
// longer than a header block (4,000 bytes, as forwardedBounce reads).
func splitJoinedHeader(line string) string {
	if len(line) > 4000 || strings.Count(line, ": ") < 3 {
		return ""
	}
	// French typography sets a space before the colon ("De :").
	line = strings.ReplaceAll(line, " : ", ": ")
	var b strings.Builder
	names := map[string]bool{}
	for i, w := range strings.Fields(line) {
		if isFieldName(w) {
			names[strings.ToLower(w)] = true
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
		} else if len(names) == 0 && i >= 4 {
			return ""
		} else if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	if len(names) < 3 {
		return ""
	}
	return b.String()
}

// isFieldName reports whether w, a word of a joined line, is a header
// field's name: letters and hyphens ending in a colon, with no digit, so
// that a time ("9:14") or an address is none.
func isFieldName(w string) bool {
	name, ok := strings.CutSuffix(w, ":")
	if !ok || name == "" || len(name) > 24 {
		return false
	}
	for _, r := range name {
		if r != '-' && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// startsWithField reports whether line begins with one of
// reportFieldNames.
func startsWithField(line string) bool {
	for _, f := range reportFieldNames {
		if strings.HasPrefix(line, f) {
			return true
		}
	}
	return false
}

// maxQuoteDepth bounds how many levels of quoting undoPasting takes off.
const maxQuoteDepth = 4

// mostlyQuoted reports whether more than half of the lines with words
// begin with a quote marker ">". A notice's own lines that begin so
// (sendmail's ">>> RCPT To:" transcript) are a few among many.
func mostlyQuoted(text string) bool {
	quoted, words := 0, 0
	for line := range strings.Lines(text) {
		t := strings.TrimLeft(line, " \t")
		if strings.TrimSpace(t) == "" {
			continue
		}
		words++
		if t[0] == '>' {
			quoted++
		}
	}
	return words > 0 && 2*quoted > words
}

// unquoteLines takes one quote marker, and the space after it, off every
// line that begins with one.
func unquoteLines(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	for line := range strings.Lines(text) {
		t := strings.TrimLeft(line, " \t")
		if t != "" && t[0] == '>' {
			line = strings.TrimPrefix(t[1:], " ")
		}
		b.WriteString(line)
	}
	return b.String()
}

// singleSpaced undoes the double line spacing of a report copied out of
// some programs: when no two lines with words stand next to each other
// (every line is followed by a blank one) and the text holds a report's
// fields or a header block (a forward's "From:", "Sent:", "To:",
// "Subject:" in any language, which no program writes a blank line apart),
// each single blank line is a plain line break and each longer run of
// blank lines a paragraph break. Without either the blank lines may be the
// notice's own paragraphs (an HTML notice read as text puts one between
// every element), which say where one passage ends.
func singleSpaced(text string) string {
	withWords, prevWords := 0, false
	fieldRun, headerBlock := 0, false // name: value lines in a row, blank lines aside
	for l := range strings.Lines(text) {
		w := strings.TrimSpace(l) != ""
		if w && prevWords {
			return text
		}
		if w {
			withWords++
			if isNameValueLine(l) {
				fieldRun++
				headerBlock = headerBlock || fieldRun >= minReportFields
			} else {
				fieldRun = 0
			}
		}
		prevWords = w
	}
	if withWords < minDoubleSpaced || !headerBlock && len(findFields(text)) < minReportFields {
		return text
	}
	lines := strings.Split(text, "\n")
	out := make([]string, 0, len(lines))
	blanks := 0
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			blanks++
			continue
		}
		if blanks >= 2 && len(out) > 0 {
			out = append(out, "")
		}
		blanks = 0
		out = append(out, l)
	}
	return strings.Join(out, "\n") + "\n"
}

// minDoubleSpaced is how many lines with words a text needs before its
// spacing can tell double spacing from short paragraphs, and
// minReportFields how many report fields show it is a report's copy.
const (
	minDoubleSpaced = 6
	minReportFields = 3
)

// dedent takes off the spaces and tabs that every line with words begins
// with.
func dedent(text string) string {
	common := -1
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) == "" {
			continue
		}
		n := indentOf(line)
		if common < 0 || n < common {
			common = n
		}
		if common == 0 {
			return text
		}
	}
	if common <= 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) == "" {
			b.WriteString(strings.TrimLeft(line, " \t"))
			continue
		}
		b.WriteString(line[common:])
	}
	return b.String()
}

// qmailLogSpaces gives back the spaces of qmail-send's log lines. qmail-send
// logs a delivery's report on one line with each space written "_" and each
// line break "/" ("delivery 412: failure: 192.0.2.25_does_not_like_recipient./
// Remote_host_said:_550_5.1.1_..."); read so, neither the reply code nor the
// words would be found. Only the report after "failure:", "deferral:" or
// "success:" of such a line changes, so offsets elsewhere stay put.
func qmailLogSpaces(text string) string {
	if !strings.Contains(text, "delivery ") {
		return text
	}
	var b []byte
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], "delivery ")
		if i < 0 {
			break
		}
		i += off
		off = i + len("delivery ")
		j := digits(text, off)
		if j == off || !strings.HasPrefix(text[j:], ": ") {
			continue
		}
		rest := text[j+2:]
		var start int
		for _, w := range []string{"failure: ", "deferral: ", "success: "} {
			if strings.HasPrefix(rest, w) {
				start = j + 2 + len(w)
			}
		}
		if start == 0 {
			continue
		}
		end := start + len(lineAt(text, start))
		if b == nil {
			b = []byte(text)
		}
		for k := start; k < end; k++ {
			if b[k] == '_' {
				b[k] = ' '
			}
		}
		off = end
	}
	if b == nil {
		return text
	}
	return string(b)
}

func newDocument(text string, h mail.Header, format string, reportStart int) *document {
	if h == nil {
		h = mail.Header{}
	}
	if len(text) > maxText {
		text = strings.ToValidUTF8(text[:maxText], "")
		if reportStart > len(text) {
			reportStart = -1
		}
	}
	doc := &document{text: text, folded: blankRepeatedCodes(blankEscapedBreaks(foldText(text))), header: h, format: format, reportStart: reportStart}
	doc.found = scan(doc.folded)
	bodyEnd := len(text)
	if reportStart >= 0 {
		bodyEnd = reportStart
	}
	start := 0
	if len(h) == 0 {
		start = afterIntroLine(text, doc.found.words)
	}
	doc.regions = []span{{start, max(start, originalStartIn(text[:bodyEnd], doc.folded[:bodyEnd], doc.found.words))}}
	if reportStart >= 0 {
		doc.regions = append(doc.regions, span{reportStart, len(text)})
	}
	return doc
}

// afterIntroLine is where a pasted notice begins below the line a person
// wrote above it ("Got this back after I asked Priya why our mails land
// in her spam folder:"): a first line that ends in a colon, then, after a
// blank line, a line that opens with a notice's heading (a strong @bounce
// phrase: "Delivery has failed to these recipients or groups"). The
// person's line tells their own guess, not the notice's reason. It is 0
// when the text opens otherwise.
func afterIntroLine(text string, words []phraseMatch) int {
	i := 0
	for i < len(text) && (text[i] == '\n' || text[i] == '\r' || text[i] == ' ' || text[i] == '\t') {
		i++
	}
	intro := strings.TrimSpace(lineAt(text, i))
	if !strings.HasSuffix(intro, ":") || len(intro) > maxIntroLine {
		return 0
	}
	next := i + len(lineAt(text, i)) + 1
	if next >= len(text) || strings.TrimSpace(lineAt(text, next)) != "" {
		return 0 // a paragraph of its own, not a sentence wrapped onto the notice
	}
	for next < len(text) && strings.TrimSpace(lineAt(text, next)) == "" {
		next += len(lineAt(text, next)) + 1
	}
	if next >= len(text) {
		return 0
	}
	lead := next + len(lineAt(text, next)) - len(strings.TrimLeft(lineAt(text, next), " \t>"))
	kb := know()
	// The matches come in the order of their end: a heading's may follow
	// those of shorter phrases inside it.
	for _, m := range words {
		if m.end > lead+maxHeadingPhrase {
			break
		}
		if f := &kb.phrases[m.rule]; m.start == lead && f.marker == markBounce && f.strength == strong {
			return next
		}
	}
	return 0
}

// maxHeadingPhrase bounds the length of the heading afterIntroLine looks
// for, in bytes.
const maxHeadingPhrase = 400

// maxIntroLine bounds the line afterIntroLine takes for a person's own.
const maxIntroLine = 200

// blankRepeatedCodes blanks, in the folded copy the phrases are found in,
// the code a multi-line SMTP reply repeats on each of its lines. Exim keeps
// the lines ("550-5.1.1 The email account that you tried to reach does not
// exist. Please try" / "550-5.1.1 double-checking the recipient's email
// address"), and Postfix joins them into one ("said: 421-4.7.32 Your email
// has been rate limited because the From: header 421-4.7.32 (RFC5322) in
// this message isn't aligned"): either way the repeats cut the reply's
// sentences apart. A repeat is a code (and its enhanced status) that the
// line before continued ("550-5.1.1") close behind; it becomes spaces, so
// offsets do not move, and the first of each reply stays.
func blankRepeatedCodes(folded string) string {
	var b []byte
	blank := func(i, end int) {
		if b == nil {
			b = []byte(folded)
		}
		for k := i; k < end; k++ {
			b[k] = ' '
		}
	}
	// last holds, for each code (with its status) of a reply line that
	// said more lines follow ("550-5.1.1", the key as it stands), where
	// that line's code ended.
	last := map[string]int{}
	// closing blanks the last line's code ("550 5.1.1") of the reply whose
	// previous line's code ended at from, if it stands before to.
	closing := func(key string, from, to int) bool {
		to = min(to, from+maxReplyLine, len(folded))
		term := key[:3] + " " + key[4:]
		j := strings.Index(folded[from:to], term)
		if j < 0 {
			return false
		}
		j += from
		if j > 0 && isWordByte(folded[j-1]) || j+len(term) < len(folded) && isWordByte(folded[j+len(term)]) {
			return false
		}
		blank(j, j+len(term))
		return true
	}
	for off := 0; ; {
		h := strings.IndexByte(folded[off:], '-')
		if h < 0 {
			break
		}
		h += off
		off = h + 1
		i := h - 3
		if i < 0 || !replyAt(folded, i) {
			continue
		}
		end := h + 1
		if e := statusAt(folded, end); e > 0 {
			end = e
		}
		key := folded[i:end] // "550-5.1.1"; its closing line has a space for the hyphen
		if prev, ok := last[key]; ok && !closing(key, prev, i) && i-prev <= maxReplyLine {
			blank(i, end)
		}
		last[key] = end
	}
	for key, end := range last {
		closing(key, end, len(folded))
	}
	if b == nil {
		return folded
	}
	return string(b)
}

// blankEscapedBreaks blanks the two characters `\n` where a log line
// stands for a line break of a multi-line reply: Exim writes each line
// break of a remote server's reply as a backslash and an n in its main log
// (string_printing in src/string.c), so "SMTP error from remote mail
// server after RCPT TO:<x>: 451-4.7.23 ... doesn't have a\n451-4.7.23 PTR
// record" is one line. Only a `\n` followed by a reply code is blanked, so
// a path or a quoted program string keeps its backslash.
func blankEscapedBreaks(folded string) string {
	if !strings.Contains(folded, `\n`) {
		return folded
	}
	var b []byte
	for off := 0; ; {
		j := strings.Index(folded[off:], `\n`)
		if j < 0 {
			break
		}
		j += off
		off = j + 2
		if k := j + 2; k+3 < len(folded) && isReplyCode(folded[k:k+3]) && (folded[k+3] == '-' || folded[k+3] == ' ') {
			if b == nil {
				b = []byte(folded)
			}
			b[j], b[j+1] = ' ', ' '
		}
	}
	if b == nil {
		return folded
	}
	return string(b)
}

// maxReplyLine bounds how far apart two lines of one SMTP reply's code can
// stand: a reply line is at most 512 bytes (RFC 5321 4.5.3.1.5).
const maxReplyLine = 512

// pastedSpaces are the characters a copy out of an HTML page or a word
// processor puts where the server wrote a plain space (no-break and
// narrow spaces) or nothing at all (zero-width spaces, a byte order mark,
// soft hyphens); pastedSpaceReplacer gives back what the server wrote.
const pastedSpaces = "\u00a0\u2007\u202f\u200b\ufeff\u00ad"

var pastedSpaceReplacer = strings.NewReplacer(
	"\u00a0", " ", "\u2007", " ", "\u202f", " ",
	"\u200b", "", "\ufeff", "", "\u00ad", "")

// normalize makes text safe and uniform: valid UTF-8, "\n" line ends, no NUL.
func normalize(s string) string {
	if !utf8.ValidString(s) { // a quick check first: ToValidUTF8 decodes every rune
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	// Each of pastedSpaces begins with one of three bytes, which a quick
	// byte search rules out in most texts before the slower rune search.
	if (strings.IndexByte(s, 0xc2) >= 0 || strings.IndexByte(s, 0xe2) >= 0 || strings.IndexByte(s, 0xef) >= 0) &&
		strings.ContainsAny(s, pastedSpaces) {
		s = pastedSpaceReplacer.Replace(s)
	}
	if strings.Contains(s, "\r") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if strings.Contains(s, "\x00") {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	if strings.Contains(s, mailtoLink) {
		s = unlinkMailto(s)
	}
	return s
}

// mailtoLink starts the target a plain-text copy of an HTML message writes
// after a linked address: Outlook (and the programs that copy its plain
// text) writes a link as its text and then its target in angle brackets,
// "user@example.com<mailto:user@example.com>", in a forward, a reply's
// quote or the text it puts on the clipboard.
const mailtoLink = "<mailto:"

// maxMailtoLink bounds how far a link's closing '>' is looked for: an
// address is at most 254 bytes (RFC 5321 4.5.3.1.3), with room for a
// "?subject=" after it.
const maxMailtoLink = 512

// unlinkMailto gives back the address as the server wrote it: a link
// target that repeats the address before it goes ("user@example.com"),
// and one after other text keeps its address in plain brackets
// ("Postmaster<postmaster@example.com>"), as a recipient's line names it.
func unlinkMailto(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.Index(s, mailtoLink)
		if i < 0 {
			break
		}
		rest := s[i+len(mailtoLink) : min(len(s), i+len(mailtoLink)+maxMailtoLink)]
		end := strings.IndexAny(rest, ">\n")
		if end < 0 || rest[end] != '>' {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		addr, _, _ := strings.Cut(rest[:end], "?")
		if addr != "" && i >= len(addr) && strings.EqualFold(s[i-len(addr):i], addr) {
			b.WriteString(s[:i])
			s = s[i+len(mailtoLink)+end+1:]
			continue
		}
		b.WriteString(s[:i+1])
		s = s[i+len(mailtoLink):]
	}
	b.WriteString(s)
	return b.String()
}

// inRegions reports whether offset i is inside the report.
func (doc *document) inRegions(i int) bool {
	for _, r := range doc.regions {
		if r.start <= i && i < r.end {
			return true
		}
	}
	return false
}

// regionEnd returns the end of the region that holds offset i.
func (doc *document) regionEnd(i int) int {
	for _, r := range doc.regions {
		if r.start <= i && i < r.end {
			return r.end
		}
	}
	return len(doc.text)
}

// reportLen is the length of the report, without white space at the ends
// of its regions.
func (doc *document) reportLen() int {
	n := 0
	for _, r := range doc.regions {
		n += len(strings.TrimSpace(doc.text[r.start:r.end]))
	}
	return n
}

// originalStart returns where the copy of the original message starts in
// text (folded is its folded copy), or len(text) when there is none. The
// lines that introduce it are the @original phrases of knowledge/: a strong
// one counts at the start of any line (after quoting, dashes or spaces), a
// medium one only after a run of dashes ("------ This is a copy ..."), and a
// weak one (a forwarded message) only after the report's own wording: at
// the top it is the reader forwarding the bounce itself.
func originalStart(text, folded string) int {
	return originalStartIn(text, folded, scan(folded).words)
}

// sectionNumberBefore steps back over the section number XMail writes at
// the start of each part of its notice ("[<05>] Here is listed the initial
// part of the message", QueueUtils.cpp), when one ends at i.
func sectionNumberBefore(text string, i int) int {
	if i >= 6 && text[i-1] == ']' && text[i-2] == '>' && isDigit(text[i-3]) && isDigit(text[i-4]) && text[i-5] == '<' && text[i-6] == '[' {
		return i - 6
	}
	return i
}

// originalStartIn is originalStart with the phrases of a text that begins
// with text already found (words, in the order of their end).
func originalStartIn(text, folded string, words []phraseMatch) int {
	kb := know()
	at, firstReport := len(text), -1
	for _, m := range words {
		if m.end > len(text) {
			break
		}
		f := &kb.phrases[m.rule]
		if f.marker != markOriginal || m.start >= at {
			continue
		}
		// Walk back over the lead only, never the whole line: a long line
		// with many markers must not cost a scan per marker.
		ls := m.start
		for ls > 0 && strings.IndexByte(" \t>-=*_", text[ls-1]) >= 0 {
			ls--
		}
		ls = sectionNumberBefore(text, ls)
		if ls > 0 && text[ls-1] != '\n' {
			continue
		}
		if lead := text[ls:m.start]; f.strength == medium && !strings.ContainsAny(lead, "-=*_") {
			continue
		}
		if f.strength == weak {
			if firstReport < 0 {
				// Computed once: where the report's own wording first appears.
				firstReport = len(text)
				for _, b := range words {
					if b.end > len(text) {
						break
					}
					if g := &kb.phrases[b.rule]; g.marker == markBounce && g.strength > weak {
						firstReport = min(firstReport, b.start)
					}
				}
			}
			// Above the report's own wording, it is the reader forwarding
			// the bounce; below it too when the headers under it are a
			// bounce's own (the reader's note said "it bounced" first).
			if firstReport >= ls || forwardedBounceFolded(headerBlockText(folded[ls+len(lineAt(text, ls)):])) {
				continue
			}
		}
		if f.strength == medium && strings.HasSuffix(folded[m.start:m.end], "original message") &&
			forwardedBounceFolded(headerBlockText(folded[ls+len(lineAt(text, ls)):])) {
			// Outlook's "-----Original Message-----" is also how a reader
			// forwards a bounce: when the headers under it are a bounce's
			// own, the report follows.
			continue
		}
		if strings.HasPrefix(folded[m.start:m.end], "received") {
			// Trace headers of a copied message: "Received: from" with a
			// folded "by" line. In the first line it is the report's own
			// header; in a bounce forwarded inline, the report follows.
			next := lineAt(text, min(len(text), m.end+len(lineAt(text, m.end))+1))
			if !strings.HasPrefix(strings.TrimLeft(next, " \t"), "by ") || (next == "" || next[0] != ' ' && next[0] != '\t') ||
				ls == 0 || forwardedBounceFolded(headerBlockText(folded[ls:])) {
				continue
			}
		}
		at = ls
	}
	return at
}

// forwardedBounce reports whether the header block at the start of s is a
// bounce's own (from a mailer daemon), as when a bounce is pasted inline.
func forwardedBounce(s string) bool {
	return forwardedBounceFolded(strings.ToLower(headerBlockText(s)))
}

// headerBlockText is the start of s up to its first blank line, at most
// 4,000 bytes: the header block forwardedBounce reads.
func headerBlockText(s string) string {
	end := strings.Index(s, "\n\n")
	if end < 0 {
		end = len(s)
	}
	return s[:min(end, 4000)]
}

// forwardedBounceFolded is forwardedBounce on h, a header block already in
// lower case (a stretch of a document's folded text).
func forwardedBounceFolded(h string) bool {
	if strings.Contains(h, "\nfrom: mailer-daemon") || strings.Contains(h, "(mail delivery system)") ||
		strings.Contains(h, "\nfrom: mail delivery") || strings.Contains(h, "report-type=delivery-status") ||
		strings.Contains(h, "\nfrom: postmaster") {
		return true
	}
	// A mail program writes the forwarded header's names in its reader's
	// language ("От:", "Von:", "差出人:", "보낸 사람:"), so a localized block
	// is known by its values: the sender a mail server writes bounces as
	// (Exchange's reports come from "Microsoft Outlook", the display name of
	// the system mailbox of notRecipient, in every language, English too),
	// or a subject that names a bounce.
	for i := 0; i < len(h); {
		line := lineAt(h, i)
		_, value, ok := strings.Cut(line, ":")
		if ok && i > 0 && (strings.Contains(value, "mailer-daemon@") || strings.Contains(value, "<postmaster@") ||
			strings.HasPrefix(strings.TrimSpace(value), "microsoft outlook") || hasMarker(markBounce, medium, value)) {
			return true
		}
		i += len(line) + 1
	}
	return false
}

// lineAt returns the line of text that starts at i.
func lineAt(text string, i int) string {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return text[i : i+j]
	}
	return text[i:]
}

func lineStart(text string, i int) int {
	return strings.LastIndexByte(text[:i], '\n') + 1
}

// paragraphEnd returns the end of the line holding i, extended over up to n
// lines after it indented deeper than the line that opens its paragraph (a
// wrapped server reply). The opening line is the nearest line above, with
// no blank line between, indented less than the line holding i; when there
// is none, that line opens it. A line indented no deeper starts something
// else: Exim lists each failed address two spaces in and its reason four,
// with no blank line before the next address.
func paragraphEnd(s string, i, n int) int {
	end := strings.IndexByte(s[i:], '\n')
	if end < 0 {
		return len(s)
	}
	end += i
	own := indentOf(lineAt(s, lineStart(s, i)))
	for k, ls := 0, lineStart(s, i); k < n && ls > 1 && own > 0; k++ {
		ls = lineStart(s, ls-1)
		line := lineAt(s, ls)
		if strings.TrimSpace(line) == "" {
			break
		}
		if in := indentOf(line); in < own {
			own = in
			break
		}
	}
	last := lineAt(s, lineStart(s, end))
	for k := 0; end+1 < len(s); k++ {
		line := lineAt(s, end+1)
		if strings.TrimSpace(line) == "" || indentOf(line) <= own {
			break
		}
		// Past n lines, only the rest of a multiline reply that a line
		// within them opened: RFC 5321 4.2.1 writes "550-" on every line
		// but the last, "550 " ("550-Verification failed for <x>" ...
		// "550 Sender verify failed", Exim's sender callout).
		if k >= n && (k >= n+maxMultiline || !continuesReply(last, line)) {
			break
		}
		end += 1 + len(line)
		last = line
	}
	return end
}

// maxMultiline bounds the lines of a multiline reply read past a wrapped
// reply's own bound.
const maxMultiline = 16

// continuesReply reports whether line goes on with the multiline reply
// whose line last is one of the first lines ("550-..."): it carries the
// same code.
func continuesReply(last, line string) bool {
	last, line = strings.TrimSpace(last), strings.TrimSpace(line)
	return len(last) > 4 && len(line) > 4 && replyAt(last, 0) && last[3] == '-' &&
		line[:3] == last[:3] && (line[3] == '-' || line[3] == ' ')
}

// originalFromText reads the headers of a returned message that is part of
// the text (bounces that quote the original inline, or a pasted copy).
func (doc *document) originalFromText() *Original {
	end := 0
	for _, r := range doc.regions {
		if r.start == 0 {
			end = r.end
		}
	}
	if end >= len(doc.text) {
		return nil
	}
	rest := doc.text[end:]
	// Skip the marker line and anything up to the first header line.
	for i := 0; i < 5 && rest != ""; i++ {
		nl := strings.IndexByte(rest, '\n')
		if nl < 0 {
			break
		}
		line := strings.TrimSpace(rest[:nl])
		if isHeaderLine([]byte(line)) && !strings.HasPrefix(strings.ToLower(line), "content-type: message") {
			break
		}
		rest = rest[nl+1:]
	}
	rest = strings.TrimLeft(rest, " \t")
	return readOriginal([]byte(rest))
}

// looksLikeMessage reports whether raw starts with a mail header block: every
// line a header or its continuation, with a From or a header only whole
// messages carry. Text copied out of Outlook ("From: ... Sent: ...") has a
// Sent line no message header block has, and is read as text.
func looksLikeMessage(raw []byte) bool {
	end := bytes.Index(raw, []byte("\n\n"))
	// A CRLF blank line can only come before the LF one (or where there
	// is none): the search stops there rather than read the whole body.
	before := len(raw)
	if end >= 0 {
		before = min(len(raw), end+3)
	}
	if crlf := bytes.Index(raw[:before], []byte("\r\n\r\n")); crlf >= 0 && (end < 0 || crlf < end) {
		end = crlf
	}
	if end < 0 {
		return false
	}
	known := false
	for i, rest := 0, raw[:end]; rest != nil; i++ {
		l := rest
		if j := bytes.IndexByte(rest, '\n'); j >= 0 {
			l, rest = rest[:j], rest[j+1:]
		} else {
			rest = nil
		}
		if len(l) > 0 && (l[0] == ' ' || l[0] == '\t') && i > 0 {
			continue
		}
		if !isHeaderLine(l) || hasPrefixFold(l, "sent:") {
			return false
		}
		for _, h := range []string{"from:", "received:", "message-id:", "mime-version:", "content-type:", "return-path:", "date:"} {
			known = known || hasPrefixFold(l, h)
		}
	}
	return known
}

func isHeaderLine(l []byte) bool {
	i := bytes.IndexByte(l, ':')
	if i <= 0 {
		return false
	}
	for _, c := range l[:i] {
		if c <= ' ' || c > '~' {
			return false
		}
	}
	return true
}

// unpasteMessage gives back a whole message that a copy has changed: the
// blank lines and spaces put before it (a selection that began above the
// header on a mail program's "show original" page), the quote markers of a
// reply that quotes it, the indentation of a ticket's or a wiki's code
// block. The header block must come first, as it was written, for the
// message to be read as one. Anything else is returned as it is: text
// that is no message keeps its first line's indentation, which
// undoPasting compares with the other lines'. message reports whether
// out (after its mbox "From " line, if any) is a message.
func unpasteMessage(raw []byte) (out []byte, message bool) {
	t := bytes.TrimLeft(raw, " \t\r\n")
	if looksLikeMessage(stripMboxLine(t)) {
		return t, true
	}
	text := string(raw)
	for range maxQuoteDepth {
		if !mostlyQuoted(text) {
			break
		}
		text = unquoteLines(text)
	}
	if u := []byte(strings.TrimLeft(dedent(text), " \t\r\n")); len(u) != len(t) && looksLikeMessage(stripMboxLine(u)) {
		return u, true
	}
	if m := messageAfterNote(raw); m != nil {
		return m, true
	}
	return raw, false
}

// maxNote bounds the note messageAfterNote lets stand before a message.
const maxNote = 1 << 10

// messageAfterNote finds a whole message under a short note of the
// customer's ("This came back, what does it mean?", a blank line, then the
// source they pasted). The note must say nothing of a bounce itself (no
// bounce wording, no SMTP reply: a notice that quotes the returned
// message's header under its own words is that notice), and the message
// must start, after a blank line, with a header block that holds a field
// only a message in transit has. nil when there is none.
func messageAfterNote(raw []byte) []byte {
	i := bytes.Index(raw[:min(len(raw), maxNote)], []byte("\n\n"))
	if i < 0 {
		return nil
	}
	// Blank lines only: a block indented under the note ("the following
	// header fields:" and the returned message's, in Sun's notices) is the
	// notice's own.
	note, rest := raw[:i], bytes.TrimLeft(raw[i:], "\r\n")
	if !transportHeader(stripMboxLine(rest)) || !looksLikeMessage(stripMboxLine(rest)) {
		return nil
	}
	if n := string(note); hasSMTPLine(n) || hasMarker(markBounce, strong, n) {
		return nil
	}
	return rest
}

// transportHeader reports whether the header block at the start of raw
// has a field that only a message in transit carries: a forward's display
// header (From, Date, Subject, To) has none.
func transportHeader(raw []byte) bool {
	for rest := raw; len(rest) > 0; {
		line := rest
		if j := bytes.IndexByte(rest, '\n'); j >= 0 {
			line, rest = rest[:j], rest[j+1:]
		} else {
			rest = nil
		}
		if len(bytes.TrimRight(line, "\r")) == 0 {
			return false
		}
		for _, f := range transportFields {
			if hasPrefixFold(line, f) {
				return true
			}
		}
	}
	return false
}

// transportFields are the header fields of a message in transit.
var transportFields = []string{"received:", "return-path:", "delivered-to:", "message-id:", "mime-version:", "content-type:"}

// stripMboxLine drops an mbox "From " separator line at the start.
func stripMboxLine(raw []byte) []byte {
	if bytes.HasPrefix(raw, []byte("From ")) {
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			return raw[i+1:]
		}
	}
	return raw
}

// splitMbox splits several messages pasted together with mbox "From "
// lines between them. A single message gives one part.
func splitMbox(raw []byte) [][]byte {
	var parts [][]byte
	start := 0
	// Each line that starts with "From " is a candidate: one search for
	// the newline and the word together finds them.
	for i := 0; len(parts) < maxMessages-1; {
		j := bytes.Index(raw[i:], []byte("\nFrom "))
		if j < 0 {
			break
		}
		next := i + j + 1
		if isMboxFromLine(raw[next:]) {
			if strings.TrimSpace(string(raw[start:next])) != "" {
				parts = append(parts, raw[start:next])
			}
			start = next
		}
		i = next
	}
	if len(parts) == 0 {
		return [][]byte{raw}
	}
	return append(parts, raw[start:])
}

// isMboxFromLine reports whether b starts with "From sender date" followed
// by a header line, as mbox separators are.
func isMboxFromLine(b []byte) bool {
	i := bytes.IndexByte(b, '\n')
	if i < 0 || i > 200 {
		return false
	}
	fields := bytes.Fields(b[:i])
	if len(fields) < 3 {
		return false
	}
	rest := b[i+1:]
	j := bytes.IndexByte(rest, '\n')
	if j < 0 {
		return false
	}
	return isHeaderLine(rest[:j])
}
