package web

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/templates"
	"github.com/whybounce/whybounce/triage"
)

// resultView shapes a diagnosis like the result page; rd is its reading.
func resultView(d *classifier.Diagnosis, rd classifier.Reading) templates.ResultView {
	info := rd.Info
	v := templates.ResultView{
		Headline:    rd.Headline,
		Category:    categoryLink(d.Category),
		Failure:     d.Category.IsFailure(),
		Final:       d.Final,
		Summary:     info.Summary,
		Explanation: info.Explanation,
		Steps:       info.Steps,
	}
	ps := rd.Problems
	if v.Failure {
		main := ps[0]
		v.Outcome = outcomeText(ps)
		v.WhoActs = whoActsText(info.WhoActs)
		v.Confidence, v.Doubt = string(main.Confidence), main.Doubt
		for i, p := range ps {
			pv := problemView(i, p)
			if pv.Outcome == v.Outcome {
				pv.Outcome = "" // said once, above
			}
			v.Problems = append(v.Problems, pv)
		}
	} else {
		v.Outcome = notFailureOutcome(d.Category)
	}
	for _, w := range d.Warnings {
		v.Warnings = append(v.Warnings, templates.WarningRow{Kind: w.Kind, Message: w.Message})
	}
	for _, r := range d.Recipients {
		v.Recipients = append(v.Recipients, templates.RecipientRow{
			Address: r.Address, Category: categoryLink(r.Category), Action: r.Action,
			Status: r.Status, ReplyCode: r.ReplyCode, Diagnostic: r.Diagnostic, RemoteMTA: r.RemoteMTA, Rule: r.Rule,
		})
	}
	v.Segments, v.Notes = highlight(d.Text, d.Evidence)
	v.Details = details(d)
	for _, b := range d.Blocklists {
		v.Blocklists = append(v.Blocklists, templates.BlocklistRow{Name: b.Name, Lists: listsText(b.Lists), LookupURL: safeLink(b.LookupURL)})
	}
	v.Named = namedView(d, ps)
	for _, a := range d.Attachments {
		v.Attachments = append(v.Attachments, templates.AttachmentRow{
			Name: a.Name, ContentType: a.ContentType, Size: triage.SizeText(int64(a.Size)),
		})
	}
	safeResult(&v)
	return v
}

// outcomeText says whether the failure is final: the problems' own sentence
// when all say the same, else what they have in common, each problem then
// saying its own.
func outcomeText(ps []classifier.Problem) string {
	for _, p := range ps[1:] {
		switch {
		case p.Retry == ps[0].Retry:
		case p.Final != ps[0].Final:
			return "Partly final: the sending server has given up on some recipients and is still trying the others. Each problem below says which."
		case !p.Final:
			return "This is not final yet: the sending server is still trying. Each problem below says whether waiting will help."
		default:
			return classifier.ExplainRetry(true)
		}
	}
	return ps[0].Retry
}

// problemView shapes the i-th problem of a failure.
func problemView(i int, p classifier.Problem) templates.ProblemView {
	return templates.ProblemView{
		ID: "problem-" + strconv.Itoa(i+1), Headline: p.Headline, Category: categoryLink(p.Category), Title: p.Title,
		Recipients: p.Recipients, Outcome: p.Retry, Final: p.Final, WhoActs: whoActsText(p.WhoActs),
		Summary: p.Summary, Explanation: p.Explanation, Steps: p.Steps, Doubt: p.Doubt, Confidence: string(p.Confidence),
	}
}

// notFailureOutcome says what a message that is no bounce really is.
func notFailureOutcome(c classifier.Category) string {
	switch c {
	case classifier.AutoReply:
		return "Not a bounce: your message was delivered, and this is an automatic answer to it."
	case classifier.Complaint:
		return "Not a bounce: your message was delivered, and then reported as spam."
	case classifier.Delivered:
		return "Not a bounce: this report confirms a delivery."
	}
	return "Not a bounce: this text does not read like a delivery report, so there is nothing to fix."
}

// details lists the technical facts, leaving out the ones the bounce did not give.
func details(d *classifier.Diagnosis) []templates.Detail {
	var out []templates.Detail
	add := func(label, value string) {
		if value != "" {
			out = append(out, templates.Detail{Label: label, Value: value})
		}
	}
	add("Category id", string(d.Category))
	add("Read as", formatText(d.Format))
	add("Reporting server", d.ReportingMTA)
	add("Written by", d.Software)
	if o := d.Original; o != nil {
		add("Returned message: subject", o.Subject)
		add("Returned message: date", o.Date)
		add("Returned message: from", o.From)
		add("Returned message: to", o.To)
		add("Returned message: Message-ID", o.MessageID)
		add("Returned message: DKIM signed by", o.DKIMDomain)
	}
	return out
}

// listsText says what a blocklist lists.
func listsText(lists string) string {
	switch lists {
	case "ip":
		return "lists the IP addresses of sending servers"
	case "domain":
		return "lists domains"
	case "url":
		return "lists web addresses found in messages"
	case "reputation":
		return "rates the reputation of senders"
	}
	return lists
}

func formatText(f string) string {
	switch f {
	case "mime":
		return "a whole email message"
	case "text":
		return "text copied out of a mail program"
	case "smtp":
		return "a single mail server reply"
	}
	return f
}

// safeLink keeps only web links, so a bounce can never smuggle in another scheme.
func safeLink(u string) string {
	if strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
		return u
	}
	return ""
}

// maxNoteText bounds how much of a highlighted passage its note repeats.
const maxNoteText = 120

// highlight cuts text into plain and marked segments. Evidence out of range,
// splitting a character, or overlapping an earlier passage is left unmarked
// rather than trusted; a second reason for the very same passage joins the first.
func highlight(text string, evidence []classifier.Evidence) ([]templates.Segment, []templates.Note) {
	ev := slices.Clone(evidence)
	slices.SortStableFunc(ev, func(a, b classifier.Evidence) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	var segs []templates.Segment
	var notes []templates.Note
	pos := 0
	lastStart, lastEnd := -1, -1
	for i, e := range ev {
		if e.Start == lastStart && e.End == lastEnd && len(notes) > 0 {
			n := &notes[len(notes)-1]
			n.Why += " " + e.Why
			segs[len(segs)-1].Why = n.Why
			continue
		}
		if e.Start < pos || e.End <= e.Start || e.End > len(text) ||
			!boundary(text, e.Start) || !boundary(text, e.End) {
			continue
		}
		if e.Start > pos {
			segs = append(segs, templates.Segment{Text: clean(text[pos:e.Start])})
		}
		// Mark the server's reply to its end, short of the next passage:
		// the words that counted may stop a line or two before it does.
		end := classifier.ReplyEnd(text, e.Start, e.End)
		for _, next := range ev[i+1:] {
			if next.Start >= e.End && next.Start < end {
				end = next.Start
			}
		}
		if !boundary(text, end) {
			end = e.End
		}
		passage := text[e.Start:end]
		notes = append(notes, templates.Note{Number: len(notes) + 1, Text: shorten(passage), Why: e.Why})
		segs = append(segs, templates.Segment{Text: clean(passage), Note: len(notes), Why: e.Why})
		pos, lastStart, lastEnd = end, e.Start, e.End
	}
	if pos < len(text) {
		segs = append(segs, templates.Segment{Text: clean(text[pos:])})
	}
	return segs, notes
}

func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

func clean(s string) string {
	return strings.ToValidUTF8(s, "\uFFFD")
}

func shorten(s string) string {
	s = strings.Join(strings.Fields(clean(s)), " ")
	if utf8.RuneCountInString(s) <= maxNoteText {
		return s
	}
	r := []rune(s)
	return string(r[:maxNoteText-1]) + "…"
}
