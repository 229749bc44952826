package model

// PlanFingerprint returns the kontrollsumma of a plan's content, encoded
// as the fingerprints of agreements and minutes are (see the top of
// fingerprint.go) under the tag "samverka-plan-v1": its lägesbild, title,
// period, decision, fastställda rows and effect goals. Its id, meta data, marking and
// lifecycle fields (State, AdoptedAt, Fingerprint, SupersededBy) are not
// content.
func PlanFingerprint(p *ActionPlan) string {
	var c canon
	c.raw("samverka-plan-v1")
	c.str("situationId", p.SituationID)
	c.str("title", p.Title)
	c.str("from", string(p.From))
	c.str("to", string(p.To))
	c.group("decision", func(e *canon) {
		d := p.Decision
		e.str("by", d.By)
		e.str("date", string(d.Date))
		e.str("paragraph", d.Paragraph)
		e.str("diarienummer", d.Diarienummer)
	})
	c.list("entries", len(p.Entries), func(i int, e *canon) {
		x := p.Entries[i]
		e.str("problemId", x.ProblemID)
		e.str("problem", x.Problem)
		e.int("problemRank", x.ProblemRank)
		e.str("causeId", x.CauseID)
		e.str("causeLabel", x.CauseLabel)
		e.str("cause", x.Cause)
		e.str("commitmentId", x.CommitmentID)
		e.str("measure", x.Measure)
		e.str("part", x.Part)
		e.str("contact", x.Contact)
		e.str("indicator", x.Indicator)
		e.str("baseline", x.Baseline)
		e.str("target", x.Target)
		e.str("goalDate", string(x.GoalDate))
		e.str("start", string(x.Start))
		e.str("due", string(x.Due))
		e.str("class", string(x.Class))
		e.str("provision", x.Provision)
	})
	planEffectGoals(&c, p.EffectGoals)
	return c.sum()
}
