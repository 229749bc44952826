package situation

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
	"samverka/pdf"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// tablesView is the lägesbild's kartläggning: its figure tables, each
// drawn as the chart the printed lägesbild shows, typed or imported from
// Excel or CSV, changed and removed.
type tablesView struct {
	e *situationEditor

	add      *widget.Button
	importer *widget.Button
	note     *widget.Label
	cards    *fyne.Container
	// charts, edits and removes are the tables' charts and buttons in
	// table order, for tests.
	charts  []*figureChart
	edits   []*widget.Button
	removes []*widget.Button
	// dialog and imports are the table and import dialogs on screen, for
	// tests.
	dialog  *tableDialog
	imports *importDialog

	content fyne.CanvasObject
}

func newTablesView(e *situationEditor) *tablesView {
	v := &tablesView{e: e, cards: container.NewVBox()}
	v.add = &widget.Button{Text: session.Tr("lawgui.tables.add"), Icon: theme.ContentAddIcon(), OnTapped: v.onAdd}
	v.importer = &widget.Button{Text: session.Tr("lawgui.tables.import"), Icon: theme.FolderOpenIcon(), OnTapped: v.onImport}
	v.note = &widget.Label{Importance: widget.LowImportance, Wrapping: fyne.TextWrapWord}
	v.content = container.NewVBox(container.NewHBox(v.add, v.importer), v.note, v.cards)
	return v
}

// tables returns the tables of the situation shown, none for a new one.
func (v *tablesView) tables() []model.FigureTable {
	if v.e.before == nil {
		return nil
	}
	return v.e.before.Tables
}

// refresh lists the situation's tables with their charts.
func (v *tablesView) refresh() {
	tables := v.tables()
	v.cards.RemoveAll()
	v.charts, v.edits, v.removes = nil, nil, nil
	switch {
	case v.e.before == nil:
		v.note.SetText(session.Tr("lawgui.tables.saveFirst"))
		v.note.Show()
	case len(tables) == 0:
		v.note.SetText(session.Tr("lawgui.tables.none"))
		v.note.Show()
	default:
		v.note.Hide()
	}
	v.e.tablesTab.Text = session.Tr("lawgui.situation.tabTables", map[string]any{"Count": len(tables)})
	v.e.tabs.Refresh()
	lang := session.Language(v.e.s.ui.Prefs)
	for i := range tables {
		t := &tables[i]
		title := t.Title
		if b := markingBadge(t.Marking); b != "" {
			title += " · " + b
		}
		var body []fyne.CanvasObject
		chart := newFigureChart(pdf.FigureChart(t, lang))
		v.charts = append(v.charts, chart)
		if t.Drawn() == model.ChartNone {
			body = append(body, &widget.Label{Text: session.Tr("lawgui.tables.noChart"), Importance: widget.LowImportance})
		} else {
			body = append(body, chart)
		}
		if t.Note != "" {
			body = append(body, &widget.Label{Text: t.Note, Wrapping: fyne.TextWrapWord})
		}
		edit := &widget.Button{Text: session.Tr("lawgui.tables.edit"), Icon: theme.DocumentCreateIcon(), OnTapped: func() { v.onEdit(i) }}
		remove := &widget.Button{Text: session.Tr("lawgui.tables.remove"), Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { v.onRemove(i) }}
		v.edits, v.removes = append(v.edits, edit), append(v.removes, remove)
		body = append(body, container.NewHBox(edit, remove))
		head := &widget.Label{Text: title, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Wrapping: fyne.TextWrapWord}
		line := &widget.Label{Text: tableLine(t), SizeName: theme.SizeNameCaptionText, Wrapping: fyne.TextWrapWord}
		v.cards.Add(container.NewVBox(widget.NewSeparator(), head, line, container.NewVBox(body...)))
	}
	v.setEditable()
}

// tableLine is a table's source, unit and size under its title.
func tableLine(t *model.FigureTable) string {
	var parts []string
	if t.Source != "" {
		parts = append(parts, t.Source)
	}
	if t.Unit != "" {
		parts = append(parts, t.Unit)
	}
	parts = append(parts, session.Tr("lawgui.tables.size", map[string]any{"Rows": len(t.Rows), "Columns": len(t.Columns)}))
	return strings.Join(parts, " · ")
}

func (v *tablesView) setEditable() {
	off := v.e.s.ui.ReadOnly() || v.e.before == nil
	kit.SetDisabled(off, v.add, v.importer)
	kit.SetDisabled(off, v.edits...)
	kit.SetDisabled(off, v.removes...)
}

// put writes the situation with its tables changed by change, under the
// undo name what; the form's other fields keep what is typed in them.
func (v *tablesView) put(change func([]model.FigureTable) []model.FigureTable, what string) error {
	e := v.e
	if e.before == nil {
		return nil
	}
	u := e.s.ui
	copied := *e.before
	copied.Tables = change(slices.Clone(e.before.Tables))
	if err := u.Doc.Put(&copied); err != nil {
		return err
	}
	u.Undo.Push(what, session.UndoEdit(e.before))
	if now := u.Doc.View.Situations[copied.ID]; now != nil {
		e.before = now
	}
	u.RefreshAll()
	v.refresh()
	u.Status.SetState(session.Tr("status.recorded"), false)
	return nil
}

// onAdd opens an empty table to type, with the three years before the
// lägesbild's as its columns.
func (v *tablesView) onAdd() {
	t := model.FigureTable{}
	if d := v.e.before.Date; d.Valid() {
		y := d.Time().Year()
		t.Columns = []string{fmt.Sprint(y - 3), fmt.Sprint(y - 2), fmt.Sprint(y - 1)}
	} else {
		t.Columns = []string{""}
	}
	t.Rows = []model.FigureRow{{Values: make([]*float64, len(t.Columns))}}
	v.dialog = newTableDialog(v, -1, t)
}

func (v *tablesView) onEdit(i int) {
	if tables := v.tables(); i < len(tables) {
		v.dialog = newTableDialog(v, i, tables[i])
	}
}

// onRemove asks, then removes table i; Ctrl+Z brings it back.
func (v *tablesView) onRemove(i int) {
	tables := v.tables()
	if i >= len(tables) {
		return
	}
	title := tables[i].Title
	u := v.e.s.ui
	u.Confirm("lawgui.tables.removeTitle", session.Tr("lawgui.tables.removeMessage", map[string]any{"Title": title}), "lawgui.tables.remove", func() {
		err := v.put(func(ts []model.FigureTable) []model.FigureTable { return slices.Delete(ts, i, i+1) },
			session.Tr("lawgui.undo.removeTable", map[string]any{"Title": title}))
		if err != nil {
			u.ShowError(err)
		}
	})
}

// tableDialog types or changes one figure table: its title, source, unit,
// chart, note and class, and its cells.
type tableDialog struct {
	v      *tablesView
	index  int // the table's place, -1 for a new table
	before model.FigureTable

	title  *widget.Entry
	source *widget.Entry
	unit   *widget.Entry
	note   *widget.Entry
	chart  *kit.Choice
	class  *classPicker
	grid   *tableGrid
	form   *kit.Form
	save   *widget.Button
	dialog *dialog.CustomDialog
}

func newTableDialog(v *tablesView, index int, t model.FigureTable) *tableDialog {
	d := &tableDialog{v: v, index: index, before: t}
	d.title = widget.NewEntry()
	d.title.PlaceHolder = session.Tr("lawgui.table.titleHint")
	d.source = widget.NewEntry()
	d.source.PlaceHolder = session.Tr("lawgui.table.sourceHint")
	d.unit = widget.NewEntry()
	d.unit.PlaceHolder = session.Tr("lawgui.table.unitHint")
	d.note = widget.NewEntry()
	d.chart = chartChoice()
	d.class = newClassPicker()
	d.grid = newTableGrid()
	d.title.SetText(t.Title)
	d.source.SetText(t.Source)
	d.unit.SetText(t.Unit)
	d.note.SetText(t.Note)
	d.chart.SetIDQuietly(string(t.Chart))
	d.class.set(t.Marking)
	d.grid.set(t)

	prefix := d.prefix()
	d.form = kit.NewForm()
	d.form.Add(prefix+"title", "field.tables.title", d.title)
	d.form.Add(prefix+"source", "field.tables.source", d.source)
	d.form.Add(prefix+"unit", "field.tables.unit", d.unit)
	d.form.Add(prefix+"chart", "field.tables.chart", d.chart.Sel)
	d.form.Add(prefix+"note", "field.tables.note", d.note)
	d.form.Add(prefix+"class", "field.tables.class", d.class.content)
	d.form.Add(prefix+"rows", "field.tables.rows", d.grid.content)

	u := v.e.s.ui
	cancel := &widget.Button{Text: session.Tr("button.cancel"), OnTapped: func() { d.dialog.Hide() }}
	d.save = &widget.Button{Text: session.Tr("button.save"), Importance: widget.HighImportance, OnTapped: d.onSave}
	titleKey := "lawgui.table.editTitle"
	if index < 0 {
		titleKey = "lawgui.table.newTitle"
	}
	scroll := container.NewVScroll(d.form.View())
	scroll.SetMinSize(fyne.NewSize(860, 520))
	d.dialog = dialog.NewCustomWithoutButtons(session.Tr(titleKey), scroll, u.Win)
	d.dialog.SetButtons([]fyne.CanvasObject{cancel, d.save})
	d.dialog.Show()
	focus(d.title, d.title)
	return d
}

// chartChoice offers the ways a table is drawn.
func chartChoice() *kit.Choice {
	c := kit.NewChoice(nil)
	ids := make([]string, len(model.ChartKinds))
	labels := make([]string, len(model.ChartKinds))
	for i, k := range model.ChartKinds {
		ids[i], labels[i] = string(k), session.Tr("lawgui.chart."+string(k))
	}
	c.SetOptions(ids, labels, false)
	c.SetIDQuietly(string(model.ChartAuto))
	return c
}

// prefix is where validation names the table's fields: "tables[2].".
func (d *tableDialog) prefix() string {
	i := d.index
	if i < 0 {
		i = len(d.v.tables())
	}
	return fmt.Sprintf("tables[%d].", i)
}

// onSave checks the table and writes it into the lägesbild; problems
// show beside their fields and the dialog stays open.
func (d *tableDialog) onSave() {
	prefix := d.prefix()
	columns, rows, err := d.grid.table(prefix + "rows")
	if err != nil {
		d.form.ShowProblems(err)
		return
	}
	t := d.before
	t.Title = strings.TrimSpace(d.title.Text)
	t.Source = strings.TrimSpace(d.source.Text)
	t.Unit = strings.TrimSpace(d.unit.Text)
	t.Note = strings.TrimSpace(d.note.Text)
	t.Chart = model.ChartKind(d.chart.ID())
	t.Marking = d.class.marking()
	t.Columns, t.Rows = columns, rows
	key := "lawgui.undo.editTable"
	if d.index < 0 {
		key = "lawgui.undo.addTable"
	}
	err = d.v.put(func(ts []model.FigureTable) []model.FigureTable {
		if d.index < 0 || d.index >= len(ts) {
			return append(ts, t)
		}
		ts[d.index] = t
		return ts
	}, session.Tr(key, map[string]any{"Title": t.Title}))
	if err != nil {
		if !d.form.ShowProblems(lineProblems(err, prefix+"rows")) {
			d.v.e.s.ui.ShowError(err)
		}
		return
	}
	d.dialog.Hide()
	d.v.dialog = nil
}
