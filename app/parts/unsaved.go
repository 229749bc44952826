package parts

import (
	"samverka/model"

	"samverka/app/internal/session"
)

// UnsavedWhat names the part whose form holds edits the file does not
// have ("" when none), so that closing the council keeps them.
func (p *Screen) UnsavedWhat() string {
	if p.ui.Doc == nil || p.ui.ReadOnly() || p.save == nil {
		return ""
	}
	part, _ := p.fromForm()
	before := p.shown
	if before == nil {
		before = &model.Part{Kind: model.PartAssociation}
	}
	if samePartFields(part, before) {
		return ""
	}
	name := part.Name
	if name == "" {
		name = before.Name
	}
	return session.Tr("unsaved.part", map[string]any{"Name": name})
}

// samePartFields reports whether a and b agree in what the form edits.
func samePartFields(a, b *model.Part) bool {
	return a.Name == b.Name && a.Kind == b.Kind && a.OrgNumber == b.OrgNumber &&
		a.LegalName == b.LegalName && a.Through == b.Through &&
		a.Signing == b.Signing && a.Address == b.Address && a.Notes == b.Notes
}

// showStored fills the form again when the file changed under it (an
// undo, a merge) and nothing was typed since: the screen shows what the
// file holds.
func (p *Screen) showStored() {
	stored := p.ui.Doc.View.Parts[p.selected]
	if stored == nil || p.shown == nil || samePartFields(stored, p.shown) || p.UnsavedWhat() != "" {
		return
	}
	p.onSelect(p.selected)
}

// SaveUnsaved saves the part's form; its problems show beside the fields.
func (p *Screen) SaveUnsaved() bool { return p.savePart() }
