package classifier

import (
	"bytes"
	"fmt"
	"net/mail"
	"strings"
)

// Diagnose reads one bounce, in any form, and says what went wrong.
// It returns ErrEmpty or ErrTooLarge (wrapped) for input it will not read.
func Diagnose(raw []byte, opt Options) (*Diagnosis, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, ErrEmpty
	}
	if len(raw) > MaxInput {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d MiB", ErrTooLarge, len(raw), MaxInput>>20)
	}
	d := diagnose(raw, 0)
	addWarnings(d, opt)
	return d, nil
}

// maxForward bounds how deep Diagnose looks into forwarded bounces, and
// maxMessages how many pasted messages it reads one by one (the rest of a
// longer paste is read with the last one).
const (
	maxForward  = 3
	maxMessages = 20
)

func diagnose(raw []byte, depth int) *Diagnosis {
	if parts := splitMbox(raw); len(parts) > 1 {
		return merge(parts, depth)
	}
	return diagnoseOne(raw, depth)
}

// diagnoseOne reads raw as one message (or one text), never splitting it.
func diagnoseOne(raw []byte, depth int) *Diagnosis {
	raw = stripMboxLine(raw)
	if looksLikeMessage(raw) && safeForMIME(raw) {
		if m, ok := decodeMIME(raw); ok && (strings.TrimSpace(m.body+m.report+m.feedback) != "" || m.original != nil) {
			d := analyzeMessage(m)
			if !unclear(d) && d.Category != Unknown {
				return d
			}
			if depth < maxForward {
				// A forwarded bounce: the real report is the attached message.
				for _, a := range m.attached {
					if inner := diagnose(a, depth+1); !unclear(inner) && inner.Category != Unknown {
						return inner
					}
				}
			}
			// Broken MIME structure can hide the report: read the raw body
			// as text, and keep that reading if it says more.
			if t := rawBody(raw); t != nil && !unclear(t) && t.Category != Unknown && t.Recipients[0].Address != "" {
				t.Attachments = d.Attachments
				t.HasReport, t.HasOriginal = d.HasReport, d.HasOriginal
				if t.Original == nil {
					t.Original = d.Original
				}
				return t
			}
			return d
		}
	}
	if t := rawBody(raw); t != nil {
		return t
	}
	return analyzeText(normalize(string(raw)), nil, "text")
}

// unclear reports whether d says nothing useful: not a bounce, or a failure
// with neither a reason nor an address.
func unclear(d *Diagnosis) bool {
	switch d.Category {
	case NotABounce, AutoReply:
		return true
	case Unknown:
		return len(d.Recipients) == 0 || d.Recipients[0].Address == ""
	}
	return false
}

// rawBody reads a message enmime could not take apart (or that is over the
// limits) as text: its own headers still help, its body is the text.
func rawBody(raw []byte) *Diagnosis {
	if !looksLikeMessage(raw) {
		return nil
	}
	text := normalize(string(raw))
	i := strings.Index(text, "\n\n")
	if i < 0 {
		return nil
	}
	h := readHeader([]byte(text[:i+1]))
	if h == nil {
		return nil
	}
	return analyzeText(text[i+2:], h, "mime")
}

// analyzeMessage reads a decoded MIME message.
func analyzeMessage(m *message) *Diagnosis {
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
	a := newAnalysis(text, m.header, "mime")
	a.reportStart = reportStart
	a.feedback = m.feedback != "" || strings.Contains(strings.ToLower(m.header.Get("Content-Type")), "feedback-report") ||
		strings.Contains(strings.ToLower(m.header.Get("Subject")), "complaint about message")
	a.originalRaw = m.original
	a.d.Attachments = m.attach
	a.d.HasReport, a.d.HasOriginal = m.report != "" || m.feedback != "", m.original != nil
	if m.original != nil {
		a.d.Original = readOriginal(m.original)
	}
	return a.run()
}

// analyzeText reads text with no MIME structure (a copy of what a mail
// program shows, or one SMTP reply).
func analyzeText(text string, h mail.Header, format string) *Diagnosis {
	if !strings.Contains(strings.TrimSpace(text), "\n") {
		format = "smtp"
	}
	a := newAnalysis(text, h, format)
	return a.run()
}

// normalize makes text safe and uniform: valid UTF-8, "\n" line ends, no NUL.
func normalize(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.Contains(s, "\r") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if strings.Contains(s, "\x00") {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return s
}

// looksLikeMessage reports whether raw starts with a mail header block: every
// line a header or its continuation, with a From or a header only whole
// messages carry. Text copied out of Outlook ("From: ... Sent: ...") has a
// Sent line no message header block has, and is read as text.
func looksLikeMessage(raw []byte) bool {
	end := bytes.Index(raw, []byte("\n\n"))
	if crlf := bytes.Index(raw, []byte("\r\n\r\n")); crlf >= 0 && (end < 0 || crlf < end) {
		end = crlf
	}
	if end < 0 {
		return false
	}
	known := false
	for i, l := range bytes.Split(raw[:end], []byte("\n")) {
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
	for i := 0; i < len(raw); {
		j := bytes.IndexByte(raw[i:], '\n')
		if j < 0 {
			break
		}
		next := i + j + 1
		if len(parts) < maxMessages-1 && bytes.HasPrefix(raw[next:], []byte("From ")) && isMboxFromLine(raw[next:]) {
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

// merge diagnoses each message of an mbox paste and joins the results.
// Parts that say nothing (not a bounce, or an unknown failure) are dropped
// when another part says something, so a cover note does not hide the
// bounce that follows it.
func merge(parts [][]byte, depth int) *Diagnosis {
	all := make([]*Diagnosis, 0, len(parts))
	clear := false
	for _, p := range parts {
		d := diagnoseOne(p, depth)
		all = append(all, d)
		clear = clear || d.Category != NotABounce && d.Category != Unknown
	}
	var out *Diagnosis
	var text strings.Builder
	for _, d := range all {
		if clear && (d.Category == NotABounce || d.Category == Unknown) {
			continue
		}
		if out == nil {
			out = d
			text.WriteString(d.Text)
			continue
		}
		shift := text.Len() + 2
		text.WriteString("\n\n" + d.Text)
		for _, e := range d.Evidence {
			e.Start += shift
			e.End += shift
			out.Evidence = append(out.Evidence, e)
		}
		out.Recipients = append(out.Recipients, d.Recipients...)
		out.Final = out.Final && d.Final
		out.Blocklists = append(out.Blocklists, d.Blocklists...)
		out.Attachments = append(out.Attachments, d.Attachments...)
	}
	if out == nil {
		return all[0]
	}
	out.Text = text.String()
	if len(out.Recipients) > 0 {
		out.Category = mainCategory(out.Recipients)
	}
	return out
}
