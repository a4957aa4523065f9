package reference

import (
	"slices"
	"strings"
	"testing"

	"github.com/whybounce/whybounce/classifier"
)

func TestGet(t *testing.T) {
	tests := []struct {
		code     string
		wantID   string
		wantKind string
		wantCat  classifier.Category
	}{
		{"550", "550", KindReply, classifier.MailboxNotFound},
		{"421", "421", KindReply, classifier.ServerProblem},
		{"5.7.1", "5.7.1", KindEnhanced, classifier.PolicyRejected},
		{"4.4.1", "4.4.1", KindEnhanced, classifier.ServerProblem},
		{"5.1.1", "5.1.1", KindEnhanced, classifier.MailboxNotFound},
		{"5.2.2", "5.2.2", KindEnhanced, classifier.MailboxFull},
		{"2.0.0", "2.0.0", KindEnhanced, classifier.Delivered},
		{"5.7.509", "microsoft-5.7.509", KindProvider, classifier.AuthenticationFailed},
		{"5.7.606", "microsoft-5.7.606-649", KindProvider, classifier.Blocklisted},
		{"5.7.649", "microsoft-5.7.606-649", KindProvider, classifier.Blocklisted},
		{"4.7.650", "microsoft-4.7.650", KindProvider, classifier.Blocklisted},
		{"S3150", "microsoft-s3150", KindProvider, classifier.Blocklisted},
		{"OU-001", "microsoft-ou-001", KindProvider, classifier.Blocklisted},
		{"TSS04", "yahoo-tss04", KindProvider, classifier.Blocklisted},
		{"HM08", "apple-hm08", KindProvider, classifier.ContentFiltered},
		{"OFR_416", "orange-ofr-416", KindProvider, classifier.MailboxNotFound},
		{"envelope blocked", "mimecast-envelope-blocked", KindProvider, classifier.SenderRejected},
		{"zen.spamhaus.org", "spamhaus-zen", KindBlocklist, classifier.Blocklisted},
		{"bl.spamcop.net", "spamcop", KindBlocklist, classifier.Blocklisted},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			e, ok := Get(tt.code)
			if !ok {
				t.Fatalf("Get(%q) found nothing", tt.code)
			}
			if e.ID != tt.wantID || e.Kind != tt.wantKind || e.Category != tt.wantCat {
				t.Errorf("Get(%q) = %s (%s, %s), want %s (%s, %s)", tt.code, e.ID, e.Kind, e.Category, tt.wantID, tt.wantKind, tt.wantCat)
			}
		})
	}
}

func TestGetNormalises(t *testing.T) {
	tests := []struct{ in, wantID string }{
		{"#5.7.1", "5.7.1"},
		{"5.7.1.", "5.7.1"},
		{" 5.7.1 ", "5.7.1"},
		{"(#5.7.1)", "5.7.1"},
		{"s3150", "microsoft-s3150"},
		{"(S3150).", "microsoft-s3150"},
		{"[TSS04]", "yahoo-tss04"},
		{"tss04", "yahoo-tss04"},
		{"ou-001", "microsoft-ou-001"},
		{"OU001", "microsoft-ou-001"},
		{"OFR004_416", "orange-ofr-416"},
		{"ofr_416", "orange-ofr-416"},
		{"OFR416", "orange-ofr-416"},
		{"Spamhaus", "spamhaus-zen"},
		{"ENVELOPE   BLOCKED", "mimecast-envelope-blocked"},
		{"microsoft-5.7.509", "microsoft-5.7.509"},
		{"550.", "550"},
	}
	for _, tt := range tests {
		e, ok := Get(tt.in)
		if !ok || e.ID != tt.wantID {
			t.Errorf("Get(%q) = %q, %v; want %q", tt.in, e.ID, ok, tt.wantID)
		}
	}
}

func TestGetUnknown(t *testing.T) {
	for _, in := range []string{"", "   ", "#", "5.9.9", "999", "not a code at all", "5.7.1.2"} {
		if e, ok := Get(in); ok {
			t.Errorf("Get(%q) = %q, want nothing", in, e.ID)
		}
	}
}

// TestRegistryComplete checks every code of the IANA registry and every reply
// code of RFC 5321 (and RFC 7504) has an entry: the list here is written from
// the registry, independently of the tables.
func TestRegistryComplete(t *testing.T) {
	var want []string
	for _, sd := range []string{
		"0.0", "1.0", "1.1", "1.2", "1.3", "1.4", "1.6", "1.7", "1.8", "1.10",
		"2.0", "2.1", "2.2", "2.3", "2.4",
		"3.0", "3.1", "3.2", "3.3", "3.4", "3.5",
		"4.0", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7",
		"5.0", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6",
		"6.0", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8", "6.9",
		"7.0", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "7.8", "7.9", "7.10",
		"7.11", "7.12", "7.13", "7.14", "7.15", "7.16", "7.17", "7.18", "7.19", "7.20",
		"7.21", "7.22", "7.23", "7.24", "7.25", "7.26", "7.27", "7.28", "7.29", "7.30",
	} {
		want = append(want, "4."+sd, "5."+sd)
	}
	want = append(want, "2.0.0", "2.1.5", "2.1.9", "2.3.6", "2.6.4")
	want = append(want, "211", "214", "220", "221", "250", "251", "252", "354", "421", "450",
		"451", "452", "455", "500", "501", "502", "503", "504", "521", "550", "551", "552",
		"553", "554", "555", "556")
	for _, code := range want {
		e, ok := Get(code)
		if !ok {
			t.Errorf("no entry for %s", code)
			continue
		}
		if e.Kind != KindEnhanced && e.Kind != KindReply {
			t.Errorf("Get(%s) is a %s entry, want the standard one", code, e.Kind)
		}
	}
}

func TestEntriesValid(t *testing.T) {
	valid := map[classifier.Category]bool{}
	for _, c := range classifier.AllCategories {
		valid[c] = true
	}
	kinds := map[string]bool{KindReply: true, KindEnhanced: true, KindProvider: true, KindBlocklist: true}
	ids := map[string]bool{}
	codes := map[string]string{}
	all := All()
	if len(all) < 250 {
		t.Errorf("All() has %d entries, want the whole reference", len(all))
	}
	for _, e := range all {
		if e.ID == "" || ids[e.ID] {
			t.Errorf("entry %q: ID %q empty or duplicate", e.Code, e.ID)
		}
		ids[e.ID] = true
		key := e.Provider + "|" + normalize(e.Code)
		if prev, ok := codes[key]; ok {
			t.Errorf("code %q of %q appears twice (%s and %s)", e.Code, e.Provider, prev, e.ID)
		}
		codes[key] = e.ID
		if strings.ContainsAny(e.ID, " /?#%") {
			t.Errorf("ID %q is not safe in a URL path", e.ID)
		}
		if !kinds[e.Kind] {
			t.Errorf("%s: kind %q", e.ID, e.Kind)
		}
		if (e.Kind == KindProvider) != (e.Provider != "" && e.Kind == KindProvider) {
			t.Errorf("%s: provider entry without a provider", e.ID)
		}
		if strings.TrimSpace(e.Title) == "" || strings.TrimSpace(e.Meaning) == "" || strings.TrimSpace(e.Action) == "" {
			t.Errorf("%s: empty title, meaning or action", e.ID)
		}
		if !strings.HasSuffix(e.Meaning, ".") && !strings.HasSuffix(e.Meaning, ")") {
			t.Errorf("%s: meaning %q is not a full sentence", e.ID, e.Meaning)
		}
		if !valid[e.Category] {
			t.Errorf("%s: category %q is not in SPEC.md", e.ID, e.Category)
		}
		for _, rel := range e.Related {
			r, ok := Get(rel)
			switch {
			case !ok:
				t.Errorf("%s: related %q does not resolve", e.ID, rel)
			case r.ID == e.ID:
				t.Errorf("%s: related %q points to itself", e.ID, rel)
			}
		}
		for _, l := range e.Links {
			if l.Title == "" || !strings.HasPrefix(l.URL, "https://") {
				t.Errorf("%s: link %+v needs a title and an https URL", e.ID, l)
			}
		}
	}
}

func TestAllReturnsCopies(t *testing.T) {
	a := All()
	a[0].Title = "changed"
	if len(a[0].Related) > 0 {
		a[0].Related[0] = "changed"
	}
	b := All()
	if b[0].Title == "changed" || (len(b[0].Related) > 0 && b[0].Related[0] == "changed") {
		t.Error("changing the result of All changed the database")
	}
}

func TestSearch(t *testing.T) {
	tests := []struct {
		name  string
		query string
		// want lists IDs the first results must be, in order.
		want []string
	}{
		{"reply code", "550", []string{"550"}},
		{"enhanced code", "5.7.1", []string{"5.7.1"}},
		{"provider code", "s3150", []string{"microsoft-s3150"}},
		{"bounce line, most specific first", "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
			[]string{"microsoft-s3150", "5.7.1", "550"}},
		{"gmail line prefers Google's meaning", "550-5.7.26 This mail has been blocked because the sender is unauthenticated. - gsmtp",
			[]string{"google-5.7.26"}},
		{"yahoo line", "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints",
			[]string{"yahoo-tss04"}},
		{"article example", "553 sorry, relaying denied from your location [192.0.2.1] (#5.7.1)",
			[]string{"5.7.1", "553"}},
		{"blocklist by zone", "listed at zen.spamhaus.org", []string{"spamhaus-zen"}},
		{"spamhaus", "spamhaus", []string{"spamhaus-zen"}},
		// A code is no stem: 5.7.10 to 5.7.19 do not come before 5.7.1's other meanings.
		{"reply and status code", "554 5.7.1", []string{"5.7.1", "554"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Search(tt.query, 10)
			if len(got) < len(tt.want) {
				t.Fatalf("Search(%q) gave %d results, want at least %d", tt.query, len(got), len(tt.want))
			}
			for i, id := range tt.want {
				if got[i].ID != id {
					t.Errorf("Search(%q)[%d] = %s, want %s (results: %v)", tt.query, i, got[i].ID, id, ids(got))
				}
			}
		})
	}
}

func TestSearchPhrases(t *testing.T) {
	tests := []struct {
		query string
		// top must hold for each of the first n results.
		n   int
		top func(Entry) bool
	}{
		{"relay access denied", 3, func(e Entry) bool {
			return e.Category == classifier.RelayDenied || strings.Contains(strings.ToLower(e.Title+e.Meaning), "relay")
		}},
		{"mailbox full", 1, func(e Entry) bool { return e.ID == "5.2.2" || e.ID == "552" }},
		{"mailbox full", 4, func(e Entry) bool { return e.Category == classifier.MailboxFull }},
		{"spamhaus", 5, func(e Entry) bool { return e.Provider == "Spamhaus" }},
		{"user unknown", 3, func(e Entry) bool { return e.Category == classifier.MailboxNotFound }},
		{"message too large", 3, func(e Entry) bool { return e.Category == classifier.MessageTooLarge }},
		{"DMARC", 3, func(e Entry) bool { return e.Category == classifier.AuthenticationFailed }},
	}
	for _, tt := range tests {
		got := Search(tt.query, 10)
		if len(got) < tt.n {
			t.Errorf("Search(%q) gave %d results, want at least %d", tt.query, len(got), tt.n)
			continue
		}
		for i := 0; i < tt.n; i++ {
			if !tt.top(got[i]) {
				t.Errorf("Search(%q)[%d] = %s (%s), not what the query asks for; results: %v", tt.query, i, got[i].ID, got[i].Title, ids(got))
			}
		}
	}
}

// A common bounce phrase brings the standard codes that come with it, whatever
// category they are filed under, before one provider's own code.
func TestSearchCommonPhrases(t *testing.T) {
	tests := []struct {
		query string
		first string   // the first result
		n     int      // within the first n results ...
		want  []string // ... all of these
	}{
		{"relay access denied", "5.7.1", 3, []string{"5.7.1", "554"}},
		{"Relay access denied", "5.7.1", 3, []string{"5.7.1", "554"}},
		{"relaying denied", "5.7.1", 5, []string{"5.7.1", "550", "553"}},
		{"unable to relay", "5.7.1", 3, []string{"5.7.1", "550"}},
		{"relay access denied microsoft", "microsoft-5.7.64", 5, []string{"microsoft-5.7.64", "5.7.1"}},
		{"user unknown", "5.1.1", 3, []string{"5.1.1", "550"}},
		{"no such user", "5.1.1", 5, []string{"5.1.1", "550"}},
		{"mailbox full", "5.2.2", 3, []string{"5.2.2", "4.2.2", "552"}},
		{"connection timed out", "5.4.1", 2, []string{"5.4.1", "4.4.1"}},
		{"blocked using spamhaus", "spamhaus-zen", 4, []string{"spamhaus-zen", "5.7.1", "554"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := ids(Search(tt.query, 20))
			if len(got) == 0 || got[0] != tt.first {
				t.Errorf("Search(%q) first = %v, want %s", tt.query, got[:min(1, len(got))], tt.first)
			}
			top := got[:min(tt.n, len(got))]
			for _, id := range tt.want {
				if !slices.Contains(top, id) {
					t.Errorf("Search(%q): %s not in the first %d results %v", tt.query, id, tt.n, top)
				}
			}
		})
	}
}

func TestSearchLimitsAndEmpty(t *testing.T) {
	for _, q := range []string{"", "   ", "\n\t", "the of a"} {
		if got := Search(q, 10); len(got) != 0 {
			t.Errorf("Search(%q) = %v, want nothing", q, ids(got))
		}
	}
	if got := Search("mailbox", 3); len(got) != 3 {
		t.Errorf("Search(\"mailbox\", 3) gave %d results, want 3", len(got))
	}
	if a, b := len(Search("mailbox", 0)), len(Search("mailbox", 3)); a <= b {
		t.Errorf("limit 0 gave %d results, limit 3 gave %d; want 0 to mean no limit", a, b)
	}
	seen := map[string]bool{}
	for _, e := range Search("550 5.7.1 relay access denied 550", 0) {
		if seen[e.ID] {
			t.Errorf("Search returned %s twice", e.ID)
		}
		seen[e.ID] = true
	}
}

func ids(es []Entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

func FuzzSearch(f *testing.F) {
	for _, s := range []string{"550", "5.7.1", "#5.7.1.", "S3150", "[TSS04]", "OFR004_416", "relay access denied",
		"550-5.7.26 gsmtp", "zen.spamhaus.org", "5.7.606", "mailbox full", "", "\xff\xfe", "5.7.1-", "-", "OU-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		res := Search(q, 5)
		if len(res) > 5 {
			t.Fatalf("Search(%q, 5) gave %d results", q, len(res))
		}
		for _, e := range res {
			if e.ID == "" || e.Title == "" {
				t.Fatalf("Search(%q) returned an empty entry", q)
			}
		}
		e, ok := Get(q)
		if !ok {
			return
		}
		// Decoration around a code must not change what it finds.
		for _, v := range []string{" " + q + " ", "#" + q, q + ".", "(" + q + ")", strings.ToLower(q), strings.ToUpper(q)} {
			if strings.ContainsAny(q, "#().[]<>\"'{}") || strings.TrimSpace(q) != q {
				break
			}
			got, ok := Get(v)
			if !ok || got.ID != e.ID {
				t.Fatalf("Get(%q) = %q, %v; Get(%q) = %q", v, got.ID, ok, q, e.ID)
			}
		}
		if len(res) == 0 || res[0].ID != e.ID {
			t.Fatalf("Search(%q) does not start with Get's entry %s", q, e.ID)
		}
	})
}

func BenchmarkSearch(b *testing.B) {
	queries := []string{"550", "relay access denied", "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent (S3150)", "mailbox full"}
	for i := 0; i < b.N; i++ {
		Search(queries[i%len(queries)], 10)
	}
}

// TestSearchCodeIsNoStem: the codes a query names whole come before any
// code that merely starts the same.
func TestSearchCodeIsNoStem(t *testing.T) {
	for _, q := range []string{"554 5.7.1", "5.7.1"} {
		for i, e := range Search(q, 20) {
			if strings.HasPrefix(e.Code, "5.7.1") && e.Code != "5.7.1" {
				t.Errorf("Search(%q)[%d] = %s: a code that only starts like 5.7.1", q, i, e.Code)
			}
		}
	}
}

func TestInText(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Outlook.com block list", "550 5.7.1 Unfortunately, messages from [198.51.100.23] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).",
			[]string{"microsoft-s3140", "5.7.1", "550"}},
		{"Yahoo", "421 4.7.0 [TSS04] Messages from 203.0.113.31 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1",
			[]string{"yahoo-tss04", "4.7.0", "421"}},
		{"Orange", "550 5.7.1 mwinf5c10 ME Source IP blocked for spam. OFR006_102 [102]", []string{"orange-ofr-102", "5.7.1", "550"}},
		{"nothing", "Your message could not be delivered.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range InText(tt.text) {
				got = append(got, e.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("InText = %v, want %v", got, tt.want)
			}
		})
	}
}
