package app

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	fstorage "fyne.io/fyne/v2/storage"
)

// shortcut is Ctrl+key, or Cmd+key on macOS.
func shortcut(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// setMenu builds the main menu for what the window shows now. The menu's
// shortcuts work wherever the focus is.
func (u *UI) setMenu() {
	open := u.doc != nil
	item := func(key string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
		return &fyne.MenuItem{Label: tr(key), Shortcut: sc, Action: action}
	}
	var recent []*fyne.MenuItem
	for _, path := range recentFiles(u.prefs) {
		recent = append(recent, &fyne.MenuItem{Label: strings.TrimSuffix(filepath.Base(path), fileExtension),
			Action: func() { u.open(path, u.opt.Storage) }})
	}
	recentMenu := item("menu.recent", nil, nil)
	recentMenu.ChildMenu = fyne.NewMenu("", recent...)
	recentMenu.Disabled = len(recent) == 0

	copyAs := item("menu.saveCopy", nil, u.onSaveCopy)
	backups := item("menu.backups", nil, func() { onBackups(u.Session) })
	save := item("menu.save", shortcut(fyne.KeyS), u.saveNow)
	closeFile := item("menu.close", shortcut(fyne.KeyW), u.onCloseFile)
	merge := item("share.menu.merge", nil, func() { onMergeFile(u.Session) })
	exportLists := item("share.menu.export", nil, func() { onExportLists(u.Session) })
	importCSV := item("share.menu.import", nil, func() { onImportCSV(u.Session) })
	for _, it := range []*fyne.MenuItem{copyAs, backups, save, closeFile, merge, exportLists, importCSV} {
		it.Disabled = !open
	}
	merge.Disabled = merge.Disabled || u.readOnly()
	importCSV.Disabled = importCSV.Disabled || u.readOnly()
	quit := item("menu.quit", nil, u.onQuit)
	quit.IsQuit = true
	file := fyne.NewMenu(tr("menu.file"),
		item("menu.new", shortcut(fyne.KeyN), u.onNewFile),
		item("menu.open", shortcut(fyne.KeyO), u.onOpenFile),
		recentMenu,
		fyne.NewMenuItemSeparator(),
		save, copyAs, backups,
		fyne.NewMenuItemSeparator(),
		merge, exportLists, importCSV,
		fyne.NewMenuItemSeparator(),
		closeFile, quit)

	undo := item("menu.undo", &fyne.ShortcutUndo{}, u.onUndo)
	find := item("menu.find", shortcut(fyne.KeyF), u.onFind)
	conflicts := item("share.menu.conflicts", nil, func() { onConflicts(u.Session) })
	undo.Disabled, find.Disabled, conflicts.Disabled = !open, !open, !open
	language := item("menu.language", nil, nil)
	language.ChildMenu = fyne.NewMenu("",
		&fyne.MenuItem{Label: "Svenska", Checked: Language(u.prefs) == "sv", Action: func() { u.setLanguage("sv") }},
		&fyne.MenuItem{Label: "English", Checked: Language(u.prefs) == "en", Action: func() { u.setLanguage("en") }})
	edit := fyne.NewMenu(tr("menu.edit"), undo, find, conflicts, fyne.NewMenuItemSeparator(), language)

	help := fyne.NewMenu(tr("menu.help"), item("menu.about", nil, u.showAbout))
	u.win.SetMainMenu(fyne.NewMainMenu(file, edit, help))
}

// onFind shows the commitments and puts the cursor in their search (Ctrl+F).
func (u *UI) onFind() {
	if u.doc == nil {
		return
	}
	u.showScreen(screenCommitments)
	u.screenNamed(screenCommitments).(*commitments).focusSearch()
}

// setLanguage switches the language and builds the window anew in it.
func (u *UI) setLanguage(code string) {
	if code == Language(u.prefs) {
		return
	}
	u.prefs.SetString(PreferenceLanguage, code)
	if err := SetupLanguage(u.prefs); err != nil {
		u.showError(err)
		return
	}
	if u.doc == nil {
		u.showWelcome()
		return
	}
	screen := u.screen
	u.buildMain()
	u.showScreen(screen)
}

// onSaveCopy writes a copy of the open file where the user chooses.
func (u *UI) onSaveCopy() {
	if u.doc == nil {
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if w == nil {
			return
		}
		// The dialog has made an empty file to write to; SaveCopyAs
		// writes the copy atomically in its place.
		path := w.URI().Path()
		_ = w.Close()
		if st, err := os.Stat(path); err == nil && st.Size() == 0 {
			_ = os.Remove(path)
		}
		if !strings.HasSuffix(path, fileExtension) {
			path += fileExtension
		}
		u.saveCopyTo(path)
	}, u.win)
	d.SetFileName(strings.TrimSuffix(filepath.Base(u.doc.store.Path()), fileExtension) + " " + tr("menu.copySuffix") + fileExtension)
	d.SetFilter(fstorage.NewExtensionFileFilter([]string{fileExtension}))
	if l, err := fstorage.ListerForURI(fstorage.NewFileURI(filepath.Dir(u.doc.store.Path()))); err == nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// saveCopyTo writes the copy and says where it went.
func (u *UI) saveCopyTo(path string) {
	if same(path, u.doc.store.Path()) {
		u.showInfo("dialog.copy.title", tr("dialog.copy.same"))
		return
	}
	if err := u.doc.store.SaveCopyAs(path); err != nil {
		u.showError(err)
		return
	}
	u.showInfo("dialog.copy.title", tr("dialog.copy.done", map[string]any{"Path": path}))
}

func same(a, b string) bool {
	a, _ = filepath.Abs(a)
	b, _ = filepath.Abs(b)
	return a == b
}
