package agreements

import "samverka/app/internal/session"

// agreementUnsaved is what the agreement editor holds that the file does
// not; closing the council keeps it (session.Unsaved).
type agreementUnsaved struct{ e *agreementEditor }

func (a agreementUnsaved) UnsavedWhat() string {
	e := a.e
	if e.locked || e.a.editor != e || !e.changed() {
		return ""
	}
	return session.Tr("unsaved.agreement", map[string]any{"Title": e.before.Title})
}

func (a agreementUnsaved) SaveUnsaved() bool { return a.e.put(a.e.collect()) }
