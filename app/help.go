package app

import (
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/session"
)

// helpMenu is Hjälp: a short guide, the keyboard shortcuts and Om
// Samverka. The guide is what a new chair needs in the first hour; the
// rest they find on the screens, which say what to do when they are empty.
func (u *UI) helpMenu() *fyne.Menu {
	item := func(key string, action func()) *fyne.MenuItem {
		return &fyne.MenuItem{Label: session.Tr(key), Action: action}
	}
	return fyne.NewMenu(session.Tr("menu.help"),
		item("help.guide", u.showGuide),
		item("help.keys", u.showKeys),
		fyne.NewMenuItemSeparator(),
		item("menu.about", u.showAbout))
}

// showGuide shows the guide: a council's first hour, the year, and
// sharing the file.
func (u *UI) showGuide() {
	text := widget.NewRichTextFromMarkdown(session.Tr("help.guideText"))
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	d := dialog.NewCustom(session.Tr("help.guide"), session.Tr("button.close"), scroll, u.Win)
	d.Resize(fyne.NewSize(min(760, u.Win.Canvas().Size().Width-40), min(620, u.Win.Canvas().Size().Height-40)))
	d.Show()
}

// shortcutKeys are the keyboard shortcuts, each with what it does.
var shortcutKeys = []struct{ key, what string }{
	{"N", "menu.new"}, {"O", "menu.open"}, {"S", "menu.save"}, {"P", "print.menu"},
	{"W", "menu.close"}, {"Q", "menu.quit"}, {"Z", "menu.undo"}, {"F", "menu.find"},
}

// ShortcutRows returns the keyboard shortcuts as the help lists them:
// "Ctrl+S" (Cmd on a Mac) and what it does.
func ShortcutRows(goos string) [][2]string {
	mod := "Ctrl+"
	if goos == "darwin" {
		mod = "Cmd+"
	}
	var rows [][2]string
	for _, k := range shortcutKeys {
		rows = append(rows, [2]string{mod + k.key, session.Tr(k.what)})
	}
	return append(rows,
		[2]string{"Enter", session.Tr("help.key.enter")},
		[2]string{"Tab", session.Tr("help.key.tab")})
}

// showKeys lists the keyboard shortcuts.
func (u *UI) showKeys() {
	grid := container.NewGridWithColumns(2)
	for _, r := range ShortcutRows(runtime.GOOS) {
		grid.Add(widget.NewLabelWithStyle(r[0], fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		grid.Add(widget.NewLabel(r[1]))
	}
	d := dialog.NewCustom(session.Tr("help.keys"), session.Tr("button.close"), grid, u.Win)
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
}

// readOnlyBanner says, over every screen of a file opened read-only, why
// nothing can be changed and what to do to change it; nil otherwise.
func (u *UI) readOnlyBanner() fyne.CanvasObject {
	if !u.ReadOnly() {
		return nil
	}
	text := widget.NewLabel(session.Tr("readOnly.banner"))
	text.Wrapping = fyne.TextWrapWord
	text.Importance = widget.WarningImportance
	return container.NewVBox(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, text), widget.NewSeparator())
}
