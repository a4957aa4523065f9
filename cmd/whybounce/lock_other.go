//go:build !unix

package main

// lockDataDir takes no lock where flock does not exist; the service is built
// for Linux and its containers, where the lock of lock_unix.go applies.
func lockDataDir(dir string) (unlock func(), err error) {
	return func() {}, nil
}
