package templates

// ChecksView is the "Checked just now" box: the live checks of a result,
// or, before they ran, the form that runs them.
type ChecksView struct {
	// Title is the box's heading: "Checked just now", or "Checked on ..."
	// on a shared page.
	Title string
	// Intro says what was looked up, where and when.
	Intro string
	// Pending is true before the checks ran: the box then holds the form
	// that runs them, which static/app.js sends as soon as the page shows.
	Pending bool
	// Plan is what to check, for the form's hidden field.
	Plan string
	// Note says why some or all checks did not run.
	Note   string
	Groups []CheckGroup
}

// CheckGroup is one kind of check: the recipient's domain, blocklists,
// the sender's authentication.
type CheckGroup struct {
	Title string
	Rows  []CheckRow
}

// CheckRow is one thing checked.
type CheckRow struct {
	// Status is "ok", "problem", "unknown" or "info", for the style.
	Status string
	// Label says the outcome in a word or two: "Listed", "Does not exist".
	Label   string
	Summary string
	Details []string
	// LookupURL is the list's own page, to check or contest a listing.
	LookupURL string
	// LookupText names the link.
	LookupText string
}
