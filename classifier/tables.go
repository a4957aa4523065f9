package classifier

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
)

// Stage 1, another form: a table of events that a person exported from a
// sending service's log (SendGrid's Email Activity, Mailgun's and Brevo's
// logs) or from Microsoft 365's message trace and pasted, one row per
// recipient: comma-separated values as the export writes them, tab- or
// semicolon-separated as a spreadsheet copies them, or columns aligned by
// spaces as a console prints them or a web page's grid copies. Its header names the
// columns as the services' JSON events name their fields ("event",
// "email", "reason", Mailgun's "delivery-status.message"), so each row is
// read as the event it records (events.go, otherevents.go). Read line by
// line as text instead, a row with no reason words of its own (a delivered
// row, a suppressed one) takes a neighbour's.

// tableHead bounds where the header row may start: below a person's short
// note ("exported the logs, rows:"), as for a pasted event.
const tableHead = 2 * maxEventNote

// tableSeparators are the separators a table's header is tried with, in
// order: a spreadsheet's tab, an export's comma, a European spreadsheet's
// semicolon.
var tableSeparators = []rune{'\t', ',', ';'}

// tableKinds are the row values a table holds beyond the event names that
// otherKinds knows: the statuses of Microsoft 365's message trace
// (MicrosoftDocs/office-docs-powershell, Get-MessageTraceV2.md, -Status:
// Pending "Message delivery is underway or was deferred and is being
// retried", FilteredAsSpam "The message was marked as spam", Quarantined
// "The message was quarantined"; Expanded, a distribution group's
// expansion to its members).
var tableKinds = map[string]eventKind{
	"pending": evDelayed, "expanded": evDelivered, "filteredasspam": evFailed, "quarantined": evFailed,
	// Exchange's message tracking log, its EventId (learn.microsoft.com,
	// "Information Written to the Message Tracking Log", cc539063: FAIL "A
	// message delivery failed.", DELIVER "A message was delivered to a
	// mailbox."; and DEFER, a delayed delivery, in the event types of
	// Exchange 2010 and later).
	"fail": evFailed, "defer": evDelayed, "deliver": evDelivered,
	// Proxmox Mail Gateway's Tracking Center (pmg-api, PMG/API2/
	// MailTracker.pm, its $statmap: delivered, deferred, bounced, rejected,
	// greylisted, accepted, blocked, quarantine): a message held in
	// quarantine did not reach the mailbox; a greylisted one is tried again.
	"quarantine": evFailed, "greylisted": evDelayed,
}

// tableSkipped are the row values that record no delivery outcome (opens,
// clicks, a send request), as SendGrid ("processed", "open", "click",
// "unsubscribe", "group_unsubscribe", "group_resubscribe"), Mailgun
// ("accepted", "opened", "clicked", "unsubscribed", "stored"), Brevo
// ("request", "opened", "clicks", "unique_opened", "proxy_open") and the
// message trace ("GettingStatus: The message is waiting for status
// update", "None") name them: such a row is read and set aside.
var tableSkipped = map[string]bool{
	"processed": true, "open": true, "opened": true, "opens": true, "unique_opened": true, "proxy_open": true,
	"click": true, "clicked": true, "clicks": true, "unsubscribe": true, "unsubscribed": true,
	"group_unsubscribe": true, "group_resubscribe": true, "accepted": true, "stored": true,
	"request": true, "requests": true, "gettingstatus": true, "none": true,
	// The message tracking log's other events (the same table, and
	// AGENTINFO and HIGHAVAILRECEIVE of later versions): a message
	// received, submitted, sent by SMTP to a different server, a group
	// expanded, recipients resolved or redirected, a DSN generated.
	"receive": true, "submit": true, "send": true, "expand": true, "resolve": true, "redirect": true,
	"transfer": true, "dsn": true, "agentinfo": true, "highavailreceive": true,
}

// readTable reads t as a pasted table of events. ok is false unless a
// header names a recipient column and a column of what happened, and every
// row under it up to the table's end either records an event or is one
// that tableSkipped sets aside, with at least one event among them.
func readTable(t []byte) (records []eventRecord, ok bool) {
	tries := 0
	for off := 0; off < min(len(t), tableHead) && tries < maxTableTries; {
		line, rest, _ := bytes.Cut(t[off:], []byte("\n"))
		next := off + len(line) + 1
		if len(line) > maxHeaderLine {
			// No table's header: splitting it would cost what the line
			// is long.
			off = next
			continue
		}
		// A line that only looks like a header (the command that printed
		// the table, its column names joined by commas) reads no rows, and
		// the search goes on below it, a few headers at most.
		head := unpasteRow(line)
		if names, sep, found := tableHeader(head); found {
			tries++
			body := unpasteRows(tableBody(t, next))
			rows, end := csvRows(body, len(names), sep)
			if records, ok := tableRecords(rows, names, body[end:]); ok {
				return records, true
			}
		}
		// A console's table has its columns where its names start: with a
		// rule of dashes under the names (PowerShell's Format-Table), its
		// rows below the rule; without one (a web page's grid), right
		// below the names.
		under, _, _ := bytes.Cut(rest, []byte("\n"))
		names, starts, found := fixedHeader(head, unpasteRow(under))
		rowsAt := next + len(under) + 1
		if !found {
			names, starts, found = spacedHeader(head)
			rowsAt = next
		}
		if found {
			tries++
			body := unpasteRows(tableBody(t, rowsAt))
			rows, end := fixedRows(body, starts)
			if records, ok := tableRecords(rows, names, body[end:]); ok {
				return records, true
			}
		}
		if len(rest) == 0 {
			break
		}
		off = next
	}
	return nil, false
}

// maxTableTries bounds the header lines tried, and maxTableBytes the text
// under a header that is read as its rows (maxEvents rows of a pasted
// export fit in it many times): limits before the work, whatever the
// input holds.
const (
	maxTableTries = 4
	maxTableBytes = 256 << 10
	// maxHeaderLine bounds a header line's length: a header names a few
	// dozen columns.
	maxHeaderLine = 4 << 10
)

// tableBody is the text of t from off on, at most maxTableBytes of it.
func tableBody(t []byte, off int) []byte {
	off = min(off, len(t))
	return t[off:min(len(t), off+maxTableBytes)]
}

// unpasteRow undoes what pasting does to a table's line: a quote's "> "
// before it (once or more, as a reply quotes it), a web view's no-break
// spaces, a word processor's typographic quotes around its fields, and
// the "<mailto:...>" a mail program adds after each address. A line with
// none of them is returned as it is.
func unpasteRow(line []byte) []byte {
	if len(line) == 0 || line[0] != '>' && !bytes.Contains(line, []byte("\u00a0")) &&
		!bytes.Contains(line, []byte("\u201c")) && !bytes.Contains(line, []byte("\u201d")) &&
		!bytes.Contains(line, []byte("\u201e")) && !bytes.Contains(line, []byte("<mailto:")) {
		return line
	}
	for len(line) > 0 && line[0] == '>' {
		line = bytes.TrimPrefix(line[1:], []byte(" "))
	}
	line = bytes.ReplaceAll(line, []byte("\u00a0"), []byte(" "))
	line = []byte(doubleQuotes.Replace(string(line)))
	for {
		i := bytes.Index(line, []byte("<mailto:"))
		if i < 0 {
			return line
		}
		if i > 0 && line[i-1] == ' ' {
			i--
		}
		j := bytes.IndexByte(line[i:], '>')
		if j < 0 {
			return line
		}
		line = append(line[:i:i], line[i+j+1:]...)
	}
}

// unpasteRows is unpasteRow on each line of t; t itself when no line needs
// it.
func unpasteRows(t []byte) []byte {
	var b []byte
	for off := 0; off < len(t); {
		line, _, found := bytes.Cut(t[off:], []byte("\n"))
		u := unpasteRow(line)
		if b == nil && len(u) != len(line) {
			b = append(make([]byte, 0, len(t)), t[:off]...)
		}
		if b != nil {
			b = append(b, u...)
			if found {
				b = append(b, '\n')
			}
		}
		off += len(line) + 1
	}
	if b == nil {
		return t
	}
	return b
}

// tableHeader reads line as a table's header: its column names in lower
// case with spaces as "_", and the separator. found is false unless one
// name is a recipient's (otherAddressKeys) and one what happened's
// (otherKindKeys).
func tableHeader(line []byte) (names []string, sep rune, found bool) {
	line = bytes.TrimRight(line, "\r")
	for _, sep := range tableSeparators {
		if bytes.Count(line, []byte(string(sep))) < 2 {
			continue
		}
		fields, err := splitRow(line, sep)
		if err != nil {
			continue
		}
		if names, found = columnNames(fields); found {
			return names, sep, true
		}
	}
	return nil, 0, false
}

// columnNames are a header's fields as column names, in lower case with
// spaces as "_"; found is false unless one name is a recipient's
// (otherAddressKeys) and one what happened's (otherKindKeys).
func columnNames(fields []string) (names []string, found bool) {
	names = make([]string, len(fields))
	address, kind := false, false
	for i, f := range fields {
		names[i] = strings.ReplaceAll(strings.ToLower(strings.TrimSpace(f)), " ", "_")
		address = address || slices.Contains(otherAddressKeys, names[i])
		kind = kind || slices.Contains(otherKindKeys, names[i])
	}
	return names, address && kind
}

// splitRow splits one line at sep, quotes as CSV has them.
func splitRow(line []byte, sep rune) ([]string, error) {
	r := csv.NewReader(bytes.NewReader(line))
	// Spaces after a comma or a semicolon are dropped; with a tab as the
	// separator the reader would drop the tabs of empty cells too (a
	// delivered row's empty "severity"), so cells are trimmed later.
	r.Comma, r.LazyQuotes, r.FieldsPerRecord, r.TrimLeadingSpace = sep, true, -1, sep != '\t'
	return r.Read()
}

// csvRows reads the rows under a header until the table ends: a row of
// another width (a person's words below it) or the end of the text; blank
// lines between rows are passed over. A row that a mail program's wrap
// broke over lines (or a quoted field that holds a line break) is joined
// again, up to maxRowLines lines, when the joined line has the table's
// width. A row copied out of a web page's table loses its empty cells at
// the end (a delivered row with no reason): a short row whose next line
// is a whole row by itself is taken as it is, its missing cells empty.
// end is where the table ends in t.
func csvRows(t []byte, width int, sep rune) (rows [][]string, end int) {
	for off := 0; off < len(t) && len(rows) < maxEvents; {
		line, _, _ := bytes.Cut(t[off:], []byte("\n"))
		if len(bytes.TrimSpace(line)) == 0 {
			off += len(line) + 1
			continue
		}
		next := off + len(line) + 1
		joined := bytes.TrimRight(line, "\r")
		row, err := splitRow(joined, sep)
		if short := shortRow(row, err, joined, width); short != nil && next < len(t) {
			more, _, _ := bytes.Cut(t[next:], []byte("\n"))
			if r, err := splitRow(bytes.TrimRight(more, "\r"), sep); err == nil && len(r) == width {
				rows = append(rows, short)
				end, off = next, next
				continue
			}
		}
		// An odd count of quote marks is a quoted field still open.
		for k := 1; (err != nil || len(row) < width || bytes.Count(joined, []byte(`"`))%2 == 1) && k < maxRowLines && next < len(t); k++ {
			more, _, _ := bytes.Cut(t[next:], []byte("\n"))
			joined = append(append(joined[:len(joined):len(joined)], ' '), bytes.TrimRight(more, "\r")...)
			next += len(more) + 1
			row, err = splitRow(joined, sep)
		}
		if err != nil || len(row) != width {
			return rows, off
		}
		rows = append(rows, row)
		end, off = min(next, len(t)), next
	}
	return rows, min(end, len(t))
}

// maxRowLines bounds the lines one row of a table is joined from.
const maxRowLines = 4

// shortRow is row with empty cells added up to width, when it is short of
// the table's width by trailing cells only (at least two cells read, no
// quoted field left open); nil otherwise.
func shortRow(row []string, err error, line []byte, width int) []string {
	if err != nil || len(row) < 2 || len(row) >= width || bytes.Count(line, []byte(`"`))%2 == 1 {
		return nil
	}
	return append(row[:len(row):len(row)], make([]string, width-len(row))...)
}

// fixedHeader reads line, with under it a rule of dashes, as the header of
// a table laid out in columns of spaces (PowerShell's Format-Table, as
// Get-MessageTrace prints it: "Received  SenderAddress  RecipientAddress
// ... Status" over "--------  -------------  ..."): each run of dashes
// marks a column. found is as columnNames says.
func fixedHeader(line, under []byte) (names []string, starts []int, found bool) {
	line, under = bytes.TrimRight(line, "\r"), bytes.TrimRight(under, "\r")
	if len(bytes.Trim(under, "- ")) > 0 || bytes.Count(under, []byte(" -")) < 2 {
		return nil, nil, false
	}
	var fields []string
	for i := 0; i < len(under); i++ {
		if under[i] == '-' && (i == 0 || under[i-1] == ' ') {
			starts = append(starts, i)
		}
	}
	for k, st := range starts {
		if st >= len(line) {
			return nil, nil, false
		}
		end := len(line)
		if k+1 < len(starts) {
			end = min(starts[k+1], len(line))
		}
		fields = append(fields, string(line[st:end]))
	}
	names, found = columnNames(fields)
	return names, starts, found
}

// spacedHeader reads line as the header of a grid copied out of a web
// console with no rule of dashes under it (Proxmox Mail Gateway's Tracking
// Center, cPanel's Track Delivery): its column names stand apart by two
// spaces or more, and each column starts where its name does. found is
// false unless there are three columns or more and the names say which
// holds the recipient and which what happened (columnNames).
func spacedHeader(line []byte) (names []string, starts []int, found bool) {
	line = bytes.TrimRight(line, "\r")
	for i := 0; i < len(line); i++ {
		// A column starts at the first name, past any indent, and after
		// every run of two spaces or more.
		first := len(starts) == 0 && (i == 0 || line[i-1] == ' ')
		if line[i] != ' ' && (first || i >= 2 && line[i-1] == ' ' && line[i-2] == ' ') {
			starts = append(starts, i)
		}
	}
	if len(starts) < 3 {
		return nil, nil, false
	}
	fields := make([]string, len(starts))
	for k, st := range starts {
		end := len(line)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		fields[k] = string(line[st:end])
	}
	names, found = columnNames(fields)
	return names, starts, found
}

// fixedRows cuts the lines under a fixed-width header at its columns, until
// a blank line or a line too short to reach the last column. end is where
// the table ends in t.
func fixedRows(t []byte, starts []int) (rows [][]string, end int) {
	last := starts[len(starts)-1]
	for end < len(t) && len(rows) < maxEvents {
		line, _, _ := bytes.Cut(t[end:], []byte("\n"))
		row := string(bytes.TrimRight(line, "\r"))
		if len(row) <= last || strings.TrimSpace(row) == "" {
			break
		}
		fields := make([]string, len(starts))
		for k, st := range starts {
			stop := len(row)
			if k+1 < len(starts) {
				stop = min(starts[k+1], len(row))
			}
			fields[k] = row[min(st, stop):stop]
		}
		rows = append(rows, fields)
		end += len(line) + 1
	}
	return rows, min(end, len(t))
}

// tableRecords reads each row as the event it records; rest is the text
// under the table.
func tableRecords(rows [][]string, names []string, rest []byte) (records []eventRecord, ok bool) {
	for _, row := range rows {
		x := make(map[string]any, len(names))
		for i, name := range names {
			setPath(x, name, strings.TrimSpace(row[i]))
		}
		rs := oneEvent(x)
		if len(rs) == 0 {
			rs = tableEvent(x)
		}
		if len(rs) == 0 {
			// A row whose columns a service's reader claims (Mailjet's
			// "Error related to" beside its export's "Status", not its
			// webhook's "event") is read as any service's row.
			rs = genericEvent(x)
		}
		if len(rs) == 0 {
			if !skippedRow(x) {
				return nil, false
			}
			continue
		}
		records = append(records, rs...)
	}
	if newAddress(records, rest) {
		// The table did not end where its rows do: a row broken over two
		// lines, or quoted with typographic quotes, names a recipient
		// not read. The text reader reads them all.
		return nil, false
	}
	below(records, rest)
	return records, len(records) > 0
}

// newAddress reports whether the text under a table names an address
// that none of its records is for.
func newAddress(records []eventRecord, rest []byte) bool {
	text := string(rest[:min(len(rest), maxBelow)])
	for _, loc := range findAddresses(text) {
		a := text[loc[0]:loc[1]]
		if !slices.ContainsFunc(records, func(r eventRecord) bool { return strings.EqualFold(r.address, a) }) {
			return true
		}
	}
	return false
}

// maxBelow bounds the text under a table that is read as its rows' detail.
const maxBelow = 4 << 10

// below gives the failed and delayed rows with no words of their own what
// the text under the table says of them: a message trace's export leaves
// out the reason, and the person copies the trace's detail below it ("Details
// for the failed ones: cd.mills@example.net Fail Reason: [{LED=550 5.4.310
// ...}]"). A line that names a row's address is that row's reply, and so
// are the lines under it when it ends in a colon, as a heading does
// ("Bounce details (xia@example.com):"), up to a blank line; text that names
// none of them ("Trace detail (both): ...") is each such row's note, or the
// reply of the one such row there is ("Message details ... SMTP reply: 550
// 5.7.26 ...", Google's Email Log Search).
func below(records []eventRecord, rest []byte) {
	rest = bytes.TrimSpace(rest[:min(len(rest), maxBelow)])
	if len(rest) == 0 {
		return
	}
	text := string(rest)
	named := false
	for i := range records {
		r := &records[i]
		if r.kind != evFailed && r.kind != evDelayed || r.reply != "" || r.note != "" {
			continue
		}
		var lines []string
		heading := false
		for line := range strings.Lines(text) {
			line = strings.TrimSpace(line)
			switch {
			case indexFold(line, r.address) >= 0:
				lines = append(lines, line)
				heading = strings.HasSuffix(line, ":")
			case heading && line != "":
				lines = append(lines, line)
			default:
				heading = false
			}
		}
		if len(lines) > 0 {
			r.reply, named = strings.Join(lines, " "), true
		}
	}
	if named {
		return
	}
	var bare []*eventRecord
	for i := range records {
		r := &records[i]
		if (r.kind == evFailed || r.kind == evDelayed) && r.reply == "" && r.note == "" {
			bare = append(bare, r)
		}
	}
	for _, r := range bare {
		if len(bare) == 1 {
			r.reply = text
		} else {
			r.note = text
		}
	}
}

// tableEvent reads a row whose value of what happened only a table has
// (tableKinds), as genericEvent reads an event.
func tableEvent(x map[string]any) []eventRecord {
	for _, k := range otherKindKeys {
		s, _ := x[k].(string)
		if kind, ok := tableKinds[foldKindWord(s)]; ok {
			y := make(map[string]any, len(x))
			for key, v := range x {
				y[key] = v
			}
			y[k] = kindNames[kind]
			rs := genericEvent(y)
			for i := range rs {
				rs[i].classes = [][2]string{{"*", foldKindWord(s)}}
			}
			return rs
		}
	}
	return nil
}

// kindNames are names otherKinds knows for each kind a table's own values
// (tableKinds) stand for, so that genericEvent reads the row.
var kindNames = map[eventKind]string{evDelayed: "deferred", evDelivered: "delivered", evFailed: "failed"}

// skippedRow reports whether a row records no delivery outcome.
func skippedRow(x map[string]any) bool {
	for _, k := range otherKindKeys {
		if s, ok := x[k].(string); ok && s != "" {
			return tableSkipped[foldKindWord(s)]
		}
	}
	return false
}

// setPath sets x's value at name, a dotted name ("delivery-status.code")
// standing for the nested object that the service's JSON event has there.
func setPath(x map[string]any, name string, v string) {
	for {
		k, rest, nested := strings.Cut(name, ".")
		if !nested || k == "" || rest == "" {
			x[name] = v
			return
		}
		inner, isMap := x[k].(map[string]any)
		if !isMap {
			if _, taken := x[k]; taken {
				x[name] = v
				return
			}
			inner = map[string]any{}
			x[k] = inner
		}
		x, name = inner, rest
	}
}
