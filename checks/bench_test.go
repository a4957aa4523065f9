package checks

import (
	"testing"

	"github.com/whybounce/whybounce/checks/checkstest"
)

// BenchmarkPlanFor measures deciding what to check, which every result page
// pays when live checks are on.
func BenchmarkPlanFor(b *testing.B) {
	d, err := classifierDiagnose(exampleRaw(b, "microsoft-spamhaus.eml"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		PlanFor(d)
	}
}

// BenchmarkRunCached measures a run whose answers are all in the cache: the
// cost of a second look at the same bounce within five minutes.
func BenchmarkRunCached(b *testing.B) {
	srv := checkstest.NewWorld(b)
	c, err := New(Config{Servers: []string{srv.Addr}})
	if err != nil {
		b.Fatal(err)
	}
	p := Plan{Blocklists: true, IPs: []string{"203.0.113.88"}, ListedDomains: []string{"lakeside-bakery.example"},
		Auth: true, Sender: "fabrikam-tools.example", Domains: []DomainCheck{{Name: "northfield-school.example"}}}
	// UCEPROTECT never answers in World: leave it out, or every run waits for it.
	c.lists = c.lists[:4]
	c.Run(b.Context(), p)
	for b.Loop() {
		c.Run(b.Context(), p)
	}
}
