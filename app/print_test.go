package app

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// TestPrintSaysWhere is issue 19's fifth case: Arkiv → Skriv ut… prints
// the shown screen's document (asking which of a meeting's three); a
// notice names the file and its folder with Öppna and Visa i mappen, and
// says plainly when no viewer could open the document.
func TestPrintSaysWhere(t *testing.T) {
	h := newHarness(t)
	opened := h.Viewer()
	path := h.DemoFile()
	h.openFile(path)
	notice := h.ui.Status.Notice

	// The overview prints nothing: the menu says where documents are.
	h.ui.showScreen(screenOverview)
	h.ui.onPrint()
	if d := h.Dialog(); d == nil || !strings.Contains(d.Message(), "inget dokument att skriva ut") {
		t.Fatalf("no word that the overview prints nothing: %v", d)
	}
	h.Confirm("button.ok")

	h.ui.showScreen(screenMeetings)
	list, _ := h.find(func(o fyne.CanvasObject) bool { _, ok := o.(*widget.List); return ok }).(*widget.List)
	list.Select(0)
	h.ui.onPrint()
	var choices []string
	var minutes *widget.Button
	sessiontest.Walk(h.Win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok {
			choices = append(choices, b.Text)
			if b.Text == session.Tr("meetingEditor.minutesPDF") {
				minutes = b
			}
		}
		return true
	})
	if len(choices) < 3 || minutes == nil {
		t.Fatalf("Skriv ut… offers %q", choices)
	}
	test.Tap(minutes)
	dir := filepath.Dir(path)
	if len(*opened) != 1 || !strings.HasPrefix(filepath.Base((*opened)[0]), "Protokoll ") || filepath.Dir((*opened)[0]) != dir {
		t.Fatalf("opened %q", *opened)
	}
	doc := (*opened)[0]
	if !notice.Box.Visible() || notice.Path != doc ||
		notice.Text.Text != filepath.Base(doc)+" är sparad i mappen "+dir+"." {
		t.Fatalf("notice %v %q", notice.Box.Visible(), notice.Text.Text)
	}
	if notice.Open.Text != "Öppna" || notice.Folder.Text != "Visa i mappen" {
		t.Fatalf("buttons %q %q", notice.Open.Text, notice.Folder.Text)
	}
	test.Tap(notice.Folder)
	test.Tap(notice.Open)
	if len(*opened) != 3 || (*opened)[1] != dir || (*opened)[2] != doc {
		t.Fatalf("Visa i mappen and Öppna opened %q", (*opened)[1:])
	}

	// No viewer: the notice says so, and a dialog too.
	h.ViewerErr = errors.New("no viewer")
	test.Tap(notice.Open)
	if notice.Text.Importance != widget.DangerImportance || !strings.Contains(notice.Text.Text, "Inget program för PDF-filer kunde öppna") {
		t.Fatalf("no viewer: %q", notice.Text.Text)
	}
	if d := h.Dialog(); d == nil || !strings.Contains(d.Message(), doc) {
		t.Fatalf("no dialog naming %s", doc)
	}
}
