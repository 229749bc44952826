package situation

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// problemEditor edits one problem of a lägesbild — what, where, when, who
// is affected, its rank and priority areas — and lists its numbered
// causes (orsaksanalys), where causes and sub-causes are added, changed
// and removed.
type problemEditor struct {
	e      *situationEditor
	before *model.Problem // nil for a new problem
	draft  *model.Problem // what a new problem starts from
	item   *widget.AccordionItem

	title    *widget.Entry
	what     *widget.Entry
	where    *widget.Entry
	when     *widget.Entry
	affected *widget.Entry
	// consequences are the problem's konsekvenser (lag 2023:196, 4 §),
	// and class who may read it.
	consequences *widget.Entry
	class        *classPicker
	rank         *widget.Entry
	areas        []*widget.Check // in model.Areas order
	form         *kit.Form
	save         *widget.Button
	retire       *widget.Button

	causesNote *widget.Label
	causes     *fyne.Container
	rows       []*causeRow
	addCause   *widget.Button

	content fyne.CanvasObject
}

// causeRow is one cause in the list: its number in the tree, its text and
// its buttons.
type causeRow struct {
	node   kit.CauseNode
	text   *widget.Label
	edit   *widget.Button
	addSub *widget.Button
	retire *widget.Button
}

func newProblemEditor(e *situationEditor) *problemEditor {
	pe := &problemEditor{e: e}
	pe.title = widget.NewEntry()
	multi := func(hint string) *widget.Entry {
		en := widget.NewMultiLineEntry()
		en.Wrapping = fyne.TextWrapWord
		en.SetMinRowsVisible(2)
		en.PlaceHolder = session.Tr(hint)
		return en
	}
	pe.what = multi("chainui.problem.whatHint")
	pe.where = widget.NewEntry()
	pe.where.PlaceHolder = session.Tr("chainui.problem.whereHint")
	pe.when = widget.NewEntry()
	pe.when.PlaceHolder = session.Tr("chainui.problem.whenHint")
	pe.affected = widget.NewEntry()
	pe.affected.PlaceHolder = session.Tr("chainui.problem.affectedHint")
	pe.consequences = multi("lawgui.problem.consequencesHint")
	pe.class = newClassPicker()
	pe.rank = widget.NewEntry()
	pe.rank.PlaceHolder = session.Tr("chainui.problem.rankHint")
	areas := container.NewVBox()
	for _, a := range model.Areas {
		c := widget.NewCheck(session.Tr(a.Key()), nil)
		pe.areas = append(pe.areas, c)
		areas.Add(c)
	}
	pe.form = kit.NewForm()
	pe.form.Submit = func() {
		if !pe.save.Disabled() {
			pe.onSave()
		}
	}
	pe.form.Add("title", "", pe.title)
	pe.form.Add("what", "", pe.what)
	pe.form.Add("where", "", pe.where)
	pe.form.Add("when", "", pe.when)
	pe.form.Add("affected", "", pe.affected)
	pe.form.Add("consequences", "field.consequences", pe.consequences)
	pe.form.Add("rank", "", pe.rank)
	pe.form.Add("areas", "", areas)
	pe.form.Add("class", "field.class", pe.class.content)
	pe.save = &widget.Button{Text: session.Tr("chainui.problem.save"), Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: pe.onSave}
	pe.retire = &widget.Button{Text: session.Tr("chainui.problem.retire"), Icon: theme.DeleteIcon(), OnTapped: pe.onRetire}

	pe.causesNote = &widget.Label{Importance: widget.LowImportance, Wrapping: fyne.TextWrapWord}
	pe.causes = container.NewVBox()
	pe.addCause = &widget.Button{Text: session.Tr("chainui.causes.add"), Icon: theme.ContentAddIcon(), OnTapped: func() { pe.onAddCause(nil) }}
	causesHead := container.NewBorder(nil, nil, widget.NewLabelWithStyle(session.Tr("chainui.causes.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), pe.addCause)
	pe.content = container.NewVBox(pe.form.View(), container.NewHBox(pe.save, pe.retire),
		widget.NewSeparator(), causesHead, pe.causesNote, pe.causes)
	return pe
}

// itemTitle is the problem's line in the accordion: its rank and title.
func (pe *problemEditor) itemTitle() string {
	p := pe.before
	if p == nil {
		return session.Tr("chainui.problems.new")
	}
	title := p.Title
	if p.Rank > 0 {
		title = fmt.Sprintf("%d. %s", p.Rank, p.Title)
	}
	if b := markingBadge(p.Marking); b != "" {
		title += " · " + b
	}
	return title
}

// load shows p in the editor.
func (pe *problemEditor) load(p *model.Problem) {
	pe.before, pe.draft = p, p
	pe.title.SetText(p.Title)
	pe.what.SetText(p.What)
	pe.where.SetText(p.Where)
	pe.when.SetText(p.When)
	pe.affected.SetText(p.Affected)
	pe.consequences.SetText(p.Consequences)
	pe.class.set(p.Marking)
	pe.rank.SetText("")
	if p.Rank > 0 {
		pe.rank.SetText(strconv.Itoa(p.Rank))
	}
	for i, a := range model.Areas {
		pe.areas[i].SetChecked(slices.Contains(p.Areas, a))
	}
	pe.form.Clear()
	pe.setEditable()
}

func (pe *problemEditor) setEditable() {
	ro := pe.e.s.ui.ReadOnly()
	kit.SetDisabled(ro, pe.save)
	kit.SetDisabled(ro || pe.before == nil, pe.retire, pe.addCause)
	pe.class.setDisabled(ro)
	for _, en := range []*widget.Entry{pe.title, pe.what, pe.where, pe.when, pe.affected, pe.consequences, pe.rank} {
		if ro {
			en.Disable()
		} else {
			en.Enable()
		}
	}
	for _, c := range pe.areas {
		if ro {
			c.Disable()
		} else {
			c.Enable()
		}
	}
	for _, r := range pe.rows {
		kit.SetDisabled(ro, r.edit, r.addSub, r.retire)
	}
}

// onSave writes the problem; problems with it show beside their fields.
func (pe *problemEditor) onSave() {
	u := pe.e.s.ui
	copied := *pe.draft
	p := &copied
	p.Title = strings.TrimSpace(pe.title.Text)
	p.What = strings.TrimSpace(pe.what.Text)
	p.Where = strings.TrimSpace(pe.where.Text)
	p.When = strings.TrimSpace(pe.when.Text)
	p.Affected = strings.TrimSpace(pe.affected.Text)
	p.Consequences = strings.TrimSpace(pe.consequences.Text)
	p.Marking = pe.class.marking()
	p.Rank = 0
	if text := strings.TrimSpace(pe.rank.Text); text != "" {
		n, err := strconv.Atoi(text)
		if err != nil || n < 0 {
			pe.form.ShowProblems(model.FieldErr("rank", "ui.notNumber"))
			return
		}
		p.Rank = n
	}
	p.Areas = nil
	for i, a := range model.Areas {
		if pe.areas[i].Checked {
			p.Areas = append(p.Areas, a)
		}
	}
	if err := u.Doc.Put(p); err != nil {
		if !pe.form.ShowProblems(lineProblems(err, "areas")) {
			u.ShowError(err)
		}
		return
	}
	if pe.before == nil {
		u.Undo.Push(session.Tr("chainui.undo.addProblem", map[string]any{"Title": p.Title}), session.UndoAdd(p))
	} else {
		u.Undo.Push(session.Tr("chainui.undo.editProblem", map[string]any{"Title": p.Title}), session.UndoEdit(pe.before))
	}
	if now := u.Doc.View.Problems[p.ID]; now != nil {
		pe.load(now)
	}
	u.RefreshAll()
	u.Status.SetState(session.Tr("status.recorded"), false)
}

// onRetire asks, then retires the problem and its causes. Commitments that
// answered them are left unlinked, which the åtgärdsplan then points out.
func (pe *problemEditor) onRetire() {
	p := pe.before
	if p == nil {
		return
	}
	u := pe.e.s.ui
	causes := u.Doc.View.CausesOf(p.ID)
	msg := session.Tr("chainui.problem.retireMessage", map[string]any{"Title": p.Title, "Causes": len(causes),
		"Commitments": len(pe.commitmentsOf(func(c *model.Commitment) bool { return c.ProblemID == p.ID }))})
	u.Confirm("chainui.problem.retireTitle", msg, "chainui.problem.retire", func() {
		recs := []model.Record{p}
		for _, c := range causes {
			recs = append(recs, c)
		}
		undo, err := retireChain(u.Doc, recs)
		if err != nil {
			u.ShowError(err)
		}
		if undo != nil {
			u.Undo.Push(session.Tr("chainui.undo.retireProblem", map[string]any{"Title": p.Title}), undo)
		}
		u.RefreshAll()
	})
}

// commitmentsOf returns the live commitments that match.
func (pe *problemEditor) commitmentsOf(match func(*model.Commitment) bool) []*model.Commitment {
	var out []*model.Commitment
	for _, row := range pe.e.s.ui.Doc.View.Rows {
		if match(row.C) {
			out = append(out, row.C)
		}
	}
	return out
}

// refreshCauses lists the problem's causes as a numbered tree.
func (pe *problemEditor) refreshCauses() {
	pe.causes.RemoveAll()
	pe.rows = nil
	if pe.before == nil {
		pe.causesNote.SetText(session.Tr("chainui.causes.saveFirst"))
		pe.causesNote.Show()
		pe.setEditable()
		return
	}
	tree := kit.CauseTree(pe.e.s.ui.Doc.View.CausesOf(pe.before.ID))
	if len(tree) == 0 {
		pe.causesNote.SetText(session.Tr("chainui.causes.none"))
		pe.causesNote.Show()
	} else {
		pe.causesNote.Hide()
	}
	for _, n := range tree {
		r := &causeRow{node: n}
		r.text = &widget.Label{Text: n.Cause.Description, Wrapping: fyne.TextWrapWord}
		number := widget.NewLabelWithStyle(n.Label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		r.edit = &widget.Button{Icon: theme.DocumentCreateIcon(), Importance: widget.LowImportance, OnTapped: func() { pe.onEditCause(n.Cause) }}
		r.addSub = &widget.Button{Text: session.Tr("chainui.causes.addSub"), Icon: theme.ContentAddIcon(), Importance: widget.LowImportance, OnTapped: func() { pe.onAddCause(n.Cause) }}
		r.retire = &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { pe.onRetireCause(n.Cause) }}
		indent := canvas.NewRectangle(nil)
		indent.SetMinSize(fyne.NewSize(float32(24*n.Depth), 0))
		left := container.NewHBox(indent, number)
		pe.causes.Add(container.NewBorder(nil, nil, left, container.NewHBox(r.edit, r.addSub, r.retire), r.text))
		pe.rows = append(pe.rows, r)
	}
	pe.setEditable()
}

// row returns the row of the cause labelled label ("1.1"), nil if none.
func (pe *problemEditor) row(label string) *causeRow {
	for _, r := range pe.rows {
		if r.node.Label == label {
			return r
		}
	}
	return nil
}

// causeDialog asks for a cause's description.
type causeDialog struct {
	description *widget.Entry
	dialog      *kit.RecordDialog
}

// onAddCause asks for a new cause of the problem, or a sub-cause of
// parent, numbered after its siblings.
func (pe *problemEditor) onAddCause(parent *model.Cause) {
	if pe.before == nil {
		return
	}
	c := &model.Cause{ProblemID: pe.before.ID}
	titleKey := "chainui.causes.addTitle"
	if parent != nil {
		c.ParentID = parent.ID
		titleKey = "chainui.causes.addSubTitle"
	}
	for _, s := range pe.e.s.ui.Doc.View.CausesOf(pe.before.ID) {
		if s.ParentID == c.ParentID {
			c.Number = max(c.Number, s.Number)
		}
	}
	c.Number++
	pe.showCauseDialog(titleKey, c, nil)
}

// onEditCause asks for a new description of c.
func (pe *problemEditor) onEditCause(c *model.Cause) {
	copied := *c
	pe.showCauseDialog("chainui.causes.editTitle", &copied, c)
}

// showCauseDialog shows the dialog that writes c; before is the cause as
// it was, nil for a new one.
func (pe *problemEditor) showCauseDialog(titleKey string, c, before *model.Cause) {
	u := pe.e.s.ui
	d := &causeDialog{description: widget.NewMultiLineEntry()}
	d.description.Wrapping = fyne.TextWrapWord
	d.description.SetMinRowsVisible(3)
	d.description.SetText(c.Description)
	f := kit.NewForm()
	f.Add("description", "chainui.causes.description", d.description)
	d.dialog = kit.NewRecordDialog(u, titleKey, f, func() error {
		c.Description = strings.TrimSpace(d.description.Text)
		if err := u.Doc.Put(c); err != nil {
			return err
		}
		if before == nil {
			u.Undo.Push(session.Tr("chainui.undo.addCause", map[string]any{"Description": c.Description}), session.UndoAdd(c))
		} else {
			u.Undo.Push(session.Tr("chainui.undo.editCause", map[string]any{"Description": c.Description}), session.UndoEdit(before))
		}
		u.RefreshAll()
		u.Status.SetState(session.Tr("status.recorded"), false)
		return nil
	})
	if before != nil {
		d.dialog.Save.SetText(session.Tr("button.save"))
	}
	if cv := u.Win.Canvas(); cv != nil {
		cv.Focus(d.description)
	}
}

// onRetireCause asks, then retires the cause with its sub-causes and
// numbers the causes after it one lower, so that the numbers run on
// without a gap. Ctrl+Z takes all of it back.
func (pe *problemEditor) onRetireCause(c *model.Cause) {
	u := pe.e.s.ui
	all := u.Doc.View.CausesOf(c.ProblemID)
	gone := []model.Record{c}
	ids := map[string]bool{c.ID: true}
	for added := true; added; {
		added = false
		for _, x := range all {
			if !ids[x.ID] && ids[x.ParentID] {
				ids[x.ID], added = true, true
				gone = append(gone, x)
			}
		}
	}
	linked := pe.commitmentsOf(func(cm *model.Commitment) bool { return ids[cm.CauseID] })
	label := c.Description
	if r := pe.rowOf(c.ID); r != nil {
		label = r.node.Label + " " + c.Description
	}
	msg := session.Tr("chainui.causes.retireMessage", map[string]any{"Cause": label, "Subs": len(gone) - 1, "Commitments": len(linked)})
	u.Confirm("chainui.causes.retireTitle", msg, "chainui.causes.retire", func() {
		// The siblings after it move up one.
		var renumbered, before []model.Record
		for _, x := range all {
			if x.ParentID == c.ParentID && !ids[x.ID] && x.Number > c.Number {
				moved := *x
				moved.Number--
				renumbered, before = append(renumbered, &moved), append(before, x)
			}
		}
		undo, err := retireChain(u.Doc, gone)
		if err == nil && len(renumbered) > 0 {
			if err = u.Doc.Put(renumbered...); err == nil {
				retired := undo
				undo = func(d *session.Document) error {
					for _, b := range before {
						if err := session.UndoEdit(b.(*model.Cause))(d); err != nil {
							return err
						}
					}
					return retired(d)
				}
			}
		}
		if err != nil {
			u.ShowError(err)
		}
		if undo != nil {
			u.Undo.Push(session.Tr("chainui.undo.retireCause", map[string]any{"Description": c.Description}), undo)
		}
		u.RefreshAll()
	})
}

// rowOf returns the row of cause id, nil if none.
func (pe *problemEditor) rowOf(id string) *causeRow {
	for _, r := range pe.rows {
		if r.node.Cause.ID == id {
			return r
		}
	}
	return nil
}
