package storage

import (
	"bytes"
	"testing"

	"samverka/model"
)

func TestBackupsRollAtTwenty(t *testing.T) {
	path, opt := closedDocument(t)
	var states [][]byte
	for i := range keepBackups + 5 {
		states = append(states, mustRead(t, path))
		d, err := Open(path, opt)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		if err := d.Put(&model.Part{Name: "Part", Kind: model.PartOther}); err != nil {
			t.Fatal(err)
		}
		if err := d.Close(); err != nil {
			t.Fatal(err)
		}
	}
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	backups, err := d.Backups()
	if err != nil {
		t.Fatal(err)
	}
	if len(backups) != keepBackups {
		t.Fatalf("%d backups", len(backups))
	}
	for i := 1; i < len(backups); i++ {
		if !backups[i-1].Time.After(backups[i].Time) {
			t.Fatalf("not newest first: %v, %v", backups[i-1].Time, backups[i].Time)
		}
	}
	// The newest backup is the document as this open found it; the
	// oldest kept is the state 19 opens before.
	if !bytes.Equal(mustRead(t, backups[0].Path), mustRead(t, path)) {
		t.Fatal("newest backup is not the document at open")
	}
	if !bytes.Equal(mustRead(t, backups[keepBackups-1].Path), states[len(states)-keepBackups+1]) {
		t.Fatal("oldest kept backup is not the state 19 opens back")
	}
}

func TestUnchangedOpensKeepOneBackup(t *testing.T) {
	path, opt := closedDocument(t)
	for range 3 {
		d, err := Open(path, opt)
		if err != nil {
			t.Fatal(err)
		}
		d.Close()
	}
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if backups, _ := d.Backups(); len(backups) != 1 {
		t.Fatalf("%d backups of one unchanged state", len(backups))
	}
}

func TestRestoreBackup(t *testing.T) {
	path, opt := closedDocument(t)
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	p := &model.Part{Name: "Ändrad", Kind: model.PartOther}
	if err := d.Put(p); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Save(); err != nil {
		t.Fatal(err)
	}
	changes := 0
	d.OnChange(func() { changes++ })
	before, err := d.Backups()
	if err != nil || len(before) != 1 {
		t.Fatalf("backups %v %v", before, err)
	}
	if err := d.RestoreBackup(before[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Get(model.KindPart, p.ID); model.CodeOf(err) != model.CodeRecordNotFound {
		t.Fatalf("restored state has the later part: %v", err)
	}
	if !d.Dirty() || changes != 1 {
		t.Fatalf("dirty %v, changes %d", d.Dirty(), changes)
	}
	after, _ := d.Backups()
	if len(after) != 2 {
		t.Fatalf("no backup of the state before restoring: %v", after)
	}
	// The state before restoring is itself a backup that restores.
	if err := d.RestoreBackup(after[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Get(model.KindPart, p.ID); err != nil {
		t.Fatalf("undoing the restore: %v", err)
	}
	if err := d.Put(&model.Part{Name: "Efter", Kind: model.PartOther}); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if st, err := Check(path); err != nil || st.Counts[model.KindPart] != 2 {
		t.Fatalf("saved after restore %+v %v", st, err)
	}
}

func TestRestoreRefusesBrokenBackup(t *testing.T) {
	d, _ := mustCreate(t)
	path := writeFile(t, "20260101-000000.000.samverka", []byte("%PDF-1.4"))
	err := d.RestoreBackup(Backup{Path: path})
	assertCode(t, err, model.CodeNotSamverka)
	if d.Dirty() {
		t.Fatal("refused restore made the document dirty")
	}
}
