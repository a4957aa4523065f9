package web

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/classifier/redact"
)

// linkMessage writes a short note to the customer that carries a share link.
func linkMessage(link, headline, expires string) string {
	return "Hello,\n\n" +
		"We looked at the message that came back to you. In short: " + redact.Text(headline) + "\n\n" +
		"This page explains what happened and what to do next:\n" + link + "\n\n" +
		"The link works until " + expires + ".\n"
}

// customerReply writes the plain-text message a support agent pastes into a
// ticket: what happened and, for each distinct problem, how sure that is,
// what it means, what to do, the operator's note and a link to the kind of
// bounce's page. The sentences written from the bounce itself (the
// headlines, the doubt, a suggested address) have their personal data
// masked as on a shared page, since tickets travel further than the
// agent's screen.
func customerReply(d *classifier.Diagnosis, rd classifier.Reading, categoryURL func(classifier.Category) string, note func(classifier.Category) string) string {
	var b strings.Builder
	b.WriteString("Hello,\n\n")
	b.WriteString("Thank you for sending us the message that came back. Here is what it says.\n\n")
	b.WriteString(redact.MaskHeadline(d, rd.Headline))
	b.WriteString("\n")
	ps := rd.Problems
	if len(ps) == 0 {
		// No failure: what it is, and what (if anything) to do.
		info := rd.Info
		writeProblem(&b, classifier.Problem{Category: d.Category, Summary: info.Summary, Steps: info.Steps}, categoryURL, note)
	}
	for i, p := range ps {
		if len(ps) > 1 {
			fmt.Fprintf(&b, "\n%s problem of %d: %s\n", ordinal(i+1), len(ps), redact.Text(p.Headline))
		}
		writeProblem(&b, p, categoryURL, note)
	}
	b.WriteString("\nIf anything is unclear, just reply to this message.\n")
	return b.String()
}

// writeProblem writes one problem's part of the reply.
func writeProblem(b *strings.Builder, p classifier.Problem, categoryURL, note func(classifier.Category) string) {
	para := func(s string) {
		if s != "" {
			b.WriteString("\n" + s + "\n")
		}
	}
	para(redact.Text(p.Doubt))
	para(p.Summary)
	para(p.Retry)
	if len(p.Steps) > 0 {
		b.WriteString("\nWhat to do next:\n")
		for i, s := range p.Steps {
			if strings.ContainsRune(s, '@') {
				// A step that suggests an address; the others are whybounce's own words.
				s = redact.Text(s)
			}
			fmt.Fprintf(b, "%d. %s\n", i+1, s)
		}
	}
	para(strings.TrimSpace(note(p.Category)))
	if u := categoryURL(p.Category); u != "" {
		para("More about this kind of bounce: " + u)
	}
}

// ordinal writes 1 as "First", up to "Fifth", then "Problem 6".
func ordinal(n int) string {
	if n >= 1 && n <= 5 {
		return [...]string{"First", "Second", "Third", "Fourth", "Fifth"}[n-1]
	}
	return "Problem " + strconv.Itoa(n) + ":"
}
