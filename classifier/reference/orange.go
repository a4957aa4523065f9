package reference

import c "github.com/whybounce/whybounce/classifier"

// orange holds the OFR codes Orange (orange.fr, wanadoo.fr) writes at the end of
// its replies, in French and English ("... Invalid recipient. OFR_416 [416]").
// The number after OFR, sometimes written OFR004_416, is what identifies the
// reason; Get accepts any of these forms.
var orange = []Entry{
	{Code: "OFR_102", Title: "Orange: source IP blocked for spam", Category: c.Blocklisted,
		Meaning: "Orange blocked the sending server's IP address because of a spam incident (\"Adresse IP source bloquee pour incident de spam\").",
		Action:  "Your provider (the owner of the sending IP) must stop the spam and contact Orange's postmaster to be unblocked.",
		Related: []string{"OFR_999", "OFR_506"}},
	{Code: "OFR_305", Title: "Orange: invalid authentication", Category: c.RelayDenied,
		Meaning: "Orange did not accept the sign-in details (\"Code d'authentification invalide\").",
		Action:  "Check the user name and password of the outgoing server in your mail program.",
		Related: []string{"535", "5.7.8"}},
	{Code: "OFR_415", Title: "Orange: invalid sender", Category: c.SenderRejected,
		Meaning: "Orange refused the sender address of the message (\"Emetteur invalide\").",
		Action:  "Check the From address set in your mail program; it must be a real address that you are allowed to send from.",
		Related: []string{"5.1.7", "5.1.8"}},
	{Code: "OFR_416", Title: "Orange: invalid recipient", Category: c.MailboxNotFound,
		Meaning: "At least one recipient address does not exist at Orange (\"Adresse d au moins un destinataire invalide\").",
		Action:  "Check the spelling of the orange.fr or wanadoo.fr address and send again.",
		Related: []string{"5.1.1", "550"}},
	{Code: "OFR_417", Title: "Orange: recipient mailbox full", Category: c.MailboxFull,
		Meaning: "The recipient's Orange mailbox is full (\"Boite du destinataire pleine\", recipient over quota).",
		Action:  "Tell the person another way that their mailbox is full; send again once they have made room.",
		Related: []string{"5.2.2", "552"}},
	{Code: "OFR_420", Title: "Orange: recipient mailbox archived", Category: c.MailboxUnavailable,
		Meaning: "The recipient's Orange mailbox has been archived (\"Boite du destinataire archivee\"), usually because it has not been used for a long time, so it receives no mail.",
		Action:  "Reach the person another way; they must reactivate their mailbox or give you another address.",
		Related: []string{"5.2.1"}},
	{Code: "OFR_505", Title: "Orange: service refused, try later", Category: c.ServerProblem,
		Meaning: "Orange temporarily refused the connection (421 4.2.0 \"Service refuse. Veuillez essayer plus tard\").",
		Action:  "Wait: the sending server retries by itself.",
		Related: []string{"OFR_999", "421"}},
	{Code: "OFR_506", Title: "Orange: mail rejected", Category: c.ContentFiltered,
		Meaning: "Orange refused the message itself (\"Mail rejete\"), typically because its filters took it for spam.",
		Action:  "Send a plain message to check that mail gets through, then rework the original.",
		Related: []string{"5.7.1", "OFR_102"}},
	{Code: "OFR_999", Title: "Orange: service refused, try later", Category: c.Blocklisted,
		Meaning: "Orange temporarily refused mail from the sending server (421 \"Service refuse. Veuillez essayer plus tard\"), usually to slow down a server it does not trust or that opens too many connections. Mail is often accepted hours later.",
		Action:  "Wait for the retries; if it lasts, the operator of the sending server must send more slowly (few connections at once) and contact Orange's postmaster.",
		Related: []string{"OFR_505", "OFR_102", "421"}},
}

func orangeEntries() []Entry { return providerEntries("Orange", orange) }
