package classifier

// BlocklistInfo describes a blocklist or reputation service that bounces
// name, what it lists, and where an operator checks a listing. The reference
// pages reuse this table.
type BlocklistInfo struct {
	Name string
	// Lists is "ip", "domain", "url" or "reputation".
	Lists string
	// LookupURL is where to check a listing and ask for removal.
	LookupURL string
	// Phrases identify the service in a bounce (matched ignoring case).
	Phrases []string
}

// Blocklists are the services whybounce recognises, most specific first.
var Blocklists = []BlocklistInfo{
	{"Spamhaus DBL", "domain", "https://check.spamhaus.org/", []string{"dbl.spamhaus", "spamhaus dbl", "spamhaus domain block", "spamhaus.org/query/dbl", "^dbl$"}},
	{"Spamhaus SBL", "ip", "https://check.spamhaus.org/", []string{"sbl.spamhaus", "spamhaus sbl", "sbl-xbl.spamhaus", "spamhaus.org/sbl", "spamhaus.org/query/sbl", "^sbl$"}},
	{"Spamhaus XBL", "ip", "https://check.spamhaus.org/", []string{"xbl.spamhaus", "spamhaus xbl", "spamhaus.org/xbl", "cbl.abuseat", "^xbl$"}},
	{"Spamhaus PBL", "ip", "https://check.spamhaus.org/", []string{"pbl.spamhaus", "spamhaus pbl", "spamhaus.org/pbl", "spamhaus.org/query/pbl", "^pbl$"}},
	{"Spamhaus ZEN", "ip", "https://check.spamhaus.org/", []string{"zen.spamhaus", "spamhaus zen"}},
	{"Spamhaus", "ip", "https://check.spamhaus.org/", []string{"spamhaus"}},
	{"SpamCop", "ip", "https://www.spamcop.net/bl.shtml", []string{"spamcop"}},
	{"Barracuda Reputation Block List", "ip", "https://www.barracudacentral.org/lookups", []string{"barracudacentral", "b.barracuda", "barracuda reputation", "brbl"}},
	{"SORBS", "ip", "https://www.sorbs.net/", []string{"sorbs"}},
	{"UCEPROTECT", "ip", "https://www.uceprotect.net/en/rblcheck.php", []string{"uceprotect"}},
	{"Proofpoint", "ip", "https://ipcheck.proofpoint.com/", []string{"ipcheck.proofpoint", "proofpoint"}},
	{"Cloudmark CSI", "ip", "https://csi.cloudmark.com/en/reset/", []string{"cloudmark", "csi.cloudmark"}},
	{"Microsoft S3150 (Outlook.com block list)", "ip", "https://sender.office.com/", []string{"s3150"}},
	{"Microsoft S3140 (Outlook.com block list)", "ip", "https://sender.office.com/", []string{"s3140"}},
	{"Microsoft banned sending IP (5.7.606 / 5.7.511)", "ip", "https://sender.office.com/", []string{"banned sending ip", "5.7.606", "5.7.511"}},
	{"Yahoo temporary deferral (TSS04)", "reputation", "https://senders.yahooinc.com/smtp-error-codes/", []string{"tss04"}},
	{"Yahoo blocked (TSS05/TSS09)", "reputation", "https://senders.yahooinc.com/smtp-error-codes/", []string{"tss05", "tss09"}},
	{"Yahoo deferral (TS01-TS03)", "reputation", "https://senders.yahooinc.com/smtp-error-codes/", []string{"[ts01]", "[ts02]", "[ts03]"}},
	{"Gmail sender reputation", "reputation", "https://postmaster.google.com/", []string{"gmail.com/mail/?p=unsolicitedrate", "unsolicited mail originating from your ip", "low reputation of the sending"}},
	{"Mimecast", "reputation", "https://community.mimecast.com/s/article/email-security-cloud-gateway-mimecast-smtp-error-codes", []string{"mimecast"}},
	{"SURBL", "url", "https://www.surbl.org/surbl-analysis", []string{"surbl"}},
	{"URIBL", "url", "https://admin.uribl.com/", []string{"uribl"}},
	{"Passive Spam Block List (PSBL)", "ip", "https://psbl.org/", []string{"psbl.surriel", "psbl"}},
	{"Invaluement", "ip", "https://www.invaluement.com/lookup/", []string{"invaluement"}},
	{"Abusix Mail Intelligence", "ip", "https://lookup.abusix.com/", []string{"abusix"}},
	{"Mailspike", "ip", "https://mailspike.org/iplookup.html", []string{"mailspike"}},
	{"Hostkarma / JunkEmailFilter", "ip", "https://ipadmin.junkemailfilter.com/remove.php", []string{"junkemailfilter", "hostkarma"}},
	{"DNSBL", "ip", "https://mxtoolbox.com/blacklists.aspx", []string{"dnsbl", "blacklist", "blocklist", "block list", "black list", "blocked using"}},
}

// findBlocklists names the services mentioned in the report regions. The
// generic "a blocklist" entry is only given when no service is named.
func findBlocklists(doc *document) []BlocklistHit {
	seen := make([]bool, len(Blocklists))
	within(doc.found.blocklists, doc.regions, func(m phraseMatch) { seen[m.rule] = true })
	var out []BlocklistHit
	spamhaus := false
	for i, ok := range seen {
		if !ok {
			continue
		}
		b := Blocklists[i]
		switch {
		case b.Name == "Spamhaus" && spamhaus:
			// A zone is named: "Spamhaus" alone says less.
			continue
		case b.Name == "DNSBL" && len(out) > 0:
			continue
		}
		if len(b.Name) > 8 && b.Name[:8] == "Spamhaus" {
			spamhaus = true
		}
		out = append(out, BlocklistHit{Name: b.Name, Lists: b.Lists, LookupURL: b.LookupURL})
	}
	return out
}
