package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/triage"
)

// runTriage diagnoses every bounce of mailboxes, archives and folders at
// once: the totals table, and with --csv or --json one line per recipient
// on stdout (the totals then go to stderr).
func runTriage(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("triage", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asCSV := fs.Bool("csv", false, "write every recipient as CSV to stdout; the totals go to stderr")
	asJSON := fs.Bool("json", false, "write every recipient as a JSON line to stdout; the totals go to stderr")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "messages diagnosed at once, at most the cores")
	redacted := fs.Bool("redact", false, "mask personal data (the part of each address before the @, IP addresses, message ids) in the output")
	fs.Usage = func() {
		fmt.Fprint(stderr, "usage: whybounce triage [--csv|--json] [--workers N] [--redact] FILE|DIR|- ...\n\n"+
			"Reads mbox files, zip archives of messages, Maildirs, folders of message files, or standard input (-).\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *asCSV && *asJSON {
		return errors.New("triage: give --csv or --json, not both")
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("triage: give one or more files or folders, or - for standard input")
	}
	for _, p := range fs.Args() {
		if p == "-" {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			return fmt.Errorf("triage: %w", err)
		}
	}
	if *workers < 1 {
		return fmt.Errorf("triage: workers %d: want at least 1", *workers)
	}
	var rows interface{ Write(...triage.Row) error }
	var flush func() error
	report := stdout
	switch {
	case *asCSV:
		w := triage.NewCSVWriter(stdout)
		rows, flush, report = w, w.Flush, stderr
	case *asJSON:
		rows, report = triage.NewJSONWriter(stdout), stderr
	}

	bar := progressBar(stderr)
	var unreadable []string
	start := time.Now()
	lim := triage.Limits{MaxUnpacked: cliMaxUnpacked}
	read := func(ctx context.Context, emit triage.Emit) error {
		for _, p := range fs.Args() {
			var err error
			if p == "-" {
				err = triage.ReadStream(ctx, "-", stdin, lim, triage.SpoolTo("", cliMaxUnpacked), emit)
			} else {
				err = triage.ReadPath(ctx, p, lim, emit)
			}
			if err != nil {
				return err
			}
		}
		return nil
	}
	tot, err := triage.Run(ctx, triage.Options{Workers: min(*workers, runtime.GOMAXPROCS(0)), Limits: lim, Redact: *redacted}, read,
		func(r *triage.Result) error {
			if bar != nil {
				_ = bar.Add(1)
			}
			if r.Status == triage.Unreadable {
				unreadable = append(unreadable, r.Name+": "+r.Reason)
			}
			if rows != nil {
				return rows.Write(r.Rows...)
			}
			return nil
		})
	if bar != nil {
		_ = bar.Finish()
		_ = bar.Clear()
	}
	if flush != nil {
		if ferr := flush(); ferr != nil && err == nil {
			err = ferr
		}
	}
	for _, u := range unreadable {
		fmt.Fprintf(stderr, "whybounce: %s\n", u)
	}
	printTotals(report, tot, time.Since(start))
	switch {
	case err != nil:
		return fmt.Errorf("triage: %w (the totals above count the %d messages read before)", err, tot.Messages)
	case len(unreadable) > 0:
		return fmt.Errorf("triage: %d of %d messages could not be read", len(unreadable), tot.Messages)
	}
	return nil
}

// cliMaxUnpacked bounds what the archives of one command may unpack to: on
// the command line the files are the user's own, so more than on a server.
const cliMaxUnpacked = 16 << 30

// progressBar shows messages read and the rate on w when it is a terminal,
// and is nil otherwise.
func progressBar(w io.Writer) *progressbar.ProgressBar {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("reading bounces"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("msgs"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSpinnerType(14),
	)
}

// printTotals writes the totals table.
func printTotals(w io.Writer, t *triage.Totals, elapsed time.Duration) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "messages read\t%d\t\n", t.Messages)
	fmt.Fprintf(tw, "diagnosed\t%d\t\n", t.Diagnosed)
	fmt.Fprintf(tw, "duplicates (counted once)\t%d\t\n", t.Duplicates)
	fmt.Fprintf(tw, "unreadable\t%d\t\n", t.Unreadable)
	fmt.Fprintf(tw, "recipients\t%d\t\n", t.Recipients)
	fmt.Fprintf(tw, "final\t%d\t\n", t.Final)
	fmt.Fprintf(tw, "still retrying\t%d\t\n", t.Retrying)
	fmt.Fprintf(tw, "addresses to remove\t%d\t\n", t.Remove)
	fmt.Fprintf(tw, "addresses to retry later\t%d\t\n", t.Retry)
	if s := elapsed.Seconds(); s > 0 {
		fmt.Fprintf(tw, "messages per second\t%.0f\t\n", float64(t.Messages)/s)
	}
	tw.Flush()

	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "category\tfinal\tretrying\ttotal\t")
	for _, c := range t.Categories {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t\n", c.Category, c.Final, c.Retrying, c.Total())
	}
	tw.Flush()
	printCounts(w, "recipient domains, most first", t.Domains, 10)
	printCounts(w, "reporting providers", t.Providers, 10)
	days := t.Days
	if len(days) > 31 {
		fmt.Fprintf(w, "\nbounces per day: %d days from %s to %s (the CSV has each bounce's date)\n", len(days), days[0].Name, days[len(days)-1].Name)
	} else {
		printCounts(w, "bounces per day", days, 31)
	}
	if t.Undated > 0 {
		fmt.Fprintf(w, "  without a date: %d\n", t.Undated)
	}
	for _, n := range t.Notices {
		fmt.Fprintf(w, "\nnote: %s\n", n)
	}
}

func printCounts(w io.Writer, title string, cs []triage.Count, most int) {
	if len(cs) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s\n", title)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i, c := range cs {
		if i == most {
			fmt.Fprintf(tw, "  (%d more)\t\n", len(cs)-most)
			break
		}
		fmt.Fprintf(tw, "  %s\t%d\n", oneLine(c.Name), c.Count)
	}
	tw.Flush()
}

// oneLine keeps a name from a bounce on one line of the terminal.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || classifier.IsDirectionControl(r) {
			return '?'
		}
		return r
	}, s)
}
