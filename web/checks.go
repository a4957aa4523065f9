package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/netip"
	"slices"
	"strings"
	"time"

	"github.com/whybounce/whybounce/checks"
	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/classifier/redact"
	"github.com/whybounce/whybounce/templates"
)

// Checker runs the live checks of a diagnosis; *checks.Checker is the one the
// service uses.
type Checker interface {
	Run(ctx context.Context, p checks.Plan) *checks.Report
	Lookups() []checks.LookupCount
}

// maxPlanBytes bounds the plan a result page sends back: a few names.
const maxPlanBytes = 8 << 10

// planFor is what the live checks would look at for d, or false when they
// are off or d gives them nothing to check.
func (s *Server) planFor(d *classifier.Diagnosis) (checks.Plan, bool) {
	if s.opts.Checks == nil {
		return checks.Plan{}, false
	}
	p := checks.PlanFor(d)
	return p, !p.Empty()
}

// runChecks runs the checks of p for the client of r, within its budget of
// checks: past it, the report says so instead of asking anything.
func (s *Server) runChecks(r *http.Request, p checks.Plan) (*checks.Report, bool) {
	if ok, _ := s.checkLimit.allow(clientKey(r, s.limits.TrustProxy), time.Now()); !ok {
		return &checks.Report{CheckedAt: time.Now().UTC(), Results: []checks.Result{},
			Note: "Not checked: you asked for many checks in a short time. Wait a minute and try again."}, false
	}
	return s.opts.Checks.Run(r.Context(), p), true
}

// liveChecks is the "Checked just now" box of a fresh result: filled in at
// once for a form sent without script, or, when static/app.js sent the form
// and asked for them later, the form that runs them.
func (s *Server) liveChecks(r *http.Request, d *classifier.Diagnosis, later bool) *templates.ChecksView {
	p, ok := s.planFor(d)
	if !ok {
		return nil
	}
	if later {
		b, err := json.Marshal(p)
		if err != nil {
			return nil
		}
		return &templates.ChecksView{Title: "Checking now", Pending: true, Plan: string(b),
			Intro: "whybounce can look up the names and addresses in this bounce in DNS, to see whether what it says is still so."}
	}
	rep, _ := s.runChecks(r, p)
	return checksView(rep, false)
}

// checksForm runs the checks the result page's box sent and shows them; the
// page's script reads the box out of the answer.
func (s *Server) checksForm(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if s.opts.Checks == nil {
		s.notFound(w, r)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxPlanBytes+formSlack)
	var p checks.Plan
	if err := r.ParseForm(); err != nil || len(r.PostForm.Get("plan")) > maxPlanBytes || json.Unmarshal([]byte(r.PostForm.Get("plan")), &p) != nil {
		s.renderError(w, r, http.StatusBadRequest, "The checks could not run",
			"The form arrived incomplete. Please explain the bounce again and run the checks from its result page.")
		return
	}
	rep, ran := s.runChecks(r, p)
	status := http.StatusOK
	if !ran {
		w.Header().Set("Retry-After", "60")
		status = http.StatusTooManyRequests
	}
	s.render(w, r, status, templates.ChecksPage(*checksView(rep, false)))
}

// Group titles of the box, by kind of result.
var checkGroups = []struct {
	title string
	kinds []string
}{
	{"The recipient's domain", []string{checks.KindDomain}},
	{"Blocklists", []string{checks.KindBlocklist}},
	{"The sender's authentication", []string{checks.KindSPF, checks.KindSPFIP, checks.KindDMARC, checks.KindDKIM}},
}

// checksView shapes a report like the box: fresh, or saved with a share link.
func checksView(rep *checks.Report, saved bool) *templates.ChecksView {
	v := &templates.ChecksView{Title: "Checked just now", Note: rep.Note}
	switch {
	case saved:
		v.Title = "Checked on " + dateText(rep.CheckedAt)
		v.Intro = "Looked up in DNS when this link was created. Listings and records may have changed since."
	case len(rep.Results) > 0:
		v.Intro = "Looked up in DNS by this server at " + rep.CheckedAt.UTC().Format("15:04 UTC") +
			" (answers may be up to 5 minutes old). The bounce says what was true when it was written; this is what is true now."
	}
	for _, g := range checkGroups {
		var rows []templates.CheckRow
		for _, res := range rep.Results {
			if !slices.Contains(g.kinds, res.Kind) {
				continue
			}
			row := templates.CheckRow{
				Status: string(res.Status), Label: verdictLabel(res), Summary: showSafely(res.Summary),
				LookupURL: safeLink(res.LookupURL),
			}
			for _, d := range res.Details {
				row.Details = append(row.Details, showSafely(d))
			}
			if row.LookupURL != "" {
				row.LookupText = "Check the listing on " + lookupName(res) + "'s page"
			}
			rows = append(rows, row)
		}
		if len(rows) > 0 {
			v.Groups = append(v.Groups, templates.CheckGroup{Title: g.title, Rows: rows})
		}
	}
	return v
}

func lookupName(res checks.Result) string {
	if res.List != "" {
		return res.List
	}
	return "the list"
}

// verdictLabels say each verdict in a word or two, beside its sentence.
var verdictLabels = map[string]string{
	"listed": "Listed", "not-listed": "Not listed", "resolver-refused": "Could not tell",
	"could-not-tell": "Could not tell", "not-checked": "Not checked",
	"does-not-exist": "Does not exist", "accepts-mail": "Accepts mail", "implicit-mx": "Accepts mail",
	"null-mx": "Accepts no mail", "no-mail-server": "No mail server", "mx-unresolved": "No mail server",
	"valid": "SPF valid", "none": "No record", "syntax-error": "SPF broken", "multiple-records": "SPF broken",
	"broken": "SPF broken", "too-many-lookups": "Too many lookups",
	"pass": "Allowed", "fail": "Not allowed", "softfail": "Probably not allowed", "neutral": "Neither",
	"permerror":     "SPF error",
	"policy-reject": "p=reject", "policy-quarantine": "p=quarantine", "policy-none": "p=none", "invalid": "DMARC broken",
	"key-published": "Key published", "no-key": "No key", "key-revoked": "Key revoked", "invalid-key": "Key broken",
}

func verdictLabel(res checks.Result) string {
	if l, ok := verdictLabels[res.Verdict]; ok {
		if res.Verdict == "none" && res.Kind == checks.KindDMARC {
			return "No DMARC"
		}
		if res.Verdict == "none" && res.Kind == checks.KindSPF {
			return "No SPF"
		}
		return l
	}
	return capitalize(strings.ReplaceAll(res.Verdict, "-", " "))
}

// redactReport hides the addresses a report names, as a redacted share
// link hides them in the bounce, except those in keep (the listed address
// the link leaves visible on purpose): the domains stay, as they do there.
func redactReport(rep *checks.Report, keep []string) *checks.Report {
	out := *rep
	out.Results = make([]checks.Result, len(rep.Results))
	for i, res := range rep.Results {
		if a, err := netip.ParseAddr(res.Subject); err == nil && !slices.Contains(keep, a.String()) {
			ip := a.String()
			masked := redact.Text(ip)
			res.Subject = masked
			res.Summary = strings.ReplaceAll(res.Summary, ip, masked)
			details := make([]string, len(res.Details))
			for j, d := range res.Details {
				details[j] = strings.ReplaceAll(d, ip, masked)
			}
			res.Details = details
		}
		out.Results[i] = res
	}
	return &out
}
