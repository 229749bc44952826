package app

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"samverka/demo"
	"samverka/model"
	"samverka/storage"
)

// document is the open council file: the storage document, the in-memory
// view the screens read, and the autosave that writes changes back shortly
// after they are made.
type document struct {
	store *storage.Document
	view  *view

	mu        sync.Mutex
	saveTimer *time.Timer
	closed    bool
}

// viewKinds are the kinds the screens show; follow-ups and signatures are
// read when a record is opened, so the first frame does not wait for them.
var viewKinds = []model.Kind{
	model.KindPart, model.KindRepresentative, model.KindMethod, model.KindSituation, model.KindProblem,
	model.KindCause, model.KindCommitment, model.KindMeeting, model.KindAgreement,
}

// openDocument opens path and reads what the screens show. Refusals are
// storage's *model.Error values, for the dialogs to explain.
func openDocument(path string, opt storage.Options) (*document, error) {
	store, err := storage.Open(path, opt)
	if err != nil {
		return nil, err
	}
	d := &document{store: store}
	if err := d.reload(); err != nil {
		_ = store.Close()
		return nil, err
	}
	return d, nil
}

// reload reads the view anew from the file, after a restore or when
// someone else's version replaced ours.
func (d *document) reload() error {
	c := d.store.Council()
	ds := model.NewDataset(c)
	for _, k := range viewKinds {
		recs, err := d.store.List(k)
		if err != nil {
			return err
		}
		for _, r := range recs {
			ds.Add(r)
		}
	}
	d.view = viewOf(ds)
	return nil
}

// put writes records in one change and brings the view up to date with
// them as storage stamped them.
func (d *document) put(recs ...model.Record) error {
	if err := d.store.Put(recs...); err != nil {
		return err
	}
	for _, r := range recs {
		d.view.apply(r)
	}
	return nil
}

// retire turns a record into a tombstone and drops it from the view.
func (d *document) retire(kind model.Kind, id string) error {
	if err := d.store.Delete(kind, id); err != nil {
		return err
	}
	rec := model.NewRecord(kind)
	rec.RecordMeta().ID = id
	rec.RecordMeta().Deleted = true
	d.view.apply(rec)
	return nil
}

// restore brings a tombstone back to life.
func (d *document) restore(kind model.Kind, id string) error {
	if err := d.store.Undelete(kind, id); err != nil {
		return err
	}
	d.refresh(kind, id)
	return nil
}

// refresh reads one record back into the view.
func (d *document) refresh(kind model.Kind, id string) {
	if kind == model.KindCouncil {
		d.view.council = d.store.Council()
		return
	}
	r, err := d.store.Get(kind, id)
	if err != nil {
		if model.CodeOf(err) == model.CodeRecordNotFound {
			rec := model.NewRecord(kind)
			rec.RecordMeta().ID = id
			rec.RecordMeta().Deleted = true
			d.view.apply(rec)
		}
		return
	}
	d.view.apply(r)
}

// scheduleSave starts or restarts the autosave countdown; save runs when
// no change has come for delay.
func (d *document) scheduleSave(delay time.Duration, save func()) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return
	}
	if d.saveTimer != nil {
		d.saveTimer.Stop()
	}
	d.saveTimer = time.AfterFunc(delay, save)
}

// stopAutosave cancels a pending autosave; Close saves instead.
func (d *document) stopAutosave() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.closed = true
	if d.saveTimer != nil {
		d.saveTimer.Stop()
	}
}

// title returns the council's name for the window title.
func (d *document) title() string {
	if d.view.council != nil && d.view.council.Name != "" {
		return d.view.council.Name
	}
	return ""
}

// createDocument creates a council file at path, fills it with ds when ds
// is not nil (the example council), and returns it open.
func createDocument(path string, c *model.Council, ds *model.Dataset, opt storage.Options) (*document, error) {
	store, err := storage.Create(path, c, opt)
	if err != nil {
		return nil, err
	}
	d := &document{store: store}
	if ds != nil {
		if err := store.Import(ds); err != nil {
			_ = store.Close()
			return nil, err
		}
	}
	if err := d.reload(); err != nil {
		_ = store.Close()
		return nil, err
	}
	return d, nil
}

// exampleDataset returns the example council shown from the welcome screen.
func exampleDataset() *model.Dataset {
	return demo.Generate(demo.Small, 1)
}

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
	doc.stopAutosave()
	err := doc.store.Close()
	u.doc = nil
	u.undo = undoStack{}
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
