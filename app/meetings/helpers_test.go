package meetings

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/sessiontest"
)

// newMeetingAt creates a meeting on date through the "Nytt möte" dialog,
// as a chair would, and returns its editor.
func newMeetingAt(h *sessiontest.Harness, date, start, end, place string) *meetingEditor {
	h.T.Helper()
	meetingsOf(h)
	m := meetingsOf(h)
	if m.editor != nil {
		test.Tap(m.editor.back)
	}
	test.Tap(m.add)
	d := h.Dialog()
	if d == nil {
		h.T.Fatal("no dialog for a new meeting")
		return nil
	}
	day := d.FieldEntry(h.T, "date")
	day.SetText("")
	test.Type(day, date)
	test.Type(d.FieldEntry(h.T, "startTime"), start)
	test.Type(d.FieldEntry(h.T, "endTime"), end)
	test.Type(d.FieldEntry(h.T, "place"), place)
	d.FieldEntry(h.T, "number").SetText(nextMeetingNumber(h.S.Doc.View, date))
	test.Tap(d.Button("button.create"))
	if h.Dialog() != nil {
		h.T.Fatalf("the meeting was not created: %q", d.Problems())
	}
	if m.editor == nil || m.editor.mt.Date != model.Date(date) {
		h.T.Fatal("the new meeting did not open")
	}
	return m.editor
}

// openMeeting opens the meeting id from the list of meetings.
func openMeeting(h *sessiontest.Harness, id string) *meetingEditor {
	h.T.Helper()
	meetingsOf(h)
	m := meetingsOf(h)
	if m.editor != nil {
		test.Tap(m.editor.back)
	}
	i := slices.IndexFunc(m.shown, func(mt *model.Meeting) bool { return mt.ID == id })
	if i < 0 {
		h.T.Fatalf("meeting %s is not in the list", id)
	}
	m.list.Select(i)
	if m.editor == nil || m.editor.mt.ID != id {
		h.T.Fatal("the meeting did not open")
	}
	return m.editor
}

// attendanceRowOf returns a drawn row of the attendance list: the row of
// representative name, or of guest name.
func attendanceRowOf(t *testing.T, a *meetingAttendance, name string) (*widget.Label, []*widget.Button, *widget.Select, *widget.Button) {
	t.Helper()
	for i, row := range a.rows {
		if (row.rep != nil && row.rep.Name == name) || (row.rep == nil && row.guest >= 0 && a.e.mt.Attendance[row.guest].GuestName == name) {
			o := a.list.CreateItem()
			a.list.UpdateItem(i, o)
			return attendanceRowParts(o)
		}
	}
	t.Fatalf("%s is not on the attendance list", name)
	return nil, nil, nil, nil
}

// presenceButton returns the button that marks name with presence p.
func presenceButton(t *testing.T, a *meetingAttendance, name string, p model.Presence) *widget.Button {
	t.Helper()
	_, buttons, _, _ := attendanceRowOf(t, a, name)
	return buttons[slices.Index(rowButtons, p)]
}

// presenceOf returns the presence the meeting records for representative
// or guest name.
func presenceOf(e *meetingEditor, name string) model.Presence {
	v := e.ui.Doc.View
	for _, at := range e.mt.Attendance {
		if r := v.Representatives[at.RepresentativeID]; (r != nil && r.Name == name) || at.GuestName == name {
			return at.Presence
		}
	}
	return model.PresenceUnknown
}

// chooseItem shows the agenda item titled title in the minutes.
func chooseItem(t *testing.T, m *meetingMinutes, title string) {
	t.Helper()
	i := slices.IndexFunc(m.e.mt.Agenda, func(it model.AgendaItem) bool { return it.Title == title })
	if i < 0 {
		t.Fatalf("no agenda item %q", title)
	}
	m.list.Select(i)
	if m.chosen != m.e.mt.Agenda[i].ID {
		t.Fatalf("item %q not shown", title)
	}
}

// item returns the meeting's agenda item titled title.
func item(t *testing.T, mt *model.Meeting, title string) model.AgendaItem {
	t.Helper()
	for _, it := range mt.Agenda {
		if it.Title == title {
			return it
		}
	}
	t.Fatalf("no agenda item %q in %v", title, titles(mt))
	return model.AgendaItem{}
}

func titles(mt *model.Meeting) []string {
	var out []string
	for _, it := range mt.Agenda {
		out = append(out, it.Title)
	}
	return out
}

// itemParagraphs returns the § numbers of the meeting's items, 0 for none.
func itemParagraphs(mt *model.Meeting) []int {
	var out []int
	for _, it := range mt.Agenda {
		out = append(out, it.Paragraph)
	}
	return out
}

// storedMeeting returns meeting id of ds.
func storedMeeting(t *testing.T, ds *model.Dataset, id string) *model.Meeting {
	t.Helper()
	for _, m := range ds.Meetings {
		if m.ID == id {
			return m
		}
	}
	t.Fatalf("meeting %s not in the file", id)
	return nil
}

// minutesText writes the minutes of the item shown and saves them.
func minutesText(m *meetingMinutes, text string) {
	m.notes.SetText("")
	test.Type(m.notes, text)
	test.Tap(m.saveNotes)
}

// contains reports whether one of list contains s.
func contains(list []string, s string) bool {
	return slices.ContainsFunc(list, func(x string) bool { return strings.Contains(x, s) })
}
