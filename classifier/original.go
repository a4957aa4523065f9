package classifier

import (
	"net/mail"
	"regexp"
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
		From:      decodeHeader(h.Get("From")),
		To:        decodeHeader(h.Get("To")),
		Subject:   decodeHeader(h.Get("Subject")),
		Date:      decodeHeader(h.Get("Date")),
		MessageID: strings.TrimSpace(h.Get("Message-Id")),
	}
	sig := h.Get("Dkim-Signature")
	if m := dkimDomain.FindStringSubmatch(sig); m != nil {
		o.DKIMDomain = strings.ToLower(m[1])
		if m := dkimSelector.FindStringSubmatch(sig); m != nil {
			o.DKIMSelector = strings.ToLower(m[1])
		}
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

var (
	dkimDomain   = regexp.MustCompile(`(?i)(?:^|[;\s])d=([a-z0-9.-]+)`)
	dkimSelector = regexp.MustCompile(`(?i)(?:^|[;\s])s=([a-z0-9._-]+)`)
)

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
