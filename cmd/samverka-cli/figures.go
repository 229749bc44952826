package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"samverka/exchange"
	"samverka/model"
	"samverka/storage"
)

// runTable: table FILE SITUATION-ID IN.xlsx|IN.csv --title T [--sheet S]
// [--range B3:F9] [--source S] [--unit U] [--class intern|sekretess
// --provision P] [--preview]. It imports a figure table into a lägesbild
// the way the Lägesbild screen does: the chosen sheet and range are read,
// and with --preview only shown (the sheets, then the cells); without it
// the table is checked and added as the lägesbild's last table.
func runTable(c *call, args []string) int {
	fs := c.flags()
	title := fs.String("title", "", "")
	sheet := fs.String("sheet", "", "")
	rng := fs.String("range", "", "")
	source := fs.String("source", "", "")
	unit := fs.String("unit", "", "")
	class := fs.String("class", "", "")
	provision := fs.String("provision", "", "")
	preview := fs.Bool("preview", false, "")
	pos, ok := c.args(fs, args, 3)
	if !ok {
		return exitUsage
	}
	data, err := c.readInput(pos[2])
	if err != nil {
		return c.failAt(pos[2], err)
	}
	grid, col, row, sheets, err := readGrid(data, pos[2], *sheet, *rng)
	if err != nil {
		return c.failAt(pos[2], err)
	}
	if *preview {
		if len(sheets) > 0 {
			fmt.Fprintln(c.stdout, c.text("cli.table.sheets", "Sheets", strings.Join(sheets, ", ")))
		}
		for _, r := range grid {
			fmt.Fprintln(c.stdout, strings.Join(r, "\t"))
		}
		return exitOK
	}
	if strings.TrimSpace(*title) == "" {
		return c.usage()
	}
	t, err := grid.FigureTable(col, row)
	if err != nil {
		return c.failAt(pos[2], err)
	}
	t.Title, t.Source, t.Unit = *title, *source, *unit
	t.Marking = model.Marking{Class: model.InfoClass(*class), Provision: *provision}
	d, err := storage.Open(pos[0], storage.Options{})
	if err != nil {
		return c.failAt(pos[0], err)
	}
	defer d.Discard()
	r, err := d.Get(model.KindSituation, pos[1])
	if err != nil || r.RecordMeta().Deleted {
		return c.fail(model.Errorf(model.CodeRecordNotFound, "Kind", string(model.KindSituation), "ID", pos[1]))
	}
	s := r.(*model.Situation)
	s.Tables = append(s.Tables, t)
	if err := d.Put(s); err != nil {
		return c.failAt(pos[0], err)
	}
	if err := commit(d); err != nil {
		return c.failAt(pos[0], err)
	}
	fmt.Fprintln(c.stdout, c.text("cli.table.added", "Title", t.Title, "Rows", len(t.Rows), "Columns", len(t.Columns), "Situation", s.Title))
	return exitOK
}

// readGrid reads the cells of a workbook's sheet (the first when none is
// named) or of a CSV file, cut to rng; col and row are the range's top
// left cell, and sheets the workbook's sheets.
func readGrid(data []byte, name, sheet, rng string) (g exchange.Grid, col, row int, sheets []string, err error) {
	if strings.EqualFold(filepath.Ext(name), ".xlsx") {
		w, err := exchange.OpenWorkbook(bytes.NewReader(data))
		if err != nil {
			return nil, 0, 0, nil, err
		}
		sheets = w.Sheets()
		if sheet == "" && len(sheets) > 0 {
			sheet = sheets[0]
		}
		g, err = w.Preview(sheet, rng)
		if err != nil {
			return nil, 0, 0, sheets, err
		}
	} else {
		all, err := exchange.ReadFigureCSV(bytes.NewReader(data))
		if err != nil {
			return nil, 0, 0, nil, err
		}
		if g, err = all.Cut(rng); err != nil {
			return nil, 0, 0, nil, err
		}
	}
	if rng != "" {
		col, row, _ = exchange.RangeStart(rng)
	}
	return g, col, row, sheets, nil
}
