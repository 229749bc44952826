package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
)

// agreements lists the council's samverkansöverenskommelser, creates a
// draft and shows one read-only; the full editor is a later piece of work.
type agreements struct {
	ui *UI

	list   *widget.List
	shown  []*model.Agreement
	add    *widget.Button
	detail *fyne.Container
	// newAgreement is the dialog on screen, for tests.
	newAgreement *agreementDialog

	content fyne.CanvasObject
}

var agreementColumns = []float32{180, 120}

func newAgreements(u *UI) *agreements {
	a := &agreements{ui: u}
	a.add = &widget.Button{Text: tr("agreements.add"), Icon: theme.ContentAddIcon(), OnTapped: a.onAddAgreement}
	a.list = widget.NewList(func() int { return len(a.shown) }, func() fyne.CanvasObject {
		return container.New(&columns{widths: agreementColumns},
			&widget.Label{Truncation: fyne.TextTruncateEllipsis}, &widget.Label{}, &widget.Label{})
	}, a.updateRow)
	a.list.OnSelected = func(id widget.ListItemID) {
		if id < len(a.shown) {
			a.open(a.shown[id])
		}
	}
	a.detail = container.NewStack()
	split := container.NewHSplit(a.list, a.detail)
	split.Offset = 0.5
	a.content = container.NewBorder(container.NewPadded(screenHeader("nav.agreements", a.add)), nil, nil, nil, split)
	a.refresh()
	return a
}

func (a *agreements) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(a.shown) {
		return
	}
	ag := a.shown[id]
	cells := o.(*fyne.Container).Objects
	title := ag.Title
	if ag.Version > 1 {
		title += " " + tr("agreement.versionShort", map[string]any{"Version": ag.Version})
	}
	cells[0].(*widget.Label).SetText(title)
	cells[1].(*widget.Label).SetText(string(ag.From) + " – " + string(ag.To))
	cells[2].(*widget.Label).SetText(tr("state." + stateOrDraft(ag.State)))
}

func (a *agreements) refresh() {
	a.shown = a.ui.doc.view.agreementsSorted()
	a.list.UnselectAll()
	a.list.Refresh()
	setDisabled(a.ui.readOnly(), a.add)
	a.detail.Objects = []fyne.CanvasObject{container.NewCenter(&widget.Label{Text: tr("agreements.choose"), Importance: widget.LowImportance})}
	a.detail.Refresh()
}

// open shows the agreement read-only, read in full from the file.
func (a *agreements) open(ag *model.Agreement) {
	v := a.ui.doc.view
	if full, err := a.ui.doc.store.Get(model.KindAgreement, ag.ID); err == nil {
		ag = full.(*model.Agreement)
	}
	d := newDetail(ag.Title)
	d.line("agreement.period", string(ag.From)+" – "+string(ag.To))
	d.line("agreement.state", tr("state."+stateOrDraft(ag.State)))
	d.line("agreement.version", fmt.Sprint(ag.Version))
	if ag.Fingerprint != "" {
		d.line("agreement.fingerprint", ag.Fingerprint)
	}
	var parties []string
	for _, p := range ag.Parties {
		org := p.Organisation
		if org == "" {
			org = v.partName(p.PartID)
		}
		line := org
		if p.SignerName != "" {
			line += " — " + p.SignerName
			if p.SignerTitle != "" {
				line += ", " + p.SignerTitle
			}
		}
		parties = append(parties, line)
	}
	d.section("agreement.parties", parties, "agreement.noParties")
	d.text("agreement.problems", ag.Sections.Problems)
	d.text("agreement.causes", ag.Sections.Causes)
	d.text("agreement.goals", ag.Sections.Goals)
	d.text("agreement.documentation", ag.Sections.Documentation)
	d.text("agreement.followUp", ag.Sections.FollowUp)
	var included []string
	if len(ag.Included) > 0 {
		for _, ic := range ag.Included {
			included = append(included, "• "+ic.Title+" — "+ic.Part)
		}
	} else {
		for _, id := range ag.CommitmentIDs {
			if row := v.commitments[id]; row != nil {
				included = append(included, "• "+row.c.Title+" — "+v.partName(row.c.PartID))
			}
		}
	}
	d.section("agreement.commitments", included, "agreement.noCommitments")
	var promises []string
	for i, p := range ag.Promises {
		line := fmt.Sprintf("%d. %s", i+1, p.Text)
		if p.Quantity != "" {
			line += " (" + p.Quantity + ")"
		}
		promises = append(promises, line)
	}
	if len(promises) > 0 {
		d.section("agreement.promises", promises, "")
	}
	var annexes []string
	for _, an := range ag.Annexes {
		annexes = append(annexes, "• "+an.Title)
	}
	if len(annexes) > 0 {
		d.section("agreement.annexes", annexes, "")
	}
	d.section("agreement.signatures", a.signatures(ag), "agreement.noSignatures")
	a.detail.Objects = []fyne.CanvasObject{d.object()}
	a.detail.Refresh()
}

// signatures lists who has signed the agreement, read when it is opened.
func (a *agreements) signatures(ag *model.Agreement) []string {
	recs, err := a.ui.doc.store.List(model.KindSignature)
	if err != nil {
		return []string{errorText(err)}
	}
	var lines []string
	for _, r := range recs {
		s, ok := r.(*model.Signature)
		if !ok || s.AgreementID != ag.ID {
			continue
		}
		line := s.SignerName
		if s.Organisation != "" {
			line += ", " + s.Organisation
		}
		lines = append(lines, line+" — "+string(s.Date))
	}
	return lines
}

// agreementDialog creates a draft agreement from its title and period.
type agreementDialog struct {
	*recordDialog
	title, from, to *widget.Entry
}

// onAddAgreement asks for the new agreement's title and period.
func (a *agreements) onAddAgreement() {
	d := &agreementDialog{title: widget.NewEntry(), from: newDateEntry(), to: newDateEntry()}
	today := a.ui.today()
	d.from.SetText(string(today))
	d.to.SetText(string(today.AddDays(365)))
	f := newForm()
	f.add("title", "", d.title)
	f.add("from", "", d.from)
	f.add("to", "", d.to)
	d.recordDialog = a.ui.newRecordDialog("agreements.addTitle", f, func() error {
		ag := &model.Agreement{
			Title: strings.TrimSpace(d.title.Text),
			From:  model.Date(strings.TrimSpace(d.from.Text)), To: model.Date(strings.TrimSpace(d.to.Text)),
			Version: 1, State: model.StateDraft,
		}
		if err := a.ui.doc.put(ag); err != nil {
			return err
		}
		a.ui.undo.push(tr("undo.addAgreement", map[string]any{"Title": ag.Title}), undoAdd(ag))
		a.newAgreement = nil
		a.ui.refreshAll()
		for i, x := range a.shown {
			if x.ID == ag.ID {
				a.list.Select(i)
			}
		}
		return nil
	})
	a.newAgreement = d
}
