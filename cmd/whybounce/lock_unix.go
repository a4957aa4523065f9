//go:build unix

package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// lockFile is the file in the data directory whose lock says a server uses it.
const lockFile = "whybounce.lock"

// lockDataDir takes an exclusive lock on dir for this process, creating dir
// if needed, or says which process holds it. Two servers on one directory
// would each keep their own rate limits and write one store without knowing
// of each other. The lock goes with the process, however it ends; the
// returned function releases it earlier.
func lockDataDir(dir string) (unlock func(), err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create data directory: %w", err)
	}
	path := filepath.Join(dir, lockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("lock data directory: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			holder := "another whybounce"
			if b, err := os.ReadFile(path); err == nil {
				if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {
					holder = fmt.Sprintf("another whybounce (pid %d)", pid)
				}
			}
			return nil, fmt.Errorf("data directory %s is in use by %s: stop it first, or give this one its own --data-dir", dir, holder)
		}
		return nil, fmt.Errorf("lock data directory: %w", err)
	}
	// Say who holds it, for the message above.
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return func() { f.Close() }, nil
}
