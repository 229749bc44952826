package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"samverka/demo"
	"samverka/model"
	"samverka/storage"
)

// schema3Demo writes the small example council as schema 3 stored it (the
// format before the record index: made with `demo --today 2026-01-15` by
// commit 8b76e2e) to dir and returns its path.
func schema3Demo(t *testing.T, dir string) string {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "storage", "testdata", "schema3-demo.samverka.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "Rådet Skärholmen.samverka")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestOutputsSameAfterMigration: every reading command prints the same
// bytes (stdout, stderr and the files it writes) for the example council
// in the format of schema 3, which is read whole and migrated in a private
// copy, and for the same file migrated to schema 4, which the documents
// about one agreement or meeting, list, stats and verify read by need.
func TestOutputsSameAfterMigration(t *testing.T) {
	isolate(t)
	oldDir, newDir := t.TempDir(), t.TempDir()
	oldFile, newFile := schema3Demo(t, oldDir), schema3Demo(t, newDir)
	d, err := storage.Open(newFile, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	for path, whole := range map[string]bool{oldFile: true, newFile: false} {
		r, err := storage.OpenReader(path, "")
		if err != nil {
			t.Fatal(err)
		}
		if r.ReadWhole() != whole {
			t.Fatalf("%s: read whole %v, want %v", path, r.ReadWhole(), whole)
		}
		r.Close()
		// Printing a signed agreement records the printout: keep the
		// files as they are, both refuse it alike.
		if err := os.Chmod(path, 0o444); err != nil {
			t.Fatal(err)
		}
	}
	ds := demo.GenerateAt(demo.Small, 1, demo.Today)
	var commands [][]string
	commands = append(commands, []string{"stats", "FILE"}, []string{"stats", "--json", "FILE"}, []string{"check", "FILE"},
		[]string{"export", "FILE", "--json", "OUT/export.json"},
		[]string{"pdf", "FILE", "plan", "--to", "2026-01-15", "-o", "OUT/plan.pdf"},
		[]string{"pdf", "FILE", "report", "--from", "2025-01-01", "--to", "2025-12-31", "-o", "OUT/report.pdf"})
	for _, k := range model.Kinds {
		commands = append(commands, []string{"list", "FILE", string(k)}, []string{"list", "--json", "FILE", string(k)})
	}
	for _, a := range ds.Agreements {
		commands = append(commands,
			[]string{"pdf", "FILE", "agreement", a.ID, "-o", "OUT/a-" + a.ID + ".pdf"},
			[]string{"pdf", "FILE", "agreement", a.ID, "--lang", "en", "-o", "OUT/a-en-" + a.ID + ".pdf"},
			[]string{"pdf", "FILE", "promise", a.ID, "--to", "2026-01-15", "-o", "OUT/p-" + a.ID + ".pdf"},
			[]string{"verify", "FILE", "OUT/a-" + a.ID + ".pdf"})
	}
	for _, m := range ds.Meetings {
		for _, kind := range []string{"minutes", "invitation", "attendance"} {
			commands = append(commands, []string{"pdf", "FILE", kind, m.ID, "-o", "OUT/" + kind + "-" + m.ID + ".pdf"})
		}
	}
	commands = append(commands, []string{"pdf", "FILE", "agreement", "no-such-id", "-o", "OUT/none.pdf"},
		[]string{"pdf", "FILE", "minutes", "no-such-id", "-o", "OUT/none.pdf"})
	if len(ds.Agreements) == 0 || len(ds.Meetings) == 0 {
		t.Fatal("the example council has no agreements or meetings")
	}
	// The new file is read by need, never whole because an index
	// disagreed.
	r, err := storage.OpenReader(newFile, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ds.Agreements {
		if _, err := r.Agreement(a.ID); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range ds.Meetings {
		if _, err := r.Meeting(m.ID); err != nil {
			t.Fatal(err)
		}
	}
	if r.ReadWhole() || r.FellBack() {
		t.Fatal("the migrated file was read whole")
	}
	r.Close()
	outOld, outNew := t.TempDir(), t.TempDir()
	run := func(file, out string, args []string) (int, string, string) {
		args = slices.Clone(args)
		for i, a := range args {
			a = strings.ReplaceAll(a, "FILE", file)
			args[i] = strings.ReplaceAll(a, "OUT", out)
		}
		code, stdout, stderr := cli(t, args...)
		clean := func(s string) string {
			return strings.NewReplacer(file, "FILE", out, "OUT").Replace(s)
		}
		return code, clean(stdout), clean(stderr)
	}
	for _, args := range commands {
		c1, o1, e1 := run(oldFile, outOld, args)
		c2, o2, e2 := run(newFile, outNew, args)
		if c1 != c2 || o1 != o2 || e1 != e2 {
			t.Errorf("%v: schema 3 gives %d %q %q, schema 4 %d %q %q", args, c1, head(o1), e1, c2, head(o2), e2)
		}
	}
	files, _ := os.ReadDir(outOld)
	if len(files) < len(ds.Agreements)*3+len(ds.Meetings)*3 {
		t.Fatalf("only %d files written", len(files))
	}
	for _, f := range files {
		a, b := mustReadFile(t, filepath.Join(outOld, f.Name())), mustReadFile(t, filepath.Join(outNew, f.Name()))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs: %d and %d bytes", f.Name(), len(a), len(b))
		}
	}
}

// head returns the start of s, for messages.
func head(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}
