// Command icongen draws Samverka's icon: three overlapping circles, the
// council's parts working together, on a calm blue-to-teal rounded square.
// Run it with `go generate ./assets` after changing the drawing.
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

const (
	size    = 512
	samples = 4 // per axis, for smooth edges
)

type circle struct{ x, y, r float64 }

var circles = []circle{{256, 205, 112}, {192, 315, 112}, {320, 315, 112}}

func main() {
	out := "icon.png"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			img.SetNRGBA(x, y, pixel(x, y))
		}
	}
	f, err := os.Create(out)
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

// pixel averages the colour of samples×samples points inside the pixel.
func pixel(px, py int) color.NRGBA {
	var r, g, b, a float64
	for sy := 0; sy < samples; sy++ {
		for sx := 0; sx < samples; sx++ {
			x := float64(px) + (float64(sx)+0.5)/samples
			y := float64(py) + (float64(sy)+0.5)/samples
			cr, cg, cb, ca := point(x, y)
			r += cr * ca
			g += cg * ca
			b += cb * ca
			a += ca
		}
	}
	if a == 0 {
		return color.NRGBA{}
	}
	n := float64(samples * samples)
	return color.NRGBA{R: to8(r / a), G: to8(g / a), B: to8(b / a), A: to8(a / n)}
}

func to8(v float64) uint8 { return uint8(math.Round(math.Max(0, math.Min(1, v)) * 255)) }

// point returns the colour at (x, y): straight alpha, components 0..1.
func point(x, y float64) (r, g, b, a float64) {
	if !inRoundedSquare(x, y, 24, 24, size-48, 104) {
		return 0, 0, 0, 0
	}
	t := y / size
	// Deep blue at the top to teal at the bottom.
	r, g, b = lerp(0.12, 0.10, t), lerp(0.31, 0.55, t), lerp(0.53, 0.55, t)
	inside := 0
	for _, c := range circles {
		d := math.Hypot(x-c.x, y-c.y)
		if d <= c.r {
			inside++
		}
		if math.Abs(d-c.r) <= 7 { // the white ring of each circle
			return 1, 1, 1, 1
		}
	}
	// Each circle lays a veil of white; where they overlap it is brighter,
	// and the middle where all three meet is a warm yellow.
	if inside == 3 {
		return 0.98, 0.80, 0.30, 1
	}
	veil := 0.22 * float64(inside)
	return lerp(r, 1, veil), lerp(g, 1, veil), lerp(b, 1, veil), 1
}

func lerp(a, b, t float64) float64 { return a + (b-a)*t }

func inRoundedSquare(x, y, left, top, side, radius float64) bool {
	if x < left || y < top || x > left+side || y > top+side {
		return false
	}
	cx := math.Max(left+radius, math.Min(x, left+side-radius))
	cy := math.Max(top+radius, math.Min(y, top+side-radius))
	return math.Hypot(x-cx, y-cy) <= radius
}
