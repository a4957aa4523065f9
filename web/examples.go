package web

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// example is a bounce the home page offers to try with one click.
type example struct {
	ID    string
	Label string
	Hint  string
	Raw   []byte
}

// exampleList names the files under static/examples/, in the order shown;
// a file's name without its extension is the example's id.
var exampleList = []struct{ file, label, hint string }{
	{"sendmail-relaying-denied.txt", "Sendmail: relaying denied", "A server would not pass the message on"},
	{"qmail-mailbox-not-found.txt", "qmail: mailbox not found", "A short notice from an older mail server"},
	{"postfix-user-unknown.eml", "Postfix: user unknown", "A whole message with a delivery report"},
	{"gmail-over-quota.txt", "Gmail: mailbox full", "Text copied from a Gmail notice"},
	{"microsoft-spamhaus.eml", "Microsoft 365: blocked by Spamhaus", "A blocklisted sending server"},
	{"exchange-dmarc.eml", "Exchange: DMARC failed", "Code 5.7.509, sender authentication"},
}

func loadExamples(fsys fs.FS) ([]example, error) {
	out := make([]example, 0, len(exampleList))
	for _, e := range exampleList {
		raw, err := fs.ReadFile(fsys, "examples/"+e.file)
		if err != nil {
			return nil, fmt.Errorf("example %s: %w", e.file, err)
		}
		id := strings.TrimSuffix(e.file, path.Ext(e.file))
		out = append(out, example{ID: id, Label: e.label, Hint: e.hint, Raw: raw})
	}
	return out, nil
}
