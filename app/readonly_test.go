package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// enabledInputs returns the entries, drop-downs and check boxes of the
// window's content that take input.
func enabledInputs(h *shellHarness) []fyne.CanvasObject {
	var open []fyne.CanvasObject
	h.find(func(o fyne.CanvasObject) bool {
		if d, ok := o.(fyne.Disableable); ok && !d.Disabled() {
			switch o.(type) {
			case *widget.Entry, *widget.Select, *widget.Check:
				open = append(open, o)
			}
		}
		return false
	})
	return open
}

// TestReadOnlyFields is issue 19's twelfth case: in a file opened
// read-only the fields of the aktör and commitment editors and of the
// meetings and agreements cannot be typed in, and a line over every
// screen says why and what to do; opened normally, they take typing.
func TestReadOnlyFields(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	opt := h.ui.Opt.Storage
	opt.ReadOnly = true
	h.ui.open(path, opt)
	if !h.ui.ReadOnly() {
		t.Fatal("the file did not open read-only")
	}
	// Disabled fields are drawn in the theme's readable grey.
	if _, ok := h.App.Settings().Theme().(kit.AppTheme); !ok {
		t.Fatalf("the app draws with %T", h.App.Settings().Theme())
	}
	banner := h.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.HasPrefix(l.Text, "Filen är öppnad skrivskyddad")
	})
	if banner == nil {
		t.Fatal("nothing says the file is read-only")
	}
	h.selectPart(h.ui.Doc.View.PartsSorted()[0].ID)
	if open := enabledInputs(h); len(open) > 0 {
		t.Errorf("Aktörer: %d inputs take typing, the first %T", len(open), open[0])
	}
	h.ui.showScreen(screenCommitments)
	// The search and the filters (drop-downs) only choose what is shown;
	// every other input is the editor's.
	for _, o := range enabledInputs(h) {
		switch x := o.(type) {
		case *widget.Entry:
			if x.PlaceHolder != session.Tr("commitments.search") {
				t.Errorf("Åtaganden: an entry takes typing (%q)", x.PlaceHolder)
			}
		case *widget.Check:
			t.Errorf("Åtaganden: a check box takes a tick (%q)", x.Text)
		}
	}

	// Opened normally, the aktör's fields take typing and no line shows.
	h.ui.onCloseFile()
	h.openFile(path)
	h.selectPart(h.ui.Doc.View.PartsSorted()[0].ID)
	if len(enabledInputs(h)) == 0 {
		t.Fatal("no input takes typing in a file opened normally")
	}
	if h.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.HasPrefix(l.Text, "Filen är öppnad skrivskyddad")
	}) != nil {
		t.Fatal("the read-only line shows for a file opened normally")
	}
}
