package classifier

import (
	"net/mail"
	"regexp"
	"strings"
)

// readOriginal reads the headers of the returned message.
func readOriginal(raw []byte) *Original {
	h := readHeader(raw)
	if h == nil {
		return nil
	}
	return originalFrom(h)
}

// readHeader reads the header block at the start of raw; a partial header
// is still useful, so a line that is not a header field only ends it.
func readHeader(raw []byte) mail.Header {
	h, _ := headerBlock(raw, true)
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
		if m := receivedFrom.FindStringSubmatch(recv[i]); m != nil {
			o.ReceivedFrom = append(o.ReceivedFrom, m[1])
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
	receivedFrom = regexp.MustCompile(`(?i)^\s*from\s+([^\s(;]+)`)
)
