package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/templates"
	"github.com/whybounce/whybounce/triage"
	"github.com/whybounce/whybounce/web/store"
)

// reportView shapes a finished run like its report page, with the table's
// rows as the request's filters, sorting and page select them.
func (s *Server) reportView(r *http.Request, run store.Run, sum runSummary) (templates.TriageReportView, error) {
	t := sum.Totals
	p := runPath(run.ID)
	v := templates.TriageReportView{
		ID: run.ID, Created: dateText(run.Created), Expires: dateText(run.Expires), Redacted: run.Redacted, State: run.State,
		Stopped: sum.Stopped, Notices: t.Notices,
		Messages: t.Messages, Diagnosed: t.Diagnosed, Duplicates: t.Duplicates, Unreadable: t.Unreadable,
		Recipients: t.Recipients, Final: t.Final, Retrying: t.Retrying, Remove: t.Remove, Retry: t.Retry,
		Undated: t.Undated,
		CSV:     p + "/recipients.csv", JSON: p + "/recipients.jsonl", RemoveList: p + "/remove.txt", RetryList: p + "/retry.txt",
		Delete: p + "/delete",
	}
	if sum.Seconds > 0 && t.Messages > 0 {
		took := time.Duration(sum.Seconds * float64(time.Second)).Round(100 * time.Millisecond)
		when := "Read in " + took.String()
		if took == 0 {
			when = "Read in less than a tenth of a second"
		}
		v.Elapsed = fmt.Sprintf("%s, %s messages a second.", when, templates.GroupDigits(int(float64(t.Messages)/sum.Seconds)))
	}
	for _, c := range t.Categories {
		v.Categories = append(v.Categories, templates.TriageCategoryRow{Category: categoryLink(c.Category),
			Final: c.Final, Retrying: c.Retrying, Total: c.Total(), Filter: filterLink(p, "category", string(c.Category))})
	}
	for i, d := range t.Domains {
		if i == shownCounts {
			v.MoreDomains = len(t.Domains) - i
			break
		}
		c := templates.TriageCount{Name: showSafely(d.Name), Count: d.Count}
		if !strings.HasPrefix(d.Name, "(") {
			c.Filter = filterLink(p, "domain", d.Name)
		}
		v.Domains = append(v.Domains, c)
	}
	for i, pr := range t.Providers {
		if i == shownCounts {
			break
		}
		v.Providers = append(v.Providers, templates.TriageCount{Name: showControls(pr.Name), Count: pr.Count})
	}
	v.CategoryChart = categoryChart(t.Categories)
	v.TimeChart = timeChart(t.Days)

	table, err := s.tableView(r, run.ID, t)
	if err != nil {
		return v, err
	}
	v.Table = table
	for _, status := range []triage.Status{triage.Unreadable, triage.Duplicate} {
		err := s.opts.Triage.Messages(r.Context(), run.ID, status, maxListed, func(m store.RunMessage) error {
			tm := templates.TriageMessage{N: m.N, Name: showSafely(m.Name), Reason: showControls(m.Reason)}
			if m.Status == triage.Duplicate {
				tm.OrigN, tm.Original = m.DuplicateOf, fmt.Sprintf("%s/m/%d", p, m.DuplicateOf)
				v.DuplicateList = append(v.DuplicateList, tm)
			} else {
				v.UnreadableList = append(v.UnreadableList, tm)
			}
			return nil
		})
		if err != nil {
			return v, err
		}
	}
	v.ListsCut = len(v.DuplicateList) == maxListed || len(v.UnreadableList) == maxListed
	return v, nil
}

// shownCounts is how many domains and providers the report lists; the
// table's filter offers every domain, and the downloads have them all.
const shownCounts = 20

func filterLink(p, key, value string) string {
	return p + "?" + url.Values{key: {value}}.Encode() + "#recipients"
}

// tableColumns are the table's headers and the sort each one links.
var tableColumns = []struct{ label, sort string }{
	{"Address", "address"}, {"Kind", "category"}, {"Final or retrying", "final"}, {"Codes", "status"},
	{"Date", "date"}, {"The deciding line", ""}, {"Diagnosis", "message"},
}

// tableView is the table of recipients for the request's query.
func (s *Server) tableView(r *http.Request, id string, t *triage.Totals) (templates.TriageTable, error) {
	q := rowQuery(r.URL.Query())
	p := runPath(id)
	tv := templates.TriageTable{Action: p, Category: q.Category, Domain: q.Domain, Final: q.Final, Sort: q.Sort, Desc: q.Desc,
		Filtered: q.Category != "" || q.Domain != "" || q.Final != ""}
	for _, c := range t.Categories {
		tv.Categories = append(tv.Categories, templates.Option{Value: string(c.Category), Label: classifier.Explain(c.Category).Title,
			Selected: string(c.Category) == q.Category})
	}
	for _, d := range t.Domains {
		if strings.HasPrefix(d.Name, "(") {
			continue
		}
		tv.Domains = append(tv.Domains, templates.Option{Value: d.Name, Label: showSafely(d.Name), Selected: d.Name == q.Domain})
	}
	link := func(change url.Values) string {
		v := url.Values{}
		for k, val := range map[string]string{"category": q.Category, "domain": q.Domain, "final": q.Final, "sort": q.Sort} {
			if val != "" {
				v.Set(k, val)
			}
		}
		if q.Desc {
			v.Set("desc", "1")
		}
		for k, val := range change {
			v.Del(k)
			if val[0] != "" {
				v[k] = val
			}
		}
		if len(v) == 0 {
			return p + "#recipients"
		}
		return p + "?" + v.Encode() + "#recipients"
	}
	for _, c := range tableColumns {
		col := templates.Column{Label: c.label}
		if c.sort != "" {
			desc := ""
			current := q.Sort == c.sort || q.Sort == "" && c.sort == "message"
			if current && !q.Desc {
				desc = "1"
			}
			col.Sort = link(url.Values{"sort": {c.sort}, "desc": {desc}, "page": {""}})
			if current {
				col.AriaSort = "ascending"
				if q.Desc {
					col.AriaSort = "descending"
				}
			}
		}
		tv.Columns = append(tv.Columns, col)
	}
	n, err := s.opts.Triage.CountRows(r.Context(), id, q)
	if err != nil {
		return tv, err
	}
	tv.Matching = n
	err = s.opts.Triage.EachRow(r.Context(), id, q, func(row triage.Row) error {
		date := row.Date
		if t, err := time.Parse(time.RFC3339, row.Date); err == nil {
			date = t.Format("2006-01-02 15:04")
		}
		tv.Rows = append(tv.Rows, templates.TriageRow{
			Message: row.Message, Address: showSafely(row.Address), Domain: row.Domain, Category: categoryLink(row.Category),
			Final: row.Final, Status: showControls(row.Status), ReplyCode: showControls(row.ReplyCode), Date: date,
			Line: showSafely(row.Line), Link: fmt.Sprintf("%s/m/%d", p, row.Message), List: row.List,
		})
		return nil
	})
	if err != nil {
		return tv, err
	}
	if n > 0 {
		tv.First, tv.Last = q.Offset+1, q.Offset+len(tv.Rows)
	}
	page := q.Offset/rowsPerPage + 1
	if q.Offset > 0 {
		tv.Prev = link(url.Values{"page": {pageValue(page - 1)}})
	}
	if q.Offset+rowsPerPage < n {
		tv.Next = link(url.Values{"page": {strconv.Itoa(page + 1)}})
	}
	dl := url.Values{}
	for k, val := range map[string]string{"category": q.Category, "domain": q.Domain, "final": q.Final} {
		if val != "" {
			dl.Set(k, val)
		}
	}
	tv.Download = p + "/recipients.csv?" + dl.Encode()
	return tv, nil
}

func pageValue(page int) string {
	if page <= 1 {
		return ""
	}
	return strconv.Itoa(page)
}
