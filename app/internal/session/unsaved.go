package session

import (
	"slices"
	"strings"

	"github.com/samber/lo"
)

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

// TrackAs tracks form under key in place of the form tracked under it
// before: an editor made anew for each record (a meeting, an agreement,
// a dialog) is asked, not the ones it replaced. A nil form stops
// tracking key, for an editor that closed.
func (u *Session) TrackAs(key string, form Unsaved) {
	if u.keyed == nil {
		u.keyed = map[string]Unsaved{}
	}
	if form == nil {
		delete(u.keyed, key)
		return
	}
	u.keyed[key] = form
}

// tracked returns the forms to ask, in a steady order.
func (u *Session) tracked() []Unsaved {
	forms := slices.Clone(u.unsaved)
	keys := lo.Keys(u.keyed)
	slices.Sort(keys)
	for _, k := range keys {
		forms = append(forms, u.keyed[k])
	}
	return forms
}

// KeepEdits saves the edits of every tracked form that holds some, and
// returns what could not be saved because of problems in the form.
func (u *Session) KeepEdits() []string {
	var failed []string
	for _, f := range u.tracked() {
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
			u.unsaved, u.keyed = nil, nil // their edits go with the forms
			then()
		}},
		Option{Key: "unsaved.cancel"})
}
