package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/session"
)

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
