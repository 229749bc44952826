package app

import (
	"errors"
	"path/filepath"

	"samverka/model"
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
		u.showError(err)
		return
	}
	msg := tr("share.closed.message", map[string]any{"KeptAs": filepath.Base(kept), "Folder": filepath.Dir(kept)})
	u.choose("dialog.changed.title", msg,
		option{key: "share.changed.keepBoth"},
		option{key: "share.changed.merge", action: func() { u.mergeKeptInto(original, kept) }, primary: true})
}

// mergeKeptInto opens the file at original again and merges the copy
// kept beside it into it.
func (u *UI) mergeKeptInto(original, kept string) {
	if u.doc != nil {
		return
	}
	u.showLoading(original)
	var doc *document
	var err error
	u.background(func() { doc, err = openDocument(original, u.opt.Storage) }, func() {
		if err != nil {
			u.showWelcome()
			u.showOpenError(original, u.opt.Storage, err)
			return
		}
		u.show(doc)
		mergeFile(u.Session, kept)
	})
}
