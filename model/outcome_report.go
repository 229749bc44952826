package model

import (
	"cmp"
	"slices"
	"strings"
)

// ReportOutcomes is what the report to the nämnd says the council achieved in a
// period, beside how its work stands: the måluppfyllelse of every effect
// goal and of every commitment's goal that can be measured, the delmål,
// what was done per area and part, and the resources.
type ReportOutcomes struct {
	EffectGoals []EffectGoalResult // problems in plan order, goals in their order
	Effects     AttainmentTally
	Indicators  []IndicatorResult // commitments in the period with an indicator, by area, part and title
	Goals       AttainmentTally   // of Indicators
	Milestones  []MilestoneResult // by date, then commitment title
	// MilestonesMet, MilestonesDue and MilestonesLate count the delmål of
	// the period's commitments: met by AsOf, due by AsOf, and due by AsOf
	// but not met.
	MilestonesMet, MilestonesDue, MilestonesLate int
	Work                                         []AreaWork // the four areas in order, then AreaNone; only areas with work
	Resources                                    Resources  // the period's commitments together
	ResourcesByArea                              []AreaResources
	ResourcesByPart                              []PartResources // by name, as PartTally
}

// EffectGoalResult is one effect goal's måluppfyllelse.
type EffectGoalResult struct {
	Problem    *Problem
	Goal       EffectGoal
	Readings   []Reading // measured values up to AsOf, by date
	Attainment Attainment
}

// IndicatorResult is one commitment's goal measured by its utfall.
type IndicatorResult struct {
	Commitment *Commitment
	Part       string // the ansvarig part's name
	Goal       NumericGoal
	Readings   []Reading // utfall up to AsOf, by the day measured
	Attainment Attainment
}

// Latest returns the last reading, and false when there is none.
func (r IndicatorResult) Latest() (Reading, bool) { return latest(r.Readings) }

// Latest returns the last reading, and false when there is none.
func (r EffectGoalResult) Latest() (Reading, bool) { return latest(r.Readings) }

func latest(rs []Reading) (Reading, bool) {
	if len(rs) == 0 {
		return Reading{}, false
	}
	return rs[len(rs)-1], true
}

// MilestoneResult is one delmål as of the report's day.
type MilestoneResult struct {
	Commitment *Commitment
	Milestone  Milestone
	Met        Date // the first follow-up that said it was met; "" when not met
}

// AreaWork is what was done in one priority area, part by part.
type AreaWork struct {
	Area  Area
	Parts []PartWork
}

// PartWork is one ansvarig part's commitments in an area. A commitment
// several parts carry is listed once, under the part responsible for it,
// naming the others (Contributors).
type PartWork struct {
	PartID string
	Name   string // "" when the part is unknown or deleted
	Items  []WorkItem
}

// WorkItem is one commitment as the report lists it.
type WorkItem struct {
	Commitment   *Commitment
	Status       Status
	Light        Light
	Contributors []string // the medverkande parts' names, in the commitment's order
}

// AreaResources are the resources of one area's commitments.
type AreaResources struct {
	Area Area
	Resources
}

// PartResources are the resources of the commitments one part answers for.
type PartResources struct {
	PartID string
	Name   string
	Resources
}

// outcomes works out the report's outcomes for the commitments in (ids in
// the period), as of asOf.
func (ch *chain) outcomes(in map[string]bool, asOf Date) ReportOutcomes {
	var o ReportOutcomes
	work := map[Area]map[string]*PartWork{}
	areaRes := map[Area]*Resources{}
	partRes := map[string]*PartTally{} // reuses sortParts; the tally is unused
	partSum := map[string]Resources{}
	for _, c := range ch.commitments {
		if !in[c.ID] {
			continue
		}
		h := ch.history[c.ID]
		if c.Goal.Indicator != "" {
			ir := IndicatorResult{Commitment: c, Part: ch.partName(c.PartID), Goal: c.Goal.Numbers(), Readings: OutcomeSeries(h, asOf)}
			if last, ok := ir.Latest(); ok {
				ir.Attainment = ir.Goal.Judge(last.Value)
			}
			o.Goals.Add(ir.Attainment)
			o.Indicators = append(o.Indicators, ir)
		}
		met := MilestonesMet(h, asOf)
		for _, m := range c.Milestones {
			mr := MilestoneResult{Commitment: c, Milestone: m, Met: met[m.ID]}
			o.Milestones = append(o.Milestones, mr)
			if mr.Met != "" {
				o.MilestonesMet++
			}
			if m.Date != "" && m.Date <= asOf {
				o.MilestonesDue++
				if mr.Met == "" {
					o.MilestonesLate++
				}
			}
		}
		a := c.Area
		if !a.Valid() {
			a = AreaNone
		}
		if work[a] == nil {
			work[a] = map[string]*PartWork{}
		}
		pw := work[a][c.PartID]
		if pw == nil {
			pw = &PartWork{PartID: c.PartID, Name: ch.partName(c.PartID)}
			work[a][c.PartID] = pw
		}
		s, l := ch.statusAt(c, ch.latestBy(c, asOf))
		item := WorkItem{Commitment: c, Status: s, Light: l}
		for _, x := range c.Contributors {
			if name := ch.partName(x.PartID); name != "" {
				item.Contributors = append(item.Contributors, name)
			}
		}
		pw.Items = append(pw.Items, item)
		if !c.Resources.IsZero() {
			o.Resources = o.Resources.Add(c.Resources)
			if areaRes[a] == nil {
				areaRes[a] = &Resources{}
			}
			*areaRes[a] = areaRes[a].Add(c.Resources)
			partRes[c.PartID] = &PartTally{PartID: c.PartID, Name: ch.partName(c.PartID)}
			partSum[c.PartID] = partSum[c.PartID].Add(c.Resources)
		}
	}
	o.EffectGoals = ch.effectGoals(asOf, &o.Effects)
	// The sort keys are folded once: folding in the comparisons cost more
	// than the rest of the report for a city's five thousand commitments.
	folded := make(map[string]string, len(in))
	fold := func(s string) string {
		f, ok := folded[s]
		if !ok {
			f = strings.ToLower(s)
			folded[s] = f
		}
		return f
	}
	byTitle := func(a, b *Commitment) int {
		return cmp.Or(strings.Compare(fold(a.Title), fold(b.Title)), cmp.Compare(a.ID, b.ID))
	}
	slices.SortFunc(o.Indicators, func(a, b IndicatorResult) int {
		return cmp.Or(cmp.Compare(areaOrder(a.Commitment.Area), areaOrder(b.Commitment.Area)),
			strings.Compare(fold(a.Part), fold(b.Part)), byTitle(a.Commitment, b.Commitment))
	})
	slices.SortFunc(o.Milestones, func(a, b MilestoneResult) int {
		return cmp.Or(cmp.Compare(a.Milestone.Date, b.Milestone.Date), byTitle(a.Commitment, b.Commitment),
			cmp.Compare(a.Milestone.ID, b.Milestone.ID))
	})
	for _, a := range append(slices.Clone(Areas), AreaNone) {
		if parts := work[a]; parts != nil {
			aw := AreaWork{Area: a}
			tallies := map[string]*PartTally{}
			for id, pw := range parts {
				tallies[id] = &PartTally{PartID: id, Name: pw.Name}
				slices.SortFunc(pw.Items, func(x, y WorkItem) int { return byTitle(x.Commitment, y.Commitment) })
			}
			for _, t := range sortParts(tallies) {
				aw.Parts = append(aw.Parts, *parts[t.PartID])
			}
			o.Work = append(o.Work, aw)
		}
		if r := areaRes[a]; r != nil {
			o.ResourcesByArea = append(o.ResourcesByArea, AreaResources{Area: a, Resources: *r})
		}
	}
	for _, t := range sortParts(partRes) {
		o.ResourcesByPart = append(o.ResourcesByPart, PartResources{PartID: t.PartID, Name: t.Name, Resources: partSum[t.PartID]})
	}
	return o
}

// effectGoals measures every effect goal of the live problems, in plan
// order, from the values typed at follow-ups up to asOf.
func (ch *chain) effectGoals(asOf Date, tally *AttainmentTally) []EffectGoalResult {
	// Only the few follow-ups that carry effect values are searched.
	var all []*FollowUp
	for _, h := range ch.history {
		for _, f := range h {
			if len(f.Effects) > 0 {
				all = append(all, f)
			}
		}
	}
	var out []EffectGoalResult
	for _, p := range ch.problems {
		for _, g := range p.EffectGoals {
			r := EffectGoalResult{Problem: p, Goal: g, Readings: ch.effectReadings(all, g, asOf)}
			if last, ok := r.Latest(); ok {
				r.Attainment = g.Goal().Judge(last.Value)
			}
			tally.Add(r.Attainment)
			out = append(out, r)
		}
	}
	return out
}

// partName returns the live part's name, or "".
func (ch *chain) partName(id string) string {
	if p := ch.parts[id]; p != nil {
		return p.Name
	}
	return ""
}

// areaOrder sorts the four areas in order and no area last.
func areaOrder(a Area) int {
	if a.Valid() {
		return int(a)
	}
	return len(Areas) + 1
}

// effectReadings returns effect goal g's values up to asOf: those of its
// row in the lägesbilder's figure table, a value a year (the year's last
// day), and those typed at follow-ups. A newer lägesbild's figure for a
// year replaces an older one's; a value typed for a day replaces the
// table's for that day.
func (ch *chain) effectReadings(followUps []*FollowUp, g EffectGoal, asOf Date) []Reading {
	byDay := map[Date]float64{}
	if g.Table != "" && g.Row != "" {
		pictures := make([]*Situation, 0, len(ch.situations))
		for _, s := range ch.situations {
			if asOf == "" || s.Date <= asOf {
				pictures = append(pictures, s)
			}
		}
		slices.SortFunc(pictures, func(a, b *Situation) int { return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID)) })
		for _, s := range pictures {
			for k := range s.Tables {
				TableYears(&s.Tables[k], g.Table, g.Row, func(d Date, v float64) {
					if asOf == "" || d <= asOf {
						byDay[d] = v
					}
				})
			}
		}
	}
	for _, r := range EffectSeries(followUps, g.ID, asOf) {
		byDay[r.Date] = r.Value
	}
	return sortedPoints(byDay)
}

// TableYears calls fn with the last day of each year column of table t and
// the value of its row named row, when t is titled title: the row of all
// (not split by kön or ålder). Columns that are not years, and blank
// cells, are passed over.
func TableYears(t *FigureTable, title, row string, fn func(Date, float64)) {
	if !strings.EqualFold(strings.TrimSpace(t.Title), strings.TrimSpace(title)) {
		return
	}
	for _, r := range t.Rows {
		if r.Sex != SexAll || r.Age != "" || !strings.EqualFold(strings.TrimSpace(r.Label), strings.TrimSpace(row)) {
			continue
		}
		for i, col := range t.Columns {
			col = strings.TrimSpace(col)
			if i >= len(r.Values) || r.Values[i] == nil || len(col) != 4 || !allDigits(col) {
				continue
			}
			fn(Date(col+"-12-31"), *r.Values[i])
		}
		return
	}
}
