package pdf

import (
	"math"
	"testing"

	"samverka/model"
)

func TestScale(t *testing.T) {
	for _, c := range []struct{ most, top, step int }{
		{-3, 1, 1}, {0, 1, 1}, {1, 1, 1}, {5, 5, 1}, {6, 6, 2}, {9, 10, 2}, {11, 15, 5},
		{47, 50, 10}, {50, 50, 10}, {51, 60, 20}, {100, 100, 20}, {101, 150, 50}, {4999, 5000, 1000},
	} {
		top, step := AxisScale(c.most)
		if top != c.top || step != c.step {
			t.Errorf("scale(%d) = %d, %d; want %d, %d", c.most, top, step, c.top, c.step)
		}
		if top < c.most || top%step != 0 || top/step > 5 {
			t.Errorf("scale(%d) = %d, %d: not a round axis holding it", c.most, top, step)
		}
	}
}

func near2(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// checkStack checks one stacked column: segments in series order from
// the plot's bottom up, each touching the one below, each as high as its
// value is of top, all as wide as the bar and inside the plot.
func checkStack(t *testing.T, bar []segment, values []int, plot box, top int) {
	t.Helper()
	var want []int // series with a value, in order
	for s, v := range values {
		if v > 0 {
			want = append(want, s)
		}
	}
	if len(bar) != len(want) {
		t.Fatalf("%d segments for values %v", len(bar), values)
	}
	bottom := plot.y + plot.h
	for i, s := range bar {
		if s.series != want[i] || s.value != values[s.series] {
			t.Errorf("segment %d is series %d value %d; want series %d value %d", i, s.series, s.value, want[i], values[want[i]])
		}
		if !near2(s.h/plot.h, float64(s.value)/float64(top)) {
			t.Errorf("segment %d is %.3f of the plot high for %d of %d", i, s.h/plot.h, s.value, top)
		}
		if !near2(s.y+s.h, bottom) {
			t.Errorf("segment %d ends at %.3f, not on the one below at %.3f", i, s.y+s.h, bottom)
		}
		if s.w != bar[0].w || s.x != bar[0].x || s.x < plot.x || s.x+s.w > plot.x+plot.w || s.y < plot.y-1e-9 {
			t.Errorf("segment %d at %+v leaves its bar or the plot %+v", i, s.box, plot)
		}
		bottom = s.y
	}
}

func TestStackUp(t *testing.T) {
	plot := box{x: 10, y: 20, w: 90, h: 60}
	bars := [][]int{{3, 1, 0, 2}, {0, 0, 0, 0}, {6}, {}}
	got := stackUp(bars, plot, 6, 0.5)
	if len(got) != len(bars) {
		t.Fatalf("%d bars laid out for %d", len(got), len(bars))
	}
	for i, values := range bars {
		checkStack(t, got[i], values, plot, 6)
	}
	// Columns stand in the middle of their slots, half the slot wide.
	slot := plot.w / 4
	for i, bar := range got {
		for _, s := range bar {
			if !near2(s.w, slot/2) || !near2(s.x, plot.x+float64(i)*slot+slot/4) {
				t.Errorf("bar %d at x %.3f, %.3f wide; want %.3f, %.3f", i, s.x, s.w, plot.x+float64(i)*slot+slot/4, slot/2)
			}
		}
	}
	// A full bar reaches the plot's top; heights are proportional.
	if s := got[2][0]; !near2(s.y, plot.y) || !near2(s.h, plot.h) {
		t.Errorf("a bar of top's value is at %.3f, %.3f high", s.y, s.h)
	}
	if a, b := got[0][0].h, got[0][1].h; !near2(a, 3*b) {
		t.Errorf("a value of 3 is %.3f high and one of 1 %.3f", a, b)
	}
	if len(got[1]) != 0 || len(got[3]) != 0 {
		t.Error("a meeting without follow-ups has a bar")
	}
}

func TestStackUpNothing(t *testing.T) {
	if got := stackUp(nil, box{0, 0, 100, 50}, 5, 0.6); len(got) != 0 {
		t.Errorf("no meetings gave %d bars", len(got))
	}
	if got := stackUp([][]int{{1, 2}}, box{0, 0, 100, 50}, 0, 0.6); len(got[0]) != 0 {
		t.Error("a scale with no top gave segments")
	}
}

func TestStackAcross(t *testing.T) {
	plot := box{x: 70, y: 100, w: 100, h: 40}
	bars := [][]int{{25, 13, 4, 9, 5}, {0, 0, 0, 0, 0}, {1, 0, 0, 0, 1}, {56}}
	got := stackAcross(bars, plot, 56, 0.6)
	band := plot.h / 4
	for i, values := range bars {
		x := plot.x
		k := 0
		for s, v := range values {
			if v <= 0 {
				continue
			}
			seg := got[i][k]
			k++
			if seg.series != s || !near2(seg.x, x) || !near2(seg.w/plot.w, float64(v)/56) {
				t.Errorf("bar %d series %d: %+v", i, s, seg)
			}
			if !near2(seg.h, band*0.6) || !near2(seg.y, plot.y+float64(i)*band+band*0.2) {
				t.Errorf("bar %d series %d is at y %.3f, %.3f high", i, s, seg.y, seg.h)
			}
			x += seg.w
		}
		if k != len(got[i]) {
			t.Errorf("bar %d has %d segments, want %d", i, len(got[i]), k)
		}
		if sum(values) == 56 && !near2(x, plot.x+plot.w) {
			t.Errorf("a full bar ends at %.3f, not at the plot's end", x)
		}
	}
}

func TestInkOn(t *testing.T) {
	if inkOn(lightColours[model.LightYellow]) != black || inkOn(doneBlue) != white || inkOn(lightColours[model.LightRed]) != white {
		t.Error("figures on coloured segments would not read well")
	}
}
