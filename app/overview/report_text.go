package overview

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// reportTexts edits what the chair writes into the report to the nämnd
// for the period shown: the sammanfattning, the analys and the förslag
// till fortsatt arbete, kept with the period (model.ReportText) and
// printed with the report's figures.
type reportTexts struct {
	ui       *session.Session
	from, to model.Date        // the period the texts belong to
	before   *model.ReportText // as stored; nil when none is

	period    *widget.Label
	summary   *widget.Entry
	analysis  *widget.Entry
	proposals *widget.Entry
	form      *kit.Form
	save      *widget.Button
	content   fyne.CanvasObject
}

func newReportTexts(u *session.Session) *reportTexts {
	t := &reportTexts{ui: u}
	t.period = &widget.Label{Wrapping: fyne.TextWrapWord}
	entry := func(hint string) *widget.Entry {
		e := widget.NewMultiLineEntry()
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(4)
		e.PlaceHolder = session.Tr(hint)
		return e
	}
	t.summary = entry("reportui.summaryHint")
	t.analysis = entry("reportui.analysisHint")
	t.proposals = entry("reportui.proposalsHint")
	t.form = kit.NewForm()
	t.form.Add("summary", "", t.summary)
	t.form.Add("analysis", "", t.analysis)
	t.form.Add("proposals", "", t.proposals)
	t.save = &widget.Button{Text: session.Tr("reportui.save"), Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: func() { t.saveTexts() }}
	t.content = container.NewVBox(kit.SectionTitle("reportui.title"), t.period, t.form.View(), container.NewHBox(t.save))
	return t
}

// show loads the texts of the period from–to, unless the texts of that
// period are being written: a refresh after another change keeps them.
func (t *reportTexts) show(from, to model.Date) {
	kit.SetDisabled(t.ui.ReadOnly(), t.save)
	if from == t.from && to == t.to && t.edited() {
		return
	}
	t.from, t.to = from, to
	t.period.SetText(session.Tr("reportui.period", map[string]any{"From": string(from), "To": string(to)}))
	t.before = t.stored()
	x := t.before
	if x == nil {
		x = &model.ReportText{}
	}
	t.summary.SetText(x.Summary)
	t.analysis.SetText(x.Analysis)
	t.proposals.SetText(x.Proposals)
	t.form.Clear()
}

// stored returns the period's texts as the file has them.
func (t *reportTexts) stored() *model.ReportText {
	return model.ReportTextFor(t.list(), t.from, t.to)
}

// list reads every report text of the file; there is one a period
// reported on, a handful.
func (t *reportTexts) list() []*model.ReportText {
	recs, err := t.ui.Doc.Store.List(model.KindReportText)
	if err != nil {
		return nil
	}
	var out []*model.ReportText
	for _, r := range recs {
		if x, ok := r.(*model.ReportText); ok {
			out = append(out, x)
		}
	}
	return out
}

// fromForm returns the texts as the form has them.
func (t *reportTexts) fromForm() *model.ReportText {
	x := &model.ReportText{From: t.from, To: t.to}
	if t.before != nil {
		copied := *t.before
		x = &copied
	}
	x.Summary = strings.TrimSpace(t.summary.Text)
	x.Analysis = strings.TrimSpace(t.analysis.Text)
	x.Proposals = strings.TrimSpace(t.proposals.Text)
	return x
}

// edited reports whether the form holds texts the file does not.
func (t *reportTexts) edited() bool {
	x, b := t.fromForm(), t.before
	if b == nil {
		b = &model.ReportText{}
	}
	return x.Summary != b.Summary || x.Analysis != b.Analysis || x.Proposals != b.Proposals
}

// saveTexts writes the texts of the period; problems show beside their
// fields. It reports whether the file holds the form's texts.
func (t *reportTexts) saveTexts() bool {
	if t.from == "" || !t.edited() {
		return true
	}
	x := t.fromForm()
	what, undo := session.Tr("reportui.undo", map[string]any{"From": string(t.from), "To": string(t.to)}), session.UndoAdd(x)
	if t.before != nil {
		undo = session.UndoEdit(t.before)
	}
	if !t.ui.Save(t.form, what, undo, x) {
		return false
	}
	t.before = x
	return true
}
