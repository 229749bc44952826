package session

import "strings"

// Unsaved is an open form that may hold edits the file does not have yet:
// text typed but not saved. Closing the council, the window or the
// program asks every tracked form first (KeepEdits), so that nothing
// typed is lost without a word.
type Unsaved interface {
	// UnsavedWhat names what the form edits ("aktören Fältgruppen"), or
	// returns "" when it holds nothing the file does not have.
	UnsavedWhat() string
	// SaveUnsaved saves the edits and reports whether it could; when they
	// have problems the form shows them beside the fields.
	SaveUnsaved() bool
}

// Track lets KeepEdits ask form before the council closes. Screens track
// their forms when they are built; the list goes with the council.
func (u *Session) Track(form Unsaved) { u.unsaved = append(u.unsaved, form) }

// KeepEdits saves the edits of every tracked form that holds some, and
// returns what could not be saved because of problems in the form.
func (u *Session) KeepEdits() []string {
	var failed []string
	for _, f := range u.unsaved {
		if what := f.UnsavedWhat(); what != "" && !f.SaveUnsaved() {
			failed = append(failed, what)
		}
	}
	return failed
}

// BeforeClosing keeps every form's edits and then runs then. When some
// cannot be saved as they are, it asks first: Spara goes back to the form
// to correct them (nothing closes), Släng closes without them, Avbryt
// closes nothing.
func (u *Session) BeforeClosing(then func()) {
	failed := u.KeepEdits()
	if len(failed) == 0 {
		then()
		return
	}
	u.Choose("unsaved.title", Tr("unsaved.message", map[string]any{"What": strings.Join(failed, ", ")}),
		Option{Key: "unsaved.save", Primary: true},
		Option{Key: "unsaved.discard", Action: func() {
			u.unsaved = nil // their edits go with the forms
			then()
		}},
		Option{Key: "unsaved.cancel"})
}
