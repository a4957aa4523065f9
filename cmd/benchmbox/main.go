// Command benchmbox writes a large mbox for measuring whybounce triage: the
// labelled corpus repeated until it holds n messages, each copy made a bounce
// of its own (a Message-ID and a header line of its own), so that none is
// counted as a duplicate and every one is diagnosed.
//
//	go run ./cmd/benchmbox -corpus ../shared/corpus -n 100000 > /tmp/bounces-100k.mbox
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/triage"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus", "the labelled corpus folder (it holds labels.tsv)")
	n := flag.Int("n", 100_000, "messages to write")
	flag.Parse()
	if err := run(*corpus, *n); err != nil {
		fmt.Fprintln(os.Stderr, "benchmbox:", err)
		os.Exit(1)
	}
}

func run(dir string, n int) error {
	labels, err := classifier.ReadLabels(dir)
	if err != nil {
		return err
	}
	if len(labels) == 0 {
		return errors.New("the corpus has no messages")
	}
	var msgs [][]byte
	for _, l := range labels {
		raw, err := os.ReadFile(filepath.Join(dir, l.File))
		if err != nil {
			return err
		}
		msgs = append(msgs, raw)
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	for i := range n {
		if err := triage.WriteMbox(w, unique(msgs[i%len(msgs)], i)); err != nil {
			return err
		}
	}
	return w.Flush()
}

// unique makes copy i of raw a message of its own: a Message-ID and a line
// of its own at the top of its header (after an mbox "From " line some
// corpus files start with), which is where triage looks for them first.
func unique(raw []byte, i int) []byte {
	head := fmt.Appendf(nil, "Message-ID: <copy-%d@bench.whybounce.example>\nX-Bench-Copy: %d\n", i, i)
	at := 0
	if bytes.HasPrefix(raw, []byte("From ")) {
		if j := bytes.IndexByte(raw, '\n'); j >= 0 {
			at = j + 1
		}
	}
	out := make([]byte, 0, len(raw)+len(head))
	out = append(out, raw[:at]...)
	out = append(out, head...)
	return append(out, raw[at:]...)
}
