package situation

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"samverka/exchange"
	"samverka/model"
	"samverka/pdf/flow"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// importDialog imports a figure table from an Excel workbook or a CSV
// file: the user chooses the sheet and the range, sees the cells as Excel
// names them and what table they make, names the table and confirms.
// Nothing is written until then, and a range that makes no table says why.
type importDialog struct {
	v    *tablesView
	name string // the file's name, for the table's title
	wb   *exchange.Workbook
	csv  exchange.Grid // the CSV file's cells, when wb is nil

	sheet   *widget.Select
	rng     *widget.Entry
	preview *widget.Table
	result  *widget.Label

	// grid is the range's cells as shown, col0 and row0 its top-left
	// cell in the file, and table what they make (valid when ok).
	grid       exchange.Grid
	col0, row0 int
	table      model.FigureTable
	ok         bool

	title   *widget.Entry
	source  *widget.Entry
	unit    *widget.Entry
	class   *classPicker
	form    *kit.Form
	confirm *widget.Button
	dialog  *dialog.CustomDialog
}

// onImport asks for the file to import a table from.
func (v *tablesView) onImport() {
	u := v.e.s.ui
	u.OpenFileDialog("file.importTable.title", session.FilterTable, "", func(path string) {
		if err := v.openImport(path); err != nil {
			u.ShowError(err)
		}
	})
}

// openImport reads the file at path and shows the import dialog for it.
// A file that cannot be read as a workbook or CSV is refused with why.
func (v *tablesView) openImport(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if info.Size() > exchange.MaxFileSize {
		return model.Errorf(exchange.CodeFile)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	d := &importDialog{v: v, name: strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm", ".xls":
		if d.wb, err = exchange.OpenWorkbook(bytes.NewReader(data)); err != nil {
			return err
		}
	default:
		if d.csv, err = exchange.ReadFigureCSV(bytes.NewReader(data)); err != nil {
			return err
		}
	}
	d.show()
	v.imports = d
	return nil
}

func (d *importDialog) show() {
	u := d.v.e.s.ui
	d.sheet = widget.NewSelect(nil, func(string) { d.update() })
	d.rng = widget.NewEntry()
	d.rng.PlaceHolder = session.Tr("lawgui.import.rangeHint")
	d.rng.OnChanged = func(string) { d.update() }
	d.result = &widget.Label{Wrapping: fyne.TextWrapWord}
	d.preview = widget.NewTableWithHeaders(d.size, func() fyne.CanvasObject {
		return &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	}, d.updateCell)
	d.preview.CreateHeader = func() fyne.CanvasObject {
		return &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Alignment: fyne.TextAlignCenter}
	}
	d.preview.UpdateHeader = d.updateHeader
	d.title = widget.NewEntry()
	d.title.SetText(d.name)
	d.source = widget.NewEntry()
	d.source.PlaceHolder = session.Tr("lawgui.table.sourceHint")
	d.unit = widget.NewEntry()
	d.unit.PlaceHolder = session.Tr("lawgui.table.unitHint")
	d.class = newClassPicker()

	prefix := "tables[" + strconv.Itoa(len(d.v.tables())) + "]."
	d.form = kit.NewForm()
	if d.wb != nil {
		d.form.Add("sheet", "lawgui.import.sheet", d.sheet)
	}
	d.form.Add("range", "lawgui.import.range", d.rng)
	d.form.Add(prefix+"title", "field.tables.title", d.title)
	d.form.Add(prefix+"source", "field.tables.source", d.source)
	d.form.Add(prefix+"unit", "field.tables.unit", d.unit)
	d.form.Add(prefix+"class", "field.tables.class", d.class.content)

	previewBox := container.NewStack(d.preview)
	top := container.NewVBox(&widget.Label{Text: session.Tr("lawgui.import.help"), Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance}, d.form.View())
	bottom := container.NewVBox(d.result)
	content := container.NewBorder(top, bottom, nil, nil, previewBox)

	cancel := &widget.Button{Text: session.Tr("button.cancel"), OnTapped: func() { d.dialog.Hide() }}
	d.confirm = &widget.Button{Text: session.Tr("lawgui.import.confirm"), Importance: widget.HighImportance, OnTapped: d.onConfirm}
	d.dialog = dialog.NewCustomWithoutButtons(session.Tr("lawgui.import.title", map[string]any{"File": d.name}), content, u.Win)
	d.dialog.SetButtons([]fyne.CanvasObject{cancel, d.confirm})
	d.dialog.Resize(fyne.NewSize(940, 680))
	if d.wb != nil {
		d.sheet.Options = d.wb.Sheets()
		if len(d.sheet.Options) > 0 {
			d.sheet.SetSelectedIndex(0) // runs update
		}
	} else {
		d.update()
	}
	d.dialog.Show()
}

// size is the preview's number of rows and columns.
func (d *importDialog) size() (int, int) {
	w := 0
	for _, r := range d.grid {
		w = max(w, len(r))
	}
	return len(d.grid), w
}

func (d *importDialog) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	text := ""
	if id.Row < len(d.grid) && id.Col < len(d.grid[id.Row]) {
		text = d.grid[id.Row][id.Col]
	}
	// A workbook stores 48.5 where Excel shows 48,5: the preview shows
	// what the user sees in Excel.
	if strings.Contains(text, ".") {
		if v, ok := exchange.ParseFigure(text); ok && v != nil {
			text = flow.Number(*v)
		}
	}
	o.(*widget.Label).SetText(text)
}

// updateHeader names the preview's columns and rows as Excel does, from
// the range's top-left cell.
func (d *importDialog) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	switch {
	case id.Row < 0 && id.Col >= 0:
		l.SetText(strings.TrimSuffix(exchange.CellName(d.col0+id.Col, 0), "1"))
	case id.Col < 0 && id.Row >= 0:
		l.SetText(strconv.Itoa(d.row0 + id.Row + 1))
	default:
		l.SetText("")
	}
}

// cells returns the whole sheet's (or CSV file's) used cells.
func (d *importDialog) cells() (exchange.Grid, error) {
	if d.wb != nil {
		return d.wb.Preview(d.sheet.Selected, "")
	}
	return d.csv.Cut("")
}

// update reads the chosen sheet and range, shows their cells and says
// what table they make, or why they make none.
func (d *importDialog) update() {
	rng := strings.TrimSpace(d.rng.Text)
	d.col0, d.row0 = 0, 0
	if rng != "" {
		if c, r, ok := exchange.RangeStart(rng); ok {
			d.col0, d.row0 = c, r
		}
	}
	all, err := d.cells()
	var g exchange.Grid
	switch {
	case err != nil:
	case len(all) == 0:
		err = model.Errorf("lawgui.import.emptySheet", "Sheet", d.sheet.Selected)
	case d.wb != nil:
		g, err = d.wb.Preview(d.sheet.Selected, rng)
	default:
		g, err = d.csv.Cut(rng)
	}
	if err == nil && len(g) == 0 {
		width := 0
		for _, r := range all {
			width = max(width, len(r))
		}
		err = model.Errorf("lawgui.import.outside", "Range", rng, "Used", "A1:"+exchange.CellName(width-1, len(all)-1))
	}
	d.grid = g
	d.preview.Refresh()
	for c := 0; c < 60; c++ {
		d.preview.SetColumnWidth(c, 110)
	}
	d.ok = false
	if err == nil {
		d.table, err = g.FigureTable(d.col0, d.row0)
	}
	if err != nil {
		d.result.Importance = widget.DangerImportance
		d.result.SetText(session.ErrorText(err))
		d.confirm.Disable()
		return
	}
	d.ok = true
	d.result.Importance = widget.SuccessImportance
	d.result.SetText(importSummary(d.table))
	if !d.v.e.s.ui.ReadOnly() {
		d.confirm.Enable()
	}
}

// importSummary says what table the range makes: its rows, its columns
// and what it is split by.
func importSummary(t model.FigureTable) string {
	split := 0
	for _, r := range t.Rows {
		if r.Sex != model.SexAll {
			split |= 1
		}
		if r.Age != "" {
			split |= 2
		}
	}
	text := session.Tr("lawgui.import.summary", map[string]any{"Rows": len(t.Rows), "Columns": len(t.Columns),
		"Names": strings.Join(t.Columns, ", ")})
	if split > 0 {
		text += " " + session.Tr([]string{"", "lawgui.import.split1", "lawgui.import.split2", "lawgui.import.split3"}[split])
	}
	return text
}

// onConfirm adds the table to the lägesbild; problems show in the dialog,
// which stays open.
func (d *importDialog) onConfirm() {
	if !d.ok {
		return
	}
	t := d.table
	t.Title = strings.TrimSpace(d.title.Text)
	t.Source = strings.TrimSpace(d.source.Text)
	t.Unit = strings.TrimSpace(d.unit.Text)
	t.Marking = d.class.marking()
	err := d.v.put(func(ts []model.FigureTable) []model.FigureTable { return append(ts, t) },
		session.Tr("lawgui.undo.importTable", map[string]any{"Title": t.Title}))
	if err != nil {
		if !d.form.ShowProblems(err) {
			d.v.e.s.ui.ShowError(err)
		}
		return
	}
	d.dialog.Hide()
	d.v.imports = nil
}
