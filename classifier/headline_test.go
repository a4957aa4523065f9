package classifier

import (
	"regexp"
	"strings"
	"testing"
)

func TestHeadline(t *testing.T) {
	one := func(c Category, addr string) []Recipient {
		return []Recipient{{Address: addr, Category: c, Action: ActionFailed}}
	}
	tests := []struct {
		name string
		d    *Diagnosis
		want string
	}{
		{"nil", nil, "This is not a bounce message."},
		{"not a bounce", &Diagnosis{Category: NotABounce, Final: true}, "This is not a bounce message."},
		{"auto-reply", &Diagnosis{Category: AutoReply, Final: true},
			"This is an automatic reply, such as an out-of-office note, not a bounce: your message was delivered."},
		{"complaint", &Diagnosis{Category: Complaint, Final: true},
			"This is a spam complaint, not a bounce: someone who received a message from you marked it as spam."},
		{"delivered", &Diagnosis{Category: Delivered, Final: true, Recipients: []Recipient{{Address: "ann@example.com", Category: Delivered, Action: ActionDelivered}}},
			"This is a delivery report, not a bounce: your message to ann@example.com was delivered."},
		{"unknown user", &Diagnosis{Category: MailboxNotFound, Final: true, Recipients: one(MailboxNotFound, "ann@exmaple.com")},
			"The address ann@exmaple.com does not exist: did you mean ann@example.com?"},
		{"unknown user, address in brackets", &Diagnosis{Category: MailboxNotFound, Final: true, Recipients: one(MailboxNotFound, "Ann <ann@exmaple.com>")},
			"The address ann@exmaple.com does not exist: did you mean ann@example.com?"},
		{"unknown user, dsn form", &Diagnosis{Category: MailboxNotFound, Final: true, Recipients: one(MailboxNotFound, "rfc822; ann@exmaple.com")},
			"The address ann@exmaple.com does not exist: did you mean ann@example.com?"},
		{"unknown user, spelt right", &Diagnosis{Category: MailboxNotFound, Final: true, Recipients: one(MailboxNotFound, "ann@northfield.example")},
			"The address ann@northfield.example does not exist: check the spelling."},
		{"unknown user, no address", &Diagnosis{Category: MailboxNotFound, Final: true, Recipients: one(MailboxNotFound, "")},
			"The address you wrote to does not exist: check the spelling."},
		{"host unknown", &Diagnosis{Category: HostUnknown, Final: true, Recipients: one(HostUnknown, "bob@Example.ORG")},
			"The domain example.org does not exist or takes no mail: check the part after the @."},
		{"host unknown, a typo", &Diagnosis{Category: HostUnknown, Final: true, Recipients: one(HostUnknown, "bob@gmial.com")},
			"The domain gmial.com does not exist or takes no mail: did you mean bob@gmail.com?"},
		{"rate limited, recipient's server", &Diagnosis{Category: RateLimited, Recipients: one(RateLimited, "ann@example.org")},
			"The mail server of example.org is holding back mail because too much arrived from the same sender in a short time."},
		{"rate limited, no recipient named", &Diagnosis{Category: RateLimited, Final: true, Recipients: one(RateLimited, "")},
			"A mail server or sending service is holding back your mail because too much was sent in a short time or a sending limit was reached."},
		{"spamhaus", &Diagnosis{Category: Blocklisted, Final: true, Recipients: one(Blocklisted, ""), Blocklists: []BlocklistHit{{Name: "Spamhaus", Lists: "ip"}}},
			"The receiving server refused your message because the sending server is listed on Spamhaus."},
		{"two lists, repeated", &Diagnosis{Category: Blocklisted, Final: true, Recipients: one(Blocklisted, "bob@example.net"),
			Blocklists: []BlocklistHit{{Name: "Spamhaus"}, {Name: "SpamCop"}, {Name: "spamhaus"}}},
			"The mail server of example.net refused your message because the sending server is listed on Spamhaus and SpamCop."},
		{"unnamed list only", &Diagnosis{Category: Blocklisted, Final: true, Recipients: one(Blocklisted, ""), Blocklists: []BlocklistHit{{Name: "DNSBL"}}},
			"The receiving server refused your message because the sending server is on a blocklist or has a poor reputation."},
		{"unknown user, delayed", &Diagnosis{Category: MailboxNotFound, Final: false, Recipients: []Recipient{{Address: "ann@example.com", Category: MailboxNotFound, Action: ActionDelayed}}},
			"The address ann@example.com does not exist; the sending server is still trying, but waiting will not fix it."},
		{"backscatter", &Diagnosis{Category: MailboxNotFound, Final: true, Recipients: one(MailboxNotFound, "ann@example.com"),
			Warnings: []Warning{{Kind: "dangerous-attachment"}, {Kind: "backscatter"}}},
			"This bounce is about a message that was not sent from your address: someone forged it as the sender, and you need not do anything."},
		{"blocklisted, no name", &Diagnosis{Category: Blocklisted, Final: true, Recipients: one(Blocklisted, "")},
			"The receiving server refused your message because the sending server is on a blocklist or has a poor reputation."},
		{"mailbox full, delayed", &Diagnosis{Category: MailboxFull, Final: false, Recipients: []Recipient{{Address: "ann@example.com", Category: MailboxFull, Action: ActionDelayed}}},
			"The mailbox of ann@example.com is full; the sending server is still trying to deliver it."},
		{"relay", &Diagnosis{Category: RelayDenied, Final: true, Recipients: one(RelayDenied, "ann@example.com")},
			"A mail server refused to pass your message to ann@example.com on."},
		{"authentication with From", &Diagnosis{Category: AuthenticationFailed, Final: true, Recipients: one(AuthenticationFailed, "ann@gmail.com"), Original: &Original{From: "Me <me@mine.example>"}},
			"The mail server of gmail.com could not confirm that your message really came from mine.example (SPF, DKIM or DMARC failed)."},
		{"sender rejected", &Diagnosis{Category: SenderRejected, Final: true, Recipients: one(SenderRejected, ""), Original: &Original{From: "me@mine.example"}},
			"The receiving server refused your sender address me@mine.example."},
		{"unknown", &Diagnosis{Category: Unknown, Final: true, Recipients: one(Unknown, "ann@example.com")},
			"Your message to ann@example.com could not be delivered, and the notice does not say why."},
		{"unknown, no recipients", &Diagnosis{Category: Unknown, Final: true},
			"Your message could not be delivered, and the notice does not say why."},
		{"all of three", &Diagnosis{Category: MailboxNotFound, Final: true, Recipients: []Recipient{
			{Address: "a@example.com", Category: MailboxFull, Action: ActionFailed},
			{Address: "b@example.com", Category: MailboxNotFound, Action: ActionFailed},
			{Address: "c@example.com", Category: MailboxNotFound, Action: ActionFailed},
		}}, "Your message did not reach any of its 3 recipients, for 2 different reasons."},
		{"all of three, one reason", &Diagnosis{Category: MailboxNotFound, Final: true, Recipients: []Recipient{
			{Address: "a@example.com", Category: MailboxNotFound, Action: ActionFailed},
			{Address: "b@example.com", Category: MailboxNotFound, Action: ActionFailed},
			{Address: "c@example.com", Category: MailboxNotFound, Action: ActionFailed},
		}}, "The addresses a@example.com, b@example.com and c@example.com do not exist: check the spelling."},
		{"five full mailboxes", &Diagnosis{Category: MailboxFull, Final: true, Recipients: []Recipient{
			{Address: "a@example.com", Category: MailboxFull, Action: ActionFailed},
			{Address: "b@example.com", Category: MailboxFull, Action: ActionFailed},
			{Address: "c@example.com", Category: MailboxFull, Action: ActionFailed},
			{Address: "d@example.com", Category: MailboxFull, Action: ActionFailed},
			{Address: "e@example.com", Category: MailboxFull, Action: ActionFailed},
		}}, "The mailboxes of a@example.com, b@example.com and 3 others are full."},
		{"one of two", &Diagnosis{Category: MailboxFull, Final: true, Recipients: []Recipient{
			{Address: "a@example.com", Category: MailboxFull, Action: ActionFailed},
			{Address: "b@example.com", Category: Delivered, Action: ActionDelivered},
		}}, "Your message did not reach 1 of its 2 recipients: the mailbox of a@example.com is full."},
		{"best guess", &Diagnosis{Category: ContentFiltered, Final: true, Confidence: Low, Recipients: []Recipient{
			{Address: "a@example.com", Category: ContentFiltered, Action: ActionFailed, Confidence: Low, Alternatives: []Category{PolicyRejected}},
		}}, "Best guess: the mail server of example.com refused your message because its filters took it for spam or found something harmful in it."},
		{"most likely", &Diagnosis{Category: MailboxNotFound, Final: true, Confidence: Medium, Recipients: []Recipient{
			{Address: "a@example.com", Category: MailboxNotFound, Action: ActionFailed, Confidence: Medium, Alternatives: []Category{MailboxUnavailable}},
		}}, "Most likely, the address a@example.com does not exist: check the spelling."},
		{"two of three", &Diagnosis{Category: MailboxFull, Final: true, Recipients: []Recipient{
			{Address: "a@example.com", Category: MailboxFull, Action: ActionFailed},
			{Address: "b@example.com", Category: Delivered, Action: ActionDelivered},
			{Address: "c@example.com", Category: MailboxNotFound, Action: ActionFailed},
		}}, "Your message did not reach 2 of its 3 recipients, for 2 different reasons."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Headline(tt.d); got != tt.want {
				t.Errorf("Headline() =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestHeadlineEveryCategory checks every category gets a sentence, and a delayed
// failure always says it is still being retried.
func TestHeadlineEveryCategory(t *testing.T) {
	for _, c := range AllCategories {
		for _, final := range []bool{true, false} {
			act := ActionFailed
			if !final {
				act = ActionDelayed
			}
			d := &Diagnosis{Category: c, Final: final, Recipients: []Recipient{{Address: "ann@example.com", Category: c, Action: act}}}
			got := Headline(d)
			if got == "" || got[len(got)-1] != '.' {
				t.Errorf("Headline(%s, final=%v) = %q, want a full sentence", c, final, got)
			}
			if oneSentence.MatchString(got) {
				t.Errorf("Headline(%s, final=%v) = %q, want one sentence", c, final, got)
			}
			retried := containsFold(got, "still trying")
			if want := c.IsFailure() && !final; retried != want {
				t.Errorf("Headline(%s, final=%v) = %q, says still trying: %v, want %v", c, final, got, retried, want)
			}
		}
	}
}

// oneSentence finds where a second sentence would start.
var oneSentence = regexp.MustCompile(`[.!?] +[A-Z]`)

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}
