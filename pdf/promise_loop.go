package pdf

import (
	"slices"

	"samverka/model"
)

// promiseLoop prints what Polisen's model of the medborgarlöfte adds to
// the löfte itself: the dialogue findings each promise answers, and "Så
// följde vi upp", how the commitments that carry it out were followed up.
type promiseLoop struct {
	g  *agreementDoc
	in PromiseInput
}

// followUpsShown is how many of a commitment's latest follow-ups the
// public report shows; the rest are in the minutes.
const followUpsShown = 4

// answers returns the findings promise i answers, one per line, each with
// its place and the dialogue it came from.
func (l promiseLoop) answers(i int) safe {
	g, d := l.g, l.g.doc
	var out safe
	for _, df := range model.PromiseFindings(l.g.a.Promises[i], l.in.Dialogues) {
		from := source{model.KindDialogue, df.Dialogue.ID, df.Dialogue.Title}
		k := index("findings", findingIndex(df.Dialogue, df.Finding.ID))
		line := d.msg("promise.finding",
			"Place", string(g.z.line(from, k+".place", df.Finding.Place)),
			"Text", string(g.z.line(from, k+".text", df.Finding.Text)),
			"Kind", string(d.msg("dialogueKind."+string(df.Dialogue.Kind))),
			"Date", string(df.Dialogue.Date))
		if out != "" {
			out += "\n"
		}
		out += line
	}
	return out
}

func findingIndex(d *model.Dialogue, id string) int {
	for i, f := range d.Findings {
		if f.ID == id {
			return i
		}
	}
	return 0
}

// followedUp prints "Så följde vi upp": for each promise, the commitments
// that carry it out and their latest follow-ups up to the input's date.
// It prints nothing while no promise names a commitment.
func (l promiseLoop) followedUp() {
	g, d, a := l.g, l.g.doc, l.g.a
	// A löfte that names no commitments yet has nothing to report.
	if !slices.ContainsFunc(a.Promises, func(p model.Promise) bool { return len(p.CommitmentIDs) > 0 }) {
		return
	}
	d.ensure(40)
	d.heading(d.msg("promise.followUp.heading"))
	d.paragraph(d.msg("promise.followUp.intro"))
	parts := g.parts
	for i, p := range a.Promises {
		d.ensure(24)
		d.subheading(d.msg("promise.followUp.promise", "Number", i+1, "Text",
			string(g.text(index("promises", i)+".text", p.Text))))
		carried := model.PromiseFollowUps(p, l.in.Commitments, l.in.FollowUps, l.in.Until)
		if len(carried) == 0 {
			d.paragraph(d.msg("promise.followUp.noCommitments"))
			continue
		}
		t := newTable(d,
			column{d.msg("col.date"), 20},
			column{d.msg("col.commitment"), 58},
			column{d.msg("col.status"), 24},
			column{d.msg("col.comment"), d.contentW() - 102})
		for _, pf := range carried {
			c := pf.Commitment
			title := cell{spans: []span{{text: g.z.line(source{model.KindCommitment, c.ID, c.Title}, "title", c.Title), bold: true}}}
			if part := parts[c.PartID]; part != nil {
				title.spans = append(title.spans, span{text: g.z.line(source{model.KindPart, part.ID, part.Name}, "name", part.Name), grey: true})
			}
			fus := pf.FollowUps
			if len(fus) == 0 {
				t.row(text(""), title, text(d.msg("promise.followUp.none")), text(""))
				continue
			}
			fus = fus[max(0, len(fus)-followUpsShown):]
			for j, f := range fus {
				name := cell{}
				if j == 0 {
					name = title
				}
				status := cell{}
				if f.Status != "" {
					status.spans = append(status.spans, span{text: d.msg("status." + string(f.Status))})
				}
				if col, ok := lightColours[f.Light]; ok {
					status.dot = &col
				}
				from := source{model.KindFollowUp, f.ID, f.Label()}
				t.row(text(d.plain(string(f.Date))), name, status, text(g.z.block(from, "comment", f.Comment)))
			}
		}
		d.gap(2)
	}
	if l.in.Until != "" {
		d.font(8.5, false)
		d.color(grey)
		d.paragraph(d.msg("promise.followUp.asOf", "Date", string(l.in.Until)))
		d.color(black)
	}
}
