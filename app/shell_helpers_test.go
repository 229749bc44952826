package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
	"samverka/model"
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

// find returns the first visible object in the window's content that ok
// accepts, nil when there is none.
func (h *shellHarness) find(ok func(fyne.CanvasObject) bool) fyne.CanvasObject {
	return sessiontest.Find(h.Win.Content(), ok)
}

// button returns the window's visible button reading the text of key.
func (h *shellHarness) button(key string) *widget.Button {
	h.T.Helper()
	b, _ := h.find(func(o fyne.CanvasObject) bool {
		b, ok := o.(*widget.Button)
		return ok && b.Text == session.Tr(key)
	}).(*widget.Button)
	if b == nil {
		h.T.Fatalf("no button %q on screen", session.Tr(key))
	}
	return b
}

// entryAfter returns the first entry drawn after the label reading the
// text of key: a form's input for that field.
func (h *shellHarness) entryAfter(key string) *widget.Entry {
	h.T.Helper()
	seen := false
	e, _ := h.find(func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok && l.Text == session.Tr(key) {
			seen = true
		}
		_, isEntry := o.(*widget.Entry)
		return seen && isEntry
	}).(*widget.Entry)
	if e == nil {
		h.T.Fatalf("no entry after %q on screen", session.Tr(key))
	}
	return e
}

// addPart adds a part named name on the Parter screen, through its widgets.
func (h *shellHarness) addPart(name string) {
	h.T.Helper()
	h.ui.showScreen(screenParts)
	test.Tap(h.button("parts.add"))
	test.Type(h.entryAfter(model.FieldKey("name")), name)
	test.Tap(h.button("button.save"))
}

// entryWithPlaceHolder returns the window's visible entry whose place
// holder reads the text of key.
func (h *shellHarness) entryWithPlaceHolder(key string) *widget.Entry {
	e, _ := h.find(func(o fyne.CanvasObject) bool {
		e, ok := o.(*widget.Entry)
		return ok && e.PlaceHolder == session.Tr(key)
	}).(*widget.Entry)
	return e
}

// selectPart shows the Parter screen with part id chosen in its tree.
func (h *shellHarness) selectPart(id string) {
	h.T.Helper()
	h.ui.showScreen(screenParts)
	tree, _ := h.find(func(o fyne.CanvasObject) bool { _, ok := o.(*widget.Tree); return ok }).(*widget.Tree)
	if tree == nil {
		h.T.Fatal("no tree of parts on screen")
	}
	tree.Select(id)
}

// problemShown returns the text of the first problem shown beside a field
// of the screen, "" when none shows.
func (h *shellHarness) problemShown() string {
	l, _ := h.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && l.Importance == widget.DangerImportance && l.Text != ""
	}).(*widget.Label)
	if l == nil {
		return ""
	}
	return l.Text
}
