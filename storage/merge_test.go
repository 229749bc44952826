package storage

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"samverka/model"
)

// copies writes a saved document with a few records of every kind and a
// copy of it in another folder, and returns both paths and the options;
// the copy is worked on as "bo".
func copies(t *testing.T) (ours, theirs string, opt, theirOpt Options) {
	t.Helper()
	d, opt := mustCreate(t)
	if err := d.Import(fullDataset(d.Council(), 3, 2)); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	theirs = filepath.Join(t.TempDir(), "Rådet (kopia).samverka")
	if err := os.WriteFile(theirs, mustRead(t, d.Path()), 0o644); err != nil {
		t.Fatal(err)
	}
	theirOpt = opt
	theirOpt.User = "bo"
	return d.Path(), theirs, opt, theirOpt
}

// edit opens path, runs fn on it and closes it, saving.
func edit(t *testing.T, path string, opt Options, fn func(d *Document)) {
	t.Helper()
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	fn(d)
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
}

func mustOpen(t *testing.T, path string, opt Options) *Document {
	t.Helper()
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

func mustGet[T model.Record](t *testing.T, d *Document, kind model.Kind, id string) T {
	t.Helper()
	r, err := d.Get(kind, id)
	if err != nil {
		t.Fatal(err)
	}
	return r.(T)
}

func mustPut(t *testing.T, d *Document, recs ...model.Record) {
	t.Helper()
	if err := d.Put(recs...); err != nil {
		t.Fatal(err)
	}
}

func TestMergeFrom(t *testing.T) {
	ours, theirs, opt, theirOpt := copies(t)
	var newPart *model.Part
	var newFollowUp *model.FollowUp
	edit(t, theirs, theirOpt, func(d *Document) {
		p := mustGet[*model.Part](t, d, model.KindPart, "part-1")
		p.Name = "Polisen LPO Söderort"
		newPart = &model.Part{Name: "Föreningen Fältgruppen", Kind: model.PartAssociation}
		newFollowUp = &model.FollowUp{CommitmentID: "com-00001", Date: "2026-03-01", Status: model.StatusDone, Light: model.LightGreen, Comment: "Klart före sommaren."}
		mustPut(t, d, p, newPart, newFollowUp)
		if err := d.Delete(model.KindCommitment, "com-00002"); err != nil {
			t.Fatal(err)
		}
	})
	theirBytes := mustRead(t, theirs)

	d := mustOpen(t, ours, opt)
	r := mustGet[*model.Representative](t, d, model.KindRepresentative, "rep-1")
	r.Title = "Kommunpolis"
	mustPut(t, d, r)
	sum, err := d.MergeFrom(theirs)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 2 || sum.Updated != 1 || sum.Deleted != 1 || len(sum.Conflicts) != 0 {
		t.Errorf("summary %+v", sum)
	}
	if c := sum.ByKind[model.KindPart]; c == nil || c.Added != 1 || c.Updated != 1 {
		t.Errorf("parts %+v", c)
	}
	assertUnchanged(t, theirs, theirBytes)
	if note, err := ReadLock(theirs); note != nil || err != nil {
		t.Errorf("the other file got a lock note: %+v %v", note, err)
	}
	if p := mustGet[*model.Part](t, d, model.KindPart, "part-1"); p.Name != "Polisen LPO Söderort" || p.ModifiedBy != "bo" {
		t.Errorf("part-1 %+v", p)
	}
	if p := mustGet[*model.Part](t, d, model.KindPart, newPart.ID); p.Name != newPart.Name {
		t.Errorf("new part %+v", p)
	}
	if r := mustGet[*model.Representative](t, d, model.KindRepresentative, "rep-1"); r.Title != "Kommunpolis" {
		t.Errorf("our edit lost: %+v", r)
	}
	if c := mustGet[*model.Commitment](t, d, model.KindCommitment, "com-00002"); !c.Deleted {
		t.Error("the deletion did not travel")
	}
	// The follow-up index knows the new follow-up, and the commitment
	// took its status, as a change of ours.
	history, err := d.FollowUps("com-00001")
	if err != nil || len(history) != 3 || history[2].ID != newFollowUp.ID {
		t.Fatalf("history %v %v", history, err)
	}
	if c := mustGet[*model.Commitment](t, d, model.KindCommitment, "com-00001"); c.Status != model.StatusDone || c.ModifiedBy != "anna" || c.Rev != 2 {
		t.Errorf("status not re-derived: %+v", c)
	}
	if !d.Dirty() {
		t.Error("not dirty after a merge")
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	st, err := Check(ours)
	if err != nil || st.Counts[model.KindPart] != 2 || st.Counts[model.KindFollowUp] != 7 || st.Counts[model.KindCommitment] != 2 {
		t.Fatalf("merged file: %+v %v", st, err)
	}

	// Merging the same copy again changes nothing.
	d = mustOpen(t, ours, opt)
	sum, err = d.MergeFrom(theirs)
	if err != nil || sum.Changed() || d.Dirty() {
		t.Errorf("second merge: %+v %v, dirty %v", sum, err, d.Dirty())
	}
}

func TestMergeConflictReviewAndChoose(t *testing.T) {
	ours, theirs, opt, theirOpt := copies(t)
	edit(t, theirs, theirOpt, func(d *Document) {
		p := mustGet[*model.Part](t, d, model.KindPart, "part-1")
		p.Name = "Polisen Söderort (Bos namn)"
		mustPut(t, d, p)
	})
	d := mustOpen(t, ours, opt)
	p := mustGet[*model.Part](t, d, model.KindPart, "part-1")
	p.Name = "Polisen Skärholmen (Annas namn)"
	mustPut(t, d, p) // later than bo's: ours wins
	sum, err := d.MergeFrom(theirs)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Conflicts) != 1 || sum.ByKind[model.KindPart].Conflicts != 1 {
		t.Fatalf("summary %+v", sum)
	}
	found := sum.Conflicts[0]
	if p := mustGet[*model.Part](t, d, model.KindPart, "part-1"); p.Name != "Polisen Skärholmen (Annas namn)" {
		t.Fatalf("the newer edit did not win: %q", p.Name)
	}
	open, err := d.Conflicts()
	if err != nil {
		t.Fatal(err)
	}
	ids := func(list []*model.Conflict) []string {
		var out []string
		for _, c := range list {
			out = append(out, c.ID)
		}
		return out
	}
	// fullDataset holds an older open conflict; the new one comes first.
	if got := ids(open); !slices.Equal(got, []string{found.ID, "conflict-1"}) {
		t.Fatalf("open conflicts %v", got)
	}
	current := mustGet[*model.Part](t, d, model.KindPart, "part-1")
	diffs, err := open[0].Differences(current)
	if err != nil || len(diffs) != 1 || diffs[0].Field != "name" || diffs[0].SetAside != "Polisen Söderort (Bos namn)" {
		t.Fatalf("differences %+v %v", diffs, err)
	}

	if err := d.ResolveConflict(found.ID, true); err != nil {
		t.Fatal(err)
	}
	chosen := mustGet[*model.Part](t, d, model.KindPart, "part-1")
	if chosen.Name != "Polisen Söderort (Bos namn)" || chosen.Rev != current.Rev+1 || chosen.ModifiedBy != "anna" {
		t.Errorf("chosen %+v", chosen)
	}
	if c := mustGet[*model.Conflict](t, d, model.KindConflict, found.ID); !c.Resolved {
		t.Error("the conflict is still open")
	}
	if err := d.ResolveConflict("conflict-1", false); err != nil {
		t.Fatal(err)
	}
	if p := mustGet[*model.Part](t, d, model.KindPart, "part-1"); p.Rev != chosen.Rev {
		t.Error("keeping the record as it is changed it")
	}
	if open, _ := d.Conflicts(); len(open) != 0 {
		t.Errorf("still open: %v", ids(open))
	}
	if err := d.ResolveConflict(found.ID, true); err != nil {
		t.Errorf("resolving again: %v", err)
	}
	assertCode(t, d.ResolveConflict("no-such-conflict", true), model.CodeRecordNotFound)

	// A later merge of the same copy neither brings the conflict back
	// nor undoes the choice.
	sum, err = d.MergeFrom(theirs)
	if err != nil || len(sum.Conflicts) != 0 {
		t.Fatalf("merge again: %+v %v", sum, err)
	}
	if p := mustGet[*model.Part](t, d, model.KindPart, "part-1"); p.Name != chosen.Name {
		t.Errorf("the choice was undone: %q", p.Name)
	}
}

// TestMergeFromOldCopyLosesNothing merges a copy made before the document
// was last edited and then edited elsewhere: both edits must survive, one
// as a conflict. Taking the document as it was opened for the two copies'
// common ancestor would take the old copy's edit alone.
func TestMergeFromOldCopyLosesNothing(t *testing.T) {
	ours, theirs, opt, theirOpt := copies(t)
	edit(t, ours, opt, func(d *Document) {
		p := mustGet[*model.Part](t, d, model.KindPart, "part-1")
		p.Name = "Annas namn"
		mustPut(t, d, p)
	})
	edit(t, theirs, theirOpt, func(d *Document) {
		p := mustGet[*model.Part](t, d, model.KindPart, "part-1")
		p.Name = "Bos namn"
		mustPut(t, d, p)
	})
	d := mustOpen(t, ours, opt)
	sum, err := d.MergeFrom(theirs)
	if err != nil {
		t.Fatal(err)
	}
	p := mustGet[*model.Part](t, d, model.KindPart, "part-1")
	if len(sum.Conflicts) != 1 {
		t.Fatalf("%d conflicts, part-1 is %q", len(sum.Conflicts), p.Name)
	}
	lost, err := sum.Conflicts[0].Lost()
	if err != nil {
		t.Fatal(err)
	}
	names := []string{p.Name, lost.(*model.Part).Name}
	slices.Sort(names)
	if !slices.Equal(names, []string{"Annas namn", "Bos namn"}) {
		t.Errorf("kept %v", names)
	}
}

func TestMergeRefusals(t *testing.T) {
	ours, theirs, opt, _ := copies(t)
	data := mustRead(t, theirs)
	other, _ := mustCreate(t)
	mustPut(t, other, &model.Part{Name: "Rinkebys part", Kind: model.PartOther})
	otherCouncil := &model.Council{Meta: other.Council().Meta, Name: "Rådet Rinkeby-Kista"}
	mustPut(t, other, otherCouncil)
	if err := other.Close(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	tests := []struct {
		name, path, code string
	}{
		{"OtherCouncil", other.Path(), model.CodeOtherCouncil},
		{"Truncated", writeFile(t, "kort.samverka", data[:len(data)/2]), model.CodeDamaged},
		{"Empty", writeFile(t, "tom.samverka", nil), model.CodeEmpty},
		{"NotSamverka", writeFile(t, "text.samverka", []byte("Detta är ingen datafil.")), model.CodeNotSamverka},
		{"Missing", filepath.Join(dir, "finns inte.samverka"), model.CodeNotFound},
	}
	d := mustOpen(t, ours, opt)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, _ := os.ReadFile(tt.path)
			_, err := d.MergeFrom(tt.path)
			assertCode(t, err, tt.code)
			if tt.code == model.CodeOtherCouncil {
				args := err.(*model.Error).Args
				if args["Ours"] != "Rådet Skärholmen" || args["Theirs"] != "Rådet Rinkeby-Kista" {
					t.Errorf("args %v", args)
				}
			}
			if d.Dirty() {
				t.Error("a refused merge changed the document")
			}
			if before != nil {
				assertUnchanged(t, tt.path, before)
			}
		})
	}
	t.Run("ReadOnly", func(t *testing.T) {
		ro := opt
		ro.ReadOnly = true
		r := mustOpen(t, ours, ro)
		_, err := r.MergeFrom(theirs)
		assertCode(t, err, model.CodeReadOnly)
		_, err = r.MergeWithDisk()
		assertCode(t, err, model.CodeReadOnly)
	})
}

func TestMergeSealsAgreementSignedOnBothCopies(t *testing.T) {
	d, opt := mustCreate(t)
	police := &model.Part{Name: "Polisen LPO Skärholmen", Kind: model.PartPolice, Signing: true}
	housing := &model.Part{Name: "Familjebostäder", Kind: model.PartHousing, Signing: true}
	mustPut(t, d, police, housing)
	a := &model.Agreement{Title: "Samverkansöverenskommelse 2026", From: "2026-01-01", To: "2026-12-31", Version: 1,
		Parties: []model.Party{{PartID: police.ID, Organisation: police.Name, SignerName: "Karin Ek"}, {PartID: housing.ID, Organisation: housing.Name, SignerName: "Åsa Öberg"}},
		Sections: model.Sections{Problems: "Otrygghet vid torget.", Causes: "Dålig belysning.", Goals: "Ökad trygghet.",
			Documentation: "Protokoll.", FollowUp: "Vid varje möte."}}
	mustPut(t, d, a)
	a.Freeze(opt.Now())
	mustPut(t, d, a)
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	theirs := filepath.Join(t.TempDir(), "Rådet (kopia).samverka")
	os.WriteFile(theirs, mustRead(t, d.Path()), 0o644)
	sign := func(p *model.Part, name string, at time.Time) *model.Signature {
		return &model.Signature{AgreementID: a.ID, PartID: p.ID, SignerName: name, Date: model.Date(at.Format("2006-01-02")),
			SignedAt: at.UTC(), Method: model.SignPaper, Fingerprint: a.Fingerprint}
	}
	first := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	edit(t, theirs, opt, func(d *Document) { mustPut(t, d, sign(housing, "Åsa Öberg", first.Add(time.Hour))) })
	ours := mustOpen(t, d.Path(), opt)
	mustPut(t, ours, sign(police, "Karin Ek", first))
	if got := mustGet[*model.Agreement](t, ours, model.KindAgreement, a.ID); got.State != model.StateForSigning {
		t.Fatalf("sealed before the merge: %s", got.State)
	}
	if _, err := ours.MergeFrom(theirs); err != nil {
		t.Fatal(err)
	}
	got := mustGet[*model.Agreement](t, ours, model.KindAgreement, a.ID)
	if got.State != model.StateSigned || !got.SealedAt.Equal(first.Add(time.Hour)) {
		t.Fatalf("agreement %s sealed at %v", got.State, got.SealedAt)
	}
	if got.Fingerprint != a.Fingerprint {
		t.Error("sealing changed the fingerprint")
	}
}

// TestMergeWithDisk has two sessions on one file: the second one's save
// finds the first one's on disk and keeps its work beside it; merging with
// the disk then gives one file with both.
func TestMergeWithDisk(t *testing.T) {
	path, _, opt, _ := copies(t)
	first := mustOpen(t, path, opt)
	second := opt
	second.User, second.IgnoreLock = "bo", true
	d := mustOpen(t, path, second)

	// The first session edits part-1 more often than a record remembers
	// its versions: only the common ancestor shows that the second
	// session never touched it.
	for i := range model.MaxPrior + 2 {
		p := mustGet[*model.Part](t, first, model.KindPart, "part-1")
		p.Name = "Polisen, version " + string(rune('A'+i))
		mustPut(t, first, p)
	}
	annas := &model.Part{Name: "Annas förening", Kind: model.PartAssociation}
	mustPut(t, first, annas)
	if res, err := first.Save(); err != nil || res.KeptAs != "" {
		t.Fatalf("first save %+v %v", res, err)
	}
	bos := &model.Part{Name: "Bos förening", Kind: model.PartAssociation}
	mustPut(t, d, bos)
	res, err := d.Save()
	if err != nil || res.KeptAs == "" {
		t.Fatalf("second save %+v %v", res, err)
	}
	onDisk := mustRead(t, path)

	sum, err := d.MergeWithDisk()
	if err != nil {
		t.Fatal(err)
	}
	if sum.ByKind[model.KindPart].Added != 1 || sum.ByKind[model.KindPart].Updated != 1 || len(sum.Conflicts) != 0 {
		t.Errorf("summary %+v, parts %+v", sum, sum.ByKind[model.KindPart])
	}
	if d.Dirty() {
		t.Error("dirty after merging with the disk")
	}
	if _, err := Check(path); err != nil {
		t.Fatal(err)
	}
	if string(mustRead(t, path)) == string(onDisk) {
		t.Fatal("the document was not saved")
	}
	ro := opt
	ro.ReadOnly = true
	check := mustOpen(t, path, ro)
	for _, p := range []*model.Part{annas, bos} {
		if _, err := check.Get(model.KindPart, p.ID); err != nil {
			t.Errorf("%s: %v", p.Name, err)
		}
	}
	if p := mustGet[*model.Part](t, check, model.KindPart, "part-1"); p.Name != "Polisen, version "+string(rune('A'+model.MaxPrior+1)) {
		t.Errorf("part-1 %q", p.Name)
	}

	// Change detection is armed again: the next save goes to the
	// document, and someone else's save is noticed again.
	mustPut(t, d, &model.Part{Name: "Efteråt", Kind: model.PartOther})
	if res, err := d.Save(); err != nil || res.KeptAs != "" {
		t.Fatalf("save after the merge %+v %v", res, err)
	}
	mustPut(t, first, &model.Part{Name: "Annas sena ändring", Kind: model.PartOther})
	if res, err := first.Save(); err != nil || res.KeptAs == "" {
		t.Fatalf("the first session overwrote the merge: %+v %v", res, err)
	}
	if sum, err := d.MergeWithDisk(); err != nil || sum.Changed() {
		t.Errorf("nothing new on disk: %+v %v", sum, err)
	}
}

func TestMergeWithDiskUnchangedOnlySaves(t *testing.T) {
	path, _, opt, _ := copies(t)
	d := mustOpen(t, path, opt)
	mustPut(t, d, &model.Part{Name: "Ny part", Kind: model.PartOther})
	sum, err := d.MergeWithDisk()
	if err != nil || sum.Changed() || d.Dirty() {
		t.Fatalf("%+v %v dirty %v", sum, err, d.Dirty())
	}
	if st, _ := Check(path); st.Counts[model.KindPart] != 2 {
		t.Errorf("not saved: %+v", st)
	}
}

// TestMergeKeepsAChangeMadeMeanwhile commits a change between the merge's
// load of the document and its write: the merge must start again rather
// than write over it.
func TestMergeKeepsAChangeMadeMeanwhile(t *testing.T) {
	ours, theirs, opt, theirOpt := copies(t)
	edit(t, theirs, theirOpt, func(d *Document) {
		p := mustGet[*model.Part](t, d, model.KindPart, "part-1")
		p.Name = "Polisen Söderort"
		mustPut(t, d, p)
	})
	d := mustOpen(t, ours, opt)
	stale, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	other, _, err := d.readCopy(theirs)
	if err != nil {
		t.Fatal(err)
	}
	p := mustGet[*model.Part](t, d, model.KindPart, "part-1")
	p.Notes = "Ändrad medan sammanslagningen pågick"
	mustPut(t, d, p)
	sum, err := d.mergeIn(stale, other, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := mustGet[*model.Part](t, d, model.KindPart, "part-1")
	if got.Notes != p.Notes || len(sum.Conflicts) != 1 {
		t.Fatalf("part-1 %+v, %d conflicts", got, len(sum.Conflicts))
	}
}
