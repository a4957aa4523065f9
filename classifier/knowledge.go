package classifier

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"sync"
)

// The engine's knowledge is data: the words mail software prints and the
// codes it sends, one row per fact with its source, in the files of
// knowledge/ (its README describes them). They are read once, on the first
// diagnosis, and checked by the tests.
//
//go:embed knowledge/phrases/*.tsv knowledge/status.tsv knowledge/reply.tsv knowledge/events.tsv knowledge/blocklists.tsv knowledge/software.tsv knowledge/senderfields.tsv knowledge/replyprefixes.tsv knowledge/recipientwords.tsv knowledge/autoreplyprefixes.tsv
var knowledgeFiles embed.FS

// strength says how much a fact decides on its own.
type strength int8

const (
	weak strength = iota + 1
	medium
	strong
)

var strengthNames = map[string]strength{"weak": weak, "medium": medium, "strong": strong}

func (s strength) String() string {
	switch s {
	case strong:
		return "strong"
	case medium:
		return "medium"
	}
	return "weak"
}

// marker is what a phrase says about the notice itself rather than about a
// recipient's failure.
type marker uint8

const (
	noMarker marker = iota
	markBounce
	markDelay
	markGaveUp
	markOriginal
	markAutoReply
	markHeld
	markChallenge
	markDelivered
	markRead
	markComplaint
	markUnsubscribe
	markAbuse
	markScanned
	markName
	markReport
	markAboutSender
	markStageConnect
	markStageMail
	markStageRcpt
	markStageData
	markReplyHeading
	markSubjectField
	markOwnMailbox
)

var markerNames = map[string]marker{
	"@bounce": markBounce, "@delay": markDelay, "@gave-up": markGaveUp, "@original": markOriginal,
	"@auto-reply": markAutoReply, "@held": markHeld, "@challenge": markChallenge, "@delivered": markDelivered, "@read": markRead, "@complaint": markComplaint,
	"@report": markReport, "@about-sender": markAboutSender, "@stage-connect": markStageConnect, "@stage-mail": markStageMail, "@stage-rcpt": markStageRcpt,
	"@stage-data": markStageData, "@unsubscribe": markUnsubscribe, "@abuse": markAbuse,
	"@scanned": markScanned, "@name": markName, "@reply-heading": markReplyHeading,
	"@subject-field": markSubjectField, "@own-mailbox": markOwnMailbox,
}

// phraseFact is one row of knowledge/phrases: words, what they say, how
// strongly, and who prints them.
type phraseFact struct {
	text     string
	cat      Category // "" for a marker
	marker   marker
	strength strength
	lang     string
	source   string // the file of knowledge/phrases and the row's source
	// generic is true for the words of no one program (common-*.tsv and
	// the first version's word lists): they say why wherever they stand,
	// except in the path of a web link.
	generic bool
	label   string // how a clue quotes the phrase, written once here rather than per clue
}

// codeFact is one row of knowledge/status.tsv or reply.tsv.
type codeFact struct {
	code     string
	cat      Category
	strength strength
	source   string
}

// codeRange is a status code row that covers a range of details
// ("5.7.606-649").
type codeRange struct {
	prefix   string // "5.7."
	from, to int
	fact     codeFact
}

// knowledgeBase is everything read from knowledge/.
type knowledgeBase struct {
	phrases []phraseFact
	// markers holds, per marker, a set of its phrases alone (a match's rule
	// is the index of its fact), for the short texts only they are looked
	// for in: a subject line, a forwarded header. A document's whole text
	// is scanned once for every phrase (scan.go).
	markers map[marker]*phraseSet
	status  map[string]codeFact // "X.1.1", "5.1.10"
	ranges  []codeRange
	reply   map[string]codeFact
	// events maps a sending service's classification
	// ("ses\tbounceSubType\tnoemail") to what it says.
	events map[string]codeFact
}

// mustKnowledge returns v, or panics with err: the knowledge files are part
// of the binary and checked by the tests, so a malformed row is a
// programming error.
func mustKnowledge[T any](v T, err error) T {
	if err != nil {
		panic("classifier: " + err.Error())
	}
	return v
}

// splitPhrases reads a list of phrases separated by " | ".
func splitPhrases(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// know returns the knowledge base, reading it on first use. The files are
// part of the binary and checked by the tests, so a malformed row is a
// programming error.
var know = sync.OnceValue(func() *knowledgeBase {
	kb, err := loadKnowledge(knowledgeFiles)
	if err != nil {
		panic(err)
	}
	return kb
})

// loadKnowledge reads and checks every file of knowledge/.
func loadKnowledge(fsys fs.FS) (*knowledgeBase, error) {
	kb := &knowledgeBase{status: map[string]codeFact{}, reply: map[string]codeFact{}, events: map[string]codeFact{}}
	files, err := fs.Glob(fsys, "knowledge/phrases/*.tsv")
	if err != nil {
		return nil, err
	}
	seen := map[string]int{} // folded text and category -> index in phrases
	for _, name := range files {
		rows, err := readTSV(fsys, name, []string{"phrase", "category", "strength", "lang", "source"})
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			f, err := phraseRow(r.cols)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, r.line, err)
			}
			f.source = path.Base(name) + ": " + f.source
			f.generic = genericFile(name)
			key := normalizePhrase(f.text) + "\t" + string(f.cat) + fmt.Sprint(f.marker)
			if i, ok := seen[key]; ok {
				// The same words in several files: one fact, as strong as
				// its strongest row, and generic only if every row is.
				kb.phrases[i].strength = max(kb.phrases[i].strength, f.strength)
				kb.phrases[i].generic = kb.phrases[i].generic && f.generic
				continue
			}
			seen[key] = len(kb.phrases)
			kb.phrases = append(kb.phrases, f)
		}
	}
	kb.markers = map[marker]*phraseSet{}
	for _, m := range markerNames {
		sub := make([][]string, len(kb.phrases))
		for i, f := range kb.phrases {
			if f.marker == m {
				sub[i] = []string{f.text}
			}
		}
		kb.markers[m] = newPhraseSet(sub)
	}

	for _, spec := range []struct {
		name   string
		status bool
	}{{"knowledge/status.tsv", true}, {"knowledge/reply.tsv", false}} {
		rows, err := readTSV(fsys, spec.name, []string{"code", "category", "strength", "source"})
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			f, err := codeRow(r.cols)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", spec.name, r.line, err)
			}
			if !spec.status {
				kb.reply[f.code] = f
				continue
			}
			if prefix, span, ok := cutLast(f.code, "."); ok && strings.Contains(span, "-") {
				lo, hi, _ := strings.Cut(span, "-")
				from, err1 := strconv.Atoi(lo)
				to, err2 := strconv.Atoi(hi)
				if err1 != nil || err2 != nil || from > to {
					return nil, fmt.Errorf("%s:%d: bad range %q", spec.name, r.line, f.code)
				}
				kb.ranges = append(kb.ranges, codeRange{prefix + ".", from, to, f})
				continue
			}
			kb.status[f.code] = f
		}
	}
	rows, err := readTSV(fsys, "knowledge/events.tsv", []string{"service", "field", "value", "category", "strength", "source"})
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		f, err := codeRow([]string{r.cols[2], r.cols[3], r.cols[4], r.cols[5]})
		if err != nil {
			return nil, fmt.Errorf("knowledge/events.tsv:%d: %w", r.line, err)
		}
		if _, ok := serviceNames[r.cols[0]]; !ok {
			return nil, fmt.Errorf("knowledge/events.tsv:%d: unknown service %q", r.line, r.cols[0])
		}
		kb.events[r.cols[0]+"\t"+r.cols[1]+"\t"+strings.ToLower(r.cols[2])] = f
	}
	return kb, nil
}

type tsvRow struct {
	line int
	cols []string
}

// readTSV reads a tab-separated file with the given header row, skipping
// blank lines and comments.
func readTSV(fsys fs.FS, name string, header []string) ([]tsvRow, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	var rows []tsvRow
	headerSeen := false
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if !headerSeen {
			if strings.Join(cols, "\t") != strings.Join(header, "\t") {
				return nil, fmt.Errorf("%s:%d: the header row must be %q", name, i+1, strings.Join(header, " "))
			}
			headerSeen = true
			continue
		}
		if len(cols) != len(header) {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", name, i+1, len(cols), len(header))
		}
		rows = append(rows, tsvRow{i + 1, cols})
	}
	if !headerSeen {
		return nil, fmt.Errorf("%s: no header row", name)
	}
	return rows, nil
}

// genericFile reports whether a phrase file holds words that no one
// program owns.
func genericFile(name string) bool {
	base := path.Base(name)
	return strings.HasPrefix(base, "common-") || base == "whybounce-v1.tsv"
}

// phraseSyntax removes a phrase's own syntax ('*', '^', '$'), leaving the
// words it matches.
var phraseSyntax = strings.NewReplacer("*", " ", "^", "", "$", "")

func phraseRow(cols []string) (phraseFact, error) {
	f := phraseFact{text: cols[0], lang: cols[3], source: strings.TrimSpace(cols[4])}
	switch {
	case f.text == "" || f.text != strings.TrimSpace(f.text):
		return f, fmt.Errorf("empty phrase or spaces at its ends: %q", f.text)
	case strings.HasPrefix(f.text, "*") || strings.HasSuffix(f.text, "*"):
		return f, fmt.Errorf("'*' at an end of %q", f.text)
	case normalizePhrase(phraseSyntax.Replace(f.text)) == "":
		return f, fmt.Errorf("nothing to match in %q", f.text)
	case f.source == "":
		return f, fmt.Errorf("no source for %q", f.text)
	}
	if m, ok := markerNames[cols[1]]; ok {
		f.marker = m
	} else if c := Category(cols[1]); isCategory(c) {
		f.cat = c
	} else {
		return f, fmt.Errorf("unknown category %q", cols[1])
	}
	f.label = strconv.Quote(strings.ReplaceAll(f.text, "*", "…"))
	var err error
	f.strength, err = parseStrength(cols[2])
	return f, err
}

func codeRow(cols []string) (codeFact, error) {
	f := codeFact{code: cols[0], cat: Category(cols[1]), source: cols[3]}
	if !isCategory(f.cat) {
		return f, fmt.Errorf("unknown category %q", cols[1])
	}
	var err error
	f.strength, err = parseStrength(cols[2])
	return f, err
}

func parseStrength(s string) (strength, error) {
	if v, ok := strengthNames[s]; ok {
		return v, nil
	}
	return 0, fmt.Errorf("unknown strength %q", s)
}

func isCategory(c Category) bool {
	for _, k := range AllCategories {
		if k == c {
			return true
		}
	}
	return false
}

func cutLast(s, sep string) (before, after string, ok bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// statusFact returns what an enhanced status code says, if anything: the
// code itself, a range holding it, its subject and detail for any class
// ("X.1.1"), then its subject ("X.7").
func (kb *knowledgeBase) statusFact(code string) (codeFact, bool) {
	class, rest, ok := strings.Cut(code, ".")
	if !ok || class == "2" {
		// A success says nothing about a failure.
		return codeFact{}, false
	}
	if f, ok := kb.status[code]; ok {
		return f, true
	}
	if prefix, detail, ok := cutLast(code, "."); ok {
		if n, err := strconv.Atoi(detail); err == nil {
			for _, r := range kb.ranges {
				if r.prefix == prefix+"." && r.from <= n && n <= r.to {
					return r.fact, true
				}
			}
		}
	}
	if f, ok := kb.status["X."+rest]; ok {
		return f, true
	}
	subject, detail, _ := strings.Cut(rest, ".")
	if detail == "0" && (subject == "0" || subject == "1" || subject == "2" || subject == "5") {
		// "Other or undefined" status of a subject that leans nowhere.
		return codeFact{}, false
	}
	if f, ok := kb.status["X."+subject]; ok {
		return f, true
	}
	return codeFact{}, false
}

// markerSet returns the phrases of marker m.
func (kb *knowledgeBase) markerSet(m marker) *phraseSet { return kb.markers[m] }

// hasMarker reports whether s holds a phrase of marker m at least as strong
// as min.
func hasMarker(m marker, min strength, s string) bool {
	kb := know()
	found := false
	kb.markerSet(m).find(foldText(s), 0, len(s), func(pm phraseMatch) {
		found = found || kb.phrases[pm.rule].strength >= min
	})
	return found
}

// The sources of the clues the engine writes itself.
const (
	patternSource  = "score.go patterns"
	mailFromSource = "RFC 5321 3.3 (MAIL FROM names the sender, before any recipient)"
	connectSource  = "RFC 5321 3.1 (the server may refuse a client at the greeting)"
	dataSource     = "RFC 5321 4.1.1.4 (the reply to the end of mail data comes after the server has received the message)"
)

// IsSource reports whether s is the Source of a clue as the engine writes
// it (a knowledge file's citation, never a bounce's words), so that
// redaction can leave it as it is.
func IsSource(s string) bool {
	return knownSources()[s]
}

var knownSources = sync.OnceValue(func() map[string]bool {
	kb := know()
	out := map[string]bool{patternSource: true, mailFromSource: true, connectSource: true, dataSource: true}
	for _, f := range kb.phrases {
		out[f.source] = true
	}
	for _, f := range kb.status {
		out["status.tsv: "+f.source] = true
	}
	for _, r := range kb.ranges {
		out["status.tsv: "+r.fact.source] = true
	}
	for _, f := range kb.reply {
		out["reply.tsv: "+f.source] = true
	}
	for _, f := range kb.events {
		out["events.tsv: "+f.source] = true
	}
	return out
})

// StatusCategory says what an enhanced status code ("5.1.1", "5.7.509")
// tells about a failure's cause, by the engine's own table
// (knowledge/status.tsv): the category; standard is true when the meaning
// is RFC 3463's for any server, false when it is one provider's own
// (Microsoft's 5.7.509); ok is false when the code says nothing.
func StatusCategory(code string) (c Category, standard, ok bool) {
	f, ok := know().statusFact(code)
	return f.cat, strings.HasPrefix(f.code, "X."), ok
}

// readNameList reads a knowledge file of names a mail program prints
// (columns name, lang, source), each in lower case with its source, as a
// set.
func readNameList(fsys fs.FS, file, name string) (map[string]bool, error) {
	rows, err := readTSV(fsys, file, []string{name, "lang", "source"})
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, r := range rows {
		if r.cols[0] == "" || r.cols[0] != strings.ToLower(oneLine(r.cols[0])) || r.cols[2] == "" {
			return nil, fmt.Errorf("%s:%d: a %s in lower case and a source are needed", file, r.line, name)
		}
		out[r.cols[0]] = true
	}
	return out, nil
}
