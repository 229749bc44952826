package storage

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"samverka/model"
)

// FuzzOpen opens and checks arbitrary bytes: nothing may panic, every
// refusal is a *model.Error, and the file is never changed.
func FuzzOpen(f *testing.F) {
	_, doc := realDocument(f)
	f.Add([]byte{})
	f.Add(doc)
	for _, n := range []int{1, 100, 4095, 4096, 8192, len(doc) / 2, len(doc) - 1} {
		f.Add(doc[:n])
	}
	for _, off := range []int{pageHeaderSize + 8, pageHeaderSize + 40, pageSize + pageHeaderSize + 40, 2 * pageSize, 3*pageSize + 20, len(doc) - 100} {
		b := append([]byte(nil), doc...)
		b[off] ^= 0x10
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		path := filepath.Join(dir, "Rådet.samverka")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Check(path); err != nil {
			assertModelError(t, "Check", err)
		}
		assertUnchanged(t, path, data)
		// Read-only: no lock note or state file to sync, so the fuzzer runs
		// many more inputs; the parsing is the same.
		opt := testOptions(t, dir)
		opt.ReadOnly = true
		d, err := Open(path, opt)
		if err != nil {
			assertModelError(t, "Open", err)
			assertUnchanged(t, path, data)
			return
		}
		if _, err := d.Load(); err != nil {
			assertModelError(t, "Load", err)
		}
		if err := d.Close(); err != nil {
			assertModelError(t, "Close", err)
		}
		assertUnchanged(t, path, data)
	})
}

func assertModelError(t *testing.T, op string, err error) {
	t.Helper()
	var me *model.Error
	if !errors.As(err, &me) {
		t.Fatalf("%s: internal error %T: %v", op, err, err)
	}
}
