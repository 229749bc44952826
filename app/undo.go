package app

import "samverka/model"

// undoStep takes back one change: what names it for the user.
type undoStep struct {
	what string
	undo func(d *document) error
}

// undoStack holds the changes of this session that can be taken back,
// newest last.
type undoStack struct {
	steps []undoStep
}

func (s *undoStack) push(what string, undo func(d *document) error) {
	s.steps = append(s.steps, undoStep{what: what, undo: undo})
	if len(s.steps) > 100 {
		s.steps = s.steps[1:]
	}
}

func (s *undoStack) pop() (undoStep, bool) {
	if len(s.steps) == 0 {
		return undoStep{}, false
	}
	last := s.steps[len(s.steps)-1]
	s.steps = s.steps[:len(s.steps)-1]
	return last, true
}

// undoAdd is the undo of adding a record: it becomes a tombstone again.
func undoAdd(r model.Record) func(d *document) error {
	kind, id := r.RecordKind(), r.RecordMeta().ID
	return func(d *document) error { return d.retire(kind, id) }
}

// undoRetire is the undo of retiring a record: it comes back.
func undoRetire(kind model.Kind, id string) func(d *document) error {
	return func(d *document) error { return d.restore(kind, id) }
}

// undoEdit is the undo of an edit: the earlier content is written again.
// Storage continues the record's history from the stored revision, so the
// undo is a new revision and travels in a merge like any change.
func undoEdit[T any, P interface {
	*T
	model.Record
}](before P) func(d *document) error {
	saved := *before
	return func(d *document) error {
		restored := saved
		return d.put(P(&restored))
	}
}

// onUndo takes back the latest change (Ctrl+Z).
func (u *Session) onUndo() {
	if u.doc == nil {
		return
	}
	step, ok := u.undo.pop()
	if !ok {
		u.status.setState(tr("undo.nothing"), false)
		return
	}
	if err := step.undo(u.doc); err != nil {
		u.showError(err)
		return
	}
	u.refreshAll()
	u.status.setState(tr("undo.done", map[string]any{"What": step.what}), false)
}
