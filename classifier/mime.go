package classifier

import (
	"bytes"
	"html"
	"mime"
	"net/mail"
	"net/textproto"
	"strings"
	"sync"
	"unicode/utf8"

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
	mdn string
	// daticert is a PEC receipt's machine-readable part (pec.go).
	daticert string
	// original is the start of the returned message or its headers: enough
	// to read its header block.
	original []byte
	// attached are the messages attached whole, not yet decoded.
	attached []attachedMessage
	attach   []Attachment
}

// A bounce's diagnosis lives in a few kilobytes: the notice, the
// delivery-status part, the header of the returned message. Its bytes are
// mostly the returned message's body and attachments, which matter only
// for their names and types. So the structure is found first, by a linear
// scan of boundaries and part headers, and only the parts that carry the
// diagnosis are decoded: plain ASCII or UTF-8 text as it is, anything
// encoded by enmime, one part at a time. An attached message is decoded
// only when it is read as a forwarded bounce.

// maxOriginalHead bounds what is kept of the returned message to read its
// header block.
const maxOriginalHead = 64 << 10

// attachedMessage is a message/rfc822 part, with its transfer encoding
// still on.
type attachedMessage struct {
	entity []byte // the part: its header and body
	body   []byte
	cte    string
}

// bytes decodes the attached message.
func (a attachedMessage) bytes() []byte {
	if isIdentity(a.cte) {
		return a.body
	}
	return decodeEntity(a.entity, a.body)
}

// decodeMIME takes raw apart as a MIME message. ok is false when it has no
// header block, so the caller reads it as text.
func decodeMIME(raw []byte) (*message, bool) {
	h, body := splitEntity(raw)
	if len(h) == 0 {
		return nil, false
	}
	m := &message{header: h}
	w := &walker{m: m}
	w.entity(h, raw, body, 0)
	if strings.TrimSpace(m.body) == "" {
		m.body = strings.Join(w.html, "\n")
	}
	return m, true
}

// walker visits the parts of one message.
type walker struct {
	m     *message
	html  []string
	parts int
}

// entity reads one MIME entity: raw is all of it, body what follows its
// header block.
func (w *walker) entity(h mail.Header, raw, body []byte, depth int) {
	w.parts++
	ct, params, err := mime.ParseMediaType(fieldValue(h, "Content-Type"))
	if err != nil {
		// A malformed type ("text/plain charset=..." with no semicolon):
		// its first word, and the charset if it can be made out.
		ct, params = looseMediaType(fieldValue(h, "Content-Type"))
	}
	if ct == "" {
		ct = "text/plain"
	}
	cte := strings.ToLower(strings.TrimSpace(fieldValue(h, "Content-Transfer-Encoding")))
	disposition, dparams, _ := mime.ParseMediaType(fieldValue(h, "Content-Disposition"))
	name := dparams["filename"]
	if name == "" {
		name = params["name"]
	}
	name = decodeHeader(name)
	if depth > 0 && !strings.HasPrefix(ct, "multipart/") && fieldValue(h, "From") != "" && (fieldValue(h, "Received") != "" || fieldValue(h, "Message-Id") != "") {
		// A part that is a whole message with no message/rfc822 around it
		// (some servers put the returned message so): its own header
		// block is the original's.
		if w.m.original == nil {
			w.m.original = raw[:min(len(raw), maxOriginalHead)]
		}
		w.m.attached = append(w.m.attached, attachedMessage{raw, raw, ""})
		return
	}
	switch {
	case strings.HasPrefix(ct, "multipart/"):
		if depth >= maxDepth || params["boundary"] == "" {
			w.m.body += textOf(body) + "\n"
			return
		}
		bodyBefore, htmlBefore := len(w.m.body), len(w.html)
		for _, p := range splitMultipart(body, params["boundary"]) {
			if w.parts >= maxParts {
				break
			}
			ph, pbody := headerBlock(p, false, partFields)
			w.entity(ph, p, pbody, depth+1)
		}
		if ct == "multipart/alternative" {
			w.pickRicher(bodyBefore, htmlBefore)
		}
	case ct == "message/delivery-status" || ct == "message/global-delivery-status":
		w.m.report += decodeText(raw, body, cte, params["charset"]) + "\n"
	case ct == "message/feedback-report":
		w.m.feedback += decodeText(raw, body, cte, params["charset"]) + "\n"
	case ct == "message/disposition-notification" || ct == "message/global-disposition-notification":
		w.m.mdn += decodeText(raw, body, cte, params["charset"]) + "\n"
	case ct == "message/rfc822" || ct == "message/global":
		if w.m.original == nil {
			w.m.original = headOf(raw, body, cte)
		}
		w.m.attached = append(w.m.attached, attachedMessage{raw, body, cte})
	case ct == "text/rfc822-headers" || ct == "message/global-headers" || ct == "message/partial":
		if w.m.original == nil {
			w.m.original = []byte(decodeText(raw, body, cte, params["charset"]))
		}
	case (ct == "text/plain" || ct == "text/html") && !(strings.EqualFold(disposition, "attachment") && name != ""):
		text := decodeText(raw, body, cte, params["charset"])
		if ct == "text/html" {
			w.html = append(w.html, htmlToText(text))
		} else {
			w.m.body += text + "\n"
		}
	default:
		if strings.EqualFold(name, "daticert.xml") && len(body) <= maxDaticert && w.m.daticert == "" {
			w.m.daticert = decodeText(raw, body, cte, params["charset"])
		}
		w.m.attach = append(w.m.attach, Attachment{Name: name, ContentType: ct, Size: decodedSize(body, cte)})
	}
}

// pickRicher chooses between the plain and the HTML version of one
// multipart/alternative (what it added to the body since bodyBefore, and to
// the HTML texts since htmlBefore): mail programs show the HTML, and some
// servers (Exchange Online among them) put only a headline in the plain
// part, so the HTML's text wins when it says far more.
func (w *walker) pickRicher(bodyBefore, htmlBefore int) {
	if len(w.html) == htmlBefore {
		return
	}
	plain := strings.TrimSpace(w.m.body[bodyBefore:])
	html := strings.Join(w.html[htmlBefore:], "\n")
	if len(strings.TrimSpace(html)) > 2*len(plain)+minRicherHTML {
		w.m.body = w.m.body[:bodyBefore] + html + "\n"
		w.html = w.html[:htmlBefore]
	}
}

// minRicherHTML is how much more text an HTML alternative must hold than
// twice its plain sibling to be read instead of it.
const minRicherHTML = 200

// looseMediaType reads a Content-Type that mime.ParseMediaType refuses.
func looseMediaType(v string) (string, map[string]string) {
	f := strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return r == ';' || r == ' ' || r == '\t' })
	params := map[string]string{}
	if len(f) == 0 {
		return "", params
	}
	for _, p := range f[1:] {
		if k, val, ok := strings.Cut(p, "="); ok {
			params[k] = strings.Trim(val, `"'`)
		}
	}
	return f[0], params
}

// splitEntity separates a MIME entity's header block from its body. The
// reading is lenient: a line that is not a header ends the block, and a
// malformed one is skipped.
func splitEntity(raw []byte) (mail.Header, []byte) {
	return headerBlock(raw, false, nil)
}

// fieldValue returns the first value of the field named canonical (in
// the canonical form headerBlock and net/mail key fields by), as h.Get
// does without canonicalizing the name again at each call.
func fieldValue(h mail.Header, canonical string) string {
	if v := h[canonical]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// partFields are the fields walker.entity reads of a part's header.
var partFields = []string{"Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "From", "Received", "Message-Id"}

// headerBlock reads the header block at the start of raw and returns it
// with what follows the blank line after it. Strict, it ends at the first
// line that is not a header field (the body of a copy with no blank line);
// lenient, it skips such a line. With keep, only the fields it names (in
// canonical form) are kept, and the others cost no copy.
func headerBlock(raw []byte, strict bool, keep []string) (mail.Header, []byte) {
	b := headerBuilders.Get().(*headerBuilder)
	defer b.release()
	i := 0
	for i < len(raw) {
		j := bytes.IndexByte(raw[i:], '\n')
		line := raw[i:]
		next := len(raw)
		if j >= 0 {
			line, next = raw[i:i+j], i+j+1
		}
		line = bytes.TrimRight(line, "\r")
		if len(line) == 0 {
			return b.header(), raw[next:]
		}
		if (line[0] == ' ' || line[0] == '\t') && b.inField {
			b.continued(line)
		} else if k := bytes.IndexByte(line, ':'); k > 0 && isHeaderLine(line) {
			b.field(fieldKey(line[:k], keep), line[k+1:])
		} else if i == 0 {
			return mail.Header{}, raw // no header block at all
		} else if strict {
			return b.header(), raw[i:]
		}
		i = next
	}
	return b.header(), nil
}

// headerBuilder gathers a header block's fields as they are read: every
// kept value in one buffer, so that the block costs one string, one array
// of values and one map, not a string and a slice for each field.
type headerBuilder struct {
	values  []byte // the kept values, one after another
	fields  []keptField
	inField bool // the last line read began a field (kept or not)
	kept    bool // ... and that field is kept
}

type keptField struct {
	key        string
	start, end int // the value is values[start:end]
}

// headerBuilders keeps the builders' buffers between header blocks: the
// header a block makes copies what it keeps, so the buffers can serve the
// next block.
var headerBuilders = sync.Pool{New: func() any { return new(headerBuilder) }}

// release empties b and hands it back, unless a huge block grew it.
func (b *headerBuilder) release() {
	if cap(b.values) > 64<<10 || cap(b.fields) > 1024 {
		return
	}
	b.values, b.fields, b.inField, b.kept = b.values[:0], b.fields[:0], false, false
	headerBuilders.Put(b)
}

// field starts a field; key is "" when it is not kept.
func (b *headerBuilder) field(key string, value []byte) {
	b.inField, b.kept = true, key != ""
	if b.kept {
		start := len(b.values)
		b.values = append(b.values, bytes.TrimSpace(value)...)
		b.fields = append(b.fields, keptField{key, start, len(b.values)})
	}
}

// continued joins a folded line to the field it continues.
func (b *headerBuilder) continued(line []byte) {
	if b.kept {
		b.values = append(append(b.values, ' '), bytes.TrimSpace(line)...)
		b.fields[len(b.fields)-1].end = len(b.values)
	}
}

func (b *headerBuilder) header() mail.Header {
	h := make(mail.Header, len(b.fields))
	all := string(b.values)
	// A field's first value gets a slot of one array with room for no
	// more, so a repeated field (Received) grows its own copy.
	slots := make([]string, len(b.fields))
	for i, f := range b.fields {
		v := all[f.start:f.end]
		if prev, ok := h[f.key]; ok {
			h[f.key] = append(prev, v)
			continue
		}
		slots[i] = v
		h[f.key] = slots[i : i+1 : i+1]
	}
	return h
}

// fieldKey returns the canonical form of a field name ("content-type" →
// "Content-Type", as textproto.CanonicalMIMEHeaderKey writes it), or "" when
// keep is not nil and does not name it. The names of keep and the common
// fields are returned without a copy.
func fieldKey(name []byte, keep []string) string {
	var buf [64]byte
	canon := name
	if len(name) > len(buf) {
		// A name this long is no field bounces carry; textproto reads it.
		canon = []byte(textproto.CanonicalMIMEHeaderKey(string(name)))
	} else if validFieldName(name) {
		upper := true
		for i, c := range name {
			switch {
			case upper && 'a' <= c && c <= 'z':
				c -= 'a' - 'A'
			case !upper && 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			buf[i] = c
			upper = c == '-'
		}
		canon = buf[:len(name)]
	}
	if keep != nil {
		for _, k := range keep {
			if k == string(canon) {
				return k
			}
		}
		return ""
	}
	if k, ok := commonFields[string(canon)]; ok {
		return k
	}
	return string(canon)
}

// validFieldName reports whether name holds only the characters that
// textproto canonicalizes; a name with others is kept as it is.
func validFieldName(name []byte) bool {
	for _, c := range name {
		if !fieldNameByte[c] {
			return false
		}
	}
	return true
}

// fieldNameByte holds the bytes validFieldName accepts: printable ASCII
// but the separators.
var fieldNameByte = func() (t [256]bool) {
	for c := '!'; c < 0x7f; c++ {
		t[c] = !strings.ContainsRune("\"(),/:;<=>?@[\\]{}", c)
	}
	return t
}()

// commonFields interns the field names bounces carry most.
var commonFields = func() map[string]string {
	m := map[string]string{}
	for _, k := range []string{"Received", "Dkim-Signature", "Arc-Seal", "Arc-Message-Signature", "Arc-Authentication-Results",
		"Authentication-Results", "Received-Spf", "Return-Path", "Delivered-To", "From", "To", "Cc", "Subject", "Date",
		"Message-Id", "Mime-Version", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition",
		"Content-Description", "X-Mailer", "Auto-Submitted", "In-Reply-To", "References", "Reply-To", "Sender",
		"X-Failed-Recipients", "X-Original-To", "X-Ms-Exchange-Organization-Scl", "List-Unsubscribe", "Precedence"} {
		m[k] = k
	}
	return m
}()

// splitMultipart returns the parts of a multipart body, each with its
// header and body, between the delimiter lines of boundary.
func splitMultipart(body []byte, boundary string) [][]byte {
	delim := []byte("--" + boundary)
	var parts [][]byte
	start := -1 // where the current part starts
	for i := 0; i < len(body); {
		j := bytes.IndexByte(body[i:], '\n')
		line, next := body[i:], len(body)
		if j >= 0 {
			line, next = body[i:i+j], i+j+1
		}
		// A delimiter set off by spaces is still one (enmime reads it so).
		if t := bytes.TrimLeft(line, " \t"); bytes.HasPrefix(t, delim) {
			rest := bytes.TrimRight(t[len(delim):], " \t\r")
			if len(rest) == 0 || bytes.Equal(rest, []byte("--")) {
				if start >= 0 {
					end := i
					// The line break before a delimiter belongs to it.
					if end > start && body[end-1] == '\n' {
						end--
						if end > start && body[end-1] == '\r' {
							end--
						}
					}
					parts = append(parts, body[start:end])
				}
				if len(rest) > 0 {
					return parts // the close delimiter
				}
				start = next
			}
		}
		i = next
	}
	if start >= 0 && start < len(body) {
		parts = append(parts, body[start:]) // no close delimiter
	}
	return parts
}

func isIdentity(cte string) bool {
	return cte == "" || cte == "7bit" || cte == "8bit" || cte == "binary"
}

// decodeText decodes a text part to UTF-8: as it is when it is already
// plain ASCII or UTF-8, by enmime when it has a transfer encoding or
// another charset.
func decodeText(entity, body []byte, cte, charset string) string {
	cs := strings.ToLower(charset)
	if isIdentity(cte) && (cs == "" || cs == "us-ascii" || cs == "utf-8" || cs == "utf8") {
		return string(body)
	}
	return string(decodeEntity(entity, body))
}

// decodeEntity has enmime decode one entity's body (transfer encoding and
// charset). On failure the raw body is the best there is.
func decodeEntity(entity, body []byte) []byte {
	root, err := parser.ReadParts(bytes.NewReader(entity))
	if err != nil || root == nil {
		return body
	}
	return root.Content
}

// headOf returns the start of an attached message, decoded, enough to read
// its header block: its body is never needed.
func headOf(entity, body []byte, cte string) []byte {
	if isIdentity(cte) {
		return body[:min(len(body), maxOriginalHead)]
	}
	if len(body) <= maxOriginalHead {
		return decodeEntity(entity, body)
	}
	// A long encoded message: decode its first stretch alone.
	head := entity[:len(entity)-len(body)+maxOriginalHead]
	if cte == "base64" {
		// Whole groups of four characters, so the cut decodes cleanly.
		n := 0
		for i := len(entity) - len(body); i < len(head); i++ {
			if c := head[i]; c != '\r' && c != '\n' && c != ' ' && c != '\t' {
				n++
			}
		}
		head = head[:len(head)-n%4]
	}
	return decodeEntity(head, head[len(entity)-len(body):])
}

// decodedSize estimates the size of a part once decoded.
func decodedSize(body []byte, cte string) int {
	if cte != "base64" {
		return len(body)
	}
	n := 0
	for _, c := range body {
		if c != '\r' && c != '\n' && c != ' ' && c != '\t' {
			n++
		}
	}
	return n * 3 / 4
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
		tag := s[i+1 : i+end]
		i += end + 1
		closing := strings.HasPrefix(tag, "/")
		name := strings.TrimPrefix(tag, "/")
		if k := strings.IndexAny(name, " \t\r\n/"); k >= 0 {
			name = name[:k]
		}
		if len(name) <= 10 {
			name = strings.ToLower(name) // short: no copy when already lower case
		} else {
			name = ""
		}
		switch {
		case skip != "":
			if closing && name == skip {
				skip = ""
			}
		case name == "style" || name == "script" || name == "head" && !closing:
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
	if strings.Contains(s, "=?") {
		s = enmime.DecodeRFC2047(s)
	}
	if s = strings.TrimSpace(s); !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}
