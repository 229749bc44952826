package model

// agreementV2 is encoding 2: encoding 1's fields in the same order, each
// party also with its unit ("genom"), organisationsnummer, diarienummer and
// role, and each included commitment with its sub-area; then the clauses,
// the frame agreement, the replaced version and the day the replacement
// takes effect. The tag differs from encoding 1's, so the two never give
// the same fingerprint.
func agreementV2(a *Agreement) string {
	var c canon
	c.raw("samverka-agreement-v2")
	c.str("title", a.Title)
	c.str("from", string(a.From))
	c.str("to", string(a.To))
	c.list("parties", len(a.Parties), func(i int, e *canon) {
		p := a.Parties[i]
		e.str("partId", p.PartID)
		e.str("organisation", p.Organisation)
		e.str("signerName", p.SignerName)
		e.str("signerTitle", p.SignerTitle)
		e.str("through", p.Through)
		e.str("orgNumber", p.OrgNumber)
		e.str("caseNumber", p.CaseNumber)
		e.str("role", string(p.Role))
	})
	c.group("sections", func(e *canon) {
		s := a.Sections
		e.str("problems", s.Problems)
		e.str("causes", s.Causes)
		e.str("goals", s.Goals)
		e.str("documentation", s.Documentation)
		e.str("followUp", s.FollowUp)
		e.str("background", s.Background)
	})
	c.strs("commitmentIds", a.CommitmentIDs)
	c.list("included", len(a.Included), func(i int, e *canon) {
		x := a.Included[i]
		e.str("commitmentId", x.CommitmentID)
		e.str("part", x.Part)
		e.str("title", x.Title)
		e.str("description", x.Description)
		e.int("area", int(x.Area))
		e.str("due", string(x.Due))
		e.str("contact", x.Contact)
		e.str("indicator", x.Indicator)
		e.str("target", x.Target)
		e.str("subArea", x.SubArea)
		e.strs("contributors", x.Contributors) // nothing when none: older fingerprints stand
	})
	c.list("annexes", len(a.Annexes), func(i int, e *canon) {
		x := a.Annexes[i]
		e.str("kind", string(x.Kind))
		e.str("title", x.Title)
		e.str("description", x.Description)
	})
	c.list("promises", len(a.Promises), func(i int, e *canon) {
		p := a.Promises[i]
		e.str("text", p.Text)
		e.str("quantity", p.Quantity)
		e.str("expectedEffect", p.ExpectedEffect)
		e.strs("partIds", p.PartIDs)
		e.str("id", p.ID)
		e.strs("findingIds", p.FindingIDs)
		e.strs("commitmentIds", p.CommitmentIDs)
	})
	c.int("version", a.Version)
	c.str("previousId", a.PreviousID)
	v2Fields(&c, a)
	return c.sum()
}

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
