package flow

import (
	"math"
	"strconv"
	"strings"
)

// Canvas is what a chart is drawn on: a PDF page in millimetres or a
// picture in pixels. y grows downwards.
type Canvas interface {
	Line(x1, y1, x2, y2, width float64, c [3]uint8)
	Rect(x, y, w, h float64, c [3]uint8)
	// Text draws s with its left (align 0), centre (1) or right (2) edge
	// at x and its baseline at y.
	Text(x, y, size float64, s string, align int)
	TextWidth(size float64, s string) float64
}

// Draw draws the chart into the box x, y, w, h of cv, with text of size
// pt (in the canvas' units): the value axis with grid lines, the columns
// along the bottom, the series as lines or grouped bars, and a legend.
func (c *Chart) Draw(cv Canvas, x, y, w, h, pt float64) {
	grey, ink := [3]uint8{205, 205, 205}, [3]uint8{90, 90, 90}
	least, most := c.Range()
	bottom, top, step := Scale(least, most)
	var ticks []string
	labelW := 0.0
	for v := bottom; v <= top+step/2; v += step {
		s := Number(v)
		ticks = append(ticks, s)
		labelW = max(labelW, cv.TextWidth(pt, s))
	}
	legendRows := c.legendRows(cv, w, pt)
	plotX, plotY := x+labelW+pt*0.8, y+pt*0.6
	plotW := w - (plotX - x) - pt*0.5
	plotH := h - pt*0.6 - pt*2.2 - float64(legendRows)*pt*1.6
	if plotH < pt*3 || plotW < pt*3 || len(c.Columns) == 0 {
		return
	}
	at := func(v float64) float64 { return plotY + plotH - (v-bottom)/(top-bottom)*plotH }
	for i, s := range ticks {
		ty := at(bottom + float64(i)*step)
		cv.Line(plotX, ty, plotX+plotW, ty, pt*0.05, grey)
		cv.Text(plotX-pt*0.4, ty+pt*0.35, pt, s, 2)
	}
	cv.Line(plotX, at(0), plotX+plotW, at(0), pt*0.08, ink)
	slot := plotW / float64(len(c.Columns))
	for i, col := range c.Columns {
		cv.Text(plotX+slot*(float64(i)+0.5), plotY+plotH+pt*1.3, pt, fit(cv, pt, col, slot), 1)
	}
	if c.Bars {
		n := float64(max(1, len(c.Series)))
		bw := slot * 0.8 / n
		for si, s := range c.Series {
			for i, v := range s.Values {
				if v == nil || i >= len(c.Columns) {
					continue
				}
				bx := plotX + slot*float64(i) + slot*0.1 + bw*float64(si)
				y0, y1 := at(0), at(*v)
				cv.Rect(bx, min(y0, y1), bw*0.92, math.Abs(y1-y0), Colour(si))
			}
		}
	} else {
		for si, s := range c.Series {
			var px, py float64
			have := false
			for i, v := range s.Values {
				if v == nil || i >= len(c.Columns) {
					have = false
					continue
				}
				cx, cy := plotX+slot*(float64(i)+0.5), at(*v)
				if have {
					cv.Line(px, py, cx, cy, pt*0.18, Colour(si))
				}
				d := pt * 0.45
				cv.Rect(cx-d/2, cy-d/2, d, d, Colour(si))
				px, py, have = cx, cy, true
			}
		}
	}
	c.legend(cv, x+labelW*0.5, plotY+plotH+pt*2.4, w, pt)
}

// legendRows returns how many rows the legend takes in width w.
func (c *Chart) legendRows(cv Canvas, w, pt float64) int {
	rows, used := 1, 0.0
	for _, s := range c.Series {
		iw := pt*1.4 + cv.TextWidth(pt, s.Name) + pt*1.2
		if used > 0 && used+iw > w {
			rows++
			used = 0
		}
		used += iw
	}
	return rows
}

// legend draws a swatch and name per series, wrapping at width w.
func (c *Chart) legend(cv Canvas, x, y, w, pt float64) {
	cx := x
	for i, s := range c.Series {
		iw := pt*1.4 + cv.TextWidth(pt, s.Name) + pt*1.2
		if cx > x && cx+iw > x+w {
			cx = x
			y += pt * 1.6
		}
		cv.Rect(cx, y-pt*0.75, pt*0.9, pt*0.9, Colour(i))
		cv.Text(cx+pt*1.3, y, pt, s.Name, 0)
		cx += iw
	}
}

// fit shortens s with "…" until it is no wider than w.
func fit(cv Canvas, pt float64, s string, w float64) string {
	if cv.TextWidth(pt, s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && cv.TextWidth(pt, string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// Number writes v the Swedish way: a space between thousands, a decimal
// comma, at most two decimals, "−" for minus.
func Number(v float64) string {
	v = math.Round(v*100) / 100
	neg := v < 0
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteRune('\u00a0')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if frac != "" {
		out += "," + frac
	}
	if neg && out != "0" {
		out = "−" + out
	}
	return out
}
