package storage

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"samverka/model"
)

// otherCouncil writes a saved document of another council, whose records
// have ids of their own, and returns its path and the council.
func otherCouncil(t *testing.T, opt Options, name string) (string, *model.Council) {
	t.Helper()
	c := &model.Council{Name: name}
	d, err := Create(filepath.Join(t.TempDir(), name+".samverka"), c, opt)
	if err != nil {
		t.Fatal(err)
	}
	p := &model.Part{Name: "Stadsdelsförvaltningen i " + name, Kind: model.PartDistrict}
	mustPut(t, d, p)
	mustPut(t, d, &model.Commitment{Title: "Trygghetsvandring i " + name, PartID: p.ID, Area: model.AreaCollaboration})
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	return d.Path(), c
}

func TestRollup(t *testing.T) {
	skarholmen, copyOf, opt, theirOpt := copies(t)
	edit(t, copyOf, theirOpt, func(d *Document) {
		mustPut(t, d, &model.Part{Name: "Kopians förening", Kind: model.PartAssociation})
	})
	rinkeby, rc := otherCouncil(t, opt, "Rådet Rinkeby-Kista")
	inputs := []string{skarholmen, copyOf, rinkeby}
	before := map[string][]byte{}
	for _, in := range inputs {
		before[in] = mustRead(t, in)
	}
	out := filepath.Join(t.TempDir(), "Staden.samverka")
	st, err := Rollup(out, inputs, opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range inputs {
		assertUnchanged(t, in, before[in])
		if note, _ := ReadLock(in); note != nil {
			t.Errorf("%s got a lock note", in)
		}
	}
	if !st.Rollup || !slices.Equal(st.Councils, []string{"Rådet Rinkeby-Kista", "Rådet Skärholmen"}) ||
		st.Council != "Rådet Rinkeby-Kista, Rådet Skärholmen" {
		t.Fatalf("stats %+v", st)
	}
	// Skärholmen's two copies are merged: part-1, the copy's new part and
	// Rinkeby's part.
	if st.Counts[model.KindPart] != 3 || st.Counts[model.KindCommitment] != 4 || st.Counts[model.KindCouncil] != 2 {
		t.Errorf("counts %v", st.Counts)
	}
	if again, err := Check(out); err != nil || again.Total != st.Total || !again.Rollup {
		t.Errorf("Check: %+v %v", again, err)
	}

	d, err := Open(out, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if !d.ReadOnly() || !d.Rollup() {
		t.Fatalf("read-only %v, roll-up %v", d.ReadOnly(), d.Rollup())
	}
	if note, _ := ReadLock(out); note != nil {
		t.Error("a roll-up got a lock note")
	}
	assertCode(t, d.Put(&model.Part{Name: "Ny", Kind: model.PartOther}), CodeRollup)
	_, err = d.Save()
	assertCode(t, err, CodeRollup)
	_, err = d.MergeFrom(skarholmen)
	assertCode(t, err, CodeRollup)

	councils, err := d.Councils()
	if err != nil || len(councils) != 2 || councils[0].ID != rc.ID {
		t.Fatalf("councils %v %v", councils, err)
	}
	sk := councils[1].ID
	ds, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	ds.Each(func(r model.Record) {
		want := sk
		switch {
		case r.RecordKind() == model.KindCouncil:
			want = "" // the roll-up's own council record
		case r.RecordKind() == model.KindPart && r.(*model.Part).Kind == model.PartDistrict,
			r.RecordKind() == model.KindCommitment && r.(*model.Commitment).PartID != "part-1":
			want = rc.ID
		}
		if got := r.RecordMeta().CouncilID; got != want {
			t.Errorf("%s %s: council %q, want %q", r.RecordKind(), r.RecordMeta().ID, got, want)
		}
	})

	// A document refuses to merge a roll-up in.
	doc := mustOpen(t, skarholmen, opt)
	_, err = doc.MergeFrom(out)
	assertCode(t, err, CodeRollup)

	t.Run("Exists", func(t *testing.T) {
		_, err := Rollup(out, inputs, opt)
		assertCode(t, err, CodeExists)
	})
	t.Run("OfARollup", func(t *testing.T) {
		kista, _ := otherCouncil(t, opt, "Rådet Spånga-Tensta")
		out2 := filepath.Join(t.TempDir(), "Staden 2.samverka")
		st2, err := Rollup(out2, []string{out, kista, rinkeby}, opt)
		if err != nil {
			t.Fatal(err)
		}
		if len(st2.Councils) != 3 || st2.Counts[model.KindPart] != 4 || st2.Counts[model.KindCommitment] != 5 {
			t.Errorf("stats %+v", st2)
		}
	})
}

func TestRollupRefusals(t *testing.T) {
	skarholmen, _, opt, _ := copies(t)
	data := mustRead(t, skarholmen)
	t.Run("DamagedInput", func(t *testing.T) {
		bad := writeFile(t, "trasig.samverka", data[:len(data)-pageSize])
		out := filepath.Join(t.TempDir(), "Staden.samverka")
		_, err := Rollup(out, []string{skarholmen, bad}, opt)
		var pe *fs.PathError
		if !errors.As(err, &pe) || pe.Path != bad {
			t.Fatalf("want the damaged input named, got %v", err)
		}
		assertCode(t, err, model.CodeDamaged)
		if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
			t.Error("a roll-up was written")
		}
	})
	t.Run("SameIDsInTwoCouncils", func(t *testing.T) {
		// A council whose records have the same ids as Skärholmen's is
		// not a copy of it: refused, rather than one record hiding the
		// other.
		d, err := Create(filepath.Join(t.TempDir(), "Falsk.samverka"), &model.Council{Name: "Rådet Falsk"}, opt)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.Import(fullDataset(nil, 1, 1)); err != nil {
			t.Fatal(err)
		}
		if err := d.Close(); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(t.TempDir(), "Staden.samverka")
		if _, err := Rollup(out, []string{skarholmen, d.Path()}, opt); err == nil {
			t.Fatal("ids in two councils rolled up")
		}
		if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
			t.Error("a roll-up was written")
		}
	})
}
