package situation

import (
	"slices"
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
	"samverka/model"
)

// newestSituation opens the Lägesbild screen on the demo council's newest
// lägesbild and returns the screen and the file's path.
func newestSituation(t *testing.T) (*sessiontest.Harness, *Situations, string) {
	t.Helper()
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	s := situationsOf(h)
	if len(s.shown) == 0 {
		t.Fatal("the example council has no lägesbild")
	}
	s.list.Select(0)
	return h, s, path
}

// storedSituation reads situation id back from the file at path, as
// another program would, after the session has saved it.
func storedSituation(t *testing.T, h *sessiontest.Harness, path, id string) *model.Situation {
	t.Helper()
	for _, sit := range h.Stored(path).Situations {
		if sit.ID == id {
			return sit
		}
	}
	t.Fatalf("situation %s is not in the file", id)
	return nil
}

// TestTypeFigureTable acts as a chair typing the youth centre's visitors
// into the lägesbild: a figure that is no number is named by its row and
// column and nothing is written; split by kön, the table is saved, drawn
// as a trend over the years and read back from the file as typed.
func TestTypeFigureTable(t *testing.T) {
	h, s, path := newestSituation(t)
	e := s.editor
	before := len(e.before.Tables)
	if len(e.tables.charts) != before || before == 0 {
		t.Fatalf("%d charts for %d tables", len(e.tables.charts), before)
	}

	test.Tap(e.tables.add)
	d := e.tables.dialog
	if d == nil {
		t.Fatal("no table dialog")
	}
	year := e.before.Date.Time().Year()
	if got := d.grid.columns[2].Text; got != strconv.Itoa(year-1) {
		t.Errorf("the last column of a new table is %q, want the year before the lägesbild's", got)
	}
	test.Type(d.title, "Besök på fritidsgården")
	test.Type(d.source, "Fritidsgården Kvarnen, besöksräkning")
	test.Type(d.unit, "besök per vecka")
	test.Tap(d.grid.splitSex)
	r := d.grid.rows[0]
	test.Type(r.label, "Kvarnen")
	r.sex.SetSelected(session.Tr("lawgui.sex.kvinnor"))
	test.Type(r.values[0], "1 234")
	test.Type(r.values[1], "12,5")
	test.Type(r.values[2], "ca 40")
	test.Tap(d.save)
	want := session.Tr("error.lawgui.table.number", map[string]any{"Line": 1, "Column": strconv.Itoa(year - 1), "Text": "ca 40"})
	if got := d.form.Problem(d.prefix() + "rows"); got != want {
		t.Fatalf("problem under the grid %q, want %q", got, want)
	}
	if n := len(h.S.Doc.View.Situations[e.before.ID].Tables); n != before {
		t.Fatalf("a table with a bad figure was written: %d tables", n)
	}
	r.values[2].SetText("")
	test.Tap(d.grid.addRow)
	r2 := d.grid.rows[1]
	test.Type(r2.label, "Kvarnen")
	r2.sex.SetSelected(session.Tr("lawgui.sex.man"))
	test.Type(r2.values[0], "1 500")
	test.Type(r2.values[1], "20")
	test.Type(r2.values[2], "31")
	test.Tap(d.save)
	if e.tables.dialog != nil {
		t.Fatalf("the dialog stayed open: %q", d.form.General.Text)
	}

	got := h.S.Doc.View.Situations[e.before.ID].Tables
	if len(got) != before+1 {
		t.Fatalf("%d tables after adding one to %d", len(got), before)
	}
	tb := got[before]
	if tb.Title != "Besök på fritidsgården" || tb.Unit != "besök per vecka" || len(tb.Rows) != 2 {
		t.Fatalf("stored table %+v", tb)
	}
	if tb.Rows[0].Sex != model.SexFemale || *tb.Rows[0].Values[0] != 1234 || *tb.Rows[0].Values[1] != 12.5 || tb.Rows[0].Values[2] != nil {
		t.Errorf("first row stored as %+v", tb.Rows[0])
	}
	if tb.Rows[1].Sex != model.SexMale || *tb.Rows[1].Values[2] != 31 {
		t.Errorf("second row stored as %+v", tb.Rows[1])
	}
	if tb.Drawn() != model.ChartTrend {
		t.Errorf("a table by year is drawn as %q", tb.Drawn())
	}

	// The chart on screen names the years and the rows, split by kön.
	chart := e.tables.charts[before]
	chart.Resize(fyne.NewSize(600, 260))
	texts := sessiontest.DrawnTexts(chart)
	for _, w := range []string{strconv.Itoa(year - 3), strconv.Itoa(year - 1), "Kvarnen, kvinnor", "Kvarnen, män"} {
		if !slices.Contains(texts, w) {
			t.Errorf("the chart does not show %q: %q", w, texts)
		}
	}

	// Changing it keeps its place; removing it is undone with Ctrl+Z.
	test.Tap(e.tables.edits[before])
	e.tables.dialog.title.SetText("Besök på Kvarnen")
	test.Tap(e.tables.dialog.save)
	if got := h.S.Doc.View.Situations[e.before.ID].Tables[before].Title; got != "Besök på Kvarnen" {
		t.Errorf("changed title stored as %q", got)
	}
	test.Tap(e.tables.removes[before])
	h.Confirm("lawgui.tables.remove")
	if n := len(h.S.Doc.View.Situations[e.before.ID].Tables); n != before {
		t.Fatalf("%d tables after removing one", n)
	}
	h.S.OnUndo()
	if n := len(h.S.Doc.View.Situations[e.before.ID].Tables); n != before+1 {
		t.Fatalf("%d tables after undoing the removal", n)
	}
	if len(e.tables.charts) != before+1 {
		t.Errorf("the screen shows %d tables after undo", len(e.tables.charts))
	}

	// Reopened, the table is in the file as typed.
	id := e.before.ID
	h.Reopen(path)
	if got := storedSituation(t, h, path, id).Tables; len(got) != before+1 || got[before].Title != "Besök på Kvarnen" || *got[before].Rows[1].Values[0] != 1500 {
		t.Errorf("tables on disk %+v", got)
	}
}
