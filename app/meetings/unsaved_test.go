package meetings

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/app/internal/sessiontest"
)

// TestCloseKeepsAgendaAndMinutes is issue 19's second case for the
// meeting: an agenda item's new title and a minutes text typed and not
// saved are saved when the council closes (the session's BeforeClosing,
// which every way out takes); nothing is asked.
func TestCloseKeepsAgendaAndMinutes(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	e := newMeetingAt(h, "2026-02-03", "18:00", "20:00", "Bredängsskolan")
	e.tabs.Select(e.agendaTab)
	e.agenda.list.Select(4)
	id := e.mt.Agenda[4].ID
	e.agenda.title.SetText("")
	test.Type(e.agenda.title, "Övriga frågor och nästa möte")
	e.tabs.Select(e.minutesTab)
	chooseItem(t, e.minutes, "Mötets öppnande")
	test.Type(e.minutes.notes, "Ordföranden hälsade välkommen.")
	if what := (meetingUnsaved{e}).UnsavedWhat(); what == "" {
		t.Fatal("the typed edits are not seen")
	}
	closed := false
	h.S.BeforeClosing(func() { closed = true })
	if !closed || h.Dialog() != nil {
		t.Fatalf("closing asked: %s", h.Dialog())
	}
	mt := saved(h, path).Meetings
	for _, m := range mt {
		if m.ID != e.mt.ID {
			continue
		}
		var title, notes string
		for _, it := range m.Agenda {
			if it.ID == id {
				title = it.Title
			}
			if it.Title == "Mötets öppnande" {
				notes = it.Notes
			}
		}
		if title != "Övriga frågor och nästa möte" || notes != "Ordföranden hälsade välkommen." {
			t.Fatalf("the file has %q and %q", title, notes)
		}
		return
	}
	t.Fatal("the meeting is not in the file")
}
