package templates

// ShareForm is the "Create a link" form under a fresh result: what it takes to
// diagnose the same bounce again when the link is saved, because the result
// page itself stores nothing.
type ShareForm struct {
	// Raw is the bounce, base64-encoded so that every byte survives the form.
	Raw string
	// Mine is what the reader said is their address or domain, or "".
	Mine string
	// Expiries are the choices offered, shortest first.
	Expiries []ExpiryChoice
	// Checks offers to include the live checks in the link.
	Checks bool
}

// ExpiryChoice is one option of the expiry menu.
type ExpiryChoice struct {
	// Days is the value sent.
	Days     int
	Label    string
	Selected bool
}

// SharedInfo tells the reader of a shared link what it is.
type SharedInfo struct {
	// Redacted says whether personal details were hidden before saving.
	Redacted bool
	// Kept are the values the redaction left visible on purpose.
	Kept []string
	// Expires is the date the link stops working, in words.
	Expires string
	// Created is the date the link was made, in words.
	Created string
}

// ShareCreatedView is the page shown once after a link is made: the only time
// its addresses are shown.
type ShareCreatedView struct {
	// URL is the link to send.
	URL string
	// DeleteURL removes the link; it carries a secret of its own.
	DeleteURL string
	Expires   string
	Redacted  bool
	Category  CategoryLink
	// Message is a note to the customer that carries the link.
	Message string
	// Paths are URL and DeleteURL when they are written as paths (no base
	// URL is configured), space-separated, for the browser to complete;
	// "" when they are absolute.
	Paths string
}

// ShareDeleteView is the confirmation before a link is deleted.
type ShareDeleteView struct {
	// Action is where the form posts.
	Action string
	Token  string
	// Expires says when the link would stop working anyway.
	Expires string
}

// CodeLink points to one entry of the code reference.
type CodeLink struct {
	Code  string
	Title string
	URL   string
	// Source says whose code it is: "Enhanced status code", "Microsoft code".
	Source string
	// Meaning is the start of the entry's explanation, for result lists.
	Meaning string
}

// ExternalLink is a page elsewhere: a provider's help, a blocklist's lookup.
type ExternalLink struct {
	Title string
	URL   string
}

// CodeView is the reference page of one code.
type CodeView struct {
	Code     string
	Title    string
	Source   string
	Meaning  string
	Action   string
	Category CategoryLink
	// Note is the operator's own note for the category, or "".
	Note    string
	Aliases []string
	Related []CodeLink
	// Others are entries with the same code from other sources.
	Others []CodeLink
	Links  []ExternalLink
}

// CodeGroup is one section of the code index.
type CodeGroup struct {
	ID    string
	Title string
	Intro string
	Codes []CodeLink
}

// CodeIndexView lists every code of the reference.
type CodeIndexView struct {
	Groups []CodeGroup
	Total  int
}

// LookupView is the search page: examples when nothing was asked, results
// or suggestions otherwise.
type LookupView struct {
	Query    string
	Results  []CodeLink
	Examples []LookupExample
	// Searched is true once a query was given, so that no results reads as
	// "nothing found" rather than as a fresh page.
	Searched bool
	// More is true when Results are only the first of the matches.
	More bool
}

// LookupExample is a query offered to try.
type LookupExample struct {
	Query string
	Hint  string
}
