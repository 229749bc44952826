package pdf

import (
	"cmp"
	"slices"

	"samverka/assets"
	"samverka/model"
)

// schedule prints the tidsplan annex: the agreement's commitments by the
// date they are due, those without a date last.
func (g *agreementDoc) schedule() {
	d := g.doc
	d.pdf.AddPage()
	d.heading(d.msg("annex.number", "N", len(g.a.Annexes)+1) + ": " + d.msg("annex.tidsplan"))
	rows := g.commitmentRows()
	if len(rows) == 0 {
		d.paragraph(d.msg("agreement.nocommitments"))
		return
	}
	slices.SortStableFunc(rows, func(x, y commitmentRow) int {
		switch {
		case x.due == "" && y.due != "":
			return 1
		case x.due != "" && y.due == "":
			return -1
		}
		return cmp.Compare(x.due, y.due)
	})
	t := newTable(d,
		column{d.msg("col.due"), 26},
		column{d.msg("col.commitment"), 84},
		column{d.msg("col.part"), 60})
	for _, r := range rows {
		due := d.plain(string(r.due))
		if r.due == "" {
			due = d.msg("annex.tidsplan.ongoing")
		}
		t.row(text(due), text(g.z.line(r.from, r.field("title"), r.title)), text(g.z.line(r.from, r.field("part"), r.part)))
	}
}

// followUpPlan prints the uppföljningsplan annex: each meeting of the
// council within the period that follows up the agreement's commitments,
// and which: the commitments followed up there, and the meeting's
// follow-up items for meetings yet to come. A frozen agreement prints the
// plan copied into it when it was frozen, never today's meetings; one
// frozen before plans were copied, and a draft, print the plan as the
// records have it now (model.BuildFollowUpPlan).
func (g *agreementDoc) followUpPlan() {
	d, a := g.doc, g.a
	d.heading(d.msg("annex.number", "N", len(a.Annexes)+2) + ": " + d.msg("annex.uppfoljningsplan"))
	frozen := !a.FollowUpPlan.IsZero()
	rows := a.FollowUpPlan.Rows
	if !frozen {
		rows = model.BuildFollowUpPlan(a, model.IncludedTitles(a, g.in.Commitments), g.in.Meetings, g.in.FollowUps)
	} else if a.FollowUpPlan.Taken != "" {
		d.paragraph(d.msg("annex.uppfoljningsplan.taken", "Date", d.plain(string(a.FollowUpPlan.Taken))))
	}
	if len(rows) == 0 {
		d.paragraph(d.msg("annex.uppfoljningsplan.none"))
		return
	}
	t := newTable(d,
		column{d.msg("col.date"), 26},
		column{d.msg("annex.uppfoljningsplan.meeting"), 44},
		column{d.msg("annex.uppfoljningsplan.what"), 100})
	for i, r := range rows {
		from, field := g.from, index("followUpPlan.rows", i)+"."
		if !frozen {
			from, field = source{model.KindMeeting, r.MeetingID, string(r.Date)}, ""
		}
		var what []span
		for j, w := range r.What {
			what = append(what, span{text: g.z.line(from, index(field+"what", j), w)})
		}
		name := d.msg("meeting." + string(r.Kind))
		if r.Number != "" {
			name += " " + g.z.line(from, field+"number", r.Number)
		}
		t.row(text(d.plain(string(r.Date))), text(name), cell{spans: what})
	}
}

// consistency prints, on a draft, what does not yet hang together
// (model.CheckConsistency), each with what is missing, so that the chair
// sees it before locking the agreement for signing.
func (g *agreementDoc) consistency() {
	if g.a.State.Locked() {
		return
	}
	problems := model.CheckConsistency(g.a, g.in.Commitments, g.in.Signatures)
	if len(problems) == 0 {
		return
	}
	d := g.doc
	d.heading(d.msg("agreement.checks", "Count", len(problems)))
	d.color(draftRed)
	for _, p := range problems {
		args := map[string]any{}
		for k, v := range p.Args {
			args[k] = v
		}
		d.paragraph(d.plain("• ") + g.z.fixed(assets.Message(d.info.lang, p.Key(), args)))
	}
	d.color(black)
	d.pdf.AddPage()
}
