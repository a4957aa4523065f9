package reference

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/whybounce/whybounce/classifier"
)

// maxQuery bounds the work one search does: a whole pasted bounce is cut here.
const maxQuery = 4096

// providerHints are words in a pasted bounce that tell which provider wrote it,
// so that its own meaning of a shared code (Gmail's 5.7.26) comes first.
var providerHints = map[string][]string{
	"Microsoft": {"outlook.com", "hotmail", "office365", "office 365", "microsoft", "exchange", "live.com", "msn.com"},
	"Google":    {"gsmtp", "gmail", "google"},
	"Yahoo":     {"yahoo", "aol.com", "yahoodns"},
	"Apple":     {"icloud", "apple", "me.com", "mac.com"},
	"Orange":    {"orange.fr", "wanadoo", "mwinf"},
	"Mimecast":  {"mimecast"},
}

// stopWords carry no meaning in a search.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "is": true, "for": true,
	"and": true, "or": true, "in": true, "on": true, "at": true, "my": true, "your": true,
	"from": true, "with": true, "by": true, "be": true, "it": true, "this": true, "that": true,
	"what": true, "does": true, "mean": true, "means": true, "error": true, "code": true,
}

// Search finds the entries for a query, best first, at most limit of them
// (limit <= 0 means no limit). An exact code comes first, then codes found in
// the text of the query (a pasted bounce line such as "550 5.7.1 ... (S3150)",
// the most specific first), then entries whose title and meaning match the
// query's words and phrase. An empty query finds nothing.
func Search(q string, limit int) []Entry {
	q = strings.TrimSpace(q)
	if q == "" {
		return nil
	}
	if len(q) > maxQuery {
		q = q[:maxQuery]
	}
	d := load()
	var out []int
	seen := map[int]bool{}
	add := func(pos ...int) {
		for _, p := range pos {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}

	add(d.lookup(q)...)
	add(d.codesInText(q)...)
	add(d.matchWords(q, seen)...)

	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	res := make([]Entry, len(out))
	for i, p := range out {
		res[i] = cloneEntry(d.entries[p])
	}
	return res
}

// InText finds the entries for the codes and blocklists written in a text,
// such as a server's reply: providers' codes and blocklists first, as they
// say the most, then enhanced status codes, then reply codes, each once.
func InText(text string) []Entry {
	if len(text) > maxQuery {
		text = text[:maxQuery]
	}
	d := load()
	var out []Entry
	seen := map[int]bool{}
	for _, p := range d.codesInText(text) {
		if !seen[p] {
			seen[p] = true
			out = append(out, cloneEntry(d.entries[p]))
		}
	}
	return out
}

// codesInText finds the codes written inside a longer text. Providers' codes
// and blocklists come first, as they say the most, then enhanced codes, then
// reply codes; within each, the order of the text.
func (d *db) codesInText(q string) []int {
	hinted := hintedProviders(q)
	type found struct{ pos, rank, at int }
	var hits []found
	tokens := strings.FieldsFunc(q, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;()[]<>\"'=", r)
	})
	hit := func(at int, word string, pos []int) {
		if len(pos) == 0 || len(word) < 3 {
			return
		}
		best := d.preferProvider(pos, hinted)
		rank := kindRank(d.entries[best].Kind)
		if d.entries[best].Kind == KindProvider || d.entries[best].Kind == KindBlocklist {
			rank = -1
		}
		hits = append(hits, found{best, rank, at})
	}
	for at, tok := range tokens {
		pos := d.lookup(tok)
		if len(pos) > 0 || !strings.Contains(tok, "-") {
			hit(at, tok, pos)
			continue
		}
		// Gmail writes "550-5.7.26": try the parts.
		for part := range strings.SplitSeq(tok, "-") {
			hit(at, part, d.lookup(part))
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].rank < hits[b].rank })
	out := make([]int, len(hits))
	for i, h := range hits {
		out[i] = h.pos
	}
	return out
}

// hintedProviders returns the providers whose names or hosts q mentions.
func hintedProviders(q string) []string {
	lower := strings.ToLower(q)
	var hinted []string
	for name, hints := range providerHints {
		for _, h := range hints {
			if strings.Contains(lower, h) {
				hinted = append(hinted, name)
				break
			}
		}
	}
	return hinted
}

// preferProvider picks, among entries sharing a code, the one of a provider the
// text names; otherwise the standard one.
func (d *db) preferProvider(pos []int, hinted []string) int {
	for _, p := range pos {
		if d.entries[p].Kind == KindProvider && contains(hinted, d.entries[p].Provider) {
			return p
		}
	}
	return pos[0]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// matchWords scores every entry not yet found against the query's words: a
// phrase in the title counts most, then words in the title, the codes and
// aliases, the provider, and the meaning. Entries of the category whose usual
// bounce phrases the query quotes get a bonus, and so do entries that carry
// the phrase itself whatever their category: 5.7.1 is filed under policy
// refusals but is what "Relay access denied" comes with. Among those, the
// standard codes (and blocklists) come before one provider's own code,
// unless the query names that provider: a person typing a common phrase
// wants the codes every server uses.
func (d *db) matchWords(q string, seen map[int]bool) []int {
	words := queryWords(q)
	if len(words) == 0 {
		return nil
	}
	phrase := strings.Join(words, " ")
	cats, terms := categoriesQuoted(phrase)
	switch {
	case len(words) < 2:
		terms = nil // one word is not a phrase to carry
	case len(words) <= maxPhraseWords:
		terms = append(terms, phrase)
		if typed := strings.Join(strings.Fields(strings.ToLower(q)), " "); typed != phrase {
			terms = append(terms, typed) // with its stop words: "unable to relay"
		}
	}
	hinted := hintedProviders(q)

	type scored struct {
		pos   int
		score int
	}
	var hits []scored
	for i, t := range d.text {
		if seen[i] {
			continue
		}
		score := 0
		matched := 0
		if len(words) > 1 {
			switch {
			case strings.Contains(t.title, phrase):
				score += 10
			case strings.Contains(t.meaning, phrase) || strings.Contains(t.codes, phrase):
				score += 5
			}
		}
		for _, w := range words {
			s := 0
			switch {
			case hasWord(t.title, w) || hasWord(t.codes, w):
				s = 3
			case hasWord(t.meaning, w):
				s = 1
			}
			if hasWord(t.provider, w) {
				s += 2
			}
			if s > 0 {
				matched++
			}
			score += s
		}
		if matched == len(words) && len(words) > 1 {
			score += 3
		}
		// A query quoting a category's usual bounce phrase ("user unknown")
		// brings that category's entries even when they word it differently.
		e := &d.entries[i]
		carries := t.carries(terms)
		if cats[e.Category] || carries {
			score += 8
		} else if matched == 0 {
			continue
		}
		if carries && (e.Kind != KindProvider || contains(hinted, e.Provider)) {
			score += 12
		}
		hits = append(hits, scored{i, score})
	}
	sort.SliceStable(hits, func(a, b int) bool {
		if hits[a].score != hits[b].score {
			return hits[a].score > hits[b].score
		}
		return d.less(hits[a].pos, hits[b].pos)
	})
	out := make([]int, len(hits))
	for i, h := range hits {
		out[i] = h.pos
	}
	return out
}

// carries reports whether the entry's own text quotes one of the phrases.
func (t entryText) carries(phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(t.title, p) || strings.Contains(t.meaning, p) || strings.Contains(t.action, p) {
			return true
		}
	}
	return false
}

// maxPhraseWords bounds the query an entry can carry whole: a typed phrase
// is short, and no entry quotes a whole pasted bounce line.
const maxPhraseWords = 8

// maxWords bounds the words a search compares: a query is a phrase, and a
// pasted bounce is found by its codes.
const maxWords = 24

// queryWords lower-cases q and splits it into distinct words, without stop
// words, at most maxWords of them.
func queryWords(q string) []string {
	var words []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '-' && r != '_'
	}) {
		w = strings.Trim(w, ".-_")
		if w == "" || stopWords[w] || seen[w] {
			continue
		}
		seen[w] = true
		words = append(words, w)
		if len(words) == maxWords {
			break
		}
	}
	return words
}

// hasWord reports whether text holds w as a word, or as the start of a word
// when w is long enough to be a stem ("block" finds "blocked"). A word with
// a digit is a code, and a code is no stem: "5.7.1" does not find "5.7.10".
func hasWord(text, w string) bool {
	stem := len(w) >= 4 && strings.IndexFunc(w, unicode.IsDigit) < 0
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isWordByte(text[j-1])
		end := j + len(w)
		after := end == len(text) || !isWordByte(text[end])
		if before && (after || stem) {
			return true
		}
		i = j + 1
		if i >= len(text) {
			return false
		}
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// articleTerm is one of a category's usual bounce phrases (the article's
// terms), as written and as a query sees it.
type articleTerm struct {
	cat    classifier.Category
	quoted string // lower case, as written: "unable to relay"
	words  string // without stop words, as queryWords leaves a query: "unable relay"
}

var articleTerms = sync.OnceValue(func() []articleTerm {
	var out []articleTerm
	for _, c := range classifier.AllCategories {
		for _, term := range classifier.Explain(c).ArticleTerms {
			if w := strings.Join(queryWords(term), " "); w != "" {
				out = append(out, articleTerm{c, strings.ToLower(term), w})
			}
		}
	}
	return out
})

// categoriesQuoted returns the categories whose usual bounce phrases (the
// article's terms) the query quotes, or that quote the query, and the quoted
// terms as written. Only the longest quoted phrase counts: "relay access
// denied" is about relaying, not about the "access denied" of policy refusals.
func categoriesQuoted(phrase string) (map[classifier.Category]bool, []string) {
	cats := map[classifier.Category]bool{}
	var terms []string
	longest := 0
	for _, at := range articleTerms() {
		n := len(at.words)
		switch {
		case strings.Contains(phrase, at.words):
		case strings.Contains(phrase, " ") && strings.Contains(at.words, phrase):
			n = len(phrase)
		default:
			continue
		}
		if n > longest {
			longest = n
			clear(cats)
			terms = terms[:0]
		}
		if n == longest {
			cats[at.cat] = true
			if n == len(at.words) {
				terms = append(terms, at.quoted)
			}
		}
	}
	return cats, terms
}
