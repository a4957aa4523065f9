package classifier

import "testing"

// findStatus takes the enhanced status codes RFC 3463 defines, and not the
// dotted numbers around them: IP addresses, versions, providers' own codes.
func TestFindStatus(t *testing.T) {
	tests := []struct{ text, want string }{
		{"550 5.1.1 <ann@example.com>: Recipient address rejected", "5.1.1"},
		{"452 4.2.2 The email account that you tried to reach is over quota", "4.2.2"},
		{"host mx.example.com[192.0.2.1] said: 554 5.7.1 Service unavailable", "5.7.1"},
		{"delivered (2.0.0 Ok) then 5.4.7 expired", "5.4.7"},
		// Yahoo numbers its own deferrals with a subject no RFC defines.
		{"451 Resources temporarily unavailable. Please try again later [#4.16.1].", ""},
		{"421 4.7.0 [TSS04] Messages temporarily deferred - 4.16.55.1", "4.7.0"},
		{"Exim 4.96 on 192.0.2.5", ""},
		// A server that cites the rule it enforces names a section, not a
		// status (Haraka's helo.checks: "HELO host must be a FQDN or
		// address literal (RFC 5321 2.3.5)").
		{"550 HELO host must be a FQDN or address literal (RFC 5321 2.3.5)", ""},
		{"550 5.7.1 Bad HELO, see RFC5321 section 4.1.4", "5.7.1"},
		{"501 Syntax error, see section 2.3.5", ""},
		{"550 5.5.2 rfc 5321 4.1.4 says so", "5.5.2"},
		{"500 Line too long (see RFC 5321 4.5.3)", ""},
	}
	for _, tt := range tests {
		if got := findStatus(tt.text); got != tt.want {
			t.Errorf("findStatus(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// Postfix wraps its notice's lines at 79 characters, so a long "said:"
// line can end on the reply code and go on with the status on the next,
// indented line. The reply is still a server's refusal: a refusal quoted
// under an abuse report's words reads the same wrapped as on one line.
func TestWrappedReplyIsARefusal(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"said: 550 5.1.1 <ann@example.com>: User unknown", true},
		{"said: 550\n    5.1.1 <ann@example.com>: User unknown", true},
		{"said: 550\r\n    5.1.1 <ann@example.com>: User unknown", true},
		{"said: 550 \n    #5.1.1 <ann@example.com>: User unknown", true},
		{"said: 250\n    2.0.0 Ok: queued", false},
		{"size 550\n\n5.1.1 is a status", false},
	} {
		if got := hasSMTPLine(tt.s); got != tt.want {
			t.Errorf("hasSMTPLine(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	const report = "We have detected abuse from the IP address 192.0.2.9\n\n"
	one := diagnoseText(t, report+"<ann@example.com>: host mx.example.com[192.0.2.1] said: 550 5.7.1 Message refused\n")
	wrapped := diagnoseText(t, report+"<ann@example.com>: host mx.example.com[192.0.2.1] said: 550\n    5.7.1 Message refused\n")
	if one.Category == Complaint || wrapped.Category != one.Category {
		t.Errorf("wrapped reply read as %s, on one line as %s; want the same refusal", wrapped.Category, one.Category)
	}
}
