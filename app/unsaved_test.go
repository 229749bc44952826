package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// partNotes returns the notes of part id as the file holds them.
func partNotes(h *shellHarness, path, id string) string {
	h.T.Helper()
	for _, p := range h.Stored(path).Parts {
		if p.ID == id {
			return p.Notes
		}
	}
	h.T.Fatalf("part %s is not in the file", id)
	return ""
}

// TestCloseKeepsTypedNotes is issue 19's second case: a note typed in an
// aktör's Anteckningar and not saved is saved when the window is closed,
// the council is closed (Ctrl+W) or the program quits.
func TestCloseKeepsTypedNotes(t *testing.T) {
	for _, how := range []struct {
		name  string
		close func(u *UI)
	}{
		{"Window", func(u *UI) {
			// The window goes; the harness closes its own at the end.
			u.Win = test.NewWindow(nil)
			u.onCloseWindow()
		}},
		{"CtrlW", (*UI).onCloseFile},
		{"Quit", (*UI).onQuit},
	} {
		t.Run(how.name, func(t *testing.T) {
			h := newHarness(t)
			path := h.DemoFile()
			h.openFile(path)
			h.ui.showScreen(screenParts)
			p := h.ui.screenNamed(screenParts).(*parts)
			id := h.ui.Doc.View.PartsSorted()[0].ID
			p.onSelect(id)
			test.Type(p.notes, " Träffas tisdagar.")
			how.close(h.ui)
			if h.ui.Doc != nil {
				t.Fatal("the council is still open")
			}
			if got := partNotes(h, path, id); !strings.Contains(got, "Träffas tisdagar.") {
				t.Fatalf("the file has the notes %q", got)
			}
		})
	}
}

// TestCloseAsksWhenEditsCannotBeSaved: an aktör whose name was emptied
// cannot be saved; closing asks. Avbryt and Spara keep the council open
// with the problem beside the name; Släng closes without the edits.
func TestCloseAsksWhenEditsCannotBeSaved(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	h.openFile(path)
	h.ui.showScreen(screenParts)
	p := h.ui.screenNamed(screenParts).(*parts)
	part := h.ui.Doc.View.PartsSorted()[0]
	p.onSelect(part.ID)
	p.name.SetText("")
	test.Type(p.notes, " Ändrad anteckning.")

	for _, key := range []string{"unsaved.cancel", "unsaved.save"} {
		h.ui.onCloseWindow()
		if d := h.Dialog(); d == nil || !strings.Contains(d.Message(), "rättas") {
			t.Fatalf("no question on close: %v", d)
		}
		h.Confirm(key)
		if h.ui.Doc == nil {
			t.Fatalf("%s closed the council", key)
		}
		if p.form.Problem("name") == "" {
			t.Fatalf("after %s no problem shows beside the name", key)
		}
	}
	h.ui.onCloseFile() // Ctrl+W asks the same, and leaves the window
	h.Confirm("unsaved.discard")
	if h.ui.Doc != nil {
		t.Fatal("Släng did not close the council")
	}
	if got := partNotes(h, path, part.ID); got != part.Notes {
		t.Fatalf("Släng saved %q", got)
	}
}
