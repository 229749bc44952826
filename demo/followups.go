package demo

import (
	"fmt"

	"samverka/model"
)

// followUps records each commitment's history at the meetings its plan
// names: it may start as planned, runs as ongoing (now and then reported
// late and caught up again) and ends as the plan says. The commitment's
// status is its latest follow-up's.
func (g *generator) followUps() {
	for _, p := range g.plans {
		statuses := g.history(p)
		light := model.LightNone
		for j, i := range p.at {
			m := g.meetings[i]
			light = g.light(statuses[j], light)
			f := &model.FollowUp{
				Meta:         g.meta(m.Date, 1, ""),
				CommitmentID: p.c.ID,
				MeetingID:    m.ID,
				Date:         m.Date,
				Status:       statuses[j],
				Light:        light,
				Comment:      g.comment(statuses[j], j, len(p.at)),
			}
			g.ds.FollowUps = append(g.ds.FollowUps, f)
			g.followed[i] = append(g.followed[i], f)
		}
		if len(statuses) > 0 {
			p.c.Status = statuses[len(statuses)-1]
		}
	}
}

// history returns the status at each of p's follow-ups.
func (g *generator) history(p *plan) []model.Status {
	n := len(p.at)
	out := make([]model.Status, n)
	if n == 0 {
		return out
	}
	for j := range out {
		out[j] = model.StatusOngoing
	}
	if p.final == model.StatusPlanned {
		for j := range out {
			out[j] = model.StatusPlanned
		}
		return out
	}
	if n >= 3 && g.chance(0.3) {
		out[0] = model.StatusPlanned
	}
	if n >= 5 && g.chance(0.2) {
		out[g.between(1, n-3)] = model.StatusLate // behind, then caught up
	}
	if p.final == model.StatusLate {
		for j := p.lateFrom(); j < n; j++ {
			out[j] = model.StatusLate
		}
	}
	if p.final == model.StatusCancelled && n >= 2 && g.chance(0.6) {
		out[n-2] = model.StatusLate
	}
	out[n-1] = p.final
	return out
}

// light returns the traffic light for status s, given the one before.
func (g *generator) light(s model.Status, before model.Light) model.Light {
	switch s {
	case model.StatusPlanned:
		if g.chance(0.5) {
			return model.LightNone
		}
		return model.LightGreen
	case model.StatusOngoing:
		if before == model.LightRed || g.chance(0.25) {
			return model.LightYellow
		}
		return model.LightGreen
	case model.StatusLate:
		if before == model.LightRed || g.chance(0.6) {
			return model.LightRed
		}
		return model.LightYellow
	case model.StatusDone:
		return model.LightGreen
	}
	if g.chance(0.5) {
		return model.LightRed
	}
	return model.LightNone
}

// comment returns what the responsible part reported at follow-up j of n.
func (g *generator) comment(s model.Status, j, n int) string {
	switch s {
	case model.StatusPlanned:
		return pick(g, plannedComments)
	case model.StatusOngoing:
		done := max(10, (j+1)*10/(n+1)*10)
		return fmt.Sprintf(pick(g, ongoingComments), done)
	case model.StatusLate:
		return pick(g, lateComments)
	case model.StatusDone:
		return pick(g, doneComments)
	}
	return pick(g, cancelledComments)
}

var plannedComments = []string{
	"Planeringen är påbörjad; start enligt tidplanen.",
	"Ansvarig kontaktperson är utsedd och arbetsgruppen har haft sitt första möte.",
	"Upphandlingen är klar; arbetet startar nästa månad.",
}

var ongoingComments = []string{
	"Arbetet pågår enligt plan; ungefär %d %% av delmomenten är genomförda.",
	"Pågår. Omkring %d %% av de planerade tillfällena är genomförda och uppslutningen är god.",
	"Arbetet går framåt, cirka %d %% är klart. Samverkan med de andra aktörerna fungerar väl.",
	"Pågår; cirka %d %% klart. Fler volontärer behövs inför nästa termin.",
}

var lateComments = []string{
	"Försenat på grund av vakanser; ny tidplan redovisas vid nästa möte.",
	"Försenat: leveransen av material har dröjt. Ansvarig aktör återkommer.",
	"Försenat eftersom lokalen inte blev klar i tid.",
	"Arbetet ligger efter tidplanen; rådet ber om en åtgärdsplan till nästa möte.",
}

var doneComments = []string{
	"Genomfört. En kort utvärdering redovisades på mötet.",
	"Klart enligt plan; målet är uppnått.",
	"Genomfört. Målet nåddes nästan helt; erfarenheterna tas med i nästa åtgärdsplan.",
	"Klart. Arbetet går nu över i ordinarie verksamhet.",
}

var cancelledComments = []string{
	"Avbrutet efter beslut i rådet; resurserna läggs på andra åtgärder.",
	"Avbrutet: finansieringen upphörde.",
	"Avbrutet eftersom problemet inte längre finns kvar i lägesbilden.",
}
