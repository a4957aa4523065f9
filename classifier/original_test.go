package classifier

import (
	"regexp"
	"testing"
)

// TestDKIMTag checks the written-out reading of a DKIM-Signature's d= and
// s= tags against the regular expressions it replaced, on signatures as
// servers fold them and on near misses.
func TestDKIMTag(t *testing.T) {
	domain := regexp.MustCompile(`(?i)(?:^|[;\s])d=([a-z0-9.-]+)`)
	selector := regexp.MustCompile(`(?i)(?:^|[;\s])s=([a-z0-9._-]+)`)
	for _, sig := range []string{
		"v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=sel_2024-a;\r\n\th=from:to:subject; bh=abc=; b=XyZd=",
		"d=Example.ORG;s=Google",
		"v=1;d= spaced.example; d=second.example; S=Upper",
		"v=1; a=rsa-sha256; bd=not.a.tag; xs=nor.this",
		"v=1;\td=tab.example;\ns=line_break",
		"d=;s=; d=late.example",
		"",
		"d",
		"a=1; d=trailing.example",
	} {
		want := func(re *regexp.Regexp) string {
			if m := re.FindStringSubmatch(sig); m != nil {
				return m[1]
			}
			return ""
		}
		if got, w := dkimTag(sig, 'd', ".-"), want(domain); got != w {
			t.Errorf("d= of %q: got %q, the regexp read %q", sig, got, w)
		}
		if got, w := dkimTag(sig, 's', "._-"), want(selector); got != w {
			t.Errorf("s= of %q: got %q, the regexp read %q", sig, got, w)
		}
	}
}
