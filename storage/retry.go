package storage

import (
	"errors"
	"io/fs"
	"os"
	"sync"
	"time"

	"samverka/model"
)

// CodeInUse refuses a save because another program holds the document
// open (a OneDrive or SharePoint sync client, a virus scanner) for longer
// than a save waits. Nothing was written; the working copy keeps every
// change, and the next save tries again.
const CodeInUse = "file.inUse"

// Retrying a file another program holds: Windows refuses to replace or
// delete a file that another process has open without sharing deletion,
// and sync clients and virus scanners open every file for a moment right
// after it changes. Office waits several seconds in the same case.
var (
	// busyWait is how long a save waits in all for a busy file.
	busyWait = 10 * time.Second
	// busyFirst and busyMax bound the pause between two tries, which
	// doubles from the first to the last.
	busyFirst = 50 * time.Millisecond
	busyMax   = time.Second
)

// busyCheck is busy; tests on systems where nothing is ever busy replace it.
var busyCheck = busy

// busyWatchers are told when a save starts and stops waiting for a busy
// file; see OnBusy.
var (
	busyMu       sync.Mutex
	busyWatchers = map[int]func(path string, waiting bool){}
	busyNext     int
)

// OnBusy registers f to be told, from the saving goroutine, when a save of
// path starts waiting because another program holds the file (waiting
// true) and when it stops (false), so that a status line can say so. The
// returned function unregisters f.
func OnBusy(f func(path string, waiting bool)) (stop func()) {
	busyMu.Lock()
	defer busyMu.Unlock()
	id := busyNext
	busyNext++
	busyWatchers[id] = f
	return func() {
		busyMu.Lock()
		defer busyMu.Unlock()
		delete(busyWatchers, id)
	}
}

func tellBusy(path string, waiting bool) {
	busyMu.Lock()
	fs := make([]func(string, bool), 0, len(busyWatchers))
	for _, f := range busyWatchers {
		fs = append(fs, f)
	}
	busyMu.Unlock()
	for _, f := range fs {
		f(path, waiting)
	}
}

// retryBusy runs op until it succeeds, fails for a reason other than
// another program holding path, or path stays busy for busyWait. A file
// still busy then gives CodeInUse; other errors are returned as they are.
func retryBusy(path string, op func() error) error {
	err := op()
	if err == nil || !busyCheck(err, path) {
		return err
	}
	tellBusy(path, true)
	defer tellBusy(path, false)
	deadline := time.Now().Add(busyWait)
	pause := busyFirst
	for time.Now().Before(deadline) {
		time.Sleep(min(pause, time.Until(deadline)))
		pause = min(2*pause, busyMax)
		if err = op(); err == nil || !busyCheck(err, path) {
			return err
		}
	}
	return &model.Error{Code: CodeInUse, Err: err}
}

// renameRetrying renames from over to, waiting while another program
// holds to.
func renameRetrying(from, to string) error {
	return retryBusy(to, func() error { return renameHook(from, to) })
}

// renameHook is os.Rename; tests refuse renames with it as a busy Windows would.
var renameHook = os.Rename

// removeRetrying removes path, waiting while another program holds it (a
// virus scanner reads every new file, our temporary ones too); a file
// already gone is no error.
func removeRetrying(path string) error {
	return retryBusy(path, func() error {
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		return nil
	})
}
