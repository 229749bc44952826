package storage

import (
	"errors"
	"fmt"
	"log"
	"os"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// Document is an open data file. It works on a private copy in the cache
// folder and writes back to the user's file only when saved. Its methods
// are safe for concurrent use.
type Document struct {
	path     string // absolute
	opt      Options
	work     string // the working copy bbolt runs on
	state    string // the session's state file; "" when read-only
	backups  string // this document's backup folder
	readOnly bool
	rollup   bool // a roll-up of several councils; always read-only
	// protected is set when the file itself is write-protected (read-only
	// attribute or permissions), which opens it read-only.
	protected bool
	lock      *LockNote // our lock note; nil when read-only

	dbMu sync.RWMutex // swapping or closing db takes it exclusively
	db   *bolt.DB

	saveMu sync.Mutex // one save at a time

	mu        sync.Mutex
	council   *model.Council
	sess      session
	gen       uint64 // changes committed
	inflight  int    // changes being committed
	savedGen  uint64 // changes the document on disk has
	lastSaved time.Time
	keptAs    string
	onChange  []func()
	closed    bool
	// kept is set when Close could not save and kept the working copy
	// for recovery; Discard may still throw it away.
	kept bool
	// recovery is the recovery key made when this session set the
	// passphrase (see RecoveryKey).
	recovery string
}

// errClosed is returned by methods of a closed document.
var errClosed = errors.New("storage: document is closed")

// Open opens the document at path. It refuses, with a *model.Error, a file
// that is missing, empty, not Samverka's, damaged, newer, open by someone
// else, or whose last session here crashed with unsaved changes. It never
// changes the file itself; a backup is taken first.
func Open(path string, opt Options) (*Document, error) {
	opt, err := opt.resolved()
	if err != nil {
		return nil, err
	}
	abs, err := resolve(path)
	if err != nil {
		return nil, err
	}
	if _, err := checkHeader(abs); err != nil {
		return nil, err
	}
	d := &Document{path: abs, opt: opt, readOnly: opt.ReadOnly, backups: backupDir(opt.DataDir, abs)}
	if !d.readOnly && !writableFile(abs) {
		// A write-protected file is opened to be read, and says so.
		d.readOnly, d.protected = true, true
	}
	if !d.readOnly {
		if err := d.takeLock(); err != nil {
			return nil, err
		}
	}
	if err := d.open(); errors.Is(err, errRollup) {
		d.dropLock()
		opt.ReadOnly = true
		return Open(path, opt)
	} else if err != nil {
		d.dropLock()
		return nil, err
	}
	return d, nil
}

// takeLock puts this session's lock note beside the document before
// anything else is done with it, so that two programs never work on the
// document, or on one working copy, at once. Opened anyway, the note
// replaces whoever's was there.
func (d *Document) takeLock() error {
	note := &LockNote{User: d.opt.User, Host: d.opt.Host, PID: os.Getpid(), Since: d.opt.Now().UTC().Truncate(time.Second)}
	if d.opt.IgnoreLock {
		if err := writeLockNote(d.path, note); err != nil {
			return err
		}
		holdLock(d.path)
	} else if err := acquireLock(d.path, note, d.opt.Host, d.opt.Now()); err != nil {
		return err
	}
	d.lock = note
	return nil
}

// dropLock removes this session's lock note, if it has one.
func (d *Document) dropLock() error {
	if d.lock == nil {
		return nil
	}
	err := removeLockNote(d.path, d.lock)
	dropLock(d.path)
	d.lock = nil
	return err
}

// open makes the working copy, opens it and claims the document.
func (d *Document) open() (err error) {
	if !d.readOnly {
		sweep(d.opt.CacheDir, d.path, d.opt.Now(), d.lock != nil && !d.opt.IgnoreLock)
	}
	recovering, backup, err := d.prepareWork()
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			if backup != "" {
				os.Remove(backup)
			}
			if !recovering {
				removeWork(d.work, d.state)
			}
		}
	}()
	hdr, err := checkFile(d.work)
	if err != nil {
		return err
	}
	db, err := openBolt(d.work, d.opt.Timeout)
	if err != nil {
		return err
	}
	council, migrated, err := setup(db, hdr.suspicious || recovering, d.opt.Passphrase)
	var rollup bool
	if err == nil {
		rollup, err = isRollup(db)
	}
	if err == nil && rollup && !d.readOnly {
		err = errRollup
	}
	if err != nil {
		setSealer(db, nil)
		db.Close()
		return err
	}
	d.db, d.council, d.rollup = db, council, rollup
	if backup != "" {
		if err := finishBackup(d.backups, d.path, backup, d.sess.Disk.SHA256); err != nil {
			log.Printf("storage: backup of %s: %v", d.path, err)
		}
	}
	claim(d.work)
	if d.readOnly {
		return nil
	}
	if migrated || recovering {
		d.gen = 1
		if !d.sess.Dirty {
			d.sess.Dirty, d.sess.Since = true, d.opt.Now()
		}
	}
	if err := d.sess.write(d.state, d.sess.Dirty); err != nil {
		d.release()
		return err
	}
	return nil
}

// prepareWork puts the working copy in place: a fresh copy of the
// document (and a backup from the same read), or a crashed session's copy
// when recovering.
func (d *Document) prepareWork() (recovering bool, backup string, err error) {
	if d.readOnly {
		d.work, _ = workFiles(d.opt.CacheDir, d.path, fmt.Sprintf("-ro-%d-%s", os.Getpid(), randomSuffix()))
		fp, err := copyOut(d.path, false, d.work)
		d.sess = session{Path: d.path, Disk: fp}
		return false, "", err
	}
	d.work, d.state = workFiles(d.opt.CacheDir, d.path, "")
	prev := readSession(d.state)
	if prev != nil && prev.alive(d.opt.Host, d.work) {
		// Someone here has it open already and this is "open anyway":
		// work on a copy of our own, without crash recovery.
		d.work, d.state = workFiles(d.opt.CacheDir, d.path, fmt.Sprintf("-%d-%s", os.Getpid(), randomSuffix()))
		prev = nil
	}
	if prev != nil && prev.Dirty && !d.opt.DiscardRecovery {
		if _, err := checkFile(d.work); err != nil {
			log.Printf("storage: unsaved changes of %s are lost, the working copy is damaged: %v", d.path, err)
		} else if !d.opt.Recover {
			return false, "", model.Errorf(model.CodeRecovery, "Time", prev.Since.Local().Format("2006-01-02 15:04"))
		} else {
			recovering = true
		}
	}
	d.sess = session{Path: d.path, User: d.opt.User, Host: d.opt.Host, PID: os.Getpid()}
	backup, err = newBackupPath(d.backups, d.opt.Now())
	if err != nil {
		return false, "", err
	}
	if recovering {
		fp, err := copyOut(d.path, false, backup)
		if err != nil {
			return false, "", err
		}
		d.sess.Disk, d.sess.Dirty, d.sess.Since = prev.Disk, true, prev.Since
		if prev.Pending != nil && prev.Pending.SHA256 == fp.SHA256 {
			d.sess.Disk = fp // the crash came after a completed save
		}
		return true, backup, nil
	}
	if err := removeWork(d.work, d.state); err != nil {
		return false, "", err
	}
	d.sess.Disk, err = copyOut(d.path, false, d.work, backup)
	return false, backup, err
}

// Close saves unsaved changes, removes the lock note and the working copy.
// When the save fails the working copy is kept for recovery and the error
// is returned; the document is closed either way. When the document had
// changed on disk, the changes are saved beside it (see Save) and Close
// returns CodeChangedOnDisk naming that copy (Args KeptAs).
func (d *Document) Close() error {
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return nil
	}
	d.mu.Unlock()
	var saveErr error
	var res SaveResult
	if !d.readOnly && d.Dirty() {
		res, saveErr = d.Save()
	}
	d.mu.Lock()
	d.closed = true
	d.mu.Unlock()
	err := d.release()
	if saveErr != nil {
		d.mu.Lock()
		d.kept = true
		d.mu.Unlock()
		return saveErr
	}
	if e := removeWork(d.work, d.state); err == nil {
		err = e
	}
	if err == nil && res.KeptAs != "" {
		err = model.Errorf(model.CodeChangedOnDisk, "KeptAs", res.KeptAs)
	}
	return err
}

// Discard closes the document without saving: unsaved changes are thrown
// away with the working copy, so that a command that failed leaves nothing
// to recover. After a Close that could not save, it throws away the
// working copy Close kept.
func (d *Document) Discard() error {
	d.mu.Lock()
	if d.closed && !d.kept {
		d.mu.Unlock()
		return nil
	}
	wasClosed := d.closed
	d.closed, d.kept = true, false
	d.mu.Unlock()
	var err error
	if !wasClosed {
		err = d.release()
	}
	if e := removeWork(d.work, d.state); err == nil {
		err = e
	}
	return err
}

// release closes bbolt and gives up the lock note and the working copy's
// claim, leaving the working copy on disk.
func (d *Document) release() error {
	d.dbMu.Lock()
	defer d.dbMu.Unlock()
	var err error
	if d.db != nil {
		setSealer(d.db, nil)
		err = d.db.Close()
		d.db = nil
	}
	if e := d.dropLock(); err == nil {
		err = e
	}
	release(d.work)
	return err
}

// Path returns the document's absolute path.
func (d *Document) Path() string { return d.path }

// User returns who is working on the document.
func (d *Document) User() string { return d.opt.User }

// ReadOnly reports whether the document was opened read-only.
func (d *Document) ReadOnly() bool { return d.readOnly }

// Protected reports whether the document was opened read-only because
// the file is write-protected; changes are refused with CodeProtected.
func (d *Document) Protected() bool { return d.protected }

// Rollup reports whether the document is a roll-up of several councils'
// files (see Rollup), which is always opened read-only.
func (d *Document) Rollup() bool { return d.rollup }

// Council returns a copy of the document's council.
func (d *Document) Council() *model.Council {
	d.mu.Lock()
	defer d.mu.Unlock()
	c := *d.council
	return &c
}

// Dirty reports whether there are changes the document on disk lacks.
func (d *Document) Dirty() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.gen != d.savedGen || d.inflight > 0
}

// LastSaved returns when the document was last saved in this session; the
// zero time before the first save.
func (d *Document) LastSaved() time.Time {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.lastSaved
}

// OnChange registers fn to be called after every committed change, outside
// any transaction.
func (d *Document) OnChange(fn func()) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.onChange = append(d.onChange, fn)
}
