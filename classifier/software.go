package classifier

import "strings"

// softwareRule names the software or provider that wrote a bounce, told by
// its headers or its wording. Providers come before the MTAs they run on.
type softwareRule struct {
	name    string
	phrases []string
	mta     bool // a mail server program, not a provider
}

var softwareRules = []softwareRule{
	{"Amazon SES", []string{"amazonses.com", "amazon ses"}, false},
	{"SendGrid", []string{"sendgrid"}, false},
	{"Mailgun", []string{"mailgun"}, false},
	{"Postmark", []string{"postmarkapp"}, false},
	{"Gmail / Google Workspace", []string{"mail-noreply@google.com", "googlemail.com", "google.com/mail", "support.google.com", "gsmtp", "mx.google.com"}, false},
	{"Microsoft 365 / Outlook.com", []string{"protection.outlook.com", "outlook.com", "hotmail.com", "microsoft 365", "office 365", "office365", "exchangelabs"}, false},
	{"Yahoo", []string{"yahoo.com", "yahoodns", "yahoo!"}, false},
	{"AOL", []string{"aol.com"}, false},
	{"Apple iCloud", []string{"icloud.com", "me.com"}, false},
	{"Zoho Mail", []string{"zoho"}, false},
	{"Mimecast", []string{"mimecast"}, false},
	{"Proofpoint", []string{"pphosted", "proofpoint"}, false},
	{"Barracuda", []string{"barracuda"}, false},
	{"Symantec MessageLabs", []string{"messagelabs"}, false},
	{"Amazon WorkMail", []string{"awsapps.com", "workmail"}, false},
	{"Microsoft Exchange", []string{"microsoft exchange", "x-ms-exchange", "msexch", "did not reach the following recipient", "delivery has failed to these recipients", "internet mail service"}, true},
	{"Postfix", []string{"this is the mail system at host", "x-postfix", "postfix"}, true},
	{"Exim", []string{"mail delivery software", "x-failed-recipients", "exim"}, true},
	{"qmail", []string{"qmail"}, true},
	{"Sendmail", []string{"transcript of session follows", "sendmail", "the original message was received at"}, true},
	{"Courier", []string{"courier mail server"}, true},
	{"Lotus Domino", []string{"domino", "lotus"}, true},
	{"NTT docomo", []string{"docomo.ne.jp"}, false},
	{"au (KDDI / EZweb)", []string{"ezweb.ne.jp", "au.com", "kddi"}, false},
	{"SoftBank", []string{"softbank.ne.jp"}, false},
	{"PowerMTA", []string{"powermta"}, true},
}

var softwareSet = func() *phraseSet {
	lists := make([][]string, len(softwareRules))
	for i, r := range softwareRules {
		lists[i] = r.phrases
	}
	return newPhraseSet(lists)
}()

// software tells which program or provider wrote the bounce. The bounce's
// own headers speak first; then the report's boilerplate, where an MTA's
// standard wording outranks a provider named inside a quoted reply (a
// Postfix bounce quoting Gmail's refusal was written by Postfix); the
// Received trace comes last, as it also names the reader's own servers.
func (n *notice) detectSoftware() string {
	var h strings.Builder
	for _, k := range []string{"From", "Message-Id", "X-Mailer", "X-Postfix-Queue-Id", "X-Failed-Recipients",
		"X-MS-Exchange-Message-Is-Ndr", "X-Ses-Outgoing", "X-SG-EID", "Subject"} {
		for _, v := range n.doc.header[k] {
			h.WriteString(k + ": " + v + "\n")
		}
	}
	if name := softwareIn(h.String(), false); name != "" {
		return name
	}
	// One pass over the report finds both: the first program, else the
	// first provider.
	mta, any := softwareInBoth(n.reportingMTA)
	within(n.doc.found.software, n.doc.regions, func(m phraseMatch) {
		any = better(any, m.rule)
		if softwareRules[m.rule].mta {
			mta = better(mta, m.rule)
		}
	})
	if mta >= 0 {
		return softwareRules[mta].name
	}
	if any >= 0 {
		return softwareRules[any].name
	}
	return softwareIn(strings.Join(n.doc.header["Received"], "\n"), false)
}

// softwareInBoth returns the first softwareRules entry found in s among
// mail server programs, and among all; -1 when none.
func softwareInBoth(s string) (mta, any int) {
	mta, any = -1, -1
	softwareSet.find(s, 0, len(s), func(m phraseMatch) {
		any = better(any, m.rule)
		if softwareRules[m.rule].mta {
			mta = better(mta, m.rule)
		}
	})
	return mta, any
}

// better returns the rule nearer the top of softwareRules; -1 is none.
func better(a, b int) int {
	if a < 0 || b >= 0 && b < a {
		return b
	}
	return a
}

// softwareIn returns the first softwareRules entry found in s; with mtaOnly,
// only mail server programs count, not providers.
func softwareIn(s string, mtaOnly bool) string {
	best := -1
	softwareSet.find(s, 0, len(s), func(m phraseMatch) {
		if mtaOnly && !softwareRules[m.rule].mta {
			return
		}
		if best < 0 || m.rule < best {
			best = m.rule
		}
	})
	if best < 0 {
		return ""
	}
	return softwareRules[best].name
}
