package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/whybounce/whybounce/classifier"
)

// writeFile writes content to a file in a fresh temporary directory.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOperatorConfig(t *testing.T) {
	good := writeFile(t, "good.json", `{
		"site_name": "Example ISP bounce help",
		"support": "help@example.net",
		"share_days": 3,
		"max_share_days": 14,
		"category_notes": {"relay-denied": "  Customers of Example ISP: use smtp.example.net, port 587.  "}
	}`)
	tests := []struct {
		name    string
		args    []string
		env     map[string]string
		want    Operator
		wantErr string
	}{
		{name: "nothing set", want: defaultOperator},
		{
			name: "good file",
			args: []string{"--config", good},
			want: Operator{SiteName: "Example ISP bounce help", Support: "help@example.net", ShareDays: 3, MaxShareDays: 14,
				Notes: map[classifier.Category]string{classifier.RelayDenied: "Customers of Example ISP: use smtp.example.net, port 587."}},
		},
		{
			name: "file from the environment, flags and environment over it",
			args: []string{"--site-name", "Flag name"},
			env:  map[string]string{"WHYBOUNCE_CONFIG": good, "WHYBOUNCE_SITE_NAME": "Env name", "WHYBOUNCE_SUPPORT": "https://help.example.org/", "WHYBOUNCE_SHARE_DAYS": "1"},
			want: Operator{SiteName: "Flag name", Support: "https://help.example.org/", ShareDays: 1, MaxShareDays: 14,
				Notes: map[classifier.Category]string{classifier.RelayDenied: "Customers of Example ISP: use smtp.example.net, port 587."}},
		},
		{name: "a lower maximum lowers the default", args: []string{"--max-share-days", "3"}, want: Operator{ShareDays: 3, MaxShareDays: 3}},
		{name: "the example file in the repository", args: []string{"--config", "../../whybounce.example.json"}, want: exampleOperator(t)},
		{name: "missing file", args: []string{"--config", filepath.Join(t.TempDir(), "nope.json")}, wantErr: "no such file"},
		{
			name:    "unknown category",
			args:    []string{"--config", writeFile(t, "cat.json", `{"category_notes": {"mailbox-ful": "typo"}}`)},
			wantErr: `unknown category "mailbox-ful"`,
		},
		{name: "unknown key", args: []string{"--config", writeFile(t, "key.json", `{"sitename": "x"}`)}, wantErr: `unknown field "sitename"`},
		{name: "not JSON", args: []string{"--config", writeFile(t, "bad.json", `site_name = "x"`)}, wantErr: "invalid character"},
		{name: "two objects", args: []string{"--config", writeFile(t, "two.json", `{} {}`)}, wantErr: "more than one"},
		{name: "default over maximum", args: []string{"--share-days", "40"}, wantErr: "share days 40"},
		{name: "maximum too long", args: []string{"--max-share-days", "1000"}, wantErr: "max share days 1000"},
		{name: "days not a number", env: map[string]string{"WHYBOUNCE_SHARE_DAYS": "a week"}, wantErr: "whole number of days"},
		{name: "support neither URL nor address", args: []string{"--support", "call us"}, wantErr: "support contact"},
		{name: "support with a script URL", args: []string{"--support", "javascript:alert(1)"}, wantErr: "support contact"},
		{name: "site name too long", args: []string{"--site-name", strings.Repeat("x", 81)}, wantErr: "site name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseWant(t, tt.args, tt.env, tt.wantErr)
			if !ok {
				return
			}
			if !reflect.DeepEqual(got.Operator, tt.want) {
				t.Errorf("operator:\n got %+v\nwant %+v", got.Operator, tt.want)
			}
		})
	}
}

// exampleOperator is what the README's example file sets.
func exampleOperator(t *testing.T) Operator {
	t.Helper()
	return Operator{
		SiteName: "Example ISP bounce help", Support: "https://help.example.net/contact", ShareDays: 7, MaxShareDays: 30,
		Notes: map[classifier.Category]string{
			classifier.RelayDenied: "Customers of Example ISP: send through smtp.example.net, port 587, and sign in with your full email address and password.",
			classifier.MailboxFull: "The full mailbox is the recipient's, not yours. If it is at Example ISP (an address ending in @example.net), its owner can make room at https://webmail.example.net or upgrade to more than 5 GB.",
			classifier.Blocklisted: "If the listed server is one of ours (its name ends in .example.net), tell us at help@example.net and we will have it removed.",
		},
	}
}

func TestOperatorSite(t *testing.T) {
	site := Operator{SiteName: " Example ISP ", Support: "help@example.net", ShareDays: 2, MaxShareDays: 10}.site()
	if site.Name != "Example ISP" || site.ShareTTL.Hours() != 48 || site.MaxShareTTL.Hours() != 240 {
		t.Errorf("site: got %+v, want name Example ISP, 48h default, 240h maximum", site)
	}
}
