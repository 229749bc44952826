package model

import (
	"slices"
	"strconv"
	"strings"
)

// NumericGoal is a goal's utgångsvärde and målvärde as numbers. Known is
// false when the goal's texts hold no numbers, and then nothing can be
// judged.
type NumericGoal struct {
	Baseline, Target float64
	Known            bool
}

// Numbers reads the numbers of a commitment's goal: the first number
// written in its utgångsvärde and in its målvärde ("14 %", "0 av 14").
func (g Goal) Numbers() NumericGoal {
	b, okB := ParseFigure(g.Baseline)
	t, okT := ParseFigure(g.Target)
	return NumericGoal{Baseline: b, Target: t, Known: okB && okT}
}

// Lower reports whether the goal is to bring the value down (fewer
// reported crimes, less absence) rather than up.
func (g NumericGoal) Lower() bool { return g.Target < g.Baseline }

// Attainment is how far a measured value has come from the utgångsvärde
// towards the målvärde: the måluppfyllelse of one goal.
type Attainment int

// The attainments, worst to best after Unmeasured.
const (
	AttainmentUnmeasured Attainment = iota // no value measured yet
	AttainmentWorse                        // moved away from the target
	AttainmentUnchanged                    // still at the utgångsvärde
	AttainmentBetter                       // moved the right way, target not yet reached
	AttainmentReached                      // at or beyond the target
)

// Attainments lists the attainments in the order reports show them.
var Attainments = []Attainment{AttainmentReached, AttainmentBetter, AttainmentUnchanged, AttainmentWorse, AttainmentUnmeasured}

// Key returns the translation key of the attainment's name.
func (a Attainment) Key() string {
	switch a {
	case AttainmentWorse:
		return "outcomes.attainment.worse"
	case AttainmentUnchanged:
		return "outcomes.attainment.unchanged"
	case AttainmentBetter:
		return "outcomes.attainment.better"
	case AttainmentReached:
		return "outcomes.attainment.reached"
	}
	return "outcomes.attainment.unmeasured"
}

// Judge returns the attainment of value v against g. A goal whose target
// equals its baseline is one of holding a level: reached while v is at
// least the target.
func (g NumericGoal) Judge(v float64) Attainment {
	if !g.Known {
		return AttainmentUnmeasured
	}
	// Turn a goal of bringing the value down into one of bringing it up.
	b, t := g.Baseline, g.Target
	if g.Lower() {
		b, t, v = -b, -t, -v
	}
	switch {
	case v >= t:
		return AttainmentReached
	case v > b:
		return AttainmentBetter
	case v == b:
		return AttainmentUnchanged
	}
	return AttainmentWorse
}

// AttainmentTally counts goals by attainment.
type AttainmentTally struct {
	Reached, Better, Unchanged, Worse, Unmeasured int
}

// Add counts one goal of attainment a.
func (t *AttainmentTally) Add(a Attainment) {
	switch a {
	case AttainmentReached:
		t.Reached++
	case AttainmentBetter:
		t.Better++
	case AttainmentUnchanged:
		t.Unchanged++
	case AttainmentWorse:
		t.Worse++
	default:
		t.Unmeasured++
	}
}

// Count returns the goals of attainment a.
func (t AttainmentTally) Count(a Attainment) int {
	switch a {
	case AttainmentReached:
		return t.Reached
	case AttainmentBetter:
		return t.Better
	case AttainmentUnchanged:
		return t.Unchanged
	case AttainmentWorse:
		return t.Worse
	}
	return t.Unmeasured
}

// Total returns how many goals were counted.
func (t AttainmentTally) Total() int {
	return t.Reached + t.Better + t.Unchanged + t.Worse + t.Unmeasured
}

// Reading is an indicator's value on a day.
type Reading struct {
	Date  Date
	Value float64
}

// OutcomeSeries returns the utfall recorded in a commitment's follow-ups
// up to and including asOf (all when asOf is empty), by the day they were
// measured. When two follow-ups give a value for the same day, the one
// recorded later wins: a later follow-up corrects an earlier one.
func OutcomeSeries(history []*FollowUp, asOf Date) []Reading {
	return series(history, asOf, func(f *FollowUp, add func(Measure)) {
		if f.Outcome.Taken() {
			add(f.Outcome)
		}
	})
}

// EffectSeries returns the values of effect goal goalID typed at the
// follow-ups in history up to asOf, as OutcomeSeries does for utfall.
func EffectSeries(history []*FollowUp, goalID string, asOf Date) []Reading {
	return series(history, asOf, func(f *FollowUp, add func(Measure)) {
		for _, e := range f.Effects {
			if e.GoalID == goalID && e.Date != "" {
				add(Measure{Value: e.Value, Date: e.Date})
			}
		}
	})
}

// series collects the measures pick finds in the live follow-ups of
// history, taken in the order they were recorded, one value per day.
func series(history []*FollowUp, asOf Date, pick func(*FollowUp, func(Measure))) []Reading {
	live := make([]*FollowUp, 0, len(history))
	for _, f := range standing(history) {
		if asOf == "" || f.Date <= asOf {
			live = append(live, f)
		}
	}
	slices.SortFunc(live, func(a, b *FollowUp) int {
		if followsAfter(a, b) {
			return 1
		}
		if a == b {
			return 0
		}
		return -1
	})
	byDay := map[Date]float64{}
	for _, f := range live {
		pick(f, func(m Measure) {
			if asOf == "" || m.Date <= asOf {
				byDay[m.Date] = m.Value
			}
		})
	}
	return sortedPoints(byDay)
}

// sortedPoints returns a day → value map as points by day.
func sortedPoints(byDay map[Date]float64) []Reading {
	out := make([]Reading, 0, len(byDay))
	for d, v := range byDay {
		out = append(out, Reading{Date: d, Value: v})
	}
	slices.SortFunc(out, func(a, b Reading) int { return strings.Compare(string(a.Date), string(b.Date)) })
	return out
}

// MilestonesMet returns the delmål of a commitment that its live
// follow-ups up to asOf (all when empty) say are met, each with the day
// of the first follow-up that said so.
func MilestonesMet(history []*FollowUp, asOf Date) map[string]Date {
	met := map[string]Date{}
	for _, f := range standing(history) {
		if asOf != "" && f.Date > asOf {
			continue
		}
		for _, id := range f.MilestoneIDs {
			if d, ok := met[id]; !ok || f.Date < d {
				met[id] = f.Date
			}
		}
	}
	return met
}

// ParseFigure reads the first number written in s, the way Swedish texts
// write them: "14 %" is 14, "0 av 14" is 0, "12,5" is 12.5, "1 200 kr" is
// 1200 (a space before three digits groups thousands), "−3" is −3. It
// reports false when s holds no number.
func ParseFigure(s string) (float64, bool) {
	r := []rune(s)
	i := 0
	for i < len(r) && !isDigit(r[i]) {
		i++
	}
	if i == len(r) {
		return 0, false
	}
	negative := i > 0 && (r[i-1] == '-' || r[i-1] == '−')
	var b strings.Builder
	for i < len(r) {
		switch c := r[i]; {
		case isDigit(c):
			b.WriteRune(c)
		case (c == ' ' || c == '\u00a0' || c == '\u202f') && groupOfThree(r[i+1:]) && !strings.Contains(b.String(), "."):
			// A thousands separator: skip it.
		case (c == ',' || c == '.') && i+1 < len(r) && isDigit(r[i+1]) && !strings.Contains(b.String(), "."):
			b.WriteByte('.')
		default:
			i = len(r)
			continue
		}
		i++
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	if err != nil {
		return 0, false
	}
	if negative {
		v = -v
	}
	return v, true
}

func isDigit(c rune) bool { return c >= '0' && c <= '9' }

// groupOfThree reports whether r starts with exactly three digits.
func groupOfThree(r []rune) bool {
	if len(r) < 3 || !isDigit(r[0]) || !isDigit(r[1]) || !isDigit(r[2]) {
		return false
	}
	return len(r) == 3 || !isDigit(r[3])
}

// standing returns the follow-ups of history that stand (see Standing),
// without the work when none corrects another, as almost always.
func standing(history []*FollowUp) []*FollowUp {
	for _, f := range history {
		if f.CorrectsID != "" {
			return Standing(history)
		}
	}
	out := make([]*FollowUp, 0, len(history))
	for _, f := range history {
		if !f.Deleted && !f.Withdrawn {
			out = append(out, f)
		}
	}
	return out
}
