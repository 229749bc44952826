package model

// PublicPlan returns the plan grid of a public version: only the groups of
// Öppen problems, and in them only the rows whose cause is Öppen. Its
// warnings are left out, since they name problems and causes of every
// class.
func PublicPlan(p Plan) Plan {
	out := Plan{Today: p.Today}
	for _, g := range p.Groups {
		if g.Problem != nil && !g.Problem.Public() {
			continue
		}
		pg := PlanGroup{Problem: g.Problem, Situation: g.Situation}
		for _, r := range g.Rows {
			if r.Cause == nil || r.Cause.Public() {
				pg.Rows = append(pg.Rows, r)
			}
		}
		out.Groups = append(out.Groups, pg)
	}
	return out
}

// GroupMarking returns the strictest marking of a plan group: its
// problem's and its causes'.
func GroupMarking(g PlanGroup) Marking {
	var m Marking
	if g.Problem != nil {
		m = g.Problem.Marking
	}
	for _, r := range g.Rows {
		if r.Cause != nil {
			m = m.Stricter(r.Cause.Marking)
		}
	}
	return m
}

// PublicMeeting returns whether every item of m's agenda is Öppen.
func PublicMeeting(m *Meeting) bool {
	for _, it := range m.Agenda {
		if !it.Public() {
			return false
		}
	}
	return true
}
