package agreements

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// partyList edits the parties of an agreement: for each, the aktör (its
// legal person and organisationsnummer shown), the unit it acts through
// ("genom"), its diarienummer, whether it signs or takes part as a
// medverkande aktör, and for a signing party who signs for it, chosen among
// its representatives (name and title filled in from the person, and
// editable).
type partyList struct {
	e       *agreementEditor
	rows    []*partyRow
	box     *fyne.Container
	add     *widget.Button
	problem *widget.Label
	content fyne.CanvasObject
}

// partyRow is one party.
type partyRow struct {
	number    *widget.Label
	part      *kit.Choice
	signatory *kit.Choice
	name      *widget.Entry
	title     *widget.Entry
	// legal shows the aktör's legal person and organisationsnummer;
	// through, caseNumber and signs are the party's own.
	legal      *widget.Label
	through    *widget.Entry
	caseNumber *widget.Entry
	signs      *widget.Check
	signer     *fyne.Container // the signatory, name and title
	remove     *widget.Button
	problem    *widget.Label
	// organisation is the name frozen with the agreement, kept for a
	// party whose part is gone.
	organisation string
	box          fyne.CanvasObject
}

func newPartyList(e *agreementEditor) *partyList {
	l := &partyList{e: e, box: container.NewVBox(), problem: kit.ProblemLabel()}
	l.add = &widget.Button{Text: session.Tr("agreement.edit.addParty"), Icon: theme.ContentAddIcon(), OnTapped: l.onAdd}
	l.content = container.NewVBox(kit.SectionTitle("agreement.parties"),
		&widget.Label{Text: session.Tr("agreement.edit.partiesHelp"), Wrapping: fyne.TextWrapWord},
		l.box, l.problem, container.NewHBox(l.add))
	return l
}

// load shows the parties of a stored agreement.
func (l *partyList) load(parties []model.Party) {
	l.rows = nil
	l.box.RemoveAll()
	for _, p := range parties {
		r := l.newRow()
		r.organisation = p.Organisation
		r.part.SetIDQuietly(p.PartID)
		l.refreshSignatories(r)
		r.signatory.SetIDQuietly(p.SignatoryID)
		r.name.SetText(p.SignerName)
		r.title.SetText(p.SignerTitle)
		r.through.SetText(p.Through)
		r.caseNumber.SetText(p.CaseNumber)
		r.signs.SetChecked(p.Signs())
		l.showSigner(r)
		l.showLegal(r, p)
	}
	l.renumber()
}

func (l *partyList) newRow() *partyRow {
	r := &partyRow{number: boldLabel(""), problem: kit.ProblemLabel()}
	r.name = widget.NewEntry()
	r.name.PlaceHolder = session.Tr("agreement.edit.signerName")
	r.title = widget.NewEntry()
	r.title.PlaceHolder = session.Tr("agreement.edit.signerTitle")
	r.name.OnChanged = func(string) { l.e.onEdited() }
	r.title.OnChanged = r.name.OnChanged
	r.signatory = kit.NewChoice(func(id string) { l.onSignatory(r, id) })
	r.signatory.NoneLabel = session.Tr("agreement.edit.otherSigner")
	r.signatory.Sel.PlaceHolder = session.Tr("agreement.edit.chooseSigner")
	r.part = kit.NewChoice(func(string) { l.onPart(r) })
	r.part.Sel.PlaceHolder = session.Tr("agreement.edit.choosePart")
	ids, names := []string{}, []string{}
	for _, p := range l.e.a.ui.Doc.View.PartsByName() {
		ids, names = append(ids, p.ID), append(names, p.Name)
	}
	r.part.SetOptions(ids, names, false)
	r.remove = &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { l.onRemove(r) }}
	r.legal = &widget.Label{Importance: widget.LowImportance, Wrapping: fyne.TextWrapWord}
	r.through = widget.NewEntry()
	r.through.PlaceHolder = session.Tr("agreement.party.throughHint")
	r.through.OnChanged = func(string) { l.onEdited() }
	r.caseNumber = widget.NewEntry()
	r.caseNumber.PlaceHolder = session.Tr("agreement.party.caseNumberHint")
	r.caseNumber.OnChanged = r.through.OnChanged
	r.signs = widget.NewCheck(session.Tr("agreement.party.signs"), func(bool) {
		l.showSigner(r)
		l.onEdited()
	})
	r.signs.Checked = true
	labelled := func(key string, w fyne.CanvasObject) fyne.CanvasObject {
		return container.NewBorder(nil, nil, widget.NewLabel(session.Tr(key)), nil, w)
	}
	r.signer = container.New(layout.NewGridLayout(2), r.signatory.Sel, widget.NewLabel(""), r.name, r.title)
	grid := container.NewVBox(
		container.New(layout.NewGridLayout(2), r.part.Sel, r.signs),
		r.legal,
		container.New(layout.NewGridLayout(2), labelled("agreement.party.through", r.through), labelled("agreement.party.caseNumber", r.caseNumber)),
		r.signer)
	r.box = container.NewBorder(nil, r.problem, container.NewVBox(r.number), container.NewVBox(r.remove), grid)
	l.rows = append(l.rows, r)
	l.box.Add(r.box)
	return r
}

// renumber labels the rows 1, 2, … as problems name them.
func (l *partyList) renumber() {
	for i, r := range l.rows {
		r.number.SetText(fmt.Sprintf("%d.", i+1))
	}
}

// onAdd adds an empty party.
func (l *partyList) onAdd() {
	l.newRow()
	l.renumber()
	l.e.onEdited()
}

func (l *partyList) onRemove(r *partyRow) {
	if dropRow(&l.rows, r, l.box, r.box) {
		l.renumber()
		l.e.onEdited()
	}
}

// onPart offers the part's representatives as signatory and chooses the
// one authorised to sign, when there is one.
func (l *partyList) onPart(r *partyRow) {
	r.organisation = ""
	if part := l.e.a.ui.Doc.View.Parts[r.part.ID()]; part != nil {
		_, through, _ := model.PartyNames(part)
		r.through.SetText(through)
	}
	l.showLegal(r, model.Party{})
	l.refreshSignatories(r)
	reps := l.signatories(r.part.ID())
	if len(reps) > 0 && reps[0].MaySign {
		r.signatory.SetID(reps[0].ID)
	} else {
		r.signatory.SetID("")
	}
	l.e.onEdited()
}

// onSignatory fills in the chosen person's name and title.
func (l *partyList) onSignatory(r *partyRow, id string) {
	if rep := l.e.a.ui.Doc.View.Representatives[id]; rep != nil {
		r.name.SetText(rep.Name)
		r.title.SetText(rep.Title)
	}
	l.e.onEdited()
}

// signatories returns the part's representatives serving today, those
// authorised to sign first.
func (l *partyList) signatories(partID string) []*model.Representative {
	today := l.e.a.ui.Today()
	var list []*model.Representative
	for _, r := range l.e.a.ui.Doc.View.RepresentativesOf(partID) {
		if r.ActiveOn(today) {
			list = append(list, r)
		}
	}
	slices.SortStableFunc(list, func(a, b *model.Representative) int {
		if a.MaySign != b.MaySign {
			if a.MaySign {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.Name, b.Name)
	})
	return list
}

func (l *partyList) refreshSignatories(r *partyRow) {
	ids, names := []string{}, []string{}
	for _, rep := range l.signatories(r.part.ID()) {
		label := rep.Name
		if rep.Title != "" {
			label += ", " + rep.Title
		}
		if rep.MaySign {
			label += " ✓"
		}
		ids, names = append(ids, rep.ID), append(names, label)
	}
	r.signatory.SetOptions(ids, names, true)
}

// collect returns the parties as the editor shows them. The legal person
// and organisationsnummer are the aktör's now; they are copied again when
// the agreement is locked for signing. A medverkande aktör keeps no signer.
func (l *partyList) collect() []model.Party {
	var out []model.Party
	v := l.e.a.ui.Doc.View
	for _, r := range l.rows {
		p := model.Party{
			PartID:       r.part.ID(),
			Organisation: r.organisation,
			Through:      strings.TrimSpace(r.through.Text),
			CaseNumber:   strings.TrimSpace(r.caseNumber.Text),
		}
		if part := v.Parts[p.PartID]; part != nil {
			p.Organisation, _, p.OrgNumber = model.PartyNames(part)
		}
		if r.signs.Checked {
			p.SignatoryID = r.signatory.ID()
			p.SignerName = strings.TrimSpace(r.name.Text)
			p.SignerTitle = strings.TrimSpace(r.title.Text)
		} else {
			p.Role = model.PartyContributing
		}
		out = append(out, p)
	}
	return out
}

// showSigner shows who signs only for a signing party.
func (l *partyList) showSigner(r *partyRow) {
	if r.signs.Checked {
		r.signer.Show()
	} else {
		r.signer.Hide()
	}
}

// showLegal shows the aktör's legal person and organisationsnummer, or
// those the agreement was locked with, which may differ from the aktör's
// today.
func (l *partyList) showLegal(r *partyRow, p model.Party) {
	org, nr := p.Organisation, p.OrgNumber
	if part := l.e.a.ui.Doc.View.Parts[r.part.ID()]; part != nil && !l.e.before.State.Locked() {
		org, _, nr = model.PartyNames(part)
	}
	text := org
	if nr != "" {
		text += " · " + session.Tr("agreement.party.orgNumber", map[string]any{"Number": nr})
	}
	r.legal.SetText(text)
}

// onEdited follows an edit of a party.
func (l *partyList) onEdited() {
	l.e.onEdited()
}

func (l *partyList) inputs() []fyne.Disableable {
	list := []fyne.Disableable{l.add}
	for _, r := range l.rows {
		list = append(list, r.part.Sel, r.signatory.Sel, r.name, r.title, r.through, r.caseNumber, r.signs, r.remove)
	}
	return list
}

func (l *partyList) clearProblems() {
	l.problem.Hide()
	for _, r := range l.rows {
		r.problem.Hide()
	}
}

// showProblem shows a problem of the parties ("parties") or of one party
// ("parties[1].signerName") under it.
func (l *partyList) showProblem(p *model.Error) bool {
	if model.FieldRow(p.Field) > 0 {
		return showRowProblem(p, len(l.rows), func(i int) *widget.Label { return l.rows[i].problem })
	}
	addProblem(l.problem, session.ErrorText(p))
	return true
}
