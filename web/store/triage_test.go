package store

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/triage"
)

func runMessages(n int, secret string) []RunMessage {
	var out []RunMessage
	for i := 1; i <= n; i++ {
		cat, final := classifier.MailboxNotFound, true
		if i%3 == 0 {
			cat, final = classifier.MailboxFull, false
		}
		addr := fmt.Sprintf("%s%02d@d%d.example", secret, i, i%2)
		out = append(out, RunMessage{N: i, Name: fmt.Sprintf("m%d.eml", i), Status: triage.Diagnosed,
			Diagnosis: []byte(`{"category":"` + string(cat) + `","text":"` + secret + `"}`),
			Rows: []triage.Row{{Message: i, Address: addr, Domain: fmt.Sprintf("d%d.example", i%2), Category: cat, Final: final,
				Line: "550 " + secret, List: triage.ListOf(cat, final)}}})
	}
	out = append(out, RunMessage{N: n + 1, Name: "again.eml", Status: triage.Duplicate, DuplicateOf: 1})
	return out
}

func TestRunRowsQueryAndPurge(t *testing.T) {
	s, c, dir := openTest(t)
	ctx := t.Context()
	const secret = "RUN-CONTENT-5e1f"
	id, err := s.CreateRun(ctx, false, 24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := s.Run(ctx, id); err != nil || r.State != RunReading {
		t.Fatalf("Run = %+v, %v; want a run reading", r, err)
	}
	if err := s.AddMessages(ctx, id, runMessages(9, secret)); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishRun(ctx, id, RunDone, []byte(`{"messages":10}`)); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Run(ctx, id); r.State != RunDone || string(r.Summary) != `{"messages":10}` {
		t.Errorf("finished run: got %+v", r)
	}
	for _, tt := range []struct {
		q     RowQuery
		count int
		first int // message of the first row
	}{
		{RowQuery{}, 9, 1},
		{RowQuery{Category: "mailbox-full"}, 3, 3},
		{RowQuery{Final: "retrying"}, 3, 3},
		{RowQuery{Domain: "d0.example"}, 4, 2},
		{RowQuery{List: triage.ListRemove, Sort: "address", Desc: true}, 6, 8},
		{RowQuery{Sort: "message", Desc: true, Offset: 2, Limit: 2}, 9, 7},
		{RowQuery{Sort: "no such column; DROP TABLE triage_rows"}, 9, 1},
	} {
		n, err := s.CountRows(ctx, id, tt.q)
		if err != nil || n != tt.count {
			t.Errorf("%+v: CountRows = %d, %v; want %d", tt.q, n, err, tt.count)
		}
		var got []triage.Row
		if err := s.EachRow(ctx, id, tt.q, func(r triage.Row) error { got = append(got, r); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || got[0].Message != tt.first {
			t.Errorf("%+v: got %d rows, first %+v; want the first from message %d", tt.q, len(got), got, tt.first)
		}
	}
	m, err := s.Message(ctx, id, 3)
	if err != nil || string(m.Diagnosis) != `{"category":"mailbox-full","text":"`+secret+`"}` {
		t.Errorf("Message = %+v, %v", m, err)
	}
	var dups []RunMessage
	s.Messages(ctx, id, triage.Duplicate, 10, func(m RunMessage) error { dups = append(dups, m); return nil })
	if len(dups) != 1 || dups[0].DuplicateOf != 1 {
		t.Errorf("duplicates: got %+v", dups)
	}
	if _, err := s.Message(ctx, id, 99); !errors.Is(err, ErrNotFound) {
		t.Errorf("a message that is not there: got %v, want ErrNotFound", err)
	}

	// Expired: the content is erased from the disk, the run reads as expired.
	other, _ := s.CreateRun(ctx, false, 72*time.Hour)
	s.AddMessages(ctx, other, runMessages(1, "OTHER-RUN"))
	c.Add(25 * time.Hour)
	if _, err := s.Run(ctx, id); !errors.Is(err, ErrExpired) {
		t.Errorf("after expiry: got %v, want ErrExpired", err)
	}
	if n, err := s.Purge(ctx, c.Now()); err != nil || n != 1 {
		t.Fatalf("Purge = %d, %v; want 1", n, err)
	}
	assertFilesLack(t, dir, secret)
	if n, _ := s.CountRows(ctx, other, RowQuery{}); n != 1 {
		t.Errorf("a run not expired: %d rows after the purge, want 1", n)
	}
	if _, err := s.Run(ctx, "not-an-id"); !errors.Is(err, ErrNotFound) {
		t.Errorf("malformed id: got %v, want ErrNotFound", err)
	}
}

func TestDeleteRunAndInterrupt(t *testing.T) {
	s, _, dir := openTest(t)
	ctx := t.Context()
	const secret = "DELETED-RUN-a9"
	id, _ := s.CreateRun(ctx, false, time.Hour)
	s.AddMessages(ctx, id, runMessages(3, secret))
	reading, _ := s.CreateRun(ctx, false, time.Hour)
	if err := s.DeleteRun(ctx, id); err != nil {
		t.Fatal(err)
	}
	assertFilesLack(t, dir, secret)
	if _, err := s.Run(ctx, id); !errors.Is(err, ErrExpired) {
		t.Errorf("deleted run: got %v, want ErrExpired", err)
	}
	if err := s.DeleteRun(ctx, id); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted twice: got %v, want ErrNotFound", err)
	}
	if err := s.InterruptRuns(ctx); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Run(ctx, reading); r.State != RunInterrupted {
		t.Errorf("a run reading when the server started: got state %q, want %q", r.State, RunInterrupted)
	}
}

func TestRunStorageFull(t *testing.T) {
	s, _, _ := openTest(t)
	ctx := t.Context()
	id, _ := s.CreateRun(ctx, false, time.Hour)
	s.MaxSize = 1
	if err := s.AddMessages(ctx, id, runMessages(3, "x")); !errors.Is(err, ErrFull) {
		t.Errorf("got %v, want ErrFull", err)
	}
}
