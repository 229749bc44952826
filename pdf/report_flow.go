package pdf

import (
	"strconv"
	"strings"

	"samverka/assets"
	"samverka/model"
	"samverka/pdf/flow"
)

// ReportFlow lays the uppföljningsrapport out as a flow document, for the
// Word version the kommun puts into its tjänsteutlåtande: the same
// sections, headings and figures as Report's PDF, the charts as charts.
func ReportFlow(in ReportInput) (*flow.Document, error) {
	lang := in.Lang
	if lang == "" {
		lang = "sv"
	}
	r := in.Report
	council := ""
	if in.Council != nil {
		council = in.Council.Name
	}
	date := r.Today
	if !date.Valid() {
		date = r.AsOf
	}
	f := &reportFlow{lang: lang, r: r, fd: &flow.Document{
		Kind: tr(lang, "report.kind"), Title: tr(lang, "report.kind"), Lang: lang, Author: council,
		Program: "Samverka " + in.ProgramVersion, Date: date.Time(),
		Subtitle:   council,
		FooterNote: tr(lang, "report.note", "From", string(r.From), "To", string(r.To), "AsOf", string(r.AsOf)),
	}}
	f.cover(in.ProgramVersion)
	f.attainment()
	f.work()
	f.resources()
	f.chair("outcomes.analysis", f.text().Analysis)
	f.tallies()
	f.lights()
	f.overdue()
	f.chair("outcomes.proposals", f.text().Proposals)
	f.warnings()
	return f.fd, nil
}

type reportFlow struct {
	lang string
	r    model.Report
	fd   *flow.Document
}

func (f *reportFlow) tr(key string, args ...any) string { return tr(f.lang, key, args...) }

func (f *reportFlow) text() model.ReportText {
	if f.r.Text == nil {
		return model.ReportText{}
	}
	return *f.r.Text
}

func (f *reportFlow) chair(key, s string) {
	if strings.TrimSpace(s) == "" {
		return
	}
	f.fd.H1(f.tr(key))
	for _, p := range strings.Split(s, "\n\n") {
		f.fd.P(strings.TrimSpace(p))
	}
}

func (f *reportFlow) cover(version string) {
	r := f.r
	f.fd.Add(&flow.Fields{Rows: [][2]string{
		{f.tr("report.period"), string(r.From) + " – " + string(r.To)},
		{f.tr("report.asof"), string(r.AsOf)},
		{f.tr("report.meetings"), strconv.Itoa(len(r.Meetings))},
		{f.tr("report.followups"), strconv.Itoa(r.FollowUps)},
		{f.tr("verify.program"), "Samverka " + version},
	}})
	f.fd.H1(f.tr("report.summary"))
	f.fd.P(strings.TrimSpace(f.text().Summary))
	f.fd.P(f.tr("report.summary.text", "AsOf", string(r.AsOf)))
	f.fd.Add(f.tallyTable(f.tr("col.area"), nil, true))
}

func (f *reportFlow) tallyNames() []string {
	names := []string{assets.Message(f.lang, "chain.tally.commitments", nil)}
	for _, k := range []string{"done", "onTrack", "atRisk", "late", "cancelled"} {
		names = append(names, assets.Message(f.lang, "chain.tally."+k, nil))
	}
	return names
}

// tallyTable returns a table of tallies, one row per name, and the total.
func (f *reportFlow) tallyTable(first string, rows []struct {
	name  string
	tally model.Tally
}, total bool) *flow.Table {
	t := &flow.Table{Header: append([]string{first}, f.tallyNames()...), Widths: []float64{3, 1.4, 1, 1, 1, 1, 1},
		Numeric: []bool{false, true, true, true, true, true, true}}
	add := func(name string, x model.Tally) {
		row := []string{name}
		for _, n := range append([]int{x.Commitments}, values(x)...) {
			row = append(row, strconv.Itoa(n))
		}
		t.Rows = append(t.Rows, row)
	}
	for _, r := range rows {
		add(r.name, r.tally)
	}
	if total {
		add(f.tr("report.total"), f.r.Total)
	}
	return t
}

func (f *reportFlow) areaName(a model.Area) string {
	if !a.Valid() {
		return f.tr("report.noarea")
	}
	if f.lang == "sv" {
		return a.Name()
	}
	return assets.Message(f.lang, a.Key(), nil)
}

func (f *reportFlow) attainmentName(a model.Attainment) string { return f.tr(a.Key()) }

func (f *reportFlow) attainment() {
	o := f.r.Outcomes
	f.fd.H1(f.tr("outcomes.heading"))
	f.fd.P(f.tr("outcomes.intro"))
	chart := &flow.Chart{Bars: true}
	effects, goals := attainmentValues(o.Effects), attainmentValues(o.Goals)
	chart.Series = []flow.Series{{Name: f.tr("outcomes.bar.effects", "Count", o.Effects.Total())}, {Name: f.tr("outcomes.bar.goals", "Count", o.Goals.Total())}}
	for i, a := range model.Attainments {
		chart.Columns = append(chart.Columns, f.attainmentName(a))
		e, g := float64(effects[i]), float64(goals[i])
		chart.Series[0].Values = append(chart.Series[0].Values, &e)
		chart.Series[1].Values = append(chart.Series[1].Values, &g)
	}
	f.fd.Add(chart)
	line := func(key string, t model.AttainmentTally) string {
		return f.tr(key, "Count", t.Total(), "Reached", t.Reached, "Better", t.Better,
			"Unchanged", t.Unchanged, "Worse", t.Worse, "Unmeasured", t.Unmeasured)
	}
	f.fd.P(line("outcomes.count.effects", o.Effects))
	f.fd.P(line("outcomes.count.goals", o.Goals))

	f.fd.H2(f.tr("outcomes.effects", "Count", len(o.EffectGoals)))
	if len(o.EffectGoals) == 0 {
		f.fd.P(f.tr("outcomes.noeffects"))
	} else {
		t := &flow.Table{Header: []string{f.tr("outcomes.col.problem"), f.tr("outcomes.col.indicator"), f.tr("outcomes.col.baseline"),
			f.tr("outcomes.col.target"), f.tr("outcomes.col.latest"), f.tr("outcomes.col.assessment")}, Widths: []float64{3, 3, 1.5, 1.5, 1.7, 1.7}}
		for _, e := range o.EffectGoals {
			last, ok := e.Latest()
			t.Rows = append(t.Rows, []string{e.Problem.Title, e.Goal.Indicator, figure(e.Goal.Baseline, f.lang) + " " + e.Goal.Unit,
				figure(e.Goal.Target, f.lang) + " " + e.Goal.Unit, f.reading(last, ok, e.Goal.Unit), f.attainmentName(e.Attainment)})
		}
		f.fd.Add(t)
	}
	f.fd.H2(f.tr("outcomes.goals", "Count", len(o.Indicators)))
	if len(o.Indicators) == 0 {
		f.fd.P(f.tr("outcomes.nogoals"))
	} else {
		t := &flow.Table{Header: []string{f.tr("col.commitment"), f.tr("col.part"), f.tr("outcomes.col.baseline"),
			f.tr("outcomes.col.target"), f.tr("outcomes.col.outcome"), f.tr("outcomes.col.assessment")}, Widths: []float64{3.2, 2, 1.5, 1.5, 1.7, 1.7}}
		for _, ir := range o.Indicators {
			c := ir.Commitment
			last, ok := ir.Latest()
			t.Rows = append(t.Rows, []string{c.Title + "\n" + c.Goal.Indicator, ir.Part, c.Goal.Baseline, c.Goal.Target,
				f.reading(last, ok, ""), f.attainmentName(ir.Attainment)})
		}
		f.fd.Add(t)
	}
	f.indicatorCharts()
	f.milestones()
}

func (f *reportFlow) reading(r model.Reading, ok bool, unit string) string {
	if !ok {
		return "–"
	}
	s := figure(r.Value, f.lang)
	if unit != "" {
		s += " " + unit
	}
	return s + " (" + string(r.Date) + ")"
}

// indicatorCharts draws each measured indicator as a trend of its utfall
// over the days measured, beside its utgångsvärde and målvärde.
func (f *reportFlow) indicatorCharts() {
	n := 0
	for _, ir := range f.r.Outcomes.Indicators {
		if len(ir.Readings) == 0 || n == maxIndicatorCharts {
			continue
		}
		if n == 0 {
			f.fd.H2(f.tr("outcomes.charts"))
			f.fd.P(f.tr("outcomes.charts.text"))
		}
		n++
		f.fd.Add(&flow.Paragraph{Text: ir.Commitment.Title, Strong: true})
		chart := &flow.Chart{Series: []flow.Series{{Name: f.tr("outcomes.col.outcome")}}}
		if ir.Goal.Known {
			chart.Series = append(chart.Series, flow.Series{Name: f.tr("outcomes.col.baseline")}, flow.Series{Name: f.tr("outcomes.col.target")})
		}
		for _, rd := range ir.Readings {
			chart.Columns = append(chart.Columns, string(rd.Date))
			v := rd.Value
			chart.Series[0].Values = append(chart.Series[0].Values, &v)
			if ir.Goal.Known {
				b, t := ir.Goal.Baseline, ir.Goal.Target
				chart.Series[1].Values = append(chart.Series[1].Values, &b)
				chart.Series[2].Values = append(chart.Series[2].Values, &t)
			}
		}
		f.fd.Add(chart)
	}
}

func (f *reportFlow) milestones() {
	o := f.r.Outcomes
	f.fd.H2(f.tr("outcomes.milestones", "Met", o.MilestonesMet, "Count", len(o.Milestones)))
	if len(o.Milestones) == 0 {
		f.fd.P(f.tr("outcomes.nomilestones"))
		return
	}
	f.fd.P(f.tr("outcomes.count.milestones", "Count", len(o.Milestones), "Met", o.MilestonesMet,
		"Late", o.MilestonesLate, "Ahead", len(o.Milestones)-o.MilestonesMet-o.MilestonesLate))
	t := &flow.Table{Header: []string{f.tr("outcomes.col.date"), f.tr("outcomes.col.milestone"), f.tr("col.commitment"), f.tr("outcomes.col.met")},
		Widths: []float64{1.2, 3, 3, 1.8}}
	for _, m := range o.Milestones {
		state := f.tr("outcomes.milestone.metOn", "Date", string(m.Met))
		switch {
		case m.Met == "" && m.Milestone.Date <= f.r.AsOf:
			state = f.tr("outcomes.milestone.late")
		case m.Met == "":
			state = f.tr("outcomes.milestone.ahead")
		}
		name := m.Milestone.Title
		if m.Milestone.Target != "" {
			name += " (" + m.Milestone.Target + ")"
		}
		t.Rows = append(t.Rows, []string{string(m.Milestone.Date), name, m.Commitment.Title, state})
	}
	f.fd.Add(t)
}

func (f *reportFlow) work() {
	o := f.r.Outcomes
	f.fd.H1(f.tr("outcomes.work"))
	if len(o.Work) == 0 {
		f.fd.P(f.tr("report.noparts"))
		return
	}
	f.fd.P(f.tr("outcomes.work.text"))
	for _, aw := range o.Work {
		f.fd.H2(f.areaName(aw.Area))
		t := &flow.Table{Header: []string{f.tr("col.part"), f.tr("col.commitment"), f.tr("outcomes.col.contributors"), f.tr("col.status")},
			Widths: []float64{2, 3, 2.5, 1.3}}
		for _, pw := range aw.Parts {
			name := pw.Name
			if name == "" {
				name = f.tr("report.unknownpart")
			}
			for _, it := range pw.Items {
				t.Rows = append(t.Rows, []string{name, it.Commitment.Title, strings.Join(it.Contributors, ", "), f.tr("status." + string(it.Status))})
			}
		}
		f.fd.Add(t)
	}
}

func (f *reportFlow) resources() {
	o := f.r.Outcomes
	f.fd.H1(f.tr("outcomes.resources"))
	if o.Resources.IsZero() {
		f.fd.P(f.tr("outcomes.noresources"))
		return
	}
	f.fd.P(f.tr("outcomes.resources.text"))
	table := func(first string) *flow.Table {
		return &flow.Table{Header: []string{first, f.tr("outcomes.col.estimatedHours"), f.tr("outcomes.col.usedHours"),
			f.tr("outcomes.col.estimatedKronor"), f.tr("outcomes.col.usedKronor")}, Widths: []float64{3, 1, 1, 1, 1},
			Numeric: []bool{false, true, true, true, true}}
	}
	row := func(name string, r model.Resources) []string {
		return []string{name, amount(r.EstimatedHours, f.lang), amount(r.UsedHours, f.lang), amount(r.EstimatedKronor, f.lang), amount(r.UsedKronor, f.lang)}
	}
	t := table(f.tr("col.area"))
	for _, a := range o.ResourcesByArea {
		t.Rows = append(t.Rows, row(f.areaName(a.Area), a.Resources))
	}
	t.Rows = append(t.Rows, row(f.tr("report.total"), o.Resources))
	f.fd.Add(t)
	t = table(f.tr("col.part"))
	for _, p := range o.ResourcesByPart {
		name := p.Name
		if name == "" {
			name = f.tr("report.unknownpart")
		}
		t.Rows = append(t.Rows, row(name, p.Resources))
	}
	t.Rows = append(t.Rows, row(f.tr("report.total"), o.Resources))
	f.fd.Add(t)
}

func (f *reportFlow) tallies() {
	var areas, parts []struct {
		name  string
		tally model.Tally
	}
	for _, a := range f.r.Areas {
		areas = append(areas, struct {
			name  string
			tally model.Tally
		}{f.areaName(a.Area), a.Tally})
	}
	for _, p := range f.r.Parts {
		name := p.Name
		if name == "" {
			name = f.tr("report.unknownpart")
		}
		parts = append(parts, struct {
			name  string
			tally model.Tally
		}{name, p.Tally})
	}
	f.fd.H1(f.tr("report.byarea"))
	f.fd.Add(f.tallyTable(f.tr("col.area"), areas, true))
	f.fd.H1(f.tr("report.bypart"))
	if len(parts) == 0 {
		f.fd.P(f.tr("report.noparts"))
		return
	}
	f.fd.Add(f.tallyTable(f.tr("col.part"), parts, true))
}

func (f *reportFlow) lights() {
	f.fd.H1(f.tr("report.lights"))
	if len(f.r.Meetings) == 0 {
		f.fd.P(f.tr("report.nomeetings"))
		return
	}
	f.fd.P(f.tr("report.lights.text"))
	chart := &flow.Chart{Bars: true, Series: []flow.Series{{Name: f.tr("light.gron")}, {Name: f.tr("light.gul")}, {Name: f.tr("light.rod")}}}
	for _, m := range f.r.Meetings {
		label := ""
		if m.Meeting != nil {
			label = string(m.Meeting.Date)
		}
		chart.Columns = append(chart.Columns, label)
		for i, n := range []int{m.Green, m.Yellow, m.Red} {
			v := float64(n)
			chart.Series[i].Values = append(chart.Series[i].Values, &v)
		}
	}
	f.fd.Add(chart)
}

func (f *reportFlow) overdue() {
	f.fd.H1(f.tr("report.overdue", "Count", len(f.r.Overdue)))
	if len(f.r.Overdue) == 0 {
		f.fd.P(f.tr("report.nooverdue"))
		return
	}
	t := &flow.Table{Header: []string{f.tr("col.commitment"), f.tr("col.part"), f.tr("col.contact"), f.tr("col.due"),
		f.tr("report.col.days"), f.tr("col.status")}, Widths: []float64{3, 2.2, 1.7, 1.3, 0.9, 1.4},
		Numeric: []bool{false, false, false, false, true, false}}
	for _, o := range f.r.Overdue {
		if o.Commitment == nil {
			continue
		}
		t.Rows = append(t.Rows, []string{o.Commitment.Title, o.Part, o.Contact, string(o.Commitment.Due),
			strconv.Itoa(o.DaysLate), f.tr("status." + string(o.Status))})
	}
	f.fd.Add(t)
}

func (f *reportFlow) warnings() {
	ws := f.r.Warnings
	f.fd.H1(f.tr("chain.heading", "Count", len(ws)))
	if len(ws) == 0 {
		f.fd.P(f.tr("chain.none", "Today", string(f.r.Today)))
		return
	}
	f.fd.P(f.tr("chain.intro", "Today", string(f.r.Today)))
	for i, w := range ws {
		f.fd.P(strconv.Itoa(i+1) + ". " + assets.Message(f.lang, w.Key(), w.Args))
	}
}
