package situation

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"samverka/app/internal/session"
	"samverka/model"
)

// policeXLSX writes the workbook a chair gets from the police: an empty
// first sheet, then the figures under a title line in B3:E6, one of them
// typed as text.
func policeXLSX(t *testing.T, dir string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Anmälda brott"
	if _, err := f.NewSheet(sheet); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue(sheet, "A1", "Anmälda brott i Skärholmen"); err != nil {
		t.Fatal(err)
	}
	rows := [][]any{
		{"Brottstyp", "2022", "2023", "2024"},
		{"Skadegörelse", 1234, 1180.5, 1302},
		{"Rån", 88, "ca 40", 61},
		{"Narkotikabrott", 410, 455, ".."},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(2, 3+i)
		if err := f.SetSheetRow(sheet, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "Polisen anmälda brott.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// header returns what the preview shows as the name of column col (row
// -1) or row row (col -1).
func header(d *importDialog, row, col int) string {
	l := &widget.Label{}
	d.updateHeader(widget.TableCellID{Row: row, Col: col}, l)
	return l.Text
}

// TestImportTableFromXLSX imports the police's workbook as a user would:
// the empty first sheet, a range outside the figures, a range that is no
// range and a figure typed as text each say what is wrong and leave the
// lägesbild as it was; the preview names the cells as Excel does; the
// confirmed table is drawn and in the file.
func TestImportTableFromXLSX(t *testing.T) {
	h, s, _ := newestSituation(t)
	e := s.editor
	before := len(e.before.Tables)
	if err := e.tables.openImport(policeXLSX(t, h.Dir)); err != nil {
		t.Fatal(err)
	}
	d := e.tables.imports
	if got := d.sheet.Options; len(got) != 2 || got[1] != "Anmälda brott" {
		t.Fatalf("sheets offered %q", got)
	}
	want := session.Tr("error.lawgui.import.emptySheet", map[string]any{"Sheet": "Sheet1"})
	if d.result.Text != want || !d.confirm.Disabled() {
		t.Fatalf("empty sheet: %q (confirm disabled %v)", d.result.Text, d.confirm.Disabled())
	}

	d.sheet.SetSelected("Anmälda brott")
	test.Type(d.rng, "H20:K30")
	want = session.Tr("error.lawgui.import.outside", map[string]any{"Range": "H20:K30", "Used": "A1:E6"})
	if d.result.Text != want || !d.confirm.Disabled() {
		t.Fatalf("range outside the sheet: %q", d.result.Text)
	}
	d.rng.SetText("B3-E6")
	if !strings.Contains(d.result.Text, "B3-E6") || !d.confirm.Disabled() {
		t.Fatalf("a range that is none: %q", d.result.Text)
	}
	d.rng.SetText("B3:E6")
	if header(d, -1, 0) != "B" || header(d, 0, -1) != "3" || header(d, -1, 3) != "E" {
		t.Errorf("preview headers %q %q %q, want B, 3, E", header(d, -1, 0), header(d, 0, -1), header(d, -1, 3))
	}
	if len(d.grid) != 4 || d.grid[2][2] != "ca 40" {
		t.Fatalf("preview cells %q", d.grid)
	}
	want = session.Tr("error.exchange.figures.number", map[string]any{"Cell": "D5", "Text": "ca 40"})
	if d.result.Text != want || !d.confirm.Disabled() {
		t.Fatalf("text among the figures: %q, want %q", d.result.Text, want)
	}

	// Without the robbery row the range makes a table.
	d.rng.SetText("B3:E4")
	if d.confirm.Disabled() || !strings.Contains(d.result.Text, "2022, 2023, 2024") {
		t.Fatalf("B3:E4: %q", d.result.Text)
	}
	if d.title.Text != "Polisen anmälda brott" {
		t.Errorf("the title proposed is %q, want the file's name", d.title.Text)
	}
	d.title.SetText("")
	test.Tap(d.confirm)
	if got := d.form.Problem("tables[" + strconv.Itoa(before) + "].title"); got == "" {
		t.Fatal("a table without a title was accepted")
	}
	if n := len(h.S.Doc.View.Situations[e.before.ID].Tables); n != before {
		t.Fatalf("%d tables after a refused import", n)
	}
	test.Type(d.title, "Anmälda brott")
	test.Type(d.source, "Polisen")
	d.class.choice.SetID(string(model.ClassInternal))
	test.Tap(d.confirm)
	if e.tables.imports != nil {
		t.Fatalf("the import stayed open: %q", d.form.General.Text)
	}
	got := h.S.Doc.View.Situations[e.before.ID].Tables
	if len(got) != before+1 {
		t.Fatalf("%d tables after importing one", len(got))
	}
	tb := got[before]
	if tb.Title != "Anmälda brott" || tb.Class != model.ClassInternal || len(tb.Rows) != 1 || *tb.Rows[0].Values[1] != 1180.5 {
		t.Fatalf("imported %+v", tb)
	}
	if len(e.tables.charts) != before+1 {
		t.Errorf("%d charts shown", len(e.tables.charts))
	}
}

// TestImportTableFromSwedishCSV imports a CSV as Swedish Excel and Word
// leave it: UTF-8 with a byte order mark, semicolons, decimal commas, a
// dash for no figure and one as a minus, a Kön column.
func TestImportTableFromSwedishCSV(t *testing.T) {
	h, s, _ := newestSituation(t)
	e := s.editor
	before := len(e.before.Tables)
	path := filepath.Join(h.Dir, "Trygghetsmätning.csv")
	csv := "\ufeffOmråde;Kön;2021;2023;2025\r\nSkärholmen;Kvinnor;48,5;51,0;–\r\nSkärholmen;Män;71,3;..;74,9\r\nFörändring;Totalt;–2;1 060;0\r\n"
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := e.tables.openImport(path); err != nil {
		t.Fatal(err)
	}
	d := e.tables.imports
	if d.wb != nil || d.confirm.Disabled() {
		t.Fatalf("the CSV does not make a table: %q", d.result.Text)
	}
	if d.grid[0][0] != "Område" {
		t.Errorf("the byte order mark is in the first cell: %q", d.grid[0][0])
	}
	want := session.Tr("lawgui.import.summary", map[string]any{"Rows": 3, "Columns": 3, "Names": "2021, 2023, 2025"}) + " " + session.Tr("lawgui.import.split1")
	if d.result.Text != want {
		t.Errorf("summary %q, want %q", d.result.Text, want)
	}
	test.Tap(d.confirm)
	tb := h.S.Doc.View.Situations[e.before.ID].Tables[before]
	r := tb.Rows
	if tb.Title != "Trygghetsmätning" || r[0].Sex != model.SexFemale || r[0].Values[2] != nil || *r[2].Values[0] != -2 || *r[2].Values[1] != 1060 {
		t.Fatalf("imported %+v", tb)
	}
}

// TestImportRefusesOtherFiles: a file that is no workbook says so and
// adds nothing.
func TestImportRefusesOtherFiles(t *testing.T) {
	h, s, _ := newestSituation(t)
	path := filepath.Join(h.Dir, "Inte en arbetsbok.xlsx")
	if err := os.WriteFile(path, []byte("PK\x03\x04 trasig"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := s.editor.tables.openImport(path)
	if got := session.ErrorText(err); got != session.Tr("error.exchange.figures.xlsx") {
		t.Fatalf("a broken workbook: %q", got)
	}
	if s.editor.tables.imports != nil {
		t.Error("an import dialog for a broken file")
	}
}
