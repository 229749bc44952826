package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSaveHashesWhileWriting: the fingerprint a save records is computed
// from the bytes as they are written, not by reading the file again: a
// byte put into the temporary file behind the writer's back is not in it.
func TestSaveHashesWhileWriting(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "Rådet.samverka")
	content := strings.Repeat("samverka ", 300000) // several copy buffers
	fp, err := writeAtomic(target, func(w io.Writer) error {
		if _, err := io.Copy(w, strings.NewReader(content)); err != nil {
			return err
		}
		matches, _ := filepath.Glob(filepath.Join(dir, ".*samverka-tmp-*"))
		if len(matches) != 1 {
			t.Fatalf("temporary files: %v", matches)
		}
		f, err := os.OpenFile(matches[0], os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = f.WriteString("!")
		return err
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(content))
	if fp.SHA256 != hex.EncodeToString(sum[:]) || fp.Size != int64(len(content)) {
		t.Fatalf("fingerprint %+v is not of what was written", fp)
	}
}

// TestSavedFingerprintIsTheFile: a real save's fingerprint is the file's.
func TestSavedFingerprintIsTheFile(t *testing.T) {
	d, _ := mustCreate(t)
	if err := d.Import(fullDataset(d.Council(), 20, 3)); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Save(); err != nil {
		t.Fatal(err)
	}
	want, err := fingerprintOf(d.Path())
	if err != nil {
		t.Fatal(err)
	}
	d.mu.Lock()
	got := d.sess.Disk
	d.mu.Unlock()
	if got.SHA256 != want.SHA256 || got.Size != want.Size {
		t.Fatalf("recorded %+v, the file is %+v", got, want)
	}
}
