package pdf

import (
	"image"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"samverka/model"
)

// outcomeDataset is the chain council with utfall at the night walks'
// follow-ups, a delmål, an effect goal and the walks shared by two more
// parts.
func outcomeDataset() *model.Dataset {
	ds := chainDataset()
	walks := ds.Commitments[0] // cm-1, part-03, goal 12 → 40
	walks.Contributors = []model.Contributor{{PartID: "part-00", ContactID: "rep-00"}, {PartID: "part-02"}}
	walks.Milestones = []model.Milestone{{ID: "dm-1", Title: "Tjugo vandringar", Date: "2025-11-01", Target: "20"}}
	walks.Resources = model.Resources{EstimatedHours: 300, UsedHours: 120, EstimatedKronor: 15000, UsedKronor: 4000}
	ds.Problems[0].EffectGoals = []model.EffectGoal{{ID: "eg-1", Indicator: "Andel trygga i centrum kvällstid", Unit: "%",
		Baseline: 48, Target: 60, BaselineDate: "2025-06-01", Date: "2027-12-31"}}
	for _, f := range ds.FollowUps {
		switch f.ID {
		case "f-1":
			f.Outcome = model.Measure{Value: 16, Date: "2025-10-10"}
		case "f-2":
			f.Outcome = model.Measure{Value: 22, Date: "2025-11-15"}
			f.MilestoneIDs = []string{"dm-1"}
			f.Effects = []model.EffectMeasure{{GoalID: "eg-1", Value: 53, Date: "2025-11-01"}}
		}
	}
	more := &model.FollowUp{Meta: meta("f-8"), CommitmentID: "cm-1", MeetingID: "m-3", Date: "2025-12-17",
		Status: model.StatusOngoing, Light: model.LightGreen, Outcome: model.Measure{Value: 31, Date: "2025-12-14"}}
	ds.FollowUps = append(ds.FollowUps, more)
	return ds
}

func TestReportOutcomes(t *testing.T) {
	ds := outcomeDataset()
	in := ReportInputFrom(ds, "2025-01-01", "2025-12-31", chainToday)
	doc := readBack(t, mustReport(t, in))
	doc.checkPageNumbers(t)
	containsRaw(t, doc,
		"Måluppfyllelse",
		"Av 1 effektmål är 0 uppnådda, 1 har rört sig i rätt riktning, 0 är oförändrade, 0 har rört sig i fel riktning och 0 är inte mätta.",
		// Night walks 12 → 40 measured 31: the right way. The opening
		// hours 19.00 → 22.00 and the lamps have no utfall.
		"Av 3 åtaganden med indikator har 0 nått sitt målvärde, 1 har rört sig i rätt riktning, 0 är oförändrade, 0 har rört sig i fel riktning och 2 saknar utfall.",
		"Effektmål (1)", "Andel trygga i centrum kvällstid", "53 % 2025-11-01", "Rätt riktning",
		"Åtagandenas mål (3 med indikator)", "31 2025-12-14",
		"Indikatorerna över tid",
		"Delmål (1 av 1 uppnådda)", "Av 1 delmål är 1 uppnådda, 0 inte uppnådda i tid och 0 inte förfallna.",
		"2025-11-01 Tjugo vandringar (20) Nattvandring fredagar och lördagar Uppnått 2025-11-19",
		"Vad som gjorts per område och aktör",
		"Resurser", "300 120 15 000 4 000",
	)
	// The chair wrote nothing for this period: no empty headings.
	for _, h := range []string{"Analys", "Förslag till fortsatt arbete"} {
		if strings.Contains(doc.text(), h) {
			t.Errorf("the heading %q is printed with no text under it", h)
		}
	}
}

// TestReportListsASharedCommitmentOnce: the night walks, carried by three
// parts, stand once in what was done, under the part responsible, naming
// the other two; no other part's list has them.
func TestReportListsASharedCommitmentOnce(t *testing.T) {
	ds := outcomeDataset()
	in := ReportInputFrom(ds, "2025-01-01", "2025-12-31", chainToday)
	all := strings.Join(raw(t, readBack(t, mustReport(t, in))), " ")
	start := strings.Index(all, "Vad som gjorts per område och aktör")
	end := strings.Index(all, "Resurser")
	if start < 0 || end < start {
		t.Fatal("no section of what was done")
	}
	work := all[start:end]
	title := "Nattvandring fredagar och lördagar"
	if n := strings.Count(work, title); n != 1 {
		t.Fatalf("the shared commitment is listed %d times:\n%s", n, work)
	}
	row := squash("Ansvarig: " + ds.Parts[3].Name + " " + title + " " + ds.Parts[0].Name + ", " + ds.Parts[2].Name + " Pågår")
	if !strings.Contains(work, row) {
		t.Errorf("the row under its responsible part lacks %q:\n%s", row, work)
	}
	// Counted once too: the period's four commitments, the walks under
	// the responsible part only.
	if in.Report.Total.Commitments != 4 {
		t.Errorf("%d commitments counted", in.Report.Total.Commitments)
	}
	for _, p := range in.Report.Parts {
		if p.PartID != "part-03" && p.Name != "" && p.Commitments > 1 {
			t.Errorf("%s counts %d commitments", p.Name, p.Commitments)
		}
	}
}

func TestReportChairTexts(t *testing.T) {
	ds := outcomeDataset()
	ds.ReportTexts = []*model.ReportText{{Meta: meta("rt-1"), From: "2025-01-01", To: "2025-12-31",
		Summary:   "Året präglades av arbetet mot otryggheten i centrum.",
		Analysis:  "Nattvandringen har haft effekt; fler känner sig trygga.\n\nFritidsgården behöver mer personal.",
		Proposals: "Fortsätt nattvandringen och förläng öppettiderna."},
		{Meta: meta("rt-2"), From: "2025-01-01", To: "2025-06-30", Summary: "Halvårets text, inte årets."}}
	in := ReportInputFrom(ds, "2025-01-01", "2025-12-31", chainToday)
	doc := readBack(t, mustReport(t, in))
	containsRaw(t, doc, "Sammanfattning Året präglades av arbetet mot otryggheten i centrum.",
		"Analys Nattvandringen har haft effekt; fler känner sig trygga.", "Fritidsgården behöver mer personal.",
		"Förslag till fortsatt arbete Fortsätt nattvandringen och förläng öppettiderna.")
	if strings.Contains(doc.text(), "Halvårets") {
		t.Error("another period's text is printed")
	}
	in.Lang = "en"
	containsRaw(t, readBack(t, mustReport(t, in)), "Goal attainment", "Analysis", "Proposals for further work",
		"What was done per area and actor", "Responsible: "+ds.Parts[3].Name)
}

// TestIndicatorChartPoints renders the page of the night walks' chart and
// finds every utfall where the chart's scale puts it: a dot of the
// series' colour, the line between two dots, and no dot where no value
// was measured.
func TestIndicatorChartPoints(t *testing.T) {
	needTool(t, "pdftoppm")
	in := ReportInputFrom(outcomeDataset(), "2025-01-01", "2025-12-31", chainToday)
	g, err := makeReport(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.charts) != 1 {
		t.Fatalf("%d indicator charts, want 1", len(g.charts))
	}
	c := g.charts[0]
	want := []model.Reading{{Date: "2025-10-10", Value: 16}, {Date: "2025-11-15", Value: 22}, {Date: "2025-12-14", Value: 31}}
	if len(c.readings) != len(want) {
		t.Fatalf("readings %v", c.readings)
	}
	b, _, err := g.finish()
	if err != nil {
		t.Fatal(err)
	}
	const dpi = 100
	img := renderPage(t, b, c.page, dpi)
	px := func(mm float64) int { return int(mm/25.4*dpi + 0.5) }
	blueNear := func(x, y float64) bool {
		for dx := -1; dx <= 1; dx++ {
			for dy := -1; dy <= 1; dy++ {
				if near(img, px(x)+dx, px(y)+dy, outcomeBlue) {
					return true
				}
			}
		}
		return false
	}
	lp := newLinePlot(indicatorPlot(c.area), c.readings, c.goal)
	for i, r := range want {
		x, y := lp.at(r)
		if !blueNear(x, y) {
			t.Errorf("no dot for %v at %.1f, %.1f mm", r, x, y)
		}
		if i > 0 {
			x0, y0 := lp.at(want[i-1])
			if !blueNear((x0+x)/2, (y0+y)/2) {
				t.Errorf("no line from %v to %v", want[i-1], r)
			}
		}
		// The same day at the target's height holds no dot.
		if _, ty := lp.at(model.Reading{Date: r.Date, Value: 40}); blueNear(x, ty) {
			t.Errorf("a dot at the target on %s", r.Date)
		}
	}
	// The target's dashed line lies at 40, the baseline's at 12.
	for _, g := range []struct {
		v float64
		c [3]int
	}{{40, targetGreen}, {12, baselineGrey}} {
		y := px(lp.y(g.v))
		found := 0
		for x := px(lp.plot.x); x < px(lp.plot.x+lp.plot.w); x++ {
			if near(img, x, y, g.c) || near(img, x, y+1, g.c) || near(img, x, y-1, g.c) {
				found++
			}
		}
		if found < 20 {
			t.Errorf("the line at %v is missing (%d pixels)", g.v, found)
		}
	}
}

// renderPage renders page of the PDF b at dpi.
func renderPage(t *testing.T, b []byte, page, dpi int) image.Image {
	t.Helper()
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return renderPDFPage(t, path, page, dpi)
}

func TestNiceRangeAndFigures(t *testing.T) {
	for _, tc := range []struct{ lo, hi, b, top, step float64 }{
		{0, 40, 0, 50, 10}, {0, 31, 0, 40, 10}, {0, 1, 0, 1, 0.2}, {0, 0.3, 0, 0.3, 0.1}, {-3, 8, -5, 10, 5}, {0, 233, 0, 250, 50},
	} {
		b, top, step := niceRange(tc.lo, tc.hi)
		if !near2(b, tc.b) || math.Abs(top-tc.top) > 1e-9 || !near2(step, tc.step) {
			t.Errorf("niceRange(%v, %v) = %v, %v, %v; want %v, %v, %v", tc.lo, tc.hi, b, top, step, tc.b, tc.top, tc.step)
		}
	}
	if got := figure(12.5, "sv"); got != "12,5" {
		t.Errorf("figure %q", got)
	}
	if got := amount(1234567.5, "sv"); got != "1\u00a0234\u00a0567,5" {
		t.Errorf("amount %q", got)
	}
	if got := amount(15000, "en"); got != "15,000" {
		t.Errorf("amount %q", got)
	}
}
