package storage

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// bucketRecordIndex is the record index of schema 4, which lets a command
// read only the records it shows (see Reader). It holds three kinds of
// entries, each value ending in the CRC-32C of key and value:
//
//	tag parent 0 kind 0 id   a record that links to parent (see recordLinks);
//	                         the value is the checksum alone; not for links
//	                         that are only counted (see countOnly)
//	tag parent 0             how many records link to parent (uint32)
//	'#' kind                 how many records of kind there are, tombstones
//	                         too (uint32); records are never removed
//
// A record's links and whether it is deleted are in its head (see
// sealLinked), so the index is checked on every open, and rebuilt when it
// disagrees, from the heads alone.
const bucketRecordIndex = "index.records"

// tagKindCount prefixes the live counts per kind.
const tagKindCount = '#'

// linkEntryKey is the index key of record kind/id under l.
func linkEntryKey(l link, kind model.Kind, id string) []byte {
	k := make([]byte, 0, 3+len(l.parent)+len(kind)+len(id))
	k = append(k, l.tag)
	k = append(k, l.parent...)
	k = append(k, 0)
	k = append(k, kind...)
	k = append(k, 0)
	return append(k, id...)
}

// linkCountKey is the index key of how many records link to l's parent.
func linkCountKey(l link) []byte {
	return append(append([]byte{l.tag}, l.parent...), 0)
}

// kindCountKey is the index key of kind's live count.
func kindCountKey(kind model.Kind) []byte {
	return append([]byte{tagKindCount}, kind...)
}

// indexValue returns an index value: body and the checksum of key and body.
func indexValue(key, body []byte) []byte {
	v := slices.Clip(body)
	return binary.LittleEndian.AppendUint32(v, indexSum(key, body))
}

// countValue is the index value of a count.
func countValue(key []byte, n uint32) []byte {
	return indexValue(key, binary.LittleEndian.AppendUint32(nil, n))
}

// readCount returns the count an index value holds; ok is false when the
// value is damaged.
func readCount(key, v []byte) (uint32, bool) {
	body, ok := checkIndexEntry(key, v)
	if !ok || len(body) != 4 {
		return 0, false
	}
	return binary.LittleEndian.Uint32(body), true
}

// errStaleIndex says that the record index disagrees with the records.
var errStaleIndex = errors.New("the record index disagrees with the records")

// indexRecord keeps the record index for a record of kind stored under id
// whose head was old (nil for a new record) and is now h.
func indexRecord(tx *bolt.Tx, kind model.Kind, id string, old *head, h head) error {
	idx := tx.Bucket([]byte(bucketRecordIndex))
	if idx == nil {
		return damaged(errors.New("no record index"))
	}
	if old == nil {
		if err := addCount(idx, kindCountKey(kind), 1); err != nil {
			return err
		}
	}
	var before []link
	if old != nil {
		before = old.links
	}
	for _, l := range before {
		if !slices.Contains(h.links, l) {
			if err := idx.Delete(linkEntryKey(l, kind, id)); err != nil && !countOnly(l.tag) {
				return err
			}
			if err := addCount(idx, linkCountKey(l), -1); err != nil {
				return err
			}
		}
	}
	for _, l := range h.links {
		if !slices.Contains(before, l) {
			if k := linkEntryKey(l, kind, id); !countOnly(l.tag) {
				if err := idx.Put(k, indexValue(k, nil)); err != nil {
					return err
				}
			}
			if err := addCount(idx, linkCountKey(l), 1); err != nil {
				return err
			}
		}
	}
	return nil
}

// addCount adds delta to the count under key; a count of zero is removed.
func addCount(idx *bolt.Bucket, key []byte, delta int) error {
	n := 0
	if v := idx.Get(key); v != nil {
		c, ok := readCount(key, v)
		if !ok {
			return damaged(fmt.Errorf("record index count %q: checksum mismatch", key))
		}
		n = int(c)
	}
	n += delta
	if n < 0 {
		return damaged(fmt.Errorf("record index count %q below zero", key))
	}
	if n == 0 {
		return idx.Delete(key)
	}
	return idx.Put(key, countValue(key, uint32(n)))
}

// indexTally gathers what the record index should hold from the records'
// heads: the counts exactly, the entries as an order-free digest.
type indexTally struct {
	counts  map[string]uint32
	entries uint64 // the sum of the entries' hashes
	n       int
}

// add counts one record.
func (t *indexTally) add(kind model.Kind, id []byte, h head) {
	if t.counts == nil {
		t.counts = map[string]uint32{}
	}
	t.counts[string(kindCountKey(kind))]++
	for _, l := range h.links {
		t.counts[string(linkCountKey(l))]++
		if !countOnly(l.tag) {
			t.entries += entryHash(linkEntryKey(l, kind, string(id)))
			t.n++
		}
	}
}

// entryHash is an index entry's contribution to a tally's digest.
func entryHash(key []byte) uint64 {
	h := fnv.New64a()
	h.Write(key)
	return h.Sum64()
}

// compare checks the record index against the tally: errStaleIndex when
// an entry or a parent's count is damaged, missing or extra, which a
// rebuild mends. A kind's count that disagrees is damage: records may
// have been lost, which no rebuild can tell.
func (t *indexTally) compare(tx *bolt.Tx) error {
	idx := tx.Bucket([]byte(bucketRecordIndex))
	if idx == nil {
		return errStaleIndex
	}
	var sum uint64
	n := 0
	seen := map[string]bool{}
	stale := false
	err := idx.ForEach(func(k, v []byte) error {
		if len(k) > 0 && k[0] == tagKindCount {
			c, ok := readCount(k, v)
			if !ok {
				stale = true // a flipped bit in the count itself
				return nil
			}
			if t.counts[string(k)] != c {
				return damaged(fmt.Errorf("%d records of %q, the index counts %d", t.counts[string(k)], k[1:], c))
			}
			seen[string(k)] = true
			return nil
		}
		if len(k) > 0 && k[len(k)-1] == 0 {
			if c, ok := readCount(k, v); !ok || t.counts[string(k)] != c {
				stale = true
			}
			seen[string(k)] = true
			return nil
		}
		if body, ok := checkIndexEntry(k, v); !ok || len(body) != 0 {
			stale = true
		}
		sum += entryHash(k)
		n++
		return nil
	})
	if err != nil {
		return err
	}
	for k := range t.counts {
		if !seen[k] {
			if k[0] == tagKindCount && !stale {
				return damaged(fmt.Errorf("no index count of %q", k[1:]))
			}
			stale = true
		}
	}
	if stale || sum != t.entries || n != t.n || len(seen) != len(t.counts) {
		return errStaleIndex
	}
	return nil
}

// rebuildRecordIndex writes the record index afresh from the records'
// heads. Every record must be stored as codecLinked.
func rebuildRecordIndex(tx *bolt.Tx) error {
	counts := map[string]uint32{}
	var entries [][]byte
	for _, kind := range model.Kinds {
		b := tx.Bucket([]byte(kind))
		if b == nil {
			continue
		}
		err := b.ForEach(func(k, v []byte) error {
			u, err := openValue(kind, k, v)
			if err != nil {
				return err
			}
			if !u.linked {
				return damaged(fmt.Errorf("%s %q: stored in the form of schema 3", kind, k))
			}
			counts[string(kindCountKey(kind))]++
			for _, l := range u.head.links {
				counts[string(linkCountKey(l))]++
				if !countOnly(l.tag) {
					entries = append(entries, linkEntryKey(l, kind, string(k)))
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if tx.Bucket([]byte(bucketRecordIndex)) != nil {
		if err := tx.DeleteBucket([]byte(bucketRecordIndex)); err != nil {
			return err
		}
	}
	idx, err := tx.CreateBucket([]byte(bucketRecordIndex))
	if err != nil {
		return err
	}
	idx.FillPercent = 0.9
	type kv struct{ k, v []byte }
	all := make([]kv, 0, len(entries)+len(counts))
	for _, k := range entries {
		all = append(all, kv{k, indexValue(k, nil)})
	}
	for k, n := range counts {
		all = append(all, kv{[]byte(k), countValue([]byte(k), n)})
	}
	slices.SortFunc(all, func(a, b kv) int { return bytes.Compare(a.k, b.k) })
	for _, e := range all {
		if err := idx.Put(e.k, e.v); err != nil {
			return err
		}
	}
	return nil
}
