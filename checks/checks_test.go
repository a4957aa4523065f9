package checks

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/whybounce/whybounce/checks/checkstest"
	"github.com/whybounce/whybounce/classifier"
)

// newChecker points a Checker at srv, with a short lookup timeout so that
// the silent names do not slow the tests down, and a clock the test moves.
func newChecker(t *testing.T, srv *checkstest.Server, lists []List) (*Checker, *atomic.Int64) {
	t.Helper()
	var skew atomic.Int64
	base := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	c, err := New(Config{
		Servers: []string{srv.Addr}, Lists: lists,
		LookupTimeout: 300 * time.Millisecond,
		Now:           func() time.Time { return base.Add(time.Duration(skew.Load())) },
	})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c, &skew
}

// only returns the one result of a run, failing the test otherwise.
func only(t *testing.T, rep *Report) Result {
	t.Helper()
	if len(rep.Results) != 1 {
		t.Fatalf("got %d results, want 1: %+v", len(rep.Results), rep.Results)
	}
	return rep.Results[0]
}

func wantResult(t *testing.T, got Result, status Status, verdict, summaryPart string) {
	t.Helper()
	if got.Status != status || got.Verdict != verdict {
		t.Errorf("got %s/%s, want %s/%s (summary %q)", got.Status, got.Verdict, status, verdict, got.Summary)
	}
	if !strings.Contains(got.Summary, summaryPart) {
		t.Errorf("summary: got %q, want it to contain %q", got.Summary, summaryPart)
	}
}

// runOne runs a plan that makes one result and checks it; a result that
// says "not checked" must have sent nothing to the DNS server.
func runOne(t *testing.T, c *Checker, srv *checkstest.Server, p Plan, kind string, status Status, verdict, summary string) {
	t.Helper()
	before := srv.Queries()
	got := only(t, c.Run(t.Context(), p))
	wantResult(t, got, status, verdict, summary)
	if got.Kind != kind {
		t.Errorf("kind: got %q, want %q", got.Kind, kind)
	}
	if verdict == "not-checked" && srv.Queries() != before {
		t.Errorf("something that must not be looked up was sent to the DNS server")
	}
}

func TestRecipientDomain(t *testing.T) {
	srv := checkstest.NewServer(t,
		"good.example. MX 10 mx1.good.example.",
		"good.example. MX 20 mx2.good.example.",
		"mx1.good.example. A 192.0.2.10",
		"mx2.good.example. AAAA 2001:db8::10",
		"nullmx.example. MX 0 .",
		"implicit.example. AAAA 2001:db8::30",
		`txtonly.example. TXT "hello"`,
		"broken.example. MX 10 mx.broken.example.",
		"half.example. MX 10 mx.half.example.",
		"half.example. MX 20 gone.half.example.",
		"mx.half.example. A 192.0.2.40",
	)
	srv.Silence("slow.example.")
	c, _ := newChecker(t, srv, []List{})
	tests := []struct {
		domain   string
		category classifier.Category
		status   Status
		verdict  string
		summary  string
	}{
		{"exmaple.con", classifier.HostUnknown, Problem, "does-not-exist", "exmaple.con does not exist"},
		{"good.example", classifier.HostUnknown, OK, "accepts-mail", "accepts mail at mx1.good.example and 1 more mail server. The problem was probably temporary"},
		{"Good.Example.", classifier.MailboxNotFound, OK, "accepts-mail", "it is the mailbox that is missing"},
		{"nullmx.example", classifier.MailboxNotFound, Problem, "null-mx", "null MX"},
		{"implicit.example", classifier.ServerProblem, OK, "implicit-mx", "no MX record, so mail goes to the domain's own address (2001:db8::30)"},
		{"txtonly.example", classifier.HostUnknown, Problem, "no-mail-server", "names no mail server"},
		{"broken.example", classifier.HostUnknown, Problem, "mx-unresolved", "none of them has an address"},
		{"half.example", classifier.HostUnknown, OK, "accepts-mail", "accepts mail at mx.half.example"},
		{"slow.example", classifier.HostUnknown, Unknown, "could-not-tell", "no answer in time"},
		{"mail.internal", classifier.HostUnknown, Info, "not-checked", "a name of a local network"},
		{"localhost", classifier.HostUnknown, Info, "not-checked", "single label"},
		{"intranet", classifier.HostUnknown, Info, "not-checked", "single label"},
		{"printer.local", classifier.HostUnknown, Info, "not-checked", "local network"},
		{"bad_name..example", classifier.HostUnknown, Info, "not-checked", "not a domain name"},
	}
	for _, tt := range tests {
		t.Run(tt.domain, func(t *testing.T) {
			runOne(t, c, srv, Plan{Domains: []DomainCheck{{Name: tt.domain, Category: tt.category}}}, KindDomain, tt.status, tt.verdict, tt.summary)
		})
	}
}

func TestBlocklists(t *testing.T) {
	srv := checkstest.NewServer(t,
		"2.2.0.192.zen.spamhaus.org. A 127.0.0.2",
		"2.2.0.192.zen.spamhaus.org. A 127.0.0.4",
		"10.2.0.192.zen.spamhaus.org. A 127.0.0.10",
		"5.2.0.192.zen.spamhaus.org. A 127.255.255.254",
		"6.2.0.192.zen.spamhaus.org. A 10.1.2.3",
		"7.2.0.192.zen.spamhaus.org. A 127.0.0.1",
		"1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org. A 127.0.0.3",
		"spam.example.dbl.spamhaus.org. A 127.0.1.2",
	)
	srv.Silence("8.2.0.192.zen.spamhaus.org.")
	zen, _ := knownZone("zen.spamhaus.org")
	dbl, _ := knownZone("dbl.spamhaus.org")
	c, _ := newChecker(t, srv, []List{zen, dbl})
	tests := []struct {
		name    string
		plan    Plan
		status  Status
		verdict string
		summary string
	}{
		{"listed", Plan{IPs: []string{"192.0.2.2"}}, Problem, "listed", "192.0.2.2 is listed on Spamhaus ZEN (the SBL, known spam sources; the XBL, infected"},
		{"listed on the PBL", Plan{IPs: []string{"192.0.2.10"}}, Problem, "listed", "send through your provider's server"},
		{"not listed", Plan{IPs: []string{"198.51.100.1"}}, OK, "not-listed", "198.51.100.1 is not on Spamhaus ZEN."},
		{"resolver refused", Plan{IPs: []string{"192.0.2.5"}}, Unknown, "resolver-refused", "Could not tell whether 192.0.2.5 is on Spamhaus ZEN: the list refuses to answer this server's DNS resolver (it answered 127.255.255.254"},
		{"refused by 127.0.0.1", Plan{IPs: []string{"192.0.2.7"}}, Unknown, "resolver-refused", "refuses to answer"},
		{"not a listing code", Plan{IPs: []string{"192.0.2.6"}}, Unknown, "could-not-tell", "is not a listing code"},
		{"timeout", Plan{IPs: []string{"192.0.2.8"}}, Unknown, "could-not-tell", "no answer in time"},
		{"IPv6", Plan{IPs: []string{"2001:db8::1"}}, Problem, "listed", "2001:db8::1 is listed on Spamhaus ZEN"},
		{"listed domain", Plan{ListedDomains: []string{"spam.example"}}, Problem, "listed", "spam.example is listed on Spamhaus DBL (a spam domain)"},
		{"domain not listed", Plan{ListedDomains: []string{"clean.example"}}, OK, "not-listed", "clean.example is not on Spamhaus DBL."},
		{"private address", Plan{IPs: []string{"10.1.2.3"}}, Info, "not-checked", "10.1.2.3 is a private or reserved address"},
		{"shared address space", Plan{IPs: []string{"100.64.1.1"}}, Info, "not-checked", "private or reserved"},
		{"a list with no DNS zone", Plan{Named: []string{"Microsoft S3150 (Outlook.com block list)"}}, Info, "not-checked", "cannot be asked in DNS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.plan.Blocklists = true
			runOne(t, c, srv, tt.plan, KindBlocklist, tt.status, tt.verdict, tt.summary)
		})
	}
}

func TestBlocklistSet(t *testing.T) {
	srv := checkstest.NewWorld(t)
	c, _ := newChecker(t, srv, nil)
	rep := c.Run(t.Context(), Plan{Blocklists: true, IPs: []string{"203.0.113.88"}, ListedDomains: []string{"lakeside-bakery.example"}, Named: []string{"Spamhaus"}})
	got := map[string]string{}
	for _, r := range rep.Results {
		got[r.Zone+" "+r.Subject] = r.Verdict
	}
	want := map[string]string{
		"zen.spamhaus.org 203.0.113.88":            "listed",
		"dbl.spamhaus.org lakeside-bakery.example": "resolver-refused",
		"bl.spamcop.net 203.0.113.88":              "not-listed",
		"b.barracudacentral.org 203.0.113.88":      "listed",
		"dnsbl-1.uceprotect.net 203.0.113.88":      "could-not-tell",
	}
	if len(got) != len(want) {
		t.Errorf("got %d results, want %d: %v", len(got), len(want), got)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got %q, want %q", k, got[k], v)
		}
	}
	// The list the bounce names comes first.
	if rep.Results[0].Zone != "zen.spamhaus.org" {
		t.Errorf("first result: got %s, want the list the bounce names, zen.spamhaus.org", rep.Results[0].Zone)
	}
}

func TestParseLists(t *testing.T) {
	tests := []struct {
		in      []string
		want    []string // zone, "domain" when a domain list
		wantErr string
	}{
		{[]string{"zen.spamhaus.org", "domain:rhsbl.example.net", "bl.example.org."}, []string{"zen.spamhaus.org", "domain rhsbl.example.net", "bl.example.org"}, ""},
		{[]string{"dbl.spamhaus.org"}, []string{"domain dbl.spamhaus.org"}, ""},
		{[]string{"none"}, []string{}, ""},
		{[]string{" ", "ZEN.spamhaus.org", "zen.spamhaus.org"}, []string{"zen.spamhaus.org"}, ""},
		{[]string{"bl"}, nil, "single label"},
		{[]string{"bl.internal"}, nil, "local network"},
		{[]string{"bl example.org"}, nil, "not a domain name"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.in, ","), func(t *testing.T) {
			lists, err := ParseLists(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err: got %v, want one that says %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, l := range lists {
				if l.Domains {
					got = append(got, "domain "+l.Zone)
				} else {
					got = append(got, l.Zone)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	var zones []string
	for _, l := range DefaultLists() {
		zones = append(zones, l.Zone)
	}
	if want := "[zen.spamhaus.org dbl.spamhaus.org bl.spamcop.net b.barracudacentral.org dnsbl-1.uceprotect.net]"; fmt.Sprint(zones) != want {
		t.Errorf("DefaultLists: got %v, want %s", zones, want)
	}
}

// spfWorld has one domain per SPF case.
var spfWorld = []string{
	`ok.example. TXT "v=spf1 ip4:198.51.100.0/24 include:_spf.provider.example mx -all"`,
	`_spf.provider.example. TXT "v=spf1 ip4:203.0.113.0/24 ip6:2001:db8::/32 ~all"`,
	"ok.example. MX 10 mail.ok.example.",
	"mail.ok.example. A 192.0.2.50",
	`soft.example. TXT "v=spf1 a ~all"`,
	"soft.example. A 192.0.2.60",
	`neutral.example. TXT "v=spf1 ?all"`,
	`redir.example. TXT "v=spf1 redirect=_spf.provider.example"`,
	`bad.example. TXT "v=spf1 ip4:198.51.100.0/24 include -all"`,
	`badip.example. TXT "v=spf1 ip4:2001:db8::1 -all"`,
	`unknown.example. TXT "v=spf1 a:mail.unknown.example/24 foo:bar -all"`,
	`two.example. TXT "v=spf1 -all"`,
	`two.example. TXT "v=spf1 mx -all"`,
	`none.example. TXT "google-site-verification=abc"`,
	`missing.example. TXT "v=spf1 include:nothing.example -all"`,
	`macro.example. TXT "v=spf1 exists:%{i}._spf.macro.example -all"`,
	`void.example. TXT "v=spf1 a:x1.void.example a:x2.void.example a:x3.void.example -all"`,
	`split.example. TXT "v=spf1 ip4:198.51.100.0/24 " "-all"`,
}

func TestSPF(t *testing.T) {
	many := `toomany.example. TXT "v=spf1`
	for i := range 11 {
		many += fmt.Sprintf(" include:i%d.toomany.example", i)
		spfWorld = append(spfWorld, fmt.Sprintf(`i%d.toomany.example. TXT "v=spf1 ip4:192.0.2.%d -all"`, i, i))
	}
	srv := checkstest.NewServer(t, append(spfWorld, many+` -all"`)...)
	srv.Silence("slow.example.")
	c, _ := newChecker(t, srv, nil)
	tests := []struct {
		domain, ip    string
		verdict       string
		summary       string
		ipVerdict     string // "" when no address is tested
		ipStatus      Status
		ipSummaryPart string
	}{
		{"ok.example", "", "valid", "uses 2 of the 10 DNS lookups", "", "", ""},
		{"ok.example", "198.51.100.7", "valid", "", "pass", OK, "198.51.100.7 may send mail for ok.example"},
		{"ok.example", "203.0.113.5", "valid", "", "pass", OK, "may send"},
		{"ok.example", "2001:db8::5", "valid", "", "pass", OK, "may send"},
		{"ok.example", "192.0.2.50", "valid", "", "pass", OK, "may send"},
		{"ok.example", "192.0.2.99", "valid", "", "fail", Problem, "192.0.2.99 is not allowed to send mail for ok.example"},
		{"soft.example", "192.0.2.61", "valid", "", "softfail", Problem, "~all (softfail)"},
		{"soft.example", "192.0.2.60", "valid", "", "pass", OK, "may send"},
		{"neutral.example", "192.0.2.61", "valid", "", "neutral", Info, "neither yes nor no"},
		{"redir.example", "203.0.113.1", "valid", "uses 1 of the 10", "pass", OK, "may send"},
		{"redir.example", "192.0.2.1", "valid", "", "softfail", Problem, "softfail"},
		{"bad.example", "192.0.2.1", "syntax-error", `"include": include needs a domain`, "", "", ""},
		{"badip.example", "", "syntax-error", "not an IPv4 address", "", "", ""},
		{"unknown.example", "", "syntax-error", `unknown mechanism "foo"`, "", "", ""},
		{"two.example", "", "multiple-records", "more than one SPF record", "", "", ""},
		{"none.example", "192.0.2.1", "none", "publishes no SPF record", "", "", ""},
		{"nxdomain.example", "", "none", "publishes no SPF record", "", "", ""},
		{"toomany.example", "", "too-many-lookups", "needs more than 10 DNS lookups", "", "", ""},
		{"toomany.example", "192.0.2.10", "too-many-lookups", "", "permerror", Problem, "more than 10 DNS lookups"},
		{"toomany.example", "192.0.2.3", "too-many-lookups", "", "pass", OK, "may send"},
		{"missing.example", "", "broken", "an included domain publishes no SPF record (nothing.example)", "", "", ""},
		{"macro.example", "", "valid", "uses 1 of the 10", "", "", ""},
		{"macro.example", "192.0.2.1", "valid", "", "could-not-tell", Unknown, "macros"},
		{"void.example", "192.0.2.1", "valid", "", "permerror", Problem, "more than 2 of its lookups find nothing"},
		{"split.example", "198.51.100.9", "valid", "", "pass", OK, "may send"},
		{"slow.example", "", "could-not-tell", "no answer in time", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.domain+" "+tt.ip, func(t *testing.T) {
			p := Plan{Auth: true, Sender: tt.domain}
			if tt.ip != "" {
				p.IPs = []string{tt.ip}
			}
			rep := c.Run(t.Context(), p)
			var spf, ip *Result
			for i, r := range rep.Results {
				switch r.Kind {
				case KindSPF:
					spf = &rep.Results[i]
				case KindSPFIP:
					ip = &rep.Results[i]
				}
			}
			if spf == nil {
				t.Fatalf("no SPF result in %+v", rep.Results)
			}
			if spf.Verdict != tt.verdict || !strings.Contains(spf.Summary, tt.summary) {
				t.Errorf("SPF: got %s %q, want %s and %q", spf.Verdict, spf.Summary, tt.verdict, tt.summary)
			}
			switch {
			case tt.ipVerdict == "" && ip != nil:
				t.Errorf("address: got %s %q, want no result", ip.Verdict, ip.Summary)
			case tt.ipVerdict != "" && ip == nil:
				t.Errorf("address: got no result, want %s", tt.ipVerdict)
			case ip != nil:
				wantResult(t, *ip, tt.ipStatus, tt.ipVerdict, tt.ipSummaryPart)
			}
		})
	}
}

func TestDMARC(t *testing.T) {
	srv := checkstest.NewServer(t,
		`_dmarc.reject.example. TXT "v=DMARC1; p=reject; adkim=r"`,
		`_dmarc.strict.example. TXT "v=DMARC1; p=quarantine; adkim=s; pct=50"`,
		`_dmarc.monitor.example. TXT "v=DMARC1; p=none; rua=mailto:d@monitor.example"`,
		`_dmarc.org.example. TXT "v=DMARC1; p=reject; sp=quarantine"`,
		`_dmarc.broken.example. TXT "v=DMARC1; rua=mailto:d@broken.example"`,
		`_dmarc.notdmarc.example. TXT "v=spf1 -all"`,
	)
	c, _ := newChecker(t, srv, nil)
	tests := []struct {
		name    string
		plan    Plan
		status  Status
		verdict string
		summary string
	}{
		{"p=reject, aligned", Plan{Sender: "reject.example", HasOriginal: true, DKIMDomain: "mail.reject.example"}, Info, "policy-reject", "(d=mail.reject.example) matches the From domain"},
		{"p=reject, not aligned", Plan{Sender: "reject.example", HasOriginal: true, DKIMDomain: "esp.example"}, Problem, "policy-reject", "is for esp.example, which does not match the From domain"},
		{"p=reject, no signature", Plan{Sender: "reject.example", HasOriginal: true}, Problem, "policy-reject", "carries no DKIM signature"},
		{"p=reject, no returned message", Plan{Sender: "reject.example"}, Info, "policy-reject", "refuse its mail when it fails DMARC (p=reject)"},
		{"strict", Plan{Sender: "strict.example", HasOriginal: true, DKIMDomain: "mail.strict.example"}, Problem, "policy-quarantine", "exactly, as adkim=s asks"},
		{"pct", Plan{Sender: "strict.example"}, Info, "policy-quarantine", "It applies to 50% of such mail."},
		{"monitor", Plan{Sender: "monitor.example", HasOriginal: true}, Info, "policy-none", "only monitors"},
		{"subdomain policy", Plan{Sender: "news.org.example"}, Info, "policy-quarantine", "news.org.example asks receivers to treat its mail"},
		{"no policy", Plan{Sender: "broken.example"}, Problem, "invalid", "no valid policy"},
		{"no record", Plan{Sender: "notdmarc.example"}, Info, "none", "publishes no DMARC record"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.plan.Auth = true
			for _, r := range c.Run(t.Context(), tt.plan).Results {
				if r.Kind == KindDMARC {
					wantResult(t, r, tt.status, tt.verdict, tt.summary)
					return
				}
			}
			t.Fatal("no DMARC result")
		})
	}
}

func TestDKIM(t *testing.T) {
	rsaKey := func(bits int) string {
		k, err := rsa.GenerateKey(rand.Reader, bits)
		if err != nil {
			t.Fatal(err)
		}
		der, err := x509.MarshalPKIXPublicKey(&k.PublicKey)
		if err != nil {
			t.Fatal(err)
		}
		return base64.StdEncoding.EncodeToString(der)
	}
	edPub, _, _ := ed25519.GenerateKey(rand.Reader)
	key := rsaKey(1024)
	srv := checkstest.NewServer(t,
		// A long key is split into several strings, as DNS requires.
		fmt.Sprintf(`s1._domainkey.signed.example. TXT "v=DKIM1; k=rsa; p=%s" "%s"`, key[:100], key[100:]),
		`old._domainkey.signed.example. TXT "v=DKIM1; p="`,
		`junk._domainkey.signed.example. TXT "v=DKIM1; p=bm90IGEga2V5"`,
		fmt.Sprintf(`ed._domainkey.signed.example. TXT "v=DKIM1; k=ed25519; p=%s"`, base64.StdEncoding.EncodeToString(edPub)),
	)
	c, _ := newChecker(t, srv, nil)
	tests := []struct {
		selector string
		status   Status
		verdict  string
		summary  string
	}{
		{"s1", OK, "key-published", `signed.example publishes a 1024-bit RSA key for the selector "s1"`},
		{"old", Problem, "key-revoked", "revoked"},
		{"junk", Problem, "invalid-key", "cannot be read"},
		{"ed", OK, "key-published", "an Ed25519 key"},
		{"gone", Problem, "no-key", `publishes no DKIM key for the selector "gone"`},
	}
	for _, tt := range tests {
		t.Run(tt.selector, func(t *testing.T) {
			rep := c.Run(t.Context(), Plan{Auth: true, Sender: "signed.example", DKIMDomain: "signed.example", DKIMSelector: tt.selector})
			for _, r := range rep.Results {
				if r.Kind == KindDKIM {
					wantResult(t, r, tt.status, tt.verdict, tt.summary)
					if want := tt.selector + "._domainkey.signed.example"; r.Subject != want {
						t.Errorf("subject: got %q, want %q", r.Subject, want)
					}
					return
				}
			}
			t.Fatal("no DKIM result")
		})
	}
}

func TestAuthWithoutSender(t *testing.T) {
	srv := checkstest.NewServer(t)
	c, _ := newChecker(t, srv, nil)
	got := only(t, c.Run(t.Context(), Plan{Auth: true, IPs: []string{"192.0.2.1"}}))
	wantResult(t, got, Info, "not-checked", "does not show the sender's domain")
	if srv.Queries() != 0 {
		t.Errorf("got %d queries, want none", srv.Queries())
	}
}

// TestCache checks that answers are reused for five minutes, and counted.
func TestCache(t *testing.T) {
	srv := checkstest.NewWorld(t)
	c, skew := newChecker(t, srv, nil)
	plan := Plan{Domains: []DomainCheck{{Name: "northfield-school.example", Category: classifier.MailboxNotFound}}}
	c.Run(t.Context(), plan)
	asked := srv.Queries()
	if asked == 0 {
		t.Fatal("no query reached the server")
	}
	skew.Store(int64(4 * time.Minute))
	if got := only(t, c.Run(t.Context(), plan)); got.Verdict != "accepts-mail" {
		t.Errorf("from the cache: got %s, want accepts-mail", got.Verdict)
	}
	if srv.Queries() != asked {
		t.Errorf("within 5 minutes: got %d queries, want %d (all from the cache)", srv.Queries(), asked)
	}
	skew.Store(int64(6 * time.Minute))
	c.Run(t.Context(), plan)
	if srv.Queries() != 2*asked {
		t.Errorf("after 5 minutes: got %d queries, want %d", srv.Queries(), 2*asked)
	}
	counts := map[string]uint64{}
	for _, lc := range c.Lookups() {
		counts[lc.Kind+"/"+lc.Outcome] = lc.N
	}
	if counts["recipient-domain/cached"] != uint64(asked) || counts["recipient-domain/answer"] == 0 {
		t.Errorf("counts: got %v, want %d cached and some answers", counts, asked)
	}
	if _, ok := counts["blocklist/refused"]; !ok {
		t.Errorf("counts: every kind and outcome should be listed from the start, got %v", counts)
	}
}

// TestBudget checks that a run that runs out of time says so for every
// check it could not finish.
func TestBudget(t *testing.T) {
	srv := checkstest.NewServer(t)
	srv.Silence("a.example.", "b.example.")
	c, err := New(Config{Servers: []string{srv.Addr}, LookupTimeout: time.Minute, Budget: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	rep := c.Run(context.Background(), Plan{Domains: []DomainCheck{{Name: "a.example"}, {Name: "b.example"}}})
	for _, r := range rep.Results {
		if r.Verdict != "could-not-tell" {
			t.Errorf("%s: got %s, want could-not-tell", r.Subject, r.Verdict)
		}
	}
	if len(rep.Results) != 2 {
		t.Errorf("got %d results, want 2", len(rep.Results))
	}
}

func TestNew(t *testing.T) {
	if _, err := New(Config{Servers: []string{"dns.example"}}); err == nil || !strings.Contains(err.Error(), "want an IP address") {
		t.Errorf("a server name: got %v, want an error asking for an IP address", err)
	}
	if _, err := New(Config{ResolvConf: t.TempDir() + "/missing"}); err == nil {
		t.Errorf("no resolv.conf: got no error")
	}
	for in, want := range map[string]string{"192.0.2.53": "192.0.2.53:53", "192.0.2.53:5353": "192.0.2.53:5353", "2001:db8::53": "[2001:db8::53]:53", "[2001:db8::53]:53": "[2001:db8::53]:53"} {
		if got, err := ServerAddr(in); err != nil || got != want {
			t.Errorf("ServerAddr(%q): got %q, %v, want %q", in, got, err, want)
		}
	}
}
