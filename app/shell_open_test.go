package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	fstorage "fyne.io/fyne/v2/storage"

	"samverka/app/internal/session"
	"samverka/model"
	"samverka/storage"
)

// drop drops the files at paths on the window.
func (h *shellHarness) drop(paths ...string) {
	var uris []fyne.URI
	for _, p := range paths {
		uris = append(uris, fstorage.NewFileURI(p))
	}
	h.ui.onDropped(fyne.NewPos(200, 200), uris)
}

// TestDropToOpen drops council files on the window: on the welcome screen
// one opens; with a council open, another copy of it is offered for
// merging, another council gets the choice of switching or a new window,
// and a file of another kind is refused with a message.
func TestDropToOpen(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	h.drop(path)
	if h.ui.Doc == nil || !session.Same(h.ui.Doc.Store.Path(), path) {
		t.Fatalf("dropping %s on the welcome screen did not open it: %s", path, h.Dialog())
	}

	t.Run("AnotherCopy", func(t *testing.T) {
		copyPath := filepath.Join(h.Dir, "Exempel (kopia från Åsa).samverka")
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(copyPath, data, 0o644)
		d, err := storage.Open(copyPath, h.StorageOptions("Åsa", "ASA-PC"))
		if err != nil {
			t.Fatal(err)
		}
		if err := d.Put(&model.Part{Name: "Föreningen Ängsbacken", Kind: model.PartAssociation}); err != nil {
			t.Fatal(err)
		}
		if err := d.Close(); err != nil {
			t.Fatal(err)
		}

		h.drop(copyPath)
		if c := h.Dialog(); c == nil || !strings.Contains(c.Message(), session.Tr("drop.copy.message", map[string]any{"File": filepath.Base(copyPath)})) {
			t.Fatalf("no offer to merge the copy: %s", c)
		}
		h.Confirm("drop.copy.merge")
		found := false
		for _, p := range h.ui.Doc.View.Parts {
			found = found || p.Name == "Föreningen Ängsbacken"
		}
		if !found || !session.Same(h.ui.Doc.Store.Path(), path) {
			t.Error("the copy's part was not merged into the open council")
		}
		for h.Dialog() != nil {
			h.Win.Canvas().Overlays().Top().Hide()
			h.Win.Canvas().Overlays().Remove(h.Win.Canvas().Overlays().Top())
		}
	})

	t.Run("AnotherCouncil", func(t *testing.T) {
		other := filepath.Join(h.Dir, "Rådet Rinkeby.samverka")
		d, err := storage.Create(other, &model.Council{Name: "Brottsförebyggande rådet i Rinkeby"}, h.StorageOptions("Setup", "SETUP-PC"))
		if err != nil {
			t.Fatal(err)
		}
		d.Close()
		h.drop(other)
		c := h.Dialog()
		if c == nil || c.Button("drop.second.switch") == nil || c.Button("drop.second.newWindow") == nil || c.Button("button.cancel") == nil {
			t.Fatalf("no choice between switching and a new window: %s", c)
		}
		if !session.Same(h.ui.Doc.Store.Path(), path) {
			t.Fatal("the open council was closed before the user chose")
		}
		h.Confirm("drop.second.switch")
		if h.ui.Doc == nil || !session.Same(h.ui.Doc.Store.Path(), other) {
			t.Fatalf("switching did not open %s", other)
		}
		if note, _ := storage.ReadLock(path); note != nil {
			t.Error("the council switched from is still noted as open")
		}
	})

	t.Run("NotACouncil", func(t *testing.T) {
		txt := filepath.Join(h.Dir, "anteckningar.txt")
		os.WriteFile(txt, []byte("inte ett råd"), 0o644)
		before := h.ui.Doc.Store.Path()
		h.drop(txt)
		if c := h.Dialog(); c == nil || !strings.Contains(c.Message(), "anteckningar.txt") {
			t.Fatalf("a dropped text file was not refused with a message: %s", c)
		}
		if h.ui.Doc == nil || h.ui.Doc.Store.Path() != before {
			t.Error("the open council changed")
		}
	})
}

// TestOpenRequested: a council the system asks to open (Finder on macOS,
// while Samverka runs) opens on the welcome screen; with a council open,
// asking again for that one changes nothing, and another council gets the
// second-file choice with the open one left open until the user chooses.
func TestOpenRequested(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	h.ui.OpenRequested(path)
	if h.ui.Doc == nil || !session.Same(h.ui.Doc.Store.Path(), path) {
		t.Fatalf("the requested council did not open: %s", h.Dialog())
	}
	h.ui.OpenRequested(path)
	if c := h.Dialog(); c != nil {
		t.Errorf("asking for the open council again asked something: %s", c)
	}

	other := filepath.Join(h.Dir, "Rådet Rinkeby.samverka")
	d, err := storage.Create(other, &model.Council{Name: "Brottsförebyggande rådet i Rinkeby"}, h.StorageOptions("Setup", "SETUP-PC"))
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	h.ui.OpenRequested(other)
	c := h.Dialog()
	if c == nil || c.Button("drop.second.switch") == nil || c.Button("drop.second.newWindow") == nil {
		t.Fatalf("no choice between switching and a new window: %s", c)
	}
	if !session.Same(h.ui.Doc.Store.Path(), path) {
		t.Error("the open council was closed before the user chose")
	}
	h.Confirm("button.cancel")
	if h.ui.Doc == nil || !session.Same(h.ui.Doc.Store.Path(), path) {
		t.Error("cancelling did not keep the open council")
	}
}
