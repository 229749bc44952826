package demo

import (
	"fmt"
	"strings"

	"samverka/model"
)

// representatives gives every part a chief who may sign for it and spreads
// the rest of the scale's people over the parts, the big ones first. The
// district's chief chairs the council and its second person is the
// secretary; the police's second person is the kommunpolis.
func (g *generator) representatives() {
	parts := g.ds.Parts
	count := make([]int, len(parts))
	total := 0
	for i := range parts {
		count[i] = 2
		total += 2
	}
	var weighted []int
	for i, p := range parts {
		for range g.specs[p.ID].weight {
			weighted = append(weighted, i)
		}
	}
	for ; total < g.size.reps; total++ {
		count[pick(g, weighted)]++
	}

	// The order people are made in decides who gets the named people:
	// district chief, secretary, police chief, kommunpolis, then the chiefs
	// of every other part, then everyone else round by round.
	type slot struct{ part, n int }
	var order []slot
	order = append(order, slot{0, 0}, slot{0, 1}, slot{1, 0}, slot{1, 1})
	for n := 0; ; n++ {
		more := false
		for i := range parts {
			if n < count[i] && !(i < 2 && n < 2) {
				order = append(order, slot{i, n})
			}
			more = more || n+1 < count[i]
		}
		if !more {
			break
		}
	}

	g.repsByPart = map[string][]*model.Representative{}
	g.chiefOf = map[string]*model.Representative{}
	g.repByID = map[string]*model.Representative{}
	g.emails = map[string]bool{}
	used := map[string]bool{}
	first := g.firstMeeting()
	for _, s := range order {
		p := parts[s.part]
		spec := g.specs[p.ID]
		who := g.newPerson(used)
		r := &model.Representative{
			PartID: p.ID,
			Name:   who.full,
			Email:  g.email(who, spec.domain),
			Phone:  g.phone(p.Kind),
		}
		switch {
		case s.n == 0:
			r.Title, r.MaySign, r.Role = spec.chief, true, model.RoleMember
			if s.part == 0 {
				r.Role = model.RoleChair
				g.chair = r
			}
			if !p.Signing && g.chance(0.4) {
				r.Role = model.RoleCoopted
			}
		case s.part == 0 && s.n == 1:
			r.Title, r.Role = "trygghetssamordnare", model.RoleSecretary
			g.secretary = r
		case s.part == 1 && s.n == 1:
			r.Title, r.Role = "kommunpolis", model.RoleMember
		case s.n == 1:
			r.Title, r.Role = pick(g, spec.titles), model.RoleDeputy
		default:
			r.Title = pick(g, spec.titles)
			r.Role = pick(g, []model.CouncilRole{model.RoleMember, model.RoleDeputy, model.RoleCoopted, model.RoleCoopted})
		}
		g.validity(r, s.n, first)
		r.Meta = g.meta(orDate(r.ValidFrom, first.AddDays(-60)), 1+boolInt(r.ValidTo != ""), r.ValidTo)
		g.ds.Representatives = append(g.ds.Representatives, r)
		g.repsByPart[p.ID] = append(g.repsByPart[p.ID], r)
		g.repByID[r.ID] = r
		if s.n == 0 {
			g.chiefOf[p.ID] = r
		}
	}
}

// validity sets when r serves. Chiefs, the chair and the secretary serve
// throughout; some others joined later and some have left.
func (g *generator) validity(r *model.Representative, n int, first model.Date) {
	if n < 2 || r.Role == model.RoleSecretary {
		// In office well before the first agreement was signed.
		r.ValidFrom = g.dayIn(first.AddDays(-900), first.AddDays(-120))
		return
	}
	r.ValidFrom = g.dayIn(first.AddDays(-900), first.AddDays(-30))
	switch x := g.rng.Float64(); {
	case x < 0.12:
		r.ValidTo = g.dayIn(r.ValidFrom.AddDays(200), g.today.AddDays(-20))
	case x < 0.25:
		r.ValidFrom = g.dayIn(first, g.today.AddDays(-60))
	}
}

// email returns a unique address for who at domain.
func (g *generator) email(who person, domain string) string {
	local := ascii(who.given) + "." + ascii(strings.ReplaceAll(who.family, " ", ""))
	addr := local + "@" + domain
	for n := 2; g.emails[addr]; n++ {
		addr = fmt.Sprintf("%s%d@%s", local, n, domain)
	}
	g.emails[addr] = true
	return addr
}

// phone returns a Swedish telephone number fitting an organisation of
// kind: the city's switchboard series, the police's, or a mobile number.
// Numbers that could be read as a personnummer are drawn again.
func (g *generator) phone(kind model.PartKind) string {
	for {
		var s string
		switch kind {
		case model.PartDistrict, model.PartAdministration, model.PartSchool:
			s = fmt.Sprintf("08-508 %02d %03d", g.between(10, 49), g.rng.IntN(1000))
		case model.PartPolice:
			s = fmt.Sprintf("010-56%d %02d %02d", g.rng.IntN(10), g.rng.IntN(100), g.rng.IntN(100))
		case model.PartRegion:
			s = fmt.Sprintf("08-123 %02d %03d", g.between(10, 99), g.rng.IntN(1000))
		default:
			s = fmt.Sprintf("07%d-%03d %02d %02d", pick(g, []int{0, 2, 3, 6}), g.rng.IntN(1000), g.rng.IntN(100), g.rng.IntN(100))
		}
		if !looksLikeIDNumber(s) {
			return s
		}
	}
}

// activeReps returns the people of part serving on day d; the chief when
// nobody else does.
func (g *generator) activeReps(partID string, d model.Date) []*model.Representative {
	var out []*model.Representative
	for _, r := range g.repsByPart[partID] {
		if r.ActiveOn(d) {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		out = append(out, g.chiefOf[partID])
	}
	return out
}

func orDate(d, otherwise model.Date) model.Date {
	if d != "" {
		return d
	}
	return otherwise
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// tombstones leaves two deleted records in the small council, so that
// lists, exports and merges meet them: a person entered twice by mistake
// and a commitment that was withdrawn before anyone worked on it.
func (g *generator) tombstones() {
	twin := *g.ds.Representatives[len(g.ds.Representatives)-1]
	twin.Meta = g.meta(g.today.AddDays(-40), 2, g.today.AddDays(-39))
	twin.Deleted = true
	g.ds.Representatives = append(g.ds.Representatives, &twin)

	last := g.meetings[g.size.pastMeetings-1]
	withdrawn := &model.Commitment{
		Title:       "Kameraövervakning vid Sätra torg",
		Description: "Förslaget drogs tillbaka i väntan på polisens bedömning.",
		PartID:      g.ds.Parts[0].ID,
		Area:        model.AreaCivilSociety,
		Start:       last.Date.AddDays(7),
		Status:      model.StatusPlanned,
	}
	withdrawn.Meta = g.meta(last.Date.AddDays(-10), 2, last.Date)
	withdrawn.Deleted = true
	g.ds.Commitments = append(g.ds.Commitments, withdrawn)
}
