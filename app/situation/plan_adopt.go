package situation

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// adoptDialog records the decision that fastställer a plan: who decided,
// the date, the § and the diarienummer. The plan's rows are then copied
// as they stand, the plan locked and its kontrollsumma taken; a plan of
// the same lägesbild fastställd before is marked Ersatt.
type adoptDialog struct {
	r    *planRecords
	plan *model.ActionPlan

	by        *widget.Entry
	date      *widget.Entry
	paragraph *widget.Entry
	dnr       *widget.Entry
	form      *kit.Form
	confirm   *widget.Button
	dialog    *dialog.CustomDialog
}

// onAdopt opens the fastställ dialog for the chosen draft.
func (r *planRecords) onAdopt() {
	pl := r.current()
	if pl == nil || pl.State.Locked() {
		return
	}
	r.dialog = newAdoptDialog(r, pl)
}

func newAdoptDialog(r *planRecords, pl *model.ActionPlan) *adoptDialog {
	u := r.p.ui
	d := &adoptDialog{r: r, plan: pl, by: widget.NewEntry(), date: kit.NewDateEntry(), paragraph: widget.NewEntry(), dnr: widget.NewEntry()}
	d.by.PlaceHolder = session.Tr("lawgui.adopt.byHint")
	d.paragraph.PlaceHolder = session.Tr("lawgui.adopt.paragraphHint")
	d.dnr.PlaceHolder = session.Tr("lawgui.adopt.dnrHint")
	d.date.SetText(string(u.Today()))
	// The body that decided last time most likely decides again.
	for _, other := range r.plans {
		if other.State.Locked() && other.Decision.By != "" {
			d.by.SetText(other.Decision.By)
			break
		}
	}
	d.form = kit.NewForm()
	d.form.Add("decision.by", "field.decision.by", d.by)
	d.form.Add("decision.date", "field.decision.date", d.date)
	d.form.Add("decision.paragraph", "field.decision.paragraph", d.paragraph)
	d.form.Add("decision.diarienummer", "field.decision.diarienummer", d.dnr)
	d.form.Submit = d.onConfirm
	intro := &widget.Label{Wrapping: fyne.TextWrapWord, Text: session.Tr("lawgui.adopt.help", map[string]any{"Title": pl.Title})}
	warn := &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.WarningImportance}
	warn.Hide()
	// Where the röd tråd is missing is counted on the plan as it stands.
	var gaps int
	today := u.Today()
	u.WorkOnDataset(func(ds *model.Dataset) { gaps = len(model.BuildPlanFor(ds, pl.SituationID, today).Warnings) }, func() {
		if gaps > 0 {
			warn.SetText(session.Tr("lawgui.adopt.gaps", map[string]any{"Count": gaps}))
			warn.Show()
		}
	})
	cancel := &widget.Button{Text: session.Tr("button.cancel"), OnTapped: func() { d.dialog.Hide(); r.dialog = nil }}
	d.confirm = &widget.Button{Text: session.Tr("lawgui.adopt.confirm"), Importance: widget.HighImportance, OnTapped: d.onConfirm}
	d.dialog = dialog.NewCustomWithoutButtons(session.Tr("lawgui.adopt.title"), container.NewVBox(intro, warn, d.form.View()), u.Win)
	d.dialog.SetButtons([]fyne.CanvasObject{cancel, d.confirm})
	d.dialog.Resize(fyne.NewSize(640, 440))
	d.dialog.Show()
	focus(d.by, d.by)
	return d
}

// decision returns the decision as typed, or the problems of its fields:
// each is needed, and the date must be a date.
func (d *adoptDialog) decision() (model.PlanDecision, error) {
	dec := model.PlanDecision{By: strings.TrimSpace(d.by.Text), Date: model.Date(strings.TrimSpace(d.date.Text)),
		Paragraph: strings.TrimSpace(d.paragraph.Text), Diarienummer: strings.TrimSpace(d.dnr.Text)}
	var problems model.Problems
	for _, f := range []struct{ name, value string }{{"decision.by", dec.By}, {"decision.date", string(dec.Date)},
		{"decision.paragraph", dec.Paragraph}, {"decision.diarienummer", dec.Diarienummer}} {
		if f.value == "" {
			problems = append(problems, model.FieldErr(f.name, model.CodeRequired))
		}
	}
	if dec.Date != "" && !dec.Date.Valid() {
		problems = append(problems, model.FieldErr("decision.date", model.CodeDateInvalid))
	}
	if len(problems) > 0 {
		return dec, problems
	}
	return dec, nil
}

// onConfirm fastställer the plan with the lägesbild's rows as they stand
// on the decision's date.
func (d *adoptDialog) onConfirm() {
	dec, err := d.decision()
	if err != nil {
		d.form.ShowProblems(err)
		return
	}
	u := d.r.p.ui
	d.confirm.Disable()
	var built model.Plan
	u.WorkOnDataset(func(ds *model.Dataset) {
		built = model.BuildPlanFor(ds, d.plan.SituationID, dec.Date)
	}, func() {
		d.confirm.Enable()
		adopted := *d.plan
		if err := adopted.Adopt(dec, built, time.Now()); err != nil {
			if !d.form.ShowProblems(err) {
				u.ShowError(err)
			}
			return
		}
		recs := []model.Record{&adopted}
		for _, other := range d.r.plans {
			if other.ID != adopted.ID && other.SituationID == adopted.SituationID && other.State == model.PlanAdopted {
				replaced := *other
				replaced.Supersede(adopted.ID)
				recs = append(recs, &replaced)
			}
		}
		if !u.Save(d.form, "", nil, recs...) {
			return
		}
		d.dialog.Hide()
		d.r.dialog = nil
		u.Status.SetState(session.Tr("lawgui.adopt.done", map[string]any{"Title": adopted.Title,
			"Short": model.ShortFingerprint(adopted.Fingerprint)}), false)
	})
}

// newPlanDialog makes a draft plan for a lägesbild and a period: by
// default the newest lägesbild and the year from the month after today.
type newPlanDialog struct {
	r         *planRecords
	situation *kit.Choice
	title     *widget.Entry
	from      *widget.Entry
	to        *widget.Entry
	dialog    *kit.RecordDialog
}

func (r *planRecords) onNew() {
	u := r.p.ui
	d := &newPlanDialog{r: r, situation: kit.NewChoice(nil), title: widget.NewEntry(), from: kit.NewDateEntry(), to: kit.NewDateEntry()}
	sits := situationsSorted(u.Doc.View)
	ids, labels := make([]string, len(sits)), make([]string, len(sits))
	for i, s := range sits {
		ids[i], labels[i] = s.ID, s.Title+" ("+string(s.Date)+")"
	}
	d.situation.SetOptions(ids, labels, false)
	if len(ids) > 0 {
		d.situation.SetIDQuietly(ids[0])
	}
	t := u.Today().Time()
	from := time.Date(t.Year(), t.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	to := from.AddDate(1, 0, -1)
	d.from.SetText(string(model.DateOf(from)))
	d.to.SetText(string(model.DateOf(to)))
	d.title.SetText(session.Tr("lawgui.plan.defaultTitle", map[string]any{"Period": fmt.Sprintf("%d/%02d", from.Year(), to.Year()%100)}))
	f := kit.NewForm()
	f.Add("situationId", "lawgui.plan.situation", d.situation.Sel)
	f.Add("title", "lawgui.plan.title", d.title)
	f.Add("from", "lawgui.plan.from", d.from)
	f.Add("to", "lawgui.plan.to", d.to)
	d.dialog = kit.NewRecordDialog(u, "lawgui.plan.newTitle", f, d.onCreate)
	r.newPlan = d
}

// onCreate writes the new draft and shows it.
func (d *newPlanDialog) onCreate() error {
	u := d.r.p.ui
	sit := u.Doc.View.Situations[d.situation.ID()]
	if sit == nil {
		return model.FieldErr("situationId", model.CodeRequired)
	}
	pl := model.NewPlanFor(sit, strings.TrimSpace(d.title.Text), model.Date(strings.TrimSpace(d.from.Text)), model.Date(strings.TrimSpace(d.to.Text)))
	if err := u.Doc.Put(pl); err != nil {
		return err
	}
	u.Undo.Push(session.Tr("lawgui.undo.addPlan", map[string]any{"Title": pl.Title}), session.UndoAdd(pl))
	d.r.chooser.SetIDQuietly(pl.ID)
	d.r.newPlan = nil
	u.RefreshAll()
	return nil
}
