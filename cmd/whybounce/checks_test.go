package main

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/whybounce/whybounce/checks/checkstest"
)

// parseWant parses the serve flags and environment, and checks the error:
// one containing wantErr, or none when wantErr is empty. It reports whether
// the config is there to check further.
func parseWant(t *testing.T, args []string, env map[string]string, wantErr string) (Config, bool) {
	t.Helper()
	cfg, err := parseConfig(args, func(k string) string { return env[k] }, io.Discard)
	if wantErr != "" {
		if err == nil || !strings.Contains(err.Error(), wantErr) {
			t.Fatalf("error: got %v, want one containing %q", err, wantErr)
		}
		return cfg, false
	}
	if err != nil {
		t.Fatalf("error: got %v, want none", err)
	}
	return cfg, true
}

func TestLiveChecksConfig(t *testing.T) {
	file := writeFile(t, "checks.json", `{"live_checks": true, "resolver": "192.0.2.53", "dnsbl": ["zen.spamhaus.org", "domain:rhsbl.example.net"]}`)
	off := writeFile(t, "off.json", `{"live_checks": false}`)
	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		on       bool
		resolver string
		lists    string // the zones, "default" for the default set
		wantErr  string
	}{
		{name: "off by default", lists: "default"},
		{name: "the flag turns them on", args: []string{"--live-checks"}, on: true, lists: "default"},
		{name: "the environment turns them on", env: map[string]string{"WHYBOUNCE_LIVE_CHECKS": "true"}, on: true, lists: "default"},
		{name: "the flag wins over the environment", args: []string{"--live-checks=false"}, env: map[string]string{"WHYBOUNCE_LIVE_CHECKS": "true"}, lists: "default"},
		{name: "the file", args: []string{"--config", file}, on: true, resolver: "192.0.2.53:53", lists: "zen.spamhaus.org domain:rhsbl.example.net"},
		{name: "flags over the file", args: []string{"--config", file, "--resolver", "[2001:db8::53]:5353", "--dnsbl", "bl.spamcop.net, b.barracudacentral.org"},
			on: true, resolver: "[2001:db8::53]:5353", lists: "bl.spamcop.net b.barracudacentral.org"},
		{name: "the environment over the file", args: []string{"--config", off}, env: map[string]string{"WHYBOUNCE_LIVE_CHECKS": "1", "WHYBOUNCE_DNSBL": "none"}, on: true, lists: ""},
		{name: "a resolver by name", args: []string{"--resolver", "dns.example.net"}, wantErr: "want an IP address"},
		{name: "a blocklist of one label", args: []string{"--dnsbl", "zen"}, wantErr: `dnsbl: blocklist "zen": a single label`},
		{name: "a local blocklist", args: []string{"--dnsbl", "bl.internal"}, wantErr: "a name of a local network"},
		{name: "not a boolean", env: map[string]string{"WHYBOUNCE_LIVE_CHECKS": "maybe"}, wantErr: "WHYBOUNCE_LIVE_CHECKS \"maybe\": want true or false"},
		{name: "a blocklist in the file", args: []string{"--config", writeFile(t, "bad.json", `{"dnsbl": ["bl example.org"]}`)}, wantErr: "not a domain name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, ok := parseWant(t, tt.args, tt.env, tt.wantErr)
			if !ok {
				return
			}
			lc := cfg.Operator.Checks
			lists := "default"
			if lc.Lists != nil {
				var zones []string
				for _, l := range lc.Lists {
					if l.Domains && l.Name == l.Zone {
						zones = append(zones, "domain:"+l.Zone)
					} else {
						zones = append(zones, l.Zone)
					}
				}
				lists = strings.Join(zones, " ")
			}
			if lc.On != tt.on || lc.Resolver != tt.resolver || lists != tt.lists {
				t.Errorf("got on=%v resolver=%q lists=%q, want on=%v resolver=%q lists=%q", lc.On, lc.Resolver, lists, tt.on, tt.resolver, tt.lists)
			}
		})
	}
}

// TestServeWithLiveChecks runs the service with --live-checks against a DNS
// server on loopback and reads the checks of a host-unknown bounce.
func TestServeWithLiveChecks(t *testing.T) {
	dns := checkstest.NewWorld(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logs := &lockedBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--data-dir", t.TempDir(), "--live-checks", "--resolver", dns.Addr},
			strings.NewReader(""), io.Discard, logs)
	}()
	addr := listenAddr(t, logs, done)
	resp, err := http.PostForm("http://"+addr+"/diagnose", url.Values{"bounce": {"<ann@exmaple.con>: Host or domain name not found"}})
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "exmaple.con does not exist") {
		t.Errorf("result page lacks the domain check; body: %.300s", body)
	}
	if dns.Queries() == 0 {
		t.Error("the DNS server was not asked")
	}
	if strings.Contains(logs.String(), "exmaple.con") {
		t.Errorf("the logs name the recipient's domain: %s", logs.String())
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}
}
