package classifier

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPhraseSetFindsWhatIndexFinds checks the automaton against the plain
// way: every occurrence of every phrase, found by strings.Index, must be
// reported, and nothing else. The phrases are the knowledge's own (those
// without '*', '^', '$' or an apostrophe, whose typographic twin the set
// adds), so the automaton has its real shape: dense rows near the root,
// single edges and sorted edge lists below, long failure chains. The text
// is made of phrases, their beginnings and their ends, so that most moves
// are partial matches that fail over to other phrases.
func TestPhraseSetFindsWhatIndexFinds(t *testing.T) {
	var phrases []string
	seen := map[string]bool{}
	for _, f := range know().phrases {
		p := normalizePhrase(f.text)
		if p == "" || seen[p] || strings.ContainsAny(f.text, "*^$'") {
			continue
		}
		seen[p] = true
		phrases = append(phrases, p)
	}
	if n := checkAgainstIndex(t, phrases, rand.New(rand.NewPCG(1, 2))); n < 1000 {
		t.Errorf("only %d matches: the text does not exercise the automaton", n)
	}
}

// TestPhraseSetManyShallowStates checks a set whose states near the root
// are too many for every dense row's moves to fit in 16 bits: fewer states
// get dense rows, and every phrase is still found.
func TestPhraseSetManyShallowStates(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	phrases := make([]string, 30_000)
	for i := range phrases {
		b := make([]byte, 12)
		for k := range b {
			b[k] = byte('a' + r.IntN(26))
		}
		phrases[i] = string(b)
	}
	if n := checkAgainstIndex(t, phrases, r); n < 1000 {
		t.Errorf("only %d matches: the text does not exercise the automaton", n)
	}
}

// checkAgainstIndex builds a set of phrases, one rule each, and a text of
// their beginnings, ends and wholes, and checks that the set reports every
// occurrence strings.Index finds, and nothing else. It returns how many
// there were.
func checkAgainstIndex(t *testing.T, phrases []string, r *rand.Rand) int {
	t.Helper()
	rules := make([][]string, len(phrases))
	for i, p := range phrases {
		rules[i] = []string{p}
	}
	set := newPhraseSet(rules)
	var b strings.Builder
	for b.Len() < 200_000 {
		p := phrases[r.IntN(len(phrases))]
		switch r.IntN(4) {
		case 0:
			b.WriteString(p[:r.IntN(len(p)+1)]) // a beginning
		case 1:
			b.WriteString(p[r.IntN(len(p)+1):]) // an end
		default:
			b.WriteString(p)
		}
		if r.IntN(3) == 0 {
			b.WriteByte(' ')
		}
	}
	// One space between words, as the automaton reads any run of them.
	text := strings.Join(strings.Fields(b.String()), " ")

	type hit struct{ start, end, rule int }
	got := map[hit]bool{}
	set.find(text, 0, len(text), func(m phraseMatch) { got[hit{m.start, m.end, m.rule}] = true })
	want := 0
	for rule, p := range phrases {
		for from := 0; ; {
			i := strings.Index(text[from:], p)
			if i < 0 {
				break
			}
			h := hit{from + i, from + i + len(p), rule}
			want++
			if !got[h] {
				t.Fatalf("%q at %d not found", p, h.start)
			}
			from += i + 1
		}
	}
	if len(got) != want {
		t.Errorf("the automaton reported %d matches, strings.Index finds %d", len(got), want)
	}
	return want
}

// TestDirectionMarksAreInvisible: Thunderbird's Arabic timeout message
// carries a right-to-left mark after "(SMTP)" (composeMsgs.properties,
// smtpSendTimeout); a copy out of another program may keep or drop it, or
// add one elsewhere, and the words are the same to the reader either way.
func TestDirectionMarksAreInvisible(t *testing.T) {
	for _, text := range []string{
		"تعذّر إرسال الرسالة لانتهاء مهلة الاتصال مع خادوم الصادر (SMTP)\u200f smtp.example.com. أعد المحاولة.\n",
		"تعذّر إرسال الرسالة لانتهاء مهلة الاتصال مع خادوم الصادر (SMTP) smtp.example.com. أعد المحاولة.\n",
		"\u202bتعذّر إرسال الرسالة لانتهاء مهلة الاتصال مع خادوم الصادر \u200e(SMTP)\u200f\u202c smtp.example.com.\n",
	} {
		if d := diagnoseText(t, text); d.Category != ServerProblem {
			t.Errorf("%q: got %s, want server-problem", text, d.Category)
		}
	}
}
