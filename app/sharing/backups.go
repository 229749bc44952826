package sharing

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"samverka/storage"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// backups is the dialog that lists the open file's backups with their
// time and size and restores one.
type backups struct {
	ui      *session.Session
	list    []storage.Backup
	table   *widget.List
	chosen  int
	restore *widget.Button
	dialog  *dialog.CustomDialog
}

// OnBackups shows the backups of the open file (Arkiv → Säkerhetskopior…).
func OnBackups(u *session.Session) {
	if u.Doc == nil {
		return
	}
	list, err := u.Doc.Store.Backups()
	if err != nil {
		u.ShowError(err)
		return
	}
	b := &backups{ui: u, list: list, chosen: -1}
	b.table = widget.NewList(func() int { return len(b.list) }, func() fyne.CanvasObject {
		return container.New(&kit.Columns{Widths: []float32{110}}, widget.NewLabel(""), &widget.Label{Alignment: fyne.TextAlignTrailing})
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		cells := o.(*fyne.Container).Objects
		cells[0].(*widget.Label).SetText(b.list[id].Time.Local().Format("2006-01-02 15:04:05"))
		cells[1].(*widget.Label).SetText(byteSize(b.list[id].Size))
	})
	b.table.OnSelected = func(id widget.ListItemID) {
		b.chosen = id
		b.restore.Enable()
	}
	b.restore = &widget.Button{Text: session.Tr("backups.restore"), Importance: widget.HighImportance, OnTapped: b.onRestore}
	b.restore.Disable()
	if u.ReadOnly() {
		b.restore.Hide()
	}
	info := widget.NewLabel(session.Tr("backups.help", map[string]any{"Folder": u.BackupFolder()}))
	info.Wrapping = fyne.TextWrapWord
	var body fyne.CanvasObject = b.table
	if len(list) == 0 {
		body = widget.NewLabel(session.Tr("backups.none"))
	}
	close := &widget.Button{Text: session.Tr("button.close"), OnTapped: func() { b.dialog.Hide() }}
	b.dialog = dialog.NewCustomWithoutButtons(session.Tr("backups.title"), container.NewBorder(info, nil, nil, nil, body), u.Win)
	b.dialog.SetButtons([]fyne.CanvasObject{close, b.restore})
	b.dialog.Resize(fyne.NewSize(600, 460))
	b.dialog.Show()
}

// onRestore asks, then puts the chosen backup in place of the file's
// content. The current content is itself kept as a backup by storage.
func (b *backups) onRestore() {
	if b.chosen < 0 || b.chosen >= len(b.list) {
		return
	}
	chosen := b.list[b.chosen]
	when := chosen.Time.Local().Format("2006-01-02 15:04")
	b.ui.Confirm("backups.restoreTitle", session.Tr("backups.restoreMessage", map[string]any{"Time": when}), "backups.restore", func() {
		if err := b.ui.Doc.Store.RestoreBackup(chosen); err != nil {
			b.ui.ShowError(err)
			return
		}
		if err := b.ui.Doc.Reload(); err != nil {
			b.ui.ShowError(err)
			return
		}
		b.dialog.Hide()
		b.ui.Undo = session.UndoStack{}
		b.ui.RefreshAll()
		b.ui.Status.SetState(session.Tr("backups.restored", map[string]any{"Time": when}), false)
	})
}

// byteSize writes a file size the way people read it.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d kB", n/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
