package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
)

// commitmentEditor edits every field of one commitment, beside the list.
type commitmentEditor struct {
	c      *commitments
	before *model.Commitment // nil for a new commitment

	heading     *widget.Label
	title       *widget.Entry
	description *widget.Entry
	part        *choice
	contact     *choice
	area        *choice
	method      *choice
	problem     *choice
	cause       *choice
	indicator   *widget.Entry
	baseline    *widget.Entry
	target      *widget.Entry
	goalDate    *widget.Entry
	start       *widget.Entry
	due         *widget.Entry
	oneOff      *widget.Check
	status      *choice
	meeting     *choice
	paragraph   *widget.Entry
	form        *form
	save        *widget.Button
	retire      *widget.Button
	// history is the commitment's follow-ups, the latest first.
	history *followUpHistory

	content fyne.CanvasObject
}

func newCommitmentEditor(c *commitments) *commitmentEditor {
	e := &commitmentEditor{c: c}
	e.heading = sectionTitle("commitments.new")
	e.heading.Wrapping = fyne.TextWrapWord
	e.title = widget.NewEntry()
	e.description = widget.NewMultiLineEntry()
	e.description.Wrapping = fyne.TextWrapWord
	e.description.SetMinRowsVisible(3)
	e.part = newChoice(func(string) { e.refreshContacts() })
	e.contact = newChoice(nil)
	e.area = newChoice(nil)
	areas, labels := []string{}, []string{}
	for _, a := range model.Areas {
		areas = append(areas, strconv.Itoa(int(a)))
		labels = append(labels, tr(a.Key()))
	}
	e.area.setOptions(areas, labels, true)
	e.method = newChoice(nil)
	e.problem = newChoice(func(string) { e.refreshCauses() })
	e.cause = newChoice(nil)
	e.indicator = widget.NewEntry()
	e.baseline = widget.NewEntry()
	e.target = widget.NewEntry()
	e.goalDate = newDateEntry()
	e.start = newDateEntry()
	e.due = newDateEntry()
	e.oneOff = widget.NewCheck(tr("commitment.oneOffHelp"), nil)
	e.status = newChoice(nil)
	statuses, statusLabels := []string{}, []string{}
	for _, s := range model.Statuses {
		statuses = append(statuses, string(s))
		statusLabels = append(statusLabels, tr("status."+string(s)))
	}
	e.status.setOptions(statuses, statusLabels, false)
	e.meeting = newChoice(nil)
	e.paragraph = widget.NewEntry()
	e.paragraph.PlaceHolder = "§"

	e.form = newForm()
	e.form.submit = func() {
		if !e.save.Disabled() {
			e.onSave()
		}
	}
	e.form.add("title", "commitment.title", e.title)
	e.form.add("description", "", e.description)
	e.form.add("partId", "", e.part.sel)
	e.form.add("contactId", "", e.contact.sel)
	e.form.add("area", "commitment.area", e.area.sel)
	e.form.add("methodId", "", e.method.sel)
	e.form.add("problemId", "", e.problem.sel)
	e.form.add("causeId", "", e.cause.sel)
	e.form.add("goal.indicator", "", e.indicator)
	e.form.add("goal.baseline", "", e.baseline)
	e.form.add("goal.target", "", e.target)
	e.form.add("goal.date", "", e.goalDate)
	e.form.add("start", "", e.start)
	e.form.add("due", "", e.due)
	e.form.add("oneOff", "", e.oneOff)
	e.form.add("status", "commitment.status", e.status.sel)
	e.form.add("meetingId", "", e.meeting.sel)
	e.form.add("paragraph", "", e.paragraph)

	e.save = &widget.Button{Text: tr("button.save"), Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: e.onSave}
	e.retire = &widget.Button{Text: tr("commitments.retire"), Icon: theme.DeleteIcon(), OnTapped: e.onRetire}
	e.history = newFollowUpHistory()
	body := container.NewVBox(e.heading, e.form.view(), container.NewHBox(e.save, e.retire), e.history.content)
	e.content = container.NewVScroll(container.NewPadded(body))
	return e
}

// refreshChoices renews the drop-downs that list records.
func (e *commitmentEditor) refreshChoices() {
	v := e.c.ui.doc.view
	ids, names := []string{}, []string{}
	for _, p := range v.partsByName() {
		ids, names = append(ids, p.ID), append(names, p.Name)
	}
	e.part.setOptions(ids, names, false)
	ids, names = nil, nil
	for _, m := range v.methodsSorted() {
		ids, names = append(ids, m.ID), append(names, m.Name)
	}
	e.method.setOptions(ids, names, true)
	ids, names = nil, nil
	for _, p := range v.problemsSorted() {
		ids, names = append(ids, p.ID), append(names, p.Title)
	}
	e.problem.setOptions(ids, names, true)
	ids, names = nil, nil
	for _, m := range v.meetingsSorted() {
		ids, names = append(ids, m.ID), append(names, m.Label())
	}
	e.meeting.setOptions(ids, names, true)
	e.refreshContacts()
	e.refreshCauses()
}

// refreshContacts offers the chosen part's representatives as contact.
func (e *commitmentEditor) refreshContacts() {
	ids, names := []string{}, []string{}
	for _, r := range e.c.ui.doc.view.representativesOf(e.part.id()) {
		ids, names = append(ids, r.ID), append(names, r.Name)
	}
	e.contact.setOptions(ids, names, true)
}

// refreshCauses offers the chosen problem's causes.
func (e *commitmentEditor) refreshCauses() {
	ids, names := []string{}, []string{}
	for _, n := range causeTree(e.c.ui.doc.view.causesOf(e.problem.id())) {
		ids, names = append(ids, n.cause.ID), append(names, fmt.Sprintf("%s %s", n.label, n.cause.Description))
	}
	e.cause.setOptions(ids, names, true)
}

func (e *commitmentEditor) setEditable() {
	ro := e.c.ui.readOnly()
	setDisabled(ro, e.save, e.c.add)
	setDisabled(ro || e.before == nil, e.retire)
}

// clear empties the editor for a new commitment.
func (e *commitmentEditor) clear() {
	e.before = nil
	e.heading.SetText(tr("commitments.new"))
	e.fill(&model.Commitment{Status: model.StatusPlanned, Start: e.c.ui.today()})
}

// load shows cm in the editor.
func (e *commitmentEditor) load(cm *model.Commitment) {
	e.before = cm
	e.heading.SetText(cm.Title)
	e.fill(cm)
}

func (e *commitmentEditor) fill(cm *model.Commitment) {
	e.title.SetText(cm.Title)
	e.description.SetText(cm.Description)
	e.part.setIDQuietly(cm.PartID)
	e.refreshContacts()
	e.contact.setIDQuietly(cm.ContactID)
	e.area.setIDQuietly("")
	if cm.Area.Valid() {
		e.area.setIDQuietly(strconv.Itoa(int(cm.Area)))
	}
	e.method.setIDQuietly(cm.MethodID)
	e.problem.setIDQuietly(cm.ProblemID)
	e.refreshCauses()
	e.cause.setIDQuietly(cm.CauseID)
	e.indicator.SetText(cm.Goal.Indicator)
	e.baseline.SetText(cm.Goal.Baseline)
	e.target.SetText(cm.Goal.Target)
	e.goalDate.SetText(string(cm.Goal.Date))
	e.start.SetText(string(cm.Start))
	e.due.SetText(string(cm.Due))
	e.oneOff.SetChecked(cm.OneOff)
	e.status.setIDQuietly(string(cm.Status))
	e.meeting.setIDQuietly(cm.MeetingID)
	e.paragraph.SetText("")
	if cm.Paragraph != 0 {
		e.paragraph.SetText(strconv.Itoa(cm.Paragraph))
	}
	e.form.clear()
	e.setEditable()
	e.history.load(e.c.ui.doc, cm.ID)
}

// onSave writes the commitment; problems show beside their fields.
func (e *commitmentEditor) onSave() {
	u := e.c.ui
	cm := &model.Commitment{}
	if e.before != nil {
		copied := *e.before
		cm = &copied
	}
	cm.Title = strings.TrimSpace(e.title.Text)
	cm.Description = strings.TrimSpace(e.description.Text)
	cm.PartID = e.part.id()
	cm.ContactID = e.contact.id()
	cm.Area = model.AreaNone
	if n, err := strconv.Atoi(e.area.id()); err == nil {
		cm.Area = model.Area(n)
	}
	cm.MethodID = e.method.id()
	cm.ProblemID = e.problem.id()
	cm.CauseID = e.cause.id()
	cm.Goal = model.Goal{
		Indicator: strings.TrimSpace(e.indicator.Text),
		Baseline:  strings.TrimSpace(e.baseline.Text),
		Target:    strings.TrimSpace(e.target.Text),
		Date:      model.Date(strings.TrimSpace(e.goalDate.Text)),
	}
	cm.Start = model.Date(strings.TrimSpace(e.start.Text))
	cm.Due = model.Date(strings.TrimSpace(e.due.Text))
	cm.OneOff = e.oneOff.Checked
	cm.Status = model.Status(e.status.id())
	cm.MeetingID = e.meeting.id()
	cm.Paragraph = 0
	if text := strings.TrimSpace(e.paragraph.Text); text != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(text, "§"))
		if err != nil || n < 0 {
			e.form.showProblems(model.FieldErr("paragraph", "ui.notNumber"))
			return
		}
		cm.Paragraph = n
	}
	if err := u.doc.put(cm); err != nil {
		if !e.form.showProblems(err) {
			u.showError(err)
		}
		return
	}
	if e.before == nil {
		u.undo.push(tr("undo.addCommitment", map[string]any{"Title": cm.Title}), undoAdd(cm))
	} else {
		u.undo.push(tr("undo.editCommitment", map[string]any{"Title": cm.Title}), undoEdit(e.before))
	}
	u.refreshAll()
	if row := u.doc.view.commitments[cm.ID]; row != nil {
		e.load(row.c)
		for i, r := range e.c.shown {
			if r == row {
				e.c.list.Select(i)
			}
		}
	}
	u.status.setState(tr("status.recorded"), false)
}

// onRetire asks, then retires the commitment; Ctrl+Z brings it back.
func (e *commitmentEditor) onRetire() {
	cm := e.before
	if cm == nil {
		return
	}
	u := e.c.ui
	u.confirm("commitments.retireTitle", tr("commitments.retireMessage", map[string]any{"Title": cm.Title}), "commitments.retire", func() {
		if err := u.doc.retire(model.KindCommitment, cm.ID); err != nil {
			u.showError(err)
			return
		}
		u.undo.push(tr("undo.retireCommitment", map[string]any{"Title": cm.Title}), undoRetire(model.KindCommitment, cm.ID))
		e.clear()
		u.refreshAll()
	})
}
