package classifier

import (
	"bufio"
	"fmt"
	"strings"
)

// The plain-language layer keeps what it knows as data too, in advice/: the
// help sites a bounce may point to, the mail domains people mistype, and the
// words that narrow a category to a cause. Each file is a TSV with a source
// for every row; a broken row is a programming error, caught by the first
// test that runs.

// eachRow calls fn with every row of the TSV file name of advice/ (text
// tsv) and its line number, skipping blank lines and comments; a row that
// is not width fields wide, or has one empty, panics.
func eachRow(name, tsv string, width int, fn func(n int, f []string)) {
	sc := bufio.NewScanner(strings.NewReader(tsv))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != width || strings.Contains(line, "\t\t") || f[0] == "" || f[width-1] == "" {
			panic(fmt.Sprintf("advice/%s:%d: want %d fields, none empty: %q", name, n, width, line))
		}
		fn(n, f)
	}
}
