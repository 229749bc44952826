package agreements

import (
	"slices"

	"github.com/samber/lo"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/session"
)

// full reads an agreement in full from the file: the view holds agreements
// without their text.
func (a *Screen) full(id string) (*model.Agreement, error) {
	r, err := a.ui.Doc.Store.Get(model.KindAgreement, id)
	if err != nil {
		return nil, err
	}
	return r.(*model.Agreement), nil
}

// openEditor shows the agreement id in the editor. The same version,
// unchanged, stays as it is on screen. Edits of the draft on screen are
// saved before another agreement is shown; when they cannot be, the draft
// stays with its problems beside the fields.
func (a *Screen) openEditor(id string) {
	if e := a.editor; e != nil && e.before.ID != id && !e.locked && e.changed() {
		if !e.put(e.collect()) {
			if i := a.row(e.before.ID); i >= 0 {
				a.list.Select(i)
			}
			return
		}
		a.show(id)
		return
	}
	ag, err := a.full(id)
	if err != nil {
		a.ui.ShowError(err)
		return
	}
	if e := a.editor; e != nil && e.before.ID == id {
		if e.before.Rev != ag.Rev || !e.before.Modified.Equal(ag.Modified) {
			e.load(ag)
		}
		return
	}
	a.editor = newAgreementEditor(a, ag)
	a.ui.TrackAs("agreement", agreementUnsaved{a.editor})
	a.detail.Objects = []fyne.CanvasObject{a.editor.content}
	a.detail.Refresh()
}

// refreshDetail keeps the open agreement beside the list after a change,
// as stored now, or asks to choose one when it is gone.
func (a *Screen) refreshDetail() {
	if e := a.editor; e != nil {
		if i := a.row(e.before.ID); i >= 0 {
			a.list.Select(i)
			a.openEditor(e.before.ID)
			return
		}
	}
	a.editor = nil
	a.list.UnselectAll()
	a.detail.Objects = []fyne.CanvasObject{container.NewCenter(&widget.Label{Text: session.Tr("agreements.choose"), Importance: widget.LowImportance})}
	a.detail.Refresh()
}

// row returns the list row of the agreement id, or -1.
func (a *Screen) row(id string) int {
	return slices.IndexFunc(a.shown, func(x *model.Agreement) bool { return x.ID == id })
}

// show selects the agreement id in the list and opens it.
func (a *Screen) show(id string) {
	if i := a.row(id); i >= 0 {
		a.list.Select(i)
	}
	a.openEditor(id)
}

// afterChange brings the screens up to date after ag was written and
// shows ag.
func (a *Screen) afterChange(ag *model.Agreement) {
	a.ui.RefreshAll()
	a.show(ag.ID)
}

// signaturesOf returns the live signatures of the agreement id, read from
// the file: the view holds none.
func (a *Screen) signaturesOf(id string) ([]*model.Signature, error) {
	recs, err := a.ui.Doc.Store.List(model.KindSignature)
	if err != nil {
		return nil, err
	}
	var out []*model.Signature
	for _, r := range recs {
		if s, ok := r.(*model.Signature); ok && s.AgreementID == id && !s.Deleted {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(x, y *model.Signature) int { return x.SignedAt.Compare(y.SignedAt) })
	return out, nil
}

// versionsOf returns every version of the agreement ag belongs to, oldest
// first: the versions it was copied from and those copied from it.
func versionsOf(v *session.View, ag *model.Agreement) []*model.Agreement {
	chain := map[string]*model.Agreement{ag.ID: v.Agreements[ag.ID]}
	if chain[ag.ID] == nil {
		chain[ag.ID] = ag
	}
	for grew := true; grew; {
		grew = false
		for _, x := range v.Agreements {
			if chain[x.ID] != nil {
				if p := v.Agreements[x.PreviousID]; p != nil && chain[p.ID] == nil {
					chain[p.ID], grew = p, true
				}
				continue
			}
			if x.PreviousID != "" && chain[x.PreviousID] != nil {
				chain[x.ID], grew = x, true
			}
		}
	}
	list := lo.Values(chain)
	slices.SortFunc(list, func(x, y *model.Agreement) int {
		if x.Version != y.Version {
			return x.Version - y.Version
		}
		return x.Created.Compare(y.Created)
	})
	return list
}

// nextVersionOf returns a version copied from ag, or nil.
func nextVersionOf(v *session.View, ag *model.Agreement) *model.Agreement {
	for _, x := range v.Agreements {
		if x.PreviousID == ag.ID {
			return x
		}
	}
	return nil
}
