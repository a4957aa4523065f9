package classifier

import (
	"regexp"
	"strings"
	"testing"
)

// skipLineRegexp is the regexp skipLine was written out from: the two must
// agree on every line.
var skipLineRegexp = regexp.MustCompile(`(?i)^[\s>]*(?:from|sender|reply-to|return-path|message-id|in-reply-to|references|received|date|dkim-signature|x-[a-z0-9-]+|mail from|envelope-from|original-mail-from|errors-to|id|by|with|arrival-date|reporting-mta|subject)\s*:|^[\s>]*(?:>>>|<<<)?\s*mail from|^\s+(?:id|by|with|for) |\(envelope-from|generated from|^\s*(?:a message )?(?:that you )?sent by`)

func TestSkipLineAgreesWithItsRegexp(t *testing.T) {
	lines := []string{
		"From: ann@example.com", " > Reply-To : ann@example.com", "X-Original-To: ann@example.com",
		"x-: ann@example.com", "X-Foo_Bar: ann@example.com", ">>> MAIL FROM:<ann@example.com>",
		"<<< mail from ann@example.com", "> <<< mail from", "<<< > mail from", "   by mx.example.com for <ann@example.com>",
		"by mx.example.com", "\tfor <ann@example.com>; Mon", "(envelope-from <ann@example.com>)",
		"This report was generated from ann@example.com", "A message that you sent by ann@example.com",
		"  that you sent by", "a message sent by", "sent by ann", "<ann@example.com>: host said 550",
		"fromage: ann@example.com", "Subject : hi ann@example.com", "Final-Recipient: rfc822; ann@example.com",
		"id: x@y", "idle: x@y", "Date:", "   with ESMTP id 123@example", "mail from", "\f mail from",
	}
	for _, m := range corpusMessages(t) {
		d, err := Diagnose(m, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(d.Text, "\n") {
			if strings.Contains(l, "@") {
				lines = append(lines, l)
			}
		}
	}
	for _, l := range lines {
		if got, want := skipLine(l), skipLineRegexp.MatchString(l); got != want {
			t.Errorf("skipLine(%q) = %v, the regexp says %v", l, got, want)
		}
	}
}

func FuzzSkipLine(f *testing.F) {
	f.Add("  by mx.example.com")
	f.Add("X-Original-To: a@b")
	f.Fuzz(func(t *testing.T, l string) {
		if got, want := skipLine(l), skipLineRegexp.MatchString(l); got != want {
			t.Errorf("skipLine(%q) = %v, the regexp says %v", l, got, want)
		}
	})
}
