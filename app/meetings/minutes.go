package meetings

import (
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

// meetingMinutes is where the minutes are written during the meeting: per
// agenda item its text and its decisions. An item gets its § when its
// first text or decision is recorded, the next number of the calendar
// year across all meetings, and keeps it. A decision may create a new
// commitment on the spot, linked to the meeting and the §.
type meetingMinutes struct {
	e *meetingEditor

	list   *widget.List
	chosen string // the item shown

	heading   *widget.Label
	about     *widget.Label
	paragraph *widget.Label
	notes     *widget.Entry
	loaded    string // the item's text as the file held it when shown
	saveNotes *widget.Button
	// minuted shows the text of approved minutes, readable where a
	// disabled entry would be grey.
	minuted   *widget.Label
	decisions *fyne.Container

	// The new decision.
	decisionForm *kit.Form
	decision     *widget.Entry
	creates      *widget.Check
	commitment   *kit.Form
	title        *widget.Entry
	part         *kit.Choice
	contact      *kit.Choice
	due          *widget.Entry
	area         *kit.Choice
	addDecision  *widget.Button
	newDecision  *fyne.Container

	// followUp sums up the follow-ups under the follow-up item.
	followUp     *fyne.Container
	toFollowUp   *widget.Button
	followUpLine *widget.Label

	item    *fyne.Container
	scroll  *container.Scroll
	content fyne.CanvasObject
}

func newMeetingMinutes(e *meetingEditor) *meetingMinutes {
	m := &meetingMinutes{e: e}
	m.list = widget.NewList(func() int { return len(m.e.mt.Agenda) }, func() fyne.CanvasObject {
		return &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	}, m.updateRow)
	m.list.OnSelected = m.onSelect

	m.heading = kit.RoomHeading("")
	m.about = &widget.Label{Wrapping: fyne.TextWrapWord}
	m.minuted = &widget.Label{Wrapping: fyne.TextWrapWord, Selectable: true}
	m.paragraph = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	m.notes = widget.NewMultiLineEntry()
	m.notes.Wrapping = fyne.TextWrapWord
	m.notes.SetMinRowsVisible(5)
	m.notes.PlaceHolder = session.Tr("meetingMinutes.notesHelp")
	m.saveNotes = &widget.Button{Text: session.Tr("meetingMinutes.saveNotes"), Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: m.onSaveNotes}
	m.decisions = container.NewVBox()

	m.decision = widget.NewMultiLineEntry()
	m.decision.Wrapping = fyne.TextWrapWord
	m.decision.SetMinRowsVisible(2)
	m.decisionForm = kit.NewForm()
	m.decisionForm.Add("text", "field.agenda.decisions.text", m.decision)
	m.creates = widget.NewCheck(session.Tr("meetingMinutes.creates"), m.onCreates)
	m.title = widget.NewEntry()
	m.part = kit.NewChoice(func(string) { m.refreshContacts() })
	m.contact = kit.NewChoice(nil)
	m.due = kit.NewDateEntry()
	m.area = kit.NewChoice(nil)
	areas, labels := []string{}, []string{}
	for _, a := range model.Areas {
		areas, labels = append(areas, strconv.Itoa(int(a))), append(labels, session.Tr(a.Key()))
	}
	m.area.SetOptions(areas, labels, true)
	m.commitment = kit.NewForm()
	m.commitment.Add("title", "commitment.title", m.title)
	m.commitment.Add("partId", "", m.part.Sel)
	m.commitment.Add("contactId", "", m.contact.Sel)
	m.commitment.Add("due", "", m.due)
	m.commitment.Add("area", "commitment.area", m.area.Sel)
	m.addDecision = &widget.Button{Text: session.Tr("meetingMinutes.addDecision"), Icon: theme.ContentAddIcon(), Importance: widget.HighImportance, OnTapped: m.onAddDecision}
	commitmentBox := m.commitment.View()
	commitmentBox.Hide()
	m.newDecision = container.NewVBox(kit.SectionTitle("meetingMinutes.newDecision"), m.decisionForm.View(), m.creates,
		commitmentBox, container.NewHBox(m.addDecision))

	m.followUpLine = &widget.Label{Wrapping: fyne.TextWrapWord}
	m.toFollowUp = &widget.Button{Text: session.Tr("meetingMinutes.toFollowUp"), Icon: theme.NavigateNextIcon(), OnTapped: m.onToFollowUp}
	m.followUp = container.NewVBox(widget.NewSeparator(), kit.SectionTitle("meetingMinutes.followUps"), m.followUpLine, container.NewHBox(m.toFollowUp))

	m.item = container.NewVBox(m.heading, m.about, m.paragraph, m.notes, m.minuted, container.NewHBox(m.saveNotes),
		m.followUp, widget.NewSeparator(), kit.SectionTitle("meeting.decisions"), m.decisions, widget.NewSeparator(), m.newDecision)
	m.scroll = container.NewVScroll(container.NewPadded(m.item))
	split := container.NewHSplit(m.list, m.scroll)
	split.Offset = 0.26
	m.content = split
	return m
}

func (m *meetingMinutes) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(m.e.mt.Agenda) {
		return
	}
	it := m.e.mt.Agenda[id]
	l := o.(*widget.Label)
	l.TextStyle = fyne.TextStyle{Bold: it.Paragraph > 0}
	l.SetText(agendaItemNumber(id, it) + " " + it.Title)
}

// show renews the list and the item shown; the first item is shown when
// none was chosen yet.
func (m *meetingMinutes) show() {
	mt := m.e.mt
	m.list.Refresh()
	i := agendaItemIndex(mt, m.chosen)
	if i < 0 && len(mt.Agenda) > 0 {
		i = 0
	}
	if i < 0 {
		m.chosen = ""
		m.item.Hide()
		return
	}
	m.item.Show()
	m.list.Select(i)
	m.fill(i)
}

func (m *meetingMinutes) onSelect(id widget.ListItemID) {
	if id < len(m.e.mt.Agenda) && m.e.mt.Agenda[id].ID != m.chosen {
		m.keepNotes()
		if i := agendaItemIndex(m.e.mt, m.e.mt.Agenda[id].ID); i >= 0 {
			m.fill(i)
		}
	}
}

// keepNotes saves the text written for the item shown when it was not
// saved yet, so that going on to the next item, tab or meeting in the
// middle of the meeting loses nothing.
func (m *meetingMinutes) keepNotes() {
	i := agendaItemIndex(m.e.mt, m.chosen)
	if i < 0 || m.e.locked() || strings.TrimSpace(m.notes.Text) == m.e.mt.Agenda[i].Notes {
		return
	}
	m.onSaveNotes()
}

// fill shows item i: its text, its decisions and, for the follow-up
// item, how far the follow-up has come.
func (m *meetingMinutes) fill(i int) {
	mt, locked := m.e.mt, m.e.locked()
	it := mt.Agenda[i]
	changed := it.ID != m.chosen
	m.chosen = it.ID
	m.heading.SetText(agendaItemNumber(i, it) + " " + it.Title)
	about := session.Tr("itemKind." + string(it.Kind))
	if it.Presenter != "" {
		about += " · " + session.Tr("meetingMinutes.presenter", map[string]any{"Name": it.Presenter})
	}
	m.about.SetText(about)
	m.paragraph.SetText(session.Tr("meetingMinutes.noParagraph"))
	kit.ShowWhen(it.Paragraph == 0 && !locked, m.paragraph)
	m.minuted.SetText(it.Notes)
	kit.ShowWhen(locked, m.minuted)
	kit.ShowWhen(!locked, m.notes)
	if changed || locked {
		m.notes.SetText(it.Notes)
		m.decision.SetText("")
		m.creates.SetChecked(false)
		m.clearCommitment()
	} else if strings.TrimSpace(m.notes.Text) == m.loaded && it.Notes != m.loaded {
		// The file changed under the text (an undo): show what it holds
		// now, unless the secretary has typed since.
		m.notes.SetText(it.Notes)
	}
	m.loaded = it.Notes
	m.decisions.RemoveAll()
	commitments := m.e.ui.Doc.View.Commitments
	for _, d := range it.Decisions {
		text := d.Text
		if row := commitments[d.CommitmentID]; row != nil {
			text += "\n" + session.Tr("meetingMinutes.newCommitment", map[string]any{"Title": row.C.Title, "Part": m.e.ui.Doc.View.PartName(row.C.PartID)})
		}
		label := &widget.Label{Text: "• " + text, Wrapping: fyne.TextWrapWord}
		id := d.ID
		remove := &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { m.onRemoveDecision(id) }}
		kit.ShowWhen(!locked && d.CommitmentID == "", remove)
		m.decisions.Add(container.NewBorder(nil, nil, nil, remove, label))
	}
	if len(it.Decisions) == 0 {
		m.decisions.Add(kit.QuietLabel(session.Tr("meeting.noDecisions")))
	}
	kit.ShowWhen(!locked, m.saveNotes, m.newDecision)
	if it.Kind == model.ItemFollowUp {
		done, due := m.e.followUp.counts()
		m.followUpLine.SetText(session.Tr("meetingMinutes.followUpCount", map[string]any{"Done": done, "Open": due}))
		m.followUp.Show()
	} else {
		m.followUp.Hide()
	}
}

// clearCommitment empties the new commitment's fields and offers the
// council's parts.
func (m *meetingMinutes) clearCommitment() {
	ids, names := []string{}, []string{}
	for _, p := range m.e.ui.Doc.View.PartsByName() {
		ids, names = append(ids, p.ID), append(names, p.Name)
	}
	m.part.SetOptions(ids, names, false)
	m.title.SetText("")
	m.part.SetIDQuietly("")
	m.refreshContacts()
	m.due.SetText("")
	m.area.SetIDQuietly("")
	m.commitment.Clear()
	m.decisionForm.Clear()
}

// refreshContacts offers the chosen part's representatives as contact.
func (m *meetingMinutes) refreshContacts() {
	ids, names := []string{}, []string{}
	for _, r := range m.e.ui.Doc.View.RepresentativesOf(m.part.ID()) {
		ids, names = append(ids, r.ID), append(names, r.Name)
	}
	m.contact.SetOptions(ids, names, true)
}

// onCreates shows or hides the new commitment's fields.
func (m *meetingMinutes) onCreates(on bool) {
	box := m.newDecision.Objects[3]
	kit.ShowWhen(on, box)
	m.newDecision.Refresh()
}

// onSaveNotes writes the item's text; the item gets its § now if the text
// is its first minute.
func (m *meetingMinutes) onSaveNotes() {
	id, text := m.chosen, strings.TrimSpace(m.notes.Text)
	err := m.e.save(session.Tr("meetingUndo.notes"), func(next *model.Meeting) error {
		i := agendaItemIndex(next, id)
		if i < 0 {
			return nil
		}
		next.Agenda[i].Notes = text
		if text != "" {
			return m.e.numberItem(next, i)
		}
		return nil
	})
	if err != nil {
		m.e.ui.ShowError(err)
	}
}

// onAddDecision records the new decision under the item, and with it the
// commitment it creates.
func (m *meetingMinutes) onAddDecision() {
	m.decisionForm.Clear()
	m.commitment.Clear()
	id := m.chosen
	dec := model.Decision{ID: model.NewID(), Text: strings.TrimSpace(m.decision.Text)}
	var created *model.Commitment
	if m.creates.Checked {
		created = &model.Commitment{
			Meta:      model.Meta{ID: model.NewID()},
			Title:     strings.TrimSpace(m.title.Text),
			PartID:    m.part.ID(),
			ContactID: m.contact.ID(),
			Due:       kit.DateOf(m.due, m.e.ui.Today()),
			Start:     m.e.mt.Date,
			Status:    model.StatusPlanned,
			MeetingID: m.e.mt.ID,
		}
		if n, err := strconv.Atoi(m.area.ID()); err == nil {
			created.Area = model.Area(n)
		}
		problems := model.Validate(created)
		if created.Title == "" {
			problems = append(problems, model.FieldErr("title", model.CodeRequired))
		}
		if len(problems) > 0 {
			m.commitment.ShowProblems(problems)
			return
		}
		dec.CommitmentID = created.ID
		if dec.Text == "" {
			dec.Text = session.Tr("meetingMinutes.decisionText", map[string]any{"Part": m.e.ui.Doc.View.PartName(created.PartID), "Title": created.Title})
		}
	}
	if dec.Text == "" {
		m.decisionForm.ShowProblems(model.FieldErr("text", model.CodeRequired))
		return
	}
	var others []model.Record
	what := session.Tr("meetingUndo.decision")
	if created != nil {
		others = append(others, created)
		what = session.Tr("meetingUndo.decisionCommitment", map[string]any{"Title": created.Title})
	}
	err := m.e.save(what, func(next *model.Meeting) error {
		i := agendaItemIndex(next, id)
		if i < 0 {
			return nil
		}
		if err := m.e.numberItem(next, i); err != nil {
			return err
		}
		next.Agenda[i].Decisions = append(next.Agenda[i].Decisions, dec)
		if created != nil {
			created.Paragraph = next.Agenda[i].Paragraph
		}
		return nil
	}, others...)
	if err != nil {
		if !m.commitment.ShowProblems(err) {
			m.e.ui.ShowError(err)
		}
		return
	}
	m.decision.SetText("")
	m.creates.SetChecked(false)
	m.clearCommitment()
}

// onRemoveDecision takes a decision back that created nothing.
func (m *meetingMinutes) onRemoveDecision(decisionID string) {
	id := m.chosen
	err := m.e.save(session.Tr("meetingUndo.removeDecision"), func(next *model.Meeting) error {
		if i := agendaItemIndex(next, id); i >= 0 {
			ds := next.Agenda[i].Decisions
			for j := range ds {
				if ds[j].ID == decisionID {
					next.Agenda[i].Decisions = append(ds[:j:j], ds[j+1:]...)
					break
				}
			}
		}
		return nil
	})
	if err != nil {
		m.e.ui.ShowError(err)
	}
}

// onToFollowUp goes to the follow-up of the open commitments.
func (m *meetingMinutes) onToFollowUp() {
	m.e.tabs.Select(m.e.followUpTab)
}
