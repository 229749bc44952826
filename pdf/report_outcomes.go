package pdf

import (
	"strings"

	"samverka/assets"
	"samverka/model"
)

// placedChart is an indicator chart as drawn: where, and of what. The
// tests find the chart's points on the rendered page by it.
type placedChart struct {
	page     int
	area     box
	readings []model.Reading
	goal     model.NumericGoal
}

// maxIndicatorCharts is the most indicator charts a report draws: a
// council's report shows every measured commitment, a city's roll-up the
// first in report order, and its table still lists them all.
const maxIndicatorCharts = 24

// Colours of the måluppfyllelse charts, in model.Attainments order:
// reached, the right direction, unchanged, the wrong direction, not
// measured.
var attainmentColours = map[model.Attainment][3]int{
	model.AttainmentReached:    assets.Green.Ints(),
	model.AttainmentBetter:     assets.LightGreen.Ints(),
	model.AttainmentUnchanged:  assets.Yellow.Ints(),
	model.AttainmentWorse:      assets.Red.Ints(),
	model.AttainmentUnmeasured: assets.NoLightGrey.Ints(),
}

// attainmentSeries returns the måluppfyllelse chart's series.
func (d *doc) attainmentSeries() []series {
	var out []series
	for _, a := range model.Attainments {
		out = append(out, series{d.msg(a.Key()), attainmentColours[a]})
	}
	return out
}

func attainmentValues(t model.AttainmentTally) []int {
	var out []int
	for _, a := range model.Attainments {
		out = append(out, t.Count(a))
	}
	return out
}

// chairText prints one of the chair's texts of the report under heading;
// nothing when it is empty.
func (g *reportDoc) chairText(heading safe, field, s string) {
	t := g.r.Text
	if t == nil || strings.TrimSpace(s) == "" {
		return
	}
	g.heading(heading)
	g.paragraph(g.z.block(source{model.KindReportText, t.ID, t.Label()}, field, s))
}

// attainment prints the måluppfyllelse: a chart of how the effect goals
// and the commitments' goals moved, a table of each, the indicators drawn
// over time, and the delmål.
func (g *reportDoc) attainment() {
	d, o := g.doc, g.r.Outcomes
	d.heading(d.msg("outcomes.heading"))
	d.paragraph(d.msg("outcomes.intro"))
	d.gap(2)
	list := d.attainmentSeries()
	bars := [][]int{attainmentValues(o.Effects), attainmentValues(o.Goals)}
	labels := []safe{
		d.msg("outcomes.bar.effects", "Count", o.Effects.Total()),
		d.msg("outcomes.bar.goals", "Count", o.Goals.Total()),
	}
	const h = 20.0
	d.ensure(h + 10)
	y := d.pdf.GetY()
	d.barChart(box{marginX, y, d.contentW(), h}, list, bars, labels, max(o.Effects.Total(), o.Goals.Total(), 1))
	d.legend(marginX, y+h+1.5, list)
	d.pdf.SetXY(marginX, y+h+7)
	d.paragraph(d.attainmentLine("outcomes.count.effects", o.Effects))
	d.paragraph(d.attainmentLine("outcomes.count.goals", o.Goals))

	g.effectGoals()
	g.indicators()
	g.indicatorCharts()
	g.milestones()
}

// attainmentLine says in words how many goals of a tally moved which
// way: "Av 60 mål med indikator är 12 uppnådda, …".
func (d *doc) attainmentLine(key string, t model.AttainmentTally) safe {
	return d.msg(key, "Count", t.Total(), "Reached", t.Reached, "Better", t.Better,
		"Unchanged", t.Unchanged, "Worse", t.Worse, "Unmeasured", t.Unmeasured)
}

// assessment returns a cell with the attainment's name after a dot of its
// colour.
func (d *doc) assessment(a model.Attainment) cell {
	c := attainmentColours[a]
	return cell{spans: []span{{text: d.msg(a.Key())}}, dot: &c}
}

// reading writes a value and the day it was measured, or a dash.
func (d *doc) reading(r model.Reading, ok bool, unit string) safe {
	if !ok {
		return "–"
	}
	s := figure(r.Value, d.info.lang)
	if unit != "" {
		s += " " + unit
	}
	return d.plain(s + "\n" + string(r.Date))
}

func (g *reportDoc) effectGoals() {
	d, o := g.doc, g.r.Outcomes
	t := d.resultTable(d.subheading, d.msg("outcomes.effects", "Count", len(o.EffectGoals)), len(o.EffectGoals), d.msg("outcomes.noeffects"),
		column{d.msg("outcomes.col.problem"), 41},
		column{d.msg("outcomes.col.indicator"), 36},
		column{d.msg("outcomes.col.baseline"), 25},
		column{d.msg("outcomes.col.target"), 21},
		column{d.msg("outcomes.col.latest"), 21},
		column{d.msg("outcomes.col.assessment"), 26})
	if t == nil {
		return
	}
	for _, e := range o.EffectGoals {
		from := source{model.KindProblem, e.Problem.ID, e.Problem.Title}
		unit := string(d.z.line(from, "effectGoals.unit", e.Goal.Unit))
		// The target in the unit of the baseline: "22 %", not "22".
		target := figure(e.Goal.Target, d.info.lang)
		if unit != "" {
			target += " " + unit
		}
		if e.Goal.Date != "" {
			target += "\n" + string(d.msg("outcomes.by", "Date", string(e.Goal.Date)))
		}
		last, ok := e.Latest()
		t.row(cell{spans: []span{{text: d.z.line(from, "title", e.Problem.Title), bold: true}}},
			text(d.z.line(from, "effectGoals.indicator", e.Goal.Indicator)),
			text(d.plain(figure(e.Goal.Baseline, d.info.lang)+" "+unit)),
			text(d.plain(target)),
			text(d.reading(last, ok, unit)),
			d.assessment(e.Attainment))
	}
}

func (g *reportDoc) indicators() {
	d, o := g.doc, g.r.Outcomes
	t := d.resultTable(d.subheading, d.msg("outcomes.goals", "Count", len(o.Indicators)), len(o.Indicators), d.msg("outcomes.nogoals"),
		column{d.msg("col.commitment"), 41},
		column{d.msg("col.part"), 34},
		column{d.msg("outcomes.col.baseline"), 25},
		column{d.msg("outcomes.col.target"), 21},
		column{d.msg("outcomes.col.outcome"), 23},
		column{d.msg("outcomes.col.assessment"), 26})
	if t == nil {
		return
	}
	for _, ir := range o.Indicators {
		c := ir.Commitment
		from := source{model.KindCommitment, c.ID, c.Title}
		last, ok := ir.Latest()
		t.row(cell{spans: []span{{text: d.z.line(from, "title", c.Title), bold: true},
			{text: d.z.line(from, "goal.indicator", c.Goal.Indicator), grey: true}}},
			text(d.z.line(source{model.KindPart, c.PartID, ir.Part}, "name", ir.Part)),
			text(d.z.line(from, "goal.baseline", c.Goal.Baseline)),
			text(d.z.line(from, "goal.target", c.Goal.Target)),
			text(d.reading(last, ok, "")),
			d.assessment(ir.Attainment))
	}
}

// indicatorCharts draws the measured indicators over time, two charts to
// a row, each under its commitment's title.
func (g *reportDoc) indicatorCharts() {
	d, o := g.doc, g.r.Outcomes
	var measured []model.IndicatorResult
	for _, ir := range o.Indicators {
		if len(ir.Readings) > 0 {
			measured = append(measured, ir)
		}
	}
	if len(measured) == 0 {
		return
	}
	d.subheading(d.msg("outcomes.charts"))
	d.paragraph(d.msg("outcomes.charts.text"))
	d.gap(1)
	d.legend(marginX, d.pdf.GetY(), []series{
		{d.msg("outcomes.col.outcome"), outcomeBlue},
		{d.msg("outcomes.col.baseline"), baselineGrey},
		{d.msg("outcomes.col.target"), targetGreen},
	})
	d.pdf.SetXY(marginX, d.pdf.GetY()+6)
	const gap, titleH, chartH = 8.0, 7.0, 34.0
	w := (d.contentW() - gap) / 2
	p := d.pdf
	for i, ir := range measured[:min(len(measured), maxIndicatorCharts)] {
		col := i % 2
		if col == 0 {
			d.ensure(titleH + chartH + 3)
		}
		y := p.GetY()
		x := marginX + float64(col)*(w+gap)
		c := ir.Commitment
		title := d.z.line(source{model.KindCommitment, c.ID, c.Title}, "title", c.Title)
		d.font(7.5, true)
		lines := p.SplitText(string(title), w)
		if len(lines) > 2 {
			lines = []string{lines[0], string(fitWidth(d, safe(lines[1]+" …"), w))}
		}
		for k, l := range lines {
			p.SetXY(x, y+float64(k)*3.3)
			p.CellFormat(w, 3.3, l, "", 0, "L", false, 0, "")
		}
		area := box{x, y + titleH, w, chartH}
		d.indicatorChart(area, ir.Readings, ir.Goal)
		g.charts = append(g.charts, placedChart{page: p.PageNo(), area: area, readings: ir.Readings, goal: ir.Goal})
		if col == 1 || i == len(measured)-1 || i == maxIndicatorCharts-1 {
			p.SetXY(marginX, y+titleH+chartH+3)
		} else {
			p.SetXY(marginX, y)
		}
	}
	if len(measured) > maxIndicatorCharts {
		d.paragraph(d.msg("outcomes.charts.more", "Count", len(measured)-maxIndicatorCharts))
	}
}

func (g *reportDoc) milestones() {
	d, o := g.doc, g.r.Outcomes
	d.subheading(d.msg("outcomes.milestones", "Met", o.MilestonesMet, "Count", len(o.Milestones)))
	if len(o.Milestones) == 0 {
		d.paragraph(d.msg("outcomes.nomilestones"))
		return
	}
	notDue := len(o.Milestones) - o.MilestonesMet - o.MilestonesLate
	list := []series{
		{d.msg("outcomes.milestone.met"), attainmentColours[model.AttainmentReached]},
		{d.msg("outcomes.milestone.late"), attainmentColours[model.AttainmentWorse]},
		{d.msg("outcomes.milestone.ahead"), attainmentColours[model.AttainmentUnmeasured]},
	}
	const h = 10.0
	d.ensure(h + 10)
	y := d.pdf.GetY()
	d.barChart(box{marginX, y, d.contentW(), h}, list, [][]int{{o.MilestonesMet, o.MilestonesLate, notDue}},
		[]safe{d.msg("outcomes.bar.milestones")}, max(len(o.Milestones), 1))
	d.legend(marginX, y+h+1.5, list)
	d.pdf.SetXY(marginX, y+h+7)
	d.paragraph(d.msg("outcomes.count.milestones", "Count", len(o.Milestones), "Met", o.MilestonesMet,
		"Late", o.MilestonesLate, "Ahead", notDue))
	d.gap(2)
	t := newTable(d,
		column{d.msg("outcomes.col.date"), 21},
		column{d.msg("outcomes.col.milestone"), 55},
		column{d.msg("col.commitment"), 62},
		column{d.msg("outcomes.col.met"), 32})
	t.size = 8
	for _, m := range o.Milestones {
		c := m.Commitment
		from := source{model.KindCommitment, c.ID, c.Title}
		name := d.z.line(from, "milestones.title", m.Milestone.Title)
		if m.Milestone.Target != "" {
			name += safe(" (") + d.z.line(from, "milestones.target", m.Milestone.Target) + ")"
		}
		state := cell{spans: []span{{text: d.msg("outcomes.milestone.metOn", "Date", string(m.Met))}}}
		colour := attainmentColours[model.AttainmentReached]
		switch {
		case m.Met == "" && m.Milestone.Date <= g.r.AsOf:
			state = cell{spans: []span{{text: d.msg("outcomes.milestone.late")}}}
			colour = attainmentColours[model.AttainmentWorse]
		case m.Met == "":
			state = cell{spans: []span{{text: d.msg("outcomes.milestone.ahead")}}}
			colour = attainmentColours[model.AttainmentUnmeasured]
		}
		state.dot = &colour
		t.row(text(d.plain(string(m.Milestone.Date))), text(name),
			text(d.z.line(from, "title", c.Title)), state)
	}
}

// work lists what was done in each priority area, part by part: every
// commitment once, under the part responsible for it, naming the parts
// that take part.
func (g *reportDoc) work() {
	d, o := g.doc, g.r.Outcomes
	d.heading(d.msg("outcomes.work"))
	if len(o.Work) == 0 {
		d.paragraph(d.msg("report.noparts"))
		return
	}
	d.paragraph(d.msg("outcomes.work.text"))
	for _, aw := range o.Work {
		d.subheading(g.areaName(aw.Area))
		t := newTable(d,
			column{d.msg("col.commitment"), 70},
			column{d.msg("outcomes.col.contributors"), 60},
			column{d.msg("col.status"), 40})
		t.size = 8
		for _, pw := range aw.Parts {
			name := d.msg("report.unknownpart")
			if pw.Name != "" {
				name = d.z.line(source{model.KindPart, pw.PartID, pw.Name}, "name", pw.Name)
			}
			t.band(d.msg("outcomes.responsible", "Part", string(name)))
			for _, it := range pw.Items {
				c := it.Commitment
				from := source{model.KindCommitment, c.ID, c.Title}
				others := make([]string, 0, len(it.Contributors))
				for i, n := range it.Contributors {
					others = append(others, string(d.z.line(source{model.KindCommitment, c.ID, c.Title}, index("contributors", i), n)))
				}
				with := safe("–")
				if len(others) > 0 {
					with = d.plain(strings.Join(others, ", "))
				}
				t.row(cell{spans: []span{{text: d.z.line(from, "title", c.Title), bold: true}}}, text(with),
					d.statusCell(it.Status, it.Light, ""))
			}
		}
	}
}

// resources prints the estimated and used hours and kronor per area and
// per part.
func (g *reportDoc) resources() {
	d, o := g.doc, g.r.Outcomes
	d.heading(d.msg("outcomes.resources"))
	if o.Resources.IsZero() {
		d.paragraph(d.msg("outcomes.noresources"))
		return
	}
	d.paragraph(d.msg("outcomes.resources.text"))
	newResourceTable := func(first safe) *table {
		const w = 27.5
		t := newTable(d, column{first, d.contentW() - 4*w},
			column{d.msg("outcomes.col.estimatedHours"), w}, column{d.msg("outcomes.col.usedHours"), w},
			column{d.msg("outcomes.col.estimatedKronor"), w}, column{d.msg("outcomes.col.usedKronor"), w})
		t.size = 8
		return t
	}
	row := func(t *table, name safe, r model.Resources, bold bool) {
		cells := []cell{{spans: []span{{text: name, bold: bold}}}}
		for _, v := range []float64{r.EstimatedHours, r.UsedHours, r.EstimatedKronor, r.UsedKronor} {
			cells = append(cells, cell{spans: []span{{text: d.plain(amount(v, d.info.lang)), bold: bold, right: true}}})
		}
		t.row(cells...)
	}
	t := newResourceTable(d.msg("col.area"))
	for _, a := range o.ResourcesByArea {
		row(t, g.areaName(a.Area), a.Resources, false)
	}
	row(t, d.msg("report.total"), o.Resources, true)
	d.gap(4)
	t = newResourceTable(d.msg("col.part"))
	for _, p := range o.ResourcesByPart {
		name := d.msg("report.unknownpart")
		if p.Name != "" {
			name = d.z.line(source{model.KindPart, p.PartID, p.Name}, "name", p.Name)
		}
		row(t, name, p.Resources, false)
	}
	row(t, d.msg("report.total"), o.Resources, true)
}

// amount writes hours or kronor with a space between the thousands, as
// Swedish does: "12 500". Zero is written as a dash.
func amount(v float64, lang string) string {
	if v == 0 {
		return "–"
	}
	s := figure(v, lang)
	whole, frac, _ := strings.Cut(strings.Replace(s, ",", ".", 1), ".")
	neg := strings.HasPrefix(whole, "-")
	whole = strings.TrimPrefix(whole, "-")
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			if lang == "en" {
				b.WriteByte(',')
			} else {
				b.WriteRune('\u00a0')
			}
		}
		b.WriteRune(c)
	}
	out := b.String()
	if neg {
		out = "-" + out
	}
	if frac != "" {
		if lang == "en" {
			out += "." + frac
		} else {
			out += "," + frac
		}
	}
	return out
}
