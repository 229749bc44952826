package commitments

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// commitmentEditor edits every field of one commitment, beside the list.
type commitmentEditor struct {
	c      *Screen
	before *model.Commitment // nil for a new commitment

	heading     *widget.Label
	title       *widget.Entry
	description *widget.Entry
	part        *kit.Choice
	contact     *kit.Choice
	area        *kit.Choice
	subArea     *kit.Choice
	method      *kit.Choice
	problem     *kit.Choice
	cause       *kit.Choice
	indicator   *widget.Entry
	baseline    *widget.Entry
	target      *widget.Entry
	goalDate    *widget.Entry
	start       *widget.Entry
	due         *widget.Entry
	oneOff      *widget.Check
	status      *kit.Choice
	meeting     *kit.Choice
	paragraph   *widget.Entry
	// milestones are the delmål and contributors the medverkande
	// aktörer beside the ansvarig part.
	milestones   *milestoneList
	contributors *contributorList
	// chart draws the indicator's utfall against utgångsvärde and
	// målvärde; chartNote says why there is none.
	chart     *kit.IndicatorChart
	chartNote *widget.Label
	chartBox  *fyne.Container
	form      *kit.Form
	save      *widget.Button
	retire    *widget.Button
	// history is the commitment's follow-ups, the latest first.
	history *kit.FollowUpHistory

	scroll  *container.Scroll
	content fyne.CanvasObject
	// edits keeps what was typed when the council closes.
	edits *kit.Edits
}

func newCommitmentEditor(c *Screen) *commitmentEditor {
	e := &commitmentEditor{c: c}
	e.heading = kit.SectionTitle("commitments.new")
	e.heading.Wrapping = fyne.TextWrapWord
	e.title = widget.NewEntry()
	e.description = widget.NewMultiLineEntry()
	e.description.Wrapping = fyne.TextWrapWord
	e.description.SetMinRowsVisible(3)
	e.part = kit.NewChoice(func(string) { e.refreshContacts() })
	e.contact = kit.NewChoice(nil)
	e.area = kit.NewChoice(func(string) { e.refreshSubAreas() })
	e.subArea = kit.NewChoice(nil)
	areas, labels := []string{}, []string{}
	for _, a := range model.Areas {
		areas = append(areas, strconv.Itoa(int(a)))
		labels = append(labels, session.Tr(a.Key()))
	}
	e.area.SetOptions(areas, labels, true)
	e.method = kit.NewChoice(nil)
	e.problem = kit.NewChoice(func(string) { e.refreshCauses() })
	e.cause = kit.NewChoice(nil)
	e.indicator = widget.NewEntry()
	e.baseline = widget.NewEntry()
	e.target = widget.NewEntry()
	e.goalDate = kit.NewDateEntry()
	e.start = kit.NewDateEntry()
	e.due = kit.NewDateEntry()
	e.oneOff = widget.NewCheck(session.Tr("commitment.oneOffHelp"), nil)
	e.status = kit.NewChoice(nil)
	statuses, statusLabels := []string{}, []string{}
	for _, s := range model.Statuses {
		statuses = append(statuses, string(s))
		statusLabels = append(statusLabels, session.Tr("status."+string(s)))
	}
	e.status.SetOptions(statuses, statusLabels, false)
	e.meeting = kit.NewChoice(nil)
	e.paragraph = widget.NewEntry()
	e.paragraph.PlaceHolder = "§"
	e.milestones = newMilestoneList()
	e.contributors = newContributorList(func() *session.View { return e.c.ui.Doc.View })
	e.chart = kit.NewIndicatorChart()
	e.chartNote = &widget.Label{Wrapping: fyne.TextWrapWord}
	e.chartBox = container.NewVBox(widget.NewSeparator(), kit.SectionTitle("commitui.chart.title"), e.chartNote, e.chart, kit.IndicatorLegend())

	e.form = kit.NewForm()
	e.form.Submit = func() {
		if !e.save.Disabled() {
			e.onSave()
		}
	}
	e.form.Add("title", "commitment.title", e.title)
	e.form.Add("description", "", e.description)
	e.form.Add("partId", "", e.part.Sel)
	e.form.Add("contactId", "", e.contact.Sel)
	e.form.Add("contributors", "", e.contributors.content)
	e.form.Add("area", "commitment.area", e.area.Sel)
	e.form.Add("subArea", "", e.subArea.Sel)
	e.form.Add("methodId", "", e.method.Sel)
	e.form.Add("problemId", "", e.problem.Sel)
	e.form.Add("causeId", "", e.cause.Sel)
	e.form.Add("goal.indicator", "", e.indicator)
	e.form.Add("goal.baseline", "", e.baseline)
	e.form.Add("goal.target", "", e.target)
	e.form.Add("goal.date", "", e.goalDate)
	e.form.Add("milestones", "", e.milestones.content)
	e.form.Add("start", "", e.start)
	e.form.Add("due", "", e.due)
	e.form.Add("oneOff", "", e.oneOff)
	e.form.Add("status", "commitment.status", e.status.Sel)
	e.form.Add("meetingId", "", e.meeting.Sel)
	e.form.Add("paragraph", "", e.paragraph)

	e.save = &widget.Button{Text: session.Tr("button.save"), Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: e.onSave}
	e.retire = &widget.Button{Text: session.Tr("commitments.retire"), Icon: theme.DeleteIcon(), OnTapped: e.onRetire}
	e.history = kit.NewFollowUpHistory()
	body := container.NewVBox(e.heading, e.form.View(), container.NewHBox(e.save, e.retire), e.chartBox, e.history.Content)
	e.scroll = container.NewVScroll(container.NewPadded(body))
	e.content = e.scroll
	e.edits = kit.NewEdits(e.unsavedName, e.onSave, e.content)
	c.ui.TrackAs("commitment", e.edits)
	return e
}

// refreshChoices renews the drop-downs that list records.
func (e *commitmentEditor) refreshChoices() {
	v := e.c.ui.Doc.View
	ids, names := []string{}, []string{}
	for _, p := range v.PartsByName() {
		ids, names = append(ids, p.ID), append(names, p.Name)
	}
	e.part.SetOptions(ids, names, false)
	ids, names = nil, nil
	for _, m := range v.MethodsSorted() {
		ids, names = append(ids, m.ID), append(names, m.Name)
	}
	e.method.SetOptions(ids, names, true)
	ids, names = nil, nil
	for _, p := range v.ProblemsSorted() {
		ids, names = append(ids, p.ID), append(names, p.Title)
	}
	e.problem.SetOptions(ids, names, true)
	ids, names = nil, nil
	for _, m := range v.MeetingsSorted() {
		ids, names = append(ids, m.ID), append(names, m.Label())
	}
	e.meeting.SetOptions(ids, names, true)
	e.refreshContacts()
	e.refreshCauses()
	e.contributors.refresh()
}

// refreshSubAreas offers the chosen priority area's sub-areas, or every
// sub-area when no area is chosen.
func (e *commitmentEditor) refreshSubAreas() {
	list := model.SubAreas
	if n, err := strconv.Atoi(e.area.ID()); err == nil {
		list = model.SubAreasOf(model.Area(n))
	}
	ids, names := []string{}, []string{}
	for _, s := range list {
		ids, names = append(ids, s.Number), append(names, s.Label())
	}
	e.subArea.SetOptions(ids, names, true)
}

// refreshContacts offers the chosen part's representatives as contact.
func (e *commitmentEditor) refreshContacts() {
	ids, names := []string{}, []string{}
	for _, r := range e.c.ui.Doc.View.RepresentativesOf(e.part.ID()) {
		ids, names = append(ids, r.ID), append(names, r.Name)
	}
	e.contact.SetOptions(ids, names, true)
}

// refreshCauses offers the chosen problem's causes.
func (e *commitmentEditor) refreshCauses() {
	ids, names := []string{}, []string{}
	for _, n := range kit.CauseTree(e.c.ui.Doc.View.CausesOf(e.problem.ID())) {
		ids, names = append(ids, n.Cause.ID), append(names, fmt.Sprintf("%s %s", n.Label, n.Cause.Description))
	}
	e.cause.SetOptions(ids, names, true)
}

func (e *commitmentEditor) setEditable() {
	ro := e.c.ui.ReadOnly()
	kit.SetDisabled(ro, e.save, e.c.add)
	kit.SetDisabled(ro || e.before == nil, e.retire)
	if ro {
		kit.DisableInputs(e.content)
	}
}

// clear empties the editor for a new commitment.
func (e *commitmentEditor) clear() {
	e.before = nil
	e.heading.SetText(session.Tr("commitments.new"))
	e.fill(&model.Commitment{Status: model.StatusPlanned, Start: e.c.ui.Today()})
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
	e.part.SetIDQuietly(cm.PartID)
	e.refreshContacts()
	e.contact.SetIDQuietly(cm.ContactID)
	e.area.SetIDQuietly("")
	if cm.Area.Valid() {
		e.area.SetIDQuietly(strconv.Itoa(int(cm.Area)))
	}
	e.refreshSubAreas()
	e.subArea.SetIDQuietly(cm.SubArea)
	e.contributors.set(cm.Contributors)
	e.milestones.set(cm.Milestones)
	e.method.SetIDQuietly(cm.MethodID)
	e.problem.SetIDQuietly(cm.ProblemID)
	e.refreshCauses()
	e.cause.SetIDQuietly(cm.CauseID)
	e.indicator.SetText(cm.Goal.Indicator)
	e.baseline.SetText(cm.Goal.Baseline)
	e.target.SetText(cm.Goal.Target)
	e.goalDate.SetText(string(cm.Goal.Date))
	e.start.SetText(string(cm.Start))
	e.due.SetText(string(cm.Due))
	e.oneOff.SetChecked(cm.OneOff)
	e.status.SetIDQuietly(string(cm.Status))
	e.meeting.SetIDQuietly(cm.MeetingID)
	e.paragraph.SetText("")
	if cm.Paragraph != 0 {
		e.paragraph.SetText(strconv.Itoa(cm.Paragraph))
	}
	e.form.Clear()
	e.showRowProblems(nil)
	e.setEditable()
	e.showHistory(cm)
	e.edits.Mark()
}

// unsavedName names the commitment in the question on close.
func (e *commitmentEditor) unsavedName() string {
	if e.before == nil {
		return session.Tr("unsaved.newCommitment")
	}
	return session.Tr("unsaved.commitment", map[string]any{"Title": e.before.Title})
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
	cm.PartID = e.part.ID()
	cm.ContactID = e.contact.ID()
	cm.Area = model.AreaNone
	if n, err := strconv.Atoi(e.area.ID()); err == nil {
		cm.Area = model.Area(n)
	}
	cm.SubArea = e.subArea.ID()
	cm.Contributors = e.contributors.contributors()
	cm.Milestones = e.milestones.milestones()
	cm.MethodID = e.method.ID()
	cm.ProblemID = e.problem.ID()
	cm.CauseID = e.cause.ID()
	cm.Goal = model.Goal{
		Indicator: strings.TrimSpace(e.indicator.Text),
		Baseline:  strings.TrimSpace(e.baseline.Text),
		Target:    strings.TrimSpace(e.target.Text),
		Date:      kit.DateOf(e.goalDate, e.c.ui.Today()),
	}
	cm.Start = kit.DateOf(e.start, e.c.ui.Today())
	cm.Due = kit.DateOf(e.due, e.c.ui.Today())
	cm.OneOff = e.oneOff.Checked
	cm.Status = model.Status(e.status.ID())
	cm.MeetingID = e.meeting.ID()
	cm.Paragraph = 0
	if text := strings.TrimSpace(e.paragraph.Text); text != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(text, "§"))
		if err != nil || n < 0 {
			e.form.ShowProblems(model.FieldErr("paragraph", "ui.notNumber"))
			return
		}
		cm.Paragraph = n
	}
	what, undo := session.Tr("undo.addCommitment", map[string]any{"Title": cm.Title}), session.UndoAdd(cm)
	if e.before != nil {
		what, undo = session.Tr("undo.editCommitment", map[string]any{"Title": cm.Title}), session.UndoEdit(e.before)
	}
	if !u.Save(e, what, undo, cm) {
		return
	}
	if row := u.Doc.View.Commitments[cm.ID]; row != nil {
		e.load(row.C)
		for i, r := range e.c.shown {
			if r == row {
				e.c.list.Select(i)
			}
		}
	}
}

// ShowProblems shows the problems of err under the delmål and medverkande
// rows they are about and beside the form's fields (session.Problems).
func (e *commitmentEditor) ShowProblems(err error) bool {
	problems, ok := model.ProblemsIn(err)
	if !ok {
		return false
	}
	rest := e.showRowProblems(problems)
	e.form.Clear()
	if len(rest) > 0 {
		e.form.ShowProblems(rest)
	}
	return true
}

// Clear hides every problem of the form and its rows.
func (e *commitmentEditor) Clear() {
	e.form.Clear()
	e.showRowProblems(nil)
}

// onRetire asks, then retires the commitment; Ctrl+Z brings it back.
func (e *commitmentEditor) onRetire() {
	cm := e.before
	if cm == nil {
		return
	}
	u := e.c.ui
	u.Confirm("commitments.retireTitle", session.Tr("commitments.retireMessage", map[string]any{"Title": cm.Title}), "commitments.retire", func() {
		if err := u.Doc.Retire(model.KindCommitment, cm.ID); err != nil {
			u.ShowError(err)
			return
		}
		u.Undo.Push(session.Tr("undo.retireCommitment", map[string]any{"Title": cm.Title}), session.UndoRetire(model.KindCommitment, cm.ID))
		e.clear()
		u.RefreshAll()
	})
}

// showHistory reads the commitment's follow-ups once and shows them as
// the history and, when the commitment has an indicator or utfall, as
// the indicator chart.
func (e *commitmentEditor) showHistory(cm *model.Commitment) {
	doc := e.c.ui.Doc
	if cm.ID == "" {
		e.history.Load(doc, "")
		e.chartBox.Hide()
		return
	}
	list, err := doc.Store.FollowUps(cm.ID)
	if err != nil {
		e.history.Load(doc, cm.ID) // it says what went wrong
		e.chartBox.Hide()
		return
	}
	e.history.Content.Show()
	e.history.Show(doc.View, list)
	readings := model.OutcomeSeries(list, "")
	goal := cm.Goal.Numbers()
	if cm.Goal.Indicator == "" && len(readings) == 0 {
		e.chartBox.Hide()
		return
	}
	e.chartBox.Show()
	e.chart.Set(readings, goal)
	if len(readings) == 0 {
		e.chart.Hide()
	} else {
		e.chart.Show()
	}
	note := session.Tr("commitui.chart.about", map[string]any{"Indicator": cm.Goal.Indicator})
	switch {
	case len(readings) == 0:
		note = session.Tr("commitui.chart.none", map[string]any{"Indicator": cm.Goal.Indicator})
	case !goal.Known:
		note += " " + session.Tr("commitui.chart.noGoal")
	}
	e.chartNote.SetText(note)
}

// scrollToChart scrolls the editor down to the indicator chart.
func (e *commitmentEditor) scrollToChart() { e.scrollTo(e.chartBox, 200) }

// scrollTo scrolls the editor so that o shows above from the top.
func (e *commitmentEditor) scrollTo(o fyne.CanvasObject, above float32) {
	e.scroll.Refresh()
	top := fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Y - fyne.CurrentApp().Driver().AbsolutePositionForObject(e.scroll.Content).Y
	e.scroll.Offset = fyne.NewPos(0, max(0, top-above))
	e.scroll.Refresh()
}
