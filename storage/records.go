package storage

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"runtime/debug"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// writable refuses changes to a read-only or closed document.
func (d *Document) writable() error {
	if d.rollup {
		return model.Errorf(CodeRollup)
	}
	if d.protected {
		return model.Errorf(CodeProtected)
	}
	if d.readOnly {
		return model.Errorf(model.CodeReadOnly)
	}
	return nil
}

// view runs fn in a read transaction.
func (d *Document) view(fn func(*bolt.Tx) error) (err error) {
	d.dbMu.RLock()
	defer d.dbMu.RUnlock()
	if d.db == nil {
		return errClosed
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer guard(&err)
	return d.db.View(fn)
}

// update runs fn in one write transaction on the working copy, after
// noting in the state file that there are unsaved changes, and then calls
// the OnChange callbacks.
func (d *Document) update(fn func(*bolt.Tx) error) error {
	if err := d.writable(); err != nil {
		return err
	}
	if err := d.beginChange(); err != nil {
		return err
	}
	err := d.commit(fn)
	d.mu.Lock()
	d.inflight--
	if err == nil {
		d.gen++
	}
	callbacks := slices.Clone(d.onChange)
	d.mu.Unlock()
	if err != nil {
		return err
	}
	for _, fn := range callbacks {
		fn()
	}
	return nil
}

func (d *Document) commit(fn func(*bolt.Tx) error) (err error) {
	d.dbMu.RLock()
	defer d.dbMu.RUnlock()
	if d.db == nil {
		return errClosed
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer guard(&err)
	return fileError(d.db.Update(fn))
}

// beginChange marks the session dirty in the state file before the first
// unsaved change is committed, so that a crash right after the commit is
// still recovered.
func (d *Document) beginChange() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return errClosed
	}
	d.inflight++
	if !d.sess.Dirty {
		d.sess.Dirty, d.sess.Since = true, d.opt.Now()
		if err := d.sess.write(d.state, true); err != nil {
			d.inflight--
			d.sess.Dirty = false
			return err
		}
	}
	return nil
}

// bucket returns kind's bucket, or an error for a file that lacks it.
func bucket(tx *bolt.Tx, kind model.Kind) (*bolt.Bucket, error) {
	b := tx.Bucket([]byte(kind))
	if b == nil {
		return nil, damaged(fmt.Errorf("no bucket for %q", kind))
	}
	return b, nil
}

// getRecord returns the stored record kind/id, or nil.
func getRecord(tx *bolt.Tx, kind model.Kind, id string) (model.Record, error) {
	b, err := bucket(tx, kind)
	if err != nil || id == "" {
		return nil, err
	}
	v := b.Get([]byte(id))
	if v == nil {
		return nil, nil
	}
	return decode(sealerOf(tx), kind, []byte(id), v)
}

// writeRecord stores r and keeps the follow-up and record indexes; old is
// r's stored version or nil.
func writeRecord(tx *bolt.Tx, r model.Record, old model.Record) error {
	b, err := bucket(tx, r.RecordKind())
	if err != nil {
		return err
	}
	data, err := encode(sealerOf(tx), r)
	if err != nil {
		return err
	}
	if err := b.Put([]byte(r.RecordMeta().ID), data); err != nil {
		return err
	}
	var before *head
	if !isNil(old) {
		h := headOf(old)
		before = &h
	}
	if err := indexRecord(tx, r.RecordKind(), r.RecordMeta().ID, before, headOf(r)); err != nil {
		return err
	}
	if f, ok := r.(*model.FollowUp); ok {
		index := tx.Bucket([]byte(bucketFollowUpIndex))
		if o, ok := old.(*model.FollowUp); ok {
			if err := index.Delete(followUpKey(o)); err != nil {
				return err
			}
		}
		return index.Put(followUpKey(f), followUpValue(f))
	}
	return nil
}

// isNil reports whether r is nil or a nil pointer.
func isNil(r model.Record) bool {
	if r == nil {
		return true
	}
	v := reflect.ValueOf(r)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// notFound is CodeRecordNotFound for kind/id.
func notFound(kind model.Kind, id string) error {
	return model.Errorf(model.CodeRecordNotFound, "Kind", string(kind), "ID", id)
}

// Put stores records in one transaction: each is checked against its
// stored version (model.CheckChange) and validated (model.Validate, whose
// model.Problems is returned), then touched and written. If any record
// fails nothing is written and the records keep their meta data.
func (d *Document) Put(recs ...model.Record) error {
	saved := make([]model.Meta, len(recs))
	for i, r := range recs {
		if isNil(r) || model.NewRecord(r.RecordKind()) == nil {
			return fmt.Errorf("storage: Put of an unknown record %T", r)
		}
		saved[i] = *r.RecordMeta()
	}
	now, user := d.opt.Now(), d.opt.User
	var council *model.Council
	err := d.update(func(tx *bolt.Tx) error {
		for _, r := range recs {
			if err := d.putTx(tx, r, now, user); err != nil {
				return err
			}
			if c, ok := r.(*model.Council); ok {
				council = c
			}
		}
		return nil
	})
	if err != nil {
		for i, r := range recs {
			*r.RecordMeta() = saved[i]
		}
		return err
	}
	d.setCouncil(council)
	return nil
}

// putTx is Put's work for one record: check it against its stored
// version, validate it, touch it and write it.
func (d *Document) putTx(tx *bolt.Tx, r model.Record, now time.Time, user string) error {
	m := r.RecordMeta()
	old, err := getRecord(tx, r.RecordKind(), m.ID)
	if err != nil {
		return err
	}
	if _, ok := r.(*model.Council); ok && m.ID != d.council.ID {
		return errors.New("storage: a data file holds one council")
	}
	if err := model.CheckChange(old, r); err != nil {
		return err
	}
	if p := model.Validate(r); len(p) > 0 {
		return p
	}
	if old != nil {
		// The stored history is extended even when the caller held an
		// older copy.
		om := old.RecordMeta()
		m.Rev, m.Created, m.Modified, m.ModifiedBy, m.Prior = om.Rev, om.Created, om.Modified, om.ModifiedBy, om.Prior
	}
	model.Touch(r, now, user)
	return writeRecord(tx, r, old)
}

// setCouncil caches a copy of the council after it changed.
func (d *Document) setCouncil(c *model.Council) {
	if c == nil {
		return
	}
	cc := *c
	d.mu.Lock()
	d.council = &cc
	d.mu.Unlock()
}

// Delete marks a record as deleted (a tombstone), so that the deletion
// travels when copies are merged.
func (d *Document) Delete(kind model.Kind, id string) error {
	return d.setDeleted(kind, id, true)
}

// Undelete brings a deleted record back.
func (d *Document) Undelete(kind model.Kind, id string) error {
	return d.setDeleted(kind, id, false)
}

func (d *Document) setDeleted(kind model.Kind, id string, deleted bool) error {
	if kind == model.KindCouncil {
		return errors.New("storage: the council cannot be deleted")
	}
	now, user := d.opt.Now(), d.opt.User
	return d.update(func(tx *bolt.Tx) error {
		old, err := getRecord(tx, kind, id)
		if err != nil {
			return err
		}
		if old == nil {
			return notFound(kind, id)
		}
		r, _ := getRecord(tx, kind, id)
		r.RecordMeta().Deleted = deleted
		if err := model.CheckChange(old, r); err != nil {
			return err
		}
		model.Touch(r, now, user)
		return writeRecord(tx, r, old)
	})
}

// Get returns the record kind/id, a tombstone too (see Meta.Deleted), or
// CodeRecordNotFound.
func (d *Document) Get(kind model.Kind, id string) (model.Record, error) {
	var r model.Record
	err := d.view(func(tx *bolt.Tx) error {
		var err error
		if r, err = getRecord(tx, kind, id); err == nil && r == nil {
			err = notFound(kind, id)
		}
		return err
	})
	return r, err
}

// List returns the live records of kind in id order.
func (d *Document) List(kind model.Kind) ([]model.Record, error) {
	var out []model.Record
	err := d.view(func(tx *bolt.Tx) error {
		b, err := bucket(tx, kind)
		if err != nil {
			return err
		}
		return b.ForEach(func(k, v []byte) error {
			r, err := decode(sealerOf(tx), kind, k, v)
			if err == nil && !r.RecordMeta().Deleted {
				out = append(out, r)
			}
			return err
		})
	})
	return out, err
}

// Load returns every record, tombstones included, each kind in id order.
func (d *Document) Load() (*model.Dataset, error) {
	ds := model.NewDataset(d.Council())
	err := d.view(func(tx *bolt.Tx) error { return loadTx(tx, ds) })
	if err != nil {
		return nil, err
	}
	return ds, nil
}

// loadTx adds every record but the council to ds.
func loadTx(tx *bolt.Tx, ds *model.Dataset) error {
	for _, kind := range model.Kinds {
		if kind == model.KindCouncil {
			continue
		}
		b, err := bucket(tx, kind)
		if err != nil {
			return err
		}
		err = b.ForEach(func(k, v []byte) error {
			r, err := decode(sealerOf(tx), kind, k, v)
			if err == nil {
				ds.Add(r)
			}
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// FollowUpDigests returns the date, status, light and meeting of every
// live follow-up, read from the follow-up index alone: far less memory and
// far fewer file pages than the follow-ups themselves. They come in the
// index's order: by commitment, then oldest first as FollowUps gives them.
func (d *Document) FollowUpDigests() ([]model.FollowUpDigest, error) {
	var out []model.FollowUpDigest
	err := d.EachFollowUpDigest(func(dg model.FollowUpDigest) { out = append(out, dg) })
	return out, err
}

// EachFollowUpDigest calls fn with each digest FollowUpDigests returns, in
// its order, so that a caller keeps only those it needs. fn runs inside
// the read and must not change the document.
func (d *Document) EachFollowUpDigest(fn func(model.FollowUpDigest)) error {
	return d.view(func(tx *bolt.Tx) error {
		var r digestReader
		return tx.Bucket([]byte(bucketFollowUpIndex)).ForEach(func(k, v []byte) error {
			dg, deleted, ok := r.read(k, v)
			if !ok {
				return damaged(fmt.Errorf("follow-up index entry %q", k))
			}
			if !deleted {
				fn(dg)
			}
			return nil
		})
	})
}

// FollowUps returns a commitment's live follow-ups, oldest first.
func (d *Document) FollowUps(commitmentID string) ([]*model.FollowUp, error) {
	var out []*model.FollowUp
	err := d.view(func(tx *bolt.Tx) error {
		records := tx.Bucket([]byte(model.KindFollowUp))
		prefix := followUpPrefix(commitmentID)
		c := tx.Bucket([]byte(bucketFollowUpIndex)).Cursor()
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			id := k[bytes.LastIndexByte(k, 0)+1:]
			v := records.Get(id)
			if v == nil {
				return damaged(fmt.Errorf("follow-up index names missing %q", id))
			}
			r, err := decode(sealerOf(tx), model.KindFollowUp, id, v)
			if err != nil {
				return err
			}
			if f := r.(*model.FollowUp); !f.Deleted {
				out = append(out, f)
			}
		}
		return nil
	})
	return out, err
}
