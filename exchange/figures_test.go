package exchange

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"samverka/model"
)

// policeWorkbook makes the workbook a user exports from the police's
// statistics: a title line, an empty line, then the table in B3:E6 on the
// second sheet, numbers formatted with a thousands separator.
func policeWorkbook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if _, err := f.NewSheet("Anmälda brott"); err != nil {
		t.Fatal(err)
	}
	set := func(cell string, v any) {
		if err := f.SetCellValue("Anmälda brott", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	set("A1", "Anmälda brott i Skärholmen, källa: Polisen")
	rows := [][]any{
		{"Brottstyp", "2022", "2023", "2024"},
		{"Skadegörelse", 1234, 1180.5, 1302},
		{"Rån", 88, nil, 61},
		{"Narkotikabrott", 410, 455, "..."},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(2, 3+i)
		if err := f.SetSheetRow("Anmälda brott", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	style, _ := f.NewStyle(&excelize.Style{NumFmt: 3}) // "#,##0"
	f.SetCellStyle("Anmälda brott", "C4", "E6", style)
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestImportFigureTableFromXLSX(t *testing.T) {
	w, err := OpenWorkbook(bytes.NewReader(policeWorkbook(t)))
	if err != nil {
		t.Fatal(err)
	}
	if got := w.Sheets(); len(got) != 2 || got[1] != "Anmälda brott" {
		t.Fatalf("sheets %v", got)
	}
	preview, err := w.Preview("Anmälda brott", "B3:E6")
	if err != nil {
		t.Fatal(err)
	}
	if len(preview) != 4 || preview[0][0] != "Brottstyp" || preview[1][1] != "1234" {
		t.Fatalf("preview %q", preview)
	}
	if _, err := w.Table("Anmälda brott", "B3:E6"); model.CodeOf(err) != CodeFigureNumber ||
		!strings.Contains(err.Error(), "E6") {
		t.Fatalf("\"...\" in E6: want %s naming E6, got %v", CodeFigureNumber, err)
	}
	tab, err := w.Table("Anmälda brott", "B3:D6")
	if err != nil {
		t.Fatal(err)
	}
	tab.Title = "Anmälda brott"
	if p := model.Validate(&model.Situation{Title: "L", Date: "2026-01-01", Tables: []model.FigureTable{tab}}); len(p) > 0 {
		t.Fatalf("imported table does not validate: %v", p)
	}
	if strings.Join(tab.Columns, ",") != "2022,2023" || len(tab.Rows) != 3 {
		t.Fatalf("table %+v", tab)
	}
	if v := tab.Rows[0].Values; *v[0] != 1234 || *v[1] != 1180.5 {
		t.Fatalf("skadegörelse %v %v", *v[0], *v[1])
	}
	if tab.Rows[1].Label != "Rån" || tab.Rows[1].Values[1] != nil {
		t.Fatalf("an empty cell is not a blank: %+v", tab.Rows[1])
	}
	if _, err := w.Preview("Blad9", ""); model.CodeOf(err) != CodeFigureSheet {
		t.Fatalf("unknown sheet: %v", err)
	}
	if _, err := w.Preview("Anmälda brott", "B3:"); model.CodeOf(err) != CodeFigureRange {
		t.Fatalf("bad range: %v", err)
	}
	if _, err := OpenWorkbook(strings.NewReader("Brottstyp;2022\n")); model.CodeOf(err) != CodeFigureXLSX {
		t.Fatalf("a CSV file opened as a workbook: %v", err)
	}
}

// swedishCSV is what Excel on Swedish Windows saves as "CSV
// (semikolonavgränsad)": Windows-1252, semicolons, decimal commas, spaces
// between thousands.
func swedishCSV() []byte {
	text := "Fråga: Känner du dig trygg utomhus sent en kväll?;Kön;Ålder;2021;2023;2025\r\n" +
		"Skärholmen;Kvinnor;16–29 år;48,5;51,0;55,2\r\n" +
		"Skärholmen;Män;16–29 år;71,3;..;74,9\r\n" +
		"Skärholmen;Totalt;;1 060;1 102,5;x\r\n"
	var b []byte
	for _, r := range text {
		switch r {
		case 'å':
			b = append(b, 0xe5)
		case 'ä':
			b = append(b, 0xe4)
		case 'Ä':
			b = append(b, 0xc4)
		case 'Å':
			b = append(b, 0xc5)
		case 'ö':
			b = append(b, 0xf6)
		case '–':
			b = append(b, 0x96)
		default:
			b = append(b, byte(r))
		}
	}
	return b
}

func TestImportFigureTableFromSwedishCSV(t *testing.T) {
	g, err := ReadFigureCSV(bytes.NewReader(swedishCSV()))
	if err != nil {
		t.Fatal(err)
	}
	tab, err := g.FigureTable(0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(tab.Columns, ",") != "2021,2023,2025" || len(tab.Rows) != 3 {
		t.Fatalf("table %+v", tab)
	}
	r := tab.Rows
	if r[0].Sex != model.SexFemale || r[0].Age != "16–29 år" || *r[0].Values[0] != 48.5 {
		t.Fatalf("women %+v", r[0])
	}
	if r[1].Sex != model.SexMale || r[1].Values[1] != nil || *r[1].Values[2] != 74.9 {
		t.Fatalf("men %+v", r[1])
	}
	if r[2].Sex != model.SexAll || *r[2].Values[0] != 1060 || *r[2].Values[1] != 1102.5 || r[2].Values[2] != nil {
		t.Fatalf("all %+v", r[2])
	}
	tab.Title = "Trygghet utomhus"
	if p := model.Validate(&model.Situation{Title: "L", Date: "2026-01-01", Tables: []model.FigureTable{tab}}); len(p) > 0 {
		t.Fatalf("imported table does not validate: %v", p)
	}
	bad := bytes.Replace(swedishCSV(), []byte("Kvinnor"), []byte("Flera"), 1)
	g, _ = ReadFigureCSV(bytes.NewReader(bad))
	if _, err := g.FigureTable(0, 0); model.CodeOf(err) != CodeFigureSex || !strings.Contains(err.Error(), "B2") {
		t.Fatalf("unknown kön in B2: %v", err)
	}
}

func TestParseFigure(t *testing.T) {
	for in, want := range map[string]float64{"1 234,5": 1234.5, "12,5 %": 12.5, "−3": -3, "1234.5": 1234.5, "1.234,5": 1234.5, "7\u00a0000": 7000} {
		v, ok := ParseFigure(in)
		if !ok || v == nil || *v != want {
			t.Errorf("%q: got %v %v, want %v", in, v, ok, want)
		}
	}
	for _, in := range []string{"", "..", "x", "–"} {
		if v, ok := ParseFigure(in); !ok || v != nil {
			t.Errorf("%q is not a blank", in)
		}
	}
	if _, ok := ParseFigure("många"); ok {
		t.Error("text read as a number")
	}
}
