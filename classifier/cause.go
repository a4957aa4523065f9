package classifier

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// The steps that fit a failure depend on more than its category. A sending
// server refused for its missing reverse DNS name needs its DNS fixed, not a
// delisting; a provider deferring mail for its volume or complaints needs the
// sender to slow down; a recipient's server that cannot be reached is news
// for the recipient. The cause narrows the category for the steps, from the
// words of the failed recipient's own reply.

// Cause narrows a category where the steps depend on it.
type Cause string

// The causes. CauseNone is the category's usual reading.
const (
	CauseNone = Cause("")
	// CauseReverseDNS: blocklisted because the sending server's IP address
	// has no DNS name (PTR record), or one that does not point back to it.
	CauseReverseDNS = Cause("reverse-dns")
	// CauseReputation: blocklisted or rate-limited because the provider
	// defers or refuses the sender for its volume, complaints or reputation
	// (Yahoo TSS04, QQ "frequency limited").
	CauseReputation = Cause("reputation")
	// CauseListed: blocklisted on a list the bounce names.
	CauseListed = Cause("listed")
	// CauseDomainListed: blocklisted on lists the bounce names that all
	// list domains or the links in messages (Spamhaus DBL, SURBL, URIBL),
	// not sending servers: the sender's domain or a link in the message is
	// listed, and the sender, not the provider, has to act.
	CauseDomainListed = Cause("domain-listed")
	// CauseUnreachable: server-problem because the recipient's server could
	// not be reached at all.
	CauseUnreachable = Cause("unreachable")
	// CauseGreylisting: policy-rejected because the receiving server
	// refuses the first try from a sender it does not know, and takes a
	// later one (greylisting).
	CauseGreylisting = Cause("greylisting")
)

//go:embed advice/causes.tsv
var causesTSV string

// causeRules are the causes of advice/causes.tsv, one rule per cause, and
// the phrase set that finds them.
var causeRules, causeSet = mustReadCauses(causesTSV)

func mustReadCauses(tsv string) ([]Cause, *phraseSet) {
	var causes []Cause
	var phrases [][]string
	known := map[Cause]bool{CauseReverseDNS: true, CauseReputation: true, CauseUnreachable: true, CauseGreylisting: true}
	eachRow("causes.tsv", tsv, 3, func(n int, f []string) {
		if !known[Cause(f[1])] {
			panic(fmt.Sprintf("advice/causes.tsv:%d: unknown cause %q", n, f[1]))
		}
		i := slices.Index(causes, Cause(f[1]))
		if i < 0 {
			i = len(causes)
			causes = append(causes, Cause(f[1]))
			phrases = append(phrases, nil)
		}
		phrases[i] = append(phrases[i], f[0])
	})
	return causes, newPhraseSet(phrases)
}

// causeOf narrows r's category to a cause, reading r's reply and the clues
// that decided it (and, with only one recipient failing, every passage
// that decided the diagnosis).
func causeOf(d *Diagnosis, r Recipient) Cause {
	var want []Cause
	switch r.Category {
	case Blocklisted:
		want = []Cause{CauseReverseDNS, CauseReputation}
	case RateLimited:
		want = []Cause{CauseReputation}
	case ServerProblem:
		want = []Cause{CauseUnreachable}
	case PolicyRejected:
		want = []Cause{CauseGreylisting}
	default:
		return CauseNone
	}
	if r.Category == Blocklisted && reverseDNSStatus(r.Status) {
		return CauseReverseDNS
	}
	if domainListed(d, r) {
		return CauseDomainListed
	}
	if r.Category == Blocklisted && len(listNames(d.Blocklists)) > 0 {
		// A list the bounce names is the thing to act on, whatever else
		// its words say of reputation.
		return CauseListed
	}
	found := causesIn(r)
	if failedCount(d) == 1 {
		for _, e := range d.Evidence {
			lookForCauses(e.Text, found)
		}
	}
	for _, c := range want {
		if found[c] {
			return c
		}
	}
	return CauseNone
}

// causesIn finds the causes that r's own reply and the clues that
// decided it name.
func causesIn(r Recipient) map[Cause]bool {
	found := map[Cause]bool{}
	lookForCauses(r.Diagnostic, found)
	for _, reason := range r.Reasons {
		for _, c := range reason.Clues {
			lookForCauses(c.Text, found)
		}
	}
	return found
}

func lookForCauses(s string, found map[Cause]bool) {
	if s == "" {
		return
	}
	folded := foldText(s)
	causeSet.find(folded, 0, len(folded), func(m phraseMatch) { found[causeRules[m.rule]] = true })
}

// greylisted reports whether r was turned away by greylisting, which asks
// for a later try: a receiving policy's refusal whose reply says so.
func greylisted(r Recipient) bool {
	return r.Category == PolicyRejected && causesIn(r)[CauseGreylisting]
}

// reverseDNSStatus reports whether status is RFC 7372's "reverse DNS
// validation failed" (x.7.25).
func reverseDNSStatus(status string) bool {
	return status == "5.7.25" || status == "4.7.25"
}

// failedCount counts the recipients that did not get the message.
func failedCount(d *Diagnosis) int {
	n := 0
	for _, r := range d.Recipients {
		if failed(r) {
			n++
		}
	}
	return n
}

// listNames are the distinct names of the lists the bounce names (see
// namedList).
func listNames(hits []BlocklistHit) []string {
	var names []string
	seen := map[string]bool{}
	for _, h := range hits {
		n := strings.TrimSpace(h.Name)
		if !namedList(h) || seen[strings.ToLower(n)] {
			continue
		}
		seen[strings.ToLower(n)] = true
		names = append(names, ListName(n))
	}
	return names
}

// namedList reports whether h is a list the bounce names: not the engine's
// "DNSBL" (a list it cannot name), nor a provider's own reputation service.
func namedList(h BlocklistHit) bool {
	n := strings.TrimSpace(h.Name)
	return n != "" && !strings.EqualFold(n, "DNSBL") && h.Lists != "reputation"
}

// domainListed reports whether r is blocklisted on lists the bounce names
// that all list domains or links, and its status is not one of a reverse
// DNS refusal: the sender's domain or a link is listed, not the server.
func domainListed(d *Diagnosis, r Recipient) bool {
	return r.Category == Blocklisted && !reverseDNSStatus(r.Status) && listsOnlyDomains(d.Blocklists)
}

// listsOnlyDomains reports whether every list the bounce names lists
// domains or links rather than servers' addresses.
func listsOnlyDomains(hits []BlocklistHit) bool {
	n := 0
	for _, h := range hits {
		if !namedList(h) {
			continue
		}
		if !h.ListsDomains() {
			return false
		}
		n++
	}
	return n > 0
}

// microsoftList is how the engine names Microsoft's own lists:
// "Microsoft S3140 (Outlook.com block list)".
var microsoftList = regexp.MustCompile(`^Microsoft (S\d+) \((.+)\)$`)

// ListName is a list's name as a sentence puts it: "Microsoft's
// Outlook.com block list (S3140)" rather than the engine's "Microsoft S3140
// (Outlook.com block list)".
func ListName(name string) string {
	if m := microsoftList.FindStringSubmatch(name); m != nil {
		return "Microsoft's " + m[2] + " (" + m[1] + ")"
	}
	return name
}
