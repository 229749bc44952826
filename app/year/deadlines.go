package year

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// deadlineEditor is the dialog that makes or edits a deadline of the
// årshjul, and marks one of its occurrences met or open again.
type deadlineEditor struct {
	s      *Screen
	d      *model.Deadline // the stored deadline, nil for a new one
	occ    model.Occurrence
	Form   *kit.Form
	Title  *widget.Entry
	Kind   *widget.Select
	Due    *widget.Entry
	Repeat *widget.Select
	Until  *widget.Entry
	Part   *kit.Choice
	Notes  *widget.Entry
	Save   *widget.Button
	Done   *widget.Button
	Remove *widget.Button
	Dialog *dialog.CustomDialog
}

// onAdd opens the editor for a new deadline due today.
func (s *Screen) onAdd() { s.openEditor(nil, model.Occurrence{}) }

// openOccurrence opens the editor on the deadline of an occurrence.
func (s *Screen) openOccurrence(o model.Occurrence) { s.openEditor(o.Deadline, o) }

func (s *Screen) openEditor(d *model.Deadline, o model.Occurrence) {
	e := &deadlineEditor{s: s, d: d, occ: o, Form: kit.NewForm()}
	e.Title = widget.NewEntry()
	e.Kind = widget.NewSelect(kindLabels(), nil)
	e.Due = kit.NewDateEntry()
	e.Repeat = widget.NewSelect(repeatLabels(), nil)
	e.Until = kit.NewDateEntry()
	e.Part = kit.NewChoice(nil)
	var ids, names []string
	for _, p := range s.ui.Doc.View.PartsByName() {
		ids, names = append(ids, p.ID), append(names, p.Name)
	}
	e.Part.SetOptions(ids, names, true)
	e.Notes = widget.NewMultiLineEntry()
	e.Notes.SetMinRowsVisible(3)
	e.Form.Add("title", "", e.Title)
	e.Form.Add("kind", "", e.Kind)
	e.Form.Add("due", "year.field.due", e.Due)
	e.Form.Add("repeatMonths", "", e.Repeat)
	e.Form.Add("until", "", e.Until)
	e.Form.Add("partId", "year.field.responsible", e.Part.Sel)
	e.Form.Add("notes", "", e.Notes)

	title, due := "year.new", s.ui.Today()
	e.Kind.SetSelectedIndex(len(model.DeadlineKinds) - 1)
	e.Repeat.SetSelectedIndex(0)
	if d != nil {
		title, due = "year.edit", d.Due
		e.Title.SetText(d.Title)
		e.Kind.SetSelectedIndex(slices.Index(model.DeadlineKinds, d.Kind))
		e.Repeat.SetSelectedIndex(slices.Index(model.RepeatChoices, d.RepeatMonths))
		e.Until.SetText(string(d.Until))
		e.Part.SetIDQuietly(d.PartID)
		e.Notes.SetText(d.Notes)
	}
	e.Due.SetText(string(due))

	cancel := &widget.Button{Text: session.Tr("button.cancel"), OnTapped: func() { e.Dialog.Hide() }}
	e.Save = &widget.Button{Text: session.Tr("button.save"), Importance: widget.HighImportance, OnTapped: e.onSave}
	e.Form.Submit = e.onSave
	buttons := []fyne.CanvasObject{cancel, e.Save}
	content := container.NewVBox(e.Form.View())
	if d != nil {
		e.Remove = &widget.Button{Text: session.Tr("year.remove"), Importance: widget.DangerImportance, OnTapped: e.onRemove}
		buttons = append([]fyne.CanvasObject{e.Remove}, buttons...)
		if o.Deadline != nil {
			e.Done = &widget.Button{OnTapped: e.onDone}
			e.Done.SetText(session.Tr("year.markDone", map[string]any{"Date": string(o.Due)}))
			if o.Done() {
				e.Done.SetText(session.Tr("year.reopen", map[string]any{"Date": string(o.Due)}))
			}
			content.Add(widget.NewSeparator())
			content.Add(container.NewHBox(e.Done))
		}
		kit.SetDisabled(s.ui.ReadOnly(), e.Remove, e.Save)
	}
	if s.ui.ReadOnly() {
		kit.DisableInputs(content)
	}
	e.Dialog = dialog.NewCustomWithoutButtons(session.Tr(title), content, s.ui.Win)
	e.Dialog.SetButtons(buttons)
	e.Dialog.Resize(fyne.NewSize(620, e.Dialog.MinSize().Height))
	e.Dialog.Show()
	s.Editor = e
}

func kindLabels() []string {
	var out []string
	for _, k := range model.DeadlineKinds {
		out = append(out, session.Tr("year.deadlineKind."+string(k)))
	}
	return out
}

func repeatLabels() []string {
	var out []string
	for _, n := range model.RepeatChoices {
		out = append(out, session.Tr(fmt.Sprintf("year.repeat.%d", n)))
	}
	return out
}

// record returns the deadline as the form has it.
func (e *deadlineEditor) record() *model.Deadline {
	d := &model.Deadline{}
	if e.d != nil {
		c := *e.d
		c.Completions = slices.Clone(e.d.Completions)
		d = &c
	}
	d.Title = strings.TrimSpace(e.Title.Text)
	if i := e.Kind.SelectedIndex(); i >= 0 {
		d.Kind = model.DeadlineKinds[i]
	}
	d.Due = kit.DateOf(e.Due, e.s.ui.Today())
	if i := e.Repeat.SelectedIndex(); i >= 0 {
		d.RepeatMonths = model.RepeatChoices[i]
	}
	d.Until = kit.DateOf(e.Until, e.s.ui.Today())
	d.PartID = e.Part.ID()
	d.Notes = e.Notes.Text
	return d
}

func (e *deadlineEditor) onSave() {
	d := e.record()
	undo := session.UndoAdd(d)
	what := session.Tr("year.undo.add", map[string]any{"Title": d.Title})
	if e.d != nil {
		undo = session.UndoEdit(e.d)
		what = session.Tr("year.undo.edit", map[string]any{"Title": d.Title})
	}
	if e.s.ui.Save(e.Form, what, undo, d) {
		e.Dialog.Hide()
	}
}

// onDone marks the occurrence met today, or open again when it was met.
// A met occurrence of a lägesbild, dialogue or agreement names the record
// of its kind made closest to its date.
func (e *deadlineEditor) onDone() {
	d := e.record()
	if e.occ.Done() {
		d.Reopen(e.occ.Due)
	} else {
		kind, id := e.s.produced(d.Kind, e.occ.Due)
		d.Complete(e.occ.Due, e.s.ui.Today(), kind, id)
	}
	what := session.Tr("year.undo.done", map[string]any{"Title": d.Title})
	if e.s.ui.Save(e.Form, what, session.UndoEdit(e.d), d) {
		e.Dialog.Hide()
	}
}

func (e *deadlineEditor) onRemove() {
	if e.s.ui.Retire(model.KindDeadline, e.d.ID, session.Tr("year.undo.remove", map[string]any{"Title": e.d.Title})) {
		e.Dialog.Hide()
	}
}

// produced returns the record that met a deadline of kind: the record of
// the kind it produces dated closest to due, within four months.
func (s *Screen) produced(kind model.DeadlineKind, due model.Date) (model.Kind, string) {
	best, bestDays := "", 121
	consider := func(id string, d model.Date) {
		if !d.Valid() {
			return
		}
		days := int(d.Time().Sub(due.Time()).Hours() / 24)
		if days = max(days, -days); days < bestDays {
			best, bestDays = id, days
		}
	}
	v := s.ui.Doc.View
	switch kind.Produces() {
	case model.KindSituation:
		for _, x := range v.Situations {
			consider(x.ID, x.Date)
		}
	case model.KindDialogue:
		for _, x := range s.Dialogues {
			consider(x.ID, x.Date)
		}
	case model.KindAgreement:
		for _, x := range v.Agreements {
			consider(x.ID, x.From)
		}
	}
	if best == "" {
		return "", ""
	}
	return kind.Produces(), best
}

// onPropose fills an empty årshjul with the proposal for a new council,
// which the chair then edits; Ctrl+Z takes it back.
func (s *Screen) onPropose() {
	v := s.ui.Doc.View
	list := model.ProposeYear(s.ui.Today().Year(), v.PartsSorted(), v.AgreementsSorted(),
		func(key string, kv ...any) string {
			args := map[string]any{}
			for i := 0; i+1 < len(kv); i += 2 {
				args[fmt.Sprint(kv[i])] = kv[i+1]
			}
			return session.Tr(key, args)
		})
	recs := make([]model.Record, len(list))
	for i, d := range list {
		recs[i] = d
	}
	undo := func(doc *session.Document) error {
		for _, d := range list {
			if err := doc.Retire(model.KindDeadline, d.ID); err != nil {
				return err
			}
		}
		return nil
	}
	s.ui.Save(nil, session.Tr("year.undo.propose"), undo, recs...)
}
