package pdf

import (
	"math"
	"strconv"
	"strings"

	"samverka/assets"
	"samverka/model"
)

// Colours of the indicator chart: the measured values, the utgångsvärde
// and the målvärde.
var (
	outcomeBlue  = assets.OutcomeBlue.Ints()
	baselineGrey = assets.BaselineGrey.Ints()
	targetGreen  = assets.Green.Ints()
)

// linePlot maps an indicator's readings onto a plot: days along, values up.
type linePlot struct {
	plot       box
	first, end float64 // days since the epoch at the plot's left and right edge
	lo, hi     float64 // the value at the plot's bottom and top
	step       float64 // between the value axis's gridlines
}

// day returns d as days since 1970, for placing it along the axis.
func day(d model.Date) float64 {
	return float64(d.Time().Unix()) / (24 * 3600)
}

// newLinePlot scales plot to hold the readings, the baseline and the
// target: the value axis from zero (or the lowest value below it) to a
// round top, the days from the first reading to the last, with a little
// room on each side so that the end points are not on the frame.
func newLinePlot(plot box, readings []model.Reading, goal model.NumericGoal) linePlot {
	lp := linePlot{plot: plot}
	lo, hi := 0.0, 0.0
	for _, r := range readings {
		lo, hi = math.Min(lo, r.Value), math.Max(hi, r.Value)
	}
	if goal.Known {
		lo, hi = math.Min(lo, math.Min(goal.Baseline, goal.Target)), math.Max(hi, math.Max(goal.Baseline, goal.Target))
	}
	lp.lo, lp.hi, lp.step = niceRange(lo, hi)
	if len(readings) > 0 {
		lp.first, lp.end = day(readings[0].Date), day(readings[len(readings)-1].Date)
	}
	span := math.Max(lp.end-lp.first, 60)
	pad := span * 0.06
	if lp.end-lp.first < 60 { // one reading, or a few close together: centre them
		mid := (lp.first + lp.end) / 2
		lp.first, lp.end = mid-span/2, mid+span/2
	}
	lp.first -= pad
	lp.end += pad
	return lp
}

// niceRange returns a value axis that holds lo–hi: a bottom and a top on
// the gridlines of a round step, 1, 2 or 5 times a power of ten, at most
// five steps.
func niceRange(lo, hi float64) (bottom, top, step float64) {
	if hi <= lo {
		hi = lo + 1
	}
	for p := math.Pow(10, math.Floor(math.Log10(hi-lo))-1); ; p *= 10 {
		for _, m := range []float64{1, 2, 5} {
			s := p * m
			b := math.Floor(lo/s) * s
			t := math.Ceil(hi/s) * s
			if t == hi && hi > 0 && t-b < 5*s { // room above the highest value
				t += s
			}
			if (t-b)/s <= 5+1e-9 {
				return b, t, s
			}
		}
	}
}

// at returns where reading r is drawn.
func (lp linePlot) at(r model.Reading) (x, y float64) {
	return lp.x(day(r.Date)), lp.y(r.Value)
}

func (lp linePlot) x(days float64) float64 {
	return lp.plot.x + lp.plot.w*(days-lp.first)/(lp.end-lp.first)
}

func (lp linePlot) y(v float64) float64 {
	return lp.plot.y + lp.plot.h*(lp.hi-v)/(lp.hi-lp.lo)
}

// Geometry of the indicator chart, in millimetres.
const (
	lineAxisW  = 10.0 // the value axis's numbers
	lineDateH  = 4.0  // the dates under the plot
	lineDotR   = 0.9  // a reading's dot
	lineWeight = 0.5  // the readings' line
)

// indicatorPlot returns the plot box of an indicator chart drawn in area.
func indicatorPlot(area box) box {
	return box{area.x + lineAxisW, area.y + 1.5, area.w - lineAxisW - 1, area.h - lineDateH - 1.5}
}

// indicatorChart draws an indicator's readings over time in area as a
// line with a dot per reading, against dashed lines at the utgångsvärde
// (grey) and the målvärde (green), with a value axis of round numbers and
// the first and last day under it.
func (d *doc) indicatorChart(area box, readings []model.Reading, goal model.NumericGoal) {
	lp := newLinePlot(indicatorPlot(area), readings, goal)
	p := d.pdf
	plot := lp.plot
	d.font(6, false)
	d.color(grey)
	p.SetLineWidth(0.1)
	p.SetDrawColor(lightRule[0], lightRule[1], lightRule[2])
	for v := lp.lo; v <= lp.hi+lp.step/2; v += lp.step {
		y := lp.y(v)
		p.Line(plot.x, y, plot.x+plot.w, y)
		p.SetXY(area.x, y-1.5)
		p.CellFormat(lineAxisW-1, 3, figure(v, d.info.lang), "", 0, "R", false, 0, "")
	}
	if len(readings) > 0 {
		first, last := readings[0].Date, readings[len(readings)-1].Date
		p.SetXY(plot.x, plot.y+plot.h+0.5)
		p.CellFormat(plot.w/2, 3, string(first), "", 0, "L", false, 0, "")
		if last != first {
			p.SetXY(plot.x+plot.w/2, plot.y+plot.h+0.5)
			p.CellFormat(plot.w/2, 3, string(last), "", 0, "R", false, 0, "")
		}
	}
	if goal.Known {
		p.SetDashPattern([]float64{1.2, 0.8}, 0)
		p.SetLineWidth(0.35)
		for _, g := range []struct {
			v float64
			c [3]int
		}{{goal.Baseline, baselineGrey}, {goal.Target, targetGreen}} {
			p.SetDrawColor(g.c[0], g.c[1], g.c[2])
			p.Line(plot.x, lp.y(g.v), plot.x+plot.w, lp.y(g.v))
		}
		p.SetDashPattern(nil, 0)
	}
	p.SetLineWidth(0.3)
	p.SetDrawColor(black[0], black[1], black[2])
	p.Line(plot.x, plot.y, plot.x, plot.y+plot.h)
	p.Line(plot.x, plot.y+plot.h, plot.x+plot.w, plot.y+plot.h)
	p.SetDrawColor(outcomeBlue[0], outcomeBlue[1], outcomeBlue[2])
	p.SetFillColor(outcomeBlue[0], outcomeBlue[1], outcomeBlue[2])
	p.SetLineWidth(lineWeight)
	for i := 1; i < len(readings); i++ {
		x0, y0 := lp.at(readings[i-1])
		x1, y1 := lp.at(readings[i])
		p.Line(x0, y0, x1, y1)
	}
	for _, r := range readings {
		x, y := lp.at(r)
		p.Circle(x, y, lineDotR, "F")
	}
	d.color(black)
	d.font(bodySize, false)
}

// figure writes a number as lang writes it: a decimal comma in Swedish,
// at most two decimals, no trailing zeros.
func figure(v float64, lang string) string {
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	if s == "-0" {
		s = "0"
	}
	if lang != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// IndicatorScale is the scale of an indicator chart, for the screen to
// draw it as the paper does: the days at the left and right edges (days
// since 1970) and the value axis's bottom, top and step.
type IndicatorScale struct {
	First, End float64
	Low, High  float64
	Step       float64
}

// ScaleIndicator returns the scale of an indicator chart of readings
// against goal (see indicatorChart).
func ScaleIndicator(readings []model.Reading, goal model.NumericGoal) IndicatorScale {
	lp := newLinePlot(box{0, 0, 1, 1}, readings, goal)
	return IndicatorScale{First: lp.first, End: lp.end, Low: lp.lo, High: lp.hi, Step: lp.step}
}

// At returns where reading r lies on a plot w wide and h high, from its
// top left.
func (s IndicatorScale) At(r model.Reading, w, h float64) (x, y float64) {
	return w * (day(r.Date) - s.First) / (s.End - s.First), h * (s.High - r.Value) / (s.High - s.Low)
}

// Y returns the height of value v on a plot h high, from its top.
func (s IndicatorScale) Y(v, h float64) float64 { return h * (s.High - v) / (s.High - s.Low) }
