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
			fc := &fileCopier{src: d.work}
			if f, ok := w.(*os.File); ok {
				fc.File = f
				w = fc
			}
			_, err := tx.WriteTo(w)
			if err != nil && fc.err != nil {
				// bbolt words the error afresh and loses what the system
				// said (a full disk); the copier kept it.
				return fc.err
			}
			return err
		})
	}
}

// fileCopier lets bbolt's Tx.WriteTo copy the data pages from the working
// copy to a file inside the operating system (copy_file_range on Linux)
// instead of through 32 KB buffers. WriteTo writes the meta pages and then
// copies the rest from a section of its database file: the same bytes are
// read here from the same file through a handle of our own.
type fileCopier struct {
	*os.File
	src string
	err error // the first write error
}

// Write writes p to the file, keeping the first error.
func (c *fileCopier) Write(p []byte) (int, error) {
	n, err := c.File.Write(p)
	if err != nil && c.err == nil {
		c.err = err
	}
	return n, err
}

// ReadFrom copies r to the file; r is expected to be bbolt's limited
// section of the database file.
func (c *fileCopier) ReadFrom(r io.Reader) (int64, error) {
	lr, ok := r.(*io.LimitedReader)
	if !ok {
		return c.File.ReadFrom(r)
	}
	sr, ok := lr.R.(*io.SectionReader)
	if !ok {
		return c.File.ReadFrom(r)
	}
	_, base, _ := sr.Outer()
	pos, err := sr.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, err
	}
	src, err := os.Open(c.src)
	if err != nil {
		return 0, err
	}
	defer src.Close()
	if _, err := src.Seek(base+pos, io.SeekStart); err != nil {
		return 0, err
	}
	n, err := c.File.ReadFrom(io.LimitReader(src, lr.N))
	if err != nil && c.err == nil {
		c.err = err
	}
	lr.N -= n
	if _, serr := sr.Seek(n, io.SeekCurrent); err == nil {
		err = serr
	}
	return n, err
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
