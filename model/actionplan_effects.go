package model

import "strconv"

// PlannedEffectGoal is an effektmål of a problem as a fastställd plan
// holds it: copied when the plan was decided, so that the plan says what
// was decided however the lägesbild's problem is edited later.
type PlannedEffectGoal struct {
	ProblemID string `json:"problemId"`
	EffectGoal
}

// PlanEffectGoals returns the effect goals of the problems of built that
// belong to situationID, problem by problem in plan order.
func PlanEffectGoals(built Plan, situationID string) []PlannedEffectGoal {
	var out []PlannedEffectGoal
	for _, g := range built.Groups {
		if g.Problem == nil || g.Problem.SituationID != situationID {
			continue
		}
		for _, e := range g.Problem.EffectGoals {
			out = append(out, PlannedEffectGoal{ProblemID: g.Problem.ID, EffectGoal: e})
		}
	}
	return out
}

// EffectGoalsOf returns the effect goals of problemID among list.
func EffectGoalsOf(list []PlannedEffectGoal, problemID string) []EffectGoal {
	var out []EffectGoal
	for _, x := range list {
		if x.ProblemID == problemID {
			out = append(out, x.EffectGoal)
		}
	}
	return out
}

// planEffectGoals writes the plan's effect goals into its fingerprint;
// a plan without any writes nothing, so that plans decided before effect
// goals were kept keep their kontrollsumma.
func planEffectGoals(c *canon, list []PlannedEffectGoal) {
	num := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	c.list("effectGoals", len(list), func(i int, e *canon) {
		x := list[i]
		e.str("problemId", x.ProblemID)
		e.str("id", x.ID)
		e.str("indicator", x.Indicator)
		e.str("unit", x.Unit)
		e.str("baseline", num(x.Baseline))
		e.str("baselineDate", string(x.BaselineDate))
		e.str("target", num(x.Target))
		e.str("date", string(x.Date))
		e.str("table", x.Table)
		e.str("row", x.Row)
	})
}
