package classifier

import "fmt"

// What to do depends on the category, on the cause, and on whether the
// sending server has given up. Explain gives a category's texts as its page
// shows them; the table here adjusts them to a cause and a state, so that a
// final failure is never told to wait and a delay that waiting will not fix
// is never told to.

// waitStep is the one way the steps say "wait".
const waitStep = "Wait: the sending server is still trying to deliver the message by itself."

// notWaitStep leads the steps of a delayed failure that waiting will not fix.
const notWaitStep = "Waiting will not help: the sending server is still trying, but each try will most likely be refused the same way. Act now, with the steps below."

// adviceKey is what the advice depends on besides the state.
type adviceKey struct {
	c     Category
	cause Cause
}

// adviceEntry adjusts a category's texts; empty fields keep the category's.
type adviceEntry struct {
	title, summary, explanation string
	// whoActs and steps are for a final failure.
	whoActs string
	steps   []string
	// finalSummary and finalExplanation replace the summary and the
	// explanation of a failure that is usually retried, once it is final.
	finalSummary, finalExplanation string
	// delayedWho and delayedSteps are for a failure still retried; without
	// delayedSteps, waiting does not help, and notWaitStep leads the steps.
	delayedWho   string
	delayedSteps []string
	// delayedRetry replaces the sentence on what "still retried" means.
	delayedRetry string
}

// advice is the texts for one problem.
type advice struct {
	title, summary, explanation, whoActs string
	steps                                []string
	// waitHelps is true when the steps of a delayed failure start with waitStep.
	waitHelps bool
	retry     string
}

const (
	reputationTitle = "The provider is holding back mail for its volume or complaints"
	reverseDNSTitle = "The sending server has no proper DNS name"
)

var reputationSteps = []string{
	"Slow down: send fewer messages at a time to this provider, and spread large mailings over hours rather than minutes.",
	"Check your complaint and bounce rates in the provider's tools for senders (Yahoo Sender Hub, Google Postmaster Tools, Microsoft SNDS), and remove recipients who did not ask for your mail or whose addresses no longer work.",
	"Then retry: send the message again later, or let the sending server retry it. If you only send a few personal messages, the volume is your provider's: forward them the bounce.",
}

var reputationAdvice = adviceEntry{
	title:   reputationTitle,
	summary: "The receiving provider is deferring or refusing mail from the sending server because of how much mail it sends or how often its recipients report it as spam.",
	explanation: "Large providers such as Yahoo, Gmail and QQ Mail watch how much mail each sending server " +
		"delivers and how often their users mark it as spam. When the volume jumps or complaints pile " +
		"up, they slow the sender down: they defer its mail (\"try again later\") and sometimes refuse it " +
		"for a while. This is not a blocklist, and there is nothing to be removed from: it lifts by " +
		"itself once the sending calms down and the complaints drop.",
	whoActs:      WhoYou,
	steps:        reputationSteps,
	delayedSteps: reputationSteps,
	delayedRetry: "This is not final yet: the sending server is still trying, and its tries will get through once the volume and the complaints go down.",
}

// adviceTable holds the adjustments, by category and cause.
var adviceTable = map[adviceKey]adviceEntry{
	{ServerProblem, CauseNone}: {
		whoActs: WhoYou,
		steps: []string{
			"Check the part after the @ in the address: a mistyped domain can lead to a server that does not take mail.",
			"Let the recipient know, by phone or another address, that their mail server could not take your message, and forward them the bounce for whoever runs their mail.",
			"Send the message again once they confirm that their mail works.",
		},
		finalSummary: "A mail server along the way could not be reached or was having problems, and the sending server has given up.",
		finalExplanation: "Somewhere between your provider and the recipient, a server was down, overloaded, " +
			"short of memory or disk, or the connection to it timed out. The sending server kept trying " +
			"for a while and has now given up. The trouble is most often at the recipient's end, which " +
			"only the recipient's side can fix; a mistyped domain after the @ gives the same result.",
		delayedWho: WhoNobody,
		delayedSteps: []string{
			waitStep,
			"If a final failure notice follows, check the part after the @ in the address, and let the recipient know, by phone or another address, that their mail server seems to be having trouble.",
		},
	},
	{ServerProblem, CauseUnreachable}: {
		title:   "The recipient's mail server could not be reached",
		summary: "The sending server could not connect to the mail server of the recipient's domain.",
		explanation: "Every domain names the server that receives its mail. The sending server tried to " +
			"connect to the one for this address and got no answer, or was turned away before it could " +
			"hand the message over. The recipient's server may be down or moved or its network cut off, " +
			"or the domain after the @ may be mistyped and lead to a server that takes no mail.",
		whoActs: WhoYou,
		steps: []string{
			"Check the part after the @ in the address: a mistyped domain can lead to a server that never answers.",
			"Let the recipient know, by phone or another address, that their mail server could not be reached, and forward them the bounce for whoever runs their mail.",
			"Send the message again once they confirm that their mail works.",
		},
		finalSummary: "The sending server could not connect to the mail server of the recipient's domain, and has given up.",
		delayedWho:   WhoNobody,
		delayedSteps: []string{
			waitStep,
			"If a final failure notice follows, check the part after the @ in the address, and let the recipient know, by phone or another address, that their mail server could not be reached.",
		},
	},
	{RateLimited, CauseNone}: {
		whoActs: WhoYou,
		steps: []string{
			"Send the message again in an hour or two: the limit lifts once fewer messages arrive.",
			"If you send to many people at once (newsletters, mass mailings), send in smaller batches spread over time, or use a service made for bulk mail.",
		},
		delayedWho: WhoNobody,
		delayedSteps: []string{
			waitStep,
			"If you send to many people at once (newsletters, mass mailings), send in smaller batches spread over time, or use a service made for bulk mail.",
		},
	},
	{RateLimited, CauseReputation}: reputationAdvice,
	{Blocklisted, CauseReputation}: reputationAdvice,
	{Blocklisted, CauseReverseDNS}: {
		title:   reverseDNSTitle,
		summary: "The receiving server refused the server that sent your message because its IP address has no DNS name (reverse DNS), or one that does not lead back to it.",
		explanation: "Receiving servers look up the name behind the IP address of each server that " +
			"connects (its reverse DNS, or PTR record) and check that the name leads back to the same " +
			"address. Servers that send mail properly always have such a name; a missing or mismatched " +
			"one looks like a hijacked home computer, so the mail is refused. No blocklist is involved. " +
			"Only whoever runs the sending server can fix it, and waiting does not help: every new try " +
			"meets the same refusal.",
		whoActs: WhoProvider,
		steps: []string{
			"Forward the bounce to your email provider (or whoever runs your outgoing mail server): their sending server's IP address needs a reverse DNS (PTR) record that names the server, and that name must lead back to the same address.",
			"If you run the sending server yourself, ask whoever gave you its IP address (your hosting or internet provider) to set the PTR record, since only they can, and check that the name resolves back to the address.",
			"Meanwhile, reach the recipient from another email account or by other means, and send the message again once the name is in place.",
		},
		delayedRetry: "This is not final yet: the sending server is still trying, but waiting will not fix it. Every try will be refused the same way until the sending server's DNS name is fixed.",
	},
	{Blocklisted, CauseDomainListed}: {
		title:   "A domain in your message is on a blocklist",
		summary: "The receiving server refused your message because a domain in it, the sender's own or one that a link in the message points to, is on a list of domains seen in spam.",
		explanation: "Some blocklists list domains rather than sending servers: the domain after the @ " +
			"of the sender, and the domains of the links in a message (Spamhaus DBL, SURBL and URIBL are " +
			"such lists). The receiving server found one of your message's domains on such a list. That " +
			"is often a link: a shortened link, a tracking link of a newsletter service or a website that " +
			"was hacked. When it is your own domain, someone may be sending spam in its name, or your " +
			"website may have been misused. Changing the sending server does not help; the domain does.",
		whoActs: WhoYou,
		steps: []string{
			"Look up your own domain and the domains of the links in your message on the blocklist's lookup page.",
			"If a link's domain is listed, remove that link (or use the full, direct address instead of a shortened or tracking link) and send the message again.",
			"If your own domain is listed, find and fix the cause (a hacked website or mailbox, spam sent in your name) and then ask the list for removal on its lookup page; your email provider or web host can help.",
		},
		delayedRetry: "This is not final yet: the sending server is still trying, but waiting will not fix it. Every try will be refused the same way while the domain stays listed.",
	},
	{PolicyRejected, CauseGreylisting}: {
		title:   "The receiving server asked for a second try (greylisting)",
		summary: "The receiving server turned away the first try on purpose, as it does with every sender it does not know yet, and will take the message when the sending server tries again.",
		explanation: "Greylisting is an anti-spam habit of many mail servers: the first time a sending " +
			"server offers a message from a sender to a recipient it has not seen together before, the " +
			"receiving server answers \"try again later\". Proper mail servers do, a few minutes later, " +
			"and are let through; much spam software never comes back. Nothing is wrong with the " +
			"message or the address, and nobody needs to act while the sending server keeps trying.",
		whoActs: WhoYou,
		steps: []string{
			"Send the message again: the receiving server turned away only the first try, and a new one a few minutes later usually gets through.",
			"If it comes back the same way again, forward the bounce to your email provider (or whoever runs your outgoing mail server): their server gave up before the receiving server's delay was over, or retried from a different address each time, and its retry settings need a look.",
		},
		finalSummary: "The receiving server turned away the first try on purpose (greylisting), and the sending server gave up instead of trying again later.",
		delayedWho:   WhoNobody,
		delayedSteps: []string{
			waitStep,
			"If a final failure notice follows, send the message again; if that fails too, forward the bounce to your email provider, whose server did not retry the way greylisting expects.",
		},
		delayedRetry: "This is not final yet: the sending server is still trying, and a later try is exactly what the receiving server asked for.",
	},
	{MailboxFull, CauseNone}: {
		delayedSteps: []string{
			waitStep,
			"Meanwhile, let the person know through another channel (phone, text message, another address) that their mailbox is full: once they delete old messages, the next try gets through.",
			"If a final failure notice follows, send the message again once they have made room.",
		},
	},
	{MailboxUnavailable, CauseNone}: {
		delayedWho: WhoNobody,
		delayedSteps: []string{
			waitStep,
			"If a final failure notice follows, check that you used the right address, then reach the person another way (phone, another address) and tell them their mailbox refuses mail.",
		},
	},
	{Unknown, CauseNone}: {
		delayedWho: WhoNobody,
		delayedSteps: []string{
			waitStep,
			"If a final failure notice follows, look in the bounce for a line from the receiving server, check the address, and send the bounce to your email provider's support if it fails again.",
		},
	},
}

// adviceFor gives the texts for a problem of category c and cause, final or
// still retried.
func adviceFor(d *Diagnosis, c Category, cause Cause, final bool) advice {
	info := Explain(c)
	a := advice{title: info.Title, summary: info.Summary, explanation: info.Explanation, whoActs: info.WhoActs, steps: info.Steps}
	e, ok := adviceTable[adviceKey{c, cause}]
	if !ok {
		e = adviceTable[adviceKey{c, CauseNone}]
	}
	a.title = or(e.title, a.title)
	a.summary = or(e.summary, a.summary)
	a.explanation = or(e.explanation, a.explanation)
	a.whoActs = or(e.whoActs, a.whoActs)
	if e.steps != nil {
		a.steps = e.steps
	}
	if names := listNames(d.Blocklists); c == Blocklisted && cause == CauseListed && len(names) > 0 {
		a.steps = append([]string{fmt.Sprintf(
			"Forward the bounce to your email provider (or whoever runs your outgoing mail server) and tell them their sending server is listed on %s.",
			joinAnd(names))}, a.steps[1:]...)
	}
	switch {
	case final:
		a.summary = or(e.finalSummary, a.summary)
		a.explanation = or(e.finalExplanation, a.explanation)
		a.retry = ExplainRetry(true)
	case e.delayedSteps != nil:
		a.whoActs = or(e.delayedWho, a.whoActs)
		a.steps = e.delayedSteps
		a.waitHelps = e.delayedSteps[0] == waitStep
		a.retry = or(e.delayedRetry, ExplainRetry(false))
	default:
		a.steps = append([]string{notWaitStep}, a.steps...)
		a.retry = or(e.delayedRetry, notWaitRetry)
	}
	a.steps = append([]string(nil), a.steps...)
	return a
}

const notWaitRetry = "This is not final yet: the sending server is still trying, but waiting will not fix it. Every try will most likely be refused the same way until the cause is fixed."

func or(s, fallback string) string {
	if s != "" {
		return s
	}
	return fallback
}
