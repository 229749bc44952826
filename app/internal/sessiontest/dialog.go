package sessiontest

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/session"
)

// The helpers here read a dialog as a person does: a form's input by the
// label beside it, a button by its text, a list by being the list shown.

// Root is what the dialog draws.
func (d *shownDialog) Root() fyne.CanvasObject { return d.root }

// Input returns the input a form in the dialog shows beside the label with
// the text of key (a translation key); nil when there is none.
func (d *shownDialog) Input(key string) fyne.CanvasObject { return FormInput(d.root, session.Tr(key)) }

// Entry returns the text field beside the label of key, failing the test
// when there is none.
func (d *shownDialog) Entry(t fataler, key string) *widget.Entry {
	t.Helper()
	e, _ := d.Input(key).(*widget.Entry)
	if e == nil {
		t.Fatalf("no field %q on the dialog", session.Tr(key))
	}
	return e
}

// FieldEntry is Entry for the field of a record that the form labels with
// the field's own name (model.FieldKey).
func (d *shownDialog) FieldEntry(t fataler, field string) *widget.Entry {
	t.Helper()
	return d.Entry(t, model.FieldKey(field))
}

// List returns the first list the dialog shows, nil when none.
func (d *shownDialog) List() *widget.List {
	l, _ := Find(d.root, func(o fyne.CanvasObject) bool { _, ok := o.(*widget.List); return ok }).(*widget.List)
	return l
}

// Problems returns the problems the dialog shows: the texts of its
// visible labels that warn.
func (d *shownDialog) Problems() []string {
	var out []string
	Walk(d.root, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok && l.Visible() && l.Importance == widget.DangerImportance && l.Text != "" {
			out = append(out, l.Text)
		}
		return true
	})
	return out
}

// fataler is what the helpers need of a test.
type fataler interface {
	Helper()
	Fatalf(format string, args ...any)
}

// Problem returns the problem a form in the dialog shows under the input
// labelled with the text of key, "" when none.
func (d *shownDialog) Problem(key string) string {
	box := formCell(d.root, session.Tr(key))
	text := ""
	if box != nil {
		Walk(box, func(o fyne.CanvasObject) bool {
			if l, ok := o.(*widget.Label); ok && l.Visible() && l.Importance == widget.DangerImportance && l.Text != "" {
				text = l.Text
				return false
			}
			return true
		})
	}
	return text
}

// FieldProblem is Problem for a field labelled with its own name.
func (d *shownDialog) FieldProblem(field string) string { return d.Problem(model.FieldKey(field)) }

// FormInput returns the input that a form (kit.Form or widget.Form) in o
// shows beside the label reading label: the object after the label in
// the form's container, or the first object of the box it sits in.
func FormInput(o fyne.CanvasObject, label string) fyne.CanvasObject {
	cell := formCell(o, label)
	if box, ok := cell.(*fyne.Container); ok && len(box.Objects) > 0 {
		return box.Objects[0]
	}
	return cell
}

// formCell returns what a form in o shows beside the label reading
// label: the input, or the box of the input and its problem.
func formCell(o fyne.CanvasObject, label string) fyne.CanvasObject {
	var found fyne.CanvasObject
	Walk(o, func(x fyne.CanvasObject) bool {
		c, ok := x.(*fyne.Container)
		if !ok || found != nil {
			return found == nil
		}
		for i := 0; i+1 < len(c.Objects); i++ {
			if l, ok := c.Objects[i].(*widget.Label); ok && l.Text == label {
				found = c.Objects[i+1]
				return false
			}
		}
		return true
	})
	return found
}
