package classifier

import (
	"path/filepath"
	"testing"
)

// The messages of testdata/raw are whole bounces written from primary
// sources by a helper who read neither the rules nor the engine. They
// stress the structure around the words: HTML-only notices, transfer
// encodings and charsets, RFC 6533 reports, returned messages with
// attachments, several outcomes in one report, and bounces forwarded by a
// person or attached to a ticket. The first run of the engine on them,
// once the set was final and before any change made after looking at them,
// scored 69/73 recipients (94.52%), 67/69 status codes (97.10%) and 44/44
// high-confidence answers right. The misses: chasquid/two-failed-original-
// inline.eml (second recipient, "Could not find mail server", got unknown),
// outlook/forwarded-koi8r-gmail-disabled.eml (got unknown and no status),
// thunderbird/forward-as-attachment-spamcop.eml (got content-filtered and
// no status) and mailman/uncaught-bounce-qmail.eml (got not-a-bounce). The
// floors are those figures, truncated; the high-confidence floor is 99%,
// which 44 answers can only meet by being all right.
const (
	floorRawRecipients = 0.94
	floorRawStatus     = 0.97
	floorRawHigh       = 0.99
)

// TestRaw diagnoses every message of testdata/raw and asserts the floors:
// categories, status codes and the promise of high confidence.
func TestRaw(t *testing.T) {
	s := scoreLabelledSet(t, filepath.Join("testdata", "raw"))
	assertFloor(t, "raw recipients", s.RecipientsRight, s.Recipients, floorRawRecipients)
	assertFloor(t, "raw status codes", s.StatusRight, s.Status, floorRawStatus)
	if h := s.ByConfidence[High]; h != nil {
		assertFloor(t, "high-confidence raw answers", h.Right, h.Total, floorRawHigh)
	}
}
