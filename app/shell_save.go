package app

import (
	"fyne.io/fyne/v2"

	"samverka/model"
	"samverka/storage"

	"samverka/app/internal/session"
)

// onDocumentChanged runs after every committed change: it restarts the
// autosave countdown and says that there are unsaved changes.
func (u *UI) onDocumentChanged() {
	doc := u.Doc
	if doc == nil || u.Opt.AutosaveDelay < 0 {
		return
	}
	doc.ScheduleSave(u.Opt.AutosaveDelay, func() { u.autosave(doc) })
	fyne.Do(func() {
		if u.Doc == doc {
			u.Status.SetState(session.Tr("status.changed"), false)
		}
	})
}

// autosave saves doc in the background and reports the result.
func (u *UI) autosave(doc *session.Document) {
	fyne.Do(func() { u.Status.SetState(session.Tr("status.saving"), false) })
	res, err := doc.Store.Save()
	fyne.Do(func() {
		if u.Doc != doc {
			return
		}
		u.afterSave(res, err)
	})
}

// saveNow saves at once (Ctrl+S).
func (u *UI) saveNow() {
	if u.Doc == nil || u.ReadOnly() {
		return
	}
	u.Status.SetState(session.Tr("status.saving"), false)
	doc := u.Doc
	var res storage.SaveResult
	var err error
	u.Background(func() { res, err = doc.Store.Save() }, func() {
		if u.Doc == doc {
			u.afterSave(res, err)
		}
	})
}

// afterSave reports a save. A failing save is shown in the status line
// each time but as a dialog only when the problem is new, so that autosave
// does not bury the user in dialogs while, say, the USB stick is out.
func (u *UI) afterSave(res storage.SaveResult, err error) {
	if model.CodeOf(err) == storage.CodeInUse {
		u.retryWhenFree()
		return
	}
	if err != nil {
		text := session.ErrorText(err)
		u.Status.SetState(text, true)
		if text != u.saveProblem {
			u.saveProblem = text
			u.ShowError(err)
		}
		return
	}
	u.saveProblem = ""
	u.Status.ShowSaved(res.Saved)
	if res.KeptAs != "" {
		u.Status.ShowKeptAs(res.KeptAs)
		if !u.KeptAsShown {
			u.KeptAsShown = true
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
	doc := u.Doc
	if doc == nil {
		return true
	}
	err := u.CloseFile()
	u.dropExample()
	if err != nil {
		u.showWelcome()
		if model.CodeOf(err) == model.CodeChangedOnDisk {
			u.offerMergeKept(doc.Store.Path(), err)
			return false
		}
		u.Choose("dialog.closeFailed.title", session.Tr("dialog.closeFailed.message")+"\n\n"+session.ErrorText(err),
			session.Option{Key: "button.ok", Primary: true})
		return false
	}
	return true
}

// onCloseFile closes the council and returns to the welcome screen (Ctrl+W).
func (u *UI) onCloseFile() {
	if u.Doc == nil {
		return
	}
	u.BeforeClosing(func() {
		if u.closeDocument() {
			u.showWelcome()
		}
	})
}

// onCloseWindow saves what the open forms hold and closes the council
// before the window goes.
func (u *UI) onCloseWindow() {
	u.BeforeClosing(func() {
		if u.closeDocument() {
			u.Win.Close()
		}
	})
}

// onQuit saves, closes and quits (Arkiv → Avsluta, Ctrl+Q).
func (u *UI) onQuit() {
	u.BeforeClosing(func() {
		if u.closeDocument() {
			u.App.Quit()
		}
	})
}
