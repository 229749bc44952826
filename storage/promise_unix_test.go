//go:build !windows

package storage

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"samverka/model"
)

// TestFIFORefused: a pipe named like a data file is refused at once; opening
// it for reading would wait for a writer for ever.
func TestFIFORefused(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.samverka")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip("no pipes here:", err)
	}
	done := make(chan error, 2)
	go func() { _, err := Check(path); done <- err }()
	go func() { _, err := Open(path, testOptions(t, dir)); done <- err }()
	for range 2 {
		select {
		case err := <-done:
			assertCode(t, err, CodeNotRegular)
		case <-time.After(10 * time.Second):
			t.Fatal("a pipe hangs the program")
		}
	}
}

// TestFullDisk saves onto a small tmpfs that is full: the save is refused
// with the full-disk message, the document is as it was, no temporary file
// is left, and after Discard the next command works once there is room.
func TestFullDisk(t *testing.T) {
	dir := t.TempDir()
	disk := filepath.Join(dir, "usb")
	if err := os.Mkdir(disk, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small disk: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", disk).Run() })
	opt := testOptions(t, dir)
	path := filepath.Join(disk, "Rådet.samverka")
	d, err := Create(path, &model.Council{Name: "Rådet"}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	before := mustRead(t, path)
	d, err = Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	ds := fullDataset(d.Council(), 300, 2)
	if err := d.Import(ds); err != nil {
		t.Fatal(err)
	}
	filler := filepath.Join(disk, "fyllnad")
	f, _ := os.Create(filler)
	f.Write(make([]byte, 4<<20)) // fills the disk; the error is expected
	f.Close()
	err = d.Close()
	assertCode(t, err, model.CodeDiskFull)
	assertUnchanged(t, path, before)
	if hasTemp(t, disk) {
		t.Fatal("a failed save left its temporary file")
	}
	if err := d.Discard(); err != nil {
		t.Fatal(err)
	}
	os.Remove(filler)
	d, err = Open(path, opt)
	if err != nil {
		t.Fatalf("after the full disk: %v", err)
	}
	if err := d.Put(&model.Part{Name: "Nu finns plats", Kind: model.PartOther}); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
}
