package storage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"samverka/model"
)

// TestDeadProcessNoteIsNoNote: after a kill -9 the note of a process that is
// gone blocks nothing, for Check's reading and for Open alike.
func TestDeadProcessNoteIsNoNote(t *testing.T) {
	path, opt := closedDocument(t)
	host, _ := os.Hostname()
	opt.Host = host
	dead := &LockNote{User: "root", Host: host, PID: deadPID(t), Since: time.Now().Add(-time.Minute)}
	if err := writeLockNote(path, dead); err != nil {
		t.Fatal(err)
	}
	if note, err := ReadLock(path); note != nil || err != nil {
		t.Fatalf("ReadLock after the process died: %+v %v", note, err)
	}
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
}

// TestBrokenNoteNeverBlocksForGood: an empty or unreadable note blocks
// only while it may be a note being written.
func TestBrokenNoteNeverBlocksForGood(t *testing.T) {
	for name, content := range map[string]string{"Empty": "", "Garbage": "{trasig", "Binary": "\x00\x01\x02"} {
		t.Run(name, func(t *testing.T) {
			path, opt := closedDocument(t)
			if err := os.WriteFile(lockPath(path), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Open(path, opt)
			assertCode(t, err, model.CodeLocked)
			old := time.Now().Add(-time.Minute)
			if err := os.Chtimes(lockPath(path), old, old); err != nil {
				t.Fatal(err)
			}
			if note, err := ReadLock(path); err != nil || note == nil || !note.Stale {
				t.Fatalf("ReadLock of an old broken note: %+v %v", note, err)
			}
			d, err := Open(path, opt)
			if err != nil {
				t.Fatalf("an old broken note still blocks: %v", err)
			}
			d.Close()
		})
	}
}

// TestLockNoteThatIsAFolder gets its own message, not an internal error.
func TestLockNoteThatIsAFolder(t *testing.T) {
	path, opt := closedDocument(t)
	if err := os.Mkdir(lockPath(path), 0o755); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path, opt)
	assertCode(t, err, CodeLockNotFile)
	_, err = ReadLock(path)
	assertCode(t, err, CodeLockNotFile)
}

// TestSaveThroughLink replaces the file a link points to; the link stays,
// and the lock note sits beside the real file.
func TestSaveThroughLink(t *testing.T) {
	real, opt := closedDocument(t)
	link := filepath.Join(t.TempDir(), "Länk.samverka")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	d, err := Open(link, opt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(lockPath(real)); err != nil {
		t.Fatalf("no lock note beside the real file: %v", err)
	}
	if err := d.Put(&model.Part{Meta: model.Meta{ID: "via-link"}, Name: "Via länken", Kind: model.PartOther}); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", info.Mode(), err)
	}
	ro := opt
	ro.ReadOnly = true
	rd, err := Open(real, ro)
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	if _, err := rd.Get(model.KindPart, "via-link"); err != nil {
		t.Fatalf("the real file lacks the change: %v", err)
	}
}

// TestLinkLoop gets its own message.
func TestLinkLoop(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.samverka"), filepath.Join(dir, "b.samverka")
	if err := os.Symlink(b, a); err != nil {
		t.Skip("no symlinks here:", err)
	}
	os.Symlink(a, b)
	_, err := Open(a, testOptions(t, dir))
	assertCode(t, err, CodeSymlinkLoop)
	_, err = Check(a)
	assertCode(t, err, CodeSymlinkLoop)
}

// TestWriteProtectedFileOpensReadOnly: a read-only file is never replaced;
// it opens read-only and says why changes are refused.
func TestWriteProtectedFileOpensReadOnly(t *testing.T) {
	path, opt := closedDocument(t)
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	before := mustRead(t, path)
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	if !d.ReadOnly() || !d.Protected() {
		t.Fatalf("read-only %v, protected %v", d.ReadOnly(), d.Protected())
	}
	err = d.Put(&model.Part{Name: "Ny", Kind: model.PartOther})
	assertCode(t, err, CodeProtected)
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	assertUnchanged(t, path, before)
	if _, err := os.Stat(lockPath(path)); err == nil {
		t.Fatal("a read-only open left a lock note")
	}
}

// TestCrashedSaveLeftoverSwept: the temporary file of a save killed half
// way is removed at the next open, however young it is.
func TestCrashedSaveLeftoverSwept(t *testing.T) {
	path, opt := closedDocument(t)
	opt.Now = time.Now
	left := filepath.Join(filepath.Dir(path), ".Rådet.samverka-tmp-"+itoa(deadPID(t))+"-0123456789ab")
	live := filepath.Join(filepath.Dir(path), ".Rådet.samverka-tmp-"+itoa(os.Getppid())+"-0123456789ab")
	for _, name := range []string{left, live} {
		if err := os.WriteFile(name, make([]byte, 64<<10), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if _, err := os.Stat(left); err == nil {
		t.Error("a crashed save's temporary file is left")
	}
	if _, err := os.Stat(live); err != nil {
		t.Error("a live process's save was swept")
	}
}

// TestFailedCommandLeavesNothingToRecover: a command whose save fails
// throws its work away with Discard; the next command opens the file
// without a recovery question and works.
func TestFailedCommandLeavesNothingToRecover(t *testing.T) {
	path, opt := closedDocument(t)
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Put(&model.Part{Name: "Förlorad", Kind: model.PartOther}); err != nil {
		t.Fatal(err)
	}
	// The document's folder becomes unreachable: the save fails.
	dir := filepath.Dir(path)
	if err := os.Rename(dir, dir+"-borta"); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err == nil {
		t.Fatal("Close saved into a folder that is gone")
	}
	if err := os.Rename(dir+"-borta", dir); err != nil {
		t.Fatal(err)
	}
	if err := d.Discard(); err != nil {
		t.Fatal(err)
	}
	d, err = Open(path, opt)
	if err != nil {
		t.Fatalf("after a failed, discarded command: %v", err)
	}
	if err := d.Put(&model.Part{Name: "Nästa", Kind: model.PartOther}); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestHugeFileRefused: no file larger than any council's is read.
func TestHugeFileRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "stor.samverka")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxDocumentSize + 1); err != nil {
		t.Skip("no sparse files here:", err)
	}
	f.Close()
	_, err = Check(path)
	assertCode(t, err, CodeTooLarge)
}

func hasTemp(t *testing.T, dir string) bool {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.Contains(e.Name(), ".samverka-tmp-") {
			return true
		}
	}
	return false
}
