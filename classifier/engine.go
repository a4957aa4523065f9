package classifier

import (
	"bytes"
	"fmt"
	"strings"
)

// The engine is a pipeline, one stage per file:
//
//	input.go      bytes as given   → UTF-8 bytes (byte-order marks, UTF-16 undone); a file that is no text refused
//	read.go       raw bytes        → document (the text, the report's regions, the header)
//	events.go     a sending service's JSON event (otherevents.go: a service with no reader of
//	              its own; pec.go: a certified-mail receipt; tables.go: a table of events
//	              exported from a log and pasted) → records → a small report document
//	notice.go     document         → notice (every known phrase in the report, its writer, its kind)
//	recipients.go document, notice → the recipients (report.go reads them from a delivery-status part)
//	evidence.go   recipients       → each recipient's own reply, notice passages, codes, SMTP stage
//	score.go      evidence         → scorecard (clues for each category, weighed)
//	decide.go     scorecard        → category, confidence, alternatives, retried or final
//	explain.go, headline.go        → what it means in plain words, and what to do
//
// What the stages know (phrases, codes) is data in knowledge/. This file
// runs the stages for each message of the input.

// Prepare reads the knowledge and builds the phrase automaton now, which
// Diagnose otherwise does on its first call (a fraction of a second): a
// server calls it before it takes requests.
func Prepare() { scanSet() }

// Diagnose reads one bounce, in any form, and says what went wrong.
// It returns ErrEmpty, ErrTooLarge (wrapped) or a *NotTextError for input
// it will not read.
func Diagnose(raw []byte, opt Options) (*Diagnosis, error) {
	if len(raw) > MaxInput {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d MiB", ErrTooLarge, len(raw), MaxInput>>20)
	}
	raw, err := readInput(raw)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, ErrEmpty
	}
	b := &budget{}
	d := diagnose(raw, 0, b)
	addWarnings(d, opt)
	if b.exceeded {
		d.Warnings = append(d.Warnings, Warning{Kind: "truncated",
			Message: "This input holds more forwarded or attached messages than whybounce reads for one bounce; only the first ones were read."})
	}
	return d, nil
}

// maxForward bounds how deep Diagnose looks into forwarded bounces, and
// maxMessages how many pasted messages it reads one by one (the rest of a
// longer paste is read with the last one).
const (
	maxForward  = 3
	maxMessages = 20
)

// budget bounds the work of one Diagnose call as a whole, across every
// forwarded bounce and pasted message in it, not per level: a message of
// twenty attached messages each holding twelve more must not cost 240 full
// diagnoses.
type budget struct {
	documents int // messages read so far
	decoded   int // bytes handed to the MIME decoder so far
	exceeded  bool
}

const (
	// maxDocuments bounds the messages read for one input.
	maxDocuments = 24
	// maxDecoded bounds the bytes decoded as MIME for one input, all
	// levels together.
	maxDecoded = 2 * MaxInput
)

// take spends one document of n bytes from the budget; false when the
// budget is spent, and then the caller reads no further.
func (b *budget) take(n int) bool {
	if b.documents >= maxDocuments || b.decoded+n > maxDecoded {
		b.exceeded = true
		return false
	}
	b.documents++
	b.decoded += n
	return true
}

func diagnose(raw []byte, depth int, b *budget) *Diagnosis {
	if parts := splitMbox(raw); len(parts) > 1 {
		return merge(parts, depth, b)
	}
	return diagnoseOne(raw, depth, b)
}

// diagnoseOne reads raw as one message (or one text), never splitting it.
func diagnoseOne(raw []byte, depth int, b *budget) *Diagnosis {
	raw, message := unpasteMessage(raw)
	raw = stripMboxLine(raw)
	if records, ok := readEvents(raw); ok {
		return analyzeEvents(records)
	}
	if !message {
		// A pasted table is text; a mail's header lines, whose commas a
		// table's header test would split, are no table.
		if records, ok := readTable(raw); ok {
			return analyzeEvents(records)
		}
	}
	if message && safeForMIME(raw) && b.take(len(raw)) {
		if m, ok := decodeMIME(raw); ok && (strings.TrimSpace(m.body+m.report+m.feedback) != "" || m.original != nil) {
			if records, ok := eventsInMail(m); ok {
				d := analyzeEvents(records)
				d.Format, d.Attachments = "mime", m.attach
				return d
			}
			d := analyze(readMessage(m))
			// A guess from a message with no report of its own ("Forwarding
			// the bounce as attachment") gives way to a report attached to it.
			clear := !unclear(d) && d.Category != Unknown
			guess := clear && !d.HasReport && d.Confidence == Low && len(m.attached) > 0
			if clear && !guess {
				return d
			}
			// An attached bounce that names its recipient but not why is
			// still more than "not a bounce" (Mailman's "Uncaught bounce
			// notification" to the list owner attaches what it could not read).
			var unexplained *Diagnosis
			if depth < maxForward {
				// A forwarded bounce: the real report is the attached message,
				// or each of the attached messages when a person forwards
				// several bounces at once.
				var found []*Diagnosis
				for _, a := range m.attached {
					if b.exceeded {
						break
					}
					raw := a.bytes()
					if len(found) > 0 && !forwardedBounce("\n"+string(raw[:min(len(raw), maxBounceStart)])) {
						// After one bounce, a further attachment is read
						// only when its sender or subject is a bounce's:
						// most messages attach one, and the test of a
						// bounce's words costs a scan of each attachment.
						continue
					}
					if !looksLikeBounce(raw) {
						continue
					}
					inner := diagnose(raw, depth+1, b)
					if !unclear(inner) && inner.Category != Unknown && (!guess || inner.HasReport) {
						found = append(found, inner)
						continue
					}
					if unexplained == nil && !unclear(inner) {
						unexplained = inner
					}
				}
				if len(found) > 0 {
					return mergeDiagnoses(found)
				}
			}
			if guess {
				return d
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
			if unclear(d) && unexplained != nil {
				return unexplained
			}
			return d
		}
	}
	if t := rawBody(raw); t != nil {
		return t
	}
	return analyze(readText(textOf(raw), nil, "text"))
}

// looksLikeBounce reports whether an attached message is a bounce by its
// start: a header a bounce is sent with, or a bounce's own words. A list's
// or a filter's notice attaches the post it refused, and a person's words
// there ("my mailbox is full, write to my other address") report no failure.
func looksLikeBounce(raw []byte) bool {
	head := normalize(string(raw[:min(len(raw), maxBounceStart)]))
	return forwardedBounce("\n"+head) || hasMarker(markBounce, medium, head)
}

// maxBounceStart is how much of an attached message looksLikeBounce reads.
const maxBounceStart = 8 << 10

// unclear reports whether d says nothing useful: not a bounce, or a failure
// with neither a reason nor an address.
func unclear(d *Diagnosis) bool {
	switch d.Category {
	case NotABounce, AutoReply:
		// An answer with a reading of its own (a list holding a post, a
		// challenge-response filter's request, a DMARC or TLS report) says
		// what happened: what it attaches is the sender's own message, not
		// a bounce.
		_, complete := readingOf(d)
		return !complete
	case Unknown:
		return len(d.Recipients) == 0 || d.Recipients[0].Address == ""
	}
	return false
}

// textOf is raw as text, at most maxText bytes of it (the rest would be cut
// by the document anyway, and normalizing megabytes first only costs
// time), in UTF-8 when it was saved in a legacy charset.
func textOf(raw []byte) string {
	if len(raw) > maxText {
		raw = raw[:maxText]
	}
	return normalize(string(legacyText(raw)))
}

// rawBody reads a message enmime could not take apart (or that is over the
// limits) as text: its own headers still help, its body is the text.
func rawBody(raw []byte) *Diagnosis {
	if !looksLikeMessage(raw) {
		return nil
	}
	text := textOf(raw)
	i := strings.Index(text, "\n\n")
	if i < 0 {
		return nil
	}
	h := readHeader([]byte(text[:i+1]))
	if h == nil {
		return nil
	}
	return analyze(readText(text[i+2:], h, "mime"))
}

// analyze runs stages 2 to 4 on one document.
func analyze(doc *document) *Diagnosis {
	rs, reportingMTA := reportRecipients(doc)
	n := readNotice(doc, reportingMTA)
	out := newResult(doc, n)
	out.d.Blocklists = findBlocklists(doc)
	switch {
	case doc.feedback || hasField(doc.text, "feedback-type"):
		out.complaint(High)
	case len(rs) == 0 && hotmailSeen(doc):
		// Microsoft's copy of a message complained about, without the
		// report around it.
		out.complaint(Medium)
	case len(rs) == 0 && n.isUnsubscribe():
		out.unsubscribe()
	case len(rs) == 0 && n.isAbuseReport():
		out.abuseReport()
	case len(rs) == 0 && n.isComplaint() && !n.isBulkMail():
		// A newsletter about deliverability speaks of complaints and
		// feedback loops; it reports none.
		out.complaint(Medium)
	case doc.receipt:
		// A read receipt (RFC 8098): the message reached the reader.
		out.readReceipt(rs, High)
	case !n.saysFailure() && !hasField(doc.text, "action") && out.receiptFields():
		// A receipt pasted with its Disposition field, and no delivery
		// report's Action field or failure words beside it.
		out.readReceipt(rs, Medium)
	case len(rs) > 0 && allDelivered(rs):
		gatherEvidence(doc, n, rs) // the reply codes of a success ("250 2.1.5 Ok")
		out.settle(rs, Delivered, High)
	case len(rs) == 0 && out.deliveredText():
		rs = textRecipients(doc)
		gatherEvidence(doc, n, rs)
		out.settle(rs, Delivered, Medium)
	case len(rs) == 0 && n.isReadReceipt():
		// A read receipt's text, without its disposition-notification part.
		out.receiptWords()
		out.readReceipt(nil, Medium)
	case len(rs) == 0 && n.isMailReport():
		out.mailReport()
	case len(rs) == 0 && n.isOwnMailbox():
		out.ownMailbox()
	case len(rs) == 0 && n.isChallenge():
		out.challenge()
	case len(rs) == 0 && n.isHeld():
		out.held()
	case len(rs) == 0 && n.isAutoReply():
		out.autoReply()
	case len(rs) == 0 && (n.isBulkMail() || !n.isBounce()):
		if !n.isBulkMail() && out.deliveryLog() {
			// A mail server's log of deliveries that went through.
			rs = textRecipients(doc)
			gatherEvidence(doc, n, rs)
			out.settle(rs, Delivered, Medium)
			break
		}
		// One entry, as for every other kind of input: the answer is about
		// the message as a whole.
		out.d.Category, out.d.Confidence, out.d.Alternatives = NotABounce, Medium, []Category{}
		out.d.Recipients = []Recipient{{Category: NotABounce, Confidence: Medium, Alternatives: []Category{}}}
	default:
		if len(rs) == 0 {
			rs = textRecipients(doc)
		} else if !doc.hasReport {
			// The report's fields are text, not a report part of their
			// own: pasted, and perhaps cut short.
			rs = withUnreported(doc, rs)
		}
		out.failures(gatherEvidence(doc, n, rs))
	}
	out.shapeEvidence()
	return out.d
}

// merge diagnoses each message of an mbox paste and joins the results.
// Parts that say nothing (not a bounce, or an unknown failure) are dropped
// when another part says something, so a cover note does not hide the
// bounce that follows it.
func merge(parts [][]byte, depth int, b *budget) *Diagnosis {
	all := make([]*Diagnosis, 0, len(parts))
	for _, p := range parts {
		all = append(all, diagnoseOne(p, depth, b))
	}
	return mergeDiagnoses(all)
}

// mergeDiagnoses joins the diagnoses of several messages into one, their
// texts one after the other: the recipients of each, in order, leaving out
// the messages that say nothing when one does.
func mergeDiagnoses(all []*Diagnosis) *Diagnosis {
	if len(all) == 1 {
		return all[0]
	}
	clear := false
	for _, d := range all {
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
		for _, r := range d.Recipients {
			for i := range r.Reasons {
				for k := range r.Reasons[i].Clues {
					if c := &r.Reasons[i].Clues[k]; c.End > c.Start {
						c.Start += shift
						c.End += shift
					}
				}
			}
			out.Recipients = addOutcome(out.Recipients, r)
		}
		out.Blocklists = append(out.Blocklists, d.Blocklists...)
		out.Attachments = append(out.Attachments, d.Attachments...)
	}
	if out == nil {
		return all[0]
	}
	out.Text, out.noticeEnd, out.asks = text.String(), 0, nil
	if len(out.Recipients) > 0 {
		main := mainRecipient(out.Recipients, false)
		out.Category, out.Confidence, out.Alternatives = main.Category, main.Confidence, main.Alternatives
	}
	out.Final = true
	for _, r := range out.Recipients {
		out.Final = out.Final && r.Action != ActionDelayed
	}
	return out
}

// addOutcome adds r to rs, the recipients of messages read before it: a
// recipient that one message says is still retried and another says
// failed or reached (a delay warning and then the failure, in either
// order) keeps its first place and the outcome that ends it.
func addOutcome(rs []Recipient, r Recipient) []Recipient {
	for i, o := range rs {
		if r.Address == "" || !strings.EqualFold(o.Address, r.Address) || (o.Action == ActionDelayed) == (r.Action == ActionDelayed) {
			continue
		}
		if o.Action == ActionDelayed {
			rs[i] = r
		}
		return rs
	}
	return append(rs, r)
}
