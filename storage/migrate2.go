package storage

import (
	"bytes"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// migrate2to3 seals every record with its checksum (see seal) and rebuilds
// the follow-up index, whose entries now end in theirs. Every record is
// decoded on the way: one that is not valid JSON of its kind, or that is
// stored under another id than its own, is damage and stops the migration.
func migrate2to3(tx *bolt.Tx) error {
	type entry struct{ key, value []byte }
	for _, kind := range model.Kinds {
		b := tx.Bucket([]byte(kind))
		if b == nil {
			continue
		}
		var out []entry
		err := b.ForEach(func(k, v []byte) error {
			r, err := decodeJSON(kind, v)
			if err != nil {
				return err
			}
			if id := r.RecordMeta().ID; id != string(k) {
				return damaged(fmt.Errorf("%s %q holds record %q", kind, k, id))
			}
			out = append(out, entry{bytes.Clone(k), seal(kind, k, v)})
			return nil
		})
		if err != nil {
			return err
		}
		// bbolt forbids changing a bucket while ForEach walks it.
		for _, e := range out {
			if err := b.Put(e.key, e.value); err != nil {
				return err
			}
		}
	}
	return rebuildIndex(tx)
}

// rebuildIndex writes the follow-up index afresh from the follow-ups.
func rebuildIndex(tx *bolt.Tx) error {
	var index []indexEntry
	err := tx.Bucket([]byte(model.KindFollowUp)).ForEach(func(k, v []byte) error {
		r, err := decode(sealerOf(tx), model.KindFollowUp, k, v)
		if err != nil {
			return err
		}
		f := r.(*model.FollowUp)
		index = append(index, indexEntry{followUpKey(f), followUpValue(f)})
		return nil
	})
	if err != nil {
		return err
	}
	if tx.Bucket([]byte(bucketFollowUpIndex)) != nil {
		if err := tx.DeleteBucket([]byte(bucketFollowUpIndex)); err != nil {
			return err
		}
	}
	idx, err := tx.CreateBucket([]byte(bucketFollowUpIndex))
	if err != nil {
		return err
	}
	idx.FillPercent = 0.9
	slices.SortFunc(index, func(a, b indexEntry) int { return bytes.Compare(a.key, b.key) })
	for _, e := range index {
		if err := idx.Put(e.key, e.value); err != nil {
			return err
		}
	}
	return nil
}
