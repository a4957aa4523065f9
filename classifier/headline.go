package classifier

import (
	"fmt"
	"strings"
)

// Headline answers "what happened" in a sentence written for d: it names the
// recipient, the domain or the blocklist when the bounce gives them, says how many
// recipients failed, and says when the sending server is still retrying. A
// bounce flagged as backscatter says so first, since nothing else matters then.
func Headline(d *Diagnosis) string {
	if d == nil {
		return headlineNotFailure(NotABounce, "")
	}
	main := headlineRecipient(d)
	if !d.Category.IsFailure() {
		return headlineNotFailure(d.Category, main.Address)
	}
	for _, w := range d.Warnings {
		if w.Kind == "backscatter" {
			return "This bounce is about a message that was not sent from your address: someone forged it as the sender, and you need not do anything."
		}
	}
	fact, advice := headlineFailure(d, main)
	s := fact + "."
	switch {
	case !d.Final:
		// A piece of advice reads oddly while the server still tries; the
		// retry is the news.
		s = fact + "; the sending server is still trying to deliver it."
	case advice != "":
		s = fact + ": " + advice + "."
	}
	failed, total := headlineCountFailed(d)
	switch {
	case failed > 1 && failed == total:
		s = fmt.Sprintf("Your message did not reach any of its %d recipients. %s", total, s)
	case failed > 1:
		s = fmt.Sprintf("Your message did not reach %d of its %d recipients. %s", failed, total, s)
	}
	return s
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

// headlineCountFailed counts the recipients whose delivery failed or is delayed.
func headlineCountFailed(d *Diagnosis) (failed, total int) {
	for _, r := range d.Recipients {
		if r.Category.IsFailure() && r.Action != ActionDelivered && r.Action != ActionRelayed && r.Action != ActionExpanded {
			failed++
		}
	}
	return failed, len(d.Recipients)
}

func headlineNotFailure(c Category, addr string) string {
	switch c {
	case AutoReply:
		return "This is an automatic reply, such as an out-of-office note, not a bounce: your message was delivered."
	case Complaint:
		return "This is a spam complaint, not a bounce: someone who received a message from you marked it as spam."
	case Delivered:
		if addr != "" {
			return fmt.Sprintf("This is a delivery report, not a bounce: your message to %s was delivered.", addr)
		}
		return "This is a delivery report, not a bounce: your message was delivered."
	}
	return "This is not a bounce message."
}

// headlineFailure says what went wrong (fact) and, when one short piece of
// advice fits, what to do (advice), both without final punctuation.
func headlineFailure(d *Diagnosis, r Recipient) (fact, advice string) {
	addr := headlineAddress(r.Address)
	domain := headlineDomain(addr)
	to := ""
	if addr != "" {
		to = " to " + addr
	}
	theServer := "The receiving server"
	if domain != "" {
		theServer = "The mail server of " + domain
	}

	switch d.Category {
	case MailboxNotFound:
		if addr != "" {
			return fmt.Sprintf("The address %s does not exist", addr), "check the spelling"
		}
		return "The address you wrote to does not exist", "check the spelling"
	case MailboxUnavailable:
		if addr != "" {
			return fmt.Sprintf("The mailbox %s exists but is not accepting mail", addr), ""
		}
		return "The mailbox you wrote to exists but is not accepting mail", ""
	case MailboxFull:
		if addr != "" {
			return fmt.Sprintf("The mailbox of %s is full, so there is no room for your message", addr), ""
		}
		return "The recipient's mailbox is full, so there is no room for your message", ""
	case HostUnknown:
		if domain != "" {
			return fmt.Sprintf("%s has no mail server, so nothing can be delivered there", domain), "check the part after the @"
		}
		return "The domain of the address has no mail server, so nothing can be delivered there", "check the part after the @"
	case RelayDenied:
		return fmt.Sprintf("A mail server refused to pass your message%s on", to), "your mail program is probably not signing in to the outgoing server"
	case ServerProblem:
		if domain != "" {
			return fmt.Sprintf("A mail server on the way to %s could not be reached or had a problem", domain), ""
		}
		return "A mail server on the way could not be reached or had a problem", ""
	case Blocklisted:
		if names := headlineBlocklists(d.Blocklists); names != "" {
			return fmt.Sprintf("%s refused your message because the sending server is listed on %s", theServer, names), ""
		}
		return fmt.Sprintf("%s refused your message because the sending server is on a blocklist or has a poor reputation", theServer), ""
	case ContentFiltered:
		return fmt.Sprintf("%s refused your message because its filters took it for spam or found something harmful in it", theServer), ""
	case MessageTooLarge:
		return fmt.Sprintf("Your message%s is larger than the receiving server accepts", to), ""
	case RateLimited:
		return fmt.Sprintf("%s is holding back mail because too much arrived from the same sender in a short time", theServer), ""
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
		return fmt.Sprintf("A rule at the receiving end does not allow your message%s", to), ""
	case Suppressed:
		if addr != "" {
			return fmt.Sprintf("Your sending service did not try to deliver to %s because the address is on its do-not-send list", addr), ""
		}
		return "Your sending service did not try to deliver because the address is on its do-not-send list", ""
	}
	return fmt.Sprintf("Your message%s could not be delivered, and the notice does not say why", to), ""
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

// headlineBlocklists joins the distinct names as "A", "A and B" or "A, B and C".
func headlineBlocklists(hits []BlocklistHit) string {
	var names []string
	seen := map[string]bool{}
	for _, h := range hits {
		n := strings.TrimSpace(h.Name)
		// "DNSBL" is the engine's name for an unnamed list: say nothing
		// rather than "listed on DNSBL".
		if n == "" || strings.EqualFold(n, "DNSBL") || seen[strings.ToLower(n)] {
			continue
		}
		seen[strings.ToLower(n)] = true
		names = append(names, n)
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
