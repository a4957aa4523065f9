package classifier

import (
	"bytes"
	"html"
	"net/mail"
	"strings"

	"github.com/jhillyerd/enmime/v2"
)

// parser is built once: it holds only options and is safe for concurrent use.
// HTML conversion and charset guessing are off: the engine converts HTML
// itself (cheaply, only when there is no plain text) and declared charsets
// are enough for bounces.
var parser = enmime.NewParser(
	enmime.DisableTextConversion(true),
	enmime.DisableCharacterDetection(true),
	enmime.MaxStoredPartErrors(20),
	enmime.SkipMalformedParts(true),
)

// message is a bounce taken apart: what a person would read, the machine
// readable report, and what came back of the original message.
type message struct {
	header   mail.Header
	body     string // the human-readable text parts, in order
	report   string // message/delivery-status text, if any
	feedback string // message/feedback-report text, if any
	// mdn is a message disposition notification (a read receipt, RFC 8098).
	mdn      string
	original []byte // the returned message or its headers
	attached [][]byte
	attach   []Attachment
}

// decodeMIME parses raw as a MIME message. ok is false when the input does
// not look like one, so the caller reads it as text.
func decodeMIME(raw []byte) (*message, bool) {
	root, err := parser.ReadParts(bytes.NewReader(raw))
	if err != nil || root == nil || len(root.Header) == 0 {
		return nil, false
	}
	m := &message{header: mail.Header(root.Header)}
	var htmlText []string
	var walk func(p *Part, inOriginal bool)
	walk = func(p *Part, inOriginal bool) {
		for ; p != nil; p = p.NextSibling {
			ct := strings.ToLower(p.ContentType)
			switch {
			case strings.HasPrefix(ct, "multipart/"):
				walk(p.FirstChild, inOriginal)
				continue
			case ct == "message/delivery-status" || ct == "message/global-delivery-status":
				m.report += string(p.Content) + "\n"
			case ct == "message/feedback-report":
				m.feedback += string(p.Content) + "\n"
			case ct == "message/disposition-notification" || ct == "message/global-disposition-notification":
				m.mdn += string(p.Content) + "\n"
			case ct == "message/rfc822" || ct == "message/global" || ct == "text/rfc822-headers" ||
				ct == "message/global-headers" || ct == "message/partial":
				if m.original == nil {
					m.original = p.Content
				}
				if ct == "message/rfc822" || ct == "message/global" {
					m.attached = append(m.attached, p.Content)
				}
			case (ct == "text/plain" || ct == "" || ct == "text/html") && !isAttachment(p):
				if ct == "text/html" {
					htmlText = append(htmlText, htmlToText(string(p.Content)))
				} else {
					m.body += string(p.Content) + "\n"
				}
			default:
				m.attach = append(m.attach, Attachment{Name: p.FileName, ContentType: ct, Size: len(p.Content)})
			}
		}
	}
	walk(root, false)
	if strings.TrimSpace(m.body) == "" {
		m.body = strings.Join(htmlText, "\n")
	}
	return m, true
}

// Part is enmime's part; the alias keeps the walk above short.
type Part = enmime.Part

func isAttachment(p *Part) bool {
	return strings.EqualFold(p.Disposition, "attachment") && p.FileName != ""
}

// htmlToText keeps the visible text of an HTML body: tags dropped, block
// elements turned into line breaks, entities decoded. It is a linear scan, not
// a full HTML parser: bounces use simple markup.
func htmlToText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	skip := "" // inside <style> or <script>
	for i := 0; i < len(s); {
		c := s[i]
		if c != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				j = len(s) - i
			}
			if skip == "" {
				b.WriteString(s[i : i+j])
			}
			i += j
			continue
		}
		end := strings.IndexByte(s[i:], '>')
		if end < 0 {
			break
		}
		tag := strings.ToLower(s[i+1 : i+end])
		i += end + 1
		name := strings.TrimPrefix(tag, "/")
		if k := strings.IndexAny(name, " \t\r\n/"); k >= 0 {
			name = name[:k]
		}
		switch {
		case skip != "":
			if strings.HasPrefix(tag, "/") && name == skip {
				skip = ""
			}
		case name == "style" || name == "script" || name == "head" && !strings.HasPrefix(tag, "/"):
			if name != "head" {
				skip = name
			}
		case name == "br" || name == "p" || name == "div" || name == "tr" || name == "li" ||
			name == "table" || name == "h1" || name == "h2" || name == "h3" || name == "blockquote":
			b.WriteByte('\n')
		case name == "td" || name == "th":
			b.WriteByte(' ')
		}
	}
	out := html.UnescapeString(b.String())
	out = strings.ReplaceAll(out, "\u00a0", " ")
	return squeezeBlankLines(out)
}

// squeezeBlankLines trims trailing spaces and collapses runs of blank lines.
func squeezeBlankLines(s string) string {
	var b strings.Builder
	blank := 0
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, " \t\r")
		if strings.TrimSpace(line) == "" {
			blank++
			if blank > 1 {
				continue
			}
			line = ""
		} else {
			blank = 0
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return strings.TrimLeft(b.String(), "\n")
}

// decodeHeader decodes RFC 2047 encoded words; undecodable text is kept as is.
func decodeHeader(s string) string {
	return strings.ToValidUTF8(strings.TrimSpace(enmime.DecodeRFC2047(s)), "\uFFFD")
}
