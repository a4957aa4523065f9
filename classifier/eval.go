package classifier

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
)

// Label is one row of a labelled corpus (SPEC.md, "The corpus label format").
type Label struct {
	File string
	// Categories holds, per recipient in order, the accepted categories;
	// "*" accepts any answer.
	Categories [][]string
	// Status holds the expected enhanced status codes, per recipient.
	Status []string
}

// ReadLabels reads dir/labels.tsv.
func ReadLabels(dir string) ([]Label, error) {
	f, err := os.Open(filepath.Join(dir, "labels.tsv"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Label
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 0; sc.Scan(); n++ {
		cols := strings.Split(sc.Text(), "\t")
		if n == 0 || len(cols) < 3 || cols[0] == "" {
			continue
		}
		l := Label{File: cols[0]}
		for _, c := range strings.Split(cols[1], ",") {
			l.Categories = append(l.Categories, strings.Split(c, "|"))
		}
		if cols[2] != "" {
			l.Status = strings.Split(cols[2], ",")
		}
		out = append(out, l)
	}
	return out, sc.Err()
}

// Score counts how many recipients and status codes a run got right.
type Score struct {
	RecipientsRight, Recipients int
	StatusRight, Status         int
	// StatusStrict counts status codes equal to the label, with no
	// allowance for the labeller's own codes (see StatusMatches).
	StatusStrict int
}

// Miss is a recipient in the wrong category.
type Miss struct {
	Want, Got string
}

// Add scores d against its label l and returns the recipients it missed.
// A recipient counts as right when the diagnosis has a recipient at that
// position whose category is one of the accepted ones.
func (s *Score) Add(l Label, d *Diagnosis) []Miss {
	var misses []Miss
	for i, accepted := range l.Categories {
		s.Recipients++
		got := "(none)"
		if i < len(d.Recipients) {
			got = string(d.Recipients[i].Category)
		}
		if contains(accepted, "*") || contains(accepted, got) {
			s.RecipientsRight++
			continue
		}
		misses = append(misses, Miss{strings.Join(accepted, "|"), got})
	}
	for i, want := range l.Status {
		s.Status++
		got := ""
		if i < len(d.Recipients) {
			got = d.Recipients[i].Status
		}
		if StatusMatches(want, got) {
			s.StatusRight++
		}
		if want == got {
			s.StatusStrict++
		}
	}
	return misses
}

// StatusMatches compares a labelled status code with the engine's. The
// corpus labels come from Sisimai, which writes codes of its own, X.0.9NN,
// when a bounce carries no enhanced status code at all. No server sends
// those; the engine reports "" then, as SPEC.md asks, and that counts as
// right.
func StatusMatches(want, got string) bool {
	if want == got {
		return true
	}
	return got == "" && len(want) == 7 && want[1:5] == ".0.9"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
