package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/triage"
)

const corpusDir = "../../../shared/corpus"

var messageIDHeader = regexp.MustCompile(`(?im)^message-id:[ \t]*(\S*@\S*)`)

// TestTriageAgreesWithEval builds an mbox of the corpus, leaving out the
// files that repeat an earlier one (the same bytes, or the same Message-ID
// in their own header), and checks that whybounce triage counts, category
// by category, what whybounce eval counts over the same files. Then it
// runs triage on the whole corpus, which must call exactly those left out
// duplicates.
func TestTriageAgreesWithEval(t *testing.T) {
	labels, err := classifier.ReadLabels(corpusDir)
	if err != nil {
		t.Skipf("no shared corpus: %v", err)
	}
	dir := t.TempDir()
	abs, _ := filepath.Abs(filepath.Join(corpusDir, "emails"))
	// The subset's labels point at the corpus itself, through a link: no
	// corpus file is copied.
	if err := os.Symlink(abs, filepath.Join(dir, "emails")); err != nil {
		t.Fatal(err)
	}
	var (
		all, unique [][]byte
		tsv         = []string{"file\tcategories\tstatus\treply_code\tsisimai_reason\tmta"}
		sums        = map[[32]byte]bool{}
		ids         = map[string]bool{}
	)
	for _, l := range labels {
		raw, err := os.ReadFile(filepath.Join(corpusDir, l.File))
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, raw)
		head, _, _ := bytes.Cut(bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n")), []byte("\n\n"))
		id := ""
		if m := messageIDHeader.FindSubmatch(head); m != nil {
			id = strings.ToLower(strings.Trim(string(m[1]), "<>"))
		}
		sum := sha256.Sum256(raw)
		if sums[sum] || id != "" && ids[id] {
			continue
		}
		sums[sum], ids[id] = true, id != ""
		unique = append(unique, raw)
		tsv = append(tsv, l.File+"\t*\t\t\t\t")
	}
	if err := os.WriteFile(filepath.Join(dir, "labels.tsv"), []byte(strings.Join(tsv, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := runCmd(t, "", "eval", dir)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, errOut)
	}
	want := evalByCategory(t, out)

	mbox := filepath.Join(t.TempDir(), "unique.mbox")
	writeMbox(t, mbox, unique)
	out, errOut, err = runCmd(t, "", "triage", "--json", mbox)
	if err != nil {
		t.Fatalf("triage: %v\n%s", err, errOut)
	}
	got := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r triage.Row
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("not a JSON row: %q: %v", sc.Text(), err)
		}
		got[string(r.Category)]++
	}
	for _, c := range classifier.AllCategories {
		if got[string(c)] != want[string(c)] {
			t.Errorf("%s: triage counts %d recipients, eval %d", c, got[string(c)], want[string(c)])
		}
	}
	if !regexp.MustCompile(`duplicates \(counted once\) +0\n`).MatchString(errOut) {
		t.Errorf("the unique files: want no duplicates; totals:\n%s", errOut)
	}

	full := filepath.Join(t.TempDir(), "all.mbox")
	writeMbox(t, full, all)
	out, _, err = runCmd(t, "", "triage", full)
	if err != nil {
		t.Fatalf("triage: %v", err)
	}
	dups := strconv.Itoa(len(all) - len(unique))
	if !regexp.MustCompile(`duplicates \(counted once\) +` + dups + `\n`).MatchString(out) {
		t.Errorf("the whole corpus: want %s duplicates; totals:\n%s", dups, out)
	}
	t.Logf("%d files, %d unique", len(all), len(unique))
}

// evalByCategory reads eval's "recipients by category" lines.
func evalByCategory(t *testing.T, out string) map[string]int {
	t.Helper()
	_, rest, ok := strings.Cut(out, "recipients by category")
	if !ok {
		t.Fatalf("eval printed no counts by category:\n%s", out)
	}
	m := map[string]int{}
	for _, line := range strings.Split(rest, "\n")[1:] {
		f := strings.Fields(line)
		if !strings.HasPrefix(line, "  ") || len(f) != 2 {
			break
		}
		n, _ := strconv.Atoi(f[1])
		m[f[0]] = n
	}
	return m
}

func writeMbox(t *testing.T, path string, msgs [][]byte) {
	t.Helper()
	var b bytes.Buffer
	if err := triage.WriteMbox(&b, msgs...); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestTriageCSVFromStdin(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(engineData, "postfix-user-unknown.eml"))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	triage.WriteMbox(&b, raw, raw)
	out, errOut, err := runCmd(t, b.String(), "triage", "--csv", "--workers", "1", "-")
	if err != nil {
		t.Fatalf("triage: %v\n%s", err, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "message,address,") ||
		!strings.Contains(lines[1], "ann@example.com,example.com,mailbox-not-found,true") || !strings.HasSuffix(lines[1], ",remove") {
		t.Errorf("got CSV %q", out)
	}
	if !strings.Contains(errOut, "mailbox-not-found") || !regexp.MustCompile(`duplicates \(counted once\) +1\n`).MatchString(errOut) {
		t.Errorf("totals on stderr: got %q", errOut)
	}
}

func TestTriageErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"triage"}, "give one or more files"},
		{[]string{"triage", "--csv", "--json", "x"}, "not both"},
		{[]string{"triage", "/no/such/file"}, "no such file"},
		{[]string{"triage", "--workers", "0", "-"}, "at least 1"},
	} {
		_, _, err := runCmd(t, "", tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: got %v, want an error saying %q", tt.args, err, tt.want)
		}
	}
	// An unreadable message is listed, the others are counted, and the command fails at the end.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.gz"), []byte("\x1f\x8b\x08\x00"), 0o600)
	raw, _ := os.ReadFile(filepath.Join(engineData, "postfix-user-unknown.eml"))
	os.WriteFile(filepath.Join(dir, "b.eml"), raw, 0o600)
	out, errOut, err := runCmd(t, "", "triage", dir)
	if err == nil || !strings.Contains(err.Error(), "1 of 2 messages could not be read") || !strings.Contains(errOut, "a.gz: a compressed file") ||
		!strings.Contains(out, "mailbox-not-found") {
		t.Errorf("got %v, stderr %q, stdout %q", err, errOut, out)
	}
}
