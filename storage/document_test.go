package storage

import (
	"path/filepath"
	"testing"

	"samverka/model"
)

func TestCreatePutSaveReopen(t *testing.T) {
	d, opt := mustCreate(t)
	p := &model.Part{Name: "Familjebostäder", Kind: model.PartHousing}
	if err := d.Put(p); err != nil {
		t.Fatal(err)
	}
	if p.ID == "" || p.Rev != 1 || p.ModifiedBy != "anna" {
		t.Fatalf("not touched: %+v", p.Meta)
	}
	if !d.Dirty() {
		t.Fatal("not dirty after Put")
	}
	if _, err := d.Save(); err != nil {
		t.Fatal(err)
	}
	path := d.Path()
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	d2, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d2.Close()
	r, err := d2.Get(model.KindPart, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.(*model.Part); got.Name != p.Name || got.Rev != 1 {
		t.Fatalf("got %+v", got)
	}
	if d2.Council().Name != "Rådet Skärholmen" {
		t.Fatalf("council %+v", d2.Council())
	}
	if _, err := d2.Get(model.KindPart, "nope"); model.CodeOf(err) != model.CodeRecordNotFound {
		t.Fatalf("Get missing: %v", err)
	}
	if filepath.Base(path) != "Rådet.samverka" {
		t.Fatal(path)
	}
}
