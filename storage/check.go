package storage

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// Check validates the file at path without changing it: the header, then
// on a temporary copy the meta data, bbolt's consistency check and every
// record. It returns the live records' counts or a *model.Error.
func Check(path string) (Stats, error) {
	return CheckWith(path, "")
}

// CheckWith is Check of a file that may be protected, with its passphrase.
func CheckWith(path, passphrase string) (Stats, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return Stats{}, err
	}
	if _, err := checkHeader(abs); err != nil {
		return Stats{}, err
	}
	tmp, err := os.CreateTemp("", "samverka-check-*.db")
	if err != nil {
		return Stats{}, fileError(err)
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	if _, err := copyOut(abs, false, tmp.Name()); err != nil {
		return Stats{}, err
	}
	hdr, err := checkFile(tmp.Name())
	if err != nil {
		return Stats{}, err
	}
	return checkCopy(tmp.Name(), hdr, passphrase)
}

// checkFile checks a private copy's header and page structure before
// bbolt may open it.
func checkFile(path string) (header, error) {
	hdr, err := checkHeader(path)
	if err == nil {
		err = checkStructure(path, hdr)
	}
	return hdr, err
}

// checkCopy checks a private copy; an older file is migrated there first.
func checkCopy(path string, hdr header, passphrase string) (st Stats, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer guard(&err)
	db, err := openBolt(path, 2*time.Second)
	if err != nil {
		return Stats{}, err
	}
	defer db.Close()
	defer setSealer(db, nil)
	council, _, err := setup(db, true, passphrase)
	if err != nil {
		return Stats{}, err
	}
	st = Stats{Council: council.Name, Counts: map[model.Kind]int{}}
	err = db.View(func(tx *bolt.Tx) error {
		ds := model.NewDataset(nil)
		if err := loadTx(tx, ds); err != nil {
			return err
		}
		if err := checkIndex(tx, ds.FollowUps); err != nil {
			return err
		}
		ds.Council = council
		ds.Each(func(r model.Record) {
			if !r.RecordMeta().Deleted {
				st.Counts[r.RecordKind()]++
				st.Total++
			}
		})
		if st.Rollup = rollupTx(tx); st.Rollup {
			// A roll-up counts the councils it holds, not itself.
			councils, err := councilsTx(tx, council.ID)
			for _, c := range councils {
				st.Councils = append(st.Councils, c.Name)
			}
			st.Counts[model.KindCouncil] = len(councils)
			st.Total += len(councils) - 1
			return err
		}
		return nil
	})
	return st, err
}

// checkIndex checks that the follow-up index names every follow-up once
// and nothing else.
func checkIndex(tx *bolt.Tx, followUps []*model.FollowUp) error {
	want := make(map[string]string, len(followUps))
	for _, f := range followUps {
		want[string(followUpKey(f))] = string(followUpValue(f))
	}
	n := 0
	err := tx.Bucket([]byte(bucketFollowUpIndex)).ForEach(func(k, v []byte) error {
		value, ok := want[string(k)]
		if !ok {
			return damaged(fmt.Errorf("follow-up index has a stray key %q", k))
		}
		if value != string(v) {
			return damaged(fmt.Errorf("follow-up index entry %q is out of date", k))
		}
		n++
		return nil
	})
	if err == nil && n != len(want) {
		err = damaged(fmt.Errorf("follow-up index has %d of %d follow-ups", n, len(want)))
	}
	return err
}
