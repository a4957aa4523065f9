package classifier

import "testing"

// The failed address named in the visible text of common notices, with no
// report fields around it.
func TestAddressInVisibleText(t *testing.T) {
	tests := []struct {
		name, text, address string
	}{
		{"gmail wasn't delivered", "Address not found\n\nYour message wasn't delivered to ann@example.com because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n", "ann@example.com"},
		{"gmail couldn't be delivered, contact", "Message not delivered\n\nYour message couldn't be delivered to ann@example.com because the recipient's inbox is full. Please try resending your message later, or contact the recipient directly.\n\nThe response from the remote server was:\n\n452 4.2.2 The recipient's inbox is out of storage space.\n", "ann@example.com"},
		{"gmail failed permanently", "Delivery to the following recipient failed permanently:\n\n     ann@example.com\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain example.com by mx.example.com. [192.0.2.1].\n\nThe error that the other server returned was:\n550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown\n", "ann@example.com"},
		{"outlook couldn't be delivered", "Your message to ann@example.com couldn't be delivered.\nann wasn't found at example.com.\n\nbob  Office 365  ann\nAction Required  Recipient\n\nUnknown To address\n", "ann@example.com"},
		{"the refused sender alone", "553 5.7.1 <bob@example.org>: Sender address rejected: not owned by user bob@example.org", ""},
		{"the refused sender after the recipient", "<ann@example.com>: host mx.example.com[192.0.2.1] said: 553 5.7.1 <bob@example.org>: Sender address rejected: Access denied (in reply to RCPT TO command)", "ann@example.com"},
		{"contact the postmaster is not the recipient", "Delivery has failed to these recipients or groups:\n\nann@example.com\nThe mailbox is full. For help, contact postmaster@example.org.\n", "ann@example.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseText(t, tt.text)
			if len(d.Recipients) == 0 {
				t.Fatal("no recipients")
			}
			if got := d.Recipients[0].Address; got != tt.address {
				t.Errorf("address = %q, want %q", got, tt.address)
			}
		})
	}
}
