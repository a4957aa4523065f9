package triage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ReadPath reads a file (a message, an mbox or a zip archive), a Maildir (its
// new and cur folders) or a folder of such files, found recursively in name
// order, and emits their messages. Hidden files and links are left out, so a
// link cannot lead the walk in circles.
func ReadPath(ctx context.Context, p string, lim Limits, emit Emit) error {
	fi, err := os.Stat(p)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return readFile(ctx, p, lim, emit)
	}
	if isMaildir(p) {
		for _, sub := range []string{"cur", "new"} {
			if err := readDir(ctx, filepath.Join(p, sub), lim, emit); err != nil {
				return err
			}
		}
		return nil
	}
	return readDir(ctx, p, lim, emit)
}

func isMaildir(p string) bool {
	for _, sub := range []string{"cur", "new"} {
		if fi, err := os.Stat(filepath.Join(p, sub)); err != nil || !fi.IsDir() {
			return false
		}
	}
	return true
}

// readDir walks dir in name order; Maildirs met on the way are read as such
// (their tmp folder holds messages still being written).
func readDir(ctx context.Context, dir string, lim Limits, emit Emit) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return emit(Input{Name: p, Err: fmt.Errorf("could not be read: %w", unwrapPath(err))})
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		hidden := p != dir && strings.HasPrefix(d.Name(), ".")
		switch {
		case d.IsDir() && (hidden || d.Name() == "tmp" && isMaildir(filepath.Dir(p))):
			return filepath.SkipDir
		case d.IsDir(), hidden, !d.Type().IsRegular():
			return nil
		}
		return readFile(ctx, p, lim, emit)
	})
}

func readFile(ctx context.Context, p string, lim Limits, emit Emit) error {
	f, err := os.Open(p)
	if err != nil {
		return emit(Input{Name: p, Err: fmt.Errorf("could not be read: %w", unwrapPath(err))})
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return emit(Input{Name: p, Err: fmt.Errorf("could not be read: %w", unwrapPath(err))})
	}
	// A file on disk can be read at random already: no spooling for a zip.
	spool := func(io.Reader) (io.ReaderAt, int64, func(), error) { return f, fi.Size(), func() {}, nil }
	return ReadStream(ctx, p, f, lim, spool, emit)
}

// unwrapPath drops the path an *fs.PathError repeats: the name is said already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// SpoolTo returns a Spool that copies a stream into an unnamed temporary file
// in dir (the system's when ""), at most max bytes of it. The file is removed
// from its folder as soon as it is made, so nothing is left behind whatever
// happens to the process; cleanup closes it.
func SpoolTo(dir string, max int64) Spool {
	return func(r io.Reader) (io.ReaderAt, int64, func(), error) {
		f, err := os.CreateTemp(dir, "whybounce-triage-*")
		if err != nil {
			return nil, 0, nil, fmt.Errorf("spool the archive: %w", err)
		}
		cleanup := func() { f.Close() }
		if err := os.Remove(f.Name()); err != nil {
			// Where an open file cannot be removed (Windows), remove it on cleanup.
			name := f.Name()
			cleanup = func() { f.Close(); os.Remove(name) }
		}
		n, err := io.Copy(f, io.LimitReader(r, max+1))
		if err == nil && n > max {
			err = fmt.Errorf("the archive is larger than the limit of %s", SizeText(max))
		}
		if err != nil {
			cleanup()
			return nil, 0, nil, err
		}
		return f, n, cleanup, nil
	}
}
