package classifier

import (
	"slices"
	"strings"
)

// Stage 2c: each recipient's own evidence. A report speaks of several
// things at once: its boilerplate, every recipient, perhaps a copy of the
// original message. Only what is about this recipient may decide its
// category: the receiving server's reply for it (the Diagnostic-Code, the
// "said:" block, the quoted SMTP lines), its codes, and the notice's own
// sentences about it.

// recipientEvidence is one recipient with the passages of the report that
// are its own: the output of stage 2, one per recipient.
type recipientEvidence struct {
	Recipient
	diag  span   // the Diagnostic-Code value, if any
	spans []span // its section of the report, when the report has one per recipient
	// lines are the lines naming it, with their wrapped continuation, and
	// the transcript blocks held with its domain's server.
	lines     []span
	linesDone bool
	// reply is the receiving server's reply for it: the Diagnostic-Code and
	// the lines that carry a reply or status code or name it.
	reply []span
	// notice is the rest of what the report says about it: its section,
	// or the whole report when it is the only recipient.
	notice []span
	// stage is where in the SMTP conversation the refusal came, when the
	// reply says (a @stage- marker), and stageAt where it says so.
	stage   marker
	stageAt span
	// aboutSender is where the reply says the address it refuses is the
	// sender's (an @about-sender phrase: "Sender verify failed"), when it
	// does.
	aboutSender span
	// event is the sending-service event the recipient comes from, if any.
	event *eventRecord
}

// evidence gathers every recipient's own passages and codes.
type evidence struct {
	doc        *document
	n          *notice
	rs         []*recipientEvidence
	transcript []block // the blocks of an SMTP transcript, once found
	headings   []int   // the lines introducing a server's reply, once found
}

// maxRecipients bounds the recipients one diagnosis reports: a report
// naming thousands is a list or an attack, and its first ones say what
// happened.
const maxRecipients = 100

// gatherEvidence fills in each recipient's codes, reply and notice passages
// and SMTP stage.
func gatherEvidence(doc *document, n *notice, rs []*recipientEvidence) *evidence {
	if len(rs) > maxRecipients {
		rs = rs[:maxRecipients]
	}
	ev := &evidence{doc: doc, n: n, rs: rs}
	for _, r := range rs {
		ev.codes(r)
		r.reply = ev.replyPassages(r)
		r.notice = ev.noticePassages(r)
		ev.findStage(r)
		ev.findAboutSender(r)
	}
	return ev
}

// maxFilteredRecipients bounds the reports whose sections are cleared of
// other recipients' lines: a line is checked against each other recipient.
const maxFilteredRecipients = 20

// noticePassages are the notice's passages about r: its section of the
// report, without the lines that name another recipient's address or
// domain (a transcript interleaves them).
func (ev *evidence) noticePassages(r *recipientEvidence) []span {
	section := ev.sectionSpans(r)
	if len(ev.rs) < 2 || len(ev.rs) > maxFilteredRecipients {
		return section
	}
	_, own, _ := strings.Cut(strings.ToLower(r.Address), "@")
	var others []string
	for _, o := range ev.rs {
		if o == r || o.Address == "" {
			continue
		}
		others = append(others, o.Address)
		if _, d, ok := strings.Cut(strings.ToLower(o.Address), "@"); ok && d != own {
			others = append(others, d)
		}
	}
	text := ev.doc.text
	var out []span
	for _, s := range section {
		start := s.start
		for i := s.start; i < s.end; {
			line := text[i:min(s.end, i+len(lineAt(text, i)))]
			next := i + len(line) + 1
			for _, o := range others {
				if namesOutsideLink(line, o) {
					if i > start {
						out = append(out, span{start, i})
					}
					start = min(next, s.end)
					break
				}
			}
			i = next
		}
		if start < s.end {
			out = append(out, span{start, s.end})
		}
	}
	return out
}

// namesOutsideLink reports whether line names o (an address or a domain)
// other than inside a web link: a reply's help link ("550 Mailbox not
// found. http://service.exmail.qq.com/...") names its provider's domain,
// not a recipient there. o must stand whole: "example.net" is not named by
// "shop-example.net" nor by "example.net.br", and "ann@example.net" not by
// "joann@example.net"; a host in the domain ("mx.example.net") names it.
func namesOutsideLink(line, o string) bool {
	if o == "" {
		return false // an empty name is found everywhere, and nowhere further on
	}
	for off := 0; off < len(line); {
		i := indexFold(line[off:], o)
		if i < 0 {
			return false
		}
		i += off
		if _, inLink := linkBefore(line, i); !inLink && standsWhole(line, i, i+len(o), strings.Contains(o, "@")) {
			return true
		}
		off = i + len(o)
	}
	return false
}

// standsWhole reports whether the name at line[i:j] is not part of a
// longer one: no letter, digit or '-' (nor, for an address, a character of
// its local part) just before it, and none, nor a dot and a further label,
// just after it.
func standsWhole(line string, i, j int, address bool) bool {
	if i > 0 {
		c := line[i-1]
		if isNameByte(c) || address && strings.IndexByte(".+_%=", c) >= 0 {
			return false
		}
	}
	if j < len(line) {
		c := line[j]
		if isNameByte(c) || c == '.' && j+1 < len(line) && isNameByte(line[j+1]) {
			return false
		}
	}
	return true
}

// isNameByte reports whether c can stand inside a domain's label.
func isNameByte(c byte) bool {
	return isWordByte(c) || c == '-' || c >= 0x80
}

// linkBefore returns the part before i of the web link (http:// or
// https://) that the text at i stands in, and false when it stands in no
// link. It looks back at most maxLinkScan bytes.
func linkBefore(s string, i int) (string, bool) {
	from := max(0, i-maxLinkScan)
	start := from + strings.LastIndexAny(s[from:i], " \t\r\n<>()[]\"'") + 1
	if hasPrefixFold(s[start:], "http://") || hasPrefixFold(s[start:], "https://") {
		return s[start:i], true
	}
	return "", false
}

// maxLinkScan bounds how far back linkBefore looks for a link's start.
const maxLinkScan = 300

// ownSpans are the passages that speak of r alone: its Diagnostic-Code and
// its section of the text; for a lone recipient, the whole report.
func (ev *evidence) ownSpans(r *recipientEvidence) []span {
	var out []span
	if r.diag.end > r.diag.start {
		out = append(out, r.diag)
	}
	return append(out, ev.sectionSpans(r)...)
}

// sectionSpans is the recipient's part of the report text, or the whole
// report when it is the only recipient or its part cannot be told.
func (ev *evidence) sectionSpans(r *recipientEvidence) []span {
	if len(ev.rs) == 1 || len(r.spans) == 0 {
		return ev.doc.regions
	}
	return r.spans
}

// eximDelivered reports whether chunk is Exim's log line of a delivery to
// address ("=>" or "->" before it; see eximFlag).
func eximDelivered(chunk, address string) bool {
	i := indexFold(chunk, address)
	if address == "" || i < 0 {
		return false
	}
	f := eximFlag(chunk, i)
	return f == "=>" || f == "->"
}

// eximLoggedDelivery reports whether lines of Exim's main or message log,
// pasted, flag a delivery to r ("=>" or "->" before its address) and
// neither a failure nor a deferral of it ("**", "=="): that recipient has
// its message, whatever befell the others.
func (ev *evidence) eximLoggedDelivery(r *recipientEvidence) bool {
	text, delivered := ev.doc.text, false
	for _, s := range ev.addressLines(r) {
		line := lineAt(text, lineStart(text, s.start))
		if len(line) < 20 || line[4] != '-' || line[0] < '0' || line[0] > '9' {
			continue // no "YYYY-MM-DD" to open Exim's log line
		}
		m := eximLogLine.FindStringSubmatchIndex(line)
		if m == nil || !hasPrefixFold(line[m[1]:], r.Address) {
			continue
		}
		switch line[m[2]:m[3]] {
		case "=>", "->":
			delivered = true
		case "**", "==":
			return false
		}
	}
	return delivered
}

// codes fills in the status and reply codes from the recipient's own words
// when the report fields did not give them (or gave only a generic one),
// then the server's own words and name.
func (ev *evidence) codes(r *recipientEvidence) {
	text := ev.doc.text
	spans := ev.ownSpans(r)
	if len(ev.rs) > 1 {
		// The lines naming this recipient come before its stretch of the
		// report, which may hold another's reply.
		if lines := ev.addressLines(r); len(lines) > 0 {
			var diag []span
			if r.diag.end > r.diag.start {
				diag = []span{r.diag}
			}
			spans = append(append(diag, lines...), ev.sectionSpans(r)...)
		}
	}
	for _, s := range spans {
		chunk := text[s.start:s.end]
		if st := findStatus(chunk); st != "" && st != r.Status && (r.Status == "" || s == r.diag && !isGenericStatus(st) ||
			isGenericStatus(r.Status) && !isGenericStatus(st) && st[0] == r.Status[0]) {
			// The receiving server's own code, quoted in the Diagnostic-Code,
			// is more precise than the reporting server's summary.
			r.Status = st
		}
		if r.ReplyCode == "" {
			// A 2xx is the recipient's own reply when its status is a
			// success, or when Exim logged its delivery ("=> x ...
			// C="250 OK"), which gives no status.
			r.ReplyCode, _ = findReply(chunk, strings.HasPrefix(r.Status, "2") || eximDelivered(chunk, r.Address))
		}
		if r.Status != "" && r.ReplyCode != "" {
			break
		}
	}
	if r.Diagnostic == "" {
		r.Diagnostic = ev.diagnosticLine(r)
	}
	if r.RemoteMTA == "" {
		for _, s := range ev.replyLines(r) {
			if m := remoteRe.find(text[s.start:min(s.end, s.start+maxRemoteScan)]); m != nil {
				r.RemoteMTA = strings.TrimRight(m[1], ".")
				break
			}
		}
	}
}

// maxRemoteScan bounds the stretch of a reply line searched for the remote
// server's name, which stands near its start: a hostile one-megabyte line
// naming a hundred recipients must not be searched once for each of them.
const maxRemoteScan = 4 << 10

func isGenericStatus(s string) bool { return strings.HasSuffix(s, ".0.0") }

// diagnosticLine picks the server's own words from the recipient's section:
// the first line carrying a reply or status code.
func (ev *evidence) diagnosticLine(r *recipientEvidence) string {
	for _, s := range ev.ownSpans(r) {
		chunk := ev.doc.text[s.start:s.end]
		_, i := findReply(chunk, false)
		if i < 0 {
			_, i = findStatusAt(chunk)
		}
		if i >= 0 {
			ls := lineStart(chunk, i)
			if lead := strings.TrimSpace(chunk[ls:i]); len(lead) <= 12 && strings.HasSuffix(lead, ":") && 'a' <= lead[0] && lead[0] <= 'z' {
				// The end of a sentence wrapped onto the reply's line
				// (Postfix's "refused to talk to\n    me: 554 ..."): the reply
				// starts at its code.
				ls = i
			}
			// At most a few kilobytes: a megabyte-long line naming many
			// recipients must not be copied once for each of them.
			le := min(paragraphEnd(chunk, i, maxWrapped), ls+maxDiagnosticScan)
			le = beforeStackFrames(chunk, i, le)
			line := oneLine(chunk[ls:le])
			if len(line) > 500 {
				line = line[:500]
			}
			return strings.ToValidUTF8(line, "")
		}
	}
	return ""
}

// beforeStackFrames ends the reply that starts at i of chunk, and would
// end at end, before the first frame of a stack trace under it: a
// program's error goes on with the frames it was raised in, which are no
// words of the server.
func beforeStackFrames(chunk string, i, end int) int {
	for k := i; k < end; {
		next := strings.IndexByte(chunk[k:end], '\n')
		if next < 0 {
			break
		}
		k += next + 1
		e := end
		if j := strings.IndexByte(chunk[k:end], '\n'); j >= 0 {
			e = k + j
		}
		if isStackFrame(strings.TrimSpace(chunk[k:e])) {
			return k
		}
	}
	return end
}

// replyLines are the recipient's Diagnostic-Code and the first line of its
// part of the report that carries a reply code: the server's own sentence.
func (ev *evidence) replyLines(r *recipientEvidence) []span {
	var out []span
	if r.diag.end > r.diag.start {
		out = append(out, r.diag)
	}
	for _, s := range ev.sectionSpans(r) {
		chunk := ev.doc.text[s.start:s.end]
		if _, i := findReply(chunk, false); i >= 0 {
			out = append(out, span{s.start + lineStart(chunk, i), s.start + paragraphEnd(chunk, i, maxWrapped)})
			break
		}
	}
	return out
}

// maxReplyLines bounds the lines of one section read as the server's reply.
const maxReplyLines = 8

// replyPassages are the passages that carry the receiving server's reply
// for r. Its Diagnostic-Code comes first: when it holds words, it is the
// server's own, and the lines around it may be the reporting server's
// paraphrase (Sendmail writes "... User unknown" for any refusal at RCPT
// TO), so only a transcript's quoted reply lines join it. Otherwise, the
// lines naming it (a Postfix "said:" block, Exim's address line and reason)
// and its server's part of a transcript; when those hold no failure code,
// the lines of its section that do, each with its wrapped continuation:
// with several recipients, only where the report gives r a section of its
// own (qmail's "<ann@example.org>:" block, whose "Remote host said:" line
// is the reply); without one, the report's other lines may be another
// recipient's, and so may a transcript's lines about other servers.
func (ev *evidence) replyPassages(r *recipientEvidence) []span {
	text := ev.doc.text
	var out []span
	own := ev.addressLines(r)
	if r.diag.end > r.diag.start {
		out = append(out, r.diag)
		if saysWhy(text[r.diag.start:r.diag.end]) {
			for _, s := range own {
				out = append(out, ev.transcriptReplies(r, s)...)
			}
			return mergeSpans(out)
		}
	}
	var quoted []span
	for _, s := range own {
		quoted = append(quoted, ev.transcriptReplies(r, s)...)
		quoted = append(quoted, ev.answerTo(r, s)...)
	}
	if len(quoted) > 0 {
		// Sendmail quotes the server ("<<< 553 ...", "(reason: 553 ...)")
		// and then paraphrases it in its own words ("... User unknown"):
		// the quote is the reply.
		return mergeSpans(append(out, quoted...))
	}
	if headed := ev.headedReplies(r); len(headed) > 0 && !spansHaveCode(text, spansOutside(own, headed)) {
		// The line naming r is the notice's own sentence ("Your message
		// wasn't delivered to ann@example.com because the address couldn't
		// be found"); the server's words stand under their heading, and
		// may name r too ("550 ... (ann@example.com:blocked)").
		return mergeSpans(append(out, headed...))
	}
	out = append(out, own...)
	if spansHaveCode(text, own) {
		return mergeSpans(out)
	}
	several := len(ev.rs) > 1 && len(out) > 0
	if several && len(r.spans) == 0 {
		return mergeSpans(out)
	}
	var lines, quotes []span
	for _, s := range ev.sectionSpans(r) {
		n := 0
		for i := s.start; i < s.end && n < maxReplyLines; {
			line := text[i:min(s.end, i+len(lineAt(text, i)))]
			next := i + len(line) + 1
			if hasCode(line) {
				end := min(s.end, i+paragraphEnd(text[i:s.end], 0, 3))
				if !isQuote(line) {
					lines = append(lines, span{i, end})
				} else {
					quotes = append(quotes, span{i, end})
				}
				n++
				next = max(next, end+1)
			}
			i = next
		}
	}
	switch {
	case several:
		// A transcript quotes the server before it names the recipient
		// ("<<< 452 ..." above "<bob@x>... Deferred"): below r's line, a
		// quote is the next recipient's.
	case len(quotes) > 0:
		lines = quotes // the server's own words, not the paraphrase
	default:
		lines = append(lines, quotes...)
	}
	return mergeSpans(append(out, lines...))
}

// spansHaveCode reports whether any of spans carries a reply or status
// code.
func spansHaveCode(text string, spans []span) bool {
	for _, s := range spans {
		if hasCode(text[s.start:s.end]) {
			return true
		}
	}
	return false
}

// spansOutside are those of spans that no span of within holds.
func spansOutside(spans, within []span) []span {
	var out []span
	for _, s := range spans {
		held := false
		for _, w := range within {
			held = held || (w.start <= s.start && s.end <= w.end)
		}
		if !held {
			out = append(out, s)
		}
	}
	return out
}

// headedReplies are the paragraphs of r's part of the report that stand
// under a line introducing the receiving server's reply (Gmail's "The
// response from the remote server was:", a @reply-heading phrase), from
// the first line below it that is not blank to the next blank line. With
// several recipients, only where the report gives r a part of its own.
func (ev *evidence) headedReplies(r *recipientEvidence) []span {
	if len(ev.rs) > 1 && len(r.spans) == 0 {
		return nil
	}
	if ev.headings == nil {
		ev.headings = replyHeadings(ev.doc.text, ev.doc.found.words)
	}
	text := ev.doc.text
	var out []span
	for _, s := range ev.sectionSpans(r) {
		for _, h := range ev.headings {
			if h < s.start || h >= s.end || len(out) >= maxHeadedReplies {
				continue
			}
			start := min(s.end, h+len(lineAt(text, h))+1)
			for start < s.end && strings.TrimSpace(lineAt(text, start)) == "" {
				start += len(lineAt(text, start)) + 1
			}
			end := start
			for n := 0; end < s.end && n < maxReplyLines; n++ {
				line := lineAt(text, end)
				if strings.TrimSpace(line) == "" {
					break
				}
				end = min(s.end, end+len(line)+1)
			}
			if end > start {
				out = append(out, span{start, end})
			}
		}
	}
	return out
}

// replyHeadings are the starts of the lines of text that introduce the
// receiving server's reply below them: a line of at most maxHeadingLine
// bytes that opens with a @reply-heading phrase and ends in a colon. The
// list is never nil, so that it is found once for a document.
func replyHeadings(text string, words []phraseMatch) []int {
	kb := know()
	out := []int{}
	for _, m := range words {
		if kb.phrases[m.rule].marker != markReplyHeading || len(out) >= maxHeadings {
			continue
		}
		// The phrase opens its line, which is short: its start is near.
		from := max(0, m.start-maxHeadingLine)
		k := strings.LastIndexByte(text[from:m.start], '\n')
		if k < 0 && from > 0 {
			continue
		}
		ls := from + k + 1
		if strings.TrimSpace(text[ls:m.start]) != "" {
			continue
		}
		line := strings.TrimSpace(lineAt(text[:min(len(text), ls+maxHeadingLine+2)], ls))
		if len(line) <= maxHeadingLine && strings.HasSuffix(line, ":") && !slices.Contains(out, ls) {
			out = append(out, ls)
		}
	}
	slices.Sort(out)
	return out
}

// maxHeadingLine bounds the line read as a reply's heading, maxHeadings
// the headings read in one document, and maxHeadedReplies the replies
// read for one recipient.
const (
	maxHeadingLine   = 80
	maxHeadings      = 200
	maxHeadedReplies = 4
)

// saysWhy reports whether a Diagnostic-Code holds words, not just codes:
// a word of three letters or more after its type.
func saysWhy(diag string) bool {
	n := 0
	for _, w := range strings.Fields(stripType(diag)) {
		letters := 0
		for _, c := range w {
			if 'a' <= c|0x20 && c|0x20 <= 'z' || c > 0x7f {
				letters++
			}
		}
		if letters >= 3 {
			n++
		}
	}
	return n >= 1
}

// transcriptReplies are the lines of s that quote the receiving server for
// r: a transcript's "<<< 550 5.1.1 ...", Sendmail's "(reason: 550 ...)".
// When the report names several recipients, a quote that names another
// one, or that answers the RCPT TO command of another one (">>> RCPT
// To:<bob@example.org>" above it), is that one's: recipients of one domain
// share the transcript of their server.
func (ev *evidence) transcriptReplies(r *recipientEvidence, s span) []span {
	text := ev.doc.text
	var out []span
	commanded := "" // the address of the last RCPT TO command above, if any
	for i := s.start; i < s.end; {
		line := text[i:min(s.end, i+len(lineAt(text, i)))]
		if a := rcptCommand(line); a != "" {
			commanded = a
		}
		if isQuote(line) && (len(ev.rs) == 1 || len(ev.rs) > maxQuoteOwners || ev.quotedFor(r, line, commanded)) {
			out = append(out, span{i, i + len(line)})
		}
		i += len(line) + 1
	}
	return out
}

// answerTo returns the quoted reply lines ("<<< 550 ...") right below s
// when s is a transcript's RCPT TO command for r (">>> RCPT To:<ann@x>"):
// the server's answer to that command, which names nobody. A transcript
// cut to its last exchange has no section around them.
func (ev *evidence) answerTo(r *recipientEvidence, s span) []span {
	text := ev.doc.text
	if a := rcptCommand(lineAt(text, s.start)); r.Address == "" || !strings.EqualFold(a, r.Address) {
		return nil
	}
	var out []span
	for i, n := s.start+len(lineAt(text, s.start))+1, 0; i < len(text) && n < maxReplyLines; n++ {
		line := lineAt(text, i)
		if !isQuote(line) {
			break
		}
		out = append(out, span{i, i + len(line)})
		i += len(line) + 1
	}
	return out
}

// maxQuoteOwners bounds the recipients among whom a transcript's quotes
// are shared out: a hostile report naming a hundred recipients above
// thousands of quotes must not cost a look for each of them in each.
const maxQuoteOwners = 20

// quotedFor reports whether a quote of the server, below a RCPT TO command
// for the address commanded (or none), may be r's: it names r, or it names
// no other recipient and answers no other recipient's command.
func (ev *evidence) quotedFor(r *recipientEvidence, line, commanded string) bool {
	if r.Address == "" || indexFold(line, r.Address) >= 0 {
		return true
	}
	for _, o := range ev.rs {
		if o == r || o.Address == "" {
			continue
		}
		if indexFold(line, o.Address) >= 0 || strings.EqualFold(commanded, o.Address) {
			return false
		}
	}
	return true
}

// rcptCommand is the address of a transcript's RCPT TO command (">>> RCPT
// To:<ann@example.org>"), or "".
func rcptCommand(line string) string {
	t := strings.TrimLeft(line, " \t")
	if !strings.HasPrefix(t, ">>>") {
		return ""
	}
	k := indexFold(t, "rcpt to:")
	if k < 0 {
		return ""
	}
	a := strings.TrimSpace(t[k+len("rcpt to:"):])
	a = strings.TrimPrefix(a, "<")
	if e := strings.IndexAny(a, "> \t"); e >= 0 {
		a = a[:e]
	}
	return a
}

// isQuote reports whether line quotes the receiving server in a report
// that also paraphrases it.
func isQuote(line string) bool {
	t := strings.TrimLeft(line, " \t")
	return strings.HasPrefix(t, "<<<") || hasPrefixFold(t, "(reason:")
}

// hasFailureStatus reports whether line holds a 4.x.x or 5.x.x status code.
func hasFailureStatus(line string) bool {
	st, _ := findStatusAt(line)
	return st != "" && st[0] != '2'
}

// mergeSpans sorts spans and joins those that overlap.
func mergeSpans(in []span) []span {
	if len(in) < 2 {
		return in
	}
	out := make([]span, 0, len(in))
	for _, s := range sortSpans(in) {
		if k := len(out) - 1; k >= 0 && s.start <= out[k].end {
			out[k].end = max(out[k].end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

func sortSpans(in []span) []span {
	out := append([]span(nil), in...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].start < out[j-1].start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// findStage reads where in the SMTP conversation the refusal came: a
// @stage- phrase of the recipient's reply in the same paragraph as a
// failure code of its own, with no other server line between them ("...
// said: 550 ... (in reply to RCPT TO command)", or a transcript's ">>> RCPT
// To:" just before "<<< 550"). Each of the recipient's passages gives its
// first failure code: a notice's paragraph says the stage, and the report's
// Diagnostic-Code repeats the reply without it. Only the recipient's own
// passages are read: a transcript may hold other recipients' conversations
// too.
func (ev *evidence) findStage(r *recipientEvidence) {
	text := ev.doc.text
	var codes []int
	for _, spans := range [][]span{r.reply, r.lines} {
		for _, s := range spans {
			chunk := text[s.start:s.end]
			_, i := findReply(chunk, false)
			if st, j := findStatusAt(chunk); i < 0 && st != "" && st[0] != '2' {
				i = j
			}
			if i >= 0 {
				codes = append(codes, s.start+i)
			}
		}
	}
	if len(codes) == 0 {
		return
	}
	best := -1
	for _, spans := range [][]span{r.reply, r.lines} {
		for _, s := range spans {
			ev.n.in(s, func(m phraseMatch, f *phraseFact) {
				if f.marker < markStageConnect || f.marker > markStageData {
					return
				}
				for _, at := range codes {
					if d := sameExchange(text, span{m.start, m.end}, at); d >= 0 && (best < 0 || d < best) {
						best, r.stage, r.stageAt = d, f.marker, span{m.start, m.end}
					}
				}
			})
		}
	}
}

// findAboutSender finds an @about-sender phrase in the recipient's reply:
// the server verified the sender's address and quotes why it failed
// ("Sender address rejected: undeliverable address: ... User unknown").
func (ev *evidence) findAboutSender(r *recipientEvidence) {
	for _, s := range r.reply {
		ev.n.in(s, func(m phraseMatch, f *phraseFact) {
			if f.marker == markAboutSender && r.aboutSender.end == 0 {
				r.aboutSender = span{m.start, m.end}
			}
		})
	}
}

// sameExchange reports how far apart a phrase and the offset at are when
// they belong to one exchange of the conversation (a command and its
// reply): in one paragraph, near each other, with no other server line
// between. It returns -1 when they do not.
func sameExchange(text string, s span, at int) int {
	from, to := min(s.start, at), max(s.end, at)
	if d := to - from; d <= maxStageDistance && !strings.Contains(text[from:to], "\n\n") && !serverLineBetween(text, from, to) {
		return d
	}
	return -1
}

// maxStageDistance bounds how far a stage phrase stands from its reply.
const maxStageDistance = 1000

// serverLineBetween reports whether a line strictly between the lines
// holding offsets from and to starts, unindented, with a reply code or a
// transcript's "<<<": another exchange of the conversation.
func serverLineBetween(text string, from, to int) bool {
	i := strings.IndexByte(text[from:to], '\n')
	if i < 0 {
		return false
	}
	for i += from + 1; i < to; {
		line := lineAt(text, i)
		if i+len(line) >= to {
			return false // the line holding to
		}
		if strings.HasPrefix(line, "<<<") || len(line) > 3 && isDigit(line[0]) && isDigit(line[1]) && isDigit(line[2]) {
			return true
		}
		i += len(line) + 1
	}
	return false
}

// addressLines are the lines of the report that name the recipient, with
// their indented continuation: where MTAs put the reason for each address.
func (ev *evidence) addressLines(r *recipientEvidence) []span {
	if r.Address == "" || len(r.Address) < 3 {
		return nil
	}
	if r.linesDone {
		return r.lines
	}
	r.linesDone = true
	var out []span
	for _, reg := range ev.doc.regions {
		chunk := ev.doc.text[reg.start:reg.end]
		for off := 0; len(out) < 4; {
			i := indexFold(chunk[off:], r.Address)
			if i < 0 {
				break
			}
			i += off
			ls := lineStart(chunk, i)
			le := paragraphEnd(chunk, i, maxWrapped)
			off = le
			ls, le = ev.ownStretch(chunk, ls, le, i, r)
			out = append(out, span{reg.start + ls, reg.start + le})
			if off >= len(chunk) {
				break
			}
		}
	}
	if _, domain, ok := strings.Cut(strings.ToLower(r.Address), "@"); ok {
		out = append(out, ev.talkingTo(domain)...)
	}
	r.lines = out
	return out
}

// ownStretch narrows the paragraph chunk[ls:le], which names r at i, to
// r's own part when the paragraph names other recipients too, each with
// its own reply: Python's smtplib prints the refused recipients as one
// dict ({'a@x': (550, b'...'), 'b@y': (554, b'...')}), and a report pasted
// with its lines joined puts every recipient's reason on one line. The
// part runs from r's mention (with the reply and status codes just before
// it) to the next recipient's. A reason given once for several addresses
// listed before it ("a@x, b@y: 550 ...") leaves r's part without a code,
// and then the whole paragraph stays r's.
func (ev *evidence) ownStretch(chunk string, ls, le, i int, r *recipientEvidence) (int, int) {
	if len(ev.rs) < 2 {
		return ls, le
	}
	// The nearest other recipient named before and after i, looked for
	// within a bounded stretch: a line naming thousands must not cost a
	// search of all of it for each pair.
	prev, next := -1, -1
	lo, hi := max(ls, i-maxOwnStretch), min(le, i+len(r.Address)+maxOwnStretch)
	for _, q := range ev.rs {
		if q == r || len(q.Address) < 3 || strings.EqualFold(q.Address, r.Address) {
			continue
		}
		if j := indexFold(chunk[i+len(r.Address):hi], q.Address); j >= 0 {
			if j += i + len(r.Address); next < 0 || j < next {
				next = j
			}
		}
		if j := lastIndexFold(chunk[lo:i], q.Address); j >= 0 {
			prev = max(prev, lo+j+len(q.Address))
		}
	}
	if prev < 0 && next < 0 {
		return ls, le
	}
	start, end := ls, le
	if prev >= 0 {
		start = max(prev, codesBefore(chunk, prev, i))
	}
	if next >= 0 {
		end = max(i+len(r.Address), codesBefore(chunk, i+len(r.Address), next))
	}
	// Each side of a cut must hold a reply of its own: an address quoted
	// inside one reply ("554 Mail from x@y rejected") cuts nothing.
	if !hasCode(chunk[start:end]) || next >= 0 && !hasCode(chunk[end:le]) || prev >= 0 && !hasCode(chunk[ls:start]) {
		return ls, le
	}
	return start, end
}

// hasCode reports whether s holds a failure reply code or status code.
func hasCode(s string) bool {
	code, _ := findReply(s, false)
	return code != "" || hasFailureStatus(s)
}

// maxOwnStretch bounds how far from a recipient's mention ownStretch looks
// for the other recipients' mentions.
const maxOwnStretch = 2000

// codesBefore steps back from p, the start of an address, over the quotes,
// brackets and spaces before it and the reply and status codes that open
// its reply ("554 5.7.1 <b@y>"), but not past from.
func codesBefore(s string, from, p int) int {
	back := func(p int) int {
		for p > from && strings.IndexByte(" \t\r\n<'\"(", s[p-1]) >= 0 {
			p--
		}
		return p
	}
	p = back(p)
	for range 2 {
		t := p
		for t > from && (isDigit(s[t-1]) || s[t-1] == '.' || s[t-1] == '#' || s[t-1] == '-') {
			t--
		}
		tok := strings.TrimRight(strings.TrimLeft(s[t:p], "#"), "-")
		if tok == "" || statusAt(tok, 0) == 0 && (len(tok) != 3 || !replyAt(tok, 0)) {
			break
		}
		p = back(t)
	}
	return p
}

// lastIndexFold is indexFold from the end: the last place s holds sub,
// ignoring ASCII case, or -1.
func lastIndexFold(s, sub string) int {
	if sub == "" {
		return len(s)
	}
	c := sub[0] | 0x20
	for j := len(s) - len(sub); j >= 0; j-- {
		if s[j]|0x20 == c && strings.EqualFold(s[j:j+len(sub)], sub) {
			return j
		}
	}
	return -1
}

// talkingTo finds the blocks of a Sendmail transcript ("... while talking
// to mx.example.com.:" and the replies after it) held with a server of the
// recipient's domain: a refusal there (at DATA, say) names no address, yet
// it is the reason for the recipients of that domain.
func (ev *evidence) talkingTo(domain string) []span {
	if ev.transcript == nil {
		ev.transcript = ev.transcriptBlocks()
	}
	var out []span
	for _, b := range ev.transcript {
		if len(out) < 2 && (b.host == domain || strings.HasSuffix(b.host, "."+domain)) {
			out = append(out, b.span)
		}
	}
	return out
}

// block is one server's part of a transcript.
type block struct {
	host string
	span
}

// transcriptBlocks finds every "talking to HOST" block once per report.
func (ev *evidence) transcriptBlocks() []block {
	out := []block{}
	for _, reg := range ev.doc.regions {
		chunk := ev.doc.text[reg.start:reg.end]
		for off := 0; len(out) < maxRecipients; {
			i := indexFold(chunk[off:], "talking to ")
			if i < 0 {
				break
			}
			i += off + len("talking to ")
			off = i
			host := strings.ToLower(strings.TrimRight(strings.TrimSpace(lineAt(chunk, i)), ".:"))
			// The block: the commands sent (">>>") and the server's replies
			// ("<<<"), at most 8 lines. The summary lines after them may
			// speak of other recipients.
			end := i + len(lineAt(chunk, i))
			for k := 0; k < 8 && end+1 < len(chunk); k++ {
				next := strings.TrimLeft(lineAt(chunk, end+1), " \t")
				if !strings.HasPrefix(next, ">>>") && !strings.HasPrefix(next, "<<<") {
					break
				}
				end += 1 + len(lineAt(chunk, end+1))
			}
			out = append(out, block{host, span{reg.start + i, reg.start + end}})
		}
	}
	return out
}

// indexFold is strings.Index ignoring ASCII case. It jumps between
// occurrences of the first byte (in either case) with strings.IndexByte,
// which is many times faster than comparing byte by byte.
func indexFold(s, sub string) int {
	n := len(sub)
	if n == 0 {
		return 0
	}
	if n > len(s) {
		return -1
	}
	limit := s[:len(s)-n+1] // where a match can start
	lo, up := sub[0], sub[0]
	if 'A' <= lo && lo <= 'Z' {
		lo += 'a' - 'A'
	} else if 'a' <= up && up <= 'z' {
		up -= 'a' - 'A'
	}
	nextLo, nextUp := -1, -1 // next occurrence at or after off; -2 when none
	for off := 0; off < len(limit); {
		if nextLo != -2 && nextLo < off {
			if nextLo = strings.IndexByte(limit[off:], lo); nextLo >= 0 {
				nextLo += off
			} else {
				nextLo = -2
			}
		}
		if lo == up {
			nextUp = nextLo
		} else if nextUp != -2 && nextUp < off {
			if nextUp = strings.IndexByte(limit[off:], up); nextUp >= 0 {
				nextUp += off
			} else {
				nextUp = -2
			}
		}
		i := nextLo
		if i == -2 || nextUp != -2 && nextUp < i {
			i = nextUp
		}
		if i < 0 {
			return -1
		}
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
		off = i + 1
	}
	return -1
}

// maxDiagnosticScan bounds the text read for one recipient's diagnostic
// line, which keeps 500 bytes of it.
const maxDiagnosticScan = 4 << 10

// maxWrapped bounds the indented continuation lines read with a line that
// names a recipient or carries a reply: Postfix wraps a long reply (a
// provider's refusal with its code and help page) over five lines or more.
const maxWrapped = 6
