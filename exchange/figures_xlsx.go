package exchange

import (
	"io"
	"slices"

	"github.com/xuri/excelize/v2"

	"samverka/model"
)

// Workbook is an Excel file opened to import a figure table from: the
// user picks a sheet and a range and sees a preview before confirming.
type Workbook struct {
	sheets []string
	grids  map[string]Grid
}

// OpenWorkbook reads an .xlsx file's sheets as grids. Cells are read as
// stored, not as displayed, so a number formatted "1 234" reads 1234.
func OpenWorkbook(r io.Reader) (*Workbook, error) {
	f, err := excelize.OpenReader(io.LimitReader(r, MaxFileSize))
	if err != nil {
		return nil, &model.Error{Code: CodeFigureXLSX, Err: err}
	}
	defer f.Close()
	w := &Workbook{grids: map[string]Grid{}}
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, &model.Error{Code: CodeFigureXLSX, Err: err}
		}
		merged, err := f.GetMergeCells(name, true)
		if err != nil {
			return nil, &model.Error{Code: CodeFigureXLSX, Err: err}
		}
		w.sheets = append(w.sheets, name)
		w.grids[name] = fillMerged(Grid(rows), merged)
	}
	return w, nil
}

// Sheets lists the workbook's sheets in their order.
func (w *Workbook) Sheets() []string { return slices.Clone(w.sheets) }

// Preview returns the cells of sheet inside rng ("B2:F9"; "" for the
// whole used part of the sheet).
func (w *Workbook) Preview(sheet, rng string) (Grid, error) {
	g, ok := w.grids[sheet]
	if !ok {
		return nil, model.Errorf(CodeFigureSheet, "Sheet", sheet)
	}
	return g.Cut(rng)
}

// Table returns the figure table in sheet's range rng, as Grid.FigureTable
// reads it.
func (w *Workbook) Table(sheet, rng string) (model.FigureTable, error) {
	g, err := w.Preview(sheet, rng)
	if err != nil {
		return model.FigureTable{}, err
	}
	col, row := 0, 0
	if rng != "" {
		col, row, _, _, _ = parseRange(rng)
	}
	return g.FigureTable(col, row)
}

// fillMerged gives every cell of a merged area the value of its top-left
// cell, where Excel keeps it: statistics merge a district's name over its
// rows for women and men, and a year over its columns, and each row and
// column needs its own name to become part of a table.
func fillMerged(g Grid, merged []excelize.MergeCell) Grid {
	for _, m := range merged {
		c0, r0, c1, r1, ok := parseRange(m.GetStartAxis() + ":" + m.GetEndAxis())
		if !ok || r0 >= len(g) || c0 >= len(g[r0]) {
			continue
		}
		v := g[r0][c0]
		for r := r0; r <= r1 && r < len(g); r++ {
			for len(g[r]) <= c1 {
				g[r] = append(g[r], "")
			}
			for c := c0; c <= c1; c++ {
				g[r][c] = v
			}
		}
	}
	return g
}
