package classifier

import "sync"

// One pass of one automaton finds everything the later stages look for in a
// document's text: the knowledge phrases (the words and the markers that
// find the report's end), the blocklists' names and the names of the
// software that writes bounces. Each stage then reads the matches it needs,
// in the stretch it needs, without scanning the text again.

// found holds the matches of one scan, each list in the order of their end.
type found struct {
	words      []phraseMatch // rule: an index into knowledgeBase.phrases
	blocklists []phraseMatch // rule: an index into Blocklists
	software   []phraseMatch // rule: an index into softwareRules
	asks       []phraseMatch // rule: an index into askRules
}

// scanSet is the automaton of every phrase: rules below len(phrases) are
// knowledge phrases, then come Blocklists, softwareRules and the keywords
// of askRules.
var scanSet = sync.OnceValue(func() *phraseSet {
	kb := know()
	lists := make([][]string, 0, len(kb.phrases)+len(Blocklists)+len(softwareRules))
	for _, f := range kb.phrases {
		lists = append(lists, []string{f.text})
	}
	for _, b := range Blocklists {
		lists = append(lists, b.Phrases)
	}
	for _, r := range softwareRules {
		lists = append(lists, r.phrases)
	}
	for _, r := range askRules {
		lists = append(lists, r.keys)
	}
	return newPhraseSet(lists)
})

// maxFound bounds the matches kept from one text: a hostile text made of
// one phrase repeated must not grow the lists without end.
const maxFound = 1 << 14

// scan finds every phrase in folded, once.
func scan(folded string) found {
	var out found
	words, lists, software := len(know().phrases), len(Blocklists), len(softwareRules)
	scanSet().find(folded, 0, len(folded), func(m phraseMatch) {
		switch {
		case m.rule < words:
			if len(out.words) < maxFound {
				out.words = append(out.words, m)
			}
		case m.rule < words+lists:
			if len(out.blocklists) < maxFound {
				m.rule -= words
				out.blocklists = append(out.blocklists, m)
			}
		case m.rule < words+lists+software:
			if len(out.software) < maxFound {
				m.rule -= words + lists
				out.software = append(out.software, m)
			}
		default:
			if len(out.asks) < maxFound {
				m.rule -= words + lists + software
				out.asks = append(out.asks, m)
			}
		}
	})
	return out
}

// within calls fn for each match of ms that lies wholly inside one of the
// spans, in order.
func within(ms []phraseMatch, spans []span, fn func(m phraseMatch)) {
	for _, m := range ms {
		for _, s := range spans {
			if s.start <= m.start && m.end <= s.end {
				fn(m)
				break
			}
		}
	}
}
