package demo

import (
	"cmp"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"

	"samverka/model"
)

// effectSpec is an effect goal the council sets for a problem of the
// catalogue: an indicator of the district, where it stands and where the
// council wants it.
type effectSpec struct {
	indicator, unit  string
	baseline, target float64
	table, row       string // the lägesbild's figure table and row that measure it, if any
}

// crimeTable is the title of the lägesbild's table of reported crimes.
const crimeTable = "Anmälda brott i Skärholmens stadsdelsområde"

// tableEffects are effect goals measured from the lägesbilder's figure
// tables year by year, by the problem of problemCatalog they belong to.
var tableEffects = map[int]effectSpec{
	0: {"Anmälda narkotikabrott i stadsdelsområdet", "anmälningar", 610, 500, crimeTable, "Narkotikabrott"},
	3: {"Anmälda skadegörelsebrott i stadsdelsområdet", "anmälningar", 1250, 1000, crimeTable, "Skadegörelse"},
	9: {"Anmälda misshandelsbrott i stadsdelsområdet", "anmälningar", 420, 350, crimeTable, "Misshandel"},
}

// effectCatalog holds one effect goal per problem of problemCatalog.
var effectCatalog = []effectSpec{
	{"Andel boende som känner sig trygga i centrum kvällstid (trygghetsmätningen)", "%", 48, 60, "", ""},
	{"Antal unga 12–17 år som misstänks för narkotikabrott i stadsdelen", "unga", 64, 45, "", ""},
	{"Andel som undviker tunnelbanan kvällstid av oro för brott", "%", 31, 22, "", ""},
	{"Antal anmälda skadegörelser och bränder på skolor", "anmälningar", 118, 80, "", ""},
	{"Antal anmälda misshandelsbrott i nära relation", "anmälningar", 142, 120, "", ""},
	{"Andel elever i åk 9 med mer än 15 % frånvaro", "%", 14, 9, "", ""},
	{"Antal anmälda inbrott i källare och förråd", "anmälningar", 233, 160, "", ""},
	{"Antal ordningsstörningar i centrum som polisen rapporterar", "händelser", 410, 300, "", ""},
	{"Andel unga i åk 9 som fått alkohol av någon annan än förälder (Stockholmsenkäten)", "%", 22, 15, "", ""},
	{"Antal anmälda våldsbrott i offentlig miljö, 18–25 år", "anmälningar", 96, 75, "", ""},
}

// outcomes gives the example council what it achieved beside what it did:
// utfall at most follow-ups of commitments whose goal has numbers, a few
// commitments with delmål, medverkande aktörer and resources, and an
// effect goal for every problem of the first three ranks, its value typed
// at follow-ups. It draws from a random source of its own, so that the
// records the other steps make stay as they were.
func (g *generator) outcomes() {
	h := fnv.New64a()
	h.Write([]byte(g.ds.Council.ID))
	o := *g
	o.rng = rand.New(rand.NewPCG(h.Sum64(), 0x7574_6661_6c6c_2121))
	history := map[string][]*model.FollowUp{}
	for _, f := range g.ds.FollowUps {
		history[f.CommitmentID] = append(history[f.CommitmentID], f)
	}
	milestones := 0
	for _, p := range g.plans {
		c := p.c
		o.share(c)
		goal := c.Goal.Numbers()
		fs := history[c.ID]
		if goal.Known && len(fs) > 0 && o.chance(0.85) {
			o.measure(c, goal, fs)
		}
		if goal.Known && !c.OneOff && len(fs) >= 3 && c.Due > c.Start && (g.scale == Stockholm || milestones < 8) && o.chance(0.3) {
			o.milestones(c, goal, fs)
			milestones++
		}
		if o.chance(0.4) {
			o.resources(c, len(fs))
		}
	}
	o.effectGoals(history)
	if g.scale == Small {
		o.reportText()
	}
}

// reportText is what the chair wrote for the report to the
// stadsdelsnämnd on last year.
func (g *generator) reportText() {
	year := Today.Year() - 1
	from := model.Date(strconv.Itoa(year) + "-01-01")
	to := model.Date(strconv.Itoa(year) + "-12-31")
	g.ds.ReportTexts = append(g.ds.ReportTexts, &model.ReportText{
		Meta: g.meta(Today.AddDays(-6), 3, Today.AddDays(-2)),
		From: from, To: to,
		Summary: "Rådet har under året arbetat efter åtgärdsplanen med fokus på tryggheten kvällstid i centrum och vid tunnelbanan, " +
			"rekryteringen av unga till kriminella nätverk och våld i nära relationer. De flesta åtgärder har genomförts eller pågår enligt plan. " +
			"Tryggheten i centrum har ökat enligt trygghetsmätningen, medan skolfrånvaron bara har minskat något.",
		Analysis: "Åtgärderna mot otryggheten i centrum har gett effekt: fler vuxna är ute kvällstid och belysningen har förbättrats. " +
			"Arbetet mot rekrytering är långsiktigt och effekterna syns ännu inte i statistiken. Flera åtgärder försenades av vakanser hos ansvariga aktörer, " +
			"och uppföljningen av utfall behöver bli mer regelbunden för att rådet ska kunna bedöma effekten.",
		Proposals: "Rådet föreslår att nattvandringen och de gemensamma utsättningarna fortsätter, att skolsociala team införs på fler skolor, " +
			"och att varje åtgärd i nästa åtgärdsplan får en indikator med utgångsvärde och målvärde som mäts inför varje möte.",
	})
}

// measure records utfall at most of a commitment's follow-ups: the value
// moves from the utgångsvärde towards the målvärde as the work goes on,
// unevenly, and for one commitment in eight the wrong way.
func (g *generator) measure(c *model.Commitment, goal model.NumericGoal, fs []*model.FollowUp) {
	wrongWay := g.chance(0.12)
	reach := 0.5 + g.rng.Float64()*0.7 // how far towards the target the work gets
	whole := isWhole(c.Goal.Baseline) && isWhole(c.Goal.Target)
	for j, f := range fs {
		if j > 0 && !g.chance(0.75) {
			continue
		}
		progress := reach * float64(j+1) / float64(len(fs))
		if wrongWay {
			progress = -0.3 * progress
		}
		v := goal.Baseline + (goal.Target-goal.Baseline)*progress + (g.rng.Float64()-0.5)*0.1*math.Abs(goal.Target-goal.Baseline)
		v = math.Max(v, 0)
		if whole {
			v = math.Round(v)
		} else {
			v = math.Round(v*10) / 10
		}
		f.Outcome = model.Measure{Value: v, Date: f.Date.AddDays(-g.between(1, 12))}
	}
}

// isWhole reports whether the first number in s is a whole number.
func isWhole(s string) bool {
	v, _ := model.ParseFigure(s)
	return v == math.Trunc(v)
}

// milestones gives c two delmål, a third and two thirds of the way from
// start to due, each at its share of the target; a follow-up after the
// delmål's date says it is met once the utfall has reached it.
func (g *generator) milestones(c *model.Commitment, goal model.NumericGoal, fs []*model.FollowUp) {
	days := int(c.Due.Time().Sub(c.Start.Time()).Hours() / 24)
	for k, share := range []float64{1.0 / 3, 2.0 / 3} {
		target := goal.Baseline + (goal.Target-goal.Baseline)*share
		m := model.Milestone{
			ID:     g.id(),
			Title:  []string{"En tredjedel av vägen till målet", "Två tredjedelar av vägen till målet"}[k],
			Date:   c.Start.AddDays(int(float64(days) * share)),
			Target: strconv.FormatFloat(math.Round(target), 'f', -1, 64),
		}
		c.Milestones = append(c.Milestones, m)
		// The council calls a delmål met when the work has come most of
		// the way to it.
		nearly := goal.Baseline + (target-goal.Baseline)*0.8
		for _, f := range fs {
			if f.Date < m.Date || !f.Outcome.Taken() {
				continue
			}
			if (goal.Lower() && f.Outcome.Value <= nearly) || (!goal.Lower() && f.Outcome.Value >= nearly) {
				f.MilestoneIDs = append(f.MilestoneIDs, m.ID)
				break
			}
		}
	}
}

// share makes one commitment in six a shared one: one or two other parts
// take part, each with a contact person.
func (g *generator) share(c *model.Commitment) {
	if !g.chance(1.0 / 6) {
		return
	}
	for range g.between(1, 2) {
		p := pick(g, g.ds.Parts)
		if p.ID == c.PartID || p.Deleted || hasContributor(c, p.ID) {
			continue
		}
		x := model.Contributor{PartID: p.ID}
		if reps := g.activeReps(p.ID, c.Start); len(reps) > 0 && reps[0] != nil {
			x.ContactID = pick(g, reps).ID
		}
		c.Contributors = append(c.Contributors, x)
	}
}

func hasContributor(c *model.Commitment, partID string) bool {
	for _, x := range c.Contributors {
		if x.PartID == partID {
			return true
		}
	}
	return false
}

// resources estimates hours and, now and then, kronor for c, and what
// has been used so far by its follow-ups.
func (g *generator) resources(c *model.Commitment, followUps int) {
	hours := float64(g.between(2, 40) * 10)
	r := model.Resources{EstimatedHours: hours}
	if followUps > 0 {
		r.UsedHours = math.Round(hours * math.Min(1.2, float64(followUps)/8+g.rng.Float64()*0.3))
	}
	if g.chance(0.5) {
		r.EstimatedKronor = float64(g.between(1, 60) * 5000)
		r.UsedKronor = math.Round(r.EstimatedKronor * r.UsedHours / math.Max(hours, 1))
	}
	c.Resources = r
}

// effectGoals sets an effect goal on every problem of the first three
// ranks, and types its value at follow-ups of the commitments aimed at the
// problem, about twice a year.
func (g *generator) effectGoals(history map[string][]*model.FollowUp) {
	byProblem := map[string][]*model.FollowUp{}
	for _, c := range g.ds.Commitments {
		if c.ProblemID != "" {
			byProblem[c.ProblemID] = append(byProblem[c.ProblemID], history[c.ID]...)
		}
	}
	for _, pic := range g.pictures {
		for _, e := range pic.problems {
			if e.rec.Rank > 3 {
				continue
			}
			spec := effectCatalog[e.spec%len(effectCatalog)]
			goal := model.EffectGoal{
				ID: g.id(), Indicator: spec.indicator, Unit: spec.unit,
				Baseline: spec.baseline, BaselineDate: pic.rec.From.AddDays(364),
				Target: spec.target, Date: pic.rec.Date.AddDays(3 * 365),
			}
			e.rec.EffectGoals = append(e.rec.EffectGoals, goal)
			g.typeEffects(goal, byProblem[e.rec.ID])
			if t, ok := tableEffects[e.spec]; ok {
				e.rec.EffectGoals = append(e.rec.EffectGoals, model.EffectGoal{
					ID: g.id(), Indicator: t.indicator, Unit: t.unit, Baseline: t.baseline,
					BaselineDate: pic.rec.From.AddDays(364), Target: t.target, Date: pic.rec.Date.AddDays(3 * 365),
					Table: t.table, Row: t.row,
				})
			}
		}
	}
}

// typeEffects records goal's value at about one follow-up in two hundred
// days of fs, each a little nearer the target than the last.
func (g *generator) typeEffects(goal model.EffectGoal, fs []*model.FollowUp) {
	last := model.Date("")
	n := 0
	for _, f := range sortedByDate(fs) {
		if f.Date <= goal.BaselineDate || (last != "" && f.Date < last.AddDays(180)) {
			continue
		}
		n++
		progress := math.Min(1, 0.25*float64(n)) * (0.6 + g.rng.Float64()*0.5)
		v := goal.Baseline + (goal.Target-goal.Baseline)*progress
		f.Effects = append(f.Effects, model.EffectMeasure{GoalID: goal.ID, Value: math.Round(v), Date: f.Date.AddDays(-g.between(3, 20))})
		last = f.Date
	}
}

// sortedByDate returns fs by date, then id.
func sortedByDate(fs []*model.FollowUp) []*model.FollowUp {
	out := slices.Clone(fs)
	slices.SortFunc(out, func(a, b *model.FollowUp) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
	})
	return out
}
