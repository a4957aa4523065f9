package e2e

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// problems collects what the browser reports going wrong in a tab: script
// exceptions, anything the Content-Security-Policy refused, and files of the
// service's own that failed to load. A page can look right and still have
// lost its script or stylesheet this way.
type problems struct {
	mu   sync.Mutex
	list []string
}

// watchProblems starts collecting the problems of the tab.
func watchProblems(ctx context.Context) *problems {
	p := &problems{}
	exceptions := chromedp.Events(ctx, runtime.ExceptionThrown)
	entries := chromedp.Events(ctx, log.EntryAdded)
	go func() {
		for ev, err := range exceptions {
			if err != nil {
				return
			}
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil && d.Exception.Description != "" {
				msg = d.Exception.Description
			}
			p.add("script exception at " + d.URL + ": " + msg)
		}
	}()
	go func() {
		for ev, err := range entries {
			if err != nil {
				return
			}
			e := ev.Entry
			switch {
			case e.Source == log.EntrySourceSecurity,
				e.Source == log.EntrySourceJavascript && e.Level == log.EntryLevelError,
				e.Source == log.EntrySourceNetwork && strings.Contains(e.URL, "/static/"):
				p.add(string(e.Source) + ": " + e.Text + " " + e.URL)
			}
		}
	}()
	return p
}

func (p *problems) snapshot() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.list...)
}

func (p *problems) add(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.list = append(p.list, s)
}

// check fails the test for every problem seen since the last check.
func (p *problems) check(t *testing.T, page string) {
	t.Helper()
	p.mu.Lock()
	list := p.list
	p.list = nil
	p.mu.Unlock()
	for _, s := range list {
		t.Errorf("%s: the browser reports %s", page, s)
	}
}

// TestProblemsSeen guards the watch itself: an inline script, which the
// policy refuses, and an uncaught exception must both be reported.
func TestProblemsSeen(t *testing.T) {
	ctx := newTab(t, false)
	base := startServer(t).URL
	seen := watchProblems(ctx)
	do(t, ctx, "open the home page", chromedp.Navigate(base+"/"))
	eval[chromedp.Void](t, ctx, `(() => {
		const s = document.createElement("script");
		s.textContent = "window.inlineRan = true";
		document.body.append(s);
		setTimeout(() => { throw new Error("deliberate") });
	})()`)
	// The reports arrive on their own; give them a few seconds.
	wait, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	for _, want := range []string{"Content Security Policy", "deliberate"} {
		if !seen.await(wait, want) {
			t.Errorf("no report containing %q; got %q", want, seen.snapshot())
		}
	}
}

// await waits until a problem containing s is seen, or the tab's time is up.
func (p *problems) await(ctx context.Context, s string) bool {
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		for _, got := range p.snapshot() {
			if strings.Contains(got, s) {
				return true
			}
		}
		select {
		case <-ctx.Done():
			return false
		case <-tick.C:
		}
	}
}
