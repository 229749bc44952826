package storage

import (
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// migrate0to1 upgrades the pre-release format: follow-ups named their
// commitment "commitment" and their traffic light "trafficLight", and
// there was no follow-up index.
func migrate0to1(tx *bolt.Tx) error {
	if err := createBuckets(tx); err != nil {
		return err
	}
	b := tx.Bucket([]byte(model.KindFollowUp))
	index := tx.Bucket([]byte(bucketFollowUpIndex))
	type updated struct{ key, value, indexKey []byte }
	var out []updated
	err := b.ForEach(func(k, v []byte) error {
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(v, &fields); err != nil {
			return fmt.Errorf("follow-up %q: %w", k, err)
		}
		rename(fields, "commitment", "commitmentId")
		rename(fields, "trafficLight", "light")
		data, err := json.Marshal(fields)
		if err != nil {
			return err
		}
		var f model.FollowUp
		if err := json.Unmarshal(data, &f); err != nil {
			return fmt.Errorf("follow-up %q: %w", k, err)
		}
		out = append(out, updated{append([]byte(nil), k...), data, followUpKey(&f)})
		return nil
	})
	if err != nil {
		return err
	}
	// bbolt forbids changing a bucket while ForEach walks it.
	for _, u := range out {
		if err := b.Put(u.key, u.value); err != nil {
			return err
		}
		if err := index.Put(u.indexKey, nil); err != nil {
			return err
		}
	}
	return nil
}

// rename moves a JSON field to a new name unless the new one is set.
func rename(fields map[string]json.RawMessage, from, to string) {
	if v, ok := fields[from]; ok {
		if _, exists := fields[to]; !exists {
			fields[to] = v
		}
		delete(fields, from)
	}
}
