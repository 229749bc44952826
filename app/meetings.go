package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
)

// meetings lists the council's meetings and creates one; a meeting chosen
// opens full width in its editor (meetingEditor), which is run live in
// the room.
type meetings struct {
	ui *Session

	list  *widget.List
	shown []*model.Meeting
	add   *widget.Button
	// newMeeting is the dialog on screen, for tests.
	newMeeting *meetingDialog
	// editor is the meeting open, nil while the list shows.
	editor *meetingEditor

	browse  fyne.CanvasObject
	content *fyne.Container
}

// meetingColumns are the widths of the columns after the date.
var meetingColumns = []float32{130, 110}

func newMeetings(u *Session) *meetings {
	m := &meetings{ui: u}
	m.add = &widget.Button{Text: tr("meetings.add"), Icon: theme.ContentAddIcon(), OnTapped: m.onAddMeeting}
	m.list = widget.NewList(func() int { return len(m.shown) }, func() fyne.CanvasObject {
		return container.New(&columns{widths: meetingColumns},
			&widget.Label{Truncation: fyne.TextTruncateEllipsis}, &widget.Label{Truncation: fyne.TextTruncateEllipsis}, &widget.Label{})
	}, m.updateRow)
	m.list.OnSelected = func(id widget.ListItemID) {
		if id < len(m.shown) {
			m.open(m.shown[id])
		}
	}
	m.browse = container.NewBorder(container.NewPadded(screenHeader("nav.meetings", m.add)), nil, nil, nil, m.list)
	m.content = container.NewStack(m.browse)
	m.Refresh()
	return m
}

func (m *meetings) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(m.shown) {
		return
	}
	mt := m.shown[id]
	cells := o.(*fyne.Container).Objects
	cells[0].(*widget.Label).SetText(meetingLine(mt))
	cells[1].(*widget.Label).SetText(tr("meetingKind." + string(mt.Kind)))
	cells[2].(*widget.Label).SetText(tr("state." + stateOrDraft(mt.State)))
}

func stateOrDraft(s model.DocState) string {
	if s == "" {
		return string(model.StateDraft)
	}
	return string(s)
}

// meetingLine is a meeting's date, time, number and place on one line.
func meetingLine(m *model.Meeting) string {
	parts := []string{string(m.Date)}
	if m.StartTime != "" {
		parts = append(parts, m.StartTime)
	}
	if m.Number != "" {
		parts = append(parts, "("+m.Number+")")
	}
	line := strings.Join(parts, " ")
	if m.Place != "" {
		line += ", " + m.Place
	}
	return line
}

func (m *meetings) Refresh() {
	m.shown = m.ui.doc.view.meetingsSorted()
	m.list.UnselectAll()
	m.list.Refresh()
	setDisabled(m.ui.readOnly(), m.add)
	if m.editor != nil {
		m.editor.refresh()
	}
}

// open shows the meeting in its editor, read in full from the file.
func (m *meetings) open(mt *model.Meeting) {
	full, err := m.ui.doc.store.Get(model.KindMeeting, mt.ID)
	if err != nil {
		m.ui.showError(err)
		return
	}
	m.editor = newMeetingEditor(m, full.(*model.Meeting))
	m.content.Objects = []fyne.CanvasObject{m.editor.content}
	m.content.Refresh()
}

// closeEditor goes back from a meeting to the list.
func (m *meetings) closeEditor() {
	m.editor = nil
	m.content.Objects = []fyne.CanvasObject{m.browse}
	m.content.Refresh()
	m.list.UnselectAll()
}

// repName returns a representative's name with their part.
func repName(v *view, id string) string {
	r := v.representatives[id]
	if r == nil {
		return ""
	}
	if p := v.parts[r.PartID]; p != nil {
		return r.Name + " (" + p.Name + ")"
	}
	return r.Name
}

// meetingDialog creates a meeting from its date, time, place and kind.
type meetingDialog struct {
	*recordDialog
	date, start, end, place, number *widget.Entry
	kind                            *choice
}

// onAddMeeting asks for the new meeting's date, time and place.
func (m *meetings) onAddMeeting() {
	d := &meetingDialog{date: newDateEntry(), start: widget.NewEntry(), end: widget.NewEntry(), place: widget.NewEntry(), number: widget.NewEntry()}
	d.date.SetText(string(m.ui.today()))
	d.start.PlaceHolder, d.end.PlaceHolder = "TT:MM", "TT:MM"
	d.kind = newChoice(nil)
	kinds, labels := []string{}, []string{}
	for _, k := range model.MeetingKinds {
		kinds, labels = append(kinds, string(k)), append(labels, tr("meetingKind."+string(k)))
	}
	d.kind.setOptions(kinds, labels, false)
	d.kind.setIDQuietly(string(model.MeetingCouncil))
	d.number.SetText(nextMeetingNumber(m.ui.doc.view, d.date.Text))
	f := newForm()
	f.add("date", "", d.date)
	f.add("startTime", "", d.start)
	f.add("endTime", "", d.end)
	f.add("place", "", d.place)
	f.add("kind", "meeting.kind", d.kind.sel)
	f.add("number", "", d.number)
	d.recordDialog = newRecordDialog(m.ui, "meetings.addTitle", f, func() error {
		mt := &model.Meeting{
			Date: model.Date(strings.TrimSpace(d.date.Text)), StartTime: strings.TrimSpace(d.start.Text),
			EndTime: strings.TrimSpace(d.end.Text), Place: strings.TrimSpace(d.place.Text),
			Kind: model.MeetingKind(d.kind.id()), Number: strings.TrimSpace(d.number.Text), State: model.StateDraft,
		}
		prepareMeeting(m.ui.doc.view, mt)
		if err := m.ui.doc.put(mt); err != nil {
			return err
		}
		m.ui.undo.push(tr("undo.addMeeting", map[string]any{"Date": mt.Date}), undoAdd(mt))
		m.newMeeting = nil
		m.ui.refreshAll()
		m.selectMeeting(mt.ID)
		return nil
	})
	m.newMeeting = d
}

// selectMeeting selects and opens the meeting id.
func (m *meetings) selectMeeting(id string) {
	for i, mt := range m.shown {
		if mt.ID == id {
			m.list.Select(i)
		}
	}
}

// Content is the screen as the main window shows it.
func (m *meetings) Content() fyne.CanvasObject { return m.content }
