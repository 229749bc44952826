package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"samverka/model"
)

// TestTableImport imports a figure table into this year's lägesbild the
// way a chair does: from the utbildningsförvaltning's workbook (look at
// the sheets and the range first, then import) and from a Swedish Excel
// CSV, and finds the figures in the printed lägesbild.
func TestTableImport(t *testing.T) {
	isolate(t)
	file := demoFile(t)
	ds := loadDemo(t, file)
	sits := model.Live(ds.Situations)
	sit := sits[len(sits)-1]
	dir := t.TempDir()

	book := filepath.Join(dir, "frånvaro.xlsx")
	f := excelize.NewFile()
	f.NewSheet("Frånvaro")
	f.SetCellValue("Frånvaro", "A1", "Ogiltig frånvaro, åk 7–9")
	for i, r := range [][]any{{"Skola", "2023", "2024", "2025"}, {"Bredängsskolan", 7.4, 7.1, 6.9}, {"Sätraskolan", 5.9, 4.8, 5.4}} {
		cell, _ := excelize.CoordinatesToCellName(2, 3+i)
		f.SetSheetRow("Frånvaro", cell, &r)
	}
	if err := f.SaveAs(book); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := cli(t, "table", file, sit.ID, book, "--sheet", "Frånvaro", "--range", "B3:E5", "--preview")
	if code != exitOK || !strings.Contains(stdout, "Sheet1, Frånvaro") || !strings.Contains(stdout, "Bredängsskolan\t7.4\t7.1\t6.9") {
		t.Fatalf("preview: exit %d %q %s", code, stdout, stderr)
	}
	code, _, stderr = cli(t, "table", file, sit.ID, book, "--sheet", "Frånvaro", "--range", "B3:E5",
		"--title", "Frånvaro i Bredäng och Sätra", "--source", "Utbildningsförvaltningen", "--unit", "procent")
	if code != exitOK {
		t.Fatalf("import xlsx: exit %d: %s", code, stderr)
	}

	csvFile := filepath.Join(dir, "trygghet.csv")
	// Windows-1252, as Excel on a Swedish Windows saves "CSV (semikolonavgränsad)".
	csv := "Område;Kön;2023;2025\r\nVårberg;Kvinnor;48,5;55,25\r\nVårberg;Män;71,3;..\r\n"
	csv = strings.NewReplacer("å", "\xe5", "ö", "\xf6", "ä", "\xe4").Replace(csv)
	if err := os.WriteFile(csvFile, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = cli(t, "table", file, sit.ID, csvFile, "--title", "Trygga i Vårberg", "--class", "intern")
	if code != exitOK {
		t.Fatalf("import csv: exit %d: %s", code, stderr)
	}
	bad := filepath.Join(dir, "fel.csv")
	os.WriteFile(bad, []byte("Område;2025\nVårberg;många\n"), 0o600)
	if code, _, stderr := cli(t, "table", file, sit.ID, bad, "--title", "Fel"); code != exitRefused || !strings.Contains(stderr, "B2") {
		t.Errorf("a word among the figures: exit %d: %s", code, stderr)
	}

	out := filepath.Join(dir, "lägesbild.pdf")
	if code, _, stderr := cli(t, "pdf", file, "situation", sit.ID, "-o", out); code != exitOK {
		t.Fatalf("pdf: exit %d: %s", code, stderr)
	}
	text := strings.ReplaceAll(pdfText(t, out), "\u00a0", " ")
	for _, want := range []string{"Frånvaro i Bredäng och Sätra", "7,4", "6,9", "Trygga i Vårberg (Intern)", "Trygga, kvinnor", "55,25"} {
		if !strings.Contains(text, want) {
			t.Errorf("the lägesbild lacks %q", want)
		}
	}
	public := filepath.Join(dir, "offentlig.pdf")
	cli(t, "pdf", file, "situation", sit.ID, "--public", "-o", public)
	if text := pdfText(t, public); strings.Contains(text, "Trygga i Vårberg") || !strings.Contains(text, "Frånvaro i Bredäng och Sätra") {
		t.Error("the public version shows the internal table or lacks the open one")
	}
}
