package overview

import (
	"cmp"
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// Screen is the council at a glance: the next meeting, commitments due or
// overdue, the traffic lights at the latest meetings, the past year's
// commitments per priority area and per part, and agreements awaiting
// signature.
type Screen struct {
	ui *session.Session

	nextMeeting *widget.Label
	overdue     *widget.Label
	dueSoon     *widget.Label
	toSign      *widget.Label
	// dueSoonName names the tile of commitments due soon: it counts
	// commitments only, while the årshjul's deadlines are listed beside.
	dueSoonName *widget.Label
	dueList     *fyne.Container
	charts      *overviewCharts
	signList    *fyne.Container
	// YearList shows the årshjul's late deadlines and those due soon.
	YearList *fyne.Container

	content fyne.CanvasObject
}

// dueSoonDays is how far ahead "due soon" looks.
const dueSoonDays = 30

func New(u *session.Session) *Screen {
	o := &Screen{ui: u}
	big := func() *widget.Label {
		return &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Wrapping: fyne.TextWrapWord}
	}
	o.nextMeeting, o.overdue, o.dueSoon, o.toSign = big(), big(), big(), big()
	o.dueSoonName = tileName(session.Tr("overview.dueSoon", map[string]any{"Days": dueSoonDays}))
	tiles := container.NewGridWithColumns(4,
		tile(tileName(session.Tr("overview.nextMeeting")), o.nextMeeting),
		tile(tileName(session.Tr("overview.overdue")), o.overdue),
		tile(o.dueSoonName, o.dueSoon),
		tile(tileName(session.Tr("overview.toSign")), o.toSign))
	o.dueList = container.NewVBox()
	o.charts = newOverviewCharts(u)
	o.signList = container.NewVBox()
	o.YearList = container.NewVBox()
	left := container.NewVBox(
		kit.SectionTitle("overview.yearTitle"), o.YearList,
		kit.SectionTitle("overview.dueTitle"), o.dueList,
		kit.SectionTitle("overview.signTitle"), o.signList)
	body := container.NewVBox(tiles,
		container.NewGridWithColumns(2, o.charts.meetings, o.charts.areasBox),
		container.NewGridWithColumns(2, left, o.charts.partsBox))
	scroll := container.NewVScroll(container.NewPadded(body))
	o.content = container.NewBorder(container.NewPadded(kit.ScreenHeader("nav.overview")), nil, nil, nil, scroll)
	// The sections change size when the charts come in from the
	// background; without a new layout a heading is drawn over them.
	o.charts.shown = func() {
		body.Refresh()
		scroll.Refresh()
	}
	return o
}

// tile is a key figure under its name; both wrap, so four fit side by side
// on a small screen.
func tile(name, value *widget.Label) fyne.CanvasObject {
	return widget.NewCard("", "", container.NewVBox(name, value))
}

// tileName is a tile's name, wrapped.
func tileName(name string) *widget.Label {
	return &widget.Label{Text: name, Wrapping: fyne.TextWrapWord}
}

// Refresh shows the council's figures as they are now.
func (o *Screen) Refresh() {
	v, today := o.ui.Doc.View, o.ui.Today()

	o.nextMeeting.SetText(session.Tr("overview.noMeeting"))
	var next *model.Meeting
	for _, m := range v.Meetings {
		if m.Date >= today && (next == nil || m.Date < next.Date || m.Date == next.Date && m.StartTime < next.StartTime) {
			next = m
		}
	}
	if next != nil {
		o.nextMeeting.SetText(kit.MeetingLine(next))
	}

	var due []*model.Commitment
	overdue, soon := 0, 0
	limit := today.AddDays(dueSoonDays)
	for _, row := range v.Rows {
		c := row.C
		switch {
		case c.Overdue(today):
			overdue++
			due = append(due, c)
		case c.Status.Open() && c.Due != "" && c.Due <= limit:
			soon++
			due = append(due, c)
		}
	}
	o.overdue.SetText(fmt.Sprint(overdue))
	// Red only when something is late: "0" is good news.
	o.overdue.Importance = widget.MediumImportance
	if overdue > 0 {
		o.overdue.Importance = widget.DangerImportance
	}
	o.dueSoon.SetText(fmt.Sprint(soon))

	o.dueList.RemoveAll()
	slices.SortFunc(due, func(a, b *model.Commitment) int { return cmp.Compare(a.Due, b.Due) })
	for i, c := range due {
		if i == 8 {
			o.dueList.Add(widget.NewLabel(session.Tr("overview.more", map[string]any{"Count": len(due) - i})))
			break
		}
		l := widget.NewLabel(string(c.Due) + "  " + c.Title + " — " + v.PartName(c.PartID))
		l.Truncation = fyne.TextTruncateEllipsis
		if c.Overdue(today) {
			l.Importance = widget.DangerImportance
		}
		o.dueList.Add(withHover(l))
	}
	if len(due) == 0 {
		o.dueList.Add(widget.NewLabel(session.Tr("overview.nothingDue")))
	}

	o.refreshYear(today)
	o.charts.refresh()

	o.signList.RemoveAll()
	toSign := 0
	for _, a := range v.AgreementsSorted() {
		if a.State != model.StateForSigning {
			continue
		}
		toSign++
		if toSign <= 6 {
			o.signList.Add(withHover(&widget.Label{Text: a.Title + " (" + string(a.From) + " – " + string(a.To) + ")", Truncation: fyne.TextTruncateEllipsis}))
		}
	}
	if toSign > 6 {
		o.signList.Add(widget.NewLabel(session.Tr("overview.moreAgreements", map[string]any{"Count": toSign - 6})))
	}
	if toSign == 0 {
		o.signList.Add(widget.NewLabel(session.Tr("overview.nothingToSign")))
	}
	o.toSign.SetText(fmt.Sprint(toSign))
}

// refreshYear lists the årshjul's late deadlines, then those due within
// model.DueSoonDays (model.Late, model.DueSoon).
func (o *Screen) refreshYear(today model.Date) {
	o.YearList.RemoveAll()
	recs, err := o.ui.Doc.Store.List(model.KindDeadline)
	if err != nil {
		o.ui.ShowError(err)
		return
	}
	var deadlines []*model.Deadline
	for _, r := range recs {
		if d, ok := r.(*model.Deadline); ok && !d.Deleted {
			deadlines = append(deadlines, d)
		}
	}
	line := func(key string, oc model.Occurrence, importance widget.Importance) {
		o.YearList.Add(withHover(&widget.Label{Text: session.Tr(key, map[string]any{"Title": oc.Deadline.Title, "Date": string(oc.Due),
			"Part": o.ui.Doc.View.PartName(oc.Deadline.PartID)}), Truncation: fyne.TextTruncateEllipsis, Importance: importance}))
	}
	late, due := model.Late(deadlines, today), model.DueSoon(deadlines, today, model.DueSoonDays)
	for _, oc := range late {
		line("overview.yearLate", oc, widget.DangerImportance)
	}
	for _, oc := range due {
		line("overview.yearDue", oc, widget.MediumImportance)
	}
	if len(late)+len(due) == 0 {
		o.YearList.Add(widget.NewLabel(session.Tr("overview.yearNothing")))
	}
}

// Content is the screen as the main window shows it.
func (o *Screen) Content() fyne.CanvasObject { return o.content }
