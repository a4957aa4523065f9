package classifier

import (
	"net/textproto"
	"strings"
	"testing"
)

// fieldKey writes a header field's name as textproto does, whatever its
// length or characters, and leaves out what keep does not name.
func TestFieldKeyAgreesWithTextproto(t *testing.T) {
	for _, name := range []string{"content-type", "X-MS-Exchange-Organization-SCL", "dkim-signature", "weird name",
		"x-" + strings.Repeat("very-long-", 10) + "name", "From"} {
		if got, want := fieldKey([]byte(name), nil), textproto.CanonicalMIMEHeaderKey(name); got != want {
			t.Errorf("fieldKey(%q) = %q, want %q", name, got, want)
		}
	}
	if got := fieldKey([]byte("received"), partFields); got != "Received" {
		t.Errorf("a kept field: got %q", got)
	}
	if got := fieldKey([]byte("subject"), partFields); got != "" {
		t.Errorf("a field keep does not name: got %q, want \"\"", got)
	}
}

// validFieldName must accept exactly the names textproto canonicalizes,
// so that a field's key is the one net/mail would give it.
func TestValidFieldNameAgreesWithTextproto(t *testing.T) {
	for b := 0; b < 256; b++ {
		name := "ab" + string([]byte{byte(b)}) + "cd"
		canonicalized := textproto.CanonicalMIMEHeaderKey(name) != name
		if got := validFieldName([]byte(name)); got != canonicalized {
			t.Errorf("validFieldName(%q) = %v, textproto canonicalizes it: %v", name, got, canonicalized)
		}
	}
}
