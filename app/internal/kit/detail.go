package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/session"
)

// detail is a read-only page of label–value lines and sections, for
// records whose full editors come later.
type detail struct {
	box *fyne.Container
	// lines is the block of label–value lines being filled, so that their
	// labels line up; a section starts a new block.
	lines *fyne.Container
}

func newDetail(title string) *detail {
	h := SectionTitle("")
	h.SetText(title)
	h.Wrapping = fyne.TextWrapWord
	return &detail{box: container.NewVBox(h)}
}

// line adds a label and its value; an empty value is left out.
func (d *detail) line(labelKey, value string) {
	if value == "" {
		return
	}
	l := widget.NewLabelWithStyle(session.Tr(labelKey), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	v := widget.NewLabel(value)
	v.Wrapping = fyne.TextWrapWord
	v.Selectable = true
	if d.lines == nil {
		d.lines = container.New(layout.NewFormLayout())
		d.box.Add(d.lines)
	}
	d.lines.Add(l)
	d.lines.Add(v)
}

// section adds a heading with one line per item, or none when empty.
func (d *detail) section(titleKey string, items []string, emptyKey string) {
	d.lines = nil
	d.box.Add(widget.NewSeparator())
	d.box.Add(SectionTitle(titleKey))
	if len(items) == 0 && emptyKey != "" {
		d.box.Add(&widget.Label{Text: session.Tr(emptyKey), Importance: widget.LowImportance})
	}
	for _, it := range items {
		l := widget.NewLabel(it)
		l.Wrapping = fyne.TextWrapWord
		d.box.Add(l)
	}
}

// text adds a heading and a paragraph, when the paragraph is not empty.
func (d *detail) text(titleKey, body string) {
	if body == "" {
		return
	}
	d.section(titleKey, []string{body}, "")
}

func (d *detail) object() fyne.CanvasObject {
	return container.NewVScroll(container.NewPadded(d.box))
}

// RecordDialog is a dialog that creates a record from a small form; the
// dialog stays open while the record has problems.
type RecordDialog struct {
	Form   *Form
	Save   *widget.Button
	cancel *widget.Button
	Dialog *dialog.CustomDialog
}

func NewRecordDialog(u *session.Session, titleKey string, f *Form, onSave func() error) *RecordDialog {
	d := &RecordDialog{Form: f}
	d.cancel = &widget.Button{Text: session.Tr("button.cancel"), OnTapped: func() { d.Dialog.Hide() }}
	d.Save = &widget.Button{Text: session.Tr("button.create"), Importance: widget.HighImportance, OnTapped: func() {
		if err := onSave(); err != nil {
			if !f.ShowProblems(err) {
				u.ShowError(err)
			}
			return
		}
		d.Dialog.Hide()
	}}
	f.Submit = func() { d.Save.OnTapped() }
	d.Dialog = dialog.NewCustomWithoutButtons(session.Tr(titleKey), f.View(), u.Win)
	d.Dialog.SetButtons([]fyne.CanvasObject{d.cancel, d.Save})
	d.Dialog.Resize(fyne.NewSize(560, d.Dialog.MinSize().Height))
	d.Dialog.Show()
	return d
}
