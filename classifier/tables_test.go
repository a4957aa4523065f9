package classifier

import (
	"fmt"
	"strings"
	"testing"
)

// TestPastedTables reads exported event tables as a user pastes them: each
// row is its recipient's event, delivered and suppressed rows included,
// which line-by-line reading gave a neighbour's reason or none. The column
// names are the services' documented event fields (SendGrid's Event
// Webhook: event, email, reason, status, response; Mailgun's events:
// event, recipient, severity, delivery-status.code and .message) and
// Microsoft 365's message trace columns; the rows are written here.
func TestPastedTables(t *testing.T) {
	type want struct {
		address string
		cat     Category
	}
	tests := []struct {
		name, text string
		want       []want
	}{
		{"SendGrid activity, comma-separated, a note above",
			"exported from the activity feed, rows below:\n\n" +
				"processed,event,email,reason,status\n" +
				"2026-05-21 14:02:11,delivered,ana@example.com,250 2.0.0 OK 1716300131 - gsmtp,\n" +
				"2026-05-21 14:02:12,bounce,ben@example.net,\"550 5.1.1 <ben@example.net>: Recipient address rejected: User unknown in virtual mailbox table\",5.1.1\n" +
				"2026-05-21 14:02:12,dropped,cid@example.org,Bounced Address,\n" +
				"2026-05-21 14:02:13,open,ana@example.com,,\n",
			[]want{{"ana@example.com", Delivered}, {"ben@example.net", MailboxNotFound}, {"cid@example.org", Suppressed}}},
		{"Mailgun logs with dotted columns",
			"timestamp,event,recipient,severity,delivery-status.code,delivery-status.message\n" +
				"2026-06-11T08:01:14Z,delivered,dee@example.com,,250,OK\n" +
				"2026-06-11T08:01:15Z,failed,eli@example.org,permanent,552,\"5.2.2 The email account that you tried to reach is over quota.\"\n",
			[]want{{"dee@example.com", Delivered}, {"eli@example.org", MailboxFull}}},
		{"Mandrill's activity export, the reply in its last column",
			"Date,Email Address,Sender,Subject,Status,Tags,Subaccount,Opens,Clicks,Bounce Detail\n" +
				"\"2026-11-30 09:00:01\",hal@example.com,shop@example.org,\"Order #1, confirmed\",sent,receipt,,1,0,\n" +
				"\"2026-11-30 09:00:02\",ida@example.net,shop@example.org,\"Order #2, confirmed\",bounced,receipt,,0,0,\"smtp;550 5.1.1 <ida@example.net>: Recipient address rejected: User unknown\"\n",
			[]want{{"hal@example.com", Delivered}, {"ida@example.net", MailboxNotFound}}},
		{"PowerMTA's accounting file, its sender column beside the recipient's",
			"type,timeLogged,orig,rcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,vmta\n" +
				"d,2026-11-30 09:00:01+0000,news@example.org,jan@example.com,relayed,2.0.0 (success),smtp;250 2.0.0 OK,mx.example.com (192.0.2.25),,pool1\n" +
				"b,2026-11-30 09:00:02+0000,news@example.org,kim@example.net,failed,5.0.0 (undefined status),smtp;550 5.1.1 <kim@example.net>: Recipient address rejected: User unknown in virtual mailbox table,mx.example.net (192.0.2.26),bad-mailbox,pool1\n",
			[]want{{"jan@example.com", Delivered}, {"kim@example.net", MailboxNotFound}}},
		{"tabs with an empty cell in a row (a delivered row's severity)",
			"event\tseverity\trecipient\tdelivery-status.message\n" +
				"failed\tpermanent\tlea@example.net\t5.1.1 The email account that you tried to reach does not exist.\n" +
				"delivered\t\tmax@example.com\tOK\n",
			[]want{{"lea@example.net", MailboxNotFound}, {"max@example.com", Delivered}}},
		// bounce_class 25 is SparkPost's "Admin Failure" (its own
		// policy, a suppression list).
		{"SparkPost's event names and raw_rcpt_to",
			"type,timestamp,raw_rcpt_to,bounce_class,reason\n" +
				"delivery,2026-11-23T15:00:04Z,ned@example.org,,\n" +
				"delay,2026-11-23T15:00:06Z,oli@example.com,22,\"452 4.2.2 Mailbox over quota\"\n" +
				"policy_rejection,2026-11-23T15:00:07Z,pia@example.org,25,\"550 5.7.1 Message generation rejected by policy\"\n",
			[]want{{"ned@example.org", Delivered}, {"oli@example.com", MailboxFull}, {"pia@example.org", Suppressed}}},
		{"Mailjet's message statuses, its \"Error related to\" column",
			"Date;Email;Status;Error related to;Error\n" +
				"2026-11-24 07:30;quin@example.org;hardbounced;recipient;user unknown\n" +
				"2026-11-24 07:30;rosa@example.net;spam;;\n",
			[]want{{"quin@example.org", MailboxNotFound}, {"rosa@example.net", Complaint}}},
		{"a spreadsheet's tabs",
			"Email\tEvent\tReason\n" +
				"fay@example.com\tHard bounce\t550 5.1.2 Host unknown: domain does not exist\n" +
				"gus@example.net\tDelivered\t\n",
			[]want{{"fay@example.com", HostUnknown}, {"gus@example.net", Delivered}}},
		{"tabs copied from a web page's table, a delivered row's empty reason left off",
			"Date\tEvent\tEmail\tSubject\tReason\n" +
				"2026-08-11 07:31:22\tDelivered\tamy@example.net\tReset your password\n" +
				"2026-08-11 07:31:20\tHard bounce\tbob@example.net\tReset your password\t550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n",
			[]want{{"amy@example.net", Delivered}, {"bob@example.net", MailboxNotFound}}},
		{"a message trace, its detail copied below",
			"\"date_time_utc\",\"sender_address\",\"recipient_address\",\"subject\",\"status\"\n" +
				"\"2026-09-03T07:45:12Z\",\"desk@example.com\",\"hal@example.org\",\"Reminder\",\"Delivered\"\n" +
				"\"2026-09-03T07:45:12Z\",\"desk@example.com\",\"ivy@example.net\",\"Reminder\",\"Failed\"\n" +
				"\nDetails:\nivy@example.net  Fail  Reason: [{LED=550 5.1.1 RESOLVER.ADR.RecipNotFound; not found};{MSG=}]\n",
			[]want{{"hal@example.org", Delivered}, {"ivy@example.net", MailboxNotFound}}},
		{"Get-MessageTrace as PowerShell prints it (Format-Table)",
			"PS C:\\> Get-MessageTrace -SenderAddress hr@example.com\n\n" +
				"Received            SenderAddress  RecipientAddress      Subject   Status\n" +
				"--------            -------------  ----------------      -------   ------\n" +
				"11/29/2026 13:05:22 hr@example.com jon@example.com       Offer     Delivered\n" +
				"11/29/2026 13:05:22 hr@example.com kay@example.net       Offer     Quarantined\n" +
				"11/29/2026 13:05:23 hr@example.com lou@example.org       Offer     Pending\n",
			[]want{{"jon@example.com", Delivered}, {"kay@example.net", ContentFiltered}, {"lou@example.org", ServerProblem}}},
		{"Exchange's tracking log exported, under the command that names its columns",
			"Get-MessageTrackingLog | Select Timestamp,EventId,Sender,Recipients,RecipientStatus | Export-Csv t.csv\n\n" +
				"\"Timestamp\",\"EventId\",\"Sender\",\"Recipients\",\"RecipientStatus\"\n" +
				"\"12/1/2026 2:11:05 PM\",\"RECEIVE\",\"hr@example.com\",\"ned@example.com\",\"\"\n" +
				"\"12/1/2026 2:11:06 PM\",\"DELIVER\",\"hr@example.com\",\"ned@example.com\",\"\"\n" +
				"\"12/1/2026 2:11:09 PM\",\"FAIL\",\"hr@example.com\",\"ola@example.net\",\"[{LRT=};{LED=552 5.2.2 Mailbox full};{FQDN=mx.example.net}]\"\n",
			[]want{{"ned@example.com", Delivered}, {"ola@example.net", MailboxFull}}},
		{"quoted in a reply, addresses made links",
			"> email,event,reason\n> pia@example.com<mailto:pia@example.com>,delivered,\n" +
				"> quin@example.org<mailto:quin@example.org>,bounce,550 5.1.1 user unknown\n",
			[]want{{"pia@example.com", Delivered}, {"quin@example.org", MailboxNotFound}}},
		{"fields in a word processor's closing quotes",
			"email,event,reason\n" +
				"ulf@example.com,delivered,\u201dhanded over, then stored\u201d\n" +
				"vic@example.org,bounce,\u201d550 5.1.1 user unknown, check the address\u201d\n",
			[]want{{"ulf@example.com", Delivered}, {"vic@example.org", MailboxNotFound}}},
		{"an event stream's topics as dotted names, tab-separated",
			"event_type\ttime\temail_address\tbounce_reason\n" +
				"users.messages.email.Delivery\t1717405200\tora@example.com\t\n" +
				"users.messages.email.Bounce\t1717405201\tpip@example.org\t550 5.1.1 recipient unknown\n",
			[]want{{"ora@example.com", Delivered}, {"pip@example.org", MailboxNotFound}}},
		{"a console's grid with no rule of dashes (Proxmox Mail Gateway's Tracking Center), its details below",
			"Tracking Center, copied the grid:\n\n" +
				"Time             From               To                    Status       Client\n" +
				"12/01 10:02:14   shop@example.com   tia@example.net       delivered    out.example.com[192.0.2.90]\n" +
				"12/01 10:02:14   shop@example.com   uma@example.org       bounced      out.example.com[192.0.2.90]\n" +
				"12/01 10:02:15   shop@example.com   val@example.net       quarantine   out.example.com[192.0.2.90]\n\n" +
				"Details (uma@example.org): host mx.example.org[198.51.100.40] said: 550 5.1.1 <uma@example.org>: Recipient address rejected: User unknown in local recipient table\n",
			[]want{{"tia@example.net", Delivered}, {"uma@example.org", MailboxNotFound}, {"val@example.net", ContentFiltered}}},
		{"a row's detail under a heading that names it",
			"To                       Status      Subject\n" +
				"vic@example.com          Delivered   Confirm your email\n" +
				"xia@example.com          Bounced     Confirm your email\n\n" +
				"Bounce details (xia@example.com):\nType: Permanent\nMessage: 550 5.1.1 <xia@example.com>: Recipient address rejected: User unknown\n",
			[]want{{"vic@example.com", Delivered}, {"xia@example.com", MailboxNotFound}}},
		{"the one failed row's detail, naming no address",
			"Date           Sender              Recipient              Subject              Status\n" +
				"Mar 15, 10:12  ceo@example.com     partner@example.org    Board pack Q1        Bounced\n\n" +
				"Message details\n  Status:      Bounced\n  SMTP reply:  550 5.1.1 The email account that you tried to reach does not exist.\n",
			[]want{{"partner@example.org", MailboxNotFound}}},
		{"a delivery's state beside its failure message",
			"delivery_id,recipient,state,failure_message\n" +
				"d1,ray@example.net,bounced,\"smtp; 552 5.2.2 mailbox full\"\n" +
				"d2,sue@example.com,delivered,\n",
			[]want{{"ray@example.net", MailboxFull}, {"sue@example.com", Delivered}}},
		{"a log's one-word Reason beside its Code and Message, a space after each separator",
			"Timestamp; Event; Severity; Reason; Recipient; Code; Message\n" +
				"2026-11-29 07:41:19; failed; permanent; bounce; mia@example.com; 550; \"5.1.1 mailbox does not exist; check the address\"\n" +
				"2026-11-29 07:41:20; failed; permanent; bounce; nat@example.org; ; Recipient address rejected: User unknown in local recipient table\n",
			[]want{{"mia@example.com", MailboxNotFound}, {"nat@example.org", MailboxNotFound}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			if len(d.Recipients) != len(tt.want) {
				t.Fatalf("got %d recipients %+v, want %d", len(d.Recipients), d.Recipients, len(tt.want))
			}
			for i, w := range tt.want {
				if r := d.Recipients[i]; r.Address != w.address || r.Category != w.cat {
					t.Errorf("recipient %d: got %q %s, want %q %s", i, r.Address, r.Category, w.address, w.cat)
				}
				if r := d.Recipients[i]; r.Category == MailboxNotFound && r.Status == "" && strings.Contains(r.Diagnostic, "5.1.1") {
					t.Errorf("recipient %d: no status code read from %q", i, r.Diagnostic)
				}
			}
		})
	}
}

// TestTableNotRead leaves tables it cannot read row by row to the text
// reader: one without a column of what happened (a bounce list whose rows
// carry their reasons), and one with a value it does not know, whose rows
// would otherwise be dropped unread.
func TestTableNotRead(t *testing.T) {
	for _, text := range []string{
		"email,reason,created\njo@example.com,\"550 5.1.1 <jo@example.com>: Recipient address rejected: User unknown\",2026-03-04\n",
		"Email,Type,Details\nkim@example.net,SpamNotification,\"554 5.7.1 Message rejected as spam by Content Filtering.\"\n",
	} {
		if records, ok := readTable([]byte(text)); ok {
			t.Errorf("read as a table (%+v): %q", records, text)
		}
		d := diagnoseText(t, text)
		if d.Format == "event" || len(d.Recipients) != 1 || d.Recipients[0].Category == Unknown {
			t.Errorf("got %s %+v, want the row read as text with its reason", d.Format, d.Recipients)
		}
	}
}

// TestWordsAloneNotHigh: a failure read from words alone, with no
// recipient, no server reply, no status code and no report, is never a
// high-confidence answer: the same words stand in help pages, blocklists'
// answers and imitations of bounces. With the reply and its recipient the
// same words may be.
func TestWordsAloneNotHigh(t *testing.T) {
	words := "Client host rejected: blocked using zen.spamhaus.org; see https://www.spamhaus.org/query/ip/192.0.2.7"
	d := diagnoseText(t, words)
	if d.Category != Blocklisted || d.Confidence == High {
		t.Errorf("words alone: got %s %s, want blocklisted below high", d.Category, d.Confidence)
	}
	d = diagnoseText(t, "<amy@example.net>: host mx.example.net[192.0.2.9] said: 554 5.7.1 Service unavailable; "+words+" (in reply to RCPT TO command)")
	if d.Category != Blocklisted || d.Confidence != High {
		t.Errorf("with its reply: got %s %s, want blocklisted, high", d.Category, d.Confidence)
	}
}

// TestNewsletterAboutComplaints: a bulk sender's newsletter (its own
// List-Unsubscribe field) that speaks of complaints and feedback loops
// reports none.
func TestNewsletterAboutComplaints(t *testing.T) {
	msg := strings.Join([]string{
		"From: Deliverability Digest <digest@esp.example>",
		"To: team@example.net",
		"Subject: Five checks before your next campaign",
		"List-Unsubscribe: <https://esp.example/unsub?u=1>",
		"Content-Type: text/plain; charset=utf-8",
		"",
		"This month: keeping your sender reputation.",
		"",
		"1. Remove addresses that bounced before they turn into spam traps.",
		"2. Watch the complaint rate in your feedback loop reports every week.",
		"",
	}, "\n")
	if d := diagnoseText(t, msg); d.Category != NotABounce {
		t.Errorf("got %s, want not-a-bounce", d.Category)
	}
}

// TestTableLimits: the table reader tries a few header lines at most, and
// reads at most maxTableBytes under one, whatever the input holds (a
// hostile text of many header lines over megabytes of quoted rows once
// cost seconds).
func TestTableLimits(t *testing.T) {
	table := "email,event,reason\nann@example.com,delivered,\nbob@example.net,bounce,550 5.1.1 user unknown\n"
	if _, ok := readTable([]byte(table)); !ok {
		t.Fatal("the plain table is not read")
	}
	// Four header lines that read no rows: the fifth is not tried.
	decoys := strings.Repeat("email,event,reason\nnot a row\n\n", 4)
	if _, ok := readTable([]byte(decoys + table)); ok {
		t.Error("a table under four header lines that read no rows was read")
	}
	// A header line of more than 4 KB is no header: splitting one of
	// megabytes (a text of commas) cost seconds.
	cols := make([]string, 1000)
	for i := range cols {
		cols[i] = fmt.Sprintf("c%d", i)
	}
	wide := "email,event," + strings.Join(cols, ",") + "\nann@example.com,delivered" + strings.Repeat(",", len(cols)) + "\n"
	if _, ok := readTable([]byte(wide)); ok {
		t.Errorf("a header line of %d bytes was read", strings.Index(wide, "\n"))
	}
	// A row of 512 KB: 256 KB of it are read.
	long := "email,event,reason\nann@example.com,bounce,\"" + strings.Repeat("x", 512<<10) + "\"\n"
	if records, ok := readTable([]byte(long)); ok && len(records[0].reply) >= 256<<10 {
		t.Errorf("a reply of %d bytes was read under a header, more than the 256 KB read there", len(records[0].reply))
	}
}

// TestWordsAloneMediumIsAGuess: words of medium strength in a text of
// several lines that names no recipient and gives no code are a best guess
// (such texts are as often a warning, a how-to or a question as a bounce
// cut to its sentence); the same words as one pasted line, or with their
// reply, are not.
func TestWordsAloneMediumIsAGuess(t *testing.T) {
	words := "Quota exceeded"
	d := diagnoseText(t, "Our mail system shows this:\n\n"+words+"\n\nIs that normal?\n")
	if d.Category != MailboxFull || d.Confidence != Low {
		t.Errorf("several lines: got %s %s, want mailbox-full, low", d.Category, d.Confidence)
	}
	d = diagnoseText(t, words)
	if d.Category != MailboxFull || d.Confidence != Medium {
		t.Errorf("one line: got %s %s, want mailbox-full, medium", d.Category, d.Confidence)
	}
	d = diagnoseText(t, "Our mail system shows this:\n\n<amy@example.net>: host mx.example.net[192.0.2.9] said: 552 5.2.2 "+words+" (in reply to RCPT TO command)\n")
	if d.Category != MailboxFull || d.Confidence == Low {
		t.Errorf("with its reply: got %s %s, want mailbox-full above low", d.Category, d.Confidence)
	}
}
