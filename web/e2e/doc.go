// Package e2e holds whybounce's browser tests: they start the real server on a
// loopback port and drive it with headless Chromium through chromedp, as a
// person would, and check every page with axe-core for accessibility problems.
//
// The tests skip when Chromium or axe-core is missing, except in CI (CI=true),
// where they fail. WHYBOUNCE_CHROMIUM names the browser binary (default: the
// first of chromium, chromium-browser, google-chrome on PATH), WHYBOUNCE_AXE
// the axe.min.js file of the npm package axe-core, and WHYBOUNCE_SCREENSHOTS a
// directory to save screenshots of the main pages in.
package e2e
