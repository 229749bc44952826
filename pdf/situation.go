package pdf

import (
	"slices"
	"strconv"
	"strings"

	"samverka/assets"
	"samverka/model"
	"samverka/pdf/flow"
)

// SituationInput is what a lägesbild is printed from.
type SituationInput struct {
	Council   *model.Council // may be nil
	Situation *model.Situation
	// Plan is the lägesbild's problems with their causes in plan order
	// (model.BuildPlanFor): the analysis' cause trees.
	Plan model.Plan
	// Previous is the fastställd plan of the period before, and Outcomes
	// what its measures achieved; nil and empty when there is none.
	Previous *model.ActionPlan
	Outcomes []model.Outcome
	// Findings are the dialogue findings that belong in the lägesbild's
	// annan information and sources (model.SituationFindings).
	Findings []model.DialogueFinding
	// Public leaves out every part that is not Öppen; otherwise the whole
	// document is printed, each page marked as internal.
	Public         bool
	ProgramVersion string
	Lang           string
}

// SituationInputFrom gathers lägesbild id of ds; ok is false when there
// is no such live lägesbild.
func SituationInputFrom(ds *model.Dataset, id string) (in SituationInput, ok bool) {
	for _, s := range model.Live(ds.Situations) {
		if s.ID == id {
			in.Situation = s
		}
	}
	if in.Situation == nil {
		return in, false
	}
	in.Council = ds.Council
	in.Findings = model.SituationFindings(in.Situation, ds.Problems, ds.Dialogues)
	in.Plan = model.BuildPlanFor(ds, id, in.Situation.Date)
	if p := model.PreviousPlan(ds, in.Situation); p != nil {
		in.Previous = p
		in.Outcomes = model.Outcomes(ds, p, in.Situation.Date)
	}
	return in, true
}

// Situation returns the PDF of a lägesbild (see SituationFlow).
func Situation(in SituationInput) ([]byte, Warnings, error) {
	fd, err := SituationFlow(in)
	if err != nil {
		return nil, nil, err
	}
	return Render(fd)
}

// tr returns the document text key (after "pdf.") in lang.
func tr(lang, key string, args ...any) string {
	var m map[string]any
	if len(args) > 0 {
		m = make(map[string]any, len(args)/2)
		for i := 0; i+1 < len(args); i += 2 {
			m[args[i].(string)] = args[i+1]
		}
	}
	return assets.Message(lang, "pdf."+key, m)
}

// situationDoc is a lägesbild being laid out.
type situationDoc struct {
	in   SituationInput
	lang string
	fd   *flow.Document
}

// SituationFlow lays out a lägesbild the way the law (2023:196, 4 §)
// orders it: a cover with the summary, the kartläggning with its figure
// tables drawn as charts, each problem's konsekvenser, annan information,
// the analysis with the cause trees and what the previous plan's measures
// achieved, and the sources and limitations. The full version marks each
// page that holds a part that is Intern or Ej offentlig; the public one
// leaves out what is not Öppen.
func SituationFlow(in SituationInput) (*flow.Document, error) {
	if in.Situation == nil {
		return nil, errMissing("situation")
	}
	lang := in.Lang
	if lang == "" {
		lang = "sv"
	}
	s := in.Situation
	if in.Public {
		if !s.Public() {
			return nil, noPublicVersion(lang, s.Title, s.Marking)
		}
		s = model.PublicSituation(s)
	}
	g := &situationDoc{in: in, lang: lang}
	council := ""
	if in.Council != nil {
		council = in.Council.Name
	}
	g.fd = &flow.Document{
		Kind: tr(lang, "situation.kind"), Title: s.Title, Lang: lang, Author: council,
		Program: "Samverka " + in.ProgramVersion, Date: s.Date.Time(),
		FooterNote: tr(lang, "situation.footer", "Date", string(s.Date)),
	}
	g.fd.Subtitle = versionLine(lang, in.Public, g.holds())
	g.mark(model.Marking{})
	g.cover(s, council)
	g.survey(s)
	g.consequences()
	g.otherInformation(s)
	g.analysis(s)
	g.sources(s)
	return g.fd, nil
}

// mark starts the blocks of a part with marking m; the lägesbild's own
// marking holds for all of it.
func (g *situationDoc) mark(m model.Marking) {
	markAs(g.fd, g.lang, g.in.Situation.Marking.Stricter(m))
}

// shown reports whether a part with marking m is printed in this version.
func (g *situationDoc) shown(m model.Marking) bool { return !g.in.Public || m.Public() }

// label returns a part's heading with its class when that is not Öppen:
// "Anmälda brott (Intern)".
func (g *situationDoc) label(text string, m model.Marking) string { return classLabel(g.lang, text, m) }

func (g *situationDoc) cover(s *model.Situation, council string) {
	fd := g.fd
	var rows [][2]string
	if council != "" {
		rows = append(rows, [2]string{tr(g.lang, "situation.council"), council})
	}
	if s.Area != "" {
		rows = append(rows, [2]string{tr(g.lang, "situation.area"), s.Area})
	}
	if s.From != "" || s.To != "" {
		rows = append(rows, [2]string{tr(g.lang, "situation.period"), string(s.From) + " – " + string(s.To)})
	}
	rows = append(rows, [2]string{tr(g.lang, "situation.date"), string(s.Date)})
	fd.Add(&flow.Fields{Rows: rows})
	fd.H1(tr(g.lang, "situation.summary"))
	if s.Summary == "" {
		fd.Note(tr(g.lang, "situation.none"))
	}
	fd.P(s.Summary)
}

// survey is the kartläggning: each figure table as a chart and a table.
func (g *situationDoc) survey(s *model.Situation) {
	fd := g.fd
	fd.H1(tr(g.lang, "situation.survey"))
	if len(s.Tables) == 0 {
		fd.Note(tr(g.lang, "situation.notables"))
	}
	defer g.mark(model.Marking{})
	for i := range s.Tables {
		t := &s.Tables[i]
		g.mark(t.Marking)
		fd.H2(g.label(tr(g.lang, "situation.table", "Number", i+1, "Title", t.Title), t.Marking))
		if c := g.chart(t); c != nil {
			fd.Add(c)
		}
		fd.Add(g.table(t))
		var note []string
		if t.Unit != "" {
			note = append(note, tr(g.lang, "situation.unit", "Unit", t.Unit))
		}
		if t.Source != "" {
			note = append(note, tr(g.lang, "situation.source", "Source", t.Source))
		}
		fd.Note(strings.Join(note, " "))
		fd.Note(t.Note)
	}
}

// sexName names a kön in the document's language.
func (g *situationDoc) sexName(s model.Sex) string { return tr(g.lang, "sex."+string(s)) }

// table is a figure table as printed: the rows' labels, then a column
// per value column.
func (g *situationDoc) table(t *model.FigureTable) *flow.Table {
	ft := &flow.Table{Header: append([]string{""}, t.Columns...), Widths: []float64{2.2}}
	ft.Numeric = make([]bool, len(ft.Header))
	for i := 1; i < len(ft.Numeric); i++ {
		ft.Numeric[i] = true
	}
	for _, r := range t.Rows {
		row := []string{r.RowLabel(g.sexName)}
		for _, v := range r.Values {
			if v == nil {
				row = append(row, "..")
			} else {
				row = append(row, flow.Number(*v))
			}
		}
		ft.Rows = append(ft.Rows, row)
	}
	return ft
}

// chart is the table's chart, or nil for ChartNone.
func (g *situationDoc) chart(t *model.FigureTable) *flow.Chart { return FigureChart(t, g.lang) }

// FigureChart is a figure table's chart as the lägesbild prints it, in
// lang, or nil for ChartNone: the Lägesbild screen draws the same chart.
func FigureChart(t *model.FigureTable, lang string) *flow.Chart {
	kind := t.Drawn()
	if kind == model.ChartNone {
		return nil
	}
	sexName := func(s model.Sex) string { return tr(lang, "sex."+string(s)) }
	c := &flow.Chart{Bars: kind == model.ChartBars, Unit: t.Unit, Columns: t.Columns}
	for _, r := range t.Rows {
		c.Series = append(c.Series, flow.Series{Name: r.RowLabel(sexName), Values: r.Values})
	}
	return c
}

// problems returns the lägesbild's problems this version prints, ranked.
func (g *situationDoc) problems() []*model.Problem {
	var out []*model.Problem
	for _, grp := range g.in.Plan.Groups {
		if grp.Problem != nil && g.shown(grp.Problem.Marking) {
			out = append(out, grp.Problem)
		}
	}
	return out
}

// consequences prints each problem: what, where, when, who is affected,
// and its konsekvenser.
func (g *situationDoc) consequences() {
	fd := g.fd
	fd.H1(tr(g.lang, "situation.consequences"))
	list := g.problems()
	if len(list) == 0 {
		fd.Note(tr(g.lang, "situation.noproblems"))
	}
	defer g.mark(model.Marking{})
	for i, p := range list {
		g.mark(p.Marking)
		fd.H2(g.label(strconv.Itoa(i+1)+". "+p.Title, p.Marking))
		var rows [][2]string
		for _, f := range []struct{ key, text string }{
			{"what", p.What}, {"where", p.Where}, {"when", p.When}, {"affected", p.Affected},
		} {
			if f.text != "" {
				rows = append(rows, [2]string{tr(g.lang, "situation.problem."+f.key), f.text})
			}
		}
		if len(rows) > 0 {
			fd.Add(&flow.Fields{Rows: rows})
		}
		if p.Consequences != "" {
			fd.Add(&flow.Paragraph{Text: tr(g.lang, "situation.problem.consequences"), Strong: true})
			fd.P(p.Consequences)
		}
	}
}

func (g *situationDoc) otherInformation(s *model.Situation) {
	fd := g.fd
	fd.H1(tr(g.lang, "situation.other"))
	if len(s.Items) == 0 && len(g.in.Findings) == 0 {
		fd.Note(tr(g.lang, "situation.none"))
	}
	for _, it := range s.Items {
		g.mark(it.Marking)
		fd.H2(g.label(it.Title, it.Marking))
		fd.P(it.Text)
		if it.Source != "" {
			fd.Note(tr(g.lang, "situation.source", "Source", it.Source))
		}
	}
	g.mark(model.Marking{})
	g.dialogueFindings()
}

// analysis prints the council's analysis, the ranked problems with their
// cause trees, and what the previous plan's measures achieved.
func (g *situationDoc) analysis(s *model.Situation) {
	fd := g.fd
	fd.H1(tr(g.lang, "situation.analysis"))
	fd.P(s.Analysis)
	fd.H2(tr(g.lang, "situation.causes"))
	any := false
	for _, grp := range g.in.Plan.Groups {
		p := grp.Problem
		if p == nil || !g.shown(p.Marking) {
			continue
		}
		any = true
		lines := []string{}
		seen := map[string]bool{}
		class := p.Marking
		for _, r := range grp.Rows {
			if r.Cause == nil || seen[r.Cause.ID] || !g.shown(r.Cause.Marking) {
				continue
			}
			seen[r.Cause.ID] = true
			class = class.Stricter(r.Cause.Marking)
			indent := strings.Repeat("    ", strings.Count(r.CauseLabel, "."))
			lines = append(lines, indent+r.CauseLabel+"  "+g.label(r.Cause.Description, r.Cause.Marking))
		}
		head := p.Title
		if p.Rank > 0 {
			head = tr(g.lang, "situation.rank", "Rank", p.Rank, "Title", p.Title)
		}
		g.mark(class)
		fd.Add(&flow.Paragraph{Text: g.label(head, p.Marking), Strong: true})
		if len(lines) == 0 {
			fd.Note(tr(g.lang, "situation.nocauses"))
		} else {
			fd.P(strings.Join(lines, "\n"))
		}
	}
	g.mark(model.Marking{})
	if !any {
		fd.Note(tr(g.lang, "situation.noproblems"))
	}
	g.previous()
}

// previous prints what the previous fastställd plan's measures achieved,
// from their latest follow-ups before this lägesbild.
func (g *situationDoc) previous() {
	fd := g.fd
	fd.H2(tr(g.lang, "situation.previous"))
	p := g.in.Previous
	if p == nil {
		fd.Note(tr(g.lang, "situation.noprevious"))
		return
	}
	fd.P(tr(g.lang, "situation.previous.plan", "Title", p.Title, "By", p.Decision.By, "Date", string(p.Decision.Date),
		"Paragraph", "§ "+strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p.Decision.Paragraph), "§")), "Dnr", p.Decision.Diarienummer))
	t := &flow.Table{Header: []string{tr(g.lang, "actionplan.col.measure"), tr(g.lang, "actionplan.col.who"),
		tr(g.lang, "situation.col.status"), tr(g.lang, "situation.col.latest")}, Widths: []float64{2.8, 2.3, 1.1, 3}}
	counts := map[model.Status]int{}
	var class model.Marking
	for _, o := range g.in.Outcomes {
		if !g.shown(o.Entry.Marking) {
			continue
		}
		class = class.Stricter(o.Entry.Marking)
		counts[o.Status]++
		latest := tr(g.lang, "situation.nofollowup")
		if f := o.Latest; f != nil {
			latest = string(f.Date)
			if f.Comment != "" {
				latest += ": " + f.Comment
			}
		}
		t.Rows = append(t.Rows, []string{o.Entry.Measure, o.Entry.Part, tr(g.lang, "status."+string(o.Status)), latest})
	}
	if len(t.Rows) == 0 {
		fd.Note(tr(g.lang, "situation.nomeasures"))
		return
	}
	g.mark(class)
	fd.P(tr(g.lang, "situation.previous.counts", "Done", counts[model.StatusDone], "Total", len(t.Rows),
		"Open", len(t.Rows)-counts[model.StatusDone]-counts[model.StatusCancelled], "Cancelled", counts[model.StatusCancelled]))
	fd.Add(t)
	g.mark(model.Marking{})
}

func (g *situationDoc) sources(s *model.Situation) {
	fd := g.fd
	fd.H1(tr(g.lang, "situation.sources"))
	fd.H2(tr(g.lang, "situation.sources.used"))
	g.list(append(slices.Clone(s.SourcesUsed), g.dialogueSources()...))
	fd.H2(tr(g.lang, "situation.sources.leftout"))
	g.list(s.SourcesLeftOut)
	fd.H2(tr(g.lang, "situation.limitations"))
	if s.Limitations == "" {
		fd.Note(tr(g.lang, "situation.none"))
	}
	fd.P(s.Limitations)
}

func (g *situationDoc) list(items []string) {
	if len(items) == 0 {
		g.fd.Note(tr(g.lang, "situation.none"))
		return
	}
	g.fd.P("• " + strings.Join(items, "\n• "))
}
