package reference

import c "github.com/whybounce/whybounce/classifier"

var yahooErrors = Link{"Yahoo Sender Hub: SMTP error codes", "https://senders.yahooinc.com/smtp-error-codes/"}

// yahoo holds the codes Yahoo Mail and AOL Mail (both run by Yahoo Inc.) put in
// square brackets inside their replies, from the Yahoo Sender Hub and Yahoo's help
// pages.
var yahoo = []Entry{
	{Code: "TSS04", Title: "Temporarily deferred: unexpected volume or user complaints", Category: c.Blocklisted,
		Meaning: "Yahoo is holding back mail from the sending IP address (421 4.7.0) because it saw an unusual volume of mail from it or complaints from Yahoo users. The sending server will retry.",
		Action:  "Wait for the retries. If it lasts, the sender must slow down, mail only people who asked for it, and make sure SPF, DKIM and DMARC pass.",
		Related: []string{"TSS05", "TSS09", "4.7.0"}, Links: []Link{yahooErrors}},
	{Code: "TSS05", Title: "Temporarily deferred: unexpected volume or user complaints", Category: c.Blocklisted,
		Meaning: "Like TSS04: Yahoo defers mail from the sending IP address because of unusual volume or user complaints.",
		Action:  "Wait for the retries; the sender must reduce volume and complaints.",
		Related: []string{"TSS04", "TSS09"}, Links: []Link{yahooErrors}},
	{Code: "TSS09", Title: "All messages from this IP permanently deferred", Category: c.Blocklisted,
		Meaning: "Yahoo refuses all mail from the sending IP address (553 5.7.2) and says retrying will not help: the IP's reputation is too poor.",
		Action:  "Your provider (the owner of the sending IP) must fix the cause and open a ticket through the Yahoo Sender Hub; meanwhile reach the recipient another way.",
		Related: []string{"TSS11", "TSS04", "TS03"}, Links: []Link{yahooErrors}},
	{Code: "TSS11", Title: "All messages from this IP permanently deferred", Category: c.Blocklisted,
		Meaning: "Like TSS09: Yahoo refuses all mail from the sending IP address and retrying will not succeed.",
		Action:  "Your provider must fix the cause and contact Yahoo through the Sender Hub.",
		Related: []string{"TSS09"}, Links: []Link{yahooErrors}},
	{Code: "TS01", Title: "Temporarily deferred due to user complaints", Category: c.Blocklisted,
		Meaning: "An older Yahoo code: unusual traffic from the sending IP, or complaints from Yahoo users about its mail, made Yahoo defer it for now.",
		Action:  "Wait (Yahoo suggests retrying after about four hours); if it lasts more than two days, the sender must review what it sends and to whom.",
		Related: []string{"TS02", "TSS04"}, Links: []Link{yahooErrors}},
	{Code: "TS02", Title: "Temporarily deferred due to user complaints", Category: c.Blocklisted,
		Meaning: "An older Yahoo code: mail from the sending server drew complaints from Yahoo users, so Yahoo defers it for now.",
		Action:  "Wait for the retries; the sender must reduce complaints (mail only people who asked for it, make unsubscribing easy).",
		Related: []string{"TS01", "TSS04"}, Links: []Link{yahooErrors}},
	{Code: "TS03", Title: "All messages from this IP permanently deferred", Category: c.Blocklisted,
		Meaning: "An older Yahoo code: Yahoo sees mail from the sending IP as typical of unsolicited bulk mail and stops accepting it.",
		Action:  "Do not keep resending; the sender must review its lists and practices and then contact Yahoo.",
		Related: []string{"TSS09"}, Links: []Link{yahooErrors}},
	{Code: "PH01", Title: "Email not accepted for policy reasons", Category: c.ContentFiltered,
		Meaning: "Yahoo refused the message itself (554) for policy reasons, typically because it looked like spam or phishing.",
		Action:  "Look at the message's links and content; send a plain message to check that mail gets through, then rework the original.",
		Related: []string{"5.7.9", "5.7.1"}, Links: []Link{yahooErrors}},
	{Code: "5.7.9", Title: "Not accepted for policy reasons / sender unauthenticated", Category: c.PolicyRejected,
		Meaning: "Yahoo uses 5.7.9 in two ways: \"Message not accepted for policy reasons\" (the content or sender broke Yahoo's policies) and \"the sender is unauthenticated\" (Yahoo requires every sender to pass SPF or DKIM).",
		Action:  "If the text says unauthenticated, whoever manages the sending domain must set up SPF or DKIM; otherwise review the message's content.",
		Related: []string{"PH01", "5.7.26"}, Links: []Link{yahooErrors}},
	{Code: "BL21", Title: "Connections not accepted: IP on a Spamhaus list", Category: c.Blocklisted,
		Meaning: "An older Yahoo code: the sending IP address is on a Spamhaus blocklist, so Yahoo refuses connections from it.",
		Action:  "Your provider must look the IP up on Spamhaus and follow its removal steps.",
		Related: []string{"BL23", "Spamhaus ZEN"}, Links: []Link{yahooErrors}},
	{Code: "BL23", Title: "Connections not accepted: IP on Spamhaus XBL", Category: c.Blocklisted,
		Meaning: "An older Yahoo code: the sending IP address is on the Spamhaus Exploits Block List (hacked or infected machines).",
		Action:  "Find and clean the infected computer or server behind that IP, then request removal from Spamhaus.",
		Related: []string{"BL21", "Spamhaus XBL"}, Links: []Link{yahooErrors}},
}

func yahooEntries() []Entry { return providerEntries("Yahoo", yahoo) }
