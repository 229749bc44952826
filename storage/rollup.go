package storage

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// A roll-up is one data file holding several councils' records, for the
// city's own follow-up across districts. It is an ordinary data file with
// three differences:
//
//   - its meta bucket has the key "rollup", and Open always opens it
//     read-only (changes belong in the councils' own files);
//   - its council record is the roll-up itself, named after the councils
//     it holds, while the council bucket also holds each rolled-up
//     council under its own id (see Document.Councils);
//   - every record carries its council's id in Meta.CouncilID.
//
// Records keep their ids: they are UUIDs, so two councils never share one.
// Two inputs that are copies of the same council are merged (model.Merge)
// rather than rolled up twice.

// errRollup tells Open that a roll-up was about to be opened for writing:
// it is opened again read-only.
var errRollup = errors.New("storage: a roll-up is only read")

// isRollup reports whether db is a roll-up.
func isRollup(db *bolt.DB) (rollup bool, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer guard(&err)
	err = db.View(func(tx *bolt.Tx) error {
		rollup = rollupTx(tx)
		return nil
	})
	return rollup, err
}

func rollupTx(tx *bolt.Tx) bool {
	b := tx.Bucket([]byte(bucketMeta))
	return b != nil && b.Get([]byte(metaRollup)) != nil
}

// Councils returns the councils whose records the document holds: its own
// council, or in a roll-up the rolled-up councils, in name order.
func (d *Document) Councils() ([]*model.Council, error) {
	own := d.Council()
	if !d.rollup {
		return []*model.Council{own}, nil
	}
	var out []*model.Council
	err := d.view(func(tx *bolt.Tx) error {
		var err error
		out, err = councilsTx(tx, own.ID)
		return err
	})
	return out, err
}

// councilsTx returns the council records other than the file's own, in
// name order.
func councilsTx(tx *bolt.Tx, own string) ([]*model.Council, error) {
	b, err := bucket(tx, model.KindCouncil)
	if err != nil {
		return nil, err
	}
	var out []*model.Council
	err = b.ForEach(func(k, v []byte) error {
		if string(k) == own {
			return nil
		}
		r, err := decode(sealerOf(tx), model.KindCouncil, k, v)
		if err == nil {
			out = append(out, r.(*model.Council))
		}
		return err
	})
	slices.SortFunc(out, func(a, b *model.Council) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) })
	return out, err
}

// Rollup writes a new read-only data file at out holding every record of
// the data files inputs, each keeping its council, and returns what Check
// says of it. An input may itself be a roll-up. Inputs that are copies of
// the same council are merged. out must not exist (CodeExists). A refused
// input is returned as an *fs.PathError naming it, around the
// *model.Error; no file is written then.
func Rollup(out string, inputs []string, opt Options) (Stats, error) {
	opt, err := opt.resolved()
	if err != nil {
		return Stats{}, err
	}
	abs, err := filepath.Abs(out)
	if err != nil {
		return Stats{}, err
	}
	if _, err := os.Lstat(abs); err == nil {
		return Stats{}, model.Errorf(CodeExists, "Path", abs)
	}
	if len(inputs) == 0 {
		return Stats{}, errors.New("storage: a roll-up of no files")
	}
	councils := map[string]*model.Dataset{}
	for _, in := range inputs {
		sets, err := readCouncils(in, opt)
		if err != nil {
			return Stats{}, &fs.PathError{Op: "rollup", Path: in, Err: err}
		}
		for _, ds := range sets {
			if have := councils[ds.Council.ID]; have != nil {
				if ds, _, err = model.Merge(have, ds, nil); err != nil {
					return Stats{}, &fs.PathError{Op: "rollup", Path: in, Err: err}
				}
			}
			councils[ds.Council.ID] = ds
		}
	}
	work := filepath.Join(opt.CacheDir, "work", "rollup-"+randomSuffix()+".db")
	if err := os.MkdirAll(filepath.Dir(work), 0o700); err != nil {
		return Stats{}, fileError(err)
	}
	defer os.Remove(work)
	db, err := openBolt(work, opt.Timeout)
	if err != nil {
		return Stats{}, err
	}
	defer db.Close()
	defer setSealer(db, nil)
	if err := writeRollup(db, councils, opt); err != nil {
		return Stats{}, err
	}
	_, err = writeAtomic(abs, func(w io.Writer) error {
		return db.View(func(tx *bolt.Tx) error {
			_, err := tx.WriteTo(w)
			return err
		})
	}, func(fingerprint) error {
		if _, err := os.Lstat(abs); err == nil {
			return model.Errorf(CodeExists, "Path", abs)
		}
		return nil
	})
	if err != nil {
		return Stats{}, err
	}
	return CheckWith(abs, opt.Passphrase)
}

// readCouncils reads a data file read-only as one dataset per council it
// holds: one for a council's file, one per rolled-up council for a
// roll-up.
func readCouncils(path string, opt Options) ([]*model.Dataset, error) {
	opt.ReadOnly = true
	d, err := Open(path, opt)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	ds, err := d.Load()
	if err != nil {
		return nil, err
	}
	if !d.Rollup() {
		return []*model.Dataset{ds}, nil
	}
	councils, err := d.Councils()
	if err != nil {
		return nil, err
	}
	byID := map[string]*model.Dataset{}
	var out []*model.Dataset
	for _, c := range councils {
		byID[c.ID] = model.NewDataset(c)
		out = append(out, byID[c.ID])
	}
	ds.Council = nil
	ds.Each(func(r model.Record) {
		if err != nil {
			return
		}
		part := byID[r.RecordMeta().CouncilID]
		if part == nil {
			err = damaged(fmt.Errorf("roll-up record %s %s has no council", r.RecordKind(), r.RecordMeta().ID))
			return
		}
		part.Add(r)
	})
	return out, err
}

// writeRollup fills the new database db with the councils' records, each
// marked with its council, under a roll-up council named after them.
func writeRollup(db *bolt.DB, councils map[string]*model.Dataset, opt Options) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer guard(&err)
	type key struct {
		kind model.Kind
		id   string
	}
	owner := map[key]string{}
	var names []string
	var recs []model.Record
	for _, ds := range councils {
		names = append(names, ds.Council.Name)
		ds.Each(func(r model.Record) {
			m := r.RecordMeta()
			k := key{r.RecordKind(), m.ID}
			if other, ok := owner[k]; ok && err == nil {
				err = fmt.Errorf("storage: roll-up: %s %s is in council %s and in council %s", k.kind, k.id, other, ds.Council.ID)
			}
			owner[k] = ds.Council.ID
			m.CouncilID = ds.Council.ID
			recs = append(recs, r)
		})
	}
	if err != nil {
		return err
	}
	slices.Sort(names)
	self := &model.Council{Name: strings.Join(names, ", ")}
	model.Touch(self, opt.Now(), opt.User)
	return db.Update(func(tx *bolt.Tx) error {
		if err := createBuckets(tx); err != nil {
			return err
		}
		if err := writeMeta(tx, self.ID); err != nil {
			return err
		}
		if err := tx.Bucket([]byte(bucketMeta)).Put([]byte(metaRollup), []byte("1")); err != nil {
			return err
		}
		// A roll-up of protected files is protected with their
		// passphrase.
		if opt.Passphrase != "" {
			if _, err := protectTx(tx, opt.Passphrase); err != nil {
				return err
			}
		}
		return bulkWrite(tx, append(recs, self))
	})
}

// bulkWrite writes recs to a new, empty file: encoded first, then bucket
// by bucket in key order, which bbolt inserts several times faster than
// random ids, and the follow-up index likewise.
func bulkWrite(tx *bolt.Tx, recs []model.Record) error {
	type entry struct{ key, value []byte }
	byKind := map[model.Kind][]entry{}
	var index []indexEntry
	for _, r := range recs {
		data, err := encode(sealerOf(tx), r)
		if err != nil {
			return err
		}
		byKind[r.RecordKind()] = append(byKind[r.RecordKind()], entry{[]byte(r.RecordMeta().ID), data})
		if f, ok := r.(*model.FollowUp); ok {
			index = append(index, indexEntry{followUpKey(f), followUpValue(f)})
		}
	}
	for kind, list := range byKind {
		slices.SortFunc(list, func(a, b entry) int { return bytes.Compare(a.key, b.key) })
		b, err := bucket(tx, kind)
		if err != nil {
			return err
		}
		b.FillPercent = 0.9
		for _, e := range list {
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
	return rebuildRecordIndex(tx)
}
