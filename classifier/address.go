package classifier

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// findAddresses returns the offsets of the email addresses in s, in order,
// internationalised ones included (RFC 6531: "ann@bücher.example",
// "用户@例子.广告"). The pattern is deliberately loose, as bounces quote odd
// addresses: a local part of letters, digits, marks (\p{M}, which belong to
// letters in scripts such as Devanagari and Thai) and the characters
// RFC 5322 allows unquoted, an '@', then labels of letters, digits, marks
// and '-', at least two, joined by dots. It works outward from each '@', so
// a text without one costs one byte search.
func findAddresses(s string) [][]int {
	return firstAddresses(s, -1)
}

// firstAddresses is findAddresses stopping after n addresses (n < 0: all),
// for a caller that only asks whether a line holds one.
func firstAddresses(s string, n int) [][]int {
	var out [][]int
	prevEnd := 0
	for from := 0; ; {
		k := strings.IndexByte(s[from:], '@')
		if k < 0 {
			return out
		}
		at := from + k
		from = at + 1
		start := at
		for start > prevEnd {
			r, size := utf8.DecodeLastRuneInString(s[prevEnd:start])
			if !isLocalRune(r) || r == utf8.RuneError && size == 1 {
				break
			}
			start -= size
		}
		start += logKeyLen(s[start:at])
		end := domainEnd(s, at+1)
		if end < 0 {
			continue
		}
		// '{' may stand in a local part (RFC 5322 atext), but an address
		// in braces is a list's member: PowerShell prints a collection so
		// ("Recipients : {ann@example.com}", or "{ann@x, bob@y}"), as
		// Exchange's message tracking log shows it.
		if start < at && s[start] == '{' && end < len(s) && (s[end] == '}' || s[end] == ',') {
			start++
		}
		// An address in single quotes is a string a program printed:
		// Python's smtplib names the refused recipients in a dict
		// ("SMTPRecipientsRefused: {'ann@example.com': (550, ...)}") and
		// the refused sender last in a tuple. The quotes are no part of it.
		if start+2 < at && s[start] == '{' && s[start+1] == '\'' && end < len(s) && s[end] == '\'' {
			start++
		}
		if start+1 < at && s[start] == '\'' && end < len(s) && s[end] == '\'' {
			start++
		}
		start += emphasisLen(s, start, at, end)
		if start == at {
			continue
		}
		// '/' may stand in a local part, but an '@' inside a web link
		// ("http://www.openspf.org/why.html?sender=ann@example.org", a
		// help link in a refusal) makes no address at all, nor does one
		// after a link's ';' (pypolicyd-spf's "Why?s=helo;id=...;r=ann@...").
		if strings.IndexByte(s[start:at], '/') >= 0 || start > 0 && s[start-1] == ';' {
			if _, inLink := linkBefore(s, at); inLink {
				prevEnd, from = end, end
				continue
			}
		}
		if i, j, ok := trimScripts(s, start, end); ok {
			out = append(out, []int{i, j})
			if len(out) == n {
				return out
			}
		}
		prevEnd, from = end, end
	}
}

// emphasisLen is the length of the Markdown emphasis ("**", "*", "__",
// "_") that opens the address s[start:end] when the same marks close it
// ("**ann@example.com**"): '*' and '_' may stand in a local part, but the
// text of a mail written in Markdown (Laravel's mail notifications, which
// addy.io's failed-delivery notice is one of) keeps the marks around a bold
// address, and they are no part of it.
func emphasisLen(s string, start, at, end int) int {
	k := start
	for k < at && k-start < 2 && (s[k] == '*' || s[k] == '_') && s[k] == s[start] {
		k++
	}
	n := k - start
	if n == 0 || k == at || !strings.HasPrefix(s[end:], s[start:k]) {
		return 0
	}
	return n
}

// logKeys are the field names a mail log writes straight before an
// address, with no bracket between: msmtp's log line "from=ann@x
// recipients=bob@y,carl@z" (msmtp.c msmtp_get_log_info). '=' may stand in a
// local part, so without this the field name would be read as part of it.
var logKeys = []string{"from=", "to=", "recipients=", "user="}

// logKeyLen returns the length of the log field name that opens local, the
// text before an '@', or 0 when none does.
func logKeyLen(local string) int {
	for _, k := range logKeys {
		if len(local) > len(k) && strings.EqualFold(local[:len(k)], k) {
			return len(k)
		}
	}
	return 0
}

// domainEnd returns where the domain that starts at s[i:] ends: one label,
// then as many as follow after a dot; -1 when there are not two labels.
func domainEnd(s string, i int) int {
	end := labelEnd(s, i)
	if end == i {
		return -1
	}
	labels := 1
	for end < len(s) && s[end] == '.' {
		next := labelEnd(s, end+1)
		if next == end+1 {
			break
		}
		end, labels = next, labels+1
	}
	if labels < 2 {
		return -1
	}
	return end
}

// labelEnd returns where the run of label characters from s[i:] ends.
func labelEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isLabelRune(r) || r == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	return i
}

// isLabelRune reports whether r may stand in a domain label.
func isLabelRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '-'
	}
	return unicode.In(r, unicode.L, unicode.N, unicode.M)
}

// isLocalRune reports whether r may stand in a local part.
func isLocalRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' ||
			strings.ContainsRune("._%+-=!#$&'*/?^{|}~", r)
	}
	return unicode.In(r, unicode.L, unicode.N, unicode.M)
}

// allAddresses returns the addresses in s, in order.
func allAddresses(s string) []string {
	var out []string
	for _, loc := range findAddresses(s) {
		out = append(out, s[loc[0]:loc[1]])
	}
	return out
}

// firstAddress returns the first address in s, or "".
func firstAddress(s string) string {
	for _, loc := range findAddresses(s) {
		if a := strings.Trim(s[loc[0]:loc[1]], ".'"); a != "" {
			return a
		}
	}
	return ""
}

// trimScripts narrows the match s[i:j] to the address itself when it runs
// into the words around it: languages written without spaces put an address
// straight against the text ("宛先user@example.comへの"). A real label or
// local part keeps to one script (registries refuse mixed-script labels), so
// the local part ends where the script changes going back from the '@', and
// the domain ends where a label changes script. It reports false when no
// address is left.
func trimScripts(s string, i, j int) (int, int, bool) {
	m := s[i:j]
	if isASCII(m) {
		return i, j, true
	}
	at := strings.IndexByte(m, '@')
	start, cur := at, script(0)
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(m[:start])
		sc := scriptOf(r)
		if sc != 0 {
			if cur != 0 && sc != cur {
				break
			}
			cur = sc
		}
		start -= size
	}
	end, cur := at+1, script(0)
	for end < len(m) {
		r, size := utf8.DecodeRuneInString(m[end:])
		sc := scriptOf(r)
		if r == '.' {
			cur = 0 // each label has its own script
		} else if sc != 0 {
			if cur != 0 && sc != cur {
				break
			}
			cur = sc
		}
		end += size
	}
	domain := strings.TrimRight(m[at+1:end], ".-")
	end = at + 1 + len(domain)
	if start == at || !strings.Contains(domain, ".") {
		return 0, 0, false
	}
	return i + start, i + end, true
}

// script groups letters by writing system; 0 is for characters that belong
// to none (digits, punctuation).
type script int

const (
	scriptNone script = iota
	scriptLatin
	scriptCJK // Han, kana and Hangul mix freely in one Japanese or Korean name
	scriptCyrillic
	scriptGreek
	scriptArabic
	scriptHebrew
	scriptOther
)

func scriptOf(r rune) script {
	switch {
	case r < utf8.RuneSelf:
		if 'a' <= r|0x20 && r|0x20 <= 'z' {
			return scriptLatin
		}
		return scriptNone
	case !unicode.IsLetter(r):
		return scriptNone
	case unicode.Is(unicode.Latin, r):
		return scriptLatin
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo):
		return scriptCJK
	case unicode.Is(unicode.Cyrillic, r):
		return scriptCyrillic
	case unicode.Is(unicode.Greek, r):
		return scriptGreek
	case unicode.Is(unicode.Arabic, r):
		return scriptArabic
	case unicode.Is(unicode.Hebrew, r):
		return scriptHebrew
	}
	return scriptOther
}

func isASCII(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// decodeUnitext undoes RFC 6533's escaping of non-ASCII characters in a
// delivery report's "utf-8;" address ("ann@b\x{FC}cher.example"). A
// malformed escape is left as it is.
func decodeUnitext(v string) string {
	if !strings.Contains(v, `\x{`) {
		return v
	}
	var b strings.Builder
	for {
		k := strings.Index(v, `\x{`)
		if k < 0 {
			break
		}
		b.WriteString(v[:k])
		rest := v[k+3:]
		e := strings.IndexByte(rest, '}')
		n, err := strconv.ParseUint(rest[:max(e, 0)], 16, 32)
		if e < 1 || e > 6 || err != nil || !utf8.ValidRune(rune(n)) {
			b.WriteString(`\x{`)
			v = rest
			continue
		}
		b.WriteRune(rune(n))
		v = rest[e+1:]
	}
	b.WriteString(v)
	return b.String()
}
