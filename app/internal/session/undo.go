package session

import "samverka/model"

// undoStep takes back one change: what names it for the user.
type undoStep struct {
	what string
	undo func(d *Document) error
}

// UndoStack holds the changes of this session that can be taken back,
// newest last.
type UndoStack struct {
	Steps []undoStep
}

// Push adds the undo of a change named what.
func (s *UndoStack) Push(what string, undo func(d *Document) error) {
	s.Steps = append(s.Steps, undoStep{what: what, undo: undo})
	if len(s.Steps) > 100 {
		s.Steps = s.Steps[1:]
	}
}

// Top names the change Ctrl+Z takes back next; ok is false when there is
// none. The menu shows it: "Ångra uppföljning av …".
func (s *UndoStack) Top() (what string, ok bool) {
	if len(s.Steps) == 0 {
		return "", false
	}
	return s.Steps[len(s.Steps)-1].what, true
}

func (s *UndoStack) pop() (undoStep, bool) {
	if len(s.Steps) == 0 {
		return undoStep{}, false
	}
	last := s.Steps[len(s.Steps)-1]
	s.Steps = s.Steps[:len(s.Steps)-1]
	return last, true
}

// UndoAdd is the undo of adding a record: it becomes a tombstone again.
// The record's id is read when the change is taken back, so the undo can
// be made before storage gives a new record its id.
func UndoAdd(r model.Record) func(d *Document) error {
	return func(d *Document) error { return d.Retire(r.RecordKind(), r.RecordMeta().ID) }
}

// UndoRetire is the undo of retiring a record: it comes back.
func UndoRetire(kind model.Kind, id string) func(d *Document) error {
	return func(d *Document) error { return d.Restore(kind, id) }
}

// UndoEdit is the undo of an edit: the earlier content is written again.
// Storage continues the record's history from the stored revision, so the
// undo is a new revision and travels in a merge like any change.
func UndoEdit[T any, P interface {
	*T
	model.Record
}](before P) func(d *Document) error {
	saved := *before
	return func(d *Document) error {
		restored := saved
		return d.Put(P(&restored))
	}
}

// OnUndo takes back the latest change (Ctrl+Z).
func (u *Session) OnUndo() {
	if u.Doc == nil {
		return
	}
	step, ok := u.Undo.pop()
	if !ok {
		u.Status.SetState(Tr("undo.nothing"), false)
		return
	}
	if err := step.undo(u.Doc); err != nil {
		u.ShowError(err)
		return
	}
	u.RefreshAll()
	u.Status.SetState(Tr("undo.done", map[string]any{"What": step.what}), false)
}
