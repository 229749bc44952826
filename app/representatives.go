package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
)

// repEditor is the dialog that adds or edits a representative of a part.
type repEditor struct {
	parts  *parts
	before *model.Representative // nil when adding

	name      *widget.Entry
	title     *widget.Entry
	email     *widget.Entry
	phone     *widget.Entry
	role      *choice
	maySign   *widget.Check
	validFrom *widget.Entry
	validTo   *widget.Entry
	form      *form
	save      *widget.Button
	cancel    *widget.Button
	dialog    *dialog.CustomDialog
}

func (p *parts) onAddRepresentative() {
	if p.selected == "" {
		return
	}
	p.showRepEditor(nil)
}

func (p *parts) onEditRepresentative(id string) {
	if r := p.ui.doc.view.representatives[id]; r != nil {
		p.showRepEditor(r)
	}
}

// showRepEditor opens the representative dialog for r, or for a new one.
func (p *parts) showRepEditor(r *model.Representative) {
	e := &repEditor{parts: p, before: r}
	e.name = widget.NewEntry()
	e.title = widget.NewEntry()
	e.email = widget.NewEntry()
	e.phone = widget.NewEntry()
	e.role = newChoice(nil)
	roles, labels := []string{}, []string{}
	for _, k := range model.CouncilRoles {
		roles = append(roles, string(k))
		labels = append(labels, tr("role."+string(k)))
	}
	e.role.noneLabel = tr("role.") // a contact person outside the council
	e.role.setOptions(roles, labels, true)
	e.role.setIDQuietly(string(model.RoleMember))
	e.maySign = widget.NewCheck(tr("rep.maySignHelp"), nil)
	e.validFrom = newDateEntry()
	e.validTo = newDateEntry()
	e.form = newForm()
	e.form.submit = func() { e.onSave() }
	e.form.add("name", "", e.name)
	e.form.add("title", "", e.title)
	e.form.add("email", "", e.email)
	e.form.add("phone", "", e.phone)
	e.form.add("role", "", e.role.sel)
	e.form.add("maySign", "", e.maySign)
	e.form.add("validFrom", "", e.validFrom)
	e.form.add("validTo", "", e.validTo)
	if r != nil {
		e.name.SetText(r.Name)
		e.title.SetText(r.Title)
		e.email.SetText(r.Email)
		e.phone.SetText(r.Phone)
		e.role.setIDQuietly(string(r.Role))
		e.maySign.SetChecked(r.MaySign)
		e.validFrom.SetText(string(r.ValidFrom))
		e.validTo.SetText(string(r.ValidTo))
	}
	e.save = &widget.Button{Text: tr("button.save"), Importance: widget.HighImportance, OnTapped: e.onSave}
	e.cancel = &widget.Button{Text: tr("button.cancel"), OnTapped: e.onCancel}
	title := tr("reps.addTitle", map[string]any{"Part": p.ui.doc.view.partName(p.selected)})
	if r != nil {
		title = tr("reps.editTitle", map[string]any{"Name": r.Name})
	}
	e.dialog = dialog.NewCustomWithoutButtons(title, container.NewVScroll(e.form.view()), p.ui.win)
	e.dialog.SetButtons([]fyne.CanvasObject{e.cancel, e.save})
	e.dialog.Resize(fyne.NewSize(620, 560))
	p.repEditor = e
	e.dialog.Show()
	p.ui.win.Canvas().Focus(e.name)
}

func (e *repEditor) onCancel() {
	e.dialog.Hide()
	e.parts.repEditor = nil
}

// onSave writes the representative; problems show beside their fields and
// the dialog stays open.
func (e *repEditor) onSave() {
	p := e.parts
	r := &model.Representative{PartID: p.selected}
	if e.before != nil {
		copied := *e.before
		r = &copied
	}
	r.Name = strings.TrimSpace(e.name.Text)
	r.Title = strings.TrimSpace(e.title.Text)
	r.Email = strings.TrimSpace(e.email.Text)
	r.Phone = strings.TrimSpace(e.phone.Text)
	r.Role = model.CouncilRole(e.role.id())
	r.MaySign = e.maySign.Checked
	r.ValidFrom = model.Date(strings.TrimSpace(e.validFrom.Text))
	r.ValidTo = model.Date(strings.TrimSpace(e.validTo.Text))
	if err := p.ui.doc.put(r); err != nil {
		if !e.form.showProblems(err) {
			p.ui.showError(err)
		}
		return
	}
	if e.before == nil {
		p.ui.undo.push(tr("undo.addRep", map[string]any{"Name": r.Name}), undoAdd(r))
	} else {
		p.ui.undo.push(tr("undo.editRep", map[string]any{"Name": r.Name}), undoEdit(e.before))
	}
	e.dialog.Hide()
	p.repEditor = nil
	p.ui.refreshAll()
	p.ui.status.setState(tr("status.recorded"), false)
}

// onRetireRepresentative asks, then retires the representative.
func (p *parts) onRetireRepresentative(id string) {
	r := p.ui.doc.view.representatives[id]
	if r == nil {
		return
	}
	p.ui.confirm("reps.retireTitle", tr("reps.retireMessage", map[string]any{"Name": r.Name}), "reps.retire", func() {
		if err := p.ui.doc.retire(model.KindRepresentative, id); err != nil {
			p.ui.showError(err)
			return
		}
		p.ui.undo.push(tr("undo.retireRep", map[string]any{"Name": r.Name}), undoRetire(model.KindRepresentative, id))
		p.ui.refreshAll()
	})
}
