package storage

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// session is the state file beside a working copy. It lets the next Open
// tell a crashed session's unsaved changes from a cleanly closed one.
type session struct {
	Path string `json:"path"` // the document
	User string `json:"user"`
	Host string `json:"host"`
	PID  int    `json:"pid"`
	// Disk is the document as this session last opened or saved it;
	// Pending is a save under way, so that a crash between the rename and
	// the next state write is not mistaken for someone else's change.
	Disk    fingerprint  `json:"disk"`
	Pending *fingerprint `json:"pending,omitempty"`
	Dirty   bool         `json:"dirty"`
	Since   time.Time    `json:"since,omitzero"` // first unsaved change
}

// readSession reads a state file; nil when there is none or it is
// unreadable (a crash while writing it loses nothing: the rename is
// atomic).
func readSession(path string) *session {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var s session
	if json.Unmarshal(data, &s) != nil {
		return nil
	}
	return &s
}

// write replaces the state file atomically; with sync durably too. Only
// the note that unsaved changes exist must survive a power cut: losing any
// other state write only costs an extra question or copy, never data.
func (s *session) write(path string, sync bool) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return fileError(err)
	}
	_, err = f.Write(data)
	if err == nil && sync {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return fileError(err)
}

// alive reports whether the session's process still runs, so its working
// copy is in use.
func (s *session) alive(host, workPath string) bool {
	if s.Host != host {
		return false
	}
	if s.PID == os.Getpid() {
		return openWork(workPath)
	}
	return processAlive(s.PID)
}

// opened tracks the working copies and documents open in this process: a
// note or state file naming this process's pid is only live while its
// document is still open here.
var opened = struct {
	sync.Mutex
	work map[string]bool
	docs map[string]int // lock notes held, by document path
}{work: map[string]bool{}, docs: map[string]int{}}

func openWork(work string) bool {
	opened.Lock()
	defer opened.Unlock()
	return opened.work[work]
}

// holdsLock reports whether this process holds doc's lock note.
func holdsLock(doc string) bool {
	opened.Lock()
	defer opened.Unlock()
	return opened.docs[doc] > 0
}

// claim registers a working copy as open here.
func claim(work string) {
	opened.Lock()
	defer opened.Unlock()
	opened.work[work] = true
}

func release(work string) {
	opened.Lock()
	defer opened.Unlock()
	delete(opened.work, work)
}

// holdLock registers that this process holds doc's lock note, before
// anything else is done with doc: another goroutine opening doc meanwhile
// must see the note as live.
func holdLock(doc string) {
	opened.Lock()
	defer opened.Unlock()
	opened.docs[doc]++
}

func dropLock(doc string) {
	opened.Lock()
	defer opened.Unlock()
	if opened.docs[doc]--; opened.docs[doc] <= 0 {
		delete(opened.docs, doc)
	}
}

// workFiles returns the working copy and state file of a document.
func workFiles(cacheDir, abs, suffix string) (work, state string) {
	base := filepath.Join(cacheDir, "work", pathKey(abs)+suffix)
	return base + ".db", base + ".json"
}

// removeWork removes a working copy and its state file.
func removeWork(work, state string) error {
	err := removeIfExists(work)
	if e := removeIfExists(state); err == nil {
		err = e
	}
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}
