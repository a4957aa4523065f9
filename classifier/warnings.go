package classifier

// addWarnings adds the warnings a reader should see before acting on d
// (dangerous attachments, backscatter for Options.Mine, ...).
//
// It is deliberately empty here: another part of the project owns the
// warnings and fills this function in. It runs last in Diagnose, so it can
// rely on d.Attachments, d.Original and d.Recipients being complete.
func addWarnings(d *Diagnosis, opt Options) {}
