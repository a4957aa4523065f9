package classifier

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestZZDump(t *testing.T) {
	for _, f := range strings.Split(os.Getenv("DUMP"), ",") {
		raw, _ := os.ReadFile(filepath.Join(corpusDir, f))
		os.WriteFile("/tmp/vis/"+filepath.Base(f)+".txt", []byte(visibleText(t, raw, true)), 0o644)
	}
}
