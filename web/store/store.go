// Package store keeps share links: a saved diagnosis that anyone with its id may
// read until it expires, and its creator may delete; and triage runs, the
// report of many bounces, kept the same way (triage.go).
//
// The links live in one SQLite file in the data directory. All writes go through
// a single connection in immediate transactions, so concurrent saves queue up
// instead of failing with "database is locked"; reads use a separate pool. The
// journal is a WAL synced on every commit (synchronous=FULL), so a link returned
// to a user survives the process being killed and the machine losing power.
// A delete or a purge overwrites what it removes (secure_delete) and then
// checkpoints and truncates the WAL, so the removed content is gone from the
// disk when the call returns, not at the next checkpoint.
package store

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/base32"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/whybounce/whybounce/classifier/redact"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Errors returned for links that cannot be made, read or deleted.
var (
	ErrNotFound  = errors.New("share link not found")
	ErrExpired   = errors.New("share link has expired")
	ErrForbidden = errors.New("wrong delete token for share link")
	// ErrFull says a link was not saved: the store has reached its MaxSize,
	// or the disk is full.
	ErrFull = errors.New("share link storage is full")
)

// DefaultMaxSize is the storage the links may take when the operator sets
// nothing: 1 GiB.
const DefaultMaxSize = 1 << 30

// rowOverhead is what a link takes beyond its payload and mine: its id, the
// hash of its token, its times, and SQLite's own bookkeeping.
const rowOverhead = 160

// FileName is the name of the database file in the data directory.
const FileName = "whybounce.db"

// TombstoneTTL is how long an expired link is remembered, without its content,
// so that it is still reported as expired rather than unknown.
const TombstoneTTL = 90 * 24 * time.Hour

// Lengths of the secrets, in random bytes: 128 bits for an id, 256 for a
// delete token.
const (
	idBytes    = 16
	tokenBytes = 32
)

// encoding writes ids and tokens in lower-case base32 without padding: safe in
// a URL path and easy to read aloud.
var encoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// IDLen and TokenLen are the lengths of an id and of a delete token, in bytes.
var (
	IDLen    = encoding.EncodedLen(idBytes)
	TokenLen = encoding.EncodedLen(tokenBytes)
)

// Share is one saved link.
type Share struct {
	ID      string
	Created time.Time
	Expires time.Time
	// Redacted says whether personal data was masked before the link was saved.
	Redacted bool
	// Mine is the address or domain the user said was theirs, or "".
	Mine string
	// Payload is what the caller saved (the JSON of a diagnosis); the store does
	// not look into it.
	Payload []byte
}

// Store is the share-link database. Its methods are safe for concurrent use.
type Store struct {
	// Now is the clock; tests replace it to move time without waiting.
	Now func() time.Time
	// MaxSize bounds the storage the links take, in bytes of the database's
	// pages in use (free pages left by deleted links are reused). A link
	// that would go past it is refused with ErrFull. Set it before use;
	// Open sets DefaultMaxSize.
	MaxSize int64

	w *sql.DB // the one writer connection
	r *sql.DB // readers
	// refused is set when a link was refused for lack of room, and cleared
	// when a link is saved or room is freed; Check reports it.
	refused atomic.Bool
}

// migrations build the schema, one step per version; PRAGMA user_version holds
// the number of steps applied. Append new steps, never edit an old one.
var migrations = []string{
	`CREATE TABLE shares (
		id          TEXT PRIMARY KEY,
		created     INTEGER NOT NULL, -- unix milliseconds
		expires     INTEGER NOT NULL, -- unix milliseconds
		redacted    INTEGER NOT NULL,
		mine        TEXT NOT NULL,
		delete_hash BLOB NOT NULL,    -- SHA-256 of the delete token; empty once expired
		payload     BLOB              -- NULL once expired: the row is then a tombstone
	) STRICT;
	CREATE INDEX shares_expires ON shares (expires);`,
	`CREATE TABLE triage_runs (
		id       TEXT PRIMARY KEY,
		created  INTEGER NOT NULL, -- unix milliseconds
		expires  INTEGER NOT NULL, -- unix milliseconds
		redacted INTEGER NOT NULL,
		state    TEXT NOT NULL,
		summary  BLOB              -- NULL once expired: the row is then a tombstone
	) STRICT;
	CREATE INDEX triage_runs_expires ON triage_runs (expires);
	CREATE TABLE triage_messages (
		run          TEXT NOT NULL,
		n            INTEGER NOT NULL,
		name         TEXT NOT NULL,
		status       TEXT NOT NULL,
		reason       TEXT NOT NULL,
		duplicate_of INTEGER NOT NULL,
		diagnosis    BLOB,           -- the diagnosis as JSON, deflated
		PRIMARY KEY (run, n)
	) STRICT;
	CREATE TABLE triage_rows (
		run        TEXT NOT NULL,
		n          INTEGER NOT NULL,
		i          INTEGER NOT NULL,
		address    TEXT NOT NULL,
		domain     TEXT NOT NULL,
		category   TEXT NOT NULL,
		final      INTEGER NOT NULL,
		action     TEXT NOT NULL,
		status     TEXT NOT NULL,
		reply_code TEXT NOT NULL,
		confidence TEXT NOT NULL,
		date       TEXT NOT NULL,
		line       TEXT NOT NULL,
		provider   TEXT NOT NULL,
		list       TEXT NOT NULL,
		PRIMARY KEY (run, n, i)
	) STRICT;
	CREATE INDEX triage_rows_category ON triage_rows (run, category);
	CREATE INDEX triage_rows_domain ON triage_rows (run, domain);`,
}

// Open opens the store in dir, creating the directory, the file and the schema
// as needed.
func Open(ctx context.Context, dir string) (*Store, error) {
	if strings.ContainsAny(dir, "?#") {
		return nil, fmt.Errorf("store: data directory %q must not contain '?' or '#'", dir)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("store: create data directory: %w", err)
	}
	path := filepath.Join(dir, FileName)
	// Create the file ourselves so it is private to the service; SQLite gives
	// the WAL the same mode.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("store: create database file: %w", err)
	}
	f.Close()

	// secure_delete overwrites removed content, so an expired payload does not
	// linger in free pages of the file.
	w, err := sql.Open("sqlite", path+"?_txlock=immediate&_pragma=busy_timeout(10000)"+
		"&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=secure_delete(ON)")
	if err != nil {
		return nil, fmt.Errorf("store: open: %w", err)
	}
	w.SetMaxOpenConns(1)
	s := &Store{Now: time.Now, MaxSize: DefaultMaxSize, w: w}
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, err
	}
	s.r, err = sql.Open("sqlite", path+"?_pragma=busy_timeout(10000)&_pragma=query_only(ON)")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open readers: %w", err)
	}
	return s, nil
}

// migrate applies the steps of migrations the file has not seen yet.
func (s *Store) migrate(ctx context.Context) error {
	var version int
	if err := s.w.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("store: read schema version: %w", err)
	}
	if version > len(migrations) {
		return fmt.Errorf("store: the database has schema version %d, newer than this program knows (%d)", version, len(migrations))
	}
	for i := version; i < len(migrations); i++ {
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(i+1))
			return err
		})
		if err != nil {
			return fmt.Errorf("store: migrate to schema version %d: %w", i+1, err)
		}
	}
	return nil
}

// inTx runs f in an immediate transaction on the writer.
func (s *Store) inTx(ctx context.Context, f func(*sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := f(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Close closes the database.
func (s *Store) Close() error {
	return errors.Join(s.r.Close(), s.w.Close())
}

// Create saves payload as a new link that expires after ttl and returns its id
// and the secret token that deletes it. When redacted is true, mine is masked
// like the payload was, so no address is written.
func (s *Store) Create(ctx context.Context, payload []byte, redacted bool, mine string, ttl time.Duration) (id, deleteToken string, err error) {
	if ttl <= 0 {
		return "", "", fmt.Errorf("store: expiry must be in the future, got %v", ttl)
	}
	if payload == nil {
		payload = []byte{} // NULL marks a purged link
	}
	if redacted {
		mine = redact.Text(mine)
	}
	id, err = randomString(idBytes)
	if err != nil {
		return "", "", err
	}
	deleteToken, err = randomString(tokenBytes)
	if err != nil {
		return "", "", err
	}
	hash := sha256.Sum256([]byte(deleteToken))
	now := s.Now()
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		used, err := usedBytes(ctx, tx)
		if err != nil {
			return err
		}
		if used+int64(len(payload)+len(mine)+rowOverhead) > s.MaxSize {
			return ErrFull
		}
		_, err = tx.ExecContext(ctx,
			`INSERT INTO shares (id, created, expires, redacted, mine, delete_hash, payload) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			id, now.UnixMilli(), now.Add(ttl).UnixMilli(), redacted, mine, hash[:], payload)
		return err
	})
	switch {
	case errors.Is(err, ErrFull) || diskFull(err):
		s.refused.Store(true)
		return "", "", fmt.Errorf("store: save link: %w", ErrFull)
	case err != nil:
		return "", "", fmt.Errorf("store: save link: %w", err)
	}
	s.refused.Store(false)
	return id, deleteToken, nil
}

// querier is a database or a transaction.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// usedBytes is the size of the database's pages in use: what the links take,
// whatever the file's size (which never shrinks by itself).
func usedBytes(ctx context.Context, q querier) (int64, error) {
	var pages, free, size int64
	for _, p := range []struct {
		pragma string
		into   *int64
	}{{"page_count", &pages}, {"freelist_count", &free}, {"page_size", &size}} {
		if err := q.QueryRowContext(ctx, "PRAGMA "+p.pragma).Scan(p.into); err != nil {
			return 0, fmt.Errorf("read %s: %w", p.pragma, err)
		}
	}
	return (pages - free) * size, nil
}

// diskFull reports whether err is SQLite's SQLITE_FULL: the disk (or the
// file system's quota) has no room left.
func diskFull(err error) bool {
	var coded interface{ Code() int }
	return errors.As(err, &coded) && coded.Code()&0xff == sqliteFull
}

// sqliteFull is SQLITE_FULL, the primary result code of a full disk.
const sqliteFull = 13

// Usage is how much storage the links take and may take, in bytes.
type Usage struct {
	Used, Max int64
}

// Check reports whether new links can be saved: ErrFull when the last one was
// refused for lack of room or the links have reached MaxSize, another error
// when the database cannot be read.
func (s *Store) Check(ctx context.Context) (Usage, error) {
	used, err := usedBytes(ctx, s.r)
	if err != nil {
		return Usage{}, fmt.Errorf("store: %w", err)
	}
	u := Usage{Used: used, Max: s.MaxSize}
	if s.refused.Load() || used >= s.MaxSize {
		return u, ErrFull
	}
	return u, nil
}

func randomString(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("store: random: %w", err)
	}
	return encoding.EncodeToString(b), nil
}

// validSecret reports whether s looks like an id or token of length n, so that
// malformed input never reaches a query.
func validSecret(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '2' <= c && c <= '7') {
			return false
		}
	}
	return true
}

// Get returns the link with id: ErrNotFound when there is none (or id is
// malformed), ErrExpired when it has expired.
func (s *Store) Get(ctx context.Context, id string) (Share, error) {
	if !validSecret(id, IDLen) {
		return Share{}, ErrNotFound
	}
	var (
		sh               Share
		created, expires int64
		purged           bool
	)
	err := s.r.QueryRowContext(ctx,
		`SELECT created, expires, redacted, mine, payload IS NULL, payload FROM shares WHERE id = ?`, id).
		Scan(&created, &expires, &sh.Redacted, &sh.Mine, &purged, &sh.Payload)
	if errors.Is(err, sql.ErrNoRows) {
		return Share{}, ErrNotFound
	}
	if err != nil {
		return Share{}, fmt.Errorf("store: read link: %w", err)
	}
	if purged || s.Now().UnixMilli() >= expires {
		return Share{}, ErrExpired
	}
	sh.ID = id
	sh.Created = time.UnixMilli(created)
	sh.Expires = time.UnixMilli(expires)
	return sh, nil
}

// Delete removes the link with id when token is its delete token:
// ErrNotFound when there is no such link, ErrExpired when it has expired (its
// content is gone already), ErrForbidden when the token is wrong.
func (s *Store) Delete(ctx context.Context, id, token string) error {
	if !validSecret(id, IDLen) {
		return ErrNotFound
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var (
			hash    []byte
			expires int64
		)
		err := tx.QueryRowContext(ctx, `SELECT delete_hash, expires FROM shares WHERE id = ?`, id).Scan(&hash, &expires)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return fmt.Errorf("store: read link: %w", err)
		}
		if len(hash) == 0 || s.Now().UnixMilli() >= expires {
			return ErrExpired
		}
		given := sha256.Sum256([]byte(token))
		if !validSecret(token, TokenLen) || subtle.ConstantTimeCompare(given[:], hash) != 1 {
			return ErrForbidden
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM shares WHERE id = ?`, id); err != nil {
			return fmt.Errorf("store: delete link: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	s.refused.Store(false) // room for another link, perhaps
	return s.checkpoint(ctx)
}

// checkpoint copies the WAL into the database file and truncates it. With
// secure_delete, the pages that held removed content are zeroed in the WAL;
// until a checkpoint the WAL still holds their old versions too, and a
// process killed before its next checkpoint would leave them on the disk.
func (s *Store) checkpoint(ctx context.Context) error {
	for range 10 {
		var busy, logPages, done int
		if err := s.w.QueryRowContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)").Scan(&busy, &logPages, &done); err != nil {
			return fmt.Errorf("store: checkpoint: %w", err)
		}
		if busy == 0 {
			return nil
		}
		// A reader still sees the old pages; it finishes within milliseconds.
		select {
		case <-ctx.Done():
			return fmt.Errorf("store: checkpoint: %w", ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
	return errors.New("store: checkpoint: readers kept the WAL busy; the removed content is erased at the next one")
}

// Purge erases the content of every link and triage run expired at now,
// keeping a tombstone so it still reads as expired, and drops tombstones
// older than TombstoneTTL. It returns how many links and runs had their
// content erased.
func (s *Store) Purge(ctx context.Context, now time.Time) (int, error) {
	var n, dropped int64
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx,
			`UPDATE shares SET payload = NULL, mine = '', delete_hash = X'' WHERE expires <= ? AND payload IS NOT NULL`,
			now.UnixMilli())
		if err != nil {
			return err
		}
		if n, err = res.RowsAffected(); err != nil {
			return err
		}
		res, err = tx.ExecContext(ctx, `DELETE FROM shares WHERE expires <= ?`, now.Add(-TombstoneTTL).UnixMilli())
		if err != nil {
			return err
		}
		if dropped, err = res.RowsAffected(); err != nil {
			return err
		}
		runs, err := purgeRuns(ctx, tx, now)
		n += runs
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: purge: %w", err)
	}
	if n+dropped > 0 {
		s.refused.Store(false)
		if err := s.checkpoint(ctx); err != nil {
			return int(n), err
		}
	}
	return int(n), nil
}

// RunPurger purges expired links now and then every interval until ctx is
// done. It logs counts and errors only, never link content.
func (s *Store) RunPurger(ctx context.Context, every time.Duration, logger *slog.Logger) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		n, err := s.Purge(ctx, s.Now())
		switch {
		case err != nil && ctx.Err() == nil:
			logger.Error("purging expired share links and triage runs failed", "err", err)
		case n > 0:
			logger.Info("purged expired share links and triage runs", "count", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
