package demo

import (
	"fmt"
	"strings"

	"samverka/model"
)

// plan is how one commitment's life goes: the meeting that decided it (-1:
// it came with the first åtgärdsplan), the meetings that followed it up,
// and where it ends.
type plan struct {
	c       *model.Commitment
	oneOff  bool  // a punktinsats: short, followed up once or twice
	decided int   // meeting index, or -1
	at      []int // meeting indexes of its follow-ups, in order
	final   model.Status
}

// commitments decides when each commitment was made and how many
// follow-ups it gets, so that the scale's totals come out exactly, then
// makes the commitments themselves.
func (g *generator) commitments() {
	past := g.size.pastMeetings
	n := g.size.commitments
	fromPlan := 0.55
	if g.scale == Stockholm {
		fromPlan = 0.02
	}
	g.plans = make([]*plan, n)
	room := make([]int, n) // how many follow-ups fit after the decision
	for i := range g.plans {
		p := &plan{decided: -1}
		if !g.chance(fromPlan) {
			// Earlier meetings decide more: the first åtgärdsplan is
			// carried out over the following meetings.
			p.decided = min(g.rng.IntN(past), g.rng.IntN(past))
			if g.scale == Stockholm {
				p.decided = g.rng.IntN(past)
			}
		}
		room[i] = past - 1 - p.decided
		if p.oneOff = g.chance(0.12); p.oneOff {
			room[i] = min(room[i], 2)
		}
		g.plans[i] = p
	}
	counts := g.spread(room, g.size.followUps)
	for i, p := range g.plans {
		g.schedule(p, counts[i])
		g.commitment(p)
	}
}

// spread hands out total follow-ups over commitments with room[i] places
// each: about the average for everyone, then adjusted one by one until the
// sum is exact.
func (g *generator) spread(room []int, total int) []int {
	out := make([]int, len(room))
	avg := total / len(room)
	sum, capacity := 0, 0
	for i, r := range room {
		out[i] = min(r, g.between(max(0, avg-5), avg+5))
		sum += out[i]
		capacity += r
	}
	if capacity < total {
		panic(fmt.Sprintf("demo: %d follow-ups do not fit in %d places", total, capacity))
	}
	for sum != total {
		for _, i := range g.rng.Perm(len(room)) {
			switch {
			case sum < total && out[i] < room[i]:
				out[i]++
				sum++
			case sum > total && out[i] > 0:
				out[i]--
				sum--
			}
			if sum == total {
				break
			}
		}
	}
	return out
}

// schedule picks the meetings that follow p up, k of them, every stride
// meetings, and how the commitment ends: work still under way is followed
// up at the latest meetings; work that ended was followed up until then.
func (g *generator) schedule(p *plan, k int) {
	past := g.size.pastMeetings
	if k == 0 {
		p.final = model.StatusPlanned
		return
	}
	stride := 1
	if g.scale == Stockholm {
		stride = g.between(1, 4)
	}
	for stride > 1 && p.decided+stride*k > past-1 {
		stride--
	}
	ongoing := p.decided+stride*k >= past-1-stride && g.chance(0.65)
	first := p.decided + stride
	if ongoing {
		first = past - 1 - stride*(k-1)
	}
	for j := range k {
		p.at = append(p.at, first+stride*j)
	}
	switch x := g.rng.Float64(); {
	case ongoing && k <= 2 && x < 0.1:
		p.final = model.StatusPlanned
	case ongoing && x < 0.72:
		p.final = model.StatusOngoing
	case ongoing:
		p.final = model.StatusLate
	case x < 0.85:
		p.final = model.StatusDone
	default:
		p.final = model.StatusCancelled
	}
}

// commitment makes p's commitment: a kind of work fitting the lägesbild of
// its time, a responsible part and contact, and dates that agree with how
// its follow-ups will go.
func (g *generator) commitment(p *plan) {
	var start model.Date
	if p.decided < 0 {
		start = g.dayIn(g.pictures[0].rec.Date.AddDays(10), g.firstMeeting().AddDays(-5))
	} else {
		d := g.meetings[p.decided].Date
		gap := int(g.meetings[p.decided+1].Date.Time().Sub(d.Time()).Hours()/24) - 1
		start = d.AddDays(g.between(0, min(21, gap)))
	}
	pic := g.pictureOn(start)
	spec, prob, part, title := g.chooseWork(pic, p.oneOff, start)
	c := &model.Commitment{
		Title:       title,
		Description: spec.description,
		PartID:      part.ID,
		ContactID:   pick(g, g.activeReps(part.ID, start)).ID,
		Area:        spec.area,
		Start:       start,
		OneOff:      p.oneOff,
		Goal:        model.Goal{Indicator: spec.indicator, Baseline: spec.baseline, Target: spec.target},
		Status:      p.final,
	}
	if spec.method != "" {
		c.MethodID = "builtin-method-" + spec.method
		c.Area, c.SubArea = methodPlace(c.MethodID, c.Area)
	} else if len(g.ds.Methods) > 0 && g.chance(0.15) {
		c.MethodID = pick(g, g.ds.Methods).ID
	}
	if prob != nil {
		c.ProblemID = prob.rec.ID
		if spec.cause > 0 && spec.cause <= len(prob.causes) {
			c.CauseID = prob.causes[spec.cause-1].ID
			if subs := prob.subs[spec.cause-1]; spec.sub > 0 && spec.sub <= len(subs) {
				c.CauseID = subs[spec.sub-1].ID
			}
		}
	}
	if p.decided >= 0 {
		c.MeetingID = g.meetings[p.decided].ID
		g.created[p.decided] = append(g.created[p.decided], c)
	}
	c.Due = g.due(p, start, c.OneOff)
	c.Goal.Date = c.Due
	created := start
	if p.decided >= 0 {
		created = g.meetings[p.decided].Date
	}
	last := model.Date("")
	if len(p.at) > 0 {
		last = g.meetings[p.at[len(p.at)-1]].Date
	}
	c.Meta = g.meta(created, 1+len(p.at), last)
	p.c = c
	g.ds.Commitments = append(g.ds.Commitments, c)
}

// areaWeights says how often each priority area is drawn: most local
// work is in schools and in the civil society area.
var areaWeights = []model.Area{
	model.AreaCollaboration, model.AreaCollaboration,
	model.AreaSchool, model.AreaSchool, model.AreaSchool,
	model.AreaViolence, model.AreaViolence,
	model.AreaCivilSociety, model.AreaCivilSociety, model.AreaCivilSociety,
}

// chooseWork picks a kind of commitment in a drawn priority area, aimed at
// a problem of pic, one-off or not, and a part to carry it out. It tries
// not to give a part the same work twice; when it must, the title names
// the term.
func (g *generator) chooseWork(pic *picture, oneOff bool, start model.Date) (commitmentSpec, *problemEntry, *model.Part, string) {
	inPicture := map[int]*problemEntry{}
	for _, p := range pic.problems {
		inPicture[p.spec] = p
	}
	var spec commitmentSpec
	var part *model.Part
	var title string
	for try := range 8 {
		area := pick(g, areaWeights)
		fits := g.fits[:0]
		for i, s := range commitmentCatalog {
			if inPicture[s.problem] != nil && (s.area == area || try >= 4) && s.oneOff == oneOff {
				fits = append(fits, i)
			}
		}
		g.fits = fits
		if len(fits) == 0 {
			continue
		}
		spec = commitmentCatalog[pick(g, fits)]
		part = g.partFor(spec)
		title = spec.title
		if strings.Contains(title, "%s") {
			title = fmt.Sprintf(title, districtAreas[g.rng.IntN(len(districtAreas))][0])
		}
		if !g.titles[part.ID+"|"+title] {
			break
		}
	}
	if part == nil { // nothing fits this picture: any work will do
		spec = pick(g, commitmentCatalog)
		part = g.partFor(spec)
		title = strings.ReplaceAll(spec.title, "%s", districtAreas[0][0])
	}
	if g.titles[part.ID+"|"+title] {
		base := title + ", " + term(start)
		title = base
		for n := 2; g.titles[part.ID+"|"+title]; n++ {
			title = fmt.Sprintf("%s, del %d", base, n)
		}
	}
	g.titles[part.ID+"|"+title] = true
	return spec, inPicture[spec.problem], part, title
}

// partFor picks the organisation to carry out spec: one named for it, or
// one of its kinds.
func (g *generator) partFor(spec commitmentSpec) *model.Part {
	var cands []*model.Part
	for _, name := range specParts[spec.title] {
		if p := g.partNamed[name]; p != nil {
			cands = append(cands, p)
		}
	}
	for _, k := range spec.kinds {
		cands = append(cands, g.partsByKind[k]...)
	}
	if len(cands) == 0 {
		return g.ds.Parts[0]
	}
	return pick(g, cands)
}

// term names the school term of day d: "VT 2025" or "HT 2025".
func term(d model.Date) string {
	if d.Time().Month() <= 6 {
		return fmt.Sprintf("VT %d", d.Year())
	}
	return fmt.Sprintf("HT %d", d.Year())
}

// due returns a due date that agrees with how p goes: open work is due
// ahead (now and then already overdue), late work was due before it was
// first reported late, finished work around when it finished.
func (g *generator) due(p *plan, start model.Date, oneOff bool) model.Date {
	dateAt := func(i int) model.Date { return g.meetings[p.at[i]].Date }
	earliest := start.AddDays(14)
	if oneOff {
		earliest = start.AddDays(7)
	}
	atLeast := func(d model.Date) model.Date { return max(d, earliest) }
	switch {
	case len(p.at) == 0 || p.final == model.StatusPlanned:
		if oneOff {
			return start.AddDays(g.between(14, 60))
		}
		return start.AddDays(g.between(120, 400))
	case p.final == model.StatusLate:
		reported := dateAt(p.lateFrom())
		return min(max(reported.AddDays(-g.between(1, 30)), start.AddDays(1)), reported.AddDays(-1))
	case p.final == model.StatusOngoing:
		if g.chance(0.15) {
			return atLeast(g.dayIn(g.today.AddDays(-120), g.today.AddDays(-5)))
		}
		return g.today.AddDays(g.between(30, 400))
	case oneOff:
		return atLeast(dateAt(len(p.at) - 1).AddDays(-g.between(0, 10)))
	default:
		return atLeast(dateAt(len(p.at) - 1).AddDays(g.between(-20, 60)))
	}
}

// lateFrom returns the index of the follow-up from which p, ending late,
// has been reported late: one of its last three. It is worked out from p
// alone, not drawn, so that due dates and histories agree on it.
func (p *plan) lateFrom() int {
	n := len(p.at)
	return n - min(n, 1+(len(p.at)*7+p.decided+7)%3)
}
