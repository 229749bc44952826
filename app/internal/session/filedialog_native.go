//go:build windows || darwin

package session

import (
	"errors"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"github.com/sqweek/dialog"
)

// NativeDialogs is true where the system's own file dialogs are used:
// Windows and macOS. They know OneDrive, network places and the folders
// the user keeps in the sidebar, and speak the system's language.
const NativeDialogs = true

// nativeFilter adds f to b as the system dialog lists it.
func nativeFilter(b *dialog.FileBuilder, f Filter) *dialog.FileBuilder {
	exts := make([]string, len(f.Exts))
	for i, e := range f.Exts {
		exts[i] = strings.TrimPrefix(e, ".")
	}
	return b.Filter(f.Label(), exts...)
}

// runNative runs a system dialog off Fyne's event loop, which keeps
// drawing the window meanwhile (on macOS the library itself moves the
// panel to the main thread), and hands a chosen path to done inside
// fyne.Do. Cancelling calls nothing; a failing dialog is reported.
func runNative(u *Session, show func() (string, error), done func(string)) {
	go func() {
		// The Windows dialogs belong to the thread that opens them.
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		comInit()
		path, err := show()
		fyne.Do(func() {
			switch {
			case errors.Is(err, dialog.ErrCancelled):
			case err != nil:
				u.ShowError(err)
			case path != "":
				done(path)
			}
		})
	}()
}

func nativeOpen(u *Session, title string, f Filter, dir string, done func(string)) {
	b := nativeFilter(dialog.File().Title(title), f).SetStartDir(dir)
	runNative(u, b.Load, done)
}

func nativeSave(u *Session, title string, f Filter, dir, name string, done func(string)) {
	b := nativeFilter(dialog.File().Title(title), f).SetStartDir(dir).SetStartFile(name)
	runNative(u, b.Save, done)
}

func nativeFolder(u *Session, title, dir string, done func(string)) {
	b := dialog.Directory().Title(title).SetStartDir(dir)
	runNative(u, b.Browse, done)
}
