package app

import (
	"testing"
)

// shellHarness is Samverka's whole window on Fyne's test driver: the shell
// with its welcome screen, menus and every screen.
type shellHarness struct {
	*harness
	ui *UI
}

// newHarness starts the user interface in Swedish with its folders in a
// temporary directory; it opens and saves synchronously.
func newHarness(t testing.TB) *shellHarness {
	t.Helper()
	h := newSessionHarness(t)
	ui := New(h.app, h.win, h.options())
	h.s = ui.Session
	t.Cleanup(ui.Shutdown)
	return &shellHarness{harness: h, ui: ui}
}

// openFile opens path through the user interface and fails the test when
// the main window does not show.
func (h *shellHarness) openFile(path string) {
	h.t.Helper()
	h.ui.Start(path)
	if h.ui.doc == nil {
		h.t.Fatalf("%s did not open: %s", path, h.dialog())
	}
}

// reopen closes the file (Ctrl+W) and opens it again.
func (h *shellHarness) reopen(path string) {
	h.t.Helper()
	h.ui.onCloseFile()
	if h.ui.doc != nil {
		h.t.Fatal("the file did not close")
	}
	h.openFile(path)
}
