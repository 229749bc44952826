package storage

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"samverka/model"
)

func TestChangedOnDiskKeepsBoth(t *testing.T) {
	path, opt := closedDocument(t)
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	p := &model.Part{Name: "Min ändring", Kind: model.PartOther}
	if err := d.Put(p); err != nil {
		t.Fatal(err)
	}
	if changed, err := d.ChangedOnDisk(); err != nil || changed {
		t.Fatalf("ChangedOnDisk before: %v %v", changed, err)
	}
	// Someone else saves the document meanwhile.
	_, other := realDocument(t)
	if err := os.WriteFile(path, other, 0o644); err != nil {
		t.Fatal(err)
	}
	if changed, err := d.ChangedOnDisk(); err != nil || !changed {
		t.Fatalf("ChangedOnDisk after: %v %v", changed, err)
	}
	res, err := d.Save()
	if err != nil {
		t.Fatal(err)
	}
	assertUnchanged(t, path, other)
	want := filepath.Join(filepath.Dir(path), "Rådet (kopia från anna 2026-03-01 ")
	if !strings.HasPrefix(res.KeptAs, want) || !strings.HasSuffix(res.KeptAs, ").samverka") {
		t.Fatalf("KeptAs %q", res.KeptAs)
	}
	st, err := Check(res.KeptAs)
	if err != nil || st.Counts[model.KindPart] != 1 {
		t.Fatalf("kept copy %+v %v", st, err)
	}
	// Later saves go to the same copy, never over the document.
	if err := d.Put(&model.Part{Name: "Till", Kind: model.PartOther}); err != nil {
		t.Fatal(err)
	}
	res2, err := d.Save()
	if err != nil || res2.KeptAs != res.KeptAs {
		t.Fatalf("second save %+v %v", res2, err)
	}
	if st, _ := Check(res.KeptAs); st.Counts[model.KindPart] != 2 {
		t.Fatalf("kept copy after second save %+v", st)
	}
	if err := d.Put(&model.Part{Name: "Sist", Kind: model.PartOther}); err != nil {
		t.Fatal(err)
	}
	err = d.Close()
	assertCode(t, err, model.CodeChangedOnDisk)
	if kept := err.(*model.Error).Args["KeptAs"]; kept != res.KeptAs {
		t.Fatalf("Close kept as %v", kept)
	}
	assertUnchanged(t, path, other)
	if st, _ := Check(res.KeptAs); st.Counts[model.KindPart] != 3 {
		t.Fatalf("kept copy after close %+v", st)
	}
}

func TestKeptNameIsUnique(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "Rådet.samverka")
	now := (&testClock{}).now()
	first := keptName(doc, `KOMMUN\anna`, now)
	if strings.ContainsAny(filepath.Base(first), `\`) {
		t.Fatalf("unsafe name %q", first)
	}
	if err := os.WriteFile(first, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if second := keptName(doc, `KOMMUN\anna`, now); second == first || !strings.HasSuffix(second, " 2).samverka") && !strings.HasSuffix(second, ") 2.samverka") {
		t.Fatalf("second %q", second)
	}
}

func TestSaveFailureKeepsDocument(t *testing.T) {
	path, opt := closedDocument(t)
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	data := mustRead(t, path)
	if err := d.Put(&model.Part{Name: "Skolan", Kind: model.PartSchool}); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(path)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	if f, err := os.Create(filepath.Join(dir, "probe")); err == nil {
		f.Close()
		t.Skip("running with rights that ignore folder permissions")
	}
	_, err = d.Save()
	assertCode(t, err, model.CodePermission)
	assertUnchanged(t, path, data)
	if !d.Dirty() {
		t.Fatal("a failed save must leave the document dirty")
	}
	os.Chmod(dir, 0o755)
	if _, err := d.Save(); err != nil {
		t.Fatal(err)
	}
}

func TestWriteAtomicFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "Rådet.samverka")
	if err := os.WriteFile(target, []byte("gammalt"), 0o644); err != nil {
		t.Fatal(err)
	}
	full := &fs.PathError{Op: "write", Path: target, Err: syscall.ENOSPC}
	_, err := writeAtomic(target, func(w io.Writer) error {
		w.Write([]byte("halvt"))
		return full
	}, nil)
	assertCode(t, err, model.CodeDiskFull)
	assertUnchanged(t, target, []byte("gammalt"))
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("left behind: %v", entries)
	}
}

func TestFileErrorCodes(t *testing.T) {
	internal := errors.New("bbolt: something")
	tests := []struct {
		name string
		err  error
		code string
	}{
		{"ENOSPC", &fs.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}, model.CodeDiskFull},
		{"EDQUOT", &fs.PathError{Op: "write", Path: "x", Err: syscall.EDQUOT}, model.CodeDiskFull},
		{"EACCES", &fs.PathError{Op: "open", Path: "x", Err: syscall.EACCES}, model.CodePermission},
		{"EPERM", &os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.EPERM}, model.CodePermission},
		{"ENOENT", &fs.PathError{Op: "open", Path: "x", Err: syscall.ENOENT}, model.CodeNotFound},
		{"Wrapped", errors.Join(errors.New("save"), &fs.PathError{Op: "sync", Path: "x", Err: syscall.ENOSPC}), model.CodeDiskFull},
		{"Model", model.Errorf(model.CodeLocked), model.CodeLocked},
		{"Internal", internal, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fileError(tt.err)
			if model.CodeOf(got) != tt.code {
				t.Fatalf("%v → %v", tt.err, got)
			}
			if !errors.Is(got, tt.err) && got != tt.err {
				t.Fatalf("cause lost: %v", got)
			}
		})
	}
}

func TestSaveCopyAs(t *testing.T) {
	d, _ := mustCreate(t)
	if err := d.Put(&model.Part{Name: "Skolan", Kind: model.PartSchool}); err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(t.TempDir(), "Kopia.samverka")
	if err := d.SaveCopyAs(copyPath); err != nil {
		t.Fatal(err)
	}
	if st, err := Check(copyPath); err != nil || st.Counts[model.KindPart] != 1 {
		t.Fatalf("copy %+v %v", st, err)
	}
	if !d.Dirty() {
		t.Fatal("a copy is not a save")
	}
}

func TestCreateRefusesExisting(t *testing.T) {
	path := writeFile(t, "Rådet.samverka", []byte("viktigt"))
	_, err := Create(path, &model.Council{Name: "Rådet"}, testOptions(t, t.TempDir()))
	assertCode(t, err, CodeExists)
	assertUnchanged(t, path, []byte("viktigt"))
}

func TestSaveFailureBeforeRenameLeavesNoTrace(t *testing.T) {
	path, opt := closedDocument(t)
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	data := mustRead(t, path)
	if err := d.Put(&model.Part{Name: "Skolan", Kind: model.PartSchool}); err != nil {
		t.Fatal(err)
	}
	// A folder where the state file's temporary goes makes the save
	// fail after the new file is written, just before the rename.
	blocker := d.state + ".tmp"
	if err := os.Mkdir(blocker, 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Save(); err == nil {
		t.Fatal("saved")
	}
	assertUnchanged(t, path, data)
	if !d.Dirty() {
		t.Fatal("a failed save must leave the document dirty")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range entries {
		if strings.Contains(e.Name(), "samverka-tmp") {
			t.Fatalf("temporary file left: %s", e.Name())
		}
	}
	os.Remove(blocker)
	if _, err := d.Save(); err != nil {
		t.Fatal(err)
	}
	if st, err := Check(path); err != nil || st.Counts[model.KindPart] != 1 {
		t.Fatalf("after retry %+v %v", st, err)
	}
}
