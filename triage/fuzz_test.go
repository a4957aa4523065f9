package triage

import (
	"archive/zip"
	"bytes"
	"context"
	"testing"
)

// FuzzReadStream feeds any bytes to the readers (one message, an mbox, a
// zip): they must not panic, every message is either read or refused with a
// reason, and none is larger than the limit.
func FuzzReadStream(f *testing.F) {
	f.Add(bounceN(1))
	var mbox bytes.Buffer
	WriteMbox(&mbox, bounceN(1), []byte("From: a@b\n\n>From x\n"), bounceN(2))
	f.Add(mbox.Bytes())
	f.Add(mbox.Bytes()[:mbox.Len()/2])
	var z bytes.Buffer
	zw := zip.NewWriter(&z)
	w, _ := zw.Create("a.eml")
	w.Write(bounceN(3))
	w, _ = zw.Create("../b.eml")
	w.Write(bounceN(4))
	zw.Close()
	f.Add(z.Bytes())
	f.Add([]byte("From \n\nFrom a b 1:00\n"))
	lim := Limits{MaxMessageBytes: 4 << 10, MaxUnpacked: 64 << 10}
	f.Fuzz(func(t *testing.T, in []byte) {
		err := ReadStream(context.Background(), "in", bytes.NewReader(in), lim, SpoolTo("", 1<<20), func(m Input) error {
			if (m.Err == nil) == (m.Raw == nil) {
				t.Fatalf("%s: got raw %d bytes and error %v; want one of them", m.Name, len(m.Raw), m.Err)
			}
			if int64(len(m.Raw)) > lim.MaxMessageBytes {
				t.Fatalf("%s: %d bytes, over the limit", m.Name, len(m.Raw))
			}
			return nil
		})
		if err != nil {
			t.Fatalf("ReadStream: %v", err)
		}
	})
}
