// Package reference is the lookup database for helpdesk staff: every SMTP reply
// code, every enhanced status code of RFC 3463 and the IANA registry, the codes
// large mailbox providers put into their bounces, and the blocklists bounces name,
// each explained in plain words with the category it leads to and what to do.
//
// The data is a set of readable Go tables, one file per source. The facts come
// from the RFCs, the IANA registry and the providers' public pages; the wording
// is our own.
package reference

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/whybounce/whybounce/classifier"
)

// Kinds of entry.
const (
	KindReply     = "reply"     // an SMTP reply code (RFC 5321): 550
	KindEnhanced  = "enhanced"  // an enhanced status code (RFC 3463, IANA): 5.7.1
	KindProvider  = "provider"  // a code one provider uses: S3150, TSS04
	KindBlocklist = "blocklist" // a blocklist or reputation service
)

// Entry is one page of the reference.
type Entry struct {
	// ID is unique and safe in a URL path: the code itself for standard codes
	// ("5.7.1", "550"), the provider and code otherwise ("microsoft-5.7.509").
	ID string `json:"id"`
	// Code is the code as bounces write it: "5.7.1", "550", "S3150", "TSS04",
	// a range such as "5.7.606-649", or a blocklist's name.
	Code string `json:"code"`
	// Kind is one of KindReply, KindEnhanced, KindProvider, KindBlocklist.
	Kind string `json:"kind"`
	// Provider is who uses the code or runs the list; "" for standard codes.
	Provider string `json:"provider,omitempty"`
	Title    string `json:"title"`
	// Meaning says in plain words what the code means.
	Meaning string `json:"meaning"`
	// Category is the category a bounce carrying this code usually gets.
	Category classifier.Category `json:"category"`
	// Action says what to do about it.
	Action string `json:"action"`
	// Related lists codes (or IDs) of related entries; each resolves with Get.
	Related []string `json:"related,omitempty"`
	// Links point to public pages: a provider's help page, a blocklist's lookup
	// and removal page.
	Links []Link `json:"links,omitempty"`
	// Aliases are other ways bounces name the same thing (a blocklist's DNS
	// zone, a short name); Get and Search find the entry by them too.
	Aliases []string `json:"aliases,omitempty"`
}

// Link is a public page about an entry.
type Link struct {
	Title string `json:"title"`
	URL   string `json:"url"`
}

// db is the built database: the entries and the indexes over them.
type db struct {
	entries []Entry
	// byKey maps a normalised code, alias or ID to entry positions, best first.
	byKey map[string][]int
	// ranges holds the entries whose code is a range of enhanced codes.
	ranges []codeRange
	// words caches each entry's searchable text, lower-cased.
	text []entryText
}

type codeRange struct {
	prefix   string // "5.7."
	from, to int
	pos      int
}

type entryText struct {
	title, meaning, action, provider, codes string
}

var load = sync.OnceValue(build)

func build() *db {
	var all []Entry
	for _, part := range [][]Entry{
		replyEntries(), enhancedEntries(), microsoftEntries(), googleEntries(),
		yahooEntries(), appleEntries(), orangeEntries(), mimecastEntries(), blocklistEntries(),
	} {
		all = append(all, part...)
	}
	d := &db{entries: all, byKey: map[string][]int{}}
	for i := range d.entries {
		e := &d.entries[i]
		if e.ID == "" {
			e.ID = makeID(*e)
		}
		keys := append([]string{e.Code, e.ID}, e.Aliases...)
		for _, k := range keys {
			d.addKey(normalize(k), i)
			d.addKey(compact(normalize(k)), i)
		}
		if r, ok := parseRange(e.Code); ok {
			r.pos = i
			d.ranges = append(d.ranges, r)
		}
		d.text = append(d.text, entryText{
			title:    strings.ToLower(e.Title),
			meaning:  strings.ToLower(e.Meaning),
			action:   strings.ToLower(e.Action),
			provider: strings.ToLower(e.Provider),
			codes:    strings.ToLower(e.Code + " " + strings.Join(e.Aliases, " ")),
		})
	}
	for k, pos := range d.byKey {
		sort.SliceStable(pos, func(a, b int) bool { return d.less(pos[a], pos[b]) })
		d.byKey[k] = pos
	}
	return d
}

func (d *db) addKey(k string, i int) {
	if k == "" {
		return
	}
	for _, p := range d.byKey[k] {
		if p == i {
			return
		}
	}
	d.byKey[k] = append(d.byKey[k], i)
}

// less orders entries that share a code: standard codes before providers'
// codes, permanent (5.x.x) before temporary (4.x.x) before success, then the
// order of the tables.
func (d *db) less(a, b int) bool {
	ka, kb := kindRank(d.entries[a].Kind), kindRank(d.entries[b].Kind)
	if ka != kb {
		return ka < kb
	}
	ca, cb := classRank(d.entries[a].Code), classRank(d.entries[b].Code)
	if ca != cb {
		return ca < cb
	}
	return a < b
}

func kindRank(kind string) int {
	switch kind {
	case KindEnhanced:
		return 0
	case KindReply:
		return 1
	case KindProvider:
		return 2
	}
	return 3
}

func classRank(code string) int {
	switch {
	case strings.HasPrefix(code, "5"):
		return 0
	case strings.HasPrefix(code, "4"):
		return 1
	}
	return 2
}

func makeID(e Entry) string {
	code := slug(e.Code)
	switch e.Kind {
	case KindReply, KindEnhanced:
		return code
	case KindBlocklist:
		if e.Provider != "" && !strings.HasPrefix(code, slug(e.Provider)) {
			return slug(e.Provider) + "-" + code
		}
		return code
	}
	return slug(e.Provider) + "-" + code
}

// slug lower-cases s and keeps letters, digits, dots and single dashes.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(b.String(), "-")
}

var (
	orangeCode = regexp.MustCompile(`^OFR[0-9]{0,3}[-_]?([0-9]{3})$`)
	rangeCode  = regexp.MustCompile(`^([245]\.[0-9]{1,3}\.)([0-9]{1,3})-([0-9]{1,3})$`)
	enhanced   = regexp.MustCompile(`^([245]\.[0-9]{1,3}\.)([0-9]{1,3})$`)
)

// leftPunct and rightPunct are what normalize trims from a code's ends.
const (
	leftPunct  = "#[(<{\"'"
	rightPunct = ".,;:!?)]>}\"'"
)

// normalize turns the ways people write a code into one key: surrounding
// brackets, quotes and punctuation go, spaces collapse, letters are upper-cased
// ("#5.7.1", "5.7.1.", "[TSS04]", " s3150 " become "5.7.1", "TSS04", "S3150").
func normalize(code string) string {
	s := code
	if strings.ContainsAny(s, " \t\r\n\v\f") || !utf8.ValidString(s) {
		s = strings.Join(strings.Fields(code), " ")
	}
	s = strings.TrimLeft(s, leftPunct)
	s = strings.TrimRight(s, rightPunct)
	s = strings.ToUpper(s)
	if strings.HasPrefix(s, "OFR") {
		if m := orangeCode.FindStringSubmatch(s); m != nil {
			return "OFR_" + m[1]
		}
	}
	return s
}

// compact drops the separators people leave out ("OU001" for "OU-001").
func compact(key string) string {
	return separators.Replace(key)
}

// separators is built once: a Replacer costs more to build than to use, and
// a text's every word is looked up (InText).
var separators = strings.NewReplacer("-", "", "_", "", " ", "")

func parseRange(code string) (codeRange, bool) {
	m := rangeCode.FindStringSubmatch(code)
	if m == nil {
		return codeRange{}, false
	}
	from, _ := strconv.Atoi(m[2])
	to, _ := strconv.Atoi(m[3])
	return codeRange{prefix: m[1], from: from, to: to}, true
}

// All returns every entry, in the order of the tables: reply codes, enhanced
// status codes, then each provider and the blocklists.
func All() []Entry {
	d := load()
	out := make([]Entry, len(d.entries))
	for i, e := range d.entries {
		out[i] = cloneEntry(e)
	}
	return out
}

func cloneEntry(e Entry) Entry {
	e.Related = append([]string(nil), e.Related...)
	e.Links = append([]Link(nil), e.Links...)
	e.Aliases = append([]string(nil), e.Aliases...)
	return e
}

// Get returns the entry for a code, an alias or an ID. It accepts the forms
// people type or copy ("5.7.1", "#5.7.1", "550", "s3150", "[TSS04]", "OU001",
// "OFR004_416", "zen.spamhaus.org"). When several entries share a code, the
// standard one wins: Get("5.7.1") is the registry's 5.7.1, not Microsoft's.
func Get(code string) (Entry, bool) {
	d := load()
	if pos := d.lookup(code); len(pos) > 0 {
		return cloneEntry(d.entries[pos[0]]), true
	}
	return Entry{}, false
}

// lookup returns the positions of the entries for code, best first.
func (d *db) lookup(code string) []int {
	// A plain ASCII word, which is what most of a text's words are, is
	// keyed in a buffer on the stack: InText looks up every word of a
	// reply, and most are no code.
	var buf, cbuf [64]byte
	if k, ok := plainKey(code, buf[:0]); ok {
		if len(k) == 0 {
			return nil
		}
		if pos := d.byKey[string(k)]; len(pos) > 0 {
			return pos
		}
		if pos := d.byKey[string(compactKey(k, cbuf[:0]))]; len(pos) > 0 {
			return pos
		}
		if k[0] < '2' || k[0] > '5' {
			return nil // not an enhanced status code, which alone has ranges
		}
		return d.inRanges(string(k))
	}
	k := normalize(code)
	if k == "" {
		return nil
	}
	if pos := d.byKey[k]; len(pos) > 0 {
		return pos
	}
	if pos := d.byKey[compact(k)]; len(pos) > 0 {
		return pos
	}
	if k[0] < '2' || k[0] > '5' {
		return nil
	}
	return d.inRanges(k)
}

// inRanges returns the positions of the entries whose range of enhanced
// status codes holds k ("5.7.1" in "5.7.0-5.7.9").
func (d *db) inRanges(k string) []int {
	m := enhanced.FindStringSubmatch(k)
	if m == nil {
		return nil
	}
	n, _ := strconv.Atoi(m[2])
	var pos []int
	for _, r := range d.ranges {
		if r.prefix == m[1] && n >= r.from && n <= r.to {
			pos = append(pos, r.pos)
		}
	}
	return pos
}

// plainKey is normalize for a word of ASCII with no white space, written
// into buf; ok is false for any other code (and for an Orange code, which
// normalize rewrites), and for one longer than buf, which normalize keys.
func plainKey(code string, buf []byte) (key []byte, ok bool) {
	s := strings.TrimRight(strings.TrimLeft(code, leftPunct), rightPunct)
	if len(s) > cap(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf, c == ' ', c == '\t', c == '\r', c == '\n', c == '\v', c == '\f':
			return nil, false
		case 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
		}
		buf = append(buf, c)
	}
	if len(buf) >= 3 && string(buf[:3]) == "OFR" {
		return nil, false
	}
	return buf, true
}

// compactKey is compact for a key in bytes, written into buf.
func compactKey(key, buf []byte) []byte {
	for _, c := range key {
		if c != '-' && c != '_' && c != ' ' {
			buf = append(buf, c)
		}
	}
	return buf
}
