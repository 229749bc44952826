package kit

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/assets"
	"samverka/model"
	"samverka/pdf"

	"samverka/app/internal/session"
)

// The indicator chart's colours are the printed report's: blue for the
// utfall, grey for the utgångsvärde, green for the målvärde.
var (
	OutcomeBlue  = assets.OutcomeBlue.NRGBA()
	baselineGrey = assets.BaselineGrey.NRGBA()
)

// IndicatorChart draws a commitment's utfall over time against its
// utgångsvärde and målvärde, on the scale the printed report uses.
type IndicatorChart struct {
	widget.BaseWidget
	readings []model.Reading
	goal     model.NumericGoal
}

// NewIndicatorChart returns an empty chart; Set gives it its values.
func NewIndicatorChart() *IndicatorChart {
	c := &IndicatorChart{}
	c.ExtendBaseWidget(c)
	return c
}

// Set shows readings against goal.
func (c *IndicatorChart) Set(readings []model.Reading, goal model.NumericGoal) {
	c.readings, c.goal = readings, goal
	c.Refresh()
}

// Points returns where each reading is drawn in a chart of size, for
// tests.
func (c *IndicatorChart) Points(size fyne.Size) []fyne.Position {
	plot, s := c.plot(size)
	var out []fyne.Position
	for _, r := range c.readings {
		x, y := s.At(r, float64(plot.Size.Width), float64(plot.Size.Height))
		out = append(out, fyne.NewPos(plot.Position.X+float32(x), plot.Position.Y+float32(y)))
	}
	return out
}

type plotArea struct {
	Position fyne.Position
	Size     fyne.Size
}

// axisW and dateH leave room for the value axis's numbers and the dates.
const axisW, dateH = 36, 18

func (c *IndicatorChart) plot(size fyne.Size) (plotArea, pdf.IndicatorScale) {
	p := plotArea{Position: fyne.NewPos(axisW, 6), Size: fyne.NewSize(size.Width-axisW-6, size.Height-dateH-6)}
	return p, pdf.ScaleIndicator(c.readings, c.goal)
}

// MinSize keeps the chart readable.
func (c *IndicatorChart) MinSize() fyne.Size { return fyne.NewSize(280, 150) }

// CreateRenderer implements fyne.Widget.
func (c *IndicatorChart) CreateRenderer() fyne.WidgetRenderer {
	return &indicatorRenderer{c: c}
}

type indicatorRenderer struct {
	c       *IndicatorChart
	objects []fyne.CanvasObject
	size    fyne.Size
}

func (r *indicatorRenderer) Layout(size fyne.Size) {
	r.size = size
	r.build()
}

func (r *indicatorRenderer) MinSize() fyne.Size { return r.c.MinSize() }

func (r *indicatorRenderer) Refresh() { r.build(); canvas.Refresh(r.c) }

func (r *indicatorRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *indicatorRenderer) Destroy() {}

// build lays the chart out anew for its size: gridlines with round
// numbers, the goal's dashed lines, the utfall as a line with dots, the
// first and last day under it.
func (r *indicatorRenderer) build() {
	c := r.c
	r.objects = r.objects[:0]
	if r.size.Width <= axisW+10 || r.size.Height <= dateH+10 {
		return
	}
	plot, s := c.plot(r.size)
	w, h := float64(plot.Size.Width), float64(plot.Size.Height)
	at := func(x, y float64) fyne.Position {
		return fyne.NewPos(plot.Position.X+float32(x), plot.Position.Y+float32(y))
	}
	fg := theme.Color(theme.ColorNameForeground)
	grid := theme.Color(theme.ColorNameSeparator)
	for v := s.Low; v <= s.High+s.Step/2; v += s.Step {
		y := s.Y(v, h)
		line := canvas.NewLine(grid)
		line.StrokeWidth = 1
		line.Position1, line.Position2 = at(0, y), at(w, y)
		label := canvas.NewText(figure(v), fg)
		label.TextSize = theme.CaptionTextSize()
		label.Alignment = fyne.TextAlignTrailing
		label.Move(fyne.NewPos(0, plot.Position.Y+float32(y)-label.MinSize().Height/2))
		label.Resize(fyne.NewSize(axisW-4, label.MinSize().Height))
		r.objects = append(r.objects, line, label)
	}
	if c.goal.Known {
		for _, g := range []struct {
			v   float64
			col color.Color
		}{{c.goal.Baseline, baselineGrey}, {c.goal.Target, ChainGreen}} {
			// A dashed line: Fyne draws no dashes, so short pieces.
			y := s.Y(g.v, h)
			for x := 0.0; x < w; x += 10 {
				d := canvas.NewLine(g.col)
				d.StrokeWidth = 2
				d.Position1, d.Position2 = at(x, y), at(min(x+6, w), y)
				r.objects = append(r.objects, d)
			}
		}
	}
	axis := canvas.NewLine(fg)
	axis.Position1, axis.Position2 = at(0, 0), at(0, h)
	base := canvas.NewLine(fg)
	base.Position1, base.Position2 = at(0, h), at(w, h)
	r.objects = append(r.objects, axis, base)
	points := c.Points(r.size)
	for i := 1; i < len(points); i++ {
		l := canvas.NewLine(OutcomeBlue)
		l.StrokeWidth = 2.5
		l.Position1, l.Position2 = points[i-1], points[i]
		r.objects = append(r.objects, l)
	}
	const dot = 7
	for _, p := range points {
		d := canvas.NewCircle(OutcomeBlue)
		d.Move(p.SubtractXY(dot/2, dot/2))
		d.Resize(fyne.NewSize(dot, dot))
		r.objects = append(r.objects, d)
	}
	if n := len(c.readings); n > 0 {
		for i, rd := range []model.Reading{c.readings[0], c.readings[n-1]} {
			if i == 1 && n == 1 {
				break
			}
			t := canvas.NewText(string(rd.Date), fg)
			t.TextSize = theme.CaptionTextSize()
			t.Move(fyne.NewPos(plot.Position.X+float32(i)*(plot.Size.Width-t.MinSize().Width), plot.Position.Y+plot.Size.Height+2))
			r.objects = append(r.objects, t)
		}
	}
}

// figure writes an axis number the Swedish way, with a decimal comma.
func figure(v float64) string {
	s := strconv.FormatFloat(float64(int64(v*100+0.5*sign(v)))/100, 'f', -1, 64)
	return strings.Replace(s, ".", ",", 1)
}

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}

// IndicatorLegend names the chart's colours: utfall, utgångsvärde and
// målvärde.
func IndicatorLegend() fyne.CanvasObject {
	return ChartLegend([]string{session.Tr("commitui.chart.outcome"), session.Tr("commitui.chart.baseline"), session.Tr("commitui.chart.target")},
		[]color.Color{OutcomeBlue, baselineGrey, ChainGreen})
}
