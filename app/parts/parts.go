package parts

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// Screen is the screen of the council's organisations, grouped by kind, and
// their representatives: add, edit and retire both.
type Screen struct {
	// empty says what to do first while the list has nothing.
	empty *kit.EmptyNote
	ui    *session.Session

	tree     *widget.Tree
	byKind   map[string][]string // kind node id → part ids
	selected string              // the part in the editor; "" for a new one
	shown    *model.Part         // the part as the form was filled with it

	heading   *widget.Label
	name      *widget.Entry
	kind      *kit.Choice
	orgNumber *widget.Entry
	// legalName and through say how an agreement names the aktör: the
	// legal person it belongs to and the unit that acts for it; asParty
	// shows the result.
	legalName *widget.Entry
	through   *widget.Entry
	asParty   *widget.Label
	signing   *widget.Check
	address   *widget.Entry
	notes     *widget.Entry
	form      *kit.Form
	save      *widget.Button
	retire    *widget.Button
	add       *widget.Button

	reps   *fyne.Container
	addRep *widget.Button

	content fyne.CanvasObject
}

const kindNodePrefix = "kind:"

// New builds the screen for the session's open council.
func New(u *session.Session) *Screen {
	p := &Screen{ui: u, byKind: map[string][]string{}}
	u.Track(p)
	p.tree = &widget.Tree{
		ChildUIDs: p.childIDs,
		IsBranch:  func(id string) bool { return id == "" || strings.HasPrefix(id, kindNodePrefix) },
		CreateNode: func(bool) fyne.CanvasObject {
			return &widget.Label{Truncation: fyne.TextTruncateEllipsis}
		},
		UpdateNode: p.updateNode,
		OnSelected: p.onSelect,
	}
	p.add = &widget.Button{Text: session.Tr("parts.add"), Icon: theme.ContentAddIcon(), OnTapped: p.onAddPart}

	p.heading = kit.SectionTitle("parts.new")
	p.name = widget.NewEntry()
	p.kind = kit.NewChoice(nil)
	kinds, labels := []string{}, []string{}
	for _, k := range model.PartKinds {
		kinds = append(kinds, string(k))
		labels = append(labels, session.Tr("partKind."+string(k)))
	}
	p.kind.SetOptions(kinds, labels, false)
	p.orgNumber = widget.NewEntry()
	p.orgNumber.PlaceHolder = "NNNNNN-NNNN"
	p.legalName = widget.NewEntry()
	p.legalName.PlaceHolder = session.Tr("partsui.legalNameHint")
	p.through = widget.NewEntry()
	p.through.PlaceHolder = session.Tr("partsui.throughHint")
	p.asParty = &widget.Label{TextStyle: fyne.TextStyle{Italic: true}, Wrapping: fyne.TextWrapWord}
	for _, e := range []*widget.Entry{p.name, p.orgNumber, p.legalName, p.through} {
		e.OnChanged = func(string) { p.showAsParty() }
	}
	p.signing = widget.NewCheck(session.Tr("part.signingHelp"), nil)
	p.address = widget.NewEntry()
	p.notes = widget.NewMultiLineEntry()
	p.notes.SetMinRowsVisible(3)
	p.notes.Wrapping = fyne.TextWrapWord
	p.form = kit.NewForm()
	p.form.Submit = func() {
		if !p.save.Disabled() {
			p.onSavePart()
		}
	}
	p.form.Add("name", "", p.name)
	p.form.Add("kind", "part.kind", p.kind.Sel)
	p.form.Add("legalName", "", p.legalName)
	p.form.Add("through", "", p.through)
	p.form.Add("orgNumber", "", p.orgNumber)
	p.form.Add("asParty", "partsui.asParty", p.asParty)
	p.form.Add("signing", "", p.signing)
	p.form.Add("address", "", p.address)
	p.form.Add("notes", "", p.notes)
	p.save = &widget.Button{Text: session.Tr("button.save"), Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: p.onSavePart}
	p.retire = &widget.Button{Text: session.Tr("parts.retire"), Icon: theme.DeleteIcon(), OnTapped: p.onRetirePart}
	p.addRep = &widget.Button{Text: session.Tr("reps.add"), Icon: theme.ContentAddIcon(), OnTapped: p.onAddRepresentative}
	p.reps = container.NewVBox()

	editor := container.NewVBox(
		p.heading, p.form.View(),
		container.NewHBox(p.save, p.retire),
		widget.NewSeparator(),
		container.NewBorder(nil, nil, kit.SectionTitle("reps.title"), p.addRep),
		p.reps)
	p.empty = kit.NewEmptyNote(p.tree, "empty.parts", p.add)
	split := container.NewHSplit(p.empty.Content, container.NewVScroll(container.NewPadded(editor)))
	split.Offset = 0.36
	p.content = container.NewBorder(container.NewPadded(kit.ScreenHeader("nav.parts", p.add)), nil, nil, nil, split)
	p.Refresh()
	p.onAddPart()
	return p
}

// Refresh regroups the parts after a change.
func (p *Screen) Refresh() {
	v := p.ui.Doc.View
	p.byKind = map[string][]string{}
	for _, part := range v.PartsSorted() {
		k := kindNodePrefix + string(part.Kind)
		p.byKind[k] = append(p.byKind[k], part.ID)
	}
	p.tree.Refresh()
	p.tree.OpenAllBranches()
	p.empty.Update(len(v.Parts))
	if p.selected != "" && v.Parts[p.selected] == nil {
		p.onAddPart() // the part shown was retired
	}
	p.showStored()
	p.showRepresentatives()
	p.setEditable()
}

func (p *Screen) childIDs(id string) []string {
	if id == "" {
		var kinds []string
		for _, k := range model.PartKinds {
			if len(p.byKind[kindNodePrefix+string(k)]) > 0 {
				kinds = append(kinds, kindNodePrefix+string(k))
			}
		}
		if other := p.byKind[kindNodePrefix]; len(other) > 0 {
			kinds = append(kinds, kindNodePrefix)
		}
		return kinds
	}
	return p.byKind[id]
}

func (p *Screen) updateNode(id string, branch bool, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if branch {
		kind := strings.TrimPrefix(id, kindNodePrefix)
		l.TextStyle = fyne.TextStyle{Bold: true}
		l.SetText(fmt.Sprintf("%s (%d)", session.Tr("partKind."+kind), len(p.byKind[id])))
		return
	}
	l.TextStyle = fyne.TextStyle{}
	l.SetText(p.ui.Doc.View.PartName(id))
}

// onSelect shows the chosen part in the editor.
func (p *Screen) onSelect(id string) {
	part := p.ui.Doc.View.Parts[id]
	if part == nil {
		return
	}
	p.selected = id
	shown := *part
	p.shown = &shown
	p.heading.SetText(part.Name)
	p.name.SetText(part.Name)
	p.kind.SetIDQuietly(string(part.Kind))
	p.orgNumber.SetText(part.OrgNumber)
	p.legalName.SetText(part.LegalName)
	p.through.SetText(part.Through)
	p.signing.SetChecked(part.Signing)
	p.address.SetText(part.Address)
	p.notes.SetText(part.Notes)
	p.form.Clear()
	p.showRepresentatives()
	p.setEditable()
}

// onAddPart empties the editor for a new part.
func (p *Screen) onAddPart() {
	p.selected, p.shown = "", nil
	p.tree.UnselectAll()
	p.heading.SetText(session.Tr("parts.new"))
	for _, e := range []*widget.Entry{p.name, p.orgNumber, p.legalName, p.through, p.address, p.notes} {
		e.SetText("")
	}
	p.kind.SetIDQuietly(string(model.PartAssociation))
	p.signing.SetChecked(false)
	p.form.Clear()
	p.showRepresentatives()
	p.setEditable()
	if c := fyne.CurrentApp().Driver().CanvasForObject(p.name); c != nil {
		c.Focus(p.name)
	}
}

func (p *Screen) setEditable() {
	ro := p.ui.ReadOnly()
	kit.SetDisabled(ro, p.save, p.add)
	kit.SetDisabled(ro || p.selected == "", p.retire, p.addRep)
	if ro {
		kit.DisableInputs(p.content)
	}
}

// showAsParty shows how an agreement names the aktör as the form has
// it: "Stockholms stad genom Skärholmens stadsdelsnämnd, org.nr …".
func (p *Screen) showAsParty() {
	part, _ := p.fromForm()
	org, through, nr := model.PartyNames(part)
	text := org
	if through != "" {
		text = session.Tr("partsui.asPartyThrough", map[string]any{"Organisation": org, "Through": through})
	}
	if nr != "" {
		text = session.Tr("partsui.asPartyNumber", map[string]any{"Name": text, "Number": nr})
	}
	if strings.TrimSpace(text) == "" {
		text = "—"
	}
	p.asParty.SetText(text)
}

// onSavePart writes the editor's part; problems show beside their fields.
func (p *Screen) onSavePart() { p.savePart() }

// fromForm returns the part as the form has it, and as the file has it
// (nil for a new part).
func (p *Screen) fromForm() (part, before *model.Part) {
	part = &model.Part{}
	if old := p.ui.Doc.View.Parts[p.selected]; old != nil {
		copied := *old
		before, part = old, &copied
	}
	part.Name = strings.TrimSpace(p.name.Text)
	part.Kind = model.PartKind(p.kind.ID())
	part.OrgNumber = model.NormalizeOrgNumber(p.orgNumber.Text)
	part.LegalName = strings.TrimSpace(p.legalName.Text)
	part.Through = strings.TrimSpace(p.through.Text)
	part.Signing = p.signing.Checked
	part.Address = strings.TrimSpace(p.address.Text)
	part.Notes = strings.TrimSpace(p.notes.Text)
	return part, before
}

// savePart saves the part in the form and reports whether it could.
func (p *Screen) savePart() bool {
	part, before := p.fromForm()
	what, undo := session.Tr("undo.addPart", map[string]any{"Name": part.Name}), session.UndoAdd(part)
	if before != nil {
		what, undo = session.Tr("undo.editPart", map[string]any{"Name": part.Name}), session.UndoEdit(before)
	}
	if !p.ui.Save(p.form, what, undo, part) {
		return false
	}
	p.orgNumber.SetText(part.OrgNumber)
	p.tree.Select(part.ID)
	p.onSelect(part.ID)
	return true
}

// onRetirePart asks, then retires the part; Ctrl+Z brings it back.
func (p *Screen) onRetirePart() {
	part := p.ui.Doc.View.Parts[p.selected]
	if part == nil {
		return
	}
	p.ui.Confirm("parts.retireTitle", session.Tr("parts.retireMessage", map[string]any{"Name": part.Name}), "parts.retire", func() {
		p.ui.Retire(model.KindPart, part.ID, session.Tr("undo.retirePart", map[string]any{"Name": part.Name}))
	})
}

// showRepresentatives lists the selected part's representatives.
func (p *Screen) showRepresentatives() {
	p.reps.RemoveAll()
	if p.selected == "" {
		p.reps.Add(widget.NewLabel(session.Tr("reps.saveFirst")))
		return
	}
	list := p.ui.Doc.View.RepresentativesOf(p.selected)
	if len(list) == 0 {
		p.reps.Add(widget.NewLabel(session.Tr("reps.none")))
	}
	ro := p.ui.ReadOnly()
	for _, r := range list {
		text := r.Name
		details := []string{}
		if r.Title != "" {
			details = append(details, r.Title)
		}
		if r.Role != "" {
			details = append(details, session.Tr("role."+string(r.Role)))
		}
		if r.MaySign {
			details = append(details, session.Tr("rep.maySignShort"))
		}
		if len(details) > 0 {
			text += " — " + strings.Join(details, ", ")
		}
		label := &widget.Label{Text: text, Truncation: fyne.TextTruncateEllipsis}
		edit := &widget.Button{Icon: theme.DocumentCreateIcon(), Importance: widget.LowImportance, OnTapped: func() { p.onEditRepresentative(r.ID) }}
		retire := &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { p.onRetireRepresentative(r.ID) }}
		kit.SetDisabled(ro, edit, retire)
		p.reps.Add(container.NewBorder(nil, nil, nil, container.NewHBox(edit, retire), label))
	}
}

// Content is the screen as the main window shows it.
func (p *Screen) Content() fyne.CanvasObject { return p.content }
