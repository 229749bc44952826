package parts

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// repEditor is the dialog that adds or edits a representative of a part.
type repEditor struct {
	parts  *Screen
	before *model.Representative // nil when adding

	name      *widget.Entry
	title     *widget.Entry
	email     *widget.Entry
	phone     *widget.Entry
	role      *kit.Choice
	maySign   *widget.Check
	validFrom *widget.Entry
	validTo   *widget.Entry
	form      *kit.Form
	save      *widget.Button
	cancel    *widget.Button
	dialog    *dialog.CustomDialog
	// edits keeps what was typed when the council closes with the
	// dialog open.
	edits *kit.Edits
}

func (p *Screen) onAddRepresentative() {
	if p.selected == "" {
		return
	}
	p.showRepEditor(nil)
}

func (p *Screen) onEditRepresentative(id string) {
	if r := p.ui.Doc.View.Representatives[id]; r != nil {
		p.showRepEditor(r)
	}
}

// showRepEditor opens the representative dialog for r, or for a new one.
func (p *Screen) showRepEditor(r *model.Representative) {
	e := &repEditor{parts: p, before: r}
	e.name = widget.NewEntry()
	e.title = widget.NewEntry()
	e.email = widget.NewEntry()
	e.phone = widget.NewEntry()
	e.role = kit.NewChoice(nil)
	roles, labels := []string{}, []string{}
	for _, k := range model.CouncilRoles {
		roles = append(roles, string(k))
		labels = append(labels, session.Tr("role."+string(k)))
	}
	e.role.NoneLabel = session.Tr("role.") // a contact person outside the council
	e.role.SetOptions(roles, labels, true)
	e.role.SetIDQuietly(string(model.RoleMember))
	e.maySign = widget.NewCheck(session.Tr("rep.maySignHelp"), nil)
	e.validFrom = kit.NewDateEntry()
	e.validTo = kit.NewDateEntry()
	e.form = kit.NewForm()
	e.form.Submit = func() { e.onSave() }
	e.form.Add("name", "", e.name)
	e.form.Add("title", "", e.title)
	e.form.Add("email", "", e.email)
	e.form.Add("phone", "", e.phone)
	e.form.Add("role", "", e.role.Sel)
	e.form.Add("maySign", "", e.maySign)
	e.form.Add("validFrom", "", e.validFrom)
	e.form.Add("validTo", "", e.validTo)
	if r != nil {
		e.name.SetText(r.Name)
		e.title.SetText(r.Title)
		e.email.SetText(r.Email)
		e.phone.SetText(r.Phone)
		e.role.SetIDQuietly(string(r.Role))
		e.maySign.SetChecked(r.MaySign)
		e.validFrom.SetText(string(r.ValidFrom))
		e.validTo.SetText(string(r.ValidTo))
	}
	e.save = &widget.Button{Text: session.Tr("button.save"), Importance: widget.HighImportance, OnTapped: e.onSave}
	e.cancel = &widget.Button{Text: session.Tr("button.cancel"), OnTapped: e.onCancel}
	title := session.Tr("reps.addTitle", map[string]any{"Part": p.ui.Doc.View.PartName(p.selected)})
	if r != nil {
		title = session.Tr("reps.editTitle", map[string]any{"Name": r.Name})
	}
	body := container.NewVScroll(e.form.View())
	e.edits = kit.NewEdits(func() string { return session.Tr("unsaved.rep", map[string]any{"Title": title}) }, e.onSave, body)
	e.edits.Mark()
	p.ui.TrackAs("representative", e.edits)
	e.dialog = dialog.NewCustomWithoutButtons(title, body, p.ui.Win)
	e.dialog.SetButtons([]fyne.CanvasObject{e.cancel, e.save})
	e.dialog.Resize(fyne.NewSize(620, 560))
	e.dialog.Show()
	p.ui.Win.Canvas().Focus(e.name)
}

func (e *repEditor) onCancel() {
	e.edits.Close()
	e.dialog.Hide()
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
	r.Role = model.CouncilRole(e.role.ID())
	r.MaySign = e.maySign.Checked
	r.ValidFrom = kit.DateOf(e.validFrom, e.parts.ui.Today())
	r.ValidTo = kit.DateOf(e.validTo, e.parts.ui.Today())
	if err := p.ui.Doc.Put(r); err != nil {
		if !e.form.ShowProblems(err) {
			p.ui.ShowError(err)
		}
		return
	}
	if e.before == nil {
		p.ui.Undo.Push(session.Tr("undo.addRep", map[string]any{"Name": r.Name}), session.UndoAdd(r))
	} else {
		p.ui.Undo.Push(session.Tr("undo.editRep", map[string]any{"Name": r.Name}), session.UndoEdit(e.before))
	}
	e.edits.Close()
	e.dialog.Hide()
	p.ui.RefreshAll()
	p.ui.Status.SetState(session.Tr("status.recorded"), false)
}

// onRetireRepresentative asks, then retires the representative.
func (p *Screen) onRetireRepresentative(id string) {
	r := p.ui.Doc.View.Representatives[id]
	if r == nil {
		return
	}
	p.ui.Confirm("reps.retireTitle", session.Tr("reps.retireMessage", map[string]any{"Name": r.Name}), "reps.retire", func() {
		if err := p.ui.Doc.Retire(model.KindRepresentative, id); err != nil {
			p.ui.ShowError(err)
			return
		}
		p.ui.Undo.Push(session.Tr("undo.retireRep", map[string]any{"Name": r.Name}), session.UndoRetire(model.KindRepresentative, id))
		p.ui.RefreshAll()
	})
}
