package classifier

import (
	"slices"
	"strings"
	"testing"
)

func TestExplainEveryCategory(t *testing.T) {
	valid := map[string]bool{WhoYou: true, WhoProvider: true, WhoRecipient: true, WhoRecipientAdmin: true, WhoNobody: true}
	for _, c := range AllCategories {
		t.Run(string(c), func(t *testing.T) {
			info := Explain(c)
			if info.ID != c {
				t.Errorf("ID = %q, want %q", info.ID, c)
			}
			for name, s := range map[string]string{"Title": info.Title, "Summary": info.Summary, "Explanation": info.Explanation} {
				if strings.TrimSpace(s) == "" {
					t.Errorf("%s is empty", name)
				}
			}
			if !strings.HasSuffix(info.Summary, ".") {
				t.Errorf("Summary %q is not a full sentence", info.Summary)
			}
			if !valid[info.WhoActs] {
				t.Errorf("WhoActs = %q, not one of the allowed values", info.WhoActs)
			}
			if len(info.Steps) == 0 {
				t.Error("no Steps")
			}
			for i, s := range info.Steps {
				if strings.TrimSpace(s) == "" || !strings.HasSuffix(s, ".") {
					t.Errorf("Steps[%d] = %q, want a full sentence", i, s)
				}
			}
			switch {
			case c.IsFailure() && c != Unknown && info.Usually != UsuallyPermanent && info.Usually != UsuallyTemporary && info.Usually != UsuallyEither:
				t.Errorf("Usually = %q for a failure", info.Usually)
			case !c.IsFailure() && info.Usually != "":
				t.Errorf("Usually = %q for a non-failure, want empty", info.Usually)
			}
		})
	}
}

// TestExplainUsuallyMatchesSpec checks the "usually" column of SPEC.md.
func TestExplainUsuallyMatchesSpec(t *testing.T) {
	tests := []struct {
		c    Category
		want string
	}{
		{MailboxNotFound, UsuallyPermanent},
		{MailboxUnavailable, UsuallyPermanent},
		{MailboxFull, UsuallyTemporary},
		{HostUnknown, UsuallyPermanent},
		{RelayDenied, UsuallyPermanent},
		{ServerProblem, UsuallyTemporary},
		{Blocklisted, UsuallyEither},
		{ContentFiltered, UsuallyPermanent},
		{MessageTooLarge, UsuallyPermanent},
		{RateLimited, UsuallyTemporary},
		{AuthenticationFailed, UsuallyPermanent},
		{SenderRejected, UsuallyPermanent},
		{PolicyRejected, UsuallyPermanent},
		{Suppressed, UsuallyPermanent},
	}
	for _, tt := range tests {
		if got := Explain(tt.c).Usually; got != tt.want {
			t.Errorf("Explain(%q).Usually = %q, want %q", tt.c, got, tt.want)
		}
	}
}

// TestExplainCoversArticle checks that every phrase of the article's "Common Error
// Messages" table is among some category's ArticleTerms, and in the right one.
func TestExplainCoversArticle(t *testing.T) {
	rows := append(slices.Clone(articleRows), []articleRow{
		{"Blacklist Filters", Blocklisted},
		{"blocked", Blocklisted},
		{"listed in", Blocklisted},
		{"spamcop", Blocklisted},
		{"dynablock", Blocklisted},
		{"blackhole", Blocklisted},
		{"spamhaus", Blocklisted},
		{"Content Filters", ContentFiltered},
	}...)
	for _, row := range rows {
		if !hasTerm(Explain(row.want).ArticleTerms, row.phrase) {
			t.Errorf("%q is not among the terms of %q", row.phrase, row.want)
		}
	}
}

func hasTerm(terms []string, phrase string) bool {
	for _, term := range terms {
		if strings.EqualFold(term, phrase) {
			return true
		}
	}
	return false
}

func TestExplainReturnsCopies(t *testing.T) {
	a := Explain(MailboxFull)
	a.Steps[0] = "changed"
	a.ArticleTerms[0] = "changed"
	b := Explain(MailboxFull)
	if b.Steps[0] == "changed" || b.ArticleTerms[0] == "changed" {
		t.Error("changing a returned Info changed the shared texts")
	}
}

func TestExplainUnknownID(t *testing.T) {
	got := Explain(Category("no-such-category"))
	if got.ID != "no-such-category" {
		t.Errorf("ID = %q, want the id asked for", got.ID)
	}
	if got.Title != Explain(Unknown).Title {
		t.Errorf("Title = %q, want the Unknown text", got.Title)
	}
}

// TestAdviceCoversArticle checks the article's general warnings are all there.
func TestAdviceCoversArticle(t *testing.T) {
	tests := []struct {
		id    string
		words []string
	}{
		{"everything-bouncing", []string{"outgoing", "SMTP", "587", "465", "provider"}},
		{"backscatter", []string{"faked", "delete"}},
		{"attachment", []string{"virus", "Do not open"}},
	}
	for _, tt := range tests {
		var tip *Tip
		for i := range Advice {
			if Advice[i].ID == tt.id {
				tip = &Advice[i]
			}
		}
		if tip == nil {
			t.Errorf("no tip %q", tt.id)
			continue
		}
		if tip.Title == "" {
			t.Errorf("tip %q has no title", tt.id)
		}
		for _, w := range tt.words {
			if !strings.Contains(tip.Text, w) {
				t.Errorf("tip %q does not mention %q", tt.id, w)
			}
		}
	}
}

func TestExplainRetry(t *testing.T) {
	if got := ExplainRetry(true); !strings.Contains(got, "given up") {
		t.Errorf("ExplainRetry(true) = %q, want it to say the server gave up", got)
	}
	if got := ExplainRetry(false); !strings.Contains(got, "still trying") {
		t.Errorf("ExplainRetry(false) = %q, want it to say the server is still trying", got)
	}
}

func TestExplainForAdjustsToTheDiagnosis(t *testing.T) {
	tests := []struct {
		name      string
		d         *Diagnosis
		wantWho   string
		wantFirst string // a word of the first step
	}{
		{"plain failure", &Diagnosis{Category: MailboxNotFound, Final: true}, WhoYou, "letter"},
		{"backscatter", &Diagnosis{Category: MailboxNotFound, Final: true,
			Warnings: []Warning{{Kind: WarnBackscatter}}}, WhoNobody, "delete"},
		{"delayed, the recipient can help", &Diagnosis{Category: MailboxFull, Final: false}, WhoRecipient, "Wait"},
		{"delayed, nobody can help", &Diagnosis{Category: ServerProblem, Final: false}, WhoNobody, "Wait"},
		{"server trouble, final", &Diagnosis{Category: ServerProblem, Final: true}, WhoYou, "after the @"},
		{"fake bounce", &Diagnosis{Category: Unknown, Final: true,
			Warnings: []Warning{{Kind: WarnDangerousAttachment}}}, Explain(Unknown).WhoActs, "attachment"},
		{"not a failure", &Diagnosis{Category: AutoReply, Final: true}, Explain(AutoReply).WhoActs, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info := ExplainFor(tt.d)
			if info.WhoActs != tt.wantWho {
				t.Errorf("who acts: got %q, want %q", info.WhoActs, tt.wantWho)
			}
			if tt.wantFirst != "" && (len(info.Steps) == 0 || !strings.Contains(info.Steps[0], tt.wantFirst)) {
				t.Errorf("first step: got %q, want it to contain %q", info.Steps, tt.wantFirst)
			}
		})
	}
	// The shared texts are not changed by an adjusted copy.
	before := len(Explain(MailboxFull).Steps)
	ExplainFor(&Diagnosis{Category: MailboxFull, Final: false})
	if got := len(Explain(MailboxFull).Steps); got != before {
		t.Errorf("Explain(MailboxFull) has %d steps after ExplainFor, want %d", got, before)
	}
}
