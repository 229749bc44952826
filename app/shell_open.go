package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"

	"samverka/storage"

	"samverka/app/internal/session"
	"samverka/app/sharing"
)

// onDropped opens a council file dropped on the window, through
// openOrChoose. Files of other kinds are refused with a message.
func (u *UI) onDropped(_ fyne.Position, items []fyne.URI) {
	for _, it := range items {
		if it.Scheme() == "file" && strings.EqualFold(filepath.Ext(it.Path()), session.FileExtension) {
			u.openOrChoose(it.Path())
			return
		}
	}
	if len(items) > 0 {
		u.Choose("drop.notCouncil.title", session.Tr("drop.notCouncil.message", map[string]any{"File": items[0].Name()}),
			session.Option{Key: "button.ok", Primary: true})
	}
}

// openOrChoose opens path. When a council is already open it never opens a
// second one silently in this window: another copy of the same council is
// offered for merging into the open one; another council is either switched
// to (the open one is saved and closed) or opened in a window of its own,
// a separate Samverka that holds its own file.
func (u *UI) openOrChoose(path string) {
	if u.Doc == nil {
		u.open(path, u.Opt.Storage)
		return
	}
	if session.Same(path, u.Doc.Store.Path()) {
		return
	}
	openID := ""
	if c := u.Doc.View.Council; c != nil {
		openID = c.ID
	}
	opt := u.Opt.Storage
	var sameCouncil bool
	u.Background(func() { sameCouncil = councilOf(path, opt) == openID && openID != "" }, func() {
		name := filepath.Base(path)
		if sameCouncil {
			u.Choose("drop.copy.title", session.Tr("drop.copy.message", map[string]any{"File": name}),
				session.Option{Key: "button.cancel"},
				session.Option{Key: "drop.copy.merge", Action: func() { sharing.MergeFile(u.Session, path) }, Primary: true})
			return
		}
		u.Choose("drop.second.title", session.Tr("drop.second.message", map[string]any{"File": name}),
			session.Option{Key: "button.cancel"},
			session.Option{Key: "drop.second.newWindow", Action: func() { u.openInNewWindow(path) }},
			session.Option{Key: "drop.second.switch", Action: func() { u.open(path, u.Opt.Storage) }, Primary: true})
	})
}

// councilOf returns the id of the council in the file at path, or "" when
// it cannot be read; it opens the file only to read.
func councilOf(path string, opt storage.Options) string {
	opt.ReadOnly = true
	d, err := storage.Open(path, opt)
	if err != nil {
		return ""
	}
	defer d.Close()
	if c := d.Council(); c != nil {
		return c.ID
	}
	return ""
}

// openInNewWindow starts another Samverka with path: a process of its own,
// so each window holds its own file's lock and working copy.
func (u *UI) openInNewWindow(path string) {
	exe, err := os.Executable()
	if err == nil {
		err = exec.Command(exe, path).Start()
	}
	if err != nil {
		u.ShowError(err)
	}
}

// OpenRequested opens path because the system asked: macOS delivers a
// council double-clicked in Finder, or dropped on the Dock icon, to the
// running program rather than starting another. The window comes to the
// front, and a council already open is never closed without asking (see
// openOrChoose). It must run on Fyne's goroutine.
func (u *UI) OpenRequested(path string) {
	u.Win.RequestFocus()
	if u.Doc != nil && session.Same(path, u.Doc.Store.Path()) {
		return
	}
	u.openOrChoose(path)
}
