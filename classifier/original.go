package classifier

import (
	"net/mail"
	"strings"
)

// readOriginal reads the headers of the returned message. Only the fields
// originalFrom reads are kept: a copied message's header is mostly trace
// fields, and storing them all cost more than reading them.
func readOriginal(raw []byte) *Original {
	h, _ := headerBlock(raw, true, originalFields)
	if len(h) == 0 {
		return nil
	}
	return originalFrom(h)
}

// originalFields are the fields originalFrom reads.
var originalFields = []string{"From", "To", "Subject", "Date", "Message-Id", "Dkim-Signature", "Received"}

// readHeader reads the header block at the start of raw; a partial header
// is still useful, so a line that is not a header field only ends it.
func readHeader(raw []byte) mail.Header {
	h, _ := headerBlock(raw, true, nil)
	if len(h) == 0 {
		return nil
	}
	return h
}

func originalFrom(h mail.Header) *Original {
	o := &Original{
		From:      decodeHeader(fieldValue(h, "From")),
		To:        decodeHeader(fieldValue(h, "To")),
		Subject:   decodeHeader(fieldValue(h, "Subject")),
		Date:      decodeHeader(fieldValue(h, "Date")),
		MessageID: strings.TrimSpace(fieldValue(h, "Message-Id")),
	}
	sig := fieldValue(h, "Dkim-Signature")
	if d := dkimTag(sig, 'd', ".-"); d != "" {
		o.DKIMDomain = strings.ToLower(d)
		o.DKIMSelector = strings.ToLower(dkimTag(sig, 's', "._-"))
	}
	// Received headers are prepended, so the first hop is the last one.
	recv := h["Received"]
	for i := len(recv) - 1; i >= 0 && len(o.ReceivedFrom) < 3; i-- {
		if host := receivedFrom(recv[i]); host != "" {
			o.ReceivedFrom = append(o.ReceivedFrom, host)
		}
	}
	if o.From+o.To+o.Subject+o.Date+o.MessageID == "" && len(o.ReceivedFrom) == 0 {
		return nil
	}
	return o
}

// dkimTag returns the value of tag name of a DKIM-Signature (RFC 6376
// 3.2: "name=value" pairs separated by ';'): the first "name=", in either
// case, at the value's start or after a ';' or white space, that a letter,
// a digit or one of punct follows, and the run of those after it (the
// regexp `(?i)(?:^|[;\s])d=([a-z0-9.-]+)` for the domain, written out:
// it ran on every returned message), or "".
func dkimTag(sig string, name byte, punct string) string {
	const space = "\t\n\f\r "
	allowed := func(c byte) bool {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(punct, c) >= 0
	}
	for i := 0; i+2 < len(sig); i++ {
		if sig[i]|0x20 != name || sig[i+1] != '=' || i > 0 && sig[i-1] != ';' && strings.IndexByte(space, sig[i-1]) < 0 {
			continue
		}
		end := i + 2
		for end < len(sig) && allowed(sig[end]) {
			end++
		}
		if end > i+2 {
			return sig[i+2 : end]
		}
	}
	return ""
}

// receivedFrom returns the host a Received field names after its leading
// "from" (the regexp `(?i)^\s*from\s+([^\s(;]+)`, written out: it ran on
// every trace field), or "".
func receivedFrom(v string) string {
	const space = "\t\n\f\r "
	v = strings.TrimLeft(v, space)
	if len(v) < 4 || !strings.EqualFold(v[:4], "from") {
		return ""
	}
	rest := strings.TrimLeft(v[4:], space)
	if len(rest) == len(v)-4 {
		return "" // no space after "from"
	}
	if end := strings.IndexAny(rest, space+"(;"); end >= 0 {
		rest = rest[:end]
	}
	return rest
}
