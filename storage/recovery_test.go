package storage

import (
	"os"
	"testing"

	"samverka/model"
)

// crashedWithChange opens a saved document, puts a part and crashes. It
// returns the document's path, its bytes, the options and the part.
func crashedWithChange(t *testing.T) (string, []byte, Options, *model.Part) {
	t.Helper()
	path, opt := closedDocument(t)
	data := mustRead(t, path)
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	p := &model.Part{Name: "Stadsdelsförvaltningen", Kind: model.PartDistrict}
	if err := d.Put(p); err != nil {
		t.Fatal(err)
	}
	crash(d)
	return path, data, opt, p
}

func TestRecoveryRefusedWithoutChoice(t *testing.T) {
	path, data, opt, _ := crashedWithChange(t)
	_, err := Open(path, opt)
	assertCode(t, err, model.CodeRecovery)
	if tm, _ := err.(*model.Error).Args["Time"].(string); len(tm) != len("2006-01-02 15:04") {
		t.Fatalf("Time %q", tm)
	}
	assertUnchanged(t, path, data)
	// Asking again changes nothing.
	_, err = Open(path, opt)
	assertCode(t, err, model.CodeRecovery)
}

func TestRecover(t *testing.T) {
	path, data, opt, p := crashedWithChange(t)
	opt.Recover = true
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Get(model.KindPart, p.ID); err != nil {
		t.Fatalf("unsaved change lost: %v", err)
	}
	if !d.Dirty() {
		t.Fatal("recovered changes must be saved")
	}
	assertUnchanged(t, path, data)
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if st, err := Check(path); err != nil || st.Counts[model.KindPart] != 1 {
		t.Fatalf("after recovery and close: %+v %v", st, err)
	}
}

func TestDiscardRecovery(t *testing.T) {
	path, data, opt, p := crashedWithChange(t)
	opt.DiscardRecovery = true
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	_, err = d.Get(model.KindPart, p.ID)
	assertCode(t, err, model.CodeRecordNotFound)
	if d.Dirty() {
		t.Fatal("dirty after discarding")
	}
	assertUnchanged(t, path, data)
}

func TestCrashAfterSaveNeedsNoRecovery(t *testing.T) {
	path, opt := closedDocument(t)
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Put(&model.Part{Name: "Skolan", Kind: model.PartSchool}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Save(); err != nil {
		t.Fatal(err)
	}
	crash(d)
	d, err = Open(path, opt)
	if err != nil {
		t.Fatalf("clean working copy of a crash: %v", err)
	}
	defer d.Close()
	if list, _ := d.List(model.KindPart); len(list) != 1 {
		t.Fatalf("parts %v", list)
	}
}

func TestRecoverAfterCrashBetweenRenameAndState(t *testing.T) {
	path, opt := closedDocument(t)
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Put(&model.Part{Name: "Skolan", Kind: model.PartSchool}); err != nil {
		t.Fatal(err)
	}
	// Save by hand up to the rename, leaving the state file saying a
	// save is pending, as a crash right after the rename would.
	_, err = writeAtomic(path, d.writeTo(nil), func(fp fingerprint) error {
		d.sess.Pending = &fp
		return d.sess.write(d.state, false)
	})
	if err != nil {
		t.Fatal(err)
	}
	crash(d)
	opt.Recover = true
	d, err = Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if changed, err := d.ChangedOnDisk(); err != nil || changed {
		t.Fatalf("own completed save taken for someone else's: %v %v", changed, err)
	}
	if err := d.Put(&model.Part{Name: "Polisen", Kind: model.PartPolice}); err != nil {
		t.Fatal(err)
	}
	if res, err := d.Save(); err != nil || res.KeptAs != "" {
		t.Fatalf("save %+v %v", res, err)
	}
}

func TestDamagedWorkingCopyFallsBackToDocument(t *testing.T) {
	path, data, opt, _ := crashedWithChange(t)
	work, _ := workFiles(opt.CacheDir, path, "")
	if err := os.Truncate(work, 100); err != nil {
		t.Fatal(err)
	}
	opt.Recover = true
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	assertUnchanged(t, path, data)
}
