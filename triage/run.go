package triage

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"net/mail"
	"runtime"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/classifier/redact"
)

// Options tune a run.
type Options struct {
	// Workers is how many messages are diagnosed at once; 0 means one per
	// core. Never more than the cores.
	Workers int
	Limits  Limits
	// Redact masks personal data (the local part of addresses, IP
	// addresses, message ids) in every diagnosis and row before it is
	// handed on.
	Redact bool
	// Acquire, when set, is called before each diagnosis, and the function
	// it returns after it: a server uses it to share its cores between a
	// run and its other work.
	Acquire func(ctx context.Context) (release func(), err error)
}

// Status says what became of a message.
type Status string

const (
	// Diagnosed messages count in the totals.
	Diagnosed Status = "diagnosed"
	// Duplicate messages were read before (the same bytes, or the same
	// Message-ID) and count once, as the first.
	Duplicate Status = "duplicate"
	// Unreadable messages could not be read or diagnosed; Reason says why.
	Unreadable Status = "unreadable"
)

// Result is what became of one message, in the order of the input.
type Result struct {
	// N is the message's place in the input, from 1.
	N    int
	Name string
	// Status, and Reason when it is Unreadable, or the note on a message
	// that was read but may be cut short.
	Status Status
	Reason string
	// DuplicateOf is the N of the message this one repeats.
	DuplicateOf int
	// Date is the bounce's own Date header; zero when it has none.
	Date time.Time
	// Diagnosis is nil unless Status is Diagnosed.
	Diagnosis *classifier.Diagnosis
	// Rows are the recipients of the diagnosis.
	Rows []Row
}

// job is a message on its way through the pool.
type job struct {
	in   Input
	res  *Result
	done chan struct{}
	// weight is what the job holds of the run's memory budget.
	weight int64
}

// Bounds on what a run holds at once: the jobs read ahead of the one the
// results wait for (a slow message must not idle the other workers), and
// their bytes.
const (
	aheadPerWorker = 32
	maxInFlight    = 64 << 20
)

// Run reads the messages that read emits, diagnoses them on a pool of
// workers and hands each Result to each, in the order they were read, one
// at a time. It holds at most 32 messages per worker and 64 MiB of them, so
// memory stays bounded whatever the input. It returns the totals of what was handed
// over, and the error that stopped reading (the input ended early, the run
// was cancelled, the message limit was reached), if any: everything read
// before it is in the totals all the same.
func Run(ctx context.Context, opt Options, read func(ctx context.Context, emit Emit) error, each func(*Result) error) (*Totals, error) {
	workers := opt.Workers
	if workers <= 0 || workers > runtime.GOMAXPROCS(0) {
		workers = runtime.GOMAXPROCS(0)
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// The queue holds the jobs in input order; the collector waits for each
	// in turn. Its capacity and the budget of bytes bound what is held at once.
	queue := make(chan *job, aheadPerWorker*workers)
	budget := semaphore.NewWeighted(maxInFlight)
	work := make(chan *job)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				diagnose(ctx, opt, j)
				close(j.done)
			}
		}()
	}

	readErr := make(chan error, 1)
	go func() {
		defer close(queue)
		defer close(work)
		seen := newDedup()
		n := 0
		emit := func(in Input) error {
			if max := opt.Limits.MaxMessages; max > 0 && n >= max {
				return ErrTooManyMessages
			}
			n++
			j := &job{in: in, res: &Result{N: n, Name: in.Name}, done: make(chan struct{}), weight: min(int64(len(in.Raw))+1, maxInFlight)}
			if err := budget.Acquire(ctx, j.weight); err != nil {
				return err
			}
			if in.Err != nil {
				j.res.Status, j.res.Reason = Unreadable, in.Err.Error()
			} else {
				h := headerOf(in.Raw)
				j.res.Date = h.date
				if first := seen.check(n, in.Raw, h.messageID); first > 0 {
					j.res.Status, j.res.DuplicateOf = Duplicate, first
					j.in.Raw = nil
				}
			}
			select {
			case queue <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			if j.res.Status != "" {
				close(j.done)
				return nil
			}
			select {
			case work <- j:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		readErr <- read(ctx, emit)
	}()

	tally := NewTally()
	var failed error
	for j := range queue {
		select {
		case <-j.done:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		tally.Add(j.res)
		err := each(j.res)
		budget.Release(j.weight)
		if err != nil {
			failed = err
			cancel()
			break
		}
	}
	cancel()
	for range queue {
		// Let the reader see the cancellation and stop.
	}
	wg.Wait()
	err := <-readErr
	switch {
	case failed != nil:
		err = failed
	case parent.Err() != nil:
		err = parent.Err()
	}
	t := tally.Totals()
	if errors.Is(err, ErrTooManyMessages) {
		t.Notices = append(t.Notices, fmt.Sprintf("The input holds more than %d messages, the limit: the first %d were read, and the rest left out.",
			opt.Limits.MaxMessages, opt.Limits.MaxMessages))
	}
	return t, err
}

// diagnose fills in j's result.
func diagnose(ctx context.Context, opt Options, j *job) {
	r := j.res
	if opt.Acquire != nil {
		release, err := opt.Acquire(ctx)
		if err != nil {
			r.Status, r.Reason = Unreadable, "not diagnosed: "+err.Error()
			return
		}
		defer release()
	}
	d, err := classifier.Diagnose(j.in.Raw, classifier.Options{})
	j.in.Raw = nil
	if err != nil {
		r.Status, r.Reason = Unreadable, "could not be diagnosed: "+err.Error()
		return
	}
	if opt.Redact {
		d = redact.Diagnosis(d)
	}
	r.Status, r.Reason, r.Diagnosis = Diagnosed, j.in.Note, d
	r.Rows = RowsOf(r.N, d, r.Date)
}

// dedup remembers the messages of a run by their bytes and Message-ID.
type dedup struct {
	sums map[[sha256.Size]byte]int
	ids  map[string]int
}

func newDedup() *dedup {
	return &dedup{sums: map[[sha256.Size]byte]int{}, ids: map[string]int{}}
}

// check returns the number of an earlier message that raw repeats, or 0 and
// remembers raw as message n.
func (d *dedup) check(n int, raw []byte, messageID string) int {
	sum := sha256.Sum256(raw)
	if first, ok := d.sums[sum]; ok {
		return first
	}
	if messageID != "" {
		if first, ok := d.ids[messageID]; ok {
			return first
		}
		d.ids[messageID] = n
	}
	d.sums[sum] = n
	return 0
}

// header is what a run reads of a message's own header.
type header struct {
	messageID string
	date      time.Time
}

// maxHeader bounds the header block read for the Message-ID and the Date.
const maxHeader = 64 << 10

// headerOf reads the Message-ID and Date of a message's own header block,
// leniently: a text without headers has neither.
func headerOf(raw []byte) header {
	var h header
	block := raw[:min(len(raw), maxHeader)]
	if i := bytes.Index(block, []byte("\n\n")); i >= 0 {
		block = block[:i]
	}
	if i := bytes.Index(block, []byte("\r\n\r\n")); i >= 0 {
		block = block[:i]
	}
	var name string
	var value []byte
	end := func() {
		v := strings.TrimSpace(string(value))
		switch name {
		case "message-id":
			if h.messageID == "" && strings.Contains(v, "@") {
				h.messageID = strings.ToLower(strings.Trim(v, "<> \t"))
			}
		case "date":
			if h.date.IsZero() {
				if t, err := mail.ParseDate(v); err == nil {
					h.date = t.UTC()
				}
			}
		}
		name, value = "", nil
	}
	for len(block) > 0 {
		line := block
		if i := bytes.IndexByte(block, '\n'); i >= 0 {
			line, block = block[:i], block[i+1:]
		} else {
			block = nil
		}
		line = bytes.TrimRight(line, "\r")
		if len(line) > 0 && (line[0] == ' ' || line[0] == '\t') {
			value = append(value, ' ')
			value = append(value, bytes.TrimSpace(line)...)
			continue
		}
		end()
		k, v, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			continue
		}
		name, value = strings.ToLower(string(bytes.TrimSpace(k))), append([]byte(nil), v...)
	}
	end()
	return h
}
