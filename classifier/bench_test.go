package classifier

import (
	"bytes"
	"testing"

	"github.com/jhillyerd/enmime/v2"
)

// corpusMessages loads every labelled corpus message once.
func corpusMessages(b testing.TB) [][]byte {
	b.Helper()
	labels := corpusLabels(b)
	msgs := make([][]byte, 0, len(labels))
	for _, l := range labels {
		msgs = append(msgs, readCorpusFile(b, l))
	}
	return msgs
}

// BenchmarkDiagnoseCorpus measures the whole engine on the corpus.
//
//	go test -run '^$' -bench Corpus -benchtime 20x ./classifier
func BenchmarkDiagnoseCorpus(b *testing.B) {
	msgs := corpusMessages(b)
	b.ResetTimer()
	for b.Loop() {
		for _, m := range msgs {
			if _, err := Diagnose(m, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkEnmimeDecodeCorpus measures enmime.ReadEnvelope alone, with its
// default options, on the same messages: the cost of decoding only.
func BenchmarkEnmimeDecodeCorpus(b *testing.B) {
	msgs := corpusMessages(b)
	b.ResetTimer()
	for b.Loop() {
		for _, m := range msgs {
			_, _ = enmime.ReadEnvelope(bytes.NewReader(m)) // some corpus messages are not MIME
		}
	}
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkEnmimePartsCorpus measures the decoding the engine itself asks of
// enmime (ReadParts with the engine's options), for comparison.
func BenchmarkEnmimePartsCorpus(b *testing.B) {
	msgs := corpusMessages(b)
	b.ResetTimer()
	for b.Loop() {
		for _, m := range msgs {
			_, _ = parser.ReadParts(bytes.NewReader(m))
		}
	}
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkNestedForwards measures the nested forwarded-bounce attack
// (12 × 12 × 12 attached messages): bounded by the whole input's budget.
//
//	go test -run '^$' -bench NestedForwards ./classifier
func BenchmarkNestedForwards(b *testing.B) {
	raw := nestedForwards(3, 12)
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := Diagnose(raw, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPhraseScan measures the phrase automaton alone over the texts
// the engine reads from the corpus (each once), in bytes per second.
//
//	go test -run '^$' -bench PhraseScan -cpu 1 ./classifier
func BenchmarkPhraseScan(b *testing.B) {
	var texts []string
	size := 0
	for _, m := range corpusMessages(b) {
		d, err := Diagnose(m, Options{})
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, foldText(d.Text))
		size += len(d.Text)
	}
	words := scanSet()
	b.SetBytes(int64(size))
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, t := range texts {
			words.find(t, 0, len(t), func(phraseMatch) { n++ })
		}
	}
	if n == 0 {
		b.Fatal("no phrase found in the corpus")
	}
}
