package app

import (
	"net/url"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"samverka/model"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// chainViewer replaces the system viewer for the test and returns the
// files it was handed.
func chainViewer(t *testing.T) *[]string {
	t.Helper()
	var opened []string
	saved := session.OpenWithViewer
	session.OpenWithViewer = func(_ fyne.App, u *url.URL) error {
		opened = append(opened, filepath.FromSlash(u.Path))
		return nil
	}
	t.Cleanup(func() { session.OpenWithViewer = saved })
	return &opened
}

// chainPDFText returns a PDF's text as pdftotext reads it.
func chainPDFText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// TestPrintPlanAndReport prints the åtgärdsplan and the follow-up report
// of the example council: each PDF goes beside the council's file, is
// handed to the viewer and reads back with the screen's content.
func TestPrintPlanAndReport(t *testing.T) {
	opened := chainViewer(t)
	h := newHarness(t)
	path := h.DemoFile()
	h.openFile(path)
	ds := h.Stored(path)

	h.ui.showScreen(screenPlan)
	test.Tap(h.ui.screenNamed(screenPlan).(*planScreen).print)
	want := filepath.Join(filepath.Dir(path), "Åtgärdsplan "+string(sessiontest.TestToday)+".pdf")
	if len(*opened) != 1 || (*opened)[0] != want {
		t.Fatalf("viewer handed %q, want %s", *opened, want)
	}
	plan := model.BuildPlan(ds, sessiontest.TestToday)
	text := chainPDFText(t, want)
	if !strings.Contains(text, "Åtgärdsplan") || !strings.Contains(text, plan.Groups[0].Problem.Title) {
		t.Fatalf("the plan's PDF lacks its title or first problem:\n%.2000s", text)
	}

	h.ui.showScreen(screenReport)
	r := h.ui.screenNamed(screenReport).(*reportScreen)
	r.from.SetText("2025-01-01")
	test.Tap(r.apply)
	test.Tap(r.print)
	rep := model.BuildReport(ds, "2025-01-01", "", sessiontest.TestToday)
	want = filepath.Join(filepath.Dir(path), "Uppföljningsrapport 2025-01-01 – "+string(sessiontest.TestToday)+".pdf")
	if len(*opened) != 2 || (*opened)[1] != want {
		t.Fatalf("viewer handed %q, want %s", *opened, want)
	}
	text = chainPDFText(t, want)
	if !strings.Contains(text, "Uppföljningsrapport") || !strings.Contains(text, "2025-01-01") || len(rep.Overdue) == 0 ||
		!strings.Contains(text, rep.Overdue[0].Commitment.Title[:20]) {
		t.Fatalf("the report's PDF lacks its title, period or first overdue commitment:\n%.3000s", text)
	}
}
