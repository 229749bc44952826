package situation

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/exchange"
	"samverka/model"

	"samverka/app/internal/session"
)

// tableGrid is where a figure table's cells are typed: a row of column
// names (usually years or areas), then one line per row with its name,
// optionally its kön and ålder, and a figure per column. Figures are read
// as Swedish Excel writes them ("1 234,5"); an empty cell is no figure.
type tableGrid struct {
	splitSex *widget.Check
	splitAge *widget.Check
	columns  []*widget.Entry
	rows     []*gridRow

	addRow       *widget.Button
	addColumn    *widget.Button
	removeColumn *widget.Button
	lines        *fyne.Container
	content      fyne.CanvasObject
}

// gridRow is one row of the grid being typed.
type gridRow struct {
	label  *widget.Entry
	sex    *widget.Select
	age    *widget.Entry
	values []*widget.Entry
	remove *widget.Button
}

func newTableGrid() *tableGrid {
	g := &tableGrid{lines: container.NewVBox()}
	g.splitSex = widget.NewCheck(session.Tr("lawgui.table.splitSex"), func(bool) { g.layout() })
	g.splitAge = widget.NewCheck(session.Tr("lawgui.table.splitAge"), func(bool) { g.layout() })
	g.addRow = &widget.Button{Text: session.Tr("lawgui.table.addRow"), Icon: theme.ContentAddIcon(), Importance: widget.LowImportance, OnTapped: g.onAddRow}
	g.addColumn = &widget.Button{Text: session.Tr("lawgui.table.addColumn"), Icon: theme.ContentAddIcon(), Importance: widget.LowImportance, OnTapped: g.onAddColumn}
	g.removeColumn = &widget.Button{Text: session.Tr("lawgui.table.removeColumn"), Icon: theme.ContentRemoveIcon(), Importance: widget.LowImportance, OnTapped: g.onRemoveColumn}
	g.content = container.NewVBox(container.NewHBox(g.splitSex, g.splitAge), g.lines,
		container.NewHBox(g.addRow, g.addColumn, g.removeColumn))
	return g
}

// sexLabels are the kön choices as offered, in model.Sexes order.
func sexLabels() []string {
	out := make([]string, len(model.Sexes))
	for i, s := range model.Sexes {
		out[i] = session.Tr("lawgui.sex." + string(s))
	}
	return out
}

// set shows table t in the grid.
func (g *tableGrid) set(t model.FigureTable) {
	g.columns, g.rows = nil, nil
	for _, c := range t.Columns {
		g.newColumn(c)
	}
	split := false
	age := false
	for _, r := range t.Rows {
		gr := g.newRow()
		gr.label.SetText(r.Label)
		gr.sex.SetSelectedIndex(max(0, slices.Index(model.Sexes, r.Sex)))
		gr.age.SetText(r.Age)
		split = split || r.Sex != model.SexAll
		age = age || r.Age != ""
		for i, v := range r.Values {
			if i < len(gr.values) && v != nil {
				gr.values[i].SetText(figureText(*v))
			}
		}
	}
	g.splitSex.Checked, g.splitAge.Checked = split, age
	g.splitSex.Refresh()
	g.splitAge.Refresh()
	g.layout()
}

// figureText writes a figure for typing: a decimal comma, no spaces.
func figureText(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}

func (g *tableGrid) newColumn(name string) *widget.Entry {
	e := widget.NewEntry()
	e.PlaceHolder = session.Tr("lawgui.table.columnHint")
	e.SetText(name)
	g.columns = append(g.columns, e)
	for _, r := range g.rows {
		r.values = append(r.values, g.valueEntry())
	}
	return e
}

func (g *tableGrid) valueEntry() *widget.Entry {
	e := widget.NewEntry()
	e.PlaceHolder = "–"
	return e
}

func (g *tableGrid) newRow() *gridRow {
	r := &gridRow{label: widget.NewEntry(), age: widget.NewEntry()}
	r.label.PlaceHolder = session.Tr("lawgui.table.rowHint")
	r.age.PlaceHolder = session.Tr("lawgui.table.ageHint")
	r.sex = widget.NewSelect(sexLabels(), nil)
	r.sex.SetSelectedIndex(0)
	for range g.columns {
		r.values = append(r.values, g.valueEntry())
	}
	r.remove = &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance}
	r.remove.OnTapped = func() { g.onRemoveRow(r) }
	g.rows = append(g.rows, r)
	return r
}

// layout lays the grid out anew: the header of column names, then the
// rows, with the kön and ålder columns when the table is split by them.
func (g *tableGrid) layout() {
	n := 1 + len(g.columns) + 1
	if g.splitSex.Checked {
		n++
	}
	if g.splitAge.Checked {
		n++
	}
	bold := func(key string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(session.Tr(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	head := []fyne.CanvasObject{bold("lawgui.table.rowName")}
	if g.splitSex.Checked {
		head = append(head, bold("lawgui.table.sex"))
	}
	if g.splitAge.Checked {
		head = append(head, bold("lawgui.table.age"))
	}
	for _, c := range g.columns {
		head = append(head, c)
	}
	head = append(head, widget.NewLabel(""))
	g.lines.Objects = []fyne.CanvasObject{container.NewGridWithColumns(n, head...)}
	for _, r := range g.rows {
		cells := []fyne.CanvasObject{r.label}
		if g.splitSex.Checked {
			cells = append(cells, r.sex)
		}
		if g.splitAge.Checked {
			cells = append(cells, r.age)
		}
		for _, v := range r.values {
			cells = append(cells, v)
		}
		cells = append(cells, container.NewHBox(r.remove))
		g.lines.Objects = append(g.lines.Objects, container.NewGridWithColumns(n, cells...))
	}
	g.removeColumn.Disable()
	if len(g.columns) > 1 {
		g.removeColumn.Enable()
	}
	g.lines.Refresh()
}

// onAddRow adds an empty row and puts the cursor in its name.
func (g *tableGrid) onAddRow() {
	r := g.newRow()
	g.layout()
	focus(g.lines, r.label)
}

// onAddColumn adds a column, named after the year that follows the last
// column when the columns are years.
func (g *tableGrid) onAddColumn() {
	name := ""
	if n := len(g.columns); n > 0 {
		if y, err := strconv.Atoi(strings.TrimSpace(g.columns[n-1].Text)); err == nil && y > 1900 && y < 2200 {
			name = strconv.Itoa(y + 1)
		}
	}
	e := g.newColumn(name)
	g.layout()
	focus(g.lines, e)
}

// onRemoveColumn removes the last column with its figures.
func (g *tableGrid) onRemoveColumn() {
	n := len(g.columns)
	if n <= 1 {
		return
	}
	g.columns = g.columns[:n-1]
	for _, r := range g.rows {
		r.values = r.values[:n-1]
	}
	g.layout()
}

func (g *tableGrid) onRemoveRow(r *gridRow) {
	g.rows = slices.DeleteFunc(g.rows, func(x *gridRow) bool { return x == r })
	g.layout()
}

// focus puts the cursor in e when the grid is on a canvas.
func focus(in fyne.CanvasObject, e fyne.Focusable) {
	if cv := fyne.CurrentApp().Driver().CanvasForObject(in); cv != nil {
		cv.Focus(e)
	}
}

// table reads the grid as a table's columns and rows; field is where the
// table's rows are validated ("tables[2].rows"), so that a cell that is
// no figure is named by its row and column there. Rows left wholly empty
// are skipped.
func (g *tableGrid) table(field string) (columns []string, rows []model.FigureRow, err error) {
	for _, c := range g.columns {
		columns = append(columns, strings.TrimSpace(c.Text))
	}
	var problems model.Problems
	line := 0
	for _, r := range g.rows {
		empty := strings.TrimSpace(r.label.Text) == "" && (!g.splitAge.Checked || strings.TrimSpace(r.age.Text) == "")
		for _, v := range r.values {
			empty = empty && strings.TrimSpace(v.Text) == ""
		}
		if empty {
			continue
		}
		line++
		fr := model.FigureRow{Label: strings.TrimSpace(r.label.Text)}
		if g.splitSex.Checked && r.sex.SelectedIndex() > 0 {
			fr.Sex = model.Sexes[r.sex.SelectedIndex()]
		}
		if g.splitAge.Checked {
			fr.Age = strings.TrimSpace(r.age.Text)
		}
		for i, v := range r.values {
			f, ok := exchange.ParseFigure(v.Text)
			if !ok {
				problems = append(problems, &model.Error{Code: "lawgui.table.number", Field: field,
					Args: map[string]any{"Line": line, "Column": columns[i], "Text": v.Text}})
			}
			fr.Values = append(fr.Values, f)
		}
		rows = append(rows, fr)
	}
	if len(problems) > 0 {
		return nil, nil, problems
	}
	return columns, rows, nil
}
