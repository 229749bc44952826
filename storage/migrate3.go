package storage

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// migrate3to4 stores every record with its head (see sealLinked) and
// builds the record index from the heads. Every record is decoded on the
// way: one that fails its checksum, is not valid JSON of its kind, or is
// stored under another id than its own, is damage and stops the
// migration. The JSON itself is kept byte for byte.
func migrate3to4(tx *bolt.Tx) error {
	type entry struct{ key, value []byte }
	for _, kind := range model.Kinds {
		b := tx.Bucket([]byte(kind))
		if b == nil {
			continue
		}
		var out []entry
		err := b.ForEach(func(k, v []byte) error {
			r, err := decode(nil, kind, k, v)
			if err != nil {
				return err
			}
			data, err := unseal(nil, kind, k, v)
			if err != nil {
				return err
			}
			sealed, err := sealLinked(nil, kind, k, headOf(r), data)
			if err != nil {
				return damaged(fmt.Errorf("%s %q: %w", kind, k, err))
			}
			out = append(out, entry{bytes.Clone(k), sealed})
			return nil
		})
		if err != nil {
			return err
		}
		// bbolt forbids changing a bucket while ForEach walks it.
		b.FillPercent = 0.9
		for _, e := range out {
			if err := b.Put(e.key, e.value); err != nil {
				return err
			}
		}
	}
	return rebuildRecordIndex(tx)
}
