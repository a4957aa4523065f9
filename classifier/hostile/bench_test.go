package hostile_test

import (
	"testing"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/classifier/hostile"
)

// BenchmarkDiagnose measures the engine on each hostile input: the cost of one
// hostile request, which the web service's limits are sized from.
//
//	go test ./classifier/hostile -bench . -benchtime 3x
func BenchmarkDiagnose(b *testing.B) {
	for _, in := range hostile.All() {
		b.Run(in.Name, func(b *testing.B) {
			b.SetBytes(int64(len(in.Data)))
			for b.Loop() {
				if _, err := classifier.Diagnose(in.Data, classifier.Options{Mine: []string{"example.org"}}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkNestedBomb measures the nested bomb at 250 KB, under the
// large-input threshold of the web service. At full size (9.9 MB) it costs
// about a hundred times more; the load test sends that one.
func BenchmarkNestedBomb(b *testing.B) {
	in := hostile.NestedBomb(250_000)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := classifier.Diagnose(in, classifier.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
