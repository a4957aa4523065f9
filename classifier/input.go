package classifier

import (
	"bytes"
	"errors"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// Stage 1a: the bytes as they were given → the bytes of a message or a
// text in UTF-8. A file saved on Windows may start with a byte-order mark
// or be UTF-16 throughout (Notepad's "Unicode", Windows PowerShell's
// Out-File); the header block must come first for a message to be read
// as one, and UTF-16 holds a NUL after every ASCII letter. A file that is
// no text at all (an Outlook item, a screenshot, a PDF) is refused with
// what it is, so that the reader learns what to give instead of reading
// "not a bounce".

// ErrNotText is returned (inside a *NotTextError) for a file that is not
// text: whybounce reads a bounce's text or its source.
var ErrNotText = errors.New("the input is not text")

// NotTextError says what kind of file was given instead of text.
type NotTextError struct {
	// Kind is "outlook-item" (a .msg file), "image", "pdf", "archive"
	// (a zip file, a Word or OpenDocument file) or "binary".
	Kind string
}

func (e *NotTextError) Error() string { return ErrNotText.Error() + " (" + e.Kind + ")" }

// Unwrap lets errors.Is match ErrNotText.
func (e *NotTextError) Unwrap() error { return ErrNotText }

// fileSignatures are the first bytes of the files people drop instead of a
// bounce's text, and what each is. The signatures are the formats' own:
// [MS-CFB] 2.2 (the compound file an Outlook .msg is), the PNG, JPEG, GIF,
// WebP and TIFF specifications, PDF (ISO 32000 7.5.2) and zip
// (APPNOTE 4.3.7, which .docx and .odt files are too).
var fileSignatures = []struct {
	magic, kind string
	// maybeText is true for a signature a text could start with too
	// ("%PDF-1.7 files are welcome, but: 550 ..."): such a file is refused
	// only when it is not text (notText).
	maybeText bool
}{
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "outlook-item", false},
	{"\x89PNG\r\n\x1a\n", "image", false},
	{"\xff\xd8\xff", "image", false},
	{"GIF87a", "image", true},
	{"GIF89a", "image", true},
	{"II*\x00", "image", false},
	{"MM\x00*", "image", false},
	{"%PDF-", "pdf", true},
	{"PK\x03\x04", "archive", false},
}

// readInput gives the bytes of a message or a text in UTF-8, with its line
// ends as written, or a *NotTextError.
func readInput(raw []byte) ([]byte, error) {
	out, err := decodeInput(raw)
	if err != nil {
		return nil, err
	}
	return singleCR(out), nil
}

// singleCR undoes a second conversion to CRLF line ends (a file that was
// CRLF already, converted again on its way: "\r\r\n" at every line end),
// which leaves a message with no blank line after its header. Its first
// line end tells.
func singleCR(raw []byte) []byte {
	i := bytes.IndexByte(raw[:min(len(raw), maxFirstLine)], '\n')
	if i < 2 || raw[i-1] != '\r' || raw[i-2] != '\r' {
		return raw
	}
	return bytes.ReplaceAll(raw, []byte("\r\r\n"), []byte("\r\n"))
}

// maxFirstLine is how far singleCR looks for the first line end.
const maxFirstLine = 4 << 10

// decodeInput is readInput before the line ends are looked at.
func decodeInput(raw []byte) ([]byte, error) {
	for _, s := range fileSignatures {
		if bytes.HasPrefix(raw, []byte(s.magic)) && (!s.maybeText || notText(raw)) {
			return nil, &NotTextError{Kind: s.kind}
		}
	}
	if len(raw) >= 12 && string(raw[:4]) == "RIFF" && string(raw[8:12]) == "WEBP" {
		return nil, &NotTextError{Kind: "image"}
	}
	switch {
	case bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")):
		return raw[3:], nil
	case bytes.HasPrefix(raw, []byte("\xff\xfe")):
		return fromUTF16(raw[2:], false), nil
	case bytes.HasPrefix(raw, []byte("\xfe\xff")):
		return fromUTF16(raw[2:], true), nil
	case bytes.IndexByte(raw[:min(len(raw), utf16Sample)], 0) < 0:
		return raw, nil // text, as nearly every input is
	}
	if _, message := unpasteMessage(raw); message {
		return raw, nil // a message, with an attachment in binary
	}
	if bigEndian, ok := looksUTF16(raw); ok {
		return fromUTF16(raw, bigEndian), nil
	}
	if binaryText(raw) {
		return nil, &NotTextError{Kind: "binary"}
	}
	return raw, nil
}

// utf16Sample is how much of an input without a byte-order mark is looked
// at to tell UTF-16.
const utf16Sample = 1024

// minUTF16Nuls is the fewest NULs at one parity that tell UTF-16 from a
// UTF-8 text with a stray NUL or two. Fewer do in a text that is no UTF-8
// (a short one in Chinese or Japanese, whose few ASCII characters are
// its only NULs).
const minUTF16Nuls = 4

// looksUTF16 reports whether raw, which has no byte-order mark, is UTF-16:
// its ASCII characters (every letter of English, the spaces, digits and
// line ends of any other language) hold a NUL in one byte of two, at odd
// offsets for little-endian and at even ones for big-endian. Where the
// other offsets hold NULs too, what the sample decodes to decides:
// Chinese and Japanese hold some there ("一" is U+4E00, one NUL in each)
// and decode to text one way only, while a binary file decodes to control
// characters, unpaired surrogates and unassigned code points both ways.
func looksUTF16(raw []byte) (bigEndian, ok bool) {
	n := min(len(raw), utf16Sample) &^ 1
	if n < 8 {
		return false, false
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if raw[i] == 0 {
			even++
		}
		if raw[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	valid := utf8.Valid(raw[:n])
	le := odd*50 >= pairs && (odd >= minUTF16Nuls || !valid)
	be := even*50 >= pairs && (even >= minUTF16Nuls || !valid)
	switch {
	case le && even == 0:
		return false, true
	case be && odd == 0:
		return true, true
	}
	leShare, beShare := 0.0, 0.0
	if le {
		leShare = textShare(raw[:n], false)
	}
	if be {
		beShare = textShare(raw[:n], true)
	}
	switch {
	case leShare >= minTextShare && leShare >= beShare:
		return false, true
	case beShare >= minTextShare:
		return true, true
	}
	return false, false
}

// minTextShare is the share of a UTF-16 sample's characters that must be
// text (textShare) for it to read as UTF-16 when NULs stand at both
// parities: all but one in fifty.
const minTextShare = 0.98

// textShare is the share of the characters UTF-16 sample decodes to that
// are text: letters, marks, numbers, punctuation, symbols and white space,
// not controls, private-use code points or undecodable units.
func textShare(sample []byte, bigEndian bool) float64 {
	text, all := 0, 0
	for _, r := range string(fromUTF16(sample, bigEndian)) {
		all++
		if r == '\n' || r == '\r' || r == '\t' || unicode.IsGraphic(r) && r != utf8.RuneError && !unicode.Is(unicode.Co, r) {
			text++
		}
	}
	if all == 0 {
		return 0
	}
	return float64(text) / float64(all)
}

// fromUTF16 decodes UTF-16 text to UTF-8; a last odd byte is dropped.
func fromUTF16(raw []byte, bigEndian bool) []byte {
	u := make([]uint16, len(raw)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(raw[2*i])<<8 | uint16(raw[2*i+1])
		} else {
			u[i] = uint16(raw[2*i+1])<<8 | uint16(raw[2*i])
		}
	}
	return []byte(string(utf16.Decode(u)))
}

// notText reports whether the start of raw is neither UTF-8 nor free of
// NULs: a PDF's second line, a GIF's palette.
func notText(raw []byte) bool {
	sample := raw
	if len(raw) > 1024 {
		cut := 1024
		for cut > 1020 && !utf8.RuneStart(raw[cut]) {
			cut--
		}
		sample = raw[:cut]
	}
	return !utf8.Valid(sample) || bytes.IndexByte(sample, 0) >= 0
}

// binarySample is how much of the input's start tells a binary file.
const binarySample = 8192

// binaryText reports whether the start of raw holds more NUL bytes than a
// text with a stray one or two: at least eight, and one in a hundred.
func binaryText(raw []byte) bool {
	sample := raw[:min(len(raw), binarySample)]
	n := bytes.Count(sample, []byte{0})
	return n >= 8 && n*100 > len(sample)
}

// legacyText gives a text saved in a legacy character set (a Windows
// "ANSI" code page, Shift_JIS, KOI8-R: what Notepad saved before it saved
// UTF-8) in UTF-8; text that is UTF-8 is returned as it is. The charset is
// guessed by chardet, the detector enmime uses for parts that name none; a
// text that is mostly UTF-8 with a few broken bytes stays UTF-8, since
// decoding it again would garble every character it has right. Only what
// is read as text comes here (textOf): a message's parts name their
// charsets.
func legacyText(raw []byte) []byte {
	if utf8.Valid(raw) {
		return raw
	}
	sample := raw[:min(len(raw), legacySample)]
	good, bad := 0, 0
	for i := 0; i < len(sample); {
		r, n := utf8.DecodeRune(sample[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
		case n > 1:
			good++
		}
		i += n
	}
	if good > bad {
		return raw
	}
	best, err := chardet.NewTextDetector().DetectBest(sample)
	if err != nil {
		return raw
	}
	enc, err := htmlindex.Get(best.Charset)
	if err != nil {
		enc = charmap.Windows1252
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return raw
	}
	return out
}

// legacySample is how much of a text legacyText reads to guess its
// charset.
const legacySample = 16 << 10
