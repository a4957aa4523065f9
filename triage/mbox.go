package triage

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
)

// fromLine matches the separator line of an mbox: "From sender date", the
// date with a time in it ("From MAILER-DAEMON Fri Jul  8 12:08:34 2011",
// "From - Mon Jan 01 00:00:00 2024"). A body line that merely starts with
// "From " rarely carries a time, so requiring one keeps an unquoted mboxo
// body line from splitting a message.
var fromLine = regexp.MustCompile(`^From \S+ +\S.*\d:\d\d`)

// ReadMbox reads an mbox (mboxrd, or mboxo) from r and emits its messages as
// they come, holding one message at a time. A message starts at a "From "
// line at the start of the input or after an empty line; lines of the body
// quoted as ">From " (or ">>From ", mboxrd) lose one '>'. A message larger
// than the limit is listed as unreadable and skipped to the next one. When
// the input ends in the middle of a line, the last message is emitted with a
// note that it may be cut short; when reading fails, what was read is
// emitted first and the error is returned.
func ReadMbox(ctx context.Context, name string, r io.Reader, lim Limits, emit Emit) error {
	lim = lim.withDefaults()
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	var (
		msg      bytes.Buffer
		n        int  // messages started
		open     bool // a message is being read
		over     bool // the message is over the size limit; the rest is skipped
		blank    = true
		lastLine []byte
	)
	flush := func(note string) error {
		if !open {
			return nil
		}
		open = false
		in := Input{Name: name + ", message " + strconv.Itoa(n), Note: note}
		if over {
			in.Err = tooLarge(lim)
		} else {
			raw := msg.Bytes()
			// The empty line before the next "From " belongs to the mbox.
			raw = trimSeparator(raw)
			if len(bytes.TrimSpace(raw)) == 0 {
				in.Err = errors.New("the message is empty")
			} else {
				in.Raw = bytes.Clone(raw)
			}
		}
		msg.Reset()
		over = false
		return emit(in)
	}
	var line []byte
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		line, err = readLine(br, line[:0], lim.MaxMessageBytes)
		if len(line) > 0 {
			lastLine = line
			if blank && bytes.HasPrefix(line, []byte("From ")) && fromLine.Match(line) {
				if err := flush(""); err != nil {
					return err
				}
				n++
				open = true
			} else if open && !over {
				body := unquoteFrom(line)
				if int64(msg.Len()+len(body)) > lim.MaxMessageBytes {
					over = true
					msg.Reset()
				} else {
					msg.Write(body)
				}
			} else if !open && n == 0 && len(bytes.TrimSpace(line)) > 0 {
				// Text before the first "From " line: not an mbox after all.
				n++
				open = true
				msg.Write(line)
			}
			blank = isBlank(line)
		}
		switch {
		case errors.Is(err, io.EOF):
			note := ""
			if len(lastLine) > 0 && lastLine[len(lastLine)-1] != '\n' {
				note = "The input ends in the middle of this message: it may be cut short."
			}
			return flush(note)
		case err != nil:
			if ferr := flush("Reading the input failed in the middle of this message: it may be cut short."); ferr != nil {
				return ferr
			}
			return fmt.Errorf("%s: reading stopped after %d messages: %w", name, n, err)
		}
	}
}

// readLine appends the next line of br, with its newline, to buf. A line
// longer than max is cut into pieces of the buffer's size, which the caller
// sees as lines of their own: such a message is over the limit anyway.
func readLine(br *bufio.Reader, buf []byte, max int64) ([]byte, error) {
	for {
		part, err := br.ReadSlice('\n')
		buf = append(buf, part...)
		if errors.Is(err, bufio.ErrBufferFull) {
			if int64(len(buf)) > max {
				return buf, nil
			}
			continue
		}
		return buf, err
	}
}

func isBlank(line []byte) bool {
	return len(bytes.TrimRight(line, "\r\n")) == 0
}

// unquoteFrom removes one '>' from a line of the form ">From ", ">>From ", ...
func unquoteFrom(line []byte) []byte {
	i := 0
	for i < len(line) && line[i] == '>' {
		i++
	}
	if i > 0 && bytes.HasPrefix(line[i:], []byte("From ")) {
		return line[1:]
	}
	return line
}

// trimSeparator drops the one empty line that ends a message in an mbox.
func trimSeparator(raw []byte) []byte {
	switch {
	case bytes.HasSuffix(raw, []byte("\r\n\r\n")):
		return raw[:len(raw)-2]
	case bytes.HasSuffix(raw, []byte("\n\n")):
		return raw[:len(raw)-1]
	}
	return raw
}

// WriteMbox writes msgs as an mboxrd: each after a "From " line, its lines
// starting with ">*From " quoted with one more '>', and an empty line after
// it. Tests and the benchmark build their inputs with it.
func WriteMbox(w io.Writer, msgs ...[]byte) error {
	bw := bufio.NewWriter(w)
	for _, m := range msgs {
		ends := bytes.HasSuffix(m, []byte("\n"))
		bw.WriteString("From MAILER-DAEMON Mon Jan  5 10:00:00 2026\n")
		for len(m) > 0 {
			line := m
			if i := bytes.IndexByte(m, '\n'); i >= 0 {
				line, m = m[:i+1], m[i+1:]
			} else {
				m = nil
			}
			j := 0
			for j < len(line) && line[j] == '>' {
				j++
			}
			if bytes.HasPrefix(line[j:], []byte("From ")) {
				bw.WriteByte('>')
			}
			bw.Write(line)
		}
		if !ends {
			bw.WriteByte('\n')
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
