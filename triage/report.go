package triage

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/whybounce/whybounce/classifier"
)

// Row is one recipient of one bounce: a line of the report's table and of
// its downloads.
type Row struct {
	// Message is the N of the bounce the row comes from.
	Message int    `json:"message"`
	Address string `json:"address"`
	// Domain is the part of the address after the @, in lower case.
	Domain   string              `json:"domain"`
	Category classifier.Category `json:"category"`
	// Final is false while the sending server is still retrying.
	Final      bool   `json:"final"`
	Action     string `json:"action"`
	Status     string `json:"status"`
	ReplyCode  string `json:"reply_code"`
	Confidence string `json:"confidence"`
	// Date is the bounce's date, RFC 3339 in UTC, or "".
	Date string `json:"date"`
	// Line is the deciding line: the receiving server's words, else the
	// passage that decided the category.
	Line string `json:"line"`
	// Provider is the mail software or provider that wrote the bounce.
	Provider string `json:"provider"`
	// List is ListRemove, ListRetry or "".
	List string `json:"list"`
}

// The lists a row may belong to.
const (
	// ListRemove holds addresses that are dead, or whose owner complained:
	// take them off the list.
	ListRemove = "remove"
	// ListRetry holds addresses that failed for a while: try them later.
	ListRetry = "retry"
)

// maxLine bounds the deciding line kept for a row.
const maxLine = 300

// RowsOf makes the rows of diagnosis d of message n: one per recipient, or
// one for the whole message when it names none.
func RowsOf(n int, d *classifier.Diagnosis, date time.Time) []Row {
	day := ""
	if !date.IsZero() {
		day = date.UTC().Format(time.RFC3339)
	}
	recips := d.Recipients
	if len(recips) == 0 {
		recips = []classifier.Recipient{{Category: d.Category, Confidence: d.Confidence}}
	}
	rows := make([]Row, 0, len(recips))
	for _, r := range recips {
		row := Row{
			Message: n, Address: r.Address, Domain: domainOf(r.Address), Category: r.Category,
			Final: recipientFinal(d, r), Action: r.Action, Status: r.Status, ReplyCode: r.ReplyCode,
			Confidence: string(r.Confidence), Date: day, Line: decidingLine(d, r), Provider: d.Software,
		}
		row.List = ListOf(row.Category, row.Final)
		rows = append(rows, row)
	}
	return rows
}

// recipientFinal says whether the sending server has given up on r, as the
// result page's problems do: a delayed recipient, or one without an action
// in a notice that is not final, is still retried.
func recipientFinal(d *classifier.Diagnosis, r classifier.Recipient) bool {
	if !r.Category.IsFailure() {
		return true
	}
	return !(r.Action == classifier.ActionDelayed || !d.Final && r.Action == "")
}

// ListOf is the list a recipient of category c belongs to: the dead
// addresses (when the failure is final) and the complaints to remove, the
// passing troubles to retry later.
func ListOf(c classifier.Category, final bool) string {
	switch c {
	case classifier.MailboxNotFound, classifier.HostUnknown, classifier.MailboxUnavailable:
		if final {
			return ListRemove
		}
	case classifier.Complaint:
		return ListRemove
	case classifier.MailboxFull, classifier.RateLimited, classifier.ServerProblem:
		return ListRetry
	}
	return ""
}

func domainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return strings.ToLower(strings.Trim(addr[i+1:], "<>[] "))
	}
	return ""
}

// decidingLine is the line a reader checks the category against: the
// receiving server's words, else the first passage that decided it.
func decidingLine(d *classifier.Diagnosis, r classifier.Recipient) string {
	line := r.Diagnostic
	if line == "" {
		for _, e := range d.Evidence {
			if e.Text != "" {
				line = e.Text
				break
			}
		}
	}
	line = strings.Join(strings.Fields(line), " ")
	if len(line) > maxLine {
		cut := maxLine
		for cut > 0 && !utf8Start(line[cut]) {
			cut--
		}
		line = line[:cut] + "…"
	}
	return line
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// Totals add up a run.
type Totals struct {
	// Messages counts every message read: diagnosed, duplicate or unreadable.
	Messages   int `json:"messages"`
	Diagnosed  int `json:"diagnosed"`
	Duplicates int `json:"duplicates"`
	Unreadable int `json:"unreadable"`
	// Recipients counts the rows.
	Recipients int `json:"recipients"`
	Final      int `json:"final"`
	Retrying   int `json:"retrying"`
	// Categories are in the order of SPEC.md, only those seen.
	Categories []CategoryCount `json:"categories"`
	// Domains, Providers: most first.
	Domains   []Count `json:"domains"`
	Providers []Count `json:"providers"`
	// Days are the bounces per day of their Date, oldest first; bounces
	// without a date are counted in Undated.
	Days    []Count `json:"days"`
	Undated int     `json:"undated"`
	// Remove and Retry count the distinct addresses of each list.
	Remove int `json:"remove"`
	Retry  int `json:"retry"`
	// Notices are what the reader should know about the run as a whole
	// (the input ended early, the limit of messages was reached).
	Notices []string `json:"notices,omitempty"`
}

// CategoryCount is the recipients of one category, final and retrying.
type CategoryCount struct {
	Category classifier.Category `json:"category"`
	Final    int                 `json:"final"`
	Retrying int                 `json:"retrying"`
}

// Total is all the recipients of the category.
func (c CategoryCount) Total() int { return c.Final + c.Retrying }

// Count is a name and how many.
type Count struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// Tally adds up results as they come.
type Tally struct {
	t          Totals
	categories map[classifier.Category]*CategoryCount
	domains    map[string]int
	providers  map[string]int
	days       map[string]int
	remove     map[string]bool
	retry      map[string]bool
}

// NewTally returns an empty tally.
func NewTally() *Tally {
	return &Tally{categories: map[classifier.Category]*CategoryCount{}, domains: map[string]int{},
		providers: map[string]int{}, days: map[string]int{}, remove: map[string]bool{}, retry: map[string]bool{}}
}

// Add counts one result.
func (t *Tally) Add(r *Result) {
	t.t.Messages++
	switch r.Status {
	case Duplicate:
		t.t.Duplicates++
		return
	case Unreadable:
		t.t.Unreadable++
		return
	}
	t.t.Diagnosed++
	if r.Date.IsZero() {
		t.t.Undated++
	} else {
		t.days[r.Date.UTC().Format(time.DateOnly)]++
	}
	provider := r.Diagnosis.Software
	if provider == "" {
		provider = NoProvider
	}
	t.providers[provider]++
	for _, row := range r.Rows {
		t.t.Recipients++
		c := t.categories[row.Category]
		if c == nil {
			c = &CategoryCount{Category: row.Category}
			t.categories[row.Category] = c
		}
		if row.Final {
			t.t.Final++
			c.Final++
		} else {
			t.t.Retrying++
			c.Retrying++
		}
		domain := row.Domain
		if domain == "" {
			domain = NoDomain
		}
		t.domains[domain]++
		addr := strings.ToLower(row.Address)
		switch {
		case addr == "":
		case row.List == ListRemove:
			t.remove[addr] = true
		case row.List == ListRetry:
			t.retry[addr] = true
		}
	}
}

// Names standing for a missing value in the totals.
const (
	NoDomain   = "(no address given)"
	NoProvider = "(not recognised)"
)

// Totals returns what was counted so far.
func (t *Tally) Totals() *Totals {
	out := t.t
	out.Categories = nil
	for _, c := range classifier.AllCategories {
		if cc := t.categories[c]; cc != nil {
			out.Categories = append(out.Categories, *cc)
		}
	}
	out.Domains = ranked(t.domains, "domains")
	out.Providers = ranked(t.providers, "providers")
	out.Days = nil
	for d, n := range t.days {
		out.Days = append(out.Days, Count{Name: d, Count: n})
	}
	slices.SortFunc(out.Days, func(a, b Count) int { return strings.Compare(a.Name, b.Name) })
	out.Remove = len(t.remove)
	retry := 0
	for a := range t.retry {
		if !t.remove[a] {
			retry++
		}
	}
	out.Retry = retry
	return &out
}

// maxRanked bounds the domains and providers the totals name; the rest are
// added up in one last entry.
const maxRanked = 200

// ranked is m's entries, most first, then by name; past maxRanked, the rest
// in one entry that says how many they are.
func ranked(m map[string]int, what string) []Count {
	out := make([]Count, 0, len(m))
	for k, v := range m {
		out = append(out, Count{Name: k, Count: v})
	}
	slices.SortFunc(out, func(a, b Count) int {
		return cmp.Or(b.Count-a.Count, strings.Compare(a.Name, b.Name))
	})
	if len(out) > maxRanked {
		rest := Count{Name: "(" + strconv.Itoa(len(out)-maxRanked+1) + " other " + what + ")"}
		for _, c := range out[maxRanked-1:] {
			rest.Count += c.Count
		}
		out = append(out[:maxRanked-1], rest)
	}
	return out
}
