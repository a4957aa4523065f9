package classifier

// Stage 2b: find the recipients. A delivery-status report lists them in
// its fields (report.go); a notice with none names them in its text, and
// the addresses there must be told from the sender's, the servers' own and
// the ones given for help. A report pasted as text may be cut short: the
// notice's listing then adds those its fields do not name.

import (
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// skipLine reports whether the addresses on line are not failed
// recipients: the sender, message ids, trace headers. It is written out
// rather than one regexp, which Go would try at every byte of every line.
func skipLine(line string) bool {
	if indexFold(line, "(envelope-from") >= 0 || indexFold(line, "generated from") >= 0 {
		return true
	}
	t := strings.TrimLeft(line, regexpSpace)
	if len(t) < len(line) {
		// A folded trace header: " by mx.example.com", " for <ann@...>".
		for _, w := range []string{"id ", "by ", "with ", "for "} {
			if hasPrefixFold(t, w) {
				return true
			}
		}
	}
	if isGreeting(t) {
		return true
	}
	if strings.HasSuffix(strings.ToLower(strings.TrimRight(t, regexpSpace)), " wrote:") {
		// A reply's attribution ("On Tue, 9 Jul 2024 at 08:15, Sam
		// <sam@example.org> wrote:", as Gmail and Thunderbird write it)
		// names the person quoted below it.
		return true
	}
	u := trimPrefixFold(trimPrefixFold(t, "a message "), "that you ")
	if hasPrefixFold(u, "sent by") {
		return true
	}
	q := strings.TrimLeft(line, regexpSpace+">")
	if hasPrefixFold(strings.TrimLeft(strings.TrimPrefix(q, "<<<"), regexpSpace), "mail from") {
		return true
	}
	name := len(q)
	if hasPrefixFold(q, "x-") {
		name = 2
		for name < len(q) && (isWordByte(q[name]) && q[name] != '_' || q[name] == '-') {
			name++
		}
		if name == 2 {
			return false
		}
	} else {
		name = -1
		for _, f := range skipFields {
			if hasPrefixFold(q, f) {
				name = len(f)
				break
			}
		}
		if name < 0 {
			return false
		}
	}
	return strings.HasPrefix(strings.TrimLeft(q[name:], regexpSpace), ":")
}

// senderFields are the names, in lower case, that mail programs print in
// their readers' languages for the field naming a message's sender ("Von",
// "Expéditeur", "差出人", "发件人地址"), read from knowledge/senderfields.tsv.
var senderFields = mustKnowledge(readSenderFields(knowledgeFiles))

// readSenderFields reads knowledge/senderfields.tsv.
func readSenderFields(fsys fs.FS) (map[string]bool, error) {
	return readNameList(fsys, "knowledge/senderfields.tsv", "field")
}

// senderFieldLine reports whether line is a header summary's or a
// forwarded header's sender field in a language other than English ("Von:
// Anna <anna@example.org>", "发件人地址：li.na@example.com"): the address
// there is the sender's, a recipient only when nothing else is, as the
// sender's own addresses are. skipLine passes over the English ones.
func senderFieldLine(line string) bool {
	q := strings.TrimLeft(line, regexpSpace+">")
	head := q[:min(len(q), maxSenderField+fieldColonRoom)]
	i := fieldColon(head)
	if i <= 0 {
		return false
	}
	name := strings.TrimSpace(q[:i])
	if senderFields[name] {
		return true
	}
	return len(name) <= maxSenderField && senderFields[strings.ToLower(oneLine(name))]
}

// fieldColonRoom is what may stand between a sender field's name and the
// end of its colon: spaces ("De :") and a full-width colon's three bytes.
const fieldColonRoom = 8

// maxSenderField is the longest name in senderFields, in bytes.
var maxSenderField = func() int {
	n := 0
	for f := range senderFields {
		n = max(n, len(f))
	}
	return n
}()

// skipFields are the header fields whose addresses skipLine passes over.
var skipFields = []string{"from", "sender", "reply-to", "return-path", "message-id", "in-reply-to", "references",
	"received", "date", "dkim-signature", "mail from", "envelope-from", "original-mail-from", "errors-to",
	"id", "by", "with", "arrival-date", "reporting-mta", "subject"}

// greetings open the line a notice greets its reader with ("Hello Maria
// Lopez <maria@example.org>,"): the reader is the sender the notice goes
// back to, never a failed recipient.
var greetings = []string{"hello ", "hi ", "dear ", "hallo ", "liebe ", "lieber ", "sehr geehrte", "bonjour ", "cher ", "chère ",
	"hola ", "estimado ", "estimada ", "ciao ", "gentile ", "caro ", "cara ", "olá ", "prezado ", "prezada ", "beste ", "geachte ",
	"witaj ", "dzień dobry ", "здравствуйте, ", "уважаемый ", "уважаемая "}

// isGreeting reports whether line, its indent trimmed, is a short greeting
// that ends in a comma or a colon, and holds no sentence after it ("Dear
// user, your message to <bob@...> could not be delivered:" is no greeting).
func isGreeting(line string) bool {
	line = strings.TrimRight(line, regexpSpace)
	if len(line) > 160 || !strings.HasSuffix(line, ",") && !strings.HasSuffix(line, ":") {
		return false
	}
	if body := line[:len(line)-1]; strings.Contains(body, ", ") || strings.Contains(body, ": ") || strings.Contains(body, ". ") {
		return false
	}
	for _, g := range greetings {
		if len(line) >= len(g) && strings.EqualFold(line[:len(g)], g) {
			return true
		}
	}
	return false
}

// regexpSpace is what \s matches in a Go regexp.
const regexpSpace = " \t\n\f\r"

// trimPrefixFold drops the lower-case ASCII prefix p from s, ignoring case.
func trimPrefixFold(s, p string) string {
	if hasPrefixFold(s, p) {
		return s[len(p):]
	}
	return s
}

// demoteLine matches header lines quoted in a report whose addresses are
// recipients only if nothing better is found (the To of a forwarded bounce
// is the original sender).
var demoteLine = regexp.MustCompile(`(?i)^[\s>]*(?:to|cc)\s*:`)

// sentBy finds the sender in "A message sent by <x> could not be delivered",
// and in the fixed text of a PEC notice (Italy's certified mail, Regole
// tecniche PEC: 'nel messaggio "..." proveniente da "x" ed indirizzato a
// "y"').
var sentBy = regexp.MustCompile(`(?i)\b(?:sent by|proveniente da)\s*[<"“]?([\p{L}\p{N}\p{M}._%+\-=]+@[\p{L}\p{N}\p{M}.\-]+)`)

// mailFrom finds the sender's address in an SMTP transcript ("MAIL
// FROM:<x>"), and where a reply or a program's error quotes the command
// without its colon: "(mail from <x>)" after a refusal of the sender's
// domain, "smtp: MAIL FROM <x>: 550 ..." from programs that wrap their
// SMTP library's error (public Go and Python senders print it so); and in
// a mail log's "from=<x>" (Postfix's smtpd and qmgr, sendmail).
var mailFrom = regexp.MustCompile(`(?i)(?:\bmail from:?\s*|\bfrom=)<([^>\s]+@[^>\s]+)>`)

// senderVerified finds the address Exim names when the sender's own
// verification failed ("Verification failed for <x>", "Callback setup failed
// while verifying <x>", from its acl.c): the sender, not a recipient, and the
// callout lines after it ("Sent: RCPT TO:<x>") name it again.
var senderVerified = regexp.MustCompile(`(?i)\b(?:verification failed for|callback setup failed while verifying)\s*<([^>\s]+@[^>\s]+)>`)

// postfixSender finds the addresses Postfix's sender restrictions name
// (smtpd_check.c: "<%s>: Sender address rejected: %s", and for
// reject_sender_login_mismatch "... not owned by user %s", the login): the
// sender and the sender's own login, not a recipient.
var postfixSender = regexp.MustCompile(`(?i)<([^>\s]+@[^>\s]+)>:\s*sender\s+address\s+rejected\b|\bnot\s+owned\s+by\s+user\s+<?([^>\s()]+@[^>\s()]+?)[.>)]*(?:\s|$)`)

// notRecipient are local parts of addresses that write bounces, not
// receive them. The last is the system mailbox every Exchange organization
// sends its non-delivery reports from ("From: Microsoft Outlook
// <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@...>", as public code
// shows it: find_string id 70367537999), which its
// message trace names as where a report went. L-Soft LISTSERV writes its
// notices as LISTSERV@host ("LISTSERV@x has just received the enclosed
// delivery error as a result of a probe sent to your y account", its
// probe notice as L-Soft's tech tips quote it).
var notRecipient = []string{"mailer-daemon", "postmaster", "noreply", "no-reply", "bounce", "bounces", "microsoftexchange329e71ec88ae4615bbc36ab6ce41109e", "listserv"}

// textRecipients finds the failed recipients of a bounce that has no
// delivery-status report: the addresses the report text names, in order,
// leaving out the sender and the servers' own addresses. There is always
// at least one, perhaps with no address.
func textRecipients(doc *document) []*recipientEvidence {
	// The addresses the message itself was sent to, and its own author,
	// are the sender's side: a bounce goes back to the sender, and a
	// bounce forwarded to a helpdesk comes from the customer who sent the
	// failed message (whose signature often repeats the address). They
	// count as recipients only when nothing else does.
	senders := map[string]bool{}
	for _, h := range []string{"To", "Cc", "Delivered-To", "X-Original-To", "From"} {
		for _, m := range allAddresses(doc.header.Get(h)) {
			senders[strings.ToLower(m)] = true
		}
	}
	if doc.original != nil {
		if f := firstAddress(doc.original.From); f != "" {
			senders[strings.ToLower(f)] = true
		}
	}
	if hasField(doc.text, "original-mail-from") {
		for _, m := range fieldRe["original-mail-from"].FindAllStringSubmatch(doc.text, -1) {
			senders[strings.ToLower(cleanAddress(m[1]))] = true
		}
	}
	if indexFold(doc.text, "mail from") >= 0 || strings.Contains(doc.folded, "from=<") {
		// A transcript's "MAIL FROM:<x>" names the sender, and a refusal
		// quoting it ("<<< 501 <x>... no access") is not about a recipient;
		// so does a mail log's "from=<x>", and the same address elsewhere
		// in the pasted lines ("Could not find envelope sender user x") is
		// the sender too.
		for _, m := range mailFrom.FindAllStringSubmatch(doc.text, -1) {
			senders[strings.ToLower(m[1])] = true
		}
	}
	// The words are looked for without their last one, which a wrapped
	// reply may put on the next line ("not owned by" + line break + "user
	// x@example.com").
	for _, words := range []string{"sender address", "not owned by"} {
		for i := 0; ; {
			k := strings.Index(doc.folded[i:], words)
			if k < 0 {
				break
			}
			// The line and the lines a wrapped reply continues it on
			// ("not owned by user" + line break + "    www@example.com").
			start := lineStart(doc.text, i+k)
			end := paragraphEnd(doc.text, i+k, 2)
			if strings.IndexByte(doc.text[i+k:end], '@') < 0 && end < len(doc.text) {
				// A mail program's wrap does not indent: the address is on
				// the next line.
				end += 1 + len(lineAt(doc.text, end+1))
			}
			for _, m := range postfixSender.FindAllStringSubmatch(doc.text[start:end], -1) {
				senders[strings.ToLower(m[1]+m[2])] = true
			}
			i = max(end, i+k+len(words))
		}
	}
	if indexFold(doc.text, "verif") >= 0 {
		for _, m := range senderVerified.FindAllStringSubmatch(doc.text, -1) {
			senders[strings.ToLower(m[1])] = true
		}
	}
	// The forward header's addresses (the customer's own, the daemon's)
	// rank below even the sender's: the last resort of all.
	forwarded := map[string]bool{}
	for _, a := range forwardedHeaderAddresses(doc) {
		forwarded[strings.ToLower(a)] = true
	}
	if indexFold(doc.text, "sent by") >= 0 || indexFold(doc.text, "proveniente da") >= 0 {
		for _, m := range sentBy.FindAllStringSubmatch(doc.text, -1) {
			senders[strings.ToLower(m[1])] = true
		}
	}

	listID := listLabel(doc.header.Get("List-Id"))

	var good, weak, demoted, own, ofList, fwd []mention
	// openings are the places where an address opens a line of its own
	// (every time, not only the first): a report may list each recipient
	// twice, once with the notice's sentence and once with the server's
	// reply ("Diagnostic information for administrators").
	var openings []mention
	// seen ranks each address by its best mention so far: a later mention
	// where reports list failed recipients lifts one first met in a quoted
	// header ("To: ghost@x" above "Recipient address: ghost@x").
	const (
		rankForwarded = iota + 1
		rankList
		rankOwn
		rankDemoted
		rankWeak
		rankGood
		rankSender
	)
	seen := map[string]int8{}
	// The answer lists the recipients in the notice's order: where each
	// is first named as a recipient may be, even when a later line first
	// shows one is ("Olivia Marsh (olivia@example.com)"); in Exchange's
	// report, where each is last listed, when every one is, as its user
	// part names some by display name alone and its "Diagnostic
	// information for administrators" then lists every address in the
	// same order (a sendmail transcript, by contrast, repeats only some).
	listedAt := map[string]int{}
	lastListed := map[string]int{}
	// namedAfter is the text before each address where it is first
	// named: a notice names each of its recipients in the same words.
	namedAfter := map[string]string{}
	for _, reg := range doc.regions {
		for i := reg.start; i < reg.end; {
			j := strings.IndexByte(doc.text[i:reg.end], '\n')
			lineEnd := reg.end
			if j >= 0 {
				lineEnd = i + j
			}
			line := doc.text[i:lineEnd]
			if strings.IndexByte(line, '@') >= 0 && !skipLine(line) {
				demote := demoteLine.MatchString(line)
				senderField := senderFieldLine(line)
				hasCode := -1 // computed once per line, when first needed
				lists := -1   // whether the line holds a JSON list of addresses, likewise
				locs := findAddresses(line)
				list := isAddressList(line, locs)
				for k, loc := range locs {
					addr := strings.Trim(line[loc[0]:loc[1]], ".'")
					key := strings.ToLower(addr)
					if plain := imceaexPlain(key); plain != "" && seen[plain] >= rankWeak {
						// Exchange names a recipient it could not resolve by
						// its X.500 address in SMTP form after the plain
						// address ("IMCEAEX-_O=ORG_OU=..._cn=Recipients_cn=
						// ann@example.org"; learn.microsoft.com, "IMCEAEX
						// non-delivery report"): the same recipient again.
						addr, key = plain, plain
					}
					listed := atLineStart(line, loc[0]) || list || reasonFollows(line, loc[1]) || eximFlag(line, loc[0]) != "" ||
						namedInBrackets(line, loc)
					if listed {
						openings = append(openings, mention{key, i + loc[0]})
						lastListed[key] = i + loc[0]
					}
					if loc[1] == len(line) && wrappedTail(doc.text, lineEnd, key, seen) {
						continue // the first part of an address named whole before
					}
					if seen[key] >= rankGood || isServiceAddress(key) && !opensReply(line, loc[0]) || isMessageID(line, loc[0]) || messageIDShaped(key) || wrappedMessageID(doc.text, i+loc[0]) || isAlias(doc.text, i+loc[0]) ||
						isContact(line, loc[0]) || wrappedContact(doc.text, i, line, loc[0]) || k > 0 && isMailtoLink(line, loc[0]) {
						continue
					}
					if isRefusedSender(doc.text, i+loc[1]) || senderVerifyFollows(doc.text, i+loc[1]) || namedAsSender(line, loc[0]) ||
						wrappedSender(doc.text, i, line, loc[0]) {
						seen[key] = rankSender // the sender, wherever else it appears
						continue
					}
					var rank int8
					role := listRole(key, listID)
					switch {
					case forwarded[key] || role == roleAddress:
						rank = rankForwarded
					case role == postAddress:
						rank = rankList
					case senders[key] || senderField:
						rank = rankOwn
					case demote || holdsList(line, &lists) && inSentToList(line, loc[0]):
						rank = rankDemoted
					case listed || namedAsRecipient(line, loc[0]) || wrappedRecipient(doc.text, i, line, loc[0]):
						rank = rankGood
					default:
						if hasCode < 0 {
							hasCode = 0
							if code, _ := findReply(line, false); code != "" || findStatus(line) != "" {
								hasCode = 1
							}
						}
						rank = rankWeak
						if hasCode == 1 {
							rank = rankGood
						}
					}
					if rank <= seen[key] {
						continue
					}
					seen[key] = rank
					if _, ok := listedAt[key]; !ok && rank >= rankWeak {
						listedAt[key] = i + loc[0]
						namedAfter[key] = strings.TrimSpace(line[:loc[0]])
					}
					f := mention{addr, i + loc[0]}
					switch rank {
					case rankForwarded:
						fwd = append(fwd, f)
					case rankList:
						ofList = append(ofList, f)
					case rankOwn:
						own = append(own, f)
					case rankDemoted:
						demoted = append(demoted, f)
					case rankWeak:
						weak = append(weak, f)
					default:
						good = append(good, f)
					}
				}
			}
			i = lineEnd + 1
		}
	}
	// An address named only in passing is a recipient too when the notice
	// names one it is sure of in the same words ("There was a temporary
	// problem delivering your message to sales@example.org." above another
	// recipient whose reply names it again).
	if len(good) > 0 {
		same := map[string]bool{}
		for _, g := range good {
			if p := namedAfter[strings.ToLower(g.addr)]; len(p) >= minNamingText {
				same[p] = true
			}
		}
		for _, w := range weak {
			if key := strings.ToLower(w.addr); seen[key] == rankWeak && same[namedAfter[key]] {
				good = append(good, w)
			}
		}
	}
	order := listedAt
	if len(good) > 1 && containsAny(doc.folded, recipientWords.adminHeading) {
		all := true
		for _, g := range good {
			_, ok := lastListed[strings.ToLower(g.addr)]
			all = all && ok
		}
		if all {
			order = lastListed
		}
	}
	slices.SortStableFunc(good, func(a, b mention) int {
		return order[strings.ToLower(a.addr)] - order[strings.ToLower(b.addr)]
	})
	if len(good) == 0 {
		good = weak
	}
	if len(good) == 0 {
		good = demoted
	}
	if len(good) == 0 {
		if rs := namedRecipients(doc); rs != nil {
			return rs
		}
	}
	if len(good) == 0 && len(own) > 0 {
		// Only addresses of the sender's side are named. Those that open a
		// line of their own are listed as failed (a list's notice that a
		// member's address bounced goes to that member); otherwise one
		// entry stands for the message, not one for each of the sender's
		// addresses (a mail program's send error names the sender and its
		// login).
		good = opening(own, openings)
		if len(good) == 0 {
			good = own[:1]
		}
	}
	if len(good) == 0 {
		// A list's refusal of a post names the list it was sent to.
		good = ofList
	}
	if len(good) == 0 {
		good = fwd
	}
	if failed := doc.header.Get("X-Failed-Recipients"); failed != "" {
		// Exim names the failed recipients in a header: trust it over the text.
		good = good[:0]
		for _, addr := range allAddresses(failed) {
			off := strings.Index(doc.text, addr)
			good = append(good, mention{addr, off})
		}
	}
	if len(good) == 0 && doc.original != nil {
		if to := firstAddress(doc.original.To); to != "" {
			good = []mention{{to, -1}}
		}
	}
	if len(good) == 0 {
		return []*recipientEvidence{{}}
	}
	good = good[:min(len(good), maxRecipients)]
	rs := make([]*recipientEvidence, 0, len(good))
	for _, f := range good {
		rs = append(rs, &recipientEvidence{Recipient: Recipient{Address: f.addr}})
	}
	if len(good) > 1 {
		sections(doc, good, openings, rs)
	}
	return rs
}

// minNamingText is the shortest text, in bytes, before an address that
// counts as a notice's way of naming its recipients.
const minNamingText = 12

// exchangeNamed is the line with which Exchange's older non-delivery
// reports name a recipient of their own organisation by its display name
// alone ("Petra Lund on 4/2/2008 10:12 AM"), under "The following
// recipient(s) could not be reached:" (Microsoft KB Q168557, Q842029).
var exchangeNamed = regexp.MustCompile(`(?m)^[ \t]*'?[^\s@'][^@\n]{0,60}?'? on \d{1,2}/\d{1,2}/\d{2,4} \d{1,2}:\d{2}`)

// groupwiseNamed is the line with which GroupWise's notice names a user
// of its own post office by user ID alone, its reason in brackets
// ("\thgrant (User not on post office)"), under "The message that you sent
// was undeliverable to the following:" (a real notice as the Novell
// parser of a Java bounce library quotes it; Sympa's bounced.pl reads the
// same lines).
var groupwiseNamed = regexp.MustCompile(`(?m)^[ \t]+[^\s@()]{1,64} \([^()\n]{3,80}\)[ \t]*$`)

// namedRecipients are the recipients of a report that names them without
// an address: one for each of Exchange's display-name lines, or of
// GroupWise's user-ID lines, when it has several, each with its own
// section; nil when it has not.
func namedRecipients(doc *document) []*recipientEvidence {
	var named *regexp.Regexp
	switch {
	case containsAny(doc.folded, recipientWords.exchangeNames):
		named = exchangeNamed
	case containsAny(doc.folded, recipientWords.groupwiseIDs):
		named = groupwiseNamed
	default:
		return nil
	}
	var good []mention
	for _, reg := range doc.regions {
		for _, loc := range named.FindAllStringIndex(doc.text[reg.start:reg.end], maxRecipients) {
			// A key of its own for each line: the names are no addresses.
			good = append(good, mention{"#" + strconv.Itoa(len(good)), reg.start + loc[0]})
		}
	}
	if len(good) < 2 {
		return nil
	}
	rs := make([]*recipientEvidence, len(good))
	for k := range rs {
		rs[k] = &recipientEvidence{}
	}
	sections(doc, good, nil, rs)
	return rs
}

// opening returns the mentions of ms whose address opens a line somewhere.
func opening(ms, openings []mention) []mention {
	opened := make(map[string]bool, len(openings)) // a set: both lists may be long in a hostile input
	for _, o := range openings {
		opened[o.addr] = true
	}
	var out []mention
	for _, m := range ms {
		if opened[strings.ToLower(m.addr)] {
			out = append(out, m)
		}
	}
	return out
}

// forwardedHeaderAddresses are the addresses in the header block of a bounce
// forwarded inline ("-----Original Message-----", then "From:", "Sent:",
// "To:", "Subject:" in the mail program's language): the server that wrote
// the bounce and the sender it went back to, never a failed recipient.
// A block is "name: value" lines in a row, three names or more, that
// forwardedBounce takes for a bounce's own.
func forwardedHeaderAddresses(doc *document) []string {
	var out []string
	for _, reg := range doc.regions {
		text := doc.text[reg.start:reg.end]
		for i := 0; i < len(text); {
			end, n := i, 0
			names := map[string]bool{}
			for end < len(text) && isNameValueLine(lineAt(text, end)) {
				line := lineAt(text, end)
				names[strings.ToLower(line[:strings.IndexByte(line, ':')])] = true
				end += len(line) + 1
				n++
			}
			if n == 0 {
				i += len(lineAt(text, i)) + 1
				continue
			}
			// A header names a different field on each line; a program's
			// output names itself on every one ("msmtp: server message:").
			if len(names) < 3 {
				i = end
				continue
			}
			// A header carries no SMTP reply: a block that does is a report
			// of the bounce's own ("Error: ... 5.2.2 <x>: Mailbox is full").
			block := text[i:min(end, len(text))]
			if !holdsReply(block) && forwardedBounce("\n"+block) {
				for line := range strings.Lines(block) {
					// The bounce's own subject may name its failed recipient
					// ("DELIVERY FAILURE: User tb (tb@example.com) not
					// listed in Domino Directory"), whose line below lists it.
					if _, value, _ := strings.Cut(line, ":"); !hasMarker(markBounce, medium, strings.ToLower(value)) {
						out = append(out, allAddresses(line)...)
					}
				}
			}
			i = end
		}
	}
	return out
}

// holdsReply reports whether a line of block carries an SMTP reply or an
// enhanced status code.
func holdsReply(block string) bool {
	for line := range strings.Lines(block) {
		if code, _ := findReply(line, false); code != "" || findStatus(line) != "" {
			return true
		}
	}
	return false
}

// isNameValueLine reports whether line reads "name: value", the name short
// and in any script ("To:", "Кому:", "差出人:", "보낸 사람:"), with no digit:
// a log line's time ("Nov 12 04:00:01 host prog[812]: ...") is no name,
// nor is an address (sendmail's transcript: "<ann@x>... Deferred: ...").
func isNameValueLine(line string) bool {
	i := strings.IndexByte(line, ':')
	return i > 0 && i <= 40 && line[0] != ' ' && line[0] != '\t' && strings.Count(line[:i], " ") <= 2 &&
		!strings.ContainsAny(line[:i], "0123456789@")
}

// mention is an address where the report text names it.
type mention struct {
	addr   string
	offset int
}

// sections gives each of several recipients its part of the report: from
// each line its address opens to the next line another recipient's address
// opens (never less than its own line: two addresses can share one). The
// first mention of each counts as an opening even where the address does
// not start its line.
func sections(doc *document, good, openings []mention, rs []*recipientEvidence) {
	owner := make(map[string]int, len(good))
	for k, f := range good {
		owner[strings.ToLower(f.addr)] = k
	}
	type mark struct{ who, offset int }
	marks := make([]mark, 0, len(good)+len(openings))
	for k, f := range good {
		if f.offset >= 0 {
			marks = append(marks, mark{k, f.offset})
		}
	}
	for _, o := range openings {
		if k, ok := owner[o.addr]; ok {
			marks = append(marks, mark{k, o.offset})
		}
	}
	slices.SortFunc(marks, func(a, b mark) int { return a.offset - b.offset })
	text := doc.text
	type section struct {
		who  int
		span span
	}
	var secs []section
	for m := 0; m < len(marks); {
		k, off := marks[m].who, marks[m].offset
		// A recipient's openings in a row are one section.
		n := m + 1
		for n < len(marks) && marks[n].who == k {
			n++
		}
		end := len(text)
		if n < len(marks) {
			end = max(lineStart(text, marks[n].offset), off+len(lineAt(text, off)))
		}
		secs = append(secs, section{k, span{lineStart(text, off), min(end, doc.regionEnd(off))}})
		m = n
	}
	// Two ways of listing recipients give them one shared reason, which the
	// last of them alone would otherwise take: one to a line with the reason
	// after the list (masqmail, "The following addresses failed:"), where a
	// section holds its address line alone, with no blank line before the
	// next (Exim sets each recipient apart with one, and lists one with no
	// reason yet alone); and several named on one line
	// ("To: ann@x, bob@y", a filter's notice), where sections start together.
	// A recipient with a section of its own further on has its own reason
	// there (chasquid lists the addresses run together, then each one's
	// error).
	count := make(map[int]int, len(good))
	for _, sec := range secs {
		count[sec.who]++
	}
	for i := len(secs) - 2; i >= 0; i-- {
		cur, next := secs[i].span, secs[i+1].span
		line := lineAt(text, cur.start)
		if count[secs[i].who] > 1 {
			continue
		}
		if cur.start == next.start || next.start <= cur.end+1 && strings.TrimSpace(text[cur.start:cur.end]) == strings.TrimSpace(line) && addressOnly(line) &&
			!strings.Contains(text[cur.start:next.start], "\n\n") {
			secs[i].span.end = max(cur.end, next.end)
		}
	}
	for _, sec := range secs {
		rs[sec.who].spans = append(rs[sec.who].spans, sec.span)
	}
}

// addressOnly reports whether line holds an address and nothing more but
// the marks around it and the field a notice lists recipients under
// ("<ann@example.com>", "ann@example.com:", "Recipient Address: ann@x"):
// no reason of its own.
func addressOnly(line string) bool {
	locs := firstAddresses(line, 2) // a second one already answers
	if len(locs) != 1 {
		return false
	}
	rest := strings.ToLower(strings.Trim(line[:locs[0][0]]+line[locs[0][1]:], " \t<>:,;\"'()[]"))
	switch rest {
	case "", "recipient address", "recipient", "to", "rcpt to":
		return true
	}
	return false
}

// atLineStart reports whether the address at offset i of line stands where
// reports list failed recipients: at the start of the line (alone, in angle
// brackets, or followed by its reason), or after "RCPT TO:". With a reply
// code on its line it counts too (see textRecipients); addresses in running
// prose ("please contact <x>") are weaker.
func atLineStart(line string, i int) bool {
	before := line[max(0, i-64):i]
	if i > 64 {
		before = "x" + before // the line has more before the window
	}
	before = strings.TrimLeft(before, " \t>*-\"'<")
	if before == "" {
		return true
	}
	// "RCPT TO:", and the field a notice lists each recipient under
	// (Sun Messaging Server's "Recipient address:", Microsoft 365's
	// "Recipient Address:").
	b := strings.ToLower(strings.TrimRight(before, " \t<"))
	if strings.HasSuffix(b, "smtp:") {
		// The address type Exchange and MailEnable write before an
		// address ("Recipient: [SMTP:ann@example.com]", "'SMTP:ann@x'").
		b = strings.TrimRight(b[:len(b)-len("smtp:")], " \t[<'\"")
		if b == "" {
			return true
		}
	}
	return strings.HasSuffix(b, "to:") || strings.HasSuffix(b, "recipient address:") || strings.HasSuffix(b, "recipient:")
}

// namedInBrackets reports whether the address at loc is all its line holds
// after a display name, in round brackets: "Ruth Ames (ruth@example.com)",
// as Exchange lists each recipient of its non-delivery reports and delivery
// receipts by display name and address. The line opens with the recipient
// as much as a bare address would.
func namedInBrackets(line string, loc []int) bool {
	before := strings.TrimRight(line[:loc[0]], " \t")
	if !strings.HasSuffix(before, "(") || strings.TrimSpace(line[loc[1]:]) != ")" {
		return false
	}
	name := strings.TrimSpace(before[:len(before)-1])
	return name != "" && len(name) <= maxDisplayName && !strings.ContainsAny(name, "@:;<>()[]\"")
}

// maxDisplayName bounds the display name namedInBrackets takes before an
// address.
const maxDisplayName = 64

// isAddressList reports whether line is a list of two or more addresses and
// nothing else ("bob@example.com, carol@example.org"), as notices and mail
// programs list the recipients they could not reach: each address then
// opens the list as much as the first.
func isAddressList(line string, locs [][]int) bool {
	if len(locs) < 2 || !atLineStart(line, locs[0][0]) {
		return false
	}
	prev := locs[0][1]
	for _, loc := range locs[1:] {
		if strings.Trim(line[prev:loc[0]], " \t,;<>") != "" {
			return false
		}
		prev = loc[1]
	}
	return strings.Trim(line[prev:], " \t,;<>.") == ""
}

// namedAsRecipient reports whether the address at offset i of line follows
// the words a notice names its failed recipient with in a sentence of its
// own ("Your message to ann@example.com has been blocked", "Your message
// wasn't delivered to ann@example.com because ..."): knowledge/
// recipientwords.tsv's before-recipient rows.
func namedAsRecipient(line string, i int) bool {
	before := strings.ToLower(strings.TrimRight(line[max(0, i-recipientWords.longestBefore-2):i], " <"))
	for _, w := range recipientWords.before {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// imceaexPlain returns the plain address an Exchange "IMCEAEX-" address
// wraps, in lower case: its last "cn=" value, with Exchange's "+XX" hex
// escapes undone ("+2E" a dot, "+20" a space), at its domain; or "".
func imceaexPlain(addr string) string {
	a := strings.ToLower(addr)
	if !strings.HasPrefix(a, "imceaex-") {
		return ""
	}
	at := strings.LastIndexByte(a, '@')
	k := strings.LastIndex(a[:max(at, 0)], "cn=")
	if at < 0 || k < 0 {
		return ""
	}
	name := a[k+3 : at]
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		if name[i] == '+' && i+2 < len(name) {
			if v, err := strconv.ParseUint(name[i+1:i+3], 16, 8); err == nil {
				b.WriteByte(byte(v))
				i += 2
				continue
			}
		}
		b.WriteByte(name[i])
	}
	return b.String() + a[at:]
}

// wrappedRecipient reports whether the words that name a failed recipient
// (namedAsRecipient) run from the end of the line above into the line of
// the address at offset k of line, which starts at offset i of text: a
// notice wrapped at a phone's or a forward's width ("There was a problem
// delivering your" + line break + "message to ann@example.com.").
func wrappedRecipient(text string, i int, line string, k int) bool {
	if i == 0 || k > recipientWords.longestBefore {
		return false
	}
	joined := strings.TrimRight(tailAbove(text, i), " \t\r") + " " + strings.TrimLeft(line[:k], " \t>")
	return namedAsRecipient(joined, len(joined))
}

// layoutWords are the words with which notices name, list or order their
// failed recipients, by their role in knowledge/recipientwords.tsv.
type layoutWords struct {
	before        []string // a notice's sentence, just before a recipient's address
	adminHeading  []string // Exchange's part for administrators, which lists the recipients last
	exchangeNames []string // Exchange's heading above display-name lines
	groupwiseIDs  []string // GroupWise's heading above user-ID lines
	// longestBefore is the longest of before, in bytes.
	longestBefore int
}

// recipientWords is read from knowledge/recipientwords.tsv.
var recipientWords = mustKnowledge(readRecipientWords(knowledgeFiles))

// readRecipientWords reads knowledge/recipientwords.tsv.
func readRecipientWords(fsys fs.FS) (layoutWords, error) {
	const file = "knowledge/recipientwords.tsv"
	var w layoutWords
	rows, err := readTSV(fsys, file, []string{"words", "role", "lang", "source"})
	if err != nil {
		return w, err
	}
	roles := map[string]*[]string{"before-recipient": &w.before, "admin-heading": &w.adminHeading,
		"exchange-names": &w.exchangeNames, "groupwise-ids": &w.groupwiseIDs}
	for _, r := range rows {
		words, to := r.cols[0], roles[r.cols[1]]
		if words == "" || words != strings.ToLower(oneLine(words)) || r.cols[3] == "" || to == nil {
			return w, fmt.Errorf("%s:%d: words in lower case, a known role and a source are needed", file, r.line)
		}
		*to = append(*to, words)
		if r.cols[1] == "before-recipient" {
			w.longestBefore = max(w.longestBefore, len(words))
		}
	}
	return w, nil
}

// reasonFollows reports whether the address that ends at offset end of line
// is followed by a colon and the server's reply about it, which opens with
// the address again or with a code ("bob@example.com: <bob@example.com>:
// Recipient address rejected", "bob@example.com: 550 5.1.1 ..."): the way
// mail programs and libraries list the recipients a server refused,
// wherever on the line the list begins (PHPMailer's "SMTP Error: The
// following recipients failed: bob@...: ..."). An address in a sentence
// ("write to help@example.com: we answer") is followed by words.
func reasonFollows(line string, end int) bool {
	rest := strings.TrimPrefix(line[end:], ">")
	return len(rest) > 2 && rest[0] == ':' && rest[1] == ' ' && (rest[2] == '<' || rest[2] >= '2' && rest[2] <= '5')
}

// isAlias reports whether the address at offset i is the alias a recipient
// was expanded from ("<a@x> (expanded from <b@x>)", and in Postfix's log
// "to=<a@x>, orig_to=<b@x>"): the same recipient.
func isAlias(text string, i int) bool {
	before := strings.ToLower(text[max(0, i-40):i])
	return strings.Contains(before, "expanded from") || strings.Contains(before, "generated from") || strings.HasSuffix(before, "orig_to=<")
}

// listLabel is the identifier a List-Id field holds (RFC 2919: the part
// in angle brackets, after an optional phrase), in lower case, or "".
func listLabel(v string) string {
	if i := strings.LastIndexByte(v, '<'); i >= 0 {
		v = v[i+1:]
		if j := strings.IndexByte(v, '>'); j >= 0 {
			v = v[:j]
		}
	}
	return strings.ToLower(strings.TrimSpace(v))
}

// listRoles are the suffixes list managers give a list's own addresses
// (Mailman's -owner, -request, -bounces, -join, -leave, -confirm; Sympa's
// and mlmmj's -owner and -request).
var listRoles = []string{"-owner", "-request", "-bounces", "-join", "-leave", "-confirm", "-admin"}

// The list's own addresses, by listRole.
const (
	notList = iota
	postAddress
	roleAddress
)

// listRole tells whether addr is one of the list's own addresses when the
// message carries the list's List-Id: RFC 2919 advises building the
// identifier from the list's address with "." for "@", as Mailman and
// Sympa do ("fietsclub@lists.example.org" is "fietsclub.lists.example.org").
// A list manager's notice about a member names the list and its owners'
// address too: they are the list's side. The posting address is the failed
// recipient only of a refused post, where no member is named; the owners'
// and the manager's addresses (roleAddress) are never.
func listRole(addr, label string) int {
	local, domain, ok := strings.Cut(addr, "@")
	if label == "" || !ok || !strings.HasSuffix(label, "."+domain) {
		return notList
	}
	if local+"."+domain == label {
		return postAddress
	}
	for _, r := range listRoles {
		if base, cut := strings.CutSuffix(local, r); cut && base+"."+domain == label {
			return roleAddress
		}
	}
	return notList
}

func isServiceAddress(addr string) bool {
	local, _, _ := strings.Cut(addr, "@")
	for _, n := range notRecipient {
		if local == n || strings.HasPrefix(local, n+"+") || strings.HasPrefix(local, n+"-") {
			return true
		}
	}
	return false
}

// opensReply reports whether the address at offset i opens a line that
// carries the server's reply ("<postmaster@example.org>: host ... said:
// 550 ..."): there even a service address is the failed recipient.
func opensReply(line string, i int) bool {
	if strings.TrimLeft(line[:i], " \t<") != "" {
		return false
	}
	code, _ := findReply(line[i:], false)
	return code != ""
}

// isMailtoLink reports whether the address at offset i of line is the
// target of a "mailto:" link: Outlook copies a linked address as
// "ann@example.com<mailto:ann@example.com>", and the link may differ from
// the text it stands behind.
func isMailtoLink(line string, i int) bool {
	return strings.HasSuffix(strings.ToLower(line[max(0, i-7):i]), "mailto:")
}

// isContact reports whether the address at offset i of line is one to
// write to for help ("please contact postmaster@x"), not a recipient. Only
// the words just before it count: Gmail's "Your message couldn't be
// delivered to ann@x because ... or contact the recipient" names the
// recipient earlier on the same line.
func isContact(line string, i int) bool {
	before := strings.ToLower(line[max(0, i-40):i])
	// A list manager names the moderator who refused ("has been rejected
	// by the moderator (mod@x)", Sympa's reject.tt2): no recipient either.
	// So does a refusal that says where to ask for removal ("To request
	// removal from this list please forward this message to delist@x",
	// Microsoft's blocklist reply).
	// So does a blocklist's reply that names its operators' address
	// ("... is blacklisted by x. Send your questions to admin@x"), and Mail.ru's
	// spam refusal that names its abuse desk ("550 spam message rejected.
	// Please visit http://help.mail.ru/notspam-support/... or report details
	// to abuse@corp.mail.ru", as senders quote it in public pastes), and
	// EarthLink's refusal that says whom to write ("550 Dynamic/zombied/spam
	// IPs blocked. Write blockedbyearthlink@...", earthlink.tsv).
	w := strings.TrimRight(before, " \t")
	w = strings.TrimSuffix(w, " to")
	return strings.HasSuffix(w, " write") || strings.Contains(before, "contact") || strings.Contains(before, "moderator") ||
		strings.Contains(before, "forward this message to") || strings.Contains(before, "send an email to") ||
		strings.Contains(before, "send an e-mail to") || strings.Contains(before, "email us at") ||
		strings.Contains(before, "questions to") || strings.Contains(before, "report details to")
}

// wrappedContact reports whether the address at offset k of line, which
// starts at offset i of text, opens its line (past a quote's "> ") and the
// line before ends with the words that name a contact: a notice wrapped
// at 72 columns ("... or contact" + line break + "privacy@x.").
func wrappedContact(text string, i int, line string, k int) bool {
	prev, ok := endOfLineAbove(text, i, line, k)
	prev = strings.TrimRight(prev, " \t\r")
	return ok && isContact(prev, len(prev))
}

// namedAsSender reports whether the words just before the address at
// offset i of line call it the sender ("Sender address bob@x is on the
// blocked senders list"), or a sending service's JSON puts it under a
// sender's key ("From": "bob@x", "sender": "bob@x").
func namedAsSender(line string, i int) bool {
	// Postfix's RBL replies put what was looked up in square brackets:
	// "Sender address [x] blocked using dbl.spamhaus.org" ($rbl_class
	// [$rbl_what] blocked using $rbl_domain, smtpd_check.c).
	before := strings.ToLower(strings.TrimRight(line[max(0, i-20):i], " \t<[\"':"))
	// Mail logs name the sender too: Postfix's and sendmail's "from=<x>",
	// Exim's arrival "<= x" and its reject log's "F=<x>", msmtp's "from=x"
	// and the login "user=x", nullmailer-send's "nullmailer[1]: From: <x>
	// to: <y>" (send.cc log_msg), and msmtp's own sentence for a refused
	// MAIL FROM, "envelope from address x not accepted by the server" (its
	// last words, as only the 20 characters before the address are read).
	// An SPF refusal names the sender as the address the host may not
	// "send mail as" (rmilter's mlfi.c: "SPF policy violation. Host %s is
	// not allowed to send mail as %s."). Sendmail's log gives each
	// delivery its "ctladdr=<x>", the controlling address (the local
	// sender, or the alias that expanded to the recipient: recipient.c's
	// sendtolist), which is no recipient either. The command lines an
	// administrator pastes above a test name the sender too: swaks's
	// "--from x" and its login "--auth-user x", PowerShell's
	// "Send-MailMessage -From x", Exchange's Get-Message list
	// "FromAddress : x", and the message tracing cmdlets' filters on the
	// sender, Get-MessageTrace's "-SenderAddress x" and
	// Get-MessageTrackingLog's "-Sender x" (Microsoft's cmdlet reference,
	// learn.microsoft.com/powershell/module/exchange). Sendmail's refusal
	// of a looping message names its sender and then its recipient: "Too
	// many hops 27 (25 max): from <x> via host, to <y>" (collect.c). A
	// list manager's refusal of a post names the poster: Mlmmj's "The
	// message from <x> with subject ... was unable to be delivered to the
	// list" (text.skel/en/deny-post). Aliyun's mail service names the
	// login and the sender it refused together:
	// "440 mail from account doesn't conform with authentication (Auth
	// Account:x|Mail Account:y)". A host's refusal of a login it blocked
	// names that login: "Client host rejected: Blacklisted user: x".
	// Drupal's log of a send that failed names the sender in brackets
	// before the recipient: "Error sending email (from x to y with
	// reply-to z)" (core/lib/Drupal/Core/Mail/MailManager.php).
	for _, k := range []string{"(from", "sender address", `"from`, `"sender`, `"source`, `"mail_from`, `"mail-from`, `"return-path`, `"return_path`,
		"from=", "<=", " f=", "user=", "ctladdr=", "]: from", "from address", "send mail as", "to send as",
		" -from", "--from", "--auth-user", "fromaddress", " -senderaddress", " -sender", "max): from", "message from", "(auth account", "|mail account", "blacklisted user"} {
		if strings.HasSuffix(before, k) {
			return true
		}
	}
	// Outlook's send error names the account it sent from after the
	// recipient it names: "The rejected e-mail address was 'ann@x'.
	// Subject 'Hi', Account: 'bob@x', Server: ..." (0x800CCC79; in
	// Portuguese "Conta: 'bob@x'").
	if raw := strings.ToLower(line[max(0, i-10):i]); strings.HasSuffix(raw, "account: '") || strings.HasSuffix(raw, "conta: '") {
		return true
	}
	// Exim's log names the login an authenticator accepted as
	// "A=<authenticator>:<id>" (the Exim specification, "Log files"):
	// the sending account, never a recipient.
	if k := strings.LastIndex(before, " a="); k >= 0 && !strings.ContainsAny(before[k+3:], " \t") {
		return true
	}
	// django-anymail's errors describe the send they were about, "Sending a
	// message to x,y from z" (anymail/exceptions.py, describe_send).
	return strings.HasSuffix(before, " from") && indexFold(line, "sending a message to ") >= 0
}

// wrappedSender reports whether the address at offset k of line, which
// starts at offset i of text, opens its line and the line before ends with
// the words that name a sender: a reply wrapped by a mail program or an MTA
// ("... Domain of sender address" + line break + "bob@example.org does not
// exist").
func wrappedSender(text string, i int, line string, k int) bool {
	prev, ok := endOfLineAbove(text, i, line, k)
	return ok && namedAsSender(prev+" "+line[:k], len(prev)+1+k)
}

// endOfLineAbove returns the last words of the line above line (which
// starts at offset i of text) when the address at offset k of line opens
// it, past the brackets, quotes and a quote's "> " before it: where a
// mail program or an MTA wrapped a sentence, the words that say what the
// address is stand there. ok is false when the address does not open its
// line.
func endOfLineAbove(text string, i int, line string, k int) (words string, ok bool) {
	if i == 0 || strings.Trim(line[:k], " \t<>\"'(") != "" {
		return "", false
	}
	return tailAbove(text, i), true
}

// tailAbove is the end of the line above the line that starts at offset
// i > 0 of text, at most maxWordsAbove bytes of it.
func tailAbove(text string, i int) string {
	return text[max(lineStart(text, i-1), i-1-maxWordsAbove) : i-1]
}

// maxWordsAbove bounds how much of the line above an address
// endOfLineAbove returns: the words that say what it is are its last few.
const maxWordsAbove = 64

// holdsList reports, computing it once per line in *memo, whether line has
// a JSON list of recipients at all: most lines have none, and then no
// address on them needs the look back of inSentToList.
func holdsList(line string, memo *int) bool {
	if *memo < 0 {
		*memo = 0
		if indexFold(line, `"destination"`) >= 0 || indexFold(line, `"to"`) >= 0 {
			*memo = 1
		}
	}
	return *memo == 1
}

// inSentToList reports whether the address at offset i of line stands in a
// JSON list of everyone the message was sent to (Amazon SES's "destination",
// a "to" header list), which names recipients that did not fail too.
func inSentToList(line string, i int) bool {
	// A bounded look back: a hostile line of many addresses must not cost
	// a scan of the whole line per address.
	before := strings.ToLower(line[max(0, i-2000):i])
	for _, k := range []string{`"destination"`, `"to"`} {
		if at := strings.LastIndex(before, k); at >= 0 && strings.Contains(before[at:], "[") && !strings.Contains(before[at:], "]") {
			return true
		}
	}
	return false
}

// isRefusedSender reports whether the address ending at offset j of text is
// the one a server refused as the sender (Postfix's "<bob@x>: Sender
// address rejected", sendmail's "<bob@x>... Domain of sender address bob@x
// does not exist" from cf/m4/proto.m4, the "<bob@x>... Sender domain must
// exist" of servers that answer in sendmail's form), on its line or, where
// a mail program wrapped the reply after the address, the next: it names
// the sender, never a recipient. Exchange Online's refusal of a From the
// login may not use names the login first: "554 5.2.252 SendAsDenied;
// scanner@x not allowed to send as ceo@x; STOREDRV.Submission.Exception:
// SendAsDeniedException.MapiExceptionSendAsDenied" (as a Java mail
// program's error quotes it); the address after "send as" is the sender
// (namedAsSender). HestiaCP's Exim names the account over its sending
// limit: "Email account x is sending too many emails - rate overlimit"
// (install/deb/exim/exim4.conf.template).
func isRefusedSender(text string, j int) bool {
	after := strings.TrimLeft(text[j:min(len(text), j+40)], ">:.; \t\r\n")
	return hasPrefixFold(after, "sender address rejected") || hasPrefixFold(after, "sender rejected") ||
		hasPrefixFold(after, "domain of sender address") || hasPrefixFold(after, "sender domain must") ||
		hasPrefixFold(after, "not allowed to send as") || hasPrefixFold(after, "is sending too many emails")
}

// senderVerifyFollows reports whether Exim's "Sender verify failed" follows
// the address that ends at offset j of text: Exim's refusal after a failed
// sender callout names the sender, then says why, then that
// (smtp_in.c, acl.c): "550-Verification failed for <x> 550-No Such User
// Here 550 Sender verify failed", on one line once a notice joins the
// reply, or over a few when an HTML notice breaks it, with no other
// address between.
func senderVerifyFollows(text string, j int) bool {
	after := text[j:min(len(text), j+senderVerifyWindow)]
	if k := strings.IndexByte(after, '@'); k >= 0 {
		after = after[:k] // another address comes first: the words are about it
	}
	return indexFold(after, "sender verify failed") >= 0
}

// senderVerifyWindow is how far after an address Exim's "Sender verify
// failed" is looked for: the callout's own reply stands between them.
const senderVerifyWindow = 200

// eximFlag returns the flag Exim's main log and message log put before the
// address at offset i of line, or "": the Exim specification, "Log files":
// "=>" delivered, "->" an additional address of the same delivery, "**"
// failed, "==" deferred. Each names a recipient and its outcome, delivered
// ones too.
func eximFlag(line string, i int) string {
	before := " " + strings.TrimRight(line[max(0, i-4):i], " ")
	for _, f := range []string{"=>", "->", "**", "=="} {
		if strings.HasSuffix(before, " "+f) {
			return f
		}
	}
	return ""
}

// wrappedTail reports whether the address key, which ends the line that
// ends at offset end of text, is the first part of an address already
// seen, cut where a mail program or a forum wrapped the line: Exim's
// "RCPT TO:<papa@example.n" over "et>:" names papa@example.net, which
// its list of failed addresses named whole above.
func wrappedTail(text string, end int, key string, seen map[string]int8) bool {
	if end+1 >= len(text) || text[end] != '\n' {
		return false
	}
	next := text[end+1 : min(len(text), end+1+64)]
	n := 0
	for n < len(next) && (isLower(next[n]|0x20) || isDigit(next[n]) || next[n] == '.' || next[n] == '-') {
		n++
	}
	if n == 0 {
		return false
	}
	whole := key + strings.ToLower(strings.TrimRight(next[:n], "."))
	return seen[whole] > 0
}

// wrappedMessageID reports whether the address at offset at of text opens
// a line that continues a "Message-ID:" label the line before ends with: a
// mail program wrapping a transcript or a header block ("*  Message-ID:" +
// line break + "<20261130.5521@example.com>") leaves the id alone on a line.
func wrappedMessageID(text string, at int) bool {
	ls := lineStart(text, at)
	if ls < 2 || strings.TrimLeft(text[ls:at], " \t<") != "" {
		return false
	}
	prev := strings.ToLower(strings.TrimRight(text[max(0, ls-41):ls-1], " \t\r"))
	return strings.HasSuffix(prev, "message-id:") || strings.HasSuffix(prev, "message id:") || strings.HasSuffix(prev, "msgid=")
}

// isMessageID reports whether the address at offset i of line is really a
// message id ("<20080907124011.12ABCD8@host>").
func isMessageID(line string, i int) bool {
	// Exim logs "id=<message-id>" (with no bracket, the "id=" reads as part
	// of the address), sendmail "msgid=<...>".
	if hasPrefixFold(line[i:], "id=") || hasPrefixFold(line[i:], "msgid=") {
		return true
	}
	before := strings.ToLower(line[max(0, i-40):i])
	trimmed := strings.TrimRight(before, " \t<")
	// PEC receipts and notices end with "Identificativo messaggio: <id>"
	// (Regole tecniche PEC, allegato al DM 2/11/2005). Rails' ActionMailer
	// logs each send as "Delivered mail <message id> (12.3ms)" (its log
	// subscriber, actionmailer/lib/action_mailer/log_subscriber.rb).
	return strings.Contains(before, "message-id") || strings.Contains(before, "message id") ||
		strings.Contains(before, "identificativo") || strings.HasSuffix(trimmed, "delivered mail") ||
		strings.HasSuffix(trimmed, " id") || strings.HasSuffix(trimmed, " id=") || strings.HasSuffix(trimmed, "msgid=")
}

// messageIDShaped reports whether addr's local part is the kind a message
// id's left side is and no mailbox's: a timestamp of twelve or more digits,
// a dot, then a serial ("<202611301302.11223345@smtp-relay.mailin.fr>", as
// sending services and Postfix's "<20080907124011.12ABCD8@host>" write
// them), in a column or line that does not say it is a message id.
func messageIDShaped(addr string) bool {
	local, _, ok := strings.Cut(addr, "@")
	if !ok {
		return false
	}
	digits := 0
	for digits < len(local) && local[digits] >= '0' && local[digits] <= '9' {
		digits++
	}
	if digits < 12 || digits+1 >= len(local) || local[digits] != '.' {
		return false
	}
	for _, c := range local[digits+1:] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.') {
			return false
		}
	}
	return true
}

// namedInFields reports whether addr stands in a reported recipient's
// fields: the address a Diagnostic-Code names ("User has moved to ...",
// an alias the server refused) is not a recipient of its own.
func namedInFields(text string, rs []*recipientEvidence, addr string) bool {
	in := func(s span) bool {
		return s.end > s.start && indexFold(text[s.start:s.end], addr) >= 0
	}
	for _, r := range rs {
		if in(r.diag) || slices.ContainsFunc(r.spans, in) {
			return true
		}
	}
	return false
}

// listedWithReply reports whether the line that first names addr, or the
// line after it, carries a reply or status code: a failed recipient's
// entry ("<ops@example.net>" over "(reason: 554 5.7.1 ...)"), not an
// address the notice mentions in passing (the sender's, a list's).
func listedWithReply(text, addr string) bool {
	i := indexFold(text, addr)
	return i >= 0 && replyNear(text, i)
}

// replyNear reports whether the line holding i, or the line after it,
// carries a reply or status code.
func replyNear(text string, i int) bool {
	start := lineStart(text, i)
	line := lineAt(text, start)
	next := start + len(line) + 1
	return hasCode(line) || next < len(text) && hasCode(lineAt(text, next))
}

// namesOthers reports whether text, the notice above a report's fields,
// lists an address that none of reported is: where notices list failed
// recipients (see atLineStart), with a reply of its own (see
// listedWithReply). A transcript's "MAIL From:<...>" is not such a place.
func namesOthers(text string, reported map[string]*recipientEvidence) bool {
	for _, loc := range findAddresses(text) {
		if _, ok := reported[strings.ToLower(text[loc[0]:loc[1]])]; ok {
			continue
		}
		start := lineStart(text, loc[0])
		if atLineStart(lineAt(text, start), loc[0]-start) && replyNear(text, loc[0]) {
			return true
		}
	}
	return false
}

// withUnreported adds to a pasted report's recipients those its notice
// lists as failed that no report field names: a person copies a report's
// first fields and cuts the rest ("[...]"), or a phone copies one screen.
// The notice's listing gives the order.
func withUnreported(doc *document, rs []*recipientEvidence) []*recipientEvidence {
	if len(rs) >= maxRecipients {
		return rs
	}
	reported := make(map[string]*recipientEvidence, len(rs))
	noticeEnd := len(doc.text)
	for _, r := range rs {
		reported[strings.ToLower(r.Address)] = r
		for _, s := range r.spans {
			noticeEnd = min(noticeEnd, s.start)
		}
	}
	if !namesOthers(doc.text[:noticeEnd], reported) {
		return rs // the cheap test first: reading the listing costs more
	}
	listed := textRecipients(doc)
	if len(listed) <= len(rs) {
		return rs
	}
	// The checks below read the text once per address: a bounded number.
	listed = listed[:min(len(listed), maxRecipients)]
	out := make([]*recipientEvidence, 0, len(listed))
	for _, l := range listed {
		if r, ok := reported[strings.ToLower(l.Address)]; ok {
			out = append(out, r)
			delete(reported, strings.ToLower(l.Address))
		} else if l.Address != "" && !namedInFields(doc.text, rs, l.Address) && listedWithReply(doc.text, l.Address) {
			out = append(out, l)
		}
	}
	if len(reported) > 0 {
		return rs // the report names someone the notice does not list
	}
	return out
}
