package parts

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/app/internal/sessiontest"
)

// TestCloseKeepsRepresentative is issue 19's second case for the
// representative dialog: a new representative typed in the open dialog
// is saved when the council closes; a cancelled dialog keeps nothing.
func TestCloseKeepsRepresentative(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	p := partsOf(h)
	partID := h.S.Doc.View.PartsSorted()[0].ID
	p.tree.Select(partID)

	test.Tap(p.addRep)
	d := h.Dialog()
	test.Type(d.FieldEntry(t, "name"), "Kim Avbruten")
	test.Tap(d.Button("button.cancel"))
	test.Tap(p.addRep)
	d = h.Dialog()
	test.Type(d.FieldEntry(t, "name"), "Sara Lind")
	test.Type(d.FieldEntry(t, "email"), "sara.lind@example.se")
	closed := false
	h.S.BeforeClosing(func() { closed = true })
	if !closed {
		t.Fatalf("closing asked: %s", h.Dialog())
	}
	if _, err := h.S.Doc.Store.Save(); err != nil {
		t.Fatal(err)
	}
	var found, cancelled bool
	for _, r := range h.Stored(path).Representatives {
		found = found || r.Name == "Sara Lind" && r.PartID == partID && r.Email == "sara.lind@example.se"
		cancelled = cancelled || r.Name == "Kim Avbruten"
	}
	if !found || cancelled {
		t.Fatalf("in the file: Sara Lind %v, the cancelled one %v", found, cancelled)
	}
}
