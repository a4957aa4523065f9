package web

import (
	"os"
	"strings"
	"testing"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/classifier/redact"
)

func TestCustomerReply(t *testing.T) {
	const url = "https://bounce.example.net/categories/"
	failed := func(c classifier.Category, final bool, addr string) *classifier.Diagnosis {
		act := classifier.ActionFailed
		if !final {
			act = classifier.ActionDelayed
		}
		return &classifier.Diagnosis{Category: c, Final: final, Recipients: []classifier.Recipient{
			{Address: addr, Category: c, Action: act, Status: "5.1.1", ReplyCode: "550"},
		}}
	}
	tests := []struct {
		name     string
		d        *classifier.Diagnosis
		note     string
		wants    []string
		notWants []string
	}{
		{
			name: "mailbox not found",
			d:    failed(classifier.MailboxNotFound, true, "ann.smith@example.org"),
			wants: []string{
				"Hello,", "@example.org", classifier.Explain(classifier.MailboxNotFound).Summary,
				classifier.ExplainRetry(true), "What to do next:\n1. " + classifier.Explain(classifier.MailboxNotFound).Steps[0],
				"\n2. ", "More about this kind of bounce: " + url + "mailbox-not-found",
			},
			notWants: []string{"ann.smith"},
		},
		{
			name:     "still retried",
			d:        failed(classifier.MailboxFull, false, "bob@example.com"),
			wants:    []string{classifier.ExplainRetry(false)},
			notWants: []string{classifier.ExplainRetry(true)},
		},
		{
			name:  "operator's note",
			d:     failed(classifier.RelayDenied, true, "carol@example.net"),
			note:  " Customers of Example ISP: use smtp.example.net, port 587. ",
			wants: []string{"\nCustomers of Example ISP: use smtp.example.net, port 587.\n"},
		},
		{
			name:     "an auto-reply is no failure",
			d:        &classifier.Diagnosis{Category: classifier.AutoReply, Final: true},
			wants:    []string{classifier.Headline(&classifier.Diagnosis{Category: classifier.AutoReply, Final: true})},
			notWants: []string{classifier.ExplainRetry(true)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := customerReply(tt.d, classifier.Read(tt.d), func(c classifier.Category) string { return url + string(c) },
				func(classifier.Category) string { return tt.note })
			for _, want := range tt.wants {
				if !strings.Contains(got, want) {
					t.Errorf("reply does not contain %q:\n%s", want, got)
				}
			}
			for _, nw := range tt.notWants {
				if strings.Contains(got, nw) {
					t.Errorf("reply contains %q, want it left out:\n%s", nw, got)
				}
			}
			if strings.ContainsAny(got, "<>") {
				t.Errorf("reply holds markup, want plain text:\n%s", got)
			}
		})
	}
}

// TestCustomerReplyPerProblem: each distinct problem gets its own
// paragraph, its steps and its page; a doubt and a suggested address are
// in it, masked like the rest.
func TestCustomerReplyPerProblem(t *testing.T) {
	d, err := classifier.Diagnose([]byte(readTestFile(t, "../classifier/testdata/notices/microsoft/two-recipients-exchange.eml")), classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	notes := map[classifier.Category]string{classifier.MailboxFull: "Our mailboxes hold 5 GB."}
	got := customerReply(d, classifier.Read(d), func(c classifier.Category) string { return "https://bounce.example.net/categories/" + string(c) },
		func(c classifier.Category) string { return notes[c] })
	want := []string{
		"Your message did not reach either of its 2 recipients, for 2 different reasons.",
		"First problem of 2: The address ", "@example.net does not exist",
		classifier.Explain(classifier.MailboxNotFound).Summary,
		"What to do next:\n1. Compare the address letter by letter",
		"More about this kind of bounce: https://bounce.example.net/categories/mailbox-not-found",
		"Second problem of 2: The mailbox of ", "@example.org is full.",
		"What to do next:\n1. Let the person know",
		"Our mailboxes hold 5 GB.",
		"More about this kind of bounce: https://bounce.example.net/categories/mailbox-full",
	}
	at := 0
	for _, w := range want {
		i := strings.Index(got[at:], w)
		if i < 0 {
			t.Fatalf("the reply lacks %q after position %d:\n%s", w, at, got)
		}
		at += i
	}
	for _, nw := range []string{"n.ahmed", "directors@"} {
		if strings.Contains(got, nw) {
			t.Errorf("the reply shows %q, want it masked:\n%s", nw, got)
		}
	}

	// A best guess says so; a typo is suggested, masked.
	d, err = classifier.Diagnose([]byte(readTestFile(t, "../testdata/helpdesk/gmial-host-unknown.txt")), classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got = customerReply(d, classifier.Read(d), func(classifier.Category) string { return "" }, func(classifier.Category) string { return "" })
	for _, w := range []string{"did you mean ", "@gmail.com?", "1. Did you mean "} {
		if !strings.Contains(got, w) {
			t.Errorf("the reply lacks %q:\n%s", w, got)
		}
	}
	if strings.Contains(got, "lena.fischer") {
		t.Errorf("the reply shows the address:\n%s", got)
	}
	d, err = classifier.Diagnose([]byte(readTestFile(t, "../static/examples/sendmail-relaying-denied.txt")), classifier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got = customerReply(d, classifier.Read(d), func(classifier.Category) string { return "" }, func(classifier.Category) string { return "" })
	if !strings.Contains(got, "\nMost likely the server would not pass your message on, because") || !strings.Contains(got, "It could also be that the address does not exist") {
		t.Errorf("the reply does not say how sure it is:\n%s", got)
	}
}

// TestRedactLeavesStepsAlone: the reply masks the steps (a suggested
// address is in one), and no step of whybounce's own is changed by it.
func TestRedactLeavesStepsAlone(t *testing.T) {
	for _, c := range classifier.AllCategories {
		for _, final := range []bool{true, false} {
			act := classifier.ActionFailed
			if !final {
				act = classifier.ActionDelayed
			}
			d := &classifier.Diagnosis{Category: c, Final: final, Recipients: []classifier.Recipient{{Category: c, Action: act}}}
			for _, s := range classifier.ExplainFor(d).Steps {
				if got := redact.Text(s); got != s {
					t.Errorf("%s: redact.Text changes a step:\n%q\n%q", c, s, got)
				}
			}
		}
	}
}

func readTestFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestLinkMessage(t *testing.T) {
	got := linkMessage("https://bounce.example.net/s/abc", "The address ann.smith@example.org does not exist: check the spelling.", "3 December 2026, 20:27 UTC")
	for _, want := range []string{"Hello,", "\nhttps://bounce.example.net/s/abc\n", "*********@example.org does not exist",
		"The link works until 3 December 2026, 20:27 UTC."} {
		if !strings.Contains(got, want) {
			t.Errorf("message does not contain %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "ann.smith") {
		t.Errorf("message shows the address, want it masked:\n%s", got)
	}
}
