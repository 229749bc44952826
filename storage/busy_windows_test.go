//go:build windows

package storage

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"samverka/model"
)

// tempDir is t.TempDir for these tests, which also run under Wine in
// make windows-smoke: Wine 8 lacks what Go 1.26's os.RemoveAll asks of
// Windows ("Invalid function"), so the folder is emptied file by file.
func tempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "samverka-busy-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		var paths []string
		filepath.Walk(dir, func(p string, _ os.FileInfo, _ error) error {
			paths = append(paths, p)
			return nil
		})
		for i := len(paths) - 1; i >= 0; i-- {
			os.Remove(paths[i])
		}
	})
	return dir
}

// hold opens path as OneDrive or a virus scanner does right after a
// change: for reading, sharing reading and writing but not deletion.
func hold(t *testing.T, path string) syscall.Handle {
	t.Helper()
	p, _ := syscall.UTF16PtrFromString(path)
	h, err := syscall.CreateFile(p, syscall.GENERIC_READ, syscall.FILE_SHARE_READ|syscall.FILE_SHARE_WRITE,
		nil, syscall.OPEN_EXISTING, syscall.FILE_ATTRIBUTE_NORMAL, 0)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestBusyClassification checks Windows' own answers: replacing a held file
// is busy, whatever code Windows (or Wine) gives for it; sharing and lock
// violations are busy; access denied on a file nobody holds is a real
// permission problem, as is any other error.
func TestBusyClassification(t *testing.T) {
	dir := tempDir(t)
	doc := filepath.Join(dir, "Rådet Skärholmen.samverka")
	tmp := filepath.Join(dir, "ny.tmp")
	for _, f := range []string{doc, tmp} {
		if err := os.WriteFile(f, []byte(f), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	h := hold(t, doc)
	err := os.Rename(tmp, doc)
	if err == nil {
		t.Fatal("Windows replaced a file another program holds")
	}
	t.Logf("rename over a held file: %v (%#v)", err, err)
	if !busy(err, doc) {
		t.Errorf("rename over a held file (%v) is not taken as busy", err)
	}
	oldWait := busyWait
	busyWait = 300 * time.Millisecond
	defer func() { busyWait = oldWait }()
	assertCode(t, renameRetrying(tmp, doc), CodeInUse)
	if got, _ := os.ReadFile(doc); string(got) != doc {
		t.Errorf("the held document was changed: %q", got)
	}
	syscall.CloseHandle(h)
	if err := os.Rename(tmp, doc); err != nil {
		t.Errorf("rename once the file is free: %v", err)
	}

	for _, c := range []struct {
		err  error
		busy bool
	}{
		{syscall.Errno(32), true},   // ERROR_SHARING_VIOLATION
		{syscall.Errno(33), true},   // ERROR_LOCK_VIOLATION
		{syscall.Errno(5), false},   // ERROR_ACCESS_DENIED, nobody holds doc
		{syscall.Errno(2), false},   // ERROR_FILE_NOT_FOUND
		{syscall.Errno(112), false}, // ERROR_DISK_FULL
	} {
		if got := busy(&os.PathError{Op: "open", Path: doc, Err: c.err}, doc); got != c.busy {
			t.Errorf("error %d: busy %v, want %v", c.err, got, c.busy)
		}
	}
}

// TestRenameWaitsForHolder lets go of the document while a save waits.
func TestRenameWaitsForHolder(t *testing.T) {
	dir := tempDir(t)
	doc := filepath.Join(dir, "Rådet.samverka")
	tmp := filepath.Join(dir, "ny.tmp")
	os.WriteFile(doc, []byte("gammal"), 0o644)
	os.WriteFile(tmp, []byte("ny"), 0o644)
	h := hold(t, doc)
	go func() {
		time.Sleep(700 * time.Millisecond)
		syscall.CloseHandle(h)
	}()
	if err := renameRetrying(tmp, doc); err != nil {
		t.Fatalf("rename after the holder let go: %v", err)
	}
	if got, _ := os.ReadFile(doc); string(got) != "ny" {
		t.Errorf("document holds %q", got)
	}
}

// TestTempRemovedWhenFreed removes a temporary file that a scanner holds.
func TestTempRemovedWhenFreed(t *testing.T) {
	tmp := filepath.Join(tempDir(t), ".Rådet.samverka-tmp-1-abc")
	os.WriteFile(tmp, []byte("x"), 0o644)
	h := hold(t, tmp)
	go func() {
		time.Sleep(500 * time.Millisecond)
		syscall.CloseHandle(h)
	}()
	if err := removeRetrying(tmp); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Errorf("temp file still there: %v", err)
	}
}

// TestLockNoteHidden: Explorer does not show the lock note.
func TestLockNoteHidden(t *testing.T) {
	dir := tempDir(t)
	d, err := Create(filepath.Join(dir, "Rådet.samverka"), &model.Council{Name: "Rådet Skärholmen"}, testOptions(t, dir))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	p, _ := syscall.UTF16PtrFromString(lockPath(d.Path()))
	attrs, err := syscall.GetFileAttributes(p)
	if err != nil {
		t.Fatal(err)
	}
	if attrs&syscall.FILE_ATTRIBUTE_HIDDEN == 0 {
		t.Errorf("lock note attributes %#x lack FILE_ATTRIBUTE_HIDDEN", attrs)
	}
}
