package commitments

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

// milestoneRow is one delmål in the editor: what, by when, and its own
// target.
type milestoneRow struct {
	id      string // kept from the record; a new row gets one when saved
	title   *widget.Entry
	date    *widget.Entry
	target  *widget.Entry
	remove  *widget.Button
	problem *widget.Label
	content fyne.CanvasObject
}

// milestoneList edits a commitment's delmål, one row each.
type milestoneList struct {
	rows    []*milestoneRow
	box     *fyne.Container
	add     *widget.Button
	content fyne.CanvasObject
}

func newMilestoneList() *milestoneList {
	l := &milestoneList{box: container.NewVBox()}
	l.add = &widget.Button{Text: session.Tr("commitui.milestones.add"), Icon: theme.ContentAddIcon(), Importance: widget.LowImportance}
	l.add.OnTapped = func() { l.addRow(model.Milestone{}) }
	l.content = container.NewVBox(l.box, container.NewHBox(l.add))
	return l
}

func (l *milestoneList) addRow(m model.Milestone) *milestoneRow {
	r := &milestoneRow{id: m.ID, title: widget.NewEntry(), date: kit.NewDateEntry(), target: widget.NewEntry(), problem: kit.ProblemLabel()}
	r.title.SetPlaceHolder(session.Tr("commitui.milestones.titleHint"))
	r.target.SetPlaceHolder(session.Tr("commitui.milestones.targetHint"))
	r.title.SetText(m.Title)
	r.date.SetText(string(m.Date))
	r.target.SetText(m.Target)
	r.remove = &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance}
	r.remove.OnTapped = func() { l.removeRow(r) }
	// The title takes a line of its own: the editor is narrow.
	fields := container.NewVBox(r.title, container.NewGridWithColumns(2, r.date, r.target))
	r.content = container.NewVBox(container.NewBorder(nil, nil, nil, r.remove, fields), r.problem, widget.NewSeparator())
	l.rows = append(l.rows, r)
	l.box.Add(r.content)
	return r
}

func (l *milestoneList) removeRow(r *milestoneRow) {
	for i, x := range l.rows {
		if x == r {
			l.rows = append(l.rows[:i], l.rows[i+1:]...)
			l.box.Remove(r.content)
			return
		}
	}
}

// set shows list, one row a delmål.
func (l *milestoneList) set(list []model.Milestone) {
	l.rows = nil
	l.box.RemoveAll()
	for _, m := range list {
		l.addRow(m)
	}
}

// milestones returns the delmål as the rows have them; a row left empty
// is no delmål, and a new row gets its id here.
func (l *milestoneList) milestones() []model.Milestone {
	var out []model.Milestone
	for _, r := range l.rows {
		m := model.Milestone{ID: r.id, Title: strings.TrimSpace(r.title.Text),
			Date: kit.DateOf(r.date, ""), Target: strings.TrimSpace(r.target.Text)}
		if m.Title == "" && m.Date == "" && m.Target == "" {
			continue
		}
		if m.ID == "" {
			m.ID = model.NewID()
			r.id = m.ID
		}
		out = append(out, m)
	}
	return out
}

// contributorRow is one medverkande aktör and its contact person.
type contributorRow struct {
	part    *kit.Choice
	contact *kit.Choice
	remove  *widget.Button
	problem *widget.Label
	content fyne.CanvasObject
}

// contributorList edits a commitment's medverkande aktörer.
type contributorList struct {
	view    func() *session.View
	rows    []*contributorRow
	box     *fyne.Container
	add     *widget.Button
	content fyne.CanvasObject
}

func newContributorList(view func() *session.View) *contributorList {
	l := &contributorList{view: view, box: container.NewVBox()}
	l.add = &widget.Button{Text: session.Tr("commitui.contributors.add"), Icon: theme.ContentAddIcon(), Importance: widget.LowImportance}
	l.add.OnTapped = func() { l.addRow(model.Contributor{}) }
	l.content = container.NewVBox(l.box, container.NewHBox(l.add))
	return l
}

func (l *contributorList) addRow(x model.Contributor) *contributorRow {
	r := &contributorRow{problem: kit.ProblemLabel()}
	r.contact = kit.NewChoice(nil)
	r.contact.NoneLabel = session.Tr("commitui.contributors.noContact")
	r.part = kit.NewChoice(func(string) { l.refreshContacts(r) })
	r.part.Sel.PlaceHolder = session.Tr("commitui.contributors.partHint")
	r.contact.Sel.PlaceHolder = session.Tr("commitui.contributors.contactHint")
	l.refreshParts(r)
	r.part.SetIDQuietly(x.PartID)
	l.refreshContacts(r)
	r.contact.SetIDQuietly(x.ContactID)
	r.remove = &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance}
	r.remove.OnTapped = func() { l.removeRow(r) }
	grid := container.NewGridWithColumns(2, r.part.Sel, r.contact.Sel)
	r.content = container.NewVBox(container.NewBorder(nil, nil, nil, r.remove, grid), r.problem)
	l.rows = append(l.rows, r)
	l.box.Add(r.content)
	return r
}

func (l *contributorList) removeRow(r *contributorRow) {
	for i, x := range l.rows {
		if x == r {
			l.rows = append(l.rows[:i], l.rows[i+1:]...)
			l.box.Remove(r.content)
			return
		}
	}
}

func (l *contributorList) refreshParts(r *contributorRow) {
	ids, names := []string{}, []string{}
	for _, p := range l.view().PartsByName() {
		ids, names = append(ids, p.ID), append(names, p.Name)
	}
	r.part.SetOptions(ids, names, false)
}

func (l *contributorList) refreshContacts(r *contributorRow) {
	ids, names := []string{}, []string{}
	for _, rep := range l.view().RepresentativesOf(r.part.ID()) {
		ids, names = append(ids, rep.ID), append(names, rep.Name)
	}
	r.contact.SetOptions(ids, names, true)
}

// refresh renews every row's choices after a change of data.
func (l *contributorList) refresh() {
	for _, r := range l.rows {
		l.refreshParts(r)
		l.refreshContacts(r)
	}
}

// set shows list, one row a medverkande aktör.
func (l *contributorList) set(list []model.Contributor) {
	l.rows = nil
	l.box.RemoveAll()
	for _, x := range list {
		l.addRow(x)
	}
}

// contributors returns the medverkande aktörer as the rows have them; a
// row with neither part nor contact chosen is none.
func (l *contributorList) contributors() []model.Contributor {
	var out []model.Contributor
	for _, r := range l.rows {
		x := model.Contributor{PartID: r.part.ID(), ContactID: r.contact.ID()}
		if x.PartID == "" && x.ContactID == "" {
			continue
		}
		out = append(out, x)
	}
	return out
}

// showRowProblems puts each problem of a list row ("milestones[1].date")
// under that row, and returns the problems of no row. Rows left empty are
// not saved, so a problem's index counts the rows that were.
func (e *commitmentEditor) showRowProblems(problems model.Problems) model.Problems {
	for _, r := range e.milestones.rows {
		r.problem.SetText("")
		r.problem.Hide()
	}
	for _, r := range e.contributors.rows {
		r.problem.SetText("")
		r.problem.Hide()
	}
	var saved []*milestoneRow
	for _, r := range e.milestones.rows {
		if strings.TrimSpace(r.title.Text+r.date.Text+r.target.Text) != "" {
			saved = append(saved, r)
		}
	}
	var savedContributors []*contributorRow
	for _, r := range e.contributors.rows {
		if r.part.ID() != "" || r.contact.ID() != "" {
			savedContributors = append(savedContributors, r)
		}
	}
	var rest model.Problems
	for _, p := range problems {
		n := model.FieldRow(p.Field) - 1
		var label *widget.Label
		switch {
		case strings.HasPrefix(p.Field, "milestones[") && n >= 0 && n < len(saved):
			label = saved[n].problem
		case strings.HasPrefix(p.Field, "contributors[") && n >= 0 && n < len(savedContributors):
			label = savedContributors[n].problem
		default:
			rest = append(rest, p)
			continue
		}
		text := session.Tr(model.FieldKey(p.Field)) + ": " + session.ErrorText(p)
		if label.Text != "" {
			text = label.Text + "\n" + text
		}
		label.SetText(text)
		label.Show()
	}
	return rest
}
