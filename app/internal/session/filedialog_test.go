package session_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// dialogWidgets returns the widgets the topmost dialog draws.
func dialogWidgets(t *testing.T, win fyne.Window) []fyne.CanvasObject {
	t.Helper()
	top := win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is shown")
	}
	return test.LaidOutObjects(top)
}

// confirmButton returns the dialog's Open or Save button.
func confirmButton(t *testing.T, win fyne.Window) *widget.Button {
	t.Helper()
	for _, o := range dialogWidgets(t, win) {
		if b, ok := o.(*widget.Button); ok && b.Importance == widget.HighImportance {
			return b
		}
	}
	t.Fatal("the file dialog has no confirm button")
	return nil
}

// shows reports whether the topmost dialog shows text somewhere.
func shows(t *testing.T, win fyne.Window, text string) bool {
	for _, o := range dialogWidgets(t, win) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, text) {
			return true
		}
	}
	return false
}

// TestFileDialogsRememberFolder: where Fyne's dialog is used (Linux), a
// file chosen for saving comes back with the filter's extension and
// nothing written yet, its folder is remembered, and the next dialog, of
// another kind too, opens there and lists its files; a remembered folder
// that is gone gives way to the proposed one.
func TestFileDialogsRememberFolder(t *testing.T) {
	if session.NativeDialogs {
		t.Skip("the system's own dialogs cannot be driven from a test")
	}
	h := sessiontest.New(t)
	exports := filepath.Join(h.Dir, "Exporter från rådet")
	if err := os.MkdirAll(exports, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := session.FilterCouncil.Label(); got != "Samverka-rådsfil (*.samverka)" {
		t.Errorf("council filter reads %q", got)
	}
	if got := session.FilterCSV.Label(); got != "Lista (CSV) (*.csv, *.txt)" {
		t.Errorf("CSV filter reads %q", got)
	}

	var saved string
	h.S.SaveFileDialog("file.calendar.title", session.FilterCalendar, exports, "Rådet.ics", func(p string) { saved = p })
	var name *widget.Entry
	for _, o := range dialogWidgets(t, h.Win) {
		if e, ok := o.(*widget.Entry); ok {
			name = e
		}
	}
	if name == nil || name.Text != "Rådet.ics" {
		t.Fatalf("the save dialog does not propose Rådet.ics: %v", name)
	}
	name.SetText("kalender 2027")
	test.Tap(confirmButton(t, h.Win))
	want := filepath.Join(exports, "kalender 2027.ics")
	if saved != want {
		t.Fatalf("saving gave %q, want %q", saved, want)
	}
	if _, err := os.Stat(filepath.Join(exports, "kalender 2027")); !os.IsNotExist(err) {
		t.Errorf("the dialog's empty file was left behind: %v", err)
	}
	if got := h.S.StartFolder(h.Dir); got != exports {
		t.Errorf("next dialog starts in %q, want the folder last used %q", got, exports)
	}

	// A name typed without its extension that names an existing file
	// with it is replaced only after asking.
	existing := filepath.Join(exports, "Rådet.ics")
	if err := os.WriteFile(existing, []byte("BEGIN:VCALENDAR"), 0o644); err != nil {
		t.Fatal(err)
	}
	saved = ""
	h.S.SaveFileDialog("file.calendar.title", session.FilterCalendar, exports, "Rådet.ics", func(p string) { saved = p })
	for _, o := range dialogWidgets(t, h.Win) {
		if e, ok := o.(*widget.Entry); ok {
			e.SetText("Rådet")
		}
	}
	test.Tap(confirmButton(t, h.Win))
	if saved != "" {
		t.Fatalf("%s was chosen without asking to replace it", saved)
	}
	if c := h.Dialog(); c == nil || !strings.Contains(c.Message(), "Rådet.ics") {
		t.Fatalf("no question about replacing Rådet.ics: %v", c)
	}
	h.Confirm("file.replace.yes")
	if saved != existing {
		t.Fatalf("replacing gave %q, want %q", saved, existing)
	}

	if err := os.WriteFile(filepath.Join(exports, "Rådet Skärholmen.samverka"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	h.S.OpenFileDialog("file.open.title", session.FilterCouncil, h.Dir, func(string) {})
	deadline := time.Now().Add(5 * time.Second)
	for !shows(t, h.Win, "Rådet Skärholmen") && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if !shows(t, h.Win, "Rådet Skärholmen") {
		t.Error("the open dialog does not list the council file in the folder last used")
	}

	if err := os.RemoveAll(exports); err != nil {
		t.Fatal(err)
	}
	if got := h.S.StartFolder(h.Dir); got != h.Dir {
		t.Errorf("with the folder last used gone, the dialog starts in %q, want %q", got, h.Dir)
	}
}

// TestFileDialogsGoThroughSession: every file dialog of the program is
// one of the session's, so that Windows and macOS get their own dialog and
// the folder last used is remembered; a screen calling Fyne's dialog
// directly would lose both.
func TestFileDialogsGoThroughSession(t *testing.T) {
	appDir, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(appDir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || filepath.Base(path) == "filedialog.go" {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, call := range []string{"dialog.NewFileOpen(", "dialog.NewFileSave(", "dialog.NewFolderOpen(", "dialog.ShowFileOpen(", "dialog.ShowFileSave(", "dialog.ShowFolderOpen("} {
			if strings.Contains(string(data), call) {
				rel, _ := filepath.Rel(appDir, path)
				t.Errorf("app/%s calls %s; use Session.OpenFileDialog, SaveFileDialog or FolderDialog", filepath.ToSlash(rel), strings.TrimSuffix(call, "("))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
