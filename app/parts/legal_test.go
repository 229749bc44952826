package parts

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
	"samverka/model"
	"samverka/storage"
)

// TestPartLegalPersonThrough gives an aktör the legal person it belongs
// to and the unit that acts for it: the editor shows how an agreement
// will name it as the fields are typed, an unsaved edit of them is
// noticed, and the reopened file holds both, named by an agreement's
// party "Stockholms stad genom Skärholmens stadsdelsnämnd".
func TestPartLegalPersonThrough(t *testing.T) {
	h := sessiontest.New(t)
	path := filepath.Join(h.Dir, "Rådet.samverka")
	d, err := storage.Create(path, &model.Council{Name: "Brottsförebyggande rådet i Skärholmen"}, h.StorageOptions("Setup", "SETUP-PC"))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	h.OpenFile(path)
	p := partsOf(h)
	test.Tap(p.add)
	test.Type(p.name, "Skärholmens stadsdelsförvaltning")
	p.kind.Sel.SetSelected(session.Tr("partKind.stadsdelsforvaltning"))
	if p.asParty.Text != "Skärholmens stadsdelsförvaltning" {
		t.Fatalf("named as a party %q before a legal person", p.asParty.Text)
	}
	test.Type(p.legalName, "Stockholms stad")
	if p.asParty.Text != "Stockholms stad genom Skärholmens stadsdelsförvaltning" {
		t.Fatalf("named as a party %q with a legal person", p.asParty.Text)
	}
	test.Type(p.through, "Skärholmens stadsdelsnämnd")
	test.Type(p.orgNumber, "2120000142")
	if want := "Stockholms stad genom Skärholmens stadsdelsnämnd, org.nr 212000-0142"; p.asParty.Text != want {
		t.Fatalf("named as a party %q, want %q", p.asParty.Text, want)
	}
	test.Tap(p.save)
	if p.form.General.Visible() {
		t.Fatalf("problems: %q", p.form.General.Text)
	}
	if p.UnsavedWhat() != "" {
		t.Fatalf("unsaved after saving: %q", p.UnsavedWhat())
	}
	p.through.SetText("Stadsdelsnämnden")
	if p.UnsavedWhat() == "" {
		t.Fatal("an edited unit is not noticed as unsaved")
	}
	p.through.SetText("Skärholmens stadsdelsnämnd")

	h.Reopen(path)
	ds := h.Stored(path)
	if len(ds.Parts) != 1 {
		t.Fatalf("%d parts on disk", len(ds.Parts))
	}
	part := ds.Parts[0]
	if part.LegalName != "Stockholms stad" || part.Through != "Skärholmens stadsdelsnämnd" || part.OrgNumber != "212000-0142" {
		t.Fatalf("part on disk %+v", part)
	}
	if org, through, nr := model.PartyNames(part); org != "Stockholms stad" || through != "Skärholmens stadsdelsnämnd" || nr != "212000-0142" {
		t.Fatalf("an agreement names it %q genom %q, %q", org, through, nr)
	}
	// Shown again after reopening.
	p = partsOf(h)
	p.tree.Select(part.ID)
	if p.legalName.Text != "Stockholms stad" || p.through.Text != "Skärholmens stadsdelsnämnd" {
		t.Fatalf("editor shows %q / %q", p.legalName.Text, p.through.Text)
	}
}
