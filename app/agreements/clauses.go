package agreements

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// clauseList edits the agreement's standard clauses (syfte, organisation,
// sekretess …): each a heading, which the standard one fills when left
// empty, and a text that starts from the standard wording for the chair
// to edit. An agreement made before clauses existed gets the standard
// ones with "Lägg till standardavsnitten".
type clauseList struct {
	e        *agreementEditor
	rows     []*clauseRow
	box      *fyne.Container
	defaults *widget.Button
	add      *widget.Button
	content  fyne.CanvasObject
}

// clauseRow is one clause.
type clauseRow struct {
	kind    model.ClauseKind
	heading *widget.Entry
	text    *widget.Entry
	reset   *widget.Button
	remove  *widget.Button
	box     fyne.CanvasObject
}

func newClauseList(e *agreementEditor) *clauseList {
	l := &clauseList{e: e, box: container.NewVBox()}
	l.defaults = &widget.Button{Text: session.Tr("agreement.clauses.defaults"), Icon: theme.ContentAddIcon(), OnTapped: l.onDefaults}
	l.add = &widget.Button{Text: session.Tr("agreement.clauses.add"), Icon: theme.ContentAddIcon(), OnTapped: l.onAdd}
	l.content = container.NewVBox(kit.SectionTitle("agreement.clauses"),
		&widget.Label{Text: session.Tr("agreement.clauses.help"), Wrapping: fyne.TextWrapWord},
		l.box, container.NewHBox(l.defaults, l.add))
	return l
}

// load shows the clauses of a stored agreement.
func (l *clauseList) load(clauses []model.Clause) {
	l.rows = nil
	l.box.RemoveAll()
	for _, c := range clauses {
		l.newRow(c)
	}
	l.showDefaults()
}

func (l *clauseList) newRow(c model.Clause) *clauseRow {
	r := &clauseRow{kind: c.Kind, heading: widget.NewEntry(), text: widget.NewMultiLineEntry()}
	r.heading.PlaceHolder = model.ClauseTitle(c.Kind)
	if r.heading.PlaceHolder == "" {
		r.heading.PlaceHolder = session.Tr("agreement.clauses.headingHint")
	}
	r.heading.SetText(c.Title)
	r.text.Wrapping = fyne.TextWrapWord
	r.text.SetMinRowsVisible(3)
	r.text.SetText(c.Text)
	r.heading.OnChanged = func(string) { l.e.onEdited() }
	r.text.OnChanged = r.heading.OnChanged
	r.reset = &widget.Button{Icon: theme.ViewRefreshIcon(), Importance: widget.LowImportance, OnTapped: func() { l.onReset(r) }}
	r.remove = &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { l.onRemove(r) }}
	if c.Kind == model.ClauseOther || c.Kind == "" {
		r.reset.Hide()
	}
	r.box = container.NewBorder(container.NewBorder(nil, nil, nil, container.NewHBox(r.reset, r.remove), r.heading), nil, nil, nil, r.text)
	l.rows = append(l.rows, r)
	l.box.Add(r.box)
	return r
}

// onDefaults adds the standard clauses the agreement lacks, with their
// standard texts.
func (l *clauseList) onDefaults() {
	have := map[model.ClauseKind]bool{}
	for _, r := range l.rows {
		have[r.kind] = true
	}
	for _, c := range model.DefaultClauses(l.signing()) {
		if !have[c.Kind] {
			l.newRow(c)
		}
	}
	l.showDefaults()
	l.e.onEdited()
}

// onAdd adds a clause of the chair's own.
func (l *clauseList) onAdd() {
	r := l.newRow(model.Clause{Kind: model.ClauseOther})
	l.e.onEdited()
	l.e.a.ui.Win.Canvas().Focus(r.heading)
}

// onReset puts the standard text back.
func (l *clauseList) onReset(r *clauseRow) {
	for _, c := range model.DefaultClauses(l.signing()) {
		if c.Kind == r.kind {
			r.heading.SetText("")
			r.text.SetText(c.Text)
		}
	}
}

func (l *clauseList) onRemove(r *clauseRow) {
	dropRow(&l.rows, r, l.box, r.box)
	l.showDefaults()
	l.e.onEdited()
}

// signing counts the editor's signing parties, which the clause on copies
// names.
func (l *clauseList) signing() int {
	n := 0
	for _, p := range l.e.parties.collect() {
		if p.Signs() {
			n++
		}
	}
	return n
}

// showDefaults offers the standard clauses while some are missing.
func (l *clauseList) showDefaults() {
	have := map[model.ClauseKind]bool{}
	for _, r := range l.rows {
		have[r.kind] = true
	}
	for _, k := range model.ClauseKinds {
		if !have[k] {
			l.defaults.Show()
			return
		}
	}
	l.defaults.Hide()
}

// collect returns the clauses as the editor shows them.
func (l *clauseList) collect() []model.Clause {
	var out []model.Clause
	for _, r := range l.rows {
		out = append(out, model.Clause{Kind: r.kind, Title: strings.TrimSpace(r.heading.Text), Text: strings.TrimSpace(r.text.Text)})
	}
	return out
}

func (l *clauseList) inputs() []fyne.Disableable {
	list := []fyne.Disableable{l.defaults, l.add}
	for _, r := range l.rows {
		list = append(list, r.heading, r.text, r.reset, r.remove)
	}
	return list
}
