package situation

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/pdf/flow"
)

// figureChart draws a figure table's chart on screen with the layout the
// printed lägesbild and the Word document use (flow.Chart.Draw), so that
// what the council sees is what it prints.
type figureChart struct {
	widget.BaseWidget
	chart *flow.Chart
}

func newFigureChart(c *flow.Chart) *figureChart {
	fc := &figureChart{chart: c}
	fc.ExtendBaseWidget(fc)
	return fc
}

// MinSize keeps the chart and its legend readable.
func (c *figureChart) MinSize() fyne.Size { return fyne.NewSize(360, 230) }

// CreateRenderer implements fyne.Widget.
func (c *figureChart) CreateRenderer() fyne.WidgetRenderer { return &figureChartRenderer{c: c} }

type figureChartRenderer struct {
	c       *figureChart
	size    fyne.Size
	objects []fyne.CanvasObject
}

func (r *figureChartRenderer) Layout(size fyne.Size) {
	r.size = size
	r.build()
}

func (r *figureChartRenderer) MinSize() fyne.Size { return r.c.MinSize() }

func (r *figureChartRenderer) Refresh() { r.build(); canvas.Refresh(r.c) }

func (r *figureChartRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *figureChartRenderer) Destroy() {}

// build draws the chart anew for the widget's size.
func (r *figureChartRenderer) build() {
	cv := &fyneCanvas{ink: theme.Color(theme.ColorNameForeground)}
	if r.c.chart != nil && r.size.Width > 0 && r.size.Height > 0 {
		r.c.chart.Draw(cv, 0, 0, float64(r.size.Width), float64(r.size.Height), float64(theme.CaptionTextSize()))
	}
	r.objects = cv.objects
}

// fyneCanvas is a flow.Canvas of Fyne canvas objects, in pixels.
type fyneCanvas struct {
	ink     color.Color
	objects []fyne.CanvasObject
}

func rgb(c [3]uint8) color.Color { return color.NRGBA{R: c[0], G: c[1], B: c[2], A: 255} }

func (f *fyneCanvas) Line(x1, y1, x2, y2, w float64, c [3]uint8) {
	l := canvas.NewLine(rgb(c))
	l.StrokeWidth = float32(max(w, 1))
	l.Position1, l.Position2 = fyne.NewPos(float32(x1), float32(y1)), fyne.NewPos(float32(x2), float32(y2))
	f.objects = append(f.objects, l)
}

func (f *fyneCanvas) Rect(x, y, w, h float64, c [3]uint8) {
	r := canvas.NewRectangle(rgb(c))
	r.Move(fyne.NewPos(float32(x), float32(y)))
	r.Resize(fyne.NewSize(float32(w), float32(h)))
	f.objects = append(f.objects, r)
}

func (f *fyneCanvas) Text(x, y, size float64, s string, align int) {
	t := canvas.NewText(s, f.ink)
	t.TextSize = float32(size)
	sz, baseline := fyne.CurrentApp().Driver().RenderedTextSize(s, t.TextSize, t.TextStyle, nil)
	switch align {
	case 1:
		x -= float64(sz.Width) / 2
	case 2:
		x -= float64(sz.Width)
	}
	t.Move(fyne.NewPos(float32(x), float32(y)-baseline))
	t.Resize(sz)
	f.objects = append(f.objects, t)
}

func (f *fyneCanvas) TextWidth(size float64, s string) float64 {
	return float64(fyne.MeasureText(s, float32(size), fyne.TextStyle{}).Width)
}
