package classifier

import (
	"io/fs"
	"net/mail"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Stage 2a: read the notice as a whole. Before any recipient is looked at,
// one pass of the phrase automaton over the report finds every known phrase
// (reasons and the notice's own markers), and the notice's header and
// opening say who wrote it and what kind of message it is.

// notice is what the report says as a whole: stage 2a's output.
type notice struct {
	doc *document
	// matches are the knowledge phrases found in the report regions, in
	// order of start; words inside an email address are left out.
	matches      []phraseMatch
	reportingMTA string
	software     string
	// subj is the bounce's own Subject header, its encoded words decoded:
	// a Japanese notice's subject comes as =?ISO-2022-JP?B?...?=.
	subj string
	// patternsIn remembers where the patterns match in a reply passage:
	// recipients named on one line share it, and it is searched once.
	patternsIn map[span][]patternHit
}

// readNotice scans the report once and reads its writer.
func readNotice(doc *document, reportingMTA string) *notice {
	n := &notice{doc: doc, reportingMTA: reportingMTA, subj: decodeHeader(doc.header.Get("Subject"))}
	if replySubject(n.subj) {
		// "RE: Undeliverable: ...": a person's reply about a bounce, whose
		// subject is no heading of the text's own.
		n.subj = ""
	}
	subjects := newSubjectFieldCheck(doc, n.subj)
	within(doc.found.words, doc.regions, func(m phraseMatch) {
		if !insideAddress(doc.text, m.start, m.end) && !inServerName(doc.text, m.start, m.end) && !subjects.in(m) {
			n.matches = append(n.matches, m)
		}
	})
	slices.SortStableFunc(n.matches, func(a, b phraseMatch) int { return a.start - b.start })
	n.matches = dropCovered(n.matches)
	if n.reportingMTA == "" && len(doc.regions) > 0 {
		r := doc.regions[0]
		head := doc.text[r.start:min(r.end, r.start+2048)]
		if m := reportingHost.find(head); m != nil {
			n.reportingMTA = strings.TrimRight(m[1], ".")
		}
	}
	n.software = n.detectSoftware()
	return n
}

// dropCovered leaves out the phrases inside a filter's note that it found
// the message clean (@scanned) or inside a product's name or fixed sentence
// (@name): MailScanner signs passing mail, bounces among them, "scanned for
// viruses and dangerous content ... and is believed to be clean", and
// neither its "virus" nor the "Spam" of the field Barracuda's appliances
// write into a reply ("X-Spam-&-Virus-Firewall;") or of MagicSpam's
// signature, nor the "delivery failed" of Exchange's failover sentence
// after every queued error, is a reason for a failure or a sign of giving
// up. ms is in order of start.
func dropCovered(ms []phraseMatch) []phraseMatch {
	kb := know()
	cover := func(m phraseMatch) bool { mk := kb.phrases[m.rule].marker; return mk == markScanned || mk == markName }
	var notes []phraseMatch
	for _, m := range ms {
		if cover(m) {
			notes = append(notes, m)
		}
	}
	if len(notes) == 0 {
		return ms
	}
	// One sweep, both lists in order of start: a phrase lies inside a note
	// when the farthest-reaching note begun at or before it covers its end.
	next, reach := 0, -1
	return slices.DeleteFunc(ms, func(m phraseMatch) bool {
		for ; next < len(notes) && notes[next].start <= m.start; next++ {
			reach = max(reach, notes[next].end)
		}
		return !cover(m) && m.end <= reach
	})
}

// reportingHost finds the reporting server in the standard openings of
// Postfix and qmail reports, when there is no Reporting-MTA.
var reportingHost = keyed{[]string{"mail system at host", "qmail-send program at"},
	regexp.MustCompile(`(?i)^(?:mail system at host|qmail-send program at) ([a-z0-9][a-z0-9.-]+[a-z0-9])`), false}

// in calls fn for each match that lies within s.
func (n *notice) in(s span, fn func(m phraseMatch, f *phraseFact)) {
	kb := know()
	i, _ := slices.BinarySearchFunc(n.matches, s.start, func(m phraseMatch, start int) int { return m.start - start })
	for ; i < len(n.matches) && n.matches[i].start < s.end; i++ {
		if m := n.matches[i]; m.end <= s.end {
			fn(m, &kb.phrases[m.rule])
		}
	}
}

// has reports whether the report holds a phrase of marker m at least as
// strong as min.
func (n *notice) has(m marker, min strength) bool {
	kb := know()
	for _, pm := range n.matches {
		if f := &kb.phrases[pm.rule]; f.marker == m && f.strength >= min {
			return true
		}
	}
	return false
}

// first returns the first phrase of marker m at least as strong as min in
// s, if any.
func (n *notice) first(s span, m marker, min strength) (phraseMatch, bool) {
	var out phraseMatch
	found := false
	n.in(s, func(pm phraseMatch, f *phraseFact) {
		if !found && f.marker == m && f.strength >= min {
			out, found = pm, true
		}
	})
	return out, found
}

// subject is the bounce's own Subject header, decoded.
func (n *notice) subject() string { return n.subj }

// opening is the start of the text, where a notice says what kind of
// notice it is.
func (n *notice) opening() span { return span{0, min(len(n.doc.text), openingLen)} }

const openingLen = 3000

// announces reports whether the notice's subject or opening says it is the
// kind that marker m marks, with words of at least medium strength.
func (n *notice) announces(m marker) bool {
	if hasMarker(m, medium, n.subject()) {
		return true
	}
	_, ok := n.first(n.opening(), m, medium)
	return ok
}

// openingHasSMTPLine reports whether the notice's opening holds an SMTP
// reply of a refusal.
func (n *notice) openingHasSMTPLine() bool {
	head := n.opening()
	return hasSMTPLine(n.doc.text[head.start:head.end])
}

// isBounce reports whether the text reads as a delivery report at all.
func (n *notice) isBounce() bool {
	doc := n.doc
	if n.fromDeliverySystem() {
		return true
	}
	// A strong delay phrase ("will continue trying", "not yet been
	// delivered") is a notice's own, even where it gives no reason.
	if hasMarker(markBounce, medium, n.subject()) || n.has(markBounce, medium) || n.has(markDelay, strong) {
		return true
	}
	for _, r := range doc.regions {
		if hasSMTPLine(doc.text[r.start:r.end]) {
			return true
		}
	}
	// A notice that says delivery stopped (or is still being tried) and,
	// in words only one category uses, why, is a bounce at any length:
	// amavisd-new's "was considered unsolicited bulk e-mail ... Delivery
	// of the email was stopped!" has no other opening.
	if n.says(markGaveUp, markDelay) && n.saysStrongReason() {
		return true
	}
	// A line that opens with an address and says why it failed
	// ("<ann@example.com>: Host or domain name not found", the recipient
	// lines of Postfix and qmail) is a bounce whatever language the notice
	// around it speaks.
	if n.listsFailedAddress() {
		return true
	}
	// A short text such as "User unknown" or one SMTP reply is read as a
	// bounce when its words say what failed. Only the report counts, not a
	// copy of the original message after it, nor the stack trace a
	// program's error carries below its one line ("Error: Invalid login:
	// 535 ..." and nodemailer's or Java's frames), nor the time-stamped
	// lines of a log, which repeat an error as often as it was tried: a
	// log is no article about bounces.
	if n := doc.reportLen(); n > 600 && n-doc.traceLinesLen() > 600 {
		return false
	}
	if code, _ := findReply(doc.text, false); code != "" {
		return true
	}
	if st := findStatus(doc.text); st != "" && st[0] != '2' {
		return true
	}
	// One short line may use weaker words ("Mailbox unavailable"), and so
	// may one a mail program wrapped when it quoted or forwarded it.
	t := strings.TrimSpace(doc.text)
	oneLine := len(t) <= 200 && (!strings.Contains(t, "\n") || wrappedLine(t))
	kb := know()
	for _, m := range n.matches {
		f := &kb.phrases[m.rule]
		if f.cat != "" && (f.strength > weak || oneLine || len(t) <= maxQuotedError && quotedAlone(doc.text, m)) {
			return true
		}
		// "Deferred", "undeliverable" alone on a line say what it is.
		if oneLine && (f.marker == markDelay || f.marker == markGaveUp || f.marker == markBounce) {
			return true
		}
	}
	return false
}

// quotedAlone reports whether the phrase m is the whole of its line, but
// for quotation marks and closing punctuation, and stands apart from the
// line above (a blank line, or one that ends in a colon): the error a
// person quotes under a line of their own ("I got this error:" and then
// "Recipient address rejected"), which says what failed as a one-line text
// does. The last word of a wrapped sentence alone on its line is no quote.
func quotedAlone(text string, m phraseMatch) bool {
	start := lineStart(text, m.start)
	whole := strings.TrimSpace(text[start:lineEnd(text, m.end)])
	line := strings.Trim(whole, " \t\"'«»“”„‘’「」`.:;!")
	if len(line) > m.end-m.start && !inQuotes(whole) {
		return false
	}
	if start == 0 {
		return true
	}
	above := strings.TrimSpace(text[lineStart(text, start-1) : start-1])
	return above == "" || strings.HasSuffix(above, ":")
}

// inQuotes reports whether line is one short quotation, in the quotation
// marks of any language ("...", «...», “...”, „...“, '...', 「...」): a
// person quoting the words of a notice whole ("el aviso dice:" and then
// «La cuenta de correo electrónico no existe»). Curly quotes are read as
// the straight ones a pasted text has by now (undoPasting), so German's
// „...“ is looked for as „...".
func inQuotes(line string) bool {
	line = straightQuotes.Replace(strings.TrimRight(line, ".:;!"))
	if len(line) > maxQuotedLine {
		return false
	}
	for _, q := range [][2]string{{`"`, `"`}, {"„", `"`}, {"«", "»"}, {"'", "'"}, {"「", "」"}} {
		if len(line) > len(q[0])+len(q[1]) && strings.HasPrefix(line, q[0]) && strings.HasSuffix(line, q[1]) {
			return true
		}
	}
	return false
}

// maxQuotedLine bounds the line inQuotes takes for one quoted error.
const maxQuotedLine = 160

// maxQuotedError bounds the text in which a weak phrase quoted alone on its
// line makes a bounce: a short question around one quoted error, not an
// article that lists them.
const maxQuotedError = 400

// traceLinesLen is the length of the report's lines that a program wrote
// rather than a person or a mail server's notice, counted as reportLen
// counts: a stack trace's frames (isStackFrame), with the source line that
// follows a Python frame, indented deeper, and Python's "Traceback (most
// recent call last):" above them; a log's time-stamped lines
// (startsLogLine); and the lines of a value a program printed (isDumpLine).
func (doc *document) traceLinesLen() int {
	n := 0
	for _, r := range doc.regions {
		python := -1 // the indentation of the Python frame just read
		for rest := doc.text[r.start:r.end]; rest != ""; {
			raw := rest
			if i := strings.IndexByte(rest, '\n'); i >= 0 {
				raw, rest = rest[:i], rest[i+1:]
			} else {
				rest = ""
			}
			line := strings.TrimSpace(raw)
			switch {
			case startsLogLine(raw):
				n += len(line)
				python = -1
			case isDumpLine(line) || isTranscriptLine(line):
				n += len(line)
				python = -1
			case isStackFrame(line) || line == "Traceback (most recent call last):":
				n += len(line)
				python = -1
				if strings.HasPrefix(line, `File "`) {
					python = indentOf(raw)
				}
			case python >= 0 && line != "" && indentOf(raw) > python:
				n += len(line)
				python = -1
			default:
				python = -1
			}
		}
	}
	return n
}

// isStackFrame reports whether line, trimmed, is one frame of a stack
// trace, as the languages programs that send mail are written in print
// them: "at ", a name, and a place that ends in a line number (and, for
// JavaScript, a column), in brackets or not (JavaScript's "at f
// (/app/x.js:12:5)", Java's "at a.b.C.f(C.java:12)", .NET's "at A.B() in
// C:\src\x.cs:line 12"); Python's "File "/app/x.py", line 12, in f"
// (its traceback module); Ruby's "from /app/x.rb:12:in `f'"; PHP's
// "#0 /app/x.php(12): f()".
func isStackFrame(line string) bool {
	switch {
	case strings.HasPrefix(line, "at ") && len(line) >= 8:
		line = strings.TrimSuffix(strings.TrimSuffix(line, " {"), ")")
		end := len(line)
		for end > 0 && line[end-1] >= '0' && line[end-1] <= '9' {
			end--
		}
		if end == len(line) || end == 0 {
			return false
		}
		return line[end-1] == ':' || strings.HasSuffix(line[:end], ":line ")
	case strings.HasPrefix(line, `File "`):
		_, after, ok := strings.Cut(line[len(`File "`):], `", line `)
		return ok && after != "" && isDigit(after[0])
	case strings.HasPrefix(line, "from "):
		return rubyFrame(line[len("from "):])
	case rubyFrame(line):
		return true
	case len(line) > 3 && line[0] == '#' && isDigit(line[1]):
		i := 2
		for i < len(line) && isDigit(line[i]) {
			i++
		}
		rest := line[i:]
		if !strings.HasPrefix(rest, " ") {
			return false
		}
		return strings.Contains(rest, "): ") || strings.HasSuffix(rest, " {main}")
	}
	return false
}

// isTranscriptLine reports whether line, trimmed, is one line of an SMTP
// session as swaks prints it: "=== " for its own remarks, " -> " for what
// the client sent, "<- " for the server's answers, "<** " for an answer
// that refuses, and "~> ", "<~ " inside TLS, as sessions pasted in swaks's
// issues (jetmore/swaks#15: "<** 530 Must issue a STARTTLS command first")
// show them and scripts that read its output match them.
func isTranscriptLine(line string) bool {
	for _, p := range transcriptPrefixes {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	return false
}

// transcriptPrefixes are the line prefixes isTranscriptLine knows.
var transcriptPrefixes = []string{"=== ", "-> ", "<- ", "<** ", "~> ", "<~ "}

// isDumpLine reports whether line, trimmed, is one line of a value a
// program printed, as developers paste an API's answer: JSON's brackets
// alone ("{", "}],") or a member ("\"message\": ..."); PHP's var_dump
// ("[\"body\":protected]=>", "string(76) \"...", "int(401)", "array(15) {",
// "object(SendGrid\Response)#12 (3) {") and print_r ("Array", "(", ")",
// "[reject_reason] => rule"), as the PHP manual shows their output.
func isDumpLine(line string) bool {
	if line == "" || len(line) > maxDumpLine {
		return false
	}
	if strings.Trim(line, "{}[](),") == "" || line == "Array" {
		return true
	}
	switch line[0] {
	case '"':
		// A JSON member: a quoted name and a colon.
		end := strings.IndexByte(line[1:], '"')
		return end >= 0 && strings.HasPrefix(line[end+2:], ":")
	case '[':
		// var_dump's "[...]=>" and print_r's "[...] => ".
		end := strings.IndexByte(line, ']')
		return end > 1 && (strings.HasPrefix(line[end+1:], "=>") || strings.HasPrefix(line[end+1:], " => "))
	}
	for _, typ := range []string{"string(", "int(", "float(", "bool(", "array(", "object("} {
		if strings.HasPrefix(line, typ) {
			rest := line[len(typ):]
			digits := len(rest) - len(strings.TrimLeft(rest, "0123456789"))
			if typ == "object(" {
				digits = strings.IndexByte(rest, ')')
			}
			return digits > 0 && strings.HasPrefix(rest[digits:], ")")
		}
	}
	return false
}

// maxDumpLine bounds a line isDumpLine takes for one member of a printed
// value: a whole value on one line (a paste whose line breaks were lost) is
// read as the text it holds.
const maxDumpLine = 320

// rubyFrame reports whether s is a Ruby backtrace entry, "path:12:in
// `method'" (Ruby's Exception#backtrace: "FILE:LINE in `METHOD'"; since
// Ruby 3.4 with a plain quote): a path without spaces, a line number, then
// ":in " and the quoted method. Ruby prints the first entry alone and "from"
// before the others; Rails and Sidekiq logs print each entry alone.
func rubyFrame(s string) bool {
	i := strings.Index(s, ":in ")
	if i <= 0 || i+4 >= len(s) || s[i+4] != '`' && s[i+4] != '\'' {
		return false
	}
	path := strings.TrimRight(s[:i], "0123456789")
	return len(path) < i && len(path) > 1 && path[len(path)-1] == ':' && !strings.ContainsAny(path, " \t<>@")
}

// wrappedLine reports whether t is one line that a mail program wrapped:
// at most three lines, each broken where the next line's first word would
// not have fit (the rule rejoinWrappedLog reads a wrapped log by).
func wrappedLine(t string) bool {
	lines := strings.Split(t, "\n")
	if len(lines) > 3 {
		return false
	}
	for i, l := range lines[:len(lines)-1] {
		if len(strings.TrimRight(l, " \r"))+1+firstWordLen(strings.TrimSpace(lines[i+1])) <= minWrapWidth {
			return false
		}
	}
	return true
}

// fromDeliverySystem reports whether the message's own header says a mail
// system's delivery service sent it.
func (n *notice) fromDeliverySystem() bool { return sentByDeliverySystem(n.doc.header) }

// sentByDeliverySystem reports whether header h is that of a message a mail
// system's delivery service sent (MAILER-DAEMON, postmaster, "Mail Delivery
// Subsystem"), or one that names failed recipients.
func sentByDeliverySystem(h mail.Header) bool {
	return sentByBounceService(h) || strings.Contains(strings.ToLower(h.Get("From")), "postmaster")
}

// sentByBounceService reports whether header h is that of a message from
// the address undeliverable mail is returned from, or one naming failed
// recipients.
func sentByBounceService(h mail.Header) bool {
	from := strings.ToLower(h.Get("From"))
	return strings.Contains(from, "mailer-daemon") || strings.Contains(from, "mail delivery") || h.Get("X-Failed-Recipients") != ""
}

// isBulkMail reports whether the message is a newsletter or a list's post
// rather than a notice: its own header offers to unsubscribe
// (List-Unsubscribe, RFC 2369 3.2 and RFC 8058), which list managers and
// bulk senders put on what they send and a delivery notice never carries,
// and no delivery service sent it. What it says of bounces ("550 5.1.1
// means the address does not exist") is then advice, not a report.
func (n *notice) isBulkMail() bool {
	return n.doc.header.Get("List-Unsubscribe") != "" && !n.fromDeliverySystem()
}

// listsFailedAddress reports whether a reason phrase of at least medium
// strength, or strong words that delivery was given up ("Envelope
// expired", OpenSMTPD's queue.c), stand on a line that an address opens.
func (n *notice) listsFailedAddress() bool {
	kb := know()
	text := n.doc.text
	tried := 0
	for _, m := range n.matches {
		f := &kb.phrases[m.rule]
		reason := f.cat != "" && f.strength >= medium || f.marker == markGaveUp && f.strength == strong
		if !reason && f.cat == "" && f.marker != markGaveUp {
			continue
		}
		before := text[lineStart(text, m.start):m.start]
		// Exim's log marks a failed delivery with "**" before the address
		// (the Exim specification, "Log files"), and then any reason, or
		// the words that it gave up, say what failed: "** ann@example.com:
		// retry timeout exceeded".
		exim := strings.Contains(before, "** ")
		if !reason && !exim {
			continue
		}
		if tried++; tried > maxFailedLineTries {
			return false
		}
		if locs := findAddresses(before); len(locs) > 0 &&
			(reason && atLineStart(before, locs[0][0]) || exim && eximFlag(before, locs[0][0]) == "**") {
			return true
		}
		// A page that hides addresses shows its placeholder where the
		// address opened the line.
		if reason && strings.HasPrefix(strings.TrimLeft(before, " \t<"), hiddenAddress) {
			return true
		}
	}
	return false
}

// maxFailedLineTries bounds the reason phrases listsFailedAddress looks
// behind: a hostile text of one phrase repeated must not cost a search each.
const maxFailedLineTries = 64

// says reports whether the report holds a phrase of either marker at
// least of medium strength.
func (n *notice) says(a, b marker) bool { return n.has(a, medium) || n.has(b, medium) }

// saysStrongReason reports whether the report holds a reason phrase that
// only one category uses.
func (n *notice) saysStrongReason() bool {
	kb := know()
	for _, m := range n.matches {
		if f := &kb.phrases[m.rule]; f.cat != "" && f.strength == strong {
			return true
		}
	}
	return false
}

// isComplaint reports whether the text reads as a spam complaint rather
// than a delivery failure, from its visible wording alone.
func (n *notice) isComplaint() bool {
	doc := n.doc
	head := n.opening()
	if _, ok := n.first(head, markComplaint, medium); !ok || n.mentionsSuppression(head) || n.bounceQuotes(markComplaint) {
		// A sending service's suppression notice lists complaints among
		// its reasons for not sending, and a bounce of a complaint quotes
		// it below its own words; neither is a complaint itself.
		return false
	}
	for _, r := range doc.regions {
		if hasSMTPLine(doc.text[r.start:r.end]) {
			return false
		}
	}
	return true
}

// isUnsubscribe reports whether the input is the message a reader's mail
// program sends to a list's List-Unsubscribe address (RFC 2369 3.2) when
// the reader asks to leave the list: Apple Mail marks it with a header of
// its own, and its subject or opening says so.
func (n *notice) isUnsubscribe() bool {
	return n.appleUnsubscribe() || n.announces(markUnsubscribe) && !n.openingHasSMTPLine() && !n.bounceQuotes(markUnsubscribe)
}

// bounceQuotes reports whether a failure notice's own wording (of at least
// medium strength) comes before the first words of marker m in the
// opening: a pasted bounce of a complaint or of an unsubscribe request
// quotes the returned message's words below its own, and a reply wrapped
// over two lines ("said: 550\n    5.1.1 ...") is no SMTP line to find.
func (n *notice) bounceQuotes(m marker) bool {
	head := n.opening()
	own, ok := n.first(head, m, medium)
	if !ok {
		return false
	}
	b, ok := n.first(head, markBounce, medium)
	return ok && b.start < own.start
}

// isAbuseReport reports whether the input is a report of abuse seen from a
// network address (fail2ban's complaint to the address's abuse contact),
// not a bounce of one. Its log lines may quote a server's refusals of the
// attacker: they are the report's evidence, not a failure of the reader's.
func (n *notice) isAbuseReport() bool {
	return n.announces(markAbuse) && !n.bounceQuotes(markAbuse) && !n.fromBounceService()
}

// appleUnsubscribe reports whether the message carries the header Apple
// Mail adds to the unsubscribe requests it sends.
func (n *notice) appleUnsubscribe() bool {
	return strings.EqualFold(strings.TrimSpace(n.doc.header.Get("X-Apple-Unsubscribe")), "true")
}

// mentionsSuppression reports whether s holds the words of a sending
// service saying it would not try.
func (n *notice) mentionsSuppression(s span) bool {
	found := false
	n.in(s, func(_ phraseMatch, f *phraseFact) { found = found || f.cat == Suppressed && f.strength > weak })
	return found
}

// isAutoReply reports whether the input is an automatic reply (RFC 3834
// does not make a header mandatory, so the subject and opening count).
func (n *notice) isAutoReply() bool {
	h := n.doc.header
	// Words only an automatic reply uses ("此邮件为自动回复", "this is an
	// automatic reply"), with nothing of a failure beside them, decide even
	// when a postmaster sent it (gromox answers from postmaster@).
	head := span{0, min(len(n.doc.text), 2000)}
	if _, ok := n.first(head, markAutoReply, strong); ok && !n.has(markBounce, medium) && !n.says(markGaveUp, markDelay) &&
		!n.saysStrongReason() && h.Get("X-Failed-Recipients") == "" && !hasSMTPLine(n.doc.text[head.start:head.end]) {
		return true
	}
	as := strings.ToLower(h.Get("Auto-Submitted"))
	if strings.HasPrefix(as, "auto-replied") && strings.Contains(as, "vacation") {
		// A vacation responder names itself in the field's comment
		// (Sieve's vacation in Pigeonhole and Cyrus: "auto-replied
		// (vacation)"; Zimbra's: "auto-replied (zimbra; vacation)"), which
		// no mail system's bounce does: an out-of-office reply even when
		// it quotes the bounce it answers.
		return true
	}
	if strings.HasPrefix(as, "auto-replied") || h.Get("X-Autoreply") != "" || h.Get("X-Autorespond") != "" ||
		strings.Contains(strings.ToLower(h.Get("Precedence")), "auto_reply") || exchangeRuleReply(h) || qmailAutorespond(h) {
		// An automatic responder's reply to a bounce carries the bounce's
		// subject after its own prefix ("Automatic reply: Undeliverable:
		// ..."), and its text may name failures to say whom to ask.
		return !n.isBounce() || autoReplySubject(n.subject())
	}
	if hasMarker(markAutoReply, medium, n.subject()) {
		return !n.isBounce()
	}
	if _, ok := n.first(span{0, min(len(n.doc.text), 2000)}, markAutoReply, medium); ok {
		return !n.isBounce()
	}
	return false
}

// exchangeRuleReply reports whether Exchange's inbox rules wrote the
// message: its out-of-office reply sets no Auto-Submitted, but asks other
// servers to send no automatic answer to it at all
// (X-Auto-Response-Suppress: All, [MS-OXCMAIL] 2.2.3.2.14) and carries the
// loop guard of the rule that sent it (X-MS-Exchange-Inbox-Rules-Loop); the
// help desk Zammad tells Exchange's out-of-office replies by the same two
// fields (app/models/channel/filter/out_of_office_check.rb).
func exchangeRuleReply(h mail.Header) bool {
	return strings.Contains(strings.ToLower(h.Get("X-Auto-Response-Suppress")), "all") && h.Get("X-Ms-Exchange-Inbox-Rules-Loop") != ""
}

// qmailAutorespond reports whether qmail's autorespond program wrote the
// message: it heads each reply with "Delivered-To: Autoresponder" (Eric
// Huss's autorespond.c, my_delivered_to), which it also checks to stop
// answering its own replies, and with no other sign of a reply.
func qmailAutorespond(h mail.Header) bool {
	for _, v := range h["Delivered-To"] {
		if strings.EqualFold(strings.TrimSpace(v), "Autoresponder") {
			return true
		}
	}
	return false
}

// isChallenge reports whether the input is a challenge-response filter's
// request that the sender confirm being a person (TMDA, cPanel's
// BoxTrapper): the message waits for the answer and is delivered then, so
// the "was not delivered" such a request says is no failure. The notice's
// own opening or subject must say so, with no SMTP reply of a refusal
// beside it.
func (n *notice) isChallenge() bool {
	return n.announces(markChallenge) && !n.openingHasSMTPLine()
}

// isReadReceipt reports whether the notice is a read receipt pasted or
// forwarded without its disposition-notification part: its subject or
// opening holds a receipt's words ("Your message ... was read on"), and
// nothing says a delivery failed.
func (n *notice) isReadReceipt() bool {
	return n.announces(markRead) && !n.has(markBounce, medium) && !n.openingHasSMTPLine()
}

// saysFailure reports whether the notice has failure words of at least
// medium strength other than a report field's name ("Final-Recipient:",
// which a read receipt's fields share with a delivery report's).
func (n *notice) saysFailure() bool {
	kb := know()
	text := n.doc.text
	for _, pm := range n.matches {
		if f := &kb.phrases[pm.rule]; f.marker != markBounce || f.strength < medium {
			continue
		}
		if (pm.start == 0 || text[pm.start-1] == '\n') && strings.HasPrefix(text[pm.end:], ":") {
			continue
		}
		return true
	}
	return false
}

// isMailReport reports whether the input is an automatic report on a
// domain's mail as a whole rather than on one message: a DMARC aggregate
// report (RFC 7489 7.2), an SMTP TLS report (RFC 8460), a postmaster
// tool's notice. Its subject or opening says so (or, for a TLS report, its
// own header fields, RFC 8460 5.3), with no failure notice or SMTP reply
// beside it; what it says of failed checks ("DMARC", "TLS") is statistics,
// not a refusal.
func (n *notice) isMailReport() bool {
	h := n.doc.header
	tls := h.Get("TLS-Report-Domain") != "" || strings.Contains(strings.ToLower(h.Get("Content-Type")), "tlsrpt")
	announced := tls || n.announces(markReport)
	if !announced && !n.quotaWarning() {
		return false
	}
	// A quota warning says what will happen to mail once the mailbox is
	// full ("new mail will be returned to the sender"): its words of a
	// bounce are its own.
	return (!announced || !n.failureBesideReport()) && !n.fromBounceService() && !n.openingHasSMTPLine()
}

// quotaWarning reports whether words of a full mailbox share a line with a
// share of it below 100% ("is now 91% full", "which is over 90% of your
// 2048MB quota", "zu 95 % belegt", "已使用 92% 的容量"): a warning to the
// mailbox's owner that it fills up, which mail servers send at a set
// share (Zimbra's zimbraQuotaWarnMessage, Dovecot's quota_warning script,
// Sun Java System Messaging Server's store.quotawarn, 90% by default), not
// a refusal, which says full or over, never how far.
//
// A whole message that a mailbox provider sends its user (not from a mail
// system's bounce address) may say how full the mailbox is on a line of its
// own and what a full one does elsewhere ("Your mailbox is 95% full." and,
// further down, "When your mailbox is full, new emails ... will be returned
// to the sender"): there a share below 100% anywhere in its opening is
// enough.
func (n *notice) quotaWarning() bool {
	kb := know()
	text := n.doc.text
	full := false
	for _, m := range n.matches {
		if kb.phrases[m.rule].cat != MailboxFull {
			continue
		}
		full = true
		start := lineStart(text, m.start)
		end := m.end + strings.IndexByte(text[m.end:]+"\n", '\n')
		if shareBelowWhole(text[start:end]) {
			return true
		}
	}
	if !full || n.doc.header.Get("From") == "" || n.fromBounceService() {
		return false
	}
	head := n.opening()
	return shareBelowWhole(text[head.start:head.end])
}

// shareBelowWhole reports whether line (or a text of lines) holds a percentage from 1 to 99:
// one or two digits, perhaps a space, then "%" (or the full-width "％").
func shareBelowWhole(line string) bool {
	for i := 0; i < len(line); {
		j := strings.IndexAny(line[i:], "%\uff05")
		if j < 0 {
			return false
		}
		j += i
		k := j
		if k > 0 && line[k-1] == ' ' {
			k--
		}
		digits := 0
		for k > 0 && line[k-1] >= '0' && line[k-1] <= '9' {
			k--
			digits++
		}
		if (digits == 1 || digits == 2) && (k == 0 || line[k-1] < '0' || line[k-1] > '9') && line[k:k+digits] != "0" && line[k:k+digits] != "00" {
			return true
		}
		i = j + 1
	}
	return false
}

// isOwnMailbox reports whether the input is the reader's own mailbox or
// mail program speaking, not a delivery report: an IMAP server refusing to
// store a message because the reader's mailbox is over quota, or a mail
// program saying the message was sent but its copy was not saved
// (knowledge/phrases/imap.tsv). A refusal at sending beside it, an SMTP
// reply in the opening, is the failure to read instead.
func (n *notice) isOwnMailbox() bool {
	return n.announces(markOwnMailbox) && !n.openingHasSMTPLine() && !n.fromBounceService()
}

// fromBounceService reports whether the message comes from the address a
// mail system returns undeliverable mail from (MAILER-DAEMON, "Mail Delivery
// System") or names failed recipients. The postmaster address alone does
// not say so: mail gateways send their quarantine digests from it (Proxmox
// Mail Gateway, MailScanner's notices to the recipient).
func (n *notice) fromBounceService() bool { return sentByBounceService(n.doc.header) }

// failureBesideReport reports whether a failure notice's wording of at
// least medium strength stands outside the report's own words: Mail::DMARC's
// "the aggregate report was not delivered" is about the report, not a
// message of the reader's.
func (n *notice) failureBesideReport() bool {
	kb := know()
	var own []phraseMatch
	for _, m := range n.matches {
		if kb.phrases[m.rule].marker == markReport {
			own = append(own, m)
		}
	}
	for _, m := range n.matches {
		if f := &kb.phrases[m.rule]; f.marker != markBounce || f.strength < medium {
			continue
		}
		if !slices.ContainsFunc(own, func(r phraseMatch) bool { return r.start <= m.start && m.end <= r.end }) {
			return true
		}
	}
	return false
}

// isHeld reports whether the notice says a mailing list holds the message
// for its moderator: it may still go out, so it is no failure, whatever
// reason for holding it the notice gives ("not from a list member").
func (n *notice) isHeld() bool {
	return n.announces(markHeld) && !n.has(markBounce, medium) && !n.says(markGaveUp, markDelay) && !n.openingHasSMTPLine()
}

// delivered finds the words of a delivery or relay notice (no report
// fields) when nothing beside them says a recipient failed.
func (n *notice) delivered() (span, bool) {
	doc := n.doc
	if len(doc.regions) == 0 {
		return span{}, false
	}
	r := doc.regions[0]
	head := span{r.start, min(r.end, r.start+3000)}
	// Success words inside a longer phrase are its context, as elsewhere:
	// Domino's failure report ends "Unless you receive other Delivery
	// Failure Reports, the document was successfully delivered to all
	// other recipients".
	var m phraseMatch
	ok := false
	n.in(head, func(pm phraseMatch, f *phraseFact) {
		if !ok && f.marker == markDelivered && f.strength >= medium && !n.insideLonger(head, pm) {
			m, ok = pm, true
		}
	})
	if !ok {
		return span{}, false
	}
	// Weak @bounce phrases are the plain words of failure ("failed",
	// "could not", "rejected"): next to success words they say that some
	// recipient failed after all.
	failed := false
	n.in(head, func(_ phraseMatch, f *phraseFact) { failed = failed || f.marker == markBounce && f.strength == weak })
	// A parcel notice's "successfully delivered" is no mail report; words
	// only a mail server's receipt uses, followed by the address they name
	// (Exchange's "Your message has been delivered to the following
	// recipients:"), are one even without a report's other signs.
	listed := know().phrases[m.rule].strength == strong && strings.IndexByte(doc.text[m.end:min(len(doc.text), m.end+500)], '@') >= 0
	// So does a line that opens with an address and says why it failed:
	// OpenSMTPD headed failures with its success sentence for a while
	// (its issue 687: "Your message was successfully delivered to these
	// recipients. ... ann@example.com: Envelope expired").
	if failed || hasSMTPLine(doc.text[head.start:head.end]) || !n.isBounce() && !listed || n.listsFailedAddress() {
		return span{}, false
	}
	return span{m.start, m.end}, true
}

// insideLonger reports whether a longer phrase found in s holds match m.
func (n *notice) insideLonger(s span, m phraseMatch) bool {
	inside := false
	n.in(s, func(o phraseMatch, _ *phraseFact) {
		inside = inside || o.start <= m.start && m.end <= o.end && o.end-o.start > m.end-m.start
	})
	return inside
}

// retrying reports whether the notice says the sending server is still
// trying (delay wording), and gaveUp whether it says it stopped. Weak delay
// wording ("deferred": Postfix quotes it in a final bounce too) counts only
// when nothing says the server gave up.
func (n *notice) retrying() (delay, weakDelay, gaveUp bool) {
	subj := n.subject()
	delay = hasMarker(markDelay, medium, subj) || n.has(markDelay, medium)
	weakDelay = hasMarker(markDelay, weak, subj) || n.has(markDelay, weak)
	gaveUp = hasMarker(markGaveUp, weak, subj) || n.has(markGaveUp, weak)
	return delay, weakDelay, gaveUp
}

// gaveUpFirmly reports whether the notice says, in words of at least
// medium weight, that the sending server stopped trying.
func (n *notice) gaveUpFirmly() bool {
	return hasMarker(markGaveUp, medium, n.subject()) || n.has(markGaveUp, medium)
}

// insideAddress reports whether text[start:end] is part of an email address
// ("this-message-rejected-by-the-domain-filter@example.jp"): words there are
// names, not the server's reasons. (Words in URLs count: a link to a
// blocklist's lookup page names the blocklist.)
func insideAddress(text string, start, end int) bool {
	// A match of several words, or one that holds a bracket, is no part of
	// one address ("5.4.1 * recipient address rejected" spans one); nor is
	// one in another script: Chinese and Japanese notices write their
	// words right next to the address, with no space between.
	for k := start; k < end; k++ {
		if isSpaceOrBracket(text[k]) || text[k] >= utf8.RuneSelf {
			return false
		}
	}
	// Addresses are short: look at most 256 bytes each way.
	i, j := start, end
	for i > max(0, start-256) && !isSpaceOrBracket(text[i-1]) && text[i-1] < utf8.RuneSelf {
		i--
	}
	for j < min(len(text), end+256) && !isSpaceOrBracket(text[j]) && text[j] < utf8.RuneSelf {
		j++
	}
	return strings.IndexByte(text[i:j], '@') >= 0
}

// inServerName reports whether text[start:end] is part of the name of the
// server a report says it talked to, "host NAME[ip]" (Postfix) or "host
// NAME [ip]" (Exim): a word there is the server's name
// ("mx.spamexperts.example"), not its reason. Names elsewhere still count:
// "blocked using zen.spamhaus.org" names the list.
func inServerName(text string, start, end int) bool {
	for k := start; k < end; k++ {
		if !isHostByte(text[k]) {
			return false
		}
	}
	// Most matches are words of their own: a name's part stands between
	// other name bytes.
	if (start == 0 || !isHostByte(text[start-1])) && (end == len(text) || !isHostByte(text[end])) &&
		strings.IndexByte(text[start:end], '.') < 0 {
		return false
	}
	i, j := start, end
	for i > max(0, start-256) && isHostByte(text[i-1]) {
		i--
	}
	for j < min(len(text), end+256) && isHostByte(text[j]) {
		j++
	}
	if strings.IndexByte(text[i:j], '.') < 0 || !strings.HasSuffix(strings.ToLower(text[max(0, i-5):i]), "host ") {
		return false
	}
	after := strings.TrimPrefix(text[j:], " ")
	return strings.HasPrefix(after, "[")
}

// isHostByte reports whether c can stand in a host name.
func isHostByte(c byte) bool {
	return isWordByte(c) && c != '_' || c == '-' || c == '.'
}

func isSpaceOrBracket(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '<', '>', '(', ')', '[', ']', '"', ',', ';':
		return true
	}
	return false
}

// replyPrefixes are the prefixes, in lower case, that mail programs put
// before the subject of a reply ("Re", "AW", "SV", "回复"), read from
// knowledge/replyprefixes.tsv.
var replyPrefixes = mustKnowledge(readReplyPrefixes(knowledgeFiles))

// readReplyPrefixes reads knowledge/replyprefixes.tsv.
func readReplyPrefixes(fsys fs.FS) (map[string]bool, error) {
	return readNameList(fsys, "knowledge/replyprefixes.tsv", "prefix")
}

// subjectFieldCheck tells the phrases of the notice that stand in the value
// of a Subject field it quotes (see in) apart.
type subjectFieldCheck struct {
	doc  *document
	subj string // the notice's own Subject
	kb   *knowledgeBase
	// values are the Subject fields' values that name no bounce or delay
	// and hold no SMTP reply, in order; begun is where the notice's own
	// words begin, -1 until needed.
	values []span
	begun  int
}

// newSubjectFieldCheck finds the text's Subject fields (a @subject-field
// phrase opening its line, a colon after it) from the phrases the scan
// found.
func newSubjectFieldCheck(doc *document, subj string) *subjectFieldCheck {
	c := &subjectFieldCheck{doc: doc, subj: subj, kb: know(), begun: -1}
	text := doc.text
	tries := 0 // the fields whose value was read
	for _, m := range doc.found.words {
		if c.kb.phrases[m.rule].marker != markSubjectField {
			continue
		}
		ls := m.start
		for ls > 0 && m.start-ls < maxSubjectIndent && (text[ls-1] == ' ' || text[ls-1] == '\t' || text[ls-1] == '>') {
			ls--
		}
		if ls > 0 && text[ls-1] != '\n' {
			continue
		}
		v := m.end
		for v < len(text) && v-m.end < fieldColonRoom && (text[v] == ' ' || text[v] == '\t') {
			v++
		}
		switch {
		case strings.HasPrefix(text[v:], ":"):
			v++
		case strings.HasPrefix(text[v:], "\uff1a"):
			v += len("\uff1a") // a full-width colon, as Chinese and Japanese print it
		default:
			continue
		}
		value := lineAt(text[:min(len(text), v+maxSubjectValue)], v)
		if tries++; tries > maxSubjectFields {
			// Past so many, a text of Subject lines is a list or an attack:
			// their words are not read, unchecked.
			c.values = append(c.values, span{v, v + len(value)})
			continue
		}
		if code, _ := findReply(value, false); code != "" {
			continue // a program's error line ("Subject:<test>, ... server response: 550 ...")
		}
		// A subject that names a bounce or a delay is the notice's own, pasted
		// below a person's line ("收到這封退信:", then "主旨: 投遞失敗，收件人郵箱已滿").
		if low := strings.ToLower(value); hasMarker(markBounce, medium, low) || hasMarker(markDelay, medium, low) {
			continue
		}
		c.values = append(c.values, span{v, v + len(value)})
	}
	slices.SortFunc(c.values, func(a, b span) int { return a.start - b.start })
	return c
}

// in reports whether the phrase m, one that names a category, stands in
// the value of a Subject field that a notice quotes below its start: its
// summary of the returned message (Exchange's and hMailServer's "Subject:
// Re: Your mailbox is full"), a forwarded or quoted header under it. Those
// are the sender's own words about their message, not why it failed. A
// Subject line above the notice is its own (MDaemon's "Subject: Warning:
// ann@example.com - User unknown!" as a person pastes it), as is one that
// names a bounce or a delay, and one that holds an SMTP reply is a
// program's error line; those still count, and a marker anywhere still
// tells what the text is.
func (c *subjectFieldCheck) in(m phraseMatch) bool {
	if len(c.values) == 0 || c.kb.phrases[m.rule].cat == "" {
		return false
	}
	k, _ := slices.BinarySearchFunc(c.values, m.start, func(s span, at int) int { return s.start - at })
	if k < len(c.values) && c.values[k].start == m.start {
		k++
	}
	if k == 0 || m.end > c.values[k-1].end {
		return false
	}
	if c.begun < 0 {
		c.begun = noticeBegins(c.doc, c.subj)
	}
	return c.values[k-1].start >= c.begun
}

// noticeBegins is where the notice's own words begin: at once in a
// message a delivery system sent or whose Subject names a bounce or a
// delay, else at its first strong @bounce phrase (a pasted text may open
// with the notice's own Subject line, or a person's words); the text's
// length when it has none.
func noticeBegins(doc *document, subject string) int {
	if len(doc.header) > 0 && (sentByDeliverySystem(doc.header) || hasMarker(markBounce, medium, subject) || hasMarker(markDelay, medium, subject)) {
		return 0
	}
	kb := know()
	at := len(doc.text)
	for _, m := range doc.found.words {
		if f := &kb.phrases[m.rule]; f.marker == markBounce && f.strength == strong {
			at = min(at, m.start)
		}
	}
	return at
}

// maxSubjectValue bounds a Subject field's value, maxSubjectIndent what
// may stand before its name on its line, in bytes, and maxSubjectFields
// the fields whose value is checked in one text (a hostile one may hold
// thousands).
const (
	maxSubjectValue  = 300
	maxSubjectIndent = 16
	maxSubjectFields = 100
)

// autoReplyPrefixes are the prefixes, in lower case, that automatic
// replies put before the subject they answer besides those that hold an
// automatic reply's words ("Auto", RFC 5230's), read from
// knowledge/autoreplyprefixes.tsv.
var autoReplyPrefixes = mustKnowledge(readNameList(knowledgeFiles, "knowledge/autoreplyprefixes.tsv", "prefix"))

// autoReplySubject reports whether subject opens with an automatic reply's
// prefix and its colon ("Automatic reply: ...", "Auto: ...",
// "Réponse automatique : ...").
func autoReplySubject(subject string) bool {
	p := subjectPrefix(subject, maxAutoReplyPrefix)
	return p != "" && (autoReplyPrefixes[p] || hasMarker(markAutoReply, medium, p))
}

// maxAutoReplyPrefix bounds the prefix autoReplySubject reads, in bytes
// ("Out of Office AutoReply", "Автоматический ответ").
const maxAutoReplyPrefix = 48

// replySubject reports whether subject opens with a reply's prefix and its
// colon, ASCII or full-width, with or without a space before it ("Re:",
// "RE :", "AW:", "Re[2]:", "回复："), as a person's reply has it.
func replySubject(subject string) bool {
	p := subjectPrefix(subject, 16)
	if k := strings.IndexByte(p, '['); k > 0 && strings.HasSuffix(p, "]") {
		p = p[:k] // "Re[2]"
	}
	return p != "" && replyPrefixes[p]
}

// subjectPrefix is what stands before the first colon, ASCII or
// full-width, within the first max bytes of subject, trimmed and in lower
// case: the prefix a reply or an automatic reply puts there ("Re", "AW",
// "Automatic reply", "回复"); "" when there is none.
func subjectPrefix(subject string, max int) string {
	s := strings.TrimLeft(subject, " \t")
	i := fieldColon(s[:min(len(s), max)])
	if i <= 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(s[:i]))
}

// fieldColon is where the first colon of head stands, ASCII or the
// full-width one Chinese and Japanese print ("件名："), or -1.
func fieldColon(head string) int {
	i := strings.IndexByte(head, ':')
	if j := strings.Index(head, "\uff1a"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	return i
}
