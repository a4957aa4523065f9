package classifier

import "testing"

func TestSuggestDomain(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"gmial.com", "gmail.com"}, // two letters swapped
		{"hotmial.com", "hotmail.com"},
		{"exmaple.com", "example.com"}, // the article's example
		{"gmai.com", "gmail.com"},      // a letter missing
		{"gmaill.com", "gmail.com"},    // a letter too many
		{"gmail.co", "gmail.com"},
		{"gmail.con", "gmail.com"},
		{"yahooo.com", "yahoo.com"},
		{"GMIAL.COM.", "gmail.com"},
		{"outlok.com", "outlook.com"},
		{"gmx.dee", "gmx.de"},
		{"gmail.com", ""}, // right as it is
		{"web.de", ""},    // right as it is
		{"gmal.cm", ""},   // two letters away
		{"northfield-school.example", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := SuggestDomain(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("SuggestDomain(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestOneEditApart(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"abc", "abc", false},
		{"abc", "abd", true},
		{"abc", "acb", true},
		{"abc", "ab", true},
		{"ab", "abc", true},
		{"abc", "xabc", true},
		{"abc", "cab", false},
		{"abcd", "badc", false},
		{"", "a", true},
		{"a", "", true},
		{"abc", "a", false},
	}
	for _, tt := range tests {
		if got := oneEditApart(tt.a, tt.b); got != tt.want {
			t.Errorf("oneEditApart(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestTypoSuggestion(t *testing.T) {
	tests := []struct {
		c               Category
		addr            string
		wantAddr, wantD string
	}{
		{MailboxNotFound, "Ann <ann@gmial.com>", "ann@gmail.com", "gmail.com"},
		{HostUnknown, "rfc822; bob@hotmial.com", "bob@hotmail.com", "hotmail.com"},
		{MailboxFull, "ann@gmial.com", "", ""}, // a full mailbox exists
		{MailboxNotFound, "ann@gmail.com", "", ""},
		{MailboxNotFound, "", "", ""},
	}
	for _, tt := range tests {
		a, d := typoSuggestion(tt.c, tt.addr)
		if a != tt.wantAddr || d != tt.wantD {
			t.Errorf("typoSuggestion(%s, %q) = %q, %q; want %q, %q", tt.c, tt.addr, a, d, tt.wantAddr, tt.wantD)
		}
	}
}
