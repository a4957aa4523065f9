package checks

import (
	"fmt"
	"os"
	"testing"

	"github.com/whybounce/whybounce/classifier"
)

func diagnose(t *testing.T, raw string) *classifier.Diagnosis {
	t.Helper()
	d, err := classifierDiagnose(raw)
	if err != nil {
		t.Fatalf("Diagnose: %v", err)
	}
	return d
}

func classifierDiagnose(raw string) (*classifier.Diagnosis, error) {
	return classifier.Diagnose([]byte(raw), classifier.Options{})
}

// exampleRaw reads one of the service's example bounces.
func exampleRaw(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("../static/examples/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func example(t *testing.T, name string) string {
	t.Helper()
	return exampleRaw(t, name)
}

// dkimSigned is a DSN whose returned message carries a DKIM signature.
const dkimSigned = `From: MAILER-DAEMON@mx.example.net
To: sender@shop.example
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

The mail system: <ann@receiver.example>: 550 5.7.26 Unauthenticated email from shop.example is not accepted due to domain's DMARC policy

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; ann@receiver.example
Action: failed
Status: 5.7.26
Diagnostic-Code: smtp; 550 5.7.26 Unauthenticated email from shop.example is not accepted due to domain's DMARC policy. [198.51.100.23]

--B
Content-Type: text/rfc822-headers

DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=ESP.example;
 s=Mail2026; h=from:to:subject; bh=abc=; b=def=
From: Shop <news@shop.example>
To: ann@receiver.example
Subject: Our news

--B--
`

func TestPlanFor(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want string
	}{
		{"host unknown", "<ann@Exmaple.con>: Host or domain name not found. Name service error for name=exmaple.con type=AAAA: Host not found",
			"domains [{exmaple.con host-unknown}] blocklists false auth false ips [] listed [] named [] sender  dkim /"},
		{"mailbox not found", example(t, "qmail-mailbox-not-found.txt"),
			"domains [{northfield-school.example mailbox-not-found}] blocklists false auth false ips [] listed [] named [] sender riverbend.example dkim /"},
		{"blocklisted, Microsoft", example(t, "microsoft-spamhaus.eml"),
			"domains [] blocklists true auth false ips [203.0.113.88] listed [lakeside-bakery.example] named [Spamhaus] sender lakeside-bakery.example dkim /"},
		// Postfix's "host ...[IP] said:" names the receiving server: not the listed one.
		{"blocklisted, Postfix", "<bob@good.example>: host mx1.good.example[198.51.100.7] said: 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.9 (in reply to RCPT TO command)",
			"domains [] blocklists true auth false ips [203.0.113.9] listed [] named [Spamhaus ZEN] sender  dkim /"},
		{"listed domain", "550 5.7.1 <bob@good.example>: Recipient address rejected: domain spammy.example is listed in dbl.spamhaus.org",
			"domains [] blocklists true auth false ips [] listed [spammy.example] named [Spamhaus DBL] sender  dkim /"},
		{"DMARC, sender from the text", example(t, "exchange-dmarc.eml"),
			"domains [] blocklists false auth true ips [] listed [] named [] sender fabrikam-tools.example dkim /"},
		{"relay denied", example(t, "sendmail-relaying-denied.txt"),
			"domains [] blocklists false auth true ips [81.12.40.7] listed [] named [] sender  dkim /"},
		{"DKIM selector of the returned message", dkimSigned,
			"domains [] blocklists false auth true ips [198.51.100.23] listed [] named [] sender shop.example dkim esp.example/mail2026"},
		{"mailbox full: nothing to check", example(t, "gmail-over-quota.txt"),
			"domains [] blocklists false auth false ips [] listed [] named [] sender  dkim /"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := PlanFor(diagnose(t, tt.raw))
			got := fmt.Sprintf("domains %v blocklists %v auth %v ips %v listed %v named %v sender %s dkim %s/%s",
				orEmpty(p.Domains), p.Blocklists, p.Auth, orEmpty(p.IPs), orEmpty(p.ListedDomains), orEmpty(p.Named), p.Sender, p.DKIMDomain, p.DKIMSelector)
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if p.Empty() != (!p.Blocklists && !p.Auth && len(p.Domains) == 0) {
				t.Errorf("Empty: got %v", p.Empty())
			}
		})
	}
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// FuzzPlan feeds bounces to PlanFor and the plan's guards: whatever the
// bounce says, nothing panics and every name the plan gives is bounded.
func FuzzPlan(f *testing.F) {
	f.Add("<ann@exmaple.con>: Host or domain name not found")
	f.Add("554 5.7.1 Client host [203.0.113.9] blocked using zen.spamhaus.org; domain x.example is listed")
	f.Add(dkimSigned)
	f.Fuzz(func(t *testing.T, raw string) {
		d, err := classifier.Diagnose([]byte(raw), classifier.Options{})
		if err != nil {
			return
		}
		p := PlanFor(d).bounded()
		if len(p.IPs) > maxIPs || len(p.Domains) > maxDomains || len(p.ListedDomains) > maxListed {
			t.Fatalf("plan out of bounds: %+v", p)
		}
		for _, ip := range p.IPs {
			_, _ = checkIP(ip)
		}
		for _, dc := range p.Domains {
			_, _ = toASCII(dc.Name)
		}
	})
}
