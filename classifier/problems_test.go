package classifier

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// helpdesk reads a fixture of ../testdata/helpdesk, the bounces of issue 10.
func helpdesk(t *testing.T, name string) string {
	t.Helper()
	return readFile(t, "../testdata/helpdesk/"+name)
}

// TestProblemsFitStateAndCause holds the cases of issue 10's "steps and who
// acts ignore the state and the cause".
func TestProblemsFitStateAndCause(t *testing.T) {
	tests := []struct {
		name      string
		raw       string
		wantCat   Category
		wantCause Cause
		wantFinal bool
		wantWho   string
		// want are words the steps must hold, in this order; never are
		// words no step may hold.
		want, never []string
		// headline and retry are words the problem's sentence and its
		// "final or retried" sentence must hold.
		headline, retry string
	}{
		{
			name: "final, the recipient's server unreachable", raw: helpdesk(t, "final-unreachable.txt"),
			wantCat: ServerProblem, wantCause: CauseUnreachable, wantFinal: true, wantWho: WhoYou,
			want:     []string{"part after the @", "Let the recipient know", "could not be reached"},
			never:    []string{"Wait", "final failure", "send the message again later"},
			headline: "could not be reached", retry: "given up",
		},
		{
			name: "delayed, refused for its reverse DNS", raw: noticeFile(t, "postfix/cannot-find-hostname.txt"),
			wantCat: Blocklisted, wantCause: CauseReverseDNS, wantFinal: false, wantWho: WhoProvider,
			want:     []string{"Waiting will not help", "reverse DNS (PTR) record", "hosting or internet provider"},
			never:    []string{"name of the list", "blocklist", "Wait:"},
			headline: "no proper DNS name (reverse DNS); the sending server is still trying, but waiting will not fix it",
			retry:    "waiting will not fix it",
		},
		{
			name: "Yahoo TSS04, a volume deferral", raw: noticeFile(t, "yahoo/tss04-deferred.txt"),
			wantCat: Blocklisted, wantCause: CauseReputation, wantFinal: false, wantWho: WhoYou,
			want:     []string{"Slow down", "complaint", "Then retry"},
			never:    []string{"removal", "lookup page", "listed", "Wait:"},
			headline: "holding back mail from the sending server because of its volume or spam complaints",
			retry:    "get through once the volume",
		},
		{
			name: "QQ frequency limited", raw: helpdesk(t, "qq-frequency-limited.txt"),
			wantCat: RateLimited, wantCause: CauseReputation, wantFinal: true, wantWho: WhoYou,
			want:     []string{"Slow down", "complaint", "Then retry"},
			never:    []string{"removal", "lookup page", "Wait:"},
			headline: "volume or spam complaints", retry: "given up",
		},
		{
			name: "a named blocklist", raw: readExample(t, "microsoft-spamhaus.eml"),
			wantCat: Blocklisted, wantCause: CauseListed, wantFinal: true, wantWho: WhoProvider,
			want:     []string{"listed on Spamhaus", "lookup page", "removal"},
			never:    []string{"name of the list is in the bounce"},
			headline: "listed on Spamhaus", retry: "given up",
		},
		{
			name: "a named list, whatever the words say of reputation", raw: "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org; poor reputation",
			wantCat: Blocklisted, wantCause: CauseListed, wantFinal: true, wantWho: WhoProvider,
			want:     []string{"listed on Spamhaus ZEN", "removal"},
			never:    []string{"Slow down"},
			headline: "listed on Spamhaus ZEN", retry: "given up",
		},
		{
			name: "a domain list", raw: "<ann@example.org>: host mx.example.org[192.0.2.1] said: 554 5.7.1 Service unavailable; " +
				"Sender address [bob@example.net] blocked using dbl.spamhaus.org (in reply to RCPT TO command)",
			wantCat: Blocklisted, wantCause: CauseDomainListed, wantFinal: true, wantWho: WhoYou,
			want:     []string{"Look up your own domain", "remove that link", "ask the list for removal"},
			never:    []string{"sending server is listed", "email provider (or whoever runs your outgoing mail server)"},
			headline: "a domain in it, the sender's or one it links to, is listed on Spamhaus DBL", retry: "given up",
		},
		{
			name: "a server list and a domain list", raw: "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using " +
				"zen.spamhaus.org; and the message's links are listed on dbl.spamhaus.org",
			wantCat: Blocklisted, wantCause: CauseListed, wantFinal: true, wantWho: WhoProvider,
			headline: "the sending server is listed on", retry: "given up",
		},
		{
			name: "no list named", raw: "550 5.7.1 Service unavailable; client [203.0.113.9] blocked using a local blacklist",
			wantCat: Blocklisted, wantCause: CauseNone, wantFinal: true, wantWho: WhoProvider,
			want:     []string{"refused their sending server as a source of spam"},
			never:    []string{"name of the list is in the bounce"},
			headline: "on a blocklist or has a poor reputation", retry: "given up",
		},
		{
			name: "delayed, the recipient's server unreachable", raw: noticeFile(t, "postfix/delay-connection-timeout.eml"),
			wantCat: ServerProblem, wantCause: CauseUnreachable, wantFinal: false, wantWho: WhoNobody,
			want:     []string{waitStep, "If a final failure notice follows", "could not be reached"},
			headline: "still trying to deliver it", retry: "still trying",
		},
		{
			name: "delayed, greylisted", raw: greylistedDelay,
			wantCat: PolicyRejected, wantCause: CauseGreylisting, wantFinal: false, wantWho: WhoNobody,
			want:     []string{waitStep, "send the message again"},
			never:    []string{"Waiting will not help", "security rule"},
			headline: "turned away the first try of your message to ann@example.com on purpose (greylisting)",
			retry:    "exactly what the receiving server asked for",
		},
		{
			name: "final, greylisted and never retried", raw: "550 5.7.1 <ann@example.com>: Greylisted for 5 minutes",
			wantCat: PolicyRejected, wantCause: CauseGreylisting, wantFinal: true, wantWho: WhoYou,
			want:  []string{"Send the message again", "retry settings"},
			never: []string{"Wait"},
			retry: "given up",
		},
		{
			name: "a typo in the domain", raw: helpdesk(t, "gmial-host-unknown.txt"),
			wantCat: HostUnknown, wantFinal: true, wantWho: WhoYou,
			want:     []string{"Did you mean lena.fischer@gmail.com?", "gmial.com is one letter away from gmail.com"},
			headline: "did you mean lena.fischer@gmail.com?", retry: "given up",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.raw)
			ps := Problems(d)
			if len(ps) != 1 {
				t.Fatalf("got %d problems, want 1: %+v", len(ps), ps)
			}
			p := ps[0]
			if p.Category != tt.wantCat || p.Cause != tt.wantCause || p.Final != tt.wantFinal || p.WhoActs != tt.wantWho {
				t.Errorf("got %s/%q final=%v who=%q, want %s/%q final=%v who=%q",
					p.Category, p.Cause, p.Final, p.WhoActs, tt.wantCat, tt.wantCause, tt.wantFinal, tt.wantWho)
			}
			steps := strings.Join(p.Steps, "\n")
			at := 0
			for _, w := range tt.want {
				i := strings.Index(steps[at:], w)
				if i < 0 {
					t.Errorf("the steps lack %q (in order):\n%s", w, steps)
					continue
				}
				at += i
			}
			for _, w := range tt.never {
				if strings.Contains(steps, w) {
					t.Errorf("the steps hold %q:\n%s", w, steps)
				}
			}
			if !strings.Contains(p.Headline, tt.headline) {
				t.Errorf("headline %q lacks %q", p.Headline, tt.headline)
			}
			if !strings.Contains(p.Retry, tt.retry) {
				t.Errorf("retry %q lacks %q", p.Retry, tt.retry)
			}
			// ExplainFor speaks of the same problem.
			if info := ExplainFor(d); !slices.Equal(info.Steps, p.Steps) || info.WhoActs != p.WhoActs {
				t.Errorf("ExplainFor gives %q / %v, want the problem's %q / %v", info.WhoActs, info.Steps, p.WhoActs, p.Steps)
			}
		})
	}
}

// waitWords finds any way of telling the reader to wait.
var waitWords = regexp.MustCompile(`(?i)\bwait|\bretries by itself|final failure, send`)

// TestStepsSayWaitOnce checks every category and cause, final and delayed:
// a final failure is never told to wait, and a delayed one says "wait" in
// one wording at most, or says that waiting will not help.
func TestStepsSayWaitOnce(t *testing.T) {
	causes := []Cause{CauseNone, CauseReverseDNS, CauseReputation, CauseListed, CauseUnreachable, CauseGreylisting}
	d := &Diagnosis{Blocklists: []BlocklistHit{{Name: "Spamhaus ZEN", Lists: "ip"}}}
	for _, c := range AllCategories {
		if !c.IsFailure() {
			continue
		}
		for _, cause := range causes {
			for _, final := range []bool{true, false} {
				a := adviceFor(d, c, cause, final)
				var waits []string
				for _, s := range a.steps {
					if waitWords.MatchString(s) {
						waits = append(waits, s)
					}
				}
				switch {
				case final && len(waits) > 0:
					t.Errorf("%s/%s, final: the steps speak of waiting: %q", c, cause, waits)
				case !final && len(waits) > 1:
					t.Errorf("%s/%s, delayed: the steps speak of waiting %d times: %q", c, cause, len(waits), waits)
				case !final && len(waits) == 1 && waits[0] != waitStep && waits[0] != notWaitStep:
					t.Errorf("%s/%s, delayed: the steps say wait in words of their own: %q", c, cause, waits[0])
				}
				if len(a.steps) == 0 || a.whoActs == "" || a.retry == "" {
					t.Errorf("%s/%s final=%v: no steps, no who acts or no retry: %+v", c, cause, final, a)
				}
				if !final && a.waitHelps && a.whoActs == WhoYou {
					t.Errorf("%s/%s: told to wait, yet you have to act", c, cause)
				}
			}
		}
	}
}

// TestProblemsSeveralRecipients holds issue 10's "several recipients, one
// story": one full mailbox and one unknown address are two problems, each
// with its sentence, its steps and who acts.
func TestProblemsSeveralRecipients(t *testing.T) {
	d := diagnoseText(t, noticeFile(t, "microsoft/two-recipients-exchange.eml"))
	ps := Problems(d)
	if len(ps) != 2 {
		t.Fatalf("got %d problems, want 2", len(ps))
	}
	want := []struct {
		c        Category
		rcpt     string
		who      string
		headline string
		step     string
	}{
		{MailboxNotFound, "n.ahmed@example.net", WhoYou, "The address n.ahmed@example.net does not exist", "letter by letter"},
		{MailboxFull, "directors@example.org", WhoRecipient, "The mailbox of directors@example.org is full", "their mailbox is full"},
	}
	for i, w := range want {
		p := ps[i]
		if p.Category != w.c || !slices.Equal(p.Recipients, []string{w.rcpt}) || p.WhoActs != w.who {
			t.Errorf("problem %d: got %s %v %q, want %s [%s] %q", i, p.Category, p.Recipients, p.WhoActs, w.c, w.rcpt, w.who)
		}
		if !strings.HasPrefix(p.Headline, w.headline) {
			t.Errorf("problem %d: headline %q, want it to start %q", i, p.Headline, w.headline)
		}
		if !strings.Contains(strings.Join(p.Steps, " "), w.step) {
			t.Errorf("problem %d: steps %q lack %q", i, p.Steps, w.step)
		}
	}
	if got, want := Headline(d), "Your message did not reach either of its 2 recipients, for 2 different reasons."; got != want {
		t.Errorf("Headline = %q, want %q", got, want)
	}

	// Three recipients, three problems, the main one first.
	d = diagnoseText(t, noticeFile(t, "postfix/three-recipients-mixed.eml"))
	var cats []Category
	for _, p := range Problems(d) {
		cats = append(cats, p.Category)
	}
	if want := []Category{MailboxNotFound, MailboxFull, ServerProblem}; !slices.Equal(cats, want) {
		t.Errorf("problems %v, want %v", cats, want)
	}
}

func TestProblemsGroupAlike(t *testing.T) {
	d := &Diagnosis{Category: MailboxFull, Final: false, Recipients: []Recipient{
		{Address: "a@example.com", Category: MailboxFull, Action: ActionFailed, Confidence: High},
		{Address: "b@example.com", Category: MailboxFull, Action: ActionDelayed, Confidence: High},
		{Address: "c@example.com", Category: MailboxFull, Action: ActionFailed, Confidence: Medium, Alternatives: []Category{MailboxUnavailable}},
		{Address: "d@example.com", Category: Delivered, Action: ActionDelivered},
	}}
	ps := Problems(d)
	if len(ps) != 2 {
		t.Fatalf("got %d problems, want 2 (final and still tried)", len(ps))
	}
	if got := ps[0].Recipients; !slices.Equal(got, []string{"a@example.com", "c@example.com"}) || !ps[0].Final {
		t.Errorf("first problem: %v final=%v, want a and c, final", got, ps[0].Final)
	}
	if ps[0].Confidence != Medium || !slices.Equal(ps[0].Alternatives, []Category{MailboxUnavailable}) {
		t.Errorf("first problem: confidence %s alternatives %v, want the least sure and every alternative", ps[0].Confidence, ps[0].Alternatives)
	}
	if got := ps[1].Recipients; !slices.Equal(got, []string{"b@example.com"}) || ps[1].Final {
		t.Errorf("second problem: %v final=%v, want b, still tried", got, ps[1].Final)
	}
	if got := Headline(d); got != "Your message did not reach 3 of its 4 recipients, for 2 different reasons." {
		t.Errorf("Headline = %q", got)
	}
	if ps := Problems(&Diagnosis{Category: AutoReply}); ps != nil {
		t.Errorf("an automatic reply has problems: %+v", ps)
	}
	if ps := Problems(&Diagnosis{Category: Unknown, Final: true}); len(ps) != 1 {
		t.Errorf("a failure without recipients has %d problems, want 1", len(ps))
	}
}

// TestDoubt: a medium answer with alternatives reads "most likely", a low
// one as a best guess, each with the words that point there; a sure one
// says nothing.
func TestDoubt(t *testing.T) {
	d := diagnoseText(t, readExample(t, "sendmail-relaying-denied.txt"))
	p := Problems(d)[0]
	for _, w := range []string{"Most likely the server would not pass your message on, because the server's reply says “sorry, relaying denied from your location”", "It could also be that the address does not exist, because"} {
		if !strings.Contains(p.Doubt, w) {
			t.Errorf("doubt %q lacks %q", p.Doubt, w)
		}
	}
	if !strings.HasPrefix(p.Headline, "Most likely, ") {
		t.Errorf("headline %q does not read as most likely", p.Headline)
	}

	low := &Diagnosis{Category: ContentFiltered, Final: true, Confidence: Low, Recipients: []Recipient{{
		Address: "a@example.com", Category: ContentFiltered, Action: ActionFailed, Confidence: Low,
		Alternatives: []Category{PolicyRejected, Blocklisted, Unknown},
		Reasons: []Reason{
			{Category: ContentFiltered, Clues: []Clue{{Kind: "words", Where: "reply", Text: "rejected"}, {Kind: "status", Where: "code", Text: "5.7.1"}}},
			{Category: PolicyRejected, Clues: []Clue{{Kind: "words", Where: "notice", Text: "not allowed"}}},
		},
	}}}
	if steps := Problems(low)[0].Steps; steps[0] != guessStep {
		t.Errorf("a best guess's first step is %q, want it to ask to check the guess", steps[0])
	}
	got := Problems(low)[0].Doubt
	want := "This is a best guess: the message was stopped by a filter, because the server's reply says “rejected”, and the status code is 5.7.1." +
		" It could also be that a rule at the receiving end refused the message, because the notice says “not allowed”; or that the sending server is on a blocklist."
	if got != want {
		t.Errorf("doubt =\n%q\nwant\n%q", got, want)
	}
	if got := Problems(&Diagnosis{Category: Unknown, Final: true, Confidence: Low, Recipients: []Recipient{{Category: Unknown, Action: ActionFailed, Confidence: Low}}})[0].Doubt; got != "This is a best guess: delivery failed for an unclear reason, though the bounce says little that is specific." {
		t.Errorf("doubt without clues = %q", got)
	}
	if got := Problems(diagnoseText(t, readExample(t, "postfix-user-unknown.eml")))[0].Doubt; got != "" {
		t.Errorf("a sure answer has a doubt: %q", got)
	}
}

func TestBecauseText(t *testing.T) {
	long := strings.Repeat("word ", 30)
	got := becauseText([]Clue{{Kind: "words", Where: "reply", Text: long}, {Kind: "reply-code", Text: "550"}, {Kind: "stage", Text: "after RCPT TO"}, {Kind: "status", Text: "5.1.1"}})
	want := "the server's reply says “word word word word word word word word word word word word…”, the reply code is 550, and the refusal came after RCPT TO"
	if got != want {
		t.Errorf("becauseText =\n%q\nwant\n%q", got, want)
	}
}

func TestListName(t *testing.T) {
	for in, want := range map[string]string{
		"Microsoft S3140 (Outlook.com block list)": "Microsoft's Outlook.com block list (S3140)",
		"Spamhaus ZEN": "Spamhaus ZEN",
	} {
		if got := ListName(in); got != want {
			t.Errorf("ListName(%q) = %q, want %q", in, got, want)
		}
	}
	d := diagnoseText(t, helpdesk(t, "outlook-s3140.txt"))
	if got := Headline(d); !strings.Contains(got, "listed on Microsoft's Outlook.com block list (S3140)") {
		t.Errorf("Headline = %q", got)
	}
}

// TestProblemsOfEveryNotice: over every labelled notice, the headline is one
// sentence, and every problem has its sentence, its steps, who acts and
// what its state means.
func TestProblemsOfEveryNotice(t *testing.T) {
	files, err := filepath.Glob("testdata/notices/*/*")
	if err != nil || len(files) < 100 {
		t.Fatalf("found %d notices (%v)", len(files), err)
	}
	files = append(files, mustGlob(t, "../testdata/helpdesk/*")...)
	for _, f := range files {
		d := diagnoseText(t, readFile(t, f))
		if h := Headline(d); oneSentence.MatchString(h) || h == "" {
			t.Errorf("%s: headline %q, want one sentence", f, h)
		}
		for i, p := range Problems(d) {
			if p.Headline == "" || len(p.Steps) == 0 || p.WhoActs == "" || p.Retry == "" || p.Title == "" {
				t.Errorf("%s: problem %d lacks a part: %+v", f, i, p)
			}
			if oneSentence.MatchString(p.Headline) {
				t.Errorf("%s: problem %d: headline %q, want one sentence", f, i, p.Headline)
			}
		}
	}
}

func mustGlob(t *testing.T, pattern string) []string {
	t.Helper()
	m, err := filepath.Glob(pattern)
	if err != nil || len(m) == 0 {
		t.Fatalf("glob %s: %v, %d files", pattern, err, len(m))
	}
	return m
}

// FuzzProblems: whatever the bounce, the plain-language layer answers: a
// headline, and for every problem a sentence and steps; what the bounce
// names stays within its bounds.
//
//	go test -run '^$' -fuzz=FuzzProblems -fuzztime=1m ./classifier
func FuzzProblems(f *testing.F) {
	for _, name := range []string{"final-unreachable.txt", "qq-frequency-limited.txt", "gmial-host-unknown.txt", "outlook-s3140.txt", "full-and-unknown.eml", "best-guess.txt"} {
		if b, err := os.ReadFile("../testdata/helpdesk/" + name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("421 4.7.0 [TSS04] Messages from 203.0.113.31 temporarily deferred - 4.16.55.1; see https://postmaster.yahooinc.com/x"))
	f.Add([]byte("<a@gmial.com>: 550-5.7.25 PTR\n550 5.7.25 https://support.google.com/a"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := Diagnose(raw, Options{})
		if err != nil {
			return
		}
		if Headline(d) == "" {
			t.Fatal("no headline")
		}
		for _, p := range Problems(d) {
			if p.Headline == "" || len(p.Steps) == 0 || p.Retry == "" {
				t.Fatalf("a problem without its parts: %+v", p)
			}
		}
		n := NamedIn(d)
		if len(n.IPs) > maxNamedIPs || len(n.ListedDomains) > maxNamedDomains || len(n.Help) > maxNamedHelp {
			t.Fatalf("named out of bounds: %+v", n)
		}
		for _, h := range n.Help {
			if _, ok := helpSiteOwner(h.URL); !ok {
				t.Fatalf("help page %q is on no known site", h.URL)
			}
		}
	})
}

// Read works out once what Problems, Headline and ExplainFor give one by
// one, and says the same on every corpus bounce.
func TestReadAgrees(t *testing.T) {
	for _, m := range corpusMessages(t) {
		d, err := Diagnose(m, Options{})
		if err != nil {
			t.Fatal(err)
		}
		rd := Read(d)
		if rd.Headline != Headline(d) || !reflect.DeepEqual(rd.Info, ExplainFor(d)) {
			t.Fatalf("Read(%s): headline %q, info %+v; Headline %q, ExplainFor %+v", d.Category, rd.Headline, rd.Info, Headline(d), ExplainFor(d))
		}
		if ps := Problems(d); d.Category.IsFailure() && !reflect.DeepEqual(rd.Problems, ps) {
			t.Fatalf("Read(%s).Problems = %+v, Problems = %+v", d.Category, rd.Problems, ps)
		}
	}
}

// greylistedDelay is Postfix's delay notice for a greylisting server's
// "try again later" (postgrey's default text).
const greylistedDelay = postfixDelayHead + `<ann@example.com>: host mx.example.com[192.0.2.1] said: 450 4.2.0
    <ann@example.com>: Recipient address rejected: Greylisted, see
    http://postgrey.schweikert.ch/help/example.com.html (in reply to RCPT TO command)
`

// postfixDelayHead is Postfix's delay notice up to the recipients' lines
// (bounce_template.c's default delay template).
const postfixDelayHead = `This is the mail system at host mail.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

`
