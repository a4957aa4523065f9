package classifier

import "bytes"

// Limits on what is handed to the MIME decoder. enmime has none of its own,
// and its cost grows faster than linearly with the number of parts and with
// nesting, so a cheap linear scan decides first whether the input is safe to
// decode. Input over these limits is read as plain text instead, which is
// always linear.
const (
	// MaxInput is the largest input Diagnose reads at all.
	MaxInput = 10 << 20
	// maxParts bounds the boundary lines and part headers enmime may see.
	maxParts = 500
	// maxDepth bounds the multipart headers, and so the nesting of multipart
	// bodies. enmime's cost doubles with each nested level whose boundary is
	// never closed (22 levels in 1.3 KB took 2 s); corpus bounces have at most 6.
	maxDepth = 12
)

// safeForMIME reports whether raw is small and flat enough for enmime. It
// counts lines that look like boundary delimiters and Content-Type headers
// declaring a multipart boundary (each one opens a nesting level).
func safeForMIME(raw []byte) bool {
	boundaries, multiparts := 0, 0
	for len(raw) > 0 {
		line := raw
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			line, raw = raw[:i], raw[i+1:]
		} else {
			raw = nil
		}
		if len(line) > 2 && line[0] == '-' && line[1] == '-' {
			boundaries++
			if boundaries > maxParts {
				return false
			}
			continue
		}
		if hasPrefixFold(line, "content-type:") || (len(line) > 0 && (line[0] == ' ' || line[0] == '\t')) {
			if hasMultipart(line) {
				multiparts++
				if multiparts > maxDepth {
					return false
				}
			}
		}
	}
	return true
}

// hasMultipart reports whether line holds "multipart/" in any case. It
// looks only where a '/' is, a rare byte in the text lines it is asked
// about (a folded header, an indented line of a notice).
func hasMultipart(line []byte) bool {
	const word = "multipart/"
	for i := len(word) - 1; i < len(line); i++ {
		j := bytes.IndexByte(line[i:], '/')
		if j < 0 {
			return false
		}
		i += j
		if i >= len(word)-1 && hasPrefixFold(line[i-len(word)+1:], word) {
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether b starts with the lower-case ASCII prefix p,
// ignoring case.
func hasPrefixFold[T string | []byte](b T, p string) bool {
	if len(b) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// Cost estimates the work of diagnosing raw, in bytes, for a service that
// admits large inputs one at a time: its size, and twice again the size of
// each attached message in base64 or quoted-printable (it is decoded, then
// read again as a message, and may hold more of its kind). A message of
// attached messages is charged for what it will be decoded into, not for
// its size on the wire. One linear pass, no decoding.
func Cost(raw []byte) int {
	cost := len(raw)
	inHeader := false // in a part's header block
	message := false  // the part is a message/rfc822 (or global)
	encoded := false  // with a transfer encoding that must be decoded
	counting := false // in the body of such a part
	for len(raw) > 0 {
		line := raw
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			line, raw = raw[:i], raw[i+1:]
		} else {
			raw = nil
		}
		switch {
		case len(line) > 2 && line[0] == '-' && line[1] == '-':
			// A boundary: a part's header block follows.
			inHeader, message, encoded, counting = true, false, false, false
		case inHeader && len(bytes.TrimSpace(line)) == 0:
			inHeader, counting = false, message && encoded
		case inHeader:
			l := bytes.ToLower(line)
			message = message || hasPrefixFold(line, "content-type:") && (bytes.Contains(l, []byte("message/rfc822")) || bytes.Contains(l, []byte("message/global")))
			encoded = encoded || hasPrefixFold(line, "content-transfer-encoding:") && (bytes.Contains(l, []byte("base64")) || bytes.Contains(l, []byte("quoted-printable")))
		case counting:
			cost += 2 * (len(line) + 1)
		}
	}
	return cost
}
