package storage

import (
	"bytes"
	"slices"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// Import writes ds's records as they are, meta data included and without
// validation, in one transaction: for JSON import, demo data and merge. A
// record without an id gets one. ds's council replaces the file's.
//
// The records are encoded first and written per bucket in key order, which
// bbolt inserts several times faster than random ids.
//
// A dataset with empty places, bad or duplicate ids or unsound meta data
// (model.CheckIDs) is refused whole: a duplicate id would leave two index
// entries for one record.
func (d *Document) Import(ds *model.Dataset) error {
	if p := model.CheckIDs(ds); len(p) > 0 {
		return p
	}
	var council *model.Council
	if ds.Council != nil && ds.Council.ID != "" {
		council = ds.Council
	}
	type entry struct {
		key, value []byte
		followUp   *model.FollowUp
	}
	byKind := map[model.Kind][]entry{}
	sl := d.sealer()
	var err error
	ds.Each(func(r model.Record) {
		if err != nil || isNil(r) || (r.RecordKind() == model.KindCouncil && r != model.Record(council)) {
			return
		}
		m := r.RecordMeta()
		if m.ID == "" {
			m.ID = model.NewID()
		}
		var data []byte
		if data, err = encode(sl, r); err != nil {
			return
		}
		f, _ := r.(*model.FollowUp)
		byKind[r.RecordKind()] = append(byKind[r.RecordKind()], entry{[]byte(m.ID), data, f})
	})
	if err != nil {
		return err
	}
	for _, list := range byKind {
		slices.SortFunc(list, func(a, b entry) int { return bytes.Compare(a.key, b.key) })
	}
	err = d.update(func(tx *bolt.Tx) error {
		if council != nil && council.ID != d.Council().ID {
			if err := tx.Bucket([]byte(model.KindCouncil)).Delete([]byte(d.Council().ID)); err != nil {
				return err
			}
			if err := tx.Bucket([]byte(bucketMeta)).Put([]byte(metaCouncil), []byte(council.ID)); err != nil {
				return err
			}
		}
		var index []indexEntry
		for kind, list := range byKind {
			b, err := bucket(tx, kind)
			if err != nil {
				return err
			}
			b.FillPercent = 0.9
			for _, e := range list {
				if e.followUp != nil {
					if old, err := getRecord(tx, kind, e.followUp.ID); err != nil {
						return err
					} else if old != nil {
						idx := tx.Bucket([]byte(bucketFollowUpIndex))
						if err := idx.Delete(followUpKey(old.(*model.FollowUp))); err != nil {
							return err
						}
					}
					index = append(index, indexEntry{followUpKey(e.followUp), followUpValue(e.followUp)})
				}
				if err := b.Put(e.key, e.value); err != nil {
					return err
				}
			}
		}
		slices.SortFunc(index, func(a, b indexEntry) int { return bytes.Compare(a.key, b.key) })
		idx := tx.Bucket([]byte(bucketFollowUpIndex))
		idx.FillPercent = 0.9
		for _, e := range index {
			if err := idx.Put(e.key, e.value); err != nil {
				return err
			}
		}
		// Rebuilding from the heads costs less than keeping the record
		// index entry by entry for thousands of records.
		return rebuildRecordIndex(tx)
	})
	if err == nil {
		d.setCouncil(council)
	}
	return err
}
