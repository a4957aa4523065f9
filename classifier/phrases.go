package classifier

// A phraseSet finds many literal phrases in one pass over a text (an
// Aho-Corasick automaton turned into a table). Matching ignores ASCII case and
// treats any run of white space as one space, so a phrase still matches when
// a server wrapped its reply over two lines. A phrase may start with '^' or
// end with '$' to require a word boundary there.
//
// The rule tables hold hundreds of phrases; running a regexp for each would
// cost far more than decoding the message.
type phraseSet struct {
	class   [256]uint8
	nclass  int
	delta   []int32 // state*nclass + class -> next state
	out     [][]int32
	phrases []phrase
	maxLen  int
}

type phrase struct {
	text       string // lower case, single spaces
	rule       int    // owner, an index chosen by the caller
	boundStart bool
	boundEnd   bool
}

// phraseMatch is one occurrence: byte offsets into the scanned text.
type phraseMatch struct {
	start, end int
	rule       int
}

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

// newPhraseSet builds the automaton. rules[i] lists the phrases of rule i.
func newPhraseSet(rules [][]string) *phraseSet {
	ps := &phraseSet{}
	for i, list := range rules {
		for _, p := range list {
			ph := phrase{rule: i}
			if len(p) > 1 && p[0] == '^' {
				ph.boundStart, p = true, p[1:]
			}
			if len(p) > 1 && p[len(p)-1] == '$' {
				ph.boundEnd, p = true, p[:len(p)-1]
			}
			b := make([]byte, 0, len(p))
			for j := 0; j < len(p); j++ {
				c := foldByte(p[j])
				if c == ' ' && len(b) > 0 && b[len(b)-1] == ' ' {
					continue
				}
				b = append(b, c)
			}
			ph.text = string(b)
			ps.phrases = append(ps.phrases, ph)
			ps.maxLen = max(ps.maxLen, len(b))
		}
	}
	// Byte classes: every byte used in a phrase gets its own class; all other
	// bytes share class 0.
	used := [256]bool{}
	for _, ph := range ps.phrases {
		for j := 0; j < len(ph.text); j++ {
			used[ph.text[j]] = true
		}
	}
	ps.nclass = 1
	for c := 0; c < 256; c++ {
		if used[c] {
			ps.class[c] = uint8(ps.nclass)
			ps.nclass++
		}
	}
	for c := 0; c < 256; c++ {
		ps.class[c] = ps.class[foldByte(byte(c))]
	}
	// Trie.
	goTo := []map[uint8]int32{{}}
	ps.out = [][]int32{nil}
	for i, ph := range ps.phrases {
		s := int32(0)
		for j := 0; j < len(ph.text); j++ {
			k := ps.class[ph.text[j]]
			n, ok := goTo[s][k]
			if !ok {
				n = int32(len(goTo))
				goTo = append(goTo, map[uint8]int32{})
				ps.out = append(ps.out, nil)
				goTo[s][k] = n
			}
			s = n
		}
		ps.out[s] = append(ps.out[s], int32(i))
	}
	// Breadth-first: failure links folded into a full transition table.
	nc := ps.nclass
	ps.delta = make([]int32, len(goTo)*nc)
	fail := make([]int32, len(goTo))
	queue := []int32{}
	for k := 0; k < nc; k++ {
		if n, ok := goTo[0][uint8(k)]; ok {
			ps.delta[k] = n
			queue = append(queue, n)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		ps.out[s] = append(ps.out[s], ps.out[fail[s]]...)
		for k := 0; k < nc; k++ {
			if n, ok := goTo[s][uint8(k)]; ok {
				fail[n] = ps.delta[int(fail[s])*nc+k]
				ps.delta[int(s)*nc+k] = n
				queue = append(queue, n)
			} else {
				ps.delta[int(s)*nc+k] = ps.delta[int(fail[s])*nc+k]
			}
		}
	}
	return ps
}

// find calls fn for every phrase occurrence in text[from:to], in order of
// their end. Offsets are into text.
func (ps *phraseSet) find(text string, from, to int, fn func(m phraseMatch)) {
	// pos remembers where the last maxLen consumed bytes were, to recover the
	// start of a match after white space runs were collapsed.
	ring := make([]int, ps.maxLen+1)
	n := 0
	s := int32(0)
	prevSpace := false
	nc := ps.nclass
	for i := from; i < to; i++ {
		c := foldByte(text[i])
		if c == ' ' {
			if prevSpace {
				continue
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
		ring[n%len(ring)] = i
		n++
		s = ps.delta[int(s)*nc+int(ps.class[c])]
		for _, pi := range ps.out[s] {
			ph := &ps.phrases[pi]
			l := len(ph.text)
			start := ring[(n-l)%len(ring)]
			if ph.boundStart && start > 0 && isWordByte(text[start-1]) && isWordByte(text[start]) {
				continue
			}
			if ph.boundEnd && i+1 < len(text) && isWordByte(text[i+1]) && isWordByte(text[i]) {
				continue
			}
			fn(phraseMatch{start: start, end: i + 1, rule: ph.rule})
		}
	}
}
