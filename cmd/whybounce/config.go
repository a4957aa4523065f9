package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"net/mail"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/whybounce/whybounce/classifier"
	"github.com/whybounce/whybounce/web"
	"github.com/whybounce/whybounce/web/store"
)

// Operator is what the ISP or help desk hosting whybounce sets about its site,
// from the config file, then environment variables, then flags (each later
// one wins).
type Operator struct {
	// SiteName replaces "whybounce" in the header and the browser tab.
	SiteName string
	// Support is a web address or an email address shown on every page.
	Support string
	// ShareDays is how long a share link lasts unless its creator picks less.
	ShareDays int
	// MaxShareDays is the longest a share link may last.
	MaxShareDays int
	// Notes are the operator's extra sentences per category.
	Notes map[classifier.Category]string
	// Checks sets up the live checks, off unless turned on.
	Checks LiveChecks
}

// operatorFile is the config file, JSON with these keys; unknown keys are
// refused so that a typo does not silently do nothing.
type operatorFile struct {
	SiteName      string            `json:"site_name"`
	Support       string            `json:"support"`
	ShareDays     int               `json:"share_days"`
	MaxShareDays  int               `json:"max_share_days"`
	CategoryNotes map[string]string `json:"category_notes"`
	LiveChecks    *bool             `json:"live_checks"`
	Resolver      string            `json:"resolver"`
	DNSBL         []string          `json:"dnsbl"`
}

// Bounds on what the operator writes: a name fits in a header, a note in a box.
const (
	maxSiteName   = 80
	maxNote       = 1000
	maxShareLimit = 365
	maxConfigFile = 1 << 20
)

// operatorFlags are the serve flags for the operator's settings.
type operatorFlags struct {
	config, siteName, support, shareDays, maxShareDays *string
	checks                                             checksFlags
}

func addOperatorFlags(fs *flag.FlagSet, getenv func(string) string) operatorFlags {
	return operatorFlags{
		config:       fs.String("config", envOr(getenv, "WHYBOUNCE_CONFIG", ""), "operator config file, JSON (env WHYBOUNCE_CONFIG)"),
		siteName:     fs.String("site-name", envOr(getenv, "WHYBOUNCE_SITE_NAME", ""), "site name shown on every page (env WHYBOUNCE_SITE_NAME)"),
		support:      fs.String("support", envOr(getenv, "WHYBOUNCE_SUPPORT", ""), "support contact, a URL or an email address, shown on every page (env WHYBOUNCE_SUPPORT)"),
		shareDays:    fs.String("share-days", envOr(getenv, "WHYBOUNCE_SHARE_DAYS", ""), "days a share link lasts by default, 7 if unset (env WHYBOUNCE_SHARE_DAYS)"),
		maxShareDays: fs.String("max-share-days", envOr(getenv, "WHYBOUNCE_MAX_SHARE_DAYS", ""), "longest a share link may last, in days, 30 if unset (env WHYBOUNCE_MAX_SHARE_DAYS)"),
		checks:       addChecksFlags(fs, getenv),
	}
}

// operator reads the config file, if any, lays the flags and environment
// over it, fills in defaults and checks the result.
func (f operatorFlags) operator() (Operator, error) {
	op := Operator{}
	var file operatorFile
	if *f.config != "" {
		var err error
		if op, file, err = loadOperatorFile(*f.config); err != nil {
			return Operator{}, err
		}
	}
	var err error
	if op.Checks, err = f.checks.liveChecks(file); err != nil {
		return Operator{}, err
	}
	if *f.siteName != "" {
		op.SiteName = *f.siteName
	}
	if *f.support != "" {
		op.Support = *f.support
	}
	for _, d := range []struct {
		name, value string
		into        *int
	}{{"share days", *f.shareDays, &op.ShareDays}, {"max share days", *f.maxShareDays, &op.MaxShareDays}} {
		if d.value == "" {
			continue
		}
		n, err := strconv.Atoi(d.value)
		if err != nil {
			return Operator{}, fmt.Errorf("%s %q: want a whole number of days", d.name, d.value)
		}
		*d.into = n
	}
	if op.MaxShareDays == 0 {
		op.MaxShareDays = int(web.DefaultMaxShareTTL / (24 * time.Hour))
	}
	if op.ShareDays == 0 {
		op.ShareDays = min(int(web.DefaultShareTTL/(24*time.Hour)), op.MaxShareDays)
	}
	return op, op.validate()
}

// loadOperatorFile reads the JSON config file at path; the live checks'
// keys come back as they are, for the flags to be laid over them.
func loadOperatorFile(path string) (Operator, operatorFile, error) {
	var file operatorFile
	b, err := os.ReadFile(path)
	if err != nil {
		return Operator{}, file, fmt.Errorf("config file: %w", err)
	}
	if len(b) > maxConfigFile {
		return Operator{}, file, fmt.Errorf("config file %s: larger than %d bytes", path, maxConfigFile)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&file); err != nil {
		return Operator{}, file, fmt.Errorf("config file %s: %w", path, err)
	}
	if dec.More() {
		return Operator{}, file, fmt.Errorf("config file %s: more than one JSON object", path)
	}
	op := Operator{SiteName: file.SiteName, Support: file.Support, ShareDays: file.ShareDays, MaxShareDays: file.MaxShareDays}
	if len(file.CategoryNotes) > 0 {
		op.Notes = make(map[classifier.Category]string, len(file.CategoryNotes))
		for id, note := range file.CategoryNotes {
			if !slices.Contains(classifier.AllCategories, classifier.Category(id)) {
				return Operator{}, file, fmt.Errorf("config file %s: category_notes: unknown category %q; the ids are listed at /categories and in SPEC.md (for example %q)",
					path, id, classifier.MailboxNotFound)
			}
			op.Notes[classifier.Category(id)] = strings.TrimSpace(note)
		}
	}
	return op, file, nil
}

func (o Operator) validate() error {
	if utf8.RuneCountInString(o.SiteName) > maxSiteName {
		return fmt.Errorf("site name: longer than %d characters", maxSiteName)
	}
	if o.Support != "" && !validSupport(o.Support) {
		return fmt.Errorf("support contact %q: want an http or https URL (https://help.example.net) or an email address (help@example.net)", o.Support)
	}
	if o.MaxShareDays < 1 || o.MaxShareDays > maxShareLimit {
		return fmt.Errorf("max share days %d: want 1 to %d", o.MaxShareDays, maxShareLimit)
	}
	if o.ShareDays < 1 || o.ShareDays > o.MaxShareDays {
		return fmt.Errorf("share days %d: want 1 to the maximum, %d", o.ShareDays, o.MaxShareDays)
	}
	for c, note := range o.Notes {
		if utf8.RuneCountInString(note) > maxNote {
			return fmt.Errorf("category note for %s: longer than %d characters", c, maxNote)
		}
	}
	return nil
}

// validSupport accepts a web address or a bare email address.
func validSupport(s string) bool {
	if u, err := url.Parse(s); err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" {
		return true
	}
	a, err := mail.ParseAddress(s)
	return err == nil && a.Name == "" && a.Address == s
}

// site is the part of the web server's options the operator sets.
func (o Operator) site() web.Site {
	return web.Site{
		Name:        strings.TrimSpace(o.SiteName),
		Support:     o.Support,
		ShareTTL:    time.Duration(o.ShareDays) * 24 * time.Hour,
		MaxShareTTL: time.Duration(o.MaxShareDays) * 24 * time.Hour,
		Notes:       o.Notes,
	}
}

// purgeEvery is how often expired share links are erased.
const purgeEvery = time.Hour

// openShares opens the share links in dataDir, at most maxSize bytes of them,
// and erases expired ones now and every purgeEvery. The returned function
// stops the purger and closes the store; call it once no request can use the
// store any more.
func openShares(ctx context.Context, dataDir string, maxSize int64, logger *slog.Logger) (*store.Store, func(), error) {
	st, err := store.Open(ctx, dataDir)
	if err != nil {
		return nil, nil, err
	}
	st.MaxSize = maxSize
	pctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		st.RunPurger(pctx, purgeEvery, logger)
	}()
	return st, func() {
		stop()
		<-done
		if err := st.Close(); err != nil {
			logger.Warn("closing the share link store failed", "err", err)
		}
	}, nil
}
