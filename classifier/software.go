package classifier

import (
	"fmt"
	"io/fs"
	"strings"
)

// softwareRule names the software or provider that wrote a bounce, told by
// its headers or its wording. Providers come before the MTAs they run on.
type softwareRule struct {
	name    string
	phrases []string
	mta     bool // a mail server program, not a provider
}

// softwareRules are read from knowledge/software.tsv, in its order.
var softwareRules = mustKnowledge(readSoftware(knowledgeFiles))

// readSoftware reads knowledge/software.tsv.
func readSoftware(fsys fs.FS) ([]softwareRule, error) {
	rows, err := readTSV(fsys, "knowledge/software.tsv", []string{"name", "kind", "phrases", "source"})
	if err != nil {
		return nil, err
	}
	out := make([]softwareRule, 0, len(rows))
	for _, r := range rows {
		if r.cols[1] != "mta" && r.cols[1] != "provider" {
			return nil, fmt.Errorf("knowledge/software.tsv:%d: kind %q is not mta or provider", r.line, r.cols[1])
		}
		if r.cols[3] == "" {
			return nil, fmt.Errorf("knowledge/software.tsv:%d: no source", r.line)
		}
		out = append(out, softwareRule{name: r.cols[0], phrases: splitPhrases(r.cols[2]), mta: r.cols[1] == "mta"})
	}
	return out, nil
}

var softwareSet = func() *phraseSet {
	lists := make([][]string, len(softwareRules))
	for i, r := range softwareRules {
		lists[i] = r.phrases
	}
	return newPhraseSet(lists)
}()

// software tells which program or provider wrote the bounce. The bounce's
// own headers speak first; then the report's boilerplate, where an MTA's
// standard wording outranks a provider named inside a quoted reply (a
// Postfix bounce quoting Gmail's refusal was written by Postfix); the
// Received trace comes last, as it also names the reader's own servers.
func (n *notice) detectSoftware() string {
	var h strings.Builder
	for _, k := range []string{"From", "Message-Id", "X-Mailer", "X-Postfix-Queue-Id", "X-Failed-Recipients",
		"X-MS-Exchange-Message-Is-Ndr", "X-Ses-Outgoing", "X-SG-EID", "Subject"} {
		for i, v := range n.doc.header[k] {
			if k == "Subject" && i == 0 {
				v = n.subj // decoded once, when the notice was read
			} else {
				v = decodeHeader(v)
			}
			h.WriteString(k + ": " + v + "\n")
		}
	}
	if name := softwareIn(h.String(), false); name != "" {
		return name
	}
	// One pass over the report finds both: the first program, else the
	// first provider.
	mta, any := softwareInBoth(n.reportingMTA)
	within(n.doc.found.software, n.doc.regions, func(m phraseMatch) {
		any = better(any, m.rule)
		if softwareRules[m.rule].mta {
			mta = better(mta, m.rule)
		}
	})
	if mta >= 0 {
		return softwareRules[mta].name
	}
	if any >= 0 {
		return softwareRules[any].name
	}
	return softwareIn(strings.Join(n.doc.header["Received"], "\n"), false)
}

// softwareInBoth returns the first softwareRules entry found in s among
// mail server programs, and among all; -1 when none.
func softwareInBoth(s string) (mta, any int) {
	mta, any = -1, -1
	softwareSet.find(s, 0, len(s), func(m phraseMatch) {
		any = better(any, m.rule)
		if softwareRules[m.rule].mta {
			mta = better(mta, m.rule)
		}
	})
	return mta, any
}

// better returns the rule nearer the top of softwareRules; -1 is none.
func better(a, b int) int {
	if a < 0 || b >= 0 && b < a {
		return b
	}
	return a
}

// softwareIn returns the first softwareRules entry found in s; with mtaOnly,
// only mail server programs count, not providers.
func softwareIn(s string, mtaOnly bool) string {
	best := -1
	softwareSet.find(s, 0, len(s), func(m phraseMatch) {
		if mtaOnly && !softwareRules[m.rule].mta {
			return
		}
		if best < 0 || m.rule < best {
			best = m.rule
		}
	})
	if best < 0 {
		return ""
	}
	return softwareRules[best].name
}
