package templates

// TriageFormView is the "Many bounces" page: the upload form.
type TriageFormView struct {
	// Error is a friendly sentence about what went wrong, or "".
	Error string
	// MaxSize and MaxMessages are the limits in words ("200 MB", "100,000").
	MaxSize     string
	MaxMessages string
	// Keep says how long a report is kept, in words ("24 hours").
	Keep string
}

// TriageProgressView is a run still being read.
type TriageProgressView struct {
	ID string
	// Percent is how much of the upload was read, 0 to 100.
	Percent int
	// Text says the progress in words.
	Text string
	// Events, Status and Cancel are the run's addresses for the page's
	// script and its Cancel button.
	Events, Status, Cancel, Report string
}

// TriageReportView is the report of a finished run.
type TriageReportView struct {
	ID       string
	Created  string
	Expires  string
	Redacted bool
	// State is "done", "cancelled", "failed" or "interrupted".
	State string
	// Stopped says why reading stopped before the end, or "".
	Stopped string
	Notices []string
	// Elapsed and Rate say how long reading took, in words.
	Elapsed string

	Messages, Diagnosed, Duplicates, Unreadable int
	Recipients, Final, Retrying                 int
	Remove, Retry                               int

	Categories []TriageCategoryRow
	Domains    []TriageCount
	Providers  []TriageCount
	// MoreDomains says how many domains are not listed.
	MoreDomains int
	Days        []TriageCount
	Undated     int

	CategoryChart BarChart
	TimeChart     BarChart

	Table TriageTable

	DuplicateList  []TriageMessage
	UnreadableList []TriageMessage
	// ListsCut is true when the lists of duplicates and unreadable
	// messages show only their first entries.
	ListsCut bool

	CSV, JSON, RemoveList, RetryList string
	Delete                           string
}

// TriageCategoryRow is one line of the totals by category.
type TriageCategoryRow struct {
	Category CategoryLink
	Final    int
	Retrying int
	Total    int
	// Filter shows the table's rows of this category.
	Filter string
}

// TriageCount is a name, how many, and where to see them.
type TriageCount struct {
	Name  string
	Count int
	// Filter shows the table's rows of this name; "" when it has none.
	Filter string
}

// BarChart is a chart drawn on the server, as SVG.
type BarChart struct {
	// Title names the chart; Summary says in a sentence what it shows.
	ID, Title, Summary string
	// Caption goes under the chart; "" shows the title.
	Caption       string
	Width, Height int
	Bars          []Bar
	// Axis labels along the bottom (time charts).
	Ticks []Tick
}

// Bar is one bar of a chart, in the chart's own units.
type Bar struct {
	Label string
	// X, Y, W, H place the bar; a stacked bar has a second part.
	X, Y, W, H     int
	X2, Y2, W2, H2 int
	// LabelX, LabelY place its label; ValueX, ValueY its count.
	LabelX, LabelY, ValueX, ValueY int
	Value                          string
	// Title is what a pointer over the bar shows.
	Title string
}

// Tick is a label on a chart's axis.
type Tick struct {
	X, Y  int
	Label string
	// End puts the label's end at X, for the last one.
	End bool
}

// TriageTable is the table of recipients with its filters, sorting and pages.
type TriageTable struct {
	Action string
	// The filters set, and the choices offered.
	Category, Domain, Final string
	Categories              []Option
	Domains                 []Option
	Sort                    string
	Desc                    bool
	Columns                 []Column
	Rows                    []TriageRow
	// Matching is how many rows the filters keep; First and Last number
	// the rows shown.
	Matching, First, Last int
	Prev, Next            string
	// Filtered is true when a filter is set.
	Filtered bool
	// Download is the CSV of the rows the filters keep.
	Download string
}

// Option is a choice of a select.
type Option struct {
	Value, Label string
	Selected     bool
}

// Column is a header of the table, linked to sort by it.
type Column struct {
	Label string
	// Sort is the link that sorts by this column (the other way when it is
	// the current one); "" when the column is not sortable.
	Sort string
	// AriaSort is "ascending", "descending" or "" for aria-sort.
	AriaSort string
}

// TriageRow is one recipient in the table.
type TriageRow struct {
	Message   int
	Address   string
	Domain    string
	Category  CategoryLink
	Final     bool
	Status    string
	ReplyCode string
	Date      string
	Line      string
	// Link opens the diagnosis of this recipient's bounce.
	Link string
	// List is "remove", "retry" or "".
	List string
}

// TriageMessage is a message that was not diagnosed, and why.
type TriageMessage struct {
	N      int
	Name   string
	Reason string
	// Original links the message a duplicate repeats.
	Original string
	OrigN    int
}

// RunInfo tells the reader of a bounce's diagnosis that it is one of a
// triage report.
type RunInfo struct {
	N        int
	Name     string
	Report   string
	Expires  string
	Redacted bool
	Note     string
}
