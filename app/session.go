package app

import (
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"

	"samverka/model"
	"samverka/storage"
)

// Options configure the user interface. The zero value is right for the
// program; tests set the storage folders and run synchronously.
type Options struct {
	Version string
	Storage storage.Options
	// Synchronous opens and saves on the calling goroutine, for tests.
	Synchronous bool
	// AutosaveDelay is how long after the last change the file is saved;
	// default 1.5 s, and a negative delay turns autosave off (tests).
	AutosaveDelay time.Duration
	// Today returns the current date; default the local date.
	Today func() model.Date
	// ExampleDir is where the example council's file is made; default the
	// Documents folder.
	ExampleDir string
}

// Session is what a screen gets to work with: the open council, the
// window for its dialogs, undo, the status line and a way to other
// screens. The shell (package app) makes one per window.
type Session struct {
	app   fyne.App
	win   fyne.Window
	prefs fyne.Preferences
	opt   Options

	doc    *document
	undo   undoStack
	status *statusLine
	nav    Navigator

	// keptAsShown is set once the user was told that their changes go to
	// a copy beside the file, so that later saves do not tell again.
	keptAsShown bool

	// busy counts the background jobs under way, so that the screenshot
	// probe waits for a screen that fills in in the background.
	busy atomic.Int32
}

// Navigator is what the shell does for the screens: show a record on the
// screen that edits it, and bring every screen up to date after a change.
type Navigator interface {
	OpenRecord(kind model.Kind, id string)
	RefreshAll()
}

// refreshAll brings every screen up to date after a change of data.
func (u *Session) refreshAll() { u.nav.RefreshAll() }

// openRecord shows a record on the screen that edits it.
func (u *Session) openRecord(kind model.Kind, id string) { u.nav.OpenRecord(kind, id) }

// background runs work off the UI goroutine and then done on it.
func (u *Session) background(work func(), done func()) {
	if u.opt.Synchronous {
		work()
		done()
		return
	}
	u.busy.Add(1)
	go func() {
		work()
		fyne.Do(func() {
			done()
			u.busy.Add(-1)
		})
	}()
}

func (u *Session) today() model.Date { return u.opt.Today() }

// readOnly reports whether the open council may not be changed.
func (u *Session) readOnly() bool { return u.doc != nil && u.doc.store.ReadOnly() }

// backupFolder returns where backups of the open file are kept.
func (u *Session) backupFolder() string {
	if u.doc != nil {
		if list, err := u.doc.store.Backups(); err == nil && len(list) > 0 {
			return filepath.Dir(list[0].Path)
		}
	}
	dir := u.opt.Storage.DataDir
	if dir == "" {
		base, err := os.UserConfigDir()
		if err != nil {
			return "?"
		}
		dir = filepath.Join(base, "Samverka")
	}
	return filepath.Join(dir, "backups")
}

// Screen is one screen of the main window, as the shell shows it.
type Screen interface {
	Content() fyne.CanvasObject
	// Refresh brings the screen up to date after a change of data.
	Refresh()
}

// setDocument makes doc the open council, with nothing to undo yet.
func (u *Session) setDocument(doc *document) {
	u.doc = doc
	u.undo = undoStack{}
	u.keptAsShown = false
}

// closeFile saves and closes the open council. The council is closed even
// when the last save fails (see UI.closeDocument).
func (u *Session) closeFile() error {
	doc := u.doc
	doc.stopAutosave()
	err := doc.store.Close()
	u.doc = nil
	u.undo = undoStack{}
	return err
}
