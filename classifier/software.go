package classifier

import "strings"

// softwareRule names the software or provider that wrote a bounce, told by
// its headers or its wording. Providers come before the MTAs they run on.
type softwareRule struct {
	name    string
	phrases []string
}

var softwareRules = []softwareRule{
	{"Amazon SES", []string{"amazonses.com", "amazon ses"}},
	{"SendGrid", []string{"sendgrid"}},
	{"Mailgun", []string{"mailgun"}},
	{"Postmark", []string{"postmarkapp"}},
	{"Gmail / Google Workspace", []string{"mail-noreply@google.com", "googlemail.com", "google.com/mail", "support.google.com", "gsmtp", "mx.google.com"}},
	{"Microsoft 365 / Outlook.com", []string{"protection.outlook.com", "outlook.com", "hotmail.com", "microsoft 365", "office 365", "office365", "exchangelabs"}},
	{"Yahoo", []string{"yahoo.com", "yahoodns", "yahoo!"}},
	{"AOL", []string{"aol.com"}},
	{"Apple iCloud", []string{"icloud.com", "me.com"}},
	{"Zoho Mail", []string{"zoho"}},
	{"Mimecast", []string{"mimecast"}},
	{"Proofpoint", []string{"pphosted", "proofpoint"}},
	{"Barracuda", []string{"barracuda"}},
	{"Symantec MessageLabs", []string{"messagelabs"}},
	{"Amazon WorkMail", []string{"awsapps.com", "workmail"}},
	{"Microsoft Exchange", []string{"microsoft exchange", "x-ms-exchange", "msexch", "did not reach the following recipient", "delivery has failed to these recipients", "internet mail service"}},
	{"Postfix", []string{"this is the mail system at host", "x-postfix", "postfix"}},
	{"Exim", []string{"mail delivery software", "x-failed-recipients", "exim"}},
	{"qmail", []string{"qmail"}},
	{"Sendmail", []string{"transcript of session follows", "sendmail", "the original message was received at"}},
	{"Courier", []string{"courier mail server"}},
	{"Lotus Domino", []string{"domino", "lotus"}},
	{"NTT docomo", []string{"docomo.ne.jp"}},
	{"au (KDDI / EZweb)", []string{"ezweb.ne.jp", "au.com", "kddi"}},
	{"SoftBank", []string{"softbank.ne.jp"}},
	{"PowerMTA", []string{"powermta"}},
}

var softwareSet = func() *phraseSet {
	lists := make([][]string, len(softwareRules))
	for i, r := range softwareRules {
		lists[i] = r.phrases
	}
	return newPhraseSet(lists)
}()

// software tells which program or provider wrote the bounce, from the
// bounce's own headers and the report text (not the returned message).
func (a *analysis) software() string {
	var b strings.Builder
	for _, k := range []string{"From", "Received", "X-Mailer", "Message-Id", "X-Postfix-Queue-Id", "X-Failed-Recipients", "X-MS-Exchange-Message-Is-Ndr", "Subject", "X-Ses-Outgoing", "X-SG-EID"} {
		for _, v := range a.hdr[k] {
			b.WriteString(k)
			b.WriteString(": ")
			b.WriteString(v)
			b.WriteByte('\n')
		}
	}
	b.WriteString(a.d.ReportingMTA)
	b.WriteByte('\n')
	for _, r := range a.regions {
		b.WriteString(a.text[r.start:r.end])
	}
	s := b.String()
	best := -1
	softwareSet.find(s, 0, len(s), func(m phraseMatch) {
		if best < 0 || m.rule < best {
			best = m.rule
		}
	})
	if best < 0 {
		return ""
	}
	return softwareRules[best].name
}
