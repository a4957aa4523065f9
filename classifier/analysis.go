package classifier

import (
	"net/mail"
	"regexp"
	"strings"
)

// span is a byte range [start, end) of Diagnosis.Text.
type span struct{ start, end int }

// analysis holds the state of one diagnosis while it is built.
type analysis struct {
	text        string
	hdr         mail.Header
	d           *Diagnosis
	reportStart int  // where the message/delivery-status text starts, or -1
	feedback    bool // the input is a feedback report (ARF)
	originalRaw []byte
	regions     []span
	rcpts       []*rcpt
	transcript  []block // the blocks of an SMTP transcript, once found
}

// rcpt is a recipient being built, with the passages that speak of it.
type rcpt struct {
	Recipient
	diag  span   // the Diagnostic-Code value, if any
	spans []span // its own part of the report
	// lines are the lines naming it (see addressLines), once computed.
	lines     []span
	linesDone bool
}

// maxText bounds the text the engine reads. A bounce's own words fit in a
// few kilobytes; megabytes of text are a pasted attachment or an attack, and
// reading them whole only costs time.
const maxText = 1 << 20

func newAnalysis(text string, h mail.Header, format string) *analysis {
	if h == nil {
		h = mail.Header{}
	}
	if len(text) > maxText {
		text = strings.ToValidUTF8(text[:maxText], "")
	}
	return &analysis{text: text, hdr: h, reportStart: -1,
		d: &Diagnosis{Text: text, Format: format, Final: true}}
}

// run does the whole analysis and returns the diagnosis.
func (a *analysis) run() *Diagnosis {
	a.findRegions()
	a.parseReport()
	if a.d.ReportingMTA == "" && len(a.regions) > 0 {
		head := a.text[a.regions[0].start:min(a.regions[0].end, a.regions[0].start+2048)]
		if m := reportingHost.FindStringSubmatch(head); m != nil {
			a.d.ReportingMTA = strings.TrimRight(m[1], ".")
		}
	}
	a.d.Software = a.software()
	if a.d.Original == nil {
		a.d.Original = a.originalFromText()
	}
	switch {
	case a.feedback || hasField(a.text, "feedback-type") || strings.EqualFold(a.hdr.Get("X-Apple-Unsubscribe"), "true"):
		a.complaint()
	case len(a.rcpts) == 0 && a.isComplaint():
		a.complaint()
	case len(a.rcpts) > 0 && allDelivered(a.rcpts):
		for _, r := range a.rcpts[:min(len(a.rcpts), maxRecipients)] {
			a.codes(r) // the reply code of a success ("250 2.1.5 Ok")
		}
		a.settle(Delivered)
	case len(a.rcpts) == 0 && a.deliveredText():
		a.textRecipients()
		for _, r := range a.rcpts[:min(len(a.rcpts), maxRecipients)] {
			a.codes(r)
		}
		a.settle(Delivered)
	case len(a.rcpts) == 0 && a.isAutoReply():
		a.autoReply()
	case len(a.rcpts) == 0 && !a.isBounce():
		a.d.Category = NotABounce
		a.d.Recipients = []Recipient{}
	default:
		if len(a.rcpts) == 0 {
			a.textRecipients()
		}
		a.classifyAll()
	}
	a.d.Blocklists = findBlocklists(a.text, a.regions)
	a.shapeEvidence()
	return a.d
}

// reportingHost finds the reporting server in the standard openings of
// Postfix and qmail reports, when there is no Reporting-MTA.
var reportingHost = regexp.MustCompile(`(?i)(?:mail system at host|qmail-send program at) ([a-z0-9][a-z0-9.-]+[a-z0-9])`)

// findRegions decides which parts of the text are the report itself: the
// body up to the copy of the original message, and the delivery-status part.
func (a *analysis) findRegions() {
	bodyEnd := len(a.text)
	if a.reportStart >= 0 {
		bodyEnd = a.reportStart
	}
	end := originalStart(a.text[:bodyEnd])
	a.regions = []span{{0, end}}
	if a.reportStart >= 0 {
		a.regions = append(a.regions, span{a.reportStart, len(a.text)})
	}
}

// originalMarkers introduce the copy of the returned message in a bounce's
// text. Everything after one is the sender's own message, not the report.
// A marker counts at the start of a line (after quoting, dashes or spaces);
// the first group only after a line of dashes ("------ This is a copy ...").
var (
	dashedMarkers = []string{
		"this is a copy of", "below this line is a copy of", "original message", "the header of the original message",
		"returned message", "undelivered message", "message text follows", "start of returned message",
		"headers of the original message", "a copy of the message", "unsent message",
	}
	plainMarkers = []string{
		"original message follows", "the text you sent follows", "content-type: message/rfc822",
		"undelivered message headers", "original message headers", "the original message headers",
		"included is a copy of", "your message reads", "received: from",
	}
	// A forwarded message starts the original only after the report: at
	// the top it is the reader forwarding the bounce itself.
	forwardMarkers = []string{"forwarded message", "begin forwarded message"}
	markerSet      = newPhraseSet([][]string{dashedMarkers, plainMarkers, forwardMarkers})
)

// originalStart returns where the copy of the original message starts in
// text, or len(text) when there is none.
func originalStart(text string) int {
	at, firstReport := len(text), -1
	markerSet.find(text, 0, len(text), func(m phraseMatch) {
		if m.start >= at {
			return
		}
		// Walk back over the lead only, never the whole line: a long line
		// with many markers must not cost a scan per marker.
		ls := m.start
		for ls > 0 && strings.IndexByte(" \t>-", text[ls-1]) >= 0 {
			ls--
		}
		if ls > 0 && text[ls-1] != '\n' {
			return
		}
		if lead := text[ls:m.start]; m.rule == 0 && !strings.Contains(lead, "-") {
			return
		}
		if m.rule == 2 {
			if firstReport < 0 {
				// Computed once: where the report's own wording first appears.
				firstReport = len(text)
				bounceMarkers.find(text, 0, len(text), func(b phraseMatch) { firstReport = min(firstReport, b.start) })
			}
			if firstReport >= ls {
				return
			}
		}
		if m.rule == 0 && strings.EqualFold(text[m.start:m.end], "original message") &&
			forwardedBounce(text[ls+len(lineAt(text, ls)):]) {
			// Outlook's "-----Original Message-----" is also how a reader
			// forwards a bounce: when the headers under it are a bounce's
			// own, the report follows.
			return
		}
		if strings.HasPrefix(strings.ToLower(text[m.start:m.end]), "received") {
			// Trace headers of a copied message: "Received: from" with a
			// folded "by" line. In the first line it is the report's own
			// header; in a bounce forwarded inline, the report follows.
			next := lineAt(text, min(len(text), m.end+len(lineAt(text, m.end))+1))
			if !strings.HasPrefix(strings.TrimLeft(next, " \t"), "by ") || (next == "" || next[0] != ' ' && next[0] != '\t') ||
				ls == 0 || forwardedBounce(text[ls:]) {
				return
			}
		}
		at = ls
	})
	return at
}

// forwardedBounce reports whether the header block at the start of s is a
// bounce's own (from a mailer daemon), as when a bounce is pasted inline.
func forwardedBounce(s string) bool {
	end := strings.Index(s, "\n\n")
	if end < 0 {
		end = len(s)
	}
	h := strings.ToLower(s[:min(end, 4000)])
	if strings.Contains(h, "\nfrom: mailer-daemon") || strings.Contains(h, "(mail delivery system)") ||
		strings.Contains(h, "\nfrom: mail delivery") || strings.Contains(h, "report-type=delivery-status") ||
		strings.Contains(h, "\nfrom: microsoft outlook") || strings.Contains(h, "\nfrom: postmaster") {
		return true
	}
	// Outlook's forward header names no daemon; its subject does.
	if i := strings.Index(h, "\nsubject:"); i >= 0 {
		return hasPhrase(bounceMarkers, lineAt(h, i+1))
	}
	return false
}

// inRegions reports whether offset i is inside the report regions.
func (a *analysis) inRegions(i int) bool {
	for _, r := range a.regions {
		if r.start <= i && i < r.end {
			return true
		}
	}
	return false
}

func allDelivered(rs []*rcpt) bool {
	for _, r := range rs {
		switch r.Action {
		case ActionDelivered, ActionRelayed, ActionExpanded:
		default:
			if !strings.HasPrefix(r.Status, "2.") {
				return false
			}
		}
	}
	return true
}

// settle gives every recipient category c.
func (a *analysis) settle(c Category) {
	a.d.Category = c
	a.d.Recipients = make([]Recipient, 0, len(a.rcpts))
	for _, r := range a.rcpts {
		r.Category = c
		if c == Delivered && r.Action == "" {
			r.Action = ActionDelivered
		}
		a.d.Recipients = append(a.d.Recipients, r.Recipient)
	}
}

// complaint reads an ARF feedback report: one entry per recipient of the
// message the complaint is about.
func (a *analysis) complaint() {
	a.rcpts = nil
	for _, m := range fieldRe["original-rcpt-to"].FindAllStringSubmatch(a.text, -1) {
		a.rcpts = append(a.rcpts, &rcpt{Recipient: Recipient{Address: cleanAddress(m[1])}})
	}
	if len(a.rcpts) == 0 && a.originalRaw != nil {
		// Microsoft's older complaint format names the recipient in a header
		// of the returned message.
		if o := readHeader(a.originalRaw); o != nil {
			if addr := firstAddress(o.Get("X-HmXmrOriginalRecipient")); addr != "" {
				a.rcpts = append(a.rcpts, &rcpt{Recipient: Recipient{Address: addr}})
			}
		}
	}
	if len(a.rcpts) == 0 {
		addr := ""
		if a.d.Original != nil {
			addr = firstAddress(a.d.Original.To)
		}
		a.rcpts = []*rcpt{{Recipient: Recipient{Address: addr}}}
	}
	if loc := fieldRe["feedback-type"].FindStringIndex(a.text); loc != nil {
		a.evidence(loc[0], loc[1], "This is a feedback report (ARF): someone marked a delivered message as spam.")
	}
	a.settle(Complaint)
}

// autoReply marks the input as an automatic reply from the recipient.
func (a *analysis) autoReply() {
	addr := firstAddress(a.hdr.Get("From"))
	a.rcpts = []*rcpt{{Recipient: Recipient{Address: addr}}}
	a.settle(AutoReply)
}

// evidence records that text[start:end] decided something.
func (a *analysis) evidence(start, end int, why string) {
	for _, e := range a.d.Evidence {
		if e.Start == start && e.End == end {
			return
		}
	}
	a.d.Evidence = append(a.d.Evidence, Evidence{Start: start, End: end, Text: a.text[start:end], Why: why})
}

// successWords are the visible wording of delivery and relay notices (no
// report fields), and failureWords the wording that, next to them, says
// some recipient failed after all.
var (
	successWords = newPhraseSet([][]string{{
		"delivery to these recipients or groups is complete", "delivery to the following recipients succeeded",
		"was successfully delivered", "has been successfully delivered", "your message has been delivered to the following",
		"your message was delivered to the following", "successfully relayed",
	}})
	failureWords = newPhraseSet([][]string{{
		"failed", "could not", "couldn't", "undeliver", "not be delivered", "not delivered", "wasn't delivered",
		"rejected", "delayed",
	}})
)

// deliveredText reports whether the report's text says the message was
// delivered or passed on, and nothing says a recipient failed. It records
// the deciding words as evidence.
func (a *analysis) deliveredText() bool {
	if len(a.regions) == 0 {
		return false
	}
	r := a.regions[0]
	chunk := a.text[r.start:min(r.end, r.start+3000)]
	at, end := -1, 0
	successWords.find(chunk, 0, len(chunk), func(m phraseMatch) {
		if at < 0 {
			at, end = m.start, m.end
		}
	})
	if at < 0 || hasPhrase(failureWords, chunk) || hasSMTPLine(chunk) || !a.isBounce() {
		// A parcel notice's "successfully delivered" is no mail report.
		return false
	}
	a.evidence(r.start+at, r.start+end, "The notice says the message was delivered or passed on, not that it failed.")
	return true
}
