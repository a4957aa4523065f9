package classifier

import (
	"bytes"
	"testing"

	"github.com/whybounce/whybounce/classifier/hostile"
)

// Hostile inputs must come back, with the outcome a reader expects. There is
// no timing assertion: a run that hangs fails by the test timeout.
func TestHostileInputs(t *testing.T) {
	want := map[string]Category{
		"deep-nesting":    MailboxNotFound,
		"part-bomb":       Unknown,
		"huge-base64":     MailboxNotFound,
		"endless-header":  MailboxNotFound,
		"long-line":       MailboxNotFound,
		"nul-bytes":       MailboxNotFound,
		"bad-charset":     MailboxNotFound,
		"html-script":     MailboxNotFound,
		"fake-bounce-exe": Unknown,
		"backscatter":     MailboxNotFound,
	}
	for _, in := range hostile.All() {
		t.Run(in.Name, func(t *testing.T) {
			d, err := Diagnose(in.Data, Options{})
			if err != nil {
				t.Fatalf("error %v", err)
			}
			checkEvidence(t, d)
			if w, ok := want[in.Name]; !ok {
				t.Fatalf("no expectation for %s", in.Name)
			} else if d.Category != w {
				t.Errorf("category = %s, want %s", d.Category, w)
			}
		})
	}
}

func TestHostileDetails(t *testing.T) {
	d, err := Diagnose(hostile.FakeBounceZipExe(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Attachments) != 1 || d.Attachments[0].Name != "delivery-report.zip" || d.Attachments[0].Size == 0 {
		t.Errorf("attachments = %+v, want the zip by name and size", d.Attachments)
	}
	d, err = Diagnose(hostile.Backscatter(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	o := d.Original
	if o == nil || o.From != "owner@example.org" || len(o.ReceivedFrom) == 0 || o.ReceivedFrom[0] != "cheap-pills.example.biz" {
		t.Errorf("original = %+v, want the forged sender and the spam host", o)
	}
}

func TestSafeForMIME(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want bool
	}{
		{"small report", hostile.Backscatter(), true},
		{"deep nesting", hostile.DeepNesting(200), false},
		{"part bomb", hostile.PartBomb(5000), false},
		{"long line", bytes.Repeat([]byte("x"), 1<<20), true},
	}
	for _, tt := range tests {
		if got := safeForMIME(tt.in); got != tt.want {
			t.Errorf("safeForMIME(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
