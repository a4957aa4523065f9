package classifier

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvents reads the sending services' event JSON of testdata/events,
// written to each service's documented schema, as a pasted body: every
// recipient must get its labelled category and codes.
func TestEvents(t *testing.T) {
	s := scoreLabelledSet(t, filepath.Join("testdata", "events"), nil, func(l Label, d *Diagnosis) {
		if d.Format != "event" {
			t.Errorf("%s: read as %s, want an event", l.File, d.Format)
		}
		if len(d.Recipients) != len(l.Categories) {
			t.Errorf("%s: %d recipients, want %d", l.File, len(d.Recipients), len(l.Categories))
		}
	})
	if s.RecipientsRight != s.Recipients {
		t.Errorf("recipients: %d of %d right (the misses are logged above)", s.RecipientsRight, s.Recipients)
	}
	if s.StatusRight != s.Status {
		t.Errorf("status codes: %d of %d right", s.StatusRight, s.Status)
	}
}

// TestEventInMail reads an event forwarded as the body of a mail (Amazon
// SNS's email-json subscription sends exactly that).
func TestEventInMail(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "events", "ses-sns-bounce-mailbox-full.json"))
	if err != nil {
		t.Fatal(err)
	}
	msg := "From: AWS Notifications <no-reply@sns.amazonaws.com>\nTo: ops@example.com\nSubject: AWS Notification Message\n" +
		"MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n" + string(raw)
	d := diagnoseText(t, msg)
	// Event publishing reports a soft bounce only once SES has stopped
	// retrying: this one is final.
	if d.Category != MailboxFull || len(d.Recipients) != 1 || d.Recipients[0].Address != "carol@example.net" || !d.Final {
		t.Errorf("got %s %+v final %v, want a final mailbox-full for carol@example.net", d.Category, d.Recipients, d.Final)
	}
}

// Resend's and Postal's webhook bodies, as their documentation shows them
// (resend.com/docs/webhooks/event-types; docs.postalserver.io, webhooks):
// each event kind, the recipient and the receiving server's words.
func TestResendAndPostalEvents(t *testing.T) {
	tests := []struct {
		name, body string
		address    string
		cat        Category
		status     string
	}{
		{"resend bounced", `{"type":"email.bounced","created_at":"2026-03-03T10:00:00.000Z","data":{"email_id":"e1","from":"a@example.com","to":["ann@example.net"],"subject":"hi","bounce":{"type":"Permanent","subType":"General","message":"550 5.1.1 <ann@example.net>: Recipient address rejected: User unknown"}}}`, "ann@example.net", MailboxNotFound, "5.1.1"},
		{"resend complained", `{"type":"email.complained","created_at":"2026-03-03T10:00:00.000Z","data":{"email_id":"e2","from":"a@example.com","to":["bob@example.net"],"subject":"hi"}}`, "bob@example.net", Complaint, ""},
		{"resend suppressed", `{"type":"email.suppressed","created_at":"2026-03-03T10:00:00.000Z","data":{"email_id":"e4","from":"a@example.com","to":["fay@example.net"],"subject":"hi"}}`, "fay@example.net", Suppressed, ""},
		{"resend delivered", `{"type":"email.delivered","created_at":"2026-03-03T10:00:00.000Z","data":{"email_id":"e3","from":"a@example.com","to":["cat@example.net"],"subject":"hi"}}`, "cat@example.net", Delivered, ""},
		{"postal failed", `{"event":"MessageDeliveryFailed","timestamp":1717410000.1,"uuid":"u1","payload":{"message":{"id":1,"to":"dan@example.net","from":"a@example.com"},"status":"HardFail","details":"Permanent SMTP delivery error when sending to 192.0.2.12","output":"552 5.2.2 Mailbox full","time":0.2}}`, "dan@example.net", MailboxFull, "5.2.2"},
		// The payload alone, as Postal's documentation shows each event's,
		// with Gmail's reply of several lines in its output.
		{"postal payload alone", `{"status":"HardFail","details":"Permanent SMTP delivery error when sending to aspmx.l.google.com","output":"550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550-5.1.1 unnecessary spaces. For more information, go to\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser ly2si31746747wjb.95 - gsmtp","time":0.31,"sent_with_ssl":true,"timestamp":1712052177.1,"message":{"id":3,"token":"t","direction":"outgoing","message_id":"6617a643@app34.mail","to":"fay@example.net","from":"a@example.com","spam_status":"NotSpam"}}`, "fay@example.net", MailboxNotFound, "5.1.1"},
		{"postal sent", `{"event":"MessageSent","timestamp":1717410000.1,"uuid":"u2","payload":{"message":{"id":2,"to":"eve@example.net","from":"a@example.com"},"status":"Sent","details":"Message accepted by 192.0.2.14","output":"250 2.0.0 Ok: queued","time":0.2}}`, "eve@example.net", Delivered, "2.0.0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.body)
			if len(d.Recipients) != 1 {
				t.Fatalf("got %d recipients, want 1", len(d.Recipients))
			}
			if r := d.Recipients[0]; r.Address != tt.address || r.Category != tt.cat || r.Status != tt.status {
				t.Errorf("got %q %s %q, want %q %s %q", r.Address, r.Category, r.Status, tt.address, tt.cat, tt.status)
			}
		})
	}
}

// Mailjet's "comment" often quotes the receiving server's reply: its codes
// are the recipient's.
func TestMailjetCommentQuotesTheReply(t *testing.T) {
	d := diagnoseText(t, `{"event":"bounce","time":1717409990,"email":"cruz@example.net","mj_campaign_id":0,"mj_contact_id":0,"blocked":false,"hard_bounce":true,"error_related_to":"recipient","error":"user unknown","comment":"550 5.1.1 <cruz@example.net>: Recipient address rejected: User unknown"}`)
	if r := d.Recipients[0]; r.Status != "5.1.1" || r.ReplyCode != "550" || r.Category != MailboxNotFound {
		t.Errorf("got %s %q %q, want mailbox-not-found 5.1.1 550", r.Category, r.Status, r.ReplyCode)
	}
}

// The services read by their flatShape, and Amazon SES through EventBridge,
// as their documentation shows the bodies: each event kind, the recipient
// and the receiving server's words or the service's own classification.
func TestFlatShapeEvents(t *testing.T) {
	tests := []struct {
		name, body string
		address    string
		cat        Category
		action     string
	}{
		{"smtp2go hard bounce", `{"event":"bounce","time":"2024-05-01T10:00:00Z","sender":"a@example.com","rcpt":"ann@example.net","host":"mx.example.net [192.0.2.10]","message":"550 5.1.1 <ann@example.net>: Recipient address rejected: User unknown","email_id":"1abc-000xyz","bounce":"hard"}`, "ann@example.net", MailboxNotFound, ActionFailed},
		{"smtp2go soft bounce", `{"event":"bounce","rcpt":"bob@example.net","message":"452 4.2.2 Mailbox full","email_id":"1abc-000xyz","bounce":"soft"}`, "bob@example.net", MailboxFull, ActionDelayed},
		{"smtp2go reject", `{"event":"reject","rcpt":"cat@example.net","email_id":"1abc-000xyz"}`, "cat@example.net", Suppressed, ActionFailed},
		{"smtp2go spam", `{"event":"spam","rcpt":"dan@example.net","email_id":"1abc-000xyz"}`, "dan@example.net", Complaint, ""},
		{"mailtrap reject", `{"events":[{"event":"reject","timestamp":1728669700,"sending_stream":"transactional","message_id":"m1","email":"eve@example.net","event_id":"e1","reason":"Recipient in suppression list. Reason: unsubscription"}]}`, "eve@example.net", Suppressed, ActionFailed},
		{"mailtrap bounce", `{"events":[{"event":"bounce","timestamp":1728669700,"sending_stream":"bulk","message_id":"m2","email":"fay@example.net","event_id":"e2","response":"5.1.1 user unknown","response_code":550}]}`, "fay@example.net", MailboxNotFound, ActionFailed},
		{"mailtrap delivery", `{"events":[{"event":"delivery","timestamp":1728669700,"sending_stream":"bulk","message_id":"m3","email":"gus@example.net","event_id":"e3"}]}`, "gus@example.net", Delivered, ActionDelivered},
		{"scaleway blocklisted", `{"id":"u1","type":"email_blocklisted","domain_name":"example.com","email_id":"e1","email_from":"a@example.com","email_to":"hal@example.net"}`, "hal@example.net", Suppressed, ActionFailed},
		{"scaleway deferred", `{"id":"u2","type":"email_deferred","email_id":"e2","email_to":"ida@example.net","email_response_code":421,"email_response_message":"4.7.0 Too many connections, try again later"}`, "ida@example.net", RateLimited, ActionDelayed},
		{"azure suppressed", `[{"id":"1","subject":"s","data":{"sender":"a@example.com","recipient":"jan@example.net","messageId":"1","status":"Suppressed","deliveryStatusDetails":{"statusMessage":"Status Message"}},"eventType":"Microsoft.Communication.EmailDeliveryReportReceived","dataVersion":"1.0"}]`, "jan@example.net", Suppressed, ActionFailed},
		{"azure delivered (CloudEvents)", `{"id":"2","source":"/subscriptions/x","type":"Microsoft.Communication.EmailDeliveryReportReceived","specversion":"1.0","data":{"sender":"a@example.com","recipient":"kim@example.net","messageId":"2","status":"Delivered"}}`, "kim@example.net", Delivered, ActionDelivered},
		{"mailersend 1.0 hard bounce", `{"type":"activity.hard_bounced","domain_id":"d1","created_at":"2023-02-27T21:48:13.593000Z","webhook_id":"w1","data":{"object":"activity","id":"a1","type":"hard_bounced","email":{"object":"email","status":"rejected","message":{"id":"m1"},"recipient":{"object":"recipient","email":"max@example.net"}},"morph":{"object":"recipient_bounce","reason":"Host or domain name not found"}}}`, "max@example.net", HostUnknown, ActionFailed},
		{"mailersend 2.0 soft bounce", `{"type":"activity.soft_bounced","created_at":"2025-08-05T21:24:02.000000Z","data":{"id":"a2","message_id":"m2","type":"soft_bounced","recipient":"ned@example.net","meta":{"bounce_reason":"Mailbox full","bounce_code":452,"bounce_type":"soft"}}}`, "ned@example.net", MailboxFull, ActionDelayed},
		{"zeptomail hard bounce", `{"event_name":["hardbounce"],"event_message":[{"request_id":"r1","event_data":[{"details":[{"reason":"Mailbox does not exist","diagnostic_message":"550 5.1.1 User unknown","bounced_recipient":"oli@example.net","time":"2025-01-08 15:30:45"}],"object":"hardbounce"}],"email_info":{"to":[{"email_address":{"address":"oli@example.net"}}]}}]}`, "oli@example.net", MailboxNotFound, ActionFailed},
		{"zoho campaigns hard bounce", `{"webhook_name":"hook","webhook_id":"2000000004081","action":"bounce","actionType":"hard bounce","data":[{"bounce_code":"550","bounce_type":"hard bounce","bounce_extended_code":"5.1.1","bounce_reason":"550 5.1.1 The email account that you tried to reach does not exist","action_time":1762175340000,"contact_email":"pia@example.net","rcpt_domain":"example.net"}]}`, "pia@example.net", MailboxNotFound, ActionFailed},
		{"zoho campaigns soft bounce", `{"webhook_name":"hook","webhook_id":"2000000004081","action":"bounce","data":[{"bounce_code":"452","bounce_type":"soft bounce","bounce_reason":"452 4.2.2 Mailbox full","contact_email":"rae@example.net"}]}`, "rae@example.net", MailboxFull, ActionDelayed},
		{"oci email delivery acceptance log, a suppressed recipient", `{"datetime":1764433815000,"logContent":{"data":{"action":"accept","errorType":"Recipient suppressed","messageId":"m1","recipient":"tao@example.net","sender":"a@example.org"},"source":"emaildomain-example-org","type":"com.oraclecloud.emaildelivery.emaildomain.outboundaccepted"}}`, "tao@example.net", Suppressed, ActionFailed},
		{"oci email delivery acceptance log, over the daily limit", `{"data":{"action":"accept","errorType":"Daily limit reached","recipient":"uli@example.net","smtpStatus":"421 4.7.0 daily limit reached"},"type":"com.oraclecloud.emaildelivery.emaildomain.outboundaccepted"}`, "uli@example.net", RateLimited, ActionFailed},
		{"zoho campaigns spam", `{"webhook_name":"hook","webhook_id":"2000000004081","action":"spam","data":[{"action_time":1762175340000,"contact_email":"sid@example.net","rcpt_domain":"example.net","subject":"Offers"}]}`, "sid@example.net", Complaint, ""},
		{"loops spam report", `{"eventName":"email.spamReported","webhookSchemaVersion":"1.0.0","eventTime":1734425918,"sourceType":"campaign","contactIdentity":{"id":"c1","email":"pat@example.net","userId":null},"email":{"id":"e1","emailMessageId":"m1","subject":"s"}}`, "pat@example.net", Complaint, ""},
		{"mailchimp cleaned (form body)", "type=cleaned&fired_at=2009-03-26+22%3A01%3A00&data%5Blist_id%5D=a6b5da1054&data%5Breason%5D=abuse&data%5Bemail%5D=quinn%40example.net", "quinn@example.net", Complaint, ""},
		{"mailchimp cleaned (members copied without braces)", "\"type\": \"cleaned\",\n\"fired_at\": \"2009-03-26 22:01:00\",\n\"data[reason]\": \"hard\",\n\"data[email]\": \"uma@example.net\"", "uma@example.net", Unknown, ActionFailed},
		{"elastic email notification URL", "https://example.com/hook?transaction=9d6d3a3c&to=rob%40example.net&date=2024-01-01+10%3A00%3A00&subject=Hi&status=Error&category=NoMailbox&messageid=m1", "rob@example.net", MailboxNotFound, ActionFailed},
		{"elastic email events api bounce", `{"TransactionID":"t1","MsgID":"m1","FromEmail":"a@example.com","To":"sam@example.net","EventType":"Bounce","EventDate":"2024-01-01T10:00:00","MessageCategory":"DNSProblem","NextTryOn":null,"Message":"Unable to resolve host"}`, "sam@example.net", HostUnknown, ActionFailed},
		{"elastic email events api failed attempt", `{"TransactionID":"t2","To":"tom@example.net","EventType":"FailedAttempt","MessageCategory":"Throttled","NextTryOn":"2024-01-01T11:00:00","Message":"421 Try again later"}`, "tom@example.net", RateLimited, ActionDelayed},
		{"ses through eventbridge", `{"version":"0","id":"1","detail-type":"Email Bounced","source":"aws.ses","detail":{"eventType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"NoEmail","bouncedRecipients":[{"emailAddress":"lee@example.net","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}]},"mail":{"messageId":"m","destination":["lee@example.net"]}}}`, "lee@example.net", MailboxNotFound, ActionFailed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.body)
			if d.Format != "event" || len(d.Recipients) != 1 {
				t.Fatalf("read as %s with %d recipients, want one event", d.Format, len(d.Recipients))
			}
			if r := d.Recipients[0]; r.Address != tt.address || r.Category != tt.cat || r.Action != tt.action {
				t.Errorf("got %q %s %q, want %q %s %q", r.Address, r.Category, r.Action, tt.address, tt.cat, tt.action)
			}
		})
	}
}

// TestOtherServicesEvents: a service with no reader of its own is read by
// the names most services give an event's parts; a complaint or a delivery,
// which the event's name alone decides, is medium where a reader would be
// sure; a JSON value named otherwise is no event.
func TestOtherServicesEvents(t *testing.T) {
	tests := []struct {
		name, body string
		address    string
		cat        Category
		action     string
		conf       Confidence // checked when set
	}{
		{"hard bounce with the server's reply", `{"event":"hard_bounce","email":"ann@example.net","timestamp":1794320141,"reason":"550 5.1.1 <ann@example.net>: Recipient address rejected: User unknown in virtual mailbox table"}`,
			"ann@example.net", MailboxNotFound, ActionFailed, ""},
		{"upper-case keys, a list around it", `[{"EVENT":"bounced","EMAIL":"bob@example.net","RESPONSE":"smtp;552 5.2.2 Mailbox full","TRANSID":"1"}]`,
			"bob@example.net", MailboxFull, ActionFailed, ""},
		{"a soft bounce type makes it a delay", `{"type":"bounce","bounce_type":"soft","recipient":"cat@example.net","message":"452 4.2.2 The email account that you tried to reach is over quota."}`,
			"cat@example.net", MailboxFull, ActionDelayed, ""},
		{"suppressed by the service", `{"Type":"Failed","Address":"dan@example.net","FailureType":"Suppressed"}`,
			"dan@example.net", Suppressed, ActionFailed, ""},
		// Mailjet's message API names the kind of failure in its State
		// (the MessageState enum of @mailjet/types).
		{"a message state beside its status", `{"ID":"288230376151712","Email":"fox@example.net","Status":"bounce","StateID":1,"State":"UserUnknown"}`,
			"fox@example.net", MailboxNotFound, ActionFailed, ""},
		{"a message state of a send the service held back", `{"ID":"288230376151711","Email":"gil@example.net","Status":"blocked","StateID":14,"State":"PreBlocked"}`,
			"gil@example.net", Suppressed, ActionFailed, ""},
		{"complaint", `{"Type":"Complaint","Address":"eve@example.net","FblType":"abuse"}`,
			"eve@example.net", Complaint, "", Medium},
		{"delivery named in a nested status", `{"results":[{"to":"fay@example.net","status":{"groupName":"DELIVERED","name":"DELIVERED_TO_HANDSET"}}]}`,
			"fay@example.net", Delivered, ActionDelivered, Medium},
		{"a person's note above the payload", "the webhook sent us this:\n\n{\"event\":\"dropped\",\"email\":\"gus@example.net\",\"reason\":\"550 5.1.1 The email account that you tried to reach does not exist.\"}",
			"gus@example.net", MailboxNotFound, ActionFailed, ""},
		{"a ticket around the payload", "Ticket #21004 - Re: Password reset email never arrives\nRequester: dev@example.com\n\nIn the event we see this:\n" +
			"{\"event\":\"dropped\",\"email\":\"hal@example.net\",\"reason\":\"550 5.1.1 The email account that you tried to reach does not exist.\"}\n\n" +
			"Reply above this line to add a comment.\n",
			"hal@example.net", MailboxNotFound, ActionFailed, ""},
		// An envelope that names what happened around the message it is
		// about: CloudEvents' "data" (Nylas), Stripe-style "data.object".
		{"complaint in a CloudEvents envelope", `{"specversion":"1.0","type":"message.transactional.complaint","source":"/send","id":"w1","data":{"object":{"message":{"id":"m1","to":["ivy@example.net"]},"complaint":{"type":"abuse"}}}}`,
			"ivy@example.net", Complaint, "", Medium},
		{"bounce in data.object", `{"event_id":"evt_1","type":"email.bounced","data":{"object":{"object":"email","to":"jon@example.net","status":"bounced","error":"550 5.1.1 <jon@example.net>: Recipient address rejected: User unknown in local recipient table"}}}`,
			"jon@example.net", MailboxNotFound, ActionFailed, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.body)
			if d.Format != "event" || len(d.Recipients) != 1 {
				t.Fatalf("read as %s with %d recipients, want one event", d.Format, len(d.Recipients))
			}
			r := d.Recipients[0]
			if r.Address != tt.address || r.Category != tt.cat || r.Action != tt.action {
				t.Errorf("got %q %s %q, want %q %s %q", r.Address, r.Category, r.Action, tt.address, tt.cat, tt.action)
			}
			if tt.conf != "" && r.Confidence != tt.conf {
				t.Errorf("confidence %s, want %s", r.Confidence, tt.conf)
			}
			if d.Software != "" {
				t.Errorf("software %q: no service was recognised", d.Software)
			}
		})
	}
	// A list of recipients is one record each.
	if d := diagnoseText(t, `{"event":"spam","to":["jo@example.net","kay@example.org"]}`); len(d.Recipients) != 2 ||
		d.Recipients[1].Address != "kay@example.org" || d.Recipients[1].Category != Complaint {
		t.Errorf("a complaint for two recipients: got %+v", d.Recipients)
	}
	// The same payload reads the same every time, evidence offsets too,
	// whatever order its fields come in.
	many := `{"type":"bounce","bounce_type":"hard","failure_type":"permanent","category":"nomailbox","class":"10",` +
		`"Email":"ivy@example.org","email":"ivy@example.net","status":{"name":"sent","groupName":"bounced"},"reason":"550 5.1.1 user unknown"}`
	first, _ := json.Marshal(diagnoseText(t, many))
	for range 20 {
		if again, _ := json.Marshal(diagnoseText(t, many)); string(again) != string(first) {
			t.Fatalf("the same event read two ways:\n%s\n%s", first, again)
		}
	}
	for _, body := range []string{
		`{"event":"open","email":"hal@example.net","timestamp":1794320141}`,
		`{"statusCode":403,"message":"The example.com domain is not verified. Please, add and verify your domain.","name":"validation_error"}`,
		`{"status":"delivered","note":"no address here"}`,
	} {
		if d := diagnoseText(t, body); d.Format == "event" {
			t.Errorf("%s: read as an event (%s)", body, d.Category)
		}
	}
}

// An X-ARF report of the messaging class says a message arrived and was
// unwanted: a complaint, about the recipient it names. Its version number
// ("4.0.0") is no status code, and a report of another class (a machine's
// attacks) is no complaint.
func TestXARFMessagingReportIsAComplaint(t *testing.T) {
	d := diagnoseText(t, `{"xarf_version": "4.0.0", "report_id": "r1", "timestamp": "2026-03-02T10:00:00Z",
"reporter": {"org": "Example Trap Network", "contact": "abuse@example.org", "type": "automated"},
"source_identifier": "192.0.2.7", "class": "messaging", "type": "spam", "protocol": "smtp",
"smtp_from": "news@example.com", "smtp_to": "trap@example.org", "evidence_source": "spamtrap"}`)
	if d.Category != Complaint || len(d.Recipients) != 1 || d.Recipients[0].Address != "trap@example.org" || d.Recipients[0].Status != "" {
		t.Errorf("got %s %+v, want a complaint about trap@example.org", d.Category, d.Recipients)
	}
	d = diagnoseText(t, `{"xarf_version": "4.0.0", "report_id": "r2", "timestamp": "2026-03-02T10:00:00Z",
"reporter": {"org": "Example Hosting", "contact": "abuse@example.org", "type": "automated"},
"source_identifier": "192.0.2.8", "class": "connection", "type": "login_attack", "protocol": "ssh"}`)
	if d.Category == Complaint {
		t.Errorf("a report of login attacks read as a complaint: %+v", d.Recipients)
	}
}

// Mailchimp Transactional posts its events as one form field,
// "mandrill_events=" and a JSON array; a request log shows it encoded, a
// person may copy it decoded. A mail program that broke the JSON's long
// lines at a fixed width, inside strings too, must not hide the event.
func TestMandrillFormAndWrappedEvent(t *testing.T) {
	event := `[{"event":"spam","msg":{"ts":1761120000,"subject":"Your receipt","email":"lee@example.com","sender":"receipts@example.org","state":"spam","_id":"4f1e0a5b"},"_id":"4f1e0a5b","ts":1761123600}]`
	var wrapped strings.Builder
	for rest := event; rest != ""; {
		n := min(len(rest), 40)
		wrapped.WriteString(rest[:n] + "\n")
		rest = rest[n:]
	}
	for name, body := range map[string]string{
		"decoded form field": "mandrill_events=" + event,
		"encoded form field": "mandrill_events=" + url.QueryEscape(event),
		"wrapped at 40":      "Our webhook posted this, why spam?\n\n" + wrapped.String(),
	} {
		t.Run(name, func(t *testing.T) {
			d := diagnoseText(t, body)
			if d.Format != "event" || len(d.Recipients) != 1 || d.Recipients[0].Address != "lee@example.com" || d.Category != Complaint {
				t.Errorf("read as %s, %s, %+v; want the complaint event for lee@example.com", d.Format, d.Category, d.Recipients)
			}
		})
	}
	// Lines broken inside a text that is no JSON even when joined stay as
	// they are.
	if d := diagnoseText(t, "[{\"event\":\"spam\",\n\"email\":\"lee@exa\nmple.com\""); d.Format == "event" {
		t.Errorf("a cut-off event read as one (%s)", d.Category)
	}
}

// An event quoted in a reply, indented as a ticket's code block, copied
// from an HTML view with no-break spaces or through a word processor's
// typographic quotes is still the event.
func TestPastedEventLines(t *testing.T) {
	event := "{\n  \"event\": \"dropped\",\n  \"email\": \"gus@example.net\",\n  \"reason\": \"Bounced Address\"\n}"
	for name, body := range map[string]string{
		"quoted":             "The webhook said:\n\n" + prefixLines(event, "> "),
		"quoted twice":       prefixLines("The webhook said:\n"+event, "> > "),
		"indented":           "The webhook said:\n\n" + prefixLines(event, "    "),
		"no-break spaces":    strings.ReplaceAll(event, " ", "\u00a0"),
		"typographic quotes": strings.NewReplacer(`"event"`, "“event”", `"dropped"`, "“dropped”", `"email"`, "“email”", `"gus@example.net"`, "“gus@example.net”", `"reason"`, "„reason“", `"Bounced Address"`, "“Bounced Address”").Replace(event),
	} {
		t.Run(name, func(t *testing.T) {
			d := diagnoseText(t, body)
			if d.Format != "event" || len(d.Recipients) != 1 || d.Recipients[0].Address != "gus@example.net" || d.Category != Suppressed {
				t.Errorf("read as %s, %s, %+v; want SendGrid's dropped event for gus@example.net", d.Format, d.Category, d.Recipients)
			}
		})
	}
}
