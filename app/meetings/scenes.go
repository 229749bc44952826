package meetings

import (
	"slices"

	"samverka/model"

	"samverka/app/internal/session"
)

// The meeting's tabs that Screenshot can show ("meeting-agenda" and so
// on): the upcoming meeting's, and the latest approved minutes.
const (
	screenMeeting           = "meeting" // the latest meeting open
	screenMeetingAgenda     = "meeting-agenda"
	screenMeetingAttendance = "meeting-attendance"
	screenMeetingMinutes    = "meeting-minutes"
	screenMeetingFollowUp   = "meeting-followup"
	screenMeetingApproved   = "meeting-approved"
	screenMeetingOutcome    = "meeting-followup-outcome" // an utfall being typed
)

// Scenes are the screenshot scenes ShowScene shows.
var Scenes = []string{screenMeeting, screenMeetingAgenda, screenMeetingAttendance, screenMeetingMinutes, screenMeetingFollowUp, screenMeetingApproved, screenMeetingOutcome}

// ShowScene opens a meeting on the tab name names, for screenshots.
// Nothing is saved: the new decision of the minutes is only filled in, as
// the secretary would.
func (m *Screen) ShowScene(name string) {
	if name == screenMeeting {
		if len(m.shown) > 0 {
			m.list.Select(0)
		}
		return
	}
	var chosen *model.Meeting
	for _, mt := range m.shown {
		if (mt.State == model.StateApproved) == (name == screenMeetingApproved) {
			chosen = mt
			break
		}
	}
	if chosen == nil {
		return
	}
	m.open(chosen)
	e := m.editor
	if e == nil {
		return
	}
	find := func(ok func(model.AgendaItem) bool) int { return slices.IndexFunc(e.mt.Agenda, ok) }
	switch name {
	case screenMeetingAgenda:
		e.tabs.Select(e.agendaTab)
		if i := find(func(it model.AgendaItem) bool { return it.Kind == model.ItemFollowUp }); i >= 0 {
			e.agenda.list.Select(i)
		}
	case screenMeetingAttendance:
		e.tabs.Select(e.attendanceTab)
	case screenMeetingMinutes:
		e.tabs.Select(e.minutesTab)
		if i := find(func(it model.AgendaItem) bool {
			return it.Kind == model.ItemDecision && len(it.Decisions) == 0 && it.Minutes >= 10
		}); i >= 0 {
			mm := e.minutes
			mm.list.Select(i)
			mm.creates.SetChecked(true)
			if parts := m.ui.Doc.View.PartsByName(); len(parts) > 0 {
				mm.title.SetText(session.Tr("meetingShot.commitment"))
				mm.part.SetID(parts[0].ID)
				mm.due.SetText(string(e.mt.Date.AddDays(120)))
				mm.area.SetID("1")
			}
			mm.scroll.ScrollToBottom()
		}
	case screenMeetingApproved:
		e.tabs.Select(e.minutesTab)
		if i := find(func(it model.AgendaItem) bool { return len(it.Decisions) > 0 && it.Decisions[0].CommitmentID != "" }); i >= 0 {
			e.minutes.list.Select(i)
		}
	case screenMeetingFollowUp:
		e.tabs.Select(e.followUpTab)
	case screenMeetingOutcome:
		e.tabs.Select(e.followUpTab)
		e.followUp.showOutcomeScene()
	}
}
