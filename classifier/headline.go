package classifier

import (
	"fmt"
	"strings"
)

// Headline answers "what happened" in one sentence written for d, the
// details below it: with one problem, that problem's sentence (naming the
// recipients, the domain or the blocklist the bounce gives); with several,
// how many recipients failed and for how many reasons, each problem having
// a sentence of its own (Problems). A bounce flagged as backscatter says so
// first, since nothing else matters then.
func Headline(d *Diagnosis) string {
	if d == nil || !d.Category.IsFailure() {
		return headlineOf(d, nil)
	}
	return headlineOf(d, Problems(d))
}

// headlineOf is Headline of d, whose Problems are ps.
func headlineOf(d *Diagnosis, ps []Problem) string {
	if d == nil {
		return headlineNotFailure(NotABounce, "")
	}
	if !d.Category.IsFailure() {
		if rd, ok := readingOf(d); ok {
			return rd.headline
		}
		return headlineNotFailure(d.Category, headlineRecipient(d).Address)
	}
	failed, total := headlineCountFailed(d)
	if len(ps) > 1 {
		return fmt.Sprintf("Your message did not reach %s, for %d different reasons.", reachText(failed, total), len(ps))
	}
	s := ps[0].Headline
	if total > 1 && failed < total && s != backscatterHeadline {
		return fmt.Sprintf("Your message did not reach %s: %s", reachText(failed, total), lowerFirst(s))
	}
	return s
}

// reachText counts the recipients a message did not reach.
func reachText(failed, total int) string {
	switch {
	case failed == total && total == 2:
		return "either of its 2 recipients"
	case failed == total:
		return fmt.Sprintf("any of its %d recipients", total)
	}
	return fmt.Sprintf("%d of its %d recipients", failed, total)
}

// headlineRecipient is the recipient the main category comes from: the first one in
// that category, else the first one, else an empty recipient.
func headlineRecipient(d *Diagnosis) Recipient {
	for _, r := range d.Recipients {
		if r.Category == d.Category {
			return r
		}
	}
	if len(d.Recipients) > 0 {
		return d.Recipients[0]
	}
	return Recipient{}
}

// headlineCountFailed counts the recipients whose delivery failed or is
// delayed, and all the recipients; a failure that names none counts as one.
func headlineCountFailed(d *Diagnosis) (failures, total int) {
	for _, r := range d.Recipients {
		if failed(r) {
			failures++
		}
	}
	if len(d.Recipients) == 0 {
		return 1, 1
	}
	return failures, len(d.Recipients)
}

func headlineNotFailure(c Category, addr string) string {
	switch c {
	case AutoReply:
		return "This is an automatic reply, such as an out-of-office note, not a bounce: your message was delivered."
	case Complaint:
		return "This is a spam complaint, not a bounce: someone who received a message from you marked it as spam."
	case Delivered:
		if addr = headlineAddress(addr); addr != "" {
			return fmt.Sprintf("This is a delivery report, not a bounce: your message to %s was delivered.", addr)
		}
		return "This is a delivery report, not a bounce: your message was delivered."
	}
	return "This is not a bounce message."
}

// problemHeadline writes a problem's sentence: what went wrong, a short
// piece of advice when one fits, and whether the sending server still
// tries; a guess reads as one.
func problemHeadline(d *Diagnosis, p Problem, notWait bool) string {
	fact, advice := headlineFailure(d, p)
	s := fact
	switch {
	case !p.Final && notWait:
		s += "; the sending server is still trying, but waiting will not fix it"
	case !p.Final:
		// A piece of advice reads oddly while the server still tries; the
		// retry is the news.
		s += "; the sending server is still trying to deliver it"
	case advice != "":
		s += ": " + advice
	}
	switch {
	case p.Confidence == Low:
		s = "Best guess: " + lowerFirst(s)
	case p.Confidence == Medium && len(p.Alternatives) > 0:
		s = "Most likely, " + lowerFirst(s)
	}
	if strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}

// subject names the recipients of a problem for a sentence: "the address
// x", "the addresses x and y" (at most three, then "and 2 others").
type subject struct {
	names  string // "ann@example.com", "ann@example.com and bob@example.org"
	plural bool
}

func (s subject) pick(one, many string) string {
	if s.plural {
		return many
	}
	return one
}

const maxNamed = 3

func subjectOf(names []string) subject {
	switch {
	case len(names) <= maxNamed:
		return subject{joinAnd(names), len(names) > 1}
	}
	return subject{fmt.Sprintf("%s and %d others", strings.Join(names[:maxNamed-1], ", "), len(names)-maxNamed+1), true}
}

// headlineFailure says what went wrong (fact) and, when one short piece of
// advice fits, what to do (advice), both without final punctuation.
func headlineFailure(d *Diagnosis, p Problem) (fact, advice string) {
	addrs := subjectOf(p.Recipients)
	var domainList []string
	for _, a := range p.Recipients {
		if dom := headlineDomain(a); dom != "" && !containsString(domainList, dom) {
			domainList = append(domainList, dom)
		}
	}
	domains := subjectOf(domainList)
	to := ""
	if addrs.names != "" {
		to = " to " + addrs.names
	}
	theServer := "The receiving server"
	switch {
	case domains.plural:
		theServer = "The mail servers of " + domains.names
	case domains.names != "":
		theServer = "The mail server of " + domains.names
	}
	checkSpelling := "check the spelling"
	if p.DidYouMean != "" {
		checkSpelling = "did you mean " + p.DidYouMean + "?"
	}

	switch p.Category {
	case MailboxNotFound:
		if addrs.names != "" {
			return fmt.Sprintf("The %s %s %s", addrs.pick("address", "addresses"), addrs.names, addrs.pick("does not exist", "do not exist")), checkSpelling
		}
		return "The address you wrote to does not exist", checkSpelling
	case MailboxUnavailable:
		if addrs.names != "" {
			return fmt.Sprintf("The %s %s %s", addrs.pick("mailbox", "mailboxes"), addrs.names, addrs.pick("exists but is not accepting mail", "exist but are not accepting mail")), ""
		}
		return "The mailbox you wrote to exists but is not accepting mail", ""
	case MailboxFull:
		if addrs.names != "" {
			return fmt.Sprintf("The %s of %s %s", addrs.pick("mailbox", "mailboxes"), addrs.names, addrs.pick("is full", "are full")), ""
		}
		return "The recipient's mailbox is full", ""
	case HostUnknown:
		advice = "check the part after the @"
		if p.DidYouMean != "" {
			advice = checkSpelling
		}
		if domains.names != "" {
			return fmt.Sprintf("The %s %s %s", domains.pick("domain", "domains"), domains.names, domains.pick("does not exist or takes no mail", "do not exist or take no mail")), advice
		}
		return "The domain of the address does not exist or takes no mail", advice
	case RelayDenied:
		return fmt.Sprintf("A mail server refused to pass your message%s on", to), ""
	case ServerProblem:
		switch {
		case p.Cause == CauseUnreachable && domains.names != "":
			return fmt.Sprintf("%s could not be reached", theServer), ""
		case p.Cause == CauseUnreachable:
			return "The recipient's mail server could not be reached", ""
		case domains.names != "":
			return fmt.Sprintf("A mail server on the way to %s could not be reached or had a problem", domains.names), ""
		}
		return "A mail server on the way could not be reached or had a problem", ""
	case Blocklisted:
		switch p.Cause {
		case CauseReverseDNS:
			return fmt.Sprintf("%s refused the sending server because its IP address has no proper DNS name (reverse DNS)", theServer), ""
		case CauseReputation:
			return fmt.Sprintf("%s %s holding back mail from the sending server because of its volume or spam complaints", theServer, domains.pick("is", "are")), ""
		}
		if names := listNames(d.Blocklists); len(names) > 0 {
			if p.Cause == CauseDomainListed {
				return fmt.Sprintf("%s refused your message because a domain in it, the sender's or one it links to, is listed on %s", theServer, joinAnd(names)), ""
			}
			return fmt.Sprintf("%s refused your message because the sending server is listed on %s", theServer, joinAnd(names)), ""
		}
		return fmt.Sprintf("%s refused your message because the sending server is on a blocklist or has a poor reputation", theServer), ""
	case ContentFiltered:
		return fmt.Sprintf("%s refused your message because its filters took it for spam or found something harmful in it", theServer), ""
	case MessageTooLarge:
		return fmt.Sprintf("Your message%s is larger than the receiving server accepts", to), ""
	case RateLimited:
		if p.Cause == CauseReputation {
			return fmt.Sprintf("%s %s holding back mail from the sending server because of its volume or spam complaints", theServer, domains.pick("is", "are")), ""
		}
		if domains.names == "" {
			// No recipient's domain named: as often a sending service's or
			// the sender's own provider's limit (a daily quota, credits) as
			// a receiving server's.
			return "A mail server or sending service is holding back your mail because too much was sent in a short time or a sending limit was reached", ""
		}
		return fmt.Sprintf("%s %s holding back mail because too much arrived from the same sender in a short time", theServer, domains.pick("is", "are")), ""
	case AuthenticationFailed:
		if from := headlineDomain(headlineAddress(headlineFrom(d))); from != "" {
			return fmt.Sprintf("%s could not confirm that your message really came from %s (SPF, DKIM or DMARC failed)", theServer, from), ""
		}
		return fmt.Sprintf("%s could not confirm that your message really came from your domain (SPF, DKIM or DMARC failed)", theServer), ""
	case SenderRejected:
		if from := headlineAddress(headlineFrom(d)); from != "" {
			return fmt.Sprintf("%s refused your sender address %s", theServer, from), ""
		}
		return fmt.Sprintf("%s refused your sender address", theServer), ""
	case PolicyRejected:
		if p.Cause == CauseGreylisting {
			return fmt.Sprintf("%s turned away the first try of your message%s on purpose (greylisting) and takes a later one", theServer, to), ""
		}
		return fmt.Sprintf("A rule at the receiving end does not allow your message%s", to), ""
	case Suppressed:
		if addrs.names != "" {
			return fmt.Sprintf("Your sending service did not try to deliver to %s because %s on its do-not-send list", addrs.names, addrs.pick("the address is", "the addresses are")), ""
		}
		return "Your sending service did not try to deliver because the address is on its do-not-send list", ""
	}
	return fmt.Sprintf("Your message%s could not be delivered, and the notice does not say why", to), ""
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func headlineFrom(d *Diagnosis) string {
	if d.Original == nil {
		return ""
	}
	return d.Original.From
}

// headlineAddress extracts the bare address from forms like "Ann <ann@example.com>"
// or "rfc822; ann@example.com". It returns "" when s holds no address.
func headlineAddress(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '<'); i >= 0 {
		s = s[i+1:]
		if j := strings.IndexByte(s, '>'); j >= 0 {
			s = s[:j]
		}
	}
	if i := strings.IndexByte(s, ';'); i >= 0 {
		s = s[i+1:]
	}
	s = strings.Trim(strings.TrimSpace(s), "<>\"'")
	if strings.ContainsAny(s, " \t\r\n") {
		return ""
	}
	return s
}

// headlineDomain returns the part of addr after the last @, lower-cased.
func headlineDomain(addr string) string {
	i := strings.LastIndexByte(addr, '@')
	if i < 0 || i == len(addr)-1 {
		return ""
	}
	return strings.ToLower(strings.TrimRight(addr[i+1:], "."))
}
