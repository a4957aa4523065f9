package store

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/classifier/redact"
)

// clock is a settable time for tests.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// openTest opens a store in a fresh directory with a clock the test controls.
func openTest(t *testing.T) (*Store, *clock, string) {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(t.Context(), dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	c := &clock{t: time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)}
	s.Now = c.Now
	return s, c, dir
}

func mustCreate(t *testing.T, s *Store, payload string, ttl time.Duration) (id, token string) {
	t.Helper()
	id, token, err := s.Create(t.Context(), []byte(payload), true, "", ttl)
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	return id, token
}

func TestCreateGet(t *testing.T) {
	s, c, _ := openTest(t)
	ctx := t.Context()
	id, token, err := s.Create(ctx, []byte(`{"category":"mailbox-full"}`), false, "example.com", time.Hour)
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if len(id) != IDLen || len(token) != TokenLen {
		t.Errorf("got id of %d and token of %d bytes, want %d and %d", len(id), len(token), IDLen, TokenLen)
	}
	got, err := s.Get(ctx, id)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	want := Share{
		ID:       id,
		Created:  c.Now(),
		Expires:  c.Now().Add(time.Hour),
		Redacted: false,
		Mine:     "example.com",
		Payload:  []byte(`{"category":"mailbox-full"}`),
	}
	if got.ID != want.ID || !got.Created.Equal(want.Created) || !got.Expires.Equal(want.Expires) ||
		got.Redacted != want.Redacted || got.Mine != want.Mine || !bytes.Equal(got.Payload, want.Payload) {
		t.Errorf("Get = %+v, want %+v", got, want)
	}
}

func TestCreateRedactsMine(t *testing.T) {
	s, _, _ := openTest(t)
	id, _, err := s.Create(t.Context(), []byte("{}"), true, "ann@example.com", time.Hour)
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	got, err := s.Get(t.Context(), id)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if want := "***@example.com"; got.Mine != want {
		t.Errorf("Mine = %q, want %q", got.Mine, want)
	}
}

func TestEmptyPayloadIsNotExpired(t *testing.T) {
	s, _, _ := openTest(t)
	for _, payload := range [][]byte{nil, {}} {
		id, _, err := s.Create(t.Context(), payload, true, "", time.Hour)
		if err != nil {
			t.Fatalf("Create: %v", err)
		}
		got, err := s.Get(t.Context(), id)
		if err != nil || len(got.Payload) != 0 {
			t.Errorf("Get of a link saved with payload %#v = %q, %v; want an empty payload and no error", payload, got.Payload, err)
		}
	}
}

func TestCreateRejectsBadTTL(t *testing.T) {
	s, _, _ := openTest(t)
	for _, ttl := range []time.Duration{0, -time.Hour} {
		if _, _, err := s.Create(t.Context(), []byte("{}"), true, "", ttl); err == nil {
			t.Errorf("Create with ttl %v: got no error, want one", ttl)
		}
	}
}

func TestGetUnknownAndMalformed(t *testing.T) {
	s, _, _ := openTest(t)
	mustCreate(t, s, "x", time.Hour)
	for _, id := range []string{
		"",
		strings.Repeat("a", IDLen),        // well-formed, unknown
		strings.Repeat("a", IDLen-1),      // too short
		strings.Repeat("A", IDLen),        // upper case
		strings.Repeat("1", IDLen),        // not base32
		"' OR 1=1 --" + "aaaaaaaaaaaaaaa", // SQL in the path
		strings.Repeat("a", 10000),
	} {
		if _, err := s.Get(t.Context(), id); !errors.Is(err, ErrNotFound) {
			t.Errorf("Get(%.30q) = %v, want ErrNotFound", id, err)
		}
	}
}

func TestExpiry(t *testing.T) {
	s, c, dir := openTest(t)
	ctx := t.Context()
	const secret = "PAYLOAD-THAT-MUST-GO-7f3a"
	id, token := mustCreate(t, s, secret, time.Hour)

	c.Add(59 * time.Minute)
	if _, err := s.Get(ctx, id); err != nil {
		t.Fatalf("Get before expiry: %v", err)
	}
	c.Add(time.Minute)
	if _, err := s.Get(ctx, id); !errors.Is(err, ErrExpired) {
		t.Fatalf("Get at expiry = %v, want ErrExpired", err)
	}
	if err := s.Delete(ctx, id, token); !errors.Is(err, ErrExpired) {
		t.Errorf("Delete after expiry = %v, want ErrExpired", err)
	}

	n, err := s.Purge(ctx, c.Now())
	if err != nil || n != 1 {
		t.Fatalf("Purge = %d, %v, want 1, nil", n, err)
	}
	if _, err := s.Get(ctx, id); !errors.Is(err, ErrExpired) {
		t.Errorf("Get after purge = %v, want ErrExpired", err)
	}
	assertFilesLack(t, dir, secret)

	// The tombstone goes after TombstoneTTL; then the link is unknown.
	c.Add(TombstoneTTL)
	if _, err := s.Purge(ctx, c.Now()); err != nil {
		t.Fatalf("Purge: %v", err)
	}
	if _, err := s.Get(ctx, id); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get after the tombstone expired = %v, want ErrNotFound", err)
	}
}

func TestPurgeCounts(t *testing.T) {
	s, c, _ := openTest(t)
	ctx := t.Context()
	for _, ttl := range []time.Duration{time.Hour, time.Hour, 2 * time.Hour, 24 * time.Hour} {
		mustCreate(t, s, "p", ttl)
	}
	steps := []struct {
		after time.Duration
		want  int
	}{
		{30 * time.Minute, 0},
		{30 * time.Minute, 2},
		{0, 0}, // purging again finds nothing new
		{time.Hour, 1},
		{22 * time.Hour, 1},
	}
	for i, st := range steps {
		c.Add(st.after)
		got, err := s.Purge(ctx, c.Now())
		if err != nil || got != st.want {
			t.Errorf("step %d: Purge = %d, %v, want %d, nil", i, got, err, st.want)
		}
	}
}

func TestDelete(t *testing.T) {
	s, _, _ := openTest(t)
	ctx := t.Context()
	id, token := mustCreate(t, s, "p", time.Hour)
	other, _ := mustCreate(t, s, "q", time.Hour)

	tests := []struct {
		name, id, token string
		want            error
	}{
		{"wrong token", id, strings.Repeat("a", TokenLen), ErrForbidden},
		{"malformed token", id, "x", ErrForbidden},
		{"another link's id", other, token, ErrForbidden},
		{"unknown id", strings.Repeat("b", IDLen), token, ErrNotFound},
		{"malformed id", "../etc", token, ErrNotFound},
		{"right token", id, token, nil},
		{"again", id, token, ErrNotFound},
	}
	for _, tt := range tests {
		if err := s.Delete(ctx, tt.id, tt.token); !errors.Is(err, tt.want) {
			t.Errorf("%s: Delete = %v, want %v", tt.name, err, tt.want)
		}
	}
	if _, err := s.Get(ctx, id); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get of a deleted link = %v, want ErrNotFound", err)
	}
	if _, err := s.Get(ctx, other); err != nil {
		t.Errorf("Get of the other link = %v, want it still there", err)
	}
}

// A delete erases the content from the disk at once: from the database file
// and from its WAL, without waiting for a checkpoint, a purge or a clean
// shutdown (a kill -9 would skip the last two).
func TestDeleteOverwrites(t *testing.T) {
	s, _, dir := openTest(t)
	ctx := t.Context()
	const secret = "DELETED-CONTENT-d41c"
	kept, _ := mustCreate(t, s, "KEPT-CONTENT", time.Hour)
	for i := range 20 {
		mustCreate(t, s, fmt.Sprintf("neighbour %d", i), time.Hour)
	}
	id, token, err := s.Create(ctx, []byte(secret), false, "mine-to-forget@example.com", time.Hour)
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if err := s.Delete(ctx, id, token); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	assertFilesLack(t, dir, secret, "mine-to-forget")
	// The other links are still there, in one file or the other.
	if sh, err := s.Get(ctx, kept); err != nil || string(sh.Payload) != "KEPT-CONTENT" {
		t.Errorf("Get of another link after a delete = %q, %v", sh.Payload, err)
	}
	if !filesContain(t, dir, "KEPT-CONTENT") {
		t.Error("no database file holds a link that was not deleted")
	}
	var on int
	if err := s.w.QueryRowContext(ctx, "PRAGMA secure_delete").Scan(&on); err != nil || on != 1 {
		t.Errorf("secure_delete = %d, %v; want 1", on, err)
	}
}

// filesContain reports whether a file of the database holds str.
func filesContain(t *testing.T, dir, str string) bool {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, FileName+"*"))
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil && bytes.Contains(b, []byte(str)) {
			return true
		}
	}
	return false
}

// A purge erases expired content from the WAL and the file too.
func TestPurgeOverwrites(t *testing.T) {
	s, c, dir := openTest(t)
	const secret = "EXPIRED-CONTENT-77ab"
	mustCreate(t, s, secret, time.Hour)
	mustCreate(t, s, "LIVES-ON", 48*time.Hour)
	c.Add(2 * time.Hour)
	if n, err := s.Purge(t.Context(), c.Now()); err != nil || n != 1 {
		t.Fatalf("Purge = %d, %v; want 1, nil", n, err)
	}
	assertFilesLack(t, dir, secret)
}

// The links take at most MaxSize: past it a new one is refused with ErrFull,
// and Check says so until room is made.
func TestStorageFull(t *testing.T) {
	s, c, _ := openTest(t)
	ctx := t.Context()
	s.MaxSize = 256 << 10
	if _, err := s.Check(ctx); err != nil {
		t.Fatalf("Check of an empty store = %v, want nil", err)
	}
	payload := strings.Repeat("x", 16<<10)
	var ids, tokens []string
	for {
		id, token, err := s.Create(ctx, []byte(payload), true, "", time.Hour)
		if errors.Is(err, ErrFull) {
			break
		}
		if err != nil {
			t.Fatalf("Create: %v", err)
		}
		ids, tokens = append(ids, id), append(tokens, token)
		if len(ids) > 100 {
			t.Fatalf("saved %d links of 16 KB in 256 KB", len(ids))
		}
	}
	if len(ids) < 5 {
		t.Fatalf("saved %d links of 16 KB before the store was full, want most of 256 KB used", len(ids))
	}
	u, err := s.Check(ctx)
	if !errors.Is(err, ErrFull) || u.Max != 256<<10 || u.Used <= 0 || u.Used > u.Max {
		t.Errorf("Check = %+v, %v; want ErrFull with the bytes used", u, err)
	}
	// A small link may still fit; a large one is what was refused.
	if err := s.Delete(ctx, ids[0], tokens[0]); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if _, err := s.Check(ctx); err != nil {
		t.Errorf("Check after a delete made room = %v, want nil", err)
	}
	if _, _, err := s.Create(ctx, []byte(payload), true, "", time.Hour); err != nil {
		t.Errorf("Create after a delete made room = %v, want it saved", err)
	}
	// Expired links make room too.
	if _, _, err := s.Create(ctx, []byte(strings.Repeat(payload, 4)), true, "", time.Hour); !errors.Is(err, ErrFull) {
		t.Fatalf("Create of a large link in a full store = %v, want ErrFull", err)
	}
	c.Add(2 * time.Hour)
	if _, err := s.Purge(ctx, c.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Check(ctx); err != nil {
		t.Errorf("Check after a purge = %v, want nil", err)
	}
}

// A disk with no room left (here SQLite's own page limit, which answers the
// same SQLITE_FULL) is ErrFull too, not an unexplained failure.
func TestDiskFull(t *testing.T) {
	s, _, _ := openTest(t)
	ctx := t.Context()
	var pages int
	if err := s.w.QueryRowContext(ctx, "PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.ExecContext(ctx, fmt.Sprintf("PRAGMA max_page_count = %d", pages+2)); err != nil {
		t.Fatal(err)
	}
	_, _, err := s.Create(ctx, []byte(strings.Repeat("x", 64<<10)), true, "", time.Hour)
	if !errors.Is(err, ErrFull) {
		t.Fatalf("Create on a full disk = %v, want ErrFull", err)
	}
	if _, err := s.Check(ctx); !errors.Is(err, ErrFull) {
		t.Errorf("Check after the disk filled = %v, want ErrFull", err)
	}
}

func TestConcurrentCreate(t *testing.T) {
	s, _, _ := openTest(t)
	const n = 64
	ids := make([]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			ids[i], _, errs[i] = s.Create(t.Context(), []byte(fmt.Sprintf(`{"n":%d}`, i)), true, "", time.Hour)
		})
	}
	wg.Wait()
	seen := map[string]bool{}
	for i := range n {
		if errs[i] != nil {
			t.Errorf("Create %d: %v", i, errs[i])
			continue
		}
		if !validSecret(ids[i], IDLen) {
			t.Errorf("Create %d: id %q is not %d base32 characters", i, ids[i], IDLen)
		}
		if seen[ids[i]] {
			t.Errorf("Create %d: id %q given twice", i, ids[i])
		}
		seen[ids[i]] = true
		got, err := s.Get(t.Context(), ids[i])
		if want := fmt.Sprintf(`{"n":%d}`, i); err != nil || string(got.Payload) != want {
			t.Errorf("Get %d = %q, %v, want %q", i, got.Payload, err, want)
		}
	}
}

// bounceText is a bounce with the kinds of personal data redaction removes.
const bounceText = `Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; ann.lee@example.com
Status: 5.1.1
Remote-MTA: dns; mx.example.com [192.0.2.77]
Diagnostic-Code: smtp; 550 5.1.1 <ann.lee@example.com>: Recipient address rejected: User unknown
Received: from [2001:db8::7] by mx.example.net (Postfix) with ESMTPS id 4F3A21C0A2B
Message-ID: <20261126103000.GA1234@sender.example>
To: Ann Lee <ann.lee@example.com>
`

func TestRedactedPayloadLeavesNoPersonalData(t *testing.T) {
	s, _, dir := openTest(t)
	d := &classifier.Diagnosis{
		Category:   classifier.MailboxNotFound,
		Final:      true,
		Format:     "mime",
		Recipients: []classifier.Recipient{{Address: "ann.lee@example.com", Status: "5.1.1", RemoteMTA: "mx.example.com [192.0.2.77]"}},
		Original:   &classifier.Original{To: "Ann Lee <ann.lee@example.com>", MessageID: "<20261126103000.GA1234@sender.example>"},
		Text:       bounceText,
	}
	payload, err := json.Marshal(redact.Diagnosis(d))
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		if _, _, err := s.Create(t.Context(), payload, true, "ann.lee@example.com", time.Hour); err != nil {
			t.Fatalf("Create: %v", err)
		}
	}
	personal := []string{"ann.lee", "Ann Lee", "192.0.2.77", "2001:db8::7", "20261126103000.GA1234", "4F3A21C0A2B"}
	assertFilesLack(t, dir, personal...)
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	assertFilesLack(t, dir, personal...)
}

// assertFilesLack fails when any file of the database (the main file, its WAL
// and shared memory) contains one of the strings.
func assertFilesLack(t *testing.T, dir string, strs ...string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, FileName+"*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no database files in %s (%v)", dir, err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range strs {
			if bytes.Contains(b, []byte(s)) {
				t.Errorf("%s contains %q", filepath.Base(f), s)
			}
		}
	}
}

func TestMigration(t *testing.T) {
	dir := t.TempDir()
	for i := range 2 {
		s, err := Open(t.Context(), dir)
		if err != nil {
			t.Fatalf("Open %d: %v", i, err)
		}
		var version int
		if err := s.r.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
			t.Fatal(err)
		}
		if version != len(migrations) {
			t.Errorf("Open %d: user_version = %d, want %d", i, version, len(migrations))
		}
		var mode string
		if err := s.r.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if mode != "wal" {
			t.Errorf("Open %d: journal_mode = %q, want wal", i, mode)
		}
		if i == 0 {
			mustCreate(t, s, "kept", time.Hour)
		}
		var n int
		if err := s.r.QueryRow("SELECT count(*) FROM shares").Scan(&n); err != nil || n != 1 {
			t.Errorf("Open %d: %d links, %v; want the 1 saved before", i, n, err)
		}
		s.Close()
	}

	// A file from a newer program is refused rather than damaged.
	s, err := Open(t.Context(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err := Open(t.Context(), dir); err == nil {
		s.Close()
		t.Error("Open of a newer schema: got no error, want one")
	}
}

func TestOpenCreatesDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	s, err := Open(t.Context(), dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	s.Close()
	fi, err := os.Stat(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatalf("database file: %v", err)
	}
	if mode := fi.Mode().Perm(); mode != 0o600 {
		t.Errorf("database file mode = %v, want -rw-------", mode)
	}
}

func TestRunPurger(t *testing.T) {
	s, c, _ := openTest(t)
	id, _ := mustCreate(t, s, "p", time.Hour)
	c.Add(2 * time.Hour)
	var logs bytes.Buffer
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	go func() {
		s.RunPurger(ctx, time.Hour, slog.New(slog.NewTextHandler(&logs, nil)))
		close(done)
	}()
	// The first purge runs at once; wait for its effect, not for a duration.
	for {
		var gone bool
		if err := s.r.QueryRow("SELECT payload IS NULL FROM shares WHERE id = ?", id).Scan(&gone); err != nil {
			t.Fatal(err)
		}
		if gone {
			break
		}
		time.Sleep(time.Millisecond)
	}
	cancel()
	<-done
	if !strings.Contains(logs.String(), "count=1") {
		t.Errorf("purger log = %q, want a count of 1", logs.String())
	}
	if strings.Contains(logs.String(), id) {
		t.Errorf("purger log %q names a link", logs.String())
	}
}

// helperEnv names the data directory of the child process in the kill test.
const helperEnv = "WHYBOUNCE_STORE_HELPER_DIR"

// TestHelperProcess is the child of TestKillAndReopen: it creates links until
// it is killed, printing each id once Create has returned it.
func TestHelperProcess(t *testing.T) {
	dir := os.Getenv(helperEnv)
	if dir == "" {
		t.Skip("only runs as the child of TestKillAndReopen")
	}
	s, err := Open(context.Background(), dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	for i := 0; ; i++ {
		payload := fmt.Sprintf(`{"n":%d}`, i)
		id, _, err := s.Create(context.Background(), []byte(payload), true, "", time.Hour)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		fmt.Printf("id %s %s\n", id, payload)
	}
}

func TestKillAndReopen(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"="+dir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	printed := map[string]string{}
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if id, payload, ok := parseHelperLine(sc.Text()); ok {
			printed[id] = payload
		}
		if len(printed) == 300 {
			break
		}
	}
	// Kill mid-write: the child is still creating links as fast as it can.
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	// Every line written before the kill is still in the pipe; read them all.
	rest, _ := io.ReadAll(out)
	for line := range strings.Lines(string(rest)) {
		if id, payload, ok := parseHelperLine(strings.TrimSpace(line)); ok {
			printed[id] = payload
		}
	}
	cmd.Wait()
	if len(printed) < 300 {
		t.Fatalf("the child printed %d ids before it was killed, want at least 300", len(printed))
	}

	s, err := Open(t.Context(), dir)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	lost := 0
	for id, payload := range printed {
		got, err := s.Get(t.Context(), id)
		if err != nil || string(got.Payload) != payload {
			lost++
			if lost <= 5 {
				t.Errorf("Get(%s) after kill = %q, %v; want %q", id, got.Payload, err, payload)
			}
		}
	}
	if lost > 0 {
		t.Errorf("%d of %d links returned to the user were lost", lost, len(printed))
	}
	var check string
	if err := s.r.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check = %q, %v; want ok", check, err)
	}
}

func parseHelperLine(line string) (id, payload string, ok bool) {
	rest, ok := strings.CutPrefix(line, "id ")
	if !ok {
		return "", "", false
	}
	id, payload, ok = strings.Cut(rest, " ")
	return id, payload, ok
}

func BenchmarkCreate(b *testing.B) {
	payload := bytes.Repeat([]byte("x"), 4096)
	b.Run("serial", func(b *testing.B) {
		s, err := Open(b.Context(), b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		b.ReportAllocs()
		for b.Loop() {
			if _, _, err := s.Create(b.Context(), payload, true, "", time.Hour); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("parallel", func(b *testing.B) {
		s, err := Open(b.Context(), b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		b.ReportAllocs()
		b.SetParallelism(8)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				if _, _, err := s.Create(b.Context(), payload, true, "", time.Hour); err != nil {
					b.Error(err)
					return
				}
			}
		})
	})
}

func BenchmarkGet(b *testing.B) {
	s, err := Open(b.Context(), b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	id, _, err := s.Create(b.Context(), bytes.Repeat([]byte("x"), 4096), true, "", time.Hour)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := s.Get(b.Context(), id); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
