package demo

import "samverka/model"

// attends reports whether r is at meeting m: present or a substitute at a
// held meeting; active and not excused at an upcoming one.
func attends(m *model.Meeting, r *model.Representative, past bool) bool {
	if r == nil {
		return false
	}
	for _, a := range m.Attendance {
		if a.RepresentativeID != r.ID {
			continue
		}
		if past {
			return a.Presence == model.PresencePresent || a.Presence == model.PresenceSubstitute
		}
		return a.Presence != model.PresenceExcused && a.Presence != model.PresenceAbsent
	}
	return !past && r.ActiveOn(m.Date) && r.Role != model.RoleDeputy
}

// presenter returns the first of cands who is at meeting m, so that
// nobody presents an item at a meeting they did not attend; the chair
// presents when none of them is there.
func (g *generator) presenter(m *model.Meeting, past bool, cands ...*model.Representative) string {
	for _, r := range cands {
		if attends(m, r, past) {
			return r.Name
		}
	}
	return g.chair.Name
}

// informant picks an organisation other than the district and the police
// that is at meeting m to inform the council, and who presents for it:
// its chief when there, else another of its representatives who is. It
// returns nil when no such organisation is there.
func (g *generator) informant(m *model.Meeting, past bool) (*model.Part, string) {
	type cand struct {
		p   *model.Part
		who string
	}
	var cands []cand
	for _, p := range g.ds.Parts[2:] {
		reps := append([]*model.Representative{g.chiefOf[p.ID]}, g.repsByPart[p.ID]...)
		for _, r := range reps {
			if attends(m, r, past) {
				cands = append(cands, cand{p, r.Name})
				break
			}
		}
	}
	if len(cands) == 0 {
		return nil, ""
	}
	c := pick(g, cands)
	return c.p, c.who
}
