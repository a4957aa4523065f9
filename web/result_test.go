package web

import (
	"net/http"
	"net/url"
	"slices"
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
		// The words that counted stop before the reply does: the mark goes on to its end.
		{"to the end of the reply", []classifier.Evidence{ev(18, 21, "a")}, []string{"550 MAILBOX NOT FOUND=a"}},
		{"unsorted", []classifier.Evidence{ev(40, 50, "b"), ev(18, 21, "a")}, []string{"550 MAILBOX NOT FOUND=a", "Giving up. é=b"}},
		{"same passage twice", []classifier.Evidence{ev(18, 21, "code."), ev(18, 21, "permanent.")}, []string{"550 MAILBOX NOT FOUND=code. permanent."}},
		{"short of the next passage", []classifier.Evidence{ev(18, 21, "a"), ev(22, 29, "b")}, []string{"550 =a", "MAILBOX NOT FOUND=b"}},
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

// TestHighlightWholeReply: a reply wrapped over lines is marked to its last
// line (Postfix indents what follows, Gmail repeats the code on each line).
func TestHighlightWholeReply(t *testing.T) {
	tests := []struct {
		name, text, passage, wantMarked string
	}{
		{"Postfix", "<jon@example.net>: host mx1.example.net[198.51.100.17]\n    said: 550 5.1.1 User unknown in virtual mailbox table (in reply to RCPT TO\n    command)\n\nReporting-MTA: dns; x\n",
			"550 5.1.1 User unknown", "550 5.1.1 User unknown in virtual mailbox table (in reply to RCPT TO\n    command)"},
		{"Gmail", "550-5.7.25 The IP address sending this message does not have a\n550-5.7.25 PTR record setup.\n550 5.7.25  https://support.google.com/mail/answer/81126 - gsmtp\nThanks\n",
			"PTR record setup.", "PTR record setup.\n550 5.7.25  https://support.google.com/mail/answer/81126 - gsmtp"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := strings.Index(tt.text, tt.passage)
			segs, _ := highlight(tt.text, []classifier.Evidence{{Start: start, End: start + len(tt.passage), Why: "x"}})
			var marked []string
			for _, s := range segs {
				if s.Note > 0 {
					marked = append(marked, s.Text)
				}
			}
			if len(marked) != 1 || marked[0] != tt.wantMarked {
				t.Errorf("marked %q, want %q", marked, tt.wantMarked)
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
			d := &classifier.Diagnosis{Category: tt.category, Final: true, Text: "hello"}
			v := resultView(d, classifier.Read(d))
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
	v := resultView(d, classifier.Read(d))
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

// fixture reads a bounce of testdata/helpdesk, the cases of issue 10.
func fixture(t *testing.T, name string) string {
	t.Helper()
	return readTestFile(t, "../testdata/helpdesk/"+name)
}

// TestResultFitsTheCase posts the bounces of issue 10's "What was seen"
// through the form and reads the page: the steps and who acts fit the state
// and the cause, each problem has its line and steps, what the bounce names
// is in a box of its own, a typo gets a suggestion, and a guess reads as one.
func TestResultFitsTheCase(t *testing.T) {
	h := newTestHandler(t, Options{})
	tests := []struct {
		name  string
		raw   string
		wants []string
		// never are things the page must not say.
		never []string
	}{
		{"final, the recipient's server unreachable", fixture(t, "final-unreachable.txt"),
			[]string{"could not be reached", "<dt>Who has to act</dt><dd>You, the sender.</dd>", "Check the part after the @", "Let the recipient know"},
			[]string{"Nobody, as a rule", "send the message again later", "Wait:"}},
		{"delayed, refused for its reverse DNS", readTestFile(t, "../classifier/testdata/notices/postfix/cannot-find-hostname.txt"),
			[]string{"no proper DNS name (reverse DNS)", "Your email provider (or whoever runs your outgoing mail server).", "Waiting will not help", "reverse DNS (PTR) record", "waiting will not fix it"},
			[]string{"name of the list", "Nobody, as a rule", "You only need to act if a final failure notice follows"}},
		{"Yahoo TSS04", readTestFile(t, "../classifier/testdata/notices/yahoo/tss04-deferred.txt"),
			[]string{"Slow down", "complaint and bounce rates", "Then retry",
				`class="named"`, "The sending server&#39;s IP address", "203.0.113.31",
				`href="https://postmaster.yahooinc.com/error-codes"`, `href="/codes/yahoo-tss04"`},
			[]string{"ask for removal", "Check the listing"}},
		{"QQ frequency limited", fixture(t, "qq-frequency-limited.txt"),
			[]string{"Slow down", "Then retry", `href="http://service.mail.qq.com/cgi-bin/help?subtype=1&amp;&amp;id=20022&amp;&amp;no=1000725"`},
			[]string{"ask for removal"}},
		{"Spamhaus", readTestFile(t, "../static/examples/microsoft-spamhaus.eml"),
			[]string{`class="named"`, "Listed IP address", "203.0.113.88", `href="https://check.spamhaus.org/"`,
				`href="https://www.spamhaus.org/query/ip/203.0.113.88"`, "tell them their sending server is listed on Spamhaus"},
			[]string{"name of the list is in the bounce"}},
		{"Spamhaus DBL, a list of domains", "Dec  1 11:20:07 mx postfix/smtpd[4242]: NOQUEUE: reject: RCPT from unknown[203.0.113.9]: " +
			"554 5.7.1 Service unavailable; Sender address [bob@promo-mail.example] blocked using dbl.spamhaus.org; " +
			"from=<bob@promo-mail.example> to=<ann@example.org> proto=ESMTP helo=<mail.promo-mail.example>",
			[]string{"a domain in it, the sender&#39;s or one it links to, is listed on Spamhaus DBL", "Look up your own domain",
				`class="named"`, `href="https://check.spamhaus.org/"`},
			[]string{"Listed IP address", "The sending server&#39;s IP address", "tell them their sending server is listed"}},
		{"Outlook.com S3140", fixture(t, "outlook-s3140.txt"),
			[]string{"Listed IP address", "198.51.100.23", `href="/codes/microsoft-s3140"`, `href="https://sender.office.com/"`,
				`href="http://mail.live.com/mail/troubleshooting.aspx#errors"`},
			nil},
		{"Orange OFR006_102", fixture(t, "orange-ofr006-102.txt"),
			[]string{`href="/codes/orange-ofr-102"`, "198.51.100.23", `href="https://postmaster.orange.fr/index.html"`},
			nil},
		{"one full mailbox, one unknown address", fixture(t, "full-and-unknown.eml"),
			[]string{"Your message did not reach either of its 2 recipients, for 2 different reasons.",
				`<ul class="problem-lines">`, `href="#problem-1"`, `href="#problem-2"`,
				"The mailbox of tom.becker@lakeside-clinic.example is full.",
				"The address m.okafor@northfield-school.example does not exist: check the spelling.",
				`id="problem-1"`, `id="problem-2"`, "Let the person know through another channel", "Compare the address letter by letter",
				"The recipient&#39;s mailbox is full</a>: the recipient.", "The address does not exist</a>: you, the sender.",
				// The kicker lists the problems with no space before a comma.
				"The recipient&#39;s mailbox is full</a>, <a"},
			nil},
		{"a typo in the domain", fixture(t, "gmial-host-unknown.txt"),
			[]string{"did you mean lena.fischer@gmail.com?", "Did you mean lena.fischer@gmail.com? The address was written lena.fischer@gmial.com"},
			nil},
		{"a best guess", fixture(t, "best-guess.txt"),
			[]string{`class="verdict confidence-low"`, `<span class="badge guess">Best guess</span>`, "Best guess: a rule at the receiving end",
				`<p class="doubt">This is a best guess: `},
			nil},
		{"most likely, it could also be", readTestFile(t, "../static/examples/sendmail-relaying-denied.txt"),
			[]string{`<span class="badge likely">Most likely</span>`, "Most likely, a mail server refused",
				"It could also be that the address does not exist, because"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := serve(t, h, postForm("/diagnose", url.Values{"bounce": {tt.raw}}))
			wantStatus(t, w, http.StatusOK)
			body := w.Body.String()
			wantContains(t, body, tt.wants...)
			for _, nw := range tt.never {
				if strings.Contains(body, nw) {
					t.Errorf("the page says %q", nw)
				}
			}
			// The notes say why, without quoting the passage a second time.
			if notes, _, _ := strings.Cut(body[max(0, strings.Index(body, `<ol class="notes">`)):], "</ol>"); strings.Contains(notes, "<q>") {
				t.Errorf("the notes repeat the highlighted passages")
			}
			if box, _, _ := strings.Cut(body[max(0, strings.Index(body, `class="named"`)):], "</aside>"); strings.Contains(box, "4.16.55.1") {
				t.Errorf("the box takes Yahoo's trace code for an address")
			}
			// On a phone the headline, the facts and the steps come first:
			// the page is written in that order.
			order := []string{`class="verdict`, `class="facts"`, `class="steps"`, `class="explain"`, `class="bounce-text"`}
			if strings.Contains(body, `class="named"`) {
				order = slices.Insert(order, 3, `class="named"`)
			}
			last := -1
			for _, o := range order {
				i := strings.Index(body, o)
				if i < last {
					t.Errorf("%s comes before what precedes it in %v", o, order)
				}
				last = i
			}
		})
	}
}

// TestResultBadgeOnlyWithDoubt: a medium answer that leaves nothing else
// open reads as it is, without a "Most likely" badge.
func TestResultBadgeOnlyWithDoubt(t *testing.T) {
	h := newTestHandler(t, Options{})
	body := serve(t, h, postForm("/diagnose", url.Values{"bounce": {readTestFile(t, "../static/examples/qmail-mailbox-not-found.txt")}})).Body.String()
	if strings.Contains(body, `class="badge`) || strings.Contains(body, `class="doubt"`) {
		t.Errorf("a sure enough answer carries a badge or a doubt")
	}
}

// TestResultNamesNothingForASimpleBounce: a bounce that names no listing,
// help page or provider code gets no box.
func TestResultNamesNothingForASimpleBounce(t *testing.T) {
	h := newTestHandler(t, Options{})
	w := serve(t, h, postForm("/diagnose", url.Values{"bounce": {readTestFile(t, "../static/examples/postfix-user-unknown.eml")}}))
	if strings.Contains(w.Body.String(), `class="named"`) {
		t.Errorf("a user-unknown bounce has a \"What the bounce names\" box")
	}
}

func TestOutcomeText(t *testing.T) {
	final := classifier.Problem{Final: true, Retry: classifier.ExplainRetry(true)}
	wait := classifier.Problem{Retry: classifier.ExplainRetry(false)}
	noWait := classifier.Problem{Retry: "This is not final yet: ... waiting will not fix it."}
	tests := []struct {
		ps   []classifier.Problem
		want string
	}{
		{[]classifier.Problem{final}, classifier.ExplainRetry(true)},
		{[]classifier.Problem{final, final}, classifier.ExplainRetry(true)},
		{[]classifier.Problem{wait, final}, "Partly final"},
		{[]classifier.Problem{wait, noWait}, "Each problem below says whether waiting will help"},
		{[]classifier.Problem{noWait}, "waiting will not fix it"},
	}
	for i, tt := range tests {
		if got := outcomeText(tt.ps); !strings.Contains(got, tt.want) {
			t.Errorf("%d: outcomeText = %q, want it to say %q", i, got, tt.want)
		}
	}
}
