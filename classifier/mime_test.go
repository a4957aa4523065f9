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
