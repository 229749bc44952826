package session

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
	// ExampleDir is the folder in which the example council's temporary
	// folders are made; default the system's temporary folder.
	ExampleDir string
}

// Session is what a screen gets to work with: the open council, the
// window for its dialogs, undo, the status line and a way to other
// screens. The shell (package app) makes one per window.
type Session struct {
	App   fyne.App
	Win   fyne.Window
	Prefs fyne.Preferences
	Opt   Options

	Doc    *Document
	Undo   UndoStack
	Status *statusLine
	Nav    Navigator

	// unsaved are the open forms asked before the council closes.
	unsaved []Unsaved
	// keyed are the open forms tracked by key (TrackAs).
	keyed map[string]Unsaved

	// KeptAsShown is set once the user was told that their changes go to
	// a copy beside the file, so that later saves do not tell again.
	KeptAsShown bool

	// Busy counts the background jobs under way, so that the screenshot
	// probe waits for a screen that fills in in the background.
	Busy atomic.Int32
}

// Navigator is what the shell does for the screens: show a record on the
// screen that edits it, and bring every screen up to date after a change.
type Navigator interface {
	OpenRecord(kind model.Kind, id string)
	RefreshAll()
}

// RefreshAll brings every screen up to date after a change of data.
func (u *Session) RefreshAll() { u.Nav.RefreshAll() }

// OpenRecord shows a record on the screen that edits it.
func (u *Session) OpenRecord(kind model.Kind, id string) { u.Nav.OpenRecord(kind, id) }

// Background runs work off the UI goroutine and then done on it.
func (u *Session) Background(work func(), done func()) {
	if u.Opt.Synchronous {
		work()
		done()
		return
	}
	u.Busy.Add(1)
	go func() {
		work()
		fyne.Do(func() {
			done()
			u.Busy.Add(-1)
		})
	}()
}

func (u *Session) Today() model.Date { return u.Opt.Today() }

// ReadOnly reports whether the open council may not be changed.
func (u *Session) ReadOnly() bool { return u.Doc != nil && u.Doc.Store.ReadOnly() }

// BackupFolder returns where backups of the open file are kept.
func (u *Session) BackupFolder() string {
	if u.Doc != nil {
		if list, err := u.Doc.Store.Backups(); err == nil && len(list) > 0 {
			return filepath.Dir(list[0].Path)
		}
	}
	dir := u.Opt.Storage.DataDir
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

// SetDocument makes doc the open council, with nothing to undo yet.
func (u *Session) SetDocument(doc *Document) {
	u.Doc = doc
	u.Undo = UndoStack{}
	u.unsaved, u.keyed = nil, nil
	u.KeptAsShown = false
}

// CloseFile saves and closes the open council. The council is closed even
// when the last save fails (see UI.closeDocument).
func (u *Session) CloseFile() error {
	doc := u.Doc
	doc.StopAutosave()
	err := doc.Store.Close()
	u.Doc = nil
	u.Undo = UndoStack{}
	u.unsaved, u.keyed = nil, nil
	return err
}

// PrintedVersion is the program's version as printed on documents: "dev"
// for a build without one.
func PrintedVersion(v string) string {
	if v == "" {
		return "dev"
	}
	return v
}
