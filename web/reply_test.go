package web

import (
	"strings"
	"testing"

	"github.com/whybounce/whybounce/classifier"
)

func TestCustomerReply(t *testing.T) {
	const url = "https://bounce.example.net/categories/"
	failed := func(c classifier.Category, final bool, addr string) *classifier.Diagnosis {
		return &classifier.Diagnosis{Category: c, Final: final, Recipients: []classifier.Recipient{
			{Address: addr, Category: c, Action: classifier.ActionFailed, Status: "5.1.1", ReplyCode: "550"},
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
			got := customerReply(tt.d, url+string(tt.d.Category), tt.note)
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
