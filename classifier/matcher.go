package classifier

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A phraseSet finds many phrases in one pass over a text: an Aho-Corasick
// automaton over bytes, with a dense table at the root and sorted edge lists
// below it, so thousands of phrases cost little memory and each byte of text
// is looked at once. Matching ignores case and treats any run of white space
// as one space, so a phrase still matches when a server wrapped its reply.
//
// A phrase may start with '^' or end with '$' to ask for a word boundary
// there, and may hold '*' for any text of at most maxGap bytes: a name or a
// number the software fills in ("mailbox * is full").
type phraseSet struct {
	root [256]int32
	// The states near the root, where a scan spends most of its time, have
	// a dense row of transitions by byte class for the ASCII bytes; the
	// deeper ones, and every move on a byte above ASCII (about one byte in
	// a hundred of the texts bounces carry), keep only their edges and fall
	// back along failure links. Rows of ASCII alone are a third of the
	// memory rows of every byte would take, so more of them stay in cache.
	class  [256]uint8
	nclass int
	ndense int32 // states below ndense have a dense row: dense[s*nclass:]
	dense  []uint16
	nodes  []acNode
	edges  []acEdge
	// The pieces that end at state s are outs[outAt[s]:outAt[s+1]]: one
	// array with no pointers for the collector to follow, not a slice per
	// state, each entry with all a scan needs to know of its piece.
	outAt   []int32
	outs    []out
	hasOut  []uint64 // a bit per state: it has pieces; bits, so the set stays in cache
	pieces  []piece
	phrases []phrase
	maxLen  int // the longest piece, in folded bytes
	chained int // the pieces of all phrases with '*'
	// chains keeps find's chain arrays (chainBuf) between calls, each of
	// this set's size.
	chains sync.Pool
}

type acNode struct {
	first int32 // this node's edges are edges[first : first+count]
	count uint16
	// c1 and to1 repeat the edge of a node with one child, most of the
	// deep ones (a phrase's tail shared with no other): the move reads the
	// node alone, not the node and then its edge elsewhere in memory.
	c1   byte
	fail int32
	to1  int32
}

type acEdge struct {
	c  byte
	to int32
}

// piece is a run of fixed text of a phrase: a phrase without '*' is one piece.
type piece struct {
	phrase int32
	index  int32 // its place in the phrase
	length int
}

type phrase struct {
	rule       int // owner, an index chosen by the caller
	pieces     int
	boundStart bool
	boundEnd   bool
	gapped     int // index among the phrases with '*', or -1
	base       int // for a phrase with '*': where its pieces' chain starts in find's flat arrays
}

// out is a piece as a scan meets it at the state where it ends: all the
// scan needs of the piece and its phrase, in one place in memory.
type out struct {
	rule   int32 // the phrase's rule
	length int32 // the piece's length, in folded bytes
	chain  int32 // for a phrase with '*': the piece's place in find's chain arrays; -1 otherwise
	flags  uint8
}

// The flags of an out.
const (
	outFirst      uint8 = 1 << iota // the phrase's first piece
	outLast                         // the phrase's last piece
	outBoundStart                   // the first piece of a phrase that starts at a word's start
	outBoundEnd                     // the last piece of a phrase that ends at a word's end
)

// outOf makes the out of piece pi.
func (ps *phraseSet) outOf(pi int32) out {
	pc := &ps.pieces[pi]
	ph := &ps.phrases[pc.phrase]
	o := out{rule: int32(ph.rule), length: int32(pc.length), chain: -1}
	if pc.index == 0 {
		o.flags |= outFirst
		if ph.boundStart {
			o.flags |= outBoundStart
		}
	}
	if int(pc.index) == ph.pieces-1 {
		o.flags |= outLast
		if ph.boundEnd {
			o.flags |= outBoundEnd
		}
	}
	if ph.gapped >= 0 {
		o.chain = int32(ph.base) + pc.index
	}
	return o
}

// phraseMatch is one occurrence: byte offsets into the scanned text.
type phraseMatch struct {
	start, end int
	rule       int
}

// maxGap bounds the text a '*' stands for.
const maxGap = 100

// newPhraseSet builds the automaton. rules[i] lists the phrases of rule i.
func newPhraseSet(rules [][]string) *phraseSet {
	ps := &phraseSet{}
	var texts []string
	gapped := 0
	for i, list := range rules {
		for _, p := range withQuoteVariants(list) {
			ph := phrase{rule: i, gapped: -1}
			if len(p) > 1 && p[0] == '^' {
				ph.boundStart, p = true, p[1:]
			}
			if len(p) > 1 && p[len(p)-1] == '$' {
				ph.boundEnd, p = true, p[:len(p)-1]
			}
			var parts []string
			for _, part := range strings.Split(p, "*") {
				if part = normalizePhrase(part); part != "" {
					parts = append(parts, part)
				}
			}
			parts = dropShortMiddles(parts)
			if len(parts) == 0 {
				continue
			}
			if len(parts) > 1 {
				ph.gapped, ph.base = gapped, ps.chained
				gapped++
				ps.chained += len(parts)
			}
			ph.pieces = len(parts)
			for k, part := range parts {
				ps.pieces = append(ps.pieces, piece{phrase: int32(len(ps.phrases)), index: int32(k), length: len(part)})
				texts = append(texts, part)
				ps.maxLen = max(ps.maxLen, len(part))
			}
			ps.phrases = append(ps.phrases, ph)
		}
	}
	ps.build(texts)
	return ps
}

// minMiddle is the shortest piece kept between two '*': a shorter one ("-"
// in "'*-*'", "@" in "list *@* has been") says little that its neighbours do
// not, and would be tried at every hyphen or '@' of every text.
const minMiddle = 3

// dropShortMiddles leaves out the pieces between two '*' shorter than
// minMiddle; the gaps on their sides become one gap.
func dropShortMiddles(parts []string) []string {
	if len(parts) < 3 {
		return parts
	}
	out := parts[:1]
	for _, p := range parts[1 : len(parts)-1] {
		if len(p) >= minMiddle {
			out = append(out, p)
		}
	}
	return append(out, parts[len(parts)-1])
}

// withQuoteVariants adds, for each phrase with an apostrophe, the
// same phrase with the typographic one (U+2019) that notices in French,
// Italian and English print as often as the straight one ("l’adresse",
// "couldn’t"), and for each phrase with typographic quotes the same phrase
// with straight ones: a notice keeps its bytes, but undoPasting has
// turned a pasted text's typographic quotes into straight ones.
func withQuoteVariants(list []string) []string {
	out := list
	for _, p := range list {
		variant := ""
		switch {
		case strings.IndexByte(p, '\'') >= 0:
			variant = strings.ReplaceAll(p, "'", "\u2019")
		case strings.ContainsAny(p, typographicQuotes):
			variant = straightQuotes.Replace(p)
		default:
			continue
		}
		if len(out) == len(list) {
			out = slices.Clone(list)
		}
		out = append(out, variant)
	}
	return out
}

// typographicQuotes are the quotes straightQuotes turns into ' and ".
const typographicQuotes = "\u2018\u2019\u201c\u201d"

var straightQuotes = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`)

// normalizePhrase folds a phrase as the scanned text is folded, and turns
// every run of white space into one space.
func normalizePhrase(p string) string {
	return oneLine(foldText(p))
}

// build makes the trie of the pieces, numbered breadth first (the root 0),
// then its failure links and each state's pieces. The pieces are inserted
// in sorted order, so a node's children come into being in the order of
// their bytes and each new text shares the path of the one before it as far
// as their common prefix: no map per node, a few flat arrays in all.
func (ps *phraseSet) build(texts []string) {
	sorted := make([]int32, len(texts))
	for i := range sorted {
		sorted[i] = int32(i)
	}
	slices.SortStableFunc(sorted, func(a, b int32) int { return strings.Compare(texts[a], texts[b]) })

	// The trie in insertion numbering: each node's byte, first child and
	// next sibling, and the run of sorted that ends at it. Each byte of a
	// text makes at most one node.
	most := 1
	for _, t := range texts {
		most += len(t)
	}
	label := append(make([]byte, 0, most), 0)
	child := append(make([]int32, 0, most), -1)
	sibling := append(make([]int32, 0, most), -1)
	lastChild := append(make([]int32, 0, most), -1)
	ownFrom := append(make([]int32, 0, most), 0)
	ownTo := append(make([]int32, 0, most), 0)
	path := []int32{0} // path[d]: the node at depth d of the text before
	prev := ""
	for k, i := range sorted {
		t := texts[i]
		common := 0
		for common < len(t) && common < len(prev) && t[common] == prev[common] {
			common++
		}
		path = path[:common+1]
		for j := common; j < len(t); j++ {
			parent, n := path[j], int32(len(label))
			label = append(label, t[j])
			child, sibling, lastChild = append(child, -1), append(sibling, -1), append(lastChild, -1)
			ownFrom, ownTo = append(ownFrom, 0), append(ownTo, 0)
			if lastChild[parent] < 0 {
				child[parent] = n
			} else {
				sibling[lastChild[parent]] = n
			}
			lastChild[parent] = n
			path = append(path, n)
		}
		end := path[len(t)]
		if ownTo[end] != int32(k) || ownFrom[end] == ownTo[end] {
			ownFrom[end] = int32(k)
		}
		ownTo[end] = int32(k + 1)
		prev = t
	}

	// The states are numbered depth first, so that the states a scan
	// walks through while a phrase matches lie one after the other in
	// memory: a deep state's child is the next state, in the same cache
	// line or the one after. The states that get dense rows (down to the
	// depth denseLimit allows) come first, then the states one deeper (the
	// moves of the dense rows, which must fit in 16 bits), then the rest;
	// each node's edges are contiguous.
	order := bfsOrder(child, sibling)
	depth := make([]int32, len(label))
	for _, old := range order {
		for c := child[old]; c >= 0; c = sibling[c] {
			depth[c] = depth[old] + 1
		}
	}
	limit := denseLimit(depth)
	numbered, near := dfsBands(child, sibling, depth, limit)
	id := make([]int32, len(label))
	for newID, old := range numbered {
		id[old] = int32(newID)
	}
	ps.nodes = make([]acNode, len(numbered))
	ps.edges = make([]acEdge, 0, len(numbered)-1)
	for s, old := range numbered {
		n := &ps.nodes[s]
		n.first = int32(len(ps.edges))
		for c := child[old]; c >= 0; c = sibling[c] {
			ps.edges = append(ps.edges, acEdge{label[c], id[c]})
		}
		n.count = uint16(len(ps.edges) - int(n.first))
		if n.count == 1 {
			n.c1, n.to1 = ps.edges[n.first].c, ps.edges[n.first].to
		}
	}
	for _, e := range ps.children(0) {
		ps.root[e.c] = e.to
	}

	// A state's failure link is the longest proper suffix of its text that
	// is also a path from the root; breadth-first order sets a state's
	// link before its children need it, and gives the shallower states
	// their dense rows before the links of deeper ones are looked up
	// through them.
	ps.setClasses(texts)
	ps.dense = make([]uint16, near*ps.nclass)
	ps.ndense = int32(near)
	pieced := make([]bool, len(numbered)) // the state or one along its links has pieces
	for _, old := range order {
		s := id[old]
		f := ps.nodes[s].fail
		pieced[s] = ownFrom[old] < ownTo[old] || s != 0 && pieced[f]
		if int(s) < near {
			ps.denseRow(s)
		}
		for _, e := range ps.children(s) {
			ps.nodes[e.to].fail = ps.next(f, e.c, s == 0)
		}
	}
	// A state's pieces are its own, then those of its failure link, and
	// so on along the links: longest first.
	ps.outAt = make([]int32, len(numbered)+1)
	ps.hasOut = make([]uint64, (len(numbered)+63)/64)
	for s := range numbered {
		ps.outAt[s] = int32(len(ps.outs))
		if !pieced[s] {
			continue
		}
		for f := int32(s); f != 0; f = ps.nodes[f].fail {
			old := numbered[f]
			for _, pi := range sorted[ownFrom[old]:ownTo[old]] {
				ps.outs = append(ps.outs, ps.outOf(pi))
			}
		}
		ps.hasOut[s/64] |= 1 << (s % 64)
	}
	ps.outAt[len(numbered)] = int32(len(ps.outs))
}

// bfsOrder lists the trie's nodes (insertion numbering) breadth first.
func bfsOrder(child, sibling []int32) []int32 {
	order := make([]int32, 1, len(child))
	for q := 0; q < len(order); q++ {
		for c := child[order[q]]; c >= 0; c = sibling[c] {
			order = append(order, c)
		}
	}
	return order
}

// dfsBands lists the trie's nodes depth first, in three bands: those down
// to limit (the dense states, how many is near), those one deeper, and
// the rest.
func dfsBands(child, sibling, depth []int32, limit int32) (order []int32, near int) {
	band := func(old int32) int { return int(min(2, max(0, depth[old]-limit))) }
	var bands [3][]int32
	stack := []int32{0}
	for len(stack) > 0 {
		old := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		bands[band(old)] = append(bands[band(old)], old)
		// Reversed, so that the first child is on top and visited first.
		first := len(stack)
		for c := child[old]; c >= 0; c = sibling[c] {
			stack = append(stack, c)
		}
		slices.Reverse(stack[first:])
	}
	return slices.Concat(bands[0], bands[1], bands[2]), len(bands[0])
}

// denseDepth is the deepest a state with a dense row may be.
const denseDepth = 10

// denseLimit returns the depth down to which states get a dense row: at
// most denseDepth, and shallow enough that every move of a dense row (a
// state at most one deeper) fits in the row's 16 bits.
func denseLimit(depth []int32) int32 {
	var count [denseDepth + 2]int
	for _, d := range depth {
		if d <= denseDepth+1 {
			count[d]++
		}
	}
	limit, total := int32(0), count[0]
	for d := 1; d <= denseDepth+1; d++ {
		total += count[d]
		if total > 0x10000 {
			break
		}
		limit = int32(d - 1)
	}
	return limit
}

// setClasses gives each ASCII byte the phrases use a class of its own, a
// column of the dense rows; the other bytes share class 0.
func (ps *phraseSet) setClasses(texts []string) {
	used := [utf8.RuneSelf]bool{}
	for _, t := range texts {
		for j := 0; j < len(t); j++ {
			if t[j] < utf8.RuneSelf {
				used[t[j]] = true
			}
		}
	}
	ps.nclass = 1
	for c := 0; c < utf8.RuneSelf; c++ {
		if used[c] {
			ps.class[c] = uint8(ps.nclass)
			ps.nclass++
		}
	}
}

// denseRow fills state s's dense row: its failure link's row (shallower,
// filled before it), with its own edges written over it. The root's moves
// on the bytes it has no edge for stay 0, the root.
func (ps *phraseSet) denseRow(s int32) {
	row := ps.dense[int(s)*ps.nclass : int(s+1)*ps.nclass]
	if s != 0 {
		f := int(ps.nodes[s].fail)
		copy(row, ps.dense[f*ps.nclass:(f+1)*ps.nclass])
	}
	for _, e := range ps.children(s) {
		if e.c < utf8.RuneSelf {
			row[ps.class[e.c]] = uint16(e.to)
		}
	}
}

func (ps *phraseSet) children(s int32) []acEdge {
	n := ps.nodes[s]
	return ps.edges[n.first : n.first+int32(n.count)]
}

// next is the automaton's move from state s on byte c. atRoot is true when
// the caller is computing the failure link of a child of the root, which is
// always the root.
func (ps *phraseSet) next(s int32, c byte, atRoot bool) int32 {
	if atRoot {
		return 0
	}
	for s != 0 {
		if s < ps.ndense && c < utf8.RuneSelf {
			return int32(ps.dense[int(s)*ps.nclass+int(ps.class[c])])
		}
		n := &ps.nodes[s]
		if n.count == 1 {
			if n.c1 == c {
				return n.to1
			}
			s = n.fail
			continue
		}
		es := ps.children(s)
		if len(es) <= 8 {
			for _, e := range es {
				if e.c == c {
					return e.to
				}
				if e.c > c {
					break
				}
			}
		} else if i, ok := slices.BinarySearchFunc(es, c, func(e acEdge, c byte) int { return int(e.c) - int(c) }); ok {
			return es[i].to
		}
		s = n.fail
	}
	return ps.root[c]
}

// find calls fn for every phrase occurrence in text[from:to], in order of
// their end. Offsets are into text. The text is folded byte by byte (ASCII
// case, white space); pass it through foldText first to fold other scripts.
func (ps *phraseSet) find(text string, from, to int, fn func(m phraseMatch)) {
	// ring remembers where the last maxLen consumed bytes were, to recover
	// the start of a match after white space runs were collapsed; its
	// length is a power of two, so that a mask finds the slot. A text
	// shorter than maxLen (a subject line) needs no more than its own
	// length, and the local array is small: Go clears it on every call.
	size := 1
	for size < min(ps.maxLen, to-from)+1 {
		size <<= 1
	}
	var local [256]int
	ring := local[:0]
	if size <= len(local) {
		ring = local[:size]
	} else {
		ring = make([]int, size)
	}
	mask := size - 1
	n := 0
	s := int32(0)
	prevSpace := false
	// chain holds, for each piece of a phrase with '*', where the run of
	// its pieces so far starts and (plus one) ends; zero is "not yet". It is
	// taken from the set's pool when the first such piece is found, and handed
	// back clean.
	var cb *chainBuf
	var chain []int32
	for i := from; i < to; i++ {
		c := foldTable[text[i]]
		if c == ' ' {
			if prevSpace {
				continue
			}
			if j := cjkLineBreak(text, from, i, to); j > i {
				i = j - 1 // the loop's i++ lands on the next character
				continue
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
		ring[n&mask] = i
		n++
		if s < ps.ndense && c < utf8.RuneSelf {
			s = int32(ps.dense[int(s)*ps.nclass+int(ps.class[c])])
		} else {
			s = ps.next(s, c, false)
		}
		if ps.hasOut[s>>6]&(1<<(s&63)) == 0 {
			continue
		}
		for _, o := range ps.outs[ps.outAt[s]:ps.outAt[s+1]] {
			start := ring[(n-int(o.length))&mask]
			if o.flags&outBoundStart != 0 && start > 0 && isWordByte(text[start-1]) && isWordByte(text[start]) {
				continue
			}
			if o.flags&outBoundEnd != 0 && i+1 < len(text) && isWordByte(text[i+1]) && isWordByte(text[i]) {
				continue
			}
			if o.chain < 0 {
				fn(phraseMatch{start: start, end: i + 1, rule: int(o.rule)})
				continue
			}
			if chain == nil {
				cb = ps.getChainBuf()
				chain = cb.at
			}
			starts, ends := chain[:ps.chained], chain[ps.chained:]
			k := int(o.chain)
			if o.flags&outFirst != 0 {
				cb.set(k, starts, ends, int32(start), int32(i+2))
				continue
			}
			if prev := int(ends[k-1]) - 1; prev <= 0 || prev > start || start-prev > maxGap {
				continue
			}
			cb.set(k, starts, ends, starts[k-1], int32(i+2))
			if o.flags&outLast != 0 {
				fn(phraseMatch{start: int(starts[k]), end: i + 1, rule: int(o.rule)})
			}
		}
	}
	if cb != nil {
		ps.releaseChainBuf(cb)
	}
}

// cjkLineBreak returns the end of the white space that starts at i when
// it holds a line break between two characters of Chinese or Japanese,
// which wrap their lines without a space between words: "システムエラーが" +
// line break + "あったため" reads as one phrase. Otherwise it returns i.
func cjkLineBreak(text string, from, i, to int) int {
	if i == from || text[i-1] < utf8.RuneSelf {
		return i
	}
	j, broken := i, false
	for j < to && foldTable[text[j]] == ' ' {
		broken = broken || text[j] == '\n'
		j++
	}
	if !broken || j == to || text[j] < utf8.RuneSelf {
		return i
	}
	before, _ := utf8.DecodeLastRuneInString(text[from:i])
	after, _ := utf8.DecodeRuneInString(text[j:to])
	if isCJK(before) && isCJK(after) {
		return j
	}
	return i
}

// isCJK reports whether r is a character of the scripts written without
// spaces between words: CJK punctuation, kana, the unified ideographs, and
// the full-width forms.
func isCJK(r rune) bool {
	return 0x3000 <= r && r <= 0x9FFF || 0xF900 <= r && r <= 0xFAFF || 0xFF00 <= r && r <= 0xFFEF
}

// chainBuf is find's chain array, kept between calls: most texts touch a
// handful of its entries, so clearing those beats making a clean array of
// every gapped piece's entries at each call.
type chainBuf struct {
	at      []int32
	touched []int // the indices of the pieces set, each once
}

// getChainBuf takes a chain array of the set's size from its pool.
func (ps *phraseSet) getChainBuf() *chainBuf {
	if cb, ok := ps.chains.Get().(*chainBuf); ok {
		return cb
	}
	return &chainBuf{at: make([]int32, 2*ps.chained)}
}

// set records piece k's run, remembering k the first time.
func (cb *chainBuf) set(k int, starts, ends []int32, start, end int32) {
	if ends[k] == 0 {
		cb.touched = append(cb.touched, k)
	}
	starts[k], ends[k] = start, end
}

// releaseChainBuf clears what was set and hands the array back.
func (ps *phraseSet) releaseChainBuf(cb *chainBuf) {
	for _, k := range cb.touched {
		cb.at[k], cb.at[ps.chained+k] = 0, 0
	}
	cb.touched = cb.touched[:0]
	ps.chains.Put(cb)
}

// foldTable is foldByte for every byte.
var foldTable = func() (t [256]byte) {
	for c := range t {
		t[c] = foldByte(byte(c))
	}
	return t
}()

func foldByte(c byte) byte {
	switch {
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A'
	case c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
		return ' '
	}
	return c
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// foldText lower-cases s in every script where the lower-case letter has
// the same length in UTF-8 (Latin, Greek, Cyrillic: "ÜBER" → "über") and
// turns the wide spaces and the invisible marks of writing direction into
// ordinary spaces, keeping every byte offset: a match in the folded text
// is a match at the same place in s. The marks (Unicode's bidirectional
// formatting characters, UAX #9) stand in right-to-left translations
// beside Latin words (Thunderbird's Arabic "... (SMTP)\u200f ..."), and a
// copy out of another program keeps or drops them.
func foldText(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError:
			b = append(b, s[i:i+size]...)
		case unicode.IsSpace(r) || isDirectionMark(r):
			for k := 0; k < size; k++ {
				b = append(b, ' ')
			}
		default:
			if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
				b = utf8.AppendRune(b, l)
			} else {
				b = append(b, s[i:i+size]...)
			}
		}
		i += size
	}
	return string(b)
}

// isDirectionMark reports whether r is one of Unicode's bidirectional
// formatting characters (UAX #9, 2.1 to 2.6): the implicit marks LRM, RLM
// and ALM, the embeddings and overrides, and the isolates.
func isDirectionMark(r rune) bool {
	return r == '\u200e' || r == '\u200f' || r == '\u061c' || '\u202a' <= r && r <= '\u202e' || '\u2066' <= r && r <= '\u2069'
}
