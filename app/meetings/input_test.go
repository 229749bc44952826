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
	d := h.Dialog()
	if d == nil {
		t.Fatal("no dialog for a new meeting")
	}
	date, end := d.FieldEntry(t, "date"), d.FieldEntry(t, "endTime")
	if kit.DateButton(date) == nil {
		t.Fatal("the date field has no calendar")
	}
	date.SetText("")
	test.Type(date, "3/12")
	test.Type(d.FieldEntry(t, "startTime"), "15.00")
	test.Type(end, "25.00")
	test.Tap(d.Button("button.create"))
	if h.Dialog() == nil || d.FieldProblem("endTime") == "" {
		t.Fatalf("25.00 was taken as a time: problem %q", d.FieldProblem("endTime"))
	}
	end.SetText("1630")
	test.Tap(d.Button("button.create"))
	if h.Dialog() != nil {
		t.Fatalf("the meeting was not created: %q", d.Problems())
	}
	mt := m.editor.mt
	// The demo's today is 2026-01-15: 3/12 is this year's 3 December.
	if mt.Date != "2026-12-03" || mt.StartTime != "15:00" || mt.EndTime != "16:30" {
		t.Fatalf("meeting %s %s–%s", mt.Date, mt.StartTime, mt.EndTime)
	}
}
