package classifier

import (
	"bytes"
	"testing"

	"github.com/jhillyerd/enmime/v2"

	"github.com/whybounce/whybounce/classifier/hostile"
)

// FuzzSafeForMIME checks the promise of the pre-decode limits: whatever
// safeForMIME lets through, the MIME decoder finds at most maxParts parts
// (plus the root) and nests them no deeper than the multipart headers it
// counted, so the decoder's super-linear cost stays small.
//
//	go test -run '^$' -fuzz=FuzzSafeForMIME -fuzztime=3m ./classifier
func FuzzSafeForMIME(f *testing.F) {
	f.Add(hostile.DeepNesting(30))
	f.Add(hostile.PartBomb(400))
	f.Add(hostile.Backscatter())
	f.Add(hostile.FakeBounceZipExe())
	f.Add([]byte("Content-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\nContent-Type: multipart/mixed;\r\n boundary=b\r\n\r\n--b\r\n\r\nx\r\n--b--\r\n--a--\r\n"))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=\"\"\n\n--\n\n--\n--"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if len(raw) > 256<<10 || !safeForMIME(raw) {
			return
		}
		root, err := parser.ReadParts(bytes.NewReader(raw))
		if err != nil || root == nil {
			return
		}
		parts, depth := 0, 0
		var walk func(p *enmime.Part, level int)
		walk = func(p *enmime.Part, level int) {
			for ; p != nil; p = p.NextSibling {
				parts++
				depth = max(depth, level)
				walk(p.FirstChild, level+1)
			}
		}
		walk(root, 0)
		if parts > maxParts+1 {
			t.Fatalf("safeForMIME let through %d parts, the limit is %d", parts, maxParts)
		}
		if depth > maxDepth {
			t.Fatalf("safeForMIME let through nesting %d deep, the limit is %d", depth, maxDepth)
		}
	})
}

// Found by FuzzSafeForMIME: 22 unclosed levels in 1.3 KB cost enmime 2 s.
// Such input is read as text, and still diagnosed.
func TestUnclosedNestingIsReadAsText(t *testing.T) {
	for _, tt := range []struct {
		levels int
		want   bool
	}{{6, true}, {maxDepth, true}, {maxDepth + 1, false}, {22, false}, {80, false}} {
		in := hostile.UnclosedNesting(tt.levels)
		if got := safeForMIME(in); got != tt.want {
			t.Errorf("safeForMIME(%d unclosed levels) = %v, want %v", tt.levels, got, tt.want)
		}
		d, err := Diagnose(in, Options{})
		if err != nil || d.Category != MailboxNotFound {
			t.Errorf("%d unclosed levels: %v, %v; want mailbox-not-found", tt.levels, d, err)
		}
	}
}
