package commitments

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// Screen is the screen of every commitment: a list that stays fast
// with thousands of rows, filtered by text, part, area, status and due
// date, beside an editor of the chosen commitment.
type Screen struct {
	// empty says what to do first while the list has nothing.
	empty *kit.EmptyNote
	ui    *session.Session

	search *widget.Entry
	part   *kit.Choice
	area   *kit.Choice
	sub    *kit.Choice // the strategy's sub-area (delområde)
	status *kit.Choice
	due    *kit.Choice
	count  *widget.Label
	list   *widget.List
	add    *widget.Button

	filter commitmentFilter
	shown  []*session.CommitmentRow

	editor *commitmentEditor

	content fyne.CanvasObject
}

// The due-date filters.
const (
	dueAll     = ""
	dueOverdue = "overdue"
	dueMonth   = "month"
	dueNone    = "none"
)

// commitmentFilter is what the list is narrowed to.
type commitmentFilter struct {
	terms  []string // lower-case words that must all occur
	part   string
	area   model.Area
	sub    string
	status model.Status
	due    string
}

// match reports whether row passes the filter on day today.
func (f *commitmentFilter) match(row *session.CommitmentRow, today model.Date) bool {
	c := row.C
	if f.part != "" && c.PartID != f.part {
		return false
	}
	if f.area != model.AreaNone && c.Area != f.area {
		return false
	}
	if f.sub != "" && c.SubArea != f.sub {
		return false
	}
	if f.status != "" && c.Status != f.status {
		return false
	}
	switch f.due {
	case dueOverdue:
		if !c.Overdue(today) {
			return false
		}
	case dueMonth:
		if len(c.Due) < 7 || c.Due[:7] != today[:7] {
			return false
		}
	case dueNone:
		if c.Due != "" {
			return false
		}
	}
	for _, t := range f.terms {
		if !strings.Contains(row.Key, t) {
			return false
		}
	}
	return true
}

// filterRows appends to out the rows that pass f. out may be rows itself:
// the rows are then narrowed in place.
func filterRows(rows []*session.CommitmentRow, f *commitmentFilter, today model.Date, out []*session.CommitmentRow) []*session.CommitmentRow {
	out = out[:0]
	for _, row := range rows {
		if f.match(row, today) {
			out = append(out, row)
		}
	}
	return out
}

// commitmentColumns are the list's column widths after the title's.
var commitmentColumns = []float32{170, 112, 100}

// New builds the screen for the session's open council.
func New(u *session.Session) *Screen {
	c := &Screen{ui: u}
	c.search = widget.NewEntry()
	c.search.PlaceHolder = session.Tr("commitments.search")
	c.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	c.search.OnChanged = c.onSearch
	c.part = kit.NewChoice(func(string) { c.onFilter() })
	c.area = kit.NewChoice(func(string) { c.refreshSubAreas(); c.onFilter() })
	c.sub = kit.NewChoice(func(string) { c.onFilter() })
	c.status = kit.NewChoice(func(string) { c.onFilter() })
	c.due = kit.NewChoice(func(string) { c.onFilter() })
	for ch, key := range map[*kit.Choice]string{c.part: "commitments.allParts", c.area: "commitments.allAreas", c.sub: "commitui.allSubAreas",
		c.status: "commitments.allStatuses", c.due: "commitments.allDue"} {
		ch.NoneLabel = session.Tr(key)
		ch.Sel.PlaceHolder = session.Tr(key)
	}
	areas, areaLabels := []string{}, []string{}
	for _, a := range model.Areas {
		areas = append(areas, string(rune('0'+a)))
		areaLabels = append(areaLabels, session.Tr(a.Key()))
	}
	c.area.SetOptions(areas, areaLabels, true)
	c.refreshSubAreas()
	statuses, statusLabels := []string{}, []string{}
	for _, s := range model.Statuses {
		statuses = append(statuses, string(s))
		statusLabels = append(statusLabels, session.Tr("status."+string(s)))
	}
	c.status.SetOptions(statuses, statusLabels, true)
	c.due.SetOptions([]string{dueOverdue, dueMonth, dueNone},
		[]string{session.Tr("commitments.dueOverdue"), session.Tr("commitments.dueMonth"), session.Tr("commitments.dueNone")}, true)
	c.count = &widget.Label{SizeName: theme.SizeNameCaptionText}
	c.add = &widget.Button{Text: session.Tr("commitments.add"), Icon: theme.ContentAddIcon(), OnTapped: c.onAddCommitment}

	c.list = widget.NewList(func() int { return len(c.shown) }, c.createRow, c.updateRow)
	c.list.OnSelected = c.onSelect
	c.editor = newCommitmentEditor(c)

	filters := container.NewGridWithColumns(5, c.part.Sel, c.area.Sel, c.sub.Sel, c.status.Sel, c.due.Sel)
	top := container.NewVBox(kit.ScreenHeader("nav.commitments", c.add), c.search, filters)
	header := c.createRow().(*fyne.Container)
	for i, key := range []string{"commitments.colTitle", "commitments.colPart", "commitments.colDue", "commitments.colStatus"} {
		l := header.Objects[i].(*widget.Label)
		l.TextStyle = fyne.TextStyle{Bold: true}
		l.Text = session.Tr(key)
	}
	c.empty = kit.NewEmptyNote(c.list, "empty.commitments", c.add)
	left := container.NewBorder(container.NewVBox(header, widget.NewSeparator()), c.count, nil, nil, c.empty.Content)
	split := container.NewHSplit(left, c.editor.content)
	split.Offset = 0.56
	c.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, split)
	c.Refresh()
	c.editor.clear()
	return c
}

func (c *Screen) createRow() fyne.CanvasObject {
	cells := make([]fyne.CanvasObject, 4)
	for i := range cells {
		cells[i] = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	}
	return container.New(&kit.Columns{Widths: commitmentColumns}, cells...)
}

func (c *Screen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(c.shown) {
		return
	}
	cm := c.shown[id].C
	cells := o.(*fyne.Container).Objects
	cells[0].(*widget.Label).SetText(cm.Title)
	cells[1].(*widget.Label).SetText(c.ui.Doc.View.PartName(cm.PartID))
	cells[2].(*widget.Label).SetText(string(cm.Due))
	status := cells[3].(*widget.Label)
	status.Importance = widget.MediumImportance
	text := session.Tr("status." + string(cm.Status))
	if cm.Overdue(c.ui.Today()) {
		status.Importance = widget.DangerImportance
		if cm.Status != model.StatusLate {
			text = session.Tr("commitments.overdue")
		}
	}
	status.SetText(text)
}

// Refresh renews the filter choices and the list after a change of data.
func (c *Screen) Refresh() {
	v := c.ui.Doc.View
	ids, names := []string{}, []string{}
	for _, p := range v.PartsByName() {
		ids = append(ids, p.ID)
		names = append(names, p.Name)
	}
	c.part.SetOptions(ids, names, true)
	c.applyFilter()
	c.editor.refreshChoices()
	c.editor.setEditable()
}

// onSearch narrows the list as the user types. When the new words only
// narrow the old ones, as they do while typing on, only the rows shown
// are searched again.
func (c *Screen) onSearch(text string) {
	terms := strings.Fields(strings.ToLower(text))
	narrower := len(terms) >= len(c.filter.terms)
	for i, old := range c.filter.terms {
		narrower = narrower && strings.Contains(terms[i], old)
	}
	c.filter.terms = terms
	if narrower {
		c.shown = filterRows(c.shown, &c.filter, c.ui.Today(), c.shown)
		c.showFiltered()
		return
	}
	c.applyFilter()
}

// refreshSubAreas offers the chosen priority area's sub-areas, or all
// of them when no area is chosen; a sub-area of another area is let go.
func (c *Screen) refreshSubAreas() {
	list := model.SubAreas
	if id := c.area.ID(); id != "" {
		list = model.SubAreasOf(model.Area(id[0] - '0'))
	}
	ids, names := []string{}, []string{}
	for _, s := range list {
		ids, names = append(ids, s.Number), append(names, s.Label())
	}
	keep := c.sub.ID()
	if !slices.Contains(ids, keep) {
		c.sub.SetIDQuietly("")
	}
	c.sub.SetOptions(ids, names, true)
}

// onFilter narrows the list to the chosen part, area, sub-area, status
// and due date.
func (c *Screen) onFilter() {
	c.filter.part = c.part.ID()
	c.filter.area = model.AreaNone
	if id := c.area.ID(); id != "" {
		c.filter.area = model.Area(id[0] - '0')
	}
	c.filter.sub = c.sub.ID()
	c.filter.status = model.Status(c.status.ID())
	c.filter.due = c.due.ID()
	c.applyFilter()
}

func (c *Screen) applyFilter() {
	c.shown = filterRows(c.ui.Doc.View.Rows, &c.filter, c.ui.Today(), c.shown)
	c.showFiltered()
}

func (c *Screen) showFiltered() {
	c.empty.Update(len(c.ui.Doc.View.Rows))
	c.count.SetText(session.Tr("commitments.count", map[string]any{"Shown": len(c.shown), "Total": len(c.ui.Doc.View.Rows)}))
	c.list.UnselectAll()
	c.list.Refresh()
}

// onSelect opens the chosen commitment in the editor.
func (c *Screen) onSelect(id widget.ListItemID) {
	if id < len(c.shown) {
		c.editor.load(c.shown[id].C)
	}
}

// onAddCommitment empties the editor for a new commitment.
func (c *Screen) onAddCommitment() {
	c.list.UnselectAll()
	c.editor.clear()
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c.editor.title); cv != nil {
		cv.Focus(c.editor.title)
	}
}

// FocusSearch puts the cursor in the search field (Ctrl+F).
func (c *Screen) FocusSearch() {
	c.ui.Win.Canvas().Focus(c.search)
}

// OpenRecord selects the commitment in the list, or shows it in the editor
// when the filter hides it.
func (c *Screen) OpenRecord(_ model.Kind, id string) {
	row := c.ui.Doc.View.Commitments[id]
	if row == nil {
		return
	}
	c.list.UnselectAll()
	if i := slices.Index(c.shown, row); i >= 0 {
		c.list.Select(i)
		c.list.ScrollTo(i)
	} else {
		c.editor.load(row.C)
	}
}

// Content is the screen as the main window shows it.
func (c *Screen) Content() fyne.CanvasObject { return c.content }
