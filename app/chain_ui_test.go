package app

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"samverka/model"
	"samverka/storage"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// chainFile writes a small council by hand: one part with a contact
// person, two commitments linked to nothing, two council meetings and
// follow-ups at them. It returns the file's path.
func chainFile(h *sessiontest.Harness) string {
	h.T.Helper()
	path := filepath.Join(h.Dir, "Kedjan.samverka")
	d, err := storage.Create(path, &model.Council{Name: "Rådet i Testby"}, h.StorageOptions("Setup", "SETUP-PC"))
	if err != nil {
		h.T.Fatal(err)
	}
	part := &model.Part{Name: "Fryshuset", Kind: model.PartAssociation}
	if err := d.Put(part); err != nil {
		h.T.Fatal(err)
	}
	rep := &model.Representative{PartID: part.ID, Name: "Anna Andersson", Role: model.CouncilRole("ledamot")}
	night := &model.Commitment{Title: "Nattvandring", PartID: part.ID, Area: model.AreaCivilSociety, Status: model.StatusOngoing,
		Start: "2025-09-01", Due: "2026-06-30", Goal: model.Goal{Indicator: "Antal vandringar", Baseline: "10", Target: "40"}}
	paint := &model.Commitment{Title: "Sanera klotter", PartID: part.ID, Area: model.AreaCollaboration, Status: model.StatusPlanned,
		Start: "2025-10-01", Due: "2025-12-31"}
	m1 := &model.Meeting{Date: "2025-11-12", Kind: model.MeetingCouncil, State: model.StateDraft}
	m2 := &model.Meeting{Date: "2026-01-14", Kind: model.MeetingCouncil, State: model.StateDraft}
	if err := d.Put(rep, night, paint, m1, m2); err != nil {
		h.T.Fatal(err)
	}
	night.ContactID = rep.ID
	if err := d.Put(night); err != nil {
		h.T.Fatal(err)
	}
	for _, f := range []*model.FollowUp{
		{CommitmentID: night.ID, MeetingID: m1.ID, Date: m1.Date, Status: model.StatusOngoing, Light: model.LightGreen, Comment: "Tio vandringar"},
		{CommitmentID: paint.ID, MeetingID: m1.ID, Date: m1.Date, Status: model.StatusPlanned, Light: model.LightYellow},
		{CommitmentID: night.ID, MeetingID: m2.ID, Date: m2.Date, Status: model.StatusOngoing, Light: model.LightGreen, Comment: "Arton vandringar"},
	} {
		if err := d.Put(f); err != nil {
			h.T.Fatal(err)
		}
	}
	if err := d.Close(); err != nil {
		h.T.Fatal(err)
	}
	return path
}

// TestChainFromSituationToReport acts as a council chair: write a
// lägesbild with two problems and numbered causes (one a sub-cause), link
// a commitment to a cause, find it in the åtgärdsplan with its number and
// part, watch the broken-chain warnings come and go, and read the
// follow-up report's figures, which must be model.BuildReport's.
func TestChainFromSituationToReport(t *testing.T) {
	h := newHarness(t)
	path := chainFile(h.Harness)
	h.openFile(path)

	// A new lägesbild, with a source used and one left out.
	h.ui.showScreen(screenSituations)
	s := h.ui.screenNamed(screenSituations).(*situations)
	test.Tap(s.add)
	e := s.editor
	if !e.addProblem.Disabled() {
		t.Error("problems can be added to a situation that is not saved")
	}
	test.Type(e.title, "Lägesbild Testby 2026")
	if e.date.Text != string(sessiontest.TestToday) {
		t.Errorf("a new situation is dated %q", e.date.Text)
	}
	test.Type(e.area, "Testby centrum")
	test.Tap(e.used.add)
	test.Type(e.used.rows[0], "Polisens anmälningsstatistik 2025")
	test.Tap(e.leftOut.add)
	test.Type(e.leftOut.rows[0], "Skolans trygghetsenkät")
	test.Type(e.limitations, "Vi vet lite om hur unga upplever centrum.")
	e.from.SetText("2026-02-30")
	test.Tap(e.save)
	if got := e.form.Problem("from"); got != session.Tr("error.date.invalid") {
		t.Fatalf("problem beside the period's start: %q", got)
	}
	e.from.SetText("2025-01-01")
	e.to.SetText("2025-12-31")
	test.Tap(e.save)
	if e.before == nil || e.form.General.Visible() {
		t.Fatalf("the situation was not saved: %q", e.form.General.Text)
	}
	if rows := sessiontest.ListTexts(s.list); len(rows) != 1 || !strings.HasPrefix(rows[0], "Lägesbild Testby 2026 | "+string(sessiontest.TestToday)) {
		t.Fatalf("situations listed %q", rows)
	}

	// Two problems, the first with two priority areas.
	test.Tap(e.addProblem)
	p1 := e.editors[0]
	test.Type(p1.title, "Otrygghet vid torget")
	test.Type(p1.where, "Testby torg")
	test.Type(p1.affected, "Boende och handlare")
	test.Tap(p1.areas[0])
	test.Tap(p1.areas[2])
	if !p1.addCause.Disabled() {
		t.Error("causes can be added to a problem that is not saved")
	}
	test.Tap(p1.save)
	if p1.before == nil {
		t.Fatalf("the first problem was not saved: %q", p1.form.General.Text)
	}
	test.Tap(e.addProblem)
	p2 := e.editors[len(e.editors)-1]
	test.Type(p2.title, "Klotter på skolan")
	test.Tap(p2.save)
	if p2.before == nil || p2.before.Rank != 2 {
		t.Fatalf("the second problem: %+v", p2.before)
	}
	if got := []string{e.problems.Items[0].Title, e.problems.Items[1].Title}; !slices.Equal(got, []string{"1. Otrygghet vid torget", "2. Klotter på skolan"}) {
		t.Fatalf("problems shown %q", got)
	}

	// Numbered causes: two top causes, then sub-causes of the first.
	addCause := func(pe *problemEditor, parentLabel, text string) {
		t.Helper()
		if parentLabel == "" {
			test.Tap(pe.addCause)
		} else {
			r := pe.row(parentLabel)
			if r == nil {
				t.Fatalf("no cause %s among %v", parentLabel, causeLabels(pe))
			}
			test.Tap(r.addSub)
		}
		if pe.dialog == nil {
			t.Fatal("no cause dialog")
		}
		test.Type(pe.dialog.description, text)
		test.Tap(pe.dialog.dialog.Save)
		if pe.dialog != nil {
			t.Fatalf("the cause dialog stayed: %q", pe.dialog.dialog.Form.Problem("description"))
		}
	}
	p1 = e.problemEditor(p1.before.ID)
	test.Tap(p1.addCause)
	test.Tap(p1.dialog.dialog.Save) // no description
	if p1.dialog == nil || p1.dialog.dialog.Form.Problem("description") != session.Tr("error.required") {
		t.Fatal("a cause without a description was taken")
	}
	p1.dialog.dialog.Dialog.Hide()
	p1.dialog = nil
	addCause(p1, "", "Dålig belysning")
	addCause(p1, "", "Få vuxna ute på kvällarna")
	addCause(p1, "1", "Trasiga lampor")
	addCause(p1, "1", "Buskage skymmer sikten")
	p1 = e.problemEditor(p1.before.ID)
	if got := causeLabels(p1); !slices.Equal(got, []string{"1 Dålig belysning", "1.1 Trasiga lampor", "1.2 Buskage skymmer sikten", "2 Få vuxna ute på kvällarna"}) {
		t.Fatalf("causes %q", got)
	}
	// Removing 1.1 numbers the sub-cause after it anew; Ctrl+Z takes
	// both back.
	test.Tap(p1.row("1.1").retire)
	h.Confirm("chainui.causes.retire")
	p1 = e.problemEditor(p1.before.ID)
	if got := causeLabels(p1); !slices.Equal(got, []string{"1 Dålig belysning", "1.1 Buskage skymmer sikten", "2 Få vuxna ute på kvällarna"}) {
		t.Fatalf("causes after removing 1.1: %q", got)
	}
	h.ui.OnUndo()
	p1 = e.problemEditor(p1.before.ID)
	if got := causeLabels(p1); !slices.Equal(got, []string{"1 Dålig belysning", "1.1 Trasiga lampor", "1.2 Buskage skymmer sikten", "2 Få vuxna ute på kvällarna"}) {
		t.Fatalf("causes after undoing the removal: %q", got)
	}
	test.Tap(p1.row("1.1").retire)
	h.Confirm("chainui.causes.retire")
	p1 = e.problemEditor(p1.before.ID)
	if got := causeLabels(p1); !slices.Equal(got, []string{"1 Dålig belysning", "1.1 Buskage skymmer sikten", "2 Få vuxna ute på kvällarna"}) {
		t.Fatalf("causes after removing 1.1: %q", got)
	}

	// The plan: both problems lack commitments, both commitments lack a
	// link.
	h.ui.showScreen(screenPlan)
	pl := h.ui.screenNamed(screenPlan).(*planScreen)
	noCommitment := func(title string) string {
		return session.Tr("chain."+model.WarnProblemNoCommitment, map[string]any{"Title": title})
	}
	unlinked := session.Tr("chain."+model.WarnCommitmentUnlinked, map[string]any{"Title": "Nattvandring"})
	ws := pl.warnings.texts()
	for _, want := range []string{noCommitment("Otrygghet vid torget"), noCommitment("Klotter på skolan"), unlinked} {
		if !slices.Contains(ws, want) {
			t.Errorf("no warning %q among %q", want, ws)
		}
	}
	if pl.warnings.badge.count != len(ws) {
		t.Errorf("badge says %d of %d warnings", pl.warnings.badge.count, len(ws))
	}

	// Link Nattvandring to cause 1.1 in the commitment's editor.
	h.ui.showScreen(screenCommitments)
	c := h.ui.screenNamed(screenCommitments).(*commitments)
	i := slices.IndexFunc(c.shown, func(r *session.CommitmentRow) bool { return r.C.Title == "Nattvandring" })
	c.list.Select(i)
	c.editor.problem.Sel.SetSelected("Otrygghet vid torget")
	if !slices.Contains(c.editor.cause.Sel.Options, "1.1 Buskage skymmer sikten") {
		t.Fatalf("causes offered %q", c.editor.cause.Sel.Options)
	}
	c.editor.cause.Sel.SetSelected("1.1 Buskage skymmer sikten")
	test.Tap(c.editor.save)

	h.ui.showScreen(screenPlan)
	rows := sessiontest.ListTexts(pl.list)
	if !slices.ContainsFunc(rows, func(r string) bool {
		return strings.HasPrefix(r, "1.1 | Buskage skymmer sikten | Nattvandring | Antal vandringar") && strings.Contains(r, "Fryshuset") &&
			strings.Contains(r, "Anna Andersson") && strings.Contains(r, "Arton vandringar")
	}) {
		t.Fatalf("no row for 1.1 with Nattvandring and Fryshuset in %q", rows)
	}
	if rows[0] != "Problem 1: Otrygghet vid torget · Lägesbild: Lägesbild Testby 2026 ("+string(sessiontest.TestToday)+")" {
		t.Errorf("first band %q", rows[0])
	}
	ws = pl.warnings.texts()
	if slices.Contains(ws, noCommitment("Otrygghet vid torget")) || slices.Contains(ws, unlinked) {
		t.Errorf("warnings left after linking: %q", ws)
	}
	if !slices.Contains(ws, noCommitment("Klotter på skolan")) {
		t.Errorf("the unlinked problem's warning went: %q", ws)
	}

	// Choosing the warning opens the problem on the Lägesbild screen.
	pl.warnings.list.Select(slices.Index(ws, noCommitment("Klotter på skolan")))
	if h.ui.screen != screenSituations {
		t.Fatalf("the warning opened %q", h.ui.screen)
	}
	open := e.problemEditor(p2.before.ID)
	if open == nil || !open.item.Open {
		t.Fatal("the problem is not open")
	}

	// Link the other commitment to the second problem: its warning goes.
	h.ui.showScreen(screenCommitments)
	i = slices.IndexFunc(c.shown, func(r *session.CommitmentRow) bool { return r.C.Title == "Sanera klotter" })
	c.list.Select(i)
	c.editor.problem.Sel.SetSelected("Klotter på skolan")
	test.Tap(c.editor.save)
	h.ui.showScreen(screenPlan)
	if ws := pl.warnings.texts(); slices.Contains(ws, noCommitment("Klotter på skolan")) {
		t.Errorf("the warning stayed after linking: %q", ws)
	}

	// The report's figures are model.BuildReport's on the stored file.
	h.ui.showScreen(screenReport)
	r := h.ui.screenNamed(screenReport).(*reportScreen)
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

	// Reopened, everything is in the file.
	h.reopen(path)
	ds := h.Stored(path)
	if len(ds.Situations) != 1 {
		t.Fatalf("%d situations stored", len(ds.Situations))
	}
	sit := ds.Situations[0]
	if sit.Area != "Testby centrum" || !slices.Equal(sit.SourcesUsed, []string{"Polisens anmälningsstatistik 2025"}) ||
		!slices.Equal(sit.SourcesLeftOut, []string{"Skolans trygghetsenkät"}) || sit.From != "2025-01-01" || sit.To != "2025-12-31" {
		t.Errorf("situation stored %+v", sit)
	}
	for _, p := range model.Live(ds.Problems) {
		if p.Title == "Otrygghet vid torget" && !slices.Equal(p.Areas, []model.Area{model.AreaCollaboration, model.AreaViolence}) {
			t.Errorf("areas stored %v", p.Areas)
		}
	}
	numbers := map[string]int{}
	for _, c := range model.Live(ds.Causes) {
		numbers[c.Description] = c.Number
	}
	if len(numbers) != 3 || numbers["Buskage skymmer sikten"] != 1 || numbers["Få vuxna ute på kvällarna"] != 2 {
		t.Errorf("causes stored %v", numbers)
	}
}

// causeLabels returns the causes a problem editor lists, "1.1 text".
func causeLabels(pe *problemEditor) []string {
	var out []string
	for _, r := range pe.rows {
		out = append(out, r.node.Label+" "+r.text.Text)
	}
	return out
}

// reportFigures returns the report screen's tally lines as shown: the
// areas' lines, then the parts'.
func reportFigures(r *reportScreen) []string {
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
// the commitments per priority area and per part.
func TestOverviewCharts(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	h.openFile(path)
	c := h.ui.screenNamed(screenOverview).(*overview).charts
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
	if h.ui.Doc.View.FollowUps.Loaded {
		t.Error("the overview read every follow-up")
	}
	assertSameCounts(t, c.report, want)
	h.ui.showScreen(screenPlan)
	if !h.ui.Doc.View.FollowUps.Loaded {
		t.Fatal("the plan did not read the follow-ups")
	}
	c.refresh()
	assertSameCounts(t, c.report, want)
}

// assertSameCounts checks that a report counts what want counts.
func assertSameCounts(t *testing.T, got, want model.Report) {
	t.Helper()
	if got.Total != want.Total || got.FollowUps != want.FollowUps || len(got.Overdue) != len(want.Overdue) ||
		!slices.Equal(got.Areas, want.Areas) || !slices.Equal(got.Parts, want.Parts) || len(got.Meetings) != len(want.Meetings) {
		t.Fatalf("report:\n%+v %d %+v %+v\nwant:\n%+v %d %+v %+v", got.Total, got.FollowUps, got.Areas, got.Parts,
			want.Total, want.FollowUps, want.Areas, want.Parts)
	}
	for i, m := range want.Meetings {
		g := got.Meetings[i]
		if g.Meeting.ID != m.Meeting.ID || g.Green != m.Green || g.Yellow != m.Yellow || g.Red != m.Red || g.None != m.None {
			t.Errorf("meeting %s: %+v, want %+v", m.Meeting.Date, g, m)
		}
	}
}

// TestChainReadOnly opens the example council read-only: nothing on the
// Lägesbild screen can be changed, while the plan and the report show and
// print as usual.
func TestChainReadOnly(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	opt := h.ui.Opt.Storage
	opt.ReadOnly = true
	h.ui.open(path, opt)
	if h.ui.Doc == nil || !h.ui.ReadOnly() {
		t.Fatal("the file did not open read-only")
	}
	h.ui.showScreen(screenSituations)
	s := h.ui.screenNamed(screenSituations).(*situations)
	e := s.editor
	if e.before == nil || len(e.editors) == 0 {
		t.Fatal("no situation with problems shown")
	}
	pe := e.editors[0]
	if len(pe.rows) == 0 {
		t.Fatal("the first problem shows no causes")
	}
	for name, b := range map[string]interface{ Disabled() bool }{
		"new situation": s.add, "save situation": e.save, "retire situation": e.retire, "add problem": e.addProblem,
		"title": e.title, "source": e.used.add, "save problem": pe.save, "problem title": pe.title,
		"area": pe.areas[0], "add cause": pe.addCause, "edit cause": pe.rows[0].edit,
		"add sub-cause": pe.rows[0].addSub, "retire cause": pe.rows[0].retire,
	} {
		if !b.Disabled() {
			t.Errorf("%s can be changed in a read-only file", name)
		}
	}
	h.ui.showScreen(screenPlan)
	if h.ui.screenNamed(screenPlan).(*planScreen).print.Disabled() || len(h.ui.screenNamed(screenPlan).(*planScreen).lines) == 0 {
		t.Error("the plan does not show or print in a read-only file")
	}
}
