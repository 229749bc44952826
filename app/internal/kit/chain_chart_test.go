package kit

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"samverka/model"
	"samverka/pdf"
)

func nearly(a, b float32) bool { return math.Abs(float64(a-b)) < 0.01 }

// TestStackColumns checks the meeting chart's geometry: heights in
// proportion to the values against the axis's top, stacked bottom up in
// series order, each column centred in its slot, zeros left out.
func TestStackColumns(t *testing.T) {
	plot := fyne.NewSize(400, 100)
	bars := [][]int{{6, 2, 2, 0}, {0, 0, 0, 0}, {1, 0, 3, 1}, {10, 0, 0, 0}}
	got := stackColumns(bars, plot, 10, 0.5)
	if len(got) != 4 {
		t.Fatalf("%d columns", len(got))
	}

	t.Run("Proportions", func(t *testing.T) {
		for i, bar := range got {
			for _, s := range bar {
				if want := 100 * float32(s.value) / 10; !nearly(s.size.Height, want) {
					t.Errorf("column %d series %d: height %v, want %v", i, s.series, s.size.Height, want)
				}
				if s.value != bars[i][s.series] {
					t.Errorf("column %d series %d: value %d, want %d", i, s.series, s.value, bars[i][s.series])
				}
			}
		}
		if s := got[3][0]; !nearly(s.pos.Y, 0) || !nearly(s.size.Height, 100) {
			t.Errorf("a value of top does not fill the plot: %+v", s)
		}
	})

	t.Run("StackingOrder", func(t *testing.T) {
		// Green at the bottom, then yellow, then red; each segment
		// sits on the one before it.
		bar := got[0]
		if len(bar) != 3 || bar[0].series != 0 || bar[1].series != 1 || bar[2].series != 2 {
			t.Fatalf("segments %+v", bar)
		}
		if !nearly(bar[0].pos.Y+bar[0].size.Height, 100) {
			t.Errorf("the first segment does not stand on the axis: %+v", bar[0])
		}
		for k := 1; k < len(bar); k++ {
			if !nearly(bar[k].pos.Y+bar[k].size.Height, bar[k-1].pos.Y) {
				t.Errorf("segment %d does not sit on segment %d: %+v on %+v", k, k-1, bar[k], bar[k-1])
			}
		}
		// Column 2 skips its zero: red sits right on green.
		if c := got[2]; len(c) != 3 || c[0].series != 0 || c[1].series != 2 || c[2].series != 3 || !nearly(c[1].pos.Y+c[1].size.Height, c[0].pos.Y) {
			t.Errorf("column with a zero: %+v", c)
		}
	})

	t.Run("Slots", func(t *testing.T) {
		for i, bar := range got {
			for _, s := range bar {
				if !nearly(s.size.Width, 50) || !nearly(s.pos.X, float32(i)*100+25) {
					t.Errorf("column %d at x %v width %v, want x %v width 50", i, s.pos.X, s.size.Width, float32(i)*100+25)
				}
			}
		}
	})

	t.Run("ZeroData", func(t *testing.T) {
		if len(got[1]) != 0 {
			t.Errorf("a meeting with no follow-ups has segments: %+v", got[1])
		}
		if out := stackColumns(nil, plot, 10, 0.5); len(out) != 0 {
			t.Errorf("no bars gave %v", out)
		}
		if out := stackColumns(bars, plot, 0, 0.5); len(out) != 4 || len(out[0]) != 0 {
			t.Errorf("a zero top gave %v", out)
		}
		if out := stackColumns([][]int{{-3, 2}}, plot, 4, 1); len(out[0]) != 1 || out[0][0].series != 1 {
			t.Errorf("a negative value got a segment: %v", out)
		}
	})
}

// TestStackAcross checks the tally bar's geometry: widths in proportion to
// the sum, left to right in series order, zeros left out.
func TestStackAcross(t *testing.T) {
	size := fyne.NewSize(200, 14)
	got := stackAcross([]int{5, 0, 10, 5}, size)
	if len(got) != 3 {
		t.Fatalf("segments %+v", got)
	}
	want := []struct {
		series int
		x, w   float32
	}{{0, 0, 50}, {2, 50, 100}, {3, 150, 50}}
	for i, w := range want {
		s := got[i]
		if s.series != w.series || !nearly(s.pos.X, w.x) || !nearly(s.size.Width, w.w) || !nearly(s.size.Height, 14) {
			t.Errorf("segment %d: %+v, want series %d at %v width %v", i, s, w.series, w.x, w.w)
		}
	}
	if out := stackAcross([]int{0, 0, 0}, size); out != nil {
		t.Errorf("zeros gave %v", out)
	}
	if out := stackAcross(nil, size); out != nil {
		t.Errorf("nothing gave %v", out)
	}
}

// TestChartScale checks that the axis ends on a round number above the
// tallest column, in at most five steps.
func TestChartScale(t *testing.T) {
	for _, c := range []struct{ most, top, step int }{
		{0, 1, 1}, {1, 1, 1}, {5, 5, 1}, {6, 6, 2}, {7, 8, 2}, {11, 15, 5}, {23, 25, 5}, {40, 40, 10}, {87, 100, 20}, {1234, 1500, 500},
	} {
		top, step := pdf.AxisScale(c.most)
		if top != c.top || step != c.step {
			t.Errorf("scale(%d) = %d, %d; want %d, %d", c.most, top, step, c.top, c.step)
		}
		if top < c.most || top/step > 5 || top%step != 0 {
			t.Errorf("scale(%d) = %d, %d is not a round axis over it", c.most, top, step)
		}
	}
}

// TestColumnChartDraws checks that the chart widget draws one rectangle per
// non-zero value in the light's colour, the totals above and the dates
// under the columns, the year only where it changes.
func TestColumnChartDraws(t *testing.T) {
	test.NewTempApp(t)
	c := NewColumnChart(LightColors)
	c.SetMeetings([]model.MeetingLights{
		{Meeting: &model.Meeting{Date: "2025-11-12"}, Green: 3, Yellow: 1, Red: 2},
		{Meeting: &model.Meeting{Date: "2025-12-10"}},
		{Meeting: &model.Meeting{Date: "2026-01-14"}, Green: 4, None: 1},
	}, 0)
	c.Resize(fyne.NewSize(300, chartHeight))
	r := test.TempWidgetRenderer(t, c).(*columnChartRenderer)
	fills := map[color.Color]int{}
	var texts []string
	for _, o := range r.Objects() {
		switch x := o.(type) {
		case *canvas.Rectangle:
			fills[x.FillColor]++
			if x.Size().Height <= 0 || x.Size().Width <= 0 {
				t.Errorf("an empty rectangle is drawn: %v", x.Size())
			}
		case *canvas.Text:
			if x.Text != "" {
				texts = append(texts, x.Text)
			}
		}
	}
	if fills[ChainGreen] != 2 || fills[chainYellow] != 1 || fills[ChainRed] != 1 || fills[ChainLightGrey] != 1 {
		t.Errorf("rectangles by colour %v", fills)
	}
	for _, want := range []string{"6", "5", "11-12", "2025", "12-10", "01-14", "2026"} {
		found := false
		for _, s := range texts {
			found = found || s == want
		}
		if !found {
			t.Errorf("no %q among the chart's texts %q", want, texts)
		}
	}
	years := 0
	for _, s := range texts {
		if s == "2025" {
			years++
		}
	}
	if years != 1 {
		t.Errorf("the year 2025 is written %d times", years)
	}
}
