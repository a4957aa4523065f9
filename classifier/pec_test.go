package classifier

import (
	"strings"
	"testing"
)

// pecReceipt builds a PEC receipt as a provider sends it: the notice, and
// the same facts in daticert.xml (Regole tecniche PEC).
func pecReceipt(ricevuta, notice, postacert string) string {
	return "From: posta-certificata@pec.example.net\nTo: ann@pec.example.com\n" +
		"Subject: AVVISO DI MANCATA CONSEGNA: Preventivo\nX-Ricevuta: " + ricevuta + "\n" +
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n" +
		"--b1\nContent-Type: text/plain; charset=UTF-8\n\n" + notice + "\n" +
		"--b1\nContent-Type: application/xml; name=\"daticert.xml\"\nContent-Disposition: inline; filename=\"daticert.xml\"\n\n" +
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + postacert + "\n--b1--\n"
}

// TestPECDaticert reads a PEC receipt's daticert.xml: its errore decides
// the cause, its consegna names the recipient, its tipo says final,
// retried or delivered.
func TestPECDaticert(t *testing.T) {
	notice := "Il giorno 02/11/2026 alle ore 10:00:00 (+0100) nel messaggio \"Preventivo\" proveniente da \"ann@pec.example.com\"\n" +
		"ed indirizzato a \"bob@pec.example.org\"\nè stato rilevato un problema che ne impedisce la consegna.\n"
	head := "<intestazione><mittente>ann@pec.example.com</mittente>" +
		"<destinatari tipo=\"certificato\">bob@pec.example.org</destinatari>" +
		"<destinatari tipo=\"certificato\">cy@pec.example.org</destinatari></intestazione>"
	for _, c := range []struct {
		name, tipo, errore, esteso string
		want                       Category
		addrs                      []string
		action                     string
	}{
		{"no-dest", "errore-consegna", "no-dest", "", MailboxNotFound, []string{"bob@pec.example.org"}, ActionFailed},
		{"no-dominio", "errore-consegna", "no-dominio", "", HostUnknown, []string{"bob@pec.example.org"}, ActionFailed},
		{"virus", "rilevazione-virus", "virus", "", ContentFiltered, []string{"bob@pec.example.org"}, ActionFailed},
		// errore="altro" decides nothing: the provider's words do.
		{"altro with the server's words", "errore-consegna", "altro", "5.2.2 - Gestore - mailbox full", MailboxFull, []string{"bob@pec.example.org"}, ActionFailed},
		{"preavviso", "preavviso-errore-consegna", "altro", "", ServerProblem, []string{"bob@pec.example.org"}, ActionDelayed},
		{"avvenuta consegna", "avvenuta-consegna", "nessuno", "", Delivered, []string{"bob@pec.example.org"}, ActionDelivered},
	} {
		dati := "<dati><gestore-emittente>Gestore</gestore-emittente><consegna>bob@pec.example.org</consegna>"
		if c.esteso != "" {
			dati += "<errore-esteso>" + c.esteso + "</errore-esteso>"
		}
		dati += "</dati>"
		d := diagnoseText(t, pecReceipt(c.tipo, notice, "<postacert tipo=\""+c.tipo+"\" errore=\""+c.errore+"\">"+head+dati+"</postacert>"))
		got := recipientAddresses(d)
		if d.Category != c.want || got != strings.Join(c.addrs, " ") || d.Recipients[0].Action != c.action {
			t.Errorf("%s: %s, recipients %v, action %q; want %s, %v, %q", c.name, d.Category, got, d.Recipients[0].Action, c.want, c.addrs, c.action)
		}
	}
}

// TestPECDaticertWithoutConsegna: a refusal by the sender's own provider
// names no consegna; it is about every recipient of the message.
func TestPECDaticertWithoutConsegna(t *testing.T) {
	x := "<postacert tipo=\"non-accettazione\" errore=\"virus\"><intestazione><mittente>ann@pec.example.com</mittente>" +
		"<destinatari tipo=\"certificato\">bob@pec.example.org</destinatari><destinatari tipo=\"esterno\">cy@example.org</destinatari>" +
		"</intestazione><dati><gestore-emittente>Gestore</gestore-emittente></dati></postacert>"
	d := diagnoseText(t, pecReceipt("non-accettazione", "Errore nell'accettazione del messaggio\n", x))
	if len(d.Recipients) != 2 || d.Recipients[1].Address != "cy@example.org" || d.Category != ContentFiltered {
		t.Errorf("got %s with %+v, want content-filtered for both recipients", d.Category, d.Recipients)
	}
}

// TestPECEnvelopeIsNotAReceipt: a certified message from a person carries
// a daticert.xml of tipo posta-certificata; it is no delivery report, and
// a daticert.xml that is not XML is ignored.
func TestPECEnvelopeIsNotAReceipt(t *testing.T) {
	for _, x := range []string{
		"<postacert tipo=\"posta-certificata\" errore=\"nessuno\"><intestazione><destinatari>bob@pec.example.org</destinatari></intestazione></postacert>",
		"<postacert tipo=\"errore-consegna\" errore=\"no-dest\"><intestazione><destinatari>bob@pec.exa",
	} {
		d := diagnoseText(t, pecReceipt("posta-certificata", "Buongiorno, in allegato il preventivo richiesto.\n", x))
		if d.Format == "event" || d.Recipients[0].Action == ActionFailed && d.Category == MailboxNotFound {
			t.Errorf("%.40s: read as a receipt: %s %+v", x, d.Category, d.Recipients)
		}
	}
}
