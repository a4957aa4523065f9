package classifier

import (
	"slices"
	"strings"
	"testing"
)

// TestKnowledgeLoads reads every file of knowledge/ as the engine does:
// a malformed row, an unknown category or a row without a source fails.
func TestKnowledgeLoads(t *testing.T) {
	kb, err := loadKnowledge(knowledgeFiles)
	if err != nil {
		t.Fatal(err)
	}
	if len(kb.phrases) < 1000 || len(kb.status) < 50 || len(kb.reply) == 0 || len(kb.events) == 0 {
		t.Errorf("knowledge looks short: %d phrases, %d status codes, %d reply codes, %d event values",
			len(kb.phrases), len(kb.status), len(kb.reply), len(kb.events))
	}
}

// TestKnowledgeAgrees checks that no words are given two different
// categories: the same words in two files must say the same thing, or the
// engine would vote against itself.
func TestKnowledgeAgrees(t *testing.T) {
	seen := map[string]phraseFact{}
	for _, f := range know().phrases {
		if f.cat == "" {
			continue
		}
		key := normalizePhrase(f.text)
		if g, ok := seen[key]; ok && g.cat != f.cat {
			t.Errorf("%q is %s in %s and %s in %s", f.text, g.cat, g.source, f.cat, f.source)
		}
		seen[key] = f
	}
}

// TestPhraseSyntax checks the signs of knowledge/README.md: case and
// white space ignored, '*' for a filled-in value of at most maxGap bytes,
// '^' and '$' for word boundaries, and other scripts folded too.
func TestPhraseSyntax(t *testing.T) {
	ps := newPhraseSet([][]string{{"mailbox * is full"}, {"^rbl"}, {"spf$"}, {"über die quote"}, {"переполнен"}, {"user unknown"}, {"car l'adresse est introuvable"}})
	tests := []struct {
		text string
		want []int
	}{
		{"Mailbox ann@example.com is full", []int{0}},
		{"MAILBOX is\n   FULL", []int{0}},
		{"mailbox " + strings.Repeat("x", maxGap+1) + " is full", nil},
		{"is full, mailbox", nil},
		{"listed in RBL.example", []int{1}},
		{"listed in myrbl.example", nil},
		{"SPF check", []int{2}},
		{"SPFs", nil},
		{"Postfach ÜBER DIE QUOTE", []int{3}},
		{"Ящик ПЕРЕПОЛНЕН", []int{4}},
		{"550 User\n    unknown", []int{5}},
		{"Votre message n'a pas été distribué car l'adresse est introuvable", []int{6}},
		{"Votre message n’a pas été distribué car l’adresse est introuvable", []int{6}},
	}
	for _, tt := range tests {
		folded := foldText(tt.text)
		if len(folded) != len(tt.text) {
			t.Fatalf("foldText(%q) changed the length", tt.text)
		}
		var got []int
		ps.find(folded, 0, len(folded), func(m phraseMatch) { got = append(got, m.rule) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: matched %v, want %v", tt.text, got, tt.want)
		}
	}
}

// The blocklists and software tables load, and each row names something.
func TestKnowledgeTables(t *testing.T) {
	bl, err := readBlocklists(knowledgeFiles)
	if err != nil || len(bl) < 20 {
		t.Fatalf("blocklists.tsv: %d rows, %v", len(bl), err)
	}
	for _, b := range bl {
		if b.Name == "" || len(b.Phrases) == 0 || !strings.HasPrefix(b.LookupURL, "https://") {
			t.Errorf("blocklists.tsv: %+v lacks a name, a phrase or an https lookup page", b)
		}
	}
	sw, err := readSoftware(knowledgeFiles)
	if err != nil || len(sw) < 20 {
		t.Fatalf("software.tsv: %d rows, %v", len(sw), err)
	}
	for _, r := range sw {
		if r.name == "" || len(r.phrases) == 0 {
			t.Errorf("software.tsv: %+v lacks a name or a phrase", r)
		}
	}
}

// Chinese and Japanese wrap lines without a space between words: a phrase
// broken by a line break still matches there, and only there.
func TestPhraseAcrossCJKLineBreak(t *testing.T) {
	ps := newPhraseSet([][]string{{"システムエラーがあったため"}, {"donnée à"}})
	count := func(text string) (n int) {
		f := foldText(text)
		ps.find(f, 0, len(f), func(phraseMatch) { n++ })
		return n
	}
	if n := count("メールを送信できません。システムエラーが\nあったため、管理者へ"); n != 1 {
		t.Errorf("Japanese phrase across a line break: %d matches, want 1", n)
	}
	if n := count("la donnée\nà traiter"); n != 1 {
		t.Errorf("a French line break is still a space: %d matches, want 1", n)
	}
	if n := count("システムエラーが あったため"); n != 0 {
		t.Errorf("a space typed between Japanese words is kept: %d matches, want 0", n)
	}
}

// A phrase's fixed pieces fit the scan's ring of recent offsets, kept on
// the stack (find's local array): a longer piece makes every scan of a
// longer text allocate. A row that long is a whole paragraph, not a phrase.
func TestPhrasePiecesFitTheScanRing(t *testing.T) {
	if n := scanSet().maxLen; n >= 256 {
		t.Errorf("the longest phrase piece is %d bytes; keep pieces under 256", n)
	}
}

// A phrase names at most one SMTP stage: words that two of a program's
// messages share (where a translation did not tell its RCPT TO and MAIL
// FROM errors apart) cannot say which command was refused.
func TestOnePhraseOneStage(t *testing.T) {
	stages := map[string]marker{}
	for _, f := range know().phrases {
		switch f.marker {
		case markStageConnect, markStageMail, markStageRcpt, markStageData:
		default:
			continue
		}
		if m, ok := stages[f.text]; ok && m != f.marker {
			t.Errorf("%q names two SMTP stages (%s)", f.text, f.source)
		}
		stages[f.text] = f.marker
	}
}
