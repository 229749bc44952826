package pdf

import (
	"strings"
	"testing"
	"time"

	"samverka/model"
)

// TestActionPlanEffectGoalsAboveMeasures gives the draft plan's problem
// two effektmål: the draft prints them under the problem's heading and
// above its measures; fastställd, the plan keeps them as decided (its
// kontrollsumma covers them) and prints them so however the problem's
// goals are edited afterwards.
func TestActionPlanEffectGoalsAboveMeasures(t *testing.T) {
	ds := lawDataset()
	var problem *model.Problem
	for _, p := range ds.Problems {
		if p.ID == "prob-skola" {
			problem = p
		}
	}
	problem.EffectGoals = []model.EffectGoal{
		{ID: "eg-1", Indicator: "Anmälda skadegörelsebrott vid skolorna", Unit: "anmälningar", Baseline: 42, BaselineDate: "2025-06-30", Target: 30, Date: "2026-12-31"},
		{ID: "eg-2", Indicator: "Andel elever som känner sig trygga", Unit: "%", Baseline: 71.5, Target: 80, Date: "2026-12-31"},
	}
	print := func(t *testing.T, in ActionPlanInput) string {
		t.Helper()
		b, _, err := ActionPlan(in)
		if err != nil {
			t.Fatal(err)
		}
		return flat(readBack(t, b).text())
	}
	check := func(t *testing.T, text string) {
		t.Helper()
		heading := strings.Index(text, "Problem 1: Skadegörelse på skolorna")
		goals := strings.Index(text, "Effektmål – det rådet vill förändra")
		measure := strings.Index(text, "Öppna fritidsgården fredagar")
		if heading < 0 || goals < heading || measure < goals {
			t.Fatalf("problem at %d, effect goals at %d, measure at %d:\n%s", heading, goals, measure, text)
		}
		for _, want := range []string{"Anmälda skadegörelsebrott vid skolorna 42 anmälningar (2025-06-30) 30 anmälningar 2026-12-31",
			"Andel elever som känner sig trygga 71,5 % 80 % 2026-12-31"} {
			if i := strings.Index(text, want); i < goals || i > measure {
				t.Errorf("%q not between the heading and the measures:\n%s", want, text)
			}
		}
	}
	in, ok := ActionPlanInputFrom(ds, "plan-2026", "2026-01-20")
	if !ok || in.Plan.State.Locked() {
		t.Fatal("no draft plan")
	}
	t.Run("Draft", func(t *testing.T) { check(t, print(t, in)) })

	t.Run("Adopted", func(t *testing.T) {
		plan := *in.Plan
		d := model.PlanDecision{By: "Stadsdelsnämnden i Skärholmen", Date: "2026-02-19", Paragraph: "§ 8", Diarienummer: "SDN 2026/12"}
		if err := plan.Adopt(d, in.Draft, time.Date(2026, 2, 19, 18, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
		if len(plan.EffectGoals) != 2 || plan.EffectGoals[0].ProblemID != "prob-skola" {
			t.Fatalf("effect goals kept %+v", plan.EffectGoals)
		}
		fp := plan.Fingerprint
		adopted := ActionPlanInput{Council: in.Council, Plan: &plan, Situation: in.Situation}
		before := print(t, adopted)
		check(t, before)
		problem.EffectGoals[0].Target = 10
		problem.EffectGoals = problem.EffectGoals[:1]
		if after := print(t, adopted); after != before {
			t.Error("the fastställd plan follows the problem's effect goals")
		}
		plan.EffectGoals[1].Target = 90
		if model.PlanFingerprint(&plan) == fp {
			t.Error("the kontrollsumma does not cover the effect goals")
		}
	})
}
