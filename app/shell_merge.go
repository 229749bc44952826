package app

import (
	"errors"
	"path/filepath"

	"samverka/model"

	"samverka/app/internal/session"
)

// offerMergeKept says, once the council is closed, that its last changes
// went to a copy beside the file because someone else had saved the file
// (err is storage's CodeChangedOnDisk), and offers to merge them in now.
func (u *UI) offerMergeKept(original string, err error) {
	var e *model.Error
	kept := ""
	if errors.As(err, &e) {
		kept, _ = e.Args["KeptAs"].(string)
	}
	if kept == "" {
		u.ShowError(err)
		return
	}
	msg := session.Tr("share.closed.message", map[string]any{"KeptAs": filepath.Base(kept), "Folder": filepath.Dir(kept)})
	u.Choose("dialog.changed.title", msg,
		session.Option{Key: "share.changed.keepBoth"},
		session.Option{Key: "share.changed.merge", Action: func() { u.mergeKeptInto(original, kept) }, Primary: true})
}

// mergeKeptInto opens the file at original again and merges the copy
// kept beside it into it.
func (u *UI) mergeKeptInto(original, kept string) {
	if u.Doc != nil {
		return
	}
	u.showLoading(original)
	var doc *session.Document
	var err error
	u.Background(func() { doc, err = session.OpenDocument(original, u.Opt.Storage) }, func() {
		if err != nil {
			u.showWelcome()
			u.showOpenError(original, u.Opt.Storage, err)
			return
		}
		u.show(doc)
		mergeFile(u.Session, kept)
	})
}
