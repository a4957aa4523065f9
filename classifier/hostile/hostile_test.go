package hostile

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"strings"
	"testing"

	"github.com/whybounce/whybounce/classifier"
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

// parts returns the bodies of a multipart message's parts, base64 decoded
// where they say so.
func parts(t *testing.T, msg []byte) (mediaType string, bodies [][]byte) {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(msg))
	if err != nil {
		t.Fatalf("reading the message: %v", err)
	}
	mediaType, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil {
		t.Fatalf("Content-Type: %v", err)
	}
	mr := multipart.NewReader(m.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return mediaType, bodies
		}
		if err != nil {
			t.Fatalf("next part: %v", err)
		}
		var r io.Reader = p
		if p.Header.Get("Content-Transfer-Encoding") == "base64" {
			r = base64.NewDecoder(base64.StdEncoding, p)
		}
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("reading a part: %v", err)
		}
		if ct := p.Header.Get("Content-Type"); ct != "" && ct != "message/rfc822" {
			t.Fatalf("part of type %q, want message/rfc822", ct)
		}
		bodies = append(bodies, b)
	}
}

// The nested bomb is the attack of issue 11: 20 base64 forwarded messages of
// 12 base64 forwarded messages of digests of small messages, about 9.9 MB at
// full size (490 messages a digest) and the same frame at 250 KB.
func TestNestedBombShape(t *testing.T) {
	for _, tt := range []struct {
		size             int
		minInner, maxInn int
	}{
		{9_900_000, 480, nestedInner},
		{250_000, 5, 14},
	} {
		b := NestedBomb(tt.size)
		if d := float64(len(b)-tt.size) / float64(tt.size); d < -0.1 || d > 0.01 {
			t.Errorf("NestedBomb(%d) is %d bytes, want within 10%% below to 1%% above", tt.size, len(b))
		}
		if len(b) > 10<<20 {
			t.Errorf("NestedBomb(%d) is %d bytes, over the service's 10 MiB limit", tt.size, len(b))
		}
		_, outer := parts(t, b)
		if len(outer) != 20 {
			t.Fatalf("NestedBomb(%d): %d outer parts, want 20", tt.size, len(outer))
		}
		_, middle := parts(t, outer[0])
		if len(middle) != 12 {
			t.Fatalf("NestedBomb(%d): %d parts in a forwarded message, want 12", tt.size, len(middle))
		}
		kind, inner := parts(t, middle[0])
		if kind != "multipart/digest" || len(inner) < tt.minInner || len(inner) > tt.maxInn {
			t.Errorf("NestedBomb(%d): a %s of %d messages, want a multipart/digest of %d to %d", tt.size, kind, len(inner), tt.minInner, tt.maxInn)
		}
		if !bytes.HasPrefix(inner[0], []byte("To: u0@x.example\r\n\r\n")) {
			t.Errorf("NestedBomb(%d): the innermost message is %q, want a small message", tt.size, inner[0])
		}
	}
}

// The engine reads at most 1 MiB of text: raising that cap would make every
// long input cost more, and this test fail.
func TestEngineTextCap(t *testing.T) {
	d, err := classifier.Diagnose(LongLine(3<<20), classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Text) > 1<<20 {
		t.Errorf("the engine kept %d bytes of text, want at most 1 MiB", len(d.Text))
	}
	if len(d.Text) < 1<<19 {
		t.Errorf("the engine kept %d bytes of text, want up to 1 MiB of it", len(d.Text))
	}
}
