package storage

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// Create writes a new document for council c at path, which must not
// exist, and opens it. c gets its id and times.
func Create(path string, c *model.Council, opt Options) (*Document, error) {
	opt, err := opt.resolved()
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	if _, err := os.Lstat(abs); err == nil {
		return nil, model.Errorf(CodeExists, "Path", abs)
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fileError(err)
	}
	if c == nil {
		return nil, errors.New("storage: Create without a council")
	}
	if p := model.Validate(c); len(p) > 0 {
		return nil, p
	}
	if opt.ReadOnly {
		return nil, model.Errorf(model.CodeReadOnly)
	}
	d := &Document{path: abs, opt: opt, backups: backupDir(opt.DataDir, abs)}
	// The lock note first: of two programs creating the same file at once,
	// one is told the other has it open, or that it exists.
	if err := d.takeLock(); err != nil {
		return nil, err
	}
	if _, err := os.Lstat(abs); err == nil {
		d.dropLock()
		return nil, model.Errorf(CodeExists, "Path", abs)
	}
	d.work, d.state = workFiles(opt.CacheDir, abs, "")
	if prev := readSession(d.state); prev != nil && prev.alive(opt.Host, d.work) {
		d.work, d.state = workFiles(opt.CacheDir, abs, fmt.Sprintf("-%d-%s", os.Getpid(), randomSuffix()))
	}
	if err := removeWork(d.work, d.state); err != nil {
		d.dropLock()
		return nil, fileError(err)
	}
	if err := os.MkdirAll(filepath.Dir(d.work), 0o700); err != nil {
		d.dropLock()
		return nil, fileError(err)
	}
	db, err := openBolt(d.work, opt.Timeout)
	if err != nil {
		d.dropLock()
		return nil, err
	}
	d.db = db
	saved := c.Meta
	model.Touch(c, opt.Now(), opt.User)
	err = db.Update(func(tx *bolt.Tx) error {
		if err := createBuckets(tx); err != nil {
			return err
		}
		if err := writeMeta(tx, c.ID); err != nil {
			return err
		}
		if opt.Passphrase != "" {
			recovery, err := protectTx(tx, opt.Passphrase)
			if err != nil {
				return err
			}
			d.recovery = recovery
		}
		return writeRecord(tx, c, nil)
	})
	if err == nil {
		cc := *c
		d.council = &cc
		d.sess = session{Path: abs, User: opt.User, Host: opt.Host, PID: os.Getpid()}
		d.sess.Disk, err = writeAtomic(abs, d.writeTo(nil), func(fingerprint) error {
			if _, err := os.Lstat(abs); err == nil {
				return model.Errorf(CodeExists, "Path", abs)
			}
			return nil
		})
	}
	if err == nil {
		claim(d.work)
		d.lastSaved = opt.Now()
		if err = d.sess.write(d.state, false); err != nil {
			d.release()
		}
	}
	if err != nil {
		c.Meta = saved
		setSealer(db, nil)
		db.Close()
		d.dropLock()
		removeWork(d.work, d.state)
		return nil, fileError(err)
	}
	return d, nil
}
