package model

// v2Fields writes the agreement-level fields encoding 2 adds, and the
// frozen uppföljningsplan.
func v2Fields(c *canon, a *Agreement) {
	c.list("clauses", len(a.Clauses), func(i int, e *canon) {
		x := a.Clauses[i]
		e.str("kind", string(x.Kind))
		e.str("title", x.Title)
		e.str("text", x.Text)
	})
	c.group("frame", func(e *canon) { reference(e, a.Frame) })
	c.group("replaces", func(e *canon) { reference(e, a.Replaces) })
	c.str("replacesFrom", string(a.ReplacesFrom))
	// The frozen uppföljningsplan came later; an agreement without one
	// writes nothing here, so that its fingerprint stands.
	c.group("followUpPlan", func(e *canon) {
		p := a.FollowUpPlan
		e.str("taken", string(p.Taken))
		e.list("rows", len(p.Rows), func(i int, r *canon) {
			x := p.Rows[i]
			r.str("meetingId", x.MeetingID)
			r.str("date", string(x.Date))
			r.str("kind", string(x.Kind))
			r.str("number", x.Number)
			r.strs("what", x.What)
		})
	})
}

// reference writes what a reader sees of another agreement; its record id
// is not printed and so not content.
func reference(c *canon, r Reference) {
	c.str("title", r.Title)
	c.str("from", string(r.From))
	c.str("to", string(r.To))
	c.str("signed", string(r.Signed))
}
