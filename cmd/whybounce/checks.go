package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/whybounce/whybounce/checks"
)

// LiveChecks sets up the live checks: DNS lookups of the names and
// addresses a bounce gives. They are off unless the operator turns them on,
// so that a fresh install sends nothing anywhere.
type LiveChecks struct {
	// On turns them on.
	On bool
	// Resolver is the DNS server asked, "ip:port"; "" means the system's.
	Resolver string
	// Lists are the blocklists asked beside the ones a bounce names; nil
	// means checks.DefaultLists.
	Lists []checks.List
}

// checksFlags are the serve flags of the live checks.
type checksFlags struct {
	on       *optionalBool
	resolver *string
	dnsbl    *string
}

func addChecksFlags(fs *flag.FlagSet, getenv func(string) string) checksFlags {
	on := &optionalBool{env: getenv("WHYBOUNCE_LIVE_CHECKS")}
	fs.Var(on, "live-checks", "look up the names and addresses of each bounce in DNS: blocklists, the recipient's domain, SPF, DMARC, DKIM (env WHYBOUNCE_LIVE_CHECKS=true)")
	return checksFlags{
		on:       on,
		resolver: fs.String("resolver", envOr(getenv, "WHYBOUNCE_RESOLVER", ""), "DNS server for the live checks, ip or ip:port; the system's if unset (env WHYBOUNCE_RESOLVER)"),
		dnsbl: fs.String("dnsbl", envOr(getenv, "WHYBOUNCE_DNSBL", ""),
			"blocklists the live checks ask, comma-separated zones (domain:zone for a domain list, none for only those a bounce names); Spamhaus ZEN and DBL, SpamCop, Barracuda and UCEPROTECT 1 if unset (env WHYBOUNCE_DNSBL)"),
	}
}

// liveChecks lays the flags and environment over the config file's keys
// and checks the result.
func (f checksFlags) liveChecks(file operatorFile) (LiveChecks, error) {
	var lc LiveChecks
	if file.LiveChecks != nil {
		lc.On = *file.LiveChecks
	}
	on, set, err := f.on.get()
	if err != nil {
		return lc, err
	}
	if set {
		lc.On = on
	}
	resolver := file.Resolver
	if *f.resolver != "" {
		resolver = *f.resolver
	}
	if resolver != "" {
		if lc.Resolver, err = checks.ServerAddr(resolver); err != nil {
			return lc, fmt.Errorf("resolver: %w", err)
		}
	}
	lists := file.DNSBL
	if *f.dnsbl != "" {
		lists = strings.Split(*f.dnsbl, ",")
	}
	if lists != nil {
		if lc.Lists, err = checks.ParseLists(lists); err != nil {
			return lc, fmt.Errorf("dnsbl: %w", err)
		}
	}
	return lc, nil
}

// checker builds the checker the settings describe, or nil when the live
// checks are off.
func (lc LiveChecks) checker() (*checks.Checker, error) {
	if !lc.On {
		return nil, nil
	}
	cfg := checks.Config{Lists: lc.Lists}
	if lc.Resolver != "" {
		cfg.Servers = []string{lc.Resolver}
	}
	c, err := checks.New(cfg)
	if err != nil {
		return nil, fmt.Errorf("live checks: %w; name a DNS server with --resolver", err)
	}
	return c, nil
}

// optionalBool is a boolean flag that knows whether it was given, with its
// environment variable as the fallback: "--live-checks" alone means true.
type optionalBool struct {
	env        string
	set, value bool
}

func (b *optionalBool) IsBoolFlag() bool { return true }

func (b *optionalBool) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		return fmt.Errorf("want true or false")
	}
	b.set, b.value = true, v
	return nil
}

func (b *optionalBool) String() string {
	if b == nil || !b.set {
		return ""
	}
	return strconv.FormatBool(b.value)
}

// get returns the flag's value, else the environment's, and whether either
// was given.
func (b *optionalBool) get() (value, set bool, err error) {
	if b.set {
		return b.value, true, nil
	}
	if b.env == "" {
		return false, false, nil
	}
	v, err := strconv.ParseBool(b.env)
	if err != nil {
		return false, false, fmt.Errorf("WHYBOUNCE_LIVE_CHECKS %q: want true or false", b.env)
	}
	return v, true, nil
}
