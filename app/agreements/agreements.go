package agreements

import (
	"cmp"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// Screen lists the council's samverkansöverenskommelser, creates a
// draft and opens one in its editor beside the list (agreement_*.go).
type Screen struct {
	// empty says what to do first while the list has nothing.
	empty *kit.EmptyNote
	ui    *session.Session

	list   *widget.List
	shown  []*model.Agreement
	add    *widget.Button
	verify *widget.Button
	detail *fyne.Container
	// editor is the agreement open beside the list; verifier the
	// fingerprint dialog on screen.
	editor   *agreementEditor
	verifier *verifier

	content fyne.CanvasObject
}

// New builds the screen for the session's open council.
func New(u *session.Session) *Screen {
	a := &Screen{ui: u}
	a.add = &widget.Button{Text: session.Tr("agreements.add"), Icon: theme.ContentAddIcon(), OnTapped: a.onAddAgreement}
	a.verify = &widget.Button{Text: session.Tr("agreement.verify.button"), Icon: theme.SearchIcon(), OnTapped: a.onVerify}
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
	a.empty = kit.NewEmptyNote(a.list, "empty.agreements", a.add)
	split := container.NewHSplit(a.empty.Content, a.detail)
	split.Offset = 0.3
	a.content = container.NewBorder(container.NewPadded(kit.ScreenHeader("nav.agreements", a.verify, a.add)), nil, nil, nil, split)
	a.Refresh()
	return a
}

func (a *Screen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(a.shown) {
		return
	}
	ag := a.shown[id]
	cells := o.(*fyne.Container).Objects
	title := ag.Title
	if ag.Version > 1 {
		title += " " + session.Tr("agreement.versionShort", map[string]any{"Version": ag.Version})
	}
	cells[0].(*widget.Label).SetText(title)
	line := cells[1].(*fyne.Container).Objects
	line[0].(*widget.Label).SetText(string(ag.From) + " – " + string(ag.To))
	line[1].(*widget.Label).SetText(session.Tr("state." + kit.StateOrDraft(ag.State)))
}

func (a *Screen) Refresh() {
	a.shown = a.ui.Doc.View.AgreementsSorted()
	a.list.Refresh()
	kit.SetDisabled(a.ui.ReadOnly(), a.add)
	a.empty.Update(len(a.shown))
	a.refreshDetail()
}

// open shows the agreement in its editor, read in full from the file.
func (a *Screen) open(ag *model.Agreement) {
	a.openEditor(ag.ID)
}

// agreementDialog creates a draft agreement from its title and period.
type agreementDialog struct {
	*kit.RecordDialog
	title, from, to *widget.Entry
}

// onAddAgreement asks for the new agreement's title and period.
func (a *Screen) onAddAgreement() {
	d := &agreementDialog{title: widget.NewEntry(), from: kit.NewDateEntry(), to: kit.NewDateEntry()}
	today := a.ui.Today()
	d.from.SetText(string(today))
	d.to.SetText(string(today.AddDays(365)))
	f := kit.NewForm()
	f.Add("title", "", d.title)
	f.Add("from", "", d.from)
	f.Add("to", "", d.to)
	d.RecordDialog = kit.NewRecordDialog(a.ui, "agreements.addTitle", f, func() error {
		// Brå's two signers (the stadsdelsnämnd and the lokalpolisområde),
		// the other aktörer as medverkande, and the standard clauses.
		v := a.ui.Doc.View
		var reps []*model.Representative
		for _, r := range v.Representatives {
			reps = append(reps, r)
		}
		slices.SortFunc(reps, func(x, y *model.Representative) int { return cmp.Compare(x.Name+x.ID, y.Name+y.ID) })
		ag := model.NewAgreement(v.PartsByName(), reps)
		ag.ID = ""
		ag.Title = strings.TrimSpace(d.title.Text)
		ag.From, ag.To = kit.DateOf(d.from, a.ui.Today()), kit.DateOf(d.to, a.ui.Today())
		if err := a.ui.Doc.Put(ag); err != nil {
			return err
		}
		a.ui.Undo.Push(session.Tr("undo.addAgreement", map[string]any{"Title": ag.Title}), session.UndoAdd(ag))
		a.ui.RefreshAll()
		for i, x := range a.shown {
			if x.ID == ag.ID {
				a.list.Select(i)
			}
		}
		return nil
	})
}

// Content is the screen as the main window shows it.
func (a *Screen) Content() fyne.CanvasObject { return a.content }
