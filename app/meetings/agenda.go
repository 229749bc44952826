package meetings

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// meetingAgenda is the meeting's agenda: its items in order with their
// time slots, and a form for the item chosen. The follow-up item lists
// every open commitment, overdue first.
type meetingAgenda struct {
	e *meetingEditor

	list   *widget.List
	end    *widget.Label
	chosen string // the id of the item in the form, "" for a new one
	// insertAt is where a new item goes on the agenda.
	insertAt int

	heading   *widget.Label
	title     *widget.Entry
	kind      *kit.Choice
	presenter *widget.SelectEntry
	minutes   *widget.Entry
	class     *kit.ClassPicker
	form      *kit.Form
	save      *widget.Button

	add, up, down, remove, standard *widget.Button
	// open lists the open commitments under the follow-up item.
	open *fyne.Container

	content fyne.CanvasObject
	// edits keeps the item typed when the council closes.
	edits *kit.Edits
}

func newMeetingAgenda(e *meetingEditor) *meetingAgenda {
	a := &meetingAgenda{e: e}
	a.list = widget.NewList(func() int { return len(a.e.mt.Agenda) }, a.createRow, a.updateRow)
	a.list.OnSelected = a.onSelect
	a.end = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	a.add = &widget.Button{Text: session.Tr("meetingAgenda.add"), Icon: theme.ContentAddIcon(), OnTapped: a.onAdd}
	a.up = &widget.Button{Icon: theme.MoveUpIcon(), OnTapped: func() { a.onMove(-1) }}
	a.down = &widget.Button{Icon: theme.MoveDownIcon(), OnTapped: func() { a.onMove(1) }}
	a.remove = &widget.Button{Text: session.Tr("meetingAgenda.remove"), Icon: theme.DeleteIcon(), OnTapped: a.onRemove}
	a.standard = &widget.Button{Text: session.Tr("meetingAgenda.standard"), Icon: theme.ListIcon(), OnTapped: a.onStandard}

	a.heading = kit.RoomHeading("")
	a.title = widget.NewEntry()
	a.kind = kit.NewChoice(nil)
	kinds, labels := []string{}, []string{}
	for _, k := range model.ItemKinds {
		kinds, labels = append(kinds, string(k)), append(labels, session.Tr("itemKind."+string(k)))
	}
	a.kind.SetOptions(kinds, labels, false)
	a.presenter = widget.NewSelectEntry(nil)
	a.minutes = widget.NewEntry()
	a.form = kit.NewForm()
	a.form.Submit = func() {
		if !a.save.Disabled() {
			a.onSave()
		}
	}
	a.form.Add("title", "field.agenda.title", a.title)
	a.form.Add("kind", "field.agenda.kind", a.kind.Sel)
	a.form.Add("presenter", "field.agenda.presenter", a.presenter)
	a.form.Add("minutes", "field.agenda.minutes", a.minutes)
	// The § keeps its class in the minutes: its notes and decisions are
	// left out of the public version unless it is Öppen.
	a.class = kit.NewClassPicker()
	a.form.Add("provision", "field.agenda.class", a.class.Content)
	a.save = &widget.Button{Text: session.Tr("meetingAgenda.save"), Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: a.onSave}
	a.open = container.NewVBox()

	tools := container.NewHBox(a.add, a.up, a.down, a.remove, a.standard)
	left := container.NewBorder(tools, a.end, nil, nil, a.list)
	right := container.NewVScroll(container.NewPadded(container.NewVBox(a.heading, a.form.View(), container.NewHBox(a.save), a.open)))
	split := container.NewHSplit(left, right)
	split.Offset = 0.58
	a.content = split
	a.edits = kit.NewEdits(a.unsavedName, a.onSave, a.title, a.kind.Sel, a.presenter, a.minutes, a.class.Content)
	return a
}

// createRow is an item on two lines: its number and time slot, then its
// title over its kind and presenter.
func (a *meetingAgenda) createRow() fyne.CanvasObject {
	number := &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	slot := &widget.Label{}
	title := &widget.Label{Truncation: fyne.TextTruncateEllipsis, TextStyle: fyne.TextStyle{Bold: true}}
	about := &widget.Label{Truncation: fyne.TextTruncateEllipsis, SizeName: theme.SizeNameCaptionText}
	lead := container.NewHBox(withWidth(64, number), withWidth(118, slot))
	return container.NewBorder(nil, nil, lead, nil, container.New(&kit.StackedLines{}, title, about))
}

func (a *meetingAgenda) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	items := a.e.mt.Agenda
	if id >= len(items) {
		return
	}
	it := items[id]
	row := o.(*fyne.Container)
	lines := row.Objects[0].(*fyne.Container)
	lead := row.Objects[1].(*fyne.Container)
	lead.Objects[0].(*fyne.Container).Objects[1].(*widget.Label).SetText(agendaItemNumber(id, it))
	lead.Objects[1].(*fyne.Container).Objects[1].(*widget.Label).SetText(agendaTimeSlots(a.e.mt)[id])
	lines.Objects[0].(*widget.Label).SetText(it.Title)
	about := session.Tr("itemKind." + string(it.Kind))
	if it.Presenter != "" {
		about += " · " + it.Presenter
	}
	if b := kit.ClassBadge(it.Marking); b != "" {
		about += " · " + b
	}
	lines.Objects[1].(*widget.Label).SetText(about)
}

// show renews the list and the form after a change.
func (a *meetingAgenda) show() {
	mt := a.e.mt
	a.list.Refresh()
	a.end.SetText("")
	if end := agendaEndTime(mt); end != "" {
		a.end.SetText(session.Tr("meetingAgenda.ends", map[string]any{"Time": end, "Count": len(mt.Agenda)}))
	}
	names := []string{}
	for _, r := range a.e.ui.Doc.View.Representatives {
		if r.ActiveOn(mt.Date) {
			names = append(names, r.Name)
		}
	}
	slices.Sort(names)
	a.presenter.SetOptions(slices.Compact(names))
	i := agendaItemIndex(mt, a.chosen)
	if i >= 0 {
		a.list.Select(i)
		a.fill(i)
	} else {
		a.list.UnselectAll()
		a.fill(-1)
	}
}

// fill shows item i in the form, or an empty form for a new item.
func (a *meetingAgenda) fill(i int) {
	mt, locked := a.e.mt, a.e.locked()
	it := model.AgendaItem{Kind: model.ItemInformation}
	a.chosen = ""
	a.insertAt = len(mt.Agenda)
	a.heading.SetText(session.Tr("meetingAgenda.new"))
	if i >= 0 {
		it = mt.Agenda[i]
		a.chosen = it.ID
		a.heading.SetText(agendaItemNumber(i, it) + " " + it.Title)
	}
	a.title.SetText(it.Title)
	a.kind.SetIDQuietly(string(it.Kind))
	a.presenter.SetText(it.Presenter)
	a.minutes.SetText("")
	if it.Minutes > 0 {
		a.minutes.SetText(strconv.Itoa(it.Minutes))
	}
	a.class.Set(it.Marking)
	a.form.Clear()
	kit.DisableWhen(locked, a.title, a.kind.Sel, a.presenter, a.minutes)
	a.class.SetDisabled(locked)
	kit.ShowWhen(!locked, a.save, a.add, a.up, a.down, a.remove)
	kit.ShowWhen(!locked && len(mt.Agenda) == 0, a.standard)
	kit.SetDisabled(i <= 0, a.up)
	kit.SetDisabled(i < 0 || i >= len(mt.Agenda)-1, a.down)
	kit.SetDisabled(i < 0 || !a.removable(it), a.remove)
	a.showOpen(it.Kind == model.ItemFollowUp && i >= 0)
	a.edits.Mark()
}

// removable reports whether an item may leave the agenda: not once it has
// minutes, decisions or, for the follow-up item, follow-ups recorded at
// the meeting. Its § goes with it: the items after it are numbered on in
// agenda order.
func (a *meetingAgenda) removable(it model.AgendaItem) bool {
	if it.Kind == model.ItemFollowUp {
		if done, _ := a.e.followUp.counts(); done > 0 {
			return false
		}
	}
	return it.Notes == "" && len(it.Decisions) == 0
}

// showOpen lists the open commitments, overdue first, under the
// follow-up item.
func (a *meetingAgenda) showOpen(on bool) {
	a.open.RemoveAll()
	if !on {
		return
	}
	list := slices.DeleteFunc(a.e.followUp.due(), func(c *model.Commitment) bool { return !c.Status.Open() })
	a.open.Add(widget.NewSeparator())
	a.open.Add(kit.SectionTitle("meetingAgenda.openCommitments"))
	if len(list) == 0 {
		a.open.Add(kit.QuietLabel(session.Tr("meetingFollowUp.none")))
	}
	const most = 60
	for i, c := range list {
		if i == most {
			a.open.Add(kit.QuietLabel(session.Tr("meetingAgenda.more", map[string]any{"Count": len(list) - most})))
			break
		}
		a.open.Add(a.e.followUp.commitmentLine(c))
	}
}

// onSelect shows the chosen item in the form.
func (a *meetingAgenda) onSelect(id widget.ListItemID) {
	if id < len(a.e.mt.Agenda) && a.e.mt.Agenda[id].ID != a.chosen {
		a.fill(id)
	}
}

// onAdd empties the form for a new item, placed after the chosen one.
func (a *meetingAgenda) onAdd() {
	after := agendaItemIndex(a.e.mt, a.chosen)
	a.list.UnselectAll()
	a.fill(-1)
	a.insertAt = after + 1
	if after < 0 {
		a.insertAt = len(a.e.mt.Agenda)
	}
	a.e.ui.Win.Canvas().Focus(a.title)
}

// onSave writes the item in the form: a new one where it was asked for.
func (a *meetingAgenda) onSave() {
	minutes := 0
	if text := strings.TrimSpace(a.minutes.Text); text != "" {
		n, err := strconv.Atoi(text)
		if err != nil || n < 0 {
			a.form.ShowProblems(model.FieldErr("minutes", "ui.notNumber"))
			return
		}
		minutes = n
	}
	title := strings.TrimSpace(a.title.Text)
	if title == "" {
		a.form.ShowProblems(model.FieldErr("title", model.CodeRequired))
		return
	}
	id, at, marking := a.chosen, a.insertAt, a.class.Marking()
	if id == "" {
		id = model.NewID()
	}
	err := a.e.save(session.Tr("meetingUndo.agenda", map[string]any{"Title": title}), func(next *model.Meeting) error {
		i := agendaItemIndex(next, id)
		if i < 0 {
			at = min(max(at, 0), len(next.Agenda))
			next.Agenda = slices.Insert(next.Agenda, at, model.AgendaItem{ID: id})
			i = at
		}
		it := &next.Agenda[i]
		it.Title, it.Kind, it.Presenter, it.Minutes = title, model.ItemKind(a.kind.ID()), strings.TrimSpace(a.presenter.Text), minutes
		it.Marking = marking
		return nil
	})
	if err != nil {
		a.showProblems(err)
		return
	}
	a.chosen = id
	a.show()
}

// showProblems shows the problems of an agenda item beside its fields.
func (a *meetingAgenda) showProblems(err error) {
	if !a.form.ShowProblems(listEntryProblems(err)) {
		a.e.ui.ShowError(err)
	}
}

// onMove moves the chosen item up (-1) or down (+1).
func (a *meetingAgenda) onMove(step int) {
	id := a.chosen
	i := agendaItemIndex(a.e.mt, id)
	if i < 0 || i+step < 0 || i+step >= len(a.e.mt.Agenda) {
		return
	}
	err := a.e.save(session.Tr("meetingUndo.move", map[string]any{"Title": a.e.mt.Agenda[i].Title}), func(next *model.Meeting) error {
		next.Agenda[i], next.Agenda[i+step] = next.Agenda[i+step], next.Agenda[i]
		return nil
	})
	if err != nil {
		a.e.ui.ShowError(err)
		return
	}
	a.show()
}

// onRemove asks, then takes the chosen item off the agenda.
func (a *meetingAgenda) onRemove() {
	i := agendaItemIndex(a.e.mt, a.chosen)
	if i < 0 {
		return
	}
	id, title := a.chosen, a.e.mt.Agenda[i].Title
	a.e.ui.Confirm("meetingAgenda.removeTitle", session.Tr("meetingAgenda.removeMessage", map[string]any{"Title": title}), "meetingAgenda.remove", func() {
		err := a.e.save(session.Tr("meetingUndo.remove", map[string]any{"Title": title}), func(next *model.Meeting) error {
			next.Agenda = slices.DeleteFunc(next.Agenda, func(it model.AgendaItem) bool { return it.ID == id })
			return nil
		})
		if err != nil {
			a.e.ui.ShowError(err)
			return
		}
		a.chosen = ""
		a.show()
	})
}

// onStandard fills an empty agenda with the standard items.
func (a *meetingAgenda) onStandard() {
	err := a.e.save(session.Tr("meetingUndo.standard"), func(next *model.Meeting) error {
		if len(next.Agenda) == 0 {
			next.Agenda = standardAgenda()
		}
		return nil
	})
	if err != nil {
		a.e.ui.ShowError(err)
		return
	}
	a.show()
}
