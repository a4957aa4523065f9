package classifier

import (
	"encoding/xml"
	"strings"
)

// Stage 1, another form: the receipts and notices of Italy's certified mail
// (PEC, posta elettronica certificata). Besides its Italian text, every
// receipt a PEC provider sends carries the same facts machine-readable, in
// an attachment named daticert.xml (Regole tecniche, allegato al DM 2
// novembre 2005, as PEC readers parse it: pagopa/pn-ec's Postacert, for
// one). Its root says what the receipt is and why delivery failed:
//
//	<postacert tipo="errore-consegna" errore="no-dest">
//	  ... <destinatari tipo="certificato">bob@pec.example.it</destinatari> ...
//	  <dati> ... <consegna>bob@pec.example.it</consegna>
//	    <errore-esteso>5.1.1 - Gestore - indirizzo non valido</errore-esteso> ...
//
// tipo names the receipt (the same word as the X-Ricevuta header), errore
// is one of nessuno, no-dest, no-dominio, virus or altro, errore-esteso is
// the provider's words (often the receiving server's status code and
// reply). A receipt is read like a sending service's event: one record
// per recipient, the provider's classification a clue from
// knowledge/events.tsv (service "pec"), its notice the provider's
// explanation.

// postacert is the part of daticert.xml the engine reads.
type postacert struct {
	Tipo         string   `xml:"tipo,attr"`
	Errore       string   `xml:"errore,attr"`
	Destinatari  []string `xml:"intestazione>destinatari"`
	Consegna     []string `xml:"dati>consegna"`
	ErroreEsteso string   `xml:"dati>errore-esteso"`
}

// maxDaticert bounds the daticert.xml the engine parses: a real one is
// well under two kilobytes.
const maxDaticert = 64 << 10

// readDaticert reads a PEC receipt's daticert.xml; notice is the receipt's
// own text. ok is false when it is not a receipt about delivery (the
// envelope of a certified message, "posta-certificata", is a person's mail).
func readDaticert(data, notice string) (records []eventRecord, ok bool) {
	if data == "" || len(data) > maxDaticert {
		return nil, false
	}
	var p postacert
	if err := xml.Unmarshal([]byte(data), &p); err != nil {
		return nil, false
	}
	tipo := strings.TrimSpace(p.Tipo)
	kind, ok := kindOf("pec", tipo)
	if !ok {
		return nil, false
	}
	// The recipient the receipt is about (consegna), else every recipient
	// of the message (a refusal by the sender's own provider is about all).
	addrs := p.Consegna
	if len(addrs) == 0 {
		addrs = p.Destinatari
	}
	note := strings.TrimSpace(notice)
	if len(note) > maxPECNotice {
		note = note[:maxPECNotice]
	}
	reply := strings.TrimSpace(p.ErroreEsteso)
	classes := [][2]string{{"tipo", tipo}, {"errore", strings.TrimSpace(p.Errore)}}
	for _, a := range addrs {
		if len(records) == maxEvents {
			break
		}
		if a = strings.TrimSpace(a); a == "" {
			continue
		}
		records = append(records, eventRecord{service: "pec", kind: kind, address: a, reply: reply, note: note, classes: classes})
	}
	return records, len(records) > 0
}

// maxPECNotice bounds how much of a receipt's text is kept as the
// provider's explanation: the fixed texts are a few lines.
const maxPECNotice = 2000
