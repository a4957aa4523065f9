package classifier

import "regexp"

// keyed is a regexp that starts with one of a few literal words. Go's
// engine cannot skip ahead to a case-insensitive word, so a plain search
// tries the pattern at every byte of the text; keyed finds the words first
// and tries the pattern only where one starts.
type keyed struct {
	keys []string       // the words a match starts with, in lower case
	re   *regexp.Regexp // the pattern, anchored with ^ and tried at each key
	word bool           // a match must start at a word start
}

// keyedWindow bounds the text a keyed pattern is tried on from its key.
const keyedWindow = 320

// maxKeyedTries bounds the places one key is tried at.
const maxKeyedTries = 32

// find returns the submatches of the leftmost match in s, or nil.
func (k keyed) find(s string) []string {
	best, bestAt := []string(nil), len(s)
	for _, key := range k.keys {
		for from, n := 0, 0; from < bestAt && n < maxKeyedTries; n++ {
			i := indexFold(s[from:], key)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			if i >= bestAt {
				break
			}
			if k.word && i > 0 && isWordByte(s[i-1]) {
				continue
			}
			if m := k.re.FindStringSubmatch(s[i:min(len(s), i+keyedWindow)]); m != nil {
				best, bestAt = m, i
				break
			}
		}
	}
	return best
}
