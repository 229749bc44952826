package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"log"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"samverka/model"
)

// openBolt opens a working copy with bbolt.
func openBolt(path string, timeout time.Duration) (db *bolt.DB, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer guard(&err)
	db, err = bolt.Open(path, 0o600, &bolt.Options{Timeout: timeout, PageSize: pageSize})
	var pathErr *fs.PathError
	switch {
	case err == nil:
		return db, nil
	case errors.Is(err, berrors.ErrTimeout):
		// Another session holds the working copy: a fault of ours.
		return nil, fmt.Errorf("storage: working copy %s in use: %w", path, err)
	case errors.As(err, &pathErr):
		return nil, fileError(err)
	}
	return nil, damaged(err)
}

// setup checks that db is a Samverka file of a version this program reads,
// migrates an older one, creates missing buckets and reads the council.
func setup(db *bolt.DB, _ bool, passphrase string) (council *model.Council, migrated bool, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer guard(&err)
	var meta fileMeta
	var needUpdate, stale bool
	err = db.View(func(tx *bolt.Tx) error {
		var err error
		if meta, err = readMeta(tx); err != nil {
			return err
		}
		// A protected file is unlocked first: a wrong passphrase is told
		// before anything else is read.
		if err := unlockTx(tx, passphrase); err != nil {
			return err
		}
		// Every open checks what check checks: bbolt's consistency and,
		// in a file that has them, every checksum. An older file is
		// checked record by record as it is migrated.
		if meta.schema < 3 {
			err = checkTx(tx)
		} else {
			// bbolt's check and the checksums run side by side, each in
			// a read transaction of its own: a laptop has two cores.
			checked := make(chan error, 1)
			go func() { checked <- checkGuarded(db) }()
			err = verifyTx(tx, meta.schema)
			if cerr := <-checked; err == nil || errors.Is(err, errStaleIndex) && cerr != nil {
				err = cerr
			}
		}
		if errors.Is(err, errStaleIndex) {
			log.Printf("storage: %v; it is rebuilt", err)
			stale, err = true, nil
		}
		if err != nil {
			return err
		}
		needUpdate = meta.schema < model.SchemaVersion || missingBuckets(tx) || stale
		return nil
	})
	if err != nil {
		setSealer(db, nil)
		return nil, false, err
	}
	if needUpdate {
		err = db.Update(func(tx *bolt.Tx) error {
			if meta.schema < model.SchemaVersion {
				if err := migrate(tx, meta.schema); err != nil {
					return err
				}
			}
			if err := createBuckets(tx); err != nil || !stale {
				return err
			}
			return rebuildRecordIndex(tx)
		})
		if err != nil {
			setSealer(db, nil)
			return nil, false, damaged(err)
		}
	}
	err = db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket([]byte(model.KindCouncil)).Get([]byte(meta.council))
		if v == nil {
			return damaged(fmt.Errorf("council %q missing", meta.council))
		}
		r, err := decode(sealerOf(tx), model.KindCouncil, []byte(meta.council), v)
		if err != nil {
			return err
		}
		council = r.(*model.Council)
		return nil
	})
	if err != nil {
		setSealer(db, nil)
	}
	return council, meta.schema < model.SchemaVersion || stale, err
}

// checkGuarded runs bbolt's consistency check in a read transaction of
// its own, a fault in it turned into CodeDamaged.
func checkGuarded(db *bolt.DB) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer guard(&err)
	return db.View(checkTx)
}

// checkTx runs bbolt's consistency check.
func checkTx(tx *bolt.Tx) error {
	var first error
	for err := range tx.Check() {
		if first == nil {
			first = err
		}
	}
	if first != nil {
		return damaged(first)
	}
	return nil
}
