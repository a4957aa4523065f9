package triage

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"
)

// CSVHeader is the first line of the CSV download.
var CSVHeader = []string{"message", "address", "domain", "category", "final", "action", "status", "reply_code",
	"confidence", "date", "deciding_line", "provider", "list"}

// CSVWriter writes rows as CSV, one recipient a line, under CSVHeader.
type CSVWriter struct {
	w      *csv.Writer
	header bool
}

// NewCSVWriter returns a writer of rows to w.
func NewCSVWriter(w io.Writer) *CSVWriter {
	return &CSVWriter{w: csv.NewWriter(w)}
}

// Write writes rows, after the header the first time.
func (c *CSVWriter) Write(rows ...Row) error {
	if !c.header {
		c.header = true
		if err := c.w.Write(CSVHeader); err != nil {
			return err
		}
	}
	for _, r := range rows {
		rec := []string{strconv.Itoa(r.Message), r.Address, r.Domain, string(r.Category), strconv.FormatBool(r.Final),
			r.Action, r.Status, r.ReplyCode, r.Confidence, r.Date, r.Line, r.Provider, r.List}
		for i, v := range rec {
			rec[i] = cell(v)
		}
		if err := c.w.Write(rec); err != nil {
			return err
		}
	}
	return nil
}

// Flush writes what is buffered, the header at least.
func (c *CSVWriter) Flush() error {
	if !c.header {
		if err := c.Write(); err != nil {
			return err
		}
	}
	c.w.Flush()
	return c.w.Error()
}

// cell keeps a value from a bounce from being read as a formula by a
// spreadsheet that opens the CSV: a bounce is a stranger's text.
func cell(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}

// JSONWriter writes rows as JSON lines, one object per recipient.
type JSONWriter struct {
	enc *json.Encoder
}

// NewJSONWriter returns a writer of rows to w.
func NewJSONWriter(w io.Writer) *JSONWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &JSONWriter{enc: enc}
}

// Write writes one line per row.
func (j *JSONWriter) Write(rows ...Row) error {
	for _, r := range rows {
		if err := j.enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}
