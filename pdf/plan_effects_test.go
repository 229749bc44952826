package pdf

import (
	"strings"
	"testing"

	"samverka/model"
)

// TestPlanEffectGoals prints the live åtgärdsplan with an effektmål on
// the first problem: it stands under the problem's band, above the
// problem's first cause and measure, with its indicator, from the
// utgångsvärde to the målvärde (decimal comma) and by when; the second
// problem, with none, shows none.
func TestPlanEffectGoals(t *testing.T) {
	ds := chainDataset()
	ds.Problems[0].EffectGoals = []model.EffectGoal{{ID: "eg-1", Indicator: "Andel som känner sig trygga i centrum kvällstid",
		Unit: "%", Baseline: 48.5, Target: 60, Date: "2027-06-30"}}
	in := PlanInputFrom(ds, chainToday)
	all := strings.Join(raw(t, readBack(t, mustPlan(t, in))), " ")
	band := strings.Index(all, "Problem 1: Otrygghet i Skärholmens centrum kvällstid")
	goal := strings.Index(all, "Effektmål")
	indicator := strings.Index(all, "Andel som känner sig trygga i centrum kvällstid")
	values := strings.Index(all, "48,5 % → 60 %")
	cause := strings.Index(all, "Få vuxna i rörelse kvällstid")
	second := strings.Index(all, "Problem 2: Skadegörelse vid Sätra bollplan")
	if band < 0 || goal < band || indicator < band || values < band || cause < max(goal, indicator, values) {
		t.Fatalf("band %d, effektmål %d, indicator %d, values %d, first cause %d:\n%s", band, goal, indicator, values, cause, all)
	}
	if !strings.Contains(all[values:cause], "senast 2027-06-30") {
		t.Errorf("no date with the effect goal: %q", all[values:cause])
	}
	if strings.Count(all, "Effektmål") != 1 || second < cause {
		t.Errorf("%d effect goal rows, second problem at %d", strings.Count(all, "Effektmål"), second)
	}
}
