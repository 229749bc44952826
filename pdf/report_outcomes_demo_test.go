package pdf_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"samverka/demo"
	"samverka/model"
	"samverka/pdf"
)

// countedGoals is the test's own count of how goals moved.
type countedGoals struct{ reached, better, unchanged, worse, unmeasured int }

func (c *countedGoals) judge(baseline, target, v float64, measured bool) {
	if !measured {
		c.unmeasured++
		return
	}
	if target < baseline { // fewer is better: turn it around
		baseline, target, v = -baseline, -target, -v
	}
	switch {
	case v >= target:
		c.reached++
	case v > baseline:
		c.better++
	case v == baseline:
		c.unchanged++
	default:
		c.worse++
	}
}

var firstNumber = regexp.MustCompile(`-?\d+(?:[.,]\d+)?`)

// number reads the first number of a goal's text, on its own.
func number(s string) (float64, bool) {
	m := firstNumber.FindString(s)
	if m == "" {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.Replace(m, ",", ".", 1), 64)
	return v, err == nil
}

// TestReportAttainmentOfTheDemoCouncil prints the small demo council's
// report for 2025 and checks its måluppfyllelse figures against a count
// made here from the raw follow-ups: for every commitment the report
// lists, the utfall measured last by the year's end against its
// utgångsvärde and målvärde; for every effect goal the value typed last;
// for every delmål whether a follow-up by then said it was met.
func TestReportAttainmentOfTheDemoCouncil(t *testing.T) {
	ds := demo.Generate(demo.Small, 1)
	const from, to model.Date = "2025-01-01", "2025-12-31"
	in := pdf.ReportInputFrom(ds, from, to, demo.Today)
	in.ProgramVersion = "1.0.0"
	listed := map[string]bool{}
	for _, a := range in.Report.Outcomes.Work {
		for _, p := range a.Parts {
			for _, it := range p.Items {
				listed[it.Commitment.ID] = true
			}
		}
	}
	if len(listed) != in.Report.Total.Commitments {
		t.Fatalf("%d commitments listed as done, %d counted", len(listed), in.Report.Total.Commitments)
	}
	live := func(f *model.FollowUp) bool { return !f.Deleted && f.Date <= to }

	var goals countedGoals
	withIndicator := 0
	milestones, met, late := 0, 0, 0
	for _, c := range model.Live(ds.Commitments) {
		if !listed[c.ID] {
			continue
		}
		var last *model.FollowUp
		metIDs := map[string]bool{}
		for _, f := range ds.FollowUps {
			if f.CommitmentID != c.ID || !live(f) {
				continue
			}
			for _, id := range f.MilestoneIDs {
				metIDs[id] = true
			}
			if f.Outcome.Date == "" || f.Outcome.Date > to {
				continue
			}
			if last == nil || f.Outcome.Date > last.Outcome.Date || (f.Outcome.Date == last.Outcome.Date && f.Date > last.Date) {
				last = f
			}
		}
		for _, m := range c.Milestones {
			milestones++
			switch {
			case metIDs[m.ID]:
				met++
			case m.Date <= to:
				late++
			}
		}
		if c.Goal.Indicator == "" {
			continue
		}
		withIndicator++
		b, okB := number(c.Goal.Baseline)
		g, okT := number(c.Goal.Target)
		if last == nil || !okB || !okT {
			goals.unmeasured++
			continue
		}
		goals.judge(b, g, last.Outcome.Value, true)
	}
	var effects countedGoals
	effectGoals := 0
	for _, p := range model.Live(ds.Problems) {
		for _, eg := range p.EffectGoals {
			effectGoals++
			var last *model.EffectMeasure
			var lastAt model.Date
			// A goal measured in a figure table: its row's value in the
			// latest year column of the newest lägesbild by the year's end.
			if eg.Table != "" {
				var newest *model.Situation
				for _, s := range model.Live(ds.Situations) {
					if s.Date <= to && (newest == nil || s.Date > newest.Date) {
						newest = s
					}
				}
				for _, tb := range newest.Tables {
					if tb.Title != eg.Table {
						continue
					}
					for _, row := range tb.Rows {
						if row.Label != eg.Row || row.Sex != "" || row.Age != "" {
							continue
						}
						for i, col := range tb.Columns {
							if y, err := strconv.Atoi(col); err == nil && y <= 2025 && row.Values[i] != nil {
								last = &model.EffectMeasure{Value: *row.Values[i], Date: model.Date(col + "-12-31")}
							}
						}
					}
				}
			}
			for _, f := range ds.FollowUps {
				if !live(f) {
					continue
				}
				for i, e := range f.Effects {
					if e.GoalID == eg.ID && e.Date <= to && (last == nil || e.Date > last.Date || (e.Date == last.Date && f.Date > lastAt)) {
						last, lastAt = &f.Effects[i], f.Date
					}
				}
			}
			if last == nil {
				effects.judge(0, 0, 0, false)
			} else {
				effects.judge(eg.Baseline, eg.Target, last.Value, true)
			}
		}
	}
	// The demo must give the count something to count.
	if withIndicator < 20 || goals.reached+goals.better+goals.worse < 10 || goals.worse == 0 || milestones == 0 || met == 0 || effectGoals == 0 {
		t.Fatalf("the demo council has too little to count: %d with indicator %+v, %d delmål (%d met), %d effect goals",
			withIndicator, goals, milestones, met, effectGoals)
	}

	b, _, err := pdf.Report(in)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "rapport.pdf")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(pageTexts(t, path), " ")
	for _, want := range []string{
		fmt.Sprintf("Av %d åtaganden med indikator har %d nått sitt målvärde, %d har rört sig i rätt riktning, %d är oförändrade, %d har rört sig i fel riktning och %d saknar utfall.",
			withIndicator, goals.reached, goals.better, goals.unchanged, goals.worse, goals.unmeasured),
		fmt.Sprintf("Av %d effektmål är %d uppnådda, %d har rört sig i rätt riktning, %d är oförändrade, %d har rört sig i fel riktning och %d är inte mätta.",
			effectGoals, effects.reached, effects.better, effects.unchanged, effects.worse, effects.unmeasured),
		fmt.Sprintf("Av %d delmål är %d uppnådda, %d inte uppnådda i tid och %d inte förfallna.", milestones, met, late, milestones-met-late),
		fmt.Sprintf("Delmål (%d av %d uppnådda)", met, milestones),
		// The chair's texts for the year.
		"Analys Åtgärderna mot otryggheten i centrum har gett effekt",
		"Förslag till fortsatt arbete Rådet föreslår",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}
