package classifier

import (
	"regexp"
	"slices"
	"strings"
)

// Stage 3: score. Every piece of a recipient's own evidence is a clue that
// votes for a category: the phrases of knowledge/ found in the server's
// reply (most weight) or in the notice's sentences about it (less), the
// enhanced status code, the basic reply code (least). A clue's weight is its
// strength times the weight of where it stands, so specific words beat
// generic ones wherever they are; nothing is decided here, only counted.

// origin is where a clue comes from.
type origin uint8

const (
	fromReply        origin = iota // the receiving server's reply for the recipient
	fromProviderCode               // a provider's own enhanced status code (5.7.509)
	fromStatus                     // an enhanced status code of RFC 3463
	fromNotice                     // the notice's own sentences about the recipient
	fromReplyCode                  // the basic SMTP reply code
	fromStage                      // the stage of the SMTP conversation
	fromDataStage                  // a refusal at the end of DATA: a hint, never a verdict
)

// originWeight scales a clue by where it stands.
// A status code weighs less than the server's words of the same strength:
// servers pick codes loosely, and their words say what they mean.
// A standard code weighs less than the server's words: a strong one less
// than medium words (4 × 0.45 < 2). A provider's own detailed code is
// specific, and weighs nearly as much as words. Where in the conversation
// the refusal came weighs between weak and medium words; a refusal at
// the end of DATA only hints, below the weakest words.
var originWeight = [...]float64{fromReply: 1, fromProviderCode: 0.8, fromStatus: 0.45, fromNotice: 0.6, fromReplyCode: 0.5, fromStage: 1.5, fromDataStage: 0.4}

// strengthWeight is what a clue of each strength is worth.
var strengthWeight = [...]float64{weak: 1, medium: 2, strong: 4}

// clue is one vote for a category.
type clue struct {
	cat      Category
	strength strength
	from     origin
	// at is where the clue is in the text, for the highlight; empty when
	// the text does not show it.
	at span
	// label names the clue for a reader: `"user unknown"`, `status 5.1.1`.
	label string
	// source is the knowledge row's file and source.
	source string
	// leadIn is set on weak words that only introduce the reason after
	// their colon (see leadInsYield).
	leadIn bool
	weight float64
}

// leadInShare is what a lead-in's words keep of their weight: less than
// the weakest words after it, enough to stay as doubt.
const leadInShare = 0.5

func isCode(o origin) bool { return o == fromStatus || o == fromProviderCode || o == fromReplyCode }

// scorecard is stage 3's output for one recipient: its clues, heaviest
// first, and each category's total.
type scorecard struct {
	clues  []clue
	totals map[Category]float64
}

// score weighs a recipient's evidence.
func score(n *notice, r *recipientEvidence) scorecard {
	kb := know()
	var clues []clue
	clues = append(clues, phraseClues(n, r)...)
	clues = append(clues, patternClues(n, r)...)
	if f, ok := kb.statusFact(r.Status); ok {
		from := fromStatus
		if !strings.HasPrefix(f.code, "X.") {
			from = fromProviderCode
		}
		clues = append(clues, clue{cat: f.cat, strength: f.strength, from: from, at: codeSpan(n.doc, r, r.Status),
			label: "status " + r.Status, source: "status.tsv: " + f.source})
	}
	if f, ok := kb.reply[r.ReplyCode]; ok {
		clues = append(clues, clue{cat: f.cat, strength: f.strength, from: fromReplyCode, at: codeSpan(n.doc, r, r.ReplyCode),
			label: "reply code " + r.ReplyCode, source: "reply.tsv: " + f.source})
	}
	if r.event != nil {
		clues = append(clues, eventClues(r.event)...)
	}
	clues = aboutTheSender(n.doc.text, clues, r)
	clues = atConnect(clues, r)
	clues = afterData(clues, r)
	clues = chainedReply(n.doc.text, clues)
	for i := range clues {
		clues[i].weight = strengthWeight[clues[i].strength] * originWeight[clues[i].from]
		if clues[i].leadIn {
			clues[i].weight *= leadInShare
		}
	}
	slices.SortStableFunc(clues, func(a, b clue) int {
		switch {
		case a.weight > b.weight:
			return -1
		case a.weight < b.weight:
			return 1
		}
		return int(a.from) - int(b.from)
	})
	sc := scorecard{clues: clues, totals: map[Category]float64{}}
	// A category's total is its heaviest clue plus a share of the others,
	// at most half again, so many weak words never outweigh one specific
	// one. Words and a code that agree are two witnesses: the other kind
	// adds half its weight, more of the same kind a quarter.
	best := map[Category]clue{}
	for _, c := range clues {
		b, ok := best[c.cat]
		if !ok {
			best[c.cat] = c
			sc.totals[c.cat] = c.weight
			continue
		}
		share := 0.25
		if isCode(c.from) != isCode(b.from) {
			share = 0.5
		}
		sc.totals[c.cat] = min(sc.totals[c.cat]+share*c.weight, 1.5*b.weight)
	}
	return sc
}

// phraseClues are the knowledge phrases in the recipient's reply and notice
// passages. A phrase inside a longer one that matched too is dropped (the
// longer is the more specific: "requested action not taken: mailbox
// unavailable" is not "mailbox unavailable"), and a phrase found in both
// places counts once, where it weighs most.
func phraseClues(n *notice, r *recipientEvidence) []clue {
	kb := know()
	type found struct {
		m    phraseMatch
		from origin
	}
	var all []found
	add := func(spans []span, from origin) {
		for _, s := range spans {
			n.in(s, func(m phraseMatch, f *phraseFact) {
				// Stage markers too: they are the context of the words
				// inside them ("connected to ... but sender was rejected"
				// says where qmail was refused, not why).
				if (f.cat != "" || f.marker >= markStageConnect) && len(all) < maxPhraseClues {
					all = append(all, found{m, from})
				}
			})
		}
	}
	add(r.reply, fromReply)
	add(r.notice, fromNotice)
	// Longest first among those starting together, so a phrase inside
	// another comes after it.
	slices.SortStableFunc(all, func(a, b found) int {
		if a.m.start != b.m.start {
			return a.m.start - b.m.start
		}
		return b.m.end - a.m.end
	})
	var out []clue
	seen := map[int]int{} // fact -> index in out
	var open []found      // earlier matches that reach past the current start
	for _, a := range all {
		fa := &kb.phrases[a.m.rule]
		var outer *found
		k := 0
		for i := range open {
			b := open[i]
			if b.m.end <= a.m.start {
				continue
			}
			open[k] = b
			if b.m.end-b.m.start > a.m.end-a.m.start && b.m.end >= a.m.end && outer == nil {
				outer = &open[k]
			}
			k++
		}
		open = append(open[:k], a)
		if outer != nil {
			// Inside a longer phrase: the longer one is the context ("delivery
			// temporarily suspended" is not a suspended mailbox). Of the same
			// category, it counts as strongly as the stronger of the two.
			if o, ok := seen[outer.m.rule]; ok && out[o].cat == fa.cat && out[o].strength < fa.strength {
				out[o].strength = fa.strength
			}
			continue
		}
		if fa.cat == "" || fa.generic && inURLPath(n.doc.text, a.m.start) {
			continue
		}
		c := clue{cat: fa.cat, strength: fa.strength, from: a.from, at: span{a.m.start, a.m.end},
			label: fa.label, source: fa.source}
		if k, ok := seen[a.m.rule]; ok {
			if c.from < out[k].from {
				out[k] = c
			}
			continue
		}
		seen[a.m.rule] = len(out)
		out = append(out, c)
	}
	return leadInsYield(n.doc.text, out)
}

// leadInsYield lowers the weak clues that only introduce a reason: words
// followed by a colon and, on the same line or its wrapped next, other
// words the knowledge knows. Postfix writes "Recipient address rejected: " before whatever
// restriction refused the address ("Access denied", "Service temporarily
// unavailable", a policy server's words); the reason decides, and the
// lead-in stays as doubt.
func leadInsYield(text string, clues []clue) []clue {
	for i, c := range clues {
		if c.strength == weak && followedByReason(text, c, clues) {
			clues[i].leadIn = true
		}
	}
	return clues
}

// followedByReason reports whether c's words end in a colon that another
// of clues follows on the same line or, wrapped, the next, within
// maxLeadInReach bytes.
func followedByReason(text string, c clue, clues []clue) bool {
	colon := c.at.end
	for colon < len(text) && colon < c.at.end+2 && text[colon] == ' ' {
		colon++ // "rejected :", as French typography writes it
	}
	if colon >= len(text) || text[colon] != ':' {
		return false
	}
	for _, d := range clues {
		if d.at.start > colon && d.at.start-colon <= maxLeadInReach && strings.Count(text[colon:d.at.start], "\n") <= 1 {
			return true
		}
	}
	return false
}

// maxLeadInReach bounds how far after its colon a lead-in's reason starts:
// the rest of a wrapped reply line, not the next paragraph.
const maxLeadInReach = 160

// inURLPath reports whether the text at i is in the path of a web
// link: a generic word there is a page's name ("help_spam_16.htm" on every
// reply of one provider, whatever it refused), not the server saying why.
// The host name still counts: it names who runs the page
// ("www.spamhaus.org/query/...").
func inURLPath(text string, i int) bool {
	link, ok := linkBefore(text, i)
	if !ok {
		return false
	}
	host := link[strings.Index(link, "://")+3:]
	return strings.IndexByte(host, '/') >= 0
}

// maxPhraseClues bounds the phrases read for one recipient: a report's own
// words about it are a few dozen; a hostile line of thousands must not cost
// more.
const maxPhraseClues = 256

// patterns catch wordings that name something in the middle of the
// sentence (a domain, the recipient's own address), which fixed phrases
// cannot. They run only on the recipient's reply, so they stay cheap.
var patterns = []struct {
	name     string
	re       *regexp.Regexp
	cat      Category
	strength strength
	// ownAddress asks that the match names the recipient's own address.
	ownAddress bool
	// words are the words one of which must be there for the pattern to
	// be tried at all: a cheap check before a costly regexp.
	words []string
}{
	// "example.com does not exist", "host mx.example.com not found".
	{"a domain that does not exist", regexp.MustCompile(`(?i)(?:^|[\s:])(?:domain\s+|host\s+)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\.?\s+(?:does not exist|doesn't exist|not found)`),
		HostUnknown, medium, false, []string{"exist", "not found"}},
	// "<ann@example.com>... rejected", "Reason: 550 ann@example.com refused".
	{"the address refused", regexp.MustCompile(`(?im)^[\s>]*(?:[a-z-]+:\s*)?(?:[a-z-]+;\s*)?(?:[45]\d\d[ -]+)?(?:#?[45]\.\d+\.\d+\s+)?<?[^\s<>@]+@[^\s<>]+>?\s*(?:\.\.\.\s*)?(?:rejected|refused)\b`),
		MailboxNotFound, weak, true, []string{"reject", "refuse"}},
}

func patternClues(n *notice, r *recipientEvidence) []clue {
	text := n.doc.text
	var out []clue
	for _, s := range r.reply {
		for _, h := range n.patternHits(s) {
			p := &patterns[h.pattern]
			if p.ownAddress && (r.Address == "" || indexFold(text[h.at.start:h.at.end], r.Address) < 0) {
				continue
			}
			out = append(out, clue{cat: p.cat, strength: p.strength, from: fromReply,
				at: h.at, label: "pattern: " + p.name, source: patternSource})
		}
	}
	return out
}

// patternHit is where one of patterns matched.
type patternHit struct {
	pattern int
	at      span
}

// patternHits returns where the patterns match in s, searching it once.
func (n *notice) patternHits(s span) []patternHit {
	if hits, ok := n.patternsIn[s]; ok {
		return hits
	}
	text := n.doc.text
	var hits []patternHit
	for i, p := range patterns {
		if !hasAnyFold(text[s.start:s.end], p.words) {
			continue
		}
		if loc := p.re.FindStringIndex(text[s.start:s.end]); loc != nil {
			hits = append(hits, patternHit{i, span{s.start + loc[0], s.start + loc[1]}})
		}
	}
	if n.patternsIn == nil {
		n.patternsIn = map[span][]patternHit{}
	}
	n.patternsIn[s] = hits
	return hits
}

// hasAnyFold reports whether s holds one of words, ignoring ASCII case.
func hasAnyFold(s string, words []string) bool {
	for _, w := range words {
		if indexFold(s, w) >= 0 {
			return true
		}
	}
	return false
}

// aboutTheSender turns clues that an address does not exist into clues
// that the sender was refused, when the conversation shows the address in
// question is the sender's: the refusal came in reply to MAIL FROM (the
// server had not seen the recipient yet), the status code is X.1.7 or X.1.8
// (the sender's address or domain is bad), or the reply says the server
// verified the sender and quotes why that failed (Exim's "Sender verify
// failed", Postfix's "Sender address rejected: undeliverable address: ...").
// Other refusals at MAIL FROM keep their reading (servers refuse a sending
// IP there too); one that says nothing more is a policy's refusal.
func aboutTheSender(text string, clues []clue, r *recipientEvidence) []clue {
	_, detail, _ := strings.Cut(r.Status, ".")
	if r.stage != markStageMail && detail != "1.7" && detail != "1.8" && r.aboutSender.end == 0 {
		return clues
	}
	for i, c := range clues {
		switch c.cat {
		case MailboxNotFound, HostUnknown, MailboxUnavailable:
			// Only the words of that refusal: a transcript also holds
			// other exchanges.
			if c.strength >= medium && (r.stage != markStageMail || sameExchange(text, r.stageAt, c.at.start) >= 0 || echoedAtStage(text, r.stageAt, c.at)) {
				clues[i].cat = SenderRejected
			}
		}
	}
	// A 421 is the server closing the channel, which "may be a reply to any
	// command" (RFC 5321 4.2.3): coming at MAIL FROM, it says nothing of
	// the sender.
	if r.stage == markStageMail && r.ReplyCode != "421" {
		clues = append(clues, clue{cat: PolicyRejected, strength: weak, from: fromStage, at: r.stageAt,
			label: "refused at MAIL FROM", source: mailFromSource})
	}
	return clues
}

// echoedAtStage reports whether the words at s also stand in the exchange
// that the stage phrase at closes: a report repeats its notice's reply
// ("said: 553 ... (in reply to MAIL FROM command)") in the Diagnostic-Code,
// wrapped differently, and the copy is the same refusal. The exchange is
// the stage phrase's paragraph, at most maxStageDistance bytes of it, as
// sameExchange reads it. When the stage phrase is a transcript's command
// (Sendmail's ">>> MAIL From:<x>"), the reply follows it instead, on the
// "<<<" lines right after it: Sendmail's summary line ("(reason: 553 ...
// does not exist)") repeats that reply.
func echoedAtStage(text string, at, s span) bool {
	if s.end-s.start < minEcho {
		return false
	}
	words := text[s.start:s.end]
	from := max(0, at.start-maxStageDistance)
	from += strings.LastIndex(text[from:at.start], "\n\n") + 1
	if indexLoose(text[from:at.start], words) >= 0 {
		return true
	}
	if !strings.HasPrefix(text[at.start:at.end], ">>>") {
		return false
	}
	end := at.end + len(lineAt(text, at.end))
	start := end
	for end < len(text) && end-start < maxStageDistance && strings.HasPrefix(strings.TrimLeft(lineAt(text, end+1), " \t"), "<<<") {
		end += 1 + len(lineAt(text, end+1))
	}
	return indexLoose(text[start:end], words) >= 0
}

// serverSideStatus reports whether an enhanced status code puts the
// trouble in the mail system or the network (RFC 3463: X.3.X "Mail System
// Status", such as 4.3.2 "System not accepting network messages", and
// X.4.X "Network and Routing Status"): a refusal at the greeting with such
// a code is the server's own state, not a verdict on the client.
func serverSideStatus(st string) bool {
	return len(st) > 2 && st[1] == '.' && (st[2] == '3' || st[2] == '4')
}

// minEcho is the shortest text echoedAtStage looks for: a word or two
// would be found anywhere.
const minEcho = 12

// atConnect adds a clue when the refusal came as the servers met (the
// greeting, HELO): nothing of the recipient was known yet, and a server
// that refuses a client then usually refuses its address or name.
func atConnect(clues []clue, r *recipientEvidence) []clue {
	if r.stage != markStageConnect || serverSideStatus(r.Status) {
		return clues
	}
	return append(clues, clue{cat: Blocklisted, strength: weak, from: fromStage, at: r.stageAt,
		label: "refused when the servers connected", source: connectSource})
}

// afterData adds a hint when the refusal came at the end of DATA: only then
// has the server read the message itself, so a refusal that gives no other
// reason may well be its filters'. The hint weighs less than the weakest
// words, so it names content-filtered as an alternative to a generic reason;
// alone it decides nothing (a refusal with no reason at all stays unknown),
// and a temporary refusal there is more often the server's trouble or
// greylisting than a filter's verdict.
func afterData(clues []clue, r *recipientEvidence) []clue {
	if r.stage != markStageData || len(clues) == 0 || temporary(r.Recipient) {
		return clues
	}
	return append(clues, clue{cat: ContentFiltered, strength: weak, from: fromDataStage, at: r.stageAt,
		label: "refused after the message was sent", source: dataSource})
}

// chainedReply weighs what stands before the arrow of a reply that chains
// the sending server's verdict to the last reply it was given ("550 5.4.300
// Message expired -> 451 4.7.500 Server busy. Please try again later", as
// Exchange prints it under "Remote Server returned"): the verdict before
// the arrow is the sender's own giving up, which any lasting failure ends
// in, and the reply after it, to the end of its paragraph, is the
// receiving server's reason. When words after the arrow vote, they count
// as the reply, and the clues before it on its line as the notice's.
func chainedReply(text string, clues []clue) []clue {
	var read []int // the arrows read so far
	for k := 0; k < len(clues) && len(read) < maxChains; k++ {
		if c := clues[k]; c.at.end <= c.at.start || c.from != fromReply && !isCode(c.from) {
			continue
		}
		arrow := arrowAfter(text, clues[k].at.end)
		if arrow < 0 || slices.Contains(read, arrow) {
			continue
		}
		read = append(read, arrow)
		off := arrow + len("->")
		for gap := off + maxArrowGap; off < min(len(text), gap) && isBlank(text[off]); off++ {
			// a mail program may wrap the line at the arrow
		}
		if !replyCodeAt(text[off:min(len(text), off+8)]) {
			continue
		}
		// The verdict's line: the one the arrow stands on, or the one
		// above when a wrap put the arrow first on its line.
		from := max(0, arrow-maxChainedReply)
		lineStart := from + strings.LastIndexByte(strings.TrimRight(text[from:arrow], " \t\r\n"), '\n') + 1
		last := span{off, min(len(text), off+maxChainedReply)}
		if n := strings.Index(text[off:last.end], "\n\n"); n >= 0 {
			last.end = off + n
		}
		var words []int
		for n, c := range clues {
			if (c.from == fromReply || c.from == fromNotice) && c.at.start >= last.start && c.at.end <= last.end {
				words = append(words, n)
			}
		}
		if len(words) == 0 {
			continue
		}
		for _, n := range words {
			clues[n].from = fromReply
		}
		for n := range clues {
			if c := &clues[n]; c.at.start >= lineStart && c.at.end <= arrow && (c.from == fromReply || isCode(c.from)) {
				c.from = fromNotice
			}
		}
	}
	return clues
}

// arrowAfter is where the arrow of a chained reply ("->", a blank before
// it) stands after offset i on its line, or opens the next line when a
// mail program wrapped the line before it; -1 when there is none.
func arrowAfter(text string, i int) int {
	end := min(len(text), i+maxChainedReply)
	le := i + len(lineAt(text[:end], i))
	for j := i; j < le; {
		k := strings.Index(text[j:le], "->")
		if k < 0 {
			break
		}
		if j+k > 0 && isBlank(text[j+k-1]) {
			return j + k
		}
		j += k + len("->")
	}
	if le+1 < end {
		next := lineAt(text[:end], le+1)
		if t := strings.TrimLeft(next, " \t"); strings.HasPrefix(t, "->") {
			return le + 1 + len(next) - len(t)
		}
	}
	return -1
}

// maxChainedReply bounds the text read after a clue for a chain's arrow,
// and the reply read after the arrow, in bytes; maxChains the chains read
// for one recipient: a notice has one or two, and a hostile text
// repeating "-> 550" must not cost a pass over the clues for each.
// maxArrowGap bounds the blanks read after the arrow.
const (
	maxChainedReply = 600
	maxChains       = 8
	maxArrowGap     = 16
)

// replyCodeAt reports whether s opens with an SMTP reply code and a space
// or a hyphen ("451 4.7.500 ...").
func replyCodeAt(s string) bool {
	return len(s) > 3 && s[0] >= '2' && s[0] <= '5' && isDigit(s[1]) && isDigit(s[2]) && (s[3] == ' ' || s[3] == '-')
}

// codeSpan finds where code stands in the recipient's own passages.
func codeSpan(doc *document, r *recipientEvidence, code string) span {
	if code == "" {
		return span{}
	}
	for _, spans := range [][]span{r.reply, r.notice} {
		for _, s := range spans {
			if i := strings.Index(doc.text[s.start:s.end], code); i >= 0 {
				return span{s.start + i, s.start + i + len(code)}
			}
		}
	}
	return span{}
}
