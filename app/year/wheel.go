package year

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/session"
	"samverka/assets"
)

// occurrenceState is how an occurrence stands on a day.
type occurrenceState int

const (
	stateLater occurrenceState = iota
	stateSoon                  // due within model.DueSoonDays
	stateLate                  // past and not met
	stateDone
)

// stateOf returns how o stands on today. A missed occurrence counts as
// late only while it is the deadline's latest (model.Late).
func stateOf(o model.Occurrence, today model.Date) occurrenceState {
	switch {
	case o.Done():
		return stateDone
	case o.Due < today:
		for _, l := range model.Late([]*model.Deadline{o.Deadline}, today) {
			if l.Due == o.Due {
				return stateLate
			}
		}
		return stateLater
	case o.Due <= today.AddDays(model.DueSoonDays):
		return stateSoon
	}
	return stateLater
}

func stateText(o model.Occurrence, st occurrenceState) string {
	switch st {
	case stateDone:
		return session.Tr("year.state.done", map[string]any{"Date": string(o.Completion.Done)})
	case stateLate:
		return session.Tr("year.state.late")
	case stateSoon:
		return session.Tr("year.state.soon")
	}
	return ""
}

// stateColours are the markers' colours: the traffic lights' meaning,
// blue for what lies ahead.
var stateColours = map[occurrenceState]color.NRGBA{
	stateLater: assets.AheadBlue.NRGBA(),
	stateSoon:  assets.Yellow.NRGBA(),
	stateLate:  assets.Red.NRGBA(),
	stateDone:  assets.Green.NRGBA(),
}

// legend names the markers' colours.
func legend() fyne.CanvasObject {
	box := container.NewHBox()
	for _, st := range []occurrenceState{stateDone, stateSoon, stateLate, stateLater} {
		dot := canvas.NewCircle(stateColours[st])
		box.Add(container.NewCenter(container.NewGridWrap(fyne.NewSize(12, 12), dot)))
		box.Add(widget.NewLabel(session.Tr(fmt.Sprintf("year.legend.%d", st))))
	}
	return box
}

// Wheel is the årshjul drawn as a twelve-month strip in two rows of six:
// a box per month, each occurrence a coloured marker with its day and
// title in its month, and a line at today. Tapping a marker opens it.
type Wheel struct {
	widget.BaseWidget
	year  int
	occ   []model.Occurrence
	today model.Date
	onTap func(model.Occurrence)
	// Markers are where the occurrences are drawn, for taps and tests.
	Markers []fyne.Position
	r       *wheelRenderer
}

// NewWheel returns an empty strip.
func NewWheel(onTap func(model.Occurrence)) *Wheel {
	w := &Wheel{onTap: onTap}
	w.ExtendBaseWidget(w)
	return w
}

// Set shows the occurrences of year as they stand on today.
func (w *Wheel) Set(year int, occ []model.Occurrence, today model.Date) {
	w.year, w.occ, w.today = year, occ, today
	w.Refresh()
}

// Occurrences returns what the strip shows.
func (w *Wheel) Occurrences() []model.Occurrence { return w.occ }

// MinSize keeps the strip readable.
func (w *Wheel) MinSize() fyne.Size { return fyne.NewSize(720, 260) }

// Tapped opens the occurrence whose marker row was tapped.
func (w *Wheel) Tapped(e *fyne.PointEvent) {
	if w.r == nil || w.onTap == nil {
		return
	}
	for i, b := range w.r.hit {
		if e.Position.X >= b.pos.X && e.Position.X <= b.pos.X+b.size.Width &&
			e.Position.Y >= b.pos.Y && e.Position.Y <= b.pos.Y+b.size.Height {
			w.onTap(w.occ[i])
			return
		}
	}
}

// CreateRenderer implements fyne.Widget.
func (w *Wheel) CreateRenderer() fyne.WidgetRenderer {
	w.r = &wheelRenderer{w: w}
	w.r.build()
	return w.r
}

type box struct {
	pos  fyne.Position
	size fyne.Size
}

type wheelRenderer struct {
	w       *Wheel
	objects []fyne.CanvasObject
	hit     []box
}

func (r *wheelRenderer) Destroy() {}

func (r *wheelRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *wheelRenderer) MinSize() fyne.Size { return r.w.MinSize() }

func (r *wheelRenderer) Refresh() {
	r.build()
	r.Layout(r.w.Size())
	canvas.Refresh(r.w)
}

// build makes the canvas objects; Layout places them.
func (r *wheelRenderer) build() {
	r.objects = r.objects[:0]
	r.hit = r.hit[:0]
	for range 12 {
		bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
		name := canvas.NewText("", theme.Color(theme.ColorNameForeground))
		name.TextStyle.Bold = true
		r.objects = append(r.objects, bg, name)
	}
	for range r.w.occ {
		dot := canvas.NewCircle(color.Black)
		label := canvas.NewText("", theme.Color(theme.ColorNameForeground))
		label.TextSize = theme.CaptionTextSize()
		r.objects = append(r.objects, dot, label)
		r.hit = append(r.hit, box{})
	}
	todayLine := canvas.NewLine(stateColours[stateLate])
	todayLine.StrokeWidth = 2
	r.objects = append(r.objects, todayLine)
}

// The strip's geometry: two rows of six months, so that a month is wide
// enough to name what falls due in it.
const (
	stripCols = 6
	stripPad  = 4
	stripHead = 24
	markerH   = 20
)

// monthBox returns where month m (0–11) is drawn in size.
func monthBox(m int, size fyne.Size) (fyne.Position, fyne.Size) {
	w := (size.Width - (stripCols-1)*stripPad) / stripCols
	h := (size.Height - stripPad) / 2
	return fyne.NewPos(float32(m%stripCols)*(w+stripPad), float32(m/stripCols)*(h+stripPad)), fyne.NewSize(w, h)
}

// Layout draws the strip into size: a box per month under its name, the
// markers stacked in their month in date order, and a line at today.
func (r *wheelRenderer) Layout(size fyne.Size) {
	w := r.w
	today := w.today
	for m := range 12 {
		pos, sz := monthBox(m, size)
		bg := r.objects[2*m].(*canvas.Rectangle)
		bg.Move(pos)
		bg.Resize(sz)
		bg.CornerRadius = 4
		name := r.objects[2*m+1].(*canvas.Text)
		name.Text = session.Tr(fmt.Sprintf("year.month.%d", m+1))
		name.Move(pos.Add(fyne.NewPos(6, 3)))
	}
	perMonth := map[int]int{}
	for i, o := range w.occ {
		m := int(o.Due.Time().Month()) - 1
		k := perMonth[m]
		perMonth[m]++
		pos, sz := monthBox(m, size)
		y := pos.Y + float32(stripHead+k*markerH)
		dot := r.objects[24+2*i].(*canvas.Circle)
		dot.FillColor = stateColours[stateOf(o, today)]
		dot.Move(fyne.NewPos(pos.X+6, y+5))
		dot.Resize(fyne.NewSize(10, 10))
		label := r.objects[24+2*i+1].(*canvas.Text)
		label.Text = fmt.Sprintf("%d %s", o.Due.Time().Day(), fit(o.Deadline.Title, sz.Width-32, label.TextSize))
		label.Move(fyne.NewPos(pos.X+21, y+2))
		if y+markerH > pos.Y+sz.Height {
			label.Text, dot.FillColor = "", color.Transparent
		}
		r.hit[i] = box{fyne.NewPos(pos.X, y), fyne.NewSize(sz.Width, markerH)}
	}
	line := r.objects[len(r.objects)-1].(*canvas.Line)
	line.Hide()
	if today.Year() == w.year {
		t := today.Time()
		pos, sz := monthBox(int(t.Month())-1, size)
		days := float32(t.AddDate(0, 1, -t.Day()).Day())
		x := pos.X + sz.Width*float32(t.Day()-1)/days
		line.Position1 = fyne.NewPos(x, pos.Y)
		line.Position2 = fyne.NewPos(x, pos.Y+sz.Height)
		line.Show()
	}
	w.Markers = w.Markers[:0]
	for _, b := range r.hit {
		w.Markers = append(w.Markers, b.pos)
	}
}

// fit shortens s with an ellipsis to fit width at size.
func fit(s string, width, size float32) string {
	if fyne.MeasureText(s, size, fyne.TextStyle{}).Width <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && fyne.MeasureText(string(r)+"…", size, fyne.TextStyle{}).Width > width {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}
