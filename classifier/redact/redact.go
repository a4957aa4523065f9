// Package redact masks personal data in the text of a bounce before it is stored
// or shared: the local part of email addresses, IP addresses, message-ids, queue
// ids and similar tokens that point at one person or one message.
//
// Masking is length-preserving in bytes: every masked byte becomes '*', so a
// multi-byte character becomes as many stars as it has bytes. Byte offsets into
// the text (the Evidence positions of a diagnosis) therefore stay valid, and
// redacting a redacted text changes nothing. What a reader needs to understand
// the bounce is kept: domains, server names, status and reply codes, and the
// words of the error. A caller may name values to keep visible on purpose
// (the listed server a blocklist refusal names, say); nothing else is kept.
package redact

import (
	"net/netip"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whybounce/whybounce/classifier"
)

// mask is the byte that replaces every masked byte.
const mask = '*'

// Text returns s with personal data masked. The result has the same length in
// bytes as s, and every byte that is not masked is unchanged.
//
// A mask can reveal a token the rules did not see before (an IPv6 address
// whose neighbour was masked as an IPv4 one), so the rules run again until
// nothing changes: redacting a redacted text is then a no-op. Each round masks
// at least one more byte. Real text settles in one or two rounds; a text
// built so that each mask reveals another token is cut short by masking all
// but its whitespace, which bounds the time and keeps the result stable.
func Text(s string) string { return text(s, nil) }

// text is Text leaving the values in keep visible where they stand as a
// whole token.
func text(s string, keep []string) string {
	for range maxRounds {
		out := pass(s, keep)
		if out == s {
			return out
		}
		s = out
	}
	m := masker{s: s}
	hideNonSpace(&m, 0, len(s))
	m.keep(keep)
	return m.result()
}

// maxRounds bounds the passes of Text.
const maxRounds = 8

// pass applies every rule once.
func pass(s string, keep []string) string {
	if s == "" {
		return s
	}
	m := masker{s: s}
	for _, r := range rules {
		r(&m)
	}
	m.keep(keep)
	return m.result()
}

// masker collects the bytes to mask. Every rule reads the original text, so the
// order of the rules does not matter.
type masker struct {
	s string
	b []byte // copy of s, made on the first masked byte
}

// result is the text with the masks applied.
func (m *masker) result() string {
	if m.b == nil {
		return m.s
	}
	return string(m.b)
}

// keep unmasks every occurrence of the values in keep that stands as a whole
// token, not as part of a longer name or number.
func (m *masker) keep(keep []string) {
	if m.b == nil {
		return
	}
	for _, k := range keep {
		if k == "" {
			continue
		}
		for i := 0; ; {
			j := strings.Index(m.s[i:], k)
			if j < 0 {
				break
			}
			start, end := i+j, i+j+len(k)
			if wholeToken(m.s, start, end) {
				copy(m.b[start:end], m.s[start:end])
			}
			i = start + 1
		}
	}
}

// wholeToken reports whether s[start:end] is not glued to more of a name,
// address or number on either side; a dot that ends a sentence does not count.
func wholeToken(s string, start, end int) bool {
	if start > 0 && (tokenByte(s[start-1]) || s[start-1] == '.') {
		return false
	}
	if end < len(s) && (tokenByte(s[end]) || s[end] == '.' && end+1 < len(s) && isAlnum(s[end+1])) {
		return false
	}
	return true
}

func tokenByte(c byte) bool {
	return isAlnum(c) || c == '-' || c == '_' || c == ':' || c == '@' || c >= 0x80
}

// hide masks s[start:end].
func (m *masker) hide(start, end int) {
	if start >= end {
		return
	}
	if m.b == nil {
		m.b = []byte(m.s)
	}
	for i := start; i < end; i++ {
		m.b[i] = mask
	}
}

// rules are applied in turn to the text; each finds one kind of token.
var rules = []func(*masker){
	hideEmails,
	hideIPv4,
	hideIPv6,
	hideHeaderMessageIDs,
	hideAddressHeaderNames,
	hideKeyedValues,
	hideQueueIDs,
	hideBareLocalParts,
	hidePattern(uuidRe, false),
	hidePattern(longHexRe, true),
	hidePattern(gsmtpIDRe, false),
}

// atext is what an unquoted local part may hold (RFC 5322, plus the letters and
// digits of any script, as RFC 6531 allows).
const atext = "\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-"

// label is one DNS label, in any script.
const label = `[\p{L}\p{N}][\p{L}\p{N}-]*`

var emailRe = regexp.MustCompile(`("[^"\r\n]+"|[` + atext + `]+)@(?:` +
	label + `(?:\.` + label + `)*|\[[^\]\s]+\])`)

// keyPrefixRe matches a log key glued to an address ("user=ann@example.com"):
// the key stays readable, only the value is masked.
var keyPrefixRe = regexp.MustCompile(`(?i)^(?:` + keyNames + `)=`)

// keyNames are the log keys whose value names a person.
const keyNames = `sasl_username|sasl_sender|username|user|login|account|authid|` +
	`orig_to|to|from|rcpt|recipient|sender|addr|address|email|mail`

// hideEmails masks the local part of every address and keeps its domain.
func hideEmails(m *masker) {
	for _, loc := range emailRe.FindAllStringSubmatchIndex(m.s, -1) {
		start, end := loc[2], loc[3]
		if isRole(m.s[start:end]) {
			continue
		}
		if k := keyPrefixRe.FindStringIndex(m.s[start:end]); k != nil {
			start += k[1]
		}
		m.hide(start, end)
	}
}

var ipv4Re = regexp.MustCompile(`[0-9]{1,3}(?:\.[0-9]{1,3}){3}`)

// hideIPv4 masks dotted-quad addresses, also inside brackets, after "IPv4:" and
// in blocklist queries ("2.0.0.127.zen.spamhaus.org"), but not version numbers
// with more parts.
func hideIPv4(m *masker) {
	for _, loc := range ipv4Re.FindAllStringIndex(m.s, -1) {
		start, end := loc[0], loc[1]
		if start > 0 && (isAlnum(m.s[start-1]) || m.s[start-1] == '.') {
			continue
		}
		if end < len(m.s) && (isAlnum(m.s[end]) || m.s[end] == '.' && end+1 < len(m.s) && isDigit(m.s[end+1])) {
			continue
		}
		if !octetsValid(m.s[start:end]) {
			continue
		}
		m.hide(start, end)
	}
}

func octetsValid(s string) bool {
	for part := range strings.SplitSeq(s, ".") {
		n := 0
		for i := 0; i < len(part); i++ {
			n = n*10 + int(part[i]-'0')
		}
		if n > 255 {
			return false
		}
	}
	return true
}

var ipv6CandidateRe = regexp.MustCompile(`[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*`)

// hideIPv6 masks IPv6 addresses: every run of hex digits, colons and dots that
// parses as one. A run glued to a word ("IPv6:2001:db8::1") is tried again from
// its first colon, so the word stays.
func hideIPv6(m *masker) {
	for _, loc := range ipv6CandidateRe.FindAllStringIndex(m.s, -1) {
		start, end := loc[0], loc[1]
		for end > start && (m.s[end-1] == '.' || m.s[end-1] == ':' && !strings.HasSuffix(m.s[start:end], "::")) {
			end--
		}
		if start > 0 && isWordByte(m.s[start-1]) || !isIPv6(m.s[start:end]) {
			i := strings.IndexByte(m.s[start:end], ':')
			if i < 0 {
				continue
			}
			start += i + 1
			if !isIPv6(m.s[start:end]) {
				continue
			}
		}
		m.hide(start, end)
	}
}

func isIPv6(s string) bool {
	if strings.Count(s, ":") < 2 || !strings.ContainsAny(s, "0123456789abcdefABCDEF") {
		return false
	}
	a, err := netip.ParseAddr(s)
	return err == nil && a.Is6()
}

// headerValue matches a header line and its continuation lines; group 1 is the value.
const headerValue = `[ \t]*:([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)`

var (
	messageIDHeaderRe = regexp.MustCompile(`(?im)^[ \t>]*(?:[a-z-]*message-id|in-reply-to|references)` + headerValue)
	angleRe           = regexp.MustCompile(`<([^<>\s]*)>`)
	bareIDRe          = regexp.MustCompile(`^\s*([^\s<>@]+)(?:@\S*)?\s*$`)
)

// hideHeaderMessageIDs masks the unique part of message-ids in Message-ID,
// In-Reply-To and References headers, also those with no "@" that the address
// rule cannot see. The domain after "@" names the sending server and stays.
func hideHeaderMessageIDs(m *masker) {
	for _, loc := range messageIDHeaderRe.FindAllStringSubmatchIndex(m.s, -1) {
		vs, ve := loc[2], loc[3]
		hideMessageIDs(m, vs, ve)
	}
}

// hideMessageIDs masks the message-ids in m.s[vs:ve].
func hideMessageIDs(m *masker, vs, ve int) {
	v := m.s[vs:ve]
	found := false
	for _, a := range angleRe.FindAllStringSubmatchIndex(v, -1) {
		found = true
		id := v[a[2]:a[3]]
		end := a[3]
		if at := strings.LastIndexByte(id, '@'); at >= 0 {
			end = a[2] + at
		}
		m.hide(vs+a[2], vs+end)
	}
	if !found {
		if b := bareIDRe.FindStringSubmatchIndex(v); b != nil {
			m.hide(vs+b[2], vs+b[3])
		}
	}
}

var addressHeaderRe = regexp.MustCompile(`(?im)^[ \t>]*(?:from|to|cc|bcc|reply-to|sender|resent-from|resent-to|` +
	`delivered-to|x-original-to|x-original-from|return-path)` + headerValue)

// hideAddressHeaderNames masks the display names in address headers ("To: Ann
// Lee <ann@example.com>"), comments in parentheses, and a value that is only a
// name, as mail programs show it when text is copied out of them.
func hideAddressHeaderNames(m *masker) {
	for _, loc := range addressHeaderRe.FindAllStringSubmatchIndex(m.s, -1) {
		hideDisplayNames(m, loc[2], loc[3])
	}
}

// hideDisplayNames masks what in m.s[vs:ve] is not an address in angle brackets.
func hideDisplayNames(m *masker, vs, ve int) {
	v := m.s[vs:ve]
	if !strings.ContainsAny(v, "<@") {
		hideNonSpace(m, vs, ve)
		return
	}
	segStart := 0
	depth := 0
	quoted := false
	for i := 0; i < len(v); i++ {
		if quoted {
			quoted = v[i] != '"'
			continue
		}
		switch v[i] {
		case '"':
			quoted = depth == 0
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case '<':
			if depth == 0 && !isRole(localPart(v[i+1:])) {
				hideNonSpace(m, vs+segStart, vs+i)
			}
		case '>', ',':
			if depth == 0 {
				segStart = i + 1
			}
		case ' ', '\t', '\r', '\n':
		default:
			if depth > 0 {
				m.hide(vs+i, vs+i+1)
			}
		}
	}
}

// hideNonSpace masks every byte of m.s[start:end] but spaces, commas and quotes.
func hideNonSpace(m *masker, start, end int) {
	for i := start; i < end; i++ {
		switch m.s[i] {
		case ' ', '\t', '\r', '\n', ',', '"', ';':
		default:
			m.hide(i, i+1)
		}
	}
}

// keyedValueRe finds a value after "="; the key before it is checked in code,
// which is much faster than a pattern that starts with a list of keys.
var keyedValueRe = regexp.MustCompile(`=<?([^\s,;<>"@=]+)`)

// hideKeyedValues masks log values that name a person ("sasl_username=ann").
// An address value keeps its domain: the match stops at "@".
func hideKeyedValues(m *masker) {
	if strings.IndexByte(m.s, '=') < 0 {
		return
	}
	for _, loc := range keyedValueRe.FindAllStringSubmatchIndex(m.s, -1) {
		k := loc[0]
		for k > 0 && (isAlnum(m.s[k-1]) || m.s[k-1] == '_') {
			k--
		}
		if keyPrefixRe.MatchString(m.s[k : loc[0]+1]) {
			m.hide(loc[2], loc[3])
		}
	}
}

// queueIDRe finds a token after "queued as", "queue id" or "id"; group 1 is
// set when the context is a Received line ("with ESMTP id"), where the token
// is always an id.
var queueIDRe = regexp.MustCompile(`(?i)\b(?:queued as|queue[ _-]?id|(with [a-z]+ )?id)\b[ \t]*[:=]?[ \t]*<?([A-Za-z0-9][A-Za-z0-9._/+=-]{5,})`)

// hideQueueIDs masks the ids a server gives a message ("queued as 4F3A21C0A2B",
// "with ESMTPS id 1abcDE-0001Xy-3Z"). Elsewhere a token needs a digit, so the
// words after "id" in a sentence stay.
func hideQueueIDs(m *masker) {
	for _, loc := range queueIDRe.FindAllStringSubmatchIndex(m.s, -1) {
		if loc[2] >= 0 || strings.ContainsAny(m.s[loc[4]:loc[5]], "0123456789") {
			m.hide(loc[4], loc[5])
		}
	}
}

// Recipient positions where software writes a local recipient without a
// domain; group 1 is the local part. Sendmail: "<jroe>... User unknown",
// "550 5.1.1 jroe... User unknown", and "<jroe>" alone on a line of its
// list of failed addresses; SMTP: "RCPT TO:<jroe>"; a DSN:
// "Final-Recipient: rfc822; jroe".
var bareLocals = []struct {
	re *regexp.Regexp
	// need is text every match holds, in lower case: without it in the
	// text, the pattern is not run at all.
	need string
}{
	{regexp.MustCompile(`<([^<>@\s]+)>\.\.\.`), ">..."},
	{regexp.MustCompile(`\b[245][0-9][0-9][ -](?:[245]\.[0-9]{1,3}\.[0-9]{1,3} )?([^<>@\s.]+)\.\.\.`), "..."},
	{regexp.MustCompile(`(?m)^[ \t>]*<([^<>@\s]+)>[ \t\r]*$`), "<"},
	{regexp.MustCompile(`(?i)\brcpt to:[ \t]*<([^<>@\s]+)>`), "rcpt to"},
	{regexp.MustCompile(`(?im)^[ \t>]*(?:final|original|x-actual)-recipient[ \t]*:[ \t]*(?:[a-z0-9-]+[ \t]*;)?[ \t]*<?([^\s@;<>]+)>?[ \t\r]*$`), "-recipient"},
}

// hideBareLocalParts masks a local part written without its domain where a
// recipient stands: it names a person as much as a whole address does.
func hideBareLocalParts(m *masker) {
	lower := ""
	for _, b := range bareLocals {
		if !strings.Contains(m.s, b.need) {
			if lower == "" {
				lower = strings.ToLower(m.s)
			}
			if !strings.Contains(lower, b.need) {
				continue
			}
		}
		for _, loc := range b.re.FindAllStringSubmatchIndex(m.s, -1) {
			if !isRole(m.s[loc[2]:loc[3]]) {
				m.hide(loc[2], loc[3])
			}
		}
	}
}

var (
	uuidRe = regexp.MustCompile(`\b([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\b`)
	// longHexRe is a run of 16 or more hex digits: shorter runs are codes,
	// not ids.
	longHexRe = regexp.MustCompile(`\b([0-9A-Fa-f]{16,})\b`)
	// gsmtpIDRe is the per-message id Gmail puts before "- gsmtp".
	gsmtpIDRe = regexp.MustCompile(`\s([A-Za-z0-9]+-[A-Za-z0-9.]+) - gsmtp`)
)

// hidePattern returns a rule masking group 1 of every match of re; with
// needDigit, only groups that hold a digit (a hex run of letters only is a
// word).
func hidePattern(re *regexp.Regexp, needDigit bool) func(*masker) {
	return func(m *masker) {
		for _, loc := range re.FindAllStringSubmatchIndex(m.s, -1) {
			if !needDigit || strings.ContainsAny(m.s[loc[2]:loc[3]], "0123456789") {
				m.hide(loc[2], loc[3])
			}
		}
	}
}

// isRole reports whether local names a mailbox of a service rather than a
// person ("MAILER-DAEMON", "postmaster"); it stays readable, and so does the
// display name before it.
func isRole(local string) bool {
	switch strings.ToLower(local) {
	case "mailer-daemon", "postmaster", "abuse", "hostmaster", "noreply", "no-reply":
		return true
	}
	return false
}

// localPart returns what comes before the first "@" or ">" of s.
func localPart(s string) string {
	if i := strings.IndexAny(s, "@>"); i >= 0 {
		return s[:i]
	}
	return s
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isAlnum(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func isWordByte(c byte) bool { return isAlnum(c) || c == '_' }

// Diagnosis returns a deep copy of d with personal data masked in every
// string it holds, in every field, those added to classifier.Diagnosis later
// included; d is not changed. Address headers of the returned message lose
// their display names too, message ids their unique part, and a recipient
// address without a domain is masked whole. Evidence texts are cut again from
// the redacted text when their offsets fit, so they match it byte for byte.
//
// Values in keep stay visible wherever they stand as a whole token: for the
// few facts a reader needs to act on (the server a blocklist names). The
// caller says which were kept, next to the redacted text.
func Diagnosis(d *classifier.Diagnosis, keep ...string) *classifier.Diagnosis {
	if d == nil {
		return nil
	}
	r := redactor{keep: keep}
	out := r.copy(reflect.ValueOf(*d), r.text).Interface().(classifier.Diagnosis)
	for i, e := range d.Evidence {
		if 0 <= e.Start && e.Start <= e.End && e.End <= len(d.Text) && d.Text[e.Start:e.End] == e.Text {
			out.Evidence[i].Text = out.Text[e.Start:e.End]
		}
	}
	return &out
}

// Headline is classifier.Headline of d with its personal data masked, a
// recipient written without a domain included. The headline is written
// from d and masked afterwards: each recipient's address where it stands
// (as a redacted diagnosis masks it), then everything else Text masks.
// Redacting the whole diagnosis first would cost far more, and could merge
// two recipients whose masked addresses read the same
// (TestHeadlineShowsNoAddress reads every corpus headline).
func Headline(d *classifier.Diagnosis) string {
	return MaskHeadline(d, classifier.Headline(d))
}

// MaskHeadline is Headline for h, the headline already written for d.
func MaskHeadline(d *classifier.Diagnosis, h string) string {
	if d == nil {
		return h
	}
	r := redactor{}
	for _, rc := range d.Recipients {
		if rc.Address != "" && !strings.Contains(rc.Address, "@") {
			h = replaceWord(h, rc.Address, r.address(rc.Address))
		}
	}
	return Text(h)
}

// replaceWord replaces old in s by new where old stands as a whole word.
func replaceWord(s, old, new string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, old)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		end := i + len(old)
		whole := (i == 0 || !isWordRune(s[:i], true)) && (end == len(s) || !isWordRune(s[end:], false))
		b.WriteString(s[:i])
		if whole {
			b.WriteString(new)
		} else {
			b.WriteString(old)
		}
		s = s[end:]
	}
}

// isWordRune reports whether the rune at the end (before) or start of s is
// a letter or digit.
func isWordRune(s string, before bool) bool {
	var c rune
	if before {
		c, _ = utf8.DecodeLastRuneInString(s)
	} else {
		c, _ = utf8.DecodeRuneInString(s)
	}
	return unicode.IsLetter(c) || unicode.IsDigit(c)
}

// redactor masks the strings of a value as it copies it.
type redactor struct {
	keep []string
}

// A rule redacts one string.
type rule func(string) string

// fieldKey names a field of a struct type.
type fieldKey struct {
	t    reflect.Type
	name string
}

// special are the fields whose meaning calls for more than Text; every other
// string is redacted with Text.
func (r redactor) special(k fieldKey) rule {
	switch k {
	case fieldKey{reflect.TypeFor[classifier.Original](), "From"}, fieldKey{reflect.TypeFor[classifier.Original](), "To"}:
		return r.addressList
	case fieldKey{reflect.TypeFor[classifier.Original](), "MessageID"}:
		return r.messageID
	case fieldKey{reflect.TypeFor[classifier.Recipient](), "Address"}:
		return r.address
	case fieldKey{reflect.TypeFor[classifier.Clue](), "Kind"}, fieldKey{reflect.TypeFor[classifier.Clue](), "Where"},
		fieldKey{reflect.TypeFor[classifier.Clue](), "Strength"}:
		return r.engineWord
	case fieldKey{reflect.TypeFor[classifier.Clue](), "Source"}:
		return r.source
	}
	return nil
}

// engineWord keeps one of the engine's own identifiers (a category, a
// confidence, a clue's kind, place or strength) as it is, without the cost
// of masking; anything else is masked as usual.
func (r redactor) engineWord(s string) string {
	if engineWords[s] {
		return s
	}
	return r.text(s)
}

// source keeps a clue's source when it is one the engine writes (a
// knowledge file's citation); anything else is masked as usual.
func (r redactor) source(s string) string {
	if classifier.IsSource(s) {
		return s
	}
	return r.text(s)
}

// engineWords are the identifiers engineWord keeps.
var engineWords = func() map[string]bool {
	out := map[string]bool{}
	for _, c := range append(classifier.AllCategories, classifier.Unknown) {
		out[string(c)] = true
	}
	for _, w := range []string{string(classifier.High), string(classifier.Medium), string(classifier.Low),
		"words", "status", "reply-code", "stage", "pattern", "classification",
		"reply", "notice", "code", "event", "strong", "medium", "weak"} {
		out[w] = true
	}
	return out
}()

// enumTypes are string types whose values are the engine's identifiers:
// kept by engineWord.
var enumTypes = map[reflect.Type]bool{
	reflect.TypeFor[classifier.Category]():   true,
	reflect.TypeFor[classifier.Confidence](): true,
}

// copy returns a deep copy of v with every string passed through redact, or
// through the rule of its field. Numbers and booleans say nothing about a
// person and are copied as they are.
func (r redactor) copy(v reflect.Value, redact rule) reflect.Value {
	switch v.Kind() {
	case reflect.String:
		if enumTypes[v.Type()] && engineWords[v.String()] {
			return v
		}
		out := reflect.New(v.Type()).Elem()
		out.SetString(redact(v.String()))
		return out
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type()).Elem()
		if v.Kind() == reflect.Pointer {
			out.Set(reflect.New(v.Type().Elem()))
			out.Elem().Set(r.copy(v.Elem(), redact))
		} else {
			out.Set(r.copy(v.Elem(), redact))
		}
		return out
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			out.Index(i).Set(r.copy(v.Index(i), redact))
		}
		return out
	case reflect.Array:
		out := reflect.New(v.Type()).Elem()
		for i := range v.Len() {
			out.Index(i).Set(r.copy(v.Index(i), redact))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			out.SetMapIndex(r.copy(it.Key(), redact), r.copy(it.Value(), redact))
		}
		return out
	case reflect.Struct:
		out := reflect.New(v.Type()).Elem()
		out.Set(v)
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			fr := r.special(fieldKey{v.Type(), f.Name})
			if fr == nil {
				fr = r.text
			}
			out.Field(i).Set(r.copy(v.Field(i), fr))
		}
		return out
	}
	return v
}

func (r redactor) text(s string) string { return text(s, r.keep) }

// addressList redacts the value of a From or To header: addresses and the
// display names around them.
func (r redactor) addressList(s string) string { return r.textThen(s, hideDisplayNames) }

// messageID redacts a Message-ID value, with or without its angle brackets.
func (r redactor) messageID(s string) string { return r.textThen(s, hideMessageIDs) }

// address redacts a recipient's address. One without a domain ("jroe", as
// Sendmail reports a local user) is a local part, masked whole.
func (r redactor) address(s string) string {
	if strings.Contains(s, "@") || isRole(strings.Trim(s, "<> ")) || slices.Contains(r.keep, s) {
		return r.text(s)
	}
	return r.textThen(s, hideNonSpace)
}

// textThen redacts s with Text and then with rule, applied to the whole value.
func (r redactor) textThen(s string, rule func(m *masker, start, end int)) string {
	m := masker{s: r.text(s)}
	rule(&m, 0, len(m.s))
	m.keep(r.keep)
	return m.result()
}
