package pdf

import (
	"strings"

	"samverka/assets"
	"samverka/model"
	"samverka/pdf/flow"
)

// Finished says which finished commitments a plan shows; the rule is
// model.Plan.Shows, shared with the screen.
type Finished = model.Finished

// The choices of Finished.
const (
	FinishedRecent = model.FinishedRecent
	FinishedAll    = model.FinishedAll
	FinishedNone   = model.FinishedNone
)

// PlanInput is what the åtgärdsplan is made from: the plan model.BuildPlan
// laid out, and the council it belongs to.
type PlanInput struct {
	Council  *model.Council // may be nil
	Plan     model.Plan
	Finished Finished
	// ProgramVersion is printed on the first page, "1.2.0".
	ProgramVersion string
	// Lang is the language of headings: "sv" (the default) or "en".
	Lang string
	// Outline, when set, receives the document as a flow.Document while
	// it is drawn, for the Word version (see docx).
	Outline *flow.Document
	// Public leaves out the problems and causes that are not Öppen, and
	// the gaps in the chain, which name them.
	Public bool
}

// PlanInputFrom gathers the åtgärdsplan of ds as of today; the caller
// sets only Finished, ProgramVersion and Lang.
func PlanInputFrom(ds *model.Dataset, today model.Date) PlanInput {
	in := PlanInput{Plan: model.BuildPlan(ds, today)}
	if ds != nil {
		in.Council = ds.Council
	}
	return in
}

// planDoc is an åtgärdsplan being made.
type planDoc struct {
	*doc
	in    PlanInput
	since model.Date // finished commitments before it are left out; "" for none
	t     *table
}

// Plan returns the PDF of the åtgärdsplan: a landscape table in the grid
// Brå uses, cause → åtgärd → operativt mål → när → vem → uppföljning,
// grouped per problem, with the header on every page and no row cut by a
// page break; then where the chain is broken.
func Plan(in PlanInput) ([]byte, Warnings, error) {
	if in.Public {
		in.Plan = model.PublicPlan(in.Plan)
	}
	today := in.Plan.Today
	council := ""
	if in.Council != nil {
		council = in.Council.Name
	}
	d, err := newDoc(docInfo{lang: in.Lang, author: council, program: programName(in.ProgramVersion),
		date: today.Time(), landscape: true, outline: in.Outline})
	if err != nil {
		return nil, nil, err
	}
	g := &planDoc{doc: d, in: in, since: in.Plan.FinishedSince(in.Finished)}
	d.info.kind = string(d.msg("plan.kind"))
	d.info.title = string(d.msg("plan.subject", "Today", string(today)))
	d.info.subject = d.info.kind
	d.info.note = string(d.msg("plan.note", "Today", string(today)))
	d.pdf.SetTitle(d.info.title, true)
	d.pdf.SetSubject(d.info.subject, true)

	g.cover()
	g.table()
	d.chainWarnings(g.warnings(), today)
	return d.finish()
}

// warnings returns the plan's chain warnings but those about commitments
// the plan leaves out.
func (g *planDoc) warnings() []model.Warning {
	left := map[string]bool{}
	for _, grp := range g.in.Plan.Groups {
		for _, r := range grp.Rows {
			if !g.shown(r) {
				left[r.Commitment.ID] = true
			}
		}
	}
	var out []model.Warning
	for _, w := range g.in.Plan.Warnings {
		if w.Kind != model.KindCommitment || !left[w.ID] {
			out = append(out, w)
		}
	}
	return out
}

// shown reports whether the plan shows row's commitment.
func (g *planDoc) shown(r model.PlanRow) bool { return g.in.Plan.Shows(r, g.in.Finished) }

func (g *planDoc) cover() {
	d, plan := g.doc, g.in.Plan
	d.councilLine(g.in.Council)
	d.title(d.msg("plan.kind"))
	d.gap(3)
	problems, shown, hidden := 0, 0, 0
	for _, grp := range plan.Groups {
		if grp.Problem != nil {
			problems++
		}
		for _, r := range grp.Rows {
			switch {
			case r.Commitment == nil:
			case g.shown(r):
				shown++
			default:
				hidden++
			}
		}
	}
	d.field(d.msg("report.asof"), d.plain(string(plan.Today)))
	d.field(d.msg("plan.contents"), d.msg("plan.counts", "Problems", problems, "Commitments", shown))
	d.programField(g.in.ProgramVersion)
	d.gap(2)
	switch {
	case g.in.Finished == FinishedAll:
		d.paragraph(d.msg("plan.scope.all"))
	case g.in.Finished == FinishedNone:
		d.paragraph(d.msg("plan.scope.open"))
	case g.since != "":
		d.paragraph(d.msg("plan.scope.recent", "Since", string(g.since)))
	}
	if hidden > 0 {
		d.paragraph(d.msg("plan.hidden", "Count", hidden))
	}
	var holds []model.Marking
	for _, grp := range plan.Groups {
		holds = append(holds, model.GroupMarking(grp))
	}
	d.paragraph(d.plain(versionLine(d.info.lang, g.in.Public, holds)))
	d.gap(3)
}

func (g *planDoc) table() {
	d := g.doc
	if len(g.in.Plan.Groups) == 0 {
		d.paragraph(d.msg("plan.empty"))
		return
	}
	g.t = newTable(d,
		column{d.msg("col.number"), 9},
		column{d.msg("plan.col.cause"), 44},
		column{d.msg("plan.col.commitment"), 52},
		column{d.msg("plan.col.goal"), 40},
		column{d.msg("plan.col.when"), 21},
		column{d.msg("plan.col.who"), 37},
		column{d.msg("plan.col.followup"), 54})
	// A smaller print than other tables: the plan is long, and a row
	// holds six texts side by side.
	g.t.size, g.t.lineH = 8, 3.8
	for _, grp := range g.in.Plan.Groups {
		d.setClass(classMark(d.info.lang, model.GroupMarking(grp)))
		g.problem(grp)
	}
	d.setClass(nil)
}

// planLine is one row of the printed plan.
type planLine struct {
	row model.PlanRow
	// first marks the first row of its cause, which prints the cause's
	// description; the rows after it print only its number.
	first bool
	// hidden counts, for a cause whose every commitment is left out, the
	// commitments left out.
	hidden int
}

// lines returns the rows of a group the plan shows.
func (g *planDoc) lines(grp model.PlanGroup) []planLine {
	var out []planLine
	shown := map[string]bool{} // cause id → has a row
	hidden := map[string]int{}
	for i, r := range grp.Rows {
		id := ""
		if r.Cause != nil {
			id = r.Cause.ID
		}
		if g.shown(r) {
			out = append(out, planLine{row: r, first: id == "" || !shown[id]})
			shown[id] = true
		} else {
			hidden[id]++
		}
		// A cause's rows come together; one whose every commitment is
		// left out still shows, saying so.
		last := i+1 == len(grp.Rows) || grp.Rows[i+1].Cause != r.Cause
		if id != "" && last && !shown[id] {
			out = append(out, planLine{row: model.PlanRow{Cause: r.Cause, CauseLabel: r.CauseLabel},
				first: true, hidden: hidden[id]})
		}
	}
	return out
}

// problem prints one group: its band, then its rows.
func (g *planDoc) problem(grp model.PlanGroup) {
	d, t := g.doc, g.t
	band := g.band(grp)
	lines := g.lines(grp)
	hidden := 0
	for _, r := range grp.Rows {
		if !g.shown(r) {
			hidden++
		}
	}
	var first []cell
	switch {
	case len(lines) > 0:
		first = g.cells(lines[0])
	case grp.Problem == nil && hidden > 0:
		return // the unlinked commitments are all left out
	case hidden > 0:
		first = g.cells(planLine{hidden: hidden})
	default:
		first = []cell{{}, {spans: []span{{text: d.msg("plan.nocauses"), grey: true}}},
			{spans: []span{{text: d.msg("plan.nocommitment"), grey: true}}}}
	}
	goals := g.effectGoals(grp)
	// The band stays with the effect goals and the first row.
	need := t.height(1) + t.needs(first...)
	for _, cells := range goals {
		need += t.needs(cells...)
	}
	if t.pending {
		d.ensure(t.headerHeight() + need)
	} else if d.room() < need {
		d.pdf.AddPage()
		t.header()
	}
	t.band(band)
	for _, cells := range goals {
		t.row(cells...)
	}
	if len(lines) == 0 {
		t.row(first...)
	}
	for i, l := range lines {
		cells := first
		if i > 0 {
			cells = g.cells(l)
		}
		if !t.fits(cells...) {
			// On a new page the problem's band and the cause come again.
			d.pdf.AddPage()
			t.header()
			t.band(band + " " + d.msg("plan.continued"))
			if !l.first && l.row.Cause != nil {
				l.first = true
				cells = g.cells(l)
			}
		}
		t.row(cells...)
	}
}

// effectGoals returns a row for each of the problem's effektmål, printed
// under its band above its measures: the indicator, from the utgångsvärde
// to the målvärde, by when.
func (g *planDoc) effectGoals(grp model.PlanGroup) [][]cell {
	d, p := g.doc, grp.Problem
	if p == nil {
		return nil
	}
	from := source{model.KindProblem, p.ID, p.Title}
	var out [][]cell
	for i, e := range p.EffectGoals {
		f := index("effectGoals", i) + "."
		unit := string(d.z.line(from, f+"unit", e.Unit))
		value := func(v float64) string { return strings.TrimSpace(figure(v, d.info.lang) + " " + unit) }
		label := cell{spans: []span{{text: d.msg("plan.effectGoal"), bold: true}}}
		what := cell{spans: []span{{text: d.z.line(from, f+"indicator", e.Indicator)}}}
		goal := cell{spans: []span{{text: d.plain(value(e.Baseline) + " → " + value(e.Target)), bold: true}}}
		if e.Date != "" {
			goal.spans = append(goal.spans, span{text: d.msg("plan.goal.date", "Date", string(e.Date)), grey: true})
		}
		out = append(out, []cell{{}, label, what, goal, {}, {}, {}})
	}
	return out
}

// band returns the text of a group's band: the problem's rank and title
// and its lägesbild.
func (g *planDoc) band(grp model.PlanGroup) safe {
	d, p := g.doc, grp.Problem
	if p == nil {
		return d.plain(assets.Message(d.info.lang, "chain.unlinkedGroup", nil))
	}
	title := string(d.z.line(source{model.KindProblem, p.ID, p.Title}, "title", p.Title))
	s := d.msg("plan.problem", "Title", title)
	if p.Rank > 0 {
		s = d.msg("plan.problem.rank", "Rank", p.Rank, "Title", title)
	}
	if sit := grp.Situation; sit != nil {
		from := source{model.KindSituation, sit.ID, sit.Title}
		s += " · " + d.msg("plan.situation", "Title", string(d.z.line(from, "title", sit.Title)), "Date", string(sit.Date))
	}
	return s
}

// cells returns the cells of a plan row: the cause's number and text,
// then the commitment's five columns.
func (g *planDoc) cells(l planLine) []cell {
	d, r := g.doc, l.row
	greyText := func(s safe) cell { return cell{spans: []span{{text: s, grey: true}}} }
	var number, cause cell
	switch {
	case r.Cause != nil && l.first:
		from := source{model.KindCause, r.Cause.ID, r.Cause.Description}
		number.spans = []span{{text: d.plain(r.CauseLabel), bold: true}}
		cause.spans = []span{{text: d.z.block(from, "description", r.Cause.Description)}}
	case r.Cause != nil:
		number.spans = []span{{text: d.plain(r.CauseLabel), grey: true}}
	default:
		cause = greyText(d.plain(assets.Message(d.info.lang, "chain.noCause", nil)))
	}
	c := r.Commitment
	if c == nil {
		if l.hidden > 0 {
			return []cell{number, cause, greyText(d.msg("plan.hiddenrow", "Count", l.hidden))}
		}
		return []cell{number, cause, greyText(d.msg("plan.nocommitment"))}
	}
	from := source{model.KindCommitment, c.ID, c.Title}
	what := cell{spans: []span{{text: d.z.line(from, "title", c.Title), bold: true}}}
	if c.Description != "" {
		what.spans = append(what.spans, span{text: d.z.block(from, "description", c.Description)})
	}
	if c.OneOff {
		what.spans = append(what.spans, span{text: d.msg("plan.oneoff"), grey: true})
	}
	return []cell{number, cause, what, g.goal(from, c.Goal), g.when(r), g.who(r), g.followUp(r)}
}

// goal returns the operational goal: indicator, baseline → target, date.
func (g *planDoc) goal(from source, goal model.Goal) cell {
	d := g.doc
	if goal.IsZero() {
		return cell{spans: []span{{text: d.msg("plan.nogoal"), grey: true}}}
	}
	var c cell
	if goal.Indicator != "" {
		c.spans = append(c.spans, span{text: d.z.line(from, "goal.indicator", goal.Indicator)})
	}
	base := d.z.line(from, "goal.baseline", goal.Baseline)
	target := d.z.line(from, "goal.target", goal.Target)
	switch {
	case base != "" && target != "":
		c.spans = append(c.spans, span{text: base + " → " + target, bold: true})
	case target != "":
		c.spans = append(c.spans, span{text: d.msg("plan.goal.target", "Text", string(target)), bold: true})
	case base != "":
		c.spans = append(c.spans, span{text: d.msg("plan.goal.baseline", "Text", string(base))})
	}
	if goal.Date != "" {
		c.spans = append(c.spans, span{text: d.msg("plan.goal.date", "Date", string(goal.Date)), grey: true})
	}
	return c
}

// when returns the commitment's start and due date, and whether it is past due.
func (g *planDoc) when(r model.PlanRow) cell {
	d, c := g.doc, r.Commitment
	var s string
	switch {
	case c.Start != "" && c.Due != "":
		s = string(c.Start) + " – " + string(c.Due)
	case c.Start != "":
		s = string(c.Start) + " –"
	case c.Due != "":
		s = "– " + string(c.Due)
	}
	out := cell{spans: []span{{text: d.plain(s)}}}
	if r.Overdue {
		out.spans = append(out.spans, span{text: d.msg("plan.overdue"), bold: true})
	}
	return out
}

// who returns the responsible part and its contact person.
func (g *planDoc) who(r model.PlanRow) cell {
	d, c := g.doc, r.Commitment
	var out cell
	if r.Part != "" {
		out.spans = append(out.spans, span{text: d.z.line(source{model.KindPart, c.PartID, r.Part}, "name", r.Part)})
	}
	if r.Contact != "" {
		from := source{model.KindRepresentative, c.ContactID, r.Contact}
		out.spans = append(out.spans, span{text: d.z.line(from, "name", r.Contact), grey: true})
	}
	return out
}

// followUp returns where the commitment stands: the latest light as a
// dot, the status, and the latest follow-up's date and comment.
func (g *planDoc) followUp(r model.PlanRow) cell {
	d, f := g.doc, r.Latest
	if f == nil {
		return d.statusCell(r.Status, r.Light, d.msg("plan.nofollowup"))
	}
	more := d.plain(string(f.Date))
	if f.Comment != "" {
		more += ": " + d.z.block(source{model.KindFollowUp, f.ID, f.Label()}, "comment", f.Comment)
	}
	return d.statusCell(r.Status, r.Light, more)
}
