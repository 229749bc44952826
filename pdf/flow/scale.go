package flow

import (
	"math"

	"samverka/assets"
)

// Scale returns a chart's value axis for values up to most and down to
// least (0 or below): a round step and the axis' bottom and top, so that
// a handful of grid lines fall on round numbers.
func Scale(least, most float64) (bottom, top, step float64) {
	if most < 0 {
		most = 0
	}
	if least > 0 {
		least = 0
	}
	span := most - least
	if span <= 0 {
		return 0, 1, 0.25
	}
	raw := span / 5
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step = mag
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	bottom = math.Floor(least/step) * step
	top = math.Ceil(most/step) * step
	if top == most && most > 0 && top-bottom < span*1.05 {
		top += step
	}
	return bottom, top, step
}

// Range returns the least and most value of every series (0, 0 without
// any).
func (c *Chart) Range() (least, most float64) {
	first := true
	for _, s := range c.Series {
		for _, v := range s.Values {
			if v == nil {
				continue
			}
			if first || *v < least {
				least = *v
			}
			if first || *v > most {
				most = *v
			}
			first = false
		}
	}
	return least, most
}

// Colour returns series i's colour, from the palette's series colours
// (assets.Series); series beyond them repeat them.
func Colour(i int) [3]uint8 { return assets.Series[i%len(assets.Series)].Bytes() }
