package storage

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// verifyTx checks, without decoding a record, what bit rot or a hand edit
// would change: every record against its checksum (in every bucket, so a
// bucket whose name changed fails too), every follow-up index entry
// against its own, and that the index has one entry per follow-up. Open
// runs it on every file: it reads each value once and costs a fraction of
// copying the file.
func verifyTx(tx *bolt.Tx) error {
	followUps, entries := 0, 0
	err := tx.ForEach(func(name []byte, b *bolt.Bucket) error {
		switch string(name) {
		case bucketMeta:
			return nil
		case bucketFollowUpIndex:
			return b.ForEach(func(k, v []byte) error {
				if _, ok := checkIndexEntry(k, v); !ok {
					return damaged(fmt.Errorf("follow-up index entry %q: checksum mismatch", k))
				}
				entries++
				return nil
			})
		}
		kind := model.Kind(name)
		return b.ForEach(func(k, v []byte) error {
			if v == nil {
				return damaged(fmt.Errorf("bucket %q holds a bucket %q", name, k))
			}
			if _, err := unseal(kind, k, v); err != nil {
				return err
			}
			if kind == model.KindFollowUp {
				followUps++
			}
			return nil
		})
	})
	if err == nil && entries != followUps {
		err = damaged(fmt.Errorf("follow-up index has %d entries for %d follow-ups", entries, followUps))
	}
	return err
}
