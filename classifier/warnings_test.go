package classifier

import (
	"strings"
	"testing"

	"github.com/whybounce/whybounce/classifier/hostile"
)

// kinds lists the warning kinds of d, in order.
func kinds(d *Diagnosis) []string {
	var out []string
	for _, w := range d.Warnings {
		out = append(out, w.Kind)
	}
	return out
}

func hasKind(d *Diagnosis, kind string) bool {
	for _, w := range d.Warnings {
		if w.Kind == kind {
			return true
		}
	}
	return false
}

func warning(d *Diagnosis, kind string) string {
	for _, w := range d.Warnings {
		if w.Kind == kind {
			return w.Message
		}
	}
	return ""
}

func TestAttachmentRisk(t *testing.T) {
	tests := []struct {
		name, ctype string
		want        string // a word the reason must contain; "" for harmless
	}{
		{"report.pdf.exe", "application/octet-stream", "pretends to be a document"},
		{"delivery-report.zip", "application/zip", "archive"},
		{"Invoice.DOCM", "application/octet-stream", "macros"},
		{"invoice.doc", "application/msword", "old format"},
		{"details.html", "text/html", "web page"},
		{"logo.svg", "image/svg+xml", "web page"},
		{"setup.EXE. ", "application/octet-stream", "program"},
		{`C:\Users\x\run.js`, "", "program"},
		{"disk.iso", "", "disk image"},
		{"photo.jpg.scr", "", "pretends to be a document"},
		{"invoice\u202Efdp.exe", "", "reverse the text"},
		{"message.7z", "", "archive"},
		{"", "application/x-msdownload", "program"},
		{"noext", "application/x-zip-compressed", "archive"},
		// Harmless parts real bounces carry: no warning.
		{"icon.png", "image/png", ""},
		{"warning_triangle.png", "image/png", ""},
		{"winmail.dat", "application/ms-tnef", ""},
		{"mailheaders-000000022.txt", "text/plain", ""},
		{"report.pdf", "application/pdf", ""},
		{"", "application/octet-stream", ""},
	}
	for _, tt := range tests {
		got := attachmentRisk(Attachment{Name: tt.name, ContentType: tt.ctype})
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("attachmentRisk(%q, %q) = %q, want it to say %q", tt.name, tt.ctype, got, tt.want)
		}
	}
}

func TestAttachmentWarningsBounded(t *testing.T) {
	var atts []Attachment
	for range 40 {
		atts = append(atts, Attachment{Name: "x.exe", ContentType: "application/octet-stream"})
	}
	ws := attachmentWarnings(atts)
	if len(ws) != maxAttachmentWarnings+1 {
		t.Fatalf("got %d warnings for 40 programs, want %d", len(ws), maxAttachmentWarnings+1)
	}
	if !strings.Contains(ws[len(ws)-1].Message, "35 more") {
		t.Errorf("last warning = %q, want it to count the 35 others", ws[len(ws)-1].Message)
	}
	// A name full of control characters is quoted, never shown raw.
	ws = attachmentWarnings([]Attachment{{Name: "a\u202Etxt.exe\x07", ContentType: ""}})
	if len(ws) != 1 || strings.ContainsAny(ws[0].Message, "\u202E\x07") {
		t.Errorf("warning = %+v, want one with the controls escaped", ws)
	}
}

// The hostile inputs that pose as bounces get the warnings a reader needs.
func TestWarningsOnHostileInputs(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		mine []string
		want []string
	}{
		{"fake bounce with a zip", hostile.FakeBounceZipExe(), nil,
			[]string{WarnDangerousAttachment, WarnAsksToOpen, WarnNoReport}},
		{"html with script", hostile.HTMLWithScript(), nil, []string{WarnAsksToOpen, WarnNoReport}},
		{"backscatter, domain", hostile.Backscatter(), []string{"example.org"}, []string{WarnBackscatter}},
		{"backscatter, address, upper case", hostile.Backscatter(), []string{"Owner@EXAMPLE.org"}, []string{WarnBackscatter}},
		{"backscatter, several entries", hostile.Backscatter(), []string{"me@other.example, example.org"}, []string{WarnBackscatter}},
		{"backscatter, reader not asked", hostile.Backscatter(), nil, nil},
		{"backscatter, the spam host is the reader's", hostile.Backscatter(), []string{"example.biz"}, nil},
		{"huge base64 attachment", hostile.HugeBase64(1 << 20), nil, nil},
		{"nul bytes", hostile.NULBytes(), nil, nil},
		{"bad charset", hostile.BadCharset(), nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Diagnose(tt.in, Options{Mine: tt.mine})
			if err != nil {
				t.Fatal(err)
			}
			if got := kinds(d); strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("warnings = %v, want %v (%+v)", got, tt.want, d.Warnings)
			}
		})
	}
}

func TestFakeBounceWarningWording(t *testing.T) {
	d, err := Diagnose(hostile.FakeBounceZipExe(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []struct{ kind, words string }{
		{WarnDangerousAttachment, `"delivery-report.zip"`},
		{WarnAsksToOpen, "“open the attached file”"},
		{WarnNoReport, "no delivery report"},
	} {
		if got := warning(d, want.kind); !strings.Contains(got, want.words) {
			t.Errorf("%s warning = %q, want it to contain %q", want.kind, got, want.words)
		}
	}
	if h := Headline(d); h == "" {
		t.Error("no headline")
	}
}

func TestBackscatterWarningExplains(t *testing.T) {
	d, err := Diagnose(hostile.Backscatter(), Options{Mine: []string{"example.org"}})
	if err != nil {
		t.Fatal(err)
	}
	msg := warning(d, WarnBackscatter)
	for _, want := range []string{"you probably did not send this", "no action is needed", "Message-ID names cheap-pills.example.biz", "Received header names cheap-pills.example.biz"} {
		if !strings.Contains(strings.ToLower(msg), strings.ToLower(want)) {
			t.Errorf("warning = %q, want it to say %q", msg, want)
		}
	}
	if h := Headline(d); !strings.Contains(h, "forged") {
		t.Errorf("headline = %q, want it to say the address was forged", h)
	}
}

// backscatterCase builds a failure whose returned message has the given
// headers.
func backscatterCase(o Original) *Diagnosis {
	return &Diagnosis{Category: MailboxNotFound, Format: "mime", Original: &o,
		Recipients: []Recipient{{Address: "x@dest.example", Category: MailboxNotFound}}}
}

func TestBackscatter(t *testing.T) {
	spam := Original{From: "Owner <owner@example.org>", MessageID: "<1.2@spam-host.example.biz>",
		ReceivedFrom: []string{"mail.spam-host.example.biz"}}
	tests := []struct {
		name string
		o    Original
		mine []string
		want bool
	}{
		{"forged From, sent by a spam host", spam, []string{"example.org"}, true},
		{"the reader's subdomain counts", Original{From: "owner@example.org", MessageID: "<1@spam.example.net>",
			ReceivedFrom: []string{"spam.example.net", "MX.Example.ORG"}}, []string{"example.org"}, false},
		{"a lookalike domain is not the reader's", Original{From: "owner@example.org", MessageID: "<1@notexample.org>",
			ReceivedFrom: []string{"a.notexample.org"}}, []string{"example.org"}, true},
		{"From names someone else", Original{From: "promo@shop.example.net"}, []string{"owner@example.org"}, true},
		{"real mail from the reader's server", Original{From: "owner@example.org", MessageID: "<abc@mail.example.org>",
			ReceivedFrom: []string{"[192.168.1.20]", "laptop.home"}}, []string{"example.org"}, false},
		{"real mail, one foreign clue only (home connection)", Original{From: "owner@example.org", MessageID: "<abc@example.org>",
			ReceivedFrom: []string{"p225-ix6.kyoto.isp.example.net"}}, []string{"example.org"}, false},
		{"real mail through Google", Original{From: "owner@example.org", MessageID: "<CA+x@mail.gmail.com>",
			DKIMDomain: "example-org.20230601.gappssmtp.com", ReceivedFrom: []string{"mail-sor-f41.google.com"}}, []string{"example.org"}, false},
		{"real mail through Microsoft 365", Original{From: "owner@example.org",
			MessageID: "<AM0PR01MB1234@AM0PR01MB1234.eurprd01.prod.outlook.com>", ReceivedFrom: []string{"AM0PR01MB1234.eurprd01.prod.outlook.com"}},
			[]string{"owner@example.org"}, false},
		{"DKIM of the reader's domain", Original{From: "owner@example.org", MessageID: "<1@a.example.net>", DKIMDomain: "example.org",
			ReceivedFrom: []string{"a.example.net"}}, []string{"example.org"}, false},
		{"IDN: reader gives Unicode, header has punycode", Original{From: "ann@xn--bcher-kva.example", MessageID: "<1@mail.xn--bcher-kva.example>"},
			[]string{"bücher.example"}, false},
		{"IDN: reader gives punycode, header has Unicode", Original{From: "ann@bücher.example", MessageID: "<1@mail.bücher.example>"},
			[]string{"xn--bcher-kva.example"}, false},
		{"IDN: upper-case Unicode", Original{From: "ann@BÜCHER.example"}, []string{"bücher.example"}, false},
		{"IDN lookalike sender", Original{From: "ann@bücher.example", MessageID: "<1@spam.example.biz>",
			ReceivedFrom: []string{"spam.example.biz"}}, []string{"bucher.example"}, true},
		{"no reader's address given", spam, nil, false},
		{"nothing usable in mine", spam, []string{" , ; "}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := backscatterCase(tt.o)
			_, got := backscatter(d, tt.mine)
			if got != tt.want {
				t.Errorf("backscatter(%+v, %q) = %v, want %v", tt.o, tt.mine, got, tt.want)
			}
		})
	}
	// A lookalike international name is shown in punycode too.
	d := backscatterCase(Original{From: "ann@bücher.example"})
	w, _ := backscatter(d, []string{"example.org"})
	if !strings.Contains(w.Message, "bücher.example (xn--bcher-kva.example)") {
		t.Errorf("warning = %q, want the domain in Unicode and punycode", w.Message)
	}
	// Not a failure: no backscatter warning.
	d.Category = AutoReply
	if _, got := backscatter(d, []string{"example.org"}); got {
		t.Error("an auto-reply was flagged as backscatter")
	}
}

func TestAsksToOpen(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the quoted words, "" for none
	}{
		{"english attachment", "Your message was not delivered.\nPlease open the attached file to see the details.", "open the attached file"},
		{"english attachment noun", "Delivery failed. Open the attachment for more information.", "open the attachment"},
		{"english details attached", "Delivery failed. Details are in the attached document.", "details are in the attached document"},
		{"english see attached", "Delivery failed: see the attached report for the reason.", "see the attached report for"},
		{"first word at a word start only", "Delivery failed. You may reopen the attached file later.", ""},
		{"english download", "We could not deliver your mail. Download the report from our portal.", "download the report"},
		{"english click", "Your message could not be delivered. Click here to see why.", "click here"},
		{"english click wrapped", "Message not delivered.\nClick here\nto view the reason.", "click here"},
		// The quota lure: a phishing mail dressed as a full-mailbox notice.
		{"english quota lure", "Your mailbox has exceeded the storage limit. Messages sent to you are being returned to the sender. " +
			"To avoid the loss of your messages, click below to increase your quota:\n\nVALIDATE MY MAILBOX NOW", "click below"},
		{"german", "Ihre Nachricht konnte nicht zugestellt werden. Öffnen Sie den Anhang, um die Details zu sehen.", "öffnen sie den anhang"},
		{"german click", "Zustellung fehlgeschlagen. Klicken Sie hier, um den Bericht anzuzeigen.", "klicken sie hier"},
		{"french", "Votre message n'a pas pu être remis. Ouvrez la pièce jointe pour connaître la raison.", "ouvrez la pièce jointe"},
		{"spanish", "Su mensaje no pudo ser entregado. Abra el archivo adjunto para ver el motivo.", "abra el archivo adjunto"},
		{"italian", "Il messaggio non è stato consegnato. Apri l'allegato per i dettagli.", "apri l'allegato"},
		{"dutch", "Uw bericht kon niet worden afgeleverd. Open de bijlage voor de reden.", "open de bijlage"},
		{"japanese", "メッセージを配信できませんでした。詳細は添付ファイルを開いてください。", "添付ファイルを開"},
		{"text whose length lower-casing changes", "İSTANBUL relay: delivery failed. Open the attachment for the reason.", "open the attachment"},
		{"keyword far from the start of a long line", strings.Repeat("x", 5000) + " delivery failed, please open the attached report to see why", "open the attached report"},
		// Real notices: no warning.
		{"microsoft send again", "In Outlook on the web, select this NDR, then select the link \"To send this message again, click here.\" Then retype the address.", ""},
		{"postfix attached returned message", "You can delete your own text from the attached returned message.", ""},
		{"original attached", "A copy of the original message is attached.\n550 5.1.1 User unknown", ""},
		{"newsletter in the returned copy", "550 5.1.1 <a@example.com>: User unknown\n\n------ This is a copy of the message, including all the headers. ------\nSubject: News\n\nClick here to see our new offers. Open the attachment for the catalogue.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Diagnosis{Category: Unknown, Text: tt.text}
			got := asksToOpen(d)
			if tt.want == "" && got != "" || tt.want != "" && got != "“"+tt.want+"”" {
				t.Errorf("asksToOpen = %q, want %q", got, tt.want)
			}
		})
	}
	d := &Diagnosis{Category: NotABounce, Text: "Click here to see the details of our offer."}
	if got := asksToOpen(d); got != "" {
		t.Errorf("a message that is not a bounce got %q", got)
	}
}

func TestNoReport(t *testing.T) {
	failure := func(format string, addr string) *Diagnosis {
		return &Diagnosis{Category: Unknown, Format: format, Text: "Your message was not delivered.",
			Recipients: []Recipient{{Address: addr, Category: Unknown}}}
	}
	tests := []struct {
		name       string
		d          *Diagnosis
		suspicious bool
		want       bool
	}{
		{"nothing but a claim", failure("mime", ""), false, true},
		{"names the address", failure("mime", "ann@example.com"), false, false},
		{"names the address, but asks to open a file", failure("mime", "ann@example.com"), true, true},
		{"pasted text never has a report", failure("text", ""), false, false},
		{"one smtp line", failure("smtp", ""), false, false},
		{"has a report", func() *Diagnosis { d := failure("mime", ""); d.HasReport = true; return d }(), true, false},
		{"has the returned message", func() *Diagnosis { d := failure("mime", ""); d.HasOriginal = true; return d }(), true, false},
		{"quotes the original inline", func() *Diagnosis { d := failure("mime", ""); d.Original = &Original{Subject: "x"}; return d }(), true, false},
		{"report read as text", func() *Diagnosis {
			d := failure("mime", "")
			d.Text += "\n\nReporting-MTA: dns; mx.example.net\nFinal-Recipient: rfc822; a@example.com\n"
			return d
		}(), true, false},
		{"not a failure", &Diagnosis{Category: AutoReply, Format: "mime"}, true, false},
	}
	for _, tt := range tests {
		if got := noReport(tt.d, tt.suspicious); got != tt.want {
			t.Errorf("%s: noReport = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// Real bounces raise no warning at all: no attachment alarm for a returned
// .eml or a logo, no "asks to open", no "no report".
func TestNoFalseAlarmsOnCorpus(t *testing.T) {
	for _, l := range corpusLabels(t) {
		d, err := Diagnose(readCorpusFile(t, l), Options{})
		if err != nil {
			t.Errorf("%s: %v", l.File, err)
			continue
		}
		if len(d.Warnings) > 0 {
			t.Errorf("%s: warnings %+v, want none", l.File, d.Warnings)
		}
	}
}

// A real DSN whose returned message came from the reader's own server, and a
// bounce that returns the message as an .eml attachment: no warning.
func TestNoFalseAlarmsForTheReader(t *testing.T) {
	dsn := strings.ReplaceAll(`From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
To: ann@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="r"

--r
Content-Type: text/plain

This is the mail system at host mail.example.org.

<bob@dest.example.net>: host mx.dest.example.net[203.0.113.9] said: 550 5.1.1
    <bob@dest.example.net>: Recipient address rejected: User unknown

--r
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org

Final-Recipient: rfc822; bob@dest.example.net
Action: failed
Status: 5.1.1

--r
Content-Type: message/rfc822
Content-Disposition: attachment; filename="original.eml"

Received: from [192.168.1.20] (dsl-1-2.isp.example.com [198.51.100.4])
	by mail.example.org (Postfix) with ESMTPSA id 4Qx
Message-ID: <5d1c@example.org>
DKIM-Signature: v=1; a=rsa-sha256; d=example.org; s=mail; h=from; b=x
From: Ann <ann@example.org>
To: bob@dest.example.net
Subject: Lunch

Click here to see the menu. Open the attachment for the map.

--r--
`, "\n", "\r\n")
	for _, mine := range [][]string{nil, {"example.org"}, {"ann@example.org"}, {"Mail.Example.Org"}} {
		d, err := Diagnose([]byte(dsn), Options{Mine: mine})
		if err != nil {
			t.Fatal(err)
		}
		if d.Category != MailboxNotFound || !d.HasReport || !d.HasOriginal {
			t.Errorf("mine %q: category %s, report %v, original %v; want mailbox-not-found with both", mine, d.Category, d.HasReport, d.HasOriginal)
		}
		if len(d.Warnings) > 0 {
			t.Errorf("mine %q: warnings %+v, want none", mine, d.Warnings)
		}
	}
}

// FuzzWarnings runs the whole engine with the reader's own addresses set, so
// the backscatter and attachment checks see hostile headers and names too.
func FuzzWarnings(f *testing.F) {
	for _, in := range hostile.All() {
		if len(in.Data) < 64<<10 {
			f.Add(in.Data, "example.org")
		}
	}
	f.Add([]byte("From: a@b\r\nMessage-ID: <x@bücher.example>\r\n\r\n550 5.1.1 click here to see why"), "xn--bcher-kva.example, ann@")
	f.Fuzz(func(t *testing.T, raw []byte, mine string) {
		d, err := Diagnose(raw, Options{Mine: []string{mine}})
		if err != nil {
			return
		}
		for _, w := range d.Warnings {
			if w.Kind == "" || w.Message == "" {
				t.Fatalf("empty warning %+v", w)
			}
		}
	})
}

// BenchmarkWarningsCorpus measures the warnings alone over the corpus
// diagnoses, with the reader's domain set, to compare with
// BenchmarkDiagnoseCorpus: they should cost little beside it.
func BenchmarkWarningsCorpus(b *testing.B) {
	var ds []Diagnosis
	for _, raw := range corpusMessages(b) {
		d, err := Diagnose(raw, Options{})
		if err != nil {
			b.Fatal(err)
		}
		ds = append(ds, *d)
	}
	opt := Options{Mine: []string{"example.org"}}
	b.ResetTimer()
	for b.Loop() {
		for i := range ds {
			d := ds[i]
			d.Warnings = nil
			addWarnings(&d, opt)
		}
	}
	b.ReportMetric(float64(b.N*len(ds))/b.Elapsed().Seconds(), "msgs/s")
}

// FuzzAsksToOpen feeds the request-to-open search any text: it must not
// panic on windows cut in odd places (multi-byte characters, text whose
// length changes when lower-cased).
func FuzzAsksToOpen(f *testing.F) {
	for _, s := range []string{
		"Please open the attached file to see the details.", "İİİ open the attachment", "Öffnen Sie den Anhang",
		"添付ファイルを開いてください", "click here to see why", "\xff\xfeattach\xc3", "attachattachattach",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := asksToOpen(&Diagnosis{Category: Unknown, Text: text})
		if got != "" && !strings.HasPrefix(got, "“") {
			t.Fatalf("asksToOpen = %q, not a quotation", got)
		}
	})
}
