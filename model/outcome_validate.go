package model

import (
	"math"
	"strings"
)

// The validation codes of outcomes: utfall, delmål, medverkande aktörer,
// resources and effect goals. Each is a translation key after "error.".
const (
	CodeNumber               = "outcomes.number"               // not a finite number
	CodeMeasuredAfter        = "outcomes.measuredAfter"        // measured after the follow-up's day (Args: Date)
	CodeContributorIsOwner   = "outcomes.contributorIsOwner"   // the ansvarig part named as medverkande
	CodeContributorTwice     = "outcomes.contributorTwice"     // a medverkande part named twice
	CodeMilestoneIDTwice     = "outcomes.milestoneTwice"       // two delmål with one id
	CodeEffectGoalIDTwice    = "outcomes.effectGoalTwice"      // two effect goals with one id
	CodeMilestoneOutsideWork = "outcomes.milestoneOutsideWork" // a delmål dated before the start (Args: From)
)

func validateOutcomeFields(c *checker, v *Commitment) {
	ids := map[string]bool{}
	for i, m := range v.Milestones {
		f := index("milestones", i) + "."
		c.need(f+"id", m.ID)
		if m.ID != "" && ids[m.ID] {
			c.add(f+"id", CodeMilestoneIDTwice)
		}
		ids[m.ID] = true
		c.date(f+"date", m.Date, true)
		if m.Date.Valid() && v.Start.Valid() && m.Date < v.Start {
			c.add(f+"date", CodeMilestoneOutsideWork, "From", string(v.Start))
		}
	}
	parts := map[string]bool{}
	for i, x := range v.Contributors {
		f := index("contributors", i) + ".partId"
		switch {
		case strings.TrimSpace(x.PartID) == "":
			c.add(f, CodeRequired)
		case x.PartID == v.PartID:
			c.add(f, CodeContributorIsOwner)
		case parts[x.PartID]:
			c.add(f, CodeContributorTwice)
		}
		parts[x.PartID] = true
	}
	r := v.Resources
	c.amount("resources.estimatedHours", r.EstimatedHours)
	c.amount("resources.usedHours", r.UsedHours)
	c.amount("resources.estimatedKronor", r.EstimatedKronor)
	c.amount("resources.usedKronor", r.UsedKronor)
}

func validateFollowUpOutcome(c *checker, v *FollowUp) {
	if !v.Outcome.IsZero() {
		c.number("outcome.value", v.Outcome.Value)
		c.date("outcome.date", v.Outcome.Date, true)
		if v.Outcome.Date.Valid() && v.Date.Valid() && v.Outcome.Date > v.Date {
			c.add("outcome.date", CodeMeasuredAfter, "Date", string(v.Date))
		}
	}
	for i, id := range v.MilestoneIDs {
		c.need(index("milestoneIds", i), id)
	}
	for i, e := range v.Effects {
		f := index("effects", i) + "."
		c.need(f+"goalId", e.GoalID)
		c.number(f+"value", e.Value)
		c.date(f+"date", e.Date, true)
		if e.Date.Valid() && v.Date.Valid() && e.Date > v.Date {
			c.add(f+"date", CodeMeasuredAfter, "Date", string(v.Date))
		}
	}
}

func validateEffectGoals(c *checker, v *Problem) {
	ids := map[string]bool{}
	for i, g := range v.EffectGoals {
		f := index("effectGoals", i) + "."
		c.need(f+"id", g.ID)
		if g.ID != "" && ids[g.ID] {
			c.add(f+"id", CodeEffectGoalIDTwice)
		}
		ids[g.ID] = true
		c.number(f+"baseline", g.Baseline)
		c.number(f+"target", g.Target)
		c.date(f+"baselineDate", g.BaselineDate, false)
		c.date(f+"date", g.Date, false)
		if g.BaselineDate.Valid() && g.Date.Valid() && g.Date < g.BaselineDate {
			c.add(f+"date", CodeDateOrder, "From", string(g.BaselineDate))
		}
	}
}

func validateReportText(c *checker, v *ReportText) {
	c.date("from", v.From, true)
	c.date("to", v.To, true)
	if v.From.Valid() && v.To.Valid() && v.To < v.From {
		c.add("to", CodeDateOrder, "From", string(v.From))
	}
}

// number refuses a value that is not a finite number: JSON cannot hold
// it, and no chart can draw it.
func (c *checker) number(field string, v float64) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		c.add(field, CodeNumber)
	}
}

// amount checks an optional number of hours or kronor: finite and not
// below zero.
func (c *checker) amount(field string, v float64) {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		c.add(field, CodeNumber)
	case v < 0:
		c.add(field, CodeRange, "Min", 0)
	}
}
