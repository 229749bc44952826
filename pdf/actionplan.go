package pdf

import (
	"strconv"
	"strings"

	"samverka/assets"
	"samverka/model"
	"samverka/pdf/flow"
)

// ActionPlanInput is what an åtgärdsplan record is printed from.
type ActionPlanInput struct {
	Council   *model.Council // may be nil
	Plan      *model.ActionPlan
	Situation *model.Situation // the plan's lägesbild; may be nil
	// Draft is the plan of the lägesbild as it stands (model.BuildPlanFor),
	// printed for a plan that is not fastställd; a fastställd plan prints
	// its own Entries.
	Draft          model.Plan
	Public         bool
	ProgramVersion string
	Lang           string
}

// ActionPlanInputFrom gathers plan id of ds, or the current plan (see
// model.CurrentPlan) when id is ""; ok is false when there is none.
func ActionPlanInputFrom(ds *model.Dataset, id string, today model.Date) (in ActionPlanInput, ok bool) {
	if id == "" {
		in.Plan = model.CurrentPlan(ds)
	}
	for _, p := range model.Live(ds.Plans) {
		if id != "" && p.ID == id {
			in.Plan = p
		}
	}
	if in.Plan == nil {
		return in, false
	}
	in.Council = ds.Council
	for _, s := range ds.Situations {
		if s.ID == in.Plan.SituationID {
			in.Situation = s
		}
	}
	if !in.Plan.State.Locked() {
		in.Draft = model.BuildPlanFor(ds, in.Plan.SituationID, today)
	}
	return in, true
}

// ActionPlan returns the PDF of an åtgärdsplan (see ActionPlanFlow).
func ActionPlan(in ActionPlanInput) ([]byte, Warnings, error) {
	fd, err := ActionPlanFlow(in)
	if err != nil {
		return nil, nil, err
	}
	return Render(fd)
}

// ActionPlanFlow lays out an åtgärdsplan. A fastställd plan prints as the
// decision it is: "Fastställd av … den … § …, dnr …", its rows as
// decided, its kontrollsumma, and nothing about gaps, which belong on
// screen. A draft prints the lägesbild's chain as it stands, marked
// "Utkast" on every page, and ends with where the röd tråd is missing.
func ActionPlanFlow(in ActionPlanInput) (*flow.Document, error) {
	p := in.Plan
	if p == nil {
		return nil, errMissing("plan")
	}
	lang := in.Lang
	if lang == "" {
		lang = "sv"
	}
	if in.Public && !p.Public() {
		return nil, noPublicVersion(lang, p.Title, p.Marking)
	}
	council := ""
	if in.Council != nil {
		council = in.Council.Name
	}
	fd := &flow.Document{Kind: tr(lang, "actionplan.kind"), Title: p.Title, Lang: lang, Author: council,
		Program: "Samverka " + in.ProgramVersion, Date: p.Modified, Landscape: true}
	adopted := p.State.Locked()
	period := tr(lang, "actionplan.period", "From", string(p.From), "To", string(p.To))
	fd.Subtitle = period
	var rows [][2]string
	if council != "" {
		rows = append(rows, [2]string{tr(lang, "situation.council"), council})
	}
	if s := in.Situation; s != nil {
		rows = append(rows, [2]string{tr(lang, "actionplan.situation"), s.Title + " (" + string(s.Date) + ")"})
	}
	if adopted {
		d := p.Decision
		fd.FooterNote = tr(lang, "actionplan.footer", "Dnr", d.Diarienummer, "Short", model.ShortFingerprint(p.Fingerprint))
		fd.Add(&flow.Paragraph{Strong: true, Text: DecisionLine(lang, d)})
		rows = append(rows, [2]string{tr(lang, "actionplan.state"), tr(lang, "actionplan.state."+string(p.State))},
			[2]string{tr(lang, "actionplan.fingerprint"), p.Fingerprint})
		if p.State == model.PlanSuperseded {
			fd.Marking = tr(lang, "actionplan.marking.superseded")
		}
	} else {
		fd.Marking = tr(lang, "actionplan.marking.draft")
		fd.FooterNote = tr(lang, "actionplan.footer.draft")
		rows = append(rows, [2]string{tr(lang, "actionplan.state"), tr(lang, "actionplan.state.draft")})
	}
	fd.Add(&flow.Fields{Rows: rows})
	entries, goals := p.Entries, p.EffectGoals
	if !adopted {
		var err error
		if entries, err = model.PlanEntries(in.Draft, p.SituationID); err != nil {
			return nil, err
		}
		goals = model.PlanEffectGoals(in.Draft, p.SituationID)
	}
	holds := []model.Marking{p.Marking}
	for _, e := range entries {
		holds = append(holds, e.Marking)
	}
	fd.Note(versionLine(lang, in.Public, holds))
	markAs(fd, lang, p.Marking)
	planRows(fd, lang, entries, goals, in.Public, p.Marking)
	// The röd tråd's gaps name problems and causes of every class: a
	// working note of the full version only.
	if !adopted && !in.Public {
		missingThread(fd, lang, in.Draft)
	}
	return fd, nil
}

// DecisionLine is the line that says who fastställde a plan:
// "Fastställd av Stadsdelsnämnden i Skärholmen den 2025-02-20 § 12, dnr
// SDN 2025/41."
func DecisionLine(lang string, d model.PlanDecision) string {
	par := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(d.Paragraph), "§"))
	return tr(lang, "actionplan.decision", "By", d.By, "Date", string(d.Date), "Paragraph", par, "Dnr", d.Diarienummer)
}

// planRows prints the rows problem by problem: the problem's effektmål
// first, what the council wants to change, then its measures: cause →
// åtgärd → mål → när → ansvarig. Each problem's part is marked with the
// strictest class of its rows (and of the plan, base); the public
// version leaves out the rows that are not Öppen.
func planRows(fd *flow.Document, lang string, entries []model.PlanEntry, goals []model.PlannedEffectGoal, public bool, base model.Marking) {
	defer markAs(fd, lang, base)
	classes := map[string]model.Marking{}
	for _, e := range entries {
		if !public || e.Public() {
			classes[e.ProblemID+e.Problem] = classes[e.ProblemID+e.Problem].Stricter(e.Marking)
		}
	}
	fd.H1(tr(lang, "actionplan.measures"))
	if len(entries) == 0 {
		fd.Note(tr(lang, "actionplan.empty"))
	}
	header := []string{tr(lang, "actionplan.col.cause"), tr(lang, "actionplan.col.measure"), tr(lang, "actionplan.col.goal"),
		tr(lang, "actionplan.col.when"), tr(lang, "actionplan.col.who")}
	var t *flow.Table
	problem := "\x00"
	n := 0
	for _, e := range entries {
		if public && !e.Public() {
			continue
		}
		if e.ProblemID+e.Problem != problem {
			problem = e.ProblemID + e.Problem
			n++
			markAs(fd, lang, base.Stricter(classes[problem]))
			fd.H2(classLabel(lang, tr(lang, "actionplan.problem", "Number", n, "Title", e.Problem), classes[problem]))
			effectGoals(fd, lang, model.EffectGoalsOf(goals, e.ProblemID))
			t = &flow.Table{Header: header, Widths: []float64{3, 3.2, 3.2, 1.6, 2}}
			fd.Add(t)
		}
		cause := e.Cause
		if e.CauseLabel != "" {
			cause = e.CauseLabel + " " + cause
		}
		measure := e.Measure
		if measure == "" {
			measure = tr(lang, "actionplan.nomeasure")
		}
		var goal []string
		if e.Indicator != "" {
			goal = append(goal, e.Indicator)
		}
		if e.Baseline != "" {
			goal = append(goal, tr(lang, "actionplan.baseline", "Text", e.Baseline))
		}
		if e.Target != "" {
			goal = append(goal, tr(lang, "actionplan.target", "Text", e.Target))
		}
		if e.GoalDate != "" {
			goal = append(goal, tr(lang, "actionplan.goaldate", "Date", string(e.GoalDate)))
		}
		when := strings.TrimSpace(string(e.Start) + " – " + string(e.Due))
		if e.Start == "" && e.Due == "" {
			when = ""
		}
		who := e.Part
		if e.Contact != "" {
			who += "\n" + e.Contact
		}
		t.Rows = append(t.Rows, []string{cause, measure, strings.Join(goal, "\n"), when, who})
	}
}

// missingThread lists, in a draft, where the röd tråd from problem to
// cause to åtgärd to uppföljning is missing.
func missingThread(fd *flow.Document, lang string, built model.Plan) {
	fd.H1(tr(lang, "actionplan.thread", "Count", strconv.Itoa(len(built.Warnings))))
	if len(built.Warnings) == 0 {
		fd.P(tr(lang, "actionplan.thread.none"))
		return
	}
	var lines []string
	for i, w := range built.Warnings {
		lines = append(lines, strconv.Itoa(i+1)+". "+assets.Message(lang, w.Key(), w.Args))
	}
	fd.P(strings.Join(lines, "\n"))
}

// effectGoals prints a problem's effektmål above its measures: the
// indicator, from which utgångsvärde to which målvärde, by when.
func effectGoals(fd *flow.Document, lang string, goals []model.EffectGoal) {
	if len(goals) == 0 {
		return
	}
	fd.Add(&flow.Paragraph{Strong: true, Text: tr(lang, "actionplan.effectGoals")})
	t := &flow.Table{Header: []string{tr(lang, "actionplan.effect.indicator"), tr(lang, "actionplan.effect.baseline"),
		tr(lang, "actionplan.effect.target"), tr(lang, "actionplan.effect.date")}, Widths: []float64{6, 2.4, 2.4, 2.2}}
	for _, g := range goals {
		value := func(v float64, d model.Date) string {
			s := strings.TrimSpace(figure(v, lang) + " " + g.Unit)
			if d != "" {
				s += " (" + string(d) + ")"
			}
			return s
		}
		t.Rows = append(t.Rows, []string{g.Indicator, value(g.Baseline, g.BaselineDate), value(g.Target, ""), string(g.Date)})
	}
	fd.Add(t)
	fd.Add(&flow.Paragraph{Strong: true, Text: tr(lang, "actionplan.measuresOf")})
}
