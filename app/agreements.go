package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
)

// agreements lists the council's samverkansöverenskommelser, creates a
// draft and opens one in its editor beside the list (agreement_*.go).
type agreements struct {
	ui *Session

	list   *widget.List
	shown  []*model.Agreement
	add    *widget.Button
	verify *widget.Button
	detail *fyne.Container
	// editor is the agreement open beside the list; verifier the
	// fingerprint dialog on screen.
	editor   *agreementEditor
	verifier *verifier
	// newAgreement is the dialog on screen, for tests.
	newAgreement *agreementDialog

	content fyne.CanvasObject
}

func newAgreements(u *Session) *agreements {
	a := &agreements{ui: u}
	a.add = &widget.Button{Text: tr("agreements.add"), Icon: theme.ContentAddIcon(), OnTapped: a.onAddAgreement}
	a.verify = &widget.Button{Text: tr("agreement.verify.button"), Icon: theme.SearchIcon(), OnTapped: a.onVerify}
	a.list = widget.NewList(func() int { return len(a.shown) }, func() fyne.CanvasObject {
		// Two lines, so that the title has the list's width beside the
		// editor: the title, then the period and the state.
		return container.NewVBox(&widget.Label{Truncation: fyne.TextTruncateEllipsis, TextStyle: fyne.TextStyle{Bold: true}},
			container.NewHBox(&widget.Label{SizeName: theme.SizeNameCaptionText}, &widget.Label{SizeName: theme.SizeNameCaptionText}))
	}, a.updateRow)
	a.list.OnSelected = func(id widget.ListItemID) {
		if id < len(a.shown) {
			a.open(a.shown[id])
		}
	}
	a.detail = container.NewStack()
	split := container.NewHSplit(a.list, a.detail)
	split.Offset = 0.3
	a.content = container.NewBorder(container.NewPadded(screenHeader("nav.agreements", a.verify, a.add)), nil, nil, nil, split)
	a.Refresh()
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
	line := cells[1].(*fyne.Container).Objects
	line[0].(*widget.Label).SetText(string(ag.From) + " – " + string(ag.To))
	line[1].(*widget.Label).SetText(tr("state." + stateOrDraft(ag.State)))
}

func (a *agreements) Refresh() {
	a.shown = a.ui.doc.view.agreementsSorted()
	a.list.Refresh()
	setDisabled(a.ui.readOnly(), a.add)
	a.refreshDetail()
}

// open shows the agreement in its editor, read in full from the file.
func (a *agreements) open(ag *model.Agreement) {
	a.openEditor(ag.ID)
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
	d.recordDialog = newRecordDialog(a.ui, "agreements.addTitle", f, func() error {
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

// Content is the screen as the main window shows it.
func (a *agreements) Content() fyne.CanvasObject { return a.content }
