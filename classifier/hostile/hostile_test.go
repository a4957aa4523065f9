package hostile

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
)

func TestAllBounded(t *testing.T) {
	for _, in := range All() {
		if len(in.Data) == 0 || len(in.Data) > 9<<20 {
			t.Errorf("%s: %d bytes, want between 1 and 9 MiB", in.Name, len(in.Data))
		}
	}
}

func TestFakeBounceCarriesExe(t *testing.T) {
	msg := string(FakeBounceZipExe())
	start := strings.Index(msg, "base64\r\n\r\n") + len("base64\r\n\r\n")
	end := strings.Index(msg, "\r\n--fake--")
	raw, err := base64.StdEncoding.DecodeString(strings.ReplaceAll(msg[start:end], "\r\n", ""))
	if err != nil {
		t.Fatalf("decoding the attachment: %v", err)
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatalf("reading the zip: %v", err)
	}
	if got, want := zr.File[0].Name, "delivery-report.pdf.exe"; got != want {
		t.Errorf("got %q inside the zip, want %q", got, want)
	}
}

func TestDeepNestingDepth(t *testing.T) {
	if got := bytes.Count(DeepNesting(100), []byte("multipart/mixed")); got != 100 {
		t.Errorf("got %d multipart levels, want 100", got)
	}
}
