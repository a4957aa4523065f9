package store

import (
	"bytes"
	"compress/flate"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/classifier/redact"
	"github.com/whybounce/whybounce/triage"
)

// A triage run is kept like a share link: under a random 128-bit id, until
// it expires, when its content is erased and a tombstone remains. It holds
// the totals the caller saved, each message's status and diagnosis, and a
// row per recipient, which the report page sorts and filters in SQL.

// The states of a run.
const (
	RunReading   = "reading"
	RunDone      = "done"
	RunCancelled = "cancelled"
	RunFailed    = "failed"
	// RunInterrupted is a run the server stopped in the middle of (it was
	// restarted); what it read is kept.
	RunInterrupted = "interrupted"
)

// ErrRunNotFound and ErrRunExpired are ErrNotFound and ErrExpired for runs.
var (
	ErrRunNotFound = fmt.Errorf("triage run: %w", ErrNotFound)
	ErrRunExpired  = fmt.Errorf("triage run: %w", ErrExpired)
)

// Run is a stored triage run.
type Run struct {
	ID       string
	Created  time.Time
	Expires  time.Time
	Redacted bool
	State    string
	// Summary is what the caller saved when the run ended (its totals);
	// empty while it is reading.
	Summary []byte
}

// RunMessage is one message of a run.
type RunMessage struct {
	N           int
	Name        string
	Status      triage.Status
	Reason      string
	DuplicateOf int
	// Diagnosis is the JSON of the diagnosis, for a diagnosed message.
	Diagnosis []byte
	Rows      []triage.Row
}

// CreateRun starts a run that expires after ttl and returns its id.
func (s *Store) CreateRun(ctx context.Context, redacted bool, ttl time.Duration) (string, error) {
	if ttl <= 0 {
		return "", fmt.Errorf("store: expiry must be in the future, got %v", ttl)
	}
	id, err := randomString(idBytes)
	if err != nil {
		return "", err
	}
	now := s.Now()
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO triage_runs (id, created, expires, redacted, state, summary) VALUES (?, ?, ?, ?, ?, X'')`,
			id, now.UnixMilli(), now.Add(ttl).UnixMilli(), redacted, RunReading)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("store: save run: %w", err)
	}
	return id, nil
}

// AddMessages saves messages of run id, with their rows, in one
// transaction. It fails with ErrFull when the storage is full: what was
// saved before stays.
func (s *Store) AddMessages(ctx context.Context, id string, msgs []RunMessage) error {
	var size int64
	for _, m := range msgs {
		size += int64(len(m.Diagnosis) + len(m.Name) + len(m.Reason) + rowOverhead)
		for _, r := range m.Rows {
			size += int64(len(r.Address) + len(r.Line) + len(r.Provider) + rowOverhead)
		}
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		used, err := usedBytes(ctx, tx)
		if err != nil {
			return err
		}
		if used+size/2 > s.MaxSize { // the diagnoses are compressed to about half or less
			return ErrFull
		}
		msgStmt, err := tx.PrepareContext(ctx, `INSERT INTO triage_messages (run, n, name, status, reason, duplicate_of, diagnosis) VALUES (?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer msgStmt.Close()
		rowStmt, err := tx.PrepareContext(ctx, `INSERT INTO triage_rows (run, n, i, address, domain, category, final, action, status, reply_code, confidence, date, line, provider, list)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer rowStmt.Close()
		for _, m := range msgs {
			var diag []byte
			if m.Diagnosis != nil {
				if diag, err = compress(m.Diagnosis); err != nil {
					return err
				}
			}
			if _, err := msgStmt.ExecContext(ctx, id, m.N, m.Name, string(m.Status), m.Reason, m.DuplicateOf, diag); err != nil {
				return err
			}
			for i, r := range m.Rows {
				if _, err := rowStmt.ExecContext(ctx, id, m.N, i, r.Address, r.Domain, string(r.Category), r.Final, r.Action,
					r.Status, r.ReplyCode, r.Confidence, r.Date, r.Line, r.Provider, r.List); err != nil {
					return err
				}
			}
		}
		return nil
	})
	switch {
	case errors.Is(err, ErrFull) || diskFull(err):
		s.refused.Store(true)
		return fmt.Errorf("store: save run: %w", ErrFull)
	case err != nil:
		return fmt.Errorf("store: save run: %w", err)
	}
	return nil
}

// FinishRun records how run id ended and the summary to show.
func (s *Store) FinishRun(ctx context.Context, id, state string, summary []byte) error {
	if summary == nil {
		summary = []byte{}
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE triage_runs SET state = ?, summary = ? WHERE id = ? AND summary IS NOT NULL`, state, summary, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: finish run: %w", err)
	}
	return nil
}

// InterruptRuns marks the runs still reading as interrupted: at start, no
// run of an earlier process can still be going on.
func (s *Store) InterruptRuns(ctx context.Context) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE triage_runs SET state = ? WHERE state = ?`, RunInterrupted, RunReading)
		return err
	})
}

// Run returns run id: ErrRunNotFound when there is none (or id is
// malformed), ErrRunExpired when it has expired.
func (s *Store) Run(ctx context.Context, id string) (Run, error) {
	if !validSecret(id, IDLen) {
		return Run{}, ErrRunNotFound
	}
	var (
		run              Run
		created, expires int64
		purged           bool
	)
	err := s.r.QueryRowContext(ctx, `SELECT created, expires, redacted, state, summary IS NULL, summary FROM triage_runs WHERE id = ?`, id).
		Scan(&created, &expires, &run.Redacted, &run.State, &purged, &run.Summary)
	if errors.Is(err, sql.ErrNoRows) {
		return Run{}, ErrRunNotFound
	}
	if err != nil {
		return Run{}, fmt.Errorf("store: read run: %w", err)
	}
	if purged || s.Now().UnixMilli() >= expires {
		return Run{}, ErrRunExpired
	}
	run.ID, run.Created, run.Expires = id, time.UnixMilli(created), time.UnixMilli(expires)
	return run, nil
}

// RowQuery selects, sorts and pages the rows of a run.
type RowQuery struct {
	// Category, Domain and List keep the rows with that value; "" keeps all.
	Category, Domain, List string
	// Final keeps "final" or "retrying" rows; "" keeps both.
	Final string
	// Sort is a column of RowSorts; "" sorts by message.
	Sort string
	Desc bool
	// Offset and Limit page the rows; a Limit of 0 means all.
	Offset, Limit int
}

// RowSorts are the columns rows can be sorted by, and their SQL.
var RowSorts = map[string]string{
	"message": "n, i", "address": "address COLLATE NOCASE", "domain": "domain", "category": "category",
	"final": "final", "status": "status", "reply_code": "reply_code", "date": "date",
}

func (q RowQuery) where(id string) (string, []any) {
	conds, args := []string{"run = ?"}, []any{id}
	for _, f := range []struct{ col, v string }{{"category", q.Category}, {"domain", q.Domain}, {"list", q.List}} {
		if f.v != "" {
			conds, args = append(conds, f.col+" = ?"), append(args, f.v)
		}
	}
	switch q.Final {
	case "final":
		conds = append(conds, "final = 1")
	case "retrying":
		conds = append(conds, "final = 0")
	}
	return strings.Join(conds, " AND "), args
}

// CountRows counts the rows q selects.
func (s *Store) CountRows(ctx context.Context, id string, q RowQuery) (int, error) {
	where, args := q.where(id)
	var n int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM triage_rows WHERE `+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count rows: %w", err)
	}
	return n, nil
}

// EachRow calls fn with each row q selects, in order, reading them as it goes.
func (s *Store) EachRow(ctx context.Context, id string, q RowQuery, fn func(triage.Row) error) error {
	where, args := q.where(id)
	order, ok := RowSorts[q.Sort]
	if !ok {
		order = RowSorts["message"]
	}
	if q.Desc {
		order = strings.ReplaceAll(order, ",", " DESC,") + " DESC"
	}
	query := `SELECT n, address, domain, category, final, action, status, reply_code, confidence, date, line, provider, list
		FROM triage_rows WHERE ` + where + ` ORDER BY ` + order + `, n, i`
	if q.Limit > 0 {
		query += ` LIMIT ? OFFSET ?`
		args = append(args, q.Limit, q.Offset)
	}
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("store: read rows: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r triage.Row
		var category string
		if err := rows.Scan(&r.Message, &r.Address, &r.Domain, &category, &r.Final, &r.Action, &r.Status, &r.ReplyCode,
			&r.Confidence, &r.Date, &r.Line, &r.Provider, &r.List); err != nil {
			return fmt.Errorf("store: read rows: %w", err)
		}
		r.Category = classifier.Category(category)
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Messages calls fn with each message of run id that is not diagnosed
// (duplicates and unreadable ones), in order, without their diagnosis.
func (s *Store) Messages(ctx context.Context, id string, status triage.Status, limit int, fn func(RunMessage) error) error {
	rows, err := s.r.QueryContext(ctx, `SELECT n, name, status, reason, duplicate_of FROM triage_messages WHERE run = ? AND status = ? ORDER BY n LIMIT ?`,
		id, string(status), limit)
	if err != nil {
		return fmt.Errorf("store: read messages: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m RunMessage
		var st string
		if err := rows.Scan(&m.N, &m.Name, &st, &m.Reason, &m.DuplicateOf); err != nil {
			return fmt.Errorf("store: read messages: %w", err)
		}
		m.Status = triage.Status(st)
		if err := fn(m); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Message returns message n of run id with its diagnosis: ErrRunNotFound
// when there is none.
func (s *Store) Message(ctx context.Context, id string, n int) (RunMessage, error) {
	if !validSecret(id, IDLen) {
		return RunMessage{}, ErrRunNotFound
	}
	m := RunMessage{N: n}
	var st string
	var diag []byte
	err := s.r.QueryRowContext(ctx, `SELECT name, status, reason, duplicate_of, diagnosis FROM triage_messages WHERE run = ? AND n = ?`, id, n).
		Scan(&m.Name, &st, &m.Reason, &m.DuplicateOf, &diag)
	if errors.Is(err, sql.ErrNoRows) {
		return RunMessage{}, ErrRunNotFound
	}
	if err != nil {
		return RunMessage{}, fmt.Errorf("store: read message: %w", err)
	}
	m.Status = triage.Status(st)
	if len(diag) > 0 {
		if m.Diagnosis, err = decompress(diag); err != nil {
			return RunMessage{}, fmt.Errorf("store: read message: %w", err)
		}
	}
	return m, nil
}

// DeleteRun erases run id at once, as its expiry would.
func (s *Store) DeleteRun(ctx context.Context, id string) error {
	if !validSecret(id, IDLen) {
		return ErrRunNotFound
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE triage_runs SET summary = NULL, expires = min(expires, ?) WHERE id = ? AND summary IS NOT NULL`,
			s.Now().UnixMilli(), id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrRunNotFound
		}
		return eraseRuns(ctx, tx, `run = ?`, id)
	})
	if err != nil {
		return err
	}
	s.refused.Store(false)
	return s.checkpoint(ctx)
}

// eraseRuns deletes the messages and rows of the runs where cond holds.
func eraseRuns(ctx context.Context, tx *sql.Tx, cond string, args ...any) error {
	for _, table := range []string{"triage_messages", "triage_rows"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE `+cond, args...); err != nil {
			return err
		}
	}
	return nil
}

// purgeRuns erases the content of every run expired at now and drops old
// tombstones; it returns how many runs it erased.
func purgeRuns(ctx context.Context, tx *sql.Tx, now time.Time) (int64, error) {
	cond := `run IN (SELECT id FROM triage_runs WHERE expires <= ? AND summary IS NOT NULL)`
	if err := eraseRuns(ctx, tx, cond, now.UnixMilli()); err != nil {
		return 0, err
	}
	res, err := tx.ExecContext(ctx, `UPDATE triage_runs SET summary = NULL WHERE expires <= ? AND summary IS NOT NULL`, now.UnixMilli())
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, err
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM triage_runs WHERE expires <= ?`, now.Add(-TombstoneTTL).UnixMilli())
	return n, err
}

// RedactName masks what a file name may say about a person, for a redacted run.
func RedactName(name string) string { return redact.Text(name) }

func compress(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// maxDiagnosis bounds a decompressed diagnosis: the engine reads at most
// 1 MiB of text, and its JSON holds that text once and a little more.
const maxDiagnosis = 16 << 20

func decompress(b []byte) ([]byte, error) {
	out, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(b)), maxDiagnosis))
	if err != nil {
		return nil, fmt.Errorf("decompress diagnosis: %w", err)
	}
	return out, nil
}
