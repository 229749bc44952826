package pdf

import "strconv"

// box is a rectangle on the page, in millimetres from the page's top left.
type box struct{ x, y, w, h float64 }

// segment is one coloured piece of a stacked bar: the value of one series.
type segment struct {
	box
	series int // the value's index in its bar, which picks the colour
	value  int
}

// series is one colour of a chart and its name in the legend.
type series struct {
	name   safe
	colour [3]int
}

// AxisScale returns the top of a value axis that holds most, and the step
// between its ticks: 1, 2 or 5 times a power of ten, at most five steps,
// so that the gridlines fall on round numbers.
func AxisScale(most int) (top, step int) {
	if most <= 0 {
		return 1, 1
	}
	for p := 1; ; p *= 10 {
		for _, m := range []int{1, 2, 5} {
			s := p * m
			if n := (most + s - 1) / s; n <= 5 {
				return n * s, s
			}
		}
	}
}

// stackUp lays out stacked columns side by side in plot, one per bar:
// each bar's values bottom up in series order, a value of top reaching
// the plot's full height. Each column stands in the middle of its slot of
// plot.w/len(bars) and is fill of the slot wide. Values of zero or less
// get no segment, so a bar of only zeros is an empty slot.
func stackUp(bars [][]int, plot box, top int, fill float64) [][]segment {
	out := make([][]segment, len(bars))
	if len(bars) == 0 || top <= 0 {
		return out
	}
	slot := plot.w / float64(len(bars))
	w := slot * fill
	for i, values := range bars {
		x := plot.x + float64(i)*slot + (slot-w)/2
		y := plot.y + plot.h
		for s, v := range values {
			if v <= 0 {
				continue
			}
			h := plot.h * float64(v) / float64(top)
			y -= h
			out[i] = append(out[i], segment{box: box{x, y, w, h}, series: s, value: v})
		}
	}
	return out
}

// stackAcross lays out stacked bars one under the other in plot, one per
// bar: each bar's values left to right in series order, a value of top
// reaching the plot's full width. Each bar stands in the middle of its
// band of plot.h/len(bars) and is fill of the band high.
func stackAcross(bars [][]int, plot box, top int, fill float64) [][]segment {
	out := make([][]segment, len(bars))
	if len(bars) == 0 || top <= 0 {
		return out
	}
	band := plot.h / float64(len(bars))
	h := band * fill
	for i, values := range bars {
		x := plot.x
		y := plot.y + float64(i)*band + (band-h)/2
		for s, v := range values {
			if v <= 0 {
				continue
			}
			w := plot.w * float64(v) / float64(top)
			out[i] = append(out[i], segment{box: box{x, y, w, h}, series: s, value: v})
			x += w
		}
	}
	return out
}

func sum(values []int) int {
	n := 0
	for _, v := range values {
		n += max(v, 0)
	}
	return n
}

// fill paints a rectangle in colour c.
func (d *doc) fill(b box, c [3]int) {
	d.pdf.SetFillColor(c[0], c[1], c[2])
	d.pdf.Rect(b.x, b.y, b.w, b.h, "F")
}

// inkOn returns the text colour that reads well on colour c.
func inkOn(c [3]int) [3]int {
	if c[0]*299+c[1]*587+c[2]*114 > 150_000 {
		return black
	}
	return white
}

// columnChart draws stacked columns in area: a value axis with gridlines
// on the left, each column's total above it and its label lines under it.
// top and step are the axis's scale (see scale), shared by charts that
// should compare.
func (d *doc) columnChart(area box, list []series, bars [][]int, labels [][]safe, top, step int) {
	const (
		axisW  = 9.0 // the tick numbers
		above  = 4.0 // the totals
		labelH = 3.0 // one line of a label
	)
	lines := 0
	for _, l := range labels {
		lines = max(lines, len(l))
	}
	plot := box{area.x + axisW, area.y + above, area.w - axisW, area.h - above - float64(lines)*labelH - 1.5}
	p := d.pdf
	d.font(6.5, false)
	d.color(grey)
	p.SetLineWidth(0.1)
	p.SetDrawColor(lightRule[0], lightRule[1], lightRule[2])
	for v := 0; v <= top; v += step {
		y := plot.y + plot.h - plot.h*float64(v)/float64(top)
		p.Line(plot.x, y, plot.x+plot.w, y)
		p.SetXY(area.x, y-1.5)
		p.CellFormat(axisW-1, 3, strconv.Itoa(v), "", 0, "R", false, 0, "")
	}
	segments := stackUp(bars, plot, top, 0.62)
	slot := plot.w / float64(max(len(bars), 1))
	for i, bar := range segments {
		for _, s := range bar {
			d.fill(s.box, list[s.series].colour)
		}
		x := plot.x + float64(i)*slot
		if total := sum(bars[i]); total > 0 {
			y := plot.y + plot.h - plot.h*float64(total)/float64(top)
			d.color(grey)
			p.SetXY(x, y-3.2)
			p.CellFormat(slot, 3, strconv.Itoa(total), "", 0, "C", false, 0, "")
		}
		d.color(black)
		if i < len(labels) {
			for k, l := range labels[i] {
				p.SetXY(x, plot.y+plot.h+1+float64(k)*labelH)
				p.CellFormat(slot, labelH, string(fitWidth(d, l, slot+2)), "", 0, "C", false, 0, "")
			}
		}
	}
	p.SetLineWidth(0.3)
	p.SetDrawColor(black[0], black[1], black[2])
	p.Line(plot.x, plot.y+plot.h, plot.x+plot.w, plot.y+plot.h)
	p.Line(plot.x, plot.y, plot.x, plot.y+plot.h)
	d.color(black)
	d.font(bodySize, false)
}

// barChart draws stacked bars in area, one per label: the label on the
// left, the bar in the middle with each value written in its segment
// when it fits, the bar's total on the right. top is the value of a full
// bar.
func (d *doc) barChart(area box, list []series, bars [][]int, labels []safe, top int) {
	const (
		labelW = 58.0
		totalW = 10.0
	)
	plot := box{area.x + labelW, area.y, area.w - labelW - totalW, area.h}
	p := d.pdf
	segments := stackAcross(bars, plot, top, 0.6)
	band := area.h / float64(max(len(bars), 1))
	for i, bar := range segments {
		y := area.y + float64(i)*band
		d.font(7.5, false)
		d.color(black)
		if i < len(labels) {
			lines := p.SplitText(string(labels[i]), labelW-2)
			if len(lines) > 2 {
				lines = []string{lines[0], string(fitWidth(d, safe(lines[1]+" …"), labelW-2))}
			}
			top := y + (band-float64(len(lines))*3.2)/2
			for k, l := range lines {
				p.SetXY(area.x, top+float64(k)*3.2)
				p.CellFormat(labelW-2, 3.2, l, "", 0, "L", false, 0, "")
			}
		}
		d.font(6.5, true)
		for _, s := range bar {
			colour := list[s.series].colour
			d.fill(s.box, colour)
			n := strconv.Itoa(s.value)
			if p.GetStringWidth(n)+1.2 <= s.w {
				d.color(inkOn(colour))
				p.SetXY(s.x, s.y)
				p.CellFormat(s.w, s.h, n, "", 0, "C", false, 0, "")
			}
		}
		d.font(7.5, true)
		d.color(black)
		p.SetXY(plot.x+plot.w, y)
		p.CellFormat(totalW, band, strconv.Itoa(sum(bars[i])), "", 0, "R", false, 0, "")
	}
	p.SetLineWidth(0.3)
	p.SetDrawColor(black[0], black[1], black[2])
	p.Line(plot.x, area.y, plot.x, area.y+area.h)
	d.font(bodySize, false)
}

// legend draws a row of colour swatches with their names from x, y and
// returns its height.
func (d *doc) legend(x, y float64, list []series) float64 {
	const sw = 3.2
	p := d.pdf
	d.font(7.5, false)
	d.color(black)
	for _, s := range list {
		d.fill(box{x, y + 0.4, sw, sw}, s.colour)
		p.SetDrawColor(grey[0], grey[1], grey[2])
		p.SetLineWidth(0.1)
		p.Rect(x, y+0.4, sw, sw, "D")
		w := p.GetStringWidth(string(s.name)) + 2
		p.SetXY(x+sw+0.8, y)
		p.CellFormat(w, 4, string(s.name), "", 0, "L", false, 0, "")
		x += sw + 0.8 + w + 4
	}
	d.font(bodySize, false)
	return 4
}
