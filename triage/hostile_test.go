package triage

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// entry is a file to put in a test archive.
type entry struct {
	name    string
	body    []byte
	method  uint16
	flags   uint16
	comment string
}

func zipOf(t *testing.T, entries ...entry) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: e.method, Flags: e.flags})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(e.body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestHostileArchives: each attack is refused by name, and the good
// messages around it are still read.
func TestHostileArchives(t *testing.T) {
	good := func(n int) entry {
		return entry{name: "ok" + string(rune('0'+n)) + ".eml", body: bounceN(n), method: zip.Deflate}
	}
	inner := zipOf(t, good(9))
	tests := []struct {
		name   string
		lim    Limits
		bad    entry
		want   string // in the refusal
		stops  bool   // the archive is refused whole or stopped there
		before int    // good messages read when it stops
	}{
		{"path traversal", Limits{}, entry{name: "../../etc/cron.d/x.eml", body: bounceN(5), method: zip.Deflate}, `leads out of the archive`, false, 0},
		{"windows traversal", Limits{}, entry{name: `a\..\..\x.eml`, body: bounceN(5), method: zip.Deflate}, `leads out of the archive`, false, 0},
		{"absolute path", Limits{}, entry{name: "/etc/passwd", body: bounceN(5), method: zip.Deflate}, "absolute path", false, 0},
		{"drive letter", Limits{}, entry{name: "C:/x.eml", body: bounceN(5), method: zip.Deflate}, "absolute path", false, 0},
		{"encrypted entry", Limits{}, entry{name: "secret.eml", body: bounceN(5), method: zip.Store, flags: 0x1}, "encrypted", false, 0},
		{"nested zip by name", Limits{}, entry{name: "more.zip", body: inner, method: zip.Store}, "archive inside the archive", false, 0},
		{"nested zip by content", Limits{}, entry{name: "more.eml", body: inner, method: zip.Store}, "archive inside the archive", false, 0},
		{"ratio bomb", Limits{}, entry{name: "bomb.eml", body: bytes.Repeat([]byte{'A'}, 8<<20), method: zip.Deflate}, "zip bomb", false, 0},
		{"total past the limit", Limits{MaxUnpacked: 64 << 10}, entry{name: "big.eml", body: bytes.Repeat([]byte("x\n"), 40<<10), method: zip.Store}, "zip bomb", true, 0},
		{"oversize entry", Limits{MaxMessageBytes: 4 << 10}, entry{name: "huge.eml", body: bytes.Repeat([]byte("y\n"), 4<<10), method: zip.Store}, "too large", false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			archive := zipOf(t, good(1), tt.bad, good(2))
			results, tot, err := collect(t, Options{}, fromBytes("up.zip", archive, tt.lim))
			if err != nil {
				t.Fatal(err)
			}
			var refused []*Result
			for _, r := range results {
				if r.Status == Unreadable {
					refused = append(refused, r)
				}
			}
			if len(refused) != 1 || !strings.Contains(refused[0].Reason, tt.want) {
				for _, r := range results {
					t.Logf("%s: %s %s", r.Name, r.Status, r.Reason)
				}
				t.Fatalf("got %d refusals, want one that says %q", len(refused), tt.want)
			}
			if !tt.stops && (tot.Diagnosed != 2 || !strings.Contains(refused[0].Name, strings.ReplaceAll(tt.bad.name, `\`, `\`))) {
				t.Errorf("got %d diagnosed, refused %q; want both good messages, the bad one named", tot.Diagnosed, refused[0].Name)
			}
			if tt.stops && tot.Diagnosed != 0 {
				t.Errorf("got %d diagnosed, want none: the archive is refused whole", tot.Diagnosed)
			}
		})
	}
}

// TestArchiveTotal: an archive whose entries are each small enough but add
// up past the limit is refused whole, before anything is read; one just
// under it is read whole. (Entries that lie about their size are stopped by
// archive/zip itself, and the run's own count stops the rest.)
func TestArchiveTotal(t *testing.T) {
	var es []entry
	for i := range 6 {
		es = append(es, entry{name: "m" + string(rune('a'+i)) + ".eml", body: bounceN(i + 1), method: zip.Store})
	}
	archive := zipOf(t, es...)
	size := int64(len(bounceN(1)))
	lim := Limits{MaxUnpacked: 6*size + 100}
	_, tot, err := collect(t, Options{}, fromBytes("a.zip", archive, lim))
	if err != nil || tot.Diagnosed != 6 {
		t.Fatalf("under the limit: got %d diagnosed, %v; want 6", tot.Diagnosed, err)
	}
	lim = Limits{MaxUnpacked: 6*size - 1}
	results, tot, _ := collect(t, Options{}, fromBytes("a.zip", archive, lim))
	if tot.Diagnosed != 0 || len(results) != 1 || !strings.Contains(results[0].Reason, "zip bomb") {
		t.Errorf("over the limit: got %d diagnosed, %d results; want the archive refused whole", tot.Diagnosed, len(results))
	}
}

func TestOtherArchivesAndEmpty(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   []byte
		want string
	}{
		{"x.gz", []byte("\x1f\x8b\x08\x00rest"), "other than zip"},
		{"empty.eml", []byte("  \n"), "empty"},
		{"broken.zip", []byte("PK\x03\x04 not really"), "not a zip archive"},
	} {
		results, _, err := collect(t, Options{}, fromBytes(tt.name, tt.in, Limits{}))
		if err != nil {
			t.Fatal(err)
		}
		if len(results) != 1 || !strings.Contains(results[0].Reason, tt.want) {
			t.Errorf("%s: got %+v, want a refusal saying %q", tt.name, results, tt.want)
		}
	}
}
