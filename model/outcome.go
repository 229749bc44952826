package model

// Measure is one measured value of an indicator and the day it was
// measured: a commitment's utfall at a follow-up, or an effect goal's
// value. A measure with no date was never taken.
type Measure struct {
	Value float64 `json:"value"`
	Date  Date    `json:"date,omitempty"`
}

// IsZero reports whether nothing was measured; JSON leaves such a measure
// out (omitzero).
func (m Measure) IsZero() bool { return m.Date == "" && m.Value == 0 }

// Taken reports whether the measure holds a value.
func (m Measure) Taken() bool { return m.Date != "" }

// EffectMeasure is a value of a problem's effect goal typed at a
// follow-up, when no figure table of a lägesbild holds it.
type EffectMeasure struct {
	GoalID string  `json:"goalId"`
	Value  float64 `json:"value"`
	Date   Date    `json:"date"`
}

// Milestone is a delmål: a dated step on the way to a commitment's goal,
// with its own target. A follow-up says which are met (FollowUp.MilestoneIDs).
type Milestone struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Date   Date   `json:"date"`
	Target string `json:"target,omitempty"`
}

// Contributor is a medverkande aktör of a commitment: a part that takes
// part in the work the ansvarig part (Commitment.PartID) answers for, and
// its contact person.
type Contributor struct {
	PartID    string `json:"partId"`
	ContactID string `json:"contactId,omitempty"`
}

// Resources are a commitment's estimated and used hours and kronor. Brå
// asks that the resources of crime prevention be documented; every figure
// is optional.
type Resources struct {
	EstimatedHours  float64 `json:"estimatedHours,omitempty"`
	UsedHours       float64 `json:"usedHours,omitempty"`
	EstimatedKronor float64 `json:"estimatedKronor,omitempty"`
	UsedKronor      float64 `json:"usedKronor,omitempty"`
}

// IsZero reports whether no resource is recorded.
func (r Resources) IsZero() bool { return r == Resources{} }

// Add returns the sum of r and o.
func (r Resources) Add(o Resources) Resources {
	return Resources{
		EstimatedHours:  r.EstimatedHours + o.EstimatedHours,
		UsedHours:       r.UsedHours + o.UsedHours,
		EstimatedKronor: r.EstimatedKronor + o.EstimatedKronor,
		UsedKronor:      r.UsedKronor + o.UsedKronor,
	}
}

// EffectGoal is an effektmål of a problem: what the council wants to
// change in the district, measured by an indicator from utgångsvärde
// towards målvärde by a date. Its values come from a figure table of the
// lägesbild (Table, Row: one value per year) or are typed at follow-ups
// (FollowUp.Effects).
type EffectGoal struct {
	ID        string  `json:"id"`
	Indicator string  `json:"indicator"`
	Unit      string  `json:"unit,omitempty"` // "%", "anmälningar"
	Baseline  float64 `json:"baseline"`
	// BaselineDate is when the utgångsvärde was measured.
	BaselineDate Date    `json:"baselineDate,omitempty"`
	Target       float64 `json:"target"`
	Date         Date    `json:"date,omitempty"` // when the target should be met
	// Table and Row name the figure table of the lägesbilder (by its
	// title, as each year's lägesbild repeats it) and its row that hold the
	// indicator's value year by year, one column a year.
	Table string `json:"table,omitempty"`
	Row   string `json:"row,omitempty"`
}

// Goal returns the effect goal as numbers for the måluppfyllelse rules.
func (g EffectGoal) Goal() NumericGoal {
	return NumericGoal{Baseline: g.Baseline, Target: g.Target, Known: true}
}

// ContributorNames returns the names of c's medverkande aktörer that are
// among parts, in c's order.
func ContributorNames(c *Commitment, parts map[string]*Part) []string {
	var out []string
	for _, x := range c.Contributors {
		if p := parts[x.PartID]; p != nil && !p.Deleted {
			out = append(out, p.Name)
		}
	}
	return out
}
