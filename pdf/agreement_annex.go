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
// follow-up items for meetings yet to come.
func (g *agreementDoc) followUpPlan() {
	d, a := g.doc, g.a
	d.heading(d.msg("annex.number", "N", len(a.Annexes)+2) + ": " + d.msg("annex.uppfoljningsplan"))
	titles := map[string]commitmentRow{}
	for _, r := range g.commitmentRows() {
		titles[r.id] = r
	}
	byMeeting := map[string][]string{}
	for _, f := range g.in.FollowUps {
		if f == nil || f.Deleted || f.MeetingID == "" {
			continue
		}
		if _, ok := titles[f.CommitmentID]; ok && !slices.Contains(byMeeting[f.MeetingID], f.CommitmentID) {
			byMeeting[f.MeetingID] = append(byMeeting[f.MeetingID], f.CommitmentID)
		}
	}
	meetings := model.Live(g.in.Meetings)
	slices.SortFunc(meetings, func(x, y *model.Meeting) int {
		return cmp.Or(cmp.Compare(x.Date, y.Date), cmp.Compare(x.StartTime, y.StartTime), cmp.Compare(x.ID, y.ID))
	})
	t := newTable(d,
		column{d.msg("col.date"), 26},
		column{d.msg("annex.uppfoljningsplan.meeting"), 44},
		column{d.msg("annex.uppfoljningsplan.what"), 100})
	n := 0
	for _, m := range meetings {
		if m.Date == "" || (a.From != "" && m.Date < a.From) || (a.To != "" && m.Date > a.To) {
			continue
		}
		from := source{model.KindMeeting, m.ID, string(m.Date)}
		var what []span
		for _, id := range byMeeting[m.ID] {
			r := titles[id]
			what = append(what, span{text: g.z.line(r.from, r.field("title"), r.title)})
		}
		if len(what) == 0 {
			for i, it := range m.Agenda {
				if it.Kind == model.ItemFollowUp {
					what = append(what, span{text: g.z.line(from, index("agenda", i)+".title", it.Title)})
				}
			}
		}
		if len(what) == 0 {
			continue
		}
		name := d.msg("meeting." + string(m.Kind))
		if m.Number != "" {
			name += " " + g.z.line(from, "number", m.Number)
		}
		t.row(text(d.plain(string(m.Date))), text(name), cell{spans: what})
		n++
	}
	if n == 0 {
		d.paragraph(d.msg("annex.uppfoljningsplan.none"))
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
