package reference

import (
	"strings"
	"testing"

	"github.com/whybounce/whybounce/classifier"
)

// TestStatusCodesAgree checks that a status code's page and the engine's
// own table (classifier/knowledge/status.tsv) lead to the same category,
// so a reader who looks a code up is told what the diagnosis said.
func TestStatusCodesAgree(t *testing.T) {
	for _, e := range All() {
		if e.Kind != KindEnhanced && e.Kind != KindProvider {
			continue
		}
		code, _, _ := strings.Cut(e.Code, "-") // a range: its first code
		if strings.Count(code, ".") != 2 || e.Category == classifier.Unknown {
			continue
		}
		// A standard code's page against the engine's standard meaning, a
		// provider's page against the engine's row for that provider.
		got, standard, ok := classifier.StatusCategory(code)
		if ok && standard == (e.Kind == KindEnhanced) && got != e.Category {
			t.Errorf("%s (%s): the page says %s, the engine %s", e.Code, e.ID, e.Category, got)
		}
	}
}
