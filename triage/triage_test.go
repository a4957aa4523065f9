package triage

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/whybounce/whybounce/classifier"
)

const corpusDir = "../../shared/corpus"

// corpus reads the shared labelled corpus, in the order of its labels, or
// skips the test where it is not there.
func corpus(t testing.TB) (names []string, msgs [][]byte) {
	t.Helper()
	labels, err := classifier.ReadLabels(corpusDir)
	if err != nil {
		t.Skipf("no shared corpus: %v", err)
	}
	for _, l := range labels {
		raw, err := os.ReadFile(filepath.Join(corpusDir, l.File))
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, l.File)
		msgs = append(msgs, raw)
	}
	return names, msgs
}

// collect runs read and returns every result, in order, and the totals.
func collect(t testing.TB, opt Options, read func(context.Context, Emit) error) ([]*Result, *Totals, error) {
	t.Helper()
	var out []*Result
	tot, err := Run(t.Context(), opt, read, func(r *Result) error {
		out = append(out, r)
		return nil
	})
	return out, tot, err
}

func mboxOf(t testing.TB, msgs [][]byte) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteMbox(&b, msgs...); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func fromBytes(name string, b []byte, lim Limits) func(context.Context, Emit) error {
	return func(ctx context.Context, emit Emit) error {
		return ReadStream(ctx, name, bytes.NewReader(b), lim, SpoolTo("", 1<<30), emit)
	}
}

// categoryCounts counts the rows of each category.
func categoryCounts(rows []Row) map[classifier.Category]int {
	m := map[classifier.Category]int{}
	for _, r := range rows {
		m[r.Category]++
	}
	return m
}

// TestCorpusMbox reads the corpus as one mbox and checks that the totals
// per category are what diagnosing each file alone gives, as whybounce eval
// does, the duplicates counted once.
func TestCorpusMbox(t *testing.T) {
	names, msgs := corpus(t)
	results, tot, err := collect(t, Options{Workers: 2}, fromBytes("corpus.mbox", mboxOf(t, msgs), Limits{}))
	if err != nil {
		t.Fatal(err)
	}
	if len(results) != len(msgs) {
		t.Fatalf("got %d messages, want %d", len(results), len(msgs))
	}
	checkAgainstAlone(t, names, msgs, results, tot)
}

// TestCorpusZip reads the corpus as a zip of .eml files, in folders.
func TestCorpusZip(t *testing.T) {
	names, msgs := corpus(t)
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for i, m := range msgs {
		w, err := zw.Create(names[i])
		if err != nil {
			t.Fatal(err)
		}
		w.Write(m)
	}
	zw.Close()
	results, tot, err := collect(t, Options{}, fromBytes("corpus.zip", b.Bytes(), Limits{}))
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range results {
		if want := "corpus.zip: " + names[i]; !strings.HasPrefix(r.Name, want) {
			t.Fatalf("message %d: got name %q, want %q", i+1, r.Name, want)
		}
	}
	checkAgainstAlone(t, names, msgs, results, tot)
}

func checkAgainstAlone(t *testing.T, names []string, msgs [][]byte, results []*Result, tot *Totals) {
	t.Helper()
	want := map[classifier.Category]int{}
	dups := 0
	for i, r := range results {
		if r.N != i+1 {
			t.Fatalf("result %d has N %d: out of order", i, r.N)
		}
		switch r.Status {
		case Duplicate:
			dups++
			first := msgs[r.DuplicateOf-1]
			if !bytes.Equal(first, msgs[i]) && headerOf(first).messageID != headerOf(msgs[i]).messageID {
				t.Errorf("%s: called a duplicate of %s, which has other bytes and another Message-ID", names[i], names[r.DuplicateOf-1])
			}
			continue
		case Unreadable:
			t.Errorf("%s: unreadable: %s", names[i], r.Reason)
			continue
		}
		d, err := classifier.Diagnose(msgs[i], classifier.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for c, n := range categoryCounts(RowsOf(i+1, d, r.Date)) {
			want[c] += n
		}
		if r.Diagnosis.Category != d.Category {
			t.Errorf("%s: category %s in the run, %s alone", names[i], r.Diagnosis.Category, d.Category)
		}
	}
	got := map[classifier.Category]int{}
	for _, c := range tot.Categories {
		got[c.Category] = c.Total()
	}
	for _, c := range classifier.AllCategories {
		if got[c] != want[c] {
			t.Errorf("%s: got %d recipients, want %d", c, got[c], want[c])
		}
	}
	if tot.Duplicates != dups || tot.Messages != len(msgs) || tot.Diagnosed != len(msgs)-dups {
		t.Errorf("totals: got %d messages, %d diagnosed, %d duplicates; want %d, %d, %d",
			tot.Messages, tot.Diagnosed, tot.Duplicates, len(msgs), len(msgs)-dups, dups)
	}
	// 20 files of the corpus are byte for byte the same as another.
	if dups < 20 {
		t.Errorf("got %d duplicates, want at least the 20 identical files", dups)
	}
	t.Logf("%d messages, %d duplicates, %d recipients", tot.Messages, tot.Duplicates, tot.Recipients)
}

const bounce = `From: MAILER-DAEMON@mx.example.net
To: news@example.org
Subject: Undelivered Mail Returned to Sender
Date: Mon, 5 Jan 2026 10:00:00 +0000
Message-ID: <%d@mx.example.net>

<user%d@example.com>: host mx.example.com said: 550 5.1.1 <user%d@example.com>: Recipient address rejected: User unknown
`

func bounceN(n int) []byte { return []byte(fmt.Sprintf(bounce, n, n, n)) }

func bounces(n int) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		out[i] = bounceN(i + 1)
	}
	return out
}

func TestMboxQuotingAndOrder(t *testing.T) {
	body := []byte("From: a@example.org\nSubject: x\n\nFrom here on\n>From the top\n>>From below\nend\n")
	msgs := [][]byte{bounceN(1), body, bounceN(2)}
	var got [][]byte
	err := ReadMbox(t.Context(), "m", bytes.NewReader(mboxOf(t, msgs)), Limits{}, func(in Input) error {
		if in.Err != nil {
			t.Errorf("%s: %v", in.Name, in.Err)
		}
		got = append(got, in.Raw)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(msgs) {
		t.Fatalf("got %d messages, want %d", len(got), len(msgs))
	}
	for i := range msgs {
		if !bytes.Equal(got[i], msgs[i]) {
			t.Errorf("message %d: got %q, want %q", i+1, got[i], msgs[i])
		}
	}
}

// TestTruncatedMbox cuts an mbox in the middle of a message: every message
// before it is read, and the last one is read as far as it goes, with a note.
func TestTruncatedMbox(t *testing.T) {
	mbox := mboxOf(t, bounces(10))
	cut := bytes.Index(mbox, []byte("<8@mx.example.net>")) + 30
	results, tot, err := collect(t, Options{}, fromBytes("cut.mbox", mbox[:cut], Limits{}))
	if err != nil {
		t.Fatal(err)
	}
	if tot.Messages != 8 || tot.Diagnosed != 8 {
		t.Fatalf("got %d messages, %d diagnosed; want 8 and 8", tot.Messages, tot.Diagnosed)
	}
	if last := results[7]; !strings.Contains(last.Reason, "cut short") {
		t.Errorf("last message: got note %q, want it to say it may be cut short", last.Reason)
	}
	for _, r := range results[:7] {
		if r.Reason != "" || r.Rows[0].Category != classifier.MailboxNotFound {
			t.Errorf("%s: got %q %v, want a clean mailbox-not-found", r.Name, r.Reason, r.Rows)
		}
	}
}

// failingReader gives its bytes, then an error, as a dropped upload does.
type failingReader struct {
	r   io.Reader
	err error
}

func (f *failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if errors.Is(err, io.EOF) {
		return n, f.err
	}
	return n, err
}

func TestMboxReadErrorKeepsWhatWasRead(t *testing.T) {
	mbox := mboxOf(t, bounces(5))
	cut := bytes.Index(mbox, []byte("<4@mx.example.net>"))
	broken := errors.New("connection reset")
	read := func(ctx context.Context, emit Emit) error {
		return ReadStream(ctx, "up.mbox", &failingReader{bytes.NewReader(mbox[:cut]), broken}, Limits{}, nil, emit)
	}
	_, tot, err := collect(t, Options{}, read)
	if !errors.Is(err, broken) {
		t.Fatalf("got error %v, want the read error", err)
	}
	if tot.Messages != 4 {
		t.Errorf("got %d messages, want the 4 read", tot.Messages)
	}
}

func TestDuplicates(t *testing.T) {
	a, b := bounceN(1), bounceN(2)
	// Another copy of b, with a header a mail program adds: the same Message-ID.
	b2 := append([]byte("X-Mozilla-Status: 0001\n"), b...)
	results, tot, err := collect(t, Options{}, fromBytes("d.mbox", mboxOf(t, [][]byte{a, b, a, b2}), Limits{}))
	if err != nil {
		t.Fatal(err)
	}
	if tot.Duplicates != 2 || tot.Diagnosed != 2 || tot.Recipients != 2 {
		t.Errorf("got %d duplicates, %d diagnosed, %d recipients; want 2, 2, 2", tot.Duplicates, tot.Diagnosed, tot.Recipients)
	}
	if results[2].DuplicateOf != 1 || results[3].DuplicateOf != 2 {
		t.Errorf("duplicates of: got %d and %d, want 1 and 2", results[2].DuplicateOf, results[3].DuplicateOf)
	}
}

func TestMessageLimit(t *testing.T) {
	_, tot, err := collect(t, Options{Limits: Limits{MaxMessages: 5}}, fromBytes("m.mbox", mboxOf(t, bounces(9)), Limits{}))
	if !errors.Is(err, ErrTooManyMessages) {
		t.Fatalf("got %v, want ErrTooManyMessages", err)
	}
	if tot.Messages != 5 || len(tot.Notices) != 1 {
		t.Errorf("got %d messages and notices %q, want 5 and one notice", tot.Messages, tot.Notices)
	}
}

func TestOversizeMessage(t *testing.T) {
	big := append(bounceN(2), bytes.Repeat([]byte("x"), 2000)...)
	lim := Limits{MaxMessageBytes: 1000}
	results, tot, err := collect(t, Options{}, fromBytes("o.mbox", mboxOf(t, [][]byte{bounceN(1), big, bounceN(3)}), lim))
	if err != nil {
		t.Fatal(err)
	}
	if tot.Diagnosed != 2 || tot.Unreadable != 1 || !strings.Contains(results[1].Reason, "too large") {
		t.Errorf("got %d diagnosed, %d unreadable (%q); want 2, 1 too large", tot.Diagnosed, tot.Unreadable, results[1].Reason)
	}
}

// TestCancel stops a run in the middle: it returns at once with the
// cancellation, having handed over only what was finished, in order.
func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var got int
	tot, err := Run(ctx, Options{Workers: 2}, fromBytes("c.mbox", mboxOf(t, bounces(2000)), Limits{}), func(r *Result) error {
		got++
		if r.N != got {
			t.Fatalf("result %d has N %d", got, r.N)
		}
		if got == 50 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	if got < 50 || got > 60 || tot.Messages != got {
		t.Errorf("handed over %d results, totals %d; want about 50 and the same", got, tot.Messages)
	}
}

// TestTwoRunsAtOnce runs two inputs side by side: neither sees the other's
// messages.
func TestTwoRunsAtOnce(t *testing.T) {
	inputs := [][][]byte{bounces(300), bounces(200)}
	var wg sync.WaitGroup
	tots := make([]*Totals, 2)
	for i, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, tot, err := collect(t, Options{Workers: 2}, fromBytes("m.mbox", mboxOf(t, in), Limits{}))
			if err != nil {
				t.Error(err)
			}
			tots[i] = tot
		}()
	}
	wg.Wait()
	for i, tot := range tots {
		if tot.Diagnosed != len(inputs[i]) || tot.Remove != len(inputs[i]) {
			t.Errorf("run %d: got %d diagnosed, %d to remove; want %d", i, tot.Diagnosed, tot.Remove, len(inputs[i]))
		}
	}
}

func TestMaildirAndFolder(t *testing.T) {
	dir := t.TempDir()
	md := filepath.Join(dir, "Bounces")
	for _, sub := range []string{"cur", "new", "tmp"} {
		os.MkdirAll(filepath.Join(md, sub), 0o700)
	}
	os.WriteFile(filepath.Join(md, "cur", "1.host:2,S"), bounceN(1), 0o600)
	os.WriteFile(filepath.Join(md, "new", "2.host"), bounceN(2), 0o600)
	os.WriteFile(filepath.Join(md, "tmp", "3.host"), bounceN(3), 0o600) // still being written
	os.WriteFile(filepath.Join(dir, "a.eml"), bounceN(4), 0o600)
	os.WriteFile(filepath.Join(dir, ".hidden"), bounceN(5), 0o600)
	os.WriteFile(filepath.Join(dir, "more.mbox"), mboxOf(t, [][]byte{bounceN(6), bounceN(7)}), 0o600)
	for _, tt := range []struct {
		path string
		want int
	}{{md, 2}, {dir, 5}} {
		_, tot, err := collect(t, Options{}, func(ctx context.Context, emit Emit) error { return ReadPath(ctx, tt.path, Limits{}, emit) })
		if err != nil {
			t.Fatal(err)
		}
		if tot.Diagnosed != tt.want {
			t.Errorf("%s: got %d diagnosed, want %d", tt.path, tot.Diagnosed, tt.want)
		}
	}
}

func TestRowsAndLists(t *testing.T) {
	full := []byte("Date: Tue, 6 Jan 2026 10:00:00 +0000\n\n<kim@example.net>: host mx.example.net said: 452 4.2.2 Mailbox full, try again later\n")
	results, tot, err := collect(t, Options{}, fromBytes("l.mbox", mboxOf(t, [][]byte{bounceN(1), full}), Limits{}))
	if err != nil {
		t.Fatal(err)
	}
	r := results[0].Rows[0]
	if r.Address != "user1@example.com" || r.Domain != "example.com" || r.List != ListRemove || !r.Final ||
		r.Status != "5.1.1" || r.Date != "2026-01-05T10:00:00Z" || !strings.Contains(r.Line, "User unknown") {
		t.Errorf("row: got %+v", r)
	}
	if r := results[1].Rows[0]; r.Category != classifier.MailboxFull || r.List != ListRetry {
		t.Errorf("full mailbox row: got %+v", r)
	}
	if tot.Remove != 1 || tot.Retry != 1 || len(tot.Days) != 2 {
		t.Errorf("totals: got %d to remove, %d to retry, days %v", tot.Remove, tot.Retry, tot.Days)
	}
}

func TestRedact(t *testing.T) {
	results, _, err := collect(t, Options{Redact: true}, fromBytes("r.mbox", mboxOf(t, [][]byte{bounceN(1)}), Limits{}))
	if err != nil {
		t.Fatal(err)
	}
	r := results[0].Rows[0]
	if strings.Contains(r.Address, "user1") || r.Domain != "example.com" || strings.Contains(results[0].Diagnosis.Text, "user1@") {
		t.Errorf("redacted row: got %+v", r)
	}
}

func TestCSVKeepsFormulasInert(t *testing.T) {
	var b bytes.Buffer
	w := NewCSVWriter(&b)
	w.Write(Row{Message: 1, Address: "=cmd|' /C calc'!A0@example.com", Line: "+1 550 bad"})
	w.Flush()
	if got := b.String(); !strings.Contains(got, `'=cmd`) || !strings.Contains(got, `'+1 550`) {
		t.Errorf("got %q, want the formula cells quoted", got)
	}
}
