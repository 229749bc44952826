package app

import (
	"sync"
	"time"

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
