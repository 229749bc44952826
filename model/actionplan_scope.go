package model

import "cmp"

// ScopeTo returns the part of ds that the plan of lägesbild situationID
// covers: that lägesbild's problems, their causes, the commitments linked
// to those causes or problems, and those commitments' follow-ups. Parts,
// representatives and meetings are kept whole, since rows name them. A
// plan never shows another lägesbild's problems: that is its scope rule.
// The result shares its records with ds.
func ScopeTo(ds *Dataset, situationID string) *Dataset {
	out := *ds
	out.Situations, out.Problems, out.Causes, out.Commitments, out.FollowUps = nil, nil, nil, nil, nil
	problems := map[string]bool{}
	for _, s := range ds.Situations {
		if s.ID == situationID {
			out.Situations = append(out.Situations, s)
		}
	}
	for _, p := range ds.Problems {
		if p.SituationID == situationID && situationID != "" {
			out.Problems = append(out.Problems, p)
			problems[p.ID] = true
		}
	}
	causes := map[string]bool{}
	for _, c := range ds.Causes {
		if problems[c.ProblemID] {
			out.Causes = append(out.Causes, c)
			causes[c.ID] = true
		}
	}
	commitments := map[string]bool{}
	for _, c := range ds.Commitments {
		if causes[c.CauseID] || problems[c.ProblemID] {
			out.Commitments = append(out.Commitments, c)
			commitments[c.ID] = true
		}
	}
	for _, f := range ds.FollowUps {
		if commitments[f.CommitmentID] {
			out.FollowUps = append(out.FollowUps, f)
		}
	}
	return &out
}

// BuildPlanFor returns the draft åtgärdsplan of lägesbild situationID as
// of today: BuildPlan over ScopeTo, so its rows and its "röd tråd saknas"
// warnings concern that lägesbild only.
func BuildPlanFor(ds *Dataset, situationID string, today Date) Plan {
	return BuildPlan(ScopeTo(ds, situationID), today)
}

// Plans returns the live plans of ds for lägesbild situationID (all when
// it is ""), by period.
func Plans(ds *Dataset, situationID string) []*ActionPlan {
	var out []*ActionPlan
	for _, p := range Live(ds.Plans) {
		if situationID == "" || p.SituationID == situationID {
			out = append(out, p)
		}
	}
	SortPlans(out)
	return out
}

// CurrentPlan returns the plan to print when none is named: the newest
// fastställd plan (by decision date), else the newest draft, else nil.
func CurrentPlan(ds *Dataset) *ActionPlan {
	var adopted, draft *ActionPlan
	for _, p := range Plans(ds, "") {
		switch p.State {
		case PlanAdopted:
			if adopted == nil || cmp.Compare(p.Decision.Date, adopted.Decision.Date) >= 0 {
				adopted = p
			}
		case PlanDraft:
			draft = p
		}
	}
	if adopted != nil {
		return adopted
	}
	return draft
}

// PreviousPlan returns the fastställd (or since superseded) plan of the
// period before lägesbild s: the one with the latest decision among the
// plans of other lägesbilder whose period starts before s's date. Nil when
// there is none.
func PreviousPlan(ds *Dataset, s *Situation) *ActionPlan {
	var best *ActionPlan
	for _, p := range Plans(ds, "") {
		if p.SituationID == s.ID || !p.State.Locked() || (s.Date != "" && p.From >= s.Date) {
			continue
		}
		if best == nil || cmp.Or(cmp.Compare(p.Decision.Date, best.Decision.Date), cmp.Compare(p.From, best.From)) > 0 {
			best = p
		}
	}
	return best
}

// Outcome is what one measure of a fastställd plan achieved: the entry as
// decided and the commitment's latest follow-up by the day asked for.
type Outcome struct {
	Entry  PlanEntry
	Latest *FollowUp // nil when never followed up
	Status Status
	Light  Light
}

// Outcomes returns, for every measure of plan p, its latest follow-up on
// or before day, in the plan's order. Rows without a measure are left out.
func Outcomes(ds *Dataset, p *ActionPlan, day Date) []Outcome {
	history := map[string][]*FollowUp{}
	for _, f := range ds.FollowUps {
		if !f.Deleted && (day == "" || f.Date <= day) {
			history[f.CommitmentID] = append(history[f.CommitmentID], f)
		}
	}
	commitments := Index(Live(ds.Commitments))
	var out []Outcome
	for _, e := range p.Entries {
		if e.CommitmentID == "" {
			continue
		}
		o := Outcome{Entry: e, Status: StatusPlanned}
		var latest *FollowUp
		for _, f := range history[e.CommitmentID] {
			if latest == nil || followsAfter(f, latest) {
				latest = f
			}
		}
		if latest != nil {
			o.Latest, o.Status, o.Light = latest, latest.Status, latest.Light
		} else if c := commitments[e.CommitmentID]; c != nil && c.Status != "" {
			o.Status = c.Status
		}
		out = append(out, o)
	}
	return out
}
