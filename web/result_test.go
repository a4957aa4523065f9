package web

import (
	"strings"
	"testing"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/templates"
)

func TestHighlight(t *testing.T) {
	const text = "Remote host said: 550 MAILBOX NOT FOUND\nGiving up. é"
	ev := func(start, end int, why string) classifier.Evidence {
		return classifier.Evidence{Start: start, End: end, Why: why}
	}
	tests := []struct {
		name     string
		evidence []classifier.Evidence
		// marked lists the marked passages and their notes, in order.
		marked []string
	}{
		{"none", nil, nil},
		{"one", []classifier.Evidence{ev(18, 39, "not found")}, []string{"550 MAILBOX NOT FOUND=not found"}},
		{"unsorted", []classifier.Evidence{ev(40, 50, "b"), ev(18, 21, "a")}, []string{"550=a", "Giving up.=b"}},
		{"same passage twice", []classifier.Evidence{ev(18, 21, "code."), ev(18, 21, "permanent.")}, []string{"550=code. permanent."}},
		{"overlap dropped", []classifier.Evidence{ev(18, 39, "a"), ev(22, 29, "b")}, []string{"550 MAILBOX NOT FOUND=a"}},
		{"out of range dropped", []classifier.Evidence{ev(-1, 3, "a"), ev(50, 999, "b"), ev(5, 5, "c"), ev(9, 4, "d")}, nil},
		{"inside a character dropped", []classifier.Evidence{ev(len(text)-1, len(text), "a")}, nil},
		{"whole character kept", []classifier.Evidence{ev(len(text)-2, len(text), "a")}, []string{"é=a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			segs, notes := highlight(text, tt.evidence)
			var joined strings.Builder
			var marked []string
			for _, s := range segs {
				joined.WriteString(s.Text)
				if s.Note > 0 {
					marked = append(marked, s.Text+"="+s.Why)
				}
			}
			if got := joined.String(); got != text {
				t.Errorf("segments join to %q, want the whole text %q", got, text)
			}
			if strings.Join(marked, "|") != strings.Join(tt.marked, "|") {
				t.Errorf("marked: got %q, want %q", marked, tt.marked)
			}
			if len(notes) != len(tt.marked) {
				t.Errorf("notes: got %d, want %d", len(notes), len(tt.marked))
			}
			for i, n := range notes {
				if n.Number != i+1 {
					t.Errorf("note %d is numbered %d", i+1, n.Number)
				}
			}
		})
	}
}

func TestResultViewNotAFailure(t *testing.T) {
	tests := []struct {
		category classifier.Category
		want     string
	}{
		{classifier.AutoReply, "automatic answer"},
		{classifier.Complaint, "reported as spam"},
		{classifier.Delivered, "confirms a delivery"},
		{classifier.NotABounce, "does not read like a delivery report"},
	}
	for _, tt := range tests {
		t.Run(string(tt.category), func(t *testing.T) {
			v := resultView(&classifier.Diagnosis{Category: tt.category, Final: true, Text: "hello"})
			if v.Failure {
				t.Errorf("Failure: got true, want false")
			}
			if !strings.Contains(v.Outcome, tt.want) {
				t.Errorf("Outcome: got %q, want it to say %q", v.Outcome, tt.want)
			}
			if v.WhoActs != "" {
				t.Errorf("WhoActs: got %q, want none for a non-failure", v.WhoActs)
			}
		})
	}
}

func TestResultViewDetails(t *testing.T) {
	d := &classifier.Diagnosis{
		Category: classifier.Blocklisted, Final: false, Format: "mime", ReportingMTA: "mx.example.org",
		Software: "Postfix", Original: &classifier.Original{Subject: "Invoice", Date: "Mon, 9 Mar 2026"},
		Blocklists: []classifier.BlocklistHit{
			{Name: "Spamhaus", Lists: "ip", LookupURL: "https://check.spamhaus.org/"},
			{Name: "Evil", Lists: "ip", LookupURL: "javascript:alert(1)"},
		},
		Warnings:    []classifier.Warning{{Kind: "dangerous-attachment", Message: "Do not open invoice.exe."}},
		Attachments: []classifier.Attachment{{Name: "invoice.exe", ContentType: "application/octet-stream", Size: 2048}},
	}
	v := resultView(d)
	if !strings.Contains(v.Outcome, "still trying") {
		t.Errorf("Outcome: got %q, want it to say the server is still trying", v.Outcome)
	}
	wantDetails := map[string]string{
		"Reporting server": "mx.example.org", "Written by": "Postfix",
		"Returned message: subject": "Invoice", "Returned message: date": "Mon, 9 Mar 2026",
	}
	for _, det := range v.Details {
		if want, ok := wantDetails[det.Label]; ok {
			if det.Value != want {
				t.Errorf("%s: got %q, want %q", det.Label, det.Value, want)
			}
			delete(wantDetails, det.Label)
		}
	}
	for label := range wantDetails {
		t.Errorf("details lack %q", label)
	}
	wantBlocklists := []templates.BlocklistRow{
		{Name: "Spamhaus", Lists: "lists the IP addresses of sending servers", LookupURL: "https://check.spamhaus.org/"},
		{Name: "Evil", Lists: "lists the IP addresses of sending servers", LookupURL: ""},
	}
	if len(v.Blocklists) != len(wantBlocklists) {
		t.Fatalf("blocklists: got %d, want %d", len(v.Blocklists), len(wantBlocklists))
	}
	for i, want := range wantBlocklists {
		if v.Blocklists[i] != want {
			t.Errorf("blocklist %d: got %+v, want %+v", i, v.Blocklists[i], want)
		}
	}
	if len(v.Warnings) != 1 || v.Warnings[0].Message != "Do not open invoice.exe." {
		t.Errorf("warnings: got %+v", v.Warnings)
	}
	if len(v.Attachments) != 1 || v.Attachments[0].Size != "2 KB" {
		t.Errorf("attachments: got %+v", v.Attachments)
	}
}
