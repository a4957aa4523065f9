package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/triage"
)

// runDiagnose explains each bounce file (or stdin for "-"): a readable
// report, or with --json one SPEC.md object per line. A file that cannot be
// read is reported on stderr; the others are still diagnosed and the command
// fails at the end.
func runDiagnose(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("diagnose", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per input, one per line")
	if err := fs.Parse(args); err != nil {
		return err
	}
	files := fs.Args()
	if len(files) == 0 {
		return errors.New("diagnose: give one or more files, or - for standard input")
	}
	failed := 0
	enc := json.NewEncoder(stdout)
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		d, err := diagnoseFile(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "whybounce: %s: %v\n", name, err)
			failed++
			continue
		}
		if *asJSON {
			if err := enc.Encode(fileDiagnosis{File: name, Diagnosis: d}); err != nil {
				return err
			}
			continue
		}
		printReport(stdout, name, d)
	}
	if failed > 0 {
		return fmt.Errorf("diagnose: %d of %d inputs could not be read", failed, len(files))
	}
	return nil
}

// fileDiagnosis is the JSON line of one input: SPEC.md's object plus "file".
type fileDiagnosis struct {
	File string `json:"file"`
	*classifier.Diagnosis
}

func diagnoseFile(name string, stdin io.Reader) (*classifier.Diagnosis, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	raw, err := io.ReadAll(io.LimitReader(r, classifier.MaxInput+1))
	if err != nil {
		return nil, err
	}
	return classifier.Diagnose(raw, classifier.Options{})
}

// printReport writes the human-readable report of one diagnosis.
func printReport(w io.Writer, name string, d *classifier.Diagnosis) {
	info := classifier.ExplainFor(d)
	fmt.Fprintf(w, "== %s\n%s\n\n", name, classifier.Headline(d))
	ps := classifier.Problems(d)
	state := "final: nobody will try again"
	switch {
	case partlyFinal(ps):
		state = "partly final: the sending server gave up on some recipients and still retries the others"
	case !d.Final:
		state = "not final: the sending server is still retrying"
	}
	fmt.Fprintf(w, "Category: %s (%s), %s confidence; %s\n", d.Category, info.Title, d.Confidence, state)
	if d.Software != "" {
		fmt.Fprintf(w, "Written by: %s\n", d.Software)
	}
	if d.ReportingMTA != "" {
		fmt.Fprintf(w, "Reporting server: %s\n", d.ReportingMTA)
	}
	for i, r := range d.Recipients {
		if r.Address == "" && !r.Category.IsFailure() {
			continue // the whole message's answer, said above
		}
		addr := r.Address
		if addr == "" {
			addr = "(address not given)"
		}
		fmt.Fprintf(w, "Recipient %d: %s: %s", i+1, addr, r.Category)
		if r.Action != "" {
			fmt.Fprintf(w, ", %s", r.Action)
		}
		if r.Status != "" || r.ReplyCode != "" {
			fmt.Fprintf(w, " [%s]", strings.TrimSpace(r.ReplyCode+" "+r.Status))
		}
		fmt.Fprintf(w, " (%s confidence)\n", r.Confidence)
		if r.Diagnostic != "" {
			fmt.Fprintf(w, "  The server said: %s\n", r.Diagnostic)
		}
		for i, reason := range r.Reasons {
			lead := "  Because of"
			if i > 0 {
				lead = "  It could also be " + string(reason.Category) + ", because of"
			}
			fmt.Fprintf(w, "%s %s\n", lead, clueList(reason.Clues))
		}
	}
	for _, b := range d.Blocklists {
		fmt.Fprintf(w, "Blocklist: %s (lists: %s) %s\n", b.Name, b.Lists, b.LookupURL)
	}
	for _, e := range d.Evidence {
		fmt.Fprintf(w, "Evidence: %q: %s\n", e.Text, e.Why)
	}
	for _, wa := range d.Warnings {
		fmt.Fprintf(w, "Warning: %s\n", wa.Message)
	}
	if len(ps) <= 1 {
		if len(ps) == 1 && ps[0].Doubt != "" {
			fmt.Fprintf(w, "\n%s\n", ps[0].Doubt)
		}
		if info.Summary != "" {
			fmt.Fprintf(w, "\n%s\n", info.Summary)
		}
		printSteps(w, info.Steps)
	}
	for i, p := range ps {
		if len(ps) == 1 {
			break
		}
		fmt.Fprintf(w, "\nProblem %d of %d: %s\n", i+1, len(ps), p.Headline)
		if p.Doubt != "" {
			fmt.Fprintf(w, "%s\n", p.Doubt)
		}
		fmt.Fprintf(w, "Who acts: %s\n", p.WhoActs)
		printSteps(w, p.Steps)
	}
	fmt.Fprintln(w)
}

func printSteps(w io.Writer, steps []string) {
	for i, s := range steps {
		fmt.Fprintf(w, "  %d. %s\n", i+1, s)
	}
}

// clueList says which words and codes pointed to a category, in one line.
func clueList(cs []classifier.Clue) string {
	parts := make([]string, 0, len(cs))
	for _, c := range cs {
		switch c.Kind {
		case "words", "pattern":
			parts = append(parts, fmt.Sprintf("%q in the %s (%s; %s)", c.Text, c.Where, c.Strength, c.Source))
		default:
			parts = append(parts, fmt.Sprintf("%s %s (%s; %s)", c.Kind, c.Text, c.Strength, c.Source))
		}
	}
	return strings.Join(parts, ", ")
}

// runEval measures the engine on a labelled corpus.
func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("eval: give the corpus folder (it holds labels.tsv)")
	}
	dir := fs.Arg(0)
	labels, err := classifier.ReadLabels(dir)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	var s classifier.Score
	missFiles := map[classifier.Miss][]string{}
	byCategory := map[classifier.Category]int{}
	unreadable := 0
	for _, l := range labels {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, err := os.ReadFile(filepath.Join(dir, l.File))
		if err != nil {
			fmt.Fprintf(stderr, "whybounce: %s: %v\n", l.File, err)
			unreadable++
			continue
		}
		d, err := classifier.Diagnose(raw, classifier.Options{})
		if err != nil {
			fmt.Fprintf(stderr, "whybounce: %s: %v\n", l.File, err)
			d = &classifier.Diagnosis{}
		}
		for _, m := range s.Add(l, d) {
			missFiles[m] = append(missFiles[m], l.File)
		}
		for _, r := range triage.RowsOf(0, d, time.Time{}) {
			byCategory[r.Category]++
		}
	}
	fmt.Fprintf(stdout, "files: %d\n", len(labels))
	fmt.Fprintf(stdout, "recipients right: %d/%d (%.2f%%)\n", s.RecipientsRight, s.Recipients, pct(s.RecipientsRight, s.Recipients))
	fmt.Fprintf(stdout, "status codes right: %d/%d (%.2f%%)\n", s.StatusRight, s.Status, pct(s.StatusRight, s.Status))
	fmt.Fprintf(stdout, "status codes equal to the label: %d/%d (%.2f%%; Sisimai's own X.0.9NN codes, which no server sends, count as wrong here)\n",
		s.StatusStrict, s.Status, pct(s.StatusStrict, s.Status))
	fmt.Fprintf(stdout, "recipients named beyond the labelled ones: %d\n", s.Extra)
	fmt.Fprintln(stdout, "by confidence (right/answers):")
	for _, c := range []classifier.Confidence{classifier.High, classifier.Medium, classifier.Low} {
		if t := s.ByConfidence[c]; t != nil {
			fmt.Fprintf(stdout, "  %-6s %d/%d (%.2f%%)\n", c, t.Right, t.Total, pct(t.Right, t.Total))
		}
	}
	fmt.Fprintln(stdout, "recipients by category (as whybounce triage counts them):")
	for _, c := range classifier.AllCategories {
		if n := byCategory[c]; n > 0 {
			fmt.Fprintf(stdout, "  %-22s %d\n", c, n)
		}
	}
	fmt.Fprintln(stdout, "by software, weakest first (right/recipients):")
	names := make([]string, 0, len(s.BySoftware))
	for k := range s.BySoftware {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := s.BySoftware[names[i]], s.BySoftware[names[j]]
		if ra, rb := pct(a.Right, a.Total), pct(b.Right, b.Total); ra != rb {
			return ra < rb
		}
		return names[i] < names[j]
	})
	for _, k := range names {
		t := s.BySoftware[k]
		name := k
		if name == "" {
			name = "(not labelled)"
		}
		fmt.Fprintf(stdout, "  %-22s %d/%d (%.1f%%)\n", name, t.Right, t.Total, pct(t.Right, t.Total))
	}
	keys := make([]classifier.Miss, 0, len(missFiles))
	for k := range missFiles {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(missFiles[keys[i]]) != len(missFiles[keys[j]]) {
			return len(missFiles[keys[i]]) > len(missFiles[keys[j]])
		}
		return keys[i].Want+keys[i].Got < keys[j].Want+keys[j].Got
	})
	if len(keys) > 0 {
		fmt.Fprintln(stdout, "misses (wanted -> got):")
	}
	for _, k := range keys {
		fmt.Fprintf(stdout, "  %s -> %s: %d\n", k.Want, k.Got, len(missFiles[k]))
		for _, f := range missFiles[k] {
			fmt.Fprintf(stdout, "    %s\n", f)
		}
	}
	if unreadable > 0 {
		return fmt.Errorf("eval: %d files could not be read", unreadable)
	}
	return nil
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// partlyFinal reports whether some of the problems are final and others
// still retried, as the result page tells them.
func partlyFinal(ps []classifier.Problem) bool {
	for _, p := range ps {
		if p.Final != ps[0].Final {
			return true
		}
	}
	return false
}
