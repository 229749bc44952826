package agreements

import (
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

// annexKinds are the kinds of annex in the order they are offered.
var annexKinds = []model.AnnexKind{model.AnnexSituation, model.AnnexPlan, model.AnnexCommunication, model.AnnexPromise, model.AnnexOther}

// annexList edits an agreement's annexes: kind, title and a short
// description of each.
type annexList struct {
	e       *agreementEditor
	rows    []*annexRow
	box     *fyne.Container
	add     *widget.Button
	content fyne.CanvasObject
}

type annexRow struct {
	kind        *kit.Choice
	title       *widget.Entry
	description *widget.Entry
	remove      *widget.Button
	problem     *widget.Label
	box         fyne.CanvasObject
}

func newAnnexList(e *agreementEditor) *annexList {
	l := &annexList{e: e, box: container.NewVBox()}
	l.add = &widget.Button{Text: session.Tr("agreement.edit.addAnnex"), Icon: theme.ContentAddIcon(), OnTapped: l.onAdd}
	l.content = container.NewVBox(kit.SectionTitle("agreement.annexes"), l.box, container.NewHBox(l.add))
	return l
}

func (l *annexList) load(annexes []model.Annex) {
	l.rows = nil
	l.box.RemoveAll()
	for _, x := range annexes {
		r := l.newRow()
		r.kind.SetIDQuietly(string(x.Kind))
		r.title.SetText(x.Title)
		r.description.SetText(x.Description)
	}
	if len(annexes) == 0 {
		l.box.Add(&widget.Label{Text: session.Tr("agreement.edit.noAnnexes"), Importance: widget.LowImportance})
	}
}

func (l *annexList) newRow() *annexRow {
	if len(l.rows) == 0 {
		l.box.RemoveAll() // the "no annexes" line
	}
	r := &annexRow{problem: kit.ProblemLabel()}
	r.kind = kit.NewChoice(func(string) { l.onKind(r) })
	ids, labels := []string{}, []string{}
	for _, k := range annexKinds {
		ids, labels = append(ids, string(k)), append(labels, session.Tr("agreement.annexKind."+string(k)))
	}
	r.kind.SetOptions(ids, labels, false)
	r.title = widget.NewEntry()
	r.title.PlaceHolder = session.Tr("field.annexes.title")
	r.description = widget.NewEntry()
	r.description.PlaceHolder = session.Tr("agreement.edit.annexDescription")
	r.title.OnChanged = func(string) { l.e.onEdited() }
	r.description.OnChanged = r.title.OnChanged
	r.remove = &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { l.onRemove(r) }}
	top := container.New(layout.NewGridLayout(2), r.kind.Sel, r.title)
	r.box = container.NewBorder(nil, r.problem, nil, container.NewVBox(r.remove), container.NewVBox(top, r.description))
	l.rows = append(l.rows, r)
	l.box.Add(r.box)
	return r
}

func (l *annexList) onAdd() {
	r := l.newRow()
	r.kind.SetID(string(model.AnnexOther))
	l.e.onEdited()
}

// onKind names a new annex after its kind while it has no title.
func (l *annexList) onKind(r *annexRow) {
	if strings.TrimSpace(r.title.Text) == "" && r.kind.ID() != string(model.AnnexOther) {
		r.title.SetText(session.Tr("agreement.annexKind." + r.kind.ID()))
	}
	l.e.onEdited()
}

func (l *annexList) onRemove(r *annexRow) {
	if dropRow(&l.rows, r, l.box, r.box) {
		l.e.onEdited()
	}
}

func (l *annexList) collect() []model.Annex {
	var out []model.Annex
	for _, r := range l.rows {
		out = append(out, model.Annex{
			Kind:        model.AnnexKind(r.kind.ID()),
			Title:       strings.TrimSpace(r.title.Text),
			Description: strings.TrimSpace(r.description.Text),
		})
	}
	return out
}

func (l *annexList) inputs() []fyne.Disableable {
	list := []fyne.Disableable{l.add}
	for _, r := range l.rows {
		list = append(list, r.kind.Sel, r.title, r.description, r.remove)
	}
	return list
}

func (l *annexList) clearProblems() {
	for _, r := range l.rows {
		r.problem.Hide()
	}
}

// showProblem shows a problem of one annex ("annexes[0].title") under it.
func (l *annexList) showProblem(p *model.Error) bool {
	return showRowProblem(p, len(l.rows), func(i int) *widget.Label { return l.rows[i].problem })
}
