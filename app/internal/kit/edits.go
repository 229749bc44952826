package kit

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Edits tells whether the inputs of a form hold what was typed since the
// form was last filled from the file, and saves them when asked: it is
// the session.Unsaved of an editor, so that closing the council, the
// window or the program keeps what was typed. The editor calls Mark when
// it has filled its inputs and Close when it goes.
type Edits struct {
	inputs []fyne.CanvasObject
	mark   string
	open   bool
	what   func() string
	save   func()
}

// NewEdits watches the inputs inside roots; what names the record for
// the question on close ("åtagandet Nattvandring"), and save saves it as
// the editor's Spara does, showing problems beside the fields. A save
// that worked fills the form again (or closes it), which Mark notes.
func NewEdits(what func() string, save func(), roots ...fyne.CanvasObject) *Edits {
	return &Edits{inputs: roots, what: what, save: save}
}

// Mark notes what the inputs show now as what the file holds.
func (e *Edits) Mark() {
	e.mark = InputValues(e.inputs...)
	e.open = true
}

// Close notes that the form is gone: it holds nothing to keep.
func (e *Edits) Close() { e.open = false }

// UnsavedWhat names the record when the inputs differ from the mark.
func (e *Edits) UnsavedWhat() string {
	if !e.open || InputValues(e.inputs...) == e.mark {
		return ""
	}
	return e.what()
}

// SaveUnsaved saves and reports whether the form then holds nothing
// unsaved.
func (e *Edits) SaveUnsaved() bool {
	e.save()
	return e.UnsavedWhat() == ""
}

// InputValues returns what the inputs inside roots show (texts, choices,
// ticks), as one string to compare.
func InputValues(roots ...fyne.CanvasObject) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case nil:
		case *widget.Entry:
			fmt.Fprintf(&b, "%q;", w.Text)
		case *widget.SelectEntry:
			fmt.Fprintf(&b, "%q;", w.Text)
		case *widget.Select:
			fmt.Fprintf(&b, "%q;", w.Selected)
		case *widget.Check:
			fmt.Fprintf(&b, "%v;", w.Checked)
		case *widget.RadioGroup:
			fmt.Fprintf(&b, "%q;", w.Selected)
		default:
			for _, k := range children(o) {
				walk(k)
			}
		}
	}
	for _, r := range roots {
		walk(r)
	}
	return b.String()
}
