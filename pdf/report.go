package pdf

import (
	"strconv"
	"strings"

	"samverka/assets"
	"samverka/model"
	"samverka/pdf/flow"
)

// ReportInput is what the uppföljningsrapport is made from: the figures
// model.BuildReport worked out, and the council they belong to.
type ReportInput struct {
	Council *model.Council // may be nil
	Report  model.Report
	// ProgramVersion is printed on the first page, "1.2.0".
	ProgramVersion string
	// Lang is the language of headings: "sv" (the default) or "en".
	Lang string
	// Outline, when set, receives the document as a flow.Document while
	// it is drawn, for the Word version (see docx).
	Outline *flow.Document
}

// ReportInputFrom gathers the report of ds for the period from–to as of
// today (see model.BuildReport for empty dates); the caller sets only
// ProgramVersion and Lang.
func ReportInputFrom(ds *model.Dataset, from, to, today model.Date) ReportInput {
	in := ReportInput{Report: model.BuildReport(ds, from, to, today)}
	if ds != nil {
		in.Council = ds.Council
	}
	return in
}

// text returns the chair's texts of the report, empty when none are.
func (g *reportDoc) text() model.ReportText {
	if g.r.Text == nil {
		return model.ReportText{}
	}
	return *g.r.Text
}

// reportDoc is an uppföljningsrapport being made.
type reportDoc struct {
	*doc
	in     ReportInput
	r      model.Report
	charts []placedChart // the indicator charts drawn
}

// meetingsPerChart is the most meetings one traffic-light chart shows:
// more, and the date under each bar no longer fits. A longer period gets
// several charts on one scale.
const meetingsPerChart = 12

// Colours of the tally buckets, in Tally order after Commitments: done,
// on track, at risk, late, cancelled. Open work takes the traffic
// lights' colours.
var (
	doneBlue      = assets.DoneBlue.Ints()
	cancelledGrey = assets.CancelledGrey.Ints()
	noLight       = assets.NoLightGrey.Ints()
)

// Report returns the PDF of the uppföljningsrapport: the period and a
// summary, tables and bars per priority area and per part, a stacked bar
// of traffic lights per meeting, the overdue commitments and where the
// chain from problem to follow-up is broken.
func Report(in ReportInput) ([]byte, Warnings, error) {
	g, err := makeReport(in)
	if err != nil {
		return nil, nil, err
	}
	return g.finish()
}

// makeReport lays out the report's pages; finish writes them.
func makeReport(in ReportInput) (*reportDoc, error) {
	r := in.Report
	council := ""
	if in.Council != nil {
		council = in.Council.Name
	}
	date := r.Today
	if !date.Valid() {
		date = r.AsOf
	}
	d, err := newDoc(docInfo{lang: in.Lang, author: council, program: programName(in.ProgramVersion),
		date: date.Time(), outline: in.Outline})
	if err != nil {
		return nil, err
	}
	g := &reportDoc{doc: d, in: in, r: r}
	d.info.kind = string(d.msg("report.kind"))
	d.info.title = string(d.msg("report.subject", "From", string(r.From), "To", string(r.To)))
	d.info.subject = d.info.kind
	d.info.note = string(d.msg("report.note", "From", string(r.From), "To", string(r.To), "AsOf", string(r.AsOf)))
	d.pdf.SetTitle(d.info.title, true)
	d.pdf.SetSubject(d.info.subject, true)

	g.cover()
	g.attainment()
	g.work()
	g.resources()
	g.chairText(d.msg("outcomes.analysis"), "analysis", g.text().Analysis)
	g.areas()
	g.parts()
	g.meetings()
	g.overdue()
	g.chairText(d.msg("outcomes.proposals"), "proposals", g.text().Proposals)
	d.chainWarnings(r.Warnings, r.Today)
	return g, nil
}

// buckets returns the tally's series: the chart colours and names of
// done, on track, at risk, late and cancelled.
func (d *doc) buckets() []series {
	name := func(key string) safe { return d.plain(assets.Message(d.info.lang, "chain.tally."+key, nil)) }
	return []series{
		{name("done"), doneBlue},
		{name("onTrack"), lightColours[model.LightGreen]},
		{name("atRisk"), lightColours[model.LightYellow]},
		{name("late"), lightColours[model.LightRed]},
		{name("cancelled"), cancelledGrey},
	}
}

// values returns a tally's buckets in the order of buckets.
func values(t model.Tally) []int {
	return []int{t.Done, t.OnTrack, t.AtRisk, t.Late, t.Cancelled}
}

// councilLine prints the council's name above a document's title.
func (d *doc) councilLine(c *model.Council) {
	if c == nil {
		return
	}
	from := source{model.KindCouncil, c.ID, c.Name}
	name := d.z.line(from, "name", c.Name)
	if c.District != "" {
		name += " · " + d.z.line(from, "district", c.District)
	}
	d.font(11, false)
	d.color(grey)
	d.pdf.MultiCell(d.contentW(), 6, string(name), "", "L", false)
	d.color(black)
	d.gap(4)
}

func (g *reportDoc) cover() {
	d, r := g.doc, g.r
	d.councilLine(g.in.Council)
	d.title(d.msg("report.kind"))
	d.gap(4)
	d.field(d.msg("report.period"), d.plain(string(r.From)+" – "+string(r.To)))
	d.field(d.msg("report.asof"), d.plain(string(r.AsOf)))
	d.field(d.msg("report.meetings"), d.plain(strconv.Itoa(len(r.Meetings))))
	d.field(d.msg("report.followups"), d.plain(strconv.Itoa(r.FollowUps)))
	d.programField(g.in.ProgramVersion)

	d.heading(d.msg("report.summary"))
	if t := r.Text; t != nil && strings.TrimSpace(t.Summary) != "" {
		d.paragraph(d.z.block(source{model.KindReportText, t.ID, t.Label()}, "summary", t.Summary))
		d.gap(3)
	}
	d.paragraph(d.msg("report.summary.text", "AsOf", string(r.AsOf)))
	d.gap(3)
	g.keyFigures()
	if r.Total.Commitments == 0 {
		return
	}
	d.gap(4)
	list := d.buckets()
	y := d.pdf.GetY()
	d.barChart(box{marginX, y, d.contentW(), 11}, list, [][]int{values(r.Total)},
		[]safe{d.msg("report.all")}, max(r.Total.Commitments, 1))
	d.legend(marginX, y+12, list)
	d.pdf.SetXY(marginX, y+18)
}

// keyFigures prints the total tally as a row of boxes with big figures.
func (g *reportDoc) keyFigures() {
	d, t := g.doc, g.r.Total
	p := d.pdf
	figures := append([]int{t.Commitments}, values(t)...)
	names := []safe{d.plain(assets.Message(d.info.lang, "chain.tally.commitments", nil))}
	colours := [][3]int{inkBlue}
	for _, s := range d.buckets() {
		names = append(names, s.name)
		colours = append(colours, s.colour)
	}
	const h, gap = 19.0, 2.0
	d.ensure(h)
	w := (d.contentW() - gap*float64(len(figures)-1)) / float64(len(figures))
	y := p.GetY()
	for i, n := range figures {
		x := marginX + float64(i)*(w+gap)
		p.SetLineWidth(0.2)
		p.SetDrawColor(rule[0], rule[1], rule[2])
		p.Rect(x, y, w, h, "D")
		d.fill(box{x, y, w, 1.6}, colours[i])
		d.font(17, true)
		d.color(black)
		p.SetXY(x, y+3)
		p.CellFormat(w, 8, strconv.Itoa(n), "", 0, "C", false, 0, "")
		d.font(7.5, false)
		p.SetXY(x, y+12)
		p.CellFormat(w, 4, string(fitWidth(d, names[i], w)), "", 0, "C", false, 0, "")
	}
	d.font(bodySize, false)
	p.SetXY(marginX, y+h)
}

// tallyTable starts a table of tallies under a first column named first.
func (d *doc) tallyTable(first safe) *table {
	// The column of all commitments is wider: its name is one long word.
	const nameW, allW = 44.0, 26.0
	w := (d.contentW() - nameW - allW) / 5
	cols := []column{{first, nameW}, {d.plain(assets.Message(d.info.lang, "chain.tally.commitments", nil)), allW}}
	for _, s := range d.buckets() {
		cols = append(cols, column{s.name, w})
	}
	t := newTable(d, cols...)
	t.size = 8
	return t
}

// tallyRow prints one tally under name.
func (t *table) tallyRow(name safe, tally model.Tally, bold bool) {
	cells := []cell{{spans: []span{{text: name, bold: bold}}}}
	for _, n := range append([]int{tally.Commitments}, values(tally)...) {
		cells = append(cells, cell{spans: []span{{text: safe(strconv.Itoa(n)), bold: bold, right: true}}})
	}
	t.row(cells...)
}

// areaName returns an area's name, or the name of no area.
func (g *reportDoc) areaName(a model.Area) safe {
	if !a.Valid() {
		return g.msg("report.noarea")
	}
	return g.doc.areaName(a)
}

func (g *reportDoc) areas() {
	d, r := g.doc, g.r
	d.heading(d.msg("report.byarea"))
	t := d.tallyTable(d.msg("col.area"))
	var bars [][]int
	var labels []safe
	most := 1
	for _, a := range r.Areas {
		t.tallyRow(g.areaName(a.Area), a.Tally, false)
		bars = append(bars, values(a.Tally))
		labels = append(labels, g.areaName(a.Area))
		most = max(most, a.Commitments)
	}
	t.tallyRow(d.msg("report.total"), r.Total, true)
	if len(bars) == 0 {
		return
	}
	h := 10.0 * float64(len(bars))
	d.ensure(h + 12)
	d.gap(4)
	y := d.pdf.GetY()
	list := d.buckets()
	d.barChart(box{marginX, y, d.contentW(), h}, list, bars, labels, most)
	d.legend(marginX, y+h+1.5, list)
	d.pdf.SetXY(marginX, y+h+7)
}

func (g *reportDoc) parts() {
	d, r := g.doc, g.r
	d.heading(d.msg("report.bypart"))
	if len(r.Parts) == 0 {
		d.paragraph(d.msg("report.noparts"))
		return
	}
	t := d.tallyTable(d.msg("col.part"))
	for _, p := range r.Parts {
		name := d.msg("report.unknownpart")
		if p.Name != "" {
			name = d.z.line(source{model.KindPart, p.PartID, p.Name}, "name", p.Name)
		}
		t.tallyRow(name, p.Tally, false)
	}
	t.tallyRow(d.msg("report.total"), r.Total, true)
}

// lights returns the series of the traffic-light chart: green, yellow,
// red, and follow-ups with no light.
func (d *doc) lights() []series {
	return []series{
		{d.msg("light.gron"), lightColours[model.LightGreen]},
		{d.msg("light.gul"), lightColours[model.LightYellow]},
		{d.msg("light.rod"), lightColours[model.LightRed]},
		{d.plain(assets.Message(d.info.lang, "chain.light.none", nil)), noLight},
	}
}

// meetings draws the traffic lights recorded at each meeting as stacked
// columns, at most meetingsPerChart to a chart, every chart on one scale.
func (g *reportDoc) meetings() {
	d, r := g.doc, g.r
	const chartH = 58.0
	if len(r.Meetings) == 0 {
		d.heading(d.msg("report.lights"))
		d.paragraph(d.msg("report.nomeetings"))
		return
	}
	// The heading, its text, the legend and the first chart go together.
	intro := d.msg("report.lights.text")
	d.font(bodySize, false)
	lines := len(d.pdf.SplitText(string(intro), d.contentW()))
	d.ensure(12 + float64(lines)*lineH + 9 + chartH + 4)
	d.heading(d.msg("report.lights"))
	d.paragraph(intro)
	d.gap(2)
	list := d.lights()
	d.legend(marginX, d.pdf.GetY(), list)
	d.pdf.SetXY(marginX, d.pdf.GetY()+7)
	most := 0
	for _, m := range r.Meetings {
		most = max(most, m.Total())
	}
	top, step := AxisScale(most)
	// Every chart has the same bar width, so that a short last chart
	// compares with the others; few meetings do not make fat bars.
	pitch := min((d.contentW()-9)/float64(min(len(r.Meetings), meetingsPerChart)), 20)
	for start := 0; start < len(r.Meetings); start += meetingsPerChart {
		chunk := r.Meetings[start:min(start+meetingsPerChart, len(r.Meetings))]
		var bars [][]int
		var labels [][]safe
		year := ""
		for _, m := range chunk {
			bars = append(bars, []int{m.Green, m.Yellow, m.Red, m.None})
			date := ""
			if m.Meeting != nil {
				date = string(m.Meeting.Date)
			}
			label := []safe{d.plain(date)}
			if model.Date(date).Valid() {
				label = []safe{d.plain(date[5:]), ""}
				if date[:4] != year {
					label[1] = d.plain(date[:4])
					year = date[:4]
				}
			}
			labels = append(labels, label)
		}
		d.ensure(chartH + 4)
		y := d.pdf.GetY()
		w := pitch * float64(len(chunk))
		d.columnChart(box{marginX, y, w + 9, chartH}, list, bars, labels, top, step)
		d.pdf.SetXY(marginX, y+chartH+6)
	}
}

func (g *reportDoc) overdue() {
	d, r := g.doc, g.r
	t := d.resultTable(d.heading, d.msg("report.overdue", "Count", len(r.Overdue)), len(r.Overdue), d.msg("report.nooverdue"),
		column{d.msg("col.commitment"), 50},
		column{d.msg("col.part"), 36},
		column{d.msg("col.contact"), 27},
		column{d.msg("col.due"), 21},
		column{d.msg("report.col.days"), 13},
		column{d.msg("col.status"), 23})
	if t == nil {
		return
	}
	for _, o := range r.Overdue {
		c := o.Commitment
		if c == nil {
			continue
		}
		from := source{model.KindCommitment, c.ID, c.Title}
		t.row(cell{spans: []span{{text: d.z.line(from, "title", c.Title), bold: true}}},
			text(d.z.line(source{model.KindPart, c.PartID, o.Part}, "name", o.Part)),
			text(d.z.line(source{model.KindRepresentative, c.ContactID, o.Contact}, "name", o.Contact)),
			text(d.plain(string(c.Due))),
			cell{spans: []span{{text: d.plain(strconv.Itoa(o.DaysLate)), right: true}}},
			d.statusCell(o.Status, o.Light, ""))
	}
}

// statusCell returns a status with its traffic light as a coloured dot,
// and an optional further paragraph.
func (d *doc) statusCell(s model.Status, l model.Light, more safe) cell {
	var c cell
	if s != "" {
		c.spans = append(c.spans, span{text: d.msg("status." + string(s))})
	}
	if more != "" {
		c.spans = append(c.spans, span{text: more, grey: true})
	}
	if col, ok := lightColours[l]; ok {
		c.dot = &col
	}
	return c
}

// chainWarnings prints where the chain from problem to follow-up is
// broken, numbered, under "Brister i kedjan".
func (d *doc) chainWarnings(ws []model.Warning, today model.Date) {
	d.heading(d.msg("chain.heading", "Count", len(ws)))
	if len(ws) == 0 {
		d.paragraph(d.msg("chain.none", "Today", string(today)))
		return
	}
	d.paragraph(d.msg("chain.intro", "Today", string(today)))
	d.gap(1)
	const numberW = 9.0
	p := d.pdf
	for i, w := range ws {
		field := "title"
		if w.Kind == model.KindCause {
			field = "description"
		}
		label, _ := w.Args["Title"].(string)
		if label == "" {
			label, _ = w.Args["Description"].(string)
		}
		s := d.z.line(source{w.Kind, w.ID, label}, field, assets.Message(d.info.lang, w.Key(), w.Args))
		d.font(bodySize, false)
		lines := max(1, len(p.SplitText(string(s), d.contentW()-numberW)))
		d.ensure(float64(lines) * lineH)
		y := p.GetY()
		p.SetXY(marginX, y)
		p.CellFormat(numberW, lineH, strconv.Itoa(i+1)+".", "", 0, "R", false, 0, "")
		p.SetXY(marginX+numberW+1, y)
		p.MultiCell(d.contentW()-numberW-1, lineH, string(s), "", "L", false)
		p.SetY(p.GetY() + 0.8)
	}
}
