package classifier

import (
	"bytes"
	"fmt"
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

// Inputs shaped to make a careless scan quadratic: many addresses, report
// fields, pasted messages or markers, on one line or many. They must come
// back with a diagnosis (a slow scan shows as a test timeout).
func TestQuadraticShapes(t *testing.T) {
	rep := func(s string, n int) []byte { return bytes.Repeat([]byte(s), n) }
	tests := []struct {
		name string
		in   []byte
		want Category
	}{
		{"addresses on one line", append([]byte("550 5.1.1 user unknown: "), rep("a@b.example ", 80000)...), MailboxNotFound},
		{"distinct addresses on one line", manyAddressesOneLine(40000), MailboxNotFound},
		{"addresses on many lines", append([]byte("Subject: failure notice\n\n550 5.1.1 user unknown\n"), rep("<a@b.example>: no\n", 50000)...), MailboxNotFound},
		{"report fields", append([]byte("550 5.2.2 mailbox full\n"), rep("Final-Recipient: rfc822; x@y.example\nStatus: 5.2.2\n", 20000)...), MailboxFull},
		{"pasted messages", rep("From a@b Mon Jan  1 00:00:00 2024\nFrom: MAILER-DAEMON\n\n550 5.1.1 user unknown\n", 20000), MailboxNotFound},
		{"markers on one line", append([]byte("550 5.1.1 user unknown\n"), rep("received: from x original message ", 30000)...), MailboxNotFound},
		{"feedback fields on one line", rep("x feedback-type: ", 60000), NotABounce},
		{"one long token", append([]byte("550 "), rep("spam", 250000)...), NotABounce},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Diagnose(tt.in, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Category != tt.want {
				t.Errorf("category = %s, want %s", d.Category, tt.want)
			}
		})
	}
}

// manyAddressesOneLine is one reply line naming n different recipients: the
// engine keeps 100 of them, and must not search the whole line once for each.
func manyAddressesOneLine(n int) []byte {
	var b bytes.Buffer
	b.WriteString("550 5.1.1 ")
	for i := range n {
		fmt.Fprintf(&b, "<user%d@example%d.com> ", i, i%50)
	}
	b.WriteString("User unknown")
	return b.Bytes()
}

// BenchmarkManyAddressesOneLine measures the dearest shape known for the text
// reader: a megabyte-long line naming 40,000 recipients.
func BenchmarkManyAddressesOneLine(b *testing.B) {
	in := manyAddressesOneLine(40000)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := Diagnose(in, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
