package e2e

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/triage"
)

const corpusDir = "../../../shared/corpus"

// corpusMbox writes the shared corpus as one mbox file, in the order of its
// labels, and returns its path and the totals whybounce's own reading of it
// gives; the test skips where the corpus is not there.
func corpusMbox(t *testing.T) (string, *triage.Totals) {
	t.Helper()
	labels, err := classifier.ReadLabels(corpusDir)
	if err != nil {
		t.Skipf("no shared corpus: %v", err)
	}
	var msgs [][]byte
	for _, l := range labels {
		raw, err := os.ReadFile(filepath.Join(corpusDir, l.File))
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, raw)
	}
	path := writeMbox(t, "bounces.mbox", msgs)
	tot, err := triage.Run(t.Context(), triage.Options{}, func(ctx context.Context, emit triage.Emit) error {
		return triage.ReadPath(ctx, path, triage.Limits{}, emit)
	}, func(*triage.Result) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	return path, tot
}

// TestTriageUpload uploads the corpus as an mbox on the "Many bounces" page,
// watches the progress bar reach 100%, opens the report, checks its totals
// and chart, filters the table and downloads the CSV.
func TestTriageUpload(t *testing.T) {
	ctx := newTabFor(t, false, 2*time.Minute)
	s := startServer(t)
	mbox, want := corpusMbox(t)

	do(t, ctx, "choose the mbox and send it",
		chromedp.Navigate(s.URL+"/triage"),
		chromedp.SetUploadFiles(chromedp.ID("files"), []string{mbox}),
		chromedp.Click(chromedp.CSS("form.triage button[type=submit]")),
	)
	var seen []int
	for deadline := time.Now().Add(time.Minute); ; {
		v := eval[int](t, ctx, `(() => { const b = document.querySelector("#triage-bar"); return b ? Number(b.value) : -1; })()`)
		if v >= 0 && (len(seen) == 0 || seen[len(seen)-1] != v) {
			seen = append(seen, v)
		}
		if v == 100 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the progress bar did not reach 100%%; it showed %v", seen)
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Logf("progress seen: %v", seen)
	wantText := "All " + strconv.Itoa(want.Messages) + " messages read."
	if got := text(t, ctx, ".triage-progress .progress-text"); got != wantText {
		t.Errorf("progress text: got %q, want %q", got, wantText)
	}
	if focused := eval[string](t, ctx, `document.activeElement.textContent`); focused != "See the report" {
		t.Errorf("focus after the run: got %q, want the link to the report", focused)
	}
	do(t, ctx, "open the report", chromedp.Click(chromedp.CSS("a.see-report")), chromedp.WaitVisible(chromedp.CSS(".triage-report h1")))

	totals := eval[map[string]string](t, ctx, `Object.fromEntries([...document.querySelectorAll("[data-total]")].map(e => [e.dataset.total, e.textContent.replace(/,/g, "")]))`)
	for k, n := range map[string]int{"messages": want.Messages, "diagnosed": want.Diagnosed, "duplicates": want.Duplicates,
		"recipients": want.Recipients, "final": want.Final, "retrying": want.Retrying} {
		if totals[k] != strconv.Itoa(n) {
			t.Errorf("total %s: page shows %q, want %d", k, totals[k], n)
		}
	}
	bars := eval[int](t, ctx, `document.querySelectorAll("#chart-categories g.bar").length`)
	if bars != len(want.Categories) {
		t.Errorf("category chart: got %d bars, want %d", bars, len(want.Categories))
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#chart-time rect").length`); n == 0 {
		t.Error("the chart over time has no bar")
	}
	checkAccessible(t, ctx, "triage report")

	// Filter the table: full mailboxes only.
	full := 0
	for _, c := range want.Categories {
		if c.Category == classifier.MailboxFull {
			full = c.Total()
		}
	}
	do(t, ctx, "filter the table",
		chromedp.SetValue(chromedp.ID("f-category"), "mailbox-full"),
		chromedp.Click(chromedp.CSS(".filters button[type=submit]")),
		chromedp.WaitReady(chromedp.CSS(`.filters option[value="mailbox-full"][selected]`)),
	)
	// The filtered page is ready before all of its table has arrived; a
	// loaded machine read 12 of 34 rows once (a fresh-clone CI run beside a
	// fuzz run). Count the rows once the document has loaded.
	run(t, ctx, "wait for the filtered page to load", chromedp.Poll[bool](`document.readyState === "complete"`))
	cats := eval[[]string](t, ctx, `[...document.querySelectorAll("table.recipients-list tbody tr")].map(r => r.dataset.category)`)
	if len(cats) != full {
		t.Errorf("filtered table: got %d rows, want %d", len(cats), full)
	}
	for _, c := range cats {
		if c != "mailbox-full" {
			t.Errorf("filtered table: a row of %q", c)
		}
	}

	// Download every recipient as CSV.
	dir := t.TempDir()
	progress := chromedp.Events(ctx, cdpbrowser.DownloadProgress)
	do(t, ctx, "download the CSV",
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
				Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: ptr(true),
			})
			return err
		}),
		chromedp.Click(chromedp.CSS(`.downloads a[href$="/recipients.csv"]`)),
	)
	var file string
	for ev, err := range progress {
		if err != nil {
			t.Fatalf("download: %v", err)
		}
		if ev.State == cdpbrowser.DownloadProgressStateCompleted {
			file = filepath.Join(dir, ev.GUID)
			break
		}
		if ev.State == cdpbrowser.DownloadProgressStateCanceled {
			t.Fatal("the download was cancelled")
		}
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	records, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v", err)
	}
	if len(records) != want.Recipients+1 || strings.Join(records[0], ",") != strings.Join(triage.CSVHeader, ",") {
		t.Fatalf("CSV: got %d lines, header %v; want %d rows under %v", len(records), records[0], want.Recipients, triage.CSVHeader)
	}
	byCategory := map[string]int{}
	for _, r := range records[1:] {
		byCategory[r[3]]++
		if r[12] != triage.ListOf(classifier.Category(r[3]), r[4] == "true") {
			t.Errorf("CSV row %v: list %q", r, r[12])
		}
	}
	for _, c := range want.Categories {
		if byCategory[string(c.Category)] != c.Total() {
			t.Errorf("CSV: %d rows of %s, want %d", byCategory[string(c.Category)], c.Category, c.Total())
		}
	}
}

func ptr[T any](v T) *T { return &v }

// TestTriageWithoutScript: the form posts as it is, and the report shows.
func TestTriageWithoutScript(t *testing.T) {
	ctx := newTab(t, true)
	s := startServer(t)
	mbox, want := corpusMbox(t)
	do(t, ctx, "turn scripts off", withoutScript())
	do(t, ctx, "send the form",
		chromedp.Navigate(s.URL+"/triage"),
		chromedp.SetUploadFiles(chromedp.ID("files"), []string{mbox}),
		chromedp.Click(chromedp.CSS("form.triage button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS(".triage-report h1")),
	)
	if got := text(t, ctx, `[data-total="messages"]`); got != strconv.Itoa(want.Messages) {
		t.Errorf("messages: got %q, want %d", got, want.Messages)
	}
}

// uploadExamples sends the example bounces as one mbox on the "Many
// bounces" page and opens the report.
func uploadExamples(t *testing.T, ctx context.Context, s *site) {
	t.Helper()
	names, _ := filepath.Glob(examplePath("*"))
	var msgs [][]byte
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, b)
	}
	path := writeMbox(t, "examples.mbox", msgs)
	do(t, ctx, "upload the examples",
		chromedp.Navigate(s.URL+"/triage"),
		chromedp.SetUploadFiles(chromedp.ID("files"), []string{path}),
		chromedp.Click(chromedp.CSS("form.triage button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("a.see-report")),
		chromedp.Click(chromedp.CSS("a.see-report")),
	)
}

// writeMbox writes msgs as an mbox file in a temporary folder.
func writeMbox(t *testing.T, name string, msgs [][]byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := triage.WriteMbox(f, msgs...); err != nil {
		t.Fatal(err)
	}
	return path
}
