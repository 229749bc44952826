package exchange

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"samverka/model"
)

// TestImportMergedCells reads a workbook laid out the way statistics are:
// the district's name merged over its rows for women and men. Each row
// gets the name, so the rows part by kön.
func TestImportMergedCells(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{
		{"Område", "Kön", "2023", "2024"},
		{"Skärholmen", "Kvinnor", 48, 51},
		{nil, "Män", 70, 72},
		{"Vårberg", "Kvinnor", 45, 47},
		{nil, "Män", 66, 69},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, 1+i)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range [][2]string{{"A2", "A3"}, {"A4", "A5"}} {
		if err := f.MergeCell("Sheet1", m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	w, err := OpenWorkbook(&b)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := w.Table("Sheet1", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Rows) != 4 || tab.Rows[1].Label != "Skärholmen" || tab.Rows[1].Sex != model.SexMale || tab.Rows[3].Label != "Vårberg" {
		t.Fatalf("rows %+v", tab.Rows)
	}
	tab.Title = "Trygghet"
	if p := model.Validate(&model.Situation{Title: "L", Date: "2026-01-01", Tables: []model.FigureTable{tab}}); len(p) > 0 {
		t.Fatalf("the merged table does not validate: %v", p)
	}
}

// TestImportUnicodeTextAndWordDashes reads Excel's "Unicode text" (UTF-16
// with a byte order mark, tabs) whose figures went through Word: a minus
// typed as a dash is a minus, a lone dash a blank.
func TestImportUnicodeTextAndWordDashes(t *testing.T) {
	text := "Förändring\t2023\t2024\r\nSkadegörelse\t–12\t4,5\r\nRån\t–\t−3\r\n"
	units := utf16.Encode([]rune(text))
	data := []byte{0xFF, 0xFE}
	for _, u := range units {
		data = binary.LittleEndian.AppendUint16(data, u)
	}
	g, err := ReadFigureCSV(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	tab, err := g.FigureTable(0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(tab.Columns, ",") != "2023,2024" || tab.Rows[0].Label != "Skadegörelse" {
		t.Fatalf("table %+v", tab)
	}
	if *tab.Rows[0].Values[0] != -12 || *tab.Rows[0].Values[1] != 4.5 || tab.Rows[1].Values[0] != nil || *tab.Rows[1].Values[1] != -3 {
		t.Fatalf("figures %v %v", tab.Rows[0].Values, tab.Rows[1].Values)
	}
}
