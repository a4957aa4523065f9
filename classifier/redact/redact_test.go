package redact

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whybounce/whybounce/classifier"
)

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// Addresses: the local part goes, the domain stays.
		{"plain address", "ann.lee@example.com", "*******@example.com"},
		{"angle brackets", "<ann.lee@example.com>: Recipient address rejected", "<*******@example.com>: Recipient address rejected"},
		{"dsn field", "Final-Recipient: rfc822; bob+tag@mail.example.org", "Final-Recipient: rfc822; *******@mail.example.org"},
		{"postfix log key", "to=<ann@example.com>, relay=mx.example.com[192.0.2.10]:25, status=bounced", "to=<***@example.com>, relay=mx.example.com[**********]:25, status=bounced"},
		{"key glued to address", "user=ann@example.com failed", "user=***@example.com failed"},
		{"sasl user without domain", "sasl_method=PLAIN, sasl_username=annlee", "sasl_method=PLAIN, sasl_username=******"},
		{"quoted local part", `"ann lee"@example.com`, `*********@example.com`},
		{"multi-byte local part", "jörg@example.de", "*****@example.de"},
		{"address literal", "ann@[192.0.2.1]", "***@[*********]"},
		{"srs address", "SRS0=ab12=CD=example.com=ann@fwd.example.net", "****************************@fwd.example.net"},
		{"role mailbox kept", "From: Mail Delivery System <MAILER-DAEMON@mx.example.com>", "From: Mail Delivery System <MAILER-DAEMON@mx.example.com>"},
		{"mailto", "write to mailto:help@example.com", "write to mailto:****@example.com"},

		// IP addresses.
		{"ipv4", "Client host 203.0.113.7 blocked", "Client host *********** blocked"},
		{"ipv4 in brackets", "mx.example.com[198.51.100.23]", "mx.example.com[*************]"},
		{"ipv4 after tag", "from [IPv4:192.0.2.1]", "from [IPv4:*********]"},
		{"blocklist query", "listed at 7.113.0.203.zen.spamhaus.org", "listed at ***********.zen.spamhaus.org"},
		{"ipv4 end of sentence", "blocked 192.0.2.1.", "blocked *********."},
		{"version with five parts kept", "version 1.2.3.4.5", "version 1.2.3.4.5"},
		{"octet over 255 kept", "code 300.1.2.3", "code 300.1.2.3"},
		{"enhanced status kept", "550 5.7.1 Service unavailable", "550 5.7.1 Service unavailable"},
		{"ipv6", "from 2001:db8::25 said", "from ************ said"},
		{"ipv6 tag", "[IPv6:2001:db8:85a3::8a2e:370:7334]", "[IPv6:****************************]"},
		{"ipv6 full", "2001:0db8:0000:0000:0000:ff00:0042:8329", "***************************************"},
		{"ipv4 mapped", "::ffff:192.0.2.128 refused", "****************** refused"},
		{"time kept", "Date: Thu, 26 Nov 2026 10:30:00 +0000", "Date: Thu, 26 Nov 2026 10:30:00 +0000"},
		{"mac kept", "00:1a:2b:3c:4d:5e", "00:1a:2b:3c:4d:5e"},

		// Message-ids and other ids.
		{"message-id", "Message-ID: <CAF1x2y3z@mail.gmail.com>", "Message-ID: <*********@mail.gmail.com>"},
		{"message-id without at", "Message-Id: <20261126103000.GA1234>", "Message-Id: <*********************>"},
		{"bare message-id", "Message-ID: 20261126.GA1234@host.example.com", "Message-ID: ***************@host.example.com"},
		{"references folded", "References: <a1@x.example>\n <b2@y.example>\nSubject: hi", "References: <**@x.example>\n <**@y.example>\nSubject: hi"},
		{"in-reply-to", "In-Reply-To: <abc.def@example.com>", "In-Reply-To: <*******@example.com>"},
		{"postfix queue id", "(queued as 4F3A21C0A2B)", "(queued as ***********)"},
		{"esmtp id", "by mx.example.com (Postfix) with ESMTPS id 1abcDE-0001Xy-3Z", "by mx.example.com (Postfix) with ESMTPS id ****************"},
		{"id without digits in received", "with ESMTP id JmlcmnZHtJzdRljY for", "with ESMTP id **************** for"},
		{"postfix queue id header", "X-Postfix-Queue-ID: 4F3A21C0A2B", "X-Postfix-Queue-ID: ***********"},
		{"exchange message id header", "X-MS-Exchange-Organization-Network-Message-Id: 1c2a3b4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
			"X-MS-Exchange-Organization-Network-Message-Id: ************************************"},
		{"word after id kept", "the user id is invalid", "the user id is invalid"},
		{"words after with id kept", "Please check the recipient id before sending", "Please check the recipient id before sending"},
		{"uuid", "Tenant 1c2a3b4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d", "Tenant ************************************"},
		{"long hex", "ref 0123456789abcdef0123", "ref ********************"},
		{"short hex kept", "code 4f3a21", "code 4f3a21"},
		{"gmail trailer", "NoSuchUser d9443c01a7336-12345abcdef.12 - gsmtp", "NoSuchUser **************************** - gsmtp"},

		// Names in address headers.
		{"display name", "To: Ann Lee <ann@example.com>", "To: *** *** <***@example.com>"},
		{"quoted display name", `From: "Lee, Ann" <ann@example.com>`, `From: "***, ***" <***@example.com>`},
		{"name only", "To: Ann Lee", "To: *** ***"},
		{"comment", "From: ann@example.com (Ann Lee)", "From: ***@example.com (*** ***)"},
		{"quoted reply", "> To: Ann <ann@example.com>", "> To: *** <***@example.com>"},

		// Local parts without a domain, where a recipient stands.
		{"sendmail local user", "<<< 550 5.1.1 <jroe>... User unknown", "<<< 550 5.1.1 <****>... User unknown"},
		{"sendmail without brackets", "550 5.1.1 jroe... User unknown", "550 5.1.1 ****... User unknown"},
		{"sendmail failed list", "----- The following addresses had permanent fatal errors -----\n<jroe>\n    (reason: 550 5.1.1 User unknown)",
			"----- The following addresses had permanent fatal errors -----\n<****>\n    (reason: 550 5.1.1 User unknown)"},
		{"rcpt to", ">>> RCPT To:<jroe>", ">>> RCPT To:<****>"},
		{"final-recipient without domain", "Final-Recipient: RFC822; jroe\nAction: failed", "Final-Recipient: RFC822; ****\nAction: failed"},
		{"original-recipient in brackets", "Original-Recipient: rfc822;<jroe>", "Original-Recipient: rfc822;<****>"},
		{"local role kept", "550 5.1.1 <postmaster>... User unknown", "550 5.1.1 <postmaster>... User unknown"},
		{"ellipsis in prose kept", "Connecting to mx.example.net... Deferred", "Connecting to mx.example.net... Deferred"},

		// What the reader needs stays.
		{"nothing personal", "550 5.1.1 The email account that you tried to reach does not exist.", "550 5.1.1 The email account that you tried to reach does not exist."},
		{"hostnames kept", "Remote-MTA: dns; mx1.example.net", "Remote-MTA: dns; mx1.example.net"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Text(tt.in)
			if got != tt.want {
				t.Errorf("Text(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			checkInvariants(t, tt.in, got)
		})
	}
}

// checkInvariants checks what every redaction must keep: the length, every
// byte that is not a star, and the result of a second pass.
func checkInvariants(t *testing.T, in, out string) {
	t.Helper()
	if len(out) != len(in) {
		t.Fatalf("len(Text(%q)) = %d, want %d", in, len(out), len(in))
	}
	for i := 0; i < len(in); i++ {
		if out[i] != in[i] && out[i] != mask {
			t.Fatalf("Text(%q) changed byte %d from %q to %q", in, i, in[i], out[i])
		}
	}
	if utf8.ValidString(in) && !utf8.ValidString(out) {
		t.Fatalf("Text(%q) = %q is not valid UTF-8", in, out)
	}
	if again := Text(out); again != out {
		t.Fatalf("Text is not idempotent on %q:\n once  %q\n twice %q", in, out, again)
	}
}

func TestTextKeepsEvidenceOffsets(t *testing.T) {
	in := "Final-Recipient: rfc822; ann@example.com\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown"
	phrase := "User unknown"
	start := strings.Index(in, phrase)
	got := Text(in)
	if got[start:start+len(phrase)] != phrase {
		t.Errorf("at the evidence offsets got %q, want %q", got[start:start+len(phrase)], phrase)
	}
	if strings.Contains(got, "ann@") {
		t.Errorf("Text left an address in %q", got)
	}
}

func sampleDiagnosis() *classifier.Diagnosis {
	text := "Reporting-MTA: dns; mx.example.net\nFinal-Recipient: rfc822; ann@example.com\nDiagnostic-Code: smtp; 550 5.1.1 <ann@example.com>: User unknown (from 192.0.2.7)"
	ev := "550 5.1.1 <ann@example.com>: User unknown"
	start := strings.Index(text, ev)
	return &classifier.Diagnosis{
		Category:     classifier.MailboxNotFound,
		Final:        true,
		Format:       "mime",
		ReportingMTA: "mx.example.net",
		Recipients: []classifier.Recipient{{
			Address:    "ann@example.com",
			Category:   classifier.MailboxNotFound,
			Action:     classifier.ActionFailed,
			Status:     "5.1.1",
			ReplyCode:  "550",
			Diagnostic: "550 5.1.1 <ann@example.com>: User unknown",
			RemoteMTA:  "mx.example.com [192.0.2.7]",
			Rule:       "status-5.1.1",
		}},
		Original: &classifier.Original{
			From:       "Bob Smith <bob@sender.example>",
			To:         "Ann Lee <ann@example.com>",
			Subject:    "Invoice for ann@example.com",
			MessageID:  "<20261126.GA1234@sender.example>",
			DKIMDomain: "sender.example",
		},
		Blocklists:  []classifier.BlocklistHit{{Name: "Spamhaus", Lists: "ip", LookupURL: "https://check.spamhaus.org/results?query=192.0.2.7"}},
		Warnings:    []classifier.Warning{{Kind: "backscatter", Message: "bob@sender.example did not send this"}},
		Attachments: []classifier.Attachment{{Name: "ann@example.com.pdf", ContentType: "application/pdf", Size: 10}},
		Text:        text,
		Evidence:    []classifier.Evidence{{Start: start, End: start + len(ev), Text: ev, Why: "the server said ann@example.com does not exist"}},
	}
}

func TestDiagnosis(t *testing.T) {
	in := sampleDiagnosis()
	before := sampleDiagnosis()
	got := Diagnosis(in)

	if !reflect.DeepEqual(in, before) {
		t.Fatalf("Diagnosis changed its input:\n got %+v\nwant %+v", in, before)
	}
	checks := []struct{ field, got, want string }{
		{"Text", got.Text, Text(in.Text)},
		{"Recipients[0].Address", got.Recipients[0].Address, "***@example.com"},
		{"Recipients[0].Diagnostic", got.Recipients[0].Diagnostic, "550 5.1.1 <***@example.com>: User unknown"},
		{"Recipients[0].RemoteMTA", got.Recipients[0].RemoteMTA, "mx.example.com [*********]"},
		{"Recipients[0].Status", got.Recipients[0].Status, "5.1.1"},
		{"Recipients[0].Rule", got.Recipients[0].Rule, "status-5.1.1"},
		{"Original.From", got.Original.From, "*** ***** <***@sender.example>"},
		{"Original.To", got.Original.To, "*** *** <***@example.com>"},
		{"Original.Subject", got.Original.Subject, "Invoice for ***@example.com"},
		{"Original.MessageID", got.Original.MessageID, "<***************@sender.example>"},
		{"Original.DKIMDomain", got.Original.DKIMDomain, "sender.example"},
		{"Blocklists[0].LookupURL", got.Blocklists[0].LookupURL, "https://check.spamhaus.org/results?query=*********"},
		{"Warnings[0].Message", got.Warnings[0].Message, "***@sender.example did not send this"},
		{"Attachments[0].Name", got.Attachments[0].Name, "***@example.com.pdf"},
		{"Evidence[0].Text", got.Evidence[0].Text, "550 5.1.1 <***@example.com>: User unknown"},
		{"Evidence[0].Why", got.Evidence[0].Why, "the server said ***@example.com does not exist"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	e := got.Evidence[0]
	if got.Text[e.Start:e.End] != e.Text {
		t.Errorf("Text[%d:%d] = %q, want the evidence %q", e.Start, e.End, got.Text[e.Start:e.End], e.Text)
	}
	if twice := Diagnosis(got); !reflect.DeepEqual(twice, got) {
		t.Errorf("redacting twice differs from once:\n once  %+v\n twice %+v", got, twice)
	}

	// The copy shares no memory with the input.
	got.Recipients[0].Address = "changed"
	got.Original.From = "changed"
	if in.Recipients[0].Address != before.Recipients[0].Address || in.Original.From != before.Original.From {
		t.Error("changing the copy changed the input")
	}
}

func TestDiagnosisNil(t *testing.T) {
	if got := Diagnosis(nil); got != nil {
		t.Errorf("Diagnosis(nil) = %+v, want nil", got)
	}
	got := Diagnosis(&classifier.Diagnosis{Category: classifier.Unknown})
	if got.Recipients != nil || got.Original != nil || got.Evidence != nil {
		t.Errorf("Diagnosis of an empty diagnosis = %+v, want empty fields to stay nil", got)
	}
}

func TestDiagnosisEvidenceOutOfRange(t *testing.T) {
	d := &classifier.Diagnosis{
		Text:     "short",
		Evidence: []classifier.Evidence{{Start: 3, End: 99, Text: "mail ann@example.com"}},
	}
	got := Diagnosis(d)
	if want := "mail ***@example.com"; got.Evidence[0].Text != want {
		t.Errorf("Evidence[0].Text = %q, want %q", got.Evidence[0].Text, want)
	}
}

func FuzzText(f *testing.F) {
	seeds := []string{
		"ann.lee@example.com",
		"to=<ann@example.com>, relay=mx.example.com[192.0.2.10]:25",
		"[IPv6:2001:db8::1] ::ffff:1.2.3.4 fe80::1%eth0",
		"Message-ID: <CAF1x2y3z@mail.gmail.com>\nReferences: <a@b>\n <c@d>",
		"To: \"Lee, Ann\" (home) <ann@example.com>, bob@example.org",
		"queued as 4F3A21C0A2B; id 1abcDE-0001Xy-3Z",
		"jörg@exämple.de \xff\xfe@x.y",
		"1.2.3.4.5 300.1.1.1 10:30:00 5.7.1",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkInvariants(t, in, Text(in))
	})
}

func BenchmarkText(b *testing.B) {
	d := sampleDiagnosis()
	text := strings.Repeat(d.Text+"\n", 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Text(text)
	}
}

// BenchmarkTextHostile measures inputs built to make the rules slow: a long run
// of address characters with no "@", and tokens that each reveal the next.
func BenchmarkTextHostile(b *testing.B) {
	inputs := map[string]string{
		"no-at":      strings.Repeat("s", 100_000),
		"many-at":    strings.Repeat("a@", 50_000),
		"dotted":     strings.Repeat("1.2.3.4.", 12_500),
		"hex-colons": strings.Repeat("0:", 50_000),
	}
	for name, in := range inputs {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				Text(in)
			}
		})
	}
}

// TestDiagnosisReasons checks that the words quoted as a recipient's
// reasons are masked like the rest: they are copied from the bounce.
func TestDiagnosisReasons(t *testing.T) {
	d := &classifier.Diagnosis{Recipients: []classifier.Recipient{{
		Address: "ann@example.com",
		Reasons: []classifier.Reason{{Category: classifier.Blocklisted, Clues: []classifier.Clue{
			{Kind: "words", Text: "client host [192.0.2.7] blocked using zen.spamhaus.org; ann@example.com"},
		}}},
	}}}
	got := Diagnosis(d).Recipients[0].Reasons[0].Clues[0].Text
	for _, secret := range []string{"192.0.2.7", "ann@"} {
		if strings.Contains(got, secret) {
			t.Errorf("reason text %q still shows %q", got, secret)
		}
	}
	if d.Recipients[0].Reasons[0].Clues[0].Text == got {
		t.Error("the original diagnosis was changed in place")
	}
}

// fillStrings sets every string reachable from v to s, making one element of
// every slice and a value for every pointer, so that a test sees every field
// of a type, those added later included.
func fillStrings(v reflect.Value, s string) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillStrings(v.Elem(), s)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fillStrings(v.Index(0), s)
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fillStrings(k, s)
		fillStrings(e, s)
		v.SetMapIndex(k, e)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillStrings(v.Field(i), s)
			}
		}
	}
}

// strings lists every string reachable from v, with its path.
func allStrings(v reflect.Value, path string, out map[string]string) {
	switch v.Kind() {
	case reflect.String:
		out[path] = v.String()
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			allStrings(v.Elem(), path, out)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			allStrings(v.Index(i), fmt.Sprintf("%s[%d]", path, i), out)
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			allStrings(it.Key(), path+"{key}", out)
			allStrings(it.Value(), path+"{value}", out)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			allStrings(v.Field(i), path+"."+v.Type().Field(i).Name, out)
		}
	}
}

// Every string field of a diagnosis is redacted, not only the ones a list
// names: the returned message's Received hosts leaked that way.
func TestDiagnosisRedactsEveryField(t *testing.T) {
	const personal = "Ann Lee <ann.lee@example.com> from [192.0.2.7]"
	var d classifier.Diagnosis
	fillStrings(reflect.ValueOf(&d).Elem(), personal)
	got := Diagnosis(&d)
	fields := map[string]string{}
	allStrings(reflect.ValueOf(got).Elem(), "Diagnosis", fields)
	if len(fields) < 25 {
		t.Fatalf("found %d string fields, want every one of the diagnosis", len(fields))
	}
	for path, v := range fields {
		for _, leak := range []string{"ann.lee", "192.0.2.7"} {
			if strings.Contains(v, leak) {
				t.Errorf("%s = %q, want %q masked", path, v, leak)
			}
		}
	}
	if got.Original.ReceivedFrom[0] != "Ann Lee <*******@example.com> from [*********]" {
		t.Errorf("Original.ReceivedFrom[0] = %q", got.Original.ReceivedFrom[0])
	}
}

func TestDiagnosisReceivedFrom(t *testing.T) {
	d := &classifier.Diagnosis{Original: &classifier.Original{ReceivedFrom: []string{"[198.51.100.77]", "mail.example.org"}}}
	got := Diagnosis(d).Original.ReceivedFrom
	if want := []string{"[*************]", "mail.example.org"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ReceivedFrom = %q, want %q", got, want)
	}
}

// A recipient's address without a domain is a local part: masked whole.
func TestDiagnosisBareRecipient(t *testing.T) {
	d := &classifier.Diagnosis{Recipients: []classifier.Recipient{
		{Address: "jroe"}, {Address: "<jroe>"}, {Address: "postmaster"}, {Address: "ann@example.com"}, {Address: ""},
	}}
	var got []string
	for _, r := range Diagnosis(d).Recipients {
		got = append(got, r.Address)
	}
	if want := []string{"****", "******", "postmaster", "***@example.com", ""}; !reflect.DeepEqual(got, want) {
		t.Errorf("addresses = %q, want %q", got, want)
	}
}

// Values the caller keeps stay visible wherever they stand as a whole token;
// everything else is masked as usual.
func TestDiagnosisKeep(t *testing.T) {
	d := sampleDiagnosis()
	d.Text += "\nListed: 192.0.2.7. Not the same: 192.0.2.70"
	got := Diagnosis(d, "192.0.2.7")
	checks := []struct{ field, got, want string }{
		{"Recipients[0].RemoteMTA", got.Recipients[0].RemoteMTA, "mx.example.com [192.0.2.7]"},
		{"Recipients[0].Address", got.Recipients[0].Address, "***@example.com"},
		{"Blocklists[0].LookupURL", got.Blocklists[0].LookupURL, "https://check.spamhaus.org/results?query=192.0.2.7"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	wantContains := []string{"(from 192.0.2.7)", "Listed: 192.0.2.7.", "**********", "<***@example.com>"}
	for _, w := range wantContains {
		if !strings.Contains(got.Text, w) {
			t.Errorf("Text %q lacks %q", got.Text, w)
		}
	}
	if strings.Contains(got.Text, "192.0.2.70") {
		t.Errorf("Text %q keeps a longer token that only contains the kept value", got.Text)
	}
	if again := Diagnosis(got, "192.0.2.7"); !reflect.DeepEqual(again, got) {
		t.Errorf("redacting twice with the same kept value differs from once")
	}
	if plain := Diagnosis(d); strings.Contains(plain.Text, "192.0.2.") {
		t.Errorf("without keep, Text still shows the address: %q", plain.Text)
	}
}

// A headline names the recipient; redacted, it names no one, also when the
// address has no domain.
func TestHeadline(t *testing.T) {
	for _, tt := range []struct{ address, want string }{
		{"jroe", "The address **** does not exist"},
		{"ann.lee@example.com", "The address *******@example.com does not exist"},
	} {
		d := &classifier.Diagnosis{Category: classifier.MailboxNotFound, Final: true, Text: strings.Repeat("x", 1000),
			Recipients: []classifier.Recipient{{Address: tt.address, Category: classifier.MailboxNotFound, Action: classifier.ActionFailed}}}
		if got := Headline(d); !strings.HasPrefix(got, tt.want) {
			t.Errorf("Headline with %q = %q, want it to start %q", tt.address, got, tt.want)
		}
		if d.Recipients[0].Address != tt.address || len(d.Text) != 1000 {
			t.Error("Headline changed the diagnosis")
		}
	}
}

// On every corpus bounce and every notice, the masked headline shows no
// recipient's address (written with or without a domain) and no IP address.
func TestHeadlineShowsNoAddress(t *testing.T) {
	n := 0
	ipv4 := regexp.MustCompile(`\b\d{1,3}(?:\.\d{1,3}){3}\b`)
	for _, dir := range []string{"../../../shared/corpus/emails", "../testdata/notices"} {
		err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			d, err := classifier.Diagnose(raw, classifier.Options{Mine: []string{"example.org"}})
			if err != nil {
				return nil // empty fixtures
			}
			n++
			h := Headline(d)
			for _, r := range d.Recipients {
				local, _, at := strings.Cut(r.Address, "@")
				shown := strings.Contains(strings.ToLower(h), strings.ToLower(local)+"@")
				if !at {
					shown = regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(local) + `\b`).MatchString(h)
				}
				if len(local) > 2 && !isRole(local) && shown {
					t.Errorf("%s: Headline %q shows %q", path, h, local)
				}
			}
			if ip := ipv4.FindString(h); ip != "" {
				t.Errorf("%s: Headline %q shows %s", path, h, ip)
			}
			return nil
		})
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			t.Fatal(err)
		}
	}
	if n < 100 {
		t.Skipf("only %d bounces found beside the repository", n)
	}
}
