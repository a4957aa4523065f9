package classifier

import (
	"strconv"
	"strings"
	"testing"
)

// What developers paste when a sending service refuses a message at send
// time: an API's answer printed by their program (JSON, PHP's var_dump),
// with the stack trace of the exception around it. The service's words say
// why; the printed value and the frames are a program's lines, not an
// article about bounces, however long they run.
func TestDeveloperPastedAPIAnswers(t *testing.T) {
	varDump := "SendGrid stopped taking our mail, var_dump of the response:\n\n" +
		"object(SendGrid\\Response)#7 (3) {\n" +
		"  [\"statusCode\":protected]=>\n  int(401)\n" +
		"  [\"body\":protected]=>\n" +
		"  string(76) \"{\"errors\":[{\"message\":\"Maximum credits exceeded\",\"field\":null,\"help\":null}]}\"\n" +
		"  [\"headers\":protected]=>\n  array(6) {\n"
	for i, h := range []string{"HTTP/1.1 401 Unauthorized", "Server: nginx", "Date: Mon, 02 Mar 2026 09:00:00 GMT",
		"Content-Type: application/json", "Content-Length: 76", "Connection: keep-alive"} {
		varDump += "    [" + string(rune('0'+i)) + "]=>\n    string(" + strconv.Itoa(len(h)) + ") \"" + h + "\"\n"
	}
	varDump += "  }\n}\n"
	ruby := "Background job failed:\n\n" +
		"Postmark::InactiveRecipientError: You tried to send to recipient(s) that have been marked as inactive. " +
		"Found inactive addresses: ann@example.com. Inactive recipients are ones that have generated a hard bounce, " +
		"a spam complaint, or a manual suppression.\n" +
		"  /srv/app/vendor/bundle/ruby/3.3.0/gems/postmark-1.25.1/lib/postmark/http_client.rb:96:in `handle_response'\n" +
		"  /srv/app/vendor/bundle/ruby/3.3.0/gems/postmark-1.25.1/lib/postmark/http_client.rb:40:in `post'\n" +
		"  /srv/app/vendor/bundle/ruby/3.3.0/gems/postmark-1.25.1/lib/postmark/api_client.rb:18:in `deliver'\n" +
		"  /srv/app/app/jobs/invoice_mail_job.rb:12:in 'InvoiceMailJob#perform'\n"
	tests := []struct {
		name, text string
		want       map[string]Category // address ("" for none) -> category
	}{
		{"sendgrid credits in a var_dump", varDump, map[string]Category{"": RateLimited}},
		{"postmark inactive under ruby frames", ruby, map[string]Category{"ann@example.com": Suppressed}},
		{"mandrill send result", `[{"email":"ann@example.com","status":"sent","_id":"a1"},
{"email":"bob@example.org","status":"rejected","reject_reason":"unsub","_id":"b2"},
{"email":"cat@example.net","status":"rejected","reject_reason":"rule","_id":"c3"}]`,
			map[string]Category{"bob@example.org": Suppressed, "cat@example.net": PolicyRejected}},
		{"mandrill invalid sender", `[{"email":"ann@example.com","status":"rejected","reject_reason":"invalid-sender","_id":"a1"}]`,
			map[string]Category{"ann@example.com": SenderRejected}},
		{"anymail names the sender last", "AnymailAPIError: Call to https://api.sparkpost.com/api/v1/transmissions returned 400\n" +
			"Sending a message to ann@example.com from shop@example.org\n" +
			"recipient address was suppressed due to customer policy\n",
			map[string]Category{"ann@example.com": Suppressed}},
		{"brevo account not activated", "The test email fails with:\n\nUnable to send email. Your SMTP account is not yet activated. " +
			"Please contact us to request activation\n", map[string]Category{"": RelayDenied}},
		{"mailgun sandbox", "status: 403,\ndetails: 'Domain sandbox0123.mailgun.org is not allowed to send: Sandbox subdomains are for test purposes only. " +
			"Please add your own domain or add the address to authorized recipients in Account Settings.'\n", map[string]Category{"": RelayDenied}},
		{"mailgun free account", "Mailgun API error (400): {\"message\": \"Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.\"}\n",
			map[string]Category{"": RelayDenied}},
		{"mailgun recipient limit", `{"message":"Domain mg.example.org is not allowed to send: recipient limit exceeded, try again after Mon, 02 Mar 2026 10:00:00 UTC"}`,
			map[string]Category{"": RateLimited}},
		{"mailjet unvalidated sender", `{"Messages":[{"Status":"error","Errors":[{"ErrorCode":"send-0008","StatusCode":403,
"ErrorMessage":"\"noreply@example.org\" is not an authorized sender email address for your account.","ErrorRelatedTo":["From"]}]}]}`,
			map[string]Category{"": SenderRejected}},
		{"python without SMTPUTF8", "Traceback (most recent call last):\n  File \"/srv/app/send.py\", line 12, in <module>\n" +
			"    smtp.send_message(msg)\n  File \"/usr/lib/python3.12/smtplib.py\", line 986, in send_message\n" +
			"smtplib.SMTPNotSupportedError: One or more source or delivery addresses require internationalized email support, " +
			"but the server does not advertise the required SMTPUTF8 capability\n", map[string]Category{"": PolicyRejected}},
		{"cognito daily limit", "LimitExceededException: Exceeded daily email limit for the operation or the account. If a higher " +
			"limit is required, please configure your user pool to use your own Amazon SES configuration for sending email.\n" +
			"    at Request.extractError (/srv/app/node_modules/aws-sdk/lib/protocol/json.js:52:27)\n",
			map[string]Category{"": RateLimited}},
		{"cognito code not delivered", "sign-up fails:\n\nCodeDeliveryFailureException\nMessage: Unable to send the email\n",
			map[string]Category{"": Unknown}},
		{"postmark request error over HTTP 422", "why is this refused?\n\nHTTP/1.1 422 Unprocessable Entity\nContent-Type: application/json\n\n" +
			`{"ErrorCode":300,"Message":"Provide either email TextBody or HtmlBody or both."}` + "\n",
			map[string]Category{"": NotABounce}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			got := map[string]Category{}
			for _, r := range d.Recipients {
				got[r.Address] = r.Category
			}
			for addr, want := range tt.want {
				if got[addr] != want {
					t.Errorf("%q: got %q, want %q (all: %+v)", addr, got[addr], want, d.Recipients)
				}
			}
			if len(got) != len(tt.want) {
				t.Errorf("got recipients %v, want %v", got, tt.want)
			}
		})
	}
}

// An article that quotes the same words as prose stays no bounce: only a
// program's printed lines are left out of the length that tells a short
// error from a text about errors.
func TestLongProseAboutAnAPIErrorIsNoBounce(t *testing.T) {
	text := strings.Repeat("Our newsletter platform explains its sending plans here in some detail, with prices per month. ", 5) +
		"\nWhen a plan's monthly allowance is used up, the API answers \"Maximum credits exceeded\" until the next month starts.\n" +
		strings.Repeat("Upgrading takes effect at once, and unused credits do not carry over to the next month. ", 3)
	if d := diagnoseText(t, text); d.Category != NotABounce {
		t.Errorf("got %s, want %s", d.Category, NotABounce)
	}
}

// A status line of an HTTP response is no SMTP reply.
func TestHTTPStatusIsNoReply(t *testing.T) {
	for s, want := range map[string]string{
		"HTTP/1.1 422 Unprocessable Entity":                          "",
		"HTTP/2 429 Too Many Requests":                               "",
		"HTTP/1.1 502 Bad Gateway, then the relay said: 550 5.1.1 x": "550",
		"said: 421 4.7.0 try again later":                            "421",
	} {
		if got, _ := findReply(s, false); got != want {
			t.Errorf("findReply(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestIsDumpLine(t *testing.T) {
	for line, want := range map[string]bool{
		"{":                                      true,
		"}],":                                    true,
		`"message": "Maximum credits exceeded",`: true,
		`["body":protected]=>`:                   true,
		"[reject_reason] => rule":                true,
		"string(76) \"{\\\"errors\\\"\"":         true,
		"int(401)":                               true,
		"array(15) {":                            true,
		"object(SendGrid\\Response)#12 (3) {":    true,
		"Array":                                  true,
		`"quoted words" said the postmaster`:     false,
		"[1] see the notes below":                false,
		"string theory":                          false,
		"550 5.1.1 user unknown":                 false,
		`"` + strings.Repeat("x", 400) + `": 1`:  false,
	} {
		if got := isDumpLine(line); got != want {
			t.Errorf("isDumpLine(%q) = %v, want %v", line, got, want)
		}
	}
}
