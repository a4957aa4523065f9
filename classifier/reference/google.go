package reference

import c "github.com/whybounce/whybounce/classifier"

var (
	googleErrors     = Link{"Google: Gmail SMTP errors and codes", "https://support.google.com/a/answer/3726730"}
	googleGuidelines = Link{"Google: email sender guidelines", "https://support.google.com/a/answer/81126"}
	googlePostmaster = Link{"Google Postmaster Tools", "https://postmaster.google.com/"}
)

// google holds the meanings Gmail and Google Workspace give to codes in their
// bounces (their replies end in "gsmtp"), from Google's public list of SMTP
// errors and its sender guidelines.
var google = []Entry{
	{Code: "4.2.1", Title: "Recipient is receiving mail too quickly", Category: c.RateLimited,
		Meaning: "The Gmail user you wrote to is receiving mail at a rate that stops more from being delivered right now.",
		Action:  "Wait: the sending server retries, and the message gets through once the rate drops.",
		Related: []string{"4.2.1", "450"}, Links: []Link{googleErrors}},
	{Code: "4.2.2", Title: "Recipient's inbox is out of storage", Category: c.MailboxFull,
		Meaning: "The Gmail user's storage (shared with Google Drive and Photos) is full.",
		Action:  "Tell the person another way to free up storage; the sending server keeps trying for a while.",
		Related: []string{"5.2.2", "452"}, Links: []Link{googleErrors}},
	{Code: "4.7.0", Title: "Temporarily refused (Gmail)", Category: c.RateLimited,
		Meaning: "Gmail temporarily refuses the message: it saw an unusual rate of unsolicited mail from the sender, the message did not authenticate, or a secure (TLS) connection is required. The words after the code say which.",
		Action:  "Wait for the retries. If it continues, the sending domain must pass SPF and DKIM, and its provider must check its reputation in Google Postmaster Tools.",
		Related: []string{"4.7.28", "4.7.0", "421"}, Links: []Link{googleErrors, googleGuidelines}},
	{Code: "4.7.23", Title: "Sending IP has no matching PTR record", Category: c.Blocklisted,
		Meaning: "The sending server's IP address has no reverse DNS (PTR) record, or it does not match the server's name. Gmail defers such mail.",
		Action:  "Whoever runs the sending server must set a reverse DNS name that points back to the same IP address.",
		Related: []string{"5.7.25", "5.7.25"}, Links: []Link{googleErrors, googleGuidelines}},
	{Code: "4.7.27", Title: "SPF did not pass (temporary)", Category: c.AuthenticationFailed,
		Meaning: "Gmail deferred the message because the sender's domain did not pass SPF for the server that sent it.",
		Action:  "Whoever manages the sending domain must publish an SPF record that includes the sending server.",
		Related: []string{"5.7.27", "5.7.23"}, Links: []Link{googleErrors, googleGuidelines}},
	{Code: "4.7.28", Title: "Unusual rate of unsolicited mail (temporary)", Category: c.RateLimited,
		Meaning: "Gmail saw an unusual amount of unsolicited mail from the sending IP address or domain, and slows it down for now.",
		Action:  "Wait for the retries; the sender must reduce volume, mail only people who asked for it, and follow Google's sender guidelines.",
		Related: []string{"5.7.28", "4.7.0"}, Links: []Link{googleErrors, googleGuidelines, googlePostmaster}},
	{Code: "5.1.1", Title: "The email account does not exist", Category: c.MailboxNotFound,
		Meaning: "There is no Gmail or Google Workspace account at this address.",
		Action:  "Check the spelling of the address, in particular the part before the @, and send again.",
		Related: []string{"5.1.1", "550"}, Links: []Link{googleErrors}},
	{Code: "5.2.1", Title: "The email account is disabled", Category: c.MailboxUnavailable,
		Meaning: "The Google account exists but has been disabled, so it does not receive mail.",
		Action:  "Reach the person another way and ask for a working address.",
		Related: []string{"5.2.1"}, Links: []Link{googleErrors}},
	{Code: "5.2.2", Title: "The email account is over quota", Category: c.MailboxFull,
		Meaning: "The recipient's Google storage is full, so Gmail cannot store your message.",
		Action:  "Tell the person another way to free up storage, then send again.",
		Related: []string{"5.2.2", "552"}, Links: []Link{googleErrors}},
	{Code: "5.2.3", Title: "Message exceeds Google's size limit", Category: c.MessageTooLarge,
		Meaning: "The message is larger than Gmail accepts (about 25 MB, counting the growth of attachments when they are encoded for email).",
		Action:  "Send the files through a link (for example a shared Google Drive file) instead of attaching them.",
		Related: []string{"5.3.4", "552"}, Links: []Link{googleErrors}},
	{Code: "5.7.0", Title: "Blocked for a potential security issue", Category: c.ContentFiltered,
		Meaning: "Gmail blocked the message because its content, usually an attachment or a link, could be a security risk (for example an executable file, even inside an archive).",
		Action:  "Remove the attachment or link, or share the file through a cloud storage link, and send again.",
		Related: []string{"5.7.1", "5.7.0"}, Links: []Link{googleErrors}},
	{Code: "5.7.1", Title: "Refused by Gmail (unsolicited mail or unauthorised sender)", Category: c.ContentFiltered,
		Meaning: "Gmail refused the message. The words say why: \"likely unsolicited mail\" or \"unusual rate of unsolicited mail\" (spam filtering or a poor sender reputation), \"not authorized to send email directly to our servers\" (the mail came from an address that should send through a provider), or a message against a Google Workspace organisation's policy (the text then contains \"gcdp\").",
		Action:  "For spam reasons, improve the content and the sender's reputation; for an unauthorised IP, send through your provider's outgoing server; for a \"gcdp\" policy, ask the recipient's administrator.",
		Related: []string{"5.7.1", "5.7.26", "5.7.28"}, Links: []Link{googleErrors, googleGuidelines}},
	{Code: "5.7.8", Title: "Username and password not accepted", Category: c.RelayDenied,
		Meaning: "Your mail program could not sign in to Gmail's outgoing server (smtp.gmail.com): the user name or password was wrong, or Google requires an app password or a modern sign-in.",
		Action:  "Check the account's sign-in settings in your mail program; with 2-step verification on, create an app password, or use a program that supports Google's sign-in.",
		Related: []string{"5.7.8", "535"}, Links: []Link{googleErrors}},
	{Code: "5.7.25", Title: "Sending IP has no PTR record", Category: c.Blocklisted,
		Meaning: "Gmail refused the message because the sending server's IP address has no reverse DNS (PTR) record.",
		Action:  "Whoever runs the sending server must set up reverse DNS for its IP address that matches the server's name.",
		Related: []string{"4.7.23", "5.7.25"}, Links: []Link{googleErrors, googleGuidelines}},
	{Code: "5.7.26", Title: "Unauthenticated email is not accepted", Category: c.AuthenticationFailed,
		Meaning: "The message failed Gmail's authentication checks: it passed neither SPF nor DKIM, or the sender's domain has a DMARC policy that rejects unauthenticated mail.",
		Action:  "Whoever manages the sender's domain must set up SPF and DKIM for every service that sends its mail, aligned with the From address.",
		Related: []string{"5.7.26", "5.7.27", "5.7.509"}, Links: []Link{googleErrors, googleGuidelines}},
	{Code: "5.7.27", Title: "SPF did not pass", Category: c.AuthenticationFailed,
		Meaning: "Gmail refused the message because the sender's domain did not pass SPF for the server that sent it.",
		Action:  "Whoever manages the sending domain must add the sending server to its SPF record.",
		Related: []string{"4.7.27", "5.7.23", "5.7.26"}, Links: []Link{googleErrors, googleGuidelines}},
	{Code: "5.7.28", Aliases: []string{"Gmail sender reputation"}, Title: "Unusual rate of unsolicited mail", Category: c.RateLimited,
		Meaning: "Gmail blocked mail from the sending IP address or domain because it saw an unusual rate of unsolicited mail coming from it.",
		Action:  "The sender must reduce volume, stop mailing people who did not ask for it, and watch its reputation in Google Postmaster Tools.",
		Related: []string{"4.7.28", "5.7.28"}, Links: []Link{googleErrors, googleGuidelines, googlePostmaster}},
}

func googleEntries() []Entry { return providerEntries("Google", google) }
