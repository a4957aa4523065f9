package classifier

import (
	"slices"
	"strconv"
	"strings"
)

// Stage 1, events of the services with no reader of their own. Most sending
// services name the parts of a bounce event alike, as the readers in
// events.go show: a field for what happened ("event" for SendGrid, Brevo,
// Mailjet and Mandrill, "type" for Resend and Scaleway, "status" for
// turboSMTP, Azure and Elastic Email), one for the recipient ("email",
// "recipient", "rcpt", "to"), and one for the receiving server's words
// ("response", "reason", "message", "error"); what happened is named with
// the same few words ("bounce", "hard_bounce", "dropped", "deferred",
// "spam", "delivered"). An event of any other service that is named so is
// read the same way, with less confidence than one a reader knows; a JSON
// value that is not named so (an open, a click, an API's own error) is no
// event, and its text is read as text.

// otherService is the service name of the records genericEvent reads.
const otherService = "other"

// otherKinds are the names services give what happened, after otherKind has
// folded them (lower case, "-" and " " as "_", a leading "email." or
// "activity." or "email_" dropped).
var otherKinds = map[string]eventKind{
	"bounce": evFailed, "bounced": evFailed, "hard_bounce": evFailed, "hardbounce": evFailed, "hard_bounced": evFailed,
	"failed": evFailed, "failure": evFailed, "dropped": evFailed, "rejected": evFailed, "reject": evFailed,
	"blocked": evFailed, "undeliverable": evFailed, "undelivered": evFailed, "not_delivered": evFailed,
	"suppressed": evFailed, "expired": evFailed,
	"soft_bounce": evDelayed, "softbounce": evDelayed, "soft_bounced": evDelayed, "deferred": evDelayed,
	"deferral": evDelayed, "delayed": evDelayed, "delivery_delayed": evDelayed,
	"complaint": evComplaint, "complained": evComplaint, "spam": evComplaint, "spam_complaint": evComplaint,
	"spamreport": evComplaint, "spam_report": evComplaint, "abuse": evComplaint, "abuse_report": evComplaint,
	"delivered": evDelivered, "delivery": evDelivered, "sent": evDelivered,
	// RFC 3464 2.3.3's action "relayed" (to a system that reports no
	// further), which PowerMTA's accounting file writes for a delivery.
	"relayed": evDelivered,
	// SparkPost's event types as its exports and Events API search list
	// them (the same names its webhooks' reader knows, eventKinds), and
	// the statuses of Mailjet's message API (its Message "Status" enum:
	// "hardbounced", "softbounced" beside "bounce", "blocked", "spam").
	"delay": evDelayed, "policy_rejection": evFailed, "out_of_band": evFailed, "generation_rejection": evFailed,
	"hardbounced": evFailed, "softbounced": evDelayed,
}

// otherKindKeys, otherAddressKeys and otherReplyKeys are the field names
// looked at, in lower case, in order.
var (
	// PowerMTA's accounting file (its acct-file record-fields: type,
	// timeLogged, orig, rcpt, dsnAction, dsnStatus, dsnDiag, dsnMta,
	// bounceCat, ...) says what happened in dsnAction, RFC 3464's
	// action, its type column in one letter ("b", "d", "t"), and the
	// receiving server's words in dsnDiag.
	otherKindKeys = []string{"event", "type", "status", "event_type", "eventtype", "event_name", "eventname", "eventid",
		"state", "last_event", "deliverystatus", "delivery_status", "dsnaction"}
	// Amazon SES names the recipients of an event's message
	// mail.destination (its event publishing's "mail" object), the
	// column an export of its events keeps; SparkPost's events name the
	// recipient as given raw_rcpt_to beside rcpt_to.
	otherAddressKeys = []string{"email", "recipient", "rcpt", "rcpt_to", "to", "address", "email_address",
		"emailaddress", "recipient_email", "to_email", "email_to", "recipient_address", "recipientaddress", "recipients",
		"destination", "raw_rcpt_to"}
	// Mandrill's activity export ends in "Bounce Detail" (its API's
	// exports/activity: "Date, Email Address, Sender, Subject, Status,
	// Tags, Opens, Clicks, Bounce Detail", as its client libraries document
	// it).
	otherReplyKeys = []string{"response", "smtp_response", "diagnostic_code", "diagnosticcode", "diagnostic",
		"bounce_reason", "reason", "message", "description", "error", "error_message", "details", "detail",
		"recipientstatus", "status_message", "bounce_message", "failure_message", "failure_reason", "response_message",
		"bounce_detail", "dsndiag", "errormessage"}
	// otherCodeKeys name a column or field of its own for the reply code
	// (a log export's "Code" beside its "Message"), otherStatusKeys one
	// for the status code (PowerMTA's dsnStatus, "4.4.7 (delivery time
	// expired)": the status of the delivery report it records, which may
	// differ from the code in the last reply it quotes).
	otherCodeKeys   = []string{"code", "smtp_code", "reply_code"}
	otherStatusKeys = []string{"dsnstatus"}
)

// softWords are values of a bounce's type field that make it a delay.
var softWords = map[string]bool{"soft": true, "softbounce": true, "soft_bounce": true, "transient": true, "temporary": true}

// genericEvent reads x as the event of a service that has no reader, or
// returns nil.
func genericEvent(x map[string]any) []eventRecord {
	fields, keys := lowerFields(x)
	kind, ok, name := evFailed, false, ""
	for _, k := range otherKindKeys {
		if kind, name, ok = otherKind(fields[k]); ok {
			break
		}
	}
	if !ok {
		return nil
	}
	addresses, about := fieldAddresses(fields), fields
	if len(addresses) == 0 {
		addresses, about = envelopeAddresses(fields, 0)
	}
	if len(addresses) == 0 {
		return nil
	}
	rec := eventRecord{service: otherService, kind: kind, address: addresses[0], classes: [][2]string{{"*", name}}}
	rec.reply = otherReply(about)
	for _, k := range otherStatusKeys {
		if s, isString := about[k].(string); isString {
			if st := findStatus(s); st != "" {
				rec.status = st
				break
			}
		}
	}
	// The service's own words for the kind of failure ("FailureType":
	// "Suppressed", "bounce_type": "soft", Mailjet's message "State":
	// "UserUnknown") classify it, as events.tsv
	// says for the "other" service under the field name "*". They are
	// taken in the fixed order of keys: the same text, and so the same
	// offsets, every time.
	for _, k := range keys {
		s, isString := fields[k].(string)
		if !isString || !strings.Contains(k, "type") && !strings.Contains(k, "categor") && !strings.Contains(k, "class") && !strings.Contains(k, "state") {
			continue
		}
		folded := foldKindWord(s)
		if softWords[folded] && rec.kind == evFailed {
			rec.kind = evDelayed
		}
		if folded != name {
			rec.classes = append(rec.classes, [2]string{"*", folded})
		}
	}
	records := make([]eventRecord, 0, len(addresses))
	for _, a := range addresses {
		r := rec
		r.address = a
		records = append(records, r)
	}
	return records
}

// lowerFields returns x's fields under their names in lower case, and those
// names in sorted order; of two names that differ only in case, the one that
// sorts last is kept, the same every time.
func lowerFields(x map[string]any) (fields map[string]any, keys []string) {
	names := make([]string, 0, len(x))
	for k := range x {
		names = append(names, k)
	}
	slices.Sort(names)
	fields = make(map[string]any, len(x))
	keys = make([]string, 0, len(x))
	for _, k := range names {
		low := strings.ToLower(k)
		if _, seen := fields[low]; !seen {
			keys = append(keys, low)
		}
		fields[low] = x[k]
	}
	return fields, keys
}

// fieldAddresses are the recipients that the first field of
// otherAddressKeys to name any names.
func fieldAddresses(fields map[string]any) []string {
	for _, k := range otherAddressKeys {
		if addresses := eventAddresses(fields[k]); len(addresses) > 0 {
			return addresses
		}
	}
	return nil
}

// envelopeKeys name the member in which an event's envelope carries the
// message it is about, when the envelope names what happened and the
// member names the recipients: CloudEvents' "data" (the CNCF CloudEvents
// specification's envelope, which Nylas's webhooks use: "type":
// "message.transactional.complaint", the message in data.object.message),
// and the "object", "message", "payload" or "email" nested in it (Stripe's
// style of webhook, which Emailit's follows: "type": "email.complained",
// the message in data.object).
var envelopeKeys = []string{"data", "object", "message", "payload", "email"}

// envelopeAddresses finds, in the members envelopeKeys name, up to three
// levels down, the first object that names recipients, and returns them
// with that object's fields in lower case.
func envelopeAddresses(fields map[string]any, depth int) ([]string, map[string]any) {
	if depth == 3 {
		return nil, nil
	}
	for _, k := range envelopeKeys {
		inner, ok := fields[k].(map[string]any)
		if !ok {
			continue
		}
		innerFields, _ := lowerFields(inner)
		if addresses := fieldAddresses(innerFields); len(addresses) > 0 {
			return addresses, innerFields
		}
		if addresses, about := envelopeAddresses(innerFields, depth+1); len(addresses) > 0 {
			return addresses, about
		}
	}
	return nil, nil
}

// otherReply is the receiving server's words in an event's fields: of the
// fields that may hold them, the first whose value opens with a reply or
// status code, else the longest (a log's "Reason" of one word, "bounce",
// beside its "Message"), with the code of a field of its own before them.
func otherReply(fields map[string]any) string {
	reply := ""
	for _, k := range otherReplyKeys {
		s := stringsIn(fields[k], nil, 1)
		if len(s) == 0 {
			continue
		}
		if opensWithCode(s[0]) {
			reply = s[0]
			break
		}
		if len(s[0]) > len(reply) {
			reply = s[0]
		}
	}
	for _, k := range otherCodeKeys {
		code, _ := fields[k].(string)
		if f, isNumber := fields[k].(float64); isNumber {
			code = strconv.Itoa(int(f))
		}
		if len(code) == 3 && replyAt(code, 0) && !strings.HasPrefix(reply, code) {
			return strings.TrimSpace(code + " " + reply)
		}
	}
	return reply
}

// opensWithCode reports whether s opens with an SMTP reply code or an
// enhanced status code, after a "smtp;" diagnostic type.
func opensWithCode(s string) bool {
	s = strings.TrimSpace(s)
	if t, ok := strings.CutPrefix(strings.ToLower(s), "smtp;"); ok {
		s = strings.TrimSpace(s[len(s)-len(t):])
	}
	return len(s) >= 3 && replyAt(s, 0) || findStatus(s[:min(len(s), 9)]) != ""
}

// otherKind reads v, a field's value, as what happened. A service that
// nests it ({"status": {"groupName": "DELIVERED"}}) names it in the
// object's own "groupname", "name" or "type".
func otherKind(v any) (kind eventKind, name string, ok bool) {
	switch x := v.(type) {
	case string:
		name = foldKindWord(x)
		kind, ok = otherKinds[name]
		return kind, name, ok
	case map[string]any:
		inner := make(map[string]any, len(x))
		for key, v := range x {
			inner[strings.ToLower(key)] = v
		}
		for _, key := range []string{"groupname", "name", "type"} {
			if kind, name, ok = otherKind(inner[key]); ok {
				return kind, name, true
			}
		}
	}
	return evFailed, "", false
}

// foldKindWord folds an event's name for otherKinds. Of a name in dotted
// parts ("users.messages.email.Bounce", as an event stream names its
// topics), the last part names what happened.
func foldKindWord(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.LastIndexByte(s, '.'); i >= 0 && i < len(s)-1 {
		s = s[i+1:]
	}
	s = strings.TrimPrefix(s, "email_")
	return kindSeparators.Replace(s)
}

// kindSeparators writes the separators of an event's name as "_".
var kindSeparators = strings.NewReplacer("-", "_", " ", "_")

// eventAddresses are the recipients v names: a string that holds one
// address and nothing else, or a list of such strings (the recipients of
// one event, up to maxEvents).
func eventAddresses(v any) []string {
	list, ok := v.([]any)
	if !ok {
		if a := eventAddress(v); a != "" {
			return []string{a}
		}
		return nil
	}
	var out []string
	for _, e := range list {
		if a := eventAddress(e); a != "" && len(out) < maxEvents {
			out = append(out, a)
		}
	}
	return out
}

// eventAddress is v as one recipient's address: a string that holds one
// address and nothing else.
func eventAddress(v any) string {
	s, _ := v.(string)
	s = strings.Trim(strings.TrimSpace(s), "<>")
	if locs := findAddresses(s); len(locs) == 1 && locs[0][0] == 0 && locs[0][1] == len(s) {
		return s
	}
	return ""
}
