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

// meetingAttendance is the check-list at the door: one row per
// representative, grouped by part, with a button per presence, so that
// marking a person takes one tap; guests are added by name.
type meetingAttendance struct {
	e *meetingEditor

	rows     []attendanceRow
	list     *widget.List
	summary  *widget.Label
	addGuest *widget.Button

	content fyne.CanvasObject
}

// attendanceRow is a part's heading, a representative or a guest.
type attendanceRow struct {
	heading string
	rep     *model.Representative
	// guest is the guest's place in the meeting's attendance, else -1.
	guest int
	// others are the part's other representatives, whom rep may stand in for.
	others []*model.Representative
}

// rowButtons are the presences a button sets, in the row's order.
var rowButtons = []model.Presence{model.PresencePresent, model.PresenceAbsent, model.PresenceExcused}

func newMeetingAttendance(e *meetingEditor) *meetingAttendance {
	a := &meetingAttendance{e: e}
	a.list = widget.NewList(func() int { return len(a.rows) }, a.createRow, a.updateRow)
	a.list.OnSelected = func(widget.ListItemID) { a.list.UnselectAll() }
	a.summary = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord}
	a.addGuest = &widget.Button{Text: session.Tr("meetingAttendance.addGuest"), Icon: theme.ContentAddIcon(), OnTapped: a.onAddGuest}
	top := container.NewBorder(nil, nil, nil, a.addGuest, a.summary)
	a.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, a.list)
	return a
}

// createRow is a name with the presence buttons, the choice of whom a
// substitute stands in for, and a button to remove a guest.
func (a *meetingAttendance) createRow() fyne.CanvasObject {
	name := &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	var controls []fyne.CanvasObject
	for _, p := range rowButtons {
		controls = append(controls, &widget.Button{Text: session.Tr("presence." + string(p))})
	}
	sub := widget.NewSelect(nil, nil)
	sub.PlaceHolder = session.Tr("meetingAttendance.substitute")
	controls = append(controls, withWidth(250, sub), &widget.Button{Icon: theme.DeleteIcon()})
	return container.NewBorder(nil, nil, nil, container.NewHBox(controls...), name)
}

// attendanceRowParts returns the name, presence buttons, substitute choice and
// remove button of a row made by createRow.
func attendanceRowParts(o fyne.CanvasObject) (*widget.Label, []*widget.Button, *widget.Select, *widget.Button) {
	c := o.(*fyne.Container)
	name := c.Objects[0].(*widget.Label)
	controls := c.Objects[1].(*fyne.Container).Objects
	var buttons []*widget.Button
	for _, b := range controls[:len(rowButtons)] {
		buttons = append(buttons, b.(*widget.Button))
	}
	sub := controls[len(rowButtons)].(*fyne.Container).Objects[1].(*widget.Select)
	return name, buttons, sub, controls[len(rowButtons)+1].(*widget.Button)
}

func (a *meetingAttendance) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(a.rows) {
		return
	}
	row := a.rows[id]
	name, buttons, sub, remove := attendanceRowParts(o)
	locked := a.e.locked()
	if row.heading != "" {
		name.TextStyle = fyne.TextStyle{Bold: true}
		name.Importance = widget.HighImportance
		name.SetText(row.heading)
		for _, b := range buttons {
			b.Hide()
		}
		sub.Hide()
		remove.Hide()
		return
	}
	name.TextStyle = fyne.TextStyle{}
	name.Importance = widget.MediumImportance
	current := a.entry(row)
	for i, b := range buttons {
		p := rowButtons[i]
		b.Show()
		b.Importance = widget.MediumImportance
		if current != nil && current.Presence == p {
			b.Importance = presenceImportance(p)
		}
		b.OnTapped = func() { a.onPresence(row, p, "") }
		kit.DisableWhen(locked, b)
		b.Refresh()
	}
	sub.OnChanged = nil
	sub.ClearSelected()
	if row.rep != nil {
		name.SetText(a.repLine(row.rep))
		opts := make([]string, len(row.others))
		for i, r := range row.others {
			opts[i] = session.Tr("meetingAttendance.for", map[string]any{"Name": r.Name})
		}
		sub.Options = opts
		if current != nil && current.Presence == model.PresenceSubstitute {
			if i := slices.IndexFunc(row.others, func(r *model.Representative) bool { return r.ID == current.SubstituteFor }); i >= 0 {
				sub.SetSelectedIndex(i)
			}
		}
		sub.OnChanged = func(string) { a.onSubstitute(row, sub.SelectedIndex()) }
		kit.ShowWhen(len(row.others) > 0, sub)
		kit.DisableWhen(locked, sub)
		remove.Hide()
	} else {
		g := a.e.mt.Attendance[row.guest]
		name.SetText(attendanceGuestLine(g))
		buttons[2].Hide()
		sub.Hide()
		remove.OnTapped = func() { a.onRemoveGuest(row.guest) }
		kit.ShowWhen(!locked, remove)
	}
	sub.Refresh()
}

// presenceImportance is how a chosen presence button stands out.
func presenceImportance(p model.Presence) widget.Importance {
	switch p {
	case model.PresencePresent:
		return widget.SuccessImportance
	case model.PresenceAbsent:
		return widget.DangerImportance
	}
	return widget.WarningImportance
}

// repLine is a representative's name with role and title.
func (a *meetingAttendance) repLine(r *model.Representative) string {
	var extra []string
	if r.Role != "" && r.Role != model.RoleMember {
		extra = append(extra, session.Tr("role."+string(r.Role)))
	}
	if r.Title != "" {
		extra = append(extra, r.Title)
	}
	if len(extra) == 0 {
		return r.Name
	}
	return r.Name + " – " + strings.Join(extra, ", ")
}

func attendanceGuestLine(g model.Attendance) string {
	if g.GuestOrg == "" {
		return g.GuestName
	}
	return g.GuestName + " – " + g.GuestOrg
}

// entry returns the row's attendance entry, nil when not marked.
func (a *meetingAttendance) entry(row attendanceRow) *model.Attendance {
	if row.rep == nil {
		if row.guest >= 0 && row.guest < len(a.e.mt.Attendance) {
			return &a.e.mt.Attendance[row.guest]
		}
		return nil
	}
	for i, at := range a.e.mt.Attendance {
		if at.RepresentativeID == row.rep.ID {
			return &a.e.mt.Attendance[i]
		}
	}
	return nil
}

// show builds the rows: each part with representatives serving on the
// meeting's day (or marked already), by part name; in a part the chair
// and secretary first, then by name; the guests last.
func (a *meetingAttendance) show() {
	mt, v := a.e.mt, a.e.ui.Doc.View
	marked := map[string]bool{}
	for _, at := range mt.Attendance {
		marked[at.RepresentativeID] = true
	}
	a.rows = a.rows[:0]
	for _, p := range v.PartsByName() {
		var reps []*model.Representative
		for _, r := range v.RepresentativesOf(p.ID) {
			if r.ActiveOn(mt.Date) || marked[r.ID] {
				reps = append(reps, r)
			}
		}
		if len(reps) == 0 {
			continue
		}
		slices.SortStableFunc(reps, func(x, y *model.Representative) int {
			return cmp.Compare(councilRoleOrder(x.Role), councilRoleOrder(y.Role))
		})
		a.rows = append(a.rows, attendanceRow{heading: p.Name, guest: -1})
		for _, r := range reps {
			others := slices.DeleteFunc(slices.Clone(reps), func(x *model.Representative) bool { return x.ID == r.ID })
			a.rows = append(a.rows, attendanceRow{rep: r, guest: -1, others: others})
		}
	}
	first := true
	for i, at := range mt.Attendance {
		if at.RepresentativeID != "" {
			continue
		}
		if first {
			a.rows = append(a.rows, attendanceRow{heading: session.Tr("meetingAttendance.guests"), guest: -1})
			first = false
		}
		a.rows = append(a.rows, attendanceRow{guest: i})
	}
	a.list.Refresh()
	a.showSummary()
	kit.ShowWhen(!a.e.locked(), a.addGuest)
}

func councilRoleOrder(r model.CouncilRole) int {
	if i := slices.Index(model.CouncilRoles, r); i >= 0 {
		return i
	}
	return len(model.CouncilRoles)
}

// showSummary counts the presences and the people not marked yet.
func (a *meetingAttendance) showSummary() {
	counts := map[model.Presence]int{}
	for _, at := range a.e.mt.Attendance {
		counts[at.Presence]++
	}
	unmarked := 0
	for _, row := range a.rows {
		if row.rep != nil && a.entry(row) == nil {
			unmarked++
		}
	}
	var parts []string
	for _, p := range model.Presences {
		parts = append(parts, fmt.Sprintf("%s %d", session.Tr("presence."+string(p)), counts[p]))
	}
	parts = append(parts, session.Tr("meetingAttendance.unmarked", map[string]any{"Count": unmarked}))
	a.summary.SetText(strings.Join(parts, " · "))
}

// onPresence marks the row's person; tapping the presence already marked
// takes the mark away again.
func (a *meetingAttendance) onPresence(row attendanceRow, p model.Presence, substituteFor string) {
	name := ""
	if row.rep != nil {
		name = row.rep.Name
	} else if row.guest >= 0 && row.guest < len(a.e.mt.Attendance) {
		name = a.e.mt.Attendance[row.guest].GuestName
	}
	err := a.e.save(session.Tr("meetingUndo.attendance", map[string]any{"Name": name}), func(next *model.Meeting) error {
		i := row.guest
		if row.rep != nil {
			i = slices.IndexFunc(next.Attendance, func(at model.Attendance) bool { return at.RepresentativeID == row.rep.ID })
		}
		switch {
		case i < 0:
			next.Attendance = append(next.Attendance, model.Attendance{RepresentativeID: row.rep.ID, Presence: p, SubstituteFor: substituteFor})
		case next.Attendance[i].Presence == p && next.Attendance[i].SubstituteFor == substituteFor && row.rep != nil:
			next.Attendance = slices.Delete(next.Attendance, i, i+1)
		default:
			next.Attendance[i].Presence, next.Attendance[i].SubstituteFor = p, substituteFor
		}
		return nil
	})
	if err != nil {
		a.e.ui.ShowError(err)
	}
	a.show()
}

// onSubstitute marks the row's person as standing in for the part's
// representative chosen.
func (a *meetingAttendance) onSubstitute(row attendanceRow, i int) {
	if i < 0 || i >= len(row.others) {
		return
	}
	a.onPresence(row, model.PresenceSubstitute, row.others[i].ID)
}

// onRemoveGuest takes a guest off the list.
func (a *meetingAttendance) onRemoveGuest(i int) {
	if i < 0 || i >= len(a.e.mt.Attendance) {
		return
	}
	name := a.e.mt.Attendance[i].GuestName
	err := a.e.save(session.Tr("meetingUndo.removeGuest", map[string]any{"Name": name}), func(next *model.Meeting) error {
		next.Attendance = slices.Delete(next.Attendance, i, i+1)
		return nil
	})
	if err != nil {
		a.e.ui.ShowError(err)
	}
	a.show()
}

// guestDialog adds a guest by name and organisation.
type guestDialog struct {
	*kit.RecordDialog
	name, org *widget.Entry
}

// onAddGuest asks for a guest's name and organisation; the guest is
// marked present.
func (a *meetingAttendance) onAddGuest() {
	d := &guestDialog{name: widget.NewEntry(), org: widget.NewEntry()}
	f := kit.NewForm()
	f.Add("guestName", "field.attendance.guestName", d.name)
	f.Add("guestOrg", "field.attendance.guestOrg", d.org)
	d.RecordDialog = kit.NewRecordDialog(a.e.ui, "meetingAttendance.addGuest", f, func() error {
		guest := model.Attendance{GuestName: strings.TrimSpace(d.name.Text), GuestOrg: strings.TrimSpace(d.org.Text), Presence: model.PresencePresent}
		if guest.GuestName == "" {
			return model.FieldErr("guestName", model.CodeRequired)
		}
		err := a.e.save(session.Tr("meetingUndo.addGuest", map[string]any{"Name": guest.GuestName}), func(next *model.Meeting) error {
			next.Attendance = append(next.Attendance, guest)
			return nil
		})
		if err != nil {
			return listEntryProblems(err)
		}
		a.show()
		return nil
	})
}
