package overview

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/app/internal/sessiontest"
	"samverka/model"
)

// TestPrintReport prints the follow-up report of the example council for a
// period: the PDF goes beside the council's file, is handed to the viewer
// and reads back with the period and the first overdue commitment.
func TestPrintReport(t *testing.T) {
	h := sessiontest.New(t)
	opened := h.Viewer()
	path := h.DemoFile()
	h.OpenFile(path)
	ds := h.Stored(path)

	r := reportOf(h)
	r.Refresh()
	r.from.SetText("2025-01-01")
	test.Tap(r.apply)
	test.Tap(r.print)
	rep := model.BuildReport(ds, "2025-01-01", "", sessiontest.TestToday)
	want := filepath.Join(filepath.Dir(path), "Uppföljningsrapport 2025-01-01 – "+string(sessiontest.TestToday)+".pdf")
	if len(*opened) != 1 || (*opened)[0] != want {
		t.Fatalf("viewer handed %q, want %s", *opened, want)
	}
	text := sessiontest.PDFText(t, want)
	if !strings.Contains(text, "Uppföljningsrapport") || !strings.Contains(text, "2025-01-01") || len(rep.Overdue) == 0 ||
		!strings.Contains(text, rep.Overdue[0].Commitment.Title[:20]) {
		t.Fatalf("the report's PDF lacks its title, period or first overdue commitment:\n%.3000s", text)
	}
}
