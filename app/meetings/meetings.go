package meetings

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// Screen lists the council's meetings and creates one; a meeting chosen
// opens full width in its editor (meetingEditor), which is run live in
// the room.
type Screen struct {
	// empty says what to do first while the list has nothing.
	empty *kit.EmptyNote
	ui    *session.Session

	list  *widget.List
	shown []*model.Meeting
	add   *widget.Button
	// editor is the meeting open, nil while the list shows.
	editor *meetingEditor

	browse  fyne.CanvasObject
	content *fyne.Container
}

// meetingColumns are the widths of the columns after the date.
var meetingColumns = []float32{130, 110}

// New builds the screen for the session's open council.
func New(u *session.Session) *Screen {
	m := &Screen{ui: u}
	m.add = &widget.Button{Text: session.Tr("meetings.add"), Icon: theme.ContentAddIcon(), OnTapped: m.onAddMeeting}
	m.list = widget.NewList(func() int { return len(m.shown) }, func() fyne.CanvasObject {
		return container.New(&kit.Columns{Widths: meetingColumns},
			// The meeting's line shows whole on hover when it is cut off.
			kit.NewTipLabel(""), &widget.Label{Truncation: fyne.TextTruncateEllipsis}, &widget.Label{})
	}, m.updateRow)
	m.list.OnSelected = func(id widget.ListItemID) {
		if id < len(m.shown) {
			m.open(m.shown[id])
		}
	}
	m.empty = kit.NewEmptyNote(m.list, "empty.meetings", m.add)
	m.browse = container.NewBorder(container.NewPadded(kit.ScreenHeader("nav.meetings", m.add)), nil, nil, nil, m.empty.Content)
	m.content = container.NewStack(m.browse)
	m.Refresh()
	return m
}

func (m *Screen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(m.shown) {
		return
	}
	mt := m.shown[id]
	cells := o.(*fyne.Container).Objects
	cells[0].(*kit.TipLabel).SetText(kit.MeetingLine(mt))
	cells[1].(*widget.Label).SetText(session.Tr("meetingKind." + string(mt.Kind)))
	cells[2].(*widget.Label).SetText(session.Tr("state." + kit.StateOrDraft(mt.State)))
}

func (m *Screen) Refresh() {
	m.shown = m.ui.Doc.View.MeetingsSorted()
	m.list.UnselectAll()
	m.list.Refresh()
	kit.SetDisabled(m.ui.ReadOnly(), m.add)
	m.empty.Update(len(m.shown))
	if m.editor != nil {
		m.editor.refresh()
	}
}

// open shows the meeting in its editor, read in full from the file.
func (m *Screen) open(mt *model.Meeting) {
	full, err := m.ui.Doc.Store.Get(model.KindMeeting, mt.ID)
	if err != nil {
		m.ui.ShowError(err)
		return
	}
	m.editor = newMeetingEditor(m, full.(*model.Meeting))
	m.content.Objects = []fyne.CanvasObject{m.editor.content}
	m.content.Refresh()
}

// closeEditor goes back from a meeting to the list.
func (m *Screen) closeEditor() {
	m.ui.TrackAs("meeting", nil)
	m.editor = nil
	m.content.Objects = []fyne.CanvasObject{m.browse}
	m.content.Refresh()
	m.list.UnselectAll()
}

// repName returns a representative's name with their part.
func repName(v *session.View, id string) string {
	r := v.Representatives[id]
	if r == nil {
		return ""
	}
	if p := v.Parts[r.PartID]; p != nil {
		return r.Name + " (" + p.Name + ")"
	}
	return r.Name
}

// meetingDialog creates a meeting from its date, time, place and kind.
type meetingDialog struct {
	*kit.RecordDialog
	date, start, end, place, number *widget.Entry
	kind                            *kit.Choice
}

// onAddMeeting asks for the new meeting's date, time and place.
func (m *Screen) onAddMeeting() {
	d := &meetingDialog{date: kit.NewDateEntry(), start: widget.NewEntry(), end: widget.NewEntry(), place: widget.NewEntry(), number: widget.NewEntry()}
	d.date.SetText(string(m.ui.Today()))
	d.start.PlaceHolder, d.end.PlaceHolder = "TT:MM", "TT:MM"
	d.kind = kit.NewChoice(nil)
	kinds, labels := []string{}, []string{}
	for _, k := range model.MeetingKinds {
		kinds, labels = append(kinds, string(k)), append(labels, session.Tr("meetingKind."+string(k)))
	}
	d.kind.SetOptions(kinds, labels, false)
	d.kind.SetIDQuietly(string(model.MeetingCouncil))
	d.number.SetText(nextMeetingNumber(m.ui.Doc.View, d.date.Text))
	f := kit.NewForm()
	f.Add("date", "", d.date)
	f.Add("startTime", "", d.start)
	f.Add("endTime", "", d.end)
	f.Add("place", "", d.place)
	f.Add("kind", "meeting.kind", d.kind.Sel)
	f.Add("number", "", d.number)
	d.RecordDialog = kit.NewRecordDialog(m.ui, "meetings.addTitle", f, func() error {
		mt := &model.Meeting{
			Date: kit.DateOf(d.date, m.ui.Today()), StartTime: kit.ClockOf(d.start),
			EndTime: kit.ClockOf(d.end), Place: strings.TrimSpace(d.place.Text),
			Kind: model.MeetingKind(d.kind.ID()), Number: strings.TrimSpace(d.number.Text), State: model.StateDraft,
		}
		prepareMeeting(m.ui.Doc.View, mt)
		if err := m.ui.Doc.Put(mt); err != nil {
			return err
		}
		m.ui.Undo.Push(session.Tr("undo.addMeeting", map[string]any{"Date": mt.Date}), session.UndoAdd(mt))
		m.ui.RefreshAll()
		m.selectMeeting(mt.ID)
		return nil
	})
}

// selectMeeting selects and opens the meeting id.
func (m *Screen) selectMeeting(id string) {
	for i, mt := range m.shown {
		if mt.ID == id {
			m.list.Select(i)
		}
	}
}

// Content is the screen as the main window shows it.
func (m *Screen) Content() fyne.CanvasObject { return m.content }
