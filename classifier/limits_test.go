package classifier

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"

	"github.com/whybounce/whybounce/classifier/hostile"
)

// Hostile inputs must come back, with the outcome a reader expects. There is
// no timing assertion: a run that hangs fails by the test timeout.
func TestHostileInputs(t *testing.T) {
	want := map[string]Category{
		"deep-nesting":     MailboxNotFound,
		"part-bomb":        Unknown,
		"huge-base64":      MailboxNotFound,
		"endless-header":   MailboxNotFound,
		"long-line":        MailboxNotFound,
		"nul-bytes":        MailboxNotFound,
		"bad-charset":      MailboxNotFound,
		"html-script":      MailboxNotFound,
		"fake-bounce-exe":  Unknown,
		"backscatter":      MailboxNotFound,
		"nested-bomb":      Unknown,
		"chained-replies":  ServerProblem,
		"repeated-heading": MailboxNotFound,
		"repeated-subject": MailboxNotFound,
		// Each header line once read and unquoted the whole text under it
		// (about 5 s for this input); a few headers and 256 KB under each
		// are read now (tables.go).
		"repeated-table-header": NotABounce,
		// A header line of millions of columns once cost 3.4 s and 400 MB.
		"comma-header": NotABounce,
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
		{"nesting in capitals, folded", foldedNesting(maxDepth + 1), false},
		{"nesting within the limit", foldedNesting(maxDepth), true},
	}
	for _, tt := range tests {
		if got := safeForMIME(tt.in); got != tt.want {
			t.Errorf("safeForMIME(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// foldedNesting declares n multipart levels, each type on a folded line in
// capitals after a slash of another word, as some mailers write them.
func foldedNesting(n int) []byte {
	var b bytes.Buffer
	for range n {
		b.WriteString("Content-Type:\r\n\ta/b MULTIPART/Mixed; boundary=\"x\"\r\n")
	}
	return b.Bytes()
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
		{"report fields joined on one line", append([]byte("550 5.1.1 user unknown\nStatus: 5.1.1"), rep(" Action: failed", 60000)...), MailboxNotFound},
		{"quoted lines", rep("> > > > > 550 5.1.1 user unknown\n", 30000), MailboxNotFound},
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
	Prepare() // the knowledge is built once per process, not in the first iteration
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := Diagnose(in, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// nestedForwards builds a message of fan attached messages (base64, as
// message/rfc822 parts), each holding fan more, depth levels deep, with no
// bounce anywhere: every level looks like a forwarded bounce worth opening.
func nestedForwards(depth, fan int) []byte {
	inner := []byte("From: a@example.org\r\nTo: b@example.org\r\nSubject: hi\r\n\r\nhello\r\n")
	for level := 0; level < depth; level++ {
		var b bytes.Buffer
		boundary := fmt.Sprintf("level%d", level)
		fmt.Fprintf(&b, "From: c@example.org\r\nTo: d@example.org\r\nSubject: Fwd: Undeliverable\r\nMIME-Version: 1.0\r\n"+
			"Content-Type: multipart/mixed; boundary=%q\r\n\r\n--%s\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n", boundary, boundary)
		enc := base64Lines(inner)
		for i := 0; i < fan; i++ {
			fmt.Fprintf(&b, "--%s\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n%s", boundary, enc)
		}
		fmt.Fprintf(&b, "--%s--\r\n", boundary)
		inner = b.Bytes()
	}
	return inner
}

func base64Lines(p []byte) string {
	s := base64.StdEncoding.EncodeToString(p)
	var b strings.Builder
	for len(s) > 76 {
		b.WriteString(s[:76] + "\r\n")
		s = s[76:]
	}
	return b.String() + s + "\r\n"
}

// TestNestedBudget is the nested forwarded-bounce attack: a message of
// attached messages, each holding more, must cost a bounded number of
// readings across all levels together, and say that it stopped.
func TestNestedBudget(t *testing.T) {
	raw := nestedForwards(3, 12)
	b := &budget{}
	d := diagnose(raw, 0, b)
	if b.documents > maxDocuments || b.decoded > maxDecoded {
		t.Errorf("read %d messages, %d bytes; the budget is %d and %d", b.documents, b.decoded, maxDocuments, maxDecoded)
	}
	if !b.exceeded {
		t.Errorf("12 × 12 × 12 attached messages fit in a budget of %d", maxDocuments)
	}
	if d == nil {
		t.Fatal("no diagnosis")
	}
	full, err := Diagnose(raw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !hasWarning(full, "truncated") {
		t.Errorf("warnings = %+v, want one saying the input was read only in part", full.Warnings)
	}
}

// TestCost charges a message of attached messages for what it will be
// decoded into: the nested forwards cost several times their size, a plain
// bounce its size.
func TestCost(t *testing.T) {
	plain := []byte("From: MAILER-DAEMON@example.org\r\nSubject: Undelivered\r\n\r\n550 5.1.1 <ann@example.com>: User unknown\r\n")
	if got := Cost(plain); got != len(plain) {
		t.Errorf("Cost(plain bounce) = %d, want its size %d", got, len(plain))
	}
	nested := nestedForwards(2, 12)
	if got := Cost(nested); got < 2*len(nested) {
		t.Errorf("Cost(nested forwards of %d bytes) = %d, want at least twice the size", len(nested), got)
	}
}

// An address with nothing after its "@" ("Original-Recipient: neko@") beside
// another recipient once made the search for other recipients' names look
// for an empty domain, which is found everywhere: the line scan never moved
// on (found by FuzzDiagnose). It must come back with the real recipient.
func TestAddressWithoutDomain(t *testing.T) {
	in := "Received:\n\nReporting-MTA:m\nOriginal-Recipient:neko@\nOriginal-Recipient:neko@example.co.jp\n" +
		"Final-Recipient;neko@example.co.jp\nfailed\n\n\n<neko@example.co.jp:Recipient address rejected: " +
		"User unknown in virtual mailbox table\n\n\nheader\n\nneko@example.co.je"
	d, err := Diagnose([]byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Category != MailboxNotFound {
		t.Errorf("category = %s, want %s", d.Category, MailboxNotFound)
	}
}
