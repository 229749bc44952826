package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// onPrint is Arkiv → Skriv ut… (Ctrl+P): it prints the document of the
// screen shown, or asks which when the screen has several (a meeting's
// kallelse, närvarolista and protokoll), or says where documents are
// printed from when it has none.
func (u *UI) onPrint() {
	if u.Doc == nil {
		return
	}
	var buttons []*widget.Button
	if sc := u.built[u.screen]; sc != nil {
		buttons = kit.PrintButtons(sc.Content())
	}
	switch len(buttons) {
	case 0:
		u.ShowInfo("print.menuTitle", session.Tr("print.nothing"))
	case 1:
		buttons[0].OnTapped()
	default:
		var d dialog.Dialog
		box := container.NewVBox(widget.NewLabel(session.Tr("print.which")))
		for _, b := range buttons {
			box.Add(widget.NewButtonWithIcon(b.Text, b.Icon, func() {
				d.Hide()
				b.OnTapped()
			}))
		}
		d = dialog.NewCustom(session.Tr("print.menuTitle"), session.Tr("button.cancel"), box, u.Win)
		d.Resize(fyne.NewSize(420, d.MinSize().Height))
		d.Show()
	}
}
