package web

import (
	"fmt"
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
// ticket: what happened, what it means, what to do, the operator's note and
// a link to the category's page. The headline is the only part written from
// the bounce itself; its personal data is masked as on a shared page, since
// tickets travel further than the agent's screen.
func customerReply(d *classifier.Diagnosis, categoryURL, note string) string {
	info := classifier.ExplainFor(d)
	var b strings.Builder
	b.WriteString("Hello,\n\n")
	b.WriteString("Thank you for sending us the message that came back. Here is what it says.\n\n")
	b.WriteString(redact.Headline(d))
	b.WriteString("\n")
	if info.Summary != "" {
		b.WriteString("\n")
		b.WriteString(info.Summary)
		b.WriteString("\n")
	}
	if d.Category.IsFailure() {
		b.WriteString("\n")
		b.WriteString(classifier.ExplainRetry(d.Final))
		b.WriteString("\n")
	}
	if len(info.Steps) > 0 {
		b.WriteString("\nWhat to do next:\n")
		for i, s := range info.Steps {
			fmt.Fprintf(&b, "%d. %s\n", i+1, s)
		}
	}
	if note = strings.TrimSpace(note); note != "" {
		b.WriteString("\n")
		b.WriteString(note)
		b.WriteString("\n")
	}
	if categoryURL != "" {
		b.WriteString("\nMore about this kind of bounce: ")
		b.WriteString(categoryURL)
		b.WriteString("\n")
	}
	b.WriteString("\nIf anything is unclear, just reply to this message.\n")
	return b.String()
}
