package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"samverka/model"
)

// lockPath names the lock note beside a document: ".<name>.samverka-lock".
// Not Office's "~$<name>" form: OneDrive and SharePoint never sync files
// starting with "~$", and the note must reach the other people sharing the
// folder. A leading dot hides it on macOS; Windows allows the name too.
func lockPath(doc string) string {
	return filepath.Join(filepath.Dir(doc), "."+stem(doc)+".samverka-lock")
}

// ReadLock returns the note of whoever has the document at path open, or
// nil when nobody has: a note left by a process of this computer that is
// gone counts as none. A note from another computer older than StaleAfter,
// and an empty or unreadable note older than a few seconds, are marked
// Stale.
func ReadLock(path string) (*LockNote, error) {
	abs, err := resolve(path)
	if err != nil {
		return nil, err
	}
	note, raw, err := readLockNote(abs)
	if note == nil || err != nil {
		return note, err
	}
	host, _ := os.Hostname()
	if raw.parsed && lockAbandoned(abs, note, host) {
		return nil, nil
	}
	note.Stale = lockStale(note, raw, host, time.Now())
	return note, nil
}

// maxLockNote bounds what is read of a lock note: a note is a few hundred
// bytes, and whatever else sits under its name must not be read whole.
const maxLockNote = 64 << 10

// unreadableGrace is how long an empty or unreadable note blocks: on a
// file system without hard links a note is created before it is written.
// After that it is taken for what a crash left.
const unreadableGrace = 10 * time.Second

// rawNote is what was read under a note's name.
type rawNote struct {
	data    []byte
	parsed  bool      // data is a LockNote
	modTime time.Time // the note file's
}

// readLockNote reads the note beside doc; an unreadable note is returned
// as a note from an unknown person.
func readLockNote(doc string) (*LockNote, rawNote, error) {
	var raw rawNote
	f, err := os.Open(lockPath(doc))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, raw, nil
	}
	if err != nil {
		return nil, raw, fileError(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, raw, fileError(err)
	}
	if !info.Mode().IsRegular() {
		return nil, raw, model.Errorf(CodeLockNotFile, "Path", lockPath(doc))
	}
	raw.modTime = info.ModTime()
	raw.data, err = io.ReadAll(io.LimitReader(f, maxLockNote))
	if err != nil {
		return nil, raw, fileError(err)
	}
	var note LockNote
	if err := json.Unmarshal(raw.data, &note); err != nil || note.Host == "" {
		return &LockNote{User: "?", Host: "?", Since: raw.modTime}, raw, nil
	}
	raw.parsed = true
	return &note, raw, nil
}

// lockStale reports whether a note is probably left over: from another
// computer and old, or unreadable and not just being written.
func lockStale(note *LockNote, raw rawNote, host string, now time.Time) bool {
	if !raw.parsed {
		// The file system's clock, not the session's, wrote modTime.
		return time.Since(raw.modTime) > unreadableGrace
	}
	return note.Host != host && now.Sub(note.Since) > StaleAfter
}

// lockAbandoned reports whether note was left by a process of this
// computer that is gone, so that it may be taken over silently.
func lockAbandoned(doc string, note *LockNote, host string) bool {
	if note.Host != host {
		return false
	}
	if note.PID == os.Getpid() {
		return !holdsLock(doc)
	}
	return !processAlive(note.PID)
}

// acquireLock puts note beside doc, created exclusively so that of two
// programs opening doc at the same moment exactly one gets it. A note left
// by a dead process of this computer, or an empty or unreadable one past
// its grace, is taken over; any other note refuses with CodeLocked.
func acquireLock(doc string, note *LockNote, host string, now time.Time) error {
	for range 8 {
		err := createLockNote(doc, note)
		if err == nil {
			holdLock(doc)
			return nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return err
		}
		current, raw, err := readLockNote(doc)
		if err != nil {
			return err
		}
		if current == nil {
			continue // removed meanwhile: try again
		}
		takeable := raw.parsed && lockAbandoned(doc, current, host) || !raw.parsed && lockStale(current, raw, host, now)
		if !takeable {
			current.Stale = lockStale(current, raw, host, now)
			return lockedError(current)
		}
		if err := takeOver(doc, raw.data); err != nil {
			return err
		}
	}
	return lockedError(&LockNote{User: "?", Host: "?", Since: now})
}

// createLockNote creates the note beside doc, failing with fs.ErrExist
// when there is one. The note is written to a file of its own and then
// hard-linked under the note's name, so that nobody ever reads half a
// note; where the file system has no hard links (FAT on a USB stick) it is
// created exclusively and then written.
func createLockNote(doc string, note *LockNote) error {
	data, err := json.MarshalIndent(note, "", "  ")
	if err != nil {
		return err
	}
	target := lockPath(doc)
	tmp := target + "-" + randomSuffix()
	if err := os.WriteFile(tmp, data, 0o666); err != nil {
		return fileError(err)
	}
	hide(tmp) // the link below shares the hidden attribute
	defer os.Remove(tmp)
	err = os.Link(tmp, target)
	if err == nil || errors.Is(err, fs.ErrExist) {
		return err
	}
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if errors.Is(err, fs.ErrExist) {
		return err
	}
	if err != nil {
		return fileError(err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	hide(target)
	if err != nil {
		os.Remove(target)
	}
	return fileError(err)
}

// takeOver removes the left-over note whose content was seen as seen. It
// moves the note aside first and compares: if another program replaced it
// meanwhile with a live note of its own, that note is put back, and the
// next attempt finds it.
func takeOver(doc string, seen []byte) error {
	target := lockPath(doc)
	aside := target + "-old-" + randomSuffix()
	if err := os.Rename(target, aside); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return fileError(err)
	}
	defer os.Remove(aside)
	moved, err := os.ReadFile(aside)
	if err == nil && !bytes.Equal(moved, seen) {
		os.Link(aside, target)
	}
	return nil
}

// lockedError refuses to open a document that note says is open
// elsewhere. LockedBy returns the note.
func lockedError(note *LockNote) *model.Error {
	e := model.Errorf(model.CodeLocked,
		"User", note.User, "Host", note.Host,
		"Since", note.Since.Local().Format("2006-01-02 15:04"), "Stale", note.Stale)
	e.Err = &lockedBy{note}
	return e
}

// lockedBy carries a lock note inside a CodeLocked error.
type lockedBy struct{ note *LockNote }

func (l *lockedBy) Error() string {
	return fmt.Sprintf("locked by %s on %s (pid %d) since %s", l.note.User, l.note.Host, l.note.PID, l.note.Since.Format(time.RFC3339))
}

// LockedBy returns the note behind a CodeLocked error, or nil.
func LockedBy(err error) *LockNote {
	var l *lockedBy
	if errors.As(err, &l) {
		return l.note
	}
	return nil
}

// writeLockNote writes note beside doc, replacing any note there: for a
// document opened anyway, whose next save is then noticed by the other
// session.
func writeLockNote(doc string, note *LockNote) error {
	data, err := json.MarshalIndent(note, "", "  ")
	if err != nil {
		return err
	}
	_, err = writeAtomic(lockPath(doc), func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}, nil)
	hide(lockPath(doc))
	return err
}

// removeLockNote removes the note beside doc if it is still note: someone
// who opened the document anyway may have replaced it.
func removeLockNote(doc string, note *LockNote) error {
	current, raw, err := readLockNote(doc)
	if err != nil || current == nil || !raw.parsed {
		return err
	}
	if current.Host != note.Host || current.PID != note.PID || !current.Since.Equal(note.Since) {
		return nil
	}
	return removeRetrying(lockPath(doc))
}
