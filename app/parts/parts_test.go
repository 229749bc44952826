package parts

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
	"samverka/model"
	"samverka/storage"
)

// partsOf returns the Parter screen, shown in the harness's window.
func partsOf(h *sessiontest.Harness) *Screen {
	return h.Screen("parts", func() session.Screen { return New(h.S) }).(*Screen)
}

// TestPartWithRepresentative adds a part with a bad and then a good
// organisationsnummer and a representative through its dialog, then
// reopens the file and finds both.
func TestPartWithRepresentative(t *testing.T) {
	h := sessiontest.New(t)
	path := filepath.Join(h.Dir, "Rådet.samverka")
	d, err := storage.Create(path, &model.Council{Name: "Brottsförebyggande rådet i Testby"}, h.StorageOptions("Setup", "SETUP-PC"))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	h.OpenFile(path)

	// A part: a bad organisationsnummer is shown beside its field.
	p := partsOf(h)
	test.Tap(p.add)
	test.Type(p.name, "Fryshuset")
	p.kind.Sel.SetSelected(session.Tr("partKind.forening"))
	test.Type(p.orgNumber, "212000-0143")
	test.Tap(p.save)
	if got := p.form.Problem("orgNumber"); got != session.Tr("error.orgnr.luhn") || !strings.Contains(got, "kontrollsiffran") {
		t.Fatalf("problem beside organisationsnummer: %q", got)
	}
	if len(h.S.Doc.View.Parts) != 0 {
		t.Fatal("a part with a bad organisationsnummer was stored")
	}
	p.orgNumber.SetText("")
	test.Type(p.orgNumber, "2120000142")
	p.orgNumber.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter saves
	if got := p.form.Problem("orgNumber"); got != "" {
		t.Fatalf("problem left after fixing: %q", got)
	}
	if p.orgNumber.Text != "212000-0142" {
		t.Fatalf("organisationsnummer shown as %q", p.orgNumber.Text)
	}
	if p.heading.Text != "Fryshuset" {
		t.Fatalf("editor heading %q after saving", p.heading.Text)
	}

	// A representative of the part, through its dialog; a bad e-mail
	// address keeps the dialog open with the problem beside the field.
	test.Tap(p.addRep)
	e := h.Dialog()
	if e == nil {
		t.Fatal("no representative dialog")
	}
	test.Type(e.FieldEntry(t, "name"), "Anna Andersson")
	test.Type(e.FieldEntry(t, "title"), "Verksamhetschef")
	test.Type(e.FieldEntry(t, "email"), "anna.exempel.se")
	e.Input(model.FieldKey("role")).(*widget.Select).SetSelected(session.Tr("role.ledamot"))
	test.Tap(e.Button("button.save"))
	if e.FieldProblem("email") != session.Tr("error.email") || h.Dialog() == nil {
		t.Fatalf("e-mail problem %q", e.FieldProblem("email"))
	}
	e.FieldEntry(t, "email").SetText("anna@exempel.se")
	test.Tap(e.Button("button.save"))
	if h.Dialog() != nil {
		t.Fatalf("dialog still open: %q", e.Problems())
	}
	if names := p.representativeNames(); !slices.Equal(names, []string{"Anna Andersson"}) {
		t.Fatalf("representatives shown %v", names)
	}

	h.Reopen(path)
	ds := h.Stored(path)
	if len(ds.Parts) != 1 || ds.Parts[0].OrgNumber != "212000-0142" || ds.Parts[0].Kind != model.PartAssociation {
		t.Fatalf("parts on disk %+v", ds.Parts)
	}
	r := ds.Representatives[0]
	if r.Name != "Anna Andersson" || r.Email != "anna@exempel.se" || r.PartID != ds.Parts[0].ID || r.Role != model.RoleMember {
		t.Fatalf("representative on disk %+v", r)
	}
}

// TestUndoRetirePart retires a part with confirmation (a cancelled retire
// changes nothing) and brings it back with Ctrl+Z, on screen and on disk.
func TestUndoRetirePart(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	v := h.S.Doc.View

	// The part, and a cancelled retire that changes nothing.
	p := partsOf(h)
	part := v.PartsSorted()[0]
	p.tree.Select(part.ID)
	test.Tap(p.retire)
	h.Confirm("button.cancel")
	if v.Parts[part.ID] == nil {
		t.Fatal("cancel retired the part")
	}
	test.Tap(p.retire)
	h.Confirm("parts.retire")
	if v.Parts[part.ID] != nil || slices.Contains(p.childIDs(kindNodePrefix+string(part.Kind)), part.ID) {
		t.Fatal("the retired part is still listed")
	}
	h.S.OnUndo()
	if v.Parts[part.ID] == nil || !slices.Contains(p.childIDs(kindNodePrefix+string(part.Kind)), part.ID) {
		t.Fatal("undo did not bring the part back")
	}
	h.S.OnUndo() // nothing left
	if h.S.Status.State.Text != session.Tr("undo.nothing") {
		t.Fatalf("status %q", h.S.Status.State.Text)
	}

	h.CloseFile()
	ds := h.Stored(path)
	for _, x := range ds.Parts {
		if x.ID == part.ID && x.Deleted {
			t.Fatal("the part is a tombstone on disk after undo")
		}
	}
}

// TestUndoEdit changes a part's name and takes the change back.
func TestUndoEdit(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	p := partsOf(h)
	part := h.S.Doc.View.PartsSorted()[0]
	old := part.Name
	p.tree.Select(part.ID)
	p.name.SetText(old + " (nytt namn)")
	test.Tap(p.save)
	if h.S.Doc.View.Parts[part.ID].Name != old+" (nytt namn)" {
		t.Fatal("the edit was not made")
	}
	h.S.OnUndo()
	if got := h.S.Doc.View.Parts[part.ID].Name; got != old {
		t.Fatalf("name after undo %q", got)
	}
	h.CloseFile()
	for _, x := range h.Stored(path).Parts {
		if x.ID == part.ID && x.Name != old {
			t.Fatalf("name on disk %q", x.Name)
		}
	}
}

// representativeNames returns the names listed for the selected part.
func (p *Screen) representativeNames() []string {
	var names []string
	for _, r := range p.ui.Doc.View.RepresentativesOf(p.selected) {
		names = append(names, r.Name)
	}
	slices.Sort(names)
	return names
}
