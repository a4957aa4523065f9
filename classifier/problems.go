package classifier

import (
	"fmt"
	"slices"
	"strings"
)

// One bounce can tell several stories: one recipient's mailbox is full while
// another's address does not exist. Each distinct problem gets its own
// sentence, its own steps and its own "who acts", so that nothing the
// recipients table shows is left out of what the reader is told to do.

// Problem is one distinct problem of a bounce: the recipients that failed,
// or are still being retried, for the same reason.
type Problem struct {
	Category Category `json:"category"`
	// Cause narrows the category where the steps depend on it ("" for the
	// category's usual reading).
	Cause Cause `json:"cause,omitempty"`
	// Final is false while the sending server still retries these recipients.
	Final bool `json:"final"`
	// Recipients are the addresses concerned; empty when the bounce names none.
	Recipients []string `json:"recipients"`
	// Confidence is the least sure of the recipients' confidences.
	Confidence Confidence `json:"confidence"`
	// Alternatives are the other categories the evidence leaves open, best
	// first, leaving out those whose advice would be the same.
	Alternatives []Category `json:"alternatives"`
	// Headline says what happened, in one sentence.
	Headline string `json:"headline"`
	// Doubt says, when the evidence leaves room, how sure the answer is and
	// why ("Most likely ..., because ...; it could also be ..."); "" when the
	// evidence is specific.
	Doubt string `json:"doubt,omitempty"`
	// DidYouMean is the first address as it was probably meant, when its
	// domain is one letter away from a large mail provider's.
	DidYouMean string `json:"did_you_mean,omitempty"`
	// Retry says what the state means for the reader: given up, or still
	// tried (and whether waiting helps).
	Retry string `json:"retry"`
	// Title, Summary, Explanation, WhoActs and Steps are the plain-language
	// texts for this problem, as Info gives them for a category, adjusted
	// to the cause and the state.
	Title       string   `json:"title"`
	Summary     string   `json:"summary"`
	Explanation string   `json:"explanation"`
	WhoActs     string   `json:"who_acts"`
	Steps       []string `json:"steps"`
}

// Problems groups the failed recipients of d by what went wrong (category,
// cause, and whether the sending server still tries) and explains each
// group. The main category's problem comes first, the others in the order
// of the recipients. A diagnosis that is no failure has none.
func Problems(d *Diagnosis) []Problem {
	if d == nil || !d.Category.IsFailure() {
		return nil
	}
	type key struct {
		c       Category
		cause   Cause
		delayed bool
	}
	var keys []key
	groups := map[key][]Recipient{}
	for _, r := range d.Recipients {
		if !failed(r) {
			continue
		}
		k := key{r.Category, causeOf(d, r), r.Action == ActionDelayed || !d.Final && r.Action == ""}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], r)
	}
	if len(keys) == 0 {
		// A failure that names no recipient still has its problem.
		r := Recipient{Category: d.Category, Confidence: d.Confidence, Alternatives: d.Alternatives}
		k := key{d.Category, causeOf(d, r), !d.Final}
		keys, groups[k] = []key{k}, []Recipient{r}
	}
	// The main category first; an unknown failure never before a known one.
	slices.SortStableFunc(keys, func(a, b key) int {
		return rank(a.c, d.Category) - rank(b.c, d.Category)
	})
	out := make([]Problem, 0, len(keys))
	for _, k := range keys {
		out = append(out, explainProblem(d, k.c, k.cause, !k.delayed, groups[k]))
	}
	if hasWarning(d, WarnBackscatter) {
		// Nothing else matters then: one problem, and nothing to do.
		p := out[0]
		for _, q := range out[1:] {
			p.Recipients = append(p.Recipients, q.Recipients...)
		}
		p.Cause, p.Alternatives, p.Doubt, p.DidYouMean = CauseNone, []Category{}, "", ""
		p.Headline = backscatterHeadline
		p.Title, p.Summary, p.Explanation, p.WhoActs = "A bounce of a message you did not send", backscatterSummary, adviceText("backscatter"), WhoNobody
		p.Steps = warningSteps(d, backscatterSteps)
		out = []Problem{p}
	} else {
		out[0].Steps = warningSteps(d, out[0].Steps)
	}
	return out
}

func rank(c, main Category) int {
	switch c {
	case main:
		return 0
	case Unknown:
		return 2
	}
	return 1
}

// warningSteps puts the warning not to open anything first, when the notice
// carries a dangerous attachment or asks to open something.
func warningSteps(d *Diagnosis, steps []string) []string {
	if hasWarning(d, WarnDangerousAttachment) || hasWarning(d, WarnAsksToOpen) {
		return append([]string{doNotOpenStep}, steps...)
	}
	return steps
}

const (
	guessStep           = "Check this guess first: read the server's own words in the bounce and look up any code in them, and act on the steps below only if they agree."
	doNotOpenStep       = "Do not open any attachment of this notice or follow its links: a real bounce explains everything in its text."
	backscatterHeadline = "This bounce is about a message that was not sent from your address: someone forged it as the sender, and you need not do anything."
	backscatterSummary  = "You probably never sent this message: someone forged your address as its sender."
)

var backscatterSteps = []string{
	"Nothing needs doing: you can delete this bounce.",
	"If such bounces keep arriving in numbers, ask your email provider to filter bounces of messages that did not leave through their servers.",
	"If you run your own domain, publish SPF, DKIM and DMARC records: they make forging your address harder.",
}

// explainProblem explains one group of recipients that failed alike.
func explainProblem(d *Diagnosis, c Category, cause Cause, final bool, rs []Recipient) Problem {
	p := Problem{Category: c, Cause: cause, Final: final, Recipients: []string{}, Confidence: High, Alternatives: []Category{}}
	if len(rs) > 0 && rs[0].Confidence == "" {
		p.Confidence = ""
	}
	for _, r := range rs {
		if a := headlineAddress(r.Address); a != "" && !slices.Contains(p.Recipients, a) {
			p.Recipients = append(p.Recipients, a)
		}
		if confidenceRank(r.Confidence) < confidenceRank(p.Confidence) {
			p.Confidence = r.Confidence
		}
		for _, alt := range r.Alternatives {
			if !slices.Contains(p.Alternatives, alt) && !sameAdvice(c, cause, alt) {
				p.Alternatives = append(p.Alternatives, alt)
			}
		}
	}
	var typoDomain string
	for _, r := range rs {
		if p.DidYouMean, typoDomain = typoSuggestion(c, r.Address); p.DidYouMean != "" {
			break
		}
	}
	a := adviceFor(d, c, cause, final)
	p.Title, p.Summary, p.Explanation, p.WhoActs, p.Steps, p.Retry = a.title, a.summary, a.explanation, a.whoActs, a.steps, a.retry
	notWait := !final && len(p.Steps) > 0 && p.Steps[0] == notWaitStep
	if p.DidYouMean != "" {
		at := strings.LastIndexByte(p.DidYouMean, '@')
		typed := p.DidYouMean[:at+1] + typedDomain(rs, p.DidYouMean[:at+1])
		step := fmt.Sprintf("Did you mean %s? The address was written %s, and %s is one letter away from %s, a large mail provider: correct the address and send the message again.",
			p.DidYouMean, typed, typed[at+1:], typoDomain)
		lead := 0
		if len(p.Steps) > 0 && (p.Steps[0] == waitStep || p.Steps[0] == notWaitStep) {
			lead = 1
		}
		p.Steps = slices.Insert(p.Steps, lead, step)
		p.WhoActs = WhoYou
	}
	p.Headline = problemHeadline(d, p, notWait)
	p.Doubt = doubt(p, rs)
	if p.Confidence == Low {
		// A guess is no verdict: the reader checks it before acting on it.
		p.Steps = append([]string{guessStep}, p.Steps...)
	}
	return p
}

// typedDomain is the domain as it was written in the first address of rs
// that starts with local (the part up to the @ of the suggestion).
func typedDomain(rs []Recipient, local string) string {
	for _, r := range rs {
		if a := headlineAddress(r.Address); strings.HasPrefix(a, local) {
			return a[len(local):]
		}
	}
	return ""
}

// confidenceRank orders confidences; none at all (a diagnosis saved before
// the engine gave one) counts as sure, since nothing says otherwise.
func confidenceRank(c Confidence) int {
	switch c {
	case Medium:
		return 1
	case Low:
		return 0
	}
	return 2
}

// sameAdvice reports whether the alternative alt leads to the same advice
// as the category and cause: a volume deferral read as a blocklisting or as
// rate limiting asks the reader for the same thing, so the doubt between
// them is not worth the reader's time.
func sameAdvice(c Category, cause Cause, alt Category) bool {
	return cause == CauseReputation && (alt == RateLimited || alt == Blocklisted)
}

// doubt writes how sure the answer is when the evidence leaves room: "Most
// likely X, because ...; it could also be Y, because ...", and for a best
// guess, that it is one.
func doubt(p Problem, rs []Recipient) string {
	if p.Confidence == High || p.Confidence == Medium && len(p.Alternatives) == 0 {
		return ""
	}
	var reasons []Reason
	for _, r := range rs {
		if len(r.Reasons) > 0 {
			reasons = r.Reasons
			break
		}
	}
	because := func(c Category) string {
		for _, reason := range reasons {
			if reason.Category == c {
				return becauseText(reason.Clues)
			}
		}
		return ""
	}
	var b strings.Builder
	if p.Confidence == Low {
		b.WriteString("This is a best guess: ")
	} else {
		b.WriteString("Most likely ")
	}
	b.WriteString(lowerFirst(p.Title))
	if why := because(p.Category); why != "" {
		b.WriteString(", because " + why)
	} else if p.Confidence == Low {
		b.WriteString(", though the bounce says little that is specific")
	}
	b.WriteString(".")
	for i, alt := range p.Alternatives {
		if i == 2 {
			break
		}
		if i == 0 {
			b.WriteString(" It could also be that ")
		} else {
			b.WriteString("; or that ")
		}
		b.WriteString(lowerFirst(Explain(alt).Title))
		if why := because(alt); why != "" {
			b.WriteString(", because " + why)
		}
	}
	if len(p.Alternatives) > 0 {
		b.WriteString(".")
	}
	return b.String()
}

// maxBecause bounds the clues one "because" names.
const maxBecause = 3

// becauseText names the clues that pointed to a category, in words: "the
// server's reply says “TSS04”, and the status code is 4.7.0".
func becauseText(clues []Clue) string {
	var words, notice, codes []string
	for _, c := range clues {
		t := strings.TrimSpace(c.Text)
		if t == "" || len(words)+len(notice)+len(codes) == maxBecause {
			continue
		}
		q := "“" + cutText(t, 60) + "”"
		switch {
		case c.Kind == "status":
			codes = appendNew(codes, "the status code is "+t)
		case c.Kind == "reply-code":
			codes = appendNew(codes, "the reply code is "+t)
		case c.Kind == "stage":
			codes = appendNew(codes, "the refusal came "+t)
		case c.Where == "notice":
			notice = appendNew(notice, q)
		default:
			words = appendNew(words, q)
		}
	}
	var parts []string
	if len(words) > 0 {
		parts = append(parts, "the server's reply says "+joinAnd(words))
	}
	if len(notice) > 0 {
		parts = append(parts, "the notice says "+joinAnd(notice))
	}
	parts = append(parts, codes...)
	if len(parts) > 1 {
		// The parts hold "and" themselves: a comma keeps them apart.
		return strings.Join(parts[:len(parts)-1], ", ") + ", and " + parts[len(parts)-1]
	}
	return joinAnd(parts)
}

// cutText shortens s to at most n bytes at a word boundary, marking the cut.
func cutText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// joinAnd joins items as "A", "A and B" or "A, B and C".
func joinAnd(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// lowerFirst lower-cases the first letter of a sentence that starts with an
// ordinary word ("The", "A", "Your", "Too"), leaving names and domains.
func lowerFirst(s string) string {
	first, _, _ := strings.Cut(s, " ")
	switch first {
	case "The", "A", "Your", "Too", "Delivery", "Most", "This":
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}
