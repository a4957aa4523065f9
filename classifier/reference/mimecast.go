package reference

import c "github.com/whybounce/whybounce/classifier"

var mimecastErrors = Link{"Mimecast: SMTP error codes", "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes"}

// mimecast holds the reasons Mimecast, an email security gateway many companies
// put in front of their mail, gives in its refusals. Mimecast identifies them by
// their wording rather than a code, so the wording is the code here. Mimecast
// deals only with its customers: the recipient's administrator is who can act.
var mimecast = []Entry{
	{Code: "Envelope blocked", Aliases: []string{"Administrative prohibition envelope blocked", "Envelope blocked - User Entry", "Envelope blocked - User Domain Entry"}, Title: "Mimecast: sender blocked by policy", Category: c.SenderRejected,
		Meaning: "The recipient's organisation blocks your address or domain with a Blocked Senders policy (\"Administrative prohibition - envelope blocked\"), or a user there blocked you personally (\"Envelope blocked - User Entry\"). An SPF hard failure can lead to the same answer.",
		Action:  "Contact the recipient another way and ask their Mimecast administrator (or the person, for a personal block) to remove the block.",
		Related: []string{"Rejected by header based Blocked Senders", "5.7.1"}, Links: []Link{mimecastErrors}},
	{Code: "Rejected by header based Blocked Senders", Aliases: []string{"Rejected by header-based Blocked Senders"}, Title: "Mimecast: sender blocked by a header policy", Category: c.SenderRejected,
		Meaning: "A Blocked Senders policy at the recipient's organisation matched the From address in the message header.",
		Action:  "Ask the recipient's Mimecast administrator to remove your address from the policy.",
		Related: []string{"Envelope blocked"}, Links: []Link{mimecastErrors}},
	{Code: "Rejected by header based Anti-Spoofing policy", Aliases: []string{"Rejected by header-based Anti-Spoofing policy", "Anti-Spoofing policy - inbound not allowed"}, Title: "Mimecast: anti-spoofing policy", Category: c.PolicyRejected,
		Meaning: "The message claims to come from the recipient's own organisation (or a domain it protects) but arrived from outside, so Mimecast treated it as possible impersonation. This often hits legitimate services that send in a company's name.",
		Action:  "The recipient's Mimecast administrator must add an anti-spoofing exception for the legitimate sender or its IP addresses.",
		Related: []string{"5.7.1", "5.7.26"}, Links: []Link{mimecastErrors}},
	{Code: "Local CT IP Reputation", Aliases: []string{"Local CT IP reputation - (reject)", "Mimecast"}, Title: "Mimecast: poor IP reputation", Category: c.Blocklisted,
		Meaning: "Mimecast's reputation checks rejected the sending server's IP address (\"Local CT IP reputation - (reject)\"), sometimes after earlier temporary deferrals.",
		Action:  "The recipient's administrator can allow your server with a Permitted Senders policy; the sending provider can ask Mimecast to review its IP ranges.",
		Related: []string{"Internal resources are temporarily unavailable"}, Links: []Link{mimecastErrors}},
	{Code: "Internal resources are temporarily unavailable", Aliases: []string{"Internal resource temporarily unavailable"}, Title: "Mimecast: greylisting or reputation check", Category: c.ServerProblem,
		Meaning: "A temporary refusal (451): Mimecast is greylisting the sender (asking it to come back later, between a minute and 12 hours) or the sending IP's reputation is being checked.",
		Action:  "Wait: a normal mail server retries and the message is then accepted. If it never gets through, the recipient's administrator can adjust the greylisting policy.",
		Related: []string{"451", "Local CT IP Reputation"}, Links: []Link{mimecastErrors}},
	{Code: "Sender address blocked", Title: "Mimecast: sending IP blocked by policy", Category: c.Blocklisted,
		Meaning: "The recipient's organisation blocked the sending server's IP address in a Blocked Senders policy (421).",
		Action:  "Ask the recipient's Mimecast administrator to remove the entry.",
		Related: []string{"Envelope blocked"}, Links: []Link{mimecastErrors}},
	{Code: "Email rejected due to security policies", Title: "Mimecast: virus or spam detected", Category: c.ContentFiltered,
		Meaning: "Mimecast found a virus signature in the message, or its spam score was over the maximum (554).",
		Action:  "Scan your computer and the attachment for viruses; if the message is clean, ask the recipient's administrator to permit your address, since spam checks can be bypassed but virus checks cannot.",
		Related: []string{"5.7.1", "554"}, Links: []Link{mimecastErrors}},
	{Code: "Message bounced due to content examination policy", Title: "Mimecast: content examination policy", Category: c.ContentFiltered,
		Meaning: "A content rule set up by the recipient's organisation (words, attachment types, patterns) matched your message.",
		Action:  "Ask the recipient's administrator which rule matched, or send the information another way.",
		Related: []string{"Email rejected due to security policies"}, Links: []Link{mimecastErrors}},
	{Code: "Maximum email size exceeded", Title: "Mimecast: message too large", Category: c.MessageTooLarge,
		Meaning: "The message is bigger than the recipient's size limit policy or Mimecast's own limit (554).",
		Action:  "Send the files through a link, or in smaller pieces.",
		Related: []string{"5.3.4", "552"}, Links: []Link{mimecastErrors}},
	{Code: "Invalid recipient", Title: "Mimecast: invalid recipient", Category: c.MailboxNotFound,
		Meaning: "Mimecast checked the address against the organisation's directory and found no such recipient (550).",
		Action:  "Check the spelling of the address and send again.",
		Related: []string{"5.1.1", "550"}, Links: []Link{mimecastErrors}},
	{Code: "Host network not allowed", Title: "Mimecast: geographical restriction", Category: c.PolicyRejected,
		Meaning: "The recipient's organisation does not accept mail from the country or network the sending server is in (554).",
		Action:  "Ask the recipient's administrator to make an exception for your server.",
		Related: []string{"5.7.1"}, Links: []Link{mimecastErrors}},
	{Code: "This route requires encryption (TLS)", Title: "Mimecast: TLS required", Category: c.PolicyRejected,
		Meaning: "The recipient's organisation only accepts mail from you over an encrypted connection, and this connection was not encrypted (553).",
		Action:  "The operator of the sending server must enable TLS for outgoing mail (and check its certificates).",
		Related: []string{"5.7.10"}, Links: []Link{mimecastErrors}},
	{Code: "Mail loop detected", Title: "Mimecast: mail loop", Category: c.ServerProblem,
		Meaning: "The message passed through too many servers (too many Received lines), usually because forwarding rules send it round in circles.",
		Action:  "Check the forwarding set up between the addresses involved.",
		Related: []string{"5.4.6"}, Links: []Link{mimecastErrors}},
}

func mimecastEntries() []Entry { return providerEntries("Mimecast", mimecast) }
