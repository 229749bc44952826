package storage

import (
	"encoding/json"
	"errors"
	"fmt"
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
// nil when nobody has. A note from another computer older than StaleAfter
// is marked Stale.
func ReadLock(path string) (*LockNote, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	note, err := readLockNote(abs)
	if note != nil {
		host, _ := os.Hostname()
		note.Stale = lockStale(note, host, time.Now())
	}
	return note, err
}

// readLockNote reads the note beside doc; an unreadable note is treated as
// a note from an unknown person.
func readLockNote(doc string) (*LockNote, error) {
	data, err := os.ReadFile(lockPath(doc))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fileError(err)
	}
	var note LockNote
	if err := json.Unmarshal(data, &note); err != nil {
		return &LockNote{User: "?", Host: "?"}, nil
	}
	return &note, nil
}

// lockStale reports whether note from another computer is old.
func lockStale(note *LockNote, host string, now time.Time) bool {
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

// writeLockNote writes note beside doc, replacing an abandoned one.
func writeLockNote(doc string, note *LockNote) error {
	data, err := json.MarshalIndent(note, "", "  ")
	if err != nil {
		return err
	}
	return fileError(os.WriteFile(lockPath(doc), data, 0o666))
}

// removeLockNote removes the note beside doc if it is still note: someone
// who opened the document anyway may have replaced it.
func removeLockNote(doc string, note *LockNote) error {
	current, err := readLockNote(doc)
	if err != nil || current == nil {
		return err
	}
	if current.Host != note.Host || current.PID != note.PID || !current.Since.Equal(note.Since) {
		return nil
	}
	return removeIfExists(lockPath(doc))
}
