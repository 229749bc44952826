package app

import (
	"testing"

	"samverka/app/internal/sessiontest"
)

// shellHarness is Samverka's whole window on Fyne's test driver: the shell
// with its welcome screen, menus and every screen.
type shellHarness struct {
	*sessiontest.Harness
	ui *UI
}

// newHarness starts the user interface in Swedish with its folders in a
// temporary directory; it opens and saves synchronously.
func newHarness(t testing.TB) *shellHarness {
	t.Helper()
	h := sessiontest.New(t)
	ui := New(h.App, h.Win, h.Options())
	h.S = ui.Session
	t.Cleanup(ui.Shutdown)
	return &shellHarness{Harness: h, ui: ui}
}

// openFile opens path through the user interface and fails the test when
// the main window does not show.
func (h *shellHarness) openFile(path string) {
	h.T.Helper()
	h.ui.Start(path)
	if h.ui.Doc == nil {
		h.T.Fatalf("%s did not open: %s", path, h.Dialog())
	}
}

// reopen closes the file (Ctrl+W) and opens it again.
func (h *shellHarness) reopen(path string) {
	h.T.Helper()
	h.ui.onCloseFile()
	if h.ui.Doc != nil {
		h.T.Fatal("the file did not close")
	}
	h.openFile(path)
}
