package classifier

import (
	"slices"
	"testing"
)

// TestListOwnAddresses: a list manager's notice names the list's own
// addresses (its posting address, its owners'), which its List-Id tells
// (RFC 2919); the failed recipient is the member, or the list itself when
// the notice refuses a post to it, never the owners' contact address.
func TestListOwnAddresses(t *testing.T) {
	head := "From: hikers-bounces@lists.example.org\nList-Id: <hikers.lists.example.org>\nX-Mailman-Version: 3.3.8\n"
	tests := []struct {
		name, msg, want string
	}{
		{"owner notice about a member",
			head + "To: hikers-owner@lists.example.org\nSubject: Ann <ann@example.net>'s subscription disabled on Hikers\n\n" +
				"Ann <ann@example.net>'s subscription has been disabled on hikers@lists.example.org due to their bounce score\n" +
				"exceeding the mailing list's bounce_score_threshold.\n\nThe triggering DSN if available is attached.\n",
			"ann@example.net"},
		{"warning to the member",
			head + "To: bob@example.net\nSubject: Your subscription for Hikers mailing list has been disabled\n\n" +
				"Your subscription to the hikers@lists.example.org mailing list has been disabled since we have\n" +
				"received a number of bounces indicating that there may be a problem delivering messages to\nbob@example.net.\n\n" +
				"If you have any questions or problems, you can contact the mailing list owner at\n\n    hikers-owner@lists.example.org\n",
			"bob@example.net"},
	}
	for _, tt := range tests {
		d := diagnoseText(t, tt.msg)
		if len(d.Recipients) != 1 || d.Recipients[0].Address != tt.want {
			var got []string
			for _, r := range d.Recipients {
				got = append(got, r.Address)
			}
			t.Errorf("%s: recipients %v, want only %s", tt.name, got, tt.want)
		}
	}
}

// TestLogOrigToIsTheSameRecipient: Postfix's log names the address a
// recipient was expanded from as orig_to=, which is no second recipient.
func TestLogOrigToIsTheSameRecipient(t *testing.T) {
	line := "Feb 13 13:05:48 mailhost postfix/smtp[11370]: DBC8F384FC: to=<pat.lee@example.edu>, orig_to=<plee@example.edu>, " +
		"relay=mx.example.net[192.0.2.1]:25, delay=1, status=bounced (host mx.example.net[192.0.2.1] said: 550 5.1.1 <pat.lee@example.edu>: " +
		"Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))\n"
	d := diagnoseText(t, line)
	if len(d.Recipients) != 1 || d.Recipients[0].Address != "pat.lee@example.edu" || d.Recipients[0].Category != MailboxNotFound {
		t.Errorf("got %+v, want only pat.lee@example.edu, mailbox-not-found", d.Recipients)
	}
}

// TestServiceAndSenderAddressesInOneLine: Exchange's system mailbox, where
// its message trace says a report went, and the sender sendmail names in
// its refusal of a looping message are no failed recipients.
func TestServiceAndSenderAddressesInOneLine(t *testing.T) {
	for text, want := range map[string]string{
		"Office 365 could not deliver the message to the recipient (m.rossi@example.it) because of the following error:\n" +
			"Error: 550 5.7.520 Access denied, Your organization does not allow external forwarding. AS(7555)\n" +
			"A non-delivery report was sent to MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.onmicrosoft.com.\n": "m.rossi@example.it",
		"554 5.4.6 Too many hops 27 (25 max): from <li@example.com> via mail.example.com, to <li@example.net>\n": "li@example.net",
		// Mlmmj's refusal of a post (its text.skel deny-post) names the
		// list it was sent to, then the poster.
		"Hi, this is the Mlmmj program managing the <talk@lists.example.org>\nmailing list.\n\n" +
			"The message from <ann@example.com> with subject \"Dates\"\nwas unable to be delivered to the list because it exceeded the maximum\n" +
			"allowed message size of 524288 bytes.\n": "talk@lists.example.org",
		// Aliyun names the login and the sender it refused; Rails logs the
		// Message-ID of what it handed over ("Delivered mail <id> (Nms)").
		"Delivered mail 6903197997465_dc6f32fe4@app.mail (520.9ms)\nNet::SMTPServerBusy sending to ann@example.cn: " +
			"440 mail from account doesn't conform with authentication (Auth Account:ops@example.com|Mail Account:app@example.com)\n": "ann@example.cn",
		// A host names the login it blocked after its own refusal.
		"SMTP Error (550): Failed to add recipient \"ann@example.pt\" (5.7.1 <webmail.example.net[192.0.2.18]>: " +
			"Client host rejected: Blacklisted user: bob@example.pt).\n": "ann@example.pt",
	} {
		if d := diagnoseText(t, text); len(d.Recipients) != 1 || d.Recipients[0].Address != want {
			t.Errorf("%.40q: got %+v, want only %s", text, d.Recipients, want)
		}
	}
}

// Exchange lists each recipient of its delivery receipts and non-delivery
// reports as a display name with the address in round brackets: such a
// line names a recipient as much as a bare address does, while a name in
// brackets after other words (a person's sentence) does not.
func TestRecipientNamedInBrackets(t *testing.T) {
	d := diagnoseText(t, "Delivered: Invoice 4471\n\nYour message has been delivered to the following recipients:\n\n"+
		"Ruth Ames (ruth@example.com)\n\nbilling@example.org\n\nSubject: Invoice 4471\n")
	var got []string
	for _, r := range d.Recipients {
		got = append(got, r.Address+" "+string(r.Category))
	}
	if want := []string{"ruth@example.com delivered", "billing@example.org delivered"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	for line, want := range map[string]bool{
		"Ruth Ames (ruth@example.com)":        true,
		"  O'Neil, Pat (pat@example.com) ":    true,
		"Call me at (ruth@example.com) later": false,
		"From: Ruth Ames (ruth@example.com)":  false,
		"(ruth@example.com)":                  false,
		"Ruth Ames <ruth@example.com>":        false,
		"ann@example.com (ruth@example.com)":  false,
	} {
		locs := findAddresses(line)
		if got := namedInBrackets(line, locs[len(locs)-1]); got != want {
			t.Errorf("namedInBrackets(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestWrappedAddressIsNotAnother: a forum or a mail program that wraps a
// pasted Exim notice at 72 columns cuts an address in its RCPT TO line
// ("<papa@example.n" over "et>:"); the cut part is the address the list
// of failed addresses named whole, not another recipient.
func TestWrappedAddressIsNotAnother(t *testing.T) {
	d := diagnoseText(t, "A message that you sent could not be delivered to one or more of its\n"+
		"recipients. This is a permanent error. The following address(es) failed:\n\n"+
		"  papa.schulz@example.net\n    host mx.example.net [203.0.113.71]\n"+
		"    SMTP error from remote mail server after RCPT TO:<papa.schulz@example.n\net>:\n"+
		"    550 5.1.1 <papa.schulz@example.net>: Recipient address rejected: User unknown\n"+
		"  ann@example.org\n    retry timeout exceeded\n")
	assertRecipients(t, d, wantRecipient{"papa.schulz@example.net", MailboxNotFound, "5.1.1"}, wantRecipient{"ann@example.org", ServerProblem, ""})
}

// TestWrappedContactIsNotARecipient: a notice wrapped at 72 columns and
// quoted ("... or contact" + line break + "> privacy@x.") names a contact
// on the next line, not a second recipient.
func TestWrappedContactIsNotARecipient(t *testing.T) {
	d := diagnoseText(t, "> Your message to clinic.desk@example.com couldn't be delivered.\n"+
		"> This message was blocked by a data loss prevention policy. If this is a business need, contact\n"+
		"> privacy@example.org.\n>\n> Remote Server returned '550 5.7.1 Delivery not authorized, message refused'\n")
	assertRecipients(t, d, wantRecipient{"clinic.desk@example.com", PolicyRejected, "5.7.1"})
}

// TestListservProbeNamesTheSubscriber: LISTSERV's probe notice opens with
// its own address ("LISTSERV@x has just received the enclosed delivery
// error as a result of a probe sent to your y account"); the failed
// recipient is the subscriber the enclosed bounce names.
func TestListservProbeNamesTheSubscriber(t *testing.T) {
	d := diagnoseText(t, "LISTSERV@LISTS.EXAMPLE.EDU has just received the enclosed delivery error as a\n"+
		"result of a probe sent to your ann@example.net account for the SEMINAR list.\n\n"+
		"------------------------ Rejected message (8 lines) --------------------------\n"+
		"A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "+
		"The following address(es) failed:\n\n  ann@example.net\n    Mailbox quota exceeded\n")
	assertRecipients(t, d, wantRecipient{"ann@example.net", MailboxFull, ""})
}
