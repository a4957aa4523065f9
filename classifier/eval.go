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
	// MTA names the software or provider that wrote the bounce.
	MTA string
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
		if len(cols) > 5 {
			l.MTA = cols[5]
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
	// Extra counts the recipients a diagnosis names beyond those its
	// label lists (the sender's own address, a login, a list's address
	// taken for a failed recipient): the scoring by position does not see
	// them, a reader does.
	Extra int
	// ByConfidence and BySoftware count the recipients right and in all
	// for each confidence level and each labelled software.
	ByConfidence map[Confidence]*Tally
	BySoftware   map[string]*Tally
}

// Tally is a count of answers and of right ones.
type Tally struct{ Right, Total int }

func (t *Tally) add(right bool) {
	t.Total++
	if right {
		t.Right++
	}
}

func tally(m map[string]*Tally, k string) *Tally {
	if m[k] == nil {
		m[k] = &Tally{}
	}
	return m[k]
}

// Miss is a recipient in the wrong category.
type Miss struct {
	Want, Got string
}

// Add scores d against its label l and returns the recipients it missed.
// A recipient counts as right when the diagnosis has a recipient at that
// position whose category is one of the accepted ones.
func (s *Score) Add(l Label, d *Diagnosis) []Miss {
	if s.ByConfidence == nil {
		s.ByConfidence, s.BySoftware = map[Confidence]*Tally{}, map[string]*Tally{}
	}
	var misses []Miss
	for i, accepted := range l.Categories {
		s.Recipients++
		got, conf := "(none)", Low
		if i < len(d.Recipients) {
			got, conf = string(d.Recipients[i].Category), d.Recipients[i].Confidence
		}
		right := contains(accepted, "*") || contains(accepted, got)
		if s.ByConfidence[conf] == nil {
			s.ByConfidence[conf] = &Tally{}
		}
		s.ByConfidence[conf].add(right)
		tally(s.BySoftware, l.MTA).add(right)
		if right {
			s.RecipientsRight++
			continue
		}
		misses = append(misses, Miss{strings.Join(accepted, "|"), got})
	}
	if len(l.Categories) > 0 && len(d.Recipients) > len(l.Categories) {
		s.Extra += len(d.Recipients) - len(l.Categories)
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
