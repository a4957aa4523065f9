package classifier

import (
	"fmt"
	"net/mail"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// Kinds of Warning.
const (
	WarnDangerousAttachment = "dangerous-attachment"
	WarnAsksToOpen          = "asks-to-open"
	WarnNoReport            = "no-report"
	WarnBackscatter         = "backscatter"
)

// addWarnings adds the warnings a reader should see before acting on d. It
// runs last in Diagnose, so d.Attachments, d.Original and d.Recipients are
// complete. The help-desk article's two warnings drive it: viruses dressed up
// as bounces ask you to open an attachment, and forged senders bring bounces
// for mail you never sent.
func addWarnings(d *Diagnosis, opt Options) {
	if w, ok := backscatter(d, opt.Mine); ok {
		d.Warnings = append(d.Warnings, w)
	}
	d.Warnings = append(d.Warnings, attachmentWarnings(d.Attachments)...)
	asks := asksToOpen(d)
	if asks != "" {
		d.Warnings = append(d.Warnings, Warning{Kind: WarnAsksToOpen, Message: "This notice asks you to " + asks +
			" to find out why your message was not delivered. Real bounces explain the problem in their own text " +
			"and never need you to open a file or follow a link: do not do it."})
	}
	if noReport(d, len(d.Warnings) > 0) {
		d.Warnings = append(d.Warnings, Warning{Kind: WarnNoReport, Message: "This notice claims that a message " +
			"could not be delivered, but it has no delivery report, does not name the address that failed, and " +
			"does not include the message it is about. Real bounces carry at least one of these. If you do not " +
			"remember sending the message, treat this notice as suspicious and delete it."})
	}
}

// maxAttachmentWarnings bounds the warnings for one bounce; a hostile message
// may carry thousands of parts, and the reader needs the point, not the list.
const maxAttachmentWarnings = 5

// attachmentWarnings warns about each attachment a person should not open.
// The returned message and the delivery-status part never reach
// d.Attachments, so a normal bounce gets no warning here.
func attachmentWarnings(atts []Attachment) []Warning {
	var out []Warning
	more := 0
	for _, a := range atts {
		why := attachmentRisk(a)
		if why == "" {
			continue
		}
		if len(out) == maxAttachmentWarnings {
			more++
			continue
		}
		out = append(out, Warning{Kind: WarnDangerousAttachment,
			Message: "Do not open the attachment " + showName(a) + ": " + why + " A real bounce never needs you to open an attachment."})
	}
	if more > 0 {
		out = append(out, Warning{Kind: WarnDangerousAttachment, Message: fmt.Sprintf(
			"This notice carries %d more attachments of the same kinds. Do not open any of them.", more)})
	}
	return out
}

// showName quotes an attachment's name for a warning, so that control and
// direction characters in it show as escapes instead of reordering the text.
func showName(a Attachment) string {
	name := a.Name
	if name == "" {
		return "without a name (of type " + strconv.Quote(a.ContentType) + ")"
	}
	if len(name) > 100 {
		name = strings.ToValidUTF8(name[:100], "") + "…"
	}
	return strconv.Quote(name)
}

// Extensions by risk. The lists name what mail filters commonly block: a
// program or script runs when opened, a disk image mounts files past the
// usual checks, an archive hides what it holds, a macro document runs code,
// and an HTML or SVG file can run script or imitate a sign-in page.
var extKind = kindsOf(map[string][]string{
	"program": {"exe", "scr", "com", "pif", "bat", "cmd", "cpl", "msi", "msp", "msc", "js", "jse",
		"vbs", "vbe", "wsf", "wsh", "ws", "ps1", "psm1", "psd1", "jar", "hta", "lnk", "scf", "url", "reg",
		"dll", "sys", "inf", "chm", "gadget", "application", "appx", "appxbundle", "msix", "apk", "app",
		"dmg", "pkg", "sh", "command", "py", "pyw", "pl", "rb", "xll", "one", "library-ms", "settingcontent-ms"},
	"disk": {"iso", "img", "vhd", "vhdx", "udf"},
	"archive": {"zip", "zipx", "rar", "7z", "gz", "tgz", "tar", "bz2", "tbz", "xz", "txz", "z",
		"cab", "arj", "ace", "lzh", "lha", "uue", "xxe", "zst"},
	"macro":      {"docm", "dotm", "xlsm", "xltm", "xlsb", "xlam", "pptm", "potm", "ppsm", "ppam", "sldm"},
	"old-office": {"doc", "dot", "xls", "xlt", "ppt", "pps", "rtf"},
	"web":        {"htm", "html", "shtml", "xhtml", "mht", "mhtml", "svg", "svgz", "xht"},
	// Extensions that make a name look like a harmless document when a
	// program's extension follows them ("report.pdf.exe").
	"decoy": {"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "rtf", "jpg", "jpeg",
		"png", "gif", "bmp", "tif", "tiff", "csv", "odt", "eml", "msg", "htm", "html", "mp3", "mp4", "wav", "zip"},
})

// kindsOf turns lists of extensions by kind into a map from extension to
// kind; "decoy" entries are kept apart under "decoy:" so an extension can be
// both a risk and a decoy.
func kindsOf(lists map[string][]string) map[string]string {
	m := map[string]string{}
	for kind, exts := range lists {
		for _, e := range exts {
			if kind == "decoy" {
				e = "decoy:" + e
			}
			m[e] = kind
		}
	}
	return m
}

// Content types that tell the risk when a part has no name, or a name that
// hides it.
var riskyTypes = map[string]string{
	"application/x-msdownload":                                   "program",
	"application/x-dosexec":                                      "program",
	"application/x-msdos-program":                                "program",
	"application/x-executable":                                   "program",
	"application/vnd.microsoft.portable-executable":              "program",
	"application/x-ms-shortcut":                                  "program",
	"application/hta":                                            "program",
	"application/javascript":                                     "program",
	"text/javascript":                                            "program",
	"application/x-javascript":                                   "program",
	"application/x-sh":                                           "program",
	"application/java-archive":                                   "program",
	"application/x-ms-installer":                                 "program",
	"application/x-msi":                                          "program",
	"application/x-iso9660-image":                                "disk",
	"application/x-raw-disk-image":                               "disk",
	"application/zip":                                            "archive",
	"application/x-zip-compressed":                               "archive",
	"application/x-rar-compressed":                               "archive",
	"application/vnd.rar":                                        "archive",
	"application/x-rar":                                          "archive",
	"application/x-7z-compressed":                                "archive",
	"application/gzip":                                           "archive",
	"application/x-gzip":                                         "archive",
	"application/x-tar":                                          "archive",
	"application/x-bzip2":                                        "archive",
	"application/x-xz":                                           "archive",
	"application/vnd.ms-cab-compressed":                          "archive",
	"application/vnd.ms-word.document.macroenabled.12":           "macro",
	"application/vnd.ms-excel.sheet.macroenabled.12":             "macro",
	"application/vnd.ms-excel.sheet.binary.macroenabled.12":      "macro",
	"application/vnd.ms-powerpoint.presentation.macroenabled.12": "macro",
	"application/msword":                                         "old-office",
	"application/vnd.ms-excel":                                   "old-office",
	"application/vnd.ms-powerpoint":                              "old-office",
	"text/html":                                                  "web",
	"application/xhtml+xml":                                      "web",
	"image/svg+xml":                                              "web",
}

// riskWords says in plain words why each kind of file is dangerous.
var riskWords = map[string]string{
	"program":    "it is a program or script, and opening it would run it on your computer.",
	"disk":       "it is a disk image, which can hide a program from your computer's safety checks.",
	"archive":    "it is a compressed archive, and what it holds cannot be checked until it is opened; viruses dressed up as bounces often arrive this way.",
	"macro":      "it is an Office document with macros, which can run code when the document is opened.",
	"old-office": "it is an Office document in the old format, which can carry macros that run code when it is opened.",
	"web":        "it is a web page or image that can run script or imitate a sign-in page when opened.",
}

// attachmentRisk says why a should not be opened, or "" when it looks
// harmless (an image, a plain text file, a PDF).
func attachmentRisk(a Attachment) string {
	name := strings.ToLower(a.Name)
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	if hasDirectionControl(name) {
		return "its name contains invisible characters that reverse the text, a trick to make a program look like a document."
	}
	// Trailing dots and spaces are dropped by Windows, so "a.exe ." runs.
	name = strings.TrimRight(name, ". \t")
	exts := strings.Split(name, ".")[1:]
	kind := ""
	if len(exts) > 0 {
		last := strings.TrimSpace(exts[len(exts)-1])
		kind = extKind[last]
		if (kind == "program" || kind == "disk") && len(exts) > 1 {
			if prev := strings.TrimSpace(exts[len(exts)-2]); extKind["decoy:"+prev] != "" {
				what := map[string]string{"program": "program", "disk": "disk image"}[kind]
				return fmt.Sprintf("its name ends in .%s after .%s, so it pretends to be a document but is really a %s.", last, prev, what)
			}
		}
	}
	if kind == "" {
		ct, _, _ := strings.Cut(strings.ToLower(a.ContentType), ";")
		kind = riskyTypes[strings.TrimSpace(ct)]
	}
	return riskWords[kind]
}

// hasDirectionControl reports whether s holds a Unicode character that
// changes the direction of the text around it (the "right-to-left override"
// trick that shows "invoice\u202Efdp.exe" as "invoiceexe.pdf").
func hasDirectionControl(s string) bool {
	for _, r := range s {
		if IsDirectionControl(r) {
			return true
		}
	}
	return false
}

// IsDirectionControl reports whether r is a Unicode bidirectional control
// character: the embeddings and overrides U+202A-202E, the isolates
// U+2066-2069, the marks U+200E, U+200F and U+061C. Untrusted text should
// show them rather than obey them.
func IsDirectionControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 || r == 0x200E || r == 0x200F || r == 0x061C
}

// askRule finds a notice asking the reader to open, download or click
// something. A regexp that must start at a word start has no literal prefix
// for Go's engine to skip ahead with, so each rule names the words one of
// which must occur (in lower case) before its regexp is run at all.
type askRule struct {
	keys []string
	re   *regexp.Regexp
	// first, when given, are the words a match starts with: "attach" is in
	// most notices ("It's attached below"), the verbs before it are not.
	// The pattern is then anchored, and tried only where one of them
	// starts a word near the keyword (firstWordMatch), not from every
	// byte around it.
	first []string
	// purpose, when given, must match the sentence of the match: a "click
	// here" counts only when it says it shows why or what failed
	// (Microsoft's real notices say "To send this message again, click here").
	purpose *regexp.Regexp
}

// askRules cover the languages the engine reads; the warning quotes the
// words that matched. They are Go regexps: linear time.
var askRules = []askRule{
	// English
	startingWith([]string{"attach", "enclosed"}, []string{"open", "run", "unzip", "extract", "launch", "execute"},
		`(open|run|unzip|extract|launch|execute)\s+(?:the\s+|this\s+|our\s+)?(attached\s+(?:file|document|archive|report|zip)|attachment|enclosed\s+(?:file|document|report))`),
	startingWith([]string{"attach", "enclosed"}, []string{"see", "view", "read", "check", "find", "review"},
		`(see|view|read|check|find|review)\s+(?:the\s+|this\s+)?(attached\s+(?:file|document|archive|report|zip)|attachment|enclosed\s+(?:file|document|report))\s+(?:for|to)\b`),
	startingWith([]string{"attach", "enclosed"}, []string{"details", "information", "reason", "report", "explanation"},
		`(details|information|reasons?|report|explanation)\s+(?:is|are|can\s+be\s+found)\s+(in\s+the\s+(?:attached|enclosed)\s+(?:file|document|archive|zip)|in\s+the\s+attachment)`),
	{[]string{"download"}, askRegexp(`(download)\s+(?:the\s+|this\s+|your\s+|our\s+)?((?:attached\s+)?(?:file|attachment|report|document|details))`), nil, nil},
	// German
	{[]string{"öffnen", "oeffnen", "entpacken", "starten"}, askRegexp(`(öffnen|oeffnen|entpacken|starten)\s+sie\s+(den\s+anhang|die\s+(?:angehängte|beigefügte|anhängende)\s+datei|die\s+datei|das\s+dokument)`), nil, nil},
	{[]string{"öffnen", "herunterladen"}, askRegexp(`((?:den\s+)?anhang|die\s+datei)\s+(öffnen|herunterladen)`), nil, nil},
	// French
	{[]string{"ouvr", "télécharg"}, askRegexp(`(ouvr(?:ez|ir)|téléchargez|télécharger)\s+(la\s+pièce\s+jointe|le\s+fichier(?:\s+joint)?|le\s+document(?:\s+joint)?|le\s+rapport)`), nil, nil},
	// Spanish
	{[]string{"abra", "abre", "abrir", "descarg"}, askRegexp(`(abr(?:a|e|ir)|descargu?e|descargar)\s+(el\s+archivo(?:\s+adjunto)?|el\s+adjunto|el\s+documento(?:\s+adjunto)?|el\s+informe)`), nil, nil},
	// Italian
	{[]string{"apri", "scaric"}, askRegexp(`(apr(?:i|ire|ite)|scaric(?:a|are|ate))\s+(l'allegato|il\s+file(?:\s+allegato)?|il\s+documento(?:\s+allegato)?|il\s+rapporto)`), nil, nil},
	// Dutch
	{[]string{"de bijlage", "bestand"}, askRegexp(`(open|download)\s+(de\s+bijlage|het\s+bijgevoegde\s+bestand|het\s+bestand)`), nil, nil},
	{[]string{"bijlage", "bestand"}, askRegexp(`(de\s+bijlage|het\s+bestand)\s+(openen|downloaden)`), nil, nil},
	// Japanese
	{[]string{"添付"}, regexp.MustCompile(`(添付(?:ファイル)?)(を開|をダウンロード|をご確認|を確認|を実行)`), nil, nil},
	// "Click here" and its translations, tried last.
	{clickKeys, clickPatterns, nil, clickPurpose},
	{[]string{"クリック"}, clickJapanese, nil, purposeJapanese},
}

// startingWith makes a rule whose matches start with one of first, a word
// of the case-insensitive pattern expr's first group.
func startingWith(keys, first []string, expr string) askRule {
	return askRule{keys: keys, re: regexp.MustCompile(`(?i)^(?:` + expr + `)`), first: first}
}

// clickKeys must occur (in lower case) before the click patterns are run.
var clickKeys = []string{"click", "klick", "cliqu", "clic", "klik", "tap", "press", "puls"}

// askRegexp compiles a case-insensitive pattern that must start at a word
// start. Go's \b only knows ASCII letters, so it would not see one before
// "Öffnen".
func askRegexp(expr string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}_])(?:` + expr + `)`)
}

// clickPatterns find "click here" and its translations. Real notices use
// them too (Microsoft's "To send this message again, click here"), so a
// click counts only when its sentence says it shows why or what failed, or
// offers what a phishing lure dressed as a full-mailbox notice offers: to
// increase the quota, upgrade, validate or verify the mailbox.
var (
	clickPatterns   = askRegexp(`(click|tap|press|klicken\s+sie|cliquez|cliquer|haga\s+clic|haz\s+clic|pulse|pulsa|clicca|cliccare|fai\s+clic|fare\s+clic|klik)\s+(?:on\s+|auf\s+|sur\s+|en\s+|sul\s+|op\s+)?(here|the\s+link|this\s+link|the\s+button|below|hier|den\s+link|ici|le\s+lien|ce\s+lien|aquí|aqui|el\s+enlace|qui|link|de\s+link)`)
	clickJapanese   = regexp.MustCompile(`(?:こちら|リンク|URL)をクリック`)
	clickPurpose    = askRegexp(`(see|view|read|find\s+out|details|reasons?|why|report|information|download|open|access|review|retrieve|release|restore|recover|learn|increase|upgrade|validate|verify|reactivate|quota|grund|bericht|informationen|anzuzeigen|einzusehen|herunterzuladen|öffnen|erfahren|détails|raison|rapport|voir|consulter|télécharger|ouvrir|detalles|motivo|razón|informe|información|consultar|descargar|abrir|dettagli|ragione|rapporto|informazioni|vedere|visualizzare|scaricare|aprire|reden|informatie|bekijken|zien|downloaden|openen|lezen)\b`)
	purposeJapanese = regexp.MustCompile(`詳細|理由|確認|ダウンロード|開`)
)

// maxAskScan bounds how much of a notice is searched for a request to open
// something: a fake bounce says it near the top.
const maxAskScan = 64 << 10

// asksToOpen returns the words with which a failure notice asks the reader
// to open, download or click something, or "". Only the notice's own words
// count: the copy of the returned message (a newsletter with "click here")
// is the reader's, not the bounce's.
func asksToOpen(d *Diagnosis) string {
	if !d.Category.IsFailure() {
		return ""
	}
	text := d.Text
	if len(text) > maxAskScan {
		text = strings.ToValidUTF8(text[:maxAskScan], "")
	}
	var keys []phraseMatch
	if d.noticeEnd > 0 && d.noticeEnd <= len(text) {
		text, keys = text[:d.noticeEnd], d.asks
	} else {
		text = text[:originalStart(text, foldText(text))]
		keys = scan(foldText(text)).asks
	}
	// The keywords were found in the folded text, which keeps every byte
	// offset: each marks where to run its rule's pattern on the text itself.
	at := make([][]int, len(askRules))
	for _, m := range keys {
		if m.end <= len(text) && len(at[m.rule]) < maxAskTries {
			at[m.rule] = append(at[m.rule], m.start)
		}
	}
	for i, rule := range askRules {
		if words := rule.around(text, at[i]); words != "" {
			return words
		}
	}
	return ""
}

// quoteWords quotes the words of a match, on one line, without the
// character before the word start.
func quoteWords(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return "“" + strings.ToLower(oneLine(s)) + "”"
}

// sentenceAround returns the sentence of text holding [start, end): from the
// previous full stop or blank line to the next (wrapped lines stay whole), at most 200 bytes each way.
func sentenceAround(text string, start, end int) string {
	lo := max(0, start-200)
	before := text[lo:start]
	if i := max(strings.LastIndexAny(before, ".!?。\""), strings.LastIndex(before, "\n\n")); i >= 0 {
		lo += i + 1
	}
	hi := min(len(text), end+200)
	after := text[end:hi]
	for _, i := range []int{strings.IndexAny(after, ".!?。\""), strings.Index(after, "\n\n")} {
		if i >= 0 && end+i < hi {
			hi = end + i
		}
	}
	return text[lo:hi]
}

// noReport reports whether d claims a delivery failure with nothing a real
// bounce carries: no machine-readable report, no returned message, not even
// the address that failed. Many real bounces lack a report or a copy of the
// message, so one missing piece alone is not suspicious; with no address
// either, or with another warning already raised, it is. Pasted text never
// has a report, so only whole messages are judged.
func noReport(d *Diagnosis, suspicious bool) bool {
	if d.Format != "mime" || !d.Category.IsFailure() || d.HasReport || d.HasOriginal || d.Original != nil {
		return false
	}
	if hasReportFields(d.Text) {
		return false
	}
	for _, r := range d.Recipients {
		if r.Address != "" && !suspicious {
			return false
		}
	}
	return true
}

// reportFields are fields only a delivery-status report has; a message read
// as raw text (over the MIME limits) still shows them.
var reportFields = []string{"final-recipient", "original-recipient", "reporting-mta", "arrival-date"}

// hasReportFields reports whether a line of text starts with one of
// reportFields and a colon (white space may stand between).
func hasReportFields(text string) bool {
	if len(text) > maxAskScan {
		text = text[:maxAskScan]
	}
	for line := range strings.Lines(text) {
		for _, f := range reportFields {
			if hasPrefixFold(line, f) && strings.HasPrefix(strings.TrimLeft(line[len(f):], " \t\r\n\f"), ":") {
				return true
			}
		}
	}
	return false
}

// backscatter warns when the reader named their own addresses or domains and
// the returned message was not sent by them. Two cases are clear enough to
// say so:
//
//   - its From names none of the reader's domains: the reader's address was
//     only the return address of someone else's message;
//   - its From is the reader's, but two other headers (Message-ID, DKIM
//     signature, first Received hops) name the same other organisation: the
//     message was written and sent there, and only borrowed the address.
//
// Any of those headers naming the reader's domain clears the message. Hosts
// of the large mail providers prove nothing either way (people send their own
// domain's mail through them), and a single foreign header is common in real
// mail (a client's home connection in the first Received line, an ISP's
// server in the Message-ID), so it is not enough.
func backscatter(d *Diagnosis, mine []string) (Warning, bool) {
	o := d.Original
	if o == nil || !d.Category.IsFailure() {
		return Warning{}, false
	}
	own := ownDomains(mine)
	if len(own) == 0 {
		return Warning{}, false
	}
	type clue struct{ header, host string }
	var clues []clue
	if h := addressDomain(o.MessageID); h != "" {
		clues = append(clues, clue{"Message-ID", h})
	}
	if o.DKIMDomain != "" {
		clues = append(clues, clue{"DKIM signature", o.DKIMDomain})
	}
	for _, h := range o.ReceivedFrom {
		clues = append(clues, clue{"first Received header", h})
	}
	byOrg := map[string][]clue{} // foreign clues by registered domain
	var orgs []string
	for _, c := range clues {
		host := asciiHost(c.host)
		if !publicName(host) {
			continue
		}
		if own.match(host) {
			return Warning{}, false
		}
		if provider.match(host) {
			continue
		}
		org := registeredDomain(host)
		if len(byOrg[org]) == 0 {
			orgs = append(orgs, org)
		}
		if !slices.ContainsFunc(byOrg[org], func(x clue) bool { return x.header == c.header }) {
			byOrg[org] = append(byOrg[org], c)
		}
	}
	const lead = "You probably did not send this: your address was forged, and no action is needed. "
	if from := asciiHost(addressDomain(o.From)); publicName(from) && !own.match(from) {
		return Warning{Kind: WarnBackscatter, Message: lead + "The message that bounced says it is from " +
			showHost(addressDomain(o.From)) + ", which is none of the addresses or domains you gave. " +
			"Someone else's message used your address as its return address, so its bounce came to you."}, true
	}
	for _, org := range orgs {
		cs := byOrg[org]
		if len(cs) < 2 {
			continue
		}
		var why []string
		for _, c := range cs {
			why = append(why, "its "+c.header+" names "+showHost(c.host))
		}
		return Warning{Kind: WarnBackscatter, Message: lead + "The message that bounced carries your address in its " +
			"From line, but it was written and sent elsewhere: " + strings.Join(why, ", and ") +
			", and nothing in it names a domain of yours. Spammers put other people's addresses in the From line; " +
			"your account was not broken into, and you can delete this bounce. If you do send mail through " +
			showHost(org) + ", add that domain to yours and look again."}, true
	}
	return Warning{}, false
}

// registeredDomain returns the part of host its owner registered
// ("mail.example.co.uk" gives "example.co.uk").
func registeredDomain(host string) string {
	if r, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return r
	}
	return host
}

// domainSet is a list of domains in lower-case ASCII (punycode).
type domainSet []string

// match reports whether host is one of the domains or a subdomain of one.
func (s domainSet) match(host string) bool {
	for _, d := range s {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

// provider lists the domains of large mail providers and sending services:
// people send their own domain's mail through them, so a Message-ID or a
// Received host there does not show a forgery.
var provider = domainSet{
	"google.com", "gmail.com", "googlemail.com", "gappssmtp.com", "outlook.com", "hotmail.com", "live.com",
	"office365.com", "onmicrosoft.com", "exchangelabs.com", "microsoft.com", "yahoo.com", "yahoodns.net",
	"aol.com", "icloud.com", "me.com", "apple.com", "amazonses.com", "sendgrid.net", "mailgun.org",
	"mailgun.net", "mcsv.net", "mandrillapp.com", "sparkpostmail.com", "mailjet.com", "zoho.com",
	"zohomail.com", "fastmail.com", "messagingengine.com", "protonmail.ch", "proton.me", "gmx.net", "web.de",
	"mail.ru", "yandex.net", "yandex.ru", "qq.com", "mimecast.com", "pphosted.com", "messagelabs.com",
	"sendgrid.info", "mcdlv.net", "rsgsv.net", "mtasv.net", "postmarkapp.com", "exacttarget.com",
	"hubspotemail.net", "constantcontact.com", "ccsend.com", "salesforce.com", "mailchimpapp.net",
}

// ownDomains reads the reader's addresses and domains ("ann@example.org",
// "example.org", "@example.org", "*.example.org"), several to an entry if
// separated by commas or spaces, as the lower-case ASCII domains their owners
// registered.
func ownDomains(mine []string) domainSet {
	var out domainSet
	for _, entry := range mine {
		for _, f := range strings.FieldsFunc(entry, func(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) }) {
			f = strings.Trim(f, "<>\"'")
			if i := strings.LastIndexByte(f, '@'); i >= 0 {
				f = f[i+1:]
			}
			f = strings.TrimPrefix(f, "*.")
			if h := asciiHost(f); strings.Contains(h, ".") {
				// A host the reader names ("mail.example.org") stands for
				// their whole organisation.
				out = append(out, registeredDomain(h))
			}
		}
	}
	return out
}

// idnaProfile maps a domain the way a browser does before looking it up
// (lower case, full-width dots) and converts it to punycode. It is lenient
// with underscores and the like, which real host names carry.
var idnaProfile = idna.New(idna.MapForLookup(), idna.Transitional(false), idna.StrictDomainName(false))

// asciiHost gives host in lower-case ASCII: punycode for an international
// name, so "bücher.example" and "xn--bcher-kva.example" compare equal.
func asciiHost(host string) string {
	host = strings.Trim(strings.TrimSpace(host), ".[]")
	if a, err := idnaProfile.ToASCII(host); err == nil && a != "" {
		return strings.ToLower(a)
	}
	return strings.ToLower(host)
}

// showHost shows a host name as the message had it, with its punycode form
// too when they differ, so a look-alike international name cannot pass for
// a familiar one.
func showHost(host string) string {
	a := asciiHost(host)
	if !strings.EqualFold(a, host) && a != "" {
		u, err := idna.ToUnicode(a)
		if err == nil && u != a {
			return u + " (" + a + ")"
		}
	}
	return host
}

// publicName reports whether host is a domain name that can tell where a
// message came from: not an IP literal, not a bare machine name, not a name
// only a local network uses ("laptop.local", "pc.fritz.box").
func publicName(host string) bool {
	if !strings.Contains(host, ".") || !utf8.ValidString(host) {
		return false
	}
	tld := host[strings.LastIndexByte(host, '.')+1:]
	if tld == "" || strings.IndexFunc(tld, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 && !strings.HasPrefix(tld, "xn--") {
		return false // a numeric address, or junk
	}
	switch tld {
	case "local", "lan", "home", "localdomain", "internal", "intranet", "corp", "private", "localhost", "arpa", "box", "test", "invalid":
		return false
	}
	return true
}

// addressDomain returns the domain of an address ("Ann <ann@example.org>")
// or a Message-ID ("<x.y@host.example>"), or "".
func addressDomain(s string) string {
	if a, err := mail.ParseAddress(s); err == nil {
		s = a.Address
	}
	i := strings.LastIndexByte(s, '@')
	if i < 0 {
		return ""
	}
	host := s[i+1:]
	if j := strings.IndexAny(host, "> \t,;"); j >= 0 {
		host = host[:j]
	}
	return host
}

// askWindow is how far around a keyword a request to open something is
// looked for: every pattern's match holds one of its keywords and is far
// shorter than this.
const askWindow = 80

// around runs the rule's pattern around each place in text where one of
// its keywords starts ("attach" is in most bounces, and
// the patterns have no literal prefix to speed a search of the whole text),
// and returns the quoted words of the first match whose sentence also
// matches purpose (when given), or "".
func (rule askRule) around(text string, starts []int) string {
	for _, i := range starts {
		// Start the window after a space, so the pattern's own word-start
		// check sees what comes before its first word.
		lo := max(0, i-askWindow)
		if sp := strings.LastIndexAny(text[max(0, lo-32):lo], " \t\n"); sp >= 0 {
			lo = max(0, lo-32) + sp + 1
		}
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo--
		}
		hi := min(len(text), i+askWindow+16)
		for hi < len(text) && !utf8.RuneStart(text[hi]) {
			hi++
		}
		var start, end int
		if len(rule.first) > 0 {
			if start, end = rule.firstWordMatch(text, lo, hi); start < 0 {
				continue
			}
		} else if loc := rule.re.FindStringIndex(text[lo:hi]); loc != nil {
			start, end = lo+loc[0], lo+loc[1]
		} else {
			continue
		}
		if rule.purpose == nil || rule.purpose.MatchString(sentenceAround(text, start, end)) {
			return quoteWords(text[start:end])
		}
	}
	return ""
}

// firstWordMatch tries the rule's anchored pattern at each word start in
// text[lo:hi] where one of its first words begins, leftmost first, and
// returns where the match is, or -1, -1.
func (rule askRule) firstWordMatch(text string, lo, hi int) (int, int) {
	var starts []int
	for _, w := range rule.first {
		for from := lo; from < hi && len(starts) < maxAskTries; {
			i := indexFold(text[from:hi], w)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			if r, _ := utf8.DecodeLastRuneInString(text[:i]); i == 0 || !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '_' {
				starts = append(starts, i)
			}
		}
	}
	slices.Sort(starts)
	for _, i := range starts {
		if loc := rule.re.FindStringIndex(text[i:hi]); loc != nil {
			return i, i + loc[1]
		}
	}
	return -1, -1
}

// maxAskTries bounds the places one keyword is tried at: a notice is short,
// and a hostile one repeating "attach" must not cost a regexp run each time.
const maxAskTries = 20

// containsAny reports whether s contains any of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
