package classifier

import (
	"errors"
	"strings"
	"testing"
)

// A file that is no text is refused with what it is, not read as "not a
// bounce": the reader learns to give the bounce's text instead.
func TestFilesThatAreNoTextAreRefused(t *testing.T) {
	noise := strings.Repeat("\x00\x01\x7f\x00\xfe\x00\x00\x10", 64)
	for name, c := range map[string]struct{ in, kind string }{
		"an Outlook item (.msg)": {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + noise, "outlook-item"},
		"a PNG screenshot":       {"\x89PNG\r\n\x1a\n" + noise, "image"},
		"a JPEG photo":           {"\xff\xd8\xff\xe0" + noise, "image"},
		"a WebP image":           {"RIFF\x10\x00\x00\x00WEBPVP8 " + noise, "image"},
		"a PDF":                  {"%PDF-1.7\n" + noise, "pdf"},
		"a Word file (zip)":      {"PK\x03\x04" + noise, "archive"},
		"some other binary file": {"\x7fELF" + noise, "binary"},
	} {
		_, err := Diagnose([]byte(c.in), Options{})
		var nt *NotTextError
		if !errors.As(err, &nt) || !errors.Is(err, ErrNotText) || nt.Kind != c.kind {
			t.Errorf("%s: got %v, want a NotTextError of kind %s", name, err, c.kind)
		}
	}
}

// What looks like a file's signature or holds a stray NUL is still read
// when it is text, and a message keeps its binary attachment.
func TestTextIsNotRefused(t *testing.T) {
	for name, c := range map[string]struct {
		in   string
		want Category
	}{
		"a stray NUL in a pasted reply": {"550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown\x00\n", MailboxNotFound},
		"a line that starts like a PDF": {"%PDF-1.7 files are welcome, but:\n550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown\n", MailboxNotFound},
		"a message with a binary attachment": {"From: MAILER-DAEMON@example.net\r\nTo: ann@example.com\r\nSubject: Undelivered Mail Returned to Sender\r\n" +
			"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n" +
			"<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)\r\n" +
			"--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\n\r\n" + strings.Repeat("\x00\x01\x00\x02", 512) + "\r\n--b--\r\n", MailboxNotFound},
	} {
		d, err := Diagnose([]byte(c.in), Options{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if d.Category != c.want {
			t.Errorf("%s: got %s, want %s", name, d.Category, c.want)
		}
	}
}

// A text saved as UTF-16, with a byte-order mark of either order or with
// none, reads as the same text in UTF-8.
func TestUTF16IsRead(t *testing.T) {
	const text = "Delivery has failed to these recipients:\n\nbob@example.org\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n"
	be := func(s string) string {
		var b strings.Builder
		le := utf16LE(s)
		for i := 0; i+1 < len(le); i += 2 {
			b.WriteByte(le[i+1])
			b.WriteByte(le[i])
		}
		return b.String()
	}
	for name, in := range map[string]string{
		"little-endian with a mark": "\xff\xfe" + utf16LE(text),
		"big-endian with a mark":    "\xfe\xff" + be(text),
		"little-endian, no mark":    utf16LE(text),
		"big-endian, no mark":       be(text),
	} {
		d, err := Diagnose([]byte(in), Options{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if d.Category != MailboxNotFound || len(d.Recipients) != 1 || d.Recipients[0].Address != "bob@example.org" {
			t.Errorf("%s: got %s for %v, want %s for bob@example.org", name, d.Category, recipientAddresses(d), MailboxNotFound)
		}
	}
}

// Chinese saved as UTF-16 with no byte-order mark holds NULs at both
// parities ("一" is U+4E00): it is still read as the text it is, while a
// binary file with NULs at both parities is still refused.
func TestChineseUTF16WithoutAMarkIsRead(t *testing.T) {
	text := strings.Repeat("一封电子邮件退回意味着什么？如同一封信因为无法投递到收件人地址被退回。\n", 8)
	d, err := Diagnose([]byte(utf16LE(text)), Options{})
	if err != nil || !strings.Contains(d.Text, "电子邮件退回") {
		t.Errorf("Chinese in UTF-16 with no mark: %v, want it read as the Chinese it is", err)
	}
	noise := strings.Repeat("\x00\x01\x7f\x00\xfe\x00\x00\x10\x00\x4e\x00\x00", 64)
	if _, err := Diagnose([]byte(noise), Options{}); !errors.Is(err, ErrNotText) {
		t.Errorf("binary noise: got %v, want ErrNotText", err)
	}
}
