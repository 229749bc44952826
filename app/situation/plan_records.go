package situation

import (
	"cmp"
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
	"samverka/pdf"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// planRecords is the part of the Åtgärdsplan screen that holds the plans
// the council decides on: one per lägesbild and period. The user chooses
// a plan (or the live view of every lägesbild), makes a new one, edits a
// draft's title and period, and fastställer it; a fastställd plan shows
// its rows as decided and cannot be changed.
type planRecords struct {
	p *Plan

	plans   []*model.ActionPlan // the live plans, newest period first
	chooser *kit.Choice
	add     *widget.Button
	adopt   *widget.Button

	title *widget.Entry
	from  *widget.Entry
	to    *widget.Entry
	save  *widget.Button
	// state says what the plan is, or what is wrong with what was typed.
	state *widget.Label
	// editor holds the title, period and state of the chosen plan; it is
	// hidden for the live view.
	editor fyne.CanvasObject
	// dialog and newPlan are the fastställ and new-plan dialogs on
	// screen, for tests.
	dialog  *adoptDialog
	newPlan *newPlanDialog

	content fyne.CanvasObject
}

// livePlan is the chooser's id of the live view of every lägesbild.
const livePlan = ""

func newPlanRecords(p *Plan) *planRecords {
	r := &planRecords{p: p}
	r.chooser = kit.NewChoice(func(string) { r.onChoose() })
	r.add = &widget.Button{Text: session.Tr("lawgui.plan.new"), Icon: theme.ContentAddIcon(), OnTapped: r.onNew}
	r.adopt = &widget.Button{Text: session.Tr("lawgui.plan.adopt"), Icon: theme.ConfirmIcon(), Importance: widget.HighImportance, OnTapped: r.onAdopt}
	r.title = widget.NewEntry()
	r.from = kit.NewDateEntry()
	r.to = kit.NewDateEntry()
	r.save = &widget.Button{Text: session.Tr("button.save"), Icon: theme.DocumentSaveIcon(), OnTapped: r.onSave}
	r.state = &widget.Label{Wrapping: fyne.TextWrapWord}
	r.title.OnSubmitted = func(string) { r.onSave() }
	bold := func(key string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(session.Tr(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	date := func(e *widget.Entry) fyne.CanvasObject {
		width := canvas.NewRectangle(nil)
		width.SetMinSize(fyne.NewSize(150, 0))
		return container.NewStack(width, e)
	}
	period := container.NewHBox(bold("lawgui.plan.from"), date(r.from), bold("lawgui.plan.to"), date(r.to), r.save)
	r.editor = container.NewVBox(container.NewBorder(nil, nil, bold("lawgui.plan.title"), period, r.title), r.state)
	width := canvas.NewRectangle(nil)
	width.SetMinSize(fyne.NewSize(420, 0))
	chooser := container.NewStack(width, r.chooser.Sel)
	bar := container.NewBorder(nil, nil, widget.NewLabelWithStyle(session.Tr("lawgui.plan.choose"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewHBox(r.add, r.adopt), chooser)
	r.content = container.NewVBox(bar, r.editor)
	return r
}

// load reads the council's plans and offers them, keeping the plan
// chosen; at first the newest draft is chosen, else the newest fastställd
// plan, else the live view.
func (r *planRecords) load() {
	u := r.p.ui
	r.plans = nil
	if u.Doc != nil {
		recs, err := u.Doc.Store.List(model.KindPlan)
		if err != nil {
			u.ShowError(err)
		}
		for _, rec := range recs {
			r.plans = append(r.plans, rec.(*model.ActionPlan))
		}
	}
	slices.SortFunc(r.plans, func(a, b *model.ActionPlan) int {
		return cmp.Or(cmp.Compare(b.From, a.From), cmp.Compare(a.ID, b.ID))
	})
	ids := []string{}
	labels := []string{}
	for _, pl := range r.plans {
		ids = append(ids, pl.ID)
		labels = append(labels, planLabel(pl))
	}
	ids = append(ids, livePlan)
	labels = append(labels, session.Tr("lawgui.plan.live"))
	chosen := r.chooser.ID()
	first := r.chooser.Sel.Options == nil
	r.chooser.SetOptions(ids, labels, false)
	switch {
	case first && len(r.plans) > 0:
		chosen = r.plans[0].ID
		for _, pl := range r.plans {
			if pl.State == model.PlanDraft {
				chosen = pl.ID
				break
			}
		}
	case r.find(chosen) == nil:
		chosen = livePlan
	}
	r.chooser.SetIDQuietly(chosen)
	r.fill()
}

// planLabel is a plan's line in the chooser: its title, period and state.
func planLabel(pl *model.ActionPlan) string {
	return session.Tr("lawgui.plan.label", map[string]any{"Title": pl.Title, "From": string(pl.From), "To": string(pl.To),
		"State": stateName(pl.State)})
}

func stateName(s model.PlanState) string {
	if s == model.PlanDraft {
		return session.Tr("pdf.actionplan.state.draft")
	}
	return session.Tr("pdf.actionplan.state." + string(s))
}

func (r *planRecords) find(id string) *model.ActionPlan {
	for _, pl := range r.plans {
		if pl.ID == id {
			return pl
		}
	}
	return nil
}

// current returns the chosen plan, nil for the live view.
func (r *planRecords) current() *model.ActionPlan { return r.find(r.chooser.ID()) }

// locked reports whether the chosen plan is fastställd (or replaced).
func (r *planRecords) locked() bool {
	pl := r.current()
	return pl != nil && pl.State.Locked()
}

// fill shows the chosen plan's title, period and state; a fastställd plan
// is shown read-only, with its decision.
func (r *planRecords) fill() {
	pl := r.current()
	if pl == nil {
		r.editor.Hide()
		r.setEditable()
		return
	}
	r.editor.Show()
	r.title.SetText(pl.Title)
	r.from.SetText(string(pl.From))
	r.to.SetText(string(pl.To))
	sit := r.p.ui.Doc.View.Situations[pl.SituationID]
	sitText := session.Tr("lawgui.plan.noSituation")
	if sit != nil {
		sitText = sit.Title + " (" + string(sit.Date) + ")"
	}
	if pl.State.Locked() {
		r.state.Importance = widget.SuccessImportance
		text := session.Tr("lawgui.plan.stateLocked", map[string]any{"Situation": sitText,
			"Decision": pdf.DecisionLine(session.Language(r.p.ui.Prefs), pl.Decision), "Short": model.ShortFingerprint(pl.Fingerprint)})
		if pl.State == model.PlanSuperseded {
			text = stateName(pl.State) + ". " + text
		}
		r.state.SetText(text)
	} else {
		r.state.Importance = widget.MediumImportance
		r.state.SetText(session.Tr("lawgui.plan.stateDraft", map[string]any{"Situation": sitText}))
	}
	r.setEditable()
}

// setEditable locks the editor of a fastställd plan and of a read-only
// council.
func (r *planRecords) setEditable() {
	ro := r.p.ui.ReadOnly()
	pl := r.current()
	off := ro || pl == nil || pl.State.Locked()
	kit.DisableWhen(off, r.title, r.from, r.to)
	kit.SetDisabled(off, r.save, r.adopt)
	kit.SetDisabled(ro || len(r.p.ui.Doc.View.Situations) == 0, r.add)
	kit.DisableWhen(pl != nil && pl.State.Locked(), r.p.finished.Sel)
}

// onChoose shows the chosen plan.
func (r *planRecords) onChoose() {
	r.fill()
	r.p.Refresh()
}

// onSave writes the draft's title and period.
func (r *planRecords) onSave() {
	pl := r.current()
	if pl == nil || pl.State.Locked() {
		return
	}
	copied := *pl
	copied.Title = strings.TrimSpace(r.title.Text)
	copied.From = model.Date(strings.TrimSpace(r.from.Text))
	copied.To = model.Date(strings.TrimSpace(r.to.Text))
	u := r.p.ui
	u.Save(planProblems{r}, session.Tr("lawgui.undo.editPlan", map[string]any{"Title": copied.Title}), session.UndoEdit(pl), &copied)
}

// planProblems shows what is wrong with a plan's title or period in the
// line under them.
type planProblems struct{ r *planRecords }

// ShowProblems implements session.Problems.
func (p planProblems) ShowProblems(err error) bool {
	var problems model.Problems
	var single *model.Error
	if !errors.As(err, &problems) && !(errors.As(err, &single) && single.Field != "") {
		return false
	}
	if single != nil && len(problems) == 0 {
		problems = model.Problems{single}
	}
	labels := map[string]string{"title": "lawgui.plan.title", "from": "lawgui.plan.from", "to": "lawgui.plan.to"}
	var lines []string
	for _, pr := range problems {
		text := session.ErrorText(pr)
		if key, ok := labels[pr.Field]; ok {
			text = session.Tr(key) + ": " + text
		}
		lines = append(lines, text)
	}
	p.r.state.Importance = widget.DangerImportance
	p.r.state.SetText(strings.Join(lines, "\n"))
	return true
}

// Clear implements session.Problems.
func (p planProblems) Clear() { p.r.fill() }

// showEntries shows a fastställd plan's rows as decided, problem by
// problem; its gaps are no longer shown, for the decision stands as it
// was taken.
func (p *Plan) showEntries(pl *model.ActionPlan) {
	p.lines = p.lines[:0]
	problems, commitments := 0, 0
	lastProblem, lastCause := "\x00", "\x00"
	for _, e := range pl.Entries {
		if e.ProblemID+e.Problem != lastProblem {
			lastProblem, lastCause = e.ProblemID+e.Problem, "\x00"
			problems++
			band := session.Tr("chainui.plan.problem", map[string]any{"Title": e.Problem})
			if e.ProblemRank > 0 {
				band = session.Tr("chainui.plan.problemRank", map[string]any{"Rank": e.ProblemRank, "Title": e.Problem})
			}
			if b := markingBadge(e.Marking); b != "" {
				band += " · " + b
			}
			p.lines = append(p.lines, planLine{band: band})
		}
		texts := make([]string, len(planWeights))
		first := e.CauseID+e.Cause != lastCause
		lastCause = e.CauseID + e.Cause
		texts[0] = e.CauseLabel
		if first {
			texts[1] = e.Cause
		}
		if e.Measure != "" {
			commitments++
			texts[2] = e.Measure
			texts[3] = planGoalText(model.Goal{Indicator: e.Indicator, Baseline: e.Baseline, Target: e.Target, Date: e.GoalDate})
			texts[4] = planWhenText(&model.Commitment{Start: e.Start, Due: e.Due}, false)
			texts[5] = e.Part
			if e.Contact != "" {
				texts[5] += "\n" + e.Contact
			}
			texts[6] = session.Tr("lawgui.plan.asDecided")
		}
		p.lines = append(p.lines, planLine{texts: texts, first: first})
	}
	p.warnings.Set(nil)
	p.setHeights()
	p.count.SetText(session.Tr("lawgui.plan.countLocked", map[string]any{"Problems": problems, "Commitments": commitments}))
	p.list.UnselectAll()
	p.list.Refresh()
}
