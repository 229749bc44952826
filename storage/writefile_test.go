package storage

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestWriteFile replaces a file's content whole, leaves no temporary file
// behind, and leaves the old content when the folder refuses.
func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "Åtgärdsplan 2026.pdf")
	for _, content := range []string{"first version", "second"} {
		if err := WriteFile(path, []byte(content)); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != content {
			t.Fatalf("read back %q, %v; want %q", got, err, content)
		}
	}
	if runtime.GOOS != "windows" {
		if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o644 {
			t.Fatalf("mode %v, %v", st.Mode(), err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("files left in the folder: %v", entries)
	}
	if err := WriteFile(filepath.Join(dir, "missing", "x.pdf"), []byte("x")); err == nil {
		t.Fatal("writing into a missing folder succeeded")
	}
	if got, _ := os.ReadFile(path); string(got) != "second" {
		t.Fatalf("content after a failed write elsewhere %q", got)
	}
}
