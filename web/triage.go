package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/whybounce/whybounce/templates"
	"github.com/whybounce/whybounce/triage"
	"github.com/whybounce/whybounce/web/store"
)

// TriageStore keeps triage runs; *store.Store is the one the service uses.
type TriageStore interface {
	CreateRun(ctx context.Context, redacted bool, ttl time.Duration) (string, error)
	AddMessages(ctx context.Context, id string, msgs []store.RunMessage) error
	FinishRun(ctx context.Context, id, state string, summary []byte) error
	Run(ctx context.Context, id string) (store.Run, error)
	CountRows(ctx context.Context, id string, q store.RowQuery) (int, error)
	EachRow(ctx context.Context, id string, q store.RowQuery, fn func(triage.Row) error) error
	Messages(ctx context.Context, id string, status triage.Status, limit int, fn func(store.RunMessage) error) error
	Message(ctx context.Context, id string, n int) (store.RunMessage, error)
	DeleteRun(ctx context.Context, id string) error
}

// TriageLimits bound the "Many bounces" uploads; zero fields take their
// defaults.
type TriageLimits struct {
	// MaxBytes caps one upload; 0 means DefaultTriageMaxBytes.
	MaxBytes int64
	// MaxMessages caps the messages of one run; 0 means
	// triage.DefaultMaxMessages.
	MaxMessages int
	// Runs is how many runs may read at once; 0 means DefaultTriageRuns.
	Runs int
	// Workers is how many messages one run diagnoses at once; 0 means half
	// the cores, at least one. Each diagnosis also takes a slot of the
	// large-input pool, so that runs take turns with large single bounces
	// instead of taking every core.
	Workers int
	// TTL is how long a run's report is kept; 0 means DefaultTriageTTL.
	TTL time.Duration
}

// Defaults of TriageLimits.
const (
	DefaultTriageMaxBytes = 200 << 20
	DefaultTriageRuns     = 2
	DefaultTriageTTL      = 24 * time.Hour
	// An upload may take this long in all, and pause this long: a run
	// reads as fast as it diagnoses, so a large upload takes minutes.
	triageUploadTime  = time.Hour
	triageUploadStall = 60 * time.Second
	// A run created for the page's script that gets no upload in this
	// time is given up.
	triageUploadWait = time.Minute
	// triageBatch is how many messages are saved in one transaction.
	triageBatch = 200
)

func (l TriageLimits) withDefaults(cores int) TriageLimits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultTriageMaxBytes
	}
	if l.MaxMessages <= 0 {
		l.MaxMessages = triage.DefaultMaxMessages
	}
	if l.Runs <= 0 {
		l.Runs = DefaultTriageRuns
	}
	if l.Workers <= 0 {
		l.Workers = max(1, cores/2)
	}
	l.Workers = min(l.Workers, cores)
	if l.TTL <= 0 {
		l.TTL = DefaultTriageTTL
	}
	return l
}

// triageRuns are the runs this process is reading.
type triageRuns struct {
	mu    sync.Mutex
	live  map[string]*liveRun
	slots chan struct{}
}

func newTriageRuns(n int) *triageRuns {
	return &triageRuns{live: map[string]*liveRun{}, slots: make(chan struct{}, n)}
}

// liveRun is a run being read: its progress, and the way to stop it.
type liveRun struct {
	id       string
	redacted bool
	ctx      context.Context
	cancel   context.CancelCauseFunc
	started  time.Time
	done     chan struct{}

	messages atomic.Int64
	read     *atomic.Int64 // bytes of the upload read
	total    atomic.Int64  // bytes announced, -1 when unknown
	taken    atomic.Bool   // an upload is being read

	mu      sync.Mutex
	samples [8]sample // for the rate over the last seconds
	next    int
	state   string
}

type sample struct {
	at time.Time
	n  int64
}

// errRunCancelled is the cause of a run its reader cancelled.
var errRunCancelled = errors.New("cancelled by the reader")

// errTriageBusy refuses a run when as many as may are reading.
var errTriageBusy = &limitError{http.StatusServiceUnavailable, 30, "whybounce is busy",
	"Other lists of bounces are being read right now. Please try again in a minute."}

// startRun creates a run and takes a slot for it, or refuses with
// errTriageBusy. read counts the bytes of its upload.
func (s *Server) startRun(ctx context.Context, redacted bool, read *atomic.Int64) (*liveRun, error) {
	select {
	case s.runs.slots <- struct{}{}:
	default:
		return nil, errTriageBusy
	}
	id, err := s.opts.Triage.CreateRun(ctx, redacted, s.triage.TTL)
	if err != nil {
		<-s.runs.slots
		return nil, err
	}
	rctx, cancel := context.WithCancelCause(context.WithoutCancel(ctx))
	run := &liveRun{id: id, redacted: redacted, ctx: rctx, cancel: cancel, started: time.Now(), done: make(chan struct{}),
		state: store.RunReading, read: read}
	run.total.Store(-1)
	s.runs.mu.Lock()
	s.runs.live[id] = run
	s.runs.mu.Unlock()
	return run, nil
}

// finishRun saves how run ended and forgets it.
func (s *Server) finishRun(run *liveRun, tot *triage.Totals, runErr error) {
	defer func() {
		run.cancel(nil)
		s.runs.mu.Lock()
		delete(s.runs.live, run.id)
		s.runs.mu.Unlock()
		<-s.runs.slots
		close(run.done)
	}()
	state := store.RunDone
	sum := runSummary{Totals: tot, Seconds: time.Since(run.started).Seconds(), Bytes: run.read.Load()}
	switch {
	case runErr == nil:
	case errors.Is(context.Cause(run.ctx), errRunCancelled):
		state = store.RunCancelled
		sum.Stopped = fmt.Sprintf("You cancelled the run: the report counts the %d messages read before.", tot.Messages)
	case errors.Is(runErr, triage.ErrTooManyMessages):
		// The totals say so in their notices.
	case errors.Is(runErr, store.ErrFull):
		state = store.RunFailed
		sum.Stopped = fmt.Sprintf("The storage of this site is full, so reading stopped after %d messages; the report counts them.", tot.Messages)
		s.logger.Error("triage run stopped: storage is full")
	default:
		var tooBig *http.MaxBytesError
		var slow *limitError
		switch {
		case errors.As(runErr, &tooBig):
			sum.Stopped = fmt.Sprintf("The upload is larger than the limit of %s: reading stopped there, after %d messages, which the report counts.",
				triage.SizeText(s.triage.MaxBytes), tot.Messages)
		case errors.As(runErr, &slow):
			sum.Stopped = fmt.Sprintf("The upload stopped arriving: the report counts the %d messages read before.", tot.Messages)
		default:
			sum.Stopped = fmt.Sprintf("The upload ended early (%s): the report counts the %d messages read before.", oneLine(runErr.Error()), tot.Messages)
		}
	}
	if tot.Messages == 0 && sum.Stopped == "" && state == store.RunDone {
		sum.Stopped = "No message was found in the upload. Choose an mbox file, a .zip of .eml files, or .eml files."
	}
	b, err := json.Marshal(sum)
	if err == nil {
		err = s.opts.Triage.FinishRun(context.WithoutCancel(run.ctx), run.id, state, b)
	}
	if err != nil {
		s.logger.Error("saving a triage run's summary failed", slog.String("error", err.Error()))
	}
	run.mu.Lock()
	run.state = state
	run.mu.Unlock()
	s.metrics.runEnded(state, tot.Messages)
}

// runSummary is what a finished run saves for its report.
type runSummary struct {
	Totals *triage.Totals `json:"totals"`
	// Stopped says why reading stopped before the end of the input, or "".
	Stopped string  `json:"stopped,omitempty"`
	Seconds float64 `json:"seconds"`
	Bytes   int64   `json:"bytes"`
}

// oneLine keeps the first line of an error, for a sentence.
func oneLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// liveRunOf returns the run id this process is reading, or nil.
func (s *Server) liveRunOf(id string) *liveRun {
	s.runs.mu.Lock()
	defer s.runs.mu.Unlock()
	return s.runs.live[id]
}

// uploadBody sets the limits of an upload of many bounces on r's body
// (triage's size, and time for a large upload), which the service's
// middleware leaves to it, and counts its bytes read in n.
func (s *Server) uploadBody(w http.ResponseWriter, r *http.Request, n *atomic.Int64) {
	rc := http.NewResponseController(w)
	_ = rc.SetWriteDeadline(time.Now().Add(triageUploadTime + time.Minute))
	var body io.ReadCloser = http.MaxBytesReader(w, r.Body, s.triage.MaxBytes+formSlack)
	body = &deadlineBody{ReadCloser: body, rc: rc, end: time.Now().Add(triageUploadTime), stall: triageUploadStall}
	r.Body = &progressBody{ReadCloser: body, n: n}
}

// readParts reads the files of the multipart upload mr into run (first, if
// not nil, is a file part already taken from it), diagnosing as it reads,
// and finishes the run.
func (s *Server) readParts(w http.ResponseWriter, r *http.Request, run *liveRun, mr *multipart.Reader, first *multipart.Part) {
	run.taken.Store(true)
	if r.ContentLength > 0 {
		run.total.Store(r.ContentLength)
	}
	ctx := run.ctx
	stop := context.AfterFunc(r.Context(), func() { run.cancel(errors.New("the connection was closed")) })
	defer stop()
	// A cancelled run stops waiting for the body: a read blocked on the
	// connection ends when its deadline passes, so the deadline is put in
	// the past until reading has stopped (each read sets it anew).
	finished := make(chan struct{})
	defer close(finished)
	go func() {
		select {
		case <-ctx.Done():
		case <-finished:
			return
		}
		rc := http.NewResponseController(w)
		for {
			_ = rc.SetReadDeadline(time.Unix(1, 0))
			select {
			case <-finished:
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}()
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				run.sample()
			}
		}
	}()

	lim := triage.Limits{MaxMessages: s.triage.MaxMessages, MaxUnpacked: max(triage.DefaultMaxUnpacked, 4*s.triage.MaxBytes)}
	read := func(ctx context.Context, emit triage.Emit) error {
		p := first
		for {
			if p == nil {
				var err error
				if p, err = mr.NextPart(); errors.Is(err, io.EOF) {
					return nil
				} else if err != nil {
					return err
				}
			}
			if p.FormName() == "files" && p.FileName() != "" {
				name := p.FileName()
				if run.redacted {
					name = store.RedactName(name)
				}
				if err := triage.ReadStream(ctx, name, p, lim, triage.SpoolTo("", s.triage.MaxBytes), emit); err != nil {
					p.Close()
					return err
				}
			}
			p.Close()
			p = nil
		}
	}
	opt := triage.Options{Workers: s.triage.Workers, Limits: lim, Redact: run.redacted, Acquire: s.triageSlot(run.id)}
	var batch []store.RunMessage
	save := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := s.opts.Triage.AddMessages(context.WithoutCancel(ctx), run.id, batch)
		batch = batch[:0]
		return err
	}
	tot, err := triage.Run(ctx, opt, read, func(res *triage.Result) error {
		m := store.RunMessage{N: res.N, Name: res.Name, Status: res.Status, Reason: res.Reason, DuplicateOf: res.DuplicateOf, Rows: res.Rows}
		if run.redacted {
			m.Name = store.RedactName(m.Name)
		}
		if res.Diagnosis != nil {
			b, err := json.Marshal(res.Diagnosis)
			if err != nil {
				return err
			}
			m.Diagnosis = b
		}
		batch = append(batch, m)
		run.messages.Add(1)
		if len(batch) >= triageBatch {
			return save()
		}
		return nil
	})
	if serr := save(); serr != nil && err == nil {
		err = serr
	}
	if c := context.Cause(ctx); err != nil && c != nil && !errors.Is(c, context.Canceled) && !errors.Is(c, errRunCancelled) {
		err = c
	}
	// Whatever is left of the body is not read: the connection closes after the answer.
	w.Header().Set("Connection", "close")
	s.finishRun(run, tot, err)
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(time.Minute))
}

// triageSlot is the Acquire of a run: each diagnosis takes a slot of the
// large-input pool, in line with large single bounces, the run counting
// as one client.
func (s *Server) triageSlot(id string) func(ctx context.Context) (func(), error) {
	return func(ctx context.Context) (func(), error) {
		for {
			release, err := s.large.slot(ctx, "triage "+id)
			if errors.Is(err, errBusy) {
				continue // a run waits as long as it takes
			}
			return release, err
		}
	}
}

// progressBody counts the bytes read of a body.
type progressBody struct {
	io.ReadCloser
	n *atomic.Int64
}

func (b *progressBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.n.Add(int64(n))
	return n, err
}

// sample records the messages read now, for the rate.
func (run *liveRun) sample() {
	run.mu.Lock()
	defer run.mu.Unlock()
	run.samples[run.next%len(run.samples)] = sample{time.Now(), run.messages.Load()}
	run.next++
}

// progress is what the progress bar shows.
type progress struct {
	State    string `json:"state"`
	Messages int64  `json:"messages"`
	// Rate is messages per second over the last two seconds.
	Rate    float64 `json:"rate"`
	Percent int     `json:"percent"`
	Done    bool    `json:"done"`
	Report  string  `json:"report"`
	Text    string  `json:"text"`
}

func (run *liveRun) progress() progress {
	run.mu.Lock()
	defer run.mu.Unlock()
	p := progress{State: run.state, Messages: run.messages.Load(), Report: runPath(run.id)}
	oldest := run.samples[run.next%len(run.samples)]
	if run.next < len(run.samples) {
		oldest = sample{run.started, 0}
	}
	if d := time.Since(oldest.at).Seconds(); d > 0.2 {
		p.Rate = float64(p.Messages-oldest.n) / d
	}
	if total := run.total.Load(); total > 0 {
		p.Percent = min(99, int(100*run.read.Load()/total))
	}
	if !run.taken.Load() {
		p.State = "waiting"
	}
	p.Text = progressText(p)
	return p
}

// progressText says the progress in words, for the page and for screen readers.
func progressText(p progress) string {
	switch {
	case p.State == "waiting":
		return "Waiting for the upload to start…"
	case p.Done:
		return fmt.Sprintf("All %s read.", templates.CountText(int(p.Messages), "message", "messages"))
	}
	return fmt.Sprintf("%s read, %.0f a second.", templates.CountText(int(p.Messages), "message", "messages"), p.Rate)
}

func runPath(id string) string { return "/t/" + id }

// ownsBody reports whether r is an upload of many bounces, whose body has
// limits of its own (readUpload) instead of the service's.
func (s *Server) ownsBody(r *http.Request) bool {
	if s.opts.Triage == nil || r.Method != http.MethodPost {
		return false
	}
	p := r.URL.Path
	return p == "/triage" || strings.HasPrefix(p, "/t/") && strings.HasSuffix(p, "/upload")
}

// isMultipart reports whether r carries a multipart form.
func isMultipart(r *http.Request) bool {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return mt == "multipart/form-data"
}
