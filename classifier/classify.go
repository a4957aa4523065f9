package classifier

import "strings"

// classifyAll fills in each recipient's codes and category, then the
// message's main category and whether the failure is final.
func (a *analysis) classifyAll() {
	if len(a.rcpts) > maxRecipients {
		// Each recipient's reading costs a pass over its text; a report
		// naming thousands is a list or an attack, and its first ones say
		// what happened.
		a.rcpts = a.rcpts[:maxRecipients]
	}
	for _, r := range a.rcpts {
		a.codes(r)
		if succeeded(r) {
			// In a report that mixes outcomes, the words around belong to
			// the failures; this recipient got its message.
			r.Category, r.Rule = Delivered, "action "+r.Action
			continue
		}
		a.classify(r)
		a.mailFromStage(r)
		if r.Action == "" {
			r.Action = a.action(r)
		}
	}
	a.d.Recipients = make([]Recipient, 0, len(a.rcpts))
	for _, r := range a.rcpts {
		a.d.Recipients = append(a.d.Recipients, r.Recipient)
	}
	a.d.Category = mainCategory(a.d.Recipients)
	for _, r := range a.d.Recipients {
		if r.Action == ActionDelayed {
			a.d.Final = false
		}
	}
}

// succeeded reports whether the report says r's message was delivered or
// passed on, with no failure code to contradict it.
func succeeded(r *rcpt) bool {
	switch r.Action {
	case ActionDelivered, ActionRelayed, ActionExpanded:
		return r.Status == "" || r.Status[0] == '2'
	}
	return false
}

// maxRecipients bounds the recipients one diagnosis reports.
const maxRecipients = 100

// ownSpans are the passages that speak of r alone: its Diagnostic-Code and
// its section of the text; for a lone recipient, the whole report.
func (a *analysis) ownSpans(r *rcpt) []span {
	var out []span
	if r.diag.end > r.diag.start {
		out = append(out, r.diag)
	}
	return append(out, a.sectionSpans(r)...)
}

// sectionSpans is the recipient's part of the report text, or the whole
// report when it is the only recipient or its part cannot be told.
func (a *analysis) sectionSpans(r *rcpt) []span {
	if len(a.rcpts) == 1 || len(r.spans) == 0 {
		return a.regions
	}
	return r.spans
}

// codes fills in the status and reply codes from the recipient's own words
// when the report fields did not give them (or gave only a generic one).
func (a *analysis) codes(r *rcpt) {
	spans := a.ownSpans(r)
	if len(a.rcpts) > 1 {
		// The lines naming this recipient come before its stretch of the
		// report, which may hold another's reply.
		if lines := a.addressLines(r); len(lines) > 0 {
			var diag []span
			if r.diag.end > r.diag.start {
				diag = []span{r.diag}
			}
			spans = append(append(diag, lines...), a.sectionSpans(r)...)
		}
	}
	for _, s := range spans {
		chunk := a.text[s.start:s.end]
		if st := findStatus(chunk); st != "" && st != r.Status && (r.Status == "" || s == r.diag && !isGenericStatus(st) ||
			isGenericStatus(r.Status) && !isGenericStatus(st) && st[0] == r.Status[0]) {
			// The receiving server's own code, quoted in the Diagnostic-Code,
			// is more precise than the reporting server's summary.
			r.Status = st
		}
		if r.ReplyCode == "" {
			r.ReplyCode, _ = findReply(chunk, strings.HasPrefix(r.Status, "2"))
		}
		if r.Status != "" && r.ReplyCode != "" {
			break
		}
	}
	if r.Diagnostic == "" {
		r.Diagnostic = a.diagnosticLine(r)
	}
	if r.RemoteMTA == "" {
		for _, s := range a.replyLines(r) {
			if m := remoteRe.FindStringSubmatch(a.text[s.start:min(s.end, s.start+maxRemoteScan)]); m != nil {
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
func (a *analysis) diagnosticLine(r *rcpt) string {
	for _, s := range a.ownSpans(r) {
		chunk := a.text[s.start:s.end]
		_, i := findReply(chunk, false)
		if i < 0 {
			_, i = findStatusAt(chunk)
		}
		if i >= 0 {
			ls := lineStart(chunk, i)
			le := paragraphEnd(chunk, i, 3)
			line := oneLine(chunk[ls:le])
			if len(line) > 500 {
				line = line[:500]
			}
			return strings.ToValidUTF8(line, "")
		}
	}
	return ""
}

// classify decides r's category by going down a ladder, from the most
// specific evidence to the least: strong words in the recipient's own
// Diagnostic-Code, then in the lines naming it, then in its part of the
// report; a specific status code; weak words in the same places; the words
// of the whole report; last, the basic reply code. With several recipients
// the lines naming this one come before its stretch of the report.
func (a *analysis) classify(r *rcpt) {
	var diag []span
	if r.diag.end > r.diag.start {
		diag = []span{r.diag}
	}
	var lines []span
	if len(a.rcpts) > 1 {
		lines = a.addressLines(r)
	}
	section := a.sectionSpans(r)
	type step struct {
		spans  []span
		weak   bool
		status bool
	}
	ladder := []step{{diag, false, false}, {lines, false, false}, {section, false, false}, {nil, false, true},
		{diag, true, false}, {lines, true, false}, {section, true, false}}
	if len(a.rcpts) > 1 && len(lines) > 0 {
		ladder = []step{{diag, false, false}, {lines, false, false}, {nil, false, true},
			{diag, true, false}, {lines, true, false}, {section, false, false}, {section, true, false}}
	}
	if _, specific := statusCategory(r.Status); len(a.rcpts) > 1 && strings.HasPrefix(r.Status, "4") && !specific &&
		!a.mentionsReason(diag, lines, section) {
		// One of several recipients, still being retried, and nothing of
		// its own says why: the rest of the report speaks of the others.
		r.Category, r.Rule = ServerProblem, "status "+r.Status+" (temporary, no reason given)"
		return
	}
	ladder = append(ladder, step{a.regions, false, false}, step{a.regions, true, false})
	weakPatterns := false
	for _, st := range ladder {
		if st.status && a.byPattern(r, false) {
			return
		}
		if st.weak && !weakPatterns {
			weakPatterns = true
			if a.byPattern(r, true) {
				return
			}
		}
		if st.status {
			if cr, ok := statusCategory(r.Status); ok && cr.cat != Delivered {
				r.Category, r.Rule = cr.cat, "status "+r.Status
				a.codeEvidence(a.ownSpans(r), r.Status, cr.why)
				return
			}
			continue
		}
		if a.byWords(r, st.spans, st.weak) {
			a.senderCode(r)
			return
		}
	}
	if cr, ok := replyRules[r.ReplyCode]; ok {
		r.Category, r.Rule = cr.cat, "reply "+r.ReplyCode
		a.codeEvidence(a.ownSpans(r), r.ReplyCode, cr.why)
		return
	}
	r.Category, r.Rule = Unknown, ""
}

// replyLines are the recipient's Diagnostic-Code and the first line of its
// part of the report that carries a reply code: the server's own sentence.
func (a *analysis) replyLines(r *rcpt) []span {
	var out []span
	if r.diag.end > r.diag.start {
		out = append(out, r.diag)
	}
	for _, s := range a.sectionSpans(r) {
		chunk := a.text[s.start:s.end]
		if _, i := findReply(chunk, false); i >= 0 {
			out = append(out, span{s.start + lineStart(chunk, i), s.start + paragraphEnd(chunk, i, 2)})
			break
		}
	}
	return out
}

// byPattern applies the pattern rules to the recipient's reply lines.
func (a *analysis) byPattern(r *rcpt, weak bool) bool {
	for _, s := range a.replyLines(r) {
		for _, p := range patternRules {
			if p.weak != weak {
				continue
			}
			loc := p.re.FindStringIndex(a.text[s.start:s.end])
			if loc != nil && p.ownAddress && (r.Address == "" || indexFold(a.text[s.start+loc[0]:s.start+loc[1]], r.Address) < 0) {
				loc = nil
			}
			if loc != nil {
				r.Category, r.Rule = p.cat, "pattern: "+p.name
				a.evidence(s.start+loc[0], s.start+loc[1], p.why)
				return true
			}
		}
	}
	return false
}

// mailFromStage reads a refusal given in reply to MAIL FROM as a refusal of
// the sender: at that point of the conversation the server has not seen the
// recipient yet, so "not found", "no such domain" or a bare "denied" are
// about the sender's address. Policy words ("unauthenticated senders not
// allowed") keep their own reading.
func (a *analysis) mailFromStage(r *rcpt) {
	switch {
	case r.Category == MailboxNotFound || r.Category == HostUnknown || r.Category == Unknown:
	case r.Category == PolicyRejected && !strings.HasPrefix(r.Rule, "words"):
	default:
		return
	}
	for _, s := range a.replyLines(r) {
		chunk := a.text[s.start:s.end]
		for _, p := range []string{"in reply to mail from", "after mail from"} {
			if i := indexFold(chunk, p); i >= 0 {
				r.Category, r.Rule = SenderRejected, "refused at MAIL FROM"
				a.evidence(s.start+i, s.start+i+len(p),
					"The server refused the message when it was told the sender's address, before any recipient.")
				return
			}
		}
	}
}

// mentionsReason reports whether any rule matches in the given spans.
func (a *analysis) mentionsReason(groups ...[]span) bool {
	for _, g := range groups {
		for _, s := range g {
			found := false
			ruleSet.find(a.text, s.start, s.end, func(phraseMatch) { found = true })
			if found {
				return true
			}
		}
	}
	return false
}

// senderCode corrects words that seem to speak of the recipient. When the
// status code says they are about the sender (X.1.7, X.1.8: the sender's
// address or domain is bad), the sender was refused. When a server took the
// address at RCPT TO and said "unknown user" only after reading the message
// (end of DATA), a filter refused the message, not a missing mailbox.
func (a *analysis) senderCode(r *rcpt) {
	if r.Category != HostUnknown && r.Category != MailboxNotFound {
		return
	}
	_, rest, _ := strings.Cut(r.Status, ".")
	if rest == "1.7" || rest == "1.8" {
		r.Category, r.Rule = SenderRejected, "status "+r.Status+" (the words are about the sender)"
		return
	}
	if r.Category == MailboxNotFound && rest != "1.1" {
		for _, s := range a.ownSpans(r) {
			if i := indexFold(a.text[s.start:s.end], "end of data"); i >= 0 {
				r.Category, r.Rule = PolicyRejected, "refused after DATA"
				a.evidence(s.start+i, s.start+i+len("end of data"),
					"The server accepted the address and refused the message only after reading it: a filter refused it.")
				return
			}
		}
	}
}

// addressLines are the lines of the report that name the recipient, with
// their indented continuation: where MTAs put the reason for each address.
func (a *analysis) addressLines(r *rcpt) []span {
	if r.Address == "" || len(r.Address) < 3 {
		return nil
	}
	if r.linesDone {
		return r.lines
	}
	r.linesDone = true
	var out []span
	for _, reg := range a.regions {
		chunk := a.text[reg.start:reg.end]
		for off := 0; len(out) < 4; {
			i := indexFold(chunk[off:], r.Address)
			if i < 0 {
				break
			}
			i += off
			ls := lineStart(chunk, i)
			le := paragraphEnd(chunk, i, 2)
			out = append(out, span{reg.start + ls, reg.start + le})
			off = le
			if off >= len(chunk) {
				break
			}
		}
	}
	if _, domain, ok := strings.Cut(strings.ToLower(r.Address), "@"); ok && len(a.rcpts) > 1 {
		out = append(out, a.talkingTo(domain)...)
	}
	r.lines = out
	return out
}

// talkingTo finds the blocks of a Sendmail transcript ("... while talking
// to mx.example.com.:" and the replies after it) held with a server of the
// recipient's domain: a refusal there (at DATA, say) names no address, yet
// it is the reason for the recipients of that domain.
func (a *analysis) talkingTo(domain string) []span {
	if a.transcript == nil {
		a.transcript = a.transcriptBlocks()
	}
	var out []span
	for _, b := range a.transcript {
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

// transcriptBlocks finds every "talking to HOST" block once per analysis.
func (a *analysis) transcriptBlocks() []block {
	out := []block{}
	for _, reg := range a.regions {
		chunk := a.text[reg.start:reg.end]
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

// byWords applies the phrase rules to spans; weak selects the weak rules.
// The matching rule nearest the top of the table wins.
func (a *analysis) byWords(r *rcpt, spans []span, weak bool) bool {
	best := -1
	var at phraseMatch
	for _, s := range spans {
		ruleSet.find(a.text, s.start, s.end, func(m phraseMatch) {
			if rules[m.rule].weak != weak || insideAddress(a.text, m.start, m.end) {
				return
			}
			if best < 0 || m.rule < best {
				best, at = m.rule, m
			}
		})
	}
	if best < 0 {
		return false
	}
	ru := rules[best]
	r.Category, r.Rule = ru.cat, "words: "+strings.ToLower(oneLine(a.text[at.start:at.end]))
	a.evidence(at.start, at.end, ru.why)
	return true
}

// codeEvidence records where a code that decided a category appears.
func (a *analysis) codeEvidence(spans []span, code, why string) {
	for _, s := range spans {
		if i := strings.Index(a.text[s.start:s.end], code); i >= 0 {
			a.evidence(s.start+i, s.start+i+len(code), why)
			return
		}
	}
}

// action tells a delay notice from a failure when the report does not say.
// A 4xx reply is temporary: the sending server tries again, unless the
// text says it gave up (the message expired, "giving up", "could not be
// delivered"). Delay wording counts first; with no code at all, only it
// makes a delay.
func (a *analysis) action(r *rcpt) string {
	switch r.Category {
	case Delivered:
		return ActionDelivered
	}
	temporary := strings.HasPrefix(r.Status, "4") || strings.HasPrefix(r.ReplyCode, "4") && !strings.HasPrefix(r.Status, "5")
	if !temporary && (r.Status != "" || r.ReplyCode != "") {
		return ActionFailed
	}
	subj := a.hdr.Get("Subject")
	if hasPhrase(delayWords, subj) || a.inReport(delayWords) {
		return ActionDelayed
	}
	gaveUp := hasPhrase(gaveUpWords, subj) || a.inReport(gaveUpWords)
	if temporary && !gaveUp {
		return ActionDelayed
	}
	if !gaveUp && (hasPhrase(deferWords, subj) || a.inReport(deferWords)) {
		return ActionDelayed
	}
	return ActionFailed
}

// inReport reports whether a phrase of ps occurs in the report regions.
func (a *analysis) inReport(ps *phraseSet) bool {
	for _, s := range a.regions {
		found := false
		ps.find(a.text, s.start, s.end, func(phraseMatch) { found = true })
		if found {
			return true
		}
	}
	return false
}

// delayWords say the sending server is still trying.
var delayWords = newPhraseSet([][]string{{
	"will retry", "will be retried", "will continue trying", "still trying", "not yet been delivered",
	"has not been delivered yet", "delivery delayed", "delayed delivery", "(delay)", "delivery status notification (delay)",
	"warning: message", "message delayed", "is delayed", "will keep trying", "no action is required",
	"this is a warning", "temporary failure", "retry until",
	"verzögert", "wird weiter versucht", "retardé", "retardée", "retrasad", "ritardat", "vertraagd", "遅延",
	"задерж", "延迟", "지연",
}})

// deferWords say a delivery was put off, in wording a server also uses
// while giving up ("delivery temporarily suspended" is the last reason Postfix
// quotes in a bounce after days of retrying), so they make a delay only when
// nothing says the server gave up. Without a code they are the only clue.
var deferWords = newPhraseSet([][]string{{
	"^deferred", "^deferring", "^deferral", "temporarily suspended", "queued for retry", "queued for later delivery",
	"will try again", "will be tried again", "being retried", "^retrying", "zurückgestellt", "différé",
}})

// gaveUpWords say the sending server stopped trying, even though the last
// reply it got was temporary.
var gaveUpWords = newPhraseSet([][]string{{
	"giving up", "gave up", "given up", "not going to try again", "permanent", "expired", "retry timeout exceeded",
	"too long", "could not be delivered", "couldn't be delivered", "could not deliver", "couldn't deliver",
	"was not delivered", "wasn't delivered", "message not delivered", "not be delivered", "undeliverable",
	"undelivered", "delivery has failed", "delivery failed", "failed permanently", "unable to deliver",
	"returned mail", "returned to sender", "failure notice",
	"недоставлен", "não foi possível entregar", "nie można dostarczyć", "teslim edilemedi", "не может быть доставлено", "не доставлено", "退信", "被退回", "전송되지 않았", "non-delivery", "nondelivery", "non-deliverable",
	"delivery failure", "has been returned", "were last tried", "have been failing", "for a long time",
	"maximum time", "in the queue", "time limit", "^days", "unzustellbar", "nicht zugestellt", "non remis",
	"no se pudo entregar", "non recapitabile", "onbestelbaar",
}})

// mainCategory is the most important recipient's category: the first
// failure that says something, else the first recipient's.
func mainCategory(rs []Recipient) Category {
	for _, r := range rs {
		if r.Category.IsFailure() && r.Category != Unknown {
			return r.Category
		}
	}
	if len(rs) > 0 {
		return rs[0].Category
	}
	return Unknown
}

// paragraphEnd returns the end of the line holding i, extended over up to n
// indented lines after it (a wrapped server reply).
func paragraphEnd(s string, i, n int) int {
	end := strings.IndexByte(s[i:], '\n')
	if end < 0 {
		return len(s)
	}
	end += i
	for k := 0; k < n && end+1 < len(s); k++ {
		line := lineAt(s, end+1)
		if strings.TrimSpace(line) == "" || line[0] != ' ' && line[0] != '\t' {
			break
		}
		end += 1 + len(line)
	}
	return end
}

// insideAddress reports whether text[start:end] is part of an email address
// ("this-message-rejected-by-the-domain-filter@example.jp"): words there are
// names, not the server's reasons. (Words in URLs count: a link to a
// blocklist's lookup page names the blocklist.)
func insideAddress(text string, start, end int) bool {
	// Addresses are short: look at most 256 bytes each way.
	i, j := start, end
	for i > max(0, start-256) && !isSpaceOrBracket(text[i-1]) {
		i--
	}
	for j < min(len(text), end+256) && !isSpaceOrBracket(text[j]) {
		j++
	}
	tok := text[i:j]
	return strings.IndexByte(tok, '@') >= 0
}

func isSpaceOrBracket(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '<', '>', '(', ')', '[', ']', '"', ',', ';':
		return true
	}
	return false
}
