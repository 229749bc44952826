package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
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
	h := sectionTitle("")
	h.SetText(title)
	h.Wrapping = fyne.TextWrapWord
	return &detail{box: container.NewVBox(h)}
}

// line adds a label and its value; an empty value is left out.
func (d *detail) line(labelKey, value string) {
	if value == "" {
		return
	}
	l := widget.NewLabelWithStyle(tr(labelKey), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
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
	d.box.Add(sectionTitle(titleKey))
	if len(items) == 0 && emptyKey != "" {
		d.box.Add(&widget.Label{Text: tr(emptyKey), Importance: widget.LowImportance})
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

// recordDialog is a dialog that creates a record from a small form; the
// dialog stays open while the record has problems.
type recordDialog struct {
	form   *form
	save   *widget.Button
	cancel *widget.Button
	dialog *dialog.CustomDialog
}

func newRecordDialog(u *Session, titleKey string, f *form, onSave func() error) *recordDialog {
	d := &recordDialog{form: f}
	d.cancel = &widget.Button{Text: tr("button.cancel"), OnTapped: func() { d.dialog.Hide() }}
	d.save = &widget.Button{Text: tr("button.create"), Importance: widget.HighImportance, OnTapped: func() {
		if err := onSave(); err != nil {
			if !f.showProblems(err) {
				u.showError(err)
			}
			return
		}
		d.dialog.Hide()
	}}
	f.submit = func() { d.save.OnTapped() }
	d.dialog = dialog.NewCustomWithoutButtons(tr(titleKey), f.view(), u.win)
	d.dialog.SetButtons([]fyne.CanvasObject{d.cancel, d.save})
	d.dialog.Resize(fyne.NewSize(560, d.dialog.MinSize().Height))
	d.dialog.Show()
	return d
}
