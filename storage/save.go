package storage

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// writeTo returns a writer of the working database's current state for
// writeAtomic. gen, when set, receives the number of changes the state
// holds.
func (d *Document) writeTo(gen *uint64) func(io.Writer) error {
	return func(w io.Writer) (err error) {
		d.dbMu.RLock()
		defer d.dbMu.RUnlock()
		if d.db == nil {
			return errClosed
		}
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		defer guard(&err)
		return d.db.View(func(tx *bolt.Tx) error {
			if gen != nil {
				// Read inside the transaction: a change committed but not
				// yet counted only leaves the document dirty a while longer.
				d.mu.Lock()
				*gen = d.gen
				d.mu.Unlock()
			}
			_, err := tx.WriteTo(w)
			if hw, ok := w.(*hashingWriter); ok && err != nil && hw.err != nil {
				// bbolt words the error afresh and loses what the system
				// said (a full disk); the writer kept it.
				return hw.err
			}
			return err
		})
	}
}

// ChangedOnDisk reports whether the document on disk differs from what
// this session opened or last saved: someone else saved it meanwhile. The
// same size and modification time mean unchanged, as for most editors;
// otherwise the content's SHA-256 decides, since sync clients rewrite
// modification times. A document that is gone counts as unchanged; saving
// recreates it.
func (d *Document) ChangedOnDisk() (bool, error) {
	d.mu.Lock()
	disk := d.sess.Disk
	d.mu.Unlock()
	info, err := os.Stat(d.path)
	if os.IsNotExist(err) {
		return false, nil
	}
	if err != nil {
		return false, fileError(err)
	}
	if info.Size() != disk.Size {
		return true, nil
	}
	if info.ModTime().Equal(disk.ModTime) {
		return false, nil
	}
	fp, err := fingerprintOf(d.path)
	if err != nil {
		return false, fileError(err)
	}
	return fp.SHA256 != disk.SHA256, nil
}

// Save writes the working copy back to the document atomically. If the
// document changed on disk since it was opened or last saved, it is never
// overwritten: the user's version is written beside it and SaveResult
// names that copy; later saves of this session go to the same copy.
func (d *Document) Save() (SaveResult, error) {
	if err := d.writable(); err != nil {
		return SaveResult{}, err
	}
	d.saveMu.Lock()
	defer d.saveMu.Unlock()
	return d.save(false)
}

// save is Save with saveMu held. With force it writes even when there are
// no changes since the last save: after a save went beside the document,
// the document itself still lacks them.
func (d *Document) save(force bool) (SaveResult, error) {
	if !force && !d.Dirty() {
		return SaveResult{Saved: d.LastSaved()}, nil
	}
	changed, err := d.ChangedOnDisk()
	if err != nil {
		return SaveResult{}, err
	}
	var gen uint64
	now := d.opt.Now()
	if changed {
		d.mu.Lock()
		kept := d.keptAs
		d.mu.Unlock()
		if kept == "" {
			kept = keptName(d.path, d.opt.User, now)
		}
		if _, err := writeAtomic(kept, d.writeTo(&gen), nil); err != nil {
			return SaveResult{}, err
		}
		d.mu.Lock()
		d.keptAs = kept
		d.mu.Unlock()
		return SaveResult{KeptAs: kept, Saved: now}, d.saved(gen, nil, now)
	}
	fp, err := writeAtomic(d.path, d.writeTo(&gen), func(fp fingerprint) error {
		d.mu.Lock()
		defer d.mu.Unlock()
		d.sess.Pending = &fp
		return d.sess.write(d.state, false)
	})
	if err != nil {
		d.mu.Lock()
		d.sess.Pending = nil
		d.mu.Unlock()
		return SaveResult{}, err
	}
	return SaveResult{Saved: now}, d.saved(gen, &fp, now)
}

// saved records a completed save of gen changes; disk is the document's
// new fingerprint, nil when the save went beside it.
func (d *Document) saved(gen uint64, disk *fingerprint, now time.Time) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if disk != nil {
		d.sess.Disk = *disk
	}
	d.sess.Pending = nil
	d.savedGen = gen
	d.lastSaved = now
	if d.gen == gen && d.inflight == 0 {
		d.sess.Dirty, d.sess.Since = false, time.Time{}
	}
	return d.sess.write(d.state, false)
}

// keptName returns a free name beside doc for a user's version that could
// not be saved over it: "<name> (kopia från <user> <YYYY-MM-DD HHMM>)".
func keptName(doc, user string, now time.Time) string {
	user = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`\/:*?"<>|`, r) || r < ' ' {
			return '-'
		}
		return r
	}, user)
	base := filepath.Join(filepath.Dir(doc), fmt.Sprintf("%s (kopia från %s %s)", stem(doc), user, now.Format("2006-01-02 1504")))
	ext := filepath.Ext(doc)
	name := base + ext
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); os.IsNotExist(err) {
			return name
		}
		name = fmt.Sprintf("%s %d%s", base, i, ext)
	}
}

// SaveCopyAs writes the document's current state to path atomically; the
// document itself stays where it is.
func (d *Document) SaveCopyAs(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	if abs == d.path {
		_, err := d.Save()
		return err
	}
	_, err = writeAtomic(abs, d.writeTo(nil), nil)
	return err
}
