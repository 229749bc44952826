package meetings

import (
	"cmp"
	"fmt"
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

// meetingDetails is the meeting's own fields: number, date and time,
// place, kind, and who chairs, keeps and approves (justerar) the minutes.
type meetingDetails struct {
	e *meetingEditor

	number, date, start, end, place *widget.Entry
	kind                            *kit.Choice
	chair, secretary                *kit.Choice
	adjuster1, adjuster2            *kit.Choice
	form                            *kit.Form
	save                            *widget.Button
	// remove retires a meeting that nothing was minuted or followed up at.
	remove *widget.Button
	// lifecycle says what approval means, or shows the full fingerprint.
	lifecycle *widget.Label

	content fyne.CanvasObject
}

func newMeetingDetails(e *meetingEditor) *meetingDetails {
	d := &meetingDetails{e: e}
	d.number, d.date, d.place = widget.NewEntry(), kit.NewDateEntry(), widget.NewEntry()
	d.start, d.end = widget.NewEntry(), widget.NewEntry()
	d.start.PlaceHolder, d.end.PlaceHolder = "TT:MM", "TT:MM"
	d.kind = kit.NewChoice(nil)
	kinds, labels := []string{}, []string{}
	for _, k := range model.MeetingKinds {
		kinds, labels = append(kinds, string(k)), append(labels, session.Tr("meetingKind."+string(k)))
	}
	d.kind.SetOptions(kinds, labels, false)
	d.chair, d.secretary = kit.NewChoice(nil), kit.NewChoice(nil)
	d.adjuster1, d.adjuster2 = kit.NewChoice(nil), kit.NewChoice(nil)

	d.form = kit.NewForm()
	d.form.Submit = func() {
		if !d.save.Disabled() {
			d.onSave()
		}
	}
	d.form.Add("number", "", d.number)
	d.form.Add("date", "", d.date)
	d.form.Add("startTime", "", d.start)
	d.form.Add("endTime", "", d.end)
	d.form.Add("place", "", d.place)
	d.form.Add("kind", "meeting.kind", d.kind.Sel)
	d.form.Add("chairId", "meeting.chair", d.chair.Sel)
	d.form.Add("secretaryId", "meeting.secretary", d.secretary.Sel)
	d.form.Add("adjusterIds", "meeting.adjusters", container.NewGridWithColumns(2, d.adjuster1.Sel, d.adjuster2.Sel))
	d.save = &widget.Button{Text: session.Tr("button.save"), Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: d.onSave}
	d.remove = &widget.Button{Text: session.Tr("meetingDetails.remove"), Icon: theme.DeleteIcon(), OnTapped: d.onRemove}
	d.lifecycle = &widget.Label{Wrapping: fyne.TextWrapWord, Selectable: true}
	body := container.NewVBox(d.form.View(), container.NewHBox(d.save, d.remove), widget.NewSeparator(),
		kit.SectionTitle("meetingDetails.minutes"), d.lifecycle)
	d.content = container.NewVScroll(container.NewPadded(body))
	return d
}

// show fills the form from the meeting.
func (d *meetingDetails) show() {
	mt := d.e.mt
	d.number.SetText(mt.Number)
	d.date.SetText(string(mt.Date))
	d.start.SetText(mt.StartTime)
	d.end.SetText(mt.EndTime)
	d.place.SetText(mt.Place)
	d.kind.SetIDQuietly(string(cmp.Or(mt.Kind, model.MeetingCouncil)))
	ids, names := d.e.people()
	for _, c := range []*kit.Choice{d.chair, d.secretary, d.adjuster1, d.adjuster2} {
		c.SetOptions(ids, names, true)
	}
	d.chair.SetIDQuietly(mt.ChairID)
	d.secretary.SetIDQuietly(mt.SecretaryID)
	d.adjuster1.SetIDQuietly("")
	d.adjuster2.SetIDQuietly("")
	if len(mt.AdjusterIDs) > 0 {
		d.adjuster1.SetIDQuietly(mt.AdjusterIDs[0])
	}
	if len(mt.AdjusterIDs) > 1 {
		d.adjuster2.SetIDQuietly(mt.AdjusterIDs[1])
	}
	d.form.Clear()
	locked := d.e.locked()
	kit.DisableWhen(locked, d.number, d.date, d.start, d.end, d.place, d.kind.Sel,
		d.chair.Sel, d.secretary.Sel, d.adjuster1.Sel, d.adjuster2.Sel)
	kit.ShowWhen(!locked, d.save)
	kit.ShowWhen(!locked && d.e.unused(), d.remove)
	switch {
	case mt.State == model.StateApproved:
		d.lifecycle.SetText(session.Tr("meetingDetails.approved", map[string]any{
			"Time": mt.ApprovedAt.Local().Format("2006-01-02 15:04"), "Fingerprint": mt.Fingerprint}))
	default:
		d.lifecycle.SetText(session.Tr("meetingDetails.draft"))
	}
}

// onSave writes the meeting's own fields; problems show beside them.
func (d *meetingDetails) onSave() {
	var adjusters []string
	for _, c := range []*kit.Choice{d.adjuster1, d.adjuster2} {
		if id := c.ID(); id != "" && !slices.Contains(adjusters, id) {
			adjusters = append(adjusters, id)
		}
	}
	err := d.e.save(session.Tr("meetingUndo.details", map[string]any{"Date": d.e.mt.Date}), func(next *model.Meeting) error {
		next.Number = strings.TrimSpace(d.number.Text)
		next.Date = kit.DateOf(d.date, d.e.ui.Today())
		next.StartTime = kit.ClockOf(d.start)
		next.EndTime = kit.ClockOf(d.end)
		next.Place = strings.TrimSpace(d.place.Text)
		next.Kind = model.MeetingKind(d.kind.ID())
		next.ChairID = d.chair.ID()
		next.SecretaryID = d.secretary.ID()
		next.AdjusterIDs = adjusters
		return nil
	})
	if err != nil && !d.form.ShowProblems(err) {
		d.e.ui.ShowError(err)
	}
}

// unused reports whether nothing was minuted or followed up at the
// meeting yet, so that it may be removed.
func (e *meetingEditor) unused() bool {
	for _, it := range e.mt.Agenda {
		if it.Paragraph != 0 || it.Notes != "" || len(it.Decisions) > 0 {
			return false
		}
	}
	for _, list := range e.history {
		for _, f := range list {
			if f.MeetingID == e.mt.ID {
				return false
			}
		}
	}
	return e.historyLoaded
}

// onRemove asks, then removes the meeting; Ctrl+Z brings it back.
func (d *meetingDetails) onRemove() {
	e := d.e
	u, mt := e.ui, e.mt
	u.Confirm("meetingDetails.removeTitle", session.Tr("meetingDetails.removeMessage", map[string]any{"Meeting": kit.MeetingName(mt)}), "meetingDetails.remove", func() {
		if err := u.Doc.Retire(model.KindMeeting, mt.ID); err != nil {
			u.ShowError(err)
			return
		}
		u.Undo.Push(session.Tr("meetingUndo.removeMeeting", map[string]any{"Meeting": kit.MeetingName(mt)}), session.UndoRetire(model.KindMeeting, mt.ID))
		e.closed = true
		e.m.closeEditor()
		u.RefreshAll()
	})
}

// people returns the council's representatives who serve on the meeting's
// day, as choices "Name (Part)" by name; people the meeting already names
// stay among them.
func (e *meetingEditor) people() (ids, names []string) {
	v := e.ui.Doc.View
	named := append([]string{e.mt.ChairID, e.mt.SecretaryID}, e.mt.AdjusterIDs...)
	var list []*model.Representative
	for _, r := range v.Representatives {
		if r.ActiveOn(e.mt.Date) || slices.Contains(named, r.ID) {
			list = append(list, r)
		}
	}
	slices.SortFunc(list, func(a, b *model.Representative) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), cmp.Compare(a.ID, b.ID))
	})
	for _, r := range list {
		ids, names = append(ids, r.ID), append(names, repName(v, r.ID))
	}
	return ids, names
}

// prepareMeeting gives a new meeting the standard agenda and the
// council's chair and secretary.
func prepareMeeting(v *session.View, mt *model.Meeting) {
	if len(mt.Agenda) == 0 {
		mt.Agenda = standardAgenda()
	}
	for _, r := range v.Representatives {
		if !r.ActiveOn(mt.Date) {
			continue
		}
		switch {
		case r.Role == model.RoleChair && mt.ChairID == "":
			mt.ChairID = r.ID
		case r.Role == model.RoleSecretary && mt.SecretaryID == "":
			mt.SecretaryID = r.ID
		}
	}
}

// nextMeetingNumber suggests the number of a new meeting on date: "2026:3"
// when the year's meetings are numbered up to 2026:2.
func nextMeetingNumber(v *session.View, date string) string {
	d := model.Date(strings.TrimSpace(date))
	if !d.Valid() {
		return ""
	}
	year, highest := d.Year(), 0
	for _, m := range v.Meetings {
		var y, n int
		if _, err := fmt.Sscanf(m.Number, "%d:%d", &y, &n); err == nil && y == year {
			highest = max(highest, n)
		}
	}
	return fmt.Sprintf("%d:%d", year, highest+1)
}
