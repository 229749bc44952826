package storage

import (
	"encoding/json"
	"testing"

	"samverka/model"
)

func TestImportLoadRoundTrip(t *testing.T) {
	d, opt := mustCreate(t)
	ds := fullDataset(d.Council(), 4, 3)
	ds.Council.Name = "Importerat råd"
	if err := d.Import(ds); err != nil {
		t.Fatal(err)
	}
	kinds := map[model.Kind]bool{}
	ds.Each(func(r model.Record) { kinds[r.RecordKind()] = true })
	if len(kinds) != len(model.Kinds) {
		t.Fatalf("the dataset lacks kinds: %v", kinds)
	}
	want, _ := json.Marshal(ds)
	got, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	if data, _ := json.Marshal(got); string(data) != string(want) {
		t.Fatalf("Load differs from Import:\n%s\n%s", data, want)
	}
	// And after save and reopen.
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	d, err = Open(d.Path(), opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	got, err = d.Load()
	if err != nil {
		t.Fatal(err)
	}
	if data, _ := json.Marshal(got); string(data) != string(want) {
		t.Fatalf("Load after reopen differs:\n%s\n%s", data, want)
	}
	if d.Council().Name != "Importerat råd" {
		t.Fatalf("council %+v", d.Council())
	}
	st, err := Check(d.Path())
	if err != nil {
		t.Fatal(err)
	}
	if st.Counts[model.KindPart] != 1 || st.Counts[model.KindFollowUp] != 12 || st.Total != ds.Count()-1 {
		t.Fatalf("stats %+v (dataset %d)", st, ds.Count())
	}
}

func TestImportAnotherCouncilReplacesIt(t *testing.T) {
	d, _ := mustCreate(t)
	other := &model.Council{Meta: model.Meta{ID: "other-council", Rev: 3}, Name: "Demo"}
	if err := d.Import(model.NewDataset(other)); err != nil {
		t.Fatal(err)
	}
	if c := d.Council(); c.ID != "other-council" || c.Rev != 3 {
		t.Fatalf("council %+v", c)
	}
	if list, _ := d.List(model.KindCouncil); len(list) != 1 {
		t.Fatalf("%d councils", len(list))
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if st, err := Check(d.Path()); err != nil || st.Council != "Demo" {
		t.Fatalf("%+v %v", st, err)
	}
}

func TestFollowUpsOldestFirst(t *testing.T) {
	d, _ := mustCreate(t)
	part := &model.Part{Name: "Polisen", Kind: model.PartPolice}
	if err := d.Put(part); err != nil {
		t.Fatal(err)
	}
	c := &model.Commitment{Title: "Trygghetsvandring", PartID: part.ID, Area: model.AreaCivilSociety, Status: model.StatusPlanned}
	other := &model.Commitment{Title: "Läxhjälp", PartID: part.ID, Area: model.AreaSchool, Status: model.StatusPlanned}
	if err := d.Put(c, other); err != nil {
		t.Fatal(err)
	}
	for _, date := range []model.Date{"2026-03-01", "2025-11-15", "2026-01-20"} {
		if err := d.Put(&model.FollowUp{CommitmentID: c.ID, Date: date, Status: model.StatusOngoing}); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Put(&model.FollowUp{CommitmentID: other.ID, Date: "2026-01-01", Status: model.StatusDone}); err != nil {
		t.Fatal(err)
	}
	fus, err := d.FollowUps(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	var dates []model.Date
	for _, f := range fus {
		dates = append(dates, f.Date)
	}
	if len(dates) != 3 || dates[0] != "2025-11-15" || dates[2] != "2026-03-01" {
		t.Fatalf("dates %v", dates)
	}
	// Follow-ups are append-only; a tombstone can only arrive by import
	// or merge, and is not listed.
	assertCode(t, d.Delete(model.KindFollowUp, fus[1].ID), model.CodeLockedRecord)
	tomb := *fus[1]
	tomb.Deleted = true
	ds := model.NewDataset(nil)
	ds.FollowUps = append(ds.FollowUps, &tomb)
	if err := d.Import(ds); err != nil {
		t.Fatal(err)
	}
	if fus, _ := d.FollowUps(c.ID); len(fus) != 2 {
		t.Fatalf("tombstone listed: %d", len(fus))
	}
}

func TestPutIsAllOrNothing(t *testing.T) {
	d, _ := mustCreate(t)
	good := &model.Part{Name: "Skolan", Kind: model.PartSchool}
	bad := &model.Part{Name: "Utan sort"}
	changes := 0
	d.OnChange(func() { changes++ })
	err := d.Put(good, bad)
	var problems model.Problems
	if p, ok := err.(model.Problems); !ok || p.For("kind") == nil {
		t.Fatalf("want Problems for kind, got %T %v", err, err)
	} else {
		problems = p
	}
	_ = problems
	if good.ID != "" || good.Rev != 0 {
		t.Fatalf("failed Put touched a record: %+v", good.Meta)
	}
	if list, _ := d.List(model.KindPart); len(list) != 0 || changes != 0 {
		t.Fatalf("failed Put wrote %d, %d changes", len(list), changes)
	}
	if err := d.Put(good); err != nil || changes != 1 {
		t.Fatal(err, changes)
	}
}

func TestPutExtendsStoredHistory(t *testing.T) {
	d, _ := mustCreate(t)
	p := &model.Part{Name: "Skolan", Kind: model.PartSchool}
	if err := d.Put(p); err != nil {
		t.Fatal(err)
	}
	stale := *p
	p.Name = "Skolan AB"
	if err := d.Put(p); err != nil {
		t.Fatal(err)
	}
	stale.Name = "Skolan (gammal kopia)"
	if err := d.Put(&stale); err != nil {
		t.Fatal(err)
	}
	if stale.Rev != 3 || stale.Created != p.Created {
		t.Fatalf("rev %d after writes from a stale copy", stale.Rev)
	}
}

func TestDeleteAndGet(t *testing.T) {
	d, _ := mustCreate(t)
	p := &model.Part{Name: "Skolan", Kind: model.PartSchool}
	if err := d.Put(p); err != nil {
		t.Fatal(err)
	}
	if err := d.Delete(model.KindPart, p.ID); err != nil {
		t.Fatal(err)
	}
	r, err := d.Get(model.KindPart, p.ID)
	if err != nil || !r.RecordMeta().Deleted || r.RecordMeta().Rev != 2 {
		t.Fatalf("tombstone %+v %v", r, err)
	}
	if list, _ := d.List(model.KindPart); len(list) != 0 {
		t.Fatal("List shows a tombstone")
	}
	assertCode(t, d.Delete(model.KindPart, "nope"), model.CodeRecordNotFound)
	ds, _ := d.Load()
	if len(ds.Parts) != 1 || !ds.Parts[0].Deleted {
		t.Fatal("Load lacks the tombstone")
	}
	if err := d.Undelete(model.KindPart, p.ID); err != nil {
		t.Fatal(err)
	}
	if list, _ := d.List(model.KindPart); len(list) != 1 || list[0].RecordMeta().Rev != 3 {
		t.Fatalf("undeleted %v", list)
	}
}

func TestLockedFollowUpRefused(t *testing.T) {
	d, _ := mustCreate(t)
	f := &model.FollowUp{CommitmentID: "c", Date: "2026-01-01", Status: model.StatusOngoing}
	if err := d.Put(f); err != nil {
		t.Fatal(err)
	}
	f.Comment = "ändrad i efterhand"
	assertCode(t, d.Put(f), model.CodeLockedRecord)
	got, _ := d.Get(model.KindFollowUp, f.ID)
	if got.(*model.FollowUp).Comment != "" || f.Rev != 1 {
		t.Fatal("a refused change was written")
	}
}

func TestPutCouncil(t *testing.T) {
	d, opt := mustCreate(t)
	c := d.Council()
	c.Chair = "Eva Ordförande"
	if err := d.Put(c); err != nil {
		t.Fatal(err)
	}
	if got := d.Council(); got.Chair != "Eva Ordförande" || got.Rev != 2 {
		t.Fatalf("council %+v", got)
	}
	other := &model.Council{Name: "Ett annat råd"}
	if err := d.Put(other); err == nil {
		t.Fatal("a second council was stored")
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	d, err := Open(d.Path(), opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if d.Council().Chair != "Eva Ordförande" {
		t.Fatalf("after reopen %+v", d.Council())
	}
}
