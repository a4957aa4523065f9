package classifier

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whybounce/whybounce/classifier/hostile"
)

// FuzzDiagnose feeds the engine corpus bounces, hand-made fragments and
// hostile inputs, mutated. Whatever comes in, Diagnose must return a
// diagnosis whose evidence points into its text, or one of its two errors.
//
//	go test -fuzz=FuzzDiagnose -fuzztime=3m ./classifier
func FuzzDiagnose(f *testing.F) {
	if labels, err := ReadLabels(corpusDir); err == nil {
		for _, l := range labels {
			if raw, err := os.ReadFile(filepath.Join(corpusDir, l.File)); err == nil && len(raw) < 64<<10 {
				f.Add(raw)
			}
		}
	}
	for _, s := range []string{
		"550 5.1.1 <a@b.example>: Recipient address rejected: User unknown",
		"Final-Recipient: rfc822; a@b\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 full\n",
		"  Final-Recipient: rfc822; a@b\n  Action: failed\n  Status: 5.2.2\n  Diagnostic-Code: smtp; 552\n   full\n",
		"> Final-Recipient: rfc822; a@b\n>\n> > Status: 5.1.1\n\n\n\u00a0550\u00a05.1.1",
		"From a@b Mon Jan 1 00:00:00 2024\nFrom: x\n\n<a@b>:\n550 no\nFrom b@c Mon Jan 1 00:00:00 2024\nFrom: y\n\nx",
		"Content-Type: multipart/report; boundary=x\n\n--x\nContent-Type: message/delivery-status\n\nStatus: 5.\n--x",
		"\x00\xff\xfe<>@@..5.5.5.5.5 550-550 #5.1.1 received: from x\n by y",
		"<html><style>", "Status:", "5.1.", "550", "@", "From ",
	} {
		f.Add([]byte(s))
	}
	for _, in := range []hostile.Input{
		{Name: "nesting", Data: hostile.DeepNesting(50)},
		{Name: "parts", Data: hostile.PartBomb(300)},
		{Name: "nul", Data: hostile.NULBytes()},
		{Name: "charset", Data: hostile.BadCharset()},
		{Name: "html", Data: hostile.HTMLWithScript()},
		{Name: "zip", Data: hostile.FakeBounceZipExe()},
		{Name: "backscatter", Data: hostile.Backscatter()},
	} {
		f.Add(in.Data)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := Diagnose(raw, Options{})
		if err != nil {
			// A file that is no text (NUL bytes, a picture's signature) is
			// refused with what it is: an answer, not a failure.
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrNotText) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("text is not valid UTF-8")
		}
		checkEvidence(t, d)
		valid := false
		for _, c := range AllCategories {
			valid = valid || d.Category == c
		}
		if !valid {
			t.Fatalf("category %q is not in the contract", d.Category)
		}
		if d.Category.IsFailure() && len(d.Recipients) == 0 {
			t.Fatalf("a failure (%s) with no recipient", d.Category)
		}
		for _, r := range d.Recipients {
			if strings.ContainsAny(r.Address, "\n\r") {
				t.Fatalf("address %q spans lines", r.Address)
			}
		}
	})
}
