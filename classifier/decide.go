package classifier

import (
	"slices"
	"strings"
)

// Stage 4: decide. The heaviest category wins; how sure the answer is
// depends on what carried it (specific words or a detailed status code that
// agree, or only generic words) and on whether anything of the recipient's
// own points elsewhere. The categories that stay open are the alternatives.

// Confidence says how sure a category is (SPEC.md).
type Confidence string

const (
	// High: the deciding evidence is specific and nothing of the
	// recipient's own points elsewhere.
	High Confidence = "high"
	// Medium: the evidence points one way, but not specifically.
	Medium Confidence = "medium"
	// Low: a best guess.
	Low Confidence = "low"
)

// decision is stage 4's output for one recipient.
type decision struct {
	cat          Category
	confidence   Confidence
	alternatives []Category
	// clues are the clues of each category considered, the decided one
	// first: what a reader is shown as the reason.
	clues map[Category][]clue
	rule  string
}

// Thresholds of the decision, as shares of the winning total.
const (
	// An alternative is a category with at least this share.
	alternativeShare = 0.3
	// A runner-up at least this close makes the answer a best guess.
	closeShare = 0.8
	// A runner-up at least this close forbids a sure answer.
	doubtShare = 0.5
	// maxAlternatives bounds the alternatives named.
	maxAlternatives = 3
)

// priority breaks ties between equal totals: the more specific category
// first. A mailbox said to be both invalid and disabled is disabled: the
// state is the more specific fact.
var priority = []Category{
	Suppressed, AuthenticationFailed, Blocklisted, RelayDenied, MailboxFull, MessageTooLarge, RateLimited,
	MailboxUnavailable, MailboxNotFound, HostUnknown, SenderRejected, ContentFiltered, ServerProblem, PolicyRejected,
	Unknown,
}

// decide picks a recipient's category from its scorecard; delayed says the
// notice reports a delay.
func decide(sc scorecard, r *recipientEvidence, delayed bool) decision {
	d := decision{clues: map[Category][]clue{}}
	for _, c := range sc.clues {
		d.clues[c.cat] = append(d.clues[c.cat], c)
	}
	if len(sc.clues) == 0 {
		if temporary(r.Recipient) || delayed {
			// Still being retried, and nothing of its own says why.
			d.cat, d.confidence, d.rule = ServerProblem, Low, "status "+strings.TrimSpace(r.Status+" "+r.ReplyCode)+" (temporary, no reason given)"
			return d
		}
		d.cat, d.confidence = Unknown, Low
		return d
	}
	cats := make([]Category, 0, len(sc.totals))
	for c := range sc.totals {
		cats = append(cats, c)
	}
	slices.SortFunc(cats, func(a, b Category) int {
		ta, tb := sc.totals[a], sc.totals[b]
		switch {
		case ta > tb:
			return -1
		case ta < tb:
			return 1
		}
		ca, cb := d.clues[a][0], d.clues[b][0]
		if ca.weight != cb.weight {
			if ca.weight > cb.weight {
				return -1
			}
			return 1
		}
		return slices.Index(priority, a) - slices.Index(priority, b)
	})
	d.cat = cats[0]
	top := sc.totals[d.cat]
	second := 0.0
	if len(cats) > 1 {
		second = sc.totals[cats[1]]
	}
	for _, c := range cats[1:] {
		if sc.totals[c] >= alternativeShare*top && len(d.alternatives) < maxAlternatives {
			d.alternatives = append(d.alternatives, c)
		}
	}
	best := d.clues[d.cat][0]
	d.rule = best.label
	if best.source != "" {
		d.rule += " (" + strings.SplitN(best.source, ":", 2)[0] + ")"
	}
	d.confidence = confidence(d, best, top, second, r.Address == "")
	return d
}

// confidence applies SPEC.md's promise: high only when the deciding
// evidence is specific (wording only this category uses, or a detailed
// status code that agrees with the server's words) and nothing in the
// recipient's own evidence points elsewhere; low for a best guess.
func confidence(d decision, best clue, top, second float64, unnamed bool) Confidence {
	own := func(c clue) bool { return c.from == fromReply || c.from == fromStatus || c.from == fromProviderCode }
	// Specific evidence: wording only this category uses, or a provider's
	// own detailed code. A standard status code alone is never enough:
	// servers pick codes loosely.
	specific := false
	// Witnesses are the independent clues of at least medium strength for
	// the category: two phrases, or words and a code.
	witnesses := 0
	for _, c := range d.clues[d.cat] {
		if c.strength == strong && (c.from == fromReply || c.from == fromNotice || c.from == fromProviderCode) {
			specific = true
		}
		if c.strength >= medium && c.from != fromReplyCode && c.from != fromStage && c.from != fromDataStage {
			witnesses++
		}
	}
	// Anything of the recipient's own pointing elsewhere is doubt: any
	// words of the reply, or a code or notice words of some weight. When
	// the text names no recipient, all of it is the recipient's own, and
	// strong words of another category in it are doubt too.
	conflict := second >= doubtShare*top
	for cat, cs := range d.clues {
		if cat == d.cat {
			continue
		}
		for _, c := range cs {
			conflict = conflict || own(c) && c.strength >= medium || c.from == fromReply || unnamed && c.from == fromNotice && c.strength == strong
		}
	}
	switch {
	case best.strength == weak || best.from == fromReplyCode || second >= closeShare*top:
		return Low
	case specific && witnesses >= 2 && !conflict:
		return High
	}
	return Medium
}

// temporary reports whether r's codes say the failure is temporary.
func temporary(r Recipient) bool {
	return strings.HasPrefix(r.Status, "4") || strings.HasPrefix(r.ReplyCode, "4") && !strings.HasPrefix(r.Status, "5")
}

// succeeded reports whether the report says r's message was delivered or
// passed on, with no failure code to contradict it.
func succeeded(r Recipient) bool {
	switch r.Action {
	case ActionDelivered, ActionRelayed, ActionExpanded:
		return r.Status == "" || r.Status[0] == '2'
	}
	return false
}

func allDelivered(rs []*recipientEvidence) bool {
	for _, r := range rs {
		switch r.Action {
		case ActionDelivered, ActionRelayed, ActionExpanded:
		default:
			if !strings.HasPrefix(r.Status, "2") {
				return false
			}
		}
	}
	return true
}

// action tells a delay notice from a failure when the report does not say.
// A 4xx reply is temporary: the sending server tries again, unless the
// notice says it gave up (the message expired, "giving up", "could not be
// delivered"). Delay wording counts first; with no code at all, only it
// makes a delay.
func action(n *notice, r Recipient) string {
	if r.Category == Delivered {
		return ActionDelivered
	}
	temp := temporary(r)
	if r.Status != "" && r.ReplyCode != "" && r.Status[0] != r.ReplyCode[0] {
		// The codes disagree ("452 5.2.2"): the notice's own words of
		// retrying or of giving up, of some weight, say which it is.
		delay, _, _ := n.retrying()
		switch stopped := n.gaveUpFirmly(); {
		case delay && !stopped:
			return ActionDelayed
		case stopped && !delay:
			return ActionFailed
		}
	}
	if !temp && (r.Status != "" || r.ReplyCode != "") {
		return ActionFailed
	}
	delay, weakDelay, gaveUp := n.retrying()
	switch {
	case delay:
		return ActionDelayed
	case temp && !gaveUp:
		return ActionDelayed
	case !gaveUp && weakDelay:
		return ActionDelayed
	case !gaveUp && greylisted(r):
		// Greylisting turns the first try away so that a later one is
		// taken: with no code and no word of giving up, it is retried.
		return ActionDelayed
	}
	return ActionFailed
}

// domainListTitle stands for the blocklist category's title in the
// highlight when every list the bounce names lists domains or links (the
// problem's cause is then CauseDomainListed): the sending server is not
// what is listed.
const domainListTitle = "a domain in the message, the sender's or one it links to, is on a blocklist"

// whyCategory says, for the highlight, what words of a category showed. It
// runs for every clue, so it reads the title alone (Explain copies the
// whole explanation) and joins the sentence without fmt. domainListed
// says that the blocklists the bounce names all list domains.
func whyCategory(c clue, domainListed bool) string {
	info, ok := explanations[c.cat]
	if !ok {
		info = explanations[Unknown]
	}
	title := strings.ToLower(info.Title[:1]) + info.Title[1:]
	if c.cat == Blocklisted && domainListed {
		title = domainListTitle
	}
	switch c.from {
	case fromStatus, fromProviderCode:
		_, meaning, _ := strings.Cut(c.source, "(")
		return "The " + c.label + " means: " + strings.TrimSuffix(strings.TrimSpace(meaning), ")") + "."
	case fromReplyCode:
		return "The " + c.label + " leans toward this: " + title + "."
	case fromDataStage:
		return "The server refused the message only after it had received all of it, which is when its filters read a message."
	case fromStage:
		if c.cat == Blocklisted {
			return "The server refused the sending server as it connected, before any address was named."
		}
		return "The server refused the message when it was told the sender's address, before any recipient."
	}
	if c.strength == weak {
		return "The words " + c.label + " suggest this: " + title + "."
	}
	return "The words " + c.label + " say so: " + title + "."
}
