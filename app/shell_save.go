package app

import (
	"fyne.io/fyne/v2"

	"samverka/model"
	"samverka/storage"
)

// onDocumentChanged runs after every committed change: it restarts the
// autosave countdown and says that there are unsaved changes.
func (u *UI) onDocumentChanged() {
	doc := u.doc
	if doc == nil || u.opt.AutosaveDelay < 0 {
		return
	}
	doc.scheduleSave(u.opt.AutosaveDelay, func() { u.autosave(doc) })
	fyne.Do(func() {
		if u.doc == doc {
			u.status.setState(tr("status.changed"), false)
		}
	})
}

// autosave saves doc in the background and reports the result.
func (u *UI) autosave(doc *document) {
	fyne.Do(func() { u.status.setState(tr("status.saving"), false) })
	res, err := doc.store.Save()
	fyne.Do(func() {
		if u.doc != doc {
			return
		}
		u.afterSave(res, err)
	})
}

// saveNow saves at once (Ctrl+S).
func (u *UI) saveNow() {
	if u.doc == nil || u.readOnly() {
		return
	}
	u.status.setState(tr("status.saving"), false)
	doc := u.doc
	var res storage.SaveResult
	var err error
	u.background(func() { res, err = doc.store.Save() }, func() {
		if u.doc == doc {
			u.afterSave(res, err)
		}
	})
}

// afterSave reports a save. A failing save is shown in the status line
// each time but as a dialog only when the problem is new, so that autosave
// does not bury the user in dialogs while, say, the USB stick is out.
func (u *UI) afterSave(res storage.SaveResult, err error) {
	if err != nil {
		text := errorText(err)
		u.status.setState(text, true)
		if text != u.saveProblem {
			u.saveProblem = text
			u.showError(err)
		}
		return
	}
	u.saveProblem = ""
	u.status.showSaved(res.Saved)
	if res.KeptAs != "" {
		u.status.showKeptAs(res.KeptAs)
		if !u.keptAsShown {
			u.keptAsShown = true
			u.showKeptAs(res.KeptAs)
		}
	}
}

// closeDocument saves and closes the open council. The council is closed
// even when the last save fails: storage then keeps the working copy and
// offers the unsaved changes the next time the file is opened. In that
// case closeDocument shows the welcome screen, says so and reports false,
// so that the window stays for the user to read it.
func (u *UI) closeDocument() bool {
	doc := u.doc
	if doc == nil {
		return true
	}
	err := u.closeFile()
	if err != nil {
		u.showWelcome()
		if model.CodeOf(err) == model.CodeChangedOnDisk {
			u.offerMergeKept(doc.store.Path(), err)
			return false
		}
		u.choose("dialog.closeFailed.title", tr("dialog.closeFailed.message")+"\n\n"+errorText(err),
			option{key: "button.ok", primary: true})
		return false
	}
	return true
}

// onCloseFile closes the council and returns to the welcome screen (Ctrl+W).
func (u *UI) onCloseFile() {
	if u.doc == nil {
		return
	}
	if u.closeDocument() {
		u.showWelcome()
	}
}

// onCloseWindow saves and closes the council before the window goes.
func (u *UI) onCloseWindow() {
	if u.closeDocument() {
		u.win.Close()
	}
}

// onQuit saves, closes and quits (Arkiv → Avsluta).
func (u *UI) onQuit() {
	if u.closeDocument() {
		u.app.Quit()
	}
}
