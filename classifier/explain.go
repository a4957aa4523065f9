package classifier

// Info explains a category in plain words.
type Info struct {
	ID Category `json:"id"`
	// Title is a short heading ("The address does not exist").
	Title string `json:"title"`
	// Summary is one sentence a customer understands.
	Summary string `json:"summary"`
	// Explanation is a paragraph or two on what happened and why.
	Explanation string `json:"explanation"`
	// WhoActs is who has to do something: "you", "your provider", "the recipient",
	// "the recipient's admin" or "nobody".
	WhoActs string `json:"who_acts"`
	// Steps are what to do next, in order.
	Steps []string `json:"steps"`
	// Usually is "permanent", "temporary", "either" or "" for non-failures.
	Usually string `json:"usually"`
	// ArticleTerms are the phrases bounces use for this kind of failure
	// ("User unknown", "Quota exceeded"...).
	ArticleTerms []string `json:"terms,omitempty"`
}

// Who has to act, as used in Info.WhoActs.
const (
	WhoYou            = "you"
	WhoProvider       = "your provider"
	WhoRecipient      = "the recipient"
	WhoRecipientAdmin = "the recipient's admin"
	WhoNobody         = "nobody"
)

// How a category usually behaves, as used in Info.Usually.
const (
	UsuallyPermanent = "permanent"
	UsuallyTemporary = "temporary"
	UsuallyEither    = "either"
)

// Explain returns the plain-language explanation of c. An id that is not one of
// AllCategories gets the explanation of Unknown, under its own id.
func Explain(c Category) Info {
	info, ok := explanations[c]
	if !ok {
		info = explanations[Unknown]
	}
	info.ID = c
	info.Steps = append([]string(nil), info.Steps...)
	info.ArticleTerms = append([]string(nil), info.ArticleTerms...)
	return info
}

// ExplainRetry says in one sentence what "final" means for the reader: whether
// the sending server has given up or is still trying.
func ExplainRetry(final bool) string {
	if final {
		return "This is final: the sending server has given up, and nothing more will happen unless you send the message again."
	}
	return "This is not final yet: the sending server is still trying to deliver the message and will usually keep trying for a few days. You only need to act if a final failure notice follows."
}

// Tip is a general warning about bounces that does not depend on one category.
type Tip struct {
	// ID is a stable id, usable as a page anchor.
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// Advice holds the general warnings every reader of bounces should know.
var Advice = []Tip{
	{
		ID:    "everything-bouncing",
		Title: "Everything bouncing?",
		Text: "If every message you send comes back, the cause is rarely the people you write to. " +
			"Much more likely your mail program is set up with the wrong outgoing (SMTP) server. " +
			"Check the outgoing server name, the port (usually 587, or 465 for a secure connection) " +
			"and that it signs in with your user name and password, and compare these settings " +
			"with the ones your email provider publishes or ask their support.",
	},
	{
		ID:    "backscatter",
		Title: "A bounce for mail you never sent",
		Text: "Spammers often put someone else's address in the sender line of their messages. " +
			"When such a message cannot be delivered, the bounce comes back to the address that " +
			"was faked, not to the spammer. If you do not recognise the returned message, your " +
			"address was most likely borrowed this way: your account has not been broken into, " +
			"and you can delete the bounce without doing anything.",
	},
	{
		ID:    "attachment",
		Title: "A bounce with an attachment",
		Text: "Some viruses spread by dressing up as bounce messages and asking you to open an " +
			"attached file for details. A real bounce tells you everything in its text. Do not open " +
			"an attachment that comes with a bounce, especially for a message you do not remember " +
			"sending, unless you are completely sure it is genuine.",
	},
}

// explanations holds the texts, one per category, in the order of SPEC.md.
var explanations = map[Category]Info{
	MailboxNotFound: {
		Title:   "The address does not exist",
		Summary: "The receiving server says there is no mailbox with this address.",
		Explanation: "The domain after the @ is fine, but the server in charge of it does not know the " +
			"name before the @. Usually the address has a typing mistake, or it used to exist and " +
			"was closed when the person left a company or changed provider. Sending again will " +
			"give the same result.",
		WhoActs: WhoYou,
		Steps: []string{
			"Compare the address letter by letter with the one the person gave you; look for swapped, missing or extra letters and a wrong ending (.com or .net).",
			"If you copied it from an old message or an address book, ask the person for their current address by phone or another channel.",
			"Correct the address and send the message again.",
		},
		Usually:      UsuallyPermanent,
		ArticleTerms: []string{"Mailbox not found", "Invalid mailbox", "User unknown", "Not our customer", "No such user", "Recipient address rejected", "Address unknown"},
	},
	MailboxUnavailable: {
		Title:   "The mailbox exists but is not taking mail",
		Summary: "The address is known, but the mailbox is switched off, suspended or not accepting messages right now.",
		Explanation: "The receiving server recognises the address but will not put mail into it. The " +
			"account may be disabled, suspended for non-payment, moved to another address, or " +
			"closed but not yet deleted. Sometimes it is a short-lived problem with that one " +
			"account, so a later attempt can work.",
		WhoActs: WhoRecipient,
		Steps: []string{
			"Check that you used the right address.",
			"Send the message once more in a few hours: the trouble with one account is sometimes short-lived.",
			"If it still comes back, reach the person another way (phone, another address) and tell them their mailbox refuses mail.",
		},
		Usually:      UsuallyPermanent,
		ArticleTerms: []string{"Mailbox unavailable", "Mailbox not found", "Account disabled", "Mailbox disabled", "Account suspended", "User has moved"},
	},
	MailboxFull: {
		Title:   "The recipient's mailbox is full",
		Summary: "The person you wrote to has used up their storage, so there is no room for your message.",
		Explanation: "Every mailbox has a size limit, and this one has reached it. Free and older " +
			"accounts with little space fill up fastest. A full mailbox can also mean the " +
			"account is abandoned: nobody reads it any more, so nobody deletes anything. The " +
			"sending server often keeps trying for a while in case space is freed.",
		WhoActs: WhoRecipient,
		Steps: []string{
			"Let the person know through another channel (phone, text message, another address) that their mailbox is full.",
			"Once they have deleted old messages, send yours again.",
			"If it keeps bouncing for weeks, the account is probably abandoned: ask for a different address.",
		},
		Usually:      UsuallyTemporary,
		ArticleTerms: []string{"Mailbox full", "Quota exceeded", "Over quota", "Insufficient storage", "Mailbox size limit exceeded"},
	},
	HostUnknown: {
		Title:   "The domain does not exist or takes no mail",
		Summary: "The part of the address after the @ does not lead to any mail server.",
		Explanation: "To deliver mail, the sending server looks up the domain after the @ to find " +
			"where its mail goes. That lookup failed: the domain is misspelt, has expired, or the " +
			"organisation changed its name and stopped receiving mail at the old one. It can " +
			"also be a domain that exists but is set up to accept no mail at all.",
		WhoActs: WhoYou,
		Steps: []string{
			"Check the spelling of the part after the @ (for example gmial.com instead of gmail.com).",
			"Ask the person whether their address has changed, for instance after a company renamed itself or they left a provider.",
			"Send the message again to the corrected address.",
		},
		Usually:      UsuallyPermanent,
		ArticleTerms: []string{"Host unknown", "Domain look up failed", "Domain not found", "Name service error", "No MX record", "Host or domain name not found"},
	},
	RelayDenied: {
		Title:   "The server would not pass your message on",
		Summary: "A mail server refused to forward your message because it did not recognise you as one of its users.",
		Explanation: "Mail servers only forward messages for people they know, so that spammers " +
			"cannot abuse them. Your message was refused because the server did not see you " +
			"as its user: your mail program may not be signing in to the outgoing server, the " +
			"From address may not belong to the account you send with, or you are connected " +
			"through a network (a hotel, a mobile or another provider's line) that this server " +
			"does not accept mail from.",
		WhoActs: WhoYou,
		Steps: []string{
			"In your mail program's account settings, turn on authentication for the outgoing (SMTP) server, using the same user name and password as for receiving.",
			"Use the outgoing server and port your provider recommends, usually port 587 or 465 rather than 25.",
			"Make sure the From address is the address of the account you send with.",
			"If it still fails, ask your provider which settings to use from the network you are on.",
		},
		Usually:      UsuallyPermanent,
		ArticleTerms: []string{"Unable to relay", "Relaying denied", "Relay access denied", "Relay not permitted", "We do not relay"},
	},
	ServerProblem: {
		Title:   "A mail server or the network had trouble",
		Summary: "A mail server along the way could not be reached or was having problems, which usually sorts itself out.",
		Explanation: "Somewhere between your provider and the recipient, a server was down, " +
			"overloaded, short of memory or disk, or the connection to it timed out. This is " +
			"not caused by you or your message, and you cannot fix it yourself. The sending " +
			"server normally keeps retrying on its own for a few days.",
		WhoActs: WhoNobody,
		Steps: []string{
			"If the notice says the sending server is still trying, wait: it usually gets through within a few days.",
			"If the failure is final, check the part after the @ in the address, and let the recipient know, by phone or another address, that their mail server could not be reached or had trouble.",
			"Send the message again once they confirm that their mail works.",
		},
		Usually:      UsuallyTemporary,
		ArticleTerms: []string{"No adequate servers", "Connection timed out", "Resources temporarily unavailable", "Out of memory", "Connection refused", "Service unavailable", "Try again later"},
	},
	Blocklisted: {
		Title:   "The sending server is on a blocklist",
		Summary: "The receiving server refused your message because the server that sent it is listed as a source of spam.",
		Explanation: "Many mail servers check each incoming connection against public lists of " +
			"addresses that have sent spam, such as Spamhaus or SpamCop, or against their own " +
			"reputation records. The server that handed over your message is on such a list, " +
			"so everything it sends is refused for now. Usually that is your provider's " +
			"server, shared with many other customers, so the listing is not about you " +
			"personally. A missing or wrong reverse DNS name for the server leads to the same kind of refusal.",
		WhoActs: WhoProvider,
		Steps: []string{
			"Forward the bounce to your email provider (or whoever runs your outgoing mail server) and tell them the receiving server refused their sending server as a source of spam.",
			"Meanwhile, reach the recipient from another email account or by other means.",
			"If you run the sending server yourself, look up its IP address on the blocklist's lookup page, fix the cause (an infected computer, an open relay, a hacked account) and then ask for removal.",
			"If the listing looks wrong, you can also tell the recipient that their provider is refusing legitimate mail.",
		},
		Usually:      UsuallyEither,
		ArticleTerms: []string{"Blacklist Filters", "blocked", "listed in", "spamcop", "dynablock", "blackhole", "spamhaus", "blacklisted", "blocklist", "poor reputation"},
	},
	ContentFiltered: {
		Title:   "The message was stopped by a filter",
		Summary: "The receiving server thought your message looked like spam or carried something harmful, and refused it.",
		Explanation: "Receiving servers scan messages for signs of spam, viruses and risky " +
			"attachments. Something in yours triggered the filter: certain words or links, " +
			"lots of images with little text, a link to a website with a bad name, an attached " +
			"program or archive, or a virus picked up without your knowing. The bounce " +
			"sometimes says which rule it was.",
		WhoActs: WhoYou,
		Steps: []string{
			"Read the bounce for a hint about what was objected to (a virus name, a link, an attachment type).",
			"Check that the recipient can receive mail at all by sending a short, plain message with no attachments or links.",
			"If that arrives, send the original again with less that looks like advertising: fewer links, no shortened links, no program or archive attachments (share large files with a link instead).",
			"If a virus was reported, scan your computer with an up-to-date virus scanner before sending anything else.",
		},
		Usually:      UsuallyPermanent,
		ArticleTerms: []string{"Content Filters", "Message rejected as spam", "Spam detected", "Virus detected", "Content rejected", "Attachment not allowed"},
	},
	MessageTooLarge: {
		Title:   "The message is too large",
		Summary: "Your message, with its attachments, is bigger than the receiving server accepts.",
		Explanation: "Mail servers set a maximum size for a single message, often somewhere " +
			"between 10 and 35 MB. Attachments grow by about a third when they are sent by " +
			"email, so a file that looks small enough on your computer can still push the " +
			"message over the limit.",
		WhoActs: WhoYou,
		Steps: []string{
			"Send the text again without the large attachments.",
			"Share big files through a link (a cloud storage or file-transfer service) instead of attaching them.",
			"Or split them over several smaller messages, or shrink them (compress photos, save documents as PDF).",
		},
		Usually:      UsuallyPermanent,
		ArticleTerms: []string{"Message size exceeds fixed limit", "Message too large", "Message size exceeds", "Exceeded storage allocation"},
	},
	RateLimited: {
		Title:   "Too many messages at once",
		Summary: "The receiving server is slowing things down because too many messages arrived from the same sender in a short time.",
		Explanation: "To protect themselves from floods of spam, large providers limit how many " +
			"messages or connections they take from one sender or server in a given time. " +
			"Your message came in above that limit. The sending server normally waits and " +
			"tries again, and delivery succeeds once the rate goes down.",
		WhoActs: WhoNobody,
		Steps: []string{
			"If the notice says the sending server is still trying, wait: it gets through once the rate goes down.",
			"If the failure is final, send the message again in an hour or two.",
			"If you send to many people at once (newsletters, mass mailings), send in smaller batches spread over time, or use a service made for bulk mail.",
		},
		Usually:      UsuallyTemporary,
		ArticleTerms: []string{"Too many messages", "Rate limited", "Too many connections", "Receiving mail at a rate that prevents additional messages", "Try again later"},
	},
	AuthenticationFailed: {
		Title:   "The sender's domain did not pass the authenticity checks",
		Summary: "The receiving server could not confirm that your message really came from your domain, so it refused it.",
		Explanation: "Domains publish records (SPF, DKIM and DMARC) that tell receiving servers " +
			"which servers may send mail in their name and how to treat mail that fails. Your " +
			"message did not match these records: for example it was sent through a server " +
			"the domain does not list, its signature was missing or broken, or it was " +
			"forwarded in a way that broke the checks. These records are set up by whoever " +
			"runs the domain in the From address.",
		WhoActs: WhoProvider,
		Steps: []string{
			"If you use an address at a large free provider, send through that provider's own servers and not through another provider's outgoing server.",
			"If the address is at your own or your company's domain, pass the bounce to whoever manages that domain: they need to add the sending server to the SPF record and sign mail with DKIM.",
			"Send the message again once the domain's records have been corrected.",
		},
		Usually:      UsuallyPermanent,
		ArticleTerms: []string{"SPF", "DKIM", "DMARC", "Unauthenticated email", "Sender authentication failed"},
	},
	SenderRejected: {
		Title:   "Your own address was refused",
		Summary: "The receiving server did not accept your sender address or your domain.",
		Explanation: "This refusal is about who the message is from, not who it is to. The " +
			"recipient's server may have blocked your address or your whole domain, found " +
			"that your domain cannot receive replies, or the recipient may have added you to " +
			"a personal block list.",
		WhoActs: WhoRecipientAdmin,
		Steps: []string{
			"Check that the From address in your mail program is correct and that you can receive mail at it.",
			"Contact the recipient another way and ask them, or their IT staff, to allow mail from your address.",
			"If the refusal names your whole domain, ask whoever manages your domain to contact the recipient's mail administrator.",
		},
		Usually:      UsuallyPermanent,
		ArticleTerms: []string{"Sender address rejected", "Sender denied", "Blocked sender", "Sender domain must resolve"},
	},
	PolicyRejected: {
		Title:   "A rule at the receiving end refused the message",
		Summary: "The receiving organisation has a rule that does not allow this message in.",
		Explanation: "Organisations can decide what mail they accept. Some take mail only from " +
			"certain senders or countries, only over an encrypted connection, or for some " +
			"addresses only from inside the organisation (for example a distribution list that " +
			"outsiders may not write to). Your message broke one of these rules. Only the " +
			"recipient's side can change them.",
		WhoActs: WhoRecipientAdmin,
		Steps: []string{
			"Read the bounce for the name of the rule or a reason.",
			"Contact the recipient another way and forward them the bounce, so their IT staff can allow your message.",
			"Send again once they confirm the rule has been changed.",
		},
		Usually:      UsuallyPermanent,
		ArticleTerms: []string{"Delivery not authorized", "Access denied", "Message refused by policy", "TLS required", "Not authorized to send to this list"},
	},
	Suppressed: {
		Title:   "Your sending service did not even try",
		Summary: "The service that sends your mail skipped this address because it is on its do-not-send list.",
		Explanation: "Mailing and bulk email services keep a list of addresses that bounced " +
			"before or whose owners complained about spam or unsubscribed. To protect their " +
			"reputation they stop sending to those addresses. The recipient's server was not " +
			"contacted at all this time.",
		WhoActs: WhoYou,
		Steps: []string{
			"Check in your sending service why the address is on its list (an earlier bounce, a complaint or an unsubscribe).",
			"Only if you are sure the address now works and the person wants your mail, remove it from the list in the service's settings.",
			"Otherwise, ask the person for a different address.",
		},
		Usually:      UsuallyPermanent,
		ArticleTerms: []string{"Suppression list", "Address is on the suppression list", "Previously bounced"},
	},
	Unknown: {
		Title:   "Delivery failed for an unclear reason",
		Summary: "Your message could not be delivered, but the notice does not say why.",
		Explanation: "This is a real delivery failure, but the server that reported it gave " +
			"no reason we can recognise, only a general error. The cause could be on either " +
			"side.",
		WhoActs: WhoYou,
		Steps: []string{
			"Look at the bounce text for any line from the receiving server; it often holds the real reason.",
			"Check that the address is spelled correctly and send the message again.",
			"If it bounces again, send the bounce to your email provider's support.",
		},
		Usually: UsuallyEither,
	},
	AutoReply: {
		Title:   "An automatic reply, not a bounce",
		Summary: "This is an automatic answer such as an out-of-office note; your message was delivered.",
		Explanation: "The recipient's mailbox received your message and answered on its own, " +
			"for example because the person is on holiday or has changed address. Nothing " +
			"went wrong with the delivery.",
		WhoActs: WhoNobody,
		Steps: []string{
			"Read the reply for useful details, such as the date the person is back or someone else to contact.",
			"If it says the address is no longer in use, update your address book.",
		},
	},
	Complaint: {
		Title:   "A spam complaint, not a bounce",
		Summary: "This is a report that someone marked a message from you as spam; the message itself was delivered.",
		Explanation: "Large mailbox providers tell senders when one of their users clicks " +
			"\"This is spam\" on a message. Your message did arrive; the report is feedback, " +
			"so that senders can stop mailing people who do not want their mail.",
		WhoActs: WhoYou,
		Steps: []string{
			"Stop sending to the person who complained; remove them from any mailing list.",
			"If you send newsletters, make sure everyone on the list asked for them and that unsubscribing is easy.",
			"If you did not send the reported message, your account may be misused: change its password and tell your provider.",
		},
	},
	Delivered: {
		Title:   "A delivery report, not a bounce",
		Summary: "This notice confirms that your message was delivered.",
		Explanation: "A server sent this report because your message arrived, usually because " +
			"a delivery notification was requested when it was sent. There is no problem to fix.",
		WhoActs: WhoNobody,
		Steps: []string{
			"Nothing to do: the message reached its destination.",
		},
	},
	NotABounce: {
		Title:   "This is not a bounce",
		Summary: "The text does not look like a delivery failure report.",
		Explanation: "We found no sign that a mail server is reporting a failed delivery in this " +
			"text. It may be an ordinary message, or only part of the bounce was copied.",
		WhoActs: WhoNobody,
		Steps: []string{
			"If you do have a bounce, paste the whole message, including the lines from the mail server, or the full original (\"show original\" or \"view source\" in your mail program).",
		},
	},
}

// A ruleReading is what the page says of an answer that is no failure but
// says more than its category: a list holding a post, a challenge-response
// filter's request, a report on a domain's mail, an authentication-failure
// report. The rule the result gives its recipient names it; such an answer
// is complete (the engine looks no further into what it attaches), its
// headline is its own, and so is its explanation where info is given.
type ruleReading struct {
	headline string
	info     *Info // title, summary, explanation, who acts and steps; nil keeps the category's
}

var ruleReadings = map[string]ruleReading{
	heldRule: {headline: "This is not a bounce: the mailing list is holding your message until its moderator posts it or tells you why not."},
	challengeRule: {
		headline: "This is not a bounce: the recipient's spam filter is holding your message until you confirm you are a person, as this request asks.",
		info: &Info{
			Title:   "The recipient's spam filter asks you to confirm",
			Summary: "This is an automatic request, not a bounce: your message is waiting until you confirm you are a person.",
			Explanation: "The recipient uses a challenge-response filter: mail from an address it does not know " +
				"yet is held back, and the sender is asked once to prove to be a person. Once you answer, the " +
				"waiting message is delivered and later mail from your address goes straight through. If nobody " +
				"answers, the filter deletes the message after a while.",
			WhoActs: WhoYou,
			Steps: []string{
				"Answer the request as it asks: reply to it without changing the subject line, or open the link it gives.",
				"If you did not send the message it names, ignore the request: someone used your address, and nothing reaches the recipient.",
			},
		},
	},
	// A read receipt is the reader's mail program answering a request for
	// one: the message arrived.
	readReceiptRule: {
		headline: "This is a read receipt, not a bounce: the recipient's mail program reports that your message arrived.",
		info: &Info{
			Title:   "A read receipt, not a bounce",
			Summary: "Your message arrived: the recipient's mail program sent this receipt when the message was opened (or, with some programs, deleted unopened).",
			Explanation: "A read receipt was asked for when the message was sent, and the recipient's mail program " +
				"answered it. It proves that the message reached the mailbox; it does not prove that it was read " +
				"with care, and many people and programs never send one, so a missing receipt proves nothing either.",
			WhoActs: WhoNobody,
			Steps: []string{
				"Nothing to do: the message reached its destination.",
				"If you do not want these receipts, turn off the read-receipt request in your mail program before sending.",
			},
		},
	},
	// An unsubscribe request arrives as feedback about a delivered message,
	// as a complaint does, but nobody called the message spam.
	unsubscribeRule: {
		headline: "This is not a bounce: it is a request to unsubscribe, sent by the reader's mail program to your list's unsubscribe address.",
		info: &Info{
			Title:   "A request to unsubscribe",
			Summary: "This is an unsubscribe request, not a bounce: the reader asked to be taken off the list the message came from.",
			Explanation: "Mail programs such as Apple Mail show an Unsubscribe button on messages whose List-Unsubscribe " +
				"header gives an email address. When the reader presses it, the program sends a short message to that " +
				"address on the reader's behalf. Your message was delivered; the reader no longer wants this kind of mail.",
			WhoActs: WhoYou,
			Steps: []string{
				"Take the address that sent this request off the list the message came from, within two days (the large mailbox providers expect that).",
				"If your list software reads its unsubscribe address itself, check that it handled this request; if a person reads that mailbox, make the change by hand.",
			},
		},
	},
	// A report of abuse from a network address goes to the address's abuse
	// contact; it says nothing about mail the reader sent.
	abuseRule: {
		headline: "This is not a bounce: it is a report of attacks (such as repeated failed logins) seen from a network address that the sender of the report says is yours.",
		info: &Info{
			Title:   "A report of abuse from your network",
			Summary: "This is an abuse report, not a bounce: another server saw attacks from an address on your network and wrote to its abuse contact.",
			Explanation: "Servers that block attackers, often with fail2ban, can write to the abuse contact of the network " +
				"an attack came from, with the address, the time and the log lines they saw. No message of yours failed; " +
				"the report is about a machine. Often it is a computer or server on that network that was broken into or " +
				"is misconfigured, and sometimes the address was shared or spoofed.",
			WhoActs: WhoYou,
			Steps: []string{
				"Find which machine used the reported address at the reported time (your router's, firewall's or hosting provider's records say).",
				"Check that machine for unknown processes, accounts and stolen passwords; change the passwords it holds, and take it off the network if it is attacking others.",
				"If the address is not yours or the report is mistaken, answer the report's sender with what you found.",
			},
		},
	},
	// The reader's own mailbox or mail program: the message went out; its
	// copy, or the mailbox itself, is the trouble.
	ownMailboxRule: {
		headline: "This is not a bounce: your message was sent, and this is your own mailbox or mail program reporting a problem of its own (often that your mailbox is full, so the sent copy was not saved).",
		info: &Info{
			Title:   "Your own mailbox, not the recipient's",
			Summary: "This is not a bounce: the message went out, but your mail program or your own mail server could not store something in your mailbox.",
			Explanation: "Mail programs send a message and then save a copy of it in your Sent folder on your own mail " +
				"server (over IMAP). When that second step fails, most often because your own mailbox is over its " +
				"storage limit, the program shows the server's answer, and it can read like a bounce. The recipient " +
				"is not involved: the message was handed over for delivery. Until your mailbox has room, new mail to " +
				"you may be refused too.",
			WhoActs: WhoYou,
			Steps: []string{
				"Check that the message arrived, or look in your Outbox: if it left, there is nothing to resend.",
				"Make room in your own mailbox: empty Trash and Junk, delete or archive large old messages, or ask your provider for more space.",
				"If the error is about network or file access rather than quota, check the Sent folder's settings in your mail program.",
			},
		},
	},
	reportRule: {headline: "This is not a bounce: it is an automatic report (DMARC or TLS statistics on a domain's mail, a postmaster tool's notice, a warning that a mailbox is filling up, or a mail filter's list of held messages), not about one failed message."},
	// An authentication-failure report (RFC 6591) arrives in the shape of a
	// spam complaint, but says something else.
	authFailureRule: {
		headline: "This is not a bounce: it is a report that a message using your domain failed authentication (SPF, DKIM or DMARC) at the receiving server.",
		info: &Info{
			Title:   "A report that a message failed authentication",
			Summary: "This is a report, not a bounce: a message that used your domain failed SPF, DKIM or DMARC at a receiving server.",
			Explanation: "Domains that publish a DMARC record with a ruf= address ask receiving servers to report " +
				"each message that uses the domain and fails its checks. The report names the check that failed " +
				"and shows the message's headers. If the message was yours, your domain's SPF record or DKIM " +
				"signing misses a server you send through; if it was not, someone is sending in your domain's name, " +
				"and the report is working as intended.",
			WhoActs: WhoYou,
			Steps: []string{
				"Look at the reported message's headers: if you sent it, add the server it came from to your SPF record or have it sign with your DKIM key, then check again with a test message.",
				"If you did not send it, nothing needs to change on your side; a DMARC policy of quarantine or reject keeps such mail from being delivered.",
			},
		},
	},
}

// readingOf returns the rule reading of d's answer, if it has one.
func readingOf(d *Diagnosis) (ruleReading, bool) {
	if len(d.Recipients) == 0 {
		return ruleReading{}, false
	}
	r, ok := ruleReadings[d.Recipients[0].Rule]
	return r, ok
}

// ExplainFor returns the explanation of d's main problem (the first of
// Problems), adjusted to what this diagnosis showed: the cause and the state
// (a final failure is never told to wait, a delay that waiting will not fix
// is never told to), a bounce of a message the reader never sent needs no
// action at all, and a notice with a dangerous attachment or link must not
// be followed.
func ExplainFor(d *Diagnosis) Info {
	if !d.Category.IsFailure() {
		return explainOf(d, nil)
	}
	return explainOf(d, Problems(d))
}

// explainOf is ExplainFor of d, whose Problems are ps.
func explainOf(d *Diagnosis, ps []Problem) Info {
	info := Explain(d.Category)
	if !d.Category.IsFailure() {
		if rd, ok := readingOf(d); ok && rd.info != nil {
			info.Title, info.Summary, info.Explanation, info.WhoActs, info.Steps = rd.info.Title, rd.info.Summary, rd.info.Explanation, rd.info.WhoActs, rd.info.Steps
		}
		return info
	}
	p := ps[0]
	info.Title, info.Summary, info.Explanation, info.WhoActs, info.Steps = p.Title, p.Summary, p.Explanation, p.WhoActs, p.Steps
	return info
}

// Reading is the plain-language layer of one diagnosis, worked out once:
// what Problems, Headline and ExplainFor give one by one. A page or an
// answer that shows all three reads it once.
type Reading struct {
	// Problems are d's distinct problems; none unless d is a failure.
	Problems []Problem
	Headline string
	Info     Info
}

// Read works out the plain-language layer of d.
func Read(d *Diagnosis) Reading {
	var ps []Problem
	if d.Category.IsFailure() {
		ps = Problems(d)
	}
	return Reading{Problems: ps, Headline: headlineOf(d, ps), Info: explainOf(d, ps)}
}

func hasWarning(d *Diagnosis, kind string) bool {
	for _, w := range d.Warnings {
		if w.Kind == kind {
			return true
		}
	}
	return false
}

func adviceText(id string) string {
	for _, t := range Advice {
		if t.ID == id {
			return t.Text
		}
	}
	return ""
}
