package overview

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
	"samverka/model"
)

// overviewOf returns the overview, shown in the harness's window.
func overviewOf(h *sessiontest.Harness) *Screen {
	return h.Screen("overview", func() session.Screen { return New(h.S) }).(*Screen)
}

// reportOf returns the Uppföljning screen, shown in the harness's window.
func reportOf(h *sessiontest.Harness) *Report {
	return h.Screen("report", func() session.Screen { return NewReport(h.S) }).(*Report)
}

// TestReportFigures reads the follow-up report's figures, which must be
// model.BuildReport's, for the whole time and for a period, and checks
// that a bad period is shown beside its fields.
func TestReportFigures(t *testing.T) {
	h := sessiontest.New(t)
	path := sessiontest.ChainFile(h)
	h.OpenFile(path)

	// The report's figures are model.BuildReport's on the stored file.
	r := reportOf(h)
	r.Refresh()
	checkFigures := func(from, to model.Date) {
		t.Helper()
		want := expectedFigures(model.BuildReport(h.Stored(path), from, to, sessiontest.TestToday))
		if got := reportFigures(r); !slices.Equal(got, want) {
			t.Errorf("figures %s–%s:\n got %q\nwant %q", from, to, got, want)
		}
	}
	checkFigures("", "")
	// Counted by hand: Nattvandring is on track (green), Sanera klotter
	// late (past its due date).
	if got := reportFigures(r); !slices.Contains(got, "Totalt | 2 | 0 | 1 | 0 | 1 | 0") {
		t.Errorf("no total line of 2 commitments, 1 on track, 1 late in %q", got)
	}
	if !strings.Contains(r.period.Text, "2 möten och 3 uppföljningar") {
		t.Errorf("period line %q", r.period.Text)
	}
	if len(r.meetings.Objects) != 1 {
		t.Errorf("%d meeting charts", len(r.meetings.Objects))
	}
	if r.overdueTitle.Text != "Försenade åtaganden (1)" {
		t.Errorf("overdue %q", r.overdueTitle.Text)
	}
	// A period: a bad date is shown beside its field and changes nothing.
	test.Type(r.from, "2025-13-01")
	test.Tap(r.apply)
	if !r.fromProblem.Visible() || r.fromProblem.Text != session.Tr("error.date.invalid") {
		t.Errorf("problem beside Från: %q", r.fromProblem.Text)
	}
	r.from.SetText("2025-12-01")
	r.to.SetText("2025-11-01")
	test.Tap(r.apply)
	if !r.toProblem.Visible() || r.fromProblem.Visible() {
		t.Errorf("no order problem beside Till: %q", r.toProblem.Text)
	}
	r.to.SetText("2026-01-31")
	test.Tap(r.apply)
	if r.toProblem.Visible() {
		t.Errorf("problem left beside Till: %q", r.toProblem.Text)
	}
	checkFigures("2025-12-01", "2026-01-31")

}

// reportFigures returns the report screen's tally lines as shown: the
// areas' lines, then the parts'.
func reportFigures(r *Report) []string {
	var out []string
	for _, box := range []*fyne.Container{r.areas, r.parts} {
		for _, o := range box.Objects[1:] { // after the header
			out = append(out, sessiontest.ObjectText(o))
		}
	}
	return out
}

// expectedFigures writes a report's figures the way the screen shows them,
// from the model's numbers.
func expectedFigures(rep model.Report) []string {
	line := func(name string, t model.Tally) string {
		return fmt.Sprintf("%s | %d | %d | %d | %d | %d | %d", name, t.Commitments, t.Done, t.OnTrack, t.AtRisk, t.Late, t.Cancelled)
	}
	var out []string
	for _, a := range rep.Areas {
		out = append(out, line(session.Tr(a.Area.Key()), a.Tally))
	}
	out = append(out, line(session.Tr("chainui.report.total"), rep.Total))
	for _, p := range rep.Parts {
		out = append(out, line(p.Name, p.Tally))
	}
	return out
}

// TestOverviewCharts checks that the overview pictures the past year as
// the follow-up report counts it: the latest meetings' traffic lights and
// the commitments per priority area and per aktör.
func TestOverviewCharts(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	o := overviewOf(h)
	o.Refresh()
	c := o.charts
	from := model.DateOf(sessiontest.TestToday.Time().AddDate(-1, 0, 0))
	want := model.BuildReport(h.Stored(path), from, sessiontest.TestToday, sessiontest.TestToday)
	if len(want.Meetings) == 0 || want.Total.Commitments == 0 {
		t.Fatal("the demo council's past year is empty")
	}
	latest := want.Meetings[max(len(want.Meetings)-overviewMeetings, 0):]
	if got := c.meetingChart.Bars; len(got) != len(latest) {
		t.Fatalf("%d meetings charted, want %d", len(got), len(latest))
	}
	for i, m := range latest {
		if got := c.meetingChart.Bars[i]; !slices.Equal(got, []int{m.Green, m.Yellow, m.Red, m.None}) {
			t.Errorf("meeting %s: bar %v, want %d green, %d yellow, %d red, %d none", m.Meeting.Date, got, m.Green, m.Yellow, m.Red, m.None)
		}
	}
	texts := c.texts()
	// Practitioners say aktör for every organisation of the council; a
	// part is one who signs an agreement.
	if got := sessiontest.ObjectText(c.partsBox); !strings.HasPrefix(got, "Per aktör, senaste 12 månaderna") {
		t.Errorf("the parts' section reads %q", got)
	}
	for i, a := range want.Areas {
		if line := fmt.Sprintf("%s | %d", session.Tr(a.Area.Key()), a.Commitments); texts[i] != line {
			t.Errorf("area line %q, want %q", texts[i], line)
		}
	}
	biggest := slices.MaxFunc(want.Parts, func(a, b model.PartTally) int { return a.Commitments - b.Commitments })
	if line := fmt.Sprintf("%s | %d", biggest.Name, biggest.Commitments); texts[len(want.Areas)] != line {
		t.Errorf("first part line %q, want %q", texts[len(want.Areas)], line)
	}
	if !c.meetingChart.Visible() || c.meetingsNote.Visible() {
		t.Error("the meeting chart is not shown")
	}
	// The charts come from the follow-up index: the follow-ups themselves
	// are read only for a screen that shows them, after which the charts
	// count the same from those.
	if h.S.Doc.View.FollowUps.Loaded {
		t.Error("the overview read every follow-up")
	}
	drawn := func() string { return fmt.Sprint(c.texts(), c.meetingChart.Bars) }
	fromIndex := drawn()
	h.S.WithDataset(func(*model.Dataset) {}) // as the plan does
	if !h.S.Doc.View.FollowUps.Loaded {
		t.Fatal("the follow-ups were not read")
	}
	c.refresh()
	if got := drawn(); got != fromIndex {
		t.Fatalf("from the follow-ups the charts show\n%s\nfrom the index\n%s", got, fromIndex)
	}
}
