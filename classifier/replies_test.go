package classifier

import (
	"path/filepath"
	"testing"
)

// The files of testdata/replies each carry one receiving server's reply,
// in words taken from that server's source code or its provider's
// published list of replies, inside a notice from a common sending MTA.
// They were written by a helper who read neither the rules nor the engine.
// The first run of the engine on the final set, before any change made
// after looking at it, scored 111/116 recipients (95.69%), 87/87 status
// codes and 43/43 high-confidence answers right. The misses: both
// greylisting replies (milter-greylist, postgrey) given server-problem,
// Exchange's "5.4.312 DNS query failed" given policy-rejected, T-Online's
// "A problem occurred" given unknown, and QQ's "Mail content denied" given
// policy-rejected. The floors sit just below those figures.
const (
	floorRepliesRecipients = 0.95
	floorRepliesStatus     = 0.99
	floorRepliesHigh       = 0.99
)

// TestReplies diagnoses every file of testdata/replies and asserts the
// floors: categories, status codes and the promise of high confidence.
func TestReplies(t *testing.T) {
	s := scoreLabelledSet(t, filepath.Join("testdata", "replies"))
	assertFloor(t, "replies recipients", s.RecipientsRight, s.Recipients, floorRepliesRecipients)
	assertFloor(t, "replies status codes", s.StatusRight, s.Status, floorRepliesStatus)
	if h := s.ByConfidence[High]; h != nil {
		assertFloor(t, "high-confidence replies answers", h.Right, h.Total, floorRepliesHigh)
	}
}
