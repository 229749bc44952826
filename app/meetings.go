package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
)

// meetings lists the council's meetings, creates one and shows one
// read-only; the full meeting editor is a later piece of work.
type meetings struct {
	ui *UI

	list   *widget.List
	shown  []*model.Meeting
	add    *widget.Button
	detail *fyne.Container
	// newMeeting is the dialog on screen, for tests.
	newMeeting *meetingDialog

	content fyne.CanvasObject
}

// meetingColumns are the widths of the columns after the date.
var meetingColumns = []float32{130, 110}

func newMeetings(u *UI) *meetings {
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
	m.detail = container.NewStack()
	split := container.NewHSplit(m.list, m.detail)
	split.Offset = 0.45
	m.content = container.NewBorder(container.NewPadded(screenHeader("nav.meetings", m.add)), nil, nil, nil, split)
	m.refresh()
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

func (m *meetings) refresh() {
	m.shown = m.ui.doc.view.meetingsSorted()
	m.list.UnselectAll()
	m.list.Refresh()
	setDisabled(m.ui.readOnly(), m.add)
	m.detail.Objects = []fyne.CanvasObject{container.NewCenter(&widget.Label{Text: tr("meetings.choose"), Importance: widget.LowImportance})}
	m.detail.Refresh()
}

// open shows the meeting read-only, read in full from the file.
func (m *meetings) open(mt *model.Meeting) {
	v := m.ui.doc.view
	if full, err := m.ui.doc.store.Get(model.KindMeeting, mt.ID); err == nil {
		mt = full.(*model.Meeting)
	}
	d := newDetail(tr("meetings.heading", map[string]any{"Line": meetingLine(mt)}))
	d.line("meeting.kind", tr("meetingKind."+string(mt.Kind)))
	d.line("meeting.state", tr("state."+stateOrDraft(mt.State)))
	d.line("meeting.time", strings.Trim(mt.StartTime+"–"+mt.EndTime, "–"))
	d.line("meeting.place", mt.Place)
	d.line("meeting.chair", repName(v, mt.ChairID))
	d.line("meeting.secretary", repName(v, mt.SecretaryID))
	var adjusters []string
	for _, id := range mt.AdjusterIDs {
		adjusters = append(adjusters, repName(v, id))
	}
	d.line("meeting.adjusters", strings.Join(adjusters, ", "))
	var agenda, decisions []string
	for i, it := range mt.Agenda {
		line := fmt.Sprintf("%d. %s", i+1, it.Title)
		if it.Paragraph != 0 {
			line = fmt.Sprintf("§ %d %s", it.Paragraph, it.Title)
		}
		extra := []string{tr("itemKind." + string(it.Kind))}
		if it.Presenter != "" {
			extra = append(extra, it.Presenter)
		}
		if it.Minutes > 0 {
			extra = append(extra, tr("meeting.minutes", map[string]any{"Minutes": it.Minutes}))
		}
		agenda = append(agenda, line+" ("+strings.Join(extra, ", ")+")")
		for _, dec := range it.Decisions {
			decisions = append(decisions, "• "+dec.Text)
		}
	}
	d.section("meeting.agenda", agenda, "meeting.noAgenda")
	var present []string
	counts := map[model.Presence]int{}
	for _, a := range mt.Attendance {
		counts[a.Presence]++
		if a.Presence == model.PresencePresent || a.Presence == model.PresenceSubstitute {
			name := a.GuestName
			if a.RepresentativeID != "" {
				name = repName(v, a.RepresentativeID)
			}
			present = append(present, name)
		}
	}
	var attendance []string
	for _, p := range model.Presences {
		if counts[p] > 0 {
			attendance = append(attendance, fmt.Sprintf("%s: %d", tr("presence."+string(p)), counts[p]))
		}
	}
	if len(present) > 0 {
		attendance = append(attendance, strings.Join(present, ", "))
	}
	d.section("meeting.attendance", attendance, "meeting.noAttendance")
	d.section("meeting.decisions", decisions, "meeting.noDecisions")
	m.detail.Objects = []fyne.CanvasObject{d.object()}
	m.detail.Refresh()
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
	f := newForm()
	f.add("date", "", d.date)
	f.add("startTime", "", d.start)
	f.add("endTime", "", d.end)
	f.add("place", "", d.place)
	f.add("kind", "meeting.kind", d.kind.sel)
	f.add("number", "", d.number)
	d.recordDialog = m.ui.newRecordDialog("meetings.addTitle", f, func() error {
		mt := &model.Meeting{
			Date: model.Date(strings.TrimSpace(d.date.Text)), StartTime: strings.TrimSpace(d.start.Text),
			EndTime: strings.TrimSpace(d.end.Text), Place: strings.TrimSpace(d.place.Text),
			Kind: model.MeetingKind(d.kind.id()), Number: strings.TrimSpace(d.number.Text), State: model.StateDraft,
		}
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
