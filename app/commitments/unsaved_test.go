package commitments

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/app/internal/sessiontest"
)

// TestCloseKeepsCommitmentEdits is issue 19's second case for the
// commitment editor: a description typed and not saved is saved when
// the council closes; an untouched editor asks nothing and saves nothing.
func TestCloseKeepsCommitmentEdits(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	c := commitmentsOf(h)
	if c.editor.edits.UnsavedWhat() != "" {
		t.Fatal("an empty new commitment counts as edited")
	}
	c.list.Select(0)
	id := c.editor.before.ID
	if c.editor.edits.UnsavedWhat() != "" {
		t.Fatal("a commitment just shown counts as edited")
	}
	test.Type(c.editor.description, " Följs upp varje månad.")
	want := strings.TrimSpace(c.editor.description.Text)
	closed := false
	h.S.BeforeClosing(func() { closed = true })
	if !closed {
		t.Fatalf("closing asked: %s", h.Dialog())
	}
	if _, err := h.S.Doc.Store.Save(); err != nil {
		t.Fatal(err)
	}
	for _, cm := range h.Stored(path).Commitments {
		if cm.ID == id && cm.Description != want {
			t.Fatalf("the file has %q, want %q", cm.Description, want)
		}
	}
}
