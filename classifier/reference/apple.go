package reference

import c "github.com/whybounce/whybounce/classifier"

var applePostmaster = Link{"Apple: postmaster information for iCloud Mail", "https://support.apple.com/en-us/102322"}

// apple holds the bracketed codes iCloud Mail (icloud.com, me.com, mac.com) puts
// in its refusals. Apple does not publish what each one means; the texts say
// "Message rejected due to local policy" and point to Apple's postmaster page.
var apple = []Entry{
	{Code: "CS01", Title: "iCloud: rejected due to local policy", Category: c.Blocklisted,
		Meaning: "iCloud Mail's filters refused the message (550 5.7.1 [CS01] \"Message rejected due to local policy\"). Apple does not explain its codes; in practice the CS codes follow the reputation of the sending server.",
		Action:  "Forward the bounce to your email provider. The operator of the sending server should follow Apple's postmaster guidelines and, if needed, contact Apple's postmaster team with the full error.",
		Related: []string{"CS02", "HM08"}, Links: []Link{applePostmaster}},
	{Code: "CS02", Title: "iCloud: rejected due to local policy", Category: c.Blocklisted,
		Meaning: "iCloud Mail refused the message (554 5.7.1 [CS02] \"Message rejected due to local policy\"), seen in practice when the sending IP, often a shared one, has a poor reputation with Apple.",
		Action:  "Forward the bounce to your email provider; the operator of the sending server should contact Apple's postmaster team.",
		Related: []string{"CS01", "HM08"}, Links: []Link{applePostmaster}},
	{Code: "HM07", Title: "iCloud: rejected due to local policy", Category: c.ContentFiltered,
		Meaning: "iCloud Mail's filters refused the message with \"Message rejected due to local policy\". Apple does not explain the HM codes; they are usually linked to the message itself rather than the sending server.",
		Action:  "Check that the recipient can get a plain message from you; if so, rework the original (links, attachments, wording). If everything to iCloud fails, tell your provider.",
		Related: []string{"HM08", "CS01"}, Links: []Link{applePostmaster}},
	{Code: "HM08", Title: "iCloud: rejected due to local policy", Category: c.ContentFiltered,
		Meaning: "iCloud Mail's filters refused the message (554 5.7.1 [HM08] \"Message rejected due to local policy\"). It is usually about the content of the message; it has also appeared for all senders during an Apple-side filtering fault.",
		Action:  "Send a plain message to check that mail gets through, then rework the original. If every message to iCloud fails, wait and try again later.",
		Related: []string{"HM07", "CS02"}, Links: []Link{applePostmaster}},
	{Code: "HME1", Title: "iCloud: failed both SPF and DKIM", Category: c.AuthenticationFailed,
		Meaning: "iCloud Mail blocked the message because it failed both SPF and DKIM checks for the sender's domain.",
		Action:  "Whoever manages the sending domain must set up SPF and DKIM for the server that sends its mail.",
		Related: []string{"5.7.26", "5.7.23"}, Links: []Link{applePostmaster}},
}

func appleEntries() []Entry { return providerEntries("Apple", apple) }
