// Package classifier reads a bounce message, in any form a person may paste it, and
// says what went wrong: one category per failed recipient, with the evidence that
// decided it, and a plain-language explanation of what to do next.
//
// It is the domain of whybounce: bytes in, a Diagnosis out. It imports no HTTP,
// templates or storage, and nothing outside it sees the MIME decoder.
package classifier

import "errors"

// Category is a stable id from the public contract (SPEC.md). Pages link to these
// ids and API users store them: never rename one.
type Category string

// The categories, in the order of SPEC.md.
const (
	MailboxNotFound      Category = "mailbox-not-found"
	MailboxUnavailable   Category = "mailbox-unavailable"
	MailboxFull          Category = "mailbox-full"
	HostUnknown          Category = "host-unknown"
	RelayDenied          Category = "relay-denied"
	ServerProblem        Category = "server-problem"
	Blocklisted          Category = "blocklisted"
	ContentFiltered      Category = "content-filtered"
	MessageTooLarge      Category = "message-too-large"
	RateLimited          Category = "rate-limited"
	AuthenticationFailed Category = "authentication-failed"
	SenderRejected       Category = "sender-rejected"
	PolicyRejected       Category = "policy-rejected"
	Suppressed           Category = "suppressed"
	Unknown              Category = "unknown"
	AutoReply            Category = "auto-reply"
	Complaint            Category = "complaint"
	Delivered            Category = "delivered"
	NotABounce           Category = "not-a-bounce"
)

// AllCategories lists every category in the order of SPEC.md.
var AllCategories = []Category{
	MailboxNotFound, MailboxUnavailable, MailboxFull, HostUnknown, RelayDenied,
	ServerProblem, Blocklisted, ContentFiltered, MessageTooLarge, RateLimited,
	AuthenticationFailed, SenderRejected, PolicyRejected, Suppressed, Unknown,
	AutoReply, Complaint, Delivered, NotABounce,
}

// IsFailure reports whether c describes a delivery failure (as opposed to an
// auto-reply, a complaint, a success notice or something else entirely).
func (c Category) IsFailure() bool {
	switch c {
	case AutoReply, Complaint, Delivered, NotABounce:
		return false
	}
	return true
}

// Errors returned by Diagnose for input that cannot be read at all.
var (
	ErrEmpty    = errors.New("the input is empty")
	ErrTooLarge = errors.New("the input is too large")
)

// Action values of a recipient, as in RFC 3464.
const (
	ActionFailed    = "failed"
	ActionDelayed   = "delayed"
	ActionDelivered = "delivered"
	ActionRelayed   = "relayed"
	ActionExpanded  = "expanded"
)

// Diagnosis is what the engine says about one input.
type Diagnosis struct {
	// Category is the main category: the most important recipient's.
	Category Category `json:"category"`
	// Final is true when nobody will try again (a permanent failure, or not a
	// failure at all); false when the sending server is still retrying. Like
	// Category it is the main recipient's: each recipient's Action says
	// whether it was given up or is still retried.
	Final bool `json:"final"`
	// Confidence says how sure Category is: the main recipient's.
	Confidence Confidence `json:"confidence"`
	// Alternatives are the other categories the main recipient's evidence
	// leaves open, best first.
	Alternatives []Category `json:"alternatives"`
	// Recipients has one entry per recipient the report speaks of; at least one
	// when the input is a failure.
	Recipients []Recipient `json:"recipients"`

	// Format says how the input was read: "mime" (a whole message), "text" (text
	// copied out of a mail program), "smtp" (a single server reply), or
	// "event" (a sending service's JSON event, written out as a report in Text).
	Format string `json:"format"`
	// ReportingMTA is the server that wrote the report, when it says.
	ReportingMTA string `json:"reporting_mta,omitempty"`
	// Software is the mail software or provider that wrote the bounce, when it
	// can be told ("Postfix", "Microsoft 365", ...).
	Software string `json:"software,omitempty"`
	// Original describes the returned message, when the bounce carries it.
	Original *Original `json:"original,omitempty"`
	// Blocklists names each blocklist or reputation service the bounce mentions.
	Blocklists []BlocklistHit `json:"blocklists,omitempty"`
	// Warnings are things the reader should be careful about (a fake bounce,
	// dangerous attachments, backscatter).
	Warnings []Warning `json:"warnings,omitempty"`
	// Attachments lists the attachments the bounce carries, by name and type only.
	Attachments []Attachment `json:"attachments,omitempty"`
	// HasReport is true when the input carries a machine-readable report (a
	// message/delivery-status or feedback-report part).
	HasReport bool `json:"has_report"`
	// HasOriginal is true when the input carries the returned message or its
	// headers as a MIME part.
	HasOriginal bool `json:"has_original"`

	// Text is the human-readable text of the bounce that was examined; Evidence
	// positions point into it.
	Text string `json:"text"`
	// Evidence lists the passages of Text that decided the categories.
	Evidence []Evidence `json:"evidence,omitempty"`

	// noticeEnd is where the notice's own text ends in Text (the copy of
	// the returned message follows); 0 when unknown.
	noticeEnd int
	// asks are the keywords of the requests to open or click something
	// (askRules) found in the notice, from the document's one scan; valid
	// while noticeEnd is.
	asks []phraseMatch
}

// Recipient is one address the report speaks of.
type Recipient struct {
	Address   string   `json:"address"`
	Category  Category `json:"category"`
	Action    string   `json:"action"`
	Status    string   `json:"status"`
	ReplyCode string   `json:"reply_code"`
	// Diagnostic is the receiving server's own words.
	Diagnostic string `json:"diagnostic,omitempty"`
	// RemoteMTA is the server that refused the message, when known.
	RemoteMTA string `json:"remote_mta,omitempty"`
	// Confidence says how sure Category is: high when specific evidence
	// decided and nothing of the recipient's own points elsewhere, low for a
	// best guess.
	Confidence Confidence `json:"confidence"`
	// Alternatives are the other categories the evidence leaves open, best
	// first; empty when none.
	Alternatives []Category `json:"alternatives"`
	// Reasons says, for Category and then for each alternative, which
	// words and codes pointed there.
	Reasons []Reason `json:"reasons,omitempty"`
	// Rule names the clue that decided the category, for reviewers.
	Rule string `json:"rule,omitempty"`
}

// Reason is what pointed to one category.
type Reason struct {
	Category Category `json:"category"`
	Clues    []Clue   `json:"clues"`
}

// Clue is one piece of evidence: words of the server or the notice, or a
// code, and how much it counted.
type Clue struct {
	// Kind is "words", "status", "reply-code", "stage", "pattern", or
	// "classification" (a sending service's own, in its event).
	Kind string `json:"kind"`
	// Text is the words or the code, as the bounce gives them.
	Text string `json:"text"`
	// Where says where the clue stood: "reply" (the receiving server's
	// reply), "notice" (the notice's own sentences), "code", or "event".
	Where string `json:"where"`
	// Strength is "strong", "medium" or "weak".
	Strength string `json:"strength"`
	// Source says who prints these words or defines this code.
	Source string `json:"source,omitempty"`
	// Start and End locate the clue in Diagnosis.Text; both 0 when the
	// text does not show it.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Original describes the message that bounced.
type Original struct {
	From      string `json:"from,omitempty"`
	To        string `json:"to,omitempty"`
	Subject   string `json:"subject,omitempty"`
	Date      string `json:"date,omitempty"`
	MessageID string `json:"message_id,omitempty"`
	// DKIMDomain is the d= of the first DKIM-Signature, if any.
	DKIMDomain string `json:"dkim_domain,omitempty"`
	// DKIMSelector is the s= of the same signature: with DKIMDomain it names
	// the DNS record that publishes the signing key.
	DKIMSelector string `json:"dkim_selector,omitempty"`
	// ReceivedFrom are the hosts named in the first Received headers of the
	// returned message, the first hop first.
	ReceivedFrom []string `json:"received_from,omitempty"`
}

// BlocklistHit is a blocklist or reputation service named in the bounce.
type BlocklistHit struct {
	Name string `json:"name"`
	// Lists says what the service lists: "ip", "domain", "url" or "reputation".
	Lists string `json:"lists"`
	// LookupURL is where the operator can check a listing and ask for removal.
	LookupURL string `json:"lookup_url,omitempty"`
}

// ListsDomains reports whether the service lists domains or the links in
// messages (Spamhaus DBL, SURBL, URIBL) rather than sending servers'
// addresses.
func (h BlocklistHit) ListsDomains() bool { return h.Lists == "domain" || h.Lists == "url" }

// Warning is something about the input the reader should know before acting.
type Warning struct {
	// Kind is a stable id: "dangerous-attachment", "asks-to-open",
	// "no-report", "backscatter", "truncated".
	Kind    string `json:"kind"`
	Message string `json:"message"`
}

// Attachment names an attachment of the bounce. Its content is never kept.
type Attachment struct {
	Name        string `json:"name"`
	ContentType string `json:"content_type"`
	Size        int    `json:"size"`
}

// Evidence is a passage of Diagnosis.Text that decided a category.
type Evidence struct {
	// Start and End are byte offsets into Diagnosis.Text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is Diagnosis.Text[Start:End].
	Text string `json:"text"`
	// Why says in plain words what this passage showed.
	Why string `json:"why"`
}

// Options tune a diagnosis.
type Options struct {
	// Mine lists the reader's own addresses or domains. When set, a bounce of a
	// message that was not sent from any of them is flagged as backscatter.
	Mine []string
}
