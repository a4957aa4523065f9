package classifier

import (
	"fmt"
	"io/fs"
)

// BlocklistInfo describes a blocklist or reputation service that bounces
// name, what it lists, and where an operator checks a listing. The reference
// pages reuse this table.
type BlocklistInfo struct {
	Name string
	// Lists is "ip", "domain", "url" or "reputation".
	Lists string
	// LookupURL is where to check a listing and ask for removal.
	LookupURL string
	// Phrases identify the service in a bounce (matched ignoring case).
	Phrases []string
}

// Blocklists are the services whybounce recognises, most specific first,
// read from knowledge/blocklists.tsv.
var Blocklists = mustKnowledge(readBlocklists(knowledgeFiles))

// readBlocklists reads knowledge/blocklists.tsv.
func readBlocklists(fsys fs.FS) ([]BlocklistInfo, error) {
	rows, err := readTSV(fsys, "knowledge/blocklists.tsv", []string{"name", "lists", "lookup_url", "phrases", "source"})
	if err != nil {
		return nil, err
	}
	out := make([]BlocklistInfo, 0, len(rows))
	for _, r := range rows {
		switch r.cols[1] {
		case "ip", "domain", "url", "reputation":
		default:
			return nil, fmt.Errorf("knowledge/blocklists.tsv:%d: lists %q is not ip, domain, url or reputation", r.line, r.cols[1])
		}
		if r.cols[4] == "" {
			return nil, fmt.Errorf("knowledge/blocklists.tsv:%d: no source", r.line)
		}
		out = append(out, BlocklistInfo{Name: r.cols[0], Lists: r.cols[1], LookupURL: r.cols[2], Phrases: splitPhrases(r.cols[3])})
	}
	return out, nil
}

// findBlocklists names the services mentioned in the report regions. The
// generic "a blocklist" entry is only given when no service is named.
func findBlocklists(doc *document) []BlocklistHit {
	seen := make([]bool, len(Blocklists))
	within(doc.found.blocklists, doc.regions, func(m phraseMatch) { seen[m.rule] = true })
	var out []BlocklistHit
	spamhaus := false
	for i, ok := range seen {
		if !ok {
			continue
		}
		b := Blocklists[i]
		switch {
		case b.Name == "Spamhaus" && spamhaus:
			// A zone is named: "Spamhaus" alone says less.
			continue
		case b.Name == "DNSBL" && len(out) > 0:
			continue
		}
		if len(b.Name) > 8 && b.Name[:8] == "Spamhaus" {
			spamhaus = true
		}
		out = append(out, BlocklistHit{Name: b.Name, Lists: b.Lists, LookupURL: b.LookupURL})
	}
	return out
}
