package overview

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
	"samverka/model"
)

// TestReportTexts writes the chair's texts of the report to the nämnd on
// the Uppföljning screen: they are kept with the period shown, are there
// again after reopening the file, stay while the screen refreshes under
// them, belong to no other period, and print in the report, where
// unsaved texts are saved first.
func TestReportTexts(t *testing.T) {
	opened := sessiontest.Viewer(t)
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	stored := h.Stored(path)

	r := reportOf(h)
	r.Refresh()
	r.from.SetText("2025-01-01")
	r.to.SetText("2025-12-31")
	test.Tap(r.apply)
	tx := r.texts
	if tx.from != "2025-01-01" || tx.to != "2025-12-31" {
		t.Fatalf("texts of %s – %s", tx.from, tx.to)
	}
	if x := model.ReportTextFor(stored.ReportTexts, "2025-01-01", "2025-12-31"); x != nil && tx.summary.Text != x.Summary {
		t.Fatalf("the stored summary is not shown: %q", tx.summary.Text)
	}
	tx.summary.SetText("")
	test.Type(tx.summary, "Nattvandringen har nått sitt delmål.")
	tx.analysis.SetText("")
	test.Type(tx.analysis, "Rånen vid torget har minskat sedan belysningen byttes.")
	r.Refresh() // another change refreshes the screen: the typing stays
	if tx.summary.Text != "Nattvandringen har nått sitt delmål." {
		t.Fatalf("a refresh replaced the typing with %q", tx.summary.Text)
	}
	test.Tap(tx.save)
	if tx.form.General.Visible() {
		t.Fatalf("problems: %q", tx.form.General.Text)
	}

	h.Reopen(path)
	ds := h.Stored(path)
	x := model.ReportTextFor(ds.ReportTexts, "2025-01-01", "2025-12-31")
	if x == nil || x.Summary != "Nattvandringen har nått sitt delmål." || x.Analysis != "Rånen vid torget har minskat sedan belysningen byttes." {
		t.Fatalf("texts on disk %+v", x)
	}
	r = reportOf(h)
	r.Refresh()
	r.from.SetText("2025-01-01")
	r.to.SetText("2025-12-31")
	test.Tap(r.apply)
	if r.texts.summary.Text != x.Summary {
		t.Fatalf("after reopening the summary shows %q", r.texts.summary.Text)
	}
	// Another period has texts of its own.
	r.from.SetText("2025-01-02")
	test.Tap(r.apply)
	if r.texts.summary.Text == x.Summary {
		t.Fatal("the texts of one period are shown for another")
	}
	r.from.SetText("2025-01-01")
	test.Tap(r.apply)

	// Printed, with the proposals typed but not saved.
	test.Type(r.texts.proposals, "Utöka nattvandringen till Bredäng.")
	test.Tap(r.print)
	want := filepath.Join(filepath.Dir(path), "Uppföljningsrapport 2025-01-01 – 2025-12-31.pdf")
	if len(*opened) != 1 || (*opened)[0] != want {
		t.Fatalf("viewer handed %q, want %s", *opened, want)
	}
	text := strings.Join(strings.Fields(sessiontest.PDFText(t, want)), " ")
	for _, s := range []string{x.Summary, x.Analysis, "Utöka nattvandringen till Bredäng."} {
		if !strings.Contains(text, s) {
			t.Errorf("the printed report lacks %q", s)
		}
	}
	// Ctrl+Z names the texts saved last.
	if top, ok := h.S.Undo.Top(); !ok || top != session.Tr("reportui.undo", map[string]any{"From": "2025-01-01", "To": "2025-12-31"}) {
		t.Errorf("undo offers %q", top)
	}
}
