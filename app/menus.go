package app

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"samverka/app/internal/session"

	"samverka/app/sharing"
)

// shortcut is Ctrl+key, or Cmd+key on macOS.
func shortcut(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// setMenu builds the main menu for what the window shows now. The menu's
// shortcuts work wherever the focus is.
func (u *UI) setMenu() {
	open := u.Doc != nil
	item := func(key string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
		return &fyne.MenuItem{Label: session.Tr(key), Shortcut: sc, Action: action}
	}
	var recent []*fyne.MenuItem
	for _, path := range recentFiles(u.Prefs) {
		recent = append(recent, &fyne.MenuItem{Label: strings.TrimSuffix(filepath.Base(path), session.FileExtension),
			Action: func() { u.open(path, u.Opt.Storage) }})
	}
	recentMenu := item("menu.recent", nil, nil)
	recentMenu.ChildMenu = fyne.NewMenu("", recent...)
	recentMenu.Disabled = len(recent) == 0

	copyAs := item("menu.saveCopy", nil, u.onSaveCopy)
	backups := item("menu.backups", nil, func() { sharing.OnBackups(u.Session) })
	save := item("menu.save", shortcut(fyne.KeyS), u.saveNow)
	closeFile := item("menu.close", shortcut(fyne.KeyW), u.onCloseFile)
	printItem := item("print.menu", shortcut(fyne.KeyP), u.onPrint)
	merge := item("share.menu.merge", nil, func() { sharing.OnMergeFile(u.Session) })
	exportLists := item("share.menu.export", nil, func() { sharing.OnExportLists(u.Session) })
	importCSV := item("share.menu.import", nil, func() { sharing.OnImportCSV(u.Session) })
	for _, it := range []*fyne.MenuItem{copyAs, backups, save, closeFile, printItem, merge, exportLists, importCSV} {
		it.Disabled = !open
	}
	merge.Disabled = merge.Disabled || u.ReadOnly()
	importCSV.Disabled = importCSV.Disabled || u.ReadOnly()
	quit := item("menu.quit", shortcut(fyne.KeyQ), u.onQuit)
	quit.IsQuit = true
	file := fyne.NewMenu(session.Tr("menu.file"),
		item("menu.new", shortcut(fyne.KeyN), u.onNewFile),
		item("menu.open", shortcut(fyne.KeyO), u.onOpenFile),
		recentMenu,
		fyne.NewMenuItemSeparator(),
		save, copyAs, backups,
		fyne.NewMenuItemSeparator(),
		printItem,
		fyne.NewMenuItemSeparator(),
		merge, exportLists, importCSV,
		fyne.NewMenuItemSeparator(),
		closeFile, quit)

	undo := item("menu.undo", &fyne.ShortcutUndo{}, u.OnUndo)
	u.undoItem = undo
	find := item("menu.find", shortcut(fyne.KeyF), u.onFind)
	conflicts := item("share.menu.conflicts", nil, func() { sharing.OnConflicts(u.Session) })
	undo.Disabled, find.Disabled, conflicts.Disabled = !open, !open, !open
	language := item("menu.language", nil, nil)
	language.ChildMenu = fyne.NewMenu("",
		&fyne.MenuItem{Label: "Svenska", Checked: session.Language(u.Prefs) == "sv", Action: func() { u.setLanguage("sv") }},
		&fyne.MenuItem{Label: "English", Checked: session.Language(u.Prefs) == "en", Action: func() { u.setLanguage("en") }})
	edit := fyne.NewMenu(session.Tr("menu.edit"), undo, find, conflicts, fyne.NewMenuItemSeparator(), language)

	u.Win.SetMainMenu(fyne.NewMainMenu(file, edit, u.helpMenu()))
	u.refreshUndoItem()
}

// refreshUndoItem names in Redigera → Ångra the change it takes back, so
// that nobody has to guess: "Ångra uppföljning av Nattvandring".
func (u *UI) refreshUndoItem() {
	if u.undoItem == nil {
		return
	}
	what, ok := u.Undo.Top()
	label := session.Tr("menu.undo")
	if ok && u.Doc != nil {
		label = session.Tr("menu.undoWhat", map[string]any{"What": what})
	}
	if label == u.undoItem.Label && u.undoItem.Disabled == !ok {
		return
	}
	u.undoItem.Label, u.undoItem.Disabled = label, !ok
	if menu := u.Win.MainMenu(); menu != nil {
		menu.Refresh()
	}
}

// searcher is a screen with a search field.
type searcher interface {
	FocusSearch()
}

// onFind shows the commitments and puts the cursor in their search (Ctrl+F).
func (u *UI) onFind() {
	if u.Doc == nil {
		return
	}
	u.showScreen(screenCommitments)
	if s, ok := u.screenNamed(screenCommitments).(searcher); ok {
		s.FocusSearch()
	}
}

// setLanguage switches the language and builds the window anew in it.
func (u *UI) setLanguage(code string) {
	if code == session.Language(u.Prefs) {
		return
	}
	u.Prefs.SetString(session.PreferenceLanguage, code)
	if err := session.SetupLanguage(u.Prefs); err != nil {
		u.ShowError(err)
		return
	}
	if u.Doc == nil {
		u.showWelcome()
		return
	}
	screen := u.screen
	u.buildMain()
	u.showScreen(screen)
}

// onSaveCopy writes a copy of the open file where the user chooses.
func (u *UI) onSaveCopy() {
	if u.Doc == nil {
		return
	}
	name := strings.TrimSuffix(filepath.Base(u.Doc.Store.Path()), session.FileExtension) + " " + session.Tr("menu.copySuffix") + session.FileExtension
	u.SaveFileDialog("file.saveCopy.title", session.FilterCouncil, filepath.Dir(u.Doc.Store.Path()), name, u.saveCopyTo)
}

// saveCopyTo writes the copy and says where it went.
func (u *UI) saveCopyTo(path string) {
	if session.Same(path, u.Doc.Store.Path()) {
		u.ShowInfo("dialog.copy.title", session.Tr("dialog.copy.same"))
		return
	}
	if err := u.Doc.Store.SaveCopyAs(path); err != nil {
		u.ShowError(err)
		return
	}
	u.ShowInfo("dialog.copy.title", session.Tr("dialog.copy.done", map[string]any{"Path": path}))
}
