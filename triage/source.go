// Package triage reads many bounces at once (an mbox, a zip of .eml files, a
// Maildir, a folder of files), diagnoses each on a bounded pool of workers,
// and adds up what to do with the list: totals by category, domain, provider
// and day, one row per recipient, and the addresses to remove or to retry.
//
// Everything streams: a source hands over one message at a time, at most a
// few per worker are held at once, and the results come back in the order
// the messages were read.
package triage

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/whybounce/whybounce/classifier"
)

// Input is one message as a source read it, before it is diagnosed.
type Input struct {
	// Name says where it came from: a path, "bounces.zip: a/b.eml", or
	// "inbox.mbox, message 12".
	Name string
	// Raw is the message; nil when Err is set.
	Raw []byte
	// Err says why the message could not be read; the others go on.
	Err error
	// Note is something the reader should know about a message that was read
	// ("the input ends inside this message: it may be cut short").
	Note string
}

// Emit hands one message to the run. An error from it (the run was
// cancelled, or has read as many messages as it may) stops the source,
// which returns it.
type Emit func(Input) error

// Limits bound what one run reads, whatever its input.
type Limits struct {
	// MaxMessages is the most messages a run reads; 0 means no limit.
	MaxMessages int
	// MaxMessageBytes is the largest single message read; a larger one is
	// listed as unreadable. 0 means classifier.MaxInput.
	MaxMessageBytes int64
	// MaxUnpacked bounds what the archives of a run may unpack to, in all;
	// 0 means DefaultMaxUnpacked.
	MaxUnpacked int64
	// MaxRatio bounds how many times its compressed size an archive entry
	// may unpack to; 0 means DefaultMaxRatio.
	MaxRatio int64
}

// Defaults of Limits.
const (
	DefaultMaxMessages = 100_000
	DefaultMaxUnpacked = 1 << 30
	// Bounces are text and compress well, a few times to a few dozen;
	// a hundredfold is a bomb.
	DefaultMaxRatio = 100
)

func (l Limits) withDefaults() Limits {
	if l.MaxMessageBytes <= 0 {
		l.MaxMessageBytes = classifier.MaxInput
	}
	if l.MaxUnpacked <= 0 {
		l.MaxUnpacked = DefaultMaxUnpacked
	}
	if l.MaxRatio <= 0 {
		l.MaxRatio = DefaultMaxRatio
	}
	return l
}

// ErrTooManyMessages stops a run that has read Limits.MaxMessages messages.
var ErrTooManyMessages = errors.New("the input holds more messages than the limit")

// Kind is what a stream of bytes holds, from its first bytes.
type Kind int

const (
	// Message is one message (.eml, or text copied out of a mail program).
	Message Kind = iota
	// Mbox is a mailbox of messages, each starting with a "From " line.
	Mbox
	// Zip is a zip archive.
	Zip
	// OtherArchive is a compressed file or archive whybounce does not open
	// (gzip, 7z, rar, bzip2, xz).
	OtherArchive
)

// sniffLen is how many bytes Sniff needs.
const sniffLen = 8

// Sniff tells what head, the first bytes of a stream, starts.
func Sniff(head []byte) Kind {
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return Zip
	case bytes.HasPrefix(head, []byte("\x1f\x8b")), bytes.HasPrefix(head, []byte("7z\xbc\xaf\x27\x1c")),
		bytes.HasPrefix(head, []byte("Rar!")), bytes.HasPrefix(head, []byte("BZh")),
		bytes.HasPrefix(head, []byte("\xfd7zXZ\x00")):
		return OtherArchive
	case bytes.HasPrefix(head, []byte("From ")):
		return Mbox
	}
	return Message
}

// sniffNamed is Sniff, except that a file named .eml is one message
// whatever its first line: some tools save a message after an mbox "From "
// line, and a message may quote another's.
func sniffNamed(name string, head []byte) Kind {
	k := Sniff(head)
	if k == Mbox && strings.HasSuffix(strings.ToLower(name), ".eml") {
		return Message
	}
	return k
}

// ReadStream reads r, which holds one message, an mbox or (when it can be
// spooled, see Spool) a zip archive, and emits its messages. name names the
// stream in what is emitted.
func ReadStream(ctx context.Context, name string, r io.Reader, lim Limits, spool Spool, emit Emit) error {
	lim = lim.withDefaults()
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: %w", name, err)
	}
	switch sniffNamed(name, head) {
	case Zip:
		if spool == nil {
			return emit(Input{Name: name, Err: errors.New("a zip archive cannot be read from here: give it as a file")})
		}
		f, size, cleanup, err := spool(br)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		defer cleanup()
		return ReadZip(ctx, name, f, size, lim, emit)
	case OtherArchive:
		return emit(Input{Name: name, Err: errors.New("a compressed file other than zip: unpack it first, or put the messages in a .zip")})
	case Mbox:
		return ReadMbox(ctx, name, br, lim, emit)
	}
	return readOne(name, br, lim, emit)
}

// Spool copies a stream to a temporary place that can be read at random, as
// a zip archive must be, and returns it with its size and the function that
// removes it.
type Spool func(r io.Reader) (f io.ReaderAt, size int64, cleanup func(), err error)

// readOne emits the whole of r as one message, or as unreadable when it is
// larger than a message may be.
func readOne(name string, r io.Reader, lim Limits, emit Emit) error {
	raw, err := io.ReadAll(io.LimitReader(r, lim.MaxMessageBytes+1))
	if err != nil {
		return emit(Input{Name: name, Err: fmt.Errorf("could not be read: %w", err)})
	}
	if int64(len(raw)) > lim.MaxMessageBytes {
		// Drain the rest, so the stream can go on to its next part.
		_, _ = io.Copy(io.Discard, r)
		return emit(Input{Name: name, Err: tooLarge(lim)})
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return emit(Input{Name: name, Err: errors.New("the file is empty")})
	}
	return emit(Input{Name: name, Raw: raw})
}

func tooLarge(lim Limits) error {
	return fmt.Errorf("larger than %s, too large to be a bounce", SizeText(lim.MaxMessageBytes))
}

// SizeText writes a byte count for people: "10 MB", "512 KB", "1 GB".
func SizeText(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", (n+1<<9)>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// displayName makes a name from an archive or a folder safe to show: no
// control characters, and not endless.
func displayName(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || classifier.IsDirectionControl(r) {
			return '?'
		}
		return r
	}, strings.ToValidUTF8(s, "?"))
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}
