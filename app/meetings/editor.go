package meetings

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

// meetingEditor is one meeting, full width, as it is run in the room: its
// details, agenda, attendance, minutes per item and the follow-up of every
// open commitment, each on a tab, with the printed documents and the
// approval of the minutes in the header. Approved minutes show read-only.
type meetingEditor struct {
	ui *session.Session
	m  *Screen

	// mt is the meeting as stored, in full; every change is made to a
	// copy that replaces it once storage has taken it.
	mt *model.Meeting
	// history holds the council's follow-ups by commitment, oldest first,
	// once historyLoaded.
	history       map[string][]*model.FollowUp
	historyLoaded bool
	// highest is the highest § of each year in the other meetings, read
	// when a § is first given: they do not change while this one is open.
	highest map[int]int
	// saving is set while a change is written, when the editor renews
	// itself rather than being renewed with the other screens.
	saving bool
	closed bool

	back        *widget.Button
	heading     *widget.Label
	when        *widget.Label
	state       *widget.Label
	fingerprint *widget.Label
	approve     *widget.Button
	invitation  *widget.Button
	attendList  *widget.Button
	minutesPDF  *widget.Button
	// public prints the documents' public versions, without the §§ that
	// are not Öppen.
	public *widget.Check

	tabs                                 *container.AppTabs
	detailsTab, agendaTab, attendanceTab *container.TabItem
	minutesTab, followUpTab              *container.TabItem
	details                              *meetingDetails
	agenda                               *meetingAgenda
	attendance                           *meetingAttendance
	minutes                              *meetingMinutes
	followUp                             *meetingFollowUp
	content                              fyne.CanvasObject
}

// newMeetingEditor opens meeting mt, read in full from the file.
func newMeetingEditor(m *Screen, mt *model.Meeting) *meetingEditor {
	u := m.ui
	e := &meetingEditor{ui: u, m: m, mt: mt, history: map[string][]*model.FollowUp{}}
	e.back = &widget.Button{Text: session.Tr("meetingEditor.back"), Icon: theme.NavigateBackIcon(), OnTapped: e.onBack}
	e.heading = kit.RoomHeading("")
	e.heading.SizeName = theme.SizeNameHeadingText
	e.heading.Wrapping = fyne.TextWrapOff
	e.heading.Truncation = fyne.TextTruncateEllipsis
	e.state = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	e.fingerprint = &widget.Label{Selectable: true}
	e.approve = &widget.Button{Text: session.Tr("meetingEditor.approve"), Icon: theme.ConfirmIcon(), Importance: widget.HighImportance, OnTapped: e.onApprove}
	e.invitation = &widget.Button{Text: session.Tr("meetingEditor.invitation"), Icon: theme.DocumentPrintIcon(), OnTapped: e.onInvitation}
	e.attendList = &widget.Button{Text: session.Tr("meetingEditor.attendanceList"), Icon: theme.DocumentPrintIcon(), OnTapped: e.onAttendanceList}
	e.minutesPDF = &widget.Button{Text: session.Tr("meetingEditor.minutesPDF"), Icon: theme.DocumentPrintIcon(), OnTapped: e.onMinutesPDF}
	e.public = widget.NewCheck(session.Tr("class.publicVersion"), nil)

	e.details = newMeetingDetails(e)
	e.agenda = newMeetingAgenda(e)
	e.attendance = newMeetingAttendance(e)
	e.minutes = newMeetingMinutes(e)
	e.followUp = newMeetingFollowUp(e)
	u.TrackAs("meeting", meetingUnsaved{e})
	e.detailsTab = container.NewTabItemWithIcon(session.Tr("meetingEditor.tabDetails"), theme.InfoIcon(), e.details.content)
	e.agendaTab = container.NewTabItemWithIcon(session.Tr("meetingEditor.tabAgenda"), theme.ListIcon(), e.agenda.content)
	e.attendanceTab = container.NewTabItemWithIcon(session.Tr("meetingEditor.tabAttendance"), theme.AccountIcon(), e.attendance.content)
	e.minutesTab = container.NewTabItemWithIcon(session.Tr("meetingEditor.tabMinutes"), theme.DocumentCreateIcon(), e.minutes.content)
	e.followUpTab = container.NewTabItemWithIcon(session.Tr("meetingEditor.tabFollowUp"), theme.MediaReplayIcon(), e.followUp.content)
	e.tabs = container.NewAppTabs(e.detailsTab, e.agendaTab, e.attendanceTab, e.minutesTab, e.followUpTab)
	e.tabs.OnSelected = func(*container.TabItem) { e.refreshTab() }
	e.tabs.OnUnselected = func(t *container.TabItem) {
		if t == e.minutesTab {
			e.minutes.keepNotes()
		}
	}

	e.when = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	buttons := container.NewHBox(e.public, e.invitation, e.attendList, e.minutesPDF, e.approve)
	first := container.NewBorder(nil, nil, e.back, container.NewVBox(buttons), e.heading)
	second := container.NewBorder(nil, nil, nil, container.NewHBox(e.state, e.fingerprint), e.when)
	top := container.NewVBox(first, second)
	body := container.NewBorder(container.NewPadded(top), nil, nil, nil, e.tabs)
	e.content = container.NewThemeOverride(body, kit.RoomTheme{App: u.App})
	e.show()
	if !mt.State.Locked() && len(mt.Attendance) == 0 && mt.Date >= u.Today() {
		e.tabs.Select(e.agendaTab)
	}
	e.loadHistory()
	return e
}

// locked reports whether the meeting may no longer be changed: its
// minutes are approved, or the file is open read-only.
func (e *meetingEditor) locked() bool { return e.mt.State.Locked() || e.ui.ReadOnly() }

// show fills the header and the tab on screen from mt.
func (e *meetingEditor) show() {
	mt := e.mt
	e.heading.SetText(kit.MeetingName(mt))
	when := []string{string(mt.Date)}
	if t := strings.Trim(mt.StartTime+"–"+mt.EndTime, "–"); t != "" {
		when = append(when, t)
	}
	if mt.Place != "" {
		when = append(when, mt.Place)
	}
	e.when.SetText(strings.Join(when, " · "))
	e.state.SetText(session.Tr("meeting.state") + ": " + session.Tr("state."+kit.StateOrDraft(mt.State)))
	e.fingerprint.SetText("")
	if mt.State == model.StateApproved {
		e.fingerprint.SetText(session.Tr("meetingEditor.approvedLine", map[string]any{
			"Date": model.DateOf(mt.ApprovedAt.Local()), "Fingerprint": model.ShortFingerprint(mt.Fingerprint)}))
	}
	kit.ShowWhen(!e.locked(), e.approve)
	e.refreshTab()
}

// refreshTab renews the tab on screen; the others are renewed when shown.
func (e *meetingEditor) refreshTab() {
	switch e.tabs.Selected() {
	case e.detailsTab:
		e.details.show()
	case e.agendaTab:
		e.agenda.show()
	case e.attendanceTab:
		e.attendance.show()
	case e.minutesTab:
		e.minutes.show()
	case e.followUpTab:
		e.followUp.show()
	}
}

// refresh reads the meeting again after a change elsewhere (an undo);
// when it is gone the list of meetings comes back.
func (e *meetingEditor) refresh() {
	if e.saving {
		return
	}
	r, err := e.ui.Doc.Store.Get(model.KindMeeting, e.mt.ID)
	if err != nil || r.RecordMeta().Deleted {
		e.closed = true // nothing of it is kept
		e.m.closeEditor()
		return
	}
	e.mt = r.(*model.Meeting)
	e.show()
}

// onBack returns to the list of meetings.
func (e *meetingEditor) onBack() {
	if !e.closed && e.tabs.Selected() == e.minutesTab {
		e.minutes.keepNotes()
	}
	e.closed = true
	e.m.closeEditor()
}

// loadHistory gathers the council's follow-ups by commitment, for the
// traffic lights of the open commitments and their histories. They come
// from the view's follow-ups, which the overview has usually read in the
// background by the time a meeting is opened; until they are there, no
// follow-up can be recorded.
func (e *meetingEditor) loadHistory() {
	e.ui.WithDataset(func(ds *model.Dataset) {
		if e.closed {
			return
		}
		history := map[string][]*model.FollowUp{}
		for _, f := range ds.FollowUps {
			history[f.CommitmentID] = append(history[f.CommitmentID], f)
		}
		for _, list := range history {
			kit.SortFollowUps(list)
		}
		e.history, e.historyLoaded = history, true
		e.show()
	})
}

// save writes a changed copy of the meeting, with other records in the
// same change (a commitment a decision creates, a follow-up). what names
// the change for undo; "" leaves it out of undo (follow-ups are never
// taken back). Problems are returned for the caller to show.
func (e *meetingEditor) save(what string, change func(next *model.Meeting) error, others ...model.Record) error {
	if e.locked() {
		return model.Errorf(model.CodeLockedRecord, "Label", e.mt.Label())
	}
	before := e.mt
	next := cloneMeeting(before)
	if err := change(next); err != nil {
		return err
	}
	others = append(slices.Clone(others), e.renumber(next, others)...)
	recs := others
	// An item's class is no part of the fingerprint, but a change all
	// the same.
	if next.State != before.State || model.MinutesFingerprint(next) != model.MinutesFingerprint(before) ||
		!slices.EqualFunc(next.Agenda, before.Agenda, func(a, b model.AgendaItem) bool { return a.Marking == b.Marking }) {
		recs = append([]model.Record{next}, others...)
	} else {
		next = before // unchanged: no new revision of the meeting
	}
	if len(recs) == 0 {
		return nil
	}
	undo := e.undoChange(before, next != before, others)
	if err := e.ui.Doc.Put(recs...); err != nil {
		return err
	}
	e.mt = next
	for _, r := range others {
		if f, ok := r.(*model.FollowUp); ok {
			e.history[f.CommitmentID] = append(e.history[f.CommitmentID], f)
			kit.SortFollowUps(e.history[f.CommitmentID])
		}
	}
	if what != "" {
		e.ui.Undo.Push(what, undo)
	}
	e.saving = true
	e.ui.RefreshAll()
	e.saving = false
	e.show()
	e.ui.Status.SetState(session.Tr("status.recorded"), false)
	return nil
}

// undoChange returns the undo of one change of the meeting, made before
// the change is written: the meeting's earlier content when the change
// touched it, the commitments a decision created retired and those whose
// status a follow-up moved put back as they were, and the follow-ups the
// change recorded withdrawn. Undo takes back the steps in the order they
// were taken, newest first, so each step finds the file as its change left
// it and takes back exactly that change.
func (e *meetingEditor) undoChange(before *model.Meeting, touched bool, others []model.Record) func(d *session.Document) error {
	saved := cloneMeeting(before)
	var earlier []*model.Commitment
	var created []string
	var followUps []*model.FollowUp
	for _, r := range others {
		switch r := r.(type) {
		case *model.Commitment:
			if row := e.ui.Doc.View.Commitments[r.ID]; row != nil {
				c := *row.C
				earlier = append(earlier, &c)
			} else {
				created = append(created, r.ID)
			}
		case *model.FollowUp:
			followUps = append(followUps, r)
		}
	}
	return func(d *session.Document) error {
		for _, f := range followUps {
			// The history is append-only: a withdrawal takes the entry
			// back, and the file keeps both.
			w := model.Withdrawal(f)
			if err := d.Put(w); err != nil {
				return err
			}
			e.history[f.CommitmentID] = append(e.history[f.CommitmentID], w)
			kit.SortFollowUps(e.history[f.CommitmentID])
		}
		for _, c := range earlier {
			back := *c
			if err := d.Put(&back); err != nil {
				return err
			}
		}
		for _, id := range created {
			if err := d.Retire(model.KindCommitment, id); err != nil {
				return err
			}
		}
		if touched {
			return d.Put(cloneMeeting(saved)) // refused once approved since
		}
		return nil
	}
}

// cloneMeeting returns a copy of m that shares no list with it.
func cloneMeeting(m *model.Meeting) *model.Meeting {
	c := *m
	c.AdjusterIDs = slices.Clone(m.AdjusterIDs)
	c.Attendance = slices.Clone(m.Attendance)
	c.Agenda = slices.Clone(m.Agenda)
	for i := range c.Agenda {
		c.Agenda[i].Decisions = slices.Clone(c.Agenda[i].Decisions)
	}
	return &c
}

// nextParagraph returns the § number for the next item minuted in next:
// numbering runs per calendar year across every meeting in the file.
func (e *meetingEditor) nextParagraph(next *model.Meeting) (int, error) {
	if e.highest == nil {
		recs, err := e.ui.Doc.Store.List(model.KindMeeting)
		if err != nil {
			return 0, err
		}
		highest := map[int]int{}
		for _, r := range recs {
			if m := r.(*model.Meeting); m.ID != next.ID && !m.Deleted {
				highest[m.Date.Year()] = max(highest[m.Date.Year()], model.NextParagraph([]*model.Meeting{m}, m.Date.Year())-1)
			}
		}
		e.highest = highest
	}
	year := next.Date.Year()
	return max(e.highest[year]+1, model.NextParagraph([]*model.Meeting{next}, year)), nil
}

// numberItem gives agenda item i of next its § when it has none; a §, once
// given, stays.
func (e *meetingEditor) numberItem(next *model.Meeting, i int) error {
	if next.Agenda[i].Paragraph != 0 {
		return nil
	}
	first := model.FirstParagraph(next, nil)
	if !slices.ContainsFunc(next.Agenda, func(it model.AgendaItem) bool { return it.Paragraph > 0 }) {
		n, err := e.nextParagraph(next)
		if err != nil {
			return err
		}
		first = n
	}
	model.NumberAgenda(next, first)
	return nil
}

// renumber keeps the § of draft minutes in agenda order after a change
// (an item added, moved or removed), from where the meeting's series
// began, and returns the commitments decided under an item whose § moved,
// with their new §, to be written with the meeting.
func (e *meetingEditor) renumber(next *model.Meeting, others []model.Record) []model.Record {
	if !slices.ContainsFunc(next.Agenda, func(it model.AgendaItem) bool { return it.Paragraph > 0 }) {
		return nil
	}
	model.NumberAgenda(next, model.FirstParagraph(next, nil))
	var moved []model.Record
	for _, it := range next.Agenda {
		for _, d := range it.Decisions {
			if d.CommitmentID == "" {
				continue
			}
			if i := slices.IndexFunc(others, func(r model.Record) bool { return r.RecordMeta().ID == d.CommitmentID }); i >= 0 {
				if c, ok := others[i].(*model.Commitment); ok {
					c.Paragraph = it.Paragraph
				}
				continue
			}
			if row := e.ui.Doc.View.Commitments[d.CommitmentID]; row != nil && row.C.Paragraph != it.Paragraph {
				c := *row.C
				c.Paragraph = it.Paragraph
				moved = append(moved, &c)
			}
		}
	}
	return moved
}

// agendaItemIndex returns the position of agenda item id in m, -1 when gone.
func agendaItemIndex(m *model.Meeting, id string) int {
	return slices.IndexFunc(m.Agenda, func(it model.AgendaItem) bool { return it.ID == id })
}
