package app

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/sessiontest"
)

// TestCouncilFromScratch acts as a council chair: create a council file
// from the welcome screen, add a part, save with Ctrl+S, then reopen the
// file and find it. The parts and commitments screens have their own
// tests of the same path in detail.
func TestCouncilFromScratch(t *testing.T) {
	h := newHarness(t)
	h.ui.Start("")
	w := h.ui.welcome
	if w == nil || !isShown(h.ui.root, w.content) {
		t.Fatal("no welcome screen without a file")
	}

	// Create the council file: its name, then where and under which
	// name (the save dialog proposes the council's name).
	test.Type(w.name, "Brottsförebyggande rådet i Testby")
	test.Type(w.district, "Testby")
	folder := filepath.Join(h.Dir, "Rådet")
	if err := sessiontest.OsMkdir(folder); err != nil {
		t.Fatal(err)
	}
	test.Tap(w.create)
	d := h.Dialog()
	if d == nil {
		t.Fatal("no save dialog")
	}
	name, _ := sessiontest.Find(d.Root(), func(o fyne.CanvasObject) bool { _, ok := o.(*widget.Entry); return ok }).(*widget.Entry)
	if name == nil || name.Text != "Brottsförebyggande rådet i Testby.samverka" {
		t.Fatalf("the save dialog proposes %v", name)
	}
	browseTo(t, d, folder)
	test.Tap(d.Button("save.save"))
	path := filepath.Join(folder, "Brottsförebyggande rådet i Testby.samverka")
	if h.ui.Doc == nil || h.ui.Doc.Store.Path() != path {
		t.Fatalf("no council open at %s", path)
	}
	if title := h.Win.Title(); title != "Brottsförebyggande rådet i Testby — Samverka" {
		t.Fatalf("window title %q", title)
	}
	if h.ui.Status.Path.Text != path {
		t.Fatalf("status line shows %q", h.ui.Status.Path.Text)
	}
	if got := recentFiles(h.App.Preferences()); len(got) == 0 || got[0] != path {
		t.Fatalf("recent files %v", got)
	}
	if got := h.ui.StartFolder(""); got != folder {
		t.Errorf("the next file dialog starts in %q, not in the folder the council was made in", got)
	}

	// A part, through the Parter screen's widgets.
	h.addPart("Fryshuset")

	// Ctrl+S saves; the status line says so.
	h.ui.saveNow()
	if !strings.HasPrefix(h.ui.Status.State.Text, "Sparad ") {
		t.Fatalf("status after saving: %q", h.ui.Status.State.Text)
	}

	// Reopen: the part is there, on screen and on disk.
	h.reopen(path)
	if v := h.ui.Doc.View; len(v.Parts) != 1 {
		t.Fatalf("after reopening: %d parts", len(v.Parts))
	}
	h.ui.onCloseFile()
	ds := h.Stored(path)
	if ds.Council.Name != "Brottsförebyggande rådet i Testby" || ds.Council.District != "Testby" {
		t.Fatalf("council on disk %+v", ds.Council)
	}
	if len(ds.Parts) != 1 || ds.Parts[0].Name != "Fryshuset" || ds.Parts[0].ModifiedBy != "Anna" {
		t.Fatalf("parts on disk %+v", ds.Parts)
	}
}

// TestExampleCouncil is issue 19's tenth case: the example council
// opens from a new temporary copy each time, never among the user's own
// files; the status line says so and how to keep it, it is no recent
// file, and its copy goes when it is closed.
func TestExampleCouncil(t *testing.T) {
	h := newHarness(t)
	h.ui.Start("")
	test.Tap(h.ui.welcome.example)
	if h.ui.Doc == nil {
		t.Fatal("the example council did not open")
	}
	path := h.ui.Doc.Store.Path()
	if filepath.Base(path) != "Exempelrådet.samverka" || len(h.ui.Doc.View.Parts) < 5 || len(h.ui.Doc.View.Rows) < 20 {
		t.Fatalf("example %s: %d parts, %d commitments", path, len(h.ui.Doc.View.Parts), len(h.ui.Doc.View.Rows))
	}
	if !strings.HasPrefix(path, h.S.Opt.ExampleDir) || !strings.HasPrefix(filepath.Base(filepath.Dir(path)), "samverka-exempel-") {
		t.Fatalf("the example is not in a temporary folder: %s", path)
	}
	if got := h.ui.Status.Path.Text; !strings.Contains(got, "tillfällig kopia") || !strings.Contains(got, "Spara kopia som…") {
		t.Fatalf("status line %q", got)
	}
	h.ui.onCloseFile()
	if sessiontest.FileExists(filepath.Dir(path)) {
		t.Fatal("the example's temporary folder stayed after closing")
	}
	if len(recentFiles(h.App.Preferences())) != 0 || len(h.ui.welcome.recent) != 0 {
		t.Fatal("the temporary example is among the recent files")
	}
	test.Tap(h.ui.welcome.example)
	if h.ui.Doc == nil || h.ui.Doc.Store.Path() == path {
		t.Fatalf("the example opened again from %v", h.ui.Doc)
	}
	second := h.ui.Doc.Store.Path()
	h.ui.Shutdown()
	if sessiontest.FileExists(filepath.Dir(second)) {
		t.Fatal("the example's temporary folder stayed after quitting")
	}
}

// browseTo goes to folder in the save dialog as a person would: up to the
// top of the disk, then down folder by folder through the list.
func browseTo(t *testing.T, d interface {
	Button(string) *widget.Button
	List() *widget.List
}, folder string) {
	t.Helper()
	up := d.Button("save.parent")
	for i := 0; i < 64 && !up.Disabled(); i++ {
		test.Tap(up)
	}
	root := filepath.VolumeName(folder) + string(filepath.Separator)
	rel, err := filepath.Rel(root, folder)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range strings.Split(rel, string(filepath.Separator)) {
		list := d.List()
		i := slices.Index(sessiontest.ListTexts(list), name)
		if i < 0 {
			t.Fatalf("no folder %q to open among %q", name, sessiontest.ListTexts(list))
		}
		list.Select(i)
	}
}
