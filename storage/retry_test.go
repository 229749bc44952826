package storage

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"samverka/model"
)

// errHeld stands for the error Windows gives while another program holds a
// file; pretendBusy makes the retry loop take it as such on every system.
var errHeld = errors.New("held by another program")

func pretendBusy(t *testing.T) {
	t.Helper()
	oldCheck, oldWait, oldFirst := busyCheck, busyWait, busyFirst
	busyCheck = func(err error, path string) bool { return errors.Is(err, errHeld) || busy(err, path) }
	busyWait, busyFirst = 400*time.Millisecond, 10*time.Millisecond
	t.Cleanup(func() { busyCheck, busyWait, busyFirst = oldCheck, oldWait, oldFirst })
}

// watchBusy records what OnBusy tells.
func watchBusy(t *testing.T) func() []bool {
	var mu sync.Mutex
	var seen []bool
	stop := OnBusy(func(_ string, waiting bool) {
		mu.Lock()
		seen = append(seen, waiting)
		mu.Unlock()
	})
	t.Cleanup(stop)
	return func() []bool {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(seen)
	}
}

func TestRetryBusy(t *testing.T) {
	pretendBusy(t)
	t.Run("FreedWhileWaiting", func(t *testing.T) {
		seen := watchBusy(t)
		tries := 0
		err := retryBusy("x", func() error {
			if tries++; tries < 4 {
				return errHeld
			}
			return nil
		})
		if err != nil || tries != 4 {
			t.Errorf("err %v after %d tries", err, tries)
		}
		if got := seen(); !slices.Equal(got, []bool{true, false}) {
			t.Errorf("watchers told %v, want start and end of the wait", got)
		}
	})
	t.Run("HeldTooLong", func(t *testing.T) {
		start := time.Now()
		err := retryBusy("x", func() error { return errHeld })
		assertCode(t, err, CodeInUse)
		if !errors.Is(err, errHeld) {
			t.Error("the cause is lost")
		}
		if waited := time.Since(start); waited < busyWait || waited > busyWait+time.Second {
			t.Errorf("gave up after %v, want about %v", waited, busyWait)
		}
	})
	t.Run("OtherErrorsAtOnce", func(t *testing.T) {
		seen := watchBusy(t)
		tries := 0
		err := retryBusy("x", func() error { tries++; return fs.ErrPermission })
		if !errors.Is(err, fs.ErrPermission) || tries != 1 || len(seen()) != 0 {
			t.Errorf("err %v after %d tries, watchers %v", err, tries, seen())
		}
	})
}

// TestSaveWhileHeld saves while the document is held (as the rename would
// be refused on Windows), once briefly and once for longer than a save
// waits: the first save succeeds, the second refuses with CodeInUse and
// leaves the document and the working copy's changes as they were, and the
// next save succeeds.
func TestSaveWhileHeld(t *testing.T) {
	pretendBusy(t)
	d, _ := mustCreate(t)
	var mu sync.Mutex
	held := 0 // renames still to refuse
	renameOp := renameHook
	t.Cleanup(func() { renameHook = renameOp })
	renameHook = func(from, to string) error {
		mu.Lock()
		defer mu.Unlock()
		if held > 0 {
			held--
			return errHeld
		}
		return os.Rename(from, to)
	}

	mu.Lock()
	held = 3
	mu.Unlock()
	if err := d.Put(&model.Part{Name: "Fryshuset", Kind: model.PartAssociation}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Save(); err != nil {
		t.Fatalf("save after a short hold: %v", err)
	}

	before := mustRead(t, d.Path())
	mu.Lock()
	held = 1 << 30
	mu.Unlock()
	if err := d.Put(&model.Part{Name: "Hyresgästföreningen", Kind: model.PartAssociation}); err != nil {
		t.Fatal(err)
	}
	_, err := d.Save()
	assertCode(t, err, CodeInUse)
	assertUnchanged(t, d.Path(), before)
	if leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(d.Path()), ".*samverka-tmp*")); len(leftovers) > 0 {
		t.Errorf("temp files left: %v", leftovers)
	}

	mu.Lock()
	held = 0
	mu.Unlock()
	if _, err := d.Save(); err != nil {
		t.Fatalf("save once the file is free: %v", err)
	}
	ds, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Parts) != 2 {
		t.Errorf("%d parts after the saves, want 2", len(ds.Parts))
	}
}
