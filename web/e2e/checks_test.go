package e2e

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/whybounce/whybounce/checks"
	"github.com/whybounce/whybounce/checks/checkstest"
	"github.com/whybounce/whybounce/web"
)

// hostUnknown is a bounce whose recipient's domain does not exist in
// checkstest.World.
const hostUnknown = "<ann@exmaple.con>: Host or domain name not found. Name service error for name=exmaple.con type=AAAA: Host not found"

// startCheckingServer runs the service with live checks against
// checkstest.World, a DNS server on loopback inside the test process.
func startCheckingServer(t *testing.T) *site {
	t.Helper()
	dns := checkstest.NewWorld(t)
	c, err := checks.New(checks.Config{Servers: []string{dns.Addr}, LookupTimeout: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return startServerWith(t, web.Options{Checks: c})
}

// readChecks waits for the "Checked just now" box to be filled in and reads it.
func readChecks(t *testing.T, ctx context.Context) string {
	t.Helper()
	do(t, ctx, "wait for the checks", chromedp.WaitVisible(chromedp.CSS(`.live-checks[data-state="done"] ul.checks`)))
	return text(t, ctx, ".live-checks")
}

func wantAll(t *testing.T, what, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("%s: got %q, want it to contain %q", what, got, w)
		}
	}
}

// liveCheckCases are the bounces of the browser tests and what their box says.
var liveCheckCases = []struct {
	name  string
	open  func(t *testing.T, ctx context.Context, s *site)
	wants []string
}{
	{"blocklist", clickExample("microsoft-spamhaus"), []string{
		"Checked just now", "Blocklists",
		"203.0.113.88 is listed on Spamhaus ZEN", "203.0.113.88 is not on SpamCop.",
		"Could not tell whether lakeside-bakery.example is on Spamhaus DBL: the list refuses to answer this server's DNS resolver",
		"Could not tell whether 203.0.113.88 is on UCEPROTECT level 1: the DNS server gave no answer in time.",
	}},
	{"host unknown", func(t *testing.T, ctx context.Context, s *site) {
		t.Helper()
		submitPaste(t, ctx, s.URL, hostUnknown)
	}, []string{"Checked just now", "The recipient's domain", "Does not exist", "exmaple.con does not exist: no mail can reach it."}},
}

// TestLiveChecks shows the box for a blocklist bounce and a host-unknown
// bounce: loaded by the script after the result, and inline in the form
// post's answer when JavaScript is off.
func TestLiveChecks(t *testing.T) {
	ctx := newTab(t, true)
	s := startCheckingServer(t)
	seen := watchProblems(ctx)
	for _, tt := range liveCheckCases {
		t.Run(tt.name, func(t *testing.T) {
			tt.open(t, ctx, s)
			readVerdict(t, ctx)
			wantAll(t, "the box", readChecks(t, ctx), tt.wants...)
			// The result came from the script, which loaded the box after it.
			if loc := run(t, ctx, "read the address", chromedp.Location()); !strings.HasSuffix(loc, "/diagnose") {
				t.Errorf("address: got %q, want .../diagnose", loc)
			}
			seen.check(t, "result with live checks: "+tt.name)
			checkAccessible(t, ctx, "result with live checks: "+tt.name)
		})
	}
	t.Run("without JavaScript", func(t *testing.T) {
		ctx := newTab(t, true)
		do(t, ctx, "turn JavaScript off", withoutScript())
		for _, tt := range liveCheckCases {
			tt.open(t, ctx, s)
			readVerdict(t, ctx)
			// Filled in by the form post itself: no form to run them is left.
			if n := run(t, ctx, "find the box's form", chromedp.Nodes(chromedp.CSS("form.checks-form"), chromedp.AtLeast(0))); len(n) != 0 {
				t.Errorf("%s: the box still has its form without JavaScript", tt.name)
			}
			wantAll(t, tt.name, readChecks(t, ctx), tt.wants...)
		}
	})
}

// TestLiveChecksScreenshots saves the box of both bounces at a phone's and a
// desktop's width, light and dark, into WHYBOUNCE_SCREENSHOTS.
func TestLiveChecksScreenshots(t *testing.T) {
	dir := screenshotDir(t)
	ctx := newTabFor(t, false, 5*time.Minute)
	s := startCheckingServer(t)
	for _, size := range screenSizes {
		for _, scheme := range []string{"light", "dark"} {
			do(t, ctx, "set the window", chromedp.EmulateViewport(size.width, size.height), colorScheme(scheme))
			for _, tt := range liveCheckCases {
				tt.open(t, ctx, s)
				readVerdict(t, ctx)
				readChecks(t, ctx)
				name := size.name + "-" + scheme + "-checks-" + strings.ReplaceAll(tt.name, " ", "-")
				save(t, filepath.Join(dir, name+".png"), run(t, ctx, "screenshot the box", chromedp.Screenshot(chromedp.CSS(".live-checks"))))
				save(t, filepath.Join(dir, name+"-full.png"), run(t, ctx, "full screenshot", chromedp.FullScreenshot(100)))
			}
		}
	}
}
