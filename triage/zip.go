package triage

import (
	"archive/zip"
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// ReadZip reads the zip archive in ra (size bytes) and emits the messages of
// its entries, in the archive's order. What is refused is refused by name,
// and the rest go on: an entry whose name climbs out of the archive (".."),
// or is an absolute path; an encrypted entry; an archive inside the archive;
// an entry that unpacks to more than MaxRatio times its compressed size, or
// to more than a message may be. An archive that would unpack to more than
// MaxUnpacked in all is refused whole before anything is read; one whose
// entries lie about their sizes is stopped when it reaches it, keeping what
// was read. An entry that is itself an mbox is read as one.
func ReadZip(ctx context.Context, name string, ra io.ReaderAt, size int64, lim Limits, emit Emit) error {
	lim = lim.withDefaults()
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return emit(Input{Name: name, Err: fmt.Errorf("not a zip archive that can be read: %w", err)})
	}
	var declared uint64
	for _, f := range zr.File {
		declared += f.UncompressedSize64
	}
	if declared > uint64(lim.MaxUnpacked) {
		return emit(Input{Name: name, Err: fmt.Errorf("refused as a zip bomb: it would unpack to %s, more than the limit of %s",
			SizeText(int64(min(declared, 1<<62))), SizeText(lim.MaxUnpacked))})
	}
	var unpacked int64
	for _, f := range zr.File {
		if err := ctx.Err(); err != nil {
			return err
		}
		entry := name + ": " + displayName(f.Name)
		if f.FileInfo().IsDir() || skipEntry(f.Name) {
			continue
		}
		if why := refuseEntry(f, lim); why != "" {
			if err := emit(Input{Name: entry, Err: errors.New(why)}); err != nil {
				return err
			}
			continue
		}
		rc, err := f.Open()
		if err != nil {
			if err := emit(Input{Name: entry, Err: fmt.Errorf("could not be unpacked: %w", err)}); err != nil {
				return err
			}
			continue
		}
		budget := lim.MaxUnpacked - unpacked
		cr := &countingReader{r: rc, limit: budget}
		err = readEntry(ctx, entry, f, cr, lim, emit)
		rc.Close()
		unpacked += cr.n
		if cr.over {
			return emit(Input{Name: entry, Err: fmt.Errorf("refused as a zip bomb: the archive unpacks to more than the limit of %s; reading stopped here", SizeText(lim.MaxUnpacked))})
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// readEntry emits the messages of one entry: an mbox, or one message.
func readEntry(ctx context.Context, entry string, f *zip.File, r io.Reader, lim Limits, emit Emit) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(sniffLen)
	switch sniffNamed(f.Name, head) {
	case Zip, OtherArchive:
		return emit(Input{Name: entry, Err: errors.New("an archive inside the archive is not opened: put the messages themselves in the zip")})
	case Mbox:
		return ReadMbox(ctx, entry, br, lim, emit)
	}
	raw, err := io.ReadAll(io.LimitReader(br, lim.MaxMessageBytes+1))
	switch {
	case err != nil && errors.Is(err, errOverBudget):
		return nil // the caller says why
	case err != nil:
		return emit(Input{Name: entry, Err: fmt.Errorf("could not be unpacked: %w", err)})
	case int64(len(raw)) > lim.MaxMessageBytes:
		return emit(Input{Name: entry, Err: tooLarge(lim)})
	case int64(len(raw)) > 1<<20 && f.CompressedSize64 > 0 && uint64(len(raw))/f.CompressedSize64 > uint64(lim.MaxRatio):
		return emit(Input{Name: entry, Err: ratioError(lim)})
	case len(raw) == 0:
		return emit(Input{Name: entry, Err: errors.New("the file is empty")})
	}
	return emit(Input{Name: entry, Raw: raw})
}

// skipEntry reports whether an entry is one of the files that archivers add
// beside the content (macOS resource forks, Finder and Windows metadata).
func skipEntry(name string) bool {
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	return strings.HasPrefix(name, "__MACOSX/") || base == ".DS_Store" || base == "Thumbs.db" || base == "desktop.ini"
}

// refuseEntry says why an entry is not read, from its header alone, or "".
func refuseEntry(f *zip.File, lim Limits) string {
	n := strings.ReplaceAll(f.Name, "\\", "/")
	switch {
	case strings.HasPrefix(n, "/") || len(n) >= 2 && n[1] == ':':
		return "refused: the name is an absolute path, which an archive of messages has no need of"
	case n == ".." || strings.HasPrefix(n, "../") || strings.HasSuffix(n, "/..") || strings.Contains(n, "/../"):
		return `refused: the name leads out of the archive ("..")`
	case f.Flags&0x1 != 0:
		return "refused: the entry is encrypted; unpack it with its password first"
	case isArchiveName(n):
		return "an archive inside the archive is not opened: put the messages themselves in the zip"
	case f.UncompressedSize64 > uint64(lim.MaxMessageBytes) && !isMboxName(n):
		return tooLarge(lim).Error()
	case f.UncompressedSize64 > 1<<20 && (f.CompressedSize64 == 0 || f.UncompressedSize64/max(f.CompressedSize64, 1) > uint64(lim.MaxRatio)):
		return ratioError(lim).Error()
	}
	return ""
}

func ratioError(lim Limits) error {
	return fmt.Errorf("refused as a zip bomb: it unpacks to more than %d times its packed size", lim.MaxRatio)
}

func isArchiveName(n string) bool {
	n = strings.ToLower(n)
	for _, ext := range []string{".zip", ".gz", ".tgz", ".tar", ".7z", ".rar", ".bz2", ".xz", ".zst", ".jar"} {
		if strings.HasSuffix(n, ext) {
			return true
		}
	}
	return false
}

func isMboxName(n string) bool {
	n = strings.ToLower(n)
	return strings.HasSuffix(n, ".mbox") || strings.HasSuffix(n, ".mbx") || !strings.Contains(path.Base(n), ".")
}

// errOverBudget is what countingReader returns past its limit.
var errOverBudget = errors.New("over the unpacked budget")

// countingReader counts what it reads and fails past limit.
type countingReader struct {
	r     io.Reader
	n     int64
	limit int64
	over  bool
}

func (c *countingReader) Read(p []byte) (int, error) {
	if c.n >= c.limit {
		c.over = true
		return 0, errOverBudget
	}
	if int64(len(p)) > c.limit-c.n {
		p = p[:c.limit-c.n]
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
