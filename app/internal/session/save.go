package session

import "samverka/model"

// Problems is where a screen shows what is wrong with a record it saves:
// beside the fields (kit.Form).
type Problems interface {
	// ShowProblems shows err's problems beside their fields and reports
	// whether it could; the others show as a dialog.
	ShowProblems(err error) bool
	// Clear hides every problem.
	Clear()
}

// Save writes recs in one change: the sequence every editor follows. When
// the records have problems they show on form (or in a dialog when form
// is nil or has no field for them) and nothing is written. Otherwise form
// is cleared, the change can be taken back with Ctrl+Z under the name
// what (undo says how; "" for what leaves the change out of undo), every
// screen is brought up to date and the status line says it is recorded.
// Save reports whether the change was written.
func (u *Session) Save(form Problems, what string, undo func(*Document) error, recs ...model.Record) bool {
	if err := u.Doc.Put(recs...); err != nil {
		if form == nil || !form.ShowProblems(err) {
			u.ShowError(err)
		}
		return false
	}
	if form != nil {
		form.Clear()
	}
	if what != "" && undo != nil {
		u.Undo.Push(what, undo)
	}
	u.RefreshAll()
	u.Status.SetState(Tr("status.recorded"), false)
	return true
}

// Retire asks nothing: it turns the record into a tombstone, lets Ctrl+Z
// bring it back under the name what and brings every screen up to date.
// A refusal shows as a dialog. It reports whether the record was retired.
func (u *Session) Retire(kind model.Kind, id, what string) bool {
	if err := u.Doc.Retire(kind, id); err != nil {
		u.ShowError(err)
		return false
	}
	u.Undo.Push(what, UndoRetire(kind, id))
	u.RefreshAll()
	return true
}
