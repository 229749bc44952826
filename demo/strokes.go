package demo

import (
	"math"

	"samverka/model"
)

// strokes returns a made-up handwritten signature: one cursive stroke per
// word of about letters letters, looping like joined-up writing and slanted
// to the right, then a quick underline. Points are in the pad's 0..1 units,
// rounded to three decimals to keep files small.
func (g *generator) strokes(words int) [][]model.Point {
	var out [][]model.Point
	x := 0.05 + 0.05*g.rng.Float64()
	baseline := 0.55 + 0.1*g.rng.Float64()
	slant := 0.25 + 0.2*g.rng.Float64()
	for w := range words {
		letters := g.between(3, 7)
		width := min(0.9-x, (0.08+0.03*g.rng.Float64())*float64(letters))
		if width < 0.1 {
			break
		}
		n := letters * 14
		heights := make([]float64, letters)
		for i := range heights {
			heights[i] = 0.1 + 0.1*g.rng.Float64()
			if g.chance(0.25) {
				heights[i] += 0.15 // an ascender
			}
		}
		if w == 0 {
			heights[0] += 0.15 // a capital
		}
		loop := 0.015 + 0.015*g.rng.Float64()
		var s []model.Point
		for i := 0; i <= n; i++ {
			u := float64(i) / float64(n)
			letter := min(int(u*float64(letters)), letters-1)
			theta := 2 * math.Pi * float64(letters) * u
			h := heights[letter]
			dy := -h * (1 - math.Cos(theta)) / 2 // up and back to the line
			px := x + width*u - loop*math.Sin(theta) - slant*dy
			py := baseline + dy + 0.004*(g.rng.Float64()-0.5)
			s = append(s, point(px, py))
		}
		out = append(out, s)
		x += width + 0.04 + 0.03*g.rng.Float64()
	}
	if g.chance(0.6) {
		var u []model.Point
		y := baseline + 0.08 + 0.05*g.rng.Float64()
		end := min(0.95, x)
		for i := 0; i <= 12; i++ {
			t := float64(i) / 12
			u = append(u, point(0.08+(end-0.08)*t, y-0.03*math.Sin(math.Pi*t)))
		}
		out = append(out, u)
	}
	return out
}

func point(x, y float64) model.Point {
	clamp := func(v float64) float32 {
		v = math.Round(min(1, max(0, v))*1000) / 1000
		return float32(v)
	}
	return model.Point{X: clamp(x), Y: clamp(y)}
}
