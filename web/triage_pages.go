package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/templates"
	"github.com/whybounce/whybounce/triage"
	"github.com/whybounce/whybounce/web/store"
)

// rowsPerPage is how many recipients the report's table shows at once.
const rowsPerPage = 100

// maxListed bounds the duplicates and unreadable messages the report lists.
const maxListed = 200

// runHeaders keeps a run's pages private: no index, no referrer (the
// address is the key to the report), no cache.
func runHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("X-Robots-Tag", "noindex")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
}

func (s *Server) triageFormView(errText string) templates.TriageFormView {
	return templates.TriageFormView{Error: errText, MaxSize: triage.SizeText(s.triage.MaxBytes),
		MaxMessages: templates.GroupDigits(s.triage.MaxMessages), Keep: durationText(s.triage.TTL)}
}

// durationText writes a keeping time for people: "24 hours", "7 days".
func durationText(d time.Duration) string {
	if d%day == 0 && d >= 2*day {
		return strconv.Itoa(int(d/day)) + " days"
	}
	if h := int(d / time.Hour); h >= 1 {
		return templates.CountText(h, "hour", "hours")
	}
	return templates.CountText(max(1, int(d/time.Minute)), "minute", "minutes")
}

// triagePage is the "Many bounces" form.
func (s *Server) triagePage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, templates.TriageForm(s.triageFormView("")))
}

// triageError shows the form again with what went wrong, for a person.
func (s *Server) triageError(w http.ResponseWriter, r *http.Request, err error) {
	w.Header().Set("Cache-Control", "no-store")
	status, msg := s.errorResponse(w, r, err, forPerson)
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		msg = fmt.Sprintf("That is more than %s, the most this site reads at once. Split the mailbox, or zip the messages.", triage.SizeText(s.triage.MaxBytes))
	}
	s.render(w, r, status, templates.TriageForm(s.triageFormView(msg)))
}

// triageUpload is the form post without script: the upload is read and
// diagnosed as it arrives, then the report shows. The redact box comes
// before the files in the form, so it is known before the run starts.
func (s *Server) triageUpload(w http.ResponseWriter, r *http.Request) {
	runHeaders(w)
	if r.ContentLength > s.triage.MaxBytes+formSlack {
		s.triageError(w, r, &http.MaxBytesError{Limit: s.triage.MaxBytes})
		return
	}
	if !isMultipart(r) {
		s.triageError(w, r, badRequest(http.StatusUnsupportedMediaType, "The form arrived in a shape whybounce cannot read. Please use the form on this page."))
		return
	}
	read := &atomic.Int64{}
	s.uploadBody(w, r, read)
	mr, err := r.MultipartReader()
	if err != nil {
		s.triageError(w, r, formReadError(err))
		return
	}
	redacted := false
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			s.triageError(w, r, badRequest(http.StatusBadRequest, "No file was chosen. Choose an mbox file, a .zip of .eml files, or .eml files, and try again."))
			return
		}
		if err != nil {
			s.triageError(w, r, formReadError(err))
			return
		}
		if p.FormName() == "redact" {
			redacted = true
		}
		if p.FormName() != "files" || p.FileName() == "" {
			p.Close()
			continue
		}
		run, err := s.startRun(r.Context(), redacted, read)
		if err != nil {
			p.Close()
			s.triageError(w, r, err)
			return
		}
		s.readParts(w, r, run, mr, p)
		http.Redirect(w, r, runPath(run.id), http.StatusSeeOther)
		return
	}
}

// triageStart begins a run for the page's script, which then uploads the
// files to it and follows its progress.
func (s *Server) triageStart(w http.ResponseWriter, r *http.Request) {
	runHeaders(w)
	if err := r.ParseForm(); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "the form arrived incomplete"})
		return
	}
	run, err := s.startRun(r.Context(), r.PostForm.Get("redact") != "", &atomic.Int64{})
	if err != nil {
		status, msg := s.errorResponse(w, r, err, forPerson)
		writeJSON(w, status, map[string]string{"error": msg})
		return
	}
	// A run nobody uploads to is given up, freeing its slot.
	time.AfterFunc(triageUploadWait, func() {
		if !run.taken.Load() {
			run.cancel(errRunCancelled)
			s.finishRun(run, triage.NewTally().Totals(), context.Canceled)
		}
	})
	p := runPath(run.id)
	writeJSON(w, http.StatusCreated, map[string]string{"id": run.id, "report": p, "upload": p + "/upload",
		"events": p + "/events", "status": p + "/status", "cancel": p + "/cancel"})
}

// triageUploadTo reads the script's upload into the run it started.
func (s *Server) triageUploadTo(w http.ResponseWriter, r *http.Request) {
	runHeaders(w)
	run := s.liveRunOf(r.PathValue("id"))
	if run == nil || !run.taken.CompareAndSwap(false, true) {
		writeJSON(w, http.StatusConflict, map[string]string{"error": "this run is not waiting for an upload: start again from the Many bounces page"})
		return
	}
	if r.ContentLength > s.triage.MaxBytes+formSlack {
		run.cancel(errRunCancelled)
		s.finishRun(run, triage.NewTally().Totals(), &http.MaxBytesError{Limit: s.triage.MaxBytes})
		writeJSON(w, http.StatusRequestEntityTooLarge, map[string]string{"error": fmt.Sprintf("the upload is larger than the limit of %s", triage.SizeText(s.triage.MaxBytes))})
		return
	}
	s.uploadBody(w, r, run.read)
	mr, err := r.MultipartReader()
	if err != nil {
		run.cancel(errRunCancelled)
		s.finishRun(run, triage.NewTally().Totals(), context.Canceled)
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "the upload is not a multipart form"})
		return
	}
	s.readParts(w, r, run, mr, nil)
	writeJSON(w, http.StatusOK, map[string]string{"report": runPath(run.id)})
}

// runPage shows a run: its progress while it is read, its report after.
func (s *Server) runPage(w http.ResponseWriter, r *http.Request) {
	runHeaders(w)
	id := r.PathValue("id")
	if run := s.liveRunOf(id); run != nil {
		p := run.progress()
		s.render(w, r, http.StatusOK, templates.TriageProgress(templates.TriageProgressView{
			ID: id, Percent: p.Percent, Text: p.Text, Events: runPath(id) + "/events", Status: runPath(id) + "/status",
			Cancel: runPath(id) + "/cancel", Report: runPath(id),
		}))
		return
	}
	stored, sum, err := s.storedRun(r.Context(), id)
	if err != nil {
		s.runError(w, r, err)
		return
	}
	v, err := s.reportView(r, stored, sum)
	if err != nil {
		s.runError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, templates.TriageReport(v))
}

// storedRun reads a finished run and its summary.
func (s *Server) storedRun(ctx context.Context, id string) (store.Run, runSummary, error) {
	run, err := s.opts.Triage.Run(ctx, id)
	if err != nil {
		return run, runSummary{}, err
	}
	sum := runSummary{Totals: &triage.Totals{}}
	if run.State == store.RunReading {
		// Read by a process that has stopped since, before it could finish.
		run.State = store.RunInterrupted
	}
	if len(run.Summary) > 0 {
		if err := json.Unmarshal(run.Summary, &sum); err != nil {
			return run, sum, fmt.Errorf("decode run summary: %w", err)
		}
	}
	if sum.Totals == nil {
		sum.Totals = &triage.Totals{}
	}
	if run.State == store.RunInterrupted && sum.Stopped == "" {
		sum.Stopped = "The service was restarted while it read these bounces: the report shows what was read before, without totals. Upload them again for a complete report."
	}
	return run, sum, nil
}

// runError shows why a run cannot be shown.
func (s *Server) runError(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		s.renderError(w, r, http.StatusNotFound, "There is no report here",
			"There is no report at this address. The address may be mistyped or cut short, or the report was erased.")
	case errors.Is(err, store.ErrExpired):
		s.renderError(w, r, http.StatusGone, "This report was erased",
			"The report saved at this address has expired, or was erased by whoever made it. Upload the bounces again for a new one.")
	default:
		status, msg := s.errorResponse(w, r, err, forPerson)
		s.renderError(w, r, status, "This report cannot be shown", msg)
	}
}

// runEvents streams a run's progress as server-sent events, twice a second,
// until it is done.
func (s *Server) runEvents(w http.ResponseWriter, r *http.Request) {
	runHeaders(w)
	id := r.PathValue("id")
	run := s.liveRunOf(id)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("X-Accel-Buffering", "no")
	rc := http.NewResponseController(w)
	send := func(p progress) bool {
		_ = rc.SetWriteDeadline(time.Now().Add(10 * time.Second))
		b, _ := json.Marshal(p)
		if _, err := fmt.Fprintf(w, "data: %s\n\n", b); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if run == nil {
		p, ok := s.finishedProgress(r.Context(), id)
		if !ok {
			w.Header().Set("Content-Type", "application/json")
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "there is no run at this address"})
			return
		}
		send(p)
		return
	}
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-run.done:
			p, _ := s.finishedProgress(r.Context(), id)
			send(p)
			return
		case <-tick.C:
			if !send(run.progress()) {
				return
			}
		}
	}
}

// finishedProgress is the progress of a run that is no longer read.
func (s *Server) finishedProgress(ctx context.Context, id string) (progress, bool) {
	stored, sum, err := s.storedRun(ctx, id)
	if err != nil {
		return progress{}, false
	}
	p := progress{State: stored.State, Messages: int64(sum.Totals.Messages), Percent: 100, Done: true, Report: runPath(id)}
	if sum.Seconds > 0 {
		p.Rate = float64(sum.Totals.Messages) / sum.Seconds
	}
	p.Text = progressText(p)
	return p, true
}

// runStatus answers a run's progress as JSON, for a script without
// server-sent events.
func (s *Server) runStatus(w http.ResponseWriter, r *http.Request) {
	runHeaders(w)
	id := r.PathValue("id")
	if run := s.liveRunOf(id); run != nil {
		writeJSON(w, http.StatusOK, run.progress())
		return
	}
	p, ok := s.finishedProgress(r.Context(), id)
	if !ok {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "there is no run at this address"})
		return
	}
	writeJSON(w, http.StatusOK, p)
}

// runCancel stops a run; what was read stays in its report.
func (s *Server) runCancel(w http.ResponseWriter, r *http.Request) {
	runHeaders(w)
	id := r.PathValue("id")
	if run := s.liveRunOf(id); run != nil {
		run.cancel(errRunCancelled)
		select {
		case <-run.done:
		case <-time.After(10 * time.Second):
		}
	}
	http.Redirect(w, r, runPath(id), http.StatusSeeOther)
}

// runDelete erases a report at once.
func (s *Server) runDelete(w http.ResponseWriter, r *http.Request) {
	runHeaders(w)
	id := r.PathValue("id")
	if run := s.liveRunOf(id); run != nil {
		run.cancel(errRunCancelled)
		<-run.done
	}
	if err := s.opts.Triage.DeleteRun(r.Context(), id); err != nil {
		s.runError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, templates.ErrorPage(templates.ErrorView{Status: http.StatusOK, Title: "The report is erased",
		Message: "The report and every diagnosis in it are gone: whoever opens its address now sees that there is nothing there."}))
}

// runDownload sends the rows of a run: every recipient as CSV or JSON
// lines (the table's filters apply when given), or the addresses to remove
// or to retry, one a line.
func (s *Server) runDownload(w http.ResponseWriter, r *http.Request) {
	runHeaders(w)
	id := r.PathValue("id")
	if _, _, err := s.storedRun(r.Context(), id); err != nil {
		s.runError(w, r, err)
		return
	}
	q := rowQuery(r.URL.Query())
	q.Offset, q.Limit = 0, 0
	var write func(triage.Row) error
	var finish func() error
	file := r.PathValue("file")
	switch file {
	case "recipients.csv":
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		cw := triage.NewCSVWriter(w)
		write = func(row triage.Row) error { return cw.Write(row) }
		finish = cw.Flush
	case "recipients.jsonl":
		w.Header().Set("Content-Type", "application/jsonl; charset=utf-8")
		jw := triage.NewJSONWriter(w)
		write = func(row triage.Row) error { return jw.Write(row) }
	case "remove.txt", "retry.txt":
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		q = store.RowQuery{List: strings.TrimSuffix(file, ".txt"), Sort: "address"}
		seen := map[string]bool{}
		write = func(row triage.Row) error {
			a := strings.ToLower(row.Address)
			if a == "" || seen[a] {
				return nil
			}
			seen[a] = true
			_, err := io.WriteString(w, a+"\n")
			return err
		}
		if file == "retry.txt" {
			// An address also on the list to remove is not worth a retry.
			if err := s.opts.Triage.EachRow(r.Context(), id, store.RowQuery{List: triage.ListRemove}, func(row triage.Row) error {
				seen[strings.ToLower(row.Address)] = true
				return nil
			}); err != nil {
				s.runError(w, r, err)
				return
			}
		}
	default:
		s.notFound(w, r)
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="whybounce-`+file+`"`)
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(10 * time.Minute))
	err := s.opts.Triage.EachRow(r.Context(), id, q, write)
	if err == nil && finish != nil {
		err = finish()
	}
	if err != nil && r.Context().Err() == nil {
		s.logger.Error("triage download failed", "route", routeOf(r), "error", err.Error())
	}
}

// runMessage shows the diagnosis of one bounce of a run with the result
// page's own components, as a shared link does.
func (s *Server) runMessage(w http.ResponseWriter, r *http.Request) {
	runHeaders(w)
	id := r.PathValue("id")
	stored, _, err := s.storedRun(r.Context(), id)
	if err != nil {
		s.runError(w, r, err)
		return
	}
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil || n < 1 {
		s.runError(w, r, store.ErrRunNotFound)
		return
	}
	m, err := s.opts.Triage.Message(r.Context(), id, n)
	if err != nil {
		s.runError(w, r, err)
		return
	}
	if m.Status != triage.Diagnosed {
		msg := "This message could not be read: " + m.Reason
		if m.Status == triage.Duplicate {
			http.Redirect(w, r, fmt.Sprintf("%s/m/%d", runPath(id), m.DuplicateOf), http.StatusSeeOther)
			return
		}
		s.renderError(w, r, http.StatusNotFound, "This message has no diagnosis", msg)
		return
	}
	d := &classifier.Diagnosis{}
	if err := json.Unmarshal(m.Diagnosis, d); err != nil {
		s.runError(w, r, fmt.Errorf("decode run diagnosis: %w", err))
		return
	}
	v := resultView(d, classifier.Read(d))
	s.addNotes(&v, d)
	v.Codes = bounceCodes(d)
	v.Run = &templates.RunInfo{N: n, Name: showSafely(m.Name), Report: runPath(id), Expires: dateText(stored.Expires),
		Redacted: stored.Redacted, Note: m.Reason}
	s.render(w, r, http.StatusOK, templates.Result(v))
}

// rowQuery reads the table's filters, sorting and page from a query.
func rowQuery(q url.Values) store.RowQuery {
	rq := store.RowQuery{Category: q.Get("category"), Domain: q.Get("domain"), Final: q.Get("final"),
		Sort: q.Get("sort"), Desc: q.Get("desc") != "", Limit: rowsPerPage}
	if _, ok := store.RowSorts[rq.Sort]; !ok {
		rq.Sort = ""
	}
	if rq.Final != "final" && rq.Final != "retrying" {
		rq.Final = ""
	}
	if page, err := strconv.Atoi(q.Get("page")); err == nil && page > 1 && page < 1e6 {
		rq.Offset = (page - 1) * rowsPerPage
	}
	return rq
}
