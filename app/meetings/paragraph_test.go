package meetings

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/model"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// TestMeetingParagraphsAcrossMeetingsAndYears checks § numbering as the
// secretary meets it (issue 19): when a meeting's first minutes are saved,
// every item of its agenda gets its § in agenda order, whatever item was
// written first, continuing the year's series; the series starts over at
// 1 in a new year; an item added, moved or removed keeps the numbers in
// agenda order from where the meeting's series began.
func TestMeetingParagraphsAcrossMeetingsAndYears(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	demo := h.Stored(path)
	next2025 := model.NextParagraph(demo.Meetings, 2025)
	if next2025 < 10 || model.NextParagraph(demo.Meetings, 2026) != 1 {
		t.Fatalf("the demo council's § numbers: next 2025 is %d, 2026 %d", next2025, model.NextParagraph(demo.Meetings, 2026))
	}
	h.OpenFile(path)

	minute := func(e *meetingEditor, title, text string) int {
		t.Helper()
		e.tabs.Select(e.minutesTab)
		chooseItem(t, e.minutes, title)
		minutesText(e.minutes, text)
		return item(t, e.mt, title).Paragraph
	}

	// December 2025 goes on from the demo council's § numbers.
	dec := newMeetingAt(h, "2025-12-17", "09:00", "11:00", "Fryshuset Sätra")
	if got := minute(dec, "Mötets öppnande", "Mötet öppnades."); got != next2025 {
		t.Fatalf("first § of the December meeting %d, want %d", got, next2025)
	}

	// 2026 starts over. The secretary writes the fifth item first: the
	// protokoll still numbers the agenda from the top, § 1–6.
	feb := newMeetingAt(h, "2026-02-03", "18:00", "20:00", "Bredängsskolan")
	if got := minute(feb, "Övriga frågor", "Inga övriga frågor."); got != 5 {
		t.Fatalf("February's fifth item got § %d, want 5", got)
	}
	if got := minute(feb, "Mötets öppnande", "Öppnat."); got != 1 {
		t.Fatalf("February's opening got § %d, want 1", got)
	}
	if got := itemParagraphs(feb.mt); !slices.Equal(got, []int{1, 2, 3, 4, 5, 6}) {
		t.Fatalf("February's § %v, want 1–6 in agenda order", got)
	}
	// The year's series goes on at the next meeting.
	mar := newMeetingAt(h, "2026-03-10", "18:00", "20:00", "Sätra bibliotek")
	if got := minute(mar, "Föregående protokoll", "Lades till handlingarna."); got != 9 {
		t.Fatalf("March's third item: § %d, want 9 (7 is its first)", got)
	}
	// Back in February: the text saved again keeps its §; an item moved
	// up takes the § of its new place, the one it passed the next.
	feb = openMeeting(h, feb.mt.ID)
	if got := minute(feb, "Mötets öppnande", "Ordföranden öppnade mötet."); got != 1 {
		t.Fatalf("saving again changed § 1 to § %d", got)
	}
	feb.tabs.Select(feb.agendaTab)
	ag := feb.agenda
	ag.list.Select(slices.IndexFunc(feb.mt.Agenda, func(it model.AgendaItem) bool { return it.Title == "Övriga frågor" }))
	test.Tap(ag.up)
	if got := titles(feb.mt); got[3] != "Övriga frågor" || item(t, feb.mt, "Övriga frågor").Paragraph != 4 ||
		item(t, feb.mt, "Uppföljning av åtaganden").Paragraph != 5 {
		t.Fatalf("after moving up: %q %v", got, itemParagraphs(feb.mt))
	}
	if !ag.remove.Disabled() {
		t.Fatal("an item with minutes can be removed")
	}
	// An item without minutes can go; the numbers close up behind it.
	ag.list.Select(slices.IndexFunc(feb.mt.Agenda, func(it model.AgendaItem) bool { return it.Title == "Val av justerare" }))
	if ag.remove.Disabled() {
		t.Fatal("an item without minutes cannot be removed")
	}
	test.Tap(ag.remove)
	h.Confirm("meetingAgenda.remove")
	if got := itemParagraphs(feb.mt); !slices.Equal(got, []int{1, 2, 3, 4, 5}) {
		t.Fatalf("after removing an item: § %v, want 1–5", got)
	}

	// A new year starts over at § 1.
	jan := newMeetingAt(h, "2027-01-19", "18:00", "20:00", "Skärholmens bibliotek")
	if got := minute(jan, "Val av justerare", "Anna valdes."); got != 2 {
		t.Fatalf("2027: § %d, want 2", got)
	}

	// In the file: every year's numbers are unique across its meetings,
	// and the model agrees on what comes next.
	h.Reopen(path)
	ds := h.Stored(path)
	seen := map[int]map[int]string{}
	for _, m := range model.Live(ds.Meetings) {
		y := m.Date.Year()
		if seen[y] == nil {
			seen[y] = map[int]string{}
		}
		for _, it := range m.Agenda {
			if it.Paragraph == 0 {
				continue
			}
			if other, dup := seen[y][it.Paragraph]; dup {
				t.Fatalf("§ %d of %d twice: %s and %s", it.Paragraph, y, other, m.Label())
			}
			seen[y][it.Paragraph] = m.Label()
		}
	}
	for year, want := range map[int]int{2025: next2025 + 6, 2026: 13, 2027: 7, 2028: 1} {
		if got := model.NextParagraph(ds.Meetings, year); got != want {
			t.Errorf("next § of %d: %d, want %d", year, got, want)
		}
	}
	if got := itemParagraphs(storedMeeting(t, ds, feb.mt.ID)); !slices.Equal(got, []int{1, 2, 3, 4, 5}) {
		t.Fatalf("February's stored § %v", got)
	}
}

// TestMeetingUndo takes back changes made in the meeting screen with
// Ctrl+Z: a decision takes the commitment it created with it, and a mark
// of attendance goes; the follow-up recorded before it stays, as the
// next step to take back.
func TestMeetingUndo(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	e := newMeetingAt(h, "2026-02-03", "18:00", "20:00", "Bredängsskolan")
	v := h.S.Doc.View

	e.tabs.Select(e.minutesTab)
	m := e.minutes
	chooseItem(t, m, "Övriga frågor")
	m.creates.SetChecked(true)
	test.Type(m.title, "Ny belysning i Sätraparken")
	parts := v.PartsByName()
	m.part.Sel.SetSelected(parts[0].Name)
	m.area.Sel.SetSelected(session.Tr(model.AreaCivilSociety.Key()))
	test.Tap(m.addDecision)
	decisions := item(t, e.mt, "Övriga frågor").Decisions
	if len(decisions) != 1 {
		t.Fatalf("decisions %+v", decisions)
	}
	created := decisions[0].CommitmentID
	if v.Commitments[created] == nil {
		t.Fatal("no commitment from the decision")
	}
	h.S.OnUndo()
	if it := item(t, e.mt, "Övriga frågor"); len(it.Decisions) != 0 || it.Paragraph != 0 {
		t.Fatalf("after undo the item has %+v", it)
	}
	if v.Commitments[created] != nil {
		t.Fatal("the decision's commitment stayed after undo")
	}

	e.tabs.Select(e.followUpTab)
	f := e.followUp
	first := f.chosen
	test.Type(f.comment, "Pågår enligt plan.")
	test.Tap(f.save)
	e.tabs.Select(e.attendanceTab)
	name := ""
	for _, row := range e.attendance.rows {
		if row.rep != nil {
			name = row.rep.Name
			break
		}
	}
	test.Tap(presenceButton(t, e.attendance, name, model.PresencePresent))
	h.S.OnUndo()
	if got := presenceOf(e, name); got != model.PresenceUnknown {
		t.Fatalf("after undo %s is %q", name, got)
	}
	if len(h.S.Undo.Steps) != 2 { // the meeting's creation and the follow-up
		t.Fatalf("undo steps left: %d", len(h.S.Undo.Steps))
	}
	h.Reopen(path)
	ds := h.Stored(path)
	n := 0
	for _, fu := range ds.FollowUps {
		if fu.CommitmentID == first && fu.MeetingID == e.mt.ID {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d follow-ups of the meeting after undo, want 1", n)
	}
	for _, c := range ds.Commitments {
		if c.ID == created && !c.Deleted {
			t.Fatal("the undone commitment is live in the file")
		}
	}
}

// TestMeetingNotesKeptWhenMovingOn: minutes typed but not saved are saved
// when the secretary goes on to the next item, another tab or back to the
// list, so that nothing written during the meeting is lost.
func TestMeetingNotesKeptWhenMovingOn(t *testing.T) {
	h := sessiontest.New(t)
	h.OpenFile(h.DemoFile())
	e := newMeetingAt(h, "2026-02-03", "18:00", "20:00", "Bredängsskolan")
	e.tabs.Select(e.minutesTab)
	m := e.minutes
	steps := []struct {
		title, text string
		moveOn      func()
	}{
		{"Mötets öppnande", "Mötet öppnades.", func() { chooseItem(t, m, "Val av justerare") }},
		{"Val av justerare", "Anna valdes.", func() { e.tabs.Select(e.followUpTab) }},
		{"Föregående protokoll", "Lades till handlingarna.", func() { test.Tap(e.back) }},
	}
	for i, s := range steps {
		if e.tabs.Selected() != e.minutesTab {
			e.tabs.Select(e.minutesTab)
		}
		chooseItem(t, m, s.title)
		test.Type(m.notes, s.text)
		s.moveOn()
		if it := item(t, e.mt, s.title); it.Notes != s.text || it.Paragraph != i+1 {
			t.Fatalf("%s after moving on: %q § %d", s.title, it.Notes, it.Paragraph)
		}
	}
	if meetingsOf(h).editor != nil {
		t.Fatal("still in the meeting after Alla möten")
	}
}

// TestMeetingRemove removes a meeting made by mistake, and brings it back
// with Ctrl+Z; a meeting with minutes cannot be removed.
func TestMeetingRemove(t *testing.T) {
	h := sessiontest.New(t)
	h.OpenFile(h.DemoFile())
	e := newMeetingAt(h, "2026-02-03", "18:00", "20:00", "Bredängsskolan")
	id := e.mt.ID
	e.tabs.Select(e.detailsTab)
	if !e.details.remove.Visible() {
		t.Fatal("a new meeting cannot be removed")
	}
	test.Tap(e.details.remove)
	h.Confirm("meetingDetails.remove")
	if meetingsOf(h).editor != nil || h.S.Doc.View.Meetings[id] != nil {
		t.Fatal("the meeting is still there")
	}
	h.S.OnUndo()
	if h.S.Doc.View.Meetings[id] == nil {
		t.Fatal("undo did not bring the meeting back")
	}
	e = openMeeting(h, id)
	e.tabs.Select(e.minutesTab)
	chooseItem(t, e.minutes, "Mötets öppnande")
	minutesText(e.minutes, "Mötet öppnades.")
	e.tabs.Select(e.detailsTab)
	if e.details.remove.Visible() {
		t.Fatal("a meeting with minutes can be removed")
	}
}
