package classifier

import (
	"net/textproto"
	"regexp"
	"strings"
)

// Stage 4b: the message's diagnosis. Each recipient decided, the message
// as a whole gets its main category (the most important recipient's),
// whether the failure is final, and the passages to highlight. Complaints,
// automatic replies and success notices are decided here too, from the
// notice alone.

// result is the diagnosis of one document while it is assembled.
type result struct {
	doc *document
	n   *notice
	ev  *evidence // the failures' evidence, for the highlight
	d   *Diagnosis
	// events says the recipients are a sending service's events, each
	// its own, not one notice's.
	events bool
}

func newResult(doc *document, n *notice) *result {
	return &result{doc: doc, n: n, d: &Diagnosis{
		Text: doc.text, Format: doc.format, Final: true, ReportingMTA: n.reportingMTA, Software: n.software,
		Original: doc.original, Attachments: doc.attachments,
		HasReport: doc.hasReport, HasOriginal: doc.hasOriginal,
		Alternatives: []Category{}, noticeEnd: doc.regions[0].end, asks: doc.found.asks,
	}}
}

// failures decides each recipient of a delivery failure notice.
func (res *result) failures(ev *evidence) {
	res.ev = ev
	res.d.Recipients = make([]Recipient, 0, len(ev.rs))
	for _, r := range ev.rs {
		if succeeded(r.Recipient) {
			// In a report that mixes outcomes, the words around belong to
			// the failures; this recipient got its message.
			res.delivered(r, High, "action "+r.Action)
			continue
		}
		if r.Action == "" && ev.eximLoggedDelivery(r) {
			res.delivered(r, Medium, "Exim's log: =>")
			continue
		}
		delayed := r.Action == ActionDelayed || r.Action == "" && action(res.n, r.Recipient) == ActionDelayed
		res.decideOne(r, delayed)
	}
	res.finish()
}

// delivered adds r to the diagnosis as a recipient the message reached.
func (res *result) delivered(r *recipientEvidence, conf Confidence, rule string) {
	r.Category, r.Confidence, r.Rule = Delivered, conf, rule
	r.Alternatives = []Category{}
	if r.Action == "" {
		r.Action = ActionDelivered
	}
	res.d.Recipients = append(res.d.Recipients, r.Recipient)
}

// accepted reports whether r, read from a report with no Action field,
// has its server's success for its own reply: a 2xx reply code (RFC 5321
// 4.2.1) and no enhanced status of another class. A status alone is not
// enough: "2.6.4" in a text is as often a program's version.
func accepted(r Recipient) bool {
	return r.Action == "" && strings.HasPrefix(r.ReplyCode, "2") && (r.Status == "" || strings.HasPrefix(r.Status, "2."))
}

// fromOwnReply reports whether the decided category rests on the
// recipient's own reply or codes, not only on words around them.
func fromOwnReply(dec decision) bool {
	for _, c := range dec.clues[dec.cat] {
		if c.from == fromReply || c.from == fromStatus || c.from == fromProviderCode {
			return true
		}
	}
	return false
}

// decideOne scores and decides one failed or delayed recipient, and adds
// it to the diagnosis.
func (res *result) decideOne(r *recipientEvidence, delayed bool) {
	dec := decide(score(res.n, r), r, delayed)
	if !delayed && accepted(r.Recipient) && (dec.cat == Unknown || dec.confidence == Low || !fromOwnReply(dec)) {
		// A report with no fields (a verify report, a log, an SMTP
		// session) gives this recipient its server's 2xx reply and
		// nothing clear against it, or only words outside that reply (a
		// person's note above a session: "it went through after we fixed
		// SPF"): the message reached it.
		res.delivered(r, Medium, "reply "+r.ReplyCode)
		return
	}
	if wordsAlone(r.Recipient, res.d) {
		switch {
		case dec.confidence == High:
			dec.confidence = Medium
		case dec.confidence == Medium && res.d.Format != "smtp" && !strongWords(dec):
			// Words of medium strength in a text of several lines
			// that shows no failure: as often a text about mail (a
			// quota warning, a how-to, a question) as a bounce cut
			// to its sentence. A best guess.
			dec.confidence = Low
		}
	}
	r.Category, r.Confidence, r.Alternatives, r.Rule = dec.cat, dec.confidence, dec.alternatives, dec.rule
	if r.Alternatives == nil {
		r.Alternatives = []Category{}
	}
	r.Reasons = res.reasons(dec)
	domainListed := domainListed(res.d, r.Recipient)
	for _, c := range dec.clues[dec.cat] {
		if c.at.end > c.at.start {
			res.evidence(c.at.start, c.at.end, whyCategory(c, domainListed))
		}
	}
	if r.Action == "" {
		r.Action = action(res.n, r.Recipient)
	}
	res.d.Recipients = append(res.d.Recipients, r.Recipient)
}

// wordsAlone reports whether a failure is read from words alone: the text
// names no recipient, gives no server reply or status code for it, and has
// no report part. Such a text may be a bounce cut to its sentence, or a
// text about a bounce (a help page, a blocklist's answer to a removal
// request, a mail that imitates a full mailbox's warning): however specific
// the words, nothing in it shows that a message failed, so the answer is
// never high.
func wordsAlone(r Recipient, d *Diagnosis) bool {
	return r.Address == "" && r.ReplyCode == "" && r.Status == "" && !d.HasReport
}

// strongWords reports whether a strong phrase says the decided category:
// wording only that category uses.
func strongWords(dec decision) bool {
	for _, c := range dec.clues[dec.cat] {
		if c.strength == strong && (c.from == fromReply || c.from == fromNotice) {
			return true
		}
	}
	return false
}

// finish gives the message its main category and says whether it is
// final: as the category, the main recipient's. A notice that gives up on
// one recipient and still retries another is final about the first; each
// recipient's action says which is which.
func (res *result) finish() {
	// Two notices pasted together may name a recipient twice, retried in
	// one and failed in the other: it keeps the outcome that ends it.
	rs := res.d.Recipients[:0] // in place: addOutcome writes only behind the one it reads
	for _, r := range res.d.Recipients {
		rs = addOutcome(rs, r)
	}
	res.d.Recipients = rs
	main := mainRecipient(res.d.Recipients, res.events)
	res.d.Category = main.Category
	res.d.Confidence, res.d.Alternatives = main.Confidence, main.Alternatives
	res.d.Final = main.Action != ActionDelayed
}

// maxReasonClues bounds the clues shown for one category.
const maxReasonClues = 4

// reasons turns a decision's clues into what the JSON shows: for the
// category, then each alternative, the clues that pointed there.
func (res *result) reasons(dec decision) []Reason {
	var out []Reason
	for _, c := range append([]Category{dec.cat}, dec.alternatives...) {
		cs := dec.clues[c]
		if len(cs) == 0 {
			continue
		}
		reason := Reason{Category: c}
		for _, k := range cs[:min(len(cs), maxReasonClues)] {
			reason.Clues = append(reason.Clues, res.clue(k))
		}
		out = append(out, reason)
	}
	return out
}

func (res *result) clue(c clue) Clue {
	out := Clue{Strength: c.strength.String(), Source: c.source, Start: c.at.start, End: c.at.end}
	switch c.from {
	case fromStatus, fromProviderCode:
		out.Kind, out.Where, out.Text = "status", "code", strings.TrimPrefix(c.label, "status ")
		if strings.HasPrefix(c.source, "events.tsv") {
			out.Kind, out.Where = "classification", "event"
		}
	case fromReplyCode:
		out.Kind, out.Where, out.Text = "reply-code", "code", strings.TrimPrefix(c.label, "reply code ")
	case fromStage, fromDataStage:
		out.Kind, out.Where = "stage", "reply"
	default:
		out.Kind, out.Where = "words", "reply"
		if c.from == fromNotice {
			out.Where = "notice"
		}
		if strings.HasPrefix(c.label, "pattern: ") {
			out.Kind = "pattern"
		}
	}
	if c.at.end > c.at.start {
		out.Text = oneLine(res.doc.text[c.at.start:c.at.end])
	}
	return out
}

// mainRecipient is the most important recipient: the first failure that
// says something, else the first one. With finalFirst, a failure that is
// final comes before a delay: of a service's events, listed as they
// happened, one may be a retry and another the end.
func mainRecipient(rs []Recipient, finalFirst bool) Recipient {
	if finalFirst {
		for _, r := range rs {
			if r.Category.IsFailure() && r.Category != Unknown && r.Action != ActionDelayed {
				return r
			}
		}
	}
	for _, r := range rs {
		if r.Category.IsFailure() && r.Category != Unknown {
			return r
		}
	}
	if len(rs) > 0 {
		return rs[0]
	}
	return Recipient{Category: Unknown, Confidence: Low, Alternatives: []Category{}}
}

// settle gives every recipient category c, with confidence conf.
func (res *result) settle(rs []*recipientEvidence, c Category, conf Confidence) {
	res.d.Category, res.d.Confidence = c, conf
	res.d.Recipients = make([]Recipient, 0, len(rs))
	for _, r := range rs {
		r.Category, r.Confidence, r.Alternatives = c, conf, []Category{}
		if c == Delivered && r.Action == "" {
			r.Action = ActionDelivered
		}
		res.d.Recipients = append(res.d.Recipients, r.Recipient)
	}
}

// complaint reads an ARF feedback report: one entry per recipient of the
// message the complaint is about.
func (res *result) complaint(conf Confidence) {
	doc := res.doc
	var rs []*recipientEvidence
	for _, m := range fieldRe["original-rcpt-to"].FindAllStringSubmatch(doc.text, -1) {
		rs = append(rs, &recipientEvidence{Recipient: Recipient{Address: cleanAddress(m[1])}})
	}
	if len(rs) == 0 {
		if addr, at, ok := hotmailComplainant(doc); ok {
			if addr != "" {
				rs = append(rs, &recipientEvidence{Recipient: Recipient{Address: addr}})
			}
			if at >= 0 {
				res.evidence(at, at+len(lineAt(doc.text, at)), "Microsoft adds this line to its copy of a message that one of its users marked as spam; it names that user's address.")
			}
		}
	}
	if len(rs) == 0 {
		addr := ""
		if doc.original != nil {
			addr = firstAddress(doc.original.To)
		}
		rs = []*recipientEvidence{{Recipient: Recipient{Address: addr}}}
	}
	authFailure := false
	if m := fieldRe["feedback-type"].FindStringSubmatchIndex(doc.text); m != nil {
		// An authentication-failure report (RFC 6591) has the same ARF
		// shape, but nobody complained: a receiving server tells the
		// domain's owner that a message using the domain failed SPF,
		// DKIM or DMARC.
		authFailure = m[3] > m[2] && strings.EqualFold(strings.TrimSpace(doc.text[m[2]:m[3]]), "auth-failure")
		why := "This is a feedback report (ARF): someone marked a delivered message as spam."
		if authFailure {
			why = "This is an authentication-failure report (RFC 6591): a message that used your domain failed SPF, DKIM or DMARC at the receiving server."
		}
		res.evidence(m[0], m[1], why)
	}
	res.settle(rs, Complaint, conf)
	if authFailure {
		for i := range res.d.Recipients {
			res.d.Recipients[i].Rule = authFailureRule
		}
	}
}

// authFailureRule is the rule of an authentication-failure report: the
// headline and the steps say what it is.
const authFailureRule = "an authentication-failure report"

// unsubscribe marks the message a reader's mail program sent to ask that
// the reader be taken off a mailing list. It is feedback about mail that
// was delivered, as a complaint is, so its category is complaint; the rule
// gives it a reading of its own, since nobody called the mail spam. The
// address to take off the list is the one that sent the request.
func (res *result) unsubscribe() {
	if m, ok := res.n.first(res.n.opening(), markUnsubscribe, medium); ok {
		res.evidence(m.start, m.end, "The reader's mail program sent this message to the address your list names for unsubscribing: the reader asked to leave the list.")
	}
	// Apple Mail's own header is surer than words pasted without it.
	conf := Medium
	if res.n.appleUnsubscribe() {
		conf = High
	}
	addr := firstAddress(res.doc.header.Get("From"))
	res.settle([]*recipientEvidence{{Recipient: Recipient{Address: addr}}}, Complaint, conf)
	res.d.Recipients[0].Rule = unsubscribeRule
}

// unsubscribeRule is the rule of an unsubscribe request: the headline and
// the steps say what it is.
const unsubscribeRule = "an unsubscribe request"

// abuseReport marks a report of abuse seen from a network address: no
// message of the reader's failed or was called spam.
func (res *result) abuseReport() {
	res.notABounce(markAbuse, abuseRule, "A server's administrator (or its fail2ban) reports attacks it saw from a network address to that address's abuse contact: this is about a machine, not about a message you sent.")
	// The lists it names are where its sender looked the address up
	// ("according to abusix.com"), not lists that hold a message back.
	res.d.Blocklists = nil
}

// abuseRule is the rule of a report of abuse from a network address: the
// headline and the steps say what it is.
const abuseRule = "a report of abuse from a network address"

// held marks a mailing list's notice that it holds the message for its
// moderator: no failure, and no delivery yet.
func (res *result) held() {
	res.notABounce(markHeld, heldRule, "The mailing list is holding the message for its moderator: it was not refused, and either it goes out to the list or a note of the moderator's decision follows.", AutoReply)
}

// heldRule is the rule of a list's notice that it holds the message for
// its moderator: the headline says so.
const heldRule = "held for the list's moderator"

// mailReport marks the input as an automatic report on a domain's mail as
// a whole (DMARC, TLS): no message failed.
func (res *result) mailReport() {
	res.notABounce(markReport, reportRule, "This is an automatic report (DMARC or TLS statistics on a domain's mail, a postmaster tool's notice, a warning that a mailbox is filling up, or a mail filter's list of held messages), not a notice that a message failed.")
}

// ownMailbox marks the input as the reader's own mailbox or mail program
// speaking: the message went out, and what failed is storing it (or
// anything else) in the reader's own mailbox.
func (res *result) ownMailbox() {
	res.notABounce(markOwnMailbox, ownMailboxRule, "These are your own mail server's or mail program's words about your own mailbox (saving the sent copy, or your mailbox over its quota), not a report that a recipient refused the message.")
}

// ownMailboxRule is the rule of a notice about the reader's own mailbox:
// the headline and the explanation say what it is.
const ownMailboxRule = "about your own mailbox, not a delivery"

// notABounce answers that the input is no bounce but the kind of message
// rule names, shown by the first words of marker m in its opening (why
// says what they show), with the alternatives left open.
func (res *result) notABounce(m marker, rule, why string, alternatives ...Category) {
	if w, ok := res.n.first(res.n.opening(), m, medium); ok {
		res.evidence(w.start, w.end, why)
	}
	if alternatives == nil {
		alternatives = []Category{}
	}
	res.d.Category, res.d.Confidence, res.d.Alternatives = NotABounce, Medium, alternatives
	res.d.Recipients = []Recipient{{Category: NotABounce, Confidence: Medium, Alternatives: alternatives, Rule: rule}}
}

// reportRule is the rule of a report on a domain's mail as a whole: the
// headline says so.
const reportRule = "a report on a domain's mail"

// challenge marks the input as a challenge-response filter's automatic
// request: the message waits until the sender confirms.
func (res *result) challenge() {
	if m, ok := res.n.first(res.n.opening(), markChallenge, medium); ok {
		res.evidence(m.start, m.end, "The recipient's spam filter holds the message until you confirm you are a person: answer this request as it asks (reply, or follow its link) and the message is delivered.")
	}
	addr := firstAddress(res.doc.header.Get("From"))
	res.settle([]*recipientEvidence{{Recipient: Recipient{Address: addr}}}, AutoReply, Medium)
	res.d.Alternatives = []Category{NotABounce}
	res.d.Recipients[0].Alternatives = []Category{NotABounce}
	res.d.Recipients[0].Rule = challengeRule
}

// challengeRule is the rule of a challenge-response filter's request: the
// headline says what to do.
const challengeRule = "a challenge-response filter's request to confirm"

// autoReply marks the input as an automatic reply from the recipient.
func (res *result) autoReply() {
	conf := Medium
	if as := strings.ToLower(res.doc.header.Get("Auto-Submitted")); strings.HasPrefix(as, "auto-replied") {
		conf = High
	}
	addr := firstAddress(res.doc.header.Get("From"))
	res.settle([]*recipientEvidence{{Recipient: Recipient{Address: addr}}}, AutoReply, conf)
}

// deliveredText reports whether the notice's words say the message was
// delivered or passed on, and records them as evidence.
func (res *result) deliveredText() bool {
	s, ok := res.n.delivered()
	if ok {
		res.evidence(s.start, s.end, "The notice says the message was delivered or passed on, not that it failed.")
	}
	return ok
}

// deliveryLog finds in a text that is no bounce a mail server's log of
// deliveries that went through, and of none that failed or waits, and
// marks the first: Postfix's delivery lines "to=<x>, relay=host[ip]:25,
// ..., dsn=2.0.0, status=sent (250 ...)" (src/global/log_adhoc.c), whose
// relay is not a content filter on the same host (a hop to 127.0.0.1 logs
// "sent" too), and Exim's "=>" delivery lines (the Exim specification,
// "Log files") beside no "**" failure or "==" deferral.
func (res *result) deliveryLog() bool {
	text := res.doc.text
	first := span{-1, -1}
	for i := 0; i < len(text); {
		line := lineAt(text, i)
		exim := eximLogLine.FindStringSubmatch(line)
		switch {
		case strings.Contains(line, ", status="):
			if !strings.Contains(line, ", status=sent (") {
				return false
			}
			if k := strings.Index(line, "relay="); k >= 0 && first.start < 0 {
				relay, _, _ := strings.Cut(line[k:], ",")
				if !strings.Contains(relay, "127.0.0.1") && !strings.Contains(relay, "[::1]") {
					first = span{i, i + len(line)}
				}
			}
		case exim != nil:
			switch exim[1] {
			case "**", "==":
				return false
			case "=>":
				if first.start < 0 {
					first = span{i, i + len(line)}
				}
			}
		}
		i += len(line) + 1
	}
	if first.start < 0 {
		return false
	}
	res.evidence(first.start, first.end, "The mail server's log says the message was handed over to the next server or the mailbox, not that it failed.")
	return true
}

// eximLogLine is a line of Exim's main log about one address: date, time,
// message id, then its flag ("=>" delivered, "->" another address of the
// same delivery, "**" failed, "==" deferred; the Exim specification,
// "Log files"); a message's own log (exim -Mvl) leaves out the id.
var eximLogLine = regexp.MustCompile(`^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?(?: [+-]\d{4})?(?: \[\d+\])?(?: [0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4})? (=>|->|\*\*|==) `)

// readReceipt settles a read receipt: the message reached each of rs, or
// of the addresses its text names, or, when it names nobody, the receipt's
// sender, who is the reader.
func (res *result) readReceipt(rs []*recipientEvidence, conf Confidence) {
	if len(rs) == 0 {
		rs = textRecipients(res.doc)
	}
	if len(rs) == 0 {
		rs = []*recipientEvidence{{Recipient: Recipient{Address: firstAddress(res.doc.header.Get("From"))}}}
	}
	res.settle(rs, Delivered, conf)
	for i := range res.d.Recipients {
		res.d.Recipients[i].Rule = readReceiptRule
	}
}

// receiptFields finds a read receipt's Disposition field in a text without
// the receipt's own part (dispositionAt) and marks it.
func (res *result) receiptFields() bool {
	s, ok := dispositionAt(res.doc)
	if ok {
		res.evidence(s.start, s.end, "This field is a read receipt's: the recipient's mail program reports what became of your message, which arrived.")
	}
	return ok
}

// receiptWords marks the words that make the text a read receipt
// (notice.isReadReceipt), where the opening holds them.
func (res *result) receiptWords() {
	if m, ok := res.n.first(res.n.opening(), markRead, medium); ok {
		res.evidence(m.start, m.end, "These are the words of a read receipt: the recipient's mail program reports that your message arrived and was opened (or deleted unopened).")
	}
}

// readReceiptRule is the rule of a read receipt: the headline and the
// explanation say what a receipt means.
const readReceiptRule = "a read receipt"

// evidence records that text[start:end] decided something.
func (res *result) evidence(start, end int, why string) {
	for _, e := range res.d.Evidence {
		if e.Start == start && e.End == end {
			return
		}
	}
	res.d.Evidence = append(res.d.Evidence, Evidence{Start: start, End: end, Text: res.doc.text[start:end], Why: why})
}

// hotmailHeader is the header Microsoft's older complaint format (the Junk
// Mail Reporting Program of Hotmail and Outlook.com) adds to its copy of
// the message complained about, naming the mailbox whose user complained.
// Feedback-loop processors read the complainant from it: PowerMTA's
// accounting files map it to the recipient ("map-header-to-field f
// header_X-HmXmrOriginalRecipient rcpt"), and EmailEngine's ARF reader
// takes it when the report has no Original-Rcpt-To.
const hotmailHeader = "X-HmXmrOriginalRecipient"

// hotmailComplainant finds Microsoft's complaint header wherever the input
// holds it: the returned copy's header, the message's own header (the copy
// saved out of the report and dropped as it is), or a line of the text (the
// copy shown inline and pasted), with where that line starts (-1 when it
// was a header). addr is its address, "" when the value holds none (a copy
// whose addresses a web page hid); ok is false when there is no such header.
func hotmailComplainant(doc *document) (addr string, at int, ok bool) {
	if doc.originalRaw != nil {
		if h, _ := headerBlock(doc.originalRaw, true, hotmailKeep); h.Get(hotmailHeader) != "" {
			return firstAddress(h.Get(hotmailHeader)), -1, true
		}
	}
	if v := doc.header.Get(hotmailHeader); v != "" {
		return firstAddress(v), -1, true
	}
	for from := 0; ; {
		i := strings.Index(doc.folded[from:], hotmailLine)
		if i < 0 {
			return "", -1, false
		}
		i += from
		if i == 0 || doc.text[i-1] == '\n' {
			return firstAddress(lineAt(doc.text, i+len(hotmailLine))), i, true
		}
		from = i + len(hotmailLine)
	}
}

var (
	// hotmailKeep has headerBlock keep hotmailHeader alone.
	hotmailKeep = []string{textproto.CanonicalMIMEHeaderKey(hotmailHeader)}
	// hotmailLine is hotmailHeader's line as folded text holds it.
	hotmailLine = strings.ToLower(hotmailHeader) + ":"
)

// hotmailSeen reports whether the input is Microsoft's copy of a message
// complained about.
func hotmailSeen(doc *document) bool {
	_, _, ok := hotmailComplainant(doc)
	return ok
}
