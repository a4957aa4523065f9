// Package templates renders the pages of whybounce. It is a leaf: every component
// is a pure function of its parameters, and the view models below are shaped like
// the pages, built by the web handlers from a diagnosis.
package templates

// Meta is what the layout needs to know about a page.
type Meta struct {
	// Title goes in the browser tab, before the site name.
	Title string
	// Description is the page's one-line summary for link previews.
	Description string
	// Canonical is the absolute URL of the page, when the operator set a base URL.
	Canonical string
	// Nav names the navigation entry to mark as current: "home", "triage",
	// "categories" or "lookup".
	Nav string
	// NoIndex asks search engines to leave the page out (shared links).
	NoIndex bool
	// OwnSearch is true on pages with a large lookup box of their own, which
	// then need none in the header.
	OwnSearch bool
	// Script is a script of the page's own, beside the site's.
	Script string
	// Refresh reloads the page after this many seconds when scripts are
	// off (a run in progress); 0 never.
	Refresh int
}

// Example is a bounce the home page offers to try with one click.
type Example struct {
	ID    string
	Label string
	// Hint says in a few words what kind of bounce it is.
	Hint string
}

// HomeView is the home page: the paste form, perhaps with a message about the
// previous attempt.
type HomeView struct {
	// Bounce is the text to put back in the paste box after an error.
	Bounce string
	// Error is a friendly sentence about what went wrong, or "".
	Error    string
	Examples []Example
	// MaxSize is the size limit in words ("10 MB").
	MaxSize string
	// Mine is the reader's own address or domain, put back after an error.
	Mine string
}

// CategoryLink points to a category's page.
type CategoryLink struct {
	ID    string
	Title string
	URL   string
}

// Segment is a run of the bounce text; marked runs decided the diagnosis.
type Segment struct {
	Text string
	// Note is the number of the evidence note, 0 for unmarked text.
	Note int
	// Why says what the marked passage showed.
	Why string
}

// Note explains one highlighted passage.
type Note struct {
	Number int
	Text   string
	Why    string
}

// RecipientRow is one line of the recipients table.
type RecipientRow struct {
	Address    string
	Category   CategoryLink
	Action     string
	Status     string
	ReplyCode  string
	Diagnostic string
	RemoteMTA  string
	// Rule names the engine's rule that decided the category.
	Rule string
}

// Detail is one labelled value of the technical details.
type Detail struct {
	Label string
	Value string
}

// BlocklistRow is a blocklist the bounce names.
type BlocklistRow struct {
	Name      string
	Lists     string
	LookupURL string
}

// AttachmentRow names an attachment; its content is never offered.
type AttachmentRow struct {
	Name        string
	ContentType string
	Size        string
}

// WarningRow is something the reader must know before acting.
type WarningRow struct {
	Kind    string
	Message string
}

// ResultView is the result page of one diagnosis.
type ResultView struct {
	// Headline answers "what happened" in one sentence.
	Headline string
	Category CategoryLink
	// Failure is false for auto-replies, complaints, delivery reports and text
	// that is no bounce at all.
	Failure bool
	// Outcome says whether the failure is final or still retried, or, for a
	// non-failure, what the message really is.
	Outcome string
	// Final is true when nobody will try again.
	Final bool
	// WhoActs names who has to do something, in a sentence.
	WhoActs     string
	Summary     string
	Explanation string
	Steps       []string
	Warnings    []WarningRow
	// Recipients is shown as a table when there are several.
	Recipients []RecipientRow
	Segments   []Segment
	Notes      []Note
	Details    []Detail
	Blocklists []BlocklistRow
	// Attachments are listed by name and type only.
	Attachments []AttachmentRow
	// Note is the operator's own note for the category, or "".
	Note string
	// Share is the "Create a link" form; nil where no link can be made.
	Share *ShareForm
	// Shared describes the saved link this page shows; nil on a fresh result.
	Shared *SharedInfo
	// Run says which triage report this bounce belongs to; nil elsewhere.
	Run *RunInfo
	// Reply is a message to the customer an agent can paste into a ticket.
	Reply string
	// ReplyPaths are the links of Reply written as paths, space-separated,
	// for the browser to complete; "" when they are absolute.
	ReplyPaths string
	// Codes are the reference pages of the codes and blocklists the bounce names.
	Codes []CodeLink
	// Checks is the "Checked just now" box; nil where live checks are off
	// or the diagnosis gives nothing to check.
	Checks *ChecksView
	// Problems are the distinct problems of a failure, the main one first;
	// with one, the page reads as before, with several, each has its own
	// sentence, steps and who acts.
	Problems []ProblemView
	// Confidence is the main problem's: "high", "medium" or "low".
	Confidence string
	// Doubt says how sure the main answer is and why; "" when sure.
	Doubt string
	// Named is the "What the bounce names" box; nil when the bounce names
	// nothing to act on.
	Named *NamedView
}

// ProblemView is one distinct problem of a failure: the recipients that
// failed alike.
type ProblemView struct {
	// ID is the problem's anchor on the page: "problem-1".
	ID       string
	Headline string
	Category CategoryLink
	// Title names the problem ("The recipient's mailbox is full").
	Title      string
	Recipients []string
	// Outcome says whether it is final or still retried, in a sentence.
	Outcome     string
	Final       bool
	WhoActs     string
	Summary     string
	Explanation string
	Steps       []string
	// Doubt says how sure the answer is and why; "" when sure.
	Doubt string
	// Confidence is "high", "medium" or "low".
	Confidence string
	// Note is the operator's own note for the category, or "".
	Note string
}

// NamedView is what the bounce names that the reader acts on: the listed
// address or domain and where to look it up, the providers' help pages,
// the providers' codes.
type NamedView struct {
	// IPLabel says what the addresses are ("Listed IP address").
	IPLabel string
	IPs     []string
	// Domains are the domains a refusal says are listed.
	Domains []string
	// Lookups are the blocklists' own pages to check a listing.
	Lookups []ExternalLink
	// Help are the pages the bounce itself links to, on the sites of known
	// providers and blocklists.
	Help []ExternalLink
	// Guides are the providers' own advice for senders, for a deferral
	// because of volume or reputation.
	Guides []ExternalLink
	// Codes are the providers' codes and the blocklists, linked to their pages.
	Codes []CodeLink
}

// CategoryRow is one line of the category index.
type CategoryRow struct {
	Category CategoryLink
	Terms    []string
	Summary  string
	Usually  string
	WhoActs  string
}

// Tip is general advice about bounces, with an anchor id.
type Tip struct {
	ID    string
	Title string
	Text  string
}

// CategoryIndexView lists every category, failures first, then general advice.
type CategoryIndexView struct {
	Failures    []CategoryRow
	NonFailures []CategoryRow
	Advice      []Tip
}

// CategoryView is the page of one category.
type CategoryView struct {
	Category    CategoryLink
	Summary     string
	Explanation string
	WhoActs     string
	Usually     string
	Steps       []string
	Terms       []string
	Failure     bool
	// Note is the operator's own note for the category, or "".
	Note string
}

// ErrorView is a page for a request that could not be served.
type ErrorView struct {
	Status  int
	Title   string
	Message string
}
