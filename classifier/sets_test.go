package classifier

import (
	"bytes"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The labelled sets of testdata were each written from primary sources (the
// programs' own templates and source code, the providers' published pages)
// by a helper who read neither the rules nor the engine, while the rules
// were written without reading the set. The first run of the engine on a
// set, before any change made after looking at its misses, measured wording
// the engine had not been written against; that first score is kept with
// each set. The floors guard what was measured after the fixes, so they
// only go up.
var labelledSets = []struct {
	dir string
	// first is the honest first score, and what it missed.
	first string
	// the floors: recipients in an accepted category, status codes,
	// high-confidence answers right.
	recipients, status, high float64
	// visible is the floor for recipients when each whole message is
	// first reduced to its visible text; zero for sets of pasted text.
	visible float64
	// final is the floor for messages whose labels say final or retried
	// (TestLabelledSetsFinal), for the sets that label it.
	final float64
}{
	{
		dir:   "notices",
		first: "172/195 recipients (88.2%), every high-confidence answer right",
		// Since: 191/195, 128/128, 95/95.
		// Since: 193/195 with a newsletter (List-Unsubscribe) read as no bounce.
		// Visible text 190/195 with the out-of-office rows of 2026-11-30
		// (outlook-autoreply.tsv, postfixadmin.tsv, ooo-detectors.tsv).
		visible: 0.97, recipients: 0.98, status: 1, high: 0.99,
	},
	{
		dir: "pasted",
		first: "78/90 recipients (86.67%), 43/44 status codes, 24/25 high-confidence answers " +
			"(the wrong one: the second recipient of chasquid/two-recipients.txt, given the first one's full mailbox); " +
			"79/90 after the day's changes made without reading it",
		// Since: 88/90, 44/44, 27/27; 89/90 with Outlook.com's "Server busy"
		// row (a later round's provider rows).
		// Since: 90/90 with TMDA's challenge read as an automatic reply.
		recipients: 0.99, status: 0.99, high: 0.99,
	},
	{
		dir: "raw",
		first: "69/73 recipients (94.52%), 67/69 status codes, 44/44 high-confidence answers; missed: " +
			"chasquid's \"Could not find mail server\", a Russian Outlook forward (KOI8-R), a bounce attached to a note, " +
			"Mailman's uncaught bounce notification",
		// Since: 73/73, 69/69, 44/44.
		visible: 0.94, recipients: 0.98, status: 0.99, high: 0.99,
	},
	{
		dir: "replies",
		first: "111/116 recipients (95.69%), 87/87 status codes, 43/43 high-confidence answers; missed: " +
			"two greylisting replies (given server-problem, labelled rate-limited or policy-rejected), Exchange's " +
			"5.4.312 \"DNS query failed\", T-Online's \"A problem occurred\", QQ's \"Mail content denied\"",
		// Since: 115/116, 87/87, 43/43; 116/116 with T-Online's sourced
		// greeting row (a later round).
		recipients: 0.99, status: 0.99, high: 0.99,
	},
	{
		dir: "legacy",
		first: "75/85 recipients (88.24%), 47/48 status codes, 37/37 high-confidence answers; missed: " +
			"an Exchange 2003 delivery receipt (given not-a-bounce), Domino's \"No route found to domain\" and its German " +
			"\"nicht im Domino-Verzeichnis\", IMail's \"User mailbox exceeds allowed size\" and \"Unable to resolve host\", " +
			"Sun Messaging Server's \"illegal host/domain name found\" (given content-filtered) and its two-recipient report " +
			"(one recipient, message-too-large), X.400's content-too-long, AOL's RLY:B1 (given content-filtered); " +
			"the same after the day's rows written without reading it",
		// Since: 80/85, 48/48, 37/37.
		// Since: 81/85 with Domino's "No route found to domain" (Microsoft KB Q174730).
		visible: 0.95, recipients: 0.95, status: 0.99, high: 0.99,
	},
	{
		dir: "services",
		first: "96/101 recipients (95.05%), 59/65 status codes, 66/66 high-confidence answers; missed: " +
			"Brevo's blocked event (given blocklisted, labelled suppressed), Mailjet's blocked \"spam reporter\" " +
			"(given unknown), Resend's email.complained and email.delivered and Postal's MessageSent (given not-a-bounce), " +
			"the status codes of four Mailjet bounce comments and of Postal's MessageSent output; " +
			"the status of a SendGrid dropped event was then labelled 5.0.0 as the event shows it",
		// Since: 100/101, 68/68, 66/66.
		recipients: 0.99, status: 0.99, high: 0.99,
	},
	{
		dir: "localized",
		first: "24/29 recipients (82.76%), 17/18 status codes, 9/9 high-confidence answers; missed: " +
			"gromox's Chinese auto-response (given unknown), the second recipient of masqmail's German two-recipient " +
			"notice (one reply for both; given unknown, no status), masqmail's Italian \"550 Relay Disabled\" (given unknown), " +
			"a qmail-send log line with kei.pl's Polish \"Zdalny host odpowiedzial: 500 No such user\" (given unknown), " +
			"a Japanese MTA log of docomo's \"550 Unknown user\" (given not-a-bounce)",
		// Since: 27/29, 18/18, 11/11 (Libero's "relay disabled" row); 28/29
		// with qmail-send's log read with its spaces back (kei.pl's line).
		visible: 0.96, recipients: 0.96, status: 0.99, high: 0.99,
	},
	{
		dir: "providers2",
		first: "49/64 recipients (76.56%), 38/38 status codes, 13/13 high-confidence answers; missed: Google Groups' " +
			"bulk-sender refusal in English, German, Portuguese, Japanese and Thai (given policy-rejected, unknown or " +
			"not-a-bounce), its \"group may not exist, or you may not have permission to post\" notice (given " +
			"sender-rejected), a disabled sender's account, Orange's OFR_999 and La Poste's LPN007_510 and LPN027_503 " +
			"(given server-problem), Virgilio's \"relay disabled\", BT's \"Recipient not authorised\" (given " +
			"policy-rejected), Mail.ru's \"message sending for this account is disabled\" (given mailbox-unavailable); " +
			"56/64 (87.5%) with the provider rows written at the same time without reading the set",
		// Since: 63/64, 38/38, 13/13; the same from visible text.
		recipients: 0.98, status: 0.99, high: 0.99, visible: 0.98,
	},
	{
		dir: "gateways",
		first: "66/81 recipients (81.48%), 51/51 status codes, 14/14 high-confidence answers; missed: Sophos's " +
			"XGEMAIL size refusal and \"Mail flood detected\", Symantec's VBA-macro refusal (given mailbox-full), three " +
			"MailChannels replies ([BR] invalid recipients, [UNS] unsubscribed, [CSR]), IONOS's \"must be authenticated\" " +
			"and \"SMTP AUTH failed\" (given unknown), four Bluehost replies, two greylisting deferrals (given " +
			"server-problem), Exchange Online's 5.7.705 and 5.7.703 in localized notices; 71/81 (87.65%) with the " +
			"gateway and hosting rows written at the same time without reading the set",
		// Since: 79/81, 51/51, 18/18; the same from visible text.
		// Since: 80/81 with the hosting rows (the host's "[CSR]" block);
		// 81/81 with Broadcom's list of gateways' content refusals (VBA
		// macros).
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99,
	},
	{
		dir: "mtas2",
		first: "65/72 recipients (90.28%), 62/64 status codes, 41/41 high-confidence answers; missed: two Exim " +
			"notices with several recipients (the first address took the next one's reply), Cyrus's LMTP \"Mailbox Moved\" " +
			"and XMail's \"maximum number of delivery attempts\" (given rate-limited), ZMailer's \"your mail was disallowed\" " +
			"and \"Unresolvable address\" (given unknown); 67/72 (93.06%) with the rows written at the same time without " +
			"reading the set",
		// Since: 71/72, 64/64, 41/41; visible text 70/72.
		recipients: 0.98, status: 0.99, high: 0.99, visible: 0.97,
	},
	{
		dir: "autoreplies",
		first: "51/68 (75.0%), 7/7 status codes, 23/25 high-confidence answers (the two wrong: Thunderbird read " +
			"receipts, given delivered, then labelled not-a-bounce only; since relabelled not-a-bounce|delivered, see its " +
			"README); missed: Exchange out-of-office replies in Portuguese, Turkish, Korean and Chinese (given not-a-bounce), " +
			"Mailman's held-for-moderation notices (given policy-rejected), two newsletters and a person's note about " +
			"bounces (given a failure), cPanel BoxTrapper's challenge (given content-filtered), a pasted Gmail vacation " +
			"reply and OTRS's refused follow-up (given not-a-bounce); 50/68 with the rows written at the same time " +
			"without reading the set",
		// Since: 61/68, 7/7, 25/25 (with the relabelled read receipts); visible
		// text 45/68: without its headers an automatic reply is often a
		// person's words alone.
		// Since: 63/68 with newsletters (List-Unsubscribe) read as no bounce;
		// visible text 46/68 with KMail's vacation rows.
		// Since: 65/68, visible text 48/68, with challenge-response requests
		// (TMDA, BoxTrapper) read as automatic replies.
		recipients: 0.95, status: 0.99, high: 0.99, visible: 0.7,
	},
	{
		dir:   "retries",
		first: "58/58 recipients, 49/49 status codes, 33/33 high-confidence answers, 55/55 messages rightly final or retried",
		// Delay warnings and final give-ups; its eighth column, final or
		// retried, is scored by TestLabelledSetsFinal.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir: "intl",
		first: "35/43 recipients (81.4%), 16/17 status codes, 6/6 high-confidence answers; missed: a localized Exchange " +
			"NDR quoting Exim's sender-callout refusal (its sender taken for a second recipient), o2switch's unaccented " +
			"French notice (given not-a-bounce), three of Gmail's replies as its German help page translates them, a " +
			"Spanish and two German Microsoft 365 notices; the same with the rows written at the same time without " +
			"reading the set",
		// Since: 37/43, 17/17, 6/6; 41/43 with the Gmail and Microsoft 365
		// rows from Google's and Microsoft's translated pages (a later
		// round); the same from visible text.
		recipients: 0.95, status: 0.99, high: 0.99, visible: 0.95,
	},
	{
		dir: "snippets",
		first: "115/120 recipients (95.8%), 64/65 status codes, 48/48 high-confidence answers; missed: QQ's \"Mail content " +
			"denied\", AT&T's \"521 <ip> is blocked\" (given policy-rejected), Orange's OFR004_105 and Cox's AUP#CXCNCT " +
			"with Exim's \"retry timeout exceeded\" (given server-problem), Mailgun's code 607 (given content-filtered); " +
			"the same with the rows written at the same time without reading the set",
		// Short pastes: an error line or a few copied lines. Since: 118/120,
		// 64/65, 48/48; 120/120 with Orange's and Cox's own codes from their
		// pages (a later round's provider rows).
		recipients: 0.99, status: 0.98, high: 0.99,
	},
	{
		dir: "forwards",
		first: "61/64 recipients (95.3%), 53/61 status codes, 44/44 high-confidence answers; missed: the customer's own " +
			"signature address taken for a failed recipient in two quoted forwards and a Spanish Exchange one; status codes " +
			"that only the forwarded delivery-status part held",
		// Bounces forwarded by customers to a helpdesk (inline, quoted, as
		// attachment, pasted). Since: 64/64, 56/61, 46/46; visible text
		// 53/64 (a bounce forwarded as an attachment is no visible text).
		recipients: 0.99, status: 0.91, high: 0.99, visible: 0.82,
	},
	{
		dir: "multi",
		first: "136/142 recipients (95.8%), 136/142 status codes, 84/84 high-confidence answers; missed: four Exim " +
			"\"Unrouteable address\" recipients (given mailbox-not-found, labelled host-unknown|unknown), an OpenSMTPD " +
			"recipient whose own line said \"Envelope expired\" (given the next one's unknown user), a Sendmail refusal " +
			"for a missing reverse DNS name (given blocklisted)",
		// Notices with 2 to 12 recipients, each with its own outcome and
		// reason (Postfix, Exim, Sendmail, qmail, OpenSMTPD). Since:
		// 137/142, 139/142, 84/84.
		// Since: 141/142 with Exim's "Unrouteable address" read as host-unknown.
		recipients: 0.99, status: 0.97, high: 0.99, visible: 0.99,
	},
	{
		dir: "html",
		first: "42/48 recipients (87.5%), 41/45 status codes, 22/22 high-confidence answers; missed: four Exchange " +
			"Online notices whose plain alternative holds only the headline (the reason is in the HTML), a Yahoo reply " +
			"quoted by Exchange, Gmail quoting Exim's sender-callout refusal",
		// Notices whose readable part is HTML (HTML-only, or a thin text
		// part). Since: 47/48, 44/45, 25/25; the same from visible text.
		// Since: 48/48 once a reply quoting why the sender's own verification
		// failed reads as the sender's (@about-sender: Exim's callout).
		recipients: 0.99, status: 0.97, high: 0.99, visible: 0.99,
	},
	{
		dir: "notifications",
		first: "35/47 recipients (74.5%), 15/15 status codes, 19/20 high-confidence answers (the wrong one: Brevo's " +
			"\"marked as spam by recipients email provider\", given content-filtered for a complaint, by the first engine's " +
			"unsourced \"marked as spam\", now medium); missed: sending services' dashboard words for their own " +
			"suppressions (SendGrid's Dropped/Invalid, Mandrill's rejects, Mailjet's and Brevo's blocked, ZeptoMail's " +
			"Process failed), Postmark's Transient and ManuallyDeactivated, Mailgun's final \"old\" failure, SparkPost's " +
			"suspended IP (given mailbox-unavailable)",
		// Sending services' notification mails and dashboard text. Since:
		// 37/47, 15/15, 19/19; the same from visible text.
		recipients: 0.78, status: 0.99, high: 0.99, visible: 0.78,
	},
	{
		dir: "local",
		first: "44/46 recipients (95.7%), 33/33 status codes, 15/15 high-confidence answers; missed, both at low " +
			"confidence: Postfix local(8)'s \"permission denied\" and sendmail mail.local's missing home directory " +
			"(given mailbox-unavailable)",
		// Bounces from the last step, local delivery into the mailbox
		// (Postfix local/virtual/pipe, Dovecot, qmail, sendmail mail.local,
		// Exim appendfile/pipe). Since: the same; the same from visible text.
		recipients: 0.95, status: 0.99, high: 0.99, visible: 0.95,
	},
	{
		dir: "asia",
		first: "51/58 recipients (87.9%), 35/35 status codes, 11/11 high-confidence answers, final or retried 47/47; " +
			"missed: docomo's \"Line Too Long\" (given server-problem), SoftBank's \"553 <domain> does not exist\" in reply to " +
			"MAIL FROM (given host-unknown), gromox's Japanese system-error notice (given message-too-large), both " +
			"recipients of a qmail notice whose first reply carries a QQ help link (given server-problem), Alibaba " +
			"DirectMail's \"invalid rcptto\" (given unknown), Paran's SPAM_SUSPECT:IP_CONTROL (given mailbox-not-found); " +
			"54/58 (93.1%) with the rows written at the same time without reading the set",
		// Japanese, Chinese and Korean providers, carriers and mail
		// software (docomo, au, SoftBank, OCN, QQ, NetEase, Alibaba, Naver,
		// Daum, gromox's and imail's local-language notices). Since: 57/58,
		// 35/35, 11/11, 47/47; the same from visible text. 58/58 with the
		// Google Workspace Email Log Search rows (2026-11-30).
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir: "appliances",
		first: "58/66 recipients (87.9%), 58/58 status codes, 14/14 high-confidence answers, final or retried 46/46; " +
			"missed: Mimecast's \"security policies\" (given policy-rejected) and its size refusal quoted by Exim (given " +
			"unknown), Postfix's \"unverified address: Address verification in progress\" (given mailbox-not-found), Trend " +
			"Micro's BLOCK-SEND-ER (given mailbox-not-found), Hornetsecurity's \"temporary failure in MTA\" (given " +
			"mailbox-unavailable, low), Rspamd's FORBIDDEN_FILE_EXTENSION map (given policy-rejected, low), an IP " +
			"\"temporarily blocked\" at connect (given server-problem, low), smtpf's \"sender ... black listed\" (given " +
			"blocklisted); 59/66 (89.4%) with the rows written at the same time without reading the set",
		// Refusals by mail security appliances and filtering services
		// (Barracuda, Mimecast, Proofpoint, IronPort, Trend Micro,
		// Hornetsecurity, Rspamd, amavisd-new, DNSBLs through Postfix) inside
		// Postfix, Exim, sendmail and Exchange notices, and bare reply lines.
		// Since: 60/66, 58/58, 13/13, 46/46; the same from visible text.
		// 61/66 with the secgw3 round's Hornetsecurity codes.
		// Since: 62/66 with Postfix verify(8)'s "Address verification in progress" (policyd's rows).
		recipients: 0.93, status: 0.99, high: 0.99, visible: 0.93, final: 0.99,
	},
	{
		dir: "mtas3",
		first: "67/72 recipients (93.1%), 60/60 status codes, 34/34 high-confidence answers, final or retried 51/51; " +
			"missed: dma's DNS failure (given server-problem), three recipients of two Exim notices with operators' :fail: " +
			"texts (the spec's \"Gone away, no forwarding address\"; given unknown or mailbox-not-found), Kerio Connect's " +
			"\"Relaying is denied\" (given policy-rejected); 69/72 (95.8%) with the rows written at the same time without " +
			"reading the set",
		// Notices and replies of mail server software written from the
		// programs' sources and documentation (Courier, dma, Haraka,
		// Stalwart, Postal, James, Oracle Messaging Server, Exchange,
		// PowerMTA, Postfix templates, Exim :fail:, Dovecot and Zimbra
		// LMTP, hMailServer, mox, maddy, OpenSMTPD, SmarterMail, Kerio).
		// Since: 69/72, 60/60, 35/35, 51/51; visible text 66/72 first,
		// 69/72 now.
		// Since: 70/72 with Exim's "Unrouteable address" read as host-unknown.
		recipients: 0.97, status: 0.99, high: 0.99, visible: 0.97, final: 0.99,
	},
	{
		dir: "europe",
		first: "59/64 recipients (92.2%), 52/52 status codes, 11/11 high-confidence answers, final or retried 34/34; " +
			"missed: Strato's \"No SPAM please\" for a blocked sender (given policy-rejected), Ghent's \"4.5.1 Connection Rate\" " +
			"and Forpsi's \"policy violation\" (both rate limits by their pages; given policy-rejected), Netbit's \"HELO should " +
			"be a FQDN\" (given unknown), cyon's \"Message Size Violation\" (given policy-rejected, low); the same with the " +
			"rows written at the same time without reading the set",
		// European and Latin American providers, ISPs and hosts (T-Online,
		// GMX, WEB.DE, 1&1, Strato, Ziggo/UPC, Proximus, TDC, Interia,
		// Forpsi, Yandex, Mail.ru, cyon, ...) inside Postfix, Exim, qmail,
		// sendmail and Exchange notices, pasted lines and local-language
		// text (German, Dutch, Polish, Spanish, Swedish, Portuguese).
		// Since: 60/64, 52/52, 11/11, 34/34 (cyon's row from its error
		// page); the same from visible text.
		// Since: 61/64 with STRATO's "No SPAM please" without a hint read as
		// a blocked sender or server, as its Dutch FAQ says; 62/64 with
		// Forpsi's "policy violation" sending block (rate-limited, as its
		// knowledge base describes it).
		recipients: 0.96, status: 0.99, high: 0.99, visible: 0.96, final: 0.99,
	},
	{
		dir: "rhosts",
		first: "66/68 recipients (97.1%), 65/66 status codes, 23/23 high-confidence answers, final or retried 60/60; " +
			"missed: Outlook.com's RP-001 deferral (given policy-rejected), Fastmail's \"Not authorised to send from this " +
			"header address\" (given relay-denied), and Yahoo's own \"[#4.16.1]\" taken for the status; 65/68 with the " +
			"provider rows written at the same time without reading the set (their Spectrum codes, from Spectrum's page, " +
			"read AUP#In-1310 and In-1370 as limits where the set's second-hand witness reads a refused sender and a block)",
		// The SMTP replies of the big receiving providers (Google, Yahoo,
		// Microsoft, iCloud, Comcast, Cox, Spectrum, AT&T, GoDaddy, Orange,
		// Mimecast, Proofpoint, Zoho, Fastmail) as their error-code pages
		// give them, inside Postfix, Exim, sendmail, qmail, Gmail and
		// Exchange notices, and a few pasted lines; written blind.
		// Since: 65/68, 66/66 (a status's subject is 0-7), 28/28, 60/60; the
		// same from visible text.
		recipients: 0.95, status: 0.99, high: 0.99, visible: 0.95, final: 0.99,
	},
	{
		dir: "exchange",
		first: "67/70 recipients (95.7%), 69/69 status codes, 37/37 high-confidence answers, final or retried 52/52; " +
			"missed: Exchange Online's 4.3.2 mailbox-busy notice (given server-problem), and two 5.2.0 STOREDRV " +
			"MapiExceptionNotFound / BadPrimary notices (given unknown); 69/70 with the Exchange rows written at the same " +
			"time without reading the set",
		// Exchange Online and Exchange Server 2013-2019 notices (newest and
		// classic layouts, delays, several recipients), pasted text and
		// Remote Server returned lines, written from Microsoft's NDR pages.
		// Since: 69/70, 69/69, 40/40, 52/52; visible text 66/70 first, 69/70
		// now (a blocklist's delist address is no recipient).
		recipients: 0.98, status: 0.99, high: 0.99, visible: 0.98, final: 0.99,
	},
	{
		dir: "mtaerrors",
		first: "67/72 recipients (93.1%), 54/55 status codes, 23/23 high-confidence answers, final or retried 60/63; " +
			"missed: three TLS handshake failures (given policy-rejected; the set says server-problem), Exim's " +
			"\"Unrouteable address\" (given mailbox-not-found, low), Courier's pasted \"DNS lookup failed.\" (given " +
			"not-a-bounce), and three Exim main-log deferrals read as final; 68/72 with the rows written at the same " +
			"time without reading the set. Much of the set's wording was written from memory and from the brief's list " +
			"of phrases, not re-read in the sources (its README says so), so it is the least independent of the sets",
		// The sending MTA's own error paths (DNS, connection, TLS, loops,
		// size, queue expiry) in Postfix, Exim, sendmail, qmail, OpenSMTPD,
		// Exchange and Courier notices and log lines; written blind from
		// the MTAs' sources.
		// Since: 68/72, 54/55, 25/25; final or retried 63/63 (Exim's main-log
		// "defer (" from its spec); the same from visible text.
		// Since: 69/72 with Exim's "Unrouteable address" read as host-unknown.
		recipients: 0.95, status: 0.98, high: 0.99, visible: 0.95, final: 0.99,
	},
	{
		dir: "outbound",
		first: "60/76 recipients (78.9%), 57/58 status codes, 11/11 high-confidence answers, final or retried 63/67; " +
			"missed: logins refused (a Python traceback read as not-a-bounce, Microsoft's 5.7.139, SES's and Exim's " +
			"535 through Thunderbird), Microsoft 365's submission quota (given mailbox-full), Outlook.com's WASCL " +
			"block, SES's sandbox, SendGrid's, Mailgun's and Postmark's API refusals of an unverified sender or " +
			"domain, Postfix's \"Client host rejected: Access denied\" (given blocklisted); and four client-side " +
			"refusals with a 4xx code read as retried, though a mail program does not retry them; 62/76 with the rows " +
			"written at the same time without reading the set. Much of the set's wording was written from memory (its " +
			"README says which)",
		// Refusals by the sender's own provider, smarthost or sending
		// service (Gmail and Workspace relay, Microsoft 365, Outlook.com,
		// Yahoo/AOL, Amazon SES, SendGrid, Mailgun, Postmark, Postfix and
		// Exim submission): client dialogs, exceptions, API errors, reply
		// lines and bounces from the own server; written blind.
		// Since: 64/76 (RFC 4954's replies and Python's smtplib exceptions),
		// 58/58, 14/14, 65/67 (Thunderbird's "Sending of the message failed." says it
		// stopped); the same from visible text.
		// Since: 66/76 with RFC 4954's login replies and SendGrid's credit limit.
		// Since: 68/76 with Exchange's transport responses (a 5.7.139-style
		// login refusal) and its "no permission to Send As this sender".
		recipients: 0.89, status: 0.99, high: 0.99, visible: 0.89, final: 0.97,
	},
	{
		dir: "lists",
		first: "39/53 recipients (73.6%), 15/16 status codes, 13/14 high-confidence answers (Sympa's \"forwarded to " +
			"the moderator(s)\" read as an automatic reply), final or retried 33/33; missed: mlmmj's four refusals of a " +
			"post and Discourse's trust-level refusal (given not-a-bounce), Mailman 3's owner notices about a member's " +
			"bounces (given mailbox-unavailable or not-a-bounce), its approval request and \"no more today\" notice " +
			"(given failures), an uncaught-bounce notice, mlmmj's probe; 45/53 with the rows written at the same time " +
			"without reading the set. About a third of the set (Mailman 2.1, ezmlm-idx, LISTSERV, Google Groups, " +
			"Discourse) was written from memory, as its README says",
		// Notices from mailing-list managers (Mailman 3 and 2.1, Sympa,
		// mlmmj, SmartList, ezmlm-idx, LISTSERV, Google Groups, Discourse):
		// refused and held posts, and bounce-processing notices about
		// members; written blind, partly from memory (its README says which).
		// Since: 45/53, 15/16, 13/13, 33/33; 46/53 with Mailman 3's approval
		// request (its template) read as a hold, and a hold's attached post
		// left unread. Visible text 35/53 first, 37/53 now (an owner's notice
		// shows the member's failure only in the report it attaches).
		// Since: 48/53, 16/16, 14/14, visible text 38/53, without the bare
		// "been disabled" row that took Mailman's owner notice for the member's mailbox.
		// 49/53, visible text 39/53, with Discourse's email_reject_* rows.
		// 50/53, visible 40/53, with Mailman 3's owner notices about a
		// member's bounce score read as the member's failure, no reason given.
		recipients: 0.94, status: 0.99, high: 0.99, visible: 0.75, final: 0.99,
	},
	{
		dir: "logs",
		first: "51/58 recipients (87.9%), 43/49 status codes, 20/20 high-confidence answers, final or retried 54/54; " +
			"missed: Exim's arrival line (its sender and message id taken for recipients), qmail's log replies written " +
			"with underscores, two delivered lines read as not a bounce or a failure, Exim's \"Unrouteable address\"; " +
			"the same with the rows written at the same time without reading the set. qmail's layout and the Microsoft " +
			"365 trace were written from memory, as its README says",
		// Pasted mail-server log lines (Postfix smtp/qmgr/bounce/smtpd,
		// Exim main and reject logs, sendmail syslog, Microsoft 365 message
		// trace and Exchange tracking log, qmail-send, OpenSMTPD, Courier);
		// written blind from the programs' strings and documentation.
		// Since: 52/58, 44/49, 21/21, 54/54 (a log's "from=<x>", Exim's "<= x"
		// and "id=" name the sender and the message, not recipients); 54/58,
		// 47/49, 22/22 with qmail-send's log read with its spaces back; the
		// same from visible text.
		// Since: 57/58 with a recipient's own 2xx reply read as delivered, the
		// key length of Exim's X= cipher no reply code, and Exim's "**" flag
		// a failure whatever the reason's strength.
		recipients: 0.98, status: 0.95, high: 0.99, visible: 0.98, final: 0.99,
	},
	{
		dir: "autoreplies2",
		first: "23/29 recipients (79.3%), 1/1 status codes, 14/14 high-confidence answers, final or retried 4/4, visible text 25/29; " +
			"missed: TMDA's challenge (read as a refused sender, whole and pasted) and its refusal of a dated address (unknown), " +
			"Thunderbird's Hungarian \"deleted\" and Ukrainian \"denied\" read receipts (read as failures), Sympa's Finnish " +
			"list-unknown report pasted (unknown). The set is 29 files, half the planned size, as its README says",
		// Look-alikes in a sender's inbox that the autoreplies set lacks:
		// read receipts (RFC 8098 MDNs) from Thunderbird and Roundcube in
		// Swedish, Czech, Greek, Hungarian, Finnish, Hebrew, Ukrainian,
		// Arabic, Romanian, Indonesian, Vietnamese, Dutch, Polish and
		// Russian (displayed, deleted, denied, dispatched, processed),
		// gromox's read and not-read notices, TMDA's challenge and
		// acceptance, osTicket's acknowledgements, and real failures that
		// call themselves automatic (TMDA's refusals, Sympa's Finnish
		// "list unknown"); written blind.
		// Since: the same with the rows written blind; 25/29, 16/16 high, with a
		// read receipt's "deleted" or "denied" from the reader read as one.
		// Since: 27/29 with TMDA's challenge read as an automatic reply.
		recipients: 0.93, status: 0.99, high: 0.99, visible: 0.93, final: 0.99,
	},
	{
		dir: "ndrintl",
		first: "23/48 recipients (47.9%), 23/23 status codes, 2/2 high-confidence answers, final or retried 47/48; missed: " +
			"the one-line localized names of Google's sending-limit and relay errors (Russian, Ukrainian, Turkish, Dutch, " +
			"Indonesian, Thai, Chinese, French, Vietnamese, Slovak; read as not a bounce, 21 recipients), Outlook's Dutch " +
			"relay refusals (policy-rejected), Exchange's Dutch connection-rate line (server-problem), a French Exchange " +
			"diagnostic section (unknown)",
		// The big providers' own notices in languages the other sets do not
		// cover: Gmail and Google Workspace sending-limit, relay and reply
		// texts in Russian, Ukrainian, Turkish, Dutch, Indonesian, Thai,
		// Chinese, French, Vietnamese, Greek, Swedish, Japanese and Slovak
		// (from Google's localized help pages), Outlook's Dutch relay error,
		// Dutch Exchange NDRs and a French Exchange diagnostic section.
		// Since: 25/48 with the rows written blind (Russian); 40/48 with Google's
		// limit and relay messages from the localized pages the set names;
		// 41/48 with Microsoft 365's Arabic and Turkish send-as notices.
		recipients: 0.85, status: 0.99, high: 0.99, visible: 0.85, final: 0.97,
	},
	{
		dir: "hosting",
		first: "47/53 recipients (88.7%), 42/42 status codes, 7/7 high-confidence answers, final or retried 48/51; missed: " +
			"DirectAdmin's message-limit notice (unknown), HestiaCP's HELO and SMTP-auth refusals, iRedAPD's forged-sender, " +
			"login-mismatch and message-size refusals; 52/53 with the rows written at the same time without reading the set " +
			"(cPanel, DirectAdmin, HestiaCP, iRedAPD), final or retried 49/51",
		// Bounces and SMTP refusals from shared hosting and self-hosted
		// mail stacks: cPanel's and DirectAdmin's Exim, HestiaCP's Exim
		// ACLs, iRedMail's iRedAPD, mailcow (Postfix, Rspamd, Dovecot),
		// Mail-in-a-Box (Postfix, postgrey), and the help pages of
		// Infomaniak, Aruba and goneo; whole Postfix and Exim notices and
		// pasted text, final and retried, written blind from those sources.
		recipients: 0.98, status: 0.99, high: 0.99, visible: 0.98, final: 0.96,
	},
	{
		dir: "providers3",
		first: "35/52 recipients (67.3%), 45/45 status codes, 9/9 high-confidence answers, final or retried 35/35; missed: " +
			"EarthLink's ELNK_ refusal codes (12 recipients, read as server trouble, a refused sender or a policy), " +
			"Telstra's and Andrews & Arnold's blocks, Inbox.lv's \"Inactive user\" (read as a missing mailbox); 49/52 with " +
			"the rows written at the same time (EarthLink's codes from its postmaster pages), whose writer had committed them " +
			"before seeing the set's file names in a diff",
		// Receiving and submission providers no other set covers, in the
		// words of their own help or postmaster pages: Rackspace Email,
		// EarthLink (its ELNK_ codes and its IP block), Seznam.cz's own
		// bilingual notice, Runbox, Telstra BigPond, Inbox.lv and Mail.ee,
		// Andrews & Arnold and bytecamp; inside Postfix, Exim, sendmail,
		// Gmail and Exchange Online notices or pasted, final and retried.
		// Since: 49/52, 45/45, 15/15, final 35/35 with the blind rows; the same from
		// visible text; 50/52 with Inbox.lv's "Rejected: Inactive user".
		recipients: 0.96, status: 0.99, high: 0.99, visible: 0.96, final: 0.99,
	},
	{
		dir: "filters2",
		first: "48/60 recipients (80.0%), 52/52 status codes, 6/6 high-confidence answers, final or retried 49/49, " +
			"visible text 47/60; missed: clamav-milter's and MailCleaner's refusals of a virus or a file type " +
			"(policy-rejected), OpenDKIM's ADSP reply, Vade's OXSUS codes (3), MailScanner's size report, " +
			"MailCleaner's self-spoofing refusal and a sender domain OpenDKIM found missing (host-unknown), " +
			"a Proxmox greylisting delay (mailbox-not-found). Measured on the tree before the rows written at " +
			"the same time were merged",
		// Refusals by mail filters and security gateways the appliances and
		// gateways sets leave out: clamav-milter, spamass-milter, OpenDMARC,
		// OpenDKIM (ADSP), policyd-spf, postscreen and DNSBLs (Spamhaus,
		// Barracuda, Abusix), MailScanner's reports to the sender, MailCleaner's
		// Exim ACLs, Proxmox Mail Gateway (its replies, greylisting, SPF and
		// its own NDR), Vade Secure's OX postmaster codes and Kaspersky
		// Anti-Spam, inside Postfix, Exim, sendmail and Exchange notices and as
		// pasted text, final and retried.
		// Since: 53/60, 52/52, 5/5, final 49/49, visible text 52/60 with the rows
		// written blind (MailCleaner, OpenDKIM, Vade, Proxmox).
		recipients: 0.88, status: 0.99, high: 0.99, visible: 0.86, final: 0.99,
	},
	{
		dir: "clients",
		first: "46/60 recipients (76.7%), 39/40 status codes, 20/20 high-confidence answers, final or retried 54/58; " +
			"missed: SOGo's, Horde's, Roundcube's (Polish) and Laravel's login and sender errors and .NET's STARTTLS " +
			"error (read as no bounce, 8 recipients), iOS Mail's relay and rejection alerts, PHPMailer's two-recipient " +
			"list (the second recipient missed), SquirrelMail's too-many-recipients gloss; four client errors read as " +
			"still being retried",
		// The error texts a person copies from the program that tried to
		// send rather than a bounce: desktop and mobile mail programs
		// (Evolution, Claws Mail, mutt, NeoMutt, Outlook, iOS Mail, K-9),
		// webmail (Roundcube, SquirrelMail, Horde IMP, SOGo) and mail
		// libraries (PHPMailer, WordPress, Symfony Mailer, Laravel,
		// Nodemailer, Jakarta Mail, .NET SmtpClient, Go net/smtp, Ruby
		// Net::SMTP, Python smtplib, Django), pasted and in whole messages,
		// in English, German, French, Spanish, Polish and Portuguese;
		// written blind.
		// Since: 49/60, 40/40, final 57/58 with the rows written blind (PHPMailer,
		// Roundcube, SOGo, Evolution, Horde, Mutt, Claws, libraries); 56/60 with
		// SOGo's exception reasons and the recipients programs list their own way;
		// 57/60 with iOS Mail's "does not allow relaying" alert.
		recipients: 0.95, status: 0.99, high: 0.99, visible: 0.95, final: 0.98,
	},
	{
		dir: "relays",
		first: "41/49 recipients (83.7%), 40/44 status codes, 17/17 high-confidence answers, final or retried 44/47; " +
			"missed: nullmailer-send's journal lines (the reply after its \"Recipient refused\" and similar read as no " +
			"reason, 4 recipients and their codes), nullmailer's expiry bounce, sSMTP's \"Cannot open mailhub\" and " +
			"BusyBox's refusal (read as no bounce), a Microsoft 365 SMTP AUTH refusal in msmtp's French (\"is disabled\" " +
			"read as a disabled mailbox)",
		// What the small programs that hand mail to a smarthost print when
		// it refuses: nullmailer's bounces and its nullmailer-send log lines,
		// msmtp's errors (English, German, French, Brazilian Portuguese,
		// Swedish), sSMTP's errors and syslog lines, BusyBox sendmail's, the
		// "Cron Daemon" mails carrying them, Postfix and Exim bounces of cron
		// mail refused by a smarthost, and Nextcloud's test-email error;
		// written blind.
		// Since: 48/49, 44/44, 22/22, final 45/47 with the rows written blind (msmtp,
		// sSMTP, nullmailer, BusyBox, esmtp, Zabbix) and the bare "is disabled" made weak.
		recipients: 0.97, status: 0.99, high: 0.99, visible: 0.97, final: 0.95,
	},
	{
		dir: "structure",
		first: "57/57 recipients, 55/56 status codes (Exim's plain notice has no code; the label gives its report's " +
			"generic 5.0.0), 43/43 high-confidence answers, final or retried 44/44; visible text 54/57 (a bounce forwarded " +
			"as an attachment is not visible text)",
		// Whole bounces whose MIME and report structure is unusual but
		// real, each built as its program builds it, with ordinary reasons
		// inside: RFC 6533 message/global-delivery-status, message/global
		// and message/global-headers (Postfix and Exim under SMTPUTF8),
		// text/rfc822-headers, mixed Action values (failed, delayed,
		// delivered, relayed, expanded), X-Postfix, X-Exim and X-Unix
		// diagnostic types, a base64 delivery-status part, long wrapped
		// and folded diagnostics, a report nested in multipart/mixed and
		// forwarded as an attachment (one and two levels), notices with
		// no MIME (Sendmail, qmail, old-style Exim), X-Failed-Recipients,
		// mbox From lines, CRLF, UTF-8 templates in Dutch and Russian and
		// HTML-only Exchange NDRs; written blind.
		recipients: 0.99, status: 0.98, high: 0.99, visible: 0.94, final: 0.99,
	},
	{
		dir: "servers4",
		first: "48/48 recipients, 41/41 status codes, 23/23 high-confidence answers, final or retried 41/41; the same from " +
			"visible text",
		// Bounces from Courier (its courierdsn templates: failures, delays,
		// a relayed report, its own connection and DNS errors, the SMTPUTF8
		// refusal), OpenSMTPD in three layouts (2009 single recipient, 2012
		// Recipient/Reason list, the current multipart/mixed with its mta.c
		// failure texts and delay notices), DragonFly dma, Apache James 2.x
		// RemoteDelivery, Exchange 2003 NDRs with their "#5.x.x smtp;"
		// lines and Exchange 2007 NDRs; written blind.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir: "providers4",
		first: "46/57 recipients (80.7%), 51/51 status codes, 5/5 high-confidence answers, final or retried 48/48; missed: " +
			"Gmail's newer authentication and rate codes (5.7.30 DKIM, 4.7.32 alignment, 4.7.24 SPF, 4.7.23 PTR, 4.7.28 same " +
			"Message-ID, 5.2.1 receiving too fast, 4.7.0 allowlist), Outlook.com's DY-002 and Sender ID refusals, AOL's " +
			"\"not accepting mail from this sender\", Yandex's \"need fully-qualified address\"",
		// The big mailbox providers' less common replies, in the words of
		// their own error-code and postmaster pages, inside Postfix, Exim
		// and sendmail notices (final and delayed) or pasted: Gmail's bulk-
		// sender codes (5.7.27 SPF, 5.7.30 DKIM, 5.7.40 DMARC record, 4.7.32
		// alignment, 4.7.29 TLS, 5.7.28, 4.7.23, 4.7.24, 4.7.26, 4.7.28
		// Message-ID quota, 5.4.6 loop, header rules), Outlook.com's RP-,
		// SC-, DY- and OU- codes and its Sender ID refusal, AOL's RTR and
		// RLY blocks, Comcast's ES/BL codes and session limits, Cox's CDRBL
		// and IPBL codes, Yandex's address replies; written blind.
		// Since: 48/57, 8/8 high with the rows written blind (Outlook.com's code
		// table, Gmail's 4.7.28 throttles); 54/57, 10/10 with the codes a multi-line
		// reply repeats blanked before phrases are read.
		recipients: 0.94, status: 0.99, high: 0.99, visible: 0.94, final: 0.99,
	},
	{
		dir: "japan2",
		first: "44/54 recipients (81.5%), 33/33 status codes, 23/23 high-confidence answers, final or retried 46/46; " +
			"missed: Outlook's Japanese notice for carrier addresses that break RFC 5322 (4 recipients, read as unknown or " +
			"no bounce), BBIQ's and GMO BB's \"remaining quota\" refusals (read as too large), Hitachi Groupmax's error " +
			"subjects (no bounce), a phishing look-alike about a full mailbox",
		// Bounces a Japanese helpdesk holds, in the words of Japanese
		// carriers', ISPs' and hosts' own help pages: docomo's, au's and
		// SoftBank's refusals (Unknown user, User unknown, Invalid
		// recipient) in Postfix, qmail and sendmail notices, Outlook's
		// Japanese "配信不能" notice for docomo and au addresses that break
		// RFC (ISO-2022-JP, UTF-8, a Shift_JIS paste), a helpdesk forward in
		// ISO-2022-JP, ISP notices (ASAHIネット, MEGA EGG, BBIQ, GMO BB,
		// So-net, ZENNO, おまかせサーバ, a Mail Administrator notice),
		// hosting (KAGOYA, SPPD, Sakura's 2004 sendmail, a LOLIPOP!
		// phishing look-alike), Hitachi Groupmax's error subjects, qmail's
		// databytes limit and Exchange Online's 4.3.2; written blind.
		// Since: the same with the rows written blind (Gmail's Japanese notices,
		// QuickML, Sylpheed, the decoded Subject). 48/54 when the input's
		// charset is read (the Shift_JIS paste was read as no bounce) and
		// Outlook's "無効な受信者" counts without "です" (KB 940620 prints
		// it so): its four recipients are right.
		recipients: 0.88, status: 0.99, high: 0.99, visible: 0.88, final: 0.99,
	},
	{
		dir: "feedback",
		first: "29/55 recipients (52.7%), 7/7 status codes, 16/31 high-confidence answers right, against the " +
			"writer's labels; missed: 15 DMARC and DKIM failure reports (RFC 6591 auth-failure ARF) read as complaints at " +
			"high confidence where the writer labelled them authentication-failed or not a bounce, 5 DMARC aggregate " +
			"reports (read as authentication-failed), 4 TLS reports (policy-rejected), SpamCop's report (not a bounce), " +
			"a fail2ban X-ARF report quoting Postfix rejections (relay-denied). The writer saw these answers in a verbose " +
			"check run and changed nothing after",
		// Automated mail about mail that looks like a bounce and mostly is
		// not one: ARF spam complaints (RFC 5965 types, SpamCop, Yahoo, AOL,
		// Microsoft JMRP), RFC 6591 authentication-failure reports (OpenDMARC,
		// OpenDKIM, Momentum, Exim, NetEase, Stalwart, LBBS), DMARC aggregate
		// reports (Google, Microsoft, opendmarc-reports, Mail::DMARC, rspamd,
		// pasted XML), SMTP TLS reports (RFC 8460, Google), fail2ban's X-ARF
		// and plain abuse reports, and a few real bounces of such reports;
		// written blind.
		// Since: 33/55 with the rows written blind (DMARC aggregate and TLS reports
		// read as reports, not failures); 48/55, 31/31 high, with the auth-failure
		// reports also accepting complaint, as the corpus labels them.
		// Since: 49/55: Proxmox's quarantine digest from postmaster reads as a
		// report (a postmaster sender no longer makes every report a bounce).
		// Since: 51/55: SpamCop's report reads as a complaint (its own words,
		// from SpamCop's FAQ and Validity's page), not as the blocklist.
		// Since: 52/55: the pasted TLS report JSON reads as a report by its
		// summary keys (RFC 8460 section 4.4), not as its failure details.
		// Since: 55/55, visible text 55/55: fail2ban's reports read as reports
		// of abuse from a network address (@abuse), not as complaints.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir: "latam",
		first: "53/58 recipients (91.4%), 23/23 status codes, 18/18 high-confidence answers, final or retried 23/26; " +
			"missed: Mailman 3's Spanish and Portuguese holds for size and too many recipients (read as no bounce), " +
			"mlmmj's Portuguese administrator-rule refusal, Thunderbird's es-AR timeout",
		// Spanish and Portuguese notices from software localized for Latin
		// America, Spain and Portugal, every word from the programs'
		// localization files: Sympa DSNs (es, pt_BR), GNU Mailman 3
		// rejections, refusals and holds (es, pt_BR, pt), mlmmj denials
		// (pt), and what people paste from Roundcube, Thunderbird, Horde
		// IMP, msmtp and NeoMutt around Postfix and Exim replies; written
		// blind.
		// Since: 54/58 with the rows written blind (Thunderbird's es-AR and es-MX
		// langpacks, Mutt, Sylpheed, PHPMailer in Spanish and Portuguese).
		recipients: 0.93, status: 0.99, high: 0.99, visible: 0.93, final: 0.88,
	},
	{
		dir: "rucis",
		first: "54/59 recipients (91.5%), 38/38 status codes, 17/17 high-confidence answers, final or retried 57/57; " +
			"missed: Exim's \"Unrouteable address\" for a local recipient (3, read as host-unknown, as the other sets label " +
			"it for a remote domain), Thunderbird's Russian unknown-server and Ukrainian refused-recipient dialogs (no bounce)",
		// The Russian-speaking mail world as Debian's packages print it:
		// Sympa's Russian DSNs, Thunderbird, Roundcube, Evolution, Mutt and
		// msmtp send errors in Russian, Ukrainian and Belarusian, and
		// Postfix and Exim notices from Russian hosting with KOI8-R,
		// windows-1251 and UTF-8 originals; written blind.
		// Since: the same, 18/18 high, with the rows written blind (mailutils,
		// Thunderbird uk/kk/be, Mutt, Mailman 3, KSMTP).
		// Since: 55/59 with Thunderbird's unknown-server error in every
		// shipped translation (smtpSendFailedUnknownServer).
		// Since: 56/59 with a remote server's "550 Unrouteable address"
		// read as its recipient check (Exim's default RCPT ACL).
		recipients: 0.94, status: 0.99, high: 0.99, visible: 0.94, final: 0.99,
	},
	{
		dir: "ispmail",
		first: "50/56 recipients (89.3%), 45/45 status codes, 10/10 high-confidence answers, final or retried 37/37, " +
			"visible text 50/56; missed: Spectrum's AUP#I-1010 (2, read as server trouble and a refused sender), Shaw's " +
			"smarthost spam limit (read as content), Zoho's intrusion-prevention delay (2, as policy), a Zoho policy refusal (as a missing mailbox)",
		// English-speaking ISPs and independent mailbox providers in the
		// words of their postmaster and help pages (or a witness that quotes
		// the reply): AT&T/BellSouth's mailblock replies, Spectrum's AUP#I-1010
		// and AUP#In-1340, Shaw's AUP#MXRT and smarthost limit, CenturyLink's
		// [C10], TalkTalk's TT992, iCloud's HM08, 5.1.1, 4.7.0, 4.7.1 and DBL
		// replies, Fastmail's own bounces, Zoho Mail's and ZeptoMail's replies
		// and Zoho's own warning notice, Proton Mail's Postfix notice; inside
		// Postfix, Exim and sendmail notices (final and delayed), Gmail and
		// Exchange Online visible text, or pasted; written blind.
		// Since: the same with the blind rows (Optimum, CenturyLink's
		// platform, Telstra, TalkTalk, mail.com, iCloud's DBL refusal);
		// 51/56 with Shaw's "Spam limit has been reached" as its sending limit.
		recipients: 0.91, status: 0.99, high: 0.99, visible: 0.91, final: 0.99,
	},
	{
		dir: "stockreplies",
		first: "59/62 recipients (95.2%), 60/60 status codes, 25/25 high-confidence answers, final or retried 51/51, " +
			"visible text 59/62; missed: Postfix's reject_sender_login_mismatch (read as relay-denied), an Exim " +
			"sender-verify callout (read as a missing mailbox), a rspamd multimap match (read as policy)",
		// Bounces (Postfix, Exim and sendmail notices, Gmail and Exchange
		// Online text as pasted, bare reply lines) quoting the stock refusal
		// replies of receiving servers: Postfix smtpd_check restrictions,
		// Exim's default and Debian ACL messages, sendmail's cf rulesets,
		// qmail, chkuser and spamcontrol, OpenSMTPD, postgrey,
		// milter-greylist, rspamd and Haraka; written blind.
		// Since: the same with the blind rows (Exim's smtp_in.c and acl.c
		// replies, qpsmtpd, chkuser 2.0.9, helodnscheck, Stalwart).
		// Since: 60/62 once the Exim sender-verify callout's "user unknown"
		// reads as the sender's (@about-sender).
		recipients: 0.96, status: 0.99, high: 0.99, visible: 0.96, final: 0.99,
	},
	{
		dir: "zhko",
		first: "47/63 recipients (74.6%), 32/32 status codes, 5/5 high-confidence answers, final or retried 58/58, " +
			"visible text 47/63; missed: NetEase's HL:MEP and MI:CEL (as content) and smtp.163.com's submission refusals, " +
			"Coremail's sender refusal (2) and SPF DebugInfo, an unnamed Chinese server's codes (3), 139's Mailrejected, " +
			"PMail's no-MX log, Roundcube zh-CN, three Korean portal codes",
		// Chinese and Korean providers and software in the words their help
		// pages and servers print: NetEase's HL:, MI:, RP:, DT: and WM: codes
		// (163, 126, qiye.163) and smtp.163.com's submission refusals,
		// Tencent QQ's frequency limits, its own 退信 keywords and smtp.qq.com's
		// From rule, Coremail's return prompts, Alibaba Cloud DirectMail's
		// codes, 263 and 139 mail, an unnamed Chinese server's reply list,
		// PMail's Chinese logs; Naver's No such user, Korean portals' codes
		// (RUSR, CHIC, CCRT, spam filter, 24-hour block); Roundcube and
		// Thunderbird send errors in Chinese and Korean. Postfix and Exim
		// notices, Postfix logs and pasted lines; written blind.
		// Since: 48/63 with the blind rows (QQ's, Coremail's and NetEase's own
		// notices, Korean portals, clients' zh/ko catalogues); 56/63 with
		// generic words in a web address's path no longer read as the reason,
		// Nodemailer's failed commands read as failures, the From rule of
		// NetEase's and QQ's submission servers, Coremail's sender refusal
		// and SPF DebugInfo.
		recipients: 0.88, status: 0.99, high: 0.99, visible: 0.88, final: 0.99,
	},
	{
		dir:   "exchangeintl",
		first: "51/51 recipients, 51/51 status codes, 27/27 high-confidence answers, final or retried 13/13, visible text 51/51",
		// Exchange Online and Exchange Server notices in German, Italian,
		// Spanish and Japanese: the localized "Diagnostic information for
		// administrators" section (and German "Generierender Server"),
		// Japanese classic 5.7.1 notice text, a German Office 365 5.1.11
		// notice, with the English replies Microsoft documents (5.1.x, 5.2.x,
		// 5.4.x, 5.7.x, 4.7.500); whole .eml (German) and pasted text;
		// written blind.
		// Since: the same with the blind rows (Microsoft's translated help
		// pages' per-reason sentences).
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir: "marketing",
		first: "36/61 recipients (59.0%), 18/18 status codes, 11/11 high-confidence answers, final or retried 52/60, " +
			"visible text 36/61; missed: most of the platforms' own reason lines and suppression notes (read as not a bounce), " +
			"SFMC's 1009 block (as a missing mailbox), Constant Contact's suspended and Brevo's blocklisted contacts (not read as suppressed)",
		// What users of email-marketing and CRM platforms paste about
		// bounces and suppressions: Mailchimp bounce-reason receipts and
		// cleaned contacts, HubSpot's Recipients-tab reasons and Not sent
		// notes, Salesforce Marketing Cloud bounce events and subcategories,
		// Account Engagement code rows and two Postfix notices in a sales
		// inbox, Constant Contact categories, ActiveCampaign codes, Zoho
		// Campaigns, GetResponse and Klaviyo reasons, Brevo, Customer.io and
		// Braze suppressions; written blind.
		// Since: 51/61 with the rows written blind (the platforms' own reason
		// and suppression wording from their help pages).
		recipients: 0.83, status: 0.99, high: 0.99, visible: 0.83, final: 0.86,
	},
	{
		dir: "forwarding",
		first: "61/61 recipients, 55/57 status codes, 21/21 high-confidence answers, final or retried 41/41, visible text 61/61; " +
			"missed: the 5.4.6 of Postfix's pasted loop lines (no code in them)",
		// Bounces caused by forwarding: a university or company alias, a
		// .forward, a virtual alias or a routing service passes mail on and
		// the final mailbox refuses it (Gmail 5.7.26/5.7.27/4.7.2x, Outlook.com
		// 5.7.509, Exchange Online 5.7.23, Yahoo 5.7.9), Microsoft 365's
		// 5.7.520 external-forwarding block, and forwarding loops (Postfix,
		// Exim, qmail, sendmail, Gmail and Exchange hop limits); the notice
		// comes from the forwarder (Postfix "expanded from", Exim "generated
		// from"); final and delayed, whole and pasted; written blind.
		// Since: the same, 23/23 high, with the blind rows (Gmail's loop and
		// older SPF wording, Postfix's alias expansion error, 5.7.515, SRS).
		recipients: 0.99, status: 0.96, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir: "groupware",
		first: "26/54 recipients (48.1%), 12/12 status codes, 7/7 high-confidence answers, final or retried 48/50, visible text 26/54; " +
			"the same with the rows written blind (Kopano spooler, Zimbra ZsMsg); missed: the Zimbra web client's send errors (read as not a bounce)",
		// Groupware servers' send errors and notices in their shipped
		// translations: the Zimbra web client's send errors (ZMsg_*.properties:
		// message too large, mail quota, invalid addresses, "could not send
		// message" with the SMTP server's reply) in German, French, Spanish,
		// Italian, Brazilian Portuguese, Dutch, Polish, Russian, Japanese,
		// Chinese and English, three forwarded to a helpdesk as whole messages;
		// Zimbra's read receipts and domain quota warnings in German and French
		// (not bounces); Kopano spooler's undeliverable notice with its German
		// and English errors (send-as refused, no reason given); written blind.
		// Since: 50/54 with the Zimbra web client's send errors from ZMsg_*.properties
		// (18 languages); left: Kopano's fatal error and a retried recipient with
		// no reason (read as server-problem), Zimbra's domain quota warnings.
		// Since: final or retried 49/50 with Thunderbird's send errors in
		// every shipped translation.
		// Since: visible text 51/54 with the unsourced "kontingent" row gone.
		recipients: 0.92, status: 0.99, high: 0.99, visible: 0.94, final: 0.97,
	},
	{
		dir: "avnotices",
		first: "45/54 recipients (83.3%), 17/17 status codes, 14/14 high-confidence answers, final or retried 44/44, visible text 33/54; " +
			"with the rows written blind (MailScanner, clamsmtp, quarantine digests) the same 45/54, 17/17 high, visible text 38/54",
		// What antivirus and mail-security software sends when it stopped a
		// message, as the sender sees it: MailScanner's reports to the
		// sender in 14 languages (virus, banned file, dangerous content,
		// spam, RBL), clamsmtp, Exim's malware ACL, Haraka's clamd and ESET
		// plugins (rejects and 451 scanner failures), Gmail's 552 5.7.0
		// security block, Exchange's anti-malware notification and mail
		// flow rule reject; and look-alikes that are no bounce: Microsoft
		// 365 quarantine notifications, PMG's spam report, MailScanner's
		// notice to the recipient and replaced attachments. Whole and
		// pasted; written blind.
		// Since: 51/54, 25/25 high, visible text 53/54, with Haraka's scanner
		// deferrals, MailScanner's not-delivered sentences in 12 languages, a
		// postmaster's quarantine digest read as a report, and recipients named
		// together on one line sharing the reason; then 53/54 with MailScanner's
		// notice to the recipient as a report (recipient.spam.report.txt);
		// left: Microsoft 365's quarantine digest.
		recipients: 0.98, status: 0.99, high: 0.99, visible: 0.98, final: 0.99,
	},
	{
		dir:   "transport",
		first: "52/57 (91.2%), status 50/50, high 5/5, visible text 52/57, final 34/34",
		// Failures about how the message travelled rather than who it was
		// for: Postfix's own TLS, DANE (TLSA lookup), REQUIRETLS and SMTPUTF8
		// errors, certificates not verified, TLS or STARTTLS required (Gmail,
		// Microsoft 365, OpenSMTPD), bare LF refusals (Postfix, qmail,
		// SurgeMail, Exchange 5.6.11/5.6.2), pipelining and synchronisation
		// errors, HELO/EHLO refusals, Gmail's RFC 5322, Message-ID and header
		// size refusals, Exchange Online's 4.4.317/4.4.318/4.7.320; Postfix,
		// Exim, sendmail and Exchange notices, Postfix log lines and replies
		// pasted alone; written blind.
		// Since: 54/57, high 6/6 with the blind rows for its area (Postfix,
		// Exim, sendmail, OpenSMTPD protocol and TLS replies); 55/57 with
		// SurgeMail's "Failed Naked LF" (its help page); 57/57, high 7/7 with
		// Exchange's transport response table (exchange-transport.tsv, read
		// blind), whose UTF-8 recipient refusal had read as a bad sender.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir:   "senders",
		first: "50/53 (94.3%), status 49/51, high 14/14, visible text 50/53, final 53/53 (measured after transport's blind rows were merged)",
		// Refusals of the sender rather than the recipient, as the sender
		// sees them: sender domain unknown, unqualified or with a null MX,
		// sender verification and callouts, the From not owned by the login
		// (Postfix, Yandex, Exchange Send As), sender block lists, a sending
		// domain's bad reputation, unregistered domains, group delivery
		// restrictions, STARTTLS and login refusals; Postfix, sendmail, Exim
		// and qmail notices, Exchange NDRs, Thunderbird's send errors in
		// English, German, French and Spanish, library exceptions and log
		// lines. Written blind.
		// Since: 50/53, high 15/15 with the blind rows for its area (login and
		// sender refusals of Exim, sendmail, Dovecot, Evolution, CDO, chasquid,
		// Stalwart); 51/53 once a reply that quotes why the sender's own
		// verification failed (@about-sender: Exim's "Sender verify failed",
		// Postfix's "Sender address rejected: undeliverable address") makes its
		// "user unknown" the sender's; 53/53 with Exchange's "Client does not
		// have permission to Send As this sender". Status: two codes the set
		// takes from the report's Status field (5.0.0, a delay's 4.7.8) where
		// the reply quotes a more specific one.
		recipients: 0.99, status: 0.95, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir:   "webhooks2",
		first: "21/51 (41.2%), status 12/25, high 11/11, visible text 21/51, final 34/41",
		// Webhook and log events of sending services beyond the ten of
		// services/: Scaleway TEM, Azure Communication Services (Event Grid
		// EmailDeliveryReportReceived and status-update logs), SES v2 through
		// EventBridge, Pinpoint's event stream, listmonk's bounce webhook,
		// Mailchimp's cleaned webhook, MailerSend, Loops and Elastic Email;
		// bounces, delays, suppressions, complaints and deliveries, as JSON,
		// form bodies, dashboard rows and forwarded mails. Written blind.
		// Since: 43/51, status 19/25, high 22/22, final 37/41 with the blind
		// rows for its area (one table-driven reader for SMTP2GO, Mailtrap,
		// Scaleway, Azure, MailerSend, Loops, Elastic Email's notification and
		// Mailchimp's cleaned webhook; SES inside EventBridge; ZeptoMail);
		// 46/51 with Elastic Email's Events API record (its SDK's field names);
		// 47/51 with an event's members copied without their braces; 48/51
		// with listmonk's bounce records read as events (its bounce docs).
		// Left: a Pinpoint complaint, a Scaleway blocklist event, a Loops
		// soft bounce with no reason. Status 25/25 with MailerSend's reason
		// read as the receiving server's reply, as its example shows it.
		recipients: 0.94, status: 0.99, high: 0.99, visible: 0.94, final: 0.92,
	},
	{
		dir:   "plnl",
		first: "56/63 (88.9%), status 24/24, high 6/6, visible text 56/63, final 61/63",
		// Polish and Dutch (Netherlands and Flanders) send errors and bounces:
		// Roundcube, Thunderbird, PHPMailer and Kopano in Polish and Dutch
		// around sourced replies; Interia, TransIP, STRATO, Hoasted, weboke.nl
		// and Proximus replies as their help pages print them, pasted and in
		// whole Postfix and Exim notices. Written blind.
		// Since: 57/63 with the blind rows for its area (SARE's Polish bounce
		// classes) and STRATO's unhinted "No SPAM please" read as a blocked
		// sender; 60/63 with Thunderbird's and Roundcube's send errors in
		// every shipped translation (errorIllegalLocalPart2,
		// smtpSendFailedUnknownServer, smtputf8error). Left: two send errors
		// that give no reason, Kopano's fatal error.
		// Final or retried: Thunderbird's "the message was not sent"
		// (smtpTooManyRecipients) read as given up.
		recipients: 0.95, status: 0.99, high: 0.99, visible: 0.95, final: 0.99,
	},
	{
		dir:   "italian",
		first: "36/52 (69.2%), status 27/28, high 14/14, visible text 32/52, final 41/44",
		// Italian notices, receipts and replies as Italian senders meet them:
		// PEC (Posta Elettronica Certificata) receipts and notices (ricevuta di
		// accettazione and di avvenuta consegna, avviso di non accettazione, di
		// mancata consegna and its 12-hour preavviso, rilevazione virus, a
		// busta di anomalia) as signed whole messages with daticert.xml;
		// Thunderbird's and Roundcube's Italian send errors around Postfix and
		// Dovecot replies; Libero/Virgilio, Aruba, Register.it and Netfabric
		// help-page errors; Gmail's Italian bounces; Exchange Online's
		// Italian diagnostic section. Written blind.
		// Since: 42/52, visible text 38/52 with the blind rows for its area
		// (PEC receipts and notices, Register.it, Netfabric, Gmail's and
		// Outlook.com's Italian help pages); 44/52, visible 40/52 with
		// Thunderbird's and Roundcube's send errors in every translation;
		// 46/52, high 21/21 with PEC's daticert.xml read (pec.go); visible
		// text 43/52 with the sender of PEC's fixed text left out of the
		// recipients. Left: PEC notices whose reason is only in wording no
		// source shows, Roundcube's old wording, an Aruba limit. (Visible
		// 44 also counts the rules' "superamento dei tempi massimi" title.)
		// 47/52, visible 45/52 with the older Roundcube and SOGo wordings
		// (Roundcube's stored it_IT messages.inc, SOGo 5.0.1).
		// Final or retried: Thunderbird's "the message was not sent"
		// (smtpTooManyRecipients) read as given up.
		recipients: 0.90, status: 0.96, high: 0.99, visible: 0.86, final: 0.97,
	},
	{
		dir:   "helpdesk",
		first: "23/51 (45.1%), status 7/7, high 4/4, visible text 23/51, final 35/38",
		// Helpdesk and ticketing tools' delivery failures and automatic
		// replies: Zammad's oversized-mail postmaster notice (seven
		// languages) and send-failure notes, OTRS/OTOBO auto responses, RT's
		// Autoreply and Resolved, osTicket's autoresponse and overlimit
		// notice, GitLab's [Rejected] mails, Zendesk suspension causes and
		// delivery-status texts, Intercom dropped recipients, Gladly
		// timeline failures, Postfix notices of bounced helpdesk replies.
		// Written blind.
		// Since: 35/51 with the rows written blind for its area (their
		// writer saw the engine's answer for the set's generator script in a
		// shared /tmp folder, not the set); 38 with Gladly's help page and
		// Zammad's auto reply; 49/51 with FileSender, Zammad and GitLab
		// notices in every shipped language. Left: Zendesk's suspended-ticket
		// view read as a suspended mailbox.
		recipients: 0.96, status: 0.99, high: 0.99, visible: 0.96, final: 0.92,
	},
	{
		dir:   "anglo",
		first: "46/53 (86.8%), status 17/17, high 7/7, visible text 46/53, final 35/35",
		// Replies of smaller internet providers and hosts in English-speaking
		// countries, in the words of their own help pages: Polaris Mail,
		// Ubiquity Web Hosting, NetZero, Eagle Communications, Brown Rice,
		// MacHighway (US); ZEROSPAM, TELUS (Canada); Pay Monthly Hosting,
		// Hosting UK, DNN4Less, Calzada Media (UK); Westnet, DS Host, Junara,
		// HelpCloud (Australia); inside Postfix, Exim, qmail and sendmail
		// notices and as pasted lines and mail-client errors. Written blind.
		// Since: the same with the rows written blind (few sources for the
		// area's providers); 49/53 with TELUS's, Westnet's and NetZero's help
		// pages. Left: Exim's "Unrouteable address" that Eagle reads as a
		// missing mailbox (other sets label it an unknown domain), a Junara
		// code, a sender verification callout.
		// Since: 51/53 with a remote server's "550 Unrouteable address"
		// read as its recipient check (Exim's default RCPT ACL).
		recipients: 0.96, status: 0.99, high: 0.99, visible: 0.96, final: 0.99,
	},
	{
		dir:   "langs2",
		first: "54/59 (91.5%), status 46/46, high 24/24, visible text 53/59, final 51/58",
		// Send errors and bounce reports in languages the other sets do not
		// cover: Thunderbird's send-error dialogs (Czech, Slovak, Turkish,
		// Hungarian, Finnish, Greek, Hebrew, Vietnamese, Romanian) and Roundcube's (Czech, Romanian, Catalan, Turkish)
		// around Postfix submission replies, pasted; FileSender's bounce
		// reports (Czech, Finnish, Croatian, Slovenian, Estonian) as whole
		// messages. Written blind.
		// Since: the same with the rows written blind; 59/59 with FileSender's
		// bounce report in its 23 languages; final 54/58 with Thunderbird's
		// errorSending* openings read as given up.
		// Final or retried: Thunderbird's "the message was not sent"
		// (smtpTooManyRecipients) read as given up.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir:   "oldmta",
		first: "50/55 (90.9%), status 23/23, high 9/9, visible text 50/55, final 51/52",
		// Mail software of about 1995-2012 that the other sets lack:
		// sendmail 8.8-8.11 notices, MMDF return mail, masqmail's failure
		// and warning templates (English, German, French, Italian),
		// qmail-ldap bounces, chkuser 2.0.9 and simscan replies for qmail,
		// DBMail 2.0 notices; whole messages and pasted text. Written blind.
		// Since: the same with the rows written blind (sendmail 8.x, Plan 9);
		// 53/55 with DBMail's bounce.c and MMDF's timeout notice. Left:
		// chkuser's "you must specify a domain" (read as a policy refusal),
		// masqmail's local "Permission denied".
		recipients: 0.96, status: 0.99, high: 0.99, visible: 0.96, final: 0.98,
	},
	{
		dir:   "traces",
		first: "41/49 (83.7%), status 38/47, high 23/23, visible text 41/49, final 44/48",
		// What administrators paste from their mail systems' tracing tools
		// rather than a bounce: Microsoft 365 message trace details (Fail and
		// Defer events with their LED reason), Exchange Server's
		// Get-MessageTrackingLog FAIL/DEFER RecipientStatus, Google Workspace
		// Email Log Search details, Mailgun Logs rows and cPanel Track
		// Delivery results. Written blind.
		// Since: 42/49 with the rows written blind for its area (Exchange's
		// tracking-log EventId, message trace CSV, AsyncOS bounce logs, Email
		// Log Search); 48/49, status 47/47 with an address in braces read as
		// a list's member. Left: Email Log Search's "Delivered to Gmail
		// inbox" with no address after it.
		recipients: 0.97, status: 0.99, high: 0.99, visible: 0.97, final: 0.91,
	},
	{
		dir:   "euisp2",
		first: "29/36 (80.6%), status 11/11, high 4/4, visible text 29/36, final 36/36",
		// Replies of European hosts and ISPs that the other sets lack, in the
		// words of their own help pages: IONOS (in and out), goneo,
		// parrot-media, backschues.net (bilingual German/English),
		// comservice (Germany); Hoasted and weboke (the Netherlands, Exim
		// notices); eomática (Galicia); Outlook's Portuguese (pt-PT) relay
		// errors and kbase.pt's cPanel reply. Whole Postfix and Exim notices
		// and pasted lines. Written blind.
		// Since: the same with the rows written blind (German, Dutch, Swiss
		// and French hosts' pages). Left: Microsoft's pt-PT help page's
		// translated SMTP replies (servers print them in English),
		// backschues.net's own bilingual texts, Exchange's "Anonymous client
		// does not have permissions to send as" (read as a refused sender).
		// Since (2026-12-01): 33/36, when a blind set of a later round quoted
		// the same Microsoft page and its Portuguese and German versions were
		// taken as rows (Outlook writes the client's sentence in the reader's
		// language; the servers' replies in it are Microsoft's translations,
		// which a reader may paste from the page).
		recipients: 0.91, status: 0.99, high: 0.99, visible: 0.91, final: 0.99,
	},
	{
		dir:   "secgw2",
		first: "28/42 (66.7%), status 24/24, high 2/2, visible text 28/42, final 37/40",
		// Refusals and look-alikes of mail-security gateways and filters the
		// other sets lack: Baruwa's rejection texts, Clearswift's
		// TRUSTmanager, Rspamd's greylisting reply, Haraka's rspamd plugin,
		// Stalwart's greylisting (422 4.2.2), Gordano GMS Anti-Spam's banned
		// host, Exchange's content filter, Libraesva ESG's scan results and a
		// {SPAM}-tagged delivery, SpamExperts log rows, Google Workspace
		// policy-rule bounces. Written blind.
		// Since: 28/42 with the rows written blind for its area (other
		// vendors than the set's). Left: greylisting, which the set labels
		// rate-limited and the knowledge reads as policy-rejected; Baruwa's
		// and Clearswift's texts as a gateway operator's page prints them.
		// Since: 31/42 with that Baruwa gateway's published table of its
		// refusals (recipient verification, banned domain, banned sender).
		recipients: 0.73, status: 0.99, high: 0.99, visible: 0.73, final: 0.92,
	},
	{
		dir:   "clients2",
		first: "47/60 (78.3%), status 38/38, high 19/19, visible text 47/60, final 52/60",
		// Send errors as mail programs the clients set lacks show them, in
		// their shipped translations: KMail/Akonadi (KSMTP's code glosses,
		// ten languages), SnappyMail, Sylpheed, Balsa, Mailspring, Geary,
		// Alpine and aerc, pasted and forwarded in whole messages, with
		// Postfix, Exim, Gmail and Exchange Online replies inside or none at
		// all. Written blind.
		// Since: 53/60 with the rows written blind for its area; 57/60
		// with KMail's mail dispatcher and KSMTP's connection errors in every
		// shipped language and Mailspring's send errors.
		recipients: 0.95, status: 0.99, high: 0.99, visible: 0.95, final: 0.91,
	},
	{
		dir:   "forwarders",
		first: "33/56 (58.9%), status 20/24, high 6/6, visible text 32/56, final 41/41",
		// Notices and replies of forwarding and alias services, from their
		// own source code, templates, localisation files and help pages:
		// SimpleLogin's notices to the alias owner and its "SL Exxx" SMTP
		// replies in Postfix notices, addy.io's failed-delivery and
		// reply/send notifications and its pipe's deferrals, Firefox Relay's
		// "Your reply was not sent" (en, nl, pt-PT, zh-CN) and
		// deactivated-mask emails, Forward Email's DSN, forwarding-issue
		// notices and MX replies, ImprovMX's 5.9.x codes, Cloudflare Email
		// Routing's DNSBL refusal, passed-back upstream reply and activity
		// log. Written blind.
		// Since: 38/56 with the rows written blind for its area; 39/56 with
		// Firefox Relay's notice in its other translations. Left: ImprovMX's
		// own 5.9.x codes (no such class in RFC 3463), notices that name no
		// reason. 55/56 (visible text 54/56) with the fwdalias round's rows
		// for the same services (SimpleLogin's E5xx replies and notices,
		// addy.io, Forward Email's notice, ImprovMX's codes).
		recipients: 0.98, status: 0.83, high: 0.99, visible: 0.96, final: 0.99,
	},
	{
		dir:   "ceeisp",
		first: "43/55 (78.2%), status 23/23, high 7/7, visible text 43/55, final 55/55",
		// Send errors and notices from Central/Eastern Europe, the Nordics and
		// the Balkans, written blind: Roundcube's send errors in Norwegian,
		// Swedish, Danish, Lithuanian, Bulgarian, Ukrainian, Macedonian,
		// Bosnian and Albanian around Postfix submission refusals, SOGo's in
		// Norwegian, Danish, Latvian, Serbian, Ukrainian, Turkish and
		// Lithuanian, and whole
		// Postfix/Exim notices carrying Forpsi/ASPone's, Telenor's, Yandex's
		// and Cleanmail's (bluewin.ch senders) documented replies.
		// Since: 43/55 with the blind rows for its area (they added
		// Forpsi's, Inbox.lv's, Zone.eu's and ICDSoft's words, which the set
		// does not test); 54/55 with SOGo's own submission limit and draft
		// size error in every translation and the older Roundcube and SOGo
		// wordings, written after its misses were read (the rows cover every
		// language, not only the set's). Left: a "(-1)" connect error of an
		// old Danish Roundcube read as a server reply.
		recipients: 0.98, status: 0.99, high: 0.99, visible: 0.98, final: 0.99,
	},
	{
		dir:   "bulkmta",
		first: "32/51 (62.7%), status 30/40, high 10/10, visible text 32/51, final 41/49",
		// Bounce records of bulk-sending MTAs and sending platforms as their
		// operator or sender sees them: KumoMTA log records, suppression
		// entry and generated RFC 3464 reports, PowerMTA accounting CSV,
		// Momentum bouncelog lines, GreenArrow delivery attempt messages,
		// Postal deliveries (HardFail, SoftFail, Held) and listmonk bounce
		// records, with Gmail's replies inside. Written blind.
		// Since: the blind rows for its area (KumoMTA's and PowerMTA's
		// classes, Momentum's "[internal]" texts) left it at 32/51; 44/51,
		// status 40/40 with KumoMTA's log record read as an event (its
		// documented shape; the reply decides, not its classification); 46/51
		// with listmonk's bounce records. Left: GreenArrow's own texts, a
		// purged Momentum message, a suppression entry, a soft bounce with no
		// reason.
		recipients: 0.90, status: 0.99, high: 0.99, visible: 0.90, final: 0.95,
	},
	{
		dir:   "oldsrv2",
		first: "33/36 (91.7%), status 18/18, high 16/16, visible text 34/36, final 28/29",
		// Refusals, delays and notices of mail-security services and list
		// software of about 1998-2015 the other sets lack, in their own
		// documented words: Postini / Google Message Security ("- psmtp"
		// replies, its spool server's notice, the TLS alert, the Early
		// Detection notice), Trend Micro's ERS (RBL+) and IMSS refusals, and
		// Lyris ListManager's hold notice and rejected posting, in Postfix
		// and Exim notices, log lines and pasted text. Written blind.
		// Since: 33/36 with the blind rows for its area (Postini's "Can't
		// connect to ... - psmtp", NetZero's words); 35/36, visible 36/36,
		// final 29/29 with Postini's TLS alert and Early Detection notice
		// from its Administration Guide; 36/36 once a notice naming only
		// the sender's side lists the address that opens a line with a
		// reason (the Lyris hold notice that quotes the member's last error).
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir:   "mesea",
		first: "50/51 (98.0%), status 43/43, high 23/23, visible text 50/51, final 47/49",
		// Send errors of Roundcube (ar, fa, he, id, vi, ta, km) and
		// Thunderbird (ar, id, ms, th) in Middle Eastern, South and Southeast
		// Asian languages, in their shipped translations, around Postfix's
		// submission refusals; and Postfix's English failure, delay and
		// success notices. Written blind.
		// Since: the same with the blind rows for its area (Sympa's
		// Vietnamese notices, the Zimbra web client's send errors in six of
		// these languages, Gmail's sending limit in three). Left: Roundcube's
		// Tamil "(550)" with no words.
		// Final or retried: Thunderbird's "the message was not sent"
		// (smtpTooManyRecipients) read as given up.
		recipients: 0.98, status: 0.99, high: 0.99, visible: 0.98, final: 0.99,
	},
	{
		dir:   "privmail",
		first: "37/49 (75.5%), status 39/39, high 13/13, visible text 37/49, final 48/48",
		// Refusals and send errors of privacy-focused and independent mail
		// services in their own documented words: Yandex 360's receiving
		// replies inside Postfix and Exim notices, the delivery-status
		// fields of its Mailer-Daemon report as its help pages list them,
		// its web interface's send errors, Proton Mail Bridge's SMTP
		// replies to the mail client, and the Tuta client's send errors.
		// Written blind.
		// Since: 40/49 with the blind rows for its area (Proton Mail
		// Bridge's errors.go, Tuta's en.ts, Proton's and StartMail's sending
		// limits). Left: Bridge's "You cannot send from this address", which
		// the knowledge reads as relay-denied (the From the login may not
		// use) and the set as sender-rejected; Tuta's account notices.
		recipients: 0.81, status: 0.99, high: 0.99, visible: 0.81, final: 0.99,
	},
	{
		dir:   "mtatempl",
		first: "2026-11-30, before its rows were merged: recipients 49/49, status 47/47, high 30/30, visible 49/49, final 41/41",
		// Delivery-status notices whose human-readable part is an
		// administrator's template of a common MTA: Postfix
		// bounce_template_file texts (a Dutch failure and delay template,
		// Yandex Mail's Russian and English failure template, two English
		// customisations), Exim with Wikimedia's bounce_message_file and
		// warn_message_file, qmail-send notices (ezmlm-reject texts from
		// OVHcloud's guide, qmail-remote replies); whole messages and
		// pasted text, around replies of Postfix, Dovecot and Gmail.
		// Written blind.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir:   "clients3",
		first: "2026-11-30, before its rows were merged: recipients 35/49 (71.4%), status 23/23, high 14/14, visible 30/49, final 43/47",
		// Send errors and failure notices as mail programs and chat-over-email
		// clients show them, in their own source's and catalogues' words:
		// Delta Chat's message info ("Permanent SMTP error: permanent: ...",
		// async-smtp's form of the reply) and stock strings, lettre's error
		// text, FairEmail's send-failure notification over Jakarta Mail's
		// exceptions, Nextcloud Mail's outbox states (English, German,
		// French), OX App Suite's mail send errors; five whole messages that
		// forward them to a helpdesk or colleague. Written blind.
		// Since: 41/49 with the blind rows for its area (FairEmail, Delta
		// Chat, chatmail, OX App Suite, Nextcloud Mail, Thunderbird for
		// Android); 43/49 after two rows read from the misses (Jakarta
		// Mail's "Unknown SMTP host:" and Android's "Unable to resolve
		// host", both the program's own server) and Delta Chat's storage
		// warning made a report, not a full mailbox. Left: Nextcloud Mail's
		// short outbox and account strings ("Mail server error", "SMTP
		// server is not reachable"), whose translations no source here
		// holds.
		recipients: 0.87, status: 0.99, high: 0.99, visible: 0.87, final: 0.93,
	},
	{
		dir:   "hosts2",
		first: "2026-11-30, before its rows were merged: recipients 38/42 (90.5%), status 27/27, high 13/13, visible 38/42, final 39/40",
		// Refusals of web-host and small-business mail services in the
		// words of their own help and postmaster pages: Titan Mail's
		// incoming reject codes and "ESMTP not accepting connections",
		// GandiMail's "Reject for policy reason. RULE..." texts,
		// greylisting and blocks, DreamHost's "Policy Rejection- Quota
		// Exceeded", InMotion Hosting's cPanel max emails per hour; inside
		// Postfix, Exim and sendmail notices and pasted (a few with a
		// French or German sentence around). Written blind.
		// Since: 41/42 with the blind rows for its area (DreamHost's quota
		// refusal, which the words "quota exceeded" alone read as a full
		// mailbox); final 40/40 once greylisting with no code counts as
		// retried. Left: Titan's "ESMTP not accepting connections", which
		// Titan's page explains as a block after failed logins and the
		// knowledge reads as Postfix's policy refusal.
		recipients: 0.97, status: 0.99, high: 0.99, visible: 0.97, final: 0.99,
	},
	{
		dir:   "filters3",
		first: "2026-11-30, before its rows were merged: recipients 50/57 (87.7%), status 49/49, high 6/6, visible 50/57, final 47/47",
		// Refusals printed by receiving-side plugins, policy servers and
		// filters, in their own source's and default configuration's
		// words: Haraka's plugins (dnsbl, helo.checks,
		// mail_from.is_resolvable, spf, karma, limit, fcrdns, the
		// connection's own defaults), qpsmtpd's plugins, OpenSMTPD's
		// filter-rspamd, filter-senderscore and filter-dnsbl, SQLgrey,
		// postfwd, smf-spf, Exim's built-in ACL replies, Dovecot LMTP and
		// courier-pythonfilter; inside Postfix, Exim and sendmail notices,
		// an Exchange NDR and bare reply lines. Written blind.
		// Since: 52/57 with the blind rows for its area (qpsmtpd's plugins,
		// courier-pythonfilter, Dovecot's quota texts, smf-spf, rmilter);
		// 53 with Haraka's "MX without A records", read after its miss.
		// Left: filter-rspamd's bare "550 message rejected" (a filter's
		// refusal, read as a policy's at low confidence; twice, once among
		// three servers), postfwd's sample rate rule behind Postfix's
		// "Recipient address rejected:", and qpsmtpd's check_spamhelo.
		recipients: 0.92, status: 0.99, high: 0.99, visible: 0.92, final: 0.99,
	},
	{
		dir:   "usisp",
		first: "2026-11-30, before its rows were merged: recipients 41/48, status 31/31, high 7/7, visible 41/48, final 24/25",
		// Refusals and delays of North American consumer ISPs in the words
		// of their postmaster and help pages: Comcast's BL/RL codes and
		// non-specific 421 replies, Cox's IPBL/CX codes and its rate
		// limit, AT&T/BellSouth's block summary and "net 00x"
		// notifications, Charter/Spectrum's "550 Message Rejected",
		// outbound limit and security alert; inside Postfix, Exim,
		// sendmail, Exchange and Gmail notices, pasted lines, and six
		// notices with two or three recipients. Written blind.
		// Since: 42/48 with the blind rows for its area (Comcast's older BL
		// codes, Spectrum's and AT&T's refusals, Verizon Online's block),
		// 45/48 with three lines of AT&T's postmaster error list (net
		// 003, 005, 008). Left: Charter's bare "550 Message Rejected"
		// (three times; the set reads it as a spam refusal, the engine as
		// a policy's at medium), and a sendmail notice with one failed and
		// one delayed recipient, labelled final, where the engine's
		// message is not final while one recipient is retried.
		// Since: final or retried 25/25 with a notice final when its main
		// recipient failed, another still being retried.
		recipients: 0.93, status: 0.99, high: 0.99, visible: 0.93, final: 0.99,
	},
	{
		dir:   "appmail",
		first: "2026-11-30, before its rows were merged: recipients 16/48, status 6/6, high 5/5, visible 15/48, final 48/48",
		// Refusals that applications receiving mail send back, in the
		// words of their source and localisation files: Discourse's
		// email_reject_* replies (English, French, German), GitLab's
		// rejection mails, Request Tracker's "Permission Denied", Sympa's
		// and Mailman 3's refusals in five languages, Google Groups'
		// localised refusal, Jira Service Management's processing log;
		// whole messages, pasted text, forwards and helpdesk notes. Written
		// blind.
		// Since: 44/48 with the blind rows for its area (Discourse's
		// email_reject_* messages in nine languages, Request Tracker's
		// gateway refusals). Left: Discourse's auto-generated refusal and
		// Jira's "Auto-reply mail" log row, read as auto-replies;
		// Discourse's unexpected-destination reply, whose checklist has no
		// row yet; a Sympa refusal quoted in a ticket, where the ticket's
		// author is taken for a second recipient.
		recipients: 0.91, status: 0.99, high: 0.99, visible: 0.87, final: 0.99,
	},
	{
		dir:   "tlsdane",
		first: "2026-11-30, before its rows were merged: recipients 52/52, status 36/38, high 21/21, visible 52/52, final 42/43",
		// Failures of transport security as the sending side reports them,
		// in the words of the MTAs' source and Microsoft's NDR page:
		// Postfix's TLS-required, certificate and TLSA lookup errors
		// (including MTA-STS through postfix-mta-sts-resolver), Exim's
		// "a TLS session is required" and DANE tlsa lookup errors,
		// OpenSMTPD's "TLS required but not supported", Exchange Online's
		// DANE and MTA-STS codes, and receivers' STARTTLS-required
		// refusals; delay warnings and final failures, whole messages and
		// pasted lines, six notices with two recipients. Written blind.
		// Since: the same with the blind rows for its area (Postfix's client
		// TLS configuration problem, Exim's TLS session replies, sendmail's
		// DANE and MTA-STS outcomes, Exchange's 451 5.7.3). Left: Exchange's
		// "451 5.7.3", whose printed 5.7.3 the set writes as 4.7.3 (twice),
		// and an OpenSMTPD log line read as final.
		recipients: 0.99, status: 0.94, high: 0.99, visible: 0.99, final: 0.97,
	},
	{
		dir:   "authfail",
		first: "2026-11-30, before its rows were merged (measured on ceb3938 with the set alone): recipients 52/53, status 51/51, high 6/6, visible 52/53, final 31/32",
		// Refusals because the sender's domain failed SPF, DKIM or DMARC, in
		// the words of the software and providers that print them:
		// policyd-spf (python and perl), OpenDMARC, OpenDKIM, rspamd's
		// DMARC action, Exim's spf/dmarc_status/dkim_status examples and
		// Debian's SPF ACL (with its temporary DNS error), Microsoft's
		// 5.7.23/5.7.509/5.7.515, Gmail's 5.7.26 and bulk-sender 4.7.2x/
		// 5.7.2x/4.7.3x codes, Yahoo's 5.7.9; inside Postfix, Exim,
		// sendmail and Exchange notices, pasted lines, delay warnings and
		// notices with two or three recipients. Written blind.
		// Since: 52/53 with the blind rows for its area (Exim's DMARC ACL
		// text, Gmail's 4.7.26-5.7.40 texts, policyd-spf-perl's deferral,
		// Mail::Qmail::Filter::DMARC, authentication_milter), 53/53 with the
		// dkim_status example of Exim's spec ("Mail from Paypal with
		// invalid/missing signature"). Left: a sendmail notice with one
		// failed and one deferred recipient, labelled final, whose message
		// the engine leaves not final while a recipient is retried.
		// Since: final or retried 32/32 with a notice final when its main
		// recipient failed, another still being retried.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir:   "devlibs",
		first: "2026-11-30, before its rows were merged: recipients 51/53, status 39/41, high 19/19, visible 51/53, final 48/51",
		// Submission refusals as sending libraries and frameworks print
		// them, in the words of their source: PHPMailer (English and its
		// German, French, Spanish, Dutch and Italian language files, and
		// its SMTPDebug output), Symfony Mailer and Laravel, Nodemailer,
		// Python smtplib and Django, System.Net.Mail and MailKit, Go
		// net/smtp and go-mail, Ruby Net::SMTP and ActionMailer, Spring
		// with Jakarta Mail, WordPress wp_mail; each wraps a Postfix, Exim
		// or Gmail reply. Mostly pasted log lines, exception messages and
		// tracebacks' last lines; four whole messages (a helpdesk ticket,
		// a colleague's email, a cron mail, an error notification).
		// Written blind.
		// Since: 52/53 with the blind rows for its area (smtplib's exception
		// names, Nodemailer's EMESSAGE and EAUTH, go-mail's SendError,
		// MailKit's SmtpCommandException, Spring's MailSendException) and an
		// address in single quotes read without them; 53/53 with each
		// recipient's part of a line that gives several recipients their
		// own replies (smtplib's dict). Left: two 4xx replies a library
		// gave up on, labelled final, which the engine reads as retried.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.96,
	},
	{
		dir:   "jpkrmobile",
		first: "2026-11-30, before its rows were merged: recipients 48/53, status 45/45, high 6/6, visible 48/53, final 43/43",
		// Refusals and notices of Japanese and Korean mobile carriers and
		// portals in the words their own pages or senders' guides print:
		// docomo's Unknown user (after DATA, naming one recipient for all),
		// Too much mail data and Line Too Long; au's User unknown, Relay
		// access denied for malformed addresses and TCP resets (delayed and
		// expired); SoftBank's Invalid recipient and its refusal of an
		// envelope-from domain without DNS; Yahoo! JAPAN's Failure Notice
		// and Delivery failure; DTI's notice; Naver's qmail notice and IP
		// filter; Korean portals' inactive, disabled, full, relay and
		// temporary replies; in Postfix, sendmail, qmail and Exchange
		// notices (ISO-2022-JP and EUC-KR originals) and Japanese and Korean
		// client errors (Outlook Express, Outlook, PHPMailer, Roundcube,
		// Exchange Online; a Shift_JIS and an EUC-KR paste). Written blind.
		// Since: 49/53 with the blind rows for its area (docomo's "552 Too
		// much mail data", J:COM's session limit, InfoSphere, E-Post, the
		// Korean portals' relay refusal, Yahoo Korea's disabled account).
		// 50/53 when Sendmail's summary line of a refusal at MAIL FROM is
		// read as the reply its transcript shows after the command (a
		// SoftBank refusal of the sender's domain had been read, for one
		// of its two recipients, as the recipient's). 52/53 when a pasted
		// text's legacy charset is read (PHPMailer's Korean "cannot
		// connect" in EUC-KR) and Outlook's Japanese "無効な受信者" counts
		// without "です". Left: Outlook Express's POP-before-SMTP refusal.
		recipients: 0.98, status: 0.99, high: 0.99, visible: 0.98, final: 0.99,
	},
	{
		dir:   "secgw3",
		first: "2026-11-30, before its rows were merged: recipients 32/47, status 39/39, high 3/3, visible 32/47, final 36/36",
		// Refusals of mail-security gateways and filtering services in the
		// words their vendors' or operators' pages print, cases the earlier
		// gateway sets lack: Hornetsecurity's classification codes (spam IP,
		// spam header/link/body, attachment, size, undeliverable address,
		// sender domain not found, fully-qualified address, multi-recipient
		// bounce, header checks defer), Trend Micro Deep Discovery Email Inspector's ERS and
		// sender-filtering codes (421/450 delayed and expired, 521, 550),
		// Trend Micro HES's outbound "Access denied", Proofpoint's "Local
		// Policy Violation", Email Security.cloud's outbound notices with
		// blocklist refusals, Iridis mailRelay/mailFeed codes (rate limits,
		// file extension, virus, RFC 2822, relay, restricted characters,
		// recipient and sender checks); in
		// Postfix and Exim notices, delay warnings, log lines and pasted
		// paragraphs; three notices with two recipients. Written blind.
		// Since: 37/47 with the blind rows for its area (Hornetsecurity's
		// codes, Cisco ESA, Mimecast, Trend Micro, Broadcom). Left:
		// Email Security.cloud's outbound notices of blocklist refusals
		// ("spam source blocked", read as a spam filter's), Iridis' rate
		// and extension codes, a DDEI block left to expire.
		recipients: 0.78, status: 0.99, high: 0.99, visible: 0.78, final: 0.99,
	},
	{
		dir:   "fwdalias",
		first: "2026-11-30, before its rows were merged: recipients 38/46, status 27/31, high 17/17, visible 38/46, final 31/31",
		// Bounces that involve forwarding and alias services, in the words
		// of their own source and pages: SimpleLogin's SL E402/E407/E506/
		// E508/E510/E515/E516/E523 replies and its alias-not-created and
		// reply-phase spam notices; addy.io's access-policy replies (deleted
		// alias, user over quota reject/defer, new-alias defer, non-ASCII
		// local part) and two non-bounce notices; Firefox Relay's reply-not-
		// sent email in German, French, Ukrainian, Hungarian and Slovak;
		// Forward Email's denylist and "Invalid recipients"; ImprovMX 5.9.1/
		// 5.9.2/5.9.3; Gmail replies passed back by Cloudflare Email Routing;
		// Postfix (PostSRSd) and Exim forwarders with SRS0 return paths,
		// final servers' notices sent to SRS addresses, delay warnings and
		// notices with two recipients. Written blind.
		// Since: 43/46 with the blind rows for its area (SimpleLogin,
		// addy.io, Firefox Relay, Forward Email, ImprovMX). Left: two
		// SimpleLogin notices that an alias could not be created (read as
		// no bounce), Firefox Relay's Ukrainian "reply not sent"; status:
		// ImprovMX's 5.9.x codes, no class RFC 3463 defines.
		recipients: 0.93, status: 0.87, high: 0.99, visible: 0.93, final: 0.99,
	},
	{
		dir:   "euisp3",
		first: "2026-11-30, before its rows were merged: recipients 40/48, status 26/26, high 10/10, visible 40/48, final 27/27",
		// Refusals and send errors of European ISPs, webmail providers and
		// mail hosts in the words of their own pages (or pages quoting
		// them): IONOS's blocklist and "must be authenticated", T-Online's
		// send quota and "Over STORAGE quota", WEB.DE's bilingual German/
		// English replies, GMX "User is inactive", freenet, STRATO (DE and
		// NL), OneSystems and cyon (Switzerland), livedesign.at and
		// pinzweb.at, Orange's bilingual 421s with OFR_999, inside Postfix,
		// Exim and qmail notices or pasted alone; delay warnings and notices
		// with two or three recipients. Written blind.
		// Since: the same with the blind rows for its area (WEB.DE's rate
		// sentence, IONOS's own notice, Onet's reasons). Left: freenet's
		// "unrouteable address" (read as the domain's), T-Online's "Send
		// quota exceeded" (read as a full mailbox), an Austrian host's
		// German hourly limit, cyon's 5.4.1 and address refusals, Orange's
		// OFR_999 (read as a blocklist).
		// Since: 42/48 with freenet's "550 unrouteable address" read as
		// its recipient check (Exim's default RCPT ACL); 43/48 with
		// sendmail's "Can't create user output file" (Sisimai's wording).
		recipients: 0.89, status: 0.99, high: 0.99, visible: 0.89, final: 0.99,
	},
	{
		dir:   "autoreply3",
		first: "2026-11-30, before its rows were merged: recipients 40/42, status 1/1, high 26/26, visible 17/42, final 7/7",
		// Automatic replies that are not bounces, in their users'
		// languages, and real failures that read like them: Dovecot
		// Pigeonhole Sieve vacation replies ("Auto: ", "Automated reply", a
		// script's own subject) in Polish, Czech, Swedish, Greek, Russian,
		// Dutch, Italian, Portuguese, Spanish, Turkish, Japanese, Chinese,
		// Korean, French, German and English; Zimbra out-of-office replies
		// with the localized reply prefix of ZsMsg (AW:, Re :, Отв:, 返信：,
		// Odp:, Ämne:, Yan:, 답장:, 回复:, Re:); "no longer monitored"
		// replies; Request Tracker's AutoReply, Mailman's replybot and
		// Horde's default vacation text; Dovecot's quota and Sieve
		// rejections and Mailman's non-member rejection. Written blind.
		// Since: the same with the blind rows for its area (osTicket's
		// acknowledgements in fifteen languages, Zimbra's Auto-Submitted
		// value, libksieve's Swedish subject). Left: two pasted replies
		// with no header, a Czech vacation text and a Japanese one; from
		// visible text an automatic reply is mostly a person's words.
		// Visible text 21/42 with the out-of-office rows of 2026-11-30.
		recipients: 0.95, status: 0.99, high: 0.99, visible: 0.5, final: 0.99,
	},
	{
		dir:   "webmailintl",
		first: "2026-11-30, before its rows were merged: recipients 53/56, status 47/50, high 3/3, visible 53/56, final 40/40",
		// Big webmail providers other than Google and Microsoft, written
		// blind: Yahoo's inbound replies from its help pages (the over-quota
		// "dd Sorry, your message ... cannot be delivered", VS99-IP1,
		// VS1-IP and VS1-MF deprioritization, "Resources temporarily
		// unavailable") and from witnesses (TSS06, TS02, "Message not
		// allowed - [299]"), AOL's bare "550 Action not taken", Tuta's and
		// Onet's own Postfix notices, FastMail.FM's old LMTP "Unexpected
		// internal error" and Fastmail's locked-account reply, Mail.ru's
		// DMARC refusal, iCloud's "Relay not permitted for user." and CS02,
		// GMX's "Reject due to policy restrictions", Zoho Mail's delay
		// lines; Postfix, Exim, DSN, log and visible-text layouts, eight
		// notices with two or three recipients.
		// Since: 56/56 with RFC 5321's stock "Transaction failed" no longer
		// voting (GMX's policy refusal) and the blind rows for its area
		// (Mail.ru, iCloud, Fastmail, Zoho, WEB.DE). Left: status, Yahoo's
		// "(#4.1.8)" after the words, where the report's field says 4.0.0.
		recipients: 0.99, status: 0.93, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir:   "googleintl",
		first: "2026-11-30, before its rows were merged: recipients 42/46, status 32/32, high 21/21, visible 42/46, final 40/41",
		// Gmail's notices in the sender's language as public quotes show
		// them (German, Spanish, Italian, Russian, Portuguese, English):
		// address or domain not found, inbox full, too large, blocked, not
		// delivered, delivery incomplete (retried), the sending limit; notices
		// with two recipients and mixed outcomes; Google Groups' "may not
		// exist, or you may not have permission to post" refusal; Google
		// Workspace policy refusals (English, Japanese, Polish). Written blind.
		// Since: 46/46 with the blind rows for its area (Gmail's notices in
		// English, Italian, Polish, Japanese and Spanish; Workspace policy
		// refusals) and Workspace's "organizational settings" bounce.
		// Since: final or retried 41/41 with a notice final when its main
		// recipient failed, another still being retried.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir:   "commsrv",
		first: "2026-11-30, before its rows were merged: recipients 42/47, status 26/28, high 3/3, visible 42/47, final 35/35",
		// Commercial and long-lived mail servers in their vendors' words,
		// written blind: MailEnable's ME-E0193 "Message Delivery Failure"
		// notice (poor reputation, relaying denied, addressee unknown,
		// authentication required, sender verification) and its quota log
		// line; SmarterMail's "Could not deliver message to the following
		// recipient(s)" (mailbox full, domain size limit, no MX, four
		// failed connection attempts; notices with two and three
		// recipients); hMailServer's, Kerio Connect's, MailEnable's and the
		// MS Mail SMTP gateway's replies inside Postfix (failure and delay),
		// Exim and qmail notices, and pasted.
		// Since: 45/47 with a 421 at MAIL FROM read as the server closing,
		// another recipient's domain matched only whole, and the blind rows
		// for its area. Left: hMailServer's "Line too long" (read as a
		// format refusal) and an EHLO refusal in a layout Postfix does not
		// print.
		recipients: 0.95, status: 0.92, high: 0.99, visible: 0.95, final: 0.99,
	},
	{
		dir:   "policyd",
		first: "2026-11-30, before its rows were merged: recipients 52/56 (92.9%), status 48/49, high 11/11, visible 52/56, final 42/42",
		// Refusals by policy daemons, milters and SMTP-time filters on the
		// receiving side, written blind from their sources: Postfix smtpd
		// restrictions (multi-recipient bounce, non-FQDN recipient, invalid
		// HELO, client recipient and connection limits, unverified sender
		// and recipient, virtual tables, access-map "Access denied"),
		// policyd-weight, spamdyke, rblsmtpd, sendmail's access map,
		// enhdnsbl and ratecontrol, MIMEDefang's default texts and Haraka's
		// bounce plugin, inside Postfix, Exim, sendmail and qmail notices,
		// Gmail and Exchange Online text, and pasted.
		// Since: 55/56 with a service address that opens a line of the
		// reply read as the recipient, sendmail's dnsbl "Temporary lookup
		// failure of <addr> at <list>" as a lookup failure, and the blind
		// rows for its area (spamdyke's refusals). Left: Haraka's "this
		// bounce message has too many recipients" (read as a rate limit).
		recipients: 0.98, status: 0.99, high: 0.99, visible: 0.98, final: 0.99,
	},
	{
		dir:   "listintl",
		first: "2026-11-30, before its rows were merged: recipients 33/49 (67.3%), status 12/14, high 11/11, visible 32/49, final 36/36",
		// Mailing-list managers' notices in languages other than English,
		// written blind from their shipped templates and catalogues:
		// Mailman 3 rejections, holds, disable warnings and the daily
		// auto-response limit (Hebrew, Turkish, Chinese, Italian); Mailman
		// 2.1 in Danish (held, auto-rejected, refused by the moderator);
		// Sympa's DSNs (unknown list, too large, not allowed; Japanese,
		// Catalan, Greek, Swedish, Estonian, Hungarian, Polish, Dutch);
		// mlmmj's deny-post (German, French, Czech, Finnish, Italian);
		// ezmlm-idx refusals inside qmail bounces (two with two lists) and
		// its bounce warnings (German, Dutch, French, Polish, Czech).
		// Since: 41/49 with the blind rows for its area (ezmlm-idx's
		// refusals in its languages, Mailman 2.1's held and refused notices)
		// and the unsourced "kontingent" row gone. Left: ezmlm's bounce
		// warnings (the list's address taken for the recipient), Mailman 3's
		// disable notices (read as no failure), Sympa in Greek, mlmmj in
		// Finnish, ezmlm in Polish and Mailman 2.1's Danish refusal, for
		// want of a source the search tool holds. 43/49, visible 42/49, with
		// Mailman 3's disable notices read (its templates and translations)
		// and the list's own addresses told by its List-Id.
		recipients: 0.87, status: 0.85, high: 0.99, visible: 0.85, final: 0.99,
	},
	{
		dir:   "appmail2",
		first: "2026-11-30, before its rows were merged: recipients 23/40 (57.5%), status 10/10, high 6/6, visible text 23/40, final or retried 35/35",
		// Delivery failures as business applications report them, written
		// blind from their sources: Odoo's mail-gateway bounces (catchall,
		// private alias, too many mails) and its failure and mailing-trace
		// labels; Moodle's inbound-mail errors (handler disabled, sender not
		// authenticated; en, de, es, pt, ru, zh) and its confirm-your-address
		// look-alike; Redmine's test-mail flash, MediaWiki's Special:EmailUser
		// error through PEAR Mail, WP Mail SMTP's failure alerts, Mattermost's
		// SMTP error, each with a server reply inside; osTicket's "Message
		// Added" auto-reply. Whole messages and pasted text.
		// Since: 37/40 with the blind rows for its area (Moodle's inbound
		// processing strings in 24 languages, Odoo's gateway refusals and
		// failure labels, the wrappers of Redmine, phpBB, MediaWiki and WP
		// Mail SMTP), a greeting's address read as the reader's, "quota"
		// only as a word of its own, and Odoo 10-15's private-alias refusal.
		// Left: Odoo's trace rows "Bounced" (no cause given) and "Opted
		// Out" alone (read as no failure), and "Blacklisted Address", which
		// the unsourced v1 row reads as the sender refused.
		recipients: 0.92, status: 0.99, high: 0.99, visible: 0.92, final: 0.99,
	},
	{
		dir:   "secgw4",
		first: "2026-11-30, before its rows were merged: recipients 43/48 (89.6%), status 38/40, high 2/2, visible text 43/48, final or retried 31/31",
		// Refusals, holds and notices of e-mail security gateways and
		// filtering services that the earlier gateway sets lack, in the
		// words of vendors' pages and public witnesses: Cisco Secure
		// Email's reputation block and LDAP "Address rejected", Trend Micro
		// HES (ERS-RBL, NO-DOMAIN, Access denied), ERS and IMSS replies and
		// HES's quarantine digest, ESET's esets_smfi spam reject,
		// Hornetsecurity's 5.2.2, loop and relay-check codes, Email
		// Security.cloud outbound notices (KB 161393), VIPRE's rejection
		// reasons, Mailprotector's console log lines and a Retarus
		// security report; Postfix, Exim, sendmail and Exchange notices,
		// pasted text, four notices with two or three recipients.
		// Written blind.
		// Since: 46/48 with "too many received" and "loop detect" (a loop
		// however worded, from Courier, Haraka, Stalwart) and Trend Micro's
		// NO-DOMAIN relay refusal. Left: Hornetsecurity's "552 5.2.2
		// Sender/Recipient rejected", read by its status as a full mailbox.
		recipients: 0.95, status: 0.95, high: 0.99, visible: 0.95, final: 0.99,
	},
	{
		dir:   "crmapps",
		first: "2026-11-30, before its rows were merged: recipients 40/52, status 7/7, high 7/7, visible 38/52, final 46/46",
		// Delivery failures as CRM, helpdesk, forum and chat applications
		// report them, in their own words: Discourse's email_reject_*
		// replies in Spanish, Japanese, Russian, Brazilian Portuguese and
		// Italian (and its "is your email correct?" notice), Mautic's
		// Do Not Contact bounce reasons, Zulip's email gateway refusals
		// (its SMTP replies in Postfix notices, script output, server
		// log), FreeScout's "Message not sent to customer" and SuiteCRM's
		// campaign log rows; look-alikes (complaint, auto-reply, opt-out,
		// sent). Whole messages and pasted text. Written blind.
		// Since: the same with the rows written blind for its area (Zulip,
		// Magento, Rocket.Chat, SugarCRM); 44/52, visible 42/52 with
		// Mautic's bounce reasons, FreeScout's send-job exception and
		// Zulip's missing-recipient error. Left: SuiteCRM's campaign log
		// rows as the set spaces them ("Bounced Messages, Invalid Email"),
		// Mautic's timeline rows, a Russian Discourse bad-address reply.
		recipients: 0.84, status: 0.99, high: 0.99, visible: 0.80, final: 0.99,
	},
	{
		dir:   "smtplibs",
		first: "2026-11-30, before its rows were merged: recipients 45/51, status 48/48, high 5/5, visible 45/51, final 51/51",
		// Default replies of the SMTP server libraries and small servers that
		// applications embed to receive mail (nodemailer smtp-server,
		// emersion/go-smtp, aiosmtpd, CPython smtpd, Mailpit, Inbucket,
		// cosullivan/SmtpServer, gen_smtp, SubEtha SMTP) and Amazon SES's
		// bounce-action templates: auth required or refused, TLS required,
		// relay refused, size limits, too many recipients or connections,
		// timeouts, internal errors, SMTPUTF8/8-bit/line-length refusals,
		// inside Postfix and Exim notices, Postfix log lines and pastes.
		// Written blind.
		// Since: 50/51 with the rows written blind for its area (the
		// libraries' own replies); 51/51 with gen_smtp's example callback's
		// connection-limit greeting.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir:   "commsrv2",
		first: "2026-11-30, before its rows were merged: recipients 30/43, status 23/23, high 9/9, visible 30/43, final 29/29",
		// Commercial and long-lived servers that earlier sets hold little
		// of: Gromox (grommunio) bounce templates (no such user, mailbox
		// full, too large, system error, a delivery report, an automatic
		// reply), IceWarp and Merak SMTP replies from IceWarp's 5xx table
		// (message too long, permission denied, domain name required,
		// HELO syntax, authentication failed) and MDaemon's over-quota
		// 552/452, inside Postfix failure and delay notices, Exim notices
		// and as pasted replies; the Carbonio web client's "addresses not
		// accepted" send error in English, German, French, Spanish, Italian
		// and Russian; four multi-recipient files. Written blind.
		// Since: 38/43 with the Carbonio web client's "addresses were not
		// accepted" in the six languages (carbonio.tsv), 39 with Gromox's
		// delivery report; the rows written blind for its area changed
		// nothing. Left: Merak's "You are not allowed to send."
		// (policy-rejected, labelled relay-denied|blocklisted) and Gromox's
		// "refused by some reason" (policy-rejected, labelled unknown).
		recipients: 0.9, status: 0.99, high: 0.99, visible: 0.9, final: 0.99,
	},
	{
		dir:   "indiehosts",
		first: "2026-11-30, before its rows were merged: recipients 33/43, status 36/36, high 2/2, visible 33/43, final 17/17",
		// Independent and small-business mail hosts and the stacks small
		// companies run, in their own words, written blind: OVHcloud's
		// "Account locked for spam." notice to its customer (French,
		// German, English, Italian, Polish, Spanish) and its full-mailbox
		// reply as its guides print it; STRATO's "Refused by local policy.
		// No SPAM please!" with its B-* hints and "User has exhausted
		// allowed storage space"; StartMail's mail limit; Mailu's sender
		// rate limit and spoofed-sender refusal; iRedAPD's list access,
		// policy and throttling refusals; Postfix and Exim notices,
		// mixed notices and pasted text.
		// Since: 43/43 with OVHcloud's lock notice in seven languages
		// (ovh.tsv), iRedAPD 5.x throttle replies and STRATO's B-EX hint at
		// the strength of its siblings; the rows written blind for its area
		// changed nothing. Visible text 38: a lock notice without its
		// subject is long prose with no failure wording.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.88, final: 0.99,
	},
	{
		dir:   "rdnshelo",
		first: "2026-11-30, before its rows were merged: 48/49 recipients, visible text 48/49, status 44/45, high 7/7 right, final or retried 36/37",
		// Refusals about the sending host's identity rather than the message,
		// in the receiving software's own words: no or mismatching reverse
		// DNS (Postfix reject_unknown_client_hostname and
		// reject_unknown_reverse_client_hostname, sendmail require_rdns and
		// its relay check, Haraka fcrdns, OpenSMTPD's connect filters,
		// Microsoft 365's IPv6 5.7.25, Gmail's PTR rate limit), residential
		// ranges, and HELO/EHLO checks (Postfix, Exim helo_verify_hosts and
		// syntax, Haraka helo.checks, Gmail 5.5.4, Microsoft 5.7.506), in
		// Postfix, Exim, sendmail and Exchange notices, delay warnings,
		// multi-recipient notices and pasted text. Written blind.
		// Since: 49/49 with the rows written blind for its area (Exim's
		// reverse-lookup texts, Haraka's and Courier's HELO refusals), and
		// status 45/45 once a number after "RFC 5321" stopped reading as a
		// status code. Final 36/37: a notice with one failed and one
		// deferred recipient is still being tried, where its label says
		// final.
		// Since: final or retried 37/37 with a notice final when its main
		// recipient failed, another still being retried.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir:   "fblunsub",
		first: "2026-11-30, before its rows were merged: 39/41 recipients, visible text 32/41, status 6/6, high 7/7 right, final or retried 6/6",
		// Mail that reaches a sender but is no bounce, written blind:
		// readers' unsubscribe requests to a List-Unsubscribe mailto:
		// address (Apple Mail, Gmail, Outlook.com, RFC 2369 mail
		// programs), list managers' unsubscribe confirmations (Mailman 2
		// in six languages, Zotonic, ListMessenger), Mail.ru's ARF
		// complaint, XARF v4 spam reports, a Momentum DMARC failure
		// report, DMARC aggregate (Zoho, Mimecast, Google behind a
		// gateway) and TLS reports (Mail.ru, Stalwart), and Postfix
		// bounces and a delay notice of such messages.
		// Since: unchanged by the rows written blind for its area (SpamCop's
		// report, iOS Mail's older unsubscribe wording, TLS report JSON).
		// Misses: two X-ARF JSON reports (no wording to read them by) and,
		// as visible text, requests with an empty body and a DMARC report
		// whose only text is a gateway's "Virus checked" footer.
		recipients: 0.95, status: 0.99, high: 0.99, visible: 0.78, final: 0.99,
	},
	{
		dir: "inactive",
		first: "2026-11-30, before its rows were merged: 50/50 recipients, 39/40 status codes (the one miss a label's " +
			"error: Gmail's 5.2.1 quoted by Exim, labelled with no code; the label now says 5.2.1), 19/19 high-confidence " +
			"answers, visible text 50/50, final or retried 42/43 (a sendmail notice failed for one recipient and " +
			"deferred for another, labelled final)",
		// A recipient whose mailbox exists but takes no mail now, written
		// blind: Gmail's 5.2.1 "disabled" and Google Workspace's "inactive"
		// (Postfix, Exim, sendmail, Exchange Online and Gmail's own notice),
		// Exchange Server's 5.2.1 "Mailbox disabled" and "Mailbox cannot be
		// accessed" and 4.2.0 "no Mdb" deferral, Yahoo's "disabled or
		// discontinued", Mail.ru's "user is terminated", bigmir.net's
		// "Mailbox is frozen", Postfix's relocated "User has moved to"
		// (5.1.6), in whole notices, delay warnings, multi-recipient
		// notices and pasted text.
		// Since: final or retried 43/43 with a notice final when its main
		// recipient failed, another still being retried.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir: "anzindia",
		first: "2026-11-30, before its rows were merged: 50/50 recipients, 32/32 status codes, 15/15 high-confidence " +
			"answers, visible text 50/50, final or retried 38/42 (a sendmail notice failed for one recipient and " +
			"deferred for another, labelled final; Thunderbird's and Roundcube's send errors on 4xx replies, labelled " +
			"final because the mail program does not send again by itself)",
		// Refusals and send errors of Australia, New Zealand, India, South
		// Africa, Israel, Turkey and the Gulf, written blind: Netro's DNSBL
		// reply, iiNet's poor-reputation refusal, Telstra BigPond's IB704x
		// content refusal and its qmail notice, Blue Groper's sending
		// limits, Xtra's Exchange delay notice, in Postfix, Exim, sendmail
		// and Exchange notices (multi-recipient and delays among them), and
		// Zimbra (Hindi, Hebrew, Turkish), Thunderbird (Afrikaans, Hebrew,
		// Turkish), Roundcube (Turkish, Marathi, Arabic) and Yandex web
		// send errors around Postfix's replies, as pasted text.
		// Since: final or retried 39/42 with a notice final when its main
		// recipient failed, another still being retried.
		// Final or retried: Thunderbird's "the message was not sent"
		// (smtpTooManyRecipients) read as given up.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.95,
	},
	{
		dir: "vintage",
		first: "2026-11-30, before its rows were merged: 44/50 recipients (88.0%), 28/29 status codes, 17/17 " +
			"high-confidence answers, visible text 43/50, final or retried 45/45; missed: InterMail's \"the destination " +
			"computer was not found\" (twice, given mailbox-not-found), a qmail site's \"mail denied, based on relay\" " +
			"(given policy-rejected, labelled blocklisted), QQ's \"Mailbox unavailable or access denied\" quoted by " +
			"SMTPSVC (given rate-limited, as QQ's help page reads it), MS Mail's MCI \"problem with the envelope\" and " +
			"LISTSERV's loop-check report (given not-a-bounce); vpopmail's (#5.9.8) is no status code",
		// Notices of mail software of about 1995-2012: qmail-send with
		// vpopmail and ezmlm, Post.Office and Openwave InterMail, Sun
		// Internet Mail Server and PMDF, Microsoft SMTPSVC, the Exchange
		// 4.0-5.5 MTA, MS Mail, Domino R5, sendmail 8.12 and LISTSERV's
		// error reports; written blind.
		// Since: 45/50 (visible 44/50) with the rows written blind (LISTSERV's
		// loop check; its error-report wrapper left to the enclosed notice).
		recipients: 0.9, status: 0.96, high: 0.99, visible: 0.88, final: 0.99,
	},
	{
		dir: "winservers",
		first: "2026-11-30, before its rows were merged: 49/49 recipients, 41/41 status codes, 17/17 high-confidence " +
			"answers, final or retried 44/44; visible text 47/49 (an Exchange notice's visible text names its two recipients " +
			"in the other order than its report, which the labels follow; each got its right category)",
		// Exchange 2016/2019 NDRs (three German), hMailServer's templates and
		// delivery errors from its source, MDaemon's delay and failure
		// notices, SmarterMail and MailEnable; written blind.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.95, final: 0.99,
	},
	{
		dir: "hostmail",
		first: "2026-11-30, before its rows were merged: 49/57 recipients (86.0%), 36/36 status codes, 6/6 " +
			"high-confidence answers, visible text 49/57, final or retried 51/52; missed: five of Alibaba enterprise " +
			"mail's replies (\"RCPT (...) dosn't exist\", \"This account isn't allowed to send/receive email\", a " +
			"MAIL FROM refusal; given unknown or server-problem), a cPanel host's \"HELO should be a FQDN or address " +
			"literal\" (given unknown), Arena's \"Client host rejected: Access denied\" (given blocklisted) and a " +
			"bare \"temporary failure\" (given not-a-bounce)",
		// Web-hosting and business-mail providers' own servers (GoDaddy,
		// Rackspace, Forpsi, KEI, Register.it, Sakura, Arena, Universonet,
		// Netbit, ProLinux, Alibaba Mail, Zoho), in the words of their help
		// pages, inside Exim, Postfix, sendmail and qmail notices or pasted
		// with a line of the person's own; written blind.
		// Since: 55/57 after reading the misses, with Alibaba's error list
		// and the HELO refusal from the pages that print them (the rows
		// written blind beside the set changed none of its answers).
		recipients: 0.96, status: 0.99, high: 0.99, visible: 0.96, final: 0.98,
	},
	{
		dir: "admintools",
		first: "2026-11-30, before its rows were merged: 42/53 recipients (79.2%), 37/44 status codes, 12/13 " +
			"high-confidence answers (the wrong one only by its place: an exim -bp listing's delivered recipient, which the " +
			"answer does not list, comes first in the label), visible text 42/53, final or retried 36/44; missed: the " +
			"delivered recipients beside failed ones in a swaks session, exim -Mvl, exim -bp, Postfix's and sendmail's -bv " +
			"reports and an openssl session, the first of two recipients in a Postfix mailq listing (its reason printed " +
			"above it), sendmail's \"host map: lookup (...): deferred\" and an Exim message log's retry timeout (given " +
			"not-a-bounce), and queue listings read as final",
		// What an administrator pastes to see why mail did not go: swaks and
		// telnet/openssl sessions, Postfix's mailq, postqueue -j and -bv
		// reports, Exim's -Mvl and -bp, sendmail's mailq and -bv, Exchange's
		// Get-Queue and Get-Message, PowerShell's Send-MailMessage errors;
		// written blind.
		// Since: 46/53, 38/44, 14/15 (the same place), final 40/44 with the rows
		// written blind, the queue listing read reason-above-recipients and a
		// recipient's own 2xx reply read as delivered; 48/53 with Exim's log
		// flags naming recipients; 49/53 with its "**" flag saying failed;
		// 13/14 high when Exchange's failover sentences stopped counting as a
		// second witness (a Get-Queue error is medium now), final 42/44.
		recipients: 0.92, status: 0.86, high: 0.9, visible: 0.92, final: 0.9,
	},
	{
		dir: "msintl",
		first: "2026-11-30, before its rows were merged: 50/50 recipients, 50/50 status codes, 41/41 " +
			"high-confidence answers, visible text 50/50, final or retried 45/45",
		// Exchange Online and Exchange Server notices in French, Russian,
		// Chinese, Korean, Portuguese, Dutch, Polish, Swedish, Danish, Turkish
		// and Arabic, in the words of Microsoft's localized pages and of
		// notices quoted in public code and issues; the codes carry most of
		// them; written blind.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir: "easteu",
		first: "2026-12-01, before its rows were merged: 49/54 recipients (90.7%), 47/48 status codes, 19/19 " +
			"high-confidence answers, visible text 49/54, final or retried 44/46; missed: Baltneta's \"known spam " +
			"sender\" and \"expected spam receiver/sender\" codes (five recipients, given content-filtered; labelled " +
			"blocklisted or rate-limited)",
		// Providers and hosts of Central and Eastern Europe (WP.pl and
		// o2.pl, Forpsi, C4, Eurohosting, Host2u, T-Online Hungary,
		// Baltneta, Teol, SuperHosting, GMX, Interia) in Postfix, Exim,
		// qmail and sendmail notices, logs and pastes; written blind.
		// Since: the same, with 29/29 high-confidence answers, with the rows
		// written blind.
		recipients: 0.9, status: 0.97, high: 0.99, visible: 0.9, final: 0.95,
	},
	{
		dir: "autoreply4",
		first: "2026-12-01, before its rows were merged: 41/44 recipients (93.2%), 7/7 status codes, 23/23 " +
			"high-confidence answers, final or retried 12/12; visible text 31/44 (replies whose only sign is a header or " +
			"the subject); missed: three replies of qmail's autorespond program (\"Delivered-To: Autoresponder\", a " +
			"plain \"Re:\" subject; given not-a-bounce)",
		// Automatic replies with their systems' default subjects, texts and
		// headers (Tuta, Stalwart's and Pigeonhole's Sieve vacation for
		// Nextcloud, SOGo and Tine, GNU Mailutils, qmail's autorespond) in
		// sixteen languages, and real bounces that look like them; written
		// blind. Since: the same with the rows written blind; 43/44 with
		// qmail autorespond's Delivered-To field read as a reply's sign.
		recipients: 0.97, status: 0.99, high: 0.99, visible: 0.7, final: 0.99,
	},
	{
		dir: "commsrv3",
		first: "2026-12-01, before its rows were merged: 47/53 recipients (88.7%), 43/44 status codes, 19/19 " +
			"high-confidence answers, visible text 46/53, final or retried 40/41; missed: Carbonio's web client " +
			"\"message not sent\" in Portuguese and Polish (five recipients, given not-a-bounce or none), its domain " +
			"quota warning (given mailbox-full)",
		// Apache James's own delivery-failure notices (DSNBounce, Bounce)
		// and SMTP refusals, and Zextras Carbonio's LMTP replies inside its
		// Postfix notices, from their sources; written blind. The other
		// servers asked for (Axigen, Kerio, CommuniGate, ...) print no
		// wording the writer could find. Since: the same with the rows
		// written blind.
		recipients: 0.88, status: 0.97, high: 0.99, visible: 0.86, final: 0.97,
	},
	{
		dir: "relaysvc",
		first: "2026-12-01, before its rows were merged: 33/48 recipients (68.8%), 25/26 status codes, 17/17 " +
			"high-confidence answers, visible text 33/48, final or retried 35/37; missed: the webhook events of " +
			"services the engine has no reader for (SocketLabs, Netcore/Pepipost, turboSMTP, Infobip: suppressed, " +
			"complaint and delivered events given not-a-bounce or unknown), Mailtrap's and SMTP2GO's submission " +
			"refusals, Resend's API errors, Elastic Email's \"Ignore\" category",
		// Transactional and relay services' bounce events, dashboard
		// entries and submission refusals (SMTP2GO, SocketLabs, turboSMTP,
		// Netcore, Mailtrap, Resend, Infobip, Elastic Email); written blind.
		// Since: 39/48 with the rows written blind; 44/48, status 26/26,
		// final 36/37 with the events of services that have no reader read
		// by the names most services share (otherevents.go), a person's
		// note above a payload allowed.
		recipients: 0.91, status: 0.99, high: 0.99, visible: 0.91, final: 0.97,
	},
	{
		dir: "africa",
		first: "2026-12-01, before its rows were merged: 54/55 recipients (98.2%), 41/41 status codes, 28/28 " +
			"high-confidence answers, visible text 54/55, final or retried 38/38; missed: a forwarded excerpt of a " +
			"provider's sending rules (given message-too-large, labelled not-a-bounce)",
		// Notices to and from providers and hosts of Africa and South Asia
		// (South African hosts, TelkomSA, Kenya, Nigeria, Egypt, the
		// Maghreb, Ghana), mostly standard software around the providers'
		// published policies; written blind. Since: the same with the rows
		// written blind.
		recipients: 0.98, status: 0.99, high: 0.99, visible: 0.98, final: 0.99,
	},
	{
		dir: "secgw5",
		first: "2026-12-01, before its rows were merged: 44/51 recipients (86.3%), 48/48 status codes, 5/6 " +
			"high-confidence answers, visible text 44/51, final or retried 32/32; missed: MailChannels' inbound " +
			"\"message rejected\" (given policy-rejected) and outbound [ESA] sender block (given blocklisted), Vade's " +
			"code 102 deferral (given blocklisted), and a helpdesk question quoting a greylisting reply, labelled " +
			"not-a-bounce, given policy-rejected with high confidence (the one wrong high answer)",
		// Security services' refusals and notices (MailChannels inbound and
		// outbound, Vade, ZEROSPAM, Barracuda's cloud service, Proofpoint
		// Essentials); written blind. Since: the same with the rows written
		// blind (one of them, a DMARC refusal that joined two rows already
		// there into one witness, made two right answers medium and was
		// dropped).
		recipients: 0.86, status: 0.99, high: 0.83, visible: 0.86, final: 0.99,
	},
	{
		dir: "oldwebmail",
		first: "2026-12-01, before its rows were merged: 45/50 recipients (90.0%), 22/22 status codes, 21/21 " +
			"high-confidence answers, visible text 46/50, final or retried 42/42; missed: AOL's DYN:T1 (twice, given " +
			"server-problem, labelled blocklisted), a Postfix delay for AOL and GMX (given server-problem), EarthLink's " +
			"abuse-desk auto-reply (given blocklisted), Road Runner's relay report (given unknown)",
		// Consumer webmail and ISP mail of about 1998-2012 (Hotmail/MSN,
		// Yahoo classic, AOL, Juno, CompuServe, Lycos, GMX, Road Runner,
		// EarthLink, BellSouth); written blind. Since: 46/50, visible text
		// 47/50, with the rows written blind.
		recipients: 0.92, status: 0.99, high: 0.99, visible: 0.94, final: 0.99,
	},
	{
		dir: "dsnedge",
		first: "2026-12-01, before its rows were merged: 48/49 recipients (98.0%), 45/45 status codes, 34/34 " +
			"high-confidence answers, visible text 48/49, final or retried 38/38; missed: a person's reply that " +
			"looks like a bounce (given unknown, labelled not-a-bounce)",
		// Delivery reports of unusual but standard structure (field order,
		// optional fields only, folded and typed diagnostics, RFC 6533
		// reports, encoded report parts, nested reports, read receipts)
		// from Postfix, Exim, sendmail, Courier, Haraka, ZMailer, Gmail and
		// Exchange; written blind. Since: the same.
		recipients: 0.97, status: 0.99, high: 0.99, visible: 0.97, final: 0.99,
	},
	{
		dir: "govedu",
		first: "2026-12-01, before its rows were merged: 49/54 recipients (90.7%), 33/35 status codes, 12/12 " +
			"high-confidence answers, visible text 49/54, final or retried 46/48; missed: NHSmail's \"the limit is 0\" " +
			"(given rate-limited), a council's click-to-deliver challenge (given unknown), a council gateway's " +
			"blocked sender (given policy-rejected), a German university's \"insufficient permission\" after quota " +
			"warnings (given server-problem), an alumni forwarding-sunset announcement (given unknown); the two " +
			"status misses are a US gateway's \"#5.1.0\" read from its reply where the label took the DSN's 5.0.0",
		// Government, university and school mail (NHSmail, UK councils,
		// EU and US universities, K-12 tenants, alumni forwarding, US
		// federal and local gateways) in the words their help pages and
		// public threads quote; written blind. Since: 50/54 with the rows
		// written blind.
		recipients: 0.92, status: 0.94, high: 0.99, visible: 0.92, final: 0.95,
	},
	{
		dir: "charsets",
		first: "2026-12-01, before its rows were merged: 48/50 recipients (96.0%), 31/31 status codes, 28/28 " +
			"high-confidence answers, visible text 48/50, final or retried 45/45; missed: a person's ISO-2022-JP mail " +
			"about a bounce (given mailbox-not-found, labelled not-a-bounce), a paste of UTF-8 read as windows-1252 " +
			"(given not-a-bounce)",
		// Notices in legacy and mislabelled encodings (ISO-2022-JP,
		// Shift_JIS, EUC-JP, GB2312/GBK/GB18030, Big5, EUC-KR, KOI8-R,
		// windows-125x, UTF-7, UTF-16, a charset that does not match the
		// bytes); written blind. Since: the same.
		recipients: 0.96, status: 0.99, high: 0.99, visible: 0.96, final: 0.99,
	},
	{
		dir: "clients4",
		first: "2026-12-01, before its rows were merged: 30/50 recipients (60.0%), 14/14 status codes, 6/6 " +
			"high-confidence answers, visible text 30/50, final or retried 10/14; missed: most of Airmail's and " +
			"Apple Mail's send errors and Tuta's (given not-a-bounce), Outlook's 0x800CCC0F (given blocklisted by a " +
			"generic \"your server\" row, since dropped), Windows Mail's 0x800CCC79 (given content-filtered), " +
			"Thunderbird's invalid MX (given mailbox-not-found)",
		// Mail programs' own send errors (Outlook, Windows Mail, Apple
		// Mail, Airmail, Thunderbird and Postbox, Tuta) and Exchange
		// notices as Outlook shows them; written blind. Since: 32/50 with
		// the first engine's "your server" row (no source) dropped, the
		// rows written blind changing no answer; 36/50 with MailCore2's
		// error descriptions (an open-source mail library whose texts
		// Airmail repeats, read from its published build).
		recipients: 0.72, status: 0.99, high: 0.99, visible: 0.72, final: 0.71,
	},
	{
		dir: "lists3",
		first: "2026-12-01, before its rows were merged: 30/49 recipients (61.2%), 9/9 status codes, 10/10 " +
			"high-confidence answers, visible text 26/49, final or retried 25/27; missed: list managers' notices " +
			"that a member's address bounces or was disabled without saying why (Mailman 3, Sympa, groups.io, " +
			"LISTSERV's monitoring report: labelled unknown, given not-a-bounce), mlmmj's refusals in Asturian, " +
			"Greek and Slovak, Discourse's revoked and closed-topic notices",
		// Mailing-list software's notices about bouncing members and
		// refused posts (Mailman 3, Sympa, mlmmj, Majordomo 2, Discourse,
		// groups.io, LISTSERV) in fourteen languages; written blind.
		// Since: 32/49, visible text 27/49, with the rows written blind;
		// 34/49, visible 29/49, with Mailman 3's owner notices about a
		// member's bounce score and their translations (its templates and
		// .po files), and the list's own addresses told by its List-Id;
		// 40/49, visible 35/49, with Sympa's notice to a bouncing member in
		// its translations and mlmmj's deny-post in Asturian, Greek and
		// Slovak (their Debian packages' templates and catalogues).
		recipients: 0.81, status: 0.99, high: 0.99, visible: 0.71, final: 0.92,
	},
	{
		dir: "mtas4",
		first: "2026-12-01, before its rows were merged: 44/46 recipients (95.7%), 39/40 status codes, 16/16 " +
			"high-confidence answers, visible text 44/46, final or retried 33/33; missed: two refusals of Kolab's " +
			"SMTP access policy (a sender it cannot find, a login sending as another user: given policy-rejected)",
		// Cyrus LMTP's replies in Postfix notices, Kolab's notices and its
		// policy service's refusals, Open-Xchange App Suite's send errors;
		// written blind from cyrus-imapd's error tables, pykolab and the
		// App Suite middleware. Since: 45/46 with the rows written blind
		// (pykolab's refusal texts).
		recipients: 0.97, status: 0.97, high: 0.99, visible: 0.97, final: 0.99,
	},
	{
		dir: "privhosts",
		first: "2026-12-01, before its rows were merged: 56/56 recipients, 56/56 status codes, 19/19 " +
			"high-confidence answers, visible text 56/56, final or retried 43/43",
		// Independent and privacy-minded providers (Posteo, Purelymail,
		// Infomaniak) and the servers they run (Stalwart's own notices,
		// Dovecot's replies through Postfix, Exim and Stalwart); written
		// blind. Since: the same.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir: "secgw6",
		first: "2026-12-01, before its rows were merged: 40/49 recipients (81.6%), 43/43 status codes, 2/2 " +
			"high-confidence answers, visible text 40/49, final or retried 39/39; missed: Check Point Harmony's " +
			"quarantine digest (given content-filtered), Vade's outbound codes 102, 202 and 404 (given " +
			"server-problem and relay-denied), VirusFree.cz's bare 421 at the greeting (given blocklisted), " +
			"Securence's 421 Too many recipients after Exim's retry time (given server-problem)",
		// Security services the earlier gateway sets lack: Vade's refusals
		// of OX's own users (its outbound codes), Securence, Halon,
		// VirusFree.cz, hosts' filters, FortiMail, Signature 365 through
		// Exchange Online, Check Point Harmony's quarantine digest; written
		// blind. Since: the same with the rows written blind; 46/49 with
		// Vade's outbound codes (its postmaster page) and Check Point's
		// digest (its admin guide).
		recipients: 0.93, status: 0.99, high: 0.99, visible: 0.93, final: 0.99,
	},
	{
		dir: "selfhost",
		first: "2026-12-01, before its rows were merged: 45/52 recipients (86.5%), 44/44 status codes, 8/8 " +
			"high-confidence answers, visible text 45/52, final or retried 40/40; missed: Plesk's outgoing-mail " +
			"limit (given server-problem), mailcow's Office-macro refusal (given policy-rejected), Modoboa's " +
			"sending-limit notice to its administrators (given rate-limited)",
		// Self-hosted stacks and panels (mailcow, Mail-in-a-Box, iRedMail,
		// ISPConfig, Plesk, Modoboa) in their configurations' own reject
		// texts and notices; written blind.
		// Since: 49/52 with the rows written blind (Plesk's, Mailu's and
		// iRedMail's texts); 52/52 with mailcow's macro rule and Modoboa's
		// notice (their sources).
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir: "winsrvintl",
		first: "2026-12-01, before its rows were merged: 10/14 recipients (71.4%), 9/9 status codes, 7/7 " +
			"high-confidence answers, visible text 10/14, final or retried 13/13; missed: MDaemon's notice with no " +
			"reason and its bare 554 (given rate-limited, from \"frequency\" in its boilerplate), Domino's report " +
			"(given delivered, from its line about the other recipients)",
		// Notices of commercial servers businesses run (MDaemon,
		// CommuniGate Pro, Domino) from real notices in public posts;
		// written blind.
		// Since: the same with the rows written blind; 14/14 with the
		// lone word "frequency" dropped and success words inside a longer
		// phrase read as its context.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir: "cloudmail",
		first: "2026-12-01, before its rows were merged: 32/49 recipients (65.3%), 22/23 status codes, 7/7 " +
			"high-confidence answers, visible text 32/49, final or retried 40/43; missed: Oracle's limits and " +
			"suppression replies, Tencent's status codes and events, Postbox's own diagnostic codes, SES's paused " +
			"account, a console export's columns",
		// Cloud platforms' sending services (Oracle Cloud Email Delivery,
		// Alibaba DirectMail, Tencent Cloud SES, Yandex Cloud Postbox,
		// Amazon SES's account errors, port 25 blocks); written blind.
		// Since: 34/49 with the rows written blind (Oracle's, SES's,
		// Tencent's, DirectMail's); 40/49 with Postbox's diagnostic codes
		// (its documentation) and a restricted sending account read as
		// relay-denied, as other services' are; 41/49 with a stack
		// trace's frames left out of the length a short paste may have.
		recipients: 0.83, status: 0.95, high: 0.99, visible: 0.83, final: 0.93,
	},
	{
		dir: "hostseu",
		first: "2026-12-01, before its rows were merged: 47/51 recipients (92.2%), 35/35 status codes, 21/21 " +
			"high-confidence answers, visible text 47/51, final or retried 40/43; missed: IONOS's sending limit " +
			"(given mailbox-unavailable, from the \"mailbox unavailable\" its reply opens with), WEDOS's webmail " +
			"\"mailbox over quota\" for its sending quota (given mailbox-full), Admax's notice to an administrator " +
			"that a domain is over its size (given message-too-large)",
		// Web hosts' mail in continental Europe in their help pages' words
		// (ALL-INKL, Mittwald, Host Europe, bytecamp, IONOS, Gandi, LWS,
		// Czech hosts, Forpsi, Admax); written blind.
		// Since: the same with the rows written blind; 49/51 with IONOS's
		// help page on its sending limits.
		recipients: 0.96, status: 0.99, high: 0.99, visible: 0.96, final: 0.93,
	},
	{
		dir: "hostsasia",
		first: "2026-12-01, before its rows were merged: 58/62 recipients (93.5%), 35/38 status codes, 12/12 " +
			"high-confidence answers, visible text 58/62, final or retried 49/51; missed: 万象互联's HL:IFQ and " +
			"138.gz.cn's frequency limit (given unknown), emailhost.com.cn's \"DNS query error\" (given unknown), " +
			"智邦's \"illegal sender\" (given not-a-bounce)",
		// Hosts and business-mail providers in Japan, Taiwan, China,
		// Vietnam, Indonesia, Malaysia, Thailand and Korea in their help
		// pages' words; written blind.
		// Since: 60/62 with the rows written blind; 62/62 with
		// 万象互联's code table and 138.gz.cn's help page.
		recipients: 0.99, status: 0.92, high: 0.99, visible: 0.99, final: 0.96,
	},
	{
		dir: "forumsqa",
		first: "2026-12-01, before any row was written for it: 37/44 recipients (84.1%), 25/25 status codes, 8/8 " +
			"high-confidence answers, visible text 37/44, final or retried 38/38; missed: SES's unverified address " +
			"(twice, given relay-denied), procmail's mailbox limit, \"Can't create output\" (given server-problem), " +
			"a HELO refusal, Outlook Express's \"please authenticate before send\", \"From:domain must resolve\"",
		// Real bounces and send errors as people quote them in public
		// question-and-answer threads and help pages, at most three from
		// one program or provider; written blind.
		// Since: 41/44 with the replies the help pages and answers quote.
		recipients: 0.93, status: 0.99, high: 0.99, visible: 0.93, final: 0.99,
	},
	{
		dir: "forumsvendor",
		first: "2026-12-01, before any row was written for it: 44/48 recipients (91.7%), 36/36 status codes, 16/16 " +
			"high-confidence answers, visible text 44/48, final or retried 44/44; missed: Rspamd's \"Matched map: " +
			"FORBIDDEN_FILE_EXTENSION\", \"message line is too long\", \"Stream is more than 10485760 bytes long\", " +
			"Thunderbird's IMAP error on saving a draft (given message-too-large)",
		// The same from products' own issue trackers and help pages
		// (mailcow, iRedMail, Mailu, Zimbra, NethServer, Sympa, Roundcube,
		// FreeScout, PHPMailer, Plesk, cPanel and others); written blind.
		// Since: 47/48 with the replies its threads quote.
		recipients: 0.97, status: 0.99, high: 0.99, visible: 0.97, final: 0.99,
	},
	{
		dir: "forumsintl",
		first: "2026-12-01, before any row was written for it: 38/46 recipients (82.6%), 21/22 status codes, 8/9 " +
			"high-confidence answers (KindleEar's \"over quota\", an App Engine sending quota, given mailbox-full), " +
			"visible text 38/46, final or retried 40/42; missed also: SPFBL's block, a nodemailer error with its " +
			"stack trace, Locaweb's Portuguese request to log in, Roundcube's French \"quota d'envoi\", and " +
			"three look-alikes (a POP3 error, advice, a webmail quota error)",
		// The same in questions asked in ten languages other than English
		// (GitHub issues, blogs, providers' help pages); written blind.
		// Since: 42/46 with SPFBL's replies (its scripts), the quoted
		// Portuguese and French replies, and a stack trace's frames left
		// out of the length a short paste may have.
		recipients: 0.91, status: 0.95, high: 0.88, visible: 0.91, final: 0.95,
	},
	{
		dir: "forumsops",
		first: "2026-12-01, before any row was written for it: 31/36 recipients (86.1%), 23/23 status codes, 5/5 " +
			"high-confidence answers, visible text 31/36, final or retried 28/31; missed: a mailq listing of three " +
			"recipients refused for Comcast's PTR rule (read as no bounce), a list server's queue announcement " +
			"(given mailbox-not-found), Cyrus's \"250 2.1.5 ok\" on a bounced message (given delivered)",
		// Real bounces as mail administrators quote them on operators'
		// lists, newsgroups, blogs and hosts' pages, at most three from
		// one program or provider; written blind.
		// Since: the same.
		recipients: 0.86, status: 0.99, high: 0.99, visible: 0.86, final: 0.90,
	},
	{
		dir: "forumsapps",
		first: "2026-12-01, before any row was written for it: 40/51 recipients (78.4%), 32/33 status codes, 8/9 " +
			"high-confidence answers (Postfix's \"454 4.7.0 Temporary authentication failure\" given relay-denied), " +
			"visible text 40/51, final or retried 47/47; missed also: SES's \"Address blacklisted\" (its suppression " +
			"list), Exim's \"recipient address must contain a domain\", GMX's policy refusal in a log, Yahoo's " +
			"\"554 6.6.0\" in a question, SES's and SparkPost's unverified domains, cPanel's multi-line refusal",
		// Send failures as developers of applications that send mail
		// quote them in those applications' issue trackers (Django,
		// Laravel, Symfony, Rails, .NET, nodemailer, Gitea, Grafana,
		// Keycloak, Zammad and others); written blind.
		// Since: 42/51 with SES's old suppression reply and Exim's
		// unqualified address read as a wrong address; RFC 4954's
		// temporary authentication failure is read as the server's trouble
		// (medium, against the Ruby exception's name).
		recipients: 0.82, status: 0.96, high: 0.99, visible: 0.82, final: 0.99,
	},
	{
		dir: "forumsusers",
		first: "2026-12-01, before any row was written for it: 41/48 recipients (85.4%), 21/21 status codes, 14/14 " +
			"high-confidence answers, visible text 41/48, final or retried 42/43; missed: AOL's DYN:T1 (given " +
			"rate-limited), iCloud's CS01 (given blocklisted), BigPond's bare \"Message rejected\", a provider's " +
			"recipient limit per day, 1&1's \"invalid DNS MX\", K-9's cut-off error, BT's login error",
		// Bounces as ordinary users quote them in help communities,
		// apps' trackers and providers' help pages; written blind.
		// Since: 42/48 with 1&1's help page on its invalid-MX refusal; 43/48
		// with a provider's "limit of 400 rcpts per 24 hours" (Delta Chat's
		// tracker).
		recipients: 0.89, status: 0.99, high: 0.99, visible: 0.89, final: 0.97,
	},
	{
		dir: "forumshost",
		first: "2026-12-01, before any row was written for it: 26/31 recipients (83.9%), 18/18 status codes, 2/2 " +
			"high-confidence answers, visible text 26/31, final or retried 24/24; missed: two hosts' help texts " +
			"pasted by customers (read as bounces), a greylisting and queue-full paste with no recipient, a " +
			"\"Verification failed\" with no reason, a DreamHost policy refusal (given mailbox-not-found)",
		// Bounces as web-hosting customers meet them, from hosts' help
		// pages that quote them (GoDaddy, Bluehost, HostGator, DreamHost
		// and smaller hosts); written blind, smaller than asked (the
		// search tool's budget ran out).
		// No row was written for it (the search tool's budget was spent).
		recipients: 0.83, status: 0.99, high: 0.99, visible: 0.83, final: 0.99,
	},
	{
		dir: "forumsm365",
		first: "2026-12-01, before any row was written for it: 19/24 recipients (79.2%), 17/18 status codes, 7/7 " +
			"high-confidence answers, visible text 19/24, final or retried 20/20; missed: a Microsoft Learn " +
			"article and a status-code page pasted as if they were reports (read as bounces), Barracuda's " +
			"\"spoofed\", two help page's cut-off codes",
		// Exchange Online and hosted Exchange reports as administrators
		// and help pages quote them, and other providers' replies inside
		// them; written blind, smaller than asked (likewise).
		// No row was written for it (likewise).
		recipients: 0.79, status: 0.94, high: 0.99, visible: 0.79, final: 0.99,
	},
	{
		dir: "forumsblogs",
		first: "2026-12-01, before any row was written for it: 41/46 recipients (89.1%), 23/23 status codes, 8/9 " +
			"high-confidence answers (an office memo listing \"550 5.1.1 User unknown\" as an example, read as " +
			"that bounce), visible text 41/46, final or retried 40/41; missed also: a Chinese note about bounces, " +
			"a bare \"temporary failure\", sendmail's \"Can't create output\", Postfix's \"Client host rejected: " +
			"Access denied\" that a host explains as a login needed",
		// Bounces quoted in Japanese and Chinese technical blogs and hosts'
		// help notes; written blind.
		// No row was written for it (likewise).
		recipients: 0.89, status: 0.99, high: 0.88, visible: 0.89, final: 0.97,
	},
	{
		dir: "forumsraw",
		first: "2026-12-01, before any row was written for it: 38/46 recipients (82.6%), 25/29 status codes, 12/12 " +
			"high-confidence answers, visible text 38/46, final or retried 40/41; missed: OpenSMTPD's failures under " +
			"its success sentence (two, given delivered), Haraka's \"Too many failures (Tried all MXs)\", Google Groups' " +
			"quota of external recipients, Exchange Online's \"it didn't respond\", a Postal user's two providers on " +
			"one line, an application's reply (a look-alike)",
		// Whole bounces pasted into public bug trackers; written blind.
		recipients: 0.93, status: 0.86, high: 0.99, visible: 0.93, final: 0.97,
	},
	{
		dir: "forumslang2",
		first: "2026-12-01, before any row was written for it: 45/52 recipients (86.5%), 36/37 status codes, 15/16 " +
			"high-confidence answers (a help page's list of Chinese bounce keywords, read as a missing mailbox), " +
			"visible text 45/52, final or retried 45/47; missed also: Outlook's Portuguese relay errors (two), a " +
			"Russian host's refusal of an archive holding a program, Aruba's \"policy violation\" that its page " +
			"explains as too many messages, a Spanish host's bare \"550 permanent failure\", a German host's " +
			"note on sending limits (a look-alike)",
		// Bounces quoted in help forums, blogs and hosts' pages in eleven
		// languages other than English; written blind.
		recipients: 0.92, status: 0.97, high: 0.99, visible: 0.92, final: 0.95,
	},
	{
		dir: "forumsedu",
		first: "2026-12-01, before any row was written for it: 44/51 recipients (86.3%), 16/17 status codes, 7/7 " +
			"high-confidence answers, visible text 44/51, final or retried 45/46; missed: Barracuda's name in a " +
			"reply read as spam, AT&T's \"busy--Please try again later\", AOL's DYN:T1 (given rate-limited), an " +
			"Exchange sending limit with no words for it, Buffalo's and Castles' own refusals, an IT news item (a " +
			"look-alike)",
		// Bounces as universities', ISPs' and public bodies' help desks
		// quote them; written blind.
		recipients: 0.90, status: 0.94, high: 0.99, visible: 0.90, final: 0.97,
	},
	{
		dir: "forumsdev2",
		first: "2026-12-01, before any change made after reading it: 32/48 recipients (66.7%), 29/30 status codes, " +
			"3/3 high-confidence answers, visible text 32/48, final or retried 42/43; missed: applications' send errors " +
			"longer than a short paste (a Python traceback, Grafana's log lines, read as no bounce), six refusals " +
			"of a From address the login may not use (labelled sender-rejected; the engine's rows say relay-denied, " +
			"as SPEC's \"wrong From\" does, and Sisimai's Rejected.pm says sender), Mailspike named in a Mailgun " +
			"delivery status, Contact Form 7's failure message, Discourse's skipped-email log",
		// Send errors as developers quote them in applications' trackers and
		// forums; written blind.
		recipients: 0.75, status: 0.96, high: 0.99, visible: 0.75, final: 0.97,
	},
	{
		dir: "forumsadmin2",
		first: "2026-12-01, before any change made after reading it: 43/48 recipients (89.6%), 28/29 status codes, " +
			"7/7 high-confidence answers, visible text 43/48, final or retried 40/43; missed: MagicSpam's name read as " +
			"spam, an SBS report that names a recipient by display name, GFI MailEssentials' custom notice, IceWarp's " +
			"\"Permission denied\" for a login sending as another address",
		// Administrators' quotes in product and vendor forums, trackers and
		// knowledge bases; written blind.
		recipients: 0.91, status: 0.96, high: 0.99, visible: 0.91, final: 0.93,
	},
	{
		dir: "forumsconsumer",
		first: "2026-12-01, before any change made after reading it: 35/43 recipients (81.4%), 19/20 status codes, " +
			"4/5 high-confidence answers (EarthLink's autoresponder quoting its block message, read as the block), " +
			"visible text 36/43, final or retried 37/37; missed also: a person's \"On holiday\" above BT's \"Recipient " +
			"not authorised\" (read as an automatic reply), AT&T's \"net 006\", Spectrum's AUP#In-1010 and Cox's " +
			"AUP#CXSNDR as their code pages explain them, Yahoo's 5.7.9 as its help page explains it, a help text",
		// Bounces as ordinary people quote them in consumer help communities
		// and ISPs' forums; written blind.
		recipients: 0.83, status: 0.95, high: 0.80, visible: 0.86, final: 0.99,
	},
	{
		dir: "forumsclients",
		first: "2026-12-01, before any change made after reading it: 27/48 recipients (56.3%), 17/18 status codes, " +
			"5/6 high-confidence answers (Proton Bridge's \"no such user\" for the sending account, read as a missing " +
			"recipient), visible text 27/48, final or retried 35/43; missed also: mail programs' own alerts with no " +
			"server reply (iOS Mail's, in English and German; Super Mail's; Nextcloud Mail's \"Server error\"), " +
			"send errors about the login or sender read as the recipient's, a help page's list of codes",
		// The errors mail programs show, as people quote them; written blind.
		recipients: 0.60, status: 0.94, high: 0.80, visible: 0.60, final: 0.81,
	},
	{
		dir: "forumsmarketing",
		first: "2026-12-01, before any change made after reading it: 30/52 recipients (57.7%), 17/17 status codes, " +
			"5/5 high-confidence answers, visible text 30/52, final or retried 41/43; missed: marketing tools' own " +
			"status words with no server reply (\"Bounced\", \"Hard bounce list\", \"Suppressed - General " +
			"Bounce\", \"Dropped\"), their suppression notes, HubSpot's German timeline note, Brevo's Portuguese " +
			"reason, a greeting refusal the labeller reads as the server's trouble",
		// Bounces as marketers quote them from their sending tools' reports;
		// written blind. Its labels named one of the two addresses a
		// Constant Contact report lists with one reason; the second was given
		// the same label when the set was added (the first run read it as it
		// read the first, 30/52).
		recipients: 0.59, status: 0.99, high: 0.99, visible: 0.59, final: 0.95,
	},
	{
		dir: "forumsnordic",
		first: "2026-12-01, before any change made after reading it: 30/33 recipients (90.9%), 17/17 status codes, " +
			"10/10 high-confidence answers, visible text 30/33, final or retried 27/27; missed: Outlook Express's " +
			"Swedish relay errors (two), an Estonian registry's bare \"550 Message rejected\"",
		// Bounces quoted in thirteen languages the earlier sets barely held;
		// written blind.
		recipients: 0.96, status: 0.99, high: 0.99, visible: 0.96, final: 0.99,
	},
	{
		dir: "listbounces",
		first: "2026-12-01, before any change made after reading it: 16/19 recipients (84.2%), 7/7 status codes, " +
			"1/1 high-confidence answers, visible text 15/19, final or retried 14/15; missed: Debian's listmaster " +
			"notice of received bounces (no reason in it), qmail's ezmlm refusal of a crosspost, a LISTSERV error " +
			"report about a posting (a look-alike)",
		// Bounce notices that ended up in public mailing-list archives;
		// written blind (smaller than asked: few archives are stored).
		recipients: 0.84, status: 0.99, high: 0.99, visible: 0.78, final: 0.93,
	},
	{
		dir: "forumsraw2",
		first: "2026-12-01, before any change made after reading it: 46/50 recipients (92.0%), 38/39 status codes, " +
			"18/19 high-confidence answers (a worm's fake delivery failure that a gateway's virus notice wraps, read " +
			"as the virus filter's refusal), visible text 46/50, final or retried 40/40; missed also: a Postfix " +
			"notice's fourth address in a mixed list, IONOS's German \"Sender address is not allowed\", " +
			"hMailServer's notice template with its placeholders unfilled (a look-alike)",
		// Whole bounces pasted into applications' and servers' trackers;
		// written blind.
		recipients: 0.92, status: 0.97, high: 0.94, visible: 0.92, final: 0.99,
	},
	{
		dir: "l10nnotices",
		first: "2026-12-01, before any change made after reading it: 17/17 recipients (100%), 13/13 status codes, " +
			"7/7 high-confidence answers, visible text 17/17, final or retried 13/14 (a French Postfix delay " +
			"template pasted without its headers, read as final)",
		// Mail servers' own translated notice templates (Postfix's
		// bounce_template_file in Dutch and French, Yandex's, imail's
		// Chinese, amavisd-new's German); written blind, and small: few
		// translated templates could be found in public text.
		recipients: 0.94, status: 0.92, high: 0.85, visible: 0.94, final: 0.99,
	},
	{
		dir: "mtasuites",
		first: "2026-12-01, before any change made after reading it: 39/40 recipients (97.5%), 25/25 status codes, " +
			"4/4 high-confidence answers, visible text 39/40, final or retried 27/28; missed: James's " +
			"\"Socket exception: Can not connect\" (unknown), and a person's \"the mail stays in the queue\" " +
			"above spamdyke's 421 read as final (qmail's \"in the queue\" alone counted as giving up)",
		// Notices as mail servers' own test suites expect them (Exim's
		// test/mail, Postfix's bounce tests, Stalwart's, chasquid's,
		// James's, Haraka's, hMailServer's, Twisted's, nullmailer's and
		// spamdyke's); written blind.
		recipients: 0.95, status: 0.96, high: 0.75, visible: 0.95, final: 0.99,
	},
	{
		dir: "appfixtures",
		first: "2026-12-01, before any change made after reading it: 27/28 recipients (96.4%), 21/21 status codes, " +
			"13/13 high-confidence answers, visible text 26/28, final or retried 25/25; missed: Domino's German " +
			"\"nicht im Domino-Verzeichnis aufgeführt\" (unknown)",
		// Real notices that applications receiving mail keep as test
		// fixtures (Zammad, Discourse, Alaveteli, Odoo, CiviCRM, Chatwoot,
		// Schleuder, hitobito, EspoCRM); written blind.
		recipients: 0.96, status: 0.95, high: 0.92, visible: 0.92, final: 0.96,
	},
	{
		dir: "libfixtures",
		first: "2026-12-01, before any change made after reading it: 11/14 recipients (78.6%), 9/9 status codes, " +
			"7/7 high-confidence answers, visible text 11/14, final or retried 14/14; missed: a 1996 Post.Office " +
			"report's \"err.nosuchuser\" (whole and pasted), and Tiscali's notice pasted without its report, " +
			"guessed server-problem where it says nothing",
		// Real notices that mail libraries and clients keep as test data
		// (CPython's email tests, MimeKit, Delta Chat), each whole and
		// pasted; written blind, and small.
		recipients: 0.78, status: 0.88, high: 0.85, visible: 0.78, final: 0.92,
	},
	{
		dir: "filterfixtures",
		first: "2026-12-01, before any change made after reading it: 10/10 recipients, 7/7 status codes, " +
			"no high-confidence answer, visible text 9/10, final or retried 8/8",
		// Real notices kept as test data by a mail client and a message
		// processor (Carbonio's mails UI, EMDIS::ECS), and sendmail
		// warnings found in a list archive and a forum; written blind, and
		// small: spam filters' and mail readers' test data held few bounces.
		recipients: 0.9, status: 0.85, visible: 0.85, final: 0.87,
	},
	{
		dir: "mtasuites2",
		first: "2026-12-01, before any change made after reading it: 25/28 recipients (89.3%), 23/25 status codes, " +
			"11/11 high-confidence answers, visible text 26/28, final or retried 23/23; missed: mox's delay for a " +
			"server without SMTPUTF8 (server-problem), and two test placeholders labelled unknown (maddy's " +
			"\"you shall not pass\", read as a missing mailbox; an Exim pipe's output, read as the server's trouble)",
		// Notices as mox's, maddy's, Haraka's, ZoneMTA's, python-slimta's
		// and Exim's own code and tests write them; written blind.
		recipients: 0.89, status: 0.92, high: 0.9, visible: 0.89, final: 0.99,
	},
	{
		dir: "forumsrukr",
		first: "2026-12-01, before any change made after reading it: 30/40 recipients (75.0%), 27/27 status codes, " +
			"10/10 high-confidence answers, visible text 30/40, final or retried 33/34; missed: Selectel's \"550 bounced " +
			"check filter\" and \"501 from domain not trusted\", NAVER Cloud's SEND_BLOCK_ADDRESS (their documentation " +
			"is cited in rows since), Exim's \"previous (cached) callout verification failure\" (read as a missing " +
			"mailbox; the labeller says the sender's), Barracuda's cuda_nsu \"Policy Rejection- Abuse\", Outlook's " +
			"0x800CCC79 over a 553 \"not in my list of allowed hosts\", SES's \"Email address is not verified\", " +
			"SpaceWeb's mail() error, and Yandex's banner on a delivered message (a look-alike)",
		// Bounces as quoted in Russian and Korean providers' help pages,
		// help aggregators and blogs; written blind.
		recipients: 0.8, status: 0.96, high: 0.9, visible: 0.8, final: 0.97,
	},
	{
		dir: "forumseuro3",
		first: "2026-12-01, before any change made after reading it: 27/37 recipients (73.0%), 18/18 status codes, " +
			"10/10 high-confidence answers, visible text 27/37, final or retried 32/32; missed: short quotes with no " +
			"bounce's words around them (\"recipient address rejected\", \"La cuenta de correo electrónico no existe\", " +
			"\"You must specify a domain name\", \"tiempo de entrega vencido\", an app's \"Access denied\"), Roma Tre's " +
			"\"Disallowed Attach Type\" (its guide is cited in a row since), La Poste's LPN007_510 read as a content " +
			"filter, and three look-alikes read as bounces",
		// Bounces as quoted in German, French, Spanish, Portuguese and
		// Italian issue threads and help pages; written blind.
		recipients: 0.75, status: 0.94, high: 0.9, visible: 0.75, final: 0.99,
	},
	{
		dir: "forumsja2",
		first: "2026-12-01, before any change made after reading it: 38/45 recipients (84.4%), 31/31 status codes, " +
			"20/20 high-confidence answers, visible text 38/45, final or retried 37/38; missed: NIFCLOUD's mailbox " +
			"usage warning and a capacity notice (look-alikes), MailGates' \"Could not send mail for past 2.5 hours\", " +
			"Gmail's \"Illegal envelope To: address\" (rows from their pages since), a blogger's \"User unkown\", " +
			"iCloud's CS01 read as a block, and a POP-before-SMTP refusal read as the server's trouble",
		// Bounces as quoted in Japanese hosts' and ISPs' help pages and
		// blogs; written blind.
		recipients: 0.91, status: 0.99, high: 0.95, visible: 0.91, final: 0.99,
	},
	{
		dir: "forumszh2",
		first: "2026-12-01, before any change made after reading it: 36/45 recipients (80.0%), 23/24 status codes, " +
			"9/9 high-confidence answers, visible text 36/45, final or retried 37/37; missed: Exchange's Simplified " +
			"Chinese notice (\"向以下收件人或组传递邮件失败\", four group addresses; no public source of the wording " +
			"beyond the thread was found), a reseller's Chinese reasons (folder count limit, dormant account), a " +
			"qmail notice's second recipient, and two look-alikes",
		// Bounces as quoted in Chinese-language trackers, help pages and
		// blogs (mainland and Taiwan); written blind.
		recipients: 0.8, status: 0.95, high: 0.9, visible: 0.8, final: 0.99,
	},
	{
		dir: "forumsmideast",
		first: "2026-12-01, before any change made after reading it: 14/18 recipients (77.8%), 9/9 status codes, " +
			"5/5 high-confidence answers, visible text 14/18, final or retried 15/15; missed: a host's Persian custom " +
			"text for a missing address (whole and pasted), a bare \"554 email error\" and a bare \"the server " +
			"responded 550\"",
		// Bounces as quoted in Turkish, Persian, Arabic and Hebrew help
		// pages and blogs; written blind, and small: the stored pages held
		// few in these languages.
		recipients: 0.77, status: 0.88, high: 0.8, visible: 0.77, final: 0.93,
	},
	{
		dir: "forumsseasia",
		first: "2026-12-01, before any change made after reading it: 40/43 recipients (93.0%), 26/27 status codes, " +
			"16/16 high-confidence answers, visible text 40/43, final or retried 38/38; missed: a host's forwarding " +
			"policy notice (a look-alike), Outlook's \"550 No such user here\" that the page explains as a missing " +
			"SMTP login, and OpenSMTPD's maildir delay read as an unavailable mailbox",
		// Bounces as quoted in Vietnamese, Thai, Indonesian, Malay and
		// Filipino help pages and threads; written blind.
		recipients: 0.93, status: 0.96, high: 0.95, visible: 0.93, final: 0.99,
	},
	{
		dir: "forumssaas",
		first: "2026-12-01, before any change made after reading it: 24/45 recipients (53.3%), 19/19 status codes, " +
			"5/5 high-confidence answers, visible text 24/45, final or retried 36/37; missed mostly platforms' own " +
			"status words with no server reply (Jotform's bounce list, Freshdesk's drop list, Webflow's restricted " +
			"list, HubSpot's and Zendesk's flags: the address is suppressed), Klaviyo's, Zoho's and Salesforce's " +
			"tables of several contacts, and Mandrill's \"unsigned\"",
		// Bounces and bounce statuses as SaaS platforms show them to their
		// users (Jotform, Wix, HubSpot, Klaviyo, Zoho, Salesforce, Zendesk,
		// Google Forms add-ons), mostly from their help pages; written blind.
		recipients: 0.53, status: 0.99, high: 0.8, visible: 0.53, final: 0.97,
	},
	{
		dir: "forumsdevices",
		first: "2026-12-01, before any change made after reading it: 28/42 recipients (66.7%), 18/18 status codes, " +
			"12/12 high-confidence answers, visible text 28/42, final or retried 36/37; missed mostly devices' own " +
			"errors with no server reply (UniFi's \"test email failed\", Synology's \"Versand fehlgeschlagen\", " +
			"motionEye's, MikroTik's, an ESP32 library's), Acronis' Japanese messages, and GMX's sender refusal to " +
			"monit read as a missing mailbox",
		// Send errors of devices that send mail (firewalls, NAS, home
		// automation, printers and scanners, backup software), mostly as
		// quoted in their trackers; written blind.
		recipients: 0.66, status: 0.99, high: 0.9, visible: 0.66, final: 0.97,
	},
	{
		dir: "sendrules",
		first: "2026-12-01, before any change made after reading it: 36/40 recipients (90.0%), 36/36 status codes, " +
			"5/5 high-confidence answers, visible text 36/40, final or retried 34/34; missed: Gmail's 4.7.29 for mail " +
			"without TLS read as rate-limited, as its words say (\"Your email has been rate limited because this message " +
			"wasn't sent over a TLS connection\"; the labeller says policy-rejected), twice, Orange's OFR_505 read as " +
			"the server's trouble, and iCloud's CS01 read as a block",
		// Bounces and deferrals under the providers' 2024 sender rules
		// (Gmail, Yahoo, Microsoft, Apple, GMX/WEB.DE, Orange, Bluewin), as
		// quoted in trackers and help pages; written blind.
		recipients: 0.9, status: 0.99, high: 0.8, visible: 0.9, final: 0.99,
	},
	{
		dir: "dmarcblogs",
		first: "2026-12-01, before any change made after reading it: 40/41 recipients (97.6%), 28/28 status codes, " +
			"14/14 high-confidence answers, visible text 40/41, final or retried 36/36; missed: VIPRE's \"You cannot " +
			"say you are me\" read as a policy refusal (the labeller says the sender's address)",
		// Bounces as deliverability vendors' blogs and knowledge bases
		// quote them (Spam Resource, Validity, MxToolbox, Mailgun,
		// Postmark, SparkPost, SpamCop, Broadcom, VIPRE); written blind.
		recipients: 0.97, status: 0.99, high: 0.95, visible: 0.97, final: 0.99,
	},
	{
		dir: "archives",
		first: "2026-12-01, before any change made after reading it: 8/10 recipients (80.0%), 3/3 status codes, " +
			"1/1 high-confidence answers, visible text 8/10, final or retried 9/9; missed: Exchange 5.x's IMC " +
			"\"3902 Host Unknown\" under its generic \"The recipient name is not recognized\" read as no such " +
			"mailbox, and sendmail 8.6's \"Remote protocol error\" after a gateway's \"501 MAIL FROM: " +
			"unrecognized address\" read as the server's trouble",
		// Bounces as posted whole in public archives, primers and vendors'
		// knowledge bases of the 1990s and 2000s (sendmail, Exchange 5.x,
		// a Mailman list admin's Yahoo deferral); written blind, small: the
		// search tool holds few archived list posts.
		recipients: 0.9, status: 0.99, high: 0.99, visible: 0.9, final: 0.99,
	},
	{
		dir: "customndr",
		first: "2026-12-01, before any change made after reading it: 22/29 recipients (75.9%), 11/12 status codes, " +
			"2/2 high-confidence answers, visible text 21/29, final or retried 25/25; missed: two universities' news " +
			"items about their servers on blocklists read as blocklisting bounces, two list moderators' own letters " +
			"of refusal read as no bounce, a site's \"550 Joe is no longer here\" read as unknown, a spam filter's " +
			"own \"came from a site known to me as a spam site\" read as spam content, and, in a qmail notice of two " +
			"recipients, the second's \"Remote host said: 550 Access denied\" read as the notice's words and " +
			"outweighed by qmail's \"Giving up on\"",
		// Bounces whose text the receiving or sending site customised
		// (Exchange's and Microsoft 365's custom texts, sendmail's and
		// Exim's reject messages, qmail's bouncesaying, an ISP's "fail:"
		// aliases, list software and moderators, Sieve, filters); written
		// blind.
		recipients: 0.79, status: 0.9, high: 0.99, visible: 0.75, final: 0.99,
	},
	{
		dir: "multimta",
		first: "2026-12-01, before any change made after reading it: 45/47 recipients (95.7%), 46/47 status codes, " +
			"34/35 high-confidence answers, visible text 45/47, final or retried 20/20; missed: Oracle's Messaging " +
			"Server report, whose blocks put Action, Status and Diagnostic-Code above the recipient's Final-Recipient: " +
			"its first recipient, over its quota, took the second one's \"User unknown\" reply, high; and a pasted " +
			"Exchange 5.x notice naming its two recipients by display name only, read as one",
		// Notices naming two to four recipients, each with its own
		// reason, in the layout each program writes for several (Postfix,
		// Exim, sendmail, qmail, Courier, OpenSMTPD, Stalwart, hMailServer,
		// Oracle Messaging Server, Exchange, Microsoft 365); written blind.
		recipients: 0.97, status: 0.99, high: 0.99, visible: 0.97, final: 0.99,
	},
	{
		dir: "oldmta2",
		first: "2026-12-01, before any change made after reading it: 19/19 recipients, 13/13 status codes, " +
			"6/6 high-confidence answers, visible text 19/19, final or retried 14/15; missed: XMail's notice of a " +
			"temporary error (\"This is a temporary error and you do not have to resend the message\") read as final",
		// Notices of mail servers the corpus lacks, from their own source:
		// Citadel, Courier, OpenSMTPD, hMailServer, XMail, MailEnable;
		// written blind.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir: "dsnwriters",
		first: "2026-12-01, before any change made after reading it: 37/39 recipients (94.9%), 34/37 status codes, " +
			"19/20 high-confidence answers, visible text 37/39, final or retried 28/29; missed: maddy's report, which " +
			"writes each block in reverse (Remote-MTA and Diagnostic-Code above Final-Recipient): its first recipient " +
			"took the second one's \"Message size exceeds\", high; chasquid's notice, whose list of failed addresses " +
			"runs together on one line: its first recipient took the second one's DMARC refusal; and Stalwart's report " +
			"of one failed and one still delayed recipient read as retried (the labeller says final)",
		// Reports whose delivery-status part is written as each program's
		// own DSN writer writes it (Postfix, Exim, sendmail, mox, Stalwart,
		// OpenSMTPD, maddy, chasquid, Gmail, Exchange, Amazon SES,
		// hMailServer, Google Groups, Mailman); written blind.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.97, final: 0.96,
	},
	{
		dir: "multilang",
		first: "2026-12-01, before any change made after reading it: 34/35 recipients (97.1%), 34/34 status codes, " +
			"23/23 high-confidence answers, visible text 34/35, final or retried 17/17; missed: a colleague's French " +
			"reply about a bounce (\"RE : Non remis : ...\", the notice's words quoted) read as a bounce of unknown reason",
		// Notices of two recipients with different reasons in Dutch
		// (Postfix), Russian (Yandex, Exchange Online), French (Exchange
		// Online, Gmail) and German (Exchange); written blind.
		recipients: 0.97, status: 0.99, high: 0.99, visible: 0.97, final: 0.99,
	},
	{
		dir: "dsnwriters2",
		first: "2026-12-01, before any change made after reading it: 26/26 recipients, 24/24 status codes, " +
			"14/14 high-confidence answers, visible text 25/26, final or retried 16/16",
		// Reports as more programs' own DSN writers write them
		// (Archiveopteryx, OpenSMTPD, Haraka, Postal, Momentum, Exim with
		// its DSN information and SMTPUTF8, sendmail); written blind.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.96, final: 0.99,
	},
	{
		dir: "multimta2",
		first: "2026-12-01, before any change made after reading it: 11/12 recipients (91.7%), 11/12 status codes, " +
			"6/6 high-confidence answers, visible text 11/12, final or retried 5/5; missed: Exchange 2003's notice " +
			"naming its two recipients by display name alone, read as one recipient",
		// Notices of several recipients from Zimbra, Exchange 2003 and
		// Yahoo; written blind, small.
		recipients: 0.99, status: 0.99, high: 0.99, visible: 0.99, final: 0.99,
	},
	{
		dir: "exchangemulti",
		first: "2026-12-01, before any change made after reading it: 74/92 recipients (80.4%), 72/90 status codes, " +
			"52/61 high-confidence answers, visible text 63/92, final or retried 35/35; missed: Exchange's reports of " +
			"several recipients listed in another order than the notice's, where one was shown by display name or as " +
			"\"Name (address)\" and another by its bare address (each right, in the wrong place: nine wrong high " +
			"answers), two pastes of the diagnostic lines alone, 5.7.501's \"Spam abuse detected from IP range\" " +
			"read as spam content, \"530 5.7.1 Client was not authenticated\" from a group read as relaying, and two " +
			"look-alikes",
		// Exchange 2007 to 2019 and Microsoft 365 reports naming two to four
		// recipients, by display name, address or both, whole and pasted;
		// written blind.
		recipients: 0.93, status: 0.93, high: 0.99, visible: 0.93, final: 0.99,
	},
	{
		dir: "groupwaremulti",
		first: "2026-12-01, before any change made after reading it: 38/42 recipients (90.5%), 41/41 status codes, " +
			"17/17 high-confidence answers, visible text 38/42, final or retried 17/19; missed: GroupWise's notices " +
			"naming users by user ID alone (\"hgrant (User not on post office)\"), read as one recipient, a " +
			"colleague's reply about a Domino bounce read as one, and Citadel's and Messaging Server's delay " +
			"notices read as final",
		// Notices of several recipients from Domino, GroupWise, Citadel,
		// Apache James, MDaemon, Oracle Messaging Server and Zimbra;
		// written blind.
		recipients: 0.97, status: 0.99, high: 0.99, visible: 0.97, final: 0.99,
	},
	{
		dir: "providermulti",
		first: "2026-12-01, before any change made after reading it: 41/46 recipients (89.1%), 40/43 status codes, " +
			"21/21 high-confidence answers, visible text 41/46, final or retried 19/19; missed: Google Workspace's " +
			"two delay notices pasted together, whose first recipient is named only in Gmail's sentence (dropped), " +
			"Yahoo's [299] read as a block, an Outlook.com line read as unknown, and a look-alike",
		// Notices of two to four recipients from Gmail, Google Workspace,
		// Yahoo/AOL, iCloud, Mail.ru, Yandex, Outlook.com and MessageLabs;
		// written blind.
		recipients: 0.93, status: 0.93, high: 0.99, visible: 0.93, final: 0.99,
	},
	{
		dir: "pastedmulti",
		first: "2026-12-01, before any change made after reading it: 57/67 recipients (85.1%), 59/65 status codes, " +
			"30/32 high-confidence answers, visible text 57/67, final or retried 32/32; missed: two notices pasted " +
			"together whose second names its recipient only in its own sentence (dropped, twice), a person's closing " +
			"line (\"Ann's mailbox is full I guess\") taken for the last recipient's reason, a forwarded Exchange 2003 " +
			"notice, a quoted and wrapped Gmail pair, and two look-alikes",
		// Bounces of two or more recipients as people paste them (part of
		// the notice, quoted, wrapped, forwarded inline, with their own
		// lines), from fifteen programs; written blind.
		recipients: 0.85, status: 0.9, high: 0.93, visible: 0.85, final: 0.99,
	},
	{
		dir: "attempts",
		first: "2026-12-01, before any change made after reading it: 29/30 recipients (96.7%), 22/25 status codes, " +
			"11/11 high-confidence answers, visible text 29/30, final or retried 24/25; missed: Exchange Online's " +
			"\"550 5.4.300 Message expired -> 451 4.7.500 Server busy\" read as the expiry (server-problem), not " +
			"the last reply's throttling",
		// Notices in which one recipient has several attempts or replies
		// (MX fallbacks, retry histories, expiry chains, delay warnings),
		// from eleven programs; written blind.
		recipients: 0.95, status: 0.85, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "misleading",
		first: "2026-12-01, before any change made after reading it: 38/45 recipients (84.4%), 29/29 status codes, " +
			"22/23 high-confidence answers, visible text 37/45, final or retried 33/33; missed: two automatic replies " +
			"whose subject quotes a bounce's and whose text names failures (read as mailbox-full), three pasted " +
			"notices whose person's lines or pasted original outweighed the notice (a Gmail \"Address not found\" " +
			"read as mailbox-full at high confidence, from a pasted original's \"(552 5.2.2)\"), and two look-alikes " +
			"(a person's question, a helpdesk's reply) read as blocklisted at low confidence",
		// Bounces whose returned original, boilerplate or surrounding
		// words are about other failures, and look-alikes; written blind.
		recipients: 0.85, status: 0.95, high: 0.94, visible: 0.8, final: 0.95,
	},
	{
		dir: "banners",
		first: "2026-12-01, before any change made after reading it: 41/45 recipients (91.1%), 38/39 status codes, " +
			"23/23 high-confidence answers, visible text 42/45, final or retried 37/37; missed: Gmail's notice of a " +
			"disabled account pasted with the web page around it (its sentence \"couldn't be found\" outweighed the " +
			"reply under \"The response was:\"), iCloud's [CS01] (read as blocklisted, low), and two look-alikes",
		// Bounces inside the banners, tags, footers and screen chrome that
		// organisations and mail programs add; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "helpdesk2",
		first: "2026-12-01, before any change made after reading it: 37/39 recipients (94.9%), 30/30 status codes, " +
			"22/22 high-confidence answers, visible text 35/39, final or retried 32/32; missed: a Domino notice " +
			"forwarded by Gmail whose forwarded Subject names the failed recipient (the customer came out as a " +
			"recipient of unknown reason), and a forum question about SPF read as authentication-failed",
		// Bounces inside ticket notifications, customers' forwards, reply
		// threads and forum posts; written blind.
		recipients: 0.92, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "summaries",
		first: "2026-12-01, before any change made after reading it: 14/19 recipients (73.7%), 12/12 status codes, " +
			"6/6 high-confidence answers, visible text 14/19, final or retried 15/16; missed: four notices whose " +
			"summary of the returned message quotes a Subject naming another failure (\"Re: Your mailbox is full\", " +
			"\"Blacklist removal request\", \"Message too large?\"), and a person's question quoting a notice",
		// Notices that restate the returned message's Subject, To and Sent
		// (Exchange 4.0 to 2010, hMailServer, Domino); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.8, final: 0.9,
	},
	{
		dir: "intlpaste",
		first: "2026-12-01, before any change made after reading it: 45/46 recipients (97.8%), 31/31 status codes, " +
			"20/20 high-confidence answers, visible text 45/46, final or retried 38/38; missed: Onet's help table " +
			"(not a bounce) read as rate-limited",
		// Bounces as people paste them in Polish, Italian, Portuguese,
		// Dutch, Korean, Turkish and Czech; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "ambiguous",
		first: "2026-12-01, before any change made after reading it: 40/43 recipients (93.0%), 35/35 status codes, " +
			"1/2 high-confidence answers, visible text 40/43, final or retried 35/37; missed: a sendmail notice of two " +
			"recipients at one domain whose \"Access denied\" recipient took its neighbour's \"User unknown\" from " +
			"their shared transcript, IONOS's \"Reject due to policy restrictions\" at MAIL FROM read as " +
			"sender-rejected, and a pasted Microsoft help page (not a bounce)",
		// Generic and honestly ambiguous refusals, labelled with every
		// category a postmaster would accept; written blind.
		recipients: 0.9, status: 0.95, high: 0.5, visible: 0.9, final: 0.9,
	},
	{
		dir: "providers5",
		first: "2026-12-01, before any change made after reading it: 7/10 recipients (70.0%), 8/8 status codes, " +
			"no high-confidence answer, visible text 7/10, final or retried 9/9; missed, each at low confidence: " +
			"Sohu's \"550 Recipient reject\", Zoho's \"Unusual sending activity detected\" and \"Too many failures " +
			"for the recipient\"",
		// Refusals of providers earlier sets hold few of (Rackspace, Zoho,
		// 21CN, Sohu, Sina, Cable One); written blind.
		recipients: 0.7, status: 0.95,
		visible: 0.7, final: 0.95,
	},
	{
		dir: "replies2",
		first: "2026-12-01, before any change made after reading it: 37/41 recipients (90.2%), 28/28 status codes, " +
			"8/8 high-confidence answers, visible text 37/41, final or retried 37/37; missed: Barracuda's " +
			"\"550 permanent failure for one or more recipients (address:blocked)\" under Gmail's \"the remote " +
			"server is misconfigured\" read server-problem, Zoho's \"550 5.4.6 mail rate exceeded limit\" read " +
			"server-problem (the code's routing loop), a Chinese server's \"550 user is locked\" read " +
			"server-problem (low) and Selectel's \"501 from domain not trusted\" read relay-denied",
		// Receiving servers' and providers' replies from their published
		// error references, inside the notices of the sending MTAs; written
		// blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "retries2",
		first: "2026-12-01, before any change made after reading it: 30/31 recipients (96.8%), 23/23 status codes, " +
			"9/9 high-confidence answers, visible text 30/31, final or retried 26/26; missed: an IT desk's " +
			"announcement of delayed mail (not a bounce) read unknown",
		// Delay warnings and the final notices that end retrying, across
		// programs; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "clientviews",
		first: "2026-12-01, before any change made after reading it: 32/36 recipients (88.9%), 27/29 status codes, " +
			"16/16 high-confidence answers, visible text 32/36, final or retried 29/30; missed: Exim's delay " +
			"warning for \"450 4.7.1 ... Recipient address rejected: Service temporarily unavailable\" (its " +
			"raw message and its Thunderbird view) read mailbox-not-found, Apple Mail's copy of a sendmail " +
			"notice cut after the first recipient's report fields (the second recipient not found), and an " +
			"Outlook read receipt (labelled not a bounce) read delivered",
		// Bounces as mail programs show them and people copy them: Outlook's
		// rendering of foreign notices, Thunderbird, Apple Mail, Gmail's web
		// view, phone apps, webmail; written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "sendapi",
		first: "2026-12-01, before any change made after reading it: 11/21 recipients (52.4%), 4/4 status codes, " +
			"3/3 high-confidence answers, visible text 11/21, final or retried 15/15; missed: sending services' " +
			"API errors as developers paste them (SendGrid's \"Maximum credits exceeded\", Mandrill's " +
			"test-mode-limit and its reject_reason values, Postmark's ErrorCode 406 inactive recipients, " +
			"SparkPost's 1902 suppression, Brevo's \"SMTP account is not yet activated\") read not-a-bounce or " +
			"unknown, and Postmark's ErrorCode 300 for a missing body (not a bounce) read server-problem",
		// What developers paste when a sending service refuses: API error
		// responses, relay replies, framework exceptions; written blind.
		// 21/21 once a program's printed values and Ruby's frames count as
		// its lines, Mandrill's send results are read, an HTTP status is no
		// reply, and the services' sourced words are known.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "selfhosted2",
		first: "2026-12-01, before any change made after reading it: 5/5 recipients, 5/5 status codes, " +
			"no high-confidence answer, visible text 5/5, final or retried 5/5",
		// Replies of self-hosted stacks (iRedAPD, Stalwart's spam filter)
		// earlier sets lack; written blind, partial.
		recipients: 0.95, status: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "sendapi2",
		first: "2026-12-01, before any change made after reading it: 13/18 recipients (72.2%), 11/12 status codes, " +
			"3/3 high-confidence answers, visible text 13/18, final or retried 13/16; missed: Mailgun's sandbox " +
			"refusal (twice) and Mailjet's send-0008 unauthorised sender read not-a-bounce, Mailgun's \"recipient " +
			"limit exceeded\" read policy-rejected, ZeptoMail's \"Subject is Mandatory\" (a request error) read " +
			"content-filtered",
		// More sending services and mailbox APIs (Mailgun, Mailjet, Gmail's
		// sending limit, Microsoft Graph and SMTP AUTH, Google Workspace's
		// relay, ZeptoMail, Zoho); written blind while sendapi's misses were
		// being read, so its first score measures those changes unseen.
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.9, final: 0.8,
	},
	{
		dir: "msgformat",
		first: "2026-12-01, before any change made after reading it: 16/18 recipients (88.9%), 13/13 status codes, " +
			"4/4 high-confidence answers, visible text 16/18, final or retried 15/15; missed: an administrator's " +
			"announcement quoting sendmail's bare-LF option (not a bounce) read server-problem, chasquid's " +
			"\"invalid line ending\" read host-unknown",
		// Refusals of a message's form: RFC 5322 headers, bare LF, 8-bit
		// data, SMTPUTF8, long lines, pipelining; written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "orgpolicy",
		first: "2026-12-01, before any change made after reading it: 21/24 recipients (87.5%), 20/20 status codes, " +
			"15/15 high-confidence answers, visible text 21/24, final or retried 19/19; missed: Gmail's \"Message " +
			"rejected by Google Groups\" without its bulk-sender link read blocklisted, Gmail's bare \"Message " +
			"rejected\" with its help link read not-a-bounce, a colleague's advice about a restricted group read " +
			"policy-rejected",
		// Refusals by an organisation's own rules: Microsoft 365 restricted
		// groups and transport rules, Google Workspace rules; written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "calendar",
		first: "2026-12-01, before any change made after reading it: 25/25 recipients, 19/19 status codes, " +
			"16/16 high-confidence answers, visible text 25/25, final or retried 18/18",
		// Bounces of meeting invitations, updates and replies (the returned
		// message's Subject naming an invitation), and calendar replies that
		// are no bounce; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "senderprov",
		first: "2026-12-01, before any change made after reading it: 15/23 recipients (65.2%), 16/16 status codes, " +
			"6/6 high-confidence answers, visible text 15/23, final or retried 21/21; missed: the sender's own " +
			"provider blocking an account or tenant (Microsoft's OutboundSpamException read content-filtered, " +
			"5.7.705 read blocklisted, Zoho's \"Unusual sending activity\" read sender-rejected and " +
			"server-problem, all labelled policy-rejected|rate-limited), a host's \"exceeded your Outmail " +
			"quota\" read mailbox-full, a question about Gmail's limits read policy-rejected",
		// The sender's own provider refusing to send: Microsoft 365's
		// limits and blocks, Gmail's sending limit, Zoho, cPanel hosts'
		// hourly limits; written blind.
		recipients: 0.6, status: 0.95, high: 0.95, visible: 0.6, final: 0.95,
	},
	{
		dir: "idnaddr",
		first: "2026-12-01, before any change made after reading it: 14/15 recipients (93.3%), 11/11 status codes, " +
			"2/2 high-confidence answers, visible text 14/15, final or retried 13/13; missed: CPython smtplib's " +
			"SMTPNotSupportedError (no SMTPUTF8) read unknown",
		// Internationalised addresses and domains: IDN domains that do not
		// exist, non-ASCII local parts refused without SMTPUTF8; written
		// blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "dnsfail",
		first: "2026-12-01, before any change made after reading it: 21/26 recipients (80.8%), 19/19 status codes, " +
			"6/6 high-confidence answers, visible text 21/26, final or retried 20/21; missed: Gmail's SERVFAIL delay " +
			"and Postfix's \"Malformed or unexpected name server reply\" read host-unknown, Gmail's NOERROR (Null MX) " +
			"read mailbox-not-found, a Spanish Exchange notice that the domain does not exist read mailbox-not-found, " +
			"Exim's address test output (not a bounce) read server-problem",
		// DNS failures that say whether to retry: NXDOMAIN against SERVFAIL,
		// Null MX, lame and malformed answers; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "callouts",
		first: "2026-12-01, before any change made after reading it: 21/24 recipients (87.5%), 13/18 status codes, " +
			"9/9 high-confidence answers, visible text 21/24, final or retried 21/21; missed: an Exchange notice " +
			"quoting sendmail's \"Domain of sender address ... does not exist\" took the sender for a second " +
			"recipient and left the real one unknown, Haraka's \"Invalid bounce (spoofed sender)\" read unknown and " +
			"its \"too many recipients\" for a bounce read rate-limited",
		// Receiving servers checking the sender: callouts, unverified and
		// undeliverable senders, null-sender refusals; written blind.
		recipients: 0.9, status: 0.75, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "smsgw",
		first: "2026-12-01, before any change made after reading it: 24/25 recipients (96.0%), 10/10 status codes, " +
			"2/2 high-confidence answers, visible text 24/25, final or retried 20/20; missed: a carrier's " +
			"known-issue post (not a bounce) read content-filtered",
		// Email-to-SMS and MMS gateways of carriers and services; written
		// blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "authplatforms",
		first: "2026-12-01, before any change made after reading it: 14/18 recipients (77.8%), 8/8 status codes, " +
			"5/5 high-confidence answers, visible text 14/18, final or retried 15/15; missed: Amazon Cognito's " +
			"daily email limit and its CodeDeliveryFailureException read as no bounce, Keycloak's " +
			"NullPointerException for a missing setting (not a bounce) read unknown, Mastodon's EOFError read " +
			"as no bounce",
		// What sign-up and password-reset mail failures look like from
		// auth platforms (Supabase, Cognito, Keycloak, Mastodon, apps);
		// written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "attachblock",
		first: "2026-12-01, before any change made after reading it: 23/24 recipients (95.8%), 21/21 status codes, " +
			"3/4 high-confidence answers, visible text 23/24, final or retried 20/20; missed: a provider's help " +
			"page on blocked attachment types, pasted with a person's question (not a bounce), read " +
			"content-filtered with high confidence",
		// Refusals of an attachment's type: Gmail, Exchange's attachment
		// filter, Exim and rspamd rules, amavisd's banned files; written
		// blind.
		recipients: 0.95, status: 0.95, high: 0.75, visible: 0.95, final: 0.95,
	},
	{
		dir: "mixedoutcome",
		first: "2026-12-01, before any change made after reading it: 20/21 recipients (95.2%), 14/14 status codes, " +
			"13/13 high-confidence answers, visible text 20/21, final or retried 13/13; missed: the second " +
			"recipient of an Exchange delivery receipt, listed as \"Name (address)\"",
		// Reports whose recipients had different outcomes: delivered,
		// relayed, expanded, delayed and failed in one notice; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "encryptgw",
		first: "2026-12-01, before any change made after reading it: 10/10 recipients, 6/6 status codes, " +
			"2/2 high-confidence answers, visible text 10/10, final or retried 6/7",
		// TLS and encryption required by partners (Postini, Exchange Online
		// connectors, SendGrid's enforced TLS) and encrypted-message
		// notifications that are no bounce; written blind, partial.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.85,
	},
	{
		dir: "delegation",
		first: "2026-12-01, before any change made after reading it: 15/15 recipients, 15/15 status codes, " +
			"5/5 high-confidence answers, visible text 15/15, final or retried 13/13",
		// Who may send as whom: Microsoft 365's SendAsDenied and 5.7.60,
		// Postfix's "not owned by user"; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "savedcopy",
		first: "2026-12-01, before any change made after reading it: 7/13 recipients (53.8%), 5/5 status codes, " +
			"4/7 high-confidence answers, visible text 7/13, final or retried 4/4; missed: the reader's own " +
			"mailbox over quota when the sent copy is saved (IMAP's NO [OVERQUOTA], Thunderbird's IMAP alert, " +
			"Open-Xchange's \"sent, but a copy was not placed in your sent folder\", a German quota message) read " +
			"as a full mailbox, three with high confidence",
		// Errors around sending that are no bounce (the sent copy not
		// saved, the reader's own mailbox over quota) and real refusals
		// beside them; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "noreply",
		first: "2026-12-01, before any change made after reading it: 25/27 recipients (92.6%), 16/16 status codes, " +
			"16/16 high-confidence answers, visible text 23/27, final or retried 19/19; missed: a pasted \"mailbox " +
			"isn't monitored\" automatic reply read as no bounce, a refused automatic reply to an Amazon SES return " +
			"address read content-filtered",
		// Replies to no-reply and unmonitored addresses: their bounces and
		// automatic replies; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "movedaway",
		first: "2026-12-01, before any change made after reading it: 22/26 recipients (84.6%), 21/21 status codes, " +
			"9/9 high-confidence answers, visible text 20/26, final or retried 20/20; missed: Exim's \"Gone away, no " +
			"forwarding address\" and a swaks transcript's \"551 User not local; please try\" read unknown, an Exim " +
			"delay over \"421 4.3.2 Service not available\" read blocklisted, Exchange's MailboxSoftDeleted after a " +
			"move read unknown",
		// Recipients who moved: migrations between providers and tenants,
		// RFC 5321's 551, Postfix's relocated table; written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "moderation",
		first: "2026-12-01, before any change made after reading it: 25/27 recipients (92.6%), 8/9 status codes, " +
			"1/1 high-confidence answers, visible text 25/27, final or retried 17/17; missed: an Exchange approval " +
			"request that expired (5.2.1 APPROVAL.ExpiredRequest, written from memory) read server-problem, a French " +
			"Sympa rejection written from memory read as no bounce",
		// Mail to moderated recipients and lists: Exchange's moderation,
		// Google Groups, Mailman 2 and 3, Sympa, LISTSERV, Groups.io,
		// Discourse; held notices that are no bounce; written blind.
		recipients: 0.9, status: 0.85, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "appinbound",
		first: "2026-12-01, before any change made after reading it: 16/22 recipients (72.7%), 12/12 status codes, " +
			"4/6 high-confidence answers, visible text 17/22, final or retried 17/17; missed: a Google group that " +
			"\"does not accept mail from senders outside the organization\" read host-unknown, Google Groups' " +
			"bulk-sender refusal read blocklisted, a disabled Slack channel address read unknown, a Zendesk " +
			"suspended-ticket view read server-problem, GitHub's and Jira's refusals of a reply by email (written " +
			"from memory) read as automatic replies with high confidence",
		// Mail sent into applications and group addresses: Slack, Teams
		// channels, Microsoft 365 groups, Google Groups, Trello, Jira,
		// GitHub, help desks; written blind.
		recipients: 0.75, status: 0.95, high: 0.65, visible: 0.8, final: 0.95,
	},
	{
		dir: "devicemail",
		first: "2026-12-01, before any change made after reading it: 17/22 recipients (77.3%), 13/15 status codes, " +
			"8/8 high-confidence answers, visible text 17/22, final or retried 17/17; missed: three devices' " +
			"test-mail errors (a recorder's \"Connecting to the server failed\", iDRAC's RAC0225, Synology's error " +
			"9091) read as no bounce, a Synology test message read server-problem, a copier's syslog \"[550]\" read " +
			"server-problem",
		// Scan-to-email, NAS, UPS, iDRAC and camera alerts failing, and the
		// receiving side's refusals of such devices' mail; written blind.
		recipients: 0.75, status: 0.85, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "postmastercopy",
		first: "2026-12-01, before any change made after reading it: 21/23 recipients (91.3%), 19/19 status codes, " +
			"14/14 high-confidence answers, visible text 21/23, final or retried 17/17; missed: a pflogsumm summary " +
			"read mailbox-not-found, a question about Postfix's notify_classes read policy-rejected",
		// What the postmaster receives: Postfix's postmaster copies and
		// notifies, double bounces, sendmail's and Exim's notices, qmail's
		// double bounces, Exchange's NDR copies; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "localmta",
		first: "2026-12-01, before any change made after reading it: 18/25 recipients (72.0%), 8/9 status codes, " +
			"5/5 high-confidence answers, visible text 17/25, final or retried 17/22; missed: Postfix's postdrop and " +
			"sendmail errors (public/pickup, maildrop permission, no recipient addresses), ssmtp's \"Cannot open " +
			"mailhub\", nullmailer's \"Envelope sender address is invalid\" and cron's \"No MTA installed\" read as no " +
			"bounce, PHPMailer's \"Could not instantiate mail function\" read mailbox-not-found",
		// Local submission failing on servers and developer machines:
		// postdrop, exim -t, ssmtp, msmtp, nullmailer, dma, OpenSMTPD, PHP,
		// cron, local bounces; written blind. 20/25 with PHPMailer's
		// "Could not instantiate mail function" and ssmtp's "Cannot open"
		// as sendmail read from their sources.
		recipients: 0.8, status: 0.85, high: 0.95, visible: 0.75, final: 0.75,
	},
	{
		dir: "quarantine",
		first: "2026-12-01, before any change made after reading it: 16/19 recipients (84.2%), 10/10 status codes, " +
			"2/2 high-confidence answers, visible text 17/19, final or retried 11/11; missed: Microsoft 365's " +
			"quarantine notification pasted read content-filtered, Mimecast's held-for-review notice (written from " +
			"memory) read content-filtered, Proofpoint's digest read unknown",
		// Mail held or quarantined beside real refusals by the same
		// gateways: Microsoft 365, Mimecast, Proofpoint, Barracuda, Cisco,
		// Sophos, Trend Micro; written blind. 18/19 with Microsoft 365's
		// notification and Proofpoint's digest links known.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "bulkrules",
		first: "2026-12-01, before any change made after reading it: 20/21 recipients (95.2%), 17/17 status codes, " +
			"2/2 high-confidence answers, visible text 19/21, final or retried 16/16; missed: Gmail's 4.7.23 PTR " +
			"reply in an Exim log line (its line breaks written as \\n) read rate-limited",
		// Large providers' sender requirements of 2024 and 2025: Gmail,
		// Yahoo and AOL, Outlook.com's 5.7.515, iCloud, GMX; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "ipv6mail",
		first: "2026-12-01, before any change made after reading it: 17/18 recipients (94.4%), 13/13 status codes, " +
			"6/6 high-confidence answers, visible text 17/18, final or retried 15/15; missed: an IT announcement " +
			"about sending over IPv6 read authentication-failed (low)",
		// Failures of sending over IPv6: Gmail's IPv6 PTR and
		// authentication rules, unreachable IPv6 routes, IPv6 addresses on
		// blocklists; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "esppanels",
		first: "2026-12-01, before any change made after reading it: 21/27 recipients (77.8%), 15/17 status codes, " +
			"12/12 high-confidence answers, visible text 21/27, final or retried 20/21; missed: Constant Contact's " +
			"report categories (\"Non-existent\" read as no bounce, \"Undeliverable\" policy-rejected, \"Suspended\" " +
			"mailbox-unavailable), Brevo's \"The contact is blocklisted\" read blocklisted, Klaviyo's \"Marked Email " +
			"as Spam\" read content-filtered and its \"Skipped: Suppressed\" read as no bounce (layouts written from " +
			"memory)",
		// What marketers see in sending services' dashboards and exports:
		// Mailchimp, Constant Contact, Brevo, Klaviyo, HubSpot, Campaign
		// Monitor, MailerLite, ActiveCampaign, Mailjet; written blind.
		recipients: 0.75, status: 0.85, high: 0.95, visible: 0.75, final: 0.9,
	},
	{
		dir: "webforms",
		first: "2026-12-01, before any change made after reading it: 18/24 recipients (75.0%), 10/10 status codes, " +
			"7/7 high-confidence answers, visible text 18/24, final or retried 19/19; missed: PHPMailer's \"Could not " +
			"instantiate mail function\" in WordPress and Joomla and Drupal's \"Unable to send e-mail\" read as no " +
			"bounce, Gravity Forms' notification failure read as no bounce, FluentSMTP's bare \"data not accepted\" " +
			"read server-problem, Amazon SES's \"Email address is not verified\" read relay-denied",
		// Mail from websites and web applications: WordPress and its SMTP
		// and form plugins, Drupal, Joomla, Laravel, Django, Rails; written
		// blind. 22/24 with PHPMailer's mail() failure (read from its
		// source for localmta) and Drupal's mail manager.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "mailloops",
		first: "2026-12-01, before any change made after reading it: 22/25 recipients (88.0%), 16/16 status codes, " +
			"16/16 high-confidence answers, visible text 21/25, final or retried 20/20; missed: a Dovecot Sieve log " +
			"of a redirect loop and an administrator's note about a loop read server-problem, a suppressed vacation " +
			"reply read as an automatic reply",
		// Mail loops and hop limits: Postfix, sendmail, Exim, qmail,
		// Exchange's 5.4.14, Microsoft 365, Haraka, Courier; written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "dkimsig",
		first: "2026-12-01, before any change made after reading it: 20/20 recipients, 16/16 status codes, " +
			"4/4 high-confidence answers, visible text 20/20, final or retried 16/16",
		// DKIM signatures that do not verify, SPF PermError and TempError,
		// DMARC refusals naming the failed check; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "smtpauth",
		first: "2026-12-01, before any change made after reading it: 22/25 recipients (88.0%), 15/16 status codes, " +
			"6/6 high-confidence answers, visible text 22/25, final or retried 22/22; missed: a Dovecot auth log " +
			"read mailbox-not-found, Thunderbird's and Apple Mail's sending dialogs over a refused login (written " +
			"from memory) read as no bounce",
		// A person's own mail program or app refused when it logs in to
		// send: Gmail, Microsoft 365, Yahoo, Zoho, Fastmail, Postfix's
		// SASL, Exim, Dovecot, mail programs' dialogs; written blind.
		recipients: 0.85, status: 0.9, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "recipientlimits",
		first: "2026-12-01, before any change made after reading it: 16/21 recipients (76.2%), 15/16 status codes, " +
			"4/4 high-confidence answers, visible text 16/21, final or retried 16/16; missed: a Postfix log of two " +
			"delivered recipients and one deferred one (the first, delivered, scored against the deferred one's " +
			"label), an Exim notice of two recipients over \"452 too many recipients: retry timeout exceeded\" read " +
			"server-problem, Yahoo's daily limit in its web page read as no bounce, an IT announcement of new " +
			"limits read rate-limited",
		// Too many recipients: per-message limits (452 4.5.3, 5.5.3),
		// daily recipient limits of providers; written blind. The Postfix
		// log's label named only its deferred recipient; its two delivered
		// ones were added after the first run: 19/23 since.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "sizelimits",
		first: "2026-12-01, before any change made after reading it: 23/24 recipients (95.8%), 18/18 status codes, " +
			"17/17 high-confidence answers, visible text 23/24, final or retried 19/19; missed: an IT notice quoting " +
			"an NDR's size wording read message-too-large",
		// Messages refused for size: Postfix, Exim, sendmail, qmail,
		// Exchange, Gmail, Yahoo, iCloud, mail programs; written blind.
		// One label widened on 2026-12-02: Outlook's own refusal of a large
		// attachment takes message-too-large too, as round 91's size2nd
		// labelled the same dialog.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "fullboxes",
		first: "2026-12-01, before any change made after reading it: 20/22 recipients (90.9%), 18/18 status codes, " +
			"15/15 high-confidence answers, visible text 20/22, final or retried 17/17; missed: macOS Server's " +
			"quota warning to the mailbox's owner and Google's \"Your storage is full\" (written from memory) read " +
			"mailbox-full",
		// Full mailboxes and quotas: Dovecot, Cyrus, Courier, Zimbra,
		// Exchange, Gmail, Yahoo, iCloud, GMX and web.de, Orange; written
		// blind. 21/22 with macOS Server's quota warning read from its
		// script.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "notfound20",
		first: "2026-12-01, before any change made after reading it: 28/30 recipients (93.3%), 18/18 status codes, " +
			"15/15 high-confidence answers, visible text 28/30, final or retried 27/27; missed: an address-book sync " +
			"error and a webmail login page's \"user unknown\" read mailbox-not-found",
		// "The address does not exist" as twenty-odd servers and providers
		// word it; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "hostunknown20",
		first: "2026-12-01, before any change made after reading it: 21/22 recipients (95.5%), 15/15 status codes, " +
			"7/7 high-confidence answers, visible text 21/22, final or retried 18/19; missed: a registrar's " +
			"domain-expiry reminder read host-unknown",
		// "The domain does not exist or takes no mail" across servers, Null
		// MX, and temporary DNS failures still retried; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.9,
	},
	{
		dir: "spamblocks20",
		first: "2026-12-01, before any change made after reading it: 25/27 recipients (92.6%), 22/22 status codes, " +
			"8/9 high-confidence answers, visible text 24/27, final or retried 23/23; missed: Mimecast's \"Email " +
			"rejected due to security policies\" read policy-rejected, a Spamhaus removal confirmation quoting " +
			"\"blocked using zen.spamhaus.org\" read blocklisted with high confidence",
		// Spam refusals and blocklistings side by side across lists,
		// providers and gateways; written blind.
		recipients: 0.9, status: 0.95, high: 0.85, visible: 0.85, final: 0.95,
	},
	{
		dir: "disabled20",
		first: "2026-12-01, before any change made after reading it: 23/25 recipients (92.0%), 19/19 status codes, " +
			"10/11 high-confidence answers, visible text 23/25, final or retried 19/19; missed: a sender's own " +
			"account disabled (535 5.7.13, RFC 5248's X.7.13 read as the recipient's, as the knowledge's row says " +
			"bounces use it) read mailbox-unavailable, a hosting provider's suspension notice to the account's " +
			"owner quoting \"mailbox disabled\" read mailbox-unavailable with high confidence",
		// Accounts that exist but are disabled, suspended or inactive,
		// across providers and servers; written blind.
		recipients: 0.9, status: 0.95, high: 0.9, visible: 0.9, final: 0.95,
	},
	{
		dir: "pastedchat",
		first: "2026-12-01, before any change made after reading it: 17/20 recipients (85.0%), 16/16 status codes, " +
			"15/15 high-confidence answers, visible text 17/20, final or retried 15/15; missed: three look-alikes (a " +
			"chat thread about bounces in general, a question with nothing pasted, a Slack digest) read as failures",
		// Bounces pasted into chat and ticket tools: Slack, Teams, GitHub,
		// Discord, Matrix, Jira, WhatsApp; written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "ownwords",
		first: "2026-12-01, before any change made after reading it: 20/24 recipients (83.3%), 16/16 status codes, " +
			"15/15 high-confidence answers, visible text 20/24, final or retried 20/20; missed: \"blocked by their " +
			"firewall\" read blocklisted, \"keeps saying delivery delayed\" read server-problem, an address with " +
			"Exim's \"Unrouteable address\" read as no bounce, a phishing \"pending messages\" lure read " +
			"content-filtered",
		// Tickets where the customer describes the bounce in their own
		// words, with at most a fragment of it; written blind. 21/24 with
		// Exim's "Unrouteable address" read as a failure line.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "ocrscreens",
		first: "2026-12-01, before any change made after reading it: 21/25 recipients (84.0%), 16/19 status codes, " +
			"12/12 high-confidence answers, visible text 21/25, final or retried 19/19; missed: two two-recipient " +
			"notices whose addresses OCR damaged (\"exarnple\"), read with one recipient, and an OCR'd \"Delivered:\" " +
			"receipt read as no bounce",
		// Bounces recovered from screenshots by OCR (simulated damage over
		// real wording); written blind. One label's two status codes for
		// one recipient were cut to the first after the first run.
		recipients: 0.8, status: 0.85, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "translatedndr",
		first: "2026-12-01, before any change made after reading it: 23/25 recipients (92.0%), 16/16 status codes, " +
			"15/16 high-confidence answers, visible text 23/25, final or retried 19/19; missed: a Spanish quota " +
			"phishing lure machine-translated read mailbox-full with high confidence, Outlook's Polish send error " +
			"0x80042109 translated read server-problem",
		// Non-English bounces run through a machine translator and pasted
		// in English (simulated translations of localised templates);
		// written blind.
		recipients: 0.9, status: 0.95, high: 0.9, visible: 0.9, final: 0.95,
	},
	{
		dir: "bounceinbounce",
		first: "2026-12-01, before any change made after reading it: 20/20 recipients, 16/16 status codes, " +
			"14/14 high-confidence answers, visible text 15/20, final or retried 16/16",
		// Bounces in unusual structures: forwarded as attachments or
		// inline, inside tickets and Mailman notices, base64 and
		// quoted-printable parts, RFC 6533 reports, other charsets;
		// written blind. The visible text loses what only an attachment
		// shows.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "euisp4",
		first: "2026-12-01, before any change made after reading it: 18/19 recipients (94.7%), 14/14 status codes, " +
			"11/11 high-confidence answers, visible text 18/19, final or retried 14/14; missed: Libero's help page " +
			"read mailbox-not-found",
		// European consumer providers: Orange, Free, T-Online, Interia,
		// Libero, Seznam, Telenet; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "amisp",
		first: "2026-12-01, before any change made after reading it: 20/21 recipients (95.2%), 14/14 status codes, " +
			"8/8 high-confidence answers, visible text 20/21, final or retried 15/17; missed: Cox's older \"Error " +
			"Code: CXBL\" read policy-rejected",
		// Providers in the Americas: Comcast, Cox, AT&T and BellSouth,
		// Yahoo, AOL and Verizon, Rogers, Telus, UOL, Movistar; written
		// blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.85,
	},
	{
		dir: "gateways3",
		first: "2026-12-01, before any change made after reading it: 16/18 recipients (88.9%), 16/16 status codes, " +
			"8/8 high-confidence answers, visible text 17/18, final or retried 14/14; missed: Proxmox's spam report " +
			"and Sophos UTM's quarantine report (layouts written from memory) read as failures",
		// Less common mail security gateways: MailChannels, Trend Micro,
		// Symantec and MessageLabs, Sophos, FortiMail, Proxmox; written
		// blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "gmailvariants",
		first: "2026-12-01, before any change made after reading it: 25/27 recipients (92.6%), 20/20 status codes, " +
			"12/12 high-confidence answers, visible text 25/27, final or retried 22/22; missed: a phishing mail " +
			"imitating a \"messages held\" notice read content-filtered, a forum question about delay notices read " +
			"server-problem",
		// The shapes of Gmail's notices: address not found, blocked,
		// rejected, inbox full, delivery incomplete, Workspace, other
		// languages; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "m365variants",
		first: "2026-12-01, before any change made after reading it: 25/26 recipients (96.2%), 23/23 status codes, " +
			"17/17 high-confidence answers, visible text 25/26, final or retried 22/22; missed: a phishing " +
			"\"Undeliverable\" imitation read unknown",
		// The shapes of Microsoft 365's and Outlook.com's NDRs, new and
		// old layouts, other languages; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "yahoovariants",
		first: "2026-12-01, before any change made after reading it: 19/22 recipients (86.4%), 13/13 status codes, " +
			"6/6 high-confidence answers, visible text 19/22, final or retried 18/18; missed: Yahoo's 554 5.7.9 " +
			"for DMARC and for a sender domain that does not resolve read policy-rejected, AOL's CON:B1 read " +
			"rate-limited",
		// Yahoo's, AOL's and Verizon's notices and replies; written
		// blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "privacyproviders",
		first: "2026-12-01, before any change made after reading it: 17/21 recipients (81.0%), 14/14 status codes, " +
			"4/4 high-confidence answers, visible text 17/21, final or retried 16/16; missed: iCloud's [CS01] read " +
			"blocklisted, a WEB.DE \"insufficient system storage ... mailbox full\" delay read server-problem, " +
			"Zoho's \"Malformed answer\" delay and its storage warning read content-filtered",
		// iCloud, Proton, Fastmail, Zoho, GMX and WEB.DE, Yandex,
		// Mail.ru: their own notices and their servers' replies; written
		// blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "relay20",
		first: "2026-12-02, before any change made after reading it: 25/28 recipients (89.3%), 18/19 status codes, " +
			"5/5 high-confidence answers, visible text 25/28, final or retried 23/23; missed: an OVH outbound " +
			"qmail \"isn't allowed to be relayed thru this MTA\" read policy-rejected, a Haraka disconnect log " +
			"line read blocklisted for its rdns= field, a security team's note about relay denials read relay-" +
			"denied",
		// Relay refusals as about twenty servers word them (Postfix, Exim, Sendmail, qmail, Exchange,
		// Microsoft 365, Google's SMTP relay, MDaemon, hMailServer, Kerio, Domino, Courier, Haraka,
		// OpenSMTPD, CommuniGate, IMail); written blind.
		recipients: 0.85, status: 0.9, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "ratelimit20",
		first: "2026-12-02, before any change made after reading it: 17/20 recipients (85.0%), 14/14 status codes, " +
			"4/5 high-confidence answers, visible text 17/20, final or retried 15/17; missed: Exim's \"450 Sender" +
			" rate exceeds 100 messages per 1h\" read mailbox-unavailable, a question quoting an Exim ratelimit " +
			"ACL read rate-limited (high), Zimbra's cbpolicyd \"Too many messages from sender in last 60\" read " +
			"sender-rejected",
		// Volume and connection limits as about twenty servers and providers word them (Postfix, Exim,
		// Sendmail, Gmail, Yahoo, Microsoft 365, Outlook.com, QQ, rspamd, Mailu, cbpolicyd); written blind.
		recipients: 0.85, status: 0.95, high: 0.75, visible: 0.85, final: 0.85,
	},
	{
		dir: "content20",
		first: "2026-12-02, before any change made after reading it: 23/26 recipients (88.5%), 15/15 status codes, " +
			"1/1 high-confidence answers, visible text 23/26, final or retried 22/22; missed: rspamd's " +
			"\"Forbidden attachment name extension\" read policy-rejected, a quarantine digest written from " +
			"memory read as a failure of its three held senders, a question about SpamAssassin headers read " +
			"blocklisted for RDNS_NONE",
		// Content refusals (spam scores, viruses, attachment types, malformed messages) as filters and
		// providers word them (Amavis, rspamd, SpamAssassin, ClamAV, Gmail, Yahoo, Yandex, Mail.ru,
		// MessageLabs, Mimecast, Barracuda, Halon); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "timeouts20",
		first: "2026-12-02, before any change made after reading it: 26/29 recipients (89.7%), 20/21 status codes, " +
			"13/13 high-confidence answers, visible text 26/29, final or retried 22/23; missed: Domino's \"Remote" +
			" system no longer responding\" read unknown, a provider's status page and Thunderbird's send timeout" +
			" read server-problem (labelled not a bounce)",
		// Servers and networks in trouble: timeouts, refused connections, TLS failures, local errors
		// and expired queues, as MTAs and providers word them; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "senderrej20",
		first: "2026-12-02, before any change made after reading it: 20/23 recipients (87.0%), 13/13 status codes, " +
			"11/11 high-confidence answers, visible text 20/23, final or retried 19/19; missed: Postfix's " +
			"\"Sender address rejected: not owned by user\" read relay-denied (the knowledge's reading of " +
			"reject_sender_login_mismatch), a sending service's sender-verification mail read sender-rejected, a " +
			"question about Postfix's sender restrictions read mailbox-unavailable",
		// The sender's own address or domain refused (sender verification, unknown sender domains,
		// login mismatches, block lists of senders) across MTAs and providers; written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "greylist20",
		first: "2026-12-02, before any change made after reading it: 15/16 recipients (93.8%), 13/13 status codes, " +
			"2/2 high-confidence answers, visible text 15/16, final or retried 13/13; missed: an IT announcement " +
			"about greylisting read policy-rejected",
		// Greylisting and other temporary refusals of new senders (postgrey, milter-greylist, Exim
		// greylist ACLs, rspamd, Stalwart, OpenBSD spamd) and the delay notices they cause; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "delayed20",
		first: "2026-12-02, before any change made after reading it: 24/27 recipients (88.9%), 19/21 status codes, " +
			"14/14 high-confidence answers, visible text 24/27, final or retried 22/23; missed: Exchange 2003's " +
			"delay notice with no reason read server-problem (labelled unknown), a PowerMTA accounting line with " +
			"Yahoo's TSS04 read policy-rejected from its \"(delivery not authorized)\" gloss, a shop's \"your " +
			"order has been delayed\" read as a delay",
		// Delay warnings beside the final notices of the same software (Postfix, Exim, Sendmail, qmail,
		// Exchange, Microsoft 365, Gmail, Courier, OpenSMTPD, SES, PowerMTA, hMailServer); written blind.
		recipients: 0.85, status: 0.9, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "policy20",
		first: "2026-12-02, before any change made after reading it: 18/20 recipients (90.0%), 14/14 status codes, " +
			"4/4 high-confidence answers, visible text 17/20, final or retried 16/16; missed: GMX's \"Reject due " +
			"to policy restrictions\" under \"mailbox unavailable\" read mailbox-not-found, an IT announcement " +
			"about a group restricted to internal senders read policy-rejected",
		// Refusals by a local policy or rule (access lists, administrative prohibitions, groups open
		// to internal or authenticated senders, transport rules) across MTAs and providers; written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "m365connectors",
		first: "2026-12-02, before any change made after reading it: 20/23 recipients (87.0%), 20/21 status codes, " +
			"10/10 high-confidence answers, visible text 20/23, final or retried 19/19; missed: a connector " +
			"validation result and a forum question quoting TenantAttribution read as failures, a message trace " +
			"showing \"Delivered\" read as no bounce (labelled delivered)",
		// Microsoft 365 and hybrid Exchange: connectors, tenants and routing (5.7.64
		// TenantAttribution, ATTR36, 5.7.750, 5.4.316, 5.4.1, 5.4.14, 5.1.90, 5.7.606); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "gworkspace",
		first: "2026-12-02, before any change made after reading it: 23/24 recipients (95.8%), 21/21 status codes, " +
			"7/7 high-confidence answers, visible text 23/24, final or retried 20/20; missed: an Admin console " +
			"alert read rate-limited",
		// Google Workspace on the admin side: the SMTP relay service, routing and compliance
		// rules, split and dual delivery, Groups, sending and receiving limits; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "tracelogs",
		first: "2026-12-02, before any change made after reading it: 29/34 recipients (85.3%), 22/26 status codes, " +
			"10/10 high-confidence answers, visible text 29/34, final or retried 24/24; missed: Get-" +
			"MessageTrace's table above its detail list gave the first recipient nothing and the second the " +
			"first's reply, a Get-MessageTrackingLog and a Get-MessageTrace named their -Sender and " +
			"-SenderAddress filters as recipients, a Proofpoint Smart Search table's sender read as a failed " +
			"recipient",
		// What message tracing tools show: Microsoft 365's message trace and its cmdlets, Exchange's
		// Get-MessageTrackingLog, Google's Email Log Search, Postfix and Exim logs, Mimecast, Proofpoint,
		// SES, SendGrid and Mailgun records; written blind.
		recipients: 0.85, status: 0.85, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "swaks20",
		first: "2026-12-02, before any change made after reading it: 25/28 recipients (89.3%), 20/21 status codes, " +
			"12/12 high-confidence answers, visible text 25/28, final or retried 25/25; missed: a custom Exim " +
			"HELO refusal (\"not a valid hostname (see RFC 5321 4.1.1.1)\") read server-problem, Exchange Online's " +
			"SendAsDenied at the end of DATA read as delivered with the login as a second recipient, a VRFY " +
			"session read server-problem",
		// SMTP sessions pasted from swaks, telnet, openssl s_client, nc, smtplib and
		// Send-MailMessage, refused at each stage; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "authfail20",
		first: "2026-12-02, before any change made after reading it: 21/22 recipients (95.5%), 16/16 status codes, " +
			"6/6 high-confidence answers, visible text 21/22, final or retried 19/19; missed: a question about " +
			"SPF records read authentication-failed",
		// SPF, DKIM and DMARC refusals as receiving servers and filters word them (policyd-spf,
		// OpenDMARC, Exim ACLs, rspamd, Gmail, Microsoft 365, Yahoo, GMX, Mimecast); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "bilingual",
		first: "2026-12-02, before any change made after reading it: 21/22 recipients (95.5%), 18/18 status codes, " +
			"10/10 high-confidence answers, visible text 21/22, final or retried 17/17; missed: a French forum " +
			"question read mailbox-not-found",
		// Notices in one language quoting replies in another (Exchange, Microsoft 365 and Gmail in
		// German, French, Spanish, Italian, Portuguese, Japanese, Chinese; Russian and Japanese replies); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "ticketviews",
		first: "2026-12-02, before any change made after reading it: 20/22 recipients (90.9%), 18/19 status codes, " +
			"13/13 high-confidence answers, visible text 20/22, final or retried 17/17; missed: an SES " +
			"suppression event pasted in a Freshdesk ticket with the ticket's footer below it read as no bounce, " +
			"a ServiceNow incident about mail in a spam folder read authentication-failed",
		// Bounces as help desks receive them: Zendesk, Freshdesk, Jira Service Management,
		// ServiceNow, Help Scout and osTicket tickets, and forwarded chains; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "quotedchains",
		first: "2026-12-02, before any change made after reading it: 19/21 recipients (90.5%), 14/14 status codes, " +
			"6/6 high-confidence answers, visible text 18/21, final or retried 17/17; missed: a quoted out-of-" +
			"office read as no bounce (labelled auto-reply), a thread that only talks about a bounce read " +
			"mailbox-full",
		// Bounces buried in threads: quoted with "> ", in Outlook's Original Message blocks, in
		// "On ... wrote:" blocks and forwards, several bounces in one thread; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "cpanelexim",
		first: "2026-12-02, before any change made after reading it: 24/25 recipients (96.0%), 1/1 status codes, 2/2" +
			" high-confidence answers, visible text 24/25, final or retried 20/20; missed: a forum question about" +
			" a mail queue read as a failure",
		// cPanel and WHM servers running Exim: cPanel's bounce template, WHM's hourly limits, RBL and
		// sender-verify refusals, BoxTrapper; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "notbounces20",
		first: "2026-12-02, before any change made after reading it: 17/22 recipients (77.3%), 6/6 status codes, " +
			"9/10 high-confidence answers, visible text 17/22, final or retried 3/3; missed: Outlook's read " +
			"receipt (high) and its \"deleted without being read\" notice read delivered (labelled not a bounce), " +
			"Exchange's \"Relayed:\" notice read unknown, two phishing imitations of bounces read as failures",
		// What looks like a bounce and is not a failed delivery: DMARC and TLS reports, read
		// receipts, recalls, delivery notices, moderation holds, quarantine digests, complaints,
		// phishing imitations, with real bounces mixed in; written blind.
		recipients: 0.75, status: 0.95, high: 0.85, visible: 0.75, final: 0.95,
	},
	{
		dir: "protocol20",
		first: "2026-12-02, before any change made after reading it: 19/20 recipients (95.0%), 15/15 status codes, " +
			"7/7 high-confidence answers, visible text 19/20, final or retried 17/17; missed: a forum question " +
			"about Postfix's bare newline setting read policy-rejected",
		// Refusals for how a message was formatted or sent: bare LF, long lines, 8BITMIME and
		// SMTPUTF8, RFC 5322 header faults, pipelining and syntax errors; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "turkishisp",
		first: "2026-12-02, before any change made after reading it: 25/25 recipients, 21/21 status codes, 15/15 " +
			"high-confidence answers, visible text 25/25, final or retried 19/20",
		// Turkish providers and servers, and Gmail's, Exchange's, Zimbra's and Roundcube's notices in
		// Turkish (mostly from memory: no shipped Turkish template was found); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.9,
	},
	{
		dir: "hostingpanels",
		first: "2026-12-02, before any change made after reading it: 21/22 recipients (95.5%), 3/3 status codes, 1/1" +
			" high-confidence answers, visible text 21/22, final or retried 19/19; missed: DirectAdmin's wrapped " +
			"max-defers notice read blocklisted",
		// Hosting control panels other than cPanel (Plesk, DirectAdmin, HestiaCP) and shared hosts'
		// outbound relays (GoDaddy, IONOS, Bluehost, SiteGround, Namecheap); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "autoreply5",
		first: "2026-12-02, before any change made after reading it: 22/22 recipients, 5/5 status codes, 6/6 high-" +
			"confidence answers, visible text 18/22, final or retried 4/4",
		// Automatic replies in fifteen languages beyond the big four (Nordic, Central European, Greek,
		// Hebrew, Arabic, Indonesian, Vietnamese, Turkish), with real bounces and human replies mixed in; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "outlookclient",
		first: "2026-12-02, before any change made after reading it: 21/24 recipients (87.5%), 13/13 status codes, " +
			"5/5 high-confidence answers, visible text 21/24, final or retried 20/21; missed: Outlook's " +
			"0x800CCC78 over \"550 Access Denied\" and iOS Mail's \"sender address was rejected\" read policy-" +
			"rejected, iOS Mail's \"The connection to the outgoing server failed\" read unknown",
		// What mail programs show when sending fails: Outlook (classic, new, Mac, mobile), Apple Mail
		// and iOS Mail, Thunderbird, K-9, eM Client, Mailbird, Windows Mail, the Gmail app; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "groupsintl2",
		first: "2026-12-02, before any change made after reading it: 21/32 recipients (65.6%), 14/14 status codes, " +
			"3/3 high-confidence answers, visible text 20/32, final or retried 25/25; missed: Google Groups' " +
			"notice in ten languages (the helper's own translations: Google's localized texts were not found, so " +
			"they earned no rows), Mailman's German non-member refusal, a Japanese Google Groups post read " +
			"unknown",
		// Google Groups, Microsoft 365 group, Mailman and Sympa refusals in many languages; most
		// translations written from memory by the helper, so a measure of the wording, not a source; written blind.
		recipients: 0.65, status: 0.95, high: 0.95, visible: 0.6, final: 0.95,
	},
	{
		dir: "cnenterprise",
		first: "2026-12-02, before any change made after reading it: 20/25 recipients (80.0%), 12/12 status codes, " +
			"7/7 high-confidence answers, visible text 19/25, final or retried 20/20; missed: NetEase's \"User in " +
			"blacklist\" read policy-rejected, Coremail's Chinese \"domain does not exist\" read mailbox-not-found, " +
			"21Vianet's Chinese delay over \"451 4.4.0 DNS query failed ... with error: ErrorRetry\" read host-" +
			"unknown, an Exmail quota warning read mailbox-full, a forum question quoting NetEase's codes read " +
			"content-filtered",
		// Chinese enterprise and consumer mail: Tencent Exmail and QQ, Alibaba Mail, NetEase,
		// Coremail, Sina, Sohu, Microsoft 365 operated by 21Vianet; written blind.
		recipients: 0.75, status: 0.95, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "jphosting",
		first: "2026-12-02, before any change made after reading it: 19/20 recipients (95.0%), 15/15 status codes, " +
			"12/12 high-confidence answers, visible text 19/20, final or retried 17/17; missed: a provider's " +
			"quota warning read mailbox-full",
		// Japanese hosting and ISP mail (Sakura, KAGOYA, @nifty, DTI) and Gmail's and Exchange's
		// Japanese notices; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "ruhosting",
		first: "2026-12-02, before any change made after reading it: 21/23 recipients (91.3%), 16/17 status codes, " +
			"8/8 high-confidence answers, visible text 20/23, final or retried 19/19; missed: a Mail.ru quota " +
			"warning read mailbox-full, a forum question read authentication-failed",
		// Russian-speaking providers and hosts: Yandex, Mail.ru and VK WorkSpace, Beget, NIC.ru,
		// Rambler, and Russian Exchange notices; written blind.
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "brhosting",
		first: "2026-12-02, before any change made after reading it: 25/26 recipients (96.2%), 21/21 status codes, " +
			"14/14 high-confidence answers, visible text 24/26, final or retried 20/20; missed: a hosting quota " +
			"warning read mailbox-full; Outlook's Portuguese 0x800CCC79 errors named their account (\"Conta: 'x'\")" +
			" as a second recipient",
		// Brazilian and Portuguese providers and hosts: Locaweb, UOL, KingHost, HostGator, Hostinger,
		// Terra, SAPO, and Gmail's and Microsoft 365's Portuguese notices; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "frhosting",
		first: "2026-12-02, before any change made after reading it: 20/22 recipients (90.9%), 16/16 status codes, " +
			"9/9 high-confidence answers, visible text 20/22, final or retried 18/18; missed: SFR's SFR_IN_101 in" +
			" a sending console read rate-limited, a cPanel quota warning in French read mailbox-full",
		// French-speaking providers and hosts: Orange (OFR codes), Free, SFR, La Poste, OVH, Gandi,
		// Infomaniak, o2switch, Proton, and Gmail's and Microsoft 365's French notices; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "manyrcpts",
		first: "2026-12-02, before any change made after reading it: 83/99 recipients (83.8%), 78/88 status codes, " +
			"45/45 high-confidence answers, visible text 79/99, final or retried 18/19; missed: an Exim notice " +
			"wrapped at 72 columns read its cut \"papa@example.n\" as another recipient (the rest shifted), " +
			"sendmail's warning lost its two queued recipients when their transcript lines (\"<x>... Deferred: " +
			"...\") were taken for a forwarded header, a Sympa bouncing-members page, Domino's \"Cannot route mail " +
			"to user\"",
		// Notices naming three to seven recipients with mixed outcomes, and list managers' views of
		// bouncing members, across Postfix, Exim, sendmail, qmail, Exchange, Microsoft 365, Gmail, Domino; written blind.
		recipients: 0.85, status: 0.9, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "truncated",
		first: "2026-12-02, before any change made after reading it: 26/29 recipients (89.7%), 17/18 status codes, " +
			"13/13 high-confidence answers, visible text 26/29, final or retried 25/25; missed: Gmail's \"Message " +
			"blocked\" headline alone read policy-rejected, a bare \"550 5.7.1\" read server-problem, sendmail's " +
			"warning cut to its subject and first paragraph read server-problem (labelled unknown)",
		// Bounces pasted in part: the bottom half, a lone Diagnostic-Code, a headline alone, a reply
		// cut mid-line, a code without its text; written blind.
		recipients: 0.85, status: 0.9, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "htmlndr",
		first: "2026-12-02, before any change made after reading it: 22/22 recipients, 15/16 status codes, 13/13 " +
			"high-confidence answers, visible text 22/22, final or retried 17/17",
		// Bounces whose readable part is HTML (Microsoft 365's and Exchange's, Gmail's, Yahoo's,
		// Zimbra's, SendGrid's) as whole messages and as text copied out of webmail; written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "backscatter",
		first: "2026-12-02, before any change made after reading it: 18/22 recipients (81.8%), 15/15 status codes, " +
			"13/13 high-confidence answers, visible text 18/22, final or retried 16/16; missed: two challenge-" +
			"response requests read content-filtered, a phishing imitation read unknown, a forum question read " +
			"mailbox-full",
		// Bounces of mail the person never sent (a forged sender), challenge-response requests and
		// auto-replies to forged mail, with two real bounces for contrast; written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "dlp",
		first: "2026-12-02, before any change made after reading it: 17/20 recipients (85.0%), 13/14 status codes, " +
			"4/4 high-confidence answers, visible text 19/20, final or retried 15/15; missed: a quoted Microsoft " +
			"365 DLP notice wrapped at 72 columns named its contact (\"contact\" + line break + the address) as the" +
			" recipient and read blocklisted, a DLP incident report and a delivered message's DLP notice read as " +
			"failures",
		// Refusals by data-loss-prevention, compliance and encryption rules (Microsoft Purview and
		// transport rules, Google Workspace DLP and content compliance, TLS required); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "migration",
		first: "2026-12-02, before any change made after reading it: 21/23 recipients (91.3%), 20/21 status codes, " +
			"12/12 high-confidence answers, visible text 21/23, final or retried 19/19; missed: a migration " +
			"announcement read mailbox-not-found, dig output after an MX cutover read authentication-failed",
		// Bounces during and after mail migrations: MX cutovers, loops between old and new hosts,
		// tenant moves, split and dual delivery; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "koreanisp",
		first: "2026-12-02, before any change made after reading it: 17/21 recipients (81.0%), 18/18 status codes, " +
			"9/10 high-confidence answers, visible text 16/21, final or retried 16/17; missed: Daum's \"You are " +
			"registered as spammer (by user's reject list)\" read mailbox-not-found (high) from Sendmail's \"... " +
			"User unknown\" under it, Naver's CCRT spam-IP reply read server-problem, a qmail \"couldn't find any " +
			"host by that name\" read server-problem, a read receipt view read as a failure",
		// Korean providers and software (Naver, Daum/Kakao, Nate, Hiworks, Gabia, Cafe24, KISA's RBL)
		// and Gmail's and Microsoft 365's Korean notices; written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.8, final: 0.9,
	},
	{
		dir: "dehosting",
		first: "2026-12-02, before any change made after reading it: 16/19 recipients (84.2%), 14/14 status codes, " +
			"9/9 high-confidence answers, visible text 16/19, final or retried 14/15; missed: GMX's and WEB.DE's " +
			"refusals of the sender read mailbox-not-found, a \"Postfach fast voll\" warning read mailbox-full",
		// German-speaking providers and hosts (Telekom, IONOS, GMX, WEB.DE, Posteo) and German
		// Exchange, Microsoft 365, Gmail and Roundcube notices; written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.9,
	},
	{
		dir: "userfilters",
		first: "2026-12-02, before any change made after reading it: 17/21 recipients (81.0%), 12/12 status codes, " +
			"5/5 high-confidence answers, visible text 17/21, final or retried 17/17; missed: Dovecot's ereject " +
			"read sender-rejected, an Exim filter's \"fail\" read unknown, a maildrop exit read mailbox-" +
			"unavailable, a question about Outlook's blocked senders read sender-rejected",
		// Refusals by a recipient's own filter or rule (Sieve reject and ereject, Exim filters,
		// procmail and maildrop, blocked senders) and failed forwarding rules; written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "webmailsend",
		first: "2026-12-02, before any change made after reading it: 19/22 recipients (86.4%), 13/13 status codes, " +
			"8/8 high-confidence answers, visible text 19/22, final or retried 18/19; missed: Roundcube's German " +
			"\"SMTP-Fehler (535): Authentifizierung fehlgeschlagen\" (from memory) read as no bounce, " +
			"SquirrelMail's \"127 Can't execute command\" read as no bounce, a sender header error read content-" +
			"filtered",
		// Send errors shown by webmail programs (Roundcube, SOGo, Horde, SquirrelMail, RainLoop,
		// Zimbra, cPanel webmail) in English, German, French and Spanish; written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.9,
	},
	{
		dir: "loglines20",
		first: "2026-12-02, before any change made after reading it: 28/31 recipients (90.3%), 28/30 status codes, " +
			"15/15 high-confidence answers, visible text 28/31, final or retried 26/26; missed: Postfix's " +
			"status=sent and Exim's \"=>\" lines read as no bounce (labelled delivered), a Postfix smtpd connect " +
			"line read blocklisted",
		// Single lines and short excerpts of the logs of about twenty MTAs (Postfix, Exim, sendmail,
		// qmail, OpenSMTPD, Exchange tracking, MDaemon, hMailServer, Kerio, KumoMTA, PowerMTA...); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "esisp",
		first: "2026-12-02, before any change made after reading it: 23/23 recipients, 20/20 status codes, 14/14 " +
			"high-confidence answers, visible text 22/23, final or retried 16/16",
		// Spanish-speaking providers and hosts (Spain and Latin America) and Gmail's, Microsoft 365's,
		// Exchange's, Zimbra's and Roundcube's Spanish notices; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "ecommerce",
		first: "2026-12-02, before any change made after reading it: 22/24 recipients (91.7%), 12/12 status codes, " +
			"12/12 high-confidence answers, visible text 22/24, final or retried 19/19; missed: Shopify's " +
			"timeline line \"Email bounced\" with no reason and Magento's \"Unable to send mail: Unknown error\" read" +
			" as no bounce",
		// What store platforms tell a merchant when mail to a customer bounced (Shopify, WooCommerce,
		// Magento, BigCommerce, PrestaShop, eBay, Etsy) and the sending services behind them; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "lmsnotices",
		first: "2026-12-02, before any change made after reading it: 16/22 recipients (72.7%), 13/13 status codes, " +
			"12/12 high-confidence answers, visible text 15/22, final or retried 18/18; missed: LISTSERV's probe " +
			"notice named LISTSERV's own address first, LISTSERV's \"Possible delivery error .... Domain ... " +
			"doesn't exist\" read as no bounce, Moodle's bounce threshold read rate-limited, Canvas's \"unable to " +
			"send email to this address\" and Mailman's disabled-by-bounces notice read as no bounce (labelled " +
			"suppressed), Sympa's help on bounce rates read mailbox-full",
		// Email failures around schools and learning platforms (Moodle, Canvas, Blackboard, Google
		// Classroom, Microsoft 365 Education, universities' mail and list servers); written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "nordicisp",
		first: "2026-12-02, before any change made after reading it: 26/27 recipients (96.3%), 22/22 status codes, " +
			"17/17 high-confidence answers, visible text 25/27, final or retried 20/20; missed: a Swedish forum " +
			"question read authentication-failed",
		// Nordic providers and hosts (Telia, Telenor, Elisa, DNA, One.com, Loopia, Binero, Domeneshop)
		// and Microsoft 365's and Gmail's Nordic notices; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "arabicisp",
		first: "2026-12-02, before any change made after reading it: 21/21 recipients, 15/15 status codes, 11/11 " +
			"high-confidence answers, visible text 20/21, final or retried 16/16",
		// Arabic notices (Microsoft 365's and Gmail's, as the helper wrote them from memory) with
		// English replies inside, and Middle Eastern providers; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "polishisp",
		first: "2026-12-02, before any change made after reading it: 23/24 recipients (95.8%), 18/19 status codes, " +
			"11/11 high-confidence answers, visible text 22/24, final or retried 19/19; missed: Onet's help page " +
			"pasted read rate-limited",
		// Polish and Czech providers and hosts (Seznam, Interia, Onet, WP, Forpsi, C4, Wedos, OVH) and
		// Microsoft 365's, Gmail's and Roundcube's Polish and Czech notices; written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "codeonly",
		first: "2026-12-02, before any change made after reading it: 20/23 recipients (87.0%), 19/20 status codes, " +
			"11/11 high-confidence answers, visible text 20/23, final or retried 17/17; missed: \"521 ... mailbox " +
			"unavailable\" read mailbox-not-found, a bare \"554 Transaction failed\" read server-problem, a help " +
			"desk's table of codes read mailbox-not-found",
		// Bounces with little but a status code and RFC 5321's default words, across the IANA registry
		// of enhanced codes; written blind.
		recipients: 0.85, status: 0.9, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "canadaisp",
		first: "2026-12-02, before any change made after reading it: 22/22 recipients, 19/19 status codes, 11/11 " +
			"high-confidence answers, visible text 22/22, final or retried 17/18",
		// Canadian providers (Rogers, Bell, Shaw, Telus, Vidéotron, Cogeco, Eastlink, SaskTel), French
		// Canadian notices and gc.ca gateways' bilingual refusals; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.9,
	},
	{
		dir: "italyisp",
		first: "2026-12-02, before any change made after reading it: 25/27 recipients (92.6%), 19/20 status codes, " +
			"11/11 high-confidence answers, visible text 23/27, final or retried 23/23; missed: a PEC non-" +
			"delivery notice after 24 hours, pasted, read unknown, TIM webmail's \"Le seguenti caselle di posta " +
			"elettronica non sono disponibili\" read as no bounce",
		// Italian providers and hosts (Aruba, Libero and Virgilio, TIM, Register.it), PEC receipts, and
		// Microsoft 365's, Gmail's, Zimbra's and Roundcube's Italian notices; written blind.
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "ausnzisp",
		first: "2026-12-02, before any change made after reading it: 18/20 recipients (90.0%), 11/11 status codes, " +
			"10/10 high-confidence answers, visible text 18/20, final or retried 16/16; missed: BigPond's " +
			"\"mailbox almost full\" warning read mailbox-full, a reply with MailGuard's scanning footer read " +
			"content-filtered",
		// Australian and New Zealand providers and gateways (Telstra BigPond, Optus, iiNet, Internode,
		// VentraIP, Spark/Xtra, One NZ, MailGuard, Mimecast AU); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "abusereplies",
		first: "2026-12-02, before any change made after reading it: 20/21 recipients (95.2%), 8/8 status codes, " +
			"12/12 high-confidence answers, visible text 20/21, final or retried 8/8; missed: SpamCop's \"report " +
			"sent\" confirmation read content-filtered",
		// Automatic answers of abuse desks, help desks, no-reply and CRM addresses, with real bounces
		// from the same addresses; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "printedcopy",
		first: "2026-12-02, before any change made after reading it: 20/22 recipients (90.9%), 13/14 status codes, " +
			"11/11 high-confidence answers, visible text 21/22, final or retried 17/17; missed: a printed " +
			"ordinary reply read unknown, a printed out-of-office whose subject quotes \"Delivery failure report\" " +
			"read unknown",
		// Bounces printed to PDF or paper and copied out again: Outlook's printed header block, page
		// headers and footers, hyphenation, flattened tables; written blind.
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "indiaisp",
		first: "2026-12-02, before any change made after reading it: 17/23 recipients (73.9%), 17/17 status codes, " +
			"8/8 high-confidence answers, visible text 16/23, final or retried 18/18; missed: NIC's notice of a " +
			"domain not found read server-problem, Zoho's 552 policy error read mailbox-not-found, Zoho's \"554 " +
			"5.2.1 Too many failures for the recipient\" read server-problem, a BigRock [CSR] refusal read sender-" +
			"rejected, GoDaddy's IB605 read rate-limited, a phishing imitation read unknown",
		// Indian providers and hosts (NIC gateways, Zoho, Rediffmail, BSNL, Sify, BigRock, Hostinger,
		// GoDaddy) and Gmail's and Outlook's notices in Hindi; written blind.
		recipients: 0.7, status: 0.95, high: 0.95, visible: 0.65, final: 0.95,
	},
	{
		dir: "seasiaisp",
		first: "2026-12-02, before any change made after reading it: 22/24 recipients (91.7%), 16/17 status codes, " +
			"12/12 high-confidence answers, visible text 22/24, final or retried 20/20; missed: Zing Mail's size " +
			"notice read as no bounce, a Malay quota warning read unknown",
		// Southeast Asian providers and hosts (Vietnam, Thailand, Indonesia, Malaysia, the Philippines,
		// Singapore) and notices in Vietnamese, Thai, Indonesian and Malay; written blind.
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "balkanisp",
		first: "2026-12-02, before any change made after reading it: 25/26 recipients (96.2%), 22/22 status codes, " +
			"12/12 high-confidence answers, visible text 25/26, final or retried 20/21; missed: a Bulgarian forum" +
			" question read authentication-failed",
		// Greek, Romanian, Bulgarian, Serbian, Croatian, Slovenian and Hungarian providers and notices
		// (mostly from memory: no localized template was found); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "voicefax",
		first: "2026-12-02, before any change made after reading it: 16/23 recipients (69.6%), 12/12 status codes, " +
			"6/6 high-confidence answers, visible text 16/23, final or retried 14/14; missed: email-to-fax " +
			"services' refusals of the sending address (Telair's \"Sending Rejected - Invalid User\", GFI " +
			"FaxMaker's \"Unauthorized sending email address\", Kazoo's and RingCentral's) read as no bounce, fax-" +
			"call failures and a Teams voicemail notice read as failures",
		// Fax-to-email, email-to-fax and voicemail-to-email services (eFax, RingCentral, Telair, GFI
		// FaxMaker, Kazoo, 3CX, FreePBX, Teams) and the bounces of their mail; written blind.
		recipients: 0.75, status: 0.95, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "mailmerge",
		first: "2026-12-02, before any change made after reading it: 19/26 recipients (73.1%), 15/17 status codes, " +
			"11/11 high-confidence answers, visible text 18/26, final or retried 19/20; missed: a GMass report's " +
			"three addresses skipped for its bounce list and Saleshandy's \"Invalid email - not contacted\" read as" +
			" no reason or no bounce, a Mailmeteor report's opened recipient and Lemlist's sending address taken " +
			"for failed recipients, Instantly's campaign paused for its bounce rate read as no bounce",
		// Bounces as senders with mail-merge and outreach tools meet them (GMass, YAMM, Mailmeteor, Outlook's and
		// Word's merges, Lemlist, Instantly, Woodpecker, Apollo, Saleshandy, Mailshake); written blind.
		recipients: 0.7, status: 0.85, high: 0.95, visible: 0.65, final: 0.9,
	},
	{
		dir: "rarelangs",
		first: "2026-12-02, before any change made after reading it: 20/20 recipients, 15/15 status codes, 12/12 " +
			"high-confidence answers, visible text 20/20, final or retried 15/15",
		// Notices and pasted bounces in Greek, Hebrew, Persian, Thai, Vietnamese, Indonesian, Malay, Ukrainian,
		// Romanian, Hungarian, Czech, Bulgarian and Finnish, mostly the helper's own translations; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "unknown20",
		first: "2026-12-02, before any change made after reading it: 15/26 recipients (57.7%), 16/16 status codes, " +
			"5/5 high-confidence answers, visible text 15/26, final or retried 22/22; missed: a bare \"550 " +
			"Rejected\" or \"550 5.0.0 Rejected\" read as a local rule's refusal (low) where the label takes only " +
			"unknown (six notices), sendmail's \"Service unavailable\" and qmail's \"Giving up on\" read as server " +
			"trouble (low), Exim's delay warning with no reason read as server trouble, a sending service's " +
			"\"Bounced\" with no reason read as no bounce, a phishing \"Undeliverable\" read as a failure",
		// Failures that give no reason, or give it only deep down, as about twenty servers and services write
		// them; written blind.
		// Since: 16/26 with qmail's "Giving up on" no longer read as server trouble.
		recipients: 0.6, status: 0.95, high: 0.95, visible: 0.6, final: 0.95,
	},
	{
		dir: "queueviews",
		first: "2026-12-02, before any change made after reading it: 26/28 recipients (92.9%), 21/24 status codes, " +
			"4/4 high-confidence answers, visible text 26/28, final or retried 16/20; missed: Get-Queue's rows, " +
			"one a queue and no recipient, and Exchange Online Protection's \"451 4.7.500 Server busy\" inside " +
			"Exchange's failover sentences read as server trouble; three Exchange entries and an hMailServer log " +
			"read as final",
		// Mail queue listings and queue tools (mailq, postqueue -p and -j, exim -bp and -Mvl, qmail-qread,
		// Get-Queue and Get-Message, cPanel, Plesk, hMailServer); written blind.
		// Since: 27/28, final 20/20 with Exchange's failover sentences read as no reason and hMailServer's
		// "Scheduling it for later delivery" as a delay.
		recipients: 0.95, status: 0.85, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "delivered20",
		first: "2026-12-02, before any change made after reading it: 29/35 recipients (82.9%), 23/26 status codes, " +
			"22/23 high-confidence answers (the wrong one only by its place: a message trace's delivered row, " +
			"which the answer does not list, comes first in the label), visible text 29/35, final or retried 9/9;" +
			" missed: Domino's delivery report and a GroupWise status view read as no bounce, qmail's log of a " +
			"success read as a failure, a question about a \"possible delivery\" read as no bounce",
		// Reports that a message was delivered, relayed or expanded, as about twenty servers and services write
		// them, beside failures of the same software; written blind.
		recipients: 0.8, status: 0.85, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "suppressed20",
		first: "2026-12-02, before any change made after reading it: 22/24 recipients (91.7%), 11/11 status codes, " +
			"8/8 high-confidence answers, visible text 22/24, final or retried 21/21; missed: Mandrill's webhook " +
			"body as its form field (\"mandrill_events=[...]\") read as a refusal for spam, Mailchimp's \"Cleaned\" " +
			"contact read as no bounce",
		// Sending services' and platforms' refusals to try an address on their suppression lists (SES, SendGrid,
		// Mailgun, Postmark, SparkPost, Mandrill, Brevo, Mailchimp, Microsoft 365); written blind.
		// Since: 23/24 with Mandrill's form field read.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "complaint20",
		first: "2026-12-02, before any change made after reading it: 26/29 recipients (89.7%), 5/5 status codes, " +
			"19/20 high-confidence answers (the wrong one: a dashboard's weekly \"IP reputation: Medium\" read as a" +
			" blocklisting), visible text 24/29, final or retried 4/4; missed: Mandrill's spam event wrapped at " +
			"72 columns read as a refusal for spam, an abuse desk's hand-written report read as no bounce, the " +
			"dashboard's summary",
		// Spam complaints as providers' feedback loops, abuse desks and sending services report them, beside
		// bounces and replies that speak of spam; written blind.
		// Since: 27/29, 20/21 high with a JSON event whose lines a mail program broke joined again.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "typodomains",
		first: "2026-12-02, before any change made after reading it: 21/22 recipients (95.5%), 14/14 status codes, " +
			"9/9 high-confidence answers, visible text 21/22, final or retried 19/19; missed: a registrar's " +
			"reminder that a domain expires read as an unknown domain",
		// Bounces for domains that are wrong: misspelled, expired, parked, a null MX, lame DNS; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "headerviews",
		first: "2026-12-02, before any change made after reading it: 24/25 recipients (96.0%), 18/18 status codes, " +
			"12/12 high-confidence answers, visible text 24/25, final or retried 20/20; missed: an Exchange " +
			"delay's report fields pasted from Outlook's header box read as server trouble where the label takes " +
			"only unknown",
		// Bounces pasted from a mail program's "show original" or header view: headers alone, X-Failed-Recipients, the
		// delivery-status part alone, Outlook's Internet headers box; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "phoneviews",
		first: "2026-12-02, before any change made after reading it: 24/27 recipients (88.9%), 17/17 status codes, " +
			"13/13 high-confidence answers, visible text 24/27, final or retried 21/21; missed: the second " +
			"recipient of Gmail's notice copied at a phone's width with its report fields (a DNS error) read as " +
			"server trouble from its status 4.0.0, iCloud's [CS01] refusal read as a blocklisting, Samsung " +
			"Email's \"Message not sent\" read as no bounce",
		// Bounces read and copied on phones and tablets (Gmail app, iOS Mail, Outlook mobile, Samsung Email): lines
		// at the screen's width, links after words, attachment names for the report part; written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "mailtesters",
		first: "2026-12-02, before any change made after reading it: 18/23 recipients (78.3%), 15/15 status codes, " +
			"9/11 high-confidence answers (both wrong: a blocklist check's and Talos's reputation pages, labelled" +
			" as no bounce, read as blocklistings), visible text 18/23, final or retried 13/14; missed: tools' " +
			"reports alone (MXToolbox's blacklist check, Google's CheckMX, cPanel's Email Deliverability, Talos, " +
			"dmarcian) read as the failures they describe",
		// Results of mail diagnosis tools (MXToolbox, mail-tester, Google Admin Toolbox, Microsoft's Remote
		// Connectivity Analyzer, DMARC checkers, blocklist lookups) beside bounces; written blind.
		recipients: 0.75, status: 0.95, high: 0.8, visible: 0.75, final: 0.9,
	},
	{
		dir: "dlgroups",
		first: "2026-12-02, before any change made after reading it: 20/24 recipients (83.3%), 13/15 status codes, " +
			"8/10 high-confidence answers (wrong: Exchange's moderation notice \"awaiting approval\", with an Auto-" +
			"Submitted field, read as an automatic reply; an Exchange expansion's IMCEAEX address taken for a " +
			"second recipient, which moved the next one's place), visible text 21/24, final or retried 17/17; " +
			"missed: the moderation notice, Google Groups' refusal of bulk mail read as a blocklisting, an alias " +
			"member's \"Unauthenticated mail not allowed from this range\" read as an authentication failure",
		// Mail to groups: Microsoft 365 and Exchange distribution lists and groups, Google Groups, Mailman 3 and
		// Sympa lists, Postfix aliases that expand; written blind.
		// Since: 21/24, 15/15, 10/11 with Exchange's IMCEAEX address read as the recipient named above it.
		recipients: 0.85, status: 0.95, high: 0.9, visible: 0.9, final: 0.95,
	},
	{
		dir: "dachbenelux",
		first: "2026-12-02, before any change made after reading it: 19/22 recipients (86.4%), 11/12 status codes, " +
			"6/6 high-confidence answers, visible text 18/22, final or retried 16/16; missed: Bluewin's \"IP " +
			"without history\" deferral and Ghent University's \"Connection Rate\" read as server trouble, A1's " +
			"warning that a mailbox is 95% full read as a full mailbox",
		// Swiss, Austrian, Belgian and Luxembourg providers and hosts, notices in German, French, Italian and Dutch;
		// written blind.
		// Since: 20/22 with a warning that states a share below 100% read as no bounce.
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "twhkisp",
		first: "2026-12-02, before any change made after reading it: 20/21 recipients (95.2%), 15/15 status codes, " +
			"12/12 high-confidence answers, visible text 20/21, final or retried 16/16; missed: Seednet's warning" +
			" that a mailbox is 92% full read as a full mailbox",
		// Taiwanese, Hong Kong and Macau providers and hosts, notices in Traditional Chinese; written blind.
		// Since: 21/21 with a warning that states a share below 100% read as no bounce.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "southasia2",
		first: "2026-12-02, before any change made after reading it: 23/24 recipients (95.8%), 16/16 status codes, " +
			"12/12 high-confidence answers, visible text 23/24, final or retried 20/20; missed: a phishing " +
			"\"messages held on server\" notice read as server trouble",
		// Pakistani, Bangladeshi, Sri Lankan and Nepali providers, hosts and government mail; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "cnoperators",
		first: "2026-12-02, before any change made after reading it: 18/22 recipients (81.8%), 8/8 status codes, 4/4" +
			" high-confidence answers, visible text 18/22, final or retried 19/19; missed: 139 Mail's notice that" +
			" a mailbox is 92% used read as a full mailbox, its \"450 Mail rejected, please try again\" read as " +
			"server trouble, a \"553 Mail data refused by AISP\" read as a local rule's refusal, \"550 user is " +
			"locked\" read as no reason",
		// The mail of China's telecom operators and consumer portals (139, 189, Wo, Sina, Sohu, 21cn, Tom, QQ,
		// NetEase); written blind.
		// Since: 19/22 with a warning that states a share below 100% read as no bounce.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "registeredmail",
		first: "2026-12-02, before any change made after reading it: 16/27 recipients (59.3%), 7/7 status codes, 7/7" +
			" high-confidence answers, visible text 15/27, final or retried 12/13; missed: registered mail " +
			"services' receipts and failures outside Italy's PEC (De-Mail, IncaMail, AR24, La Poste, Digipost, " +
			"e-Boks, ViaCTT: mostly the helper's wording from memory) read as no bounce, De-Mail's failure notice" +
			" of two recipients read with no reason",
		// Registered and certified e-mail services (PEC, De-Mail, IncaMail, AR24, La Poste, Digipost, e-Boks and Digital
		// Post, ViaCTT): receipts, failures and ordinary bounces of the same domains; written blind.
		recipients: 0.55, status: 0.95, high: 0.95, visible: 0.55, final: 0.9,
	},
	{
		dir: "mboxpastes",
		first: "2026-12-02, before any change made after reading it: 30/32 recipients (93.8%), 28/29 status codes, " +
			"22/23 high-confidence answers (the wrong one: a list thread that quotes a bounce read as a failure)," +
			" visible text 26/32, final or retried 12/13; missed: the second of two bounces forwarded as " +
			"attachments, the list thread; a delay warning and the failure of one recipient read as two " +
			"recipients",
		// Pastes of several messages: mbox files, bounces forwarded together, tickets quoting two bounces, bounce
		// digests, a delay warning beside the failure; written blind.
		// Since: 31/32, 29/29, 23/24, final 13/13 with every attached bounce read and a recipient retried in one
		// message and failed in another named once.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "oddcodes",
		first: "2026-12-02, before any change made after reading it: 26/30 recipients (86.7%), 26/26 status codes, " +
			"7/7 high-confidence answers, visible text 26/30, final or retried 23/25; missed: RFC 7504's \"521 " +
			"5.3.2 ... does not accept mail\" read as server trouble (its status's meaning), \"550 5.7.29 ARC " +
			"validation failure\" read as a local rule's refusal, an accepted swaks session under a note about SPF" +
			" read as an SPF failure, a list of codes read as a failure; \"452 5.2.2\" in Exim's delay warning read" +
			" as final, \"550 4.2.1\" as retried",
		// Rare, non-standard and mismatched reply and status codes (521, 556, 530, 535, 538, 551, 553, 570, 571,
		// 510, 4xx with 5.x.x and the reverse, X.7.23 to X.7.30); written blind.
		// Since: 27/30, final 24/25 with "ARC validation failure" read, a 2xx session under a note read as
		// delivered (the label takes only no bounce) and disagreeing codes left to the notice's words.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "baltics",
		first: "2026-12-02, before any change made after reading it: 22/22 recipients, 14/14 status codes, 10/10 " +
			"high-confidence answers, visible text 20/22, final or retried 16/16",
		// Estonian, Latvian and Lithuanian providers, hosts and government mail, notices in their languages and
		// Russian; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "israelisp",
		first: "2026-12-02, before any change made after reading it: 21/21 recipients, 19/19 status codes, 10/10 " +
			"high-confidence answers, visible text 21/21, final or retried 17/17",
		// Israeli providers, hosts and government mail, notices in Hebrew; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "centralasia",
		first: "2026-12-02, before any change made after reading it: 19/19 recipients, 12/12 status codes, 8/8 high-" +
			"confidence answers, visible text 19/19, final or retried 16/16",
		// Providers and government mail of Kazakhstan, Uzbekistan, Kyrgyzstan, Azerbaijan, Georgia and Armenia;
		// written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "africa2",
		first: "2026-12-02, before any change made after reading it: 22/23 recipients (95.7%), 14/14 status codes, " +
			"13/14 high-confidence answers (the wrong one: a phishing \"your mailbox is full\" mail read as a full " +
			"mailbox), visible text 22/23, final or retried 18/19; missed: the phishing mail",
		// West, East and North African providers, hosts and government mail, notices in English, French and
		// Arabic; written blind.
		recipients: 0.95, status: 0.95, high: 0.9, visible: 0.95, final: 0.9,
	},
	{
		dir: "cloudport25",
		first: "2026-12-02, before any change made after reading it: 16/19 recipients (84.2%), 7/7 status codes, 8/8" +
			" high-confidence answers, visible text 16/19, final or retried 13/14; missed: Nodemailer's \"connect " +
			"ETIMEDOUT ...:25\" read as no bounce, Oracle Email Delivery's \"421 Too many auth failures\" read as " +
			"server trouble, a cloud provider's reply about sending limits read as a blocklisting",
		// Mail sent from cloud servers and platforms that block or throttle port 25 (Azure, Google Compute Engine,
		// AWS, DigitalOcean, Hetzner, Oracle), and receivers' refusals of cloud ranges; written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.9,
	},
	{
		dir: "automation",
		first: "2026-12-02, before any change made after reading it: 18/23 recipients (78.3%), 11/11 status codes, " +
			"7/7 high-confidence answers, visible text 18/23, final or retried 16/16; missed: Google Apps " +
			"Script's \"Service invoked too many times for one day: email.\" (in English and Japanese) and its " +
			"\"Invalid email:\", Power Automate's unresolved recipients and Zapier's failed Gmail draft read as no " +
			"bounce",
		// Mail sent by automation and no-code tools (Zapier, Power Automate, Make, n8n, Google Apps Script, IFTTT)
		// and the errors and bounces they show; written blind.
		// Since: 19/23 with Apps Script's daily quota exception read as the sender's sending limit.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "wpplugins",
		first: "2026-12-02, before any change made after reading it: 23/24 recipients (95.8%), 13/13 status codes, " +
			"11/11 high-confidence answers, visible text 22/24, final or retried 18/18; missed: FluentSMTP's " +
			"\"SMTP Error: data not accepted.\" with no reason read as server trouble",
		// What WordPress and other CMS sites show when their mail fails (WP Mail SMTP, FluentSMTP, Post SMTP,
		// WooCommerce, Contact Form 7, Gravity Forms, Drupal, Joomla); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "ukie",
		first: "2026-12-02, before any change made after reading it: 22/22 recipients, 16/16 status codes, 6/6 high-" +
			"confidence answers, visible text 21/22, final or retried 17/17",
		// Providers, hosts and institutions of the United Kingdom and Ireland (BT, Virgin Media, Sky, TalkTalk, Eir,
		// NHSmail, councils, universities); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "vietnamisp",
		first: "2026-12-02, before any change made after reading it: 20/21 recipients (95.2%), 13/14 status codes, " +
			"10/10 high-confidence answers, visible text 19/21, final or retried 16/17; missed: Outlook's send " +
			"error in Vietnamese (0x800CCC79) read as no bounce; Gmail's delay notice in Vietnamese read as final",
		// Vietnamese providers, hosts and government mail, notices in Vietnamese; written blind.
		// Since: 21/21, 14/14, visible 20/21 with Outlook's error number read in any language.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.9,
	},
	{
		dir: "latam2",
		first: "2026-12-02, before any change made after reading it: 21/23 recipients (91.3%), 16/17 status codes, " +
			"11/11 high-confidence answers, visible text 20/23, final or retried 16/17; missed: Postfix's \"Host " +
			"not found, try again\" (a temporary DNS failure, in a final notice) read as server trouble where the " +
			"label takes only an unknown domain, a phishing quota mail read as a disabled mailbox; Gmail's " +
			"Spanish delay notice read as final",
		// Mexican, Argentine, Chilean, Colombian and Peruvian providers, hosts and government mail, notices in
		// Spanish; written blind.
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.85, final: 0.9,
	},
	{
		dir: "retyped",
		first: "2026-12-02, before any change made after reading it: 16/24 recipients (66.7%), 7/14 status codes, " +
			"6/6 high-confidence answers, visible text 16/24, final or retried 19/19; missed: bounces retyped " +
			"with typos (\"user unkown\", \"relay acess denied\", \"rcpthost\"), codes mistyped (\"5.1.1O\", \"4.22\", \"5 1" +
			" 1\"), a half-remembered Gmail notice, and a retyped out-of-office reply and delivery receipt",
		// Bounces a person typed by hand, from a phone call, a screenshot or memory: typos, missing words, codes
		// mistyped; written blind.
		recipients: 0.65, status: 0.45, high: 0.95, visible: 0.65, final: 0.95,
	},
	{
		dir: "frconsumer",
		first: "2026-12-02, before any change made after reading it: 23/24 recipients (95.8%), 20/20 status codes, " +
			"11/11 high-confidence answers, visible text 23/24, final or retried 20/20; missed: an SFR-style " +
			"notice (from memory) of an unknown domain read as an unknown address",
		// French consumer providers (Orange and Wanadoo, SFR and Neuf, Free, Bouygues, La Poste), notices in French;
		// written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "usregional",
		first: "2026-12-02, before any change made after reading it: 22/23 recipients (95.7%), 16/16 status codes, " +
			"11/11 high-confidence answers, visible text 21/23, final or retried 18/18; missed: Xfinity's warning" +
			" that storage is almost full read as a content filter's refusal",
		// US cable, telco, rural and cooperative providers, state and county government, school districts and colleges;
		// written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "mojibake",
		first: "2026-12-02, before any change made after reading it: 22/24 recipients (91.7%), 15/16 status codes, " +
			"9/9 high-confidence answers, visible text 21/24, final or retried 19/19; missed: an ISO-2022-JP " +
			"notice with its escapes stripped and a GB2312 notice shown as Latin-1, both unreadable, read as no " +
			"bounce (the labels take unknown)",
		// Bounces mangled by a wrong character set: UTF-8 read as Latin-1, Shift_JIS, ISO-2022-JP and GB2312 shown as
		// Latin-1, quoted-printable and base64 left undecoded, raw encoded words, HTML entities; written blind.
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "prefixedlines",
		first: "2026-12-02, before any change made after reading it: 22/26 recipients (84.6%), 24/24 status codes, " +
			"14/14 high-confidence answers, visible text 22/26, final or retried 21/21; missed: a Postfix notice " +
			"copied with an editor's line numbers lost its second recipient, sendmail's \"stat=Service " +
			"unavailable\" read as server trouble, OpenSMTPD's refusal of a sender domain with no MX (from memory)" +
			" read as an unknown domain, twice",
		// Bounces and logs pasted with something before every line: line numbers, syslog and journalctl prefixes,
		// Kibana, Graylog and Splunk columns, grep's file names, chat timestamps, diff marks; written blind.
		// Since: 23/26 with an editor's line numbers taken off.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "escapedtext",
		first: "2026-12-02, before any change made after reading it: 22/27 recipients (81.5%), 20/22 status codes, " +
			"6/7 high-confidence answers (the wrong one: Amazon SES's \"Email address is not verified\" read as a " +
			"refused relay, as its row says, where the label takes a refused sender), visible text 22/27, final " +
			"or retried 22/22; missed: JavaMail's nested exceptions of two recipients (the addresses only in the " +
			"exception's own list) read with no reason, and Symfony's and SendGrid's unverified senders, as SES's",
		// Bounce texts still escaped inside another format: JSON strings, Python reprs and tracebacks, Java and .NET
		// exceptions, CSV fields, XML faults, shell strings; written blind.
		recipients: 0.8, status: 0.9, high: 0.85, visible: 0.8, final: 0.95,
	},
	{
		dir: "appleicloud",
		first: "2026-12-02, before any change made after reading it: 18/23 recipients (78.3%), 16/16 status codes, " +
			"4/4 high-confidence answers, visible text 18/23, final or retried 19/19; missed: iCloud's CS01 and " +
			"HM07 refusals read by the rows' own (weak) readings where the helper's labels differ, \"421 too many " +
			"errors\" read as a local rule's refusal, and iOS's \"Cannot Send Mail\" alerts (from memory) read as a " +
			"local rule's refusal",
		// iCloud Mail as a receiving and sending service: Apple's error codes, Hide My Email, iPhone and Mac Mail
		// alerts, custom domains; written blind.
		recipients: 0.75, status: 0.95, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "zohomail",
		first: "2026-12-02, before any change made after reading it: 20/23 recipients (87.0%), 13/13 status codes, " +
			"8/8 high-confidence answers, visible text 19/23, final or retried 19/20; missed: Zoho's \"550 5.4.6 " +
			"Unusual sending activity detected\" read as a refused sender, its \"Daily Mail Size Quota Exceeds " +
			"Limit\" block read as a full mailbox, a Zoho Campaigns report row read as no bounce",
		// Zoho Mail, ZeptoMail and Zoho Campaigns: notices, SMTP refusals, outgoing blocks, webhook events; written
		// blind.
		// Since: 21/23 with Zoho's outgoing-block notices read as the sender's own sending limit.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.85, final: 0.9,
	},
	{
		dir: "blocklistintl",
		first: "2026-12-02, before any change made after reading it: 19/23 recipients (82.6%), 16/16 status codes, " +
			"10/11 high-confidence answers (the wrong one: Spamhaus's confirmation of a removal read as a " +
			"listing), visible text 19/23, final or retried 20/20; missed: NetEase's refusal (from memory) read " +
			"as a local rule's, a Korean KISA notice (from memory) read as a content filter's, and two removal " +
			"confirmations read as listings",
		// Blocklist and reputation refusals as localized and regional servers and providers write them, in eleven
		// languages; written blind.
		recipients: 0.8, status: 0.95, high: 0.9, visible: 0.8, final: 0.95,
	},
	{
		dir: "caribbean",
		first: "2026-12-02, before any change made after reading it: 21/21 recipients, 16/16 status codes, 12/12 " +
			"high-confidence answers, visible text 20/21, final or retried 17/17",
		// Caribbean and Central American providers and government mail, notices in English, Spanish, French and
		// Dutch; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "gmailui",
		first: "2026-12-02, before any change made after reading it: 16/22 recipients (72.7%), 13/13 status codes, " +
			"9/10 high-confidence answers (the wrong one: the spam folder's banner above a message whose subject " +
			"names a bounce, a trap), visible text 16/22, final or retried 14/14; missed: Gmail's warning banners" +
			" (\"Be careful with this message\", \"This message seems dangerous\") read as content filters' refusals," +
			" its outbox's \"not sent\" read as a failure, Outlook.com's banner and notice of a blocked account " +
			"read as no bounce and as a content filter's refusal",
		// What Gmail's and Outlook.com's web views show around failed and suspicious mail: bounce cards, warning
		// banners, sending limits, blocked accounts; written blind.
		recipients: 0.7, status: 0.95, high: 0.85, visible: 0.7, final: 0.95,
	},
	{
		dir: "dynamicip",
		first: "2026-12-02, before any change made after reading it: 22/26 recipients (84.6%), 16/16 status codes, " +
			"10/10 high-confidence answers, visible text 22/26, final or retried 19/20; missed: a Postfix mailq " +
			"listing of three recipients deferred for a missing reverse DNS (from memory) read as no bounce, an " +
			"ISP's notice that it blocks port 25 read as a blocklisting",
		// Refusals of mail from dynamic, residential and generic-rDNS addresses as about twenty servers and providers
		// word them (Spamhaus PBL, SORBS DUL, Comcast, Cox, Gmail, Microsoft 365, Postfix, Exim); written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.9,
	},
	{
		dir: "milters",
		first: "2026-12-02, before any change made after reading it: 17/21 recipients (81.0%), 19/19 status codes, " +
			"2/2 high-confidence answers, visible text 17/21, final or retried 18/18; missed: clamav-milter's " +
			"bare \"Command rejected\" (from memory) read as a local rule's refusal, rspamd's soft reject read as " +
			"server trouble, a delivered message's milter headers and a quarantine digest read as refusals",
		// Refusals by milters and content scanners behind Postfix and Sendmail (OpenDMARC, clamav-milter,
		// spamass-milter, rspamd, MIMEDefang, amavisd, milter-greylist); written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "nlisp",
		first: "2026-12-02, before any change made after reading it: 16/18 recipients (88.9%), 11/11 status codes, " +
			"9/9 high-confidence answers, visible text 15/18, final or retried 14/15; missed: KPN's POP3 \"Your IP" +
			" ... is blacklisted\" when collecting mail read as a blocklisting of sent mail, HubSpot's \"Niet " +
			"verzonden\" read as no bounce",
		// Dutch providers, hosts and government mail (KPN, Ziggo, XS4ALL, TransIP), notices in Dutch; written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.8, final: 0.9,
	},
	{
		dir: "deconsumer",
		first: "2026-12-02, before any change made after reading it: 25/25 recipients, 13/13 status codes, 11/11 " +
			"high-confidence answers, visible text 25/25, final or retried 20/20",
		// German consumer providers (T-Online, GMX, Web.de, freenet, IONOS, posteo, mailbox.org), notices in German;
		// written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "csvexports",
		first: "2026-12-02, before any change made after reading it: 55/74 recipients (74.3%), 54/61 status codes, " +
			"23/23 high-confidence answers, visible text 53/74, final or retried 17/18; missed: rows of tables " +
			"read out of place or not at all (an SES suppression list export, Brevo's and Mailgun's mixed logs, " +
			"SendGrid's activity feed), delivered rows beside failed ones, Microsoft 365 message trace rows with " +
			"no reason of their own",
		// Bounce and suppression data exported as tables (SendGrid, Mailgun, SES, Postmark, Mailchimp, Brevo, HubSpot,
		// Constant Contact, Campaign Monitor, Microsoft 365 message trace, a pasted spreadsheet); written blind.
		// Since: 67/74 once tables are read row by row as the services' events (tables.go).
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "oldclients",
		first: "2026-12-02, before any change made after reading it: 26/27 recipients (96.3%), 17/17 status codes, " +
			"10/10 high-confidence answers, visible text 26/27, final or retried 23/23",
		// Send errors and bounce views of older and less common mail programs (Eudora, Pegasus and Mercury, Opera,
		// SeaMonkey, Notes, GroupWise, Windows Live Mail, The Bat!, Claws, Evolution, KMail, Mutt, Alpine); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "notifyfailures",
		first: "2026-12-02, before any change made after reading it: 20/25 recipients (80.0%), 11/11 status codes, " +
			"7/7 high-confidence answers, visible text 20/25, final or retried 20/20; missed: GitHub's and " +
			"Slack's notices that mail to the reader bounced (from memory) read as an unknown address where the " +
			"label takes no reason, Stripe's dashboard and Mailchimp's cleaned profile read as no bounce",
		// Services telling their users that mail bounced (GitHub, Slack, Google Calendar and Groups, PayPal, Stripe,
		// Shopify, Zendesk, Freshdesk, Jira, Discourse, Mailchimp, banks); written blind.
		recipients: 0.75, status: 0.95, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "sovereigncloud",
		first: "2026-12-02, before any change made after reading it: 22/23 recipients (95.7%), 18/19 status codes, " +
			"10/10 high-confidence answers, visible text 21/23, final or retried 20/20; missed: an announcement " +
			"of a move to the EU Data Boundary read as a failure",
		// Sovereign and government clouds (Office 365 by 21Vianet, GCC High and DoD, EU Data Boundary, Google
		// Workspace for government, GovCloud SES) and the gateways before them; written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "phthmy",
		first: "2026-12-02, before any change made after reading it: 17/19 recipients (89.5%), 10/11 status codes, " +
			"8/8 high-confidence answers, visible text 16/19, final or retried 15/15; missed: a Thai help page " +
			"pasted as a question read as a blocklisting, a warning that a mailbox is almost full read as a full " +
			"mailbox",
		// Philippine, Thai and Malaysian providers, hosts and government mail, notices in Thai, Malay and Filipino;
		// written blind.
		// Since: 18/19 at its first run with the engine of the round's start (the quota warning read as no bounce).
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "exchangeold",
		first: "2026-12-02, before any change made after reading it: 23/23 recipients, 19/20 status codes, 13/13 " +
			"high-confidence answers, visible text 22/23, final or retried 18/18",
		// On-premises Exchange 5.5, 2003, 2007, 2010 and 2013 notices and delays as old archives hold them; written
		// blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "newsletters",
		first: "2026-12-02, before any change made after reading it: 21/26 recipients (80.8%), 16/16 status codes, " +
			"15/15 high-confidence answers, visible text 21/26, final or retried 17/18; missed: a help page " +
			"listing bounce types read as a full mailbox, two readers' complaints shown on a writer's dashboard " +
			"read as content filters' refusals, a subscriber page marked bounced with no reason read as no " +
			"bounce, a post's statistics mail read as a content filter's refusal",
		// Newsletter and creator platforms (Substack, Beehiiv, Ghost, Kit, Buttondown, MailerLite, EmailOctopus,
		// Sendy, listmonk, Mailchimp's cleaned members): their notices, dashboards and the bounces a writer gets;
		// written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.9,
	},
	{
		dir: "logpipelines",
		first: "2026-12-02, before any change made after reading it: 25/25 recipients, 21/21 status codes, 10/10 " +
			"high-confidence answers, visible text 25/25, final or retried 19/19",
		// Mail logs as log tools show them (Kibana, Graylog, Loki, Splunk, CloudWatch, Cloud Logging, Datadog,
		// journalctl, container logs, RFC 5424 syslog); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "iberiagreece",
		first: "2026-12-02, before any change made after reading it: 23/23 recipients, 20/20 status codes, 11/11 " +
			"high-confidence answers, visible text 23/23, final or retried 18/19",
		// Providers and hosts of Portugal, Spain, Greece, Cyprus, Malta and Iceland, notices in Portuguese, Spanish,
		// Galician, Catalan, Basque, Greek, Maltese and Icelandic; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.9,
	},
	{
		dir: "notfound2nd",
		first: "2026-12-02, before any change made after reading it: 22/23 recipients (95.7%), 15/15 status codes, " +
			"12/13 high-confidence answers, visible text 22/23, final or retried 20/20; missed: a help article " +
			"quoting \"550 5.1.1 User unknown\" read as a bounce",
		// "No such recipient" from software beyond the big MTAs and providers (Dovecot, Stalwart, Haraka, mox,
		// chasquid, OpenSMTPD, Cyrus, James, hMailServer, SmarterMail, IceWarp, Kerio, gateways); written blind.
		recipients: 0.95, status: 0.95, high: 0.9, visible: 0.95, final: 0.95,
	},
	{
		dir: "full2nd",
		first: "2026-12-02, before any change made after reading it: 28/28 recipients, 17/17 status codes, 13/13 " +
			"high-confidence answers, visible text 28/28, final or retried 24/24",
		// Full mailboxes and quotas from software beyond the big MTAs and providers (Dovecot, Cyrus, Courier
		// maildrop, Zimbra, MDaemon, MailEnable, procmail, Japanese and other regional providers); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "disabled2nd",
		first: "2026-12-02, before any change made after reading it: 16/21 recipients (76.2%), 10/10 status codes, " +
			"6/6 high-confidence answers, visible text 16/21, final or retried 16/16; missed: a Zimbra " +
			"maintenance reply written from memory, with 4.2.1, read as a rate limit, a sender's own suspended " +
			"account read as the recipient's, and three look-alikes (a hosting bill's suspension, a warning about" +
			" an inactive mailbox, a forum post) read as disabled mailboxes",
		// Disabled, suspended, locked and closed accounts as less common servers and regional providers write
		// them (Zimbra, Coremail, NetEase, Interia, MailEnable, IceWarp, cPanel); written blind.
		recipients: 0.75, status: 0.95, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "blocked2nd",
		first: "2026-12-02, before any change made after reading it: 18/22 recipients (81.8%), 14/14 status codes, " +
			"7/8 high-confidence answers, visible text 18/22, final or retried 18/18; missed: Barracuda's bare " +
			"\":blocked\" read as a local rule, a UCEPROTECT lookup page and a Barracuda removal confirmation read " +
			"as blocklistings (the second at high confidence), a newsletter about reputation read as a spam " +
			"complaint",
		// Blocklist and reputation refusals by software, filters and providers other than Gmail, Yahoo and Microsoft
		// (SORBS, UCEPROTECT, SpamCop, Barracuda, Trend Micro, Cloudmark, T-Online, GMX, NetEase); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "tempfail2nd",
		first: "2026-12-02, before any change made after reading it: 18/20 recipients (90.0%), 9/9 status codes, 4/4" +
			" high-confidence answers, visible text 18/20, final or retried 13/16; missed: a SendGrid deferral " +
			"\"too frequent connects\" read as server trouble, a list of reply codes read as a failure",
		// Delays and temporary failures from sendmail, OpenSMTPD, qmail, Haraka, Courier, MDaemon, SendGrid and
		// SES; written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.8,
	},
	{
		dir: "relay2nd",
		first: "2026-12-02, before any change made after reading it: 20/20 recipients, 12/12 status codes, 4/4 high-" +
			"confidence answers, visible text 20/20, final or retried 17/17",
		// Refused relays and required authentication from qmail, Haraka, hMailServer, Courier, OpenSMTPD, Stalwart
		// and the errors of apps, printers and mail libraries; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "content2nd",
		first: "2026-12-02, before any change made after reading it: 20/23 recipients (87.0%), 15/15 status codes, " +
			"4/4 high-confidence answers, visible text 20/23, final or retried 20/20; missed: a quarantine digest" +
			" read as a failure of unknown cause, NetEase's notice that a message was marked as spam read as no " +
			"bounce, Rspamd's forbidden attachment extension read as a local rule",
		// Content refusals by filters and servers beyond the big providers (Rspamd, Amavis, SpamAssassin, ClamAV,
		// Proxmox, Barracuda, Mimecast, Yandex, Mail.ru, NetEase); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "hostunknown2nd",
		first: "2026-12-02, before any change made after reading it: 23/25 recipients (92.0%), 13/13 status codes, " +
			"9/9 high-confidence answers, visible text 22/25, final or retried 19/20; missed: hMailServer's " +
			"notice retyped without an apostrophe read with no reason, a mail library's error for the sender's " +
			"own unresolvable server read as no bounce",
		// Unknown domains, missing MX and null MX from sendmail, qmail, OpenSMTPD, Haraka, hMailServer, Domino,
		// sending services and mail libraries; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.85, final: 0.9,
	},
	{
		dir: "auth2nd",
		first: "2026-12-02, before any change made after reading it: 17/18 recipients (94.4%), 15/15 status codes, " +
			"5/6 high-confidence answers, visible text 17/18, final or retried 14/14; missed: an SPF checker's " +
			"result read as a failure, at high confidence",
		// SPF, DKIM and DMARC refusals by OpenDMARC, policyd-spf, Exim's ACLs, Rackspace and Mailman; written
		// blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "policy2nd",
		first: "2026-12-02, before any change made after reading it: 17/21 recipients (81.0%), 14/14 status codes, " +
			"2/2 high-confidence answers, visible text 17/21, final or retried 18/18; missed: Exim's refusal of " +
			"an unauthenticated local sender read with no reason, Zimbra's refusal of a sender not logged in read" +
			" as a refused relay, two configuration guides read as refusals",
		// Receiving policies: HELO checks, required TLS, sender verification, loops, bare LF, recipient limits,
		// country blocks (Postfix, Exim, sendmail, OpenSMTPD, Haraka, Stalwart, Zimbra, hMailServer); written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "tables2",
		first: "2026-12-02, before any change made after reading it: 20/66 recipients (30.3%), 33/54 status codes, " +
			"10/17 high-confidence answers, visible text 20/66, final or retried 17/19; missed: the rows of " +
			"exported tables, read line by line as text",
		// Tables exported or copied from sending services' logs and suppression lists, Microsoft 365's message
		// trace, Google's Email Log Search, Proofpoint and Mimecast; written blind after tables.go was written.
		// Since: 46/66 with the reading of tables (the binary of the round: 39/66).
		recipients: 0.65, status: 0.85, high: 0.95, visible: 0.65, final: 0.95,
	},
	{
		dir: "ratelimit2nd",
		first: "2026-12-02, before any change made after reading it: 19/20 recipients (95.0%), 9/9 status codes, 3/3" +
			" high-confidence answers, visible text 19/20, final or retried 17/17; missed: Orange's OFR_999 " +
			"deferral read as a blocklisting",
		// Rate limits and sending quotas of cPanel's Exim, Postfix's anvil, QQ, Orange, Comcast, GoDaddy, Mailu and
		// SES; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "size2nd",
		first: "2026-12-02, before any change made after reading it: 19/23 recipients (82.6%), 12/13 status codes, " +
			"11/11 high-confidence answers, visible text 19/23, final or retried 20/20; missed: SES's API refusal" +
			" of a long message and Outlook's attachment limit read as no bounce, two look-alikes (a large-file " +
			"transfer, an IT notice) read as refusals",
		// Size refusals of Postfix, sendmail, qmail, Exim, Haraka, maddy, SES and mail programs; written blind.
		// Since: 20/23 with Outlook's attachment limit (KB 2813269).
		recipients: 0.85, status: 0.9, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "tables3",
		first: "2026-12-02, before any change made after reading it: 21/45 recipients (46.7%), 25/32 status codes, " +
			"10/13 high-confidence answers, visible text 21/45, final or retried 20/21; missed: the rows of " +
			"tables read out of place or not at all (Exchange's tracking log as a table, a list and a CSV export," +
			" Microsoft 365's message trace V2, Google's Email Log Search and BigQuery export, cPanel's Track " +
			"Delivery, Zimbra's zmmsgtrace, marketing platforms' exports)",
		// Tables from admin and marketing tools (Exchange's tracking log, Microsoft 365's message trace, Google's
		// Email Log Search, Zimbra, Kerio, cPanel, Plesk, Postfix logs in a spreadsheet, HubSpot, Salesforce
		// Marketing Cloud, Mailchimp, Constant Contact, Klaviyo, Campaign Monitor); written blind after
		// tables.go was written. Since: 27/45 (the binary of the round: 23/45).
		recipients: 0.55, status: 0.8, high: 0.8, visible: 0.55, final: 0.9,
	},
	{
		dir: "expired2nd",
		first: "2026-12-02, before any change made after reading it: 21/25 recipients (84.0%), 15/19 status codes, " +
			"6/6 high-confidence answers, visible text 22/25, final or retried 20/21; missed: an Exchange expiry " +
			"whose last reply named a blocklist read as server trouble, Mailgun's \"Too old\" event read with no " +
			"reason, a recall report and a certificate's expiry read as failures",
		// Deliveries given up after days of retrying (Postfix, Exim, sendmail, qmail, Exchange, OpenSMTPD, SendGrid,
		// Mailgun) and the warnings before; written blind.
		recipients: 0.8, status: 0.75, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "unavailable2nd",
		first: "2026-12-02, before any change made after reading it: 17/23 recipients (73.9%), 13/14 status codes, " +
			"3/3 high-confidence answers, visible text 16/23, final or retried 18/18; missed: generic refusals " +
			"read otherwise than their labels (a bare \"550 5.0.0 Rejected\" as a local rule, a 421 \"Service not " +
			"available\" delay as a blocklisting, GMX's 550 at submission as a missing mailbox, Yahoo's \"Request " +
			"failed; Mailbox unavailable\" as a disabled mailbox, a 554 \"Service unavailable\" as server trouble) " +
			"and a forum answer on 550 read as a failure",
		// Generic and ambiguous refusals ("mailbox unavailable", "Rejected", "Transaction failed", "Access
		// denied", "Service not available") from many servers and providers; written blind.
		recipients: 0.7, status: 0.9, high: 0.95, visible: 0.65, final: 0.95,
	},
	{
		dir: "complaint2nd",
		first: "2026-12-02, before any change made after reading it: 21/23 recipients (91.3%), 3/3 status codes, " +
			"14/15 high-confidence answers, visible text 21/23, final or retried 2/2; missed: SpamCop's " +
			"acceptance of a report read as a blocklisting, a DMARC failure report read as a complaint at high " +
			"confidence",
		// Feedback-loop reports and complaint notices from Yahoo, AOL, Comcast, Validity, Mail.ru, Yandex, Seznam,
		// XS4ALL, SpamCop and sending services, and look-alikes; written blind.
		recipients: 0.9, status: 0.95, high: 0.9, visible: 0.9, final: 0.95,
	},
	{
		dir: "clients5",
		first: "2026-12-02, before any change made after reading it: 23/27 recipients (85.2%), 17/17 status codes, " +
			"10/10 high-confidence answers, visible text 23/27, final or retried 19/21; missed: iOS Mail's " +
			"\"recipient was rejected\" read as a local rule, OWA's error number read as a blocklisting, SOGo's " +
			"greylisting reply read as a policy's refusal, K-9's sender refusal read as a refused relay",
		// Send errors of phone and webmail programs (iOS and macOS Mail, Gmail's app, Outlook mobile, FairEmail, K-9,
		// Roundcube, SOGo, Horde, OWA, Zimbra) in English, German, French and Spanish; written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.9,
	},
	{
		dir: "ownquota",
		first: "2026-12-02, before any change made after reading it: 22/24 recipients (91.7%), 16/17 status codes, " +
			"11/12 high-confidence answers, visible text 22/24, final or retried 19/19; missed: Exchange's " +
			"warning to a mailbox's owner read as a full mailbox at high confidence, Gmail's send failure for the" +
			" sender's full storage read with no reason",
		// Failures caused by the sender's own mailbox or account (send quotas, sending limits, suspended accounts,
		// expired passwords) beside recipients' full mailboxes; written blind.
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "antispoof",
		first: "2026-12-02, before any change made after reading it: 23/23 recipients, 15/15 status codes, 5/5 high-" +
			"confidence answers, visible text 23/23, final or retried 20/20",
		// Refused send-as and spoofing (Exchange's 5.7.60, Postfix's login mismatch, Mimecast, Proofpoint, Barracuda,
		// Sophos, Gmail, Exim's sender verification); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "delivered2nd",
		first: "2026-12-02, before any change made after reading it: 17/25 recipients (68.0%), 13/16 status codes, " +
			"14/14 high-confidence answers, visible text 17/25, final or retried 3/3; missed: Outlook's delivery " +
			"receipts in four languages (written from memory), a message trace and a Domino delivery report, a " +
			"swaks transcript, and a delivered recipient beside a delayed one",
		// Reports that a message was delivered, relayed or expanded (Postfix, Exchange, Outlook, sendmail, qmail,
		// Domino, SES, SendGrid) and look-alikes; written blind.
		recipients: 0.65, status: 0.8, high: 0.95, visible: 0.65, final: 0.95,
	},
	{
		dir: "helpdeskusuk",
		first: "2026-12-02, before any change made after reading it: 22/22 recipients, 18/18 status codes, 12/12 " +
			"high-confidence answers, visible text 22/22, final or retried 18/18",
		// A helpdesk's ordinary week in the US, Canada, the UK and Ireland: the common bounces of the big providers
		// and everyday servers, in their usual proportions; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "helpdeskeumix",
		first: "2026-12-02, before any change made after reading it: 19/22 recipients (86.4%), 17/17 status codes, " +
			"12/12 high-confidence answers, visible text 19/22, final or retried 18/18; missed: web.de's refusal " +
			"of a sender domain without MX read as a missing mailbox, a Polish delivery receipt read as no " +
			"report, an IT maintenance notice read as server trouble",
		// A helpdesk's ordinary week in continental Europe, notices in nine languages; written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "helpdeskapac",
		first: "2026-12-02, before any change made after reading it: 23/24 recipients (95.8%), 18/18 status codes, " +
			"11/11 high-confidence answers, visible text 23/24, final or retried 18/18; missed: a phishing mail " +
			"that imitates a delivery failure read as a content filter's refusal",
		// A helpdesk's ordinary week in Asia and the Pacific, notices in Japanese, Korean, Chinese, Indonesian,
		// Vietnamese and English; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "helpdesklatamafrica",
		first: "2026-12-02, before any change made after reading it: 20/21 recipients (95.2%), 13/14 status codes, " +
			"11/11 high-confidence answers, visible text 19/21, final or retried 17/17; missed: an Exim delay " +
			"warning in French read as a blocklisting",
		// A helpdesk's ordinary week in Latin America, the Middle East and Africa, in Spanish, Portuguese, French,
		// Arabic and English; written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "tables4",
		first: "2026-12-02, before any change made after reading it: 27/80 recipients (33.8%), 43/72 status codes, " +
			"11/18 high-confidence answers, visible text 27/80, final or retried 19/19; missed: the rows of " +
			"twenty services' exported tables read out of place or not at all",
		// Tables exported from sending and marketing services beyond the big ones (Resend, Azure Communication
		// Services, SMTP2GO, Elastic Email, MailerSend, Mailtrap, Pinpoint, Klaviyo, Customer.io, Braze, Iterable,
		// listmonk, Sendy, Omnisend, ZeptoMail, Loops, Netcore, SMTP.com, Zoho Campaigns); written blind after the
		// reading of tables. Since: 44/80 (the binary of the round: 37/80).
		recipients: 0.5, status: 0.8, high: 0.85, visible: 0.5, final: 0.9,
	},
	{
		dir: "googlecodes",
		first: "2026-12-02, before any change made after reading it: 19/21 recipients (90.5%), 18/19 status codes, " +
			"5/5 high-confidence answers, visible text 19/21, final or retried 17/18; missed: an excerpt of " +
			"Google's error table and a Postmaster Tools dashboard read as refusals",
		// Google's SMTP replies from its published error reference, in other servers' notices and Gmail's own;
		// written blind.
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.9, final: 0.9,
	},
	{
		dir: "m365codes",
		first: "2026-12-02, before any change made after reading it: 25/26 recipients (96.2%), 24/24 status codes, " +
			"15/15 high-confidence answers, visible text 25/26, final or retried 22/22; missed: a question " +
			"quoting Microsoft's help text on 5.7.705 read as a blocklisting",
		// Exchange Online's NDR codes from Microsoft's reference, in its own notices and others'; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "yahoocodes",
		first: "2026-12-02, before any change made after reading it: 19/21 recipients (90.5%), 12/12 status codes, " +
			"9/9 high-confidence answers, visible text 19/21, final or retried 17/17; missed: Yahoo's \"[160]\" " +
			"deferral read as a rate limit, Yahoo's help page quoting a code read as a refusal",
		// Yahoo's and AOL's SMTP replies from Yahoo Sender Hub's error codes, in other servers' notices; written
		// blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weekmsp",
		first: "2026-12-02, before any change made after reading it: 25/25 recipients, 23/23 status codes, 19/19 " +
			"high-confidence answers, visible text 24/25, final or retried 20/20",
		// An ordinary week at an IT managed-service provider (Microsoft 365 and Google Workspace tenants,
		// scanners, line-of-business apps, smarthosts); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekshop",
		first: "2026-12-02, before any change made after reading it: 21/22 recipients (95.5%), 16/16 status codes, " +
			"11/11 high-confidence answers, visible text 21/22, final or retried 19/19; missed: a customer's " +
			"message saying a mail never came read as a content filter's refusal",
		// An ordinary week at an online shop's support (order and password mails through Shopify, WooCommerce,
		// Magento, SendGrid, Mailgun, SES, Postfix); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekuniversity",
		first: "2026-12-02, before any change made after reading it: 25/26 recipients (96.2%), 19/19 status codes, " +
			"13/13 high-confidence answers, visible text 24/26, final or retried 19/19; missed: a phishing mail " +
			"imitating a quota warning read as a full mailbox",
		// An ordinary week at a university's IT service desk (Exchange Online, Google Workspace for Education,
		// lists, forwarding, alumni); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weeksmallbiz",
		first: "2026-12-02, before any change made after reading it: 25/26 recipients (96.2%), 16/16 status codes, " +
			"11/11 high-confidence answers, visible text 24/26, final or retried 20/20; missed: a phishing mail " +
			"imitating a bounce read as a content filter's refusal",
		// An ordinary week in a small business owner's mailbox on cPanel or Plesk hosting; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weekmarketing",
		first: "2026-12-02, before any change made after reading it: 20/21 recipients (95.2%), 15/15 status codes, " +
			"12/12 high-confidence answers, visible text 20/21, final or retried 14/16; missed: Klaviyo's " +
			"suppressed profile read as no bounce",
		// An ordinary week of a marketing team's email operations (Mailchimp, HubSpot, Klaviyo, Brevo, Postmark,
		// SES); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.85,
	},
	{
		dir: "weekdevops",
		first: "2026-12-02, before any change made after reading it: 22/22 recipients, 18/18 status codes, 12/12 " +
			"high-confidence answers, visible text 22/22, final or retried 18/18",
		// An ordinary week of a software team's on-call rotation (logs, SMTP libraries, sending services' API errors
		// and webhooks); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weeknonprofit",
		first: "2026-12-02, before any change made after reading it: 18/21 recipients (85.7%), 13/13 status codes, " +
			"6/6 high-confidence answers, visible text 18/21, final or retried 17/17; missed: Google Groups' bulk" +
			" refusal read as a blocklisting, Mailchimp's compliance state read as no bounce, Mailchimp's abuse " +
			"report read as a content filter's refusal",
		// An ordinary week of a non-profit's volunteer coordinator (Mailchimp, Google Groups, Mailman, consumer
		// providers); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "weekgov",
		first: "2026-12-02, before any change made after reading it: 20/20 recipients, 16/16 status codes, 12/12 " +
			"high-confidence answers, visible text 19/20, final or retried 16/16",
		// An ordinary week of a public-sector mail team (government clouds, secure gateways, mandatory TLS, large
		// attachments, classification labels); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weeklegal",
		first: "2026-12-02, before any change made after reading it: 24/24 recipients, 19/19 status codes, 11/11 " +
			"high-confidence answers, visible text 23/24, final or retried 19/19",
		// An ordinary week at a law firm's IT (large attachments, encrypted portals, courts and agencies); written
		// blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekhealth",
		first: "2026-12-02, before any change made after reading it: 22/22 recipients, 16/16 status codes, 15/15 " +
			"high-confidence answers, visible text 22/22, final or retried 18/18",
		// An ordinary week at a clinic group's IT (secure-message gateways, patients on consumer providers, reminder
		// services, partners' TLS and DMARC); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekschool",
		first: "2026-12-02, before any change made after reading it: 20/21 recipients (95.2%), 16/16 status codes, " +
			"13/13 high-confidence answers, visible text 19/21, final or retried 17/17; missed: a phishing mail " +
			"dressed as a bounce read as a failure of unknown cause",
		// An ordinary week at a school district's IT (Google Workspace for Education, parents, a school messaging
		// service, student accounts disabled over the summer); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weekhotel",
		first: "2026-12-02, before any change made after reading it: 18/20 recipients (90.0%), 15/16 status codes, " +
			"13/13 high-confidence answers, visible text 18/20, final or retried 16/16; missed: a night auditor's" +
			" note read as server trouble, a delivered row of a dashboard read as no report",
		// An ordinary week at a hotel group's front office (booking engines, property systems, guests worldwide, OTA
		// relay addresses); written blind.
		recipients: 0.85, status: 0.9, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "weekrecruiting",
		first: "2026-12-02, before any change made after reading it: 22/22 recipients, 18/18 status codes, 11/11 " +
			"high-confidence answers, visible text 22/22, final or retried 18/18",
		// An ordinary week of a recruiting team (an applicant-tracking system's mail, old and closed candidate
		// addresses); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekaccounting",
		first: "2026-12-02, before any change made after reading it: 19/19 recipients, 15/15 status codes, 9/9 high-" +
			"confidence answers, visible text 19/19, final or retried 16/16",
		// An ordinary week of a finance team (invoices from ERP and accounting systems, suppliers' gateways, large
		// PDFs); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekmedia",
		first: "2026-12-02, before any change made after reading it: 26/26 recipients, 22/22 status codes, 14/14 " +
			"high-confidence answers, visible text 25/26, final or retried 20/20",
		// An ordinary week of a newsroom and press office (press lists, journalists who moved, reader mail,
		// newsletters); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weeklogistics",
		first: "2026-12-02, before any change made after reading it: 20/21 recipients (95.2%), 17/17 status codes, " +
			"13/13 high-confidence answers, visible text 20/21, final or retried 18/18; missed: a parcel " +
			"service's \"delivery failed, nobody at home\" notice read as a failure of unknown cause",
		// An ordinary week at a logistics company's customer service (transport systems' notifications, customs
		// documents, partners abroad, depot scanners); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekjapan",
		first: "2026-12-02, before any change made after reading it: 23/25 recipients (92.0%), 19/19 status codes, " +
			"18/18 high-confidence answers, visible text 23/25, final or retried 19/19; missed: NTT docomo's \"552" +
			" Too much mail data\" (its full-mailbox reply) at an address the set hides as docomo.example, read as" +
			" a message too large; a phishing mail dressed as a delivery error read as a failure of unknown cause",
		// An ordinary week at a Japanese manufacturer's IT helpdesk (Japanese-localized Exchange Online and Gmail,
		// the mobile carriers, OCN, Sakura, Xserver, scanners); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weekgermany",
		first: "2026-12-02, before any change made after reading it: 18/18 recipients, 12/13 status codes, 8/8 high-" +
			"confidence answers, visible text 18/18, final or retried 15/15",
		// An ordinary week at a German engineering company with its own Exchange in German (T-Online, GMX, WEB.DE,
		// IONOS, customers in Austria and Switzerland); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekfrance",
		first: "2026-12-02, before any change made after reading it: 24/27 recipients (88.9%), 22/22 status codes, " +
			"10/10 high-confidence answers, visible text 24/27, final or retried 23/23; missed: Orange's " +
			"OFR005_505 \"Service refuse\" delay read as server trouble, Postfix's \"421 4.7.0 Error: too many " +
			"errors\" read as a protocol refusal, an Exchange quota warning in French read as a full mailbox",
		// An ordinary week at a French town hall (French-localized Microsoft 365, Orange, Free, La Poste, OVHcloud,
		// citizens on Gmail and Yahoo); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "weekbrazil",
		first: "2026-12-02, before any change made after reading it: 19/19 recipients, 15/15 status codes, 12/12 " +
			"high-confidence answers, visible text 18/19, final or retried 16/16",
		// An ordinary week at a Brazilian online shop (the shop platform, a sending service, UOL, BOL, Terra,
		// Locaweb, KingHost); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weekchina",
		first: "2026-12-02, before any change made after reading it: 19/23 recipients (82.6%), 11/11 status codes, " +
			"8/8 high-confidence answers, visible text 19/23, final or retried 18/18; missed: a QQ Mail \"Host not" +
			" found\" screenshot whose domain \"不存在\" read as an unknown user, NetEase's \"421 HL:IFC\" read as server" +
			" trouble, a QQ holiday reply under a question that says \"退信\" read as a failure of unknown cause, a " +
			"phishing \"mailbox full\" notice read as a full mailbox",
		// An ordinary week at a Chinese export company (Tencent Exmail and QQ Mail, NetEase, Sina, Aliyun, buyers
		// abroad); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weekindia",
		first: "2026-12-02, before any change made after reading it: 20/21 recipients (95.2%), 19/19 status codes, " +
			"14/14 high-confidence answers, visible text 20/21, final or retried 18/18; missed: a phishing " +
			"\"undelivered messages\" mail read as a disabled mailbox",
		// An ordinary week at an Indian IT services firm (Microsoft 365, Google Workspace, Zoho Mail, Rediffmail,
		// NIC, candidates on consumer providers); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekpolcz",
		first: "2026-12-02, before any change made after reading it: 21/21 recipients, 16/17 status codes, 11/11 " +
			"high-confidence answers, visible text 21/21, final or retried 17/17",
		// An ordinary week at a Polish and Czech accounting firm (Onet, WP, Interia, home.pl, Seznam, Microsoft 365
		// and Gmail in Polish and Czech); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekspanish",
		first: "2026-12-02, before any change made after reading it: 22/22 recipients, 17/17 status codes, 11/11 " +
			"high-confidence answers, visible text 21/22, final or retried 18/18",
		// An ordinary week at a Spanish-language university in Mexico and Spain (Microsoft 365 and Google Workspace
		// in Spanish, Movistar, Prodigy, faculty lists, Moodle); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekkorea",
		first: "2026-12-02, before any change made after reading it: 17/21 recipients (81.0%), 13/15 status codes, " +
			"8/8 high-confidence answers, visible text 16/21, final or retried 15/16; missed: two Korean Exchange" +
			" Online notices forwarded under Outlook's Korean header (보낸 사람, 제목) read as the returned message, a " +
			"Korean delivery receipt read as a failure of unknown cause, a question about mail landing in spam " +
			"folders read as a content refusal",
		// An ordinary week at a Korean game company's IT support (Korean-localized Microsoft 365 and Gmail, Naver,
		// Daum, Cafe24, players abroad); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.85, final: 0.9,
	},
	{
		dir: "weekrussia",
		first: "2026-12-02, before any change made after reading it: 21/21 recipients, 15/16 status codes, 7/7 high-" +
			"confidence answers, visible text 20/21, final or retried 18/18",
		// An ordinary week at a Russian-speaking distributor (Yandex, Mail.ru, Rambler, Russian-localized Exchange
		// and Microsoft 365, Russian hosting, partners in the CIS); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekturkey",
		first: "2026-12-02, before any change made after reading it: 22/26 recipients (84.6%), 16/16 status codes, " +
			"16/16 high-confidence answers, visible text 22/26, final or retried 20/20; missed: Yandex webmail's " +
			"sending-limit warning in Turkish with no code, a Turkish delivery receipt, a cPanel quota warning " +
			"read as a full mailbox, a phishing \"Undeliverable\" mail read as a failure of unknown cause",
		// An ordinary week at a Turkish textile exporter (Turkish-localized Outlook and Microsoft 365, Gmail, Yandex,
		// cPanel and Plesk hosting, buyers in Europe); written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "weekgulf",
		first: "2026-12-02, before any change made after reading it: 22/22 recipients, 14/14 status codes, 10/10 " +
			"high-confidence answers, visible text 22/22, final or retried 18/18",
		// An ordinary week at a trading company in the Gulf (Microsoft 365 in Arabic and English, Gmail, Etisalat and
		// du, Zoho, government portals, suppliers in India and China); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekitaly",
		first: "2026-12-02, before any change made after reading it: 24/25 recipients (96.0%), 18/19 status codes, " +
			"15/15 high-confidence answers, visible text 24/25, final or retried 21/21; missed: Aruba's \"policy " +
			"violation\" (its guide: too many messages) read as a local rule",
		// An ordinary week at an Italian fashion brand's office (Italian-localized Microsoft 365, Gmail, Libero,
		// Virgilio, Aruba, Register.it, PEC); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weeknordic",
		first: "2026-12-02, before any change made after reading it: 18/20 recipients (90.0%), 18/18 status codes, " +
			"10/10 high-confidence answers, visible text 17/20, final or retried 17/17; missed: iCloud's [CS01] " +
			"read as a blocklisting (Apple's page names no cause), a Danish delivery receipt read as no report",
		// An ordinary week at a Nordic municipality's IT (localized Microsoft 365, Telia, Telenor, Loopia, One.com,
		// citizens on consumer providers); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "weekbenelux",
		first: "2026-12-02, before any change made after reading it: 22/22 recipients, 16/16 status codes, 11/11 " +
			"high-confidence answers, visible text 21/22, final or retried 18/18",
		// An ordinary week at a Dutch and Belgian housing corporation (Dutch-localized Microsoft 365 and Outlook, KPN,
		// Ziggo, Telenet, Proximus, TransIP, tenants on consumer providers); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekseasia",
		first: "2026-12-02, before any change made after reading it: 22/23 recipients (95.7%), 18/19 status codes, " +
			"12/12 high-confidence answers, visible text 21/23, final or retried 19/19; missed: Exchange Online's" +
			" RESOLVER.RST.SenderNotAuthenticatedForGroup (a group that takes only its organization's senders) " +
			"read as a refused relay",
		// An ordinary week at a travel agency in Vietnam, Indonesia and Thailand (localized Microsoft 365 and Gmail,
		// VNPT, Viettel, Telkom, customers abroad); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "disabled3rd",
		first: "2026-12-02, before any change made after reading it: 14/19 recipients (73.7%), 9/9 status codes, 4/4" +
			" high-confidence answers, visible text 14/19, final or retried 12/12; missed: Gmail's \"address " +
			"couldn't be found, or is unable to receive mail\" above a reply \"552 5.2.1 ... User disabled\" read as" +
			" an unknown address, and four look-alikes about the reader's own account (a host's billing " +
			"suspension, an inactivity warning, Google's \"Your account has been disabled\" page, Dovecot's login " +
			"log) read as a disabled mailbox",
		// A third draw of disabled and suspended accounts, from the big providers as well as the others; written
		// blind.
		recipients: 0.75, status: 0.95, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "unavailable3rd",
		first: "2026-12-02, before any change made after reading it: 19/24 recipients (79.2%), 12/12 status codes, " +
			"3/3 high-confidence answers, visible text 18/24, final or retried 20/20; missed: generic refusals " +
			"read by their likeliest cause where the labels take unknown with another guess (\"mailbox " +
			"unavailable\" at submission, \"521 access denied\", \"554 5.7.1 Service unavailable\", Yahoo's \"Request " +
			"failed; Mailbox unavailable\" after DATA) and a question quoting RFC 5321's reply codes",
		// A third draw of generic and ambiguous refusals ("mailbox unavailable", "access denied", "service
		// unavailable") from many MTAs and providers; written blind.
		recipients: 0.75, status: 0.95, high: 0.95, visible: 0.7, final: 0.95,
	},
	{
		dir: "delivered3rd",
		first: "2026-12-02, before any change made after reading it: 14/16 recipients (87.5%), 6/6 status codes, 9/9" +
			" high-confidence answers, visible text 13/16, final or retried 2/2; missed: Outlook's delivery " +
			"receipts in German and French, written from memory",
		// A third draw of reports that a message was delivered, relayed or expanded (old Postfix, Yandex, indimail,
		// Exchange's "Relayed:", a message trace, sending services' events); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "tables5",
		first: "2026-12-02, before any change made after reading it: 33/67 recipients (49.3%), 52/67 status codes, " +
			"13/16 high-confidence answers, visible text 33/67, final or retried 18/19; missed: tables the reader" +
			" does not take (space-aligned web views without a rule of dashes, cPanel's Track Delivery with its " +
			"success and failure rows, the admin center's address##status column, a trace whose detail tables " +
			"name their recipient in the command above them) read line by line, a tab-separated log whose " +
			"delivered row lost its empty last cell, and Brevo's \"Blocked\" rows",
		// A fifth draw of pasted tables of delivery events, from admin tools (message traces, gateways, hosting
		// panels) and sending services; written blind.
		recipients: 0.55, status: 0.8, high: 0.85, visible: 0.5, final: 0.9,
	},
	{
		dir: "rawenterprise",
		first: "2026-12-02, before any change made after reading it: 24/24 recipients, 20/20 status codes, 17/17 " +
			"high-confidence answers, visible text 24/24, final or retried 20/20",
		// Whole bounces from on-premises and hosted enterprise mail (Exchange 2010 to 2019, Domino, GroupWise, Zimbra,
		// Kerio, IceWarp, Axigen, CommuniGate, SmarterMail, MDaemon, Oracle); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "rawgateways",
		first: "2026-12-02, before any change made after reading it: 21/23 recipients (91.3%), 19/20 status codes, " +
			"4/4 high-confidence answers, visible text 21/23, final or retried 19/19; missed: a Proofpoint " +
			"Essentials quarantine digest and a gateway's held-for-review notice read as content refusals",
		// Whole bounces written or relayed by mail security gateways (IronPort, Proofpoint, Mimecast, Barracuda,
		// Sophos, Trend Micro, FortiMail, MessageLabs, Hornetsecurity); written blind.
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "rawispmail",
		first: "2026-12-02, before any change made after reading it: 24/25 recipients (96.0%), 20/20 status codes, " +
			"10/10 high-confidence answers, visible text 23/25, final or retried 20/20; missed: BT's \"550 5.1.1 " +
			"... Mailbox unavailable or access denied\" read as QQ Mail's rate limit, which QQ words the same",
		// Whole bounces from consumer internet providers in North America, the UK and Australia (Comcast, Cox, AT&T,
		// Charter, Verizon, BT, Virgin Media, TalkTalk, Telstra, Optus); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "rawhostingmail",
		first: "2026-12-02, before any change made after reading it: 22/22 recipients, 9/9 status codes, 4/4 high-" +
			"confidence answers, visible text 22/22, final or retried 17/17",
		// Whole bounces from shared and managed hosting mail (cPanel, Plesk, DirectAdmin, Virtualmin, HestiaCP,
		// GoDaddy, IONOS); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekcouncil",
		first: "2026-12-02, before any change made after reading it: 19/22 recipients (86.4%), 14/14 status codes, " +
			"9/9 high-confidence answers, visible text 18/22, final or retried 17/17; missed: GOV.UK Notify's " +
			"\"Inbox not accepting messages right now\" read as a disabled mailbox and its \"Technical failure\" " +
			"alone as no report, a phishing lure read as server trouble",
		// An ordinary week at a UK local council's service desk (Microsoft 365 and Exchange, BT, Sky, Virgin Media,
		// NHSmail, GOV.UK Notify); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "weekretailus",
		first: "2026-12-02, before any change made after reading it: 24/25 recipients (96.0%), 20/20 status codes, " +
			"16/16 high-confidence answers, visible text 23/25, final or retried 19/19; missed: a customer's own " +
			"complaint about spam read as a content refusal",
		// An ordinary week at a US retail chain's e-commerce support (the store platform, a sending service,
		// customers on Gmail, Yahoo, AOL, iCloud, Comcast, AT&T, Verizon); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weekcanada",
		first: "2026-12-02, before any change made after reading it: 20/21 recipients (95.2%), 17/17 status codes, " +
			"12/12 high-confidence answers, visible text 20/21, final or retried 16/16; missed: a phishing " +
			"\"mailbox full\" mail read as a full mailbox",
		// An ordinary week at a Canadian credit union (Microsoft 365 in English and French, Bell, Rogers, Shaw,
		// Videotron, Telus, a statement service); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekafrica",
		first: "2026-12-02, before any change made after reading it: 20/20 recipients, 12/14 status codes, 9/9 high-" +
			"confidence answers, visible text 19/20, final or retried 17/17",
		// An ordinary week at a company in Nigeria, Kenya and South Africa (Microsoft 365, Google Workspace, local
		// cPanel hosts, partners in Europe and China); written blind.
		recipients: 0.95, status: 0.85, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "m365intl",
		first: "2026-12-02, before any change made after reading it: 26/26 recipients, 23/23 status codes, 17/17 " +
			"high-confidence answers, visible text 26/26, final or retried 20/20",
		// Microsoft 365 and Exchange non-delivery reports in fourteen languages, whole, pasted and forwarded under
		// Outlook's localized header; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "gmailintl",
		first: "2026-12-02, before any change made after reading it: 23/24 recipients (95.8%), 21/21 status codes, " +
			"12/12 high-confidence answers, visible text 23/24, final or retried 20/20; missed: a Japanese help " +
			"page quoting a bounce read as one",
		// Gmail's and Google Workspace's bounce notices in seventeen languages, whole and pasted; written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "forwardedintl",
		first: "2026-12-02, before any change made after reading it: 19/20 recipients (95.0%), 14/16 status codes, " +
			"12/12 high-confidence answers, visible text 19/20, final or retried 16/16; missed: a forward whose " +
			"wrap broke Exchange's sender address in two, the half read as a recipient",
		// Bounces forwarded inline by Outlook, Gmail, Apple Mail, Thunderbird, Android mail, Yahoo, Zimbra and
		// Roundcube with their headers in fourteen languages; written blind.
		recipients: 0.9, status: 0.85, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "mobileviews",
		first: "2026-12-02, before any change made after reading it: 21/23 recipients (91.3%), 15/15 status codes, " +
			"11/11 high-confidence answers, visible text 21/23, final or retried 18/18; missed: iOS Mail's " +
			"\"recipient was rejected by the server\" in German and Italian, written from memory",
		// Bounces and send errors as phones show them (iOS Mail, Gmail, Outlook, Samsung Email and Yahoo apps),
		// typed out or shared from the app; written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weekukraine",
		first: "2026-12-02, before any change made after reading it: 24/25 recipients (96.0%), 19/19 status codes, " +
			"16/16 high-confidence answers, visible text 24/25, final or retried 20/20; missed: a phishing " +
			"\"mailbox full\" mail in Ukrainian read as a full mailbox",
		// An ordinary week at a Ukrainian software company (Google Workspace and Microsoft 365 in Ukrainian, ukr.net,
		// i.ua, meta.ua, Ukrainian hosting, clients in the EU and US); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekisrael",
		first: "2026-12-02, before any change made after reading it: 21/22 recipients (95.5%), 20/20 status codes, " +
			"15/15 high-confidence answers, visible text 21/22, final or retried 19/19; missed: Exchange's \"DNS " +
			"query failed with error: ErrorRetry\" (a colon the documented text has not) read as an unknown domain",
		// An ordinary week at an Israeli medical devices company (Microsoft 365 in Hebrew and English, Gmail, Bezeq
		// International, Walla, regulators abroad); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekswiss",
		first: "2026-12-02, before any change made after reading it: 22/23 recipients (95.7%), 17/17 status codes, " +
			"8/8 high-confidence answers, visible text 22/23, final or retried 18/18; missed: a German delivery " +
			"receipt written from memory",
		// An ordinary week at a Swiss pharmaceutical company (Microsoft 365 in German, French and Italian, Bluewin,
		// Sunrise, GMX, Infomaniak, Hostpoint, HIN); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekportugal",
		first: "2026-12-02, before any change made after reading it: 24/24 recipients, 20/21 status codes, 14/14 " +
			"high-confidence answers, visible text 24/24, final or retried 19/19",
		// An ordinary week at a Portuguese insurance broker (Microsoft 365 in European Portuguese, SAPO, MEO, NOS,
		// Vodafone, PTisp, Amen); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "mtaintl",
		first: "2026-12-02, before any change made after reading it: 18/21 recipients (85.7%), 14/14 status codes, " +
			"10/10 high-confidence answers, visible text 18/21, final or retried 15/17; missed: Postfix's \"Host " +
			"not found, try again\" in a final notice read as DNS trouble, a German Domino report written from " +
			"memory, GMX's \"Reject due to policy restrictions\" after \"Service not available\"",
		// Whole notices of servers other than Exchange in their own languages (Postfix's translated templates,
		// MasqMail, Domino, Kerio, MDaemon, Coremail, Naver, Mail.ru, Seznam, GMX); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.85,
	},
	{
		dir: "jpraw",
		first: "2026-12-02, before any change made after reading it: 24/25 recipients (96.0%), 13/13 status codes, " +
			"10/10 high-confidence answers, visible text 24/25, final or retried 20/21; missed: a Postfix \"Host " +
			"or domain name not found\" under a question that says \"宛先不明\"",
		// Whole bounces of Japanese carriers, ISPs and hosts in ISO-2022-JP, Shift_JIS, EUC-JP and UTF-8; written
		// blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "cjkraw",
		first: "2026-12-02, before any change made after reading it: 23/26 recipients (88.5%), 10/10 status codes, " +
			"8/8 high-confidence answers, visible text 21/26, final or retried 21/21; missed: QQ Mail's \"550 The " +
			"mail may contain inappropriate words or content\" read as a failure of unknown cause, a Big5 notice's" +
			" \"網域不存在\" read by its \"不存在\", a spam-folder reminder read as a content refusal",
		// Whole bounces of Chinese, Taiwanese and Korean providers in GBK, GB18030, Big5, EUC-KR and UTF-8; written
		// blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "eurraw",
		first: "2026-12-02, before any change made after reading it: 22/23 recipients (95.7%), 16/16 status codes, " +
			"13/13 high-confidence answers, visible text 22/23, final or retried 18/18; missed: a French Postfix " +
			"notice of \"Host not found, try again\" with status 5.4.4 read as DNS trouble",
		// Whole bounces of European ISPs and hosts in their own languages and encodings (ISO-8859-1/2/15,
		// Windows-1252, KOI8-R, UTF-8); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekromania",
		first: "2026-12-02, before any change made after reading it: 23/24 recipients (95.8%), 18/19 status codes, " +
			"13/13 high-confidence answers, visible text 23/24, final or retried 19/19; missed: a Romanian " +
			"delivery receipt written from memory",
		// An ordinary week at a Romanian IT distributor (Microsoft 365 and Outlook in Romanian, Gmail, Yahoo, Digi,
		// Telekom, cPanel hosting); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekhungary",
		first: "2026-12-02, before any change made after reading it: 23/24 recipients (95.8%), 18/19 status codes, " +
			"13/13 high-confidence answers, visible text 22/24, final or retried 19/19; missed: a Hungarian " +
			"delivery receipt written from memory",
		// An ordinary week at a Hungarian manufacturer (Microsoft 365 in Hungarian, Gmail, freemail, citromail,
		// Telekom, DIGI, suppliers in Germany and Austria); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weekgreece",
		first: "2026-12-02, before any change made after reading it: 21/23 recipients (91.3%), 18/18 status codes, " +
			"12/12 high-confidence answers, visible text 21/23, final or retried 19/19; missed: an invented " +
			"satellite-mail size notice read as a content refusal, a phishing lure read as server trouble",
		// An ordinary week at a Greek shipping agency (Microsoft 365 in Greek, Gmail, OTE, Forthnet, Vodafone,
		// Greek hosting, ships and ports); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weekmaghreb",
		first: "2026-12-02, before any change made after reading it: 19/19 recipients, 16/16 status codes, 9/9 high-" +
			"confidence answers, visible text 19/19, final or retried 16/16",
		// An ordinary week at a call-centre operator in Morocco and Tunisia (Microsoft 365 in French and Arabic,
		// Gmail, French hosting, clients in France and Belgium); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weeksouthcone",
		first: "2026-12-02, before any change made after reading it: 21/22 recipients (95.5%), 16/16 status codes, " +
			"12/12 high-confidence answers, visible text 21/22, final or retried 18/18; missed: a Spanish " +
			"delivery receipt written from memory",
		// An ordinary week at an Argentine and Chilean marketplace (Google Workspace and Microsoft 365 in Spanish,
		// Gmail, Yahoo, local ISPs and hosting, a sending service); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekphilippines",
		first: "2026-12-02, before any change made after reading it: 24/25 recipients (96.0%), 14/15 status codes, " +
			"12/12 high-confidence answers, visible text 23/25, final or retried 20/20; missed: a phishing " +
			"\"pending messages\" mail read as a disabled mailbox",
		// An ordinary week at a Philippine BPO company (Microsoft 365, Google Workspace, Yahoo, cPanel hosting,
		// clients abroad, applicants); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weeksouthasia",
		first: "2026-12-02, before any change made after reading it: 24/24 recipients, 14/14 status codes, 12/12 " +
			"high-confidence answers, visible text 24/24, final or retried 19/19",
		// An ordinary week at a textile exporter in Pakistan and Bangladesh (Microsoft 365, Google Workspace, Yahoo,
		// local cPanel hosting, buyers abroad, a customs portal); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekvietnam",
		first: "2026-12-02, before any change made after reading it: 24/24 recipients, 21/21 status codes, 15/15 " +
			"high-confidence answers, visible text 23/24, final or retried 19/20",
		// An ordinary week at a Vietnamese electronics factory (Microsoft 365 and Gmail in Vietnamese, VNPT, Viettel,
		// FPT, Vietnamese hosting, parent companies in Korea and Japan); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.9,
	},
	{
		dir: "weektaiwan",
		first: "2026-12-02, before any change made after reading it: 24/25 recipients (96.0%), 17/17 status codes, " +
			"12/12 high-confidence answers, visible text 24/25, final or retried 20/20; missed: Outlook's " +
			"delivery receipt in Traditional Chinese (its words from memory) read as not a bounce",
		// An ordinary week at a Taiwanese and Hong Kong trading company (Microsoft 365 and Gmail in Traditional
		// Chinese, HiNet, Seednet, PChome, Netvigator, suppliers on Tencent Exmail and NetEase); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekindonesia",
		first: "2026-12-02, before any change made after reading it: 24/24 recipients, 17/17 status codes, 10/10 " +
			"high-confidence answers, visible text 23/24, final or retried 18/18",
		// An ordinary week at an Indonesian logistics company (Microsoft 365 and Gmail in Indonesian, Telkom,
		// Biznet, Indosat, local cPanel and Zimbra hosts, go.id addresses); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekthailand",
		first: "2026-12-02, before any change made after reading it: 25/26 recipients (96.2%), 21/21 status codes, " +
			"14/14 high-confidence answers, visible text 25/26, final or retried 21/21; missed: a phishing " +
			"\"release held messages\" mail read as server trouble",
		// An ordinary week at a Thai hotel group (Microsoft 365 and Gmail in Thai, True, 3BB, NT, local cPanel,
		// Plesk and Zimbra hosts, a booking system); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekbalkans",
		first: "2026-12-02, before any change made after reading it: 20/21 recipients (95.2%), 13/14 status codes, " +
			"10/10 high-confidence answers, visible text 19/21, final or retried 15/15; missed: Outlook's " +
			"delivery receipt in Serbian (its words from memory) read as not a bounce",
		// An ordinary week at a company with offices in Serbia, Croatia, Slovenia and Bosnia (Microsoft 365 and
		// Gmail in those languages, Latin and Cyrillic script, local ISPs and cPanel hosts); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weekbaltic",
		first: "2026-12-02, before any change made after reading it: 19/21 recipients (90.5%), 14/14 status codes, " +
			"11/11 high-confidence answers, visible text 18/21, final or retried 17/17; missed: Exim's delay " +
			"warning over a greeting's \"421 Service not available\" read as a blocklisting (the corpus labels " +
			"Postfix's like refusal so), Outlook's delivery receipt in Lithuanian (its words from memory) read as" +
			" not a bounce",
		// An ordinary week at a Baltic e-commerce company (Microsoft 365 and Gmail in Lithuanian, Latvian and
		// Estonian, Telia, Inbox.lv, Zone.ee, mail.ee, Hostinger); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "weekiran",
		first: "2026-12-02, before any change made after reading it: 22/23 recipients (95.7%), 19/19 status codes, " +
			"13/13 high-confidence answers, visible text 22/23, final or retried 19/19; missed: a provider's " +
			"\"mailbox 90% full\" warning in Persian read as a full mailbox",
		// An ordinary week at an Iranian engineering consultancy (notices in Persian and English, Chmail,
		// Parsonline, Shatel, hMailServer, partners abroad refusing Iranian ranges); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekaustralia",
		first: "2026-12-02, before any change made after reading it: 26/27 recipients (96.3%), 21/21 status codes, " +
			"15/15 high-confidence answers, visible text 26/27, final or retried 21/22; missed: a phishing \"held " +
			"mail\" notice read as server trouble",
		// An ordinary week at an Australian and New Zealand property manager (Microsoft 365, Google Workspace,
		// BigPond, Optus, iiNet, TPG, Westnet, Xtra, VentraIP, Mailchimp); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekmexico",
		first: "2026-12-02, before any change made after reading it: 19/21 recipients (90.5%), 14/14 status codes, " +
			"12/12 high-confidence answers, visible text 19/21, final or retried 17/17; missed: Outlook's " +
			"delivery receipt in Spanish (its words from memory) read as not a bounce, a mailbox-almost-full " +
			"warning under a question that asks whether it is a virus read as a filter's refusal",
		// An ordinary week at a Mexican and Central American distributor (Microsoft 365 and Gmail in Spanish,
		// Telmex/Prodigy, Megacable, Totalplay, cPanel hosts, RACSA); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weekegypt",
		first: "2026-12-02, before any change made after reading it: 21/21 recipients, 17/17 status codes, 10/10 " +
			"high-confidence answers, visible text 20/21, final or retried 16/16",
		// An ordinary week at an Egyptian, Jordanian and Lebanese pharmaceutical distributor (Microsoft 365 and Gmail
		// in Arabic, TE Data, Orange, link.net, Zain, local cPanel and Plesk hosts); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekeastafrica",
		first: "2026-12-02, before any change made after reading it: 21/24 recipients (87.5%), 18/18 status codes, " +
			"11/11 high-confidence answers, visible text 20/24, final or retried 19/19; missed: Exim's delay " +
			"warning over a greeting's \"421 Service not available\" read as a blocklisting, an SMS gateway's log " +
			"of Postfix's \"Sender address rejected: not owned by user\" read as a relay refusal, cPanel's \"mailbox" +
			" is 90% full\" warning (written from memory) read as a full mailbox",
		// An ordinary week at a Kenyan, Tanzanian and Ugandan agricultural cooperative (Microsoft 365, Google
		// Workspace, Safaricom, Airtel, local cPanel hosts, an SMS-to-email gateway, Swahili lines); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "weekandes",
		first: "2026-12-02, before any change made after reading it: 22/22 recipients, 16/17 status codes, 11/11 " +
			"high-confidence answers, visible text 22/22, final or retried 17/18",
		// An ordinary week at a Colombian, Peruvian and Ecuadorian coffee exporter (Microsoft 365 and Gmail in
		// Spanish, Claro, Movistar, ETB, Tigo, CNT, cPanel and Zimbra hosts); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.9,
	},
	{
		dir: "weekcentralasia",
		first: "2026-12-02, before any change made after reading it: 24/25 recipients (96.0%), 19/19 status codes, " +
			"10/10 high-confidence answers, visible text 23/25, final or retried 19/19; missed: an Uzbek out-of-" +
			"office reply forwarded under a local header block read as not a bounce",
		// An ordinary week at a Kazakh and Uzbek construction company (Microsoft 365 and Gmail in Russian, Yandex
		// 360, Mail.ru, mail.kz, Uztelecom, ISPmanager and Exim hosts); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weekbulgaria",
		first: "2026-12-02, before any change made after reading it: 25/25 recipients, 19/20 status codes, 12/12 " +
			"high-confidence answers, visible text 24/25, final or retried 20/20",
		// An ordinary week at a Bulgarian and North Macedonian furniture maker (Microsoft 365 and Gmail in
		// Bulgarian, ABV.bg, mail.bg, Vivacom, A1, SuperHosting.bg, buyers abroad); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekcaucasus",
		first: "2026-12-02, before any change made after reading it: 27/27 recipients, 18/18 status codes, 12/12 " +
			"high-confidence answers, visible text 27/27, final or retried 22/22",
		// An ordinary week at a Georgian, Armenian and Azerbaijani wine and tourism company (Microsoft 365 and Gmail
		// in Russian, Yandex, Mail.ru, local cPanel hosts, lines in the local languages); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weeknepal",
		first: "2026-12-02, before any change made after reading it: 20/21 recipients (95.2%), 16/18 status codes, " +
			"11/11 high-confidence answers, visible text 19/21, final or retried 18/18; missed: a phishing " +
			"\"mailbox full\" mail read as a full mailbox",
		// An ordinary week at a Nepalese and Sri Lankan travel agency (Microsoft 365 and Gmail, Worldlink, Vianet,
		// Nepal Telecom, SLT, Dialog, local cPanel hosts); written blind.
		recipients: 0.95, status: 0.85, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weekcaribbean",
		first: "2026-12-02, before any change made after reading it: 24/25 recipients (96.0%), 16/16 status codes, " +
			"14/14 high-confidence answers, visible text 24/25, final or retried 20/20; missed: a phishing " +
			"\"mailbox full\" mail read as a full mailbox",
		// An ordinary week at a Caribbean insurance broker (Microsoft 365 and Gmail, Flow, Digicel, Claro, Liberty,
		// Yahoo-run regional addresses, cPanel hosts, a policy system; English and Spanish); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "rawlatam",
		first: "2026-12-02, before any change made after reading it: 23/24 recipients (95.8%), 19/19 status codes, " +
			"13/13 high-confidence answers, visible text 24/24, final or retried 18/18; missed: a Zimbra quota " +
			"warning in Portuguese (from memory) read as a failure of unknown cause",
		// Whole notices from Latin American and Iberian mail systems in Spanish and Portuguese, in the encodings
		// they are sent in (UOL, Terra, Locaweb, Telmex, Claro, Movistar, Antel, MEO, SAPO); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "rawmiddleeast",
		first: "2026-12-02, before any change made after reading it: 21/22 recipients (95.5%), 16/17 status codes, " +
			"12/12 high-confidence answers, visible text 21/22, final or retried 18/18; missed: a quota warning " +
			"in Arabic (ISO-8859-6, from memory) read as a failure of unknown cause",
		// Whole notices from Middle Eastern and Turkish mail systems in Arabic, Hebrew, Persian and Turkish, in
		// Windows-1256, ISO-8859-6/8/9 and UTF-8 (Etisalat, STC, Bezeq, Türk Telekom, Chmail, Exchange); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "rawasiapac",
		first: "2026-12-02, before any change made after reading it: 23/25 recipients (92.0%), 21/21 status codes, " +
			"14/14 high-confidence answers, visible text 23/25, final or retried 19/19; missed: a Zimbra quota " +
			"warning in Malay (from memory) read as a failure of unknown cause, Zoho's \"Unusual sending activity " +
			"detected\" read as a refused sender (the label: a rate limit or a policy)",
		// Whole notices from South and South-East Asian mail systems in Thai, Vietnamese, Indonesian, Malay and
		// English, in TIS-620, Windows-874/1258 and UTF-8 (Rediffmail, Zoho, NIC, TOT, VNPT, TM, Singtel); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "rawcyrillic",
		first: "2026-12-02, before any change made after reading it: 22/22 recipients, 13/13 status codes, 11/11 " +
			"high-confidence answers, visible text 21/22, final or retried 17/17",
		// Whole notices in Russian, Ukrainian, Bulgarian, Serbian and Kazakh, in KOI8-R/U, Windows-1251,
		// ISO-8859-5 and UTF-8 (Yandex, Mail.ru, Rambler, ukr.net, ABV.bg, Russian hosts' Exim); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "rawcentraleu",
		first: "2026-12-02, before any change made after reading it: 23/24 recipients (95.8%), 18/19 status codes, " +
			"12/12 high-confidence answers, visible text 23/24, final or retried 17/18; missed: a host's quota " +
			"warning in Czech (from memory) read as a failure of unknown cause",
		// Whole notices in Polish, Czech, Slovak, Hungarian, Romanian, Croatian and the Baltic languages, in
		// ISO-8859-2/13 and Windows-1250 (Onet, WP, Interia, Seznam, Forpsi, freemail.hu, Inbox.lv); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.9,
	},
	{
		dir: "rawwesteu",
		first: "2026-12-02, before any change made after reading it: 26/27 recipients (96.3%), 22/22 status codes, " +
			"14/14 high-confidence answers, visible text 26/27, final or retried 21/21; missed: Libero's warning " +
			"that a mailbox reached 80% read as a full mailbox",
		// Whole notices in German, Dutch, French, Italian and the Nordic languages, in ISO-8859-1/15 and
		// Windows-1252 (T-Online, GMX, Orange, La Poste, Free, Libero, Aruba, Telia, Telenor, Elisa); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "rawgroupintl",
		first: "2026-12-02, before any change made after reading it: 20/20 recipients, 16/16 status codes, 9/9 high-" +
			"confidence answers, visible text 20/20, final or retried 15/15",
		// Whole notices that groupware writes in other languages from its localized templates (Exchange on premises,
		// Domino, Kerio, MDaemon, IceWarp, CommuniGate, Axigen, Zimbra); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "rawcjk",
		first: "2026-12-02, before any change made after reading it: 23/23 recipients, 11/11 status codes, 12/12 " +
			"high-confidence answers, visible text 21/23, final or retried 19/19",
		// Whole notices from Japanese, Chinese, Taiwanese and Korean mail systems in ISO-2022-JP, Shift_JIS, GBK,
		// GB18030, Big5 and UTF-8 (docomo, @nifty, QQ, NetEase, Coremail, HiNet, Naver, Daum, DTI); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "ratelimit3rd",
		first: "2026-12-02, before any change made after reading it: 20/23 recipients (87.0%), 9/9 status codes, 1/1" +
			" high-confidence answers, visible text 20/23, final or retried 14/19; missed: Mail.ru's \"421 4.7.0 " +
			"IP frequency limit exceeded\" (its words from a list site) read as server trouble, a mailcow watchdog" +
			" alert read as a rate limit, a question quoting rspamd's documentation read as a filter's refusal",
		// Rate limits and sending quotas, a further draw (cPanel's Exim limits, Haraka's limit plugin, WildDuck,
		// Mailu, mailcow, SES throttling, QQ, Purelymail, Yandex, Mail.ru); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.7,
	},
	{
		dir: "auth3rd",
		first: "2026-12-02, before any change made after reading it: 21/25 recipients (84.0%), 15/17 status codes, " +
			"4/6 high-confidence answers, visible text 21/25, final or retried 20/20; missed: a paste whose " +
			"replies stand above their addresses (\"Remote server returned: ... -> address\", a layout from memory)" +
			" read with each reply given to the next address, a pyspf command-line check and an Exim DMARC " +
			"failure report read as refusals",
		// SPF, DKIM and DMARC refusals, a further draw (OpenDMARC, pypolicyd-spf, Exim's ACLs, the ASF's gnomes,
		// qmail's DMARC filter, Mailman, Rspamd, Mimecast, Cisco); written blind.
		recipients: 0.8, status: 0.85, high: 0.65, visible: 0.8, final: 0.95,
	},
	{
		dir: "relay3rd",
		first: "2026-12-02, before any change made after reading it: 24/25 recipients (96.0%), 14/14 status codes, " +
			"5/5 high-confidence answers, visible text 24/25, final or retried 21/21; missed: E-Post Mail " +
			"Server's \"I don't allow unauthorized relaying\" read as a policy's refusal",
		// Relay refusals, a further draw (qmail, hMailServer, Haraka, Courier, OpenSMTPD, VPOP3, E-Post, Postal,
		// Apache James, mail libraries and a scanner); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "size3rd",
		first: "2026-12-02, before any change made after reading it: 20/27 recipients (74.1%), 11/11 status codes, " +
			"10/10 high-confidence answers, visible text 20/27, final or retried 24/24; missed: a bare \"got 552\" " +
			"read as a filter's refusal over a question about attachments, a swaks transcript's \"<** 552 Message " +
			"size exceeds maximum permitted\", \"552 Data rejected: message size exceeded\", Amazon SES's \"Message " +
			"length is more than ... bytes long\" (twice), Apple Mail's send error (from memory), and an IT policy" +
			" notice read as a size refusal",
		// Messages too large, a further draw (mail programs' own refusals, qmail's databytes, sendmail, Exim,
		// Amazon SES, Mailgun, mailsend, swaks transcripts); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "policy3rd",
		first: "2026-12-02, before any change made after reading it: 17/19 recipients (89.5%), 14/14 status codes, " +
			"4/4 high-confidence answers, visible text 17/19, final or retried 16/16; missed: Postfix's \"Sender " +
			"address rejected: not logged in\" read as a relay refusal (the label: a policy or the sender), a " +
			"question about an Exim ACL read as a refused sender",
		// Policy refusals, a further draw (Postfix restrictions, Exim's sender verification, qmail's bare LF and
		// hop count, OpenSMTPD, sendmail's TLS, hMailServer, Zimbra, FortiMail); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "disabled4th",
		first: "2026-12-02, before any change made after reading it: 16/20 recipients (80.0%), 9/9 status codes, 5/5" +
			" high-confidence answers, visible text 16/20, final or retried 13/13; missed: four look-alikes about" +
			" the reader's own account (a Dovecot login log, a Dynamics 365 alert, a billing suspension, an " +
			"inactivity warning) read as a disabled mailbox",
		// Disabled and suspended accounts, a fourth draw (addy.io, Exchange Online, Chinese providers, Coremail,
		// forwardemail, hMailServer, IceWarp, CommuniGate, Juno); written blind.
		recipients: 0.75, status: 0.95, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "tables6",
		first: "2026-12-02, before any change made after reading it: 38/64 recipients (59.4%), 39/51 status codes, " +
			"15/17 high-confidence answers, visible text 38/64, final or retried 17/19; missed: rows of exports " +
			"whose header the reader does not know (Constant Contact's codes, Postmark's, Mandrill's, HubSpot's, " +
			"Brevo's semicolon export, Sendy's, Mautic's), read line by line, where delivered and opened rows " +
			"name no outcome and a message id read as a recipient",
		// Tables of delivery events, a sixth draw (Zoho, Salesforce Marketing Cloud, Constant Contact, Postmark,
		// Postal, mailcow, listmonk, Mautic, HubSpot, ActiveCampaign, SmarterMail, Zimbra, Brevo, Mandrill,
		// Kerio, Sendy, Klaviyo, SMTP2GO); written blind.
		recipients: 0.55, status: 0.7, high: 0.85, visible: 0.55, final: 0.85,
	},
	{
		dir: "delivered4th",
		first: "2026-12-02, before any change made after reading it: 19/23 recipients (82.6%), 11/12 status codes, " +
			"13/13 high-confidence answers, visible text 18/23, final or retried 17/17; missed: Outlook's " +
			"delivery receipts in German, French and Spanish (their words from memory) and a swaks transcript " +
			"ending \"250 2.0.0 Ok: queued as\" read as not bounces",
		// Delivery reports, a fourth draw (Postfix, sendmail, OpenSMTPD, Exchange, Outlook, Microsoft 365, Exim,
		// sending services' events); written blind.
		recipients: 0.8, status: 0.9, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "notfound3rd",
		first: "2026-12-02, before any change made after reading it: 16/17 recipients (94.1%), 14/14 status codes, " +
			"12/12 high-confidence answers, visible text 15/17, final or retried 14/14; missed: an address-" +
			"verification service's report (a table of results) read as unknown recipients",
		// Unknown recipients, a third draw (Haraka, Dovecot and Cyrus LMTP, Barracuda, IceWarp, Mimecast, Kerio,
		// MDaemon, SmarterMail, mailcow, Yandex); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "hostunknown3rd",
		first: "2026-12-02, before any change made after reading it: 24/25 recipients (96.0%), 15/15 status codes, " +
			"8/8 high-confidence answers, visible text 24/25, final or retried 21/22; missed: a DNS monitoring " +
			"alert (\"no MX record returned\") read as an unknown domain",
		// Unknown domains, a third draw (qmail, OpenSMTPD, Postfix's null MX, Exim, sendmail, Exchange, Gmail,
		// Amazon SES, Mailgun, Haraka, PowerMTA); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "content3rd",
		first: "2026-12-02, before any change made after reading it: 17/22 recipients (77.3%), 13/15 status codes, " +
			"1/1 high-confidence answers, visible text 17/22, final or retried 19/19; missed: rspamd's bare \"451 " +
			"4.7.1 Try again later\" and Mimecast's 451 \"Internal resource temporarily unavailable\" read as server" +
			" trouble, Mimecast's \"Email rejected due to security policies\" (from memory) read as a policy's " +
			"refusal, iRidis's \"550 MSG-EXT Blacklisted high risk file extension detected\" read as a " +
			"blocklisting, an \"attachment removed\" notice to the recipient read as a filter's refusal",
		// Content refusals, a third draw (rspamd, Amavis, Hornetsecurity, Barracuda, Mimecast, Halon, clamsmtp,
		// a smarthost's codes, Gmail, Yandex, Mail.ru); written blind.
		recipients: 0.8, status: 0.85, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "complaint3rd",
		first: "2026-12-02, before any change made after reading it: 14/20 recipients (70.0%), 3/3 status codes, " +
			"10/11 high-confidence answers, visible text 14/20, final or retried 2/2; missed: Zoho Campaigns' " +
			"\"spam\" webhook read as a filter's refusal, Nylas's and Emailit's complaint webhooks (the message " +
			"nested in their data) and a hand-written abuse-desk complaint read as not bounces, a DMARC failure " +
			"report read as a complaint (high), an unsubscribe request that threatens to mark mail as spam read " +
			"as a filter's refusal",
		// Spam complaints, a third draw (ARF from Dovecot's report extension and Yahoo, Outlook.com's JMRP, the
		// webhooks of Postmark, Zoho Campaigns, Mailjet, Nylas, Emailit, Resend, Mandrill, SparkPost); written blind.
		recipients: 0.75, status: 0.95, high: 0.9, visible: 0.75, final: 0.95,
	},
	{
		dir: "expired3rd",
		first: "2026-12-02, before any change made after reading it: 24/26 recipients (92.3%), 17/17 status codes, " +
			"11/12 high-confidence answers, visible text 24/26, final or retried 20/22; missed: MDaemon's " +
			"\"previously delayed message delivered\" (from memory) read as a failure with no reason, a \"not read\" " +
			"receipt read as delivered (high)",
		// Messages that expired in a queue, a third draw (Postfix, Exim, sendmail, qmail, Exchange, Microsoft 365,
		// Gmail, Amazon SES, MDaemon, hMailServer, Domino, PowerMTA); written blind.
		recipients: 0.9, status: 0.95, high: 0.9, visible: 0.9, final: 0.9,
	},
	{
		dir: "full3rd",
		first: "2026-12-02, before any change made after reading it: 19/20 recipients (95.0%), 14/15 status codes, " +
			"14/14 high-confidence answers, visible text 20/20, final or retried 17/17; missed: docker-" +
			"mailserver's Dovecot quota warning to the mailbox's own user read as a policy's refusal",
		// Full mailboxes, a third draw (Dovecot LMTP, Cyrus, Zimbra, cPanel's Exim, IONOS, qmail, Plesk, Yandex,
		// Microsoft 365, GNU Mailutils, sendmail, Gmail); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "blocked3rd",
		first: "2026-12-02, before any change made after reading it: 17/20 recipients (85.0%), 12/12 status codes, " +
			"7/7 high-confidence answers, visible text 17/20, final or retried 17/17; missed: sendmail's " +
			"check_relay \"553 5.3.0 Blocked. See http://cbl.abuseat.org/...\" and Cox's CXDNS refusal (its layout " +
			"from memory) read as a policy's refusal, a Barracuda delisting mail read as a blocklisting",
		// Blocklists and reputation, a third draw (Trend Micro, Mimecast, Cloudmark, Barracuda, Rackspace, the CBL,
		// T-Online, NiX Spam, Gmail, Microsoft, Cox); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "tempfail3rd",
		first: "2026-12-02, before any change made after reading it: 23/24 recipients (95.8%), 18/18 status codes, " +
			"14/14 high-confidence answers, visible text 23/24, final or retried 19/20; missed: a hosting " +
			"provider's maintenance notice that quotes 421 and 451 read as server trouble",
		// Server and network trouble, a third draw (OpenSMTPD, Haraka, qmail, sendmail, Postfix, Exchange, Exchange
		// Online, Gmail, Exim, Amazon SES, PowerMTA); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.9,
	},
	{
		dir: "weekwestafrica",
		first: "2026-12-02, before any change made after reading it: 23/25 recipients (92.0%), 13/15 status codes, " +
			"10/10 high-confidence answers, visible text 23/25, final or retried 20/20; missed: a phishing " +
			"\"pending messages\" mail read as server trouble, and two Gmail notices pasted together (\"Your message" +
			" couldn't be delivered to ...\") read as one recipient",
		// A week at a Nigerian and Ghanaian agricultural trader (Microsoft 365, Gmail, Yahoo, cPanel, Plesk, Vodafone
		// Ghana, 163 and QQ buyers; Yoruba, Pidgin and Twi lines); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekpakistan",
		first: "2026-12-02, before any change made after reading it: 26/27 recipients (96.3%), 22/22 status codes, " +
			"17/17 high-confidence answers, visible text 25/27, final or retried 22/22; missed: a Postfix paste " +
			"showing a temporary \"Host not found, try again\" and then the final \"Host not found\" read as server " +
			"trouble",
		// A week at a Pakistani and Bangladeshi textile exporter (Microsoft 365, Gmail, cPanel, Zimbra, PTCL,
		// BTCL, buyers' gateways; Urdu and Bengali, in their scripts and romanised); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weekpacific",
		first: "2026-12-02, before any change made after reading it: 21/21 recipients, 18/18 status codes, 13/13 " +
			"high-confidence answers, visible text 21/21, final or retried 17/17",
		// A week at a Pacific islands resort and shipping group (Microsoft 365, Gmail, Exim, Postfix, sendmail;
		// Fijian, Samoan and Tok Pisin lines); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "notbounces2nd",
		first: "2026-12-02, before any change made after reading it: 18/23 recipients (78.3%), 4/4 status codes, 5/5" +
			" high-confidence answers, visible text 17/23, final or retried 3/3; missed: Sympa's bounce summary " +
			"to a list owner, two phishing mails (a \"pending messages\" lure, a quota upgrade), a Nagios mail-" +
			"queue alert and a customer's question quoting an old Gmail bounce read as failures",
		// Look-alikes, a second draw (Mailman and Sympa notices, Outlook's recall report, quota warnings, a
		// quarantine digest, phishing, DMARC, a calendar decline, receipts) and three real bounces; written blind.
		recipients: 0.75, status: 0.95, high: 0.95, visible: 0.7, final: 0.95,
	},
	{
		dir: "senderrej2nd",
		first: "2026-12-02, before any change made after reading it: 16/23 recipients (69.6%), 12/14 status codes, " +
			"5/5 high-confidence answers, visible text 16/23, final or retried 19/19; missed: smtpf's \"sender " +
			"<...> black listed #127\" and an Exim ACL's \"envelope sender ... blacklisted.\" read as blocklistings," +
			" smtpf's temporary sender refusal read as a disabled mailbox, Mailtraq's \"554 blacklisted\" (a relay " +
			"rule) read as a blocklisting, Gmail's send-as refusal (from memory) read with no reason, two " +
			"settings pages read as failures",
		// The sender's own address refused, a second draw (Postfix, Exim callouts, sendmail, Microsoft 365,
		// Exchange, smtpf, Haraka, Coremail, Yandex, Gmail, MDaemon, Mailtraq); written blind.
		recipients: 0.75, status: 0.85, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "suppressed2nd",
		first: "2026-12-02, before any change made after reading it: 21/25 recipients (84.0%), 13/13 status codes, " +
			"8/8 high-confidence answers, visible text 21/25, final or retried 20/21; missed: Brevo's " +
			"blockedContacts API answer read as a filter's refusal, HubSpot's PREVIOUSLY_BOUNCED (from memory) " +
			"read as not a bounce, an unsubscribe confirmation and a list-cleaning report read as suppressions",
		// Suppression lists, a second draw (Amazon SES, Mailgun, Postmark, SparkPost, SendGrid, Mailchimp, Brevo,
		// Mailjet, HubSpot), with ordinary bounces of the same services; written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "protocol2nd",
		first: "2026-12-02, before any change made after reading it: 14/17 recipients (82.4%), 14/14 status codes, " +
			"2/2 high-confidence answers, visible text 14/17, final or retried 13/13; missed: Momentum's \"452 " +
			"4.5.3 Service unavailable, batch limit reached\" read as server trouble, an RFC excerpt of reply " +
			"codes and a header linter's report read as failures",
		// Protocol and format refusals, a second draw (Postfix's bare LF and SMTPUTF8, Microsoft 365's 5.6.11,
		// Gmail's header checks, Momentum, OpenSMTPD, qmail); written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "greylist2nd",
		first: "2026-12-02, before any change made after reading it: 16/18 recipients (88.9%), 14/15 status codes, " +
			"1/1 high-confidence answers, visible text 16/18, final or retried 15/15; missed: a greylisting how-" +
			"to and a log of a retry that succeeded read as greylisting refusals",
		// Greylisting, a second draw (postgrey, rmilter, a Postfix policy server, Stalwart, Mailgun, SendGrid,
		// Postal, Mailu, qmail, Exchange Online after retries from a pool); written blind.
		recipients: 0.85, status: 0.9, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "weekbank",
		first: "2026-12-02, before any change made after reading it: 21/22 recipients (95.5%), 19/19 status codes, " +
			"10/10 high-confidence answers, visible text 21/22, final or retried 18/18; missed: a pasted Outlook " +
			"delivery receipt (\"Zugestellt:\", from memory) read as not a bounce",
		// A week at a German and Austrian regional bank's service desk (Microsoft 365 with transport rules, a
		// secure-mail gateway, T-Online, GMX, Web.de, A1; German and English); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekrealestate",
		first: "2026-12-02, before any change made after reading it: 24/24 recipients, 18/18 status codes, 17/17 " +
			"high-confidence answers, visible text 24/24, final or retried 19/19",
		// A week at a Spanish and Portuguese real-estate network (Google Workspace, a property portal, a CRM,
		// Telefónica, Orange, MEO, SAPO; Spanish, Catalan and Portuguese); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekmanufacturing",
		first: "2026-12-02, before any change made after reading it: 20/21 recipients (95.2%), 17/18 status codes, " +
			"11/11 high-confidence answers, visible text 20/21, final or retried 17/17; missed: a quarantine " +
			"digest read as a filter's refusal",
		// A week at a US Midwest and Mexican manufacturer (Exchange 2019 and Microsoft 365 in hybrid, an ERP's
		// SMTP relay, plant devices, suppliers' servers; English and Spanish); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weeksportsclub",
		first: "2026-12-02, before any change made after reading it: 20/22 recipients (90.9%), 14/16 status codes, " +
			"10/10 high-confidence answers, visible text 19/22, final or retried 17/17; missed: Yahoo's \"554 " +
			"5.7.9 Message not accepted for policy reasons\" read as a policy's refusal (the label: " +
			"authentication; the corpus says policy), a newsletter platform's campaign report read as a complaint",
		// A week at a UK and Irish sports club federation (Google Workspace, a members' list, a membership
		// platform, BT, Sky, Virgin Media, eircom, Yahoo; English and Irish); written blind.
		recipients: 0.9, status: 0.85, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "unavailable4th",
		first: "2026-12-02, before any change made after reading it: 13/18 recipients (72.2%), 12/12 status codes, " +
			"2/2 high-confidence answers, visible text 12/18, final or retried 14/14; missed: generic replies " +
			"read otherwise than their labels (Exchange 2003's \"mailbox unavailable\" 5.0.0 as an unknown " +
			"recipient, Courier's \"550 User refused\" as a policy's refusal, GMX's \"mailbox unavailable ... Try " +
			"again later\" as an unknown recipient, Yahoo's \"554 Message not allowed - [299]\" as a policy's " +
			"refusal) and a service alert read as server trouble",
		// Generic and ambiguous refusals, a fourth draw (Exchange 2003, IIS SMTP, Domino, CommuniGate, Courier, Sun
		// Messaging Server, GMX, Yahoo, AOL, T-Online); written blind.
		recipients: 0.7, status: 0.95, high: 0.95, visible: 0.65, final: 0.95,
	},
	{
		dir: "policy4th",
		first: "2026-12-02, before any change made after reading it: 12/16 recipients (75.0%), 10/11 status codes, " +
			"3/3 high-confidence answers, visible text 13/16, final or retried 13/13; missed: Postfix's " +
			"check_recipient_access \"Internal senders only\" (from memory) read as an unknown recipient, an Exim " +
			"rejectlog line of a country block read as not a bounce, Exchange Online's \"TLS 1.0 and 1.1 are not " +
			"supported\" inside a JavaMail exception read as a relay refusal, a transport rule's incident report " +
			"read as a failure",
		// Policy refusals, a fourth draw (TLS required, restricted groups and distribution lists, internal-only
		// mailboxes, country blocks, transport rules; Postfix, Exim, Exchange, Microsoft 365, Google); written blind.
		recipients: 0.8, status: 0.9, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "ratelimit4th",
		first: "2026-12-02, before any change made after reading it: 19/23 recipients (82.6%), 14/14 status codes, " +
			"4/4 high-confidence answers, visible text 19/23, final or retried 17/19; missed: a sending service's" +
			" billing mail about a monthly quota read as a full mailbox, Junara's \"451 policy- SC01\" in Outlook's" +
			" send error read as server trouble, QQ Mail's pop-up about sending too fast (from memory) read as " +
			"not a bounce, Zoho's 5.4.6 \"Unusual sending activity\" read as a refused sender",
		// Rate limits, a fourth draw (Microsoft 365's sending limits, Google Workspace's, Yahoo's TS codes, GMX,
		// Outlook.com, mailcow, Mailu, Zoho, QQ, a hosting provider's limits); written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.85,
	},
	{
		dir: "tables7",
		first: "2026-12-02, before any change made after reading it: 35/59 recipients (59.3%), 23/38 status codes, " +
			"9/13 high-confidence answers, visible text 35/59, final or retried 17/20; missed: exports the reader" +
			" did not read as tables (SparkPost's event names, Mailjet's statuses, Amazon SES's event rows, tab-" +
			"separated rows with empty cells, read since) and layouts read line by line (Google's Email Log " +
			"Search, Proofpoint's, Mimecast's, Barracuda's and Cisco's logs), where delivered rows name no " +
			"outcome and a message id reads as a recipient",
		// Tables of delivery events, a seventh draw (Exchange Online's trace, Exchange's tracking log, Google's
		// Email Log Search, Proofpoint, Mimecast, Barracuda, Cisco, Zimbra, Postfix, Amazon SES, SendGrid,
		// Mailgun, Postmark, Mailjet, SparkPost, Constant Contact, HubSpot); written blind.
		recipients: 0.75, status: 0.8, high: 0.9, visible: 0.75, final: 0.9,
	},
	{
		dir: "mtas5",
		first: "2026-12-02, before any change made after reading it: 25/27 recipients (92.6%), 19/23 status codes, " +
			"12/12 high-confidence answers, visible text 24/27, final or retried 21/21; missed: hMailServer's \"No" +
			" mail servers appear to exists for the recipients address\" (its source has \"recipient's\") read as a " +
			"failure of no reason, a forum question about Haraka's bounce text read as a failure",
		// Whole notices of less common servers (OpenSMTPD, hMailServer, MDaemon, Courier, CommuniGate Pro, Kerio,
		// Stalwart, Haraka, chasquid, KumoMTA, PowerMTA, SmarterMail); written blind.
		recipients: 0.9, status: 0.75, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "pasted5",
		first: "2026-12-02, before any change made after reading it: 26/27 recipients (96.3%), 20/20 status codes, " +
			"11/11 high-confidence answers, visible text 26/27, final or retried 21/22; missed: iCloud's \"[CS01] " +
			"Message rejected due to local policy\" read as a blocklisting (Apple's page does not say what CS01 " +
			"means)",
		// Pasted visible text, a fifth draw (Microsoft 365, Exchange, Gmail, Yahoo, iCloud, Postfix, Exim, Zimbra,
		// Amazon SES; nine languages); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "webhooks3",
		first: "2026-12-02, before any change made after reading it: 19/25 recipients (76.0%), 9/13 status codes, " +
			"9/9 high-confidence answers, visible text 19/25, final or retried 17/18; missed: SMTP2GO's webhook " +
			"fields pasted one a line (read as text, \"sender=\" taken for part of an address), Elastic Email's log" +
			" export whose \"ErrorMessage\" column was not read as the reply, a Mandrill \"send\" event",
		// Sending services' events, a third draw (SMTP2GO, Scaleway, Mandrill, Postmark, Mailjet, Loops, Resend,
		// MailerSend, Postal, Brevo, Elastic Email, ZeptoMail); written blind.
		recipients: 0.8, status: 0.8, high: 0.95, visible: 0.8, final: 0.9,
	},
	{
		dir: "autoreply6",
		first: "2026-12-02, before any change made after reading it: 19/26 recipients (73.1%), 5/5 status codes, " +
			"13/15 high-confidence answers, visible text 14/26, final or retried 4/4; missed: a ticket system's " +
			"acknowledgement and a Zimbra out-of-office that quote a bounce read as the bounce (high), " +
			"Freshdesk's and Jira's acknowledgements read as failures of no reason, a Lotus Notes reply in Korean" +
			" read as not a bounce, a farewell mail read as a disabled mailbox, an Outlook reply in Chinese read " +
			"as server trouble",
		// Automatic replies, a sixth draw (Sieve and Pigeonhole, SOGo, Postfixadmin, Outlook, Kerio, GroupWise,
		// Notes, MDaemon, SmarterMail, Gmail, Freshdesk, Jira, Zendesk, TMDA; sixteen languages); written blind.
		recipients: 0.7, status: 0.95, high: 0.85, visible: 0.5, final: 0.95,
	},
	{
		dir: "senderrej3rd",
		first: "2026-12-02, before any change made after reading it: 19/24 recipients (79.2%), 15/16 status codes, " +
			"4/4 high-confidence answers, visible text 19/24, final or retried 22/22; missed: \"550 Domain Blocked" +
			" - Spam\" read as a filter's refusal, Exchange's send-as refusal (from memory) read with no reason, " +
			"Haraka's \"No MX for your FROM address\" in its log (tied with the log's \"rdns=\" field), a qpsmtpd " +
			"badmailfrom reply read with no reason, a swaks session refused after DATA for its From address read " +
			"as delivered",
		// The sender's own address refused, a third draw (qmail, qpsmtpd, Haraka, mailfront, Courier, cPanel,
		// IONOS, Exchange, Microsoft 365, Stalwart, Mimecast, Barracuda, a milter); written blind.
		recipients: 0.75, status: 0.9, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "content4th",
		first: "2026-12-02, before any change made after reading it: 17/22 recipients (77.3%), 15/15 status codes, " +
			"2/2 high-confidence answers, visible text 17/22, final or retried 19/19; missed: MIMEDefang's MIME " +
			"error read as an unknown recipient, iCloud's CS01 read as a blocklisting, a Sophos quarantine digest" +
			" and a \"message released\" notice read as filter refusals, Kaspersky's encrypted-archive notice " +
			"(invented) read as a policy's refusal",
		// Content refusals, a fourth draw (spamass-milter, proxsmtp, ClamAV milter, MIMEDefang, NetEase, Outlook.com,
		// Yahoo, Mail.ru, Yandex, QQ, iCloud, Exchange, ESET, Kaspersky, Sophos); written blind.
		recipients: 0.75, status: 0.95, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "hostingpanels2",
		first: "2026-12-02, before any change made after reading it: 21/24 recipients (87.5%), 7/7 status codes, 1/1" +
			" high-confidence answers, visible text 21/24, final or retried 18/19; missed: Plesk's SPF refusal " +
			"(\"REJECT during call 'spf' handler\") read as a filter's refusal, an Exim log line written with a " +
			"delivery's \"->\" over an IONOS rate limit read as delivered, an OVH-style abuse notice read as a " +
			"blocklisting",
		// Hosting panels' mail, a second draw (cPanel, Plesk, DirectAdmin, HestiaCP, IONOS, OVH, GoDaddy,
		// Roundcube, contact forms); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.9,
	},
	{
		dir: "isp6",
		first: "2026-12-02, before any change made after reading it: 24/26 recipients (92.3%), 22/22 status codes, " +
			"15/15 high-confidence answers, visible text 23/26, final or retried 21/21; missed: Charter's bare " +
			"\"550 Message Rejected\" read as a policy's refusal (its page says spam), a provider's mailbox-closure" +
			" notice read as a failure",
		// Consumer internet providers, a sixth draw (Spectrum, Optimum, Telmex, Latin American, African, Asian,
		// British, Irish, European and US regional providers); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "weekfrancafrique",
		first: "2026-12-02, before any change made after reading it: 22/24 recipients (91.7%), 17/17 status codes, " +
			"7/7 high-confidence answers, visible text 22/24, final or retried 19/19; missed: a French Microsoft " +
			"365 quota warning to the mailbox's owner (from memory) read as a filter's refusal, a French \"Remis " +
			":\" delivery receipt (from memory) read as not a bounce",
		// A week at a West African francophone NGO network (French Microsoft 365 and Gmail, Orange, La Poste,
		// Free, cPanel; French and Wolof); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "weekquebec",
		first: "2026-12-02, before any change made after reading it: 21/21 recipients, 19/19 status codes, 12/12 " +
			"high-confidence answers, visible text 21/21, final or retried 17/17",
		// A week at a Quebec municipal office (French Microsoft 365, Vidéotron, Bell, Cogeco, a provincial
		// gateway; Canadian French and English); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "delayed3rd",
		first: "2026-12-02, before any change made after reading it: 20/24 recipients (83.3%), 18/19 status codes, " +
			"10/10 high-confidence answers, visible text 20/24, final or retried 18/18; missed: a hosting " +
			"provider's delay notice that gives no reason read as server trouble (the label: unknown), a Zimbra " +
			"queue listing of two deferrals whose reasons were given to each other, an IT notice about mail " +
			"delays read as server trouble",
		// Delay warnings, a third draw (Postfix, sendmail, Exim, MDaemon, a host, Amazon SES, SendGrid, Mailgun,
		// Microsoft 365, Gmail, Domino, Zimbra); written blind.
		recipients: 0.8, status: 0.9, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "mailloops2",
		first: "2026-12-02, before any change made after reading it: 25/25 recipients, 17/17 status codes, 20/20 " +
			"high-confidence answers, visible text 24/25, final or retried 20/20",
		// Mail loops and hop counts, a second draw (Postfix, Exim, sendmail, qmail, Exchange, Microsoft 365, Gmail,
		// OpenSMTPD, Postal, Courier); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "forwarding2",
		first: "2026-12-02, before any change made after reading it: 21/21 recipients, 18/19 status codes, 14/14 " +
			"high-confidence answers, visible text 21/21, final or retried 17/17",
		// Forwarding and aliases, a second draw (Microsoft 365's external forwarding, Postfix, Exim, sendmail,
		// WildDuck, ForwardEmail, Google Groups, Mailman, ImprovMX, Gmail, Fastmail); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "lists4",
		first: "2026-12-02, before any change made after reading it: 14/18 recipients (77.8%), 5/6 status codes, 5/5" +
			" high-confidence answers, visible text 13/18, final or retried 12/12; missed: ezmlm's bounce warning" +
			" and probe to a member, quoting the bounce (read as a refused sender), LISTSERV's \"not authorized\" " +
			"(from memory) read as not a bounce, mlmmj's subscribers-only refusal (from memory) read with no " +
			"reason",
		// Mailing lists and groups, a fourth draw (Sympa, ezmlm, mlmmj, Mailman 3, Majordomo, LISTSERV, groups.io,
		// Discourse); written blind.
		recipients: 0.75, status: 0.8, high: 0.95, visible: 0.7, final: 0.95,
	},
	{
		dir: "snippets2",
		first: "2026-12-02, before any change made after reading it: 25/29 recipients (86.2%), 18/18 status codes, " +
			"8/8 high-confidence answers, visible text 25/29, final or retried 25/25; missed: web.de's \"invalid " +
			"DNS MX or A/AAAA resource record\" read as an unknown recipient, an iPhone's \"Cannot Send Mail\" alert" +
			" read as a policy's refusal, a SpamAssassin header and a \"Received-SPF: pass\" line read as failures",
		// Very short pastes, a second draw (Outlook's and Thunderbird's send errors, PHPMailer, Postfix log lines,
		// Gmail, Microsoft 365, an iPhone's alert, Exim, Yahoo, Roundcube, header lines); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "gateways5",
		first: "2026-12-02, before any change made after reading it: 18/20 recipients (90.0%), 12/12 status codes, " +
			"5/5 high-confidence answers, visible text 18/20, final or retried 16/16; missed: Mail Assure's " +
			"quarantine report and \"message released\" notice read as failures of no reason",
		// Secure email gateways, a fifth draw (Trend Micro, Hornetsecurity, Mimecast, Cisco, Symantec, Sophos,
		// FortiMail, Barracuda, Spambrella, Mail Assure); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "langde",
		first: "2026-12-02, before any change made after reading it: 24/25 recipients (96.0%), 15/15 status codes, " +
			"11/11 high-confidence answers, visible text 24/25, final or retried 19/19; missed: a German delivery" +
			" report (\"Übermittelt:\", from memory) read as not a bounce",
		// German notices and pastes (Microsoft 365 and Exchange, Gmail, web.de, GMX, IONOS, T-Online, a hoster,
		// a Swiss provider, Thunderbird, Outlook); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "langfr",
		first: "2026-12-02, before any change made after reading it: 21/23 recipients (91.3%), 19/20 status codes, " +
			"15/15 high-confidence answers, visible text 21/23, final or retried 18/18; missed: a French " +
			"Microsoft 365 notice of two recipients (its wording from memory) read as one, Orange's OFR004_104 " +
			"(its meaning from memory) read as a rate limit",
		// French notices and pastes (Microsoft 365, Gmail, Thunderbird, Outlook, Orange, OVH, Infomaniak, Gandi,
		// Free, Vidéotron, Proximus); written blind.
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "langes",
		first: "2026-12-02, before any change made after reading it: 23/24 recipients (95.8%), 19/20 status codes, " +
			"14/14 high-confidence answers, visible text 23/24, final or retried 18/18; missed: a warning that " +
			"the reader's own mailbox is almost full (from memory) read as a filter's refusal",
		// Spanish notices and pastes (Microsoft 365, Gmail, Thunderbird, Outlook, cPanel, Plesk, Movistar);
		// written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "langit",
		first: "2026-12-02, before any change made after reading it: 25/26 recipients (96.2%), 19/19 status codes, " +
			"14/14 high-confidence answers, visible text 24/26, final or retried 18/20; missed: Libero's warning " +
			"that the reader's mailbox is almost full (from memory) read as a filter's refusal",
		// Italian notices and pastes (Microsoft 365, Exchange, Gmail, Libero, Virgilio, Aruba, PEC, Outlook,
		// Tiscali, Thunderbird); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.85,
	},
	{
		dir: "langpt",
		first: "2026-12-02, before any change made after reading it: 22/22 recipients, 19/19 status codes, 11/11 " +
			"high-confidence answers, visible text 21/22, final or retried 17/18",
		// Portuguese notices and pastes (Microsoft 365, Gmail, Outlook, cPanel, Locaweb, UOL, SAPO, PHPMailer,
		// Thunderbird, GoDaddy); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.9,
	},
	{
		dir: "langnl",
		first: "2026-12-02, before any change made after reading it: 21/22 recipients (95.5%), 16/16 status codes, " +
			"14/14 high-confidence answers, visible text 21/22, final or retried 17/17; missed: a Dutch delivery " +
			"report (\"Bezorgd:\", from memory) read as not a bounce",
		// Dutch notices and pastes (Microsoft 365, Gmail, Exim, KPN, Ziggo, Telenet, XS4ALL, TransIP, Antagonist,
		// Proximus); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "langpl",
		first: "2026-12-02, before any change made after reading it: 21/22 recipients (95.5%), 17/17 status codes, " +
			"12/12 high-confidence answers, visible text 20/22, final or retried 17/17; missed: Thunderbird's " +
			"Polish size error in a wording from memory (its own file says \"... globalny limit rozmiaru " +
			"wiadomości na serwerze\", a row since an earlier round) read as not a bounce",
		// Polish notices and pastes (Microsoft 365, Gmail, Interia, Onet, konto.pl, Thunderbird, Outlook,
		// PHPMailer, cPanel, home.pl, WP); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "langja",
		first: "2026-12-02, before any change made after reading it: 18/19 recipients (94.7%), 13/13 status codes, " +
			"12/12 high-confidence answers, visible text 18/19, final or retried 15/15; missed: Exchange Online's" +
			" 5.7.501 \"spam abandon\" limit read as a filter's refusal (the label: a rate limit or a suppression)",
		// Japanese notices and pastes (Thunderbird, Microsoft 365, Exchange, Gmail, docomo, au, Willcom, Xserver,
		// Sakura); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "langru",
		first: "2026-12-02, before any change made after reading it: 24/26 recipients (92.3%), 19/19 status codes, " +
			"15/15 high-confidence answers, visible text 24/26, final or retried 21/21; missed: Yandex's web " +
			"sending limit (from memory) read as a full mailbox, a question about SPF set-up read as a filter's " +
			"refusal",
		// Russian notices and pastes (Yandex, Mail.ru, Microsoft 365, Exchange, Gmail, Outlook, Thunderbird, Beget,
		// REG.RU, Plesk, Zimbra, Timeweb); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "langko",
		first: "2026-12-02, before any change made after reading it: 22/26 recipients (84.6%), 22/22 status codes, " +
			"15/15 high-confidence answers, visible text 21/26, final or retried 18/19; missed: a Korean delivery" +
			" receipt and Naver's read-status list (from memory) and an IT maintenance notice read as failures of" +
			" no reason, Daum's CCRT deferral read as server trouble (the label: a block or a limit)",
		// Korean notices and pastes (Microsoft 365, Exchange, Gmail, Daum, Naver, Hiworks, Thunderbird, Roundcube,
		// Outlook, Cafe24, Postfix); written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.9,
	},
	{
		dir: "langtr",
		first: "2026-12-02, before any change made after reading it: 24/27 recipients (88.9%), 18/18 status codes, " +
			"17/17 high-confidence answers, visible text 24/27, final or retried 20/21; missed: PHPMailer's " +
			"Turkish error read as a rate limit, a Turkish delivery receipt (from memory) read as not a bounce, " +
			"an IT maintenance notice read as a failure",
		// Turkish notices and pastes (Microsoft 365, Exchange, Gmail, Yandex, cPanel at Natro and Turhost, TTNET,
		// Thunderbird, Outlook, Roundcube, PHPMailer); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "langcs",
		first: "2026-12-02, before any change made after reading it: 25/26 recipients (96.2%), 21/21 status codes, " +
			"15/15 high-confidence answers, visible text 25/26, final or retried 20/20; missed: a helpdesk " +
			"question about an automatic reply read as one",
		// Czech and Slovak notices and pastes (Seznam, Microsoft 365, Exchange, Thunderbird, Gmail, Forpsi, Centrum,
		// Zoznam, Active24, C4, WEDOS, Zimbra); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "langhu",
		first: "2026-12-02, before any change made after reading it: 23/24 recipients (95.8%), 18/18 status codes, " +
			"15/15 high-confidence answers, visible text 22/24, final or retried 17/18; missed: a Hungarian " +
			"delivery report (\"Kézbesítve:\", from memory) read as not a bounce",
		// Hungarian notices and pastes (Microsoft 365, Gmail, Thunderbird, Roundcube, Rackhost, Freemail, Telekom);
		// written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.9,
	},
	{
		dir: "langro",
		first: "2026-12-02, before any change made after reading it: 21/21 recipients, 17/17 status codes, 11/11 " +
			"high-confidence answers, visible text 21/21, final or retried 17/17",
		// Romanian notices and pastes (Microsoft 365, Gmail, Thunderbird, Digi, cPanel, Zimbra, Yahoo, Romarg);
		// written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "langzh",
		first: "2026-12-02, before any change made after reading it: 20/22 recipients (90.9%), 9/10 status codes, " +
			"9/9 high-confidence answers, visible text 19/22, final or retried 17/17; missed: a QQ notice of two " +
			"recipients wrapped at 72 columns (its layout from memory) read as one, NetEase's quota reminder to " +
			"the mailbox's owner (from memory) read as a full mailbox",
		// Chinese notices and pastes (QQ, Tencent Exmail, NetEase, Microsoft 365, Gmail, Thunderbird, Outlook,
		// Aliyun, Sina, Coremail, HiNet; Simplified and Traditional); written blind.
		recipients: 0.9, status: 0.85, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "langsv",
		first: "2026-12-02, before any change made after reading it: 25/25 recipients, 21/21 status codes, 12/12 " +
			"high-confidence answers, visible text 24/25, final or retried 20/20",
		// Swedish notices and pastes (Microsoft 365, Gmail, Thunderbird, Outlook, Roundcube, PHPMailer, Loopia,
		// Telia, Bahnhof, One.com, Binero); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "vintage2",
		first: "2026-12-02, before any change made after reading it: 22/26 recipients (84.6%), 17/17 status codes, " +
			"13/14 high-confidence answers, visible text 22/26, final or retried 22/22; missed: AOL's DYN:T1 " +
			"throttle read as rate-limited (the set says blocklisted), EarthLink's refusal inside a Gmail notice " +
			"read as two recipients (the address it says to write to taken for one), an Exchange storage warning " +
			"read as a full mailbox, a virus scanner's cleaned-and-delivered notice (its wording written) read as" +
			" content-filtered",
		// Bounces of 1998 to 2012 (AOL, Yahoo, Hotmail, EarthLink, Exchange 5.5 and 2003, qmail, Exim, sendmail,
		// Postfix 2, Domino), as archives and forums quote them; written blind.
		recipients: 0.9, status: 0.95, high: 0.9, visible: 0.9, final: 0.95,
	},
	{
		dir: "notbounces3rd",
		first: "2026-12-02, before any change made after reading it: 22/24 recipients (91.7%), 5/5 status codes, 7/8" +
			" high-confidence answers, visible text 21/24, final or retried 4/4; missed: a customer's question " +
			"that quotes last year's Postfix refusal read as that refusal (high), a phishing mail dressed as a " +
			"release notice read as unknown",
		// Look-alikes, third draw (Dovecot quota warnings, Mailman 2 and 3, Sympa, DMARC and TLS reports,
		// receipts, a calendar decline, phishing) and four real bounces among them; written blind.
		recipients: 0.9, status: 0.95, high: 0.85, visible: 0.85, final: 0.95,
	},
	{
		dir: "complaint4th",
		first: "2026-12-02, before any change made after reading it: 19/26 recipients (73.1%), 3/3 status codes, " +
			"13/14 high-confidence answers, visible text 18/26, final or retried 2/2; missed: a Zoho Campaigns " +
			"spam webhook read as content-filtered, SendGrid's spam-report export (from memory) read as three " +
			"unknown failures, an abuse desk's letter read as no bounce, a DMARC failure report read as a " +
			"complaint (high), a one-click unsubscribe log read as suppressed",
		// Spam complaints, fourth draw (ARF from Mail.ru, Comcast, Outlook.com JMRP, indimail, Dovecot's report
		// action; Postmark, Mailjet, Zoho Campaigns, SparkPost, Brevo, SES, SendGrid); written blind.
		recipients: 0.75, status: 0.95, high: 0.9, visible: 0.7, final: 0.95,
	},
	{
		dir: "unavailable5th",
		first: "2026-12-02, before any change made after reading it: 20/25 recipients (80.0%), 16/17 status codes, " +
			"3/3 high-confidence answers, visible text 19/25, final or retried 19/19; missed: MailKit's GMX " +
			"\"mailbox unavailable\" read as mailbox-not-found, an Exim delay's 421 \"Service not available\" at the " +
			"greeting read as blocklisted, Mercury's \"User refused\" (from memory) read as policy-rejected, " +
			"Messaging Server's bare \"Transaction failed\" read as content-filtered, a table of RFC 5321 replies " +
			"read as a bounce",
		// Generic and ambiguous refusals, fifth draw (CommuniGate, Axigen, Mercury, Domino, GroupWise, Sun Java
		// Messaging, Zimbra, Courier, IceWarp, Exchange 2003, Yahoo, Comcast); written blind.
		recipients: 0.75, status: 0.9, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "policy5th",
		first: "2026-12-02, before any change made after reading it: 17/18 recipients (94.4%), 13/13 status codes, " +
			"5/5 high-confidence answers, visible text 17/18, final or retried 13/14; missed: an excerpt of " +
			"Stalwart's TLS documentation read as a policy refusal",
		// Policy refusals, fifth draw (Microsoft 365's restricted groups and transport rules, Google Workspace's
		// TLS enforcement and Groups, Postfix, Exim, Haraka, Stalwart's MTA-STS); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.9,
	},
	{
		dir: "content5th",
		first: "2026-12-02, before any change made after reading it: 22/25 recipients (88.0%), 17/17 status codes, " +
			"4/4 high-confidence answers, visible text 22/25, final or retried 21/21; missed: a Sophos quarantine" +
			" summary (from memory) read as two unknown failures, an ESET release-from-quarantine notice (from " +
			"memory) read as content-filtered, an Rspamd soft reject behind a Postfix delay read as server-" +
			"problem",
		// Content refusals, fifth draw (spamass-milter, clamav-milter, MIMEDefang, Sophos, ESET, Kaspersky,
		// Forcepoint, Yahoo, iCloud, QQ, Zoho, Mail.ru, Yandex, NetEase, Outlook.com); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "mtas6",
		first: "2026-12-02, before any change made after reading it: 26/26 recipients, 12/12 status codes, 12/12 " +
			"high-confidence answers, visible text 26/26, final or retried 21/21",
		// Old and niche mail software (Citadel, Oracle and iPlanet Messaging Server, PMDF, Exchange 5.5, GroupWise,
		// Domino, Kerio 6, IMail, Smail, MMDF, ZMailer, Mirapoint, CommuniGate, Cyrus, FirstClass); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "visible2",
		first: "2026-12-02, before any change made after reading it: 26/27 recipients (96.3%), 17/19 status codes, " +
			"15/15 high-confidence answers, visible text 26/27, final or retried 23/23; missed: an Outlook read " +
			"receipt read as delivered (the set says not-a-bounce)",
		// Whole notices as a mail program shows them (Outlook, OWA, Gmail, Apple Mail, Thunderbird; Postfix,
		// Exim, Exchange, Yahoo, qmail, Haraka, Mimecast, SES); written blind.
		recipients: 0.95, status: 0.85, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "langfi",
		first: "2026-12-02, before any change made after reading it: 23/23 recipients, 17/18 status codes, 13/13 " +
			"high-confidence answers, visible text 23/23, final or retried 17/17",
		// Finnish notices and pastes (Microsoft 365, Gmail, Thunderbird, PHPMailer, Zoner, Louhi, Elisa, Telia);
		// written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "langda",
		first: "2026-12-02, before any change made after reading it: 20/20 recipients, 15/15 status codes, 13/13 " +
			"high-confidence answers, visible text 20/20, final or retried 15/15",
		// Danish notices and pastes (Microsoft 365, Gmail, Thunderbird, Roundcube, Outlook, One.com, Simply.com);
		// written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "langno",
		first: "2026-12-02, before any change made after reading it: 26/26 recipients, 21/21 status codes, 16/16 " +
			"high-confidence answers, visible text 25/26, final or retried 19/20",
		// Norwegian notices and pastes (Microsoft 365, Gmail, Thunderbird, Roundcube, PHPMailer, Telenor,
		// Domeneshop, Altibox); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.9,
	},
	{
		dir: "langel",
		first: "2026-12-02, before any change made after reading it: 21/22 recipients (95.5%), 17/17 status codes, " +
			"11/11 high-confidence answers, visible text 20/22, final or retried 17/18; missed: a Gmail delay " +
			"pasted in Greek (its wording from memory) read as no bounce",
		// Greek notices and pastes (Microsoft 365, Gmail, Thunderbird, Roundcube, Plesk, cPanel, Zimbra, Cosmote,
		// Cyta, Forthnet); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.9,
	},
	{
		dir: "languk",
		first: "2026-12-02, before any change made after reading it: 23/25 recipients (92.0%), 17/17 status codes, " +
			"15/15 high-confidence answers, visible text 22/25, final or retried 17/19; missed: a Gmail delay " +
			"pasted in Ukrainian (its wording from memory) read as no bounce, a question about mail landing in " +
			"spam read as content-filtered",
		// Ukrainian notices and pastes (Microsoft 365, Gmail, Thunderbird, Roundcube, ukr.net, Postfix and Exim
		// hosting; two Russian notices); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.85, final: 0.85,
	},
	{
		dir: "langhe",
		first: "2026-12-02, before any change made after reading it: 20/21 recipients (95.2%), 15/15 status codes, " +
			"10/10 high-confidence answers, visible text 20/21, final or retried 17/17; missed: an Outlook " +
			"delivery receipt in Hebrew (from memory) read as no bounce",
		// Hebrew notices and pastes (Microsoft 365, Gmail, Thunderbird, Roundcube, cPanel, Israeli ISPs' Postfix
		// and Exim); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "langar",
		first: "2026-12-02, before any change made after reading it: 22/24 recipients (91.7%), 16/17 status codes, " +
			"15/15 high-confidence answers, visible text 21/24, final or retried 16/18; missed: Thunderbird's " +
			"Arabic timeout error copied without its right-to-left mark read as no bounce, a 451 \"messaging " +
			"limits\" reply (from memory) under Roundcube's Arabic SMTP error read as server-problem",
		// Arabic notices and pastes (Microsoft 365, Gmail, Thunderbird, Roundcube, cPanel, Etisalat, STC);
		// written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.9, final: 0.85,
	},
	{
		dir: "langvi",
		first: "2026-12-02, before any change made after reading it: 20/21 recipients (95.2%), 18/18 status codes, " +
			"11/11 high-confidence answers, visible text 19/21, final or retried 16/16; missed: an Outlook read " +
			"receipt in Vietnamese (from memory) read as no bounce",
		// Vietnamese notices and pastes (Microsoft 365, Gmail, Outlook, Thunderbird, Roundcube, PHPMailer, Zimbra,
		// VNPT, Viettel, Mat Bao); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "vintage3",
		first: "2026-12-02, before any change made after reading it: 19/21 recipients (90.5%), 5/5 status codes, " +
			"10/10 high-confidence answers, visible text 19/21, final or retried 17/17; missed: a sendmail expiry" +
			" read as blocklisted (the notice's \"from dialup-...\" host name matched a word of the v1 table), a " +
			"list digest titled \"Returned mail: Host unknown\" read as a bounce",
		// Bounces of 1993 to 2008 as list archives quote them (sendmail 8, smail 3, PMDF, Post.Office, Notes R4,
		// Exchange 5.5, VINES, MMDF, Netscape Messaging, GroupWise); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "gmailintl2",
		first: "2026-12-02, before any change made after reading it: 28/28 recipients, 20/21 status codes, 14/14 " +
			"high-confidence answers, visible text 28/28, final or retried 22/23",
		// Gmail's and Workspace's notices in twenty-three further languages (their wording from memory, the
		// servers' replies in English); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "tables8",
		first: "2026-12-02, before any change made after reading it: 27/62 recipients (43.5%), 33/54 status codes, " +
			"7/9 high-confidence answers, visible text 27/62, final or retried 14/20; missed: most rows of " +
			"consoles whose columns the reader does not know (Google's Email Log Search, Proofpoint, Mimecast, " +
			"Barracuda, Cisco, Proxmox, cPanel, FortiMail, Trend Micro, SES in Logs Insights; layouts from " +
			"memory) and a message trace whose reasons stand in a Format-List below it",
		// Tables of delivery events, eighth draw: admin consoles and gateways (Google, Microsoft 365, Exchange,
		// Proofpoint, Mimecast, Barracuda, Cisco, Zimbra, Proxmox, cPanel, Sophos, FortiMail, Plesk, SES); written blind.
		recipients: 0.4, status: 0.6, high: 0.75, visible: 0.4, final: 0.65,
	},
	{
		dir: "webhooks4",
		first: "2026-12-02, before any change made after reading it: 20/28 recipients (71.4%), 11/14 status codes, " +
			"6/6 high-confidence answers, visible text 20/28, final or retried 21/22; missed: Postal payloads " +
			"pasted without their envelope (read by their words), a Klaviyo export and a Mailchimp form body " +
			"decoded one field a line (from memory), Mandrill's send event, a SendGrid API error, a MailerSend " +
			"bounce whose reply says \"Host not found, try again\"",
		// Sending services' events, fourth draw (Postal, Scaleway, Resend, Mandrill, Postmark, SendGrid, MailerSend,
		// ZeptoMail, Elastic Email, Azure, Customer.io, Brevo, Braze, Iterable, Klaviyo, Mailchimp); written blind.
		recipients: 0.7, status: 0.9, high: 0.95, visible: 0.7, final: 0.95,
	},
	{
		dir: "pasted6",
		first: "2026-12-02, before any change made after reading it: 21/23 recipients (91.3%), 16/17 status codes, " +
			"14/14 high-confidence answers, visible text 20/23, final or retried 17/18; missed: iCloud's CS01 " +
			"read as blocklisted (the set says a policy or content refusal), a German forum question about SPF " +
			"read as a failure",
		// Pasted visible text, sixth draw: long pastes in nine languages (Microsoft 365, Gmail, Postfix, Exim,
		// Exchange, Yahoo, iCloud, SES); written blind.
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.85, final: 0.9,
	},
	{
		dir: "complaint5th",
		first: "2026-12-02, before any change made after reading it: 16/21 recipients (76.2%), 3/3 status codes, " +
			"10/11 high-confidence answers, visible text 14/21, final or retried 2/2; missed: a Zoho Campaigns " +
			"spam event (read since bab3b4ba), an abuse desk's letter read as no bounce, an OpenDMARC failure " +
			"report read as a complaint (high), a person's unsubscribe request read as content-filtered, a one-" +
			"click unsubscribe log read as unknown",
		// Spam complaints, fifth draw (Fastmail, Mail.ru, Comcast, Outlook.com JMRP, Cloudmark; Postmark, Zoho
		// Campaigns, Nylas, Resend, Mailgun, SparkPost, SES); written blind.
		recipients: 0.8, status: 0.95, high: 0.9, visible: 0.7, final: 0.95,
	},
	{
		dir: "unavailable6th",
		first: "2026-12-02, before any change made after reading it: 17/23 recipients (73.9%), 14/14 status codes, " +
			"1/1 high-confidence answers, visible text 16/23, final or retried 19/19; missed: a swaks 550 " +
			"\"mailbox unavailable\" and GMX's MailKit log read as unknown recipients, two Yahoo refusals quoted by" +
			" applications read as unavailable mailboxes, an Exim refusal after DATA read as policy-rejected, an " +
			"Exim delay's \"mailbox unavailable\" read as server trouble",
		// Generic and ambiguous refusals, sixth draw (swaks, Postfix, GMX, IONOS, Yahoo, Outlook.com, IIS, Domino,
		// CommuniGate, IceWarp, Exchange 2003, Gordano, Sun JSMS, Courier, Exim); written blind.
		recipients: 0.7, status: 0.95, high: 0.95, visible: 0.65, final: 0.95,
	},
	{
		dir: "notbounces4th",
		first: "2026-12-02, before any change made after reading it: 16/22 recipients (72.7%), 4/4 status codes, 7/8" +
			" high-confidence answers, visible text 15/22, final or retried 3/3; missed: a customer's question " +
			"quoting an old refusal read as that refusal (high), Courier's quota warning, a phishing lure, a " +
			"blocklist's delisting mail and a sending summary (all from memory) read as failures or a complaint, " +
			"a Notes return receipt read as no bounce",
		// Look-alikes, fourth draw (Sympa, LISTSERV, Courier and Dovecot quota warnings, a TLS report, a recall
		// report, quarantine notices, phishing, receipts) and three real bounces among them; written blind.
		recipients: 0.7, status: 0.95, high: 0.85, visible: 0.65, final: 0.95,
	},
	{
		dir: "notfound4th",
		first: "2026-12-02, before any change made after reading it: 18/20 recipients (90.0%), 13/13 status codes, " +
			"10/10 high-confidence answers, visible text 17/20, final or retried 17/17; missed: Haraka's queue " +
			"notice for a recipient check that failed for now read as an unavailable mailbox, an address-" +
			"verification export (from memory) read as six failures",
		// Unknown recipients, fourth draw (Dovecot and Cyrus LMTP, Haraka, Mimecast, Barracuda, Yandex, SmarterMail,
		// CommuniGate, mail.com, Stalwart, OpenSMTPD, mox); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "hostunknown4th",
		first: "2026-12-02, before any change made after reading it: 24/25 recipients (96.0%), 18/18 status codes, " +
			"8/8 high-confidence answers, visible text 24/25, final or retried 20/20; missed: a DNS checker's " +
			"output read as an unknown domain",
		// Unknown domains, fourth draw (qmail, Postfix, Exim, sendmail, Exchange, Microsoft 365, Gmail, OpenSMTPD,
		// SES, Mailgun; an IDN domain); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "full4th",
		first: "2026-12-02, before any change made after reading it: 21/22 recipients (95.5%), 15/15 status codes, " +
			"12/12 high-confidence answers, visible text 22/22, final or retried 16/16; missed: Alinto's French " +
			"quota warning to the mailbox's owner read as an unknown failure",
		// Full mailboxes, fourth draw (Dovecot, Exim and cPanel, Cyrus, maildrop, Zimbra, Plesk, IONOS, Gmail, Yandex,
		// Microsoft 365, Juno); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "blocked4th",
		first: "2026-12-02, before any change made after reading it: 16/19 recipients (84.2%), 14/14 status codes, " +
			"6/6 high-confidence answers, visible text 16/19, final or retried 16/16; missed: ZoneMTA's \"Bad IP\" " +
			"in a sending panel read as a policy refusal, a blocklist's delisting mail and a pasted Spamhaus " +
			"lookup page read as blocklistings",
		// Blocklists and reputation, fourth draw (T-Online, GoDaddy, GMX, Bluewin, Trend Micro, Vade, ZoneMTA,
		// IONOS, Orange, Outlook.com, iCloud, sendmail, Exim, Haraka); written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "expired4th",
		first: "2026-12-02, before any change made after reading it: 22/25 recipients (88.0%), 14/16 status codes, " +
			"9/10 high-confidence answers, visible text 22/25, final or retried 19/20; missed: Exchange Online's " +
			"QUEUE.Expired whose last error (from memory) names a full mailbox read as server trouble, MDaemon's " +
			"delay followed by its delivery read as server trouble, a \"Not read\" receipt read as delivered (high)",
		// Expired messages, fourth draw (qmail, Exchange 5.5, 2016 and Online, Postfix, Exim, sendmail, Gmail, SES,
		// PowerMTA, Domino, hMailServer, MDaemon); written blind.
		recipients: 0.85, status: 0.85, high: 0.85, visible: 0.85, final: 0.9,
	},
	{
		dir: "tempfail4th",
		first: "2026-12-02, before any change made after reading it: 21/24 recipients (87.5%), 16/17 status codes, " +
			"10/10 high-confidence answers, visible text 21/24, final or retried 17/20; missed: a Haraka log of a" +
			" message put back in the queue (read since 89625dfa), a hosting maintenance notice and a mail-queue " +
			"alert read as server trouble",
		// Server and network trouble, fourth draw (OpenSMTPD, qmail, Postfix, sendmail, Exim, Exchange, Gmail, SES,
		// Haraka, hMailServer, MDaemon); written blind.
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.9, final: 0.85,
	},
	{
		dir: "isp7",
		first: "2026-12-02, before any change made after reading it: 17/21 recipients (81.0%), 19/19 status codes, " +
			"8/8 high-confidence answers, visible text 16/21, final or retried 18/18; missed: Spectrum's " +
			"AUP#In-1020, In-1310 and In-1370 read by Spectrum's own published meanings (the set's labels follow " +
			"a third-party article), KPN's rate limit (from memory) read as server trouble",
		// Consumer internet providers, seventh draw (Spectrum, Comcast, Telmex, Oi, Arnet, Telkom SA, Menara, PLDT,
		// Globe, BSNL, BT, TalkTalk, Bluewin, KPN, Telenet, Frontier, eir, Virgin Media); written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "exchange2",
		first: "2026-12-02, before any change made after reading it: 25/25 recipients, 23/24 status codes, 20/20 " +
			"high-confidence answers, visible text 25/25, final or retried 21/21",
		// Exchange Server 2007 to 2019 and hybrid NDRs, raw, in English and six localized templates; written
		// blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "auth4th",
		first: "2026-12-02, before any change made after reading it: 17/19 recipients (89.5%), 14/14 status codes, " +
			"5/5 high-confidence answers, visible text 17/19, final or retried 15/15; missed: a hosting " +
			"provider's SPF refusal wrapped in a paste read as a policy refusal, a Received-SPF softfail header " +
			"of a delivered message read as a failure",
		// SPF, DKIM and DMARC refusals, fourth draw (Rspamd, Exim, pypolicyd-spf, OpenDMARC, Mail.ru, maddy, Mailman,
		// hosting providers, openspf.org); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "disabled5th",
		first: "2026-12-02, before any change made after reading it: 17/20 recipients (85.0%), 12/12 status codes, " +
			"7/7 high-confidence answers, visible text 17/20, final or retried 15/15; missed: QQ's \"Mailbox " +
			"unavailable or access denied\" read as its rate limit (QQ's own help page says so), a billing mail " +
			"and Google's inactive-account warning (look-alikes) read as unavailable mailboxes",
		// Disabled and suspended mailboxes, fifth draw (Zimbra, Yahoo, Wedos, Forward Email, Kerio, CommuniGate, QQ,
		// Mail.ru, Gmail, Libero, Plesk, Naver); written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "ratelimit5th",
		first: "2026-12-02, before any change made after reading it: 17/21 recipients (81.0%), 15/16 status codes, " +
			"1/1 high-confidence answers, visible text 17/21, final or retried 12/15; missed: Gophish's bare 422 " +
			"read as server trouble, Zoho's \"unusual sending activity\" read as unknown, Yahoo's TSS04 in a " +
			"Mailgun event read as a blocklisting, a hosting relay-quota FAQ read as a limit",
		// Rate limits, fifth draw (mailcow, Gophish, Mailu, Zoho, Gmail, Exchange Online, Yahoo through Mailgun, cPanel,
		// StartMail, postfwd); written blind.
		recipients: 0.8, status: 0.9, high: 0.95, visible: 0.8, final: 0.75,
	},
	{
		dir: "relay4th",
		first: "2026-12-02, before any change made after reading it: 25/27 recipients (92.6%), 17/17 status codes, " +
			"5/5 high-confidence answers, visible text 25/27, final or retried 22/22; missed: a Haraka protocol " +
			"log of a relay refusal (no enhanced code, a question above) read as no bounce, a smtpd.conf question" +
			" read as a failure",
		// Relay refusals, fourth draw (hMailServer, Haraka, Stalwart, qmail, Courier, OpenSMTPD, Kerio, Domino,
		// CommuniGate, MailEnable; JavaMail, nodemailer, System.Net.Mail, PHPMailer, smtplib); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "size4th",
		first: "2026-12-02, before any change made after reading it: 21/24 recipients (87.5%), 13/13 status codes, " +
			"10/10 high-confidence answers, visible text 21/24, final or retried 19/21; missed: a bare 552 read " +
			"as content-filtered (the word \"attachment\" in the person's note), Thunderbird's size dialog over a " +
			"POL503 deferral read as an unknown recipient, an IT attachment policy read as a size refusal",
		// Size refusals, fourth draw (sendmail, Postfix, qmail, Exim, chasquid, curl, OpenSMTPD, Haraka, nodemailer,
		// SwiftMailer, Zammad, Thunderbird, SES, Postmark); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.9,
	},
	{
		dir: "autoreply7",
		first: "2026-12-02, before any change made after reading it: 22/25 recipients (88.0%), 5/5 status codes, " +
			"14/15 high-confidence answers, visible text 14/25, final or retried 4/4; missed: a vacation reply " +
			"quoting a bounce read as content-filtered, an IT notice about leavers' mailboxes read as an unknown " +
			"recipient (high), a forum question about Sieve vacation read as content-filtered",
		// Automatic replies, seventh draw (Horde, Sun Messaging, Cyrus Sieve, Nextcloud, iRedMail, Mailu, Kopano, Zimbra,
		// Outlook in Turkish, Greek, Czech, Korean, Swedish, osTicket, a challenge-response); written blind.
		recipients: 0.85, status: 0.95, high: 0.9, visible: 0.55, final: 0.95,
	},
	{
		dir: "senderrej4th",
		first: "2026-12-02, before any change made after reading it: 13/17 recipients (76.5%), 13/13 status codes, " +
			"4/4 high-confidence answers, visible text 13/17, final or retried 14/14; missed: Mimecast's " +
			"\"Envelope blocked - User Entry\" read as a policy refusal, Kerio's sender blacklist (its wording " +
			"invented) read as a blocklisting, a send-as how-to and a sender-verify notice (look-alikes) read as " +
			"refused senders",
		// Refused senders, fourth draw (qmail badmailfrom, Haraka, Exchange Online SendAsDenied, Exim callouts,
		// Courier, Mimecast, OpenSMTPD, mox, Kerio, SmarterMail, Zimbra); written blind.
		recipients: 0.75, status: 0.95, high: 0.95, visible: 0.75, final: 0.95,
	},
	{
		dir: "rawisp2",
		first: "2026-12-02, before any change made after reading it: 18/21 recipients (85.7%), 13/13 status codes, " +
			"8/8 high-confidence answers, visible text 18/21, final or retried 17/17; missed: 163's locked user " +
			"(from memory) read as unknown, Libero's could-not-scan-delivered notice and Yahoo's account " +
			"deactivation (look-alikes) read as failures",
		// Raw notices of large providers 2006 to 2020 (Yahoo, AOL, Verizon, Hotmail, Comcast, AT&T, GMX, Web.de,
		// Orange, Mail.ru, Yandex, 163, Libero); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "delayed4th",
		first: "2026-12-02, before any change made after reading it: 18/21 recipients (85.7%), 17/19 status codes, " +
			"4/4 high-confidence answers, visible text 18/21, final or retried 15/16; missed: MDaemon's " +
			"previously-delayed-now-delivered notice (invented) read as unknown, MailerQ's deferred result (from " +
			"memory) read as unknown, a MailEnable settings question read as a policy refusal",
		// Delay warnings, fourth draw (OpenSMTPD, a qmail host, MDaemon, Courier, ZMailer, SES DeliveryDelay, MailerQ,
		// Momentum, Kerio); written blind.
		recipients: 0.85, status: 0.85, high: 0.95, visible: 0.85, final: 0.9,
	},
	{
		dir: "protocol3rd",
		first: "2026-12-02, before any change made after reading it: 21/22 recipients (95.5%), 18/18 status codes, " +
			"4/4 high-confidence answers, visible text 21/22, final or retried 18/18; missed: Momentum's batch-" +
			"limit deferral read as server trouble",
		// Protocol and format refusals, third draw (Momentum, Microsoft 365, Gmail through Postfix and Exim, OpenSMTPD,
		// sendmail, Stalwart, rspamd, KumoMTA, swaks); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "greylist3rd",
		first: "2026-12-02, before any change made after reading it: 20/24 recipients (83.3%), 17/17 status codes, " +
			"1/2 high-confidence answers, visible text 20/24, final or retried 18/19; missed: a MailCleaner " +
			"question read as no bounce, a postgrey how-to (high), a Mail-in-a-Box greylist report and a log of " +
			"an accepted retry read as greylisting refusals",
		// Greylisting, third draw (Stalwart, Mimecast, rspamd, greyfix, milter-greylist, Exim, Postfix, OpenSMTPD,
		// ASSP, SendGrid, MailCleaner); written blind.
		recipients: 0.8, status: 0.95, high: 0.45, visible: 0.8, final: 0.9,
	},
	{
		dir: "suppressed3rd",
		first: "2026-12-02, before any change made after reading it: 17/22 recipients (77.3%), 8/8 status codes, 6/6" +
			" high-confidence answers, visible text 17/22, final or retried 16/16; missed: a Mailjet message list" +
			" by states (UserUnknown read as unknown; read since eccf5f63), Mailjet's SpamReporter panel (from " +
			"memory) read as content-filtered, a French question about a blocked Brevo contact read as no bounce," +
			" Plain's INACTIVE_RECIPIENT read as an unknown recipient, an unsubscribe confirmation read as " +
			"suppressed",
		// Suppression lists, third draw (SparkPost, Mailgun, SendGrid, Mailjet, Scaleway, Brevo, SES, Plain, KumoMTA);
		// written blind.
		recipients: 0.8, status: 0.95, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "policy6th",
		first: "2026-12-02, before any change made after reading it: 19/22 recipients (86.4%), 17/17 status codes, " +
			"4/4 high-confidence answers, visible text 19/22, final or retried 17/17; missed: a Postfix " +
			"check_recipient_access refusal (its wording invented) read as an unknown recipient, a transport " +
			"rule's incident report and an MTA-STS wiki page (look-alikes) read as failures",
		// Policy refusals, sixth draw (Postfix, Exchange, Microsoft 365, Stalwart DANE, Sophos, FortiMail, Cisco,
		// Mimecast, Zimbra, Google Groups); written blind.
		recipients: 0.85, status: 0.95, high: 0.95, visible: 0.85, final: 0.95,
	},
	{
		dir: "content6th",
		first: "2026-12-02, before any change made after reading it: 20/27 recipients (74.1%), 17/18 status codes, " +
			"2/2 high-confidence answers, visible text 20/27, final or retried 22/22; missed: MIMEDefang's and " +
			"Exim's attachment refusals and Kaspersky's (invented) read as policy refusals, a MIME defect refusal" +
			" read as unknown, Yahoo's TSS04 and iCloud's CS01 read as blocklistings, a Trend Micro quarantine " +
			"digest read as failures",
		// Content refusals, sixth draw (spamass-milter, clamav-milter, MIMEDefang, Exim, NetEase, Yandex, Mail.ru,
		// Yahoo, QQ, iCloud, Kaspersky, Symantec, Trend Micro, Sophos); written blind.
		recipients: 0.7, status: 0.9, high: 0.95, visible: 0.7, final: 0.95,
	},
	{
		dir: "tables9",
		first: "2026-12-02, before any change made after reading it: 18/42 recipients (42.9%), 15/25 status codes, " +
			"7/9 high-confidence answers, visible text 18/42, final or retried 14/15; missed: most rows of " +
			"consoles whose columns the reader does not know (Proofpoint's Smart Search, Mimecast, Barracuda, " +
			"Cisco, FortiMail, Sophos, SES in Athena; most layouts from memory); four read since the grids are " +
			"tables (a5f192c5)",
		// Tables of delivery events, ninth draw: admin consoles and gateways, grids aligned by spaces among them (Google,
		// Proofpoint, Mimecast, Barracuda, Cisco, Zimbra, Microsoft 365, Exchange, FortiMail, cPanel, Plesk, Sophos, SES); written blind.
		recipients: 0.5, status: 0.55, high: 0.75, visible: 0.5, final: 0.95,
	},
	{
		dir: "mtas7",
		first: "2026-12-02, before any change made after reading it: 24/24 recipients, 19/19 status codes, 12/12 " +
			"high-confidence answers, visible text 24/24, final or retried 19/19",
		// Self-hosted mail servers of today (Stalwart, maddy, mox, chasquid, Haraka, OpenSMTPD, KumoMTA, Postal,
		// hMailServer, mailcow, Apache James, SmarterMail, docker-mailserver); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "webhooks5",
		first: "2026-12-02, before any change made after reading it: 18/23 recipients (78.3%), 12/13 status codes, " +
			"10/10 high-confidence answers, visible text 18/23, final or retried 16/16; missed: OCI Email " +
			"Delivery's acceptance log of a suppressed recipient read as no bounce (read since 3b7d11c5), " +
			"SMTP2GO's null-MX bounce (its fields from memory) read as unknown, an Alibaba DirectMail send log " +
			"(from memory) read with its rows' reasons swapped, a Plunk API error read as server trouble",
		// Sending services' events, fifth draw (Tencent Cloud SES, Scaleway, OCI Email Delivery, Azure, SocketLabs,
		// Pepipost, SMTP2GO, Mailtrap, Alibaba DirectMail, Plunk); written blind.
		recipients: 0.8, status: 0.9, high: 0.95, visible: 0.8, final: 0.95,
	},
	{
		dir: "clients6",
		first: "2026-12-02, before any change made after reading it: 15/16 recipients (93.8%), 11/11 status codes, " +
			"6/6 high-confidence answers, visible text 15/16, final or retried 13/13; missed: iOS Mail's " +
			"\"recipient was rejected\" with no reply read as a policy refusal",
		// Mail programs' send errors, sixth draw (Roundcube in Italian, Thunderbird in Chinese, iOS and visionOS Mail,
		// FairEmail in Polish, K-9 in Dutch, NeoMutt, OWA); written blind.
		recipients: 0.9, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "sendapi3",
		first: "2026-12-02, before any change made after reading it: 23/37 recipients (62.2%), 7/7 status codes, 6/6" +
			" high-confidence answers, visible text 23/37, final or retried 25/33; missed: API errors about the " +
			"account rather than a recipient (SendGrid's and Mailgun's 401s, Mailgun's free-account refusal, read" +
			" since 870426f0, SparkPost's 5002, Mailjet's MJ-0003, Graph's MailboxNotEnabledForRESTAPI) read as " +
			"no bounce, and others read by their words (SES's unverified MAIL FROM as relay, Mailgun's domain not" +
			" found as an unknown domain, SparkPost's 1902 as policy)",
		// Sending services' API and relay errors, third draw (SES, SendGrid, Mailgun, Postmark, SparkPost, Brevo, Mailjet,
		// Resend, Microsoft Graph, Gmail API, SMTP relays); written blind.
		recipients: 0.6, status: 0.95, high: 0.95, visible: 0.6, final: 0.75,
	},
	{
		dir: "weekshipping",
		first: "2026-12-02, before any change made after reading it: 23/24 recipients (95.8%), 20/20 status codes, " +
			"15/15 high-confidence answers, visible text 23/24, final or retried 18/18; missed: a trucking " +
			"company's \"Delivery Status Notification\" about a cargo read as server trouble",
		// A week at a container shipping company (Microsoft 365, Exchange hybrid, SendGrid, Postfix; QQ, 163, Aliyun,
		// UOL, Terra, Gmail; six languages); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "weekngo",
		first: "2026-12-02, before any change made after reading it: 26/26 recipients, 18/18 status codes, 16/16 " +
			"high-confidence answers, visible text 24/26, final or retried 20/20",
		// A week at an international NGO (Google Workspace, Exchange Online, cPanel, Plesk, Mailgun, Mailchimp; English,
		// French, Spanish, Arabic, Swahili); written blind.
		recipients: 0.95, status: 0.95, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "mtas8",
		first: "2026-12-02, before any change made after reading it: 28/29 recipients (96.6%), 19/20 status codes, " +
			"12/12 high-confidence answers, visible text 28/29, final or retried 25/25; missed: MailEnable's " +
			"quota warning (from memory) read as a full mailbox",
		// Windows mail servers and gateways (MDaemon, SmarterMail, hMailServer, MailEnable, CommuniGate, Exchange,
		// Kerio, IceWarp, Axigen, Trend Micro, Barracuda, Sophos UTM, WatchGuard, FortiMail, SpamTitan); written blind.
		recipients: 0.95, status: 0.9, high: 0.95, visible: 0.95, final: 0.95,
	},
	{
		dir: "forumsmix",
		first: "2026-12-02, before any change made after reading it: 20/22 recipients (90.9%), 17/18 status codes, " +
			"8/8 high-confidence answers, visible text 20/22, final or retried 19/19; missed: Exim's invalid-HELO" +
			" refusal under Roundcube read as server trouble, a German \"no spam\" refusal read as a blocklisting",
		// Bounces pasted into forum questions (Postfix, Exim, Outlook, Gmail, Plesk, cPanel; English, German, French,
		// Spanish, Italian); written blind.
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.9, final: 0.95,
	},
	{
		dir: "pasted7",
		first: "2026-12-02, before any change made after reading it: 17/18 recipients (94.4%), 15/16 status codes, " +
			"10/10 high-confidence answers, visible text 17/18, final or retried 14/14; missed: Outlook's " +
			"Portuguese delivery receipt (\"Entregue:\", from memory) read as no bounce",
		// Pasted visible text, seventh draw: long pastes with the person's words in eight languages and localized notices
		// (Microsoft 365, Postfix, Gmail, Exim, Yahoo, Interia, SES, Exchange); written blind.
		recipients: 0.9, status: 0.9, high: 0.95, visible: 0.9, final: 0.95,
	},
}

// TestLabelledSets diagnoses every file of each labelled set and asserts its
// floors: categories, status codes and the promise of high confidence.
func TestLabelledSets(t *testing.T) {
	extra := 0
	for _, set := range labelledSets {
		t.Run(set.dir, func(t *testing.T) {
			t.Logf("first score: %s", set.first)
			s := scoreLabelledSet(t, filepath.Join("testdata", set.dir), nil, nil)
			extra += s.Extra
			assertFloor(t, set.dir+" recipients", s.RecipientsRight, s.Recipients, set.recipients)
			assertFloor(t, set.dir+" status codes", s.StatusRight, s.Status, set.status)
			if h := s.ByConfidence[High]; h != nil {
				assertFloor(t, set.dir+" high-confidence answers", h.Right, h.Total, set.high)
			}
		})
	}
	if t.Failed() || len(labelledSets) < 99 {
		return // a run of some sets only
	}
	t.Logf("recipients named beyond the labelled ones, all sets: %d", extra)
	if extra > maxExtraRecipients {
		t.Errorf("the sets' diagnoses name %d recipients beyond their labels, more than %d", extra, maxExtraRecipients)
	}
}

// maxExtraRecipients bounds the recipients the labelled sets' diagnoses
// name beyond their labels: the sender's own address, a login, a list's
// address or a log's token read as a failed recipient. First counted on
// 2026-11-30 at 75 (in 73 inputs); the sender fields, Postfix's sender
// restrictions and the one entry for a sender-only notice took it to 39;
// Exim's log flags and a Mailgun log's "sender -> recipient" to 36. The
// sets of 2026-12-01 added 4: a list's own address beside its member in
// three list notices (lists3), a postmaster contact address a refusal
// quotes (clients4); the list's own addresses told by its List-Id took
// it to 39. The cloudmail set added 1: the sender's column of a console's
// CSV export (whose header names the columns in Chinese); forumsintl 2:
// a Gitea log line listing the three addresses of a message whose one
// refused RCPT it does not name, labelled with the first. The sets of
// round 28 added 2, each labelled with one recipient where the engine names
// two: a GitLab worker's log refusing two addresses with the same reply,
// and a person's question naming the address mailed and, from Gmail's
// notice, the address it forwarded to. Rounds 55 and 56 added 4: a
// forum question's own sender beside the moderated group it wrote to, a
// Mimecast refusal quoting the blocked sender, Proofpoint's quarantine
// digest listing two held senders (read as failures, unknown, until its
// links were known as a digest's: 43), and an Exim log line whose written
// recipient field and RCPT TO differ. Round 57 added 1: a Dovecot Sieve log
// of a redirect loop naming both mailboxes of the loop. Round 60 added 1:
// an OCR'd Gmail notice naming its one recipient twice, once damaged by
// the OCR ("rnaria.lopez@exarnple.com") and once whole. Round 61 added 2:
// two quarantine reports (Proxmox's, Sophos UTM's) whose held senders are
// read as failed recipients. Round 64 added 1: a PowerMTA accounting
// line (its CSV of orig, rcpt, dsnStatus...) whose sender is read as a
// second recipient. Rounds 65 and 66 added 6 (the tracing tools' and
// tickets' layouts written from memory): Microsoft 365's trace naming
// where the NDR went ("Sent NDR to: x"), a Get-MessageTrace table of both
// recipients above its detail list, a Proofpoint Smart Search row's
// Sender column, a Jira Service Management footer's own address, a
// ServiceNow caller's address, and a Sendmail telnet session's second
// RCPT TO that was accepted. Rounds 67 and 68 took 1 away: a blocklist's
// reply naming the address to send questions to (clients4's Thunderbird
// error) no longer counts it as a recipient. Rounds 69 and 70 added 1: an
// Exchange notice copied out of webmail with its lines run together, so
// that "Original message headers: Return-Path: <x>" shares the notice's
// line and its sender reads as a recipient. Rounds 71 and 72 added 5 and
// took 2 away: log lines in formats written from memory name their sender
// or a message id in fields of their own (an Exchange tracking log's CSV
// row, Stalwart's `from = "x"`, SmarterMail's "Delivery started for x",
// a PowerMTA accounting row) and a Korean read-receipt view names two
// addresses; a contact's address on the line after "contact" (a quoted
// notice wrapped at 72 columns) no longer counts, in listintl and
// moderation too. Rounds 73 and 74 added 2: SendGrid's activity view
// shows a message's smtp-id (an address-shaped id), and a Polish host's
// "sender is blacklisted" names the sender first. Round 75 added 1:
// SpamCop's confirmation of a report names the two abuse desks it went to.
// Rounds 77 and 78 added 6: an outreach tool's report names a recipient
// who opened the message and another tool its sending address, both beside
// the failed one; qmail-qread's listing names its sender and a recipient
// already done, a qmail log its sender; an Exim message log's delivered
// recipient is read as delivered, which the label leaves out. Round 81
// added 3: an mbox paste of automatic replies and a read receipt, and one
// of two success reports, read as one entry each where the labels give
// the paste one. Round 83 added 1: Outlook's send error in Vietnamese
// names the sending account after "tài khoản: '", a label no source read
// here confirms (its English "Account: '" is known). Rounds 85 and 86
// added 2: ZeptoMail's "Relaying disallowed as <x>" names the sender, and
// a Polish notice of a NiX Spam listing names the sender beside the
// recipient. Rounds 87 and 88 added 3: a quarantine digest names a
// second held message's recipient, and a Microsoft 365 message trace
// export names a sender and an internal message id as rows. Rounds 90
// and 91 added 4 and the reading of tables took 2 away: a journald entry
// in JSON names its recipient a second time, a quarantine digest
// (content2nd) a second held message's, and a message trace export whose
// column of recipients holds "address##status" (tables2) is read line by
// line, its sender and message id too; round 88's trace of two pending
// rows is read as a table, without them. Round 92 added 11: tables3's
// layouts that are read line by line (Exchange's tracking log as a list,
// Zimbra's zmmsgtrace, Kerio's log, cPanel's Track Delivery, Google's
// BigQuery rows, the admin center's "address##status") name senders and
// recipients twice (9), a recall report names two addresses, and
// Postfix's "not owned by user x" names the logged-in user x, read as a
// recipient. Round 94 added 5: a gateway's trace row, a scanner's SMTP log,
// a cPanel Track Delivery row, a scanner's send-as refusal and a message
// trace row each name a recipient (or the sender) a second time. Round 97
// added 3: two deferrals in a Postfix log whose label names only the first
// recipient, an application's log line that names the sender before its
// arrow ("a@x -> b@y"), and an Exim log line that names an address twice.
// Round 98 added 6: five tables of tables5 that are read line by line name
// their sender (or a second address) too, and a quarantine digest names
// the sender of a held message. Round 99 added 1: a forward whose wrap broke
// Exchange's sender address in two, its second half read as an address.
// Round 100 added 1: a script's log of a message to two addresses that
// QQ Mail refused whole, labelled by its first address.
// Round 102 added 2: an ERP's log line that names the sender before its
// arrow, and cPanel's Exim log of two discarded messages labelled by the
// first. Round 103 added 2: a read receipt forwarded under a Swahili header
// block, whose "Kwa:" (To) names the reader, and Outlook's send error, whose
// task names the sender's own account. Round 105 added 4: exports whose
// header the reader does not know, read line by line, name their sender
// (Zoho's delivery log, SMTP2GO's activity) or a short message id (Kerio's
// log, "6568d1ab.12@firm.example"), and FortiMail's log names the sender.
// Round 106 added 2: an address-verification service's report names three
// addresses (a look-alike, labelled once) and an Exim reject log names its
// sender ("F=<...>"), while PowerMTA's accounting rows, read as a table
// since, no longer name their sender (one fewer). Round 107 added 6: a
// cPanel log of two discarded messages and a Sympa bounce summary, each
// labelled once, Postfix's "not owned by user x" (the logged-in user x, as
// before), Gmail's send-as refusal and its blocked-senders page (a
// look-alike) naming two addresses, and Brevo's list of blocked contacts
// naming the sender beside the contact. Round 108 added 5: tables7's
// layouts read line by line (Google's Email Log Search names a message id,
// Exchange's tracking log a recipient twice, Zimbra's zmmsgtrace and a
// gateway's log a sender) and a plant machine's log names a second
// mailbox. Round 109 added 6: SMTP2GO's webhook fields pasted one a line
// ("sender=ann@x", "rcpt=bob@y", read as text, the field's name taken
// into the address), Exchange's send-as refusal naming the device's login
// beside its From, and a swaks session's echoed From header. Round 110
// added 5: a Sympa bounce summary to a list's owner and an mlmmj refusal
// name the list's and the members' addresses, a Sophos console export and
// a quarantine report name senders. Round 111 added 1: a Gandi SPF refusal
// pasted with the sender's own address on a line of its own. Round 112
// added 2: Outlook's relay error in Russian naming the account beside the
// recipient, and Naver's read-status list (a look-alike) naming two.
// Round 113 added 1: a Sophos quarantine summary (a look-alike) names two
// senders of held messages. Round 115 added 7: five of tables8's consoles
// read line by line (a Google admin audit log, Cisco's, Zimbra's,
// FortiMail's and Plesk's logs name a sender or another mailbox), Postal's
// click event (its message id read as an address) and a one-click
// unsubscribe log ("recipient=" taken into the address). Round 116 added
// 5: an address-verification service's export (a look-alike) read line by
// line names six addresses where the label counts one. Round 117 added 4:
// Rspamd's log and a Received-SPF header name the sender in key=value
// fields ("smtp.mailfrom=", "envelope-from=", the key taken into the
// address), and Zoho's sending-activity refusal names two recipients
// where the label counts one. Round 118 added 11: four of tables9's
// consoles read line by line (Zimbra's zmmsgtrace, FortiMail's and Sophos'
// histories name senders), a Trend Micro quarantine digest naming its
// held messages' senders, a Kerio queue screen, a MailerQ result, a
// Stalwart pool log and an ASSP log naming a second address, and SendGrid's
// drop rows with a message id read as an address. Round 119 added 4: an
// Alibaba send log and a Postfix log of two deferrals to one address read
// line by line, a WatchGuard log naming its sender, and a Mailgun API
// error naming its sending domain's address.
const maxExtraRecipients = 171

// scoreLabelledSet diagnoses every file that dir/labels.tsv names (as
// prepare turns it into an input, when prepare is not nil), checks each
// diagnosis's evidence (and, when check is not nil, what check asks of it),
// logs the recipients and status codes it got wrong, and returns the score.
func scoreLabelledSet(t *testing.T, dir string, prepare func(raw []byte) []byte, check func(l Label, d *Diagnosis)) Score {
	t.Helper()
	labels, err := ReadLabels(dir)
	if err != nil {
		t.Fatal(err)
	}
	var s Score
	for _, l := range labels {
		raw, err := os.ReadFile(filepath.Join(dir, l.File))
		if err != nil {
			t.Fatal(err)
		}
		if prepare != nil {
			raw = prepare(raw)
		}
		d, ok := diagnoseForScore(t, l.File, raw)
		if !ok {
			continue
		}
		if check != nil {
			check(l, d)
		}
		for _, m := range s.Add(l, d) {
			t.Logf("miss %s: want %s, got %s", l.File, m.Want, m.Got)
		}
		for i, want := range l.Status {
			got := ""
			if i < len(d.Recipients) {
				got = d.Recipients[i].Status
			}
			if !StatusMatches(want, got) {
				t.Logf("status miss %s: want %q, got %q", l.File, want, got)
			}
		}
	}
	return s
}

// TestLabelledSetsVisibleText reduces each whole message of the sets that
// hold whole messages to what a person would copy out of a mail program
// (see visibleText), as TestCorpusVisibleText does for the corpus; files
// that are already pasted text are read as they are.
//
// Its first run (2026-11-30, before any change made from it): notices
// 189/195, raw 69/73, legacy 80/85, localized 26/29. What the visible text
// lost: three automatic replies whose body is the person's own words
// (only the dropped headers said what they were), three bounces attached
// to a forward, a ticket or a Mailman notice (the attachment is not
// visible text), and a newsletter about bounces, read as mailbox-full at
// medium confidence once its headers were gone.
func TestLabelledSetsVisibleText(t *testing.T) {
	for _, set := range labelledSets {
		if set.visible == 0 {
			continue
		}
		t.Run(set.dir, func(t *testing.T) {
			s := scoreLabelledSet(t, filepath.Join("testdata", set.dir), func(raw []byte) []byte {
				if !isWholeMessage(raw) {
					return raw
				}
				return []byte(visibleText(t, raw, true))
			}, nil)
			assertFloor(t, set.dir+" recipients from visible text", s.RecipientsRight, s.Recipients, set.visible)
		})
	}
}

// isWholeMessage tells a message with its header from pasted text: its
// first line is a header field that every stored message has one of.
func isWholeMessage(raw []byte) bool {
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return false
	}
	for _, f := range []string{"From", "Received", "Return-Path", "Content-Type"} {
		if m.Header.Get(f) != "" {
			return true
		}
	}
	return false
}

// TestLabelledSetsFinal checks the second thing a reader asks, after why:
// is it final, or is the sending server still trying? The sets whose
// labels.tsv has an eighth column, `final` or `retried` for the message,
// are scored on it.
func TestLabelledSetsFinal(t *testing.T) {
	for _, set := range labelledSets {
		dir := filepath.Join("testdata", set.dir)
		raw, err := os.ReadFile(filepath.Join(dir, "labels.tsv"))
		if err != nil {
			t.Fatal(err)
		}
		right, total := 0, 0
		for i, line := range strings.Split(string(raw), "\n") {
			cols := strings.Split(line, "\t")
			if i == 0 || len(cols) < 8 || cols[7] == "" {
				continue
			}
			want := cols[7] == "final"
			if !want && cols[7] != "retried" {
				t.Fatalf("%s/labels.tsv:%d: final column %q, want final or retried", set.dir, i+1, cols[7])
			}
			msg, err := os.ReadFile(filepath.Join(dir, cols[0]))
			if err != nil {
				t.Fatal(err)
			}
			d, err := Diagnose(msg, Options{})
			if err != nil {
				t.Errorf("%s: %v", cols[0], err)
				continue
			}
			total++
			if d.Final == want {
				right++
			} else {
				t.Logf("miss %s: want final=%v, got %v", cols[0], want, d.Final)
			}
		}
		if total > 0 {
			assertFloor(t, set.dir+" final or retried", right, total, set.final)
		}
	}
}
