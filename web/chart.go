package web

import (
	"fmt"
	"time"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/templates"
	"github.com/whybounce/whybounce/triage"
)

// The charts are drawn here, as SVG in the page: no script, no chart
// library. Their numbers are also in the tables beside them.

// Sizes of the category chart, in its own units (the SVG scales): each
// kind's name on a line, its bar under it, so a long name never runs into
// the bars.
const (
	catBarWidth = 520
	catRow      = 40
	catBar      = 16
)

// categoryChart draws the recipients of each category as a bar, final and
// retrying stacked.
func categoryChart(cs []triage.CategoryCount) templates.BarChart {
	c := templates.BarChart{ID: "chart-categories", Title: "Recipients by kind of bounce",
		Caption: "Recipients by kind of bounce: the blue part of each bar is final, the brown part is still being retried.",
		Width:   catBarWidth + 70, Height: max(1, len(cs))*catRow + 6}
	most := 1
	for _, cc := range cs {
		most = max(most, cc.Total())
	}
	biggest := ""
	for i, cc := range cs {
		y := 20 + i*catRow
		wf := cc.Final * catBarWidth / most
		wr := cc.Retrying * catBarWidth / most
		if cc.Final > 0 {
			wf = max(wf, 2)
		}
		if cc.Retrying > 0 {
			wr = max(wr, 2)
		}
		title := classifier.Explain(cc.Category).Title
		c.Bars = append(c.Bars, templates.Bar{
			Label: title, LabelX: 0, LabelY: y - 5,
			X: 0, Y: y, W: wf, H: catBar,
			X2: wf, Y2: y, W2: wr, H2: catBar,
			ValueX: wf + wr + 6, ValueY: y + catBar - 3, Value: templates.GroupDigits(cc.Total()),
			Title: fmt.Sprintf("%s: %d final, %d retrying", title, cc.Final, cc.Retrying),
		})
		if cc.Total() == most && biggest == "" {
			biggest = title
		}
	}
	if len(cs) > 0 {
		c.Summary = fmt.Sprintf("A bar for each of %d kinds of bounce, final in the darker part and still retried in the lighter; the most common is %s, with %s.",
			len(cs), biggest, templates.CountText(most, "recipient", "recipients"))
	}
	return c
}

// Sizes of the time chart.
const (
	timeWidth  = 600
	timeHeight = 160
	timeAxis   = 22
)

// timeChart draws the bounces per day, or per month or year when their
// dates span too long for a bar a day.
func timeChart(days []triage.Count) templates.BarChart {
	c := templates.BarChart{ID: "chart-time", Width: timeWidth, Height: timeHeight + timeAxis}
	if len(days) == 0 {
		return c
	}
	first, err1 := time.Parse(time.DateOnly, days[0].Name)
	last, err2 := time.Parse(time.DateOnly, days[len(days)-1].Name)
	if err1 != nil || err2 != nil {
		return c
	}
	unit, layout, label := "day", time.DateOnly, "Bounces per day"
	step := func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }
	key := func(t time.Time) time.Time { return t }
	switch span := last.Sub(first); {
	case span > 3*365*day:
		unit, layout, label = "year", "2006", "Bounces per year"
		step = func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }
		key = func(t time.Time) time.Time { return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC) }
	case span > 92*day:
		unit, layout, label = "month", "2006-01", "Bounces per month"
		step = func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }
		key = func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }
	}
	counts := map[time.Time]int{}
	for _, d := range days {
		if t, err := time.Parse(time.DateOnly, d.Name); err == nil {
			counts[key(t)] += d.Count
		}
	}
	var slots []time.Time
	for t := key(first); !t.After(key(last)); t = step(t) {
		slots = append(slots, t)
	}
	most, busiest := 1, slots[0]
	for _, t := range slots {
		if counts[t] > most {
			most, busiest = counts[t], t
		}
	}
	w := max(1, timeWidth/len(slots))
	gap := 0
	if w > 4 {
		gap = 1
	}
	for i, t := range slots {
		n := counts[t]
		h := n * (timeHeight - 4) / most
		if n > 0 {
			h = max(h, 2)
		}
		c.Bars = append(c.Bars, templates.Bar{X: i * w, Y: timeHeight - h, W: w - gap, H: h,
			Title: fmt.Sprintf("%s: %s", t.Format(layout), templates.CountText(n, "bounce", "bounces"))})
	}
	// Labels at both ends and at the busiest bar.
	c.Ticks = append(c.Ticks, templates.Tick{X: 0, Y: timeHeight + 16, Label: key(first).Format(layout)})
	if len(slots) > 1 {
		c.Ticks = append(c.Ticks, templates.Tick{X: len(slots)*w - gap, Y: timeHeight + 16, Label: key(last).Format(layout), End: true})
	}
	c.Title = label
	c.Summary = fmt.Sprintf("A bar for each %s from %s to %s; the busiest was %s, with %s.", unit,
		key(first).Format(layout), key(last).Format(layout), busiest.Format(layout), templates.CountText(most, "bounce", "bounces"))
	return c
}
