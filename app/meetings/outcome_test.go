package meetings

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/model"

	"samverka/app/internal/sessiontest"
)

// TestFollowUpRecordsUtfall follows up a commitment with an indicator at a
// new meeting: the form shows what is measured, the last value and that a
// value is due; a value that is not a number is refused under its input
// and nothing is saved; a value with a decimal comma and a delmål ticked
// are stored with the follow-up, and the next time the value is the last
// one shown.
func TestFollowUpRecordsUtfall(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	e := newMeetingAt(h, "2026-02-03", "18:00", "20:00", "Skärholmens bibliotek")
	e.tabs.Select(e.followUpTab)
	f := e.followUp
	history := func(id string) []*model.FollowUp { return e.history[id] }
	i := slices.IndexFunc(f.shown, func(c *model.Commitment) bool {
		return c.Goal.Indicator != "" && c.Goal.Numbers().Known && len(model.OutcomeSeries(history(c.ID), "")) > 0
	})
	if i < 0 {
		t.Fatal("no open commitment with a measured indicator to follow up")
	}
	f.list.Select(i)
	c := f.shown[i]
	o := f.outcome
	if !o.measures.Visible() || !strings.Contains(o.about.Text, c.Goal.Indicator) {
		t.Fatalf("the indicator is not shown: %q", o.about.Text)
	}
	readings := model.OutcomeSeries(history(c.ID), "")
	last := readings[len(readings)-1]
	if want := "Senaste utfall: " + formatValue(last.Value) + " (mätt " + string(last.Date) + ")"; o.last.Text != want {
		t.Errorf("last value %q, want %q", o.last.Text, want)
	}
	if !o.due.Visible() {
		t.Error("no value is asked for at a new meeting")
	}
	if o.measured.Text != "2026-02-03" {
		t.Errorf("measured day starts as %q", o.measured.Text)
	}
	before := len(h.Stored(path).FollowUps)

	test.Type(o.value, "många")
	test.Tap(f.save)
	if got := o.form.Problem("outcome.value"); !strings.Contains(got, "inget tal") {
		t.Errorf("problem under the value: %q", got)
	}
	o.value.SetText("")
	test.Type(o.value, "24,5")
	o.measured.SetText("2026-02-10")
	test.Tap(f.save)
	if got := o.form.Problem("outcome.date"); !strings.Contains(got, "efter uppföljningens datum") {
		t.Errorf("a day after the meeting: %q", got)
	}
	h.CloseFile()
	if n := len(h.Stored(path).FollowUps); n != before {
		t.Fatalf("a refused follow-up was saved: %d follow-ups, were %d", n, before)
	}

	h.OpenFile(path)
	e = openMeeting(h, e.mt.ID)
	e.tabs.Select(e.followUpTab)
	f, o = e.followUp, e.followUp.outcome
	f.list.Select(slices.IndexFunc(f.shown, func(x *model.Commitment) bool { return x.ID == c.ID }))
	test.Type(o.value, "24,5")
	o.measured.SetText("2026-02-01")
	var ticked string
	for id, ch := range o.checked {
		ticked = id
		ch.SetChecked(true)
		break
	}
	test.Tap(f.save)
	if f.form.General.Visible() || o.form.Problem("outcome.value") != "" {
		t.Fatalf("refused: %q %q", f.form.General.Text, o.form.Problem("outcome.value"))
	}
	if want := "Senaste utfall: 24,5 (mätt 2026-02-01)"; o.last.Text != want {
		t.Errorf("after saving the last value is %q", o.last.Text)
	}
	h.CloseFile()
	var stored *model.FollowUp
	for _, x := range h.Stored(path).FollowUps {
		if x.CommitmentID == c.ID && x.MeetingID == e.mt.ID {
			stored = x
		}
	}
	if stored == nil || stored.Outcome != (model.Measure{Value: 24.5, Date: "2026-02-01"}) {
		t.Fatalf("stored %+v", stored)
	}
	if ticked != "" && !slices.Contains(stored.MilestoneIDs, ticked) {
		t.Errorf("the delmål ticked is not stored: %v", stored.MilestoneIDs)
	}
}

// TestFollowUpAgainShowsTheUtfall: a commitment followed up at this
// meeting shows the utfall recorded; saving again records nothing, and a
// changed value corrects the entry, whose value then stands.
func TestFollowUpAgainShowsTheUtfall(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	e := newMeetingAt(h, "2026-02-03", "18:00", "20:00", "Skärholmens bibliotek")
	e.tabs.Select(e.followUpTab)
	f := e.followUp
	i := slices.IndexFunc(f.shown, func(c *model.Commitment) bool { return c.Goal.Indicator != "" && c.Goal.Numbers().Known })
	if i < 0 {
		t.Fatal("no commitment with an indicator")
	}
	f.list.Select(i)
	c := f.shown[i]
	test.Type(f.outcome.value, "17")
	test.Tap(f.save)
	count := func() int {
		n := 0
		for _, x := range e.history[c.ID] {
			if x.MeetingID == e.mt.ID {
				n++
			}
		}
		return n
	}
	if count() != 1 {
		t.Fatalf("%d entries at the meeting", count())
	}
	f.list.Select(i)
	if f.outcome.value.Text != "17" || f.outcome.measured.Text != "2026-02-03" {
		t.Fatalf("the form shows %q, %q", f.outcome.value.Text, f.outcome.measured.Text)
	}
	test.Tap(f.save)
	if count() != 1 {
		t.Fatalf("saving the same again recorded %d entries", count())
	}
	f.outcome.value.SetText("")
	test.Type(f.outcome.value, "18,5")
	test.Tap(f.save)
	if count() != 2 {
		t.Fatalf("a corrected utfall gives %d entries", count())
	}
	if s := model.OutcomeSeries(e.history[c.ID], ""); s[len(s)-1] != (model.Reading{Date: "2026-02-03", Value: 18.5}) {
		t.Errorf("the series ends %v", s[len(s)-1])
	}
}
