package session

import (
	"sync"
	"time"

	"samverka/demo"
	"samverka/model"
	"samverka/storage"
)

// Document is the open council file: the storage document, the in-memory
// view the screens read, and the autosave that writes changes back shortly
// after they are made.
type Document struct {
	Store *storage.Document
	View  *View

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

// OpenDocument opens path and reads what the screens show. Refusals are
// storage's *model.Error values, for the dialogs to explain.
func OpenDocument(path string, opt storage.Options) (*Document, error) {
	store, err := storage.Open(path, opt)
	if err != nil {
		return nil, err
	}
	d := &Document{Store: store}
	if err := d.Reload(); err != nil {
		_ = store.Close()
		return nil, err
	}
	return d, nil
}

// Reload reads the view anew from the file, after a restore or when
// someone else's version replaced ours.
func (d *Document) Reload() error {
	c := d.Store.Council()
	ds := model.NewDataset(c)
	for _, k := range viewKinds {
		recs, err := d.Store.List(k)
		if err != nil {
			return err
		}
		for _, r := range recs {
			ds.Add(r)
		}
	}
	d.View = ViewOf(ds)
	return nil
}

// Put writes records in one change and brings the view up to date with
// them as storage stamped them.
func (d *Document) Put(recs ...model.Record) error {
	if err := d.Store.Put(recs...); err != nil {
		return err
	}
	for _, r := range recs {
		d.View.apply(r)
	}
	return nil
}

// Retire turns a record into a tombstone and drops it from the view.
func (d *Document) Retire(kind model.Kind, id string) error {
	if err := d.Store.Delete(kind, id); err != nil {
		return err
	}
	rec := model.NewRecord(kind)
	rec.RecordMeta().ID = id
	rec.RecordMeta().Deleted = true
	d.View.apply(rec)
	return nil
}

// Restore brings a tombstone back to life.
func (d *Document) Restore(kind model.Kind, id string) error {
	if err := d.Store.Undelete(kind, id); err != nil {
		return err
	}
	d.Refresh(kind, id)
	return nil
}

// Refresh reads one record back into the view.
func (d *Document) Refresh(kind model.Kind, id string) {
	if kind == model.KindCouncil {
		d.View.Council = d.Store.Council()
		return
	}
	r, err := d.Store.Get(kind, id)
	if err != nil {
		if model.CodeOf(err) == model.CodeRecordNotFound {
			rec := model.NewRecord(kind)
			rec.RecordMeta().ID = id
			rec.RecordMeta().Deleted = true
			d.View.apply(rec)
		}
		return
	}
	d.View.apply(r)
}

// ScheduleSave starts or restarts the autosave countdown; save runs when
// no change has come for delay.
func (d *Document) ScheduleSave(delay time.Duration, save func()) {
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

// StopAutosave cancels a pending autosave; Close saves instead.
func (d *Document) StopAutosave() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.closed = true
	if d.saveTimer != nil {
		d.saveTimer.Stop()
	}
}

// Title returns the council's name for the window title.
func (d *Document) Title() string {
	if d.View.Council != nil && d.View.Council.Name != "" {
		return d.View.Council.Name
	}
	return ""
}

// CreateDocument creates a council file at path for council c, or holding
// ds when ds is not nil (the example council), and returns it open.
func CreateDocument(path string, c *model.Council, ds *model.Dataset, opt storage.Options) (*Document, error) {
	var store *storage.Document
	var err error
	if ds != nil {
		store, err = storage.CreateFrom(path, ds, opt)
	} else {
		store, err = storage.Create(path, c, opt)
	}
	if err != nil {
		return nil, err
	}
	d := &Document{Store: store}
	if err := d.Reload(); err != nil {
		_ = store.Close()
		return nil, err
	}
	return d, nil
}

// ExampleDataset returns the example council shown from the welcome
// screen, as it stands on today: its next meeting ahead, its årshjul due.
func ExampleDataset(today model.Date) *model.Dataset {
	return demo.GenerateAt(demo.Small, 1, today)
}
