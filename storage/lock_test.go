package storage

import (
	"os"
	"testing"
	"time"

	"samverka/model"
)

// closedDocument returns the path of a saved, closed document and options
// for opening it.
func closedDocument(t *testing.T) (string, Options) {
	t.Helper()
	d, opt := mustCreate(t)
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	return d.Path(), opt
}

func TestLockedByOthers(t *testing.T) {
	since := time.Date(2026, 2, 27, 14, 5, 0, 0, time.Local)
	tests := []struct {
		name  string
		note  LockNote
		stale bool
	}{
		{"OtherHost", LockNote{User: "bertil", Host: "kansliet-pc", PID: 4242, Since: time.Now().Add(-time.Hour)}, false},
		{"OtherHostOld", LockNote{User: "bertil", Host: "kansliet-pc", PID: 4242, Since: since}, true},
		{"SameHostLivePID", LockNote{User: "anna", PID: os.Getppid(), Since: since}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, opt := closedDocument(t)
			if tt.note.Host == "" {
				// ReadLock compares with this computer's real name.
				tt.note.Host, _ = os.Hostname()
				opt.Host = tt.note.Host
			}
			if err := writeLockNote(path, &tt.note); err != nil {
				t.Fatal(err)
			}
			data := mustRead(t, path)
			_, err := Open(path, opt)
			assertCode(t, err, model.CodeLocked)
			args := err.(*model.Error).Args
			if args["User"] != tt.note.User || args["Host"] != tt.note.Host ||
				args["Since"] != tt.note.Since.Local().Format("2006-01-02 15:04") {
				t.Fatalf("args %v", args)
			}
			note := LockedBy(err)
			if note == nil || note.User != tt.note.User || note.Stale != tt.stale {
				t.Fatalf("LockedBy %+v", note)
			}
			if read, err := ReadLock(path); err != nil || read == nil || read.PID != tt.note.PID || read.Stale != tt.stale {
				t.Fatalf("ReadLock %+v %v", read, err)
			}
			assertUnchanged(t, path, data)

			ro := opt
			ro.ReadOnly = true
			d, err := Open(path, ro)
			if err != nil {
				t.Fatalf("read-only: %v", err)
			}
			if d.Council().Name != "Rådet Skärholmen" {
				t.Fatal("read-only council")
			}
			_, err = d.Save()
			assertCode(t, err, model.CodeReadOnly)
			assertCode(t, d.Put(&model.Part{Name: "X", Kind: model.PartOther}), model.CodeReadOnly)
			if err := d.Close(); err != nil {
				t.Fatal(err)
			}
			if read, _ := ReadLock(path); read == nil || read.User != tt.note.User {
				t.Fatalf("read-only open touched the note: %+v", read)
			}
			assertUnchanged(t, path, data)

			anyway := opt
			anyway.IgnoreLock = true
			d, err = Open(path, anyway)
			if err != nil {
				t.Fatalf("open anyway: %v", err)
			}
			if read, _ := ReadLock(path); read == nil || read.PID != os.Getpid() {
				t.Fatalf("open anyway left note %+v", read)
			}
			d.Close()
		})
	}
}

func TestStaleNoteTakenOver(t *testing.T) {
	path, opt := closedDocument(t)
	dead := &LockNote{User: "anna", Host: "test-host", PID: deadPID(t), Since: time.Now().Add(-time.Minute)}
	if err := writeLockNote(path, dead); err != nil {
		t.Fatal(err)
	}
	d, err := Open(path, opt)
	if err != nil {
		t.Fatalf("stale note not taken over: %v", err)
	}
	note, err := ReadLock(path)
	if err != nil || note == nil || note.PID != os.Getpid() || note.User != "anna" {
		t.Fatalf("note after takeover %+v %v", note, err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if note, _ := ReadLock(path); note != nil {
		t.Fatalf("note left after Close: %+v", note)
	}
}

func TestOpenTwiceInOneProgram(t *testing.T) {
	path, opt := closedDocument(t)
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	_, err = Open(path, opt)
	assertCode(t, err, model.CodeLocked)

	// Opened anyway, both sessions work on copies of their own.
	opt.IgnoreLock = true
	d2, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	if d2.work == d.work {
		t.Fatal("two sessions share a working copy")
	}
	if err := d2.Put(&model.Part{Name: "Skolan", Kind: model.PartSchool}); err != nil {
		t.Fatal(err)
	}
	if err := d2.Close(); err != nil {
		t.Fatal(err)
	}
	if err := d.Put(&model.Part{Name: "Föreningen", Kind: model.PartAssociation}); err != nil {
		t.Fatal(err)
	}
	res, err := d.Save()
	if err != nil || res.KeptAs == "" {
		t.Fatalf("the first session must keep its version beside: %+v %v", res, err)
	}
}

func TestUnreadableNoteIsSomeoneElse(t *testing.T) {
	path, opt := closedDocument(t)
	if err := os.WriteFile(lockPath(path), []byte("{trasig"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path, opt)
	assertCode(t, err, model.CodeLocked)
}
