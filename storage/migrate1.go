package storage

import (
	"bytes"
	"slices"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// migrate1to2 rebuilds the follow-up index, whose values were empty in
// schema 1, so that each value holds the follow-up's digest.
func migrate1to2(tx *bolt.Tx) error {
	if err := createBuckets(tx); err != nil {
		return err
	}
	var index []indexEntry
	err := tx.Bucket([]byte(model.KindFollowUp)).ForEach(func(_, v []byte) error {
		r, err := decodeJSON(model.KindFollowUp, v)
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
	if err := tx.DeleteBucket([]byte(bucketFollowUpIndex)); err != nil {
		return err
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
