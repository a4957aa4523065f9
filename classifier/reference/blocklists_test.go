package reference

import (
	"testing"

	"github.com/whybounce/whybounce/classifier"
)

// TestEveryDetectedBlocklistHasAPage checks that each blocklist the engine can
// name in a diagnosis (classifier.Blocklists) has a reference entry, found by
// its name or one of the phrases that identify it.
func TestEveryDetectedBlocklistHasAPage(t *testing.T) {
	for _, b := range classifier.Blocklists {
		keys := append([]string{b.Name}, b.Phrases...)
		found := false
		for _, k := range keys {
			if _, ok := Get(k); ok {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("blocklist %q (phrases %q) has no reference entry", b.Name, b.Phrases)
		}
	}
}
