package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestScreenshots saves PNGs of the main pages at a phone's and a desktop's
// width, in both colour schemes, into the directory WHYBOUNCE_SCREENSHOTS
// names, and the picture README.md shows as readme-result.png.
func TestScreenshots(t *testing.T) {
	dir := screenshotDir(t)
	ctx := newTabFor(t, false, 10*time.Minute)
	s := startServer(t)
	for _, size := range screenSizes {
		for _, scheme := range []string{"light", "dark"} {
			do(t, ctx, "set the window", chromedp.EmulateViewport(size.width, size.height), colorScheme(scheme))
			for _, p := range allPages() {
				p.open(t, ctx, s)
				do(t, ctx, "wait for "+p.wait, chromedp.WaitVisible(chromedp.CSS(p.wait)))
				// The page as it first shows, then the whole length of it.
				name := size.name + "-" + scheme + "-" + strings.ReplaceAll(p.name, " ", "-")
				save(t, filepath.Join(dir, name+".png"), run(t, ctx, "screenshot", chromedp.CaptureScreenshot()))
				save(t, filepath.Join(dir, name+"-full.png"), run(t, ctx, "full screenshot", chromedp.FullScreenshot(100)))
			}
		}
	}
	// The picture in README.md (docs/screenshot.png): a result, as a laptop
	// shows it without scrolling.
	do(t, ctx, "set the window", chromedp.EmulateViewport(1024, 700), colorScheme("light"))
	clickExample("qmail-mailbox-not-found")(t, ctx, s)
	readVerdict(t, ctx)
	save(t, filepath.Join(dir, "readme-result.png"), run(t, ctx, "screenshot", chromedp.CaptureScreenshot()))

	// The result as it prints.
	clickExample("microsoft-spamhaus")(t, ctx, s)
	readVerdict(t, ctx)
	do(t, ctx, "print", chromedp.EmulateViewport(800, 1100), media("print"))
	save(t, filepath.Join(dir, "print-result-full.png"), run(t, ctx, "full screenshot", chromedp.FullScreenshot(100)))
}

// screenSizes are the windows screenshots are taken in.
var screenSizes = []struct {
	name          string
	width, height int64
}{
	{"phone", 390, 844},
	{"desktop", 1280, 900},
}

// screenshotDir is the directory WHYBOUNCE_SCREENSHOTS names, made if need
// be; the test skips without it.
func screenshotDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("WHYBOUNCE_SCREENSHOTS")
	if dir == "" {
		t.Skip("set WHYBOUNCE_SCREENSHOTS to a directory to save screenshots there")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func save(t *testing.T, name string, png []byte) {
	t.Helper()
	if err := os.WriteFile(name, png, 0o644); err != nil {
		t.Fatal(err)
	}
}
