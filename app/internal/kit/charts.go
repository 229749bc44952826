package kit

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
	"samverka/pdf"

	"samverka/app/internal/session"
	"samverka/assets"
)

// The charts' colours are the printed report's, so that the screen and
// the paper read alike: the traffic lights, blue for done and greys for
// cancelled and for follow-ups without a light.
var (
	ChainGreen     = assets.Green.NRGBA()
	chainYellow    = assets.Yellow.NRGBA()
	ChainRed       = assets.Red.NRGBA()
	chainDoneBlue  = assets.DoneBlue.NRGBA()
	chainGrey      = assets.CancelledGrey.NRGBA()
	ChainLightGrey = assets.NoLightGrey.NRGBA()
)

// ChainLightColor is the colour of a traffic light; no light is grey.
func ChainLightColor(l model.Light) color.Color {
	switch l {
	case model.LightGreen:
		return ChainGreen
	case model.LightYellow:
		return chainYellow
	case model.LightRed:
		return ChainRed
	}
	return ChainLightGrey
}

// tallyColors are the colours of a tally's buckets in tallyValues order.
var TallyColors = []color.Color{chainDoneBlue, ChainGreen, chainYellow, ChainRed, chainGrey}

// tallyKeys name the buckets (chain.tally.*), in tallyValues order.
var tallyKeys = []string{"done", "onTrack", "atRisk", "late", "cancelled"}

// TallyValues returns a tally's buckets: done, on track, at risk, late,
// cancelled, the order of the printed report.
func TallyValues(t model.Tally) []int {
	return []int{t.Done, t.OnTrack, t.AtRisk, t.Late, t.Cancelled}
}

// lightColors are the colours of a meeting's bar, in lightValues order.
var LightColors = []color.Color{ChainGreen, chainYellow, ChainRed, ChainLightGrey}

// lightValues returns a meeting's follow-ups by light: green, yellow, red,
// none; the bar stacks them bottom up in that order.
func lightValues(m model.MeetingLights) []int {
	return []int{m.Green, m.Yellow, m.Red, m.None}
}

// LightNames names the lights in lightValues order.
func LightNames() []string {
	return []string{session.Tr("chainui.light.gron"), session.Tr("chainui.light.gul"), session.Tr("chainui.light.rod"), session.Tr("chain.light.none")}
}

// TallyNames names the buckets in tallyValues order.
func TallyNames() []string {
	out := make([]string, len(tallyKeys))
	for i, k := range tallyKeys {
		out[i] = session.Tr("chain.tally." + k)
	}
	return out
}

// chartSegment is one coloured piece of a stacked bar: the value of one
// series, where it is drawn and how big.
type chartSegment struct {
	series int // the value's index in its bar, which picks the colour
	value  int
	pos    fyne.Position
	size   fyne.Size
}

// stackColumns lays out stacked columns side by side in a plot of size,
// one per bar: each bar's values bottom up in series order, a value of top
// reaching the plot's full height. Each column stands in the middle of its
// slot of size.Width/len(bars) and is fill of the slot wide. Values of zero
// or less get no segment, so a bar of zeros is an empty slot.
func stackColumns(bars [][]int, size fyne.Size, top int, fill float32) [][]chartSegment {
	out := make([][]chartSegment, len(bars))
	if len(bars) == 0 || top <= 0 {
		return out
	}
	slot := size.Width / float32(len(bars))
	w := slot * fill
	for i, values := range bars {
		x := float32(i)*slot + (slot-w)/2
		y := size.Height
		for s, v := range values {
			if v <= 0 {
				continue
			}
			h := size.Height * float32(v) / float32(top)
			y -= h
			out[i] = append(out[i], chartSegment{series: s, value: v, pos: fyne.NewPos(x, y), size: fyne.NewSize(w, h)})
		}
	}
	return out
}

// stackAcross lays out one bar's values left to right in series order over
// size, each as wide as its share of the sum. Values of zero or less get no
// segment; a bar of zeros has none.
func stackAcross(values []int, size fyne.Size) []chartSegment {
	total := 0
	for _, v := range values {
		total += max(v, 0)
	}
	if total == 0 {
		return nil
	}
	var out []chartSegment
	x := float32(0)
	for s, v := range values {
		if v <= 0 {
			continue
		}
		w := size.Width * float32(v) / float32(total)
		out = append(out, chartSegment{series: s, value: v, pos: fyne.NewPos(x, 0), size: fyne.NewSize(w, size.Height)})
		x += w
	}
	return out
}

// ChartLegend names the colours of a chart.
func ChartLegend(names []string, colors []color.Color) fyne.CanvasObject {
	box := container.NewHBox()
	for i, name := range names {
		sq := canvas.NewRectangle(colors[i])
		sq.SetMinSize(fyne.NewSize(12, 12))
		box.Add(container.NewCenter(sq))
		box.Add(&widget.Label{Text: name, SizeName: theme.SizeNameCaptionText})
	}
	return box
}

// tallyBar is a bar split into coloured segments, each as wide as its
// share: a part's or a priority area's commitments by where they stand.
type tallyBar struct {
	widget.BaseWidget
	colors []color.Color
	values []int
}

func NewTallyBar(colors []color.Color) *tallyBar {
	b := &tallyBar{colors: colors}
	b.ExtendBaseWidget(b)
	return b
}

// Set shows values, one per colour.
func (b *tallyBar) Set(values []int) {
	b.values = values
	b.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (b *tallyBar) CreateRenderer() fyne.WidgetRenderer {
	r := &tallyBarRenderer{bar: b}
	r.Refresh()
	return r
}

type tallyBarRenderer struct {
	bar   *tallyBar
	track *canvas.Rectangle
	rects []*canvas.Rectangle
	objs  []fyne.CanvasObject
}

// barHeight is the height of a tally bar's segments.
const barHeight = 14

func (r *tallyBarRenderer) Layout(size fyne.Size) {
	y := (size.Height - barHeight) / 2
	r.track.Move(fyne.NewPos(0, y))
	r.track.Resize(fyne.NewSize(size.Width, barHeight))
	segs := stackAcross(r.bar.values, fyne.NewSize(size.Width, barHeight))
	for i, s := range segs {
		r.rects[i].FillColor = r.bar.colors[s.series]
		r.rects[i].Move(fyne.NewPos(s.pos.X, y))
		r.rects[i].Resize(s.size)
	}
}

func (r *tallyBarRenderer) MinSize() fyne.Size { return fyne.NewSize(60, barHeight) }

func (r *tallyBarRenderer) Refresh() {
	if r.track == nil {
		r.track = canvas.NewRectangle(color.Transparent)
		r.track.StrokeWidth = 1
	}
	r.track.StrokeColor = theme.Color(theme.ColorNameSeparator)
	n := len(stackAcross(r.bar.values, fyne.NewSize(1, 1)))
	for len(r.rects) < n {
		r.rects = append(r.rects, canvas.NewRectangle(color.Transparent))
	}
	r.rects = r.rects[:n]
	r.objs = []fyne.CanvasObject{r.track}
	for _, rect := range r.rects {
		r.objs = append(r.objs, rect)
	}
	r.Layout(r.bar.Size())
	canvas.Refresh(r.bar)
}

func (r *tallyBarRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *tallyBarRenderer) Destroy()                     {}

// ColumnChart draws stacked columns: one per meeting, the follow-ups
// recorded there by traffic light. A value axis with round gridlines is on
// the left, each column's total above it and its date under it.
type ColumnChart struct {
	widget.BaseWidget
	colors []color.Color
	Bars   [][]int
	labels [][2]string // the lines under each column: "02-11" and, when the year changes, "2026"
	// top is the axis's top, shared by charts that should compare; 0
	// scales to the chart's own tallest column.
	top int
}

// The columnChart's measures, in Fyne units.
const (
	chartPitch   = 44  // room per column
	chartHeight  = 200 // the whole chart, labels included
	chartAxisW   = 30  // the tick numbers
	chartAbove   = 16  // the totals
	chartBelow   = 34  // two lines of labels
	chartFill    = 0.6 // a column's share of its room
	chartMinBars = 4   // a chart with fewer columns is still this wide
)

func NewColumnChart(colors []color.Color) *ColumnChart {
	c := &ColumnChart{colors: colors}
	c.ExtendBaseWidget(c)
	return c
}

// SetMeetings shows the lights recorded at each meeting, oldest first.
func (c *ColumnChart) SetMeetings(meetings []model.MeetingLights, top int) {
	c.Bars, c.labels, c.top = nil, nil, top
	year := ""
	for _, m := range meetings {
		c.Bars = append(c.Bars, lightValues(m))
		date := ""
		if m.Meeting != nil {
			date = string(m.Meeting.Date)
		}
		label := [2]string{date, ""}
		if model.Date(date).Valid() {
			label = [2]string{date[5:], ""}
			if date[:4] != year {
				label[1], year = date[:4], date[:4]
			}
		}
		c.labels = append(c.labels, label)
	}
	c.Refresh()
}

// plotSize returns the size of the chart's plot inside size.
func (c *ColumnChart) plotSize(size fyne.Size) fyne.Size {
	return fyne.NewSize(max(size.Width-chartAxisW, 0), max(size.Height-chartAbove-chartBelow, 0))
}

// scale returns the chart's value axis.
func (c *ColumnChart) scale() (top, step int) {
	most := c.top
	for _, b := range c.Bars {
		total := 0
		for _, v := range b {
			total += max(v, 0)
		}
		most = max(most, total)
	}
	return pdf.AxisScale(most)
}

// CreateRenderer implements fyne.Widget.
func (c *ColumnChart) CreateRenderer() fyne.WidgetRenderer {
	r := &columnChartRenderer{chart: c}
	r.Refresh()
	return r
}

type columnChartRenderer struct {
	chart  *ColumnChart
	grid   []*canvas.Line
	ticks  []*canvas.Text
	rects  [][]*canvas.Rectangle
	totals []*canvas.Text
	labels [][2]*canvas.Text
	objs   []fyne.CanvasObject
}

func (r *columnChartRenderer) MinSize() fyne.Size {
	return fyne.NewSize(chartAxisW+chartPitch*float32(max(len(r.chart.Bars), chartMinBars)), chartHeight)
}

func (r *columnChartRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *columnChartRenderer) Destroy()                     {}

// Refresh builds the chart's objects anew for its data; Layout places them.
func (r *columnChartRenderer) Refresh() {
	c := r.chart
	ink := theme.Color(theme.ColorNameForeground)
	faint := theme.Color(theme.ColorNameSeparator)
	caption := theme.Size(theme.SizeNameCaptionText)
	top, step := c.scale()
	r.objs = nil
	r.grid, r.ticks = nil, nil
	for v := 0; v <= top; v += step {
		line := canvas.NewLine(faint)
		line.StrokeWidth = 1
		tick := canvas.NewText(fmt.Sprint(v), ink)
		tick.TextSize = caption
		tick.Alignment = fyne.TextAlignTrailing
		r.grid, r.ticks = append(r.grid, line), append(r.ticks, tick)
		r.objs = append(r.objs, line, tick)
	}
	segs := stackColumns(c.Bars, fyne.NewSize(1, 1), top, chartFill)
	r.rects, r.totals, r.labels = make([][]*canvas.Rectangle, len(segs)), nil, nil
	for i, bar := range segs {
		total := 0
		for _, s := range bar {
			rect := canvas.NewRectangle(c.colors[s.series])
			r.rects[i] = append(r.rects[i], rect)
			r.objs = append(r.objs, rect)
			total += s.value
		}
		t := canvas.NewText(fmt.Sprint(total), ink)
		t.TextSize = caption
		t.Alignment = fyne.TextAlignCenter
		if total == 0 {
			t.Text = ""
		}
		var lines [2]*canvas.Text
		for k := range lines {
			lines[k] = canvas.NewText(c.labels[i][k], ink)
			lines[k].TextSize = caption
			lines[k].Alignment = fyne.TextAlignCenter
			r.objs = append(r.objs, lines[k])
		}
		r.totals, r.labels = append(r.totals, t), append(r.labels, lines)
		r.objs = append(r.objs, t)
	}
	r.Layout(c.Size())
	canvas.Refresh(c)
}

// Layout places the gridlines, ticks, columns, totals and labels.
func (r *columnChartRenderer) Layout(size fyne.Size) {
	c := r.chart
	plot := c.plotSize(size)
	top, step := c.scale()
	caption := theme.Size(theme.SizeNameCaptionText)
	for i := range r.grid {
		y := chartAbove + plot.Height - plot.Height*float32(i*step)/float32(top)
		r.grid[i].Position1 = fyne.NewPos(chartAxisW, y)
		r.grid[i].Position2 = fyne.NewPos(chartAxisW+plot.Width, y)
		r.ticks[i].Move(fyne.NewPos(0, y-caption*0.7))
		r.ticks[i].Resize(fyne.NewSize(chartAxisW-4, caption*1.4))
	}
	segs := stackColumns(c.Bars, plot, top, chartFill)
	slot := plot.Width / float32(max(len(c.Bars), 1))
	for i, bar := range segs {
		if i >= len(r.rects) {
			break
		}
		y := chartAbove + plot.Height
		for k, s := range bar {
			r.rects[i][k].Move(fyne.NewPos(chartAxisW+s.pos.X, chartAbove+s.pos.Y))
			r.rects[i][k].Resize(s.size)
			y = min(y, chartAbove+s.pos.Y)
		}
		x := chartAxisW + float32(i)*slot
		r.totals[i].Move(fyne.NewPos(x, y-caption*1.4))
		r.totals[i].Resize(fyne.NewSize(slot, caption*1.4))
		for k, l := range r.labels[i] {
			l.Move(fyne.NewPos(x, chartAbove+plot.Height+2+float32(k)*caption*1.3))
			l.Resize(fyne.NewSize(slot, caption*1.3))
		}
	}
}
