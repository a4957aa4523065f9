package classifier

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The rules record the phrase or code that decided, wherever they first
// matched it: often a few words, sometimes in the machine-readable report
// below the text a person reads. A page highlights better the whole reply
// line that holds it, where the reader first sees it. shapeEvidence turns
// the recorded matches into such passages: each widened to its line (with
// the line's wrapped continuation), moved to the first human-visible copy
// of the same server reply, cut to a readable length, and merged where they
// meet, so the list is sorted and no two passages overlap.

// replyWhy explains the server's reply line added for each recipient.
const replyWhy = "The receiving server's reply, in its own words."

// maxPassage bounds a highlighted passage; a longer line is cut around
// the phrase that decided.
const maxPassage = 600

// maxLookBack bounds how far before a reply its visible copy is looked for.
const maxLookBack = 64 << 10

// maxReplyEvidence bounds the recipients whose reply line is added.
const maxReplyEvidence = 5

func (res *result) shapeEvidence() {
	reply := len(res.d.Evidence)
	if res.d.Category.IsFailure() && res.ev != nil {
		for _, r := range res.ev.rs[:min(len(res.ev.rs), maxReplyEvidence)] {
			if s, ok := res.replySpan(r); ok {
				res.d.Evidence = append(res.d.Evidence, Evidence{Start: s.start, End: s.end, Why: replyWhy})
			}
		}
	}
	if len(res.d.Evidence) == 0 {
		return
	}
	type passage struct {
		span
		whys  []string
		reply bool // only reply lines so far
	}
	ps := make([]passage, 0, len(res.d.Evidence))
	for i, e := range res.d.Evidence {
		ps = append(ps, passage{res.passage(e.Start, e.End), []string{e.Why}, i >= reply})
	}
	slices.SortStableFunc(ps, func(x, y passage) int { return x.start - y.start })
	out := ps[:1]
	for _, p := range ps[1:] {
		cur := &out[len(out)-1]
		if p.start >= cur.end {
			out = append(out, p)
			continue
		}
		cur.end = max(cur.end, p.end)
		switch {
		case p.reply && !cur.reply:
			// The reply line only adds its why to a passage that has none.
		case cur.reply && !p.reply:
			cur.whys, cur.reply = p.whys, false
		case !slices.Contains(cur.whys, p.whys[0]):
			cur.whys = append(cur.whys, p.whys[0])
		}
	}
	res.d.Evidence = res.d.Evidence[:0]
	for _, p := range out {
		res.d.Evidence = append(res.d.Evidence, Evidence{Start: p.start, End: p.end, Text: res.doc.text[p.start:p.end],
			Why: strings.Join(p.whys, " ")})
	}
}

// replySpan is where the recipient's server reply is: its Diagnostic-Code,
// or else the first line of its part of the report with a reply code.
func (res *result) replySpan(r *recipientEvidence) (span, bool) {
	spans := res.ev.sectionSpans(r)
	if r.diag.end > r.diag.start {
		spans = []span{r.diag}
	}
	for _, s := range spans {
		chunk := res.doc.text[s.start:s.end]
		if k := strings.IndexByte(chunk, ';'); k >= 0 && k < 12 && s == r.diag {
			s.start += k + 1 // after the type ("smtp;"), where the reply starts
			chunk = chunk[k+1:]
		}
		if _, i := findReply(chunk, false); i >= 0 {
			// The reply's first words: enough to find its visible copy.
			return span{s.start + i, s.start + i + len(lineAt(chunk[i:min(len(chunk), i+48)], 0))}, true
		}
	}
	if r.diag.end > r.diag.start {
		return r.diag, true
	}
	return span{}, false
}

// passage widens text[start:end] to the reply line that holds it, in its
// first visible copy.
func (res *result) passage(start, end int) span {
	s := res.lineSpan(start, end)
	phrase := res.doc.text[start:end]
	if c, ok := res.earlierCopy(s, phrase); ok {
		s = c
		start = c.start + max(0, indexLoose(res.doc.text[c.start:c.end], phrase))
		end = min(c.end, start+len(phrase))
	}
	if s.end-s.start > maxPassage {
		s = res.window(s, start, end)
	}
	return s
}

// lineSpan is the line holding start, with up to three indented
// continuation lines, and at least up to end, without the lead (spaces,
// quote marks) and trailing spaces.
func (res *result) lineSpan(start, end int) span {
	ls := lineStart(res.doc.text, start)
	le := paragraphEnd(res.doc.text, start, 3)
	// A wrapped reply's indented continuation belongs to the line above.
	for k := 0; k < 3 && ls > 1 && (res.doc.text[ls] == ' ' || res.doc.text[ls] == '\t') && res.doc.text[ls-2] != '\n'; k++ {
		ls = lineStart(res.doc.text, ls-1)
	}
	if le < end {
		le = end + len(lineAt(res.doc.text, end))
	}
	for ls < start && strings.IndexByte(" \t>", res.doc.text[ls]) >= 0 {
		ls++
	}
	for le > end && (res.doc.text[le-1] == ' ' || res.doc.text[le-1] == '\t') {
		le--
	}
	return span{ls, le}
}

// earlierCopy finds the same server reply earlier in the report's visible
// text (Microsoft 365 and Exchange print it in the notice, and again in the
// delivery-status part below), holding the phrase that decided. The reply
// is known by its first words from the reply code on.
func (res *result) earlierCopy(s span, phrase string) (span, bool) {
	line := res.doc.text[s.start:s.end]
	if k := strings.IndexByte(line, ':'); k > 0 && isHeaderLine([]byte(line[:k+1])) {
		line = stripType(strings.TrimSpace(line[k+1:]))
	}
	if _, i := findReply(line, true); i >= 0 {
		line = line[i:]
	}
	key := line[:min(len(line), 60)]
	if len(strings.TrimSpace(key)) < 16 || s.start == 0 {
		return span{}, false
	}
	// The copy a person reads is near: look back a bounded stretch, so a
	// report naming many recipients costs no more than a few scans.
	from := max(0, s.start-maxLookBack)
	i := indexLoose(res.doc.text[from:s.start], key)
	if i >= 0 {
		i += from
	}
	if i < 0 || !res.doc.inRegions(i) {
		return span{}, false
	}
	c := res.lineSpan(i, i+1)
	if c.end > s.start || indexLoose(res.doc.text[c.start:c.end], phrase) < 0 {
		return span{}, false
	}
	return c, true
}

// window cuts s to at most maxPassage bytes around text[start:end], on
// character boundaries.
func (res *result) window(s span, start, end int) span {
	room := max(0, maxPassage-(end-start)) / 2
	ws := max(s.start, start-room)
	we := min(s.end, end+room)
	for ws > s.start && !utf8.RuneStart(res.doc.text[ws]) {
		ws--
	}
	for we < s.end && !utf8.RuneStart(res.doc.text[we]) {
		we++
	}
	return span{ws, we}
}

// indexLoose finds key in s ignoring ASCII case and treating any run of
// white space as one: a reply wrapped differently in two places still
// matches. The key's last word may end early (a cut key).
func indexLoose(s, key string) int {
	key = strings.TrimLeftFunc(key, unicode.IsSpace)
	first, rest := key, ""
	if i := strings.IndexFunc(key, unicode.IsSpace); i >= 0 {
		first, rest = key[:i], key[i:]
	}
	if first == "" {
		return -1
	}
	for off := 0; off < len(s); {
		i := indexFold(s[off:], first)
		if i < 0 {
			return -1
		}
		i += off
		if wordsFollow(s[i+len(first):], rest) {
			return i
		}
		off = i + 1
	}
	return -1
}

// wordsFollow reports whether s continues with the words of words, each
// after white space.
func wordsFollow(s string, words string) bool {
	for w := range strings.FieldsSeq(words) {
		t := strings.TrimLeft(s, " \t\n")
		if len(t) == len(s) || len(t) < len(w) || !strings.EqualFold(t[:len(w)], w) {
			return false
		}
		s = t[len(w):]
	}
	return true
}
