package triage

import (
	"bytes"
	"context"
	"testing"
)

// BenchmarkRunCorpus reads the shared corpus as one mbox on every core, as
// whybounce triage does, and reports messages per second. The figure of the
// README, 100,000 messages, is measured with cmd/benchmbox and the command
// itself (see the README).
func BenchmarkRunCorpus(b *testing.B) {
	_, msgs := corpus(b)
	mbox := mboxOf(b, msgs)
	b.SetBytes(int64(len(mbox)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_, err := Run(b.Context(), Options{}, func(ctx context.Context, emit Emit) error {
			return ReadMbox(ctx, "corpus.mbox", bytes.NewReader(mbox), Limits{}, emit)
		}, func(*Result) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(msgs)*b.N)/b.Elapsed().Seconds(), "msgs/s")
}
