package meetings

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/app/internal/kit"
	"samverka/app/internal/sessiontest"
)

// TestNewMeetingSwedishDateAndTimes is issue 19's seventh case in a real
// form: "3/12", "15.00" and "1630" as a Swede types them make a meeting
// on 3 December from 15:00 to 16:30, and the date field has its
// calendar; a time that is no time is named beside its field.
func TestNewMeetingSwedishDateAndTimes(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	m := meetingsOf(h)
	test.Tap(m.add)
	d := m.newMeeting
	if kit.DateButton(d.date) == nil {
		t.Fatal("the date field has no calendar")
	}
	d.date.SetText("")
	test.Type(d.date, "3/12")
	test.Type(d.start, "15.00")
	test.Type(d.end, "25.00")
	test.Tap(d.Save)
	if m.newMeeting == nil || d.Form.Problem("endTime") == "" {
		t.Fatalf("25.00 was taken as a time: problem %q", d.Form.Problem("endTime"))
	}
	d.end.SetText("1630")
	test.Tap(d.Save)
	if m.newMeeting != nil {
		t.Fatalf("the meeting was not created: %q %q", d.Form.General.Text, d.Form.Problem("date"))
	}
	mt := m.editor.mt
	// The demo's today is 2026-01-15: 3/12 is this year's 3 December.
	if mt.Date != "2026-12-03" || mt.StartTime != "15:00" || mt.EndTime != "16:30" {
		t.Fatalf("meeting %s %s–%s", mt.Date, mt.StartTime, mt.EndTime)
	}
}
