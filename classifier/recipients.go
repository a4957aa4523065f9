package classifier

import (
	"regexp"
	"strings"
)

// skipLine matches lines whose addresses are not failed recipients: the
// sender, message ids, trace headers.
var skipLine = regexp.MustCompile(`(?i)^[\s>]*(?:from|sender|reply-to|return-path|message-id|in-reply-to|references|received|date|dkim-signature|x-[a-z0-9-]+|mail from|envelope-from|original-mail-from|errors-to|id|by|with|arrival-date|reporting-mta|subject)\s*:|^[\s>]*(?:>>>|<<<)?\s*mail from|^\s+(?:id|by|with|for) |\(envelope-from|generated from|^\s*(?:a message )?(?:that you )?sent by`)

// demoteLine matches header lines quoted in a report whose addresses are
// recipients only if nothing better is found (the To of a forwarded bounce
// is the original sender).
var demoteLine = regexp.MustCompile(`(?i)^[\s>]*(?:to|cc)\s*:`)

// sentBy finds the sender in "A message sent by <x> could not be delivered".
var sentBy = regexp.MustCompile(`(?i)\bsent by\s*<?([\p{L}\p{N}\p{M}._%+\-=]+@[\p{L}\p{N}\p{M}.\-]+)`)

// mailFrom finds the sender's address in an SMTP transcript.
var mailFrom = regexp.MustCompile(`(?i)\bmail from:\s*<([^>\s]+@[^>\s]+)>`)

// notRecipient are local parts of addresses that write bounces, not
// receive them.
var notRecipient = []string{"mailer-daemon", "postmaster", "noreply", "no-reply", "bounce", "bounces"}

// textRecipients finds the failed recipients of a bounce that has no
// delivery-status report: the addresses the report text names, in order,
// leaving out the sender and the servers' own addresses.
func (a *analysis) textRecipients() {
	senders := map[string]bool{}
	for _, h := range []string{"To", "Cc", "Delivered-To", "X-Original-To"} {
		for _, m := range allAddresses(a.hdr.Get(h)) {
			senders[strings.ToLower(m)] = true
		}
	}
	if a.d.Original != nil {
		if f := firstAddress(a.d.Original.From); f != "" {
			senders[strings.ToLower(f)] = true
		}
	}
	if hasField(a.text, "original-mail-from") {
		for _, m := range fieldRe["original-mail-from"].FindAllStringSubmatch(a.text, -1) {
			senders[strings.ToLower(cleanAddress(m[1]))] = true
		}
	}
	if indexFold(a.text, "mail from") >= 0 {
		// A transcript's "MAIL FROM:<x>" names the sender, and a refusal
		// quoting it ("<<< 501 <x>... no access") is not about a recipient.
		for _, m := range mailFrom.FindAllStringSubmatch(a.text, -1) {
			senders[strings.ToLower(m[1])] = true
		}
	}
	if indexFold(a.text, "sent by") >= 0 {
		for _, m := range sentBy.FindAllStringSubmatch(a.text, -1) {
			senders[strings.ToLower(m[1])] = true
		}
	}

	type found struct {
		addr   string
		offset int
	}
	var good, weak, demoted []found
	seen := map[string]bool{}
	for _, reg := range a.regions {
		for i := reg.start; i < reg.end; {
			j := strings.IndexByte(a.text[i:reg.end], '\n')
			lineEnd := reg.end
			if j >= 0 {
				lineEnd = i + j
			}
			line := a.text[i:lineEnd]
			if strings.IndexByte(line, '@') >= 0 && !skipLine.MatchString(line) {
				demote := demoteLine.MatchString(line)
				hasCode := -1 // computed once per line, when first needed
				for _, loc := range findAddresses(line) {
					addr := strings.Trim(line[loc[0]:loc[1]], ".'")
					key := strings.ToLower(addr)
					if seen[key] || isServiceAddress(key) || isMessageID(line, loc[0]) || isAlias(a.text, i+loc[0]) ||
						isContact(line, loc[0]) {
						continue
					}
					if isRefusedSender(line, loc[1]) || namedAsSender(line, loc[0]) {
						seen[key] = true // the sender, wherever else it appears
						continue
					}
					seen[key] = true
					f := found{addr, i + loc[0]}
					switch {
					case senders[key] || demote || inSentToList(line, loc[0]):
						demoted = append(demoted, f)
					case atLineStart(line, loc[0]):
						good = append(good, f)
					default:
						if hasCode < 0 {
							hasCode = 0
							if code, _ := findReply(line, false); code != "" || findStatus(line) != "" {
								hasCode = 1
							}
						}
						if hasCode == 1 {
							good = append(good, f)
						} else {
							weak = append(weak, f)
						}
					}
				}
			}
			i = lineEnd + 1
		}
	}
	if len(good) == 0 {
		good = weak
	}
	if len(good) == 0 {
		good = demoted
	}
	if failed := a.hdr.Get("X-Failed-Recipients"); failed != "" {
		// Exim names the failed recipients in a header: trust it over the text.
		good = good[:0]
		for _, addr := range allAddresses(failed) {
			off := strings.Index(a.text, addr)
			good = append(good, found{addr, off})
		}
	}
	if len(good) == 0 && a.d.Original != nil {
		if to := firstAddress(a.d.Original.To); to != "" {
			good = []found{{to, -1}}
		}
	}
	if len(good) == 0 {
		a.rcpts = []*rcpt{{}}
		return
	}
	good = good[:min(len(good), maxRecipients)]
	for k, f := range good {
		r := &rcpt{Recipient: Recipient{Address: f.addr}}
		if len(good) > 1 && f.offset >= 0 {
			end := len(a.text)
			if k+1 < len(good) && good[k+1].offset > f.offset {
				// Up to the next recipient's line, but never less than this
				// recipient's own line (two addresses can share one).
				end = max(lineStart(a.text, good[k+1].offset), f.offset+len(lineAt(a.text, f.offset)))
			}
			r.spans = []span{{lineStart(a.text, f.offset), min(end, a.regionEnd(f.offset))}}
		}
		a.rcpts = append(a.rcpts, r)
	}
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
	return before == "" || strings.HasSuffix(strings.ToLower(strings.TrimRight(before, " <")), "to:")
}

// regionEnd returns the end of the region that holds offset i.
func (a *analysis) regionEnd(i int) int {
	for _, r := range a.regions {
		if r.start <= i && i < r.end {
			return r.end
		}
	}
	return len(a.text)
}

func lineStart(text string, i int) int {
	return strings.LastIndexByte(text[:i], '\n') + 1
}

// isAlias reports whether the address at offset i is the alias a recipient
// was expanded from ("<a@x> (expanded from <b@x>)"): the same recipient.
func isAlias(text string, i int) bool {
	before := strings.ToLower(text[max(0, i-40):i])
	return strings.Contains(before, "expanded from") || strings.Contains(before, "generated from")
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

// isContact reports whether the address at offset i of line is one to
// write to for help ("please contact postmaster@x"), not a recipient. Only
// the words just before it count: Gmail's "Your message couldn't be
// delivered to ann@x because ... or contact the recipient" names the
// recipient earlier on the same line.
func isContact(line string, i int) bool {
	before := strings.ToLower(line[max(0, i-40):i])
	return strings.Contains(before, "contact")
}

// namedAsSender reports whether the words just before the address at
// offset i of line call it the sender ("Sender address bob@x is on the
// blocked senders list"), or a sending service's JSON puts it under a
// sender's key ("From": "bob@x", "sender": "bob@x").
func namedAsSender(line string, i int) bool {
	before := strings.ToLower(strings.TrimRight(line[max(0, i-20):i], " <\"':"))
	for _, k := range []string{"sender address", `"from`, `"sender`, `"source`, `"mail_from`, `"mail-from`, `"return-path`, `"return_path`} {
		if strings.HasSuffix(before, k) {
			return true
		}
	}
	return false
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

// isRefusedSender reports whether the address ending at offset j of line is
// the one a server refused as the sender ("<bob@x>: Sender address
// rejected"): it names the sender, never a recipient.
func isRefusedSender(line string, j int) bool {
	after := strings.TrimLeft(line[j:min(len(line), j+40)], ">:.; ")
	return hasPrefixFold([]byte(after), "sender address rejected") || hasPrefixFold([]byte(after), "sender rejected")
}

// isMessageID reports whether the address at offset i of line is really a
// message id ("<20080907124011.12ABCD8@host>").
func isMessageID(line string, i int) bool {
	before := strings.ToLower(line[max(0, i-40):i])
	return strings.Contains(before, "message-id") || strings.Contains(before, "message id") ||
		strings.HasSuffix(strings.TrimRight(before, " <"), " id")
}

// bounceMarkers are the words of a delivery report's own wording: a text
// with none of these, no report fields and no SMTP reply is not a bounce.
var bounceMarkers = newPhraseSet([][]string{{
	"undeliver", "undelivered", "returned mail", "returned to sender", "delivery status notification",
	"delivery failure", "delivery has failed", "failure notice", "mail delivery failed", "delivery failed",
	"could not be delivered", "couldn't be delivered", "was not delivered", "wasn't delivered",
	"not be delivered", "did not reach", "permanent error", "fatal error", "unable to deliver",
	"delivery to the following recipient", "this is the mail system at", "mail delivery software",
	"the following address", "qmail-send", "transcript of session", "non-delivery", "nondelivery",
	"nondeliverable", "non-deliverable", "message not delivered", "delivery problem", "could not deliver",
	"couldn't deliver", "delivery notification", "mail system error", "delivery delayed", "has not yet been delivered",
	"delayed mail", "still trying to deliver", "delivery temporarily suspended", "delivery deferred", "message deferred", "delivery is delayed", "hasn't been delivered yet", "message was not sent", "est retardée", "recapito ritardato", "warning: message", "mail delivery subsystem", "mail delivery system", "delivery incomplete",
	"error occurred while trying to deliver", "wurde verzögert", "zustellung verzögert", "a été retardé",
	"se ha retrasado", "è stata ritardata", "is vertraagd", "was rejected", "were rejected", "rejected your message", "message was rejected", "smtp error",
	"remote server", "remote host said", "said:", "diagnostic-code", "final-recipient", "unzustellbar",
	"nicht zugestellt", "non remis", "non distribuable", "no se pudo entregar", "no se ha podido entregar", "no pudo ser entregado", "non è stato consegnato", "non è stato recapitato", "n'a pas pu être remis", "n'a pas pu être distribué", "non recapitabile",
	"onbestelbaar", "loop alert", "niet afgeleverd", "niet worden afgeleverd", "niet bezorgd", "niet worden bezorgd", "配信", "届きません", "送信できません", "配送", "返送",
	"недоставлен", "não foi possível entregar", "não pôde ser entregue", "mensagem não entregue", "falha na entrega",
	"nie można dostarczyć", "nie został dostarczony", "nie została dostarczona", "nebylo možné doručit", "nelze doručit", "nebyla doručena", "permanenter fehler", "nicht an alle empfänger",
	// The first line of Exchange and Outlook non-delivery reports in their
	// German, French, Spanish, Dutch and Italian versions.
	"zustellung an folgende", "la remise a échoué", "error en la entrega", "bezorging is mislukt", "recapito non riuscito", "niedostarczon", "teslim edilemedi", "не может быть доставлено", "не доставлено", "не удалось доставить", "невозможно доставить",
	"退信", "被退回", "无法投递", "投递失败", "发送失败", "전송되지 않았", "전달되지 않았", "반송",
}})

// isBounce reports whether the text reads as a delivery report at all.
func (a *analysis) isBounce() bool {
	from := strings.ToLower(a.hdr.Get("From"))
	if strings.Contains(from, "mailer-daemon") || strings.Contains(from, "postmaster") ||
		strings.Contains(from, "mail delivery") || a.hdr.Get("X-Failed-Recipients") != "" {
		return true
	}
	if hasPhrase(bounceMarkers, a.hdr.Get("Subject")) {
		return true
	}
	for _, r := range a.regions {
		chunk := a.text[r.start:r.end]
		if hasPhrase(bounceMarkers, chunk) || hasSMTPLine(chunk) {
			return true
		}
	}
	// A short text such as "User unknown" or one SMTP reply is read as a
	// bounce when its words say what failed. Only the report counts, not a
	// copy of the original message after it.
	if a.reportLen() <= 600 {
		if code, _ := findReply(a.text, false); code != "" {
			return true
		}
		if st := findStatus(a.text); st != "" && st[0] != '2' {
			return true
		}
		// One short line may use weaker words ("Mailbox unavailable").
		oneLine := len(strings.TrimSpace(a.text)) <= 200 && !strings.Contains(strings.TrimSpace(a.text), "\n")
		found := false
		ruleSet.find(a.text, 0, len(a.text), func(m phraseMatch) {
			if !rules[m.rule].weak || oneLine {
				found = true
			}
		})
		return found
	}
	return false
}

// reportLen is the length of the report regions, without white space at
// their ends.
func (a *analysis) reportLen() int {
	n := 0
	for _, r := range a.regions {
		n += len(strings.TrimSpace(a.text[r.start:r.end]))
	}
	return n
}

// complaintWords are the wording of feedback reports and abuse complaints
// when only their visible text is at hand (no report fields).
var complaintWords = newPhraseSet([][]string{{
	"email abuse report", "report for an email message", "abuse report for", "this is an abuse report", "feedback loop", "spam complaint",
	"complaint about message", "abuse complaint", "reported this message as spam", "reported as spam by",
	"fbl report",
}})

// isComplaint reports whether the text reads as a spam complaint rather than
// a delivery failure.
func (a *analysis) isComplaint() bool {
	end := min(len(a.text), 3000)
	if !hasPhrase(complaintWords, a.text[:end]) || mentionsSuppression(a.text[:end]) {
		// A sending service's suppression notice lists complaints among
		// its reasons for not sending; it is not a complaint itself.
		return false
	}
	for _, r := range a.regions {
		if hasSMTPLine(a.text[r.start:r.end]) {
			return false
		}
	}
	return true
}

// mentionsSuppression reports whether s holds the wording of the
// suppression rule: a sending service saying it would not try.
func mentionsSuppression(s string) bool {
	found := false
	ruleSet.find(s, 0, len(s), func(m phraseMatch) {
		if rules[m.rule].cat == Suppressed {
			found = true
		}
	})
	return found
}

func hasPhrase(ps *phraseSet, s string) bool {
	found := false
	ps.find(s, 0, len(s), func(phraseMatch) { found = true })
	return found
}

// autoReplyWords are the subject and body words of out-of-office and other
// automatic replies (RFC 3834 does not make a header mandatory).
var autoReplyWords = newPhraseSet([][]string{{
	"out of office", "out of the office", "automatic reply", "auto reply", "auto-reply", "autoreply",
	"auto response", "autoresponse", "auto-response", "on vacation", "on holiday", "away from the office",
	"i am away", "i'm away", "currently away", "on leave", "annual leave", "abwesenheit", "abwesend",
	"absence", "absent", "réponse automatique", "reponse automatique", "respuesta automática",
	"fuera de la oficina", "risposta automatica", "fuori ufficio", "automatisch antwoord", "afwezig",
	"不在", "自動応答", "自動返信", "vacation", "automatische antwort", "nicht im büro", "außer haus",
	"resposta automática", "fora do escritório", "odpowiedź automatyczna",
}})

// isAutoReply reports whether the input is an automatic reply.
func (a *analysis) isAutoReply() bool {
	as := strings.ToLower(a.hdr.Get("Auto-Submitted"))
	if strings.HasPrefix(as, "auto-replied") || a.hdr.Get("X-Autoreply") != "" || a.hdr.Get("X-Autorespond") != "" ||
		strings.Contains(strings.ToLower(a.hdr.Get("Precedence")), "auto_reply") {
		return !a.isBounce()
	}
	if hasPhrase(autoReplyWords, a.hdr.Get("Subject")) {
		return !a.isBounce()
	}
	if end := min(len(a.text), 2000); hasPhrase(autoReplyWords, a.text[:end]) {
		return !a.isBounce()
	}
	return false
}
