package app

import (
	"cmp"
	"fmt"
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
)

// overview is the council at a glance: the next meeting, commitments due or
// overdue, follow-up status per part and per priority area, and agreements
// awaiting signature.
type overview struct {
	ui *UI

	nextMeeting *widget.Label
	overdue     *widget.Label
	dueSoon     *widget.Label
	toSign      *widget.Label
	dueList     *fyne.Container
	areaBars    *fyne.Container
	partBars    *fyne.Container
	signList    *fyne.Container

	content fyne.CanvasObject
}

// dueSoonDays is how far ahead "due soon" looks.
const dueSoonDays = 30

// maxPartBars is how many parts the overview shows bars for.
const maxPartBars = 14

func newOverview(u *UI) *overview {
	o := &overview{ui: u}
	big := func() *widget.Label {
		return &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Wrapping: fyne.TextWrapWord}
	}
	o.nextMeeting, o.overdue, o.dueSoon, o.toSign = big(), big(), big(), big()
	o.overdue.Importance = widget.DangerImportance
	tiles := container.NewGridWithColumns(4,
		tile(tr("overview.nextMeeting"), o.nextMeeting),
		tile(tr("overview.overdue"), o.overdue),
		tile(tr("overview.dueSoon", map[string]any{"Days": dueSoonDays}), o.dueSoon),
		tile(tr("overview.toSign"), o.toSign))
	o.dueList = container.NewVBox()
	o.areaBars = container.NewVBox()
	o.partBars = container.NewVBox()
	o.signList = container.NewVBox()
	left := container.NewVBox(
		sectionTitle("overview.byArea"), legend(), o.areaBars,
		sectionTitle("overview.dueTitle"), o.dueList,
		sectionTitle("overview.signTitle"), o.signList)
	right := container.NewVBox(sectionTitle("overview.byPart"), o.partBars)
	body := container.NewVBox(tiles, container.NewGridWithColumns(2, left, right))
	o.content = container.NewBorder(container.NewPadded(screenHeader("nav.overview")), nil, nil, nil,
		container.NewVScroll(container.NewPadded(body)))
	return o
}

// tile is a key figure under its name; both wrap, so four fit side by side
// on a small screen.
func tile(name string, value *widget.Label) fyne.CanvasObject {
	l := &widget.Label{Text: name, Wrapping: fyne.TextWrapWord}
	return widget.NewCard("", "", container.NewVBox(l, value))
}

// bucket is how the overview counts a commitment: its status, with open
// commitments past their due date counted as late.
func bucket(c *model.Commitment, today model.Date) model.Status {
	if c.Status == "" {
		return model.StatusPlanned
	}
	if c.Overdue(today) {
		return model.StatusLate
	}
	return c.Status
}

// refresh shows the council's figures as they are now.
func (o *overview) refresh() {
	v, today := o.ui.doc.view, o.ui.today()

	o.nextMeeting.SetText(tr("overview.noMeeting"))
	var next *model.Meeting
	for _, m := range v.meetings {
		if m.Date >= today && (next == nil || m.Date < next.Date || m.Date == next.Date && m.StartTime < next.StartTime) {
			next = m
		}
	}
	if next != nil {
		o.nextMeeting.SetText(meetingLine(next))
	}

	byArea := map[model.Area]map[model.Status]int{}
	byPart := map[string]map[model.Status]int{}
	var due []*model.Commitment
	overdue, soon := 0, 0
	limit := today.AddDays(dueSoonDays)
	for _, row := range v.rows {
		c := row.c
		b := bucket(c, today)
		add(byArea, c.Area, b)
		add(byPart, c.PartID, b)
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
	o.dueSoon.SetText(fmt.Sprint(soon))

	o.dueList.RemoveAll()
	slices.SortFunc(due, func(a, b *model.Commitment) int { return cmp.Compare(a.Due, b.Due) })
	for i, c := range due {
		if i == 8 {
			o.dueList.Add(widget.NewLabel(tr("overview.more", map[string]any{"Count": len(due) - i})))
			break
		}
		l := widget.NewLabel(string(c.Due) + "  " + c.Title + " — " + v.partName(c.PartID))
		l.Truncation = fyne.TextTruncateEllipsis
		if c.Overdue(today) {
			l.Importance = widget.DangerImportance
		}
		o.dueList.Add(l)
	}
	if len(due) == 0 {
		o.dueList.Add(widget.NewLabel(tr("overview.nothingDue")))
	}

	o.areaBars.RemoveAll()
	for _, a := range model.Areas {
		o.areaBars.Add(barRow(tr(a.Key()), byArea[a], 300))
	}

	// The parts with the most commitments; a council of a hundred parts
	// is not read at a glance, and Åtaganden filters by any part.
	o.partBars.RemoveAll()
	parts := v.partsByName()
	slices.SortStableFunc(parts, func(a, b *model.Part) int { return cmp.Compare(total(byPart[b.ID]), total(byPart[a.ID])) })
	shown, more := 0, 0
	for _, p := range parts {
		switch {
		case total(byPart[p.ID]) == 0:
		case shown < maxPartBars:
			o.partBars.Add(barRow(p.Name, byPart[p.ID], 200))
			shown++
		default:
			more++
		}
	}
	if more > 0 {
		o.partBars.Add(widget.NewLabel(tr("overview.moreParts", map[string]any{"Count": more})))
	}
	if shown == 0 {
		o.partBars.Add(widget.NewLabel(tr("overview.noCommitments")))
	}

	o.signList.RemoveAll()
	toSign := 0
	for _, a := range v.agreementsSorted() {
		if a.State != model.StateForSigning {
			continue
		}
		toSign++
		if toSign <= 6 {
			o.signList.Add(&widget.Label{Text: a.Title + " (" + string(a.From) + " – " + string(a.To) + ")", Truncation: fyne.TextTruncateEllipsis})
		}
	}
	if toSign > 6 {
		o.signList.Add(widget.NewLabel(tr("overview.moreAgreements", map[string]any{"Count": toSign - 6})))
	}
	if toSign == 0 {
		o.signList.Add(widget.NewLabel(tr("overview.nothingToSign")))
	}
	o.toSign.SetText(fmt.Sprint(toSign))
}

func add[K comparable](m map[K]map[model.Status]int, k K, s model.Status) {
	if m[k] == nil {
		m[k] = map[model.Status]int{}
	}
	m[k][s]++
}

func total(counts map[model.Status]int) int {
	n := 0
	for _, c := range counts {
		n += c
	}
	return n
}

// statusColors are calm, distinct colours that read on light and dark
// backgrounds and on a projector.
var statusColors = map[model.Status]color.Color{
	model.StatusPlanned:   color.NRGBA{R: 0x90, G: 0xA4, B: 0xAE, A: 0xFF},
	model.StatusOngoing:   color.NRGBA{R: 0x19, G: 0x76, B: 0xD2, A: 0xFF},
	model.StatusDone:      color.NRGBA{R: 0x38, G: 0x8E, B: 0x3C, A: 0xFF},
	model.StatusLate:      color.NRGBA{R: 0xD3, G: 0x2F, B: 0x2F, A: 0xFF},
	model.StatusCancelled: color.NRGBA{R: 0x61, G: 0x61, B: 0x61, A: 0xFF},
}

// statusColor is the colour of a status in bars and the legend.
func statusColor(s model.Status) color.Color {
	if c, ok := statusColors[s]; ok {
		return c
	}
	return statusColors[model.StatusPlanned]
}

// legend names the bars' colours.
func legend() fyne.CanvasObject {
	box := container.NewHBox()
	for _, s := range model.Statuses {
		sq := canvas.NewRectangle(statusColor(s))
		sq.SetMinSize(fyne.NewSize(12, 12))
		box.Add(container.NewCenter(sq))
		box.Add(&widget.Label{Text: tr("status." + string(s)), SizeName: theme.SizeNameCaptionText})
	}
	return box
}

// barRow is a name, a bar split by status and the total.
func barRow(name string, counts map[model.Status]int, nameWidth float32) fyne.CanvasObject {
	label := &widget.Label{Text: name, Truncation: fyne.TextTruncateEllipsis}
	width := canvas.NewRectangle(nil)
	width.SetMinSize(fyne.NewSize(nameWidth, 0))
	bar := &proportionalBar{}
	for _, s := range model.Statuses {
		if counts[s] > 0 {
			bar.add(statusColor(s), float32(counts[s]))
		}
	}
	count := widget.NewLabel(fmt.Sprint(total(counts)))
	return container.NewBorder(nil, nil, container.NewStack(width, label), count, bar.object())
}

// proportionalBar lays coloured segments side by side, each as wide as its
// share of the whole.
type proportionalBar struct {
	rects   []fyne.CanvasObject
	weights []float32
}

func (b *proportionalBar) add(c color.Color, weight float32) {
	r := canvas.NewRectangle(c)
	r.CornerRadius = 2
	b.rects = append(b.rects, r)
	b.weights = append(b.weights, weight)
}

func (b *proportionalBar) object() fyne.CanvasObject {
	return container.New(b, b.rects...)
}

// Layout implements fyne.Layout.
func (b *proportionalBar) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	var sum float32
	for _, w := range b.weights {
		sum += w
	}
	if sum == 0 {
		return
	}
	h := float32(14)
	y := (size.Height - h) / 2
	x := float32(0)
	for i, o := range objs {
		w := size.Width * b.weights[i] / sum
		o.Move(fyne.NewPos(x, y))
		o.Resize(fyne.NewSize(w, h))
		x += w
	}
}

// MinSize implements fyne.Layout.
func (b *proportionalBar) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(60, 14) }
