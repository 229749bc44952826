package meetings

import (
	"strings"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// meetingUnsaved is what the open meeting holds that the file does not:
// an agenda item typed and not saved, and the text of the item chosen in
// Protokoll. Closing the council keeps them (session.Unsaved).
type meetingUnsaved struct{ e *meetingEditor }

func (m meetingUnsaved) UnsavedWhat() string {
	var what []string
	if w := m.e.agenda.edits.UnsavedWhat(); w != "" {
		what = append(what, w)
	}
	if w := m.e.minutes.unsavedNotes(); w != "" {
		what = append(what, w)
	}
	return strings.Join(what, ", ")
}

func (m meetingUnsaved) SaveUnsaved() bool {
	ok := true
	if m.e.agenda.edits.UnsavedWhat() != "" {
		ok = m.e.agenda.edits.SaveUnsaved()
	}
	if m.e.minutes.unsavedNotes() != "" {
		m.e.minutes.keepNotes()
		ok = ok && m.e.minutes.unsavedNotes() == ""
	}
	return ok
}

// unsavedName names the agenda item in the form for the question on close.
func (a *meetingAgenda) unsavedName() string {
	title := strings.TrimSpace(a.title.Text)
	if i := agendaItemIndex(a.e.mt, a.chosen); i >= 0 && title == "" {
		title = a.e.mt.Agenda[i].Title
	}
	return session.Tr("unsaved.agendaItem", map[string]any{"Title": title, "Meeting": kit.MeetingName(a.e.mt)})
}

// unsavedNotes names the item whose text in Protokoll differs from the
// file's, "" when none does.
func (m *meetingMinutes) unsavedNotes() string {
	i := agendaItemIndex(m.e.mt, m.chosen)
	if i < 0 || m.e.locked() || strings.TrimSpace(m.notes.Text) == m.e.mt.Agenda[i].Notes {
		return ""
	}
	return session.Tr("unsaved.minutes", map[string]any{"Title": m.e.mt.Agenda[i].Title, "Meeting": kit.MeetingName(m.e.mt)})
}
