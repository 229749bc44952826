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
//
// In a file of schema 4 every record must carry its head, and the record
// index must say what the heads say; when it does not, verifyTx returns
// errStaleIndex after everything else checked out, and the index is
// rebuilt (see setup): it holds nothing the records do not.
func verifyTx(tx *bolt.Tx, schema int) error {
	followUps, entries := 0, 0
	var tally indexTally
	err := tx.ForEach(func(name []byte, b *bolt.Bucket) error {
		switch string(name) {
		case bucketMeta:
			return nil
		case bucketRecordIndex:
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
			u, err := openValue(kind, k, v)
			if err != nil {
				return err
			}
			if schema >= 4 {
				if !u.linked {
					return damaged(fmt.Errorf("%s %q: stored in the form of schema 3", kind, k))
				}
				tally.add(kind, k, u.head)
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
	if err == nil && schema >= 4 {
		err = tally.compare(tx)
	}
	return err
}
