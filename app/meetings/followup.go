package meetings

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

// meetingFollowUp is the heart of the meeting: the chair walks through the
// open commitments, overdue first; for each, the owner says where it
// stands and the secretary records status, traffic light and comment.
// Each record is a new entry in the commitment's history; no earlier entry
// is ever changed.
type meetingFollowUp struct {
	e *meetingEditor

	shown  []*model.Commitment
	list   *widget.List
	count  *widget.Label
	chosen string // the commitment in the form

	heading  *widget.Label
	about    *widget.Label
	latest   *widget.Label
	status   *kit.Choice
	light    model.Light
	lights   map[model.Light]*widget.Button
	comment  *widget.Entry
	form     *kit.Form
	save     *widget.Button
	saveNext *widget.Button
	history  *kit.FollowUpHistory
	inputs   *fyne.Container
	outcome  *followUpOutcome // the utfall, for a commitment with an indicator

	content fyne.CanvasObject
}

func newMeetingFollowUp(e *meetingEditor) *meetingFollowUp {
	f := &meetingFollowUp{e: e, lights: map[model.Light]*widget.Button{}}
	f.list = widget.NewList(func() int { return len(f.shown) }, f.createRow, f.updateRow)
	f.list.OnSelected = f.onSelect
	f.count = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}

	f.heading = kit.RoomHeading("")
	f.heading.SizeName = theme.SizeNameHeadingText
	f.about = &widget.Label{Wrapping: fyne.TextWrapWord}
	f.latest = &widget.Label{Wrapping: fyne.TextWrapWord}
	f.status = kit.NewChoice(nil)
	statuses, labels := []string{}, []string{}
	for _, s := range model.Statuses {
		statuses, labels = append(statuses, string(s)), append(labels, session.Tr("status."+string(s)))
	}
	f.status.SetOptions(statuses, labels, false)
	var lightButtons []fyne.CanvasObject
	for _, l := range model.Lights {
		b := &widget.Button{Text: kit.TrafficLightName(l), Icon: kit.TrafficLightIcon(l), OnTapped: func() { f.onLight(l) }}
		f.lights[l] = b
		lightButtons = append(lightButtons, kit.WithMinHeight(b, 64))
	}
	f.comment = widget.NewMultiLineEntry()
	f.comment.Wrapping = fyne.TextWrapWord
	f.comment.SetMinRowsVisible(3)
	f.form = kit.NewForm()
	f.form.Add("status", "", f.status.Sel)
	f.form.Add("light", "", container.NewGridWithColumns(3, lightButtons...))
	f.form.Add("comment", "", f.comment)
	f.save = &widget.Button{Text: session.Tr("meetingFollowUp.save"), Icon: theme.DocumentSaveIcon(), OnTapped: f.onSave}
	f.saveNext = &widget.Button{Text: session.Tr("meetingFollowUp.saveNext"), Icon: theme.NavigateNextIcon(), Importance: widget.HighImportance, OnTapped: f.onSaveNext}
	f.history = kit.NewFollowUpHistory()
	f.outcome = newFollowUpOutcome(f)
	f.inputs = container.NewVBox(f.outcome.view, f.form.View(), container.NewHBox(f.save, kit.WithMinHeight(f.saveNext, 48)))

	left := container.NewBorder(container.NewVBox(f.count, widget.NewSeparator()), nil, nil, nil, f.list)
	right := container.NewVScroll(container.NewPadded(container.NewVBox(f.heading, f.about, f.latest, f.inputs, f.history.Content)))
	split := container.NewHSplit(left, right)
	split.Offset = 0.55
	f.content = split
	return f
}

// createRow is a commitment on two lines, after a mark when it was
// followed up at this meeting and the dot of its latest light: its title
// over its part and due date; its status at the right.
func (f *meetingFollowUp) createRow() fyne.CanvasObject {
	lead := container.NewHBox(widget.NewIcon(nil), widget.NewIcon(nil))
	title := &widget.Label{Truncation: fyne.TextTruncateEllipsis, TextStyle: fyne.TextStyle{Bold: true}}
	about := &widget.Label{Truncation: fyne.TextTruncateEllipsis, SizeName: theme.SizeNameCaptionText}
	status := &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	return container.NewBorder(nil, nil, lead, withWidth(120, container.New(&kit.StackedLines{}, status)), container.New(&kit.StackedLines{}, title, about))
}

func (f *meetingFollowUp) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(f.shown) {
		return
	}
	c := f.shown[id]
	row := o.(*fyne.Container).Objects
	lines := row[0].(*fyne.Container).Objects
	lines[0].(*widget.Label).SetText(c.Title)
	about := f.e.ui.Doc.View.PartName(c.PartID)
	if c.Due != "" {
		about += " · " + session.Tr("meetingFollowUp.due", map[string]any{"Date": c.Due})
	}
	lines[1].(*widget.Label).SetText(about)
	lead := row[1].(*fyne.Container).Objects
	done := lead[0].(*widget.Icon)
	done.SetResource(nil)
	if f.followedHere(c.ID) {
		done.SetResource(theme.ConfirmIcon())
	}
	status, light := model.CurrentStatus(c, f.e.history[c.ID])
	lead[1].(*widget.Icon).SetResource(kit.TrafficLightIcon(light))
	st := row[2].(*fyne.Container).Objects[1].(*fyne.Container).Objects[0].(*widget.Label)
	st.Importance = widget.MediumImportance
	st.Text = session.Tr("status." + string(status))
	if c.Overdue(f.asOf()) {
		st.Importance = widget.DangerImportance
		if status != model.StatusLate {
			st.Text = session.Tr("commitments.overdue")
		}
	}
	st.Refresh()
}

// asOf is the day overdue is judged on: today, or the meeting's day when
// the meeting is past.
func (f *meetingFollowUp) asOf() model.Date {
	today := f.e.ui.Today()
	if d := f.e.mt.Date; d.Valid() && d < today {
		return d
	}
	return today
}

// followedHere reports whether commitment id was followed up at this
// meeting.
func (f *meetingFollowUp) followedHere(id string) bool {
	return model.FollowUpAt(f.e.history[id], id, f.e.mt.ID) != nil
}

// due returns the commitments to follow up: every open one and those
// already followed up at this meeting, overdue first, then by due date
// (undated last) and title. Approved minutes keep only the ones followed
// up at the meeting.
func (f *meetingFollowUp) due() []*model.Commitment {
	asOf, locked := f.asOf(), f.e.mt.State.Locked()
	var list []*model.Commitment
	for _, row := range f.e.ui.Doc.View.Rows {
		c := row.C
		if f.followedHere(c.ID) || (!locked && c.Status.Open()) {
			list = append(list, c)
		}
	}
	// A commitment closed at this meeting keeps its place among the
	// overdue ones, so that the list does not jump under the chair.
	late := func(c *model.Commitment) bool {
		return c.Due != "" && c.Due < asOf && (c.Status.Open() || f.followedHere(c.ID))
	}
	slices.SortStableFunc(list, func(a, b *model.Commitment) int {
		if ao, bo := late(a), late(b); ao != bo {
			if ao {
				return -1
			}
			return 1
		}
		if (a.Due == "") != (b.Due == "") {
			if a.Due == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.Due, b.Due), cmp.Compare(a.Title, b.Title), cmp.Compare(a.ID, b.ID))
	})
	return list
}

// counts returns how many of the commitments to follow up were followed
// up at this meeting, and how many there are.
func (f *meetingFollowUp) counts() (done, all int) {
	list := f.due()
	for _, c := range list {
		if f.followedHere(c.ID) {
			done++
		}
	}
	return done, len(list)
}

// commitmentLine is one line about a commitment for the agenda: its
// title, part and due date, overdue in red.
func (f *meetingFollowUp) commitmentLine(c *model.Commitment) fyne.CanvasObject {
	text := c.Title + " – " + f.e.ui.Doc.View.PartName(c.PartID)
	if c.Due != "" {
		text += " – " + session.Tr("meetingFollowUp.due", map[string]any{"Date": c.Due})
	}
	l := &widget.Label{Text: text, Wrapping: fyne.TextWrapWord}
	if c.Overdue(f.asOf()) {
		l.Importance = widget.DangerImportance
		l.Text += " (" + session.Tr("commitments.overdue") + ")"
	}
	_, light := model.CurrentStatus(c, f.e.history[c.ID])
	return container.NewBorder(nil, nil, widget.NewIcon(kit.TrafficLightIcon(light)), nil, l)
}

// show renews the list and the form; the first commitment not yet
// followed up is chosen when none was.
func (f *meetingFollowUp) show() {
	f.shown = f.due()
	done, all := f.counts()
	f.count.SetText(session.Tr("meetingFollowUp.count", map[string]any{"Done": done, "Open": all}))
	f.list.Refresh()
	i := slices.IndexFunc(f.shown, func(c *model.Commitment) bool { return c.ID == f.chosen })
	if i < 0 {
		i = slices.IndexFunc(f.shown, func(c *model.Commitment) bool { return !f.followedHere(c.ID) })
	}
	if i < 0 && len(f.shown) > 0 {
		i = 0
	}
	f.choose(i)
}

// choose selects row i and shows its commitment in the form.
func (f *meetingFollowUp) choose(i int) {
	if i < 0 || i >= len(f.shown) {
		f.chosen = ""
		f.list.UnselectAll()
		f.heading.SetText(session.Tr("meetingFollowUp.none"))
		f.about.SetText("")
		f.latest.SetText("")
		f.inputs.Hide()
		f.history.Content.Hide()
		return
	}
	f.chosen = f.shown[i].ID
	f.list.Select(i)
	f.fill(f.shown[i])
}

func (f *meetingFollowUp) onSelect(id widget.ListItemID) {
	if id < len(f.shown) && f.shown[id].ID != f.chosen {
		f.chosen = f.shown[id].ID
		f.fill(f.shown[id])
	}
}

// fill shows commitment c: where it stands, the form to record where it
// stands now (its latest status and light to start from) and its history.
func (f *meetingFollowUp) fill(c *model.Commitment) {
	v := f.e.ui.Doc.View
	f.heading.SetText(c.Title)
	about := []string{v.PartName(c.PartID)}
	if r := v.Representatives[c.ContactID]; r != nil {
		about = append(about, session.Tr("meetingFollowUp.contact", map[string]any{"Name": r.Name}))
	}
	if c.Due != "" {
		due := session.Tr("meetingFollowUp.due", map[string]any{"Date": c.Due})
		if c.Overdue(f.asOf()) {
			due += " (" + session.Tr("commitments.overdue") + ")"
		}
		about = append(about, due)
	}
	f.about.SetText(strings.Join(about, " · "))
	hist := f.e.history[c.ID]
	status, light := model.CurrentStatus(c, hist)
	comment := ""
	standing := model.Standing(hist)
	switch at := model.FollowUpAt(hist, c.ID, f.e.mt.ID); {
	case at != nil:
		// Followed up here already: the form shows what was recorded, so
		// that Spara again records nothing and a change corrects it.
		comment = at.Comment
		f.latest.SetText(session.Tr("meetingFollowUp.here"))
	case len(standing) == 0:
		f.latest.SetText(session.Tr("meetingFollowUp.first"))
	default:
		f.latest.SetText(session.Tr("meetingFollowUp.latest", map[string]any{"Line": kit.FollowUpLine(v, standing[len(standing)-1])}))
	}
	f.status.SetIDQuietly(string(status))
	f.setLight(light)
	f.comment.SetText(comment)
	f.form.Clear()
	f.outcome.fill(c, hist)
	locked := f.e.locked()
	kit.ShowWhen(!locked && f.e.historyLoaded, f.inputs)
	f.history.Content.Show()
	f.history.Show(v, hist)
}

// onLight chooses a traffic light; choosing it again takes it away.
func (f *meetingFollowUp) onLight(l model.Light) {
	if f.light == l {
		l = model.LightNone
	}
	f.setLight(l)
}

func (f *meetingFollowUp) setLight(l model.Light) {
	f.light = l
	for x, b := range f.lights {
		b.Importance = widget.MediumImportance
		b.Icon = kit.TrafficLightIcon(x)
		if x == l {
			b.Icon = theme.ConfirmIcon()
			switch x {
			case model.LightGreen:
				b.Importance = widget.SuccessImportance
			case model.LightYellow:
				b.Importance = widget.WarningImportance
			default:
				b.Importance = widget.DangerImportance
			}
		}
		b.Refresh()
	}
}

// onSave records the follow-up and stays on the commitment.
func (f *meetingFollowUp) onSave() { f.record(false) }

// onSaveNext records the follow-up and goes on to the next commitment.
func (f *meetingFollowUp) onSaveNext() { f.record(true) }

// record appends the follow-up in the form to the commitment's history,
// with the commitment's new status, in one change. The follow-up item of
// the agenda gets its § with the first follow-up.
func (f *meetingFollowUp) record(next bool) {
	i := slices.IndexFunc(f.shown, func(c *model.Commitment) bool { return c.ID == f.chosen })
	if i < 0 {
		return
	}
	c := f.shown[i]
	entry := &model.FollowUp{
		CommitmentID: c.ID, MeetingID: f.e.mt.ID, Date: f.e.mt.Date,
		Status: model.Status(f.status.ID()), Light: f.light, Comment: strings.TrimSpace(f.comment.Text),
	}
	if err := f.outcome.apply(entry); err != nil {
		f.outcome.showProblems(err)
		return
	}
	if problems := model.Validate(entry); len(problems) > 0 {
		if rest := f.outcome.showProblems(problems); rest != nil {
			f.form.ShowProblems(rest)
		} else {
			f.form.Clear()
		}
		return
	}
	// A commitment is followed up once per meeting: saving the same again
	// records nothing, and saving something else corrects the entry.
	if entry = model.FollowUpToRecord(f.e.history[c.ID], entry); entry == nil {
		f.e.ui.Status.SetState(session.Tr("meetingFollowUp.unchanged", map[string]any{"Title": c.Title}), false)
		return
	}
	status := model.StatusAfter(c, f.e.history[c.ID], entry)
	recs := []model.Record{entry}
	if status != c.Status {
		changed := *c
		changed.Status = status
		recs = append(recs, &changed)
	}
	following := ""
	if next {
		for _, x := range f.shown[i+1:] {
			if !f.followedHere(x.ID) {
				following = x.ID
				break
			}
		}
		if following == "" && i+1 < len(f.shown) {
			following = f.shown[i+1].ID
		}
	}
	what := session.Tr("meetingUndo.followUp", map[string]any{"Title": c.Title})
	if entry.CorrectsID != "" {
		what = session.Tr("meetingUndo.correction", map[string]any{"Title": c.Title})
	}
	err := f.e.save(what, func(m *model.Meeting) error {
		if j := slices.IndexFunc(m.Agenda, func(it model.AgendaItem) bool { return it.Kind == model.ItemFollowUp }); j >= 0 {
			return f.e.numberItem(m, j)
		}
		return nil
	}, recs...)
	if err != nil {
		if rest := f.outcome.showProblems(err); rest != nil && !f.form.ShowProblems(rest) {
			f.e.ui.ShowError(err)
		}
		return
	}
	if next && following != "" {
		f.chosen = following
	}
	f.show()
	f.e.ui.Status.SetState(session.Tr("meetingFollowUp.recorded", map[string]any{"Title": c.Title}), false)
}

// chosenCommitment returns the commitment in the form, or an empty one.
func (f *meetingFollowUp) chosenCommitment() *model.Commitment {
	if i := slices.IndexFunc(f.shown, func(c *model.Commitment) bool { return c.ID == f.chosen }); i >= 0 {
		return f.shown[i]
	}
	return &model.Commitment{}
}
