package classifier

// Diagnose reads one bounce, in any form, and says what went wrong.
// It returns ErrEmpty or ErrTooLarge (possibly wrapped) for input it will not read.
//
// TEMPORARY: replaced by the real engine.
func Diagnose(raw []byte, opt Options) (*Diagnosis, error) {
	if len(raw) == 0 {
		return nil, ErrEmpty
	}
	return &Diagnosis{Category: Unknown, Final: true, Format: "text", Text: string(raw),
		Recipients: []Recipient{{Category: Unknown, Action: ActionFailed}}}, nil
}
