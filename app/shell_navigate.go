package app

import (
	"slices"

	"samverka/model"
)

// recordOpener is a screen that shows records of the kinds its entry in
// screens names.
type recordOpener interface {
	OpenRecord(kind model.Kind, id string)
}

// OpenRecord shows the record a warning or a report line is about on the
// screen that edits it: a problem or cause on the Lägesbild screen, a
// commitment in its editor.
func (u *UI) OpenRecord(kind model.Kind, id string) {
	for _, info := range screens {
		if slices.Contains(info.opens, kind) {
			u.showScreen(info.name)
			if o, ok := u.screenNamed(info.name).(recordOpener); ok {
				o.OpenRecord(kind, id)
			}
			return
		}
	}
}
