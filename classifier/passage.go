package classifier

import "strings"

// A server's reply often runs over several lines: Postfix and Exim wrap it
// and indent what follows, Gmail repeats the reply code on every line
// ("550-5.7.25 ..." up to the last, "550 5.7.25 ..."). The passages that
// decided a diagnosis hold the words that counted, which may stop before the
// reply does; ReplyEnd finds where the reply itself ends, for a highlight
// that covers it whole and for the help page its last line often gives.

// Bounds of ReplyEnd: a reply is a few lines, never a whole document.
const (
	maxReplyEndLines = 12
	maxReplyEndBytes = 4096
)

// ReplyEnd returns the end of the server reply that text[start:end] is part
// of: the rest of the line end falls on, then each following line that
// continues the reply, either indented (as deep as the passage's first line,
// or deeper when that one is not indented) or opening with the same reply
// code as the passage's first line ("550-" until the last "550 "). A blank
// line, a line back at the left margin or a reply's last line ends it. It
// returns end when the offsets are out of range.
func ReplyEnd(text string, start, end int) int {
	if start < 0 || end < start || end > len(text) {
		return end
	}
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	first := text[lineStart:lineEnd(text, lineStart)]
	indent := indentOf(first)
	code, last := replyCodeOf(first[indent:])

	pos := lineEnd(text, end)
	if end > start && text[end-1] == '\n' {
		pos = end - 1 // the passage ends with its line
	}
	// The line the passage ends on may itself be the reply's last.
	if code != "" {
		endLine := text[strings.LastIndexByte(text[:pos], '\n')+1 : pos]
		if c, l := replyCodeOf(strings.TrimLeft(endLine, " \t")); c == code {
			last = l
		}
	}
	for n := 0; n < maxReplyEndLines && !last && pos < len(text) && pos-end < maxReplyEndBytes; n++ {
		next := pos + 1
		line := text[next:lineEnd(text, next)]
		if strings.TrimSpace(line) == "" {
			break
		}
		in := indentOf(line)
		switch c, l := replyCodeOf(line[in:]); {
		case code != "":
			if c != code {
				return max(pos, end)
			}
			last = l
		case in == 0 || in < indent:
			return max(pos, end)
		}
		pos = next + len(line)
	}
	return max(pos, end)
}

// lineEnd is the offset of the line break that ends the line holding i, or
// the end of text.
func lineEnd(text string, i int) int {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(text)
}

func indentOf(line string) int {
	return len(line) - len(strings.TrimLeft(line, " \t"))
}

// replyCodeOf reads the reply code a line opens with: "550-" continues a
// reply, "550 " is its last line. It returns "" for any other line.
func replyCodeOf(line string) (code string, last bool) {
	if len(line) < 4 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]) {
		return "", false
	}
	switch line[3] {
	case '-':
		return line[:3], false
	case ' ':
		return line[:3], true
	}
	return "", false
}
