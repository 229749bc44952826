package kit

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"samverka/model"
)

// TestIndicatorChartDrawsTheReadings renders the chart and finds a blue
// dot where each utfall lies, higher values higher up, and none where no
// value was measured.
func TestIndicatorChartDrawsTheReadings(t *testing.T) {
	test.NewTempApp(t)
	c := NewIndicatorChart()
	readings := []model.Reading{{Date: "2025-10-10", Value: 16}, {Date: "2025-11-15", Value: 22}, {Date: "2025-12-14", Value: 31}}
	c.Set(readings, model.NumericGoal{Baseline: 12, Target: 40, Known: true})
	w := test.NewWindow(c)
	w.SetPadded(false)
	defer w.Close()
	size := fyne.NewSize(420, 220)
	w.Resize(size)
	c.Resize(size)
	img := w.Canvas().Capture()
	points := c.Points(c.Size())
	if len(points) != 3 || !(points[0].Y > points[1].Y && points[1].Y > points[2].Y) || !(points[0].X < points[1].X && points[1].X < points[2].X) {
		t.Fatalf("points %v", points)
	}
	scale := float32(img.Bounds().Dx()) / w.Canvas().Size().Width
	blue := func(p fyne.Position) bool {
		p = p.Add(c.Position())
		x, y := int(p.X*scale), int(p.Y*scale)
		for dx := -1; dx <= 1; dx++ {
			for dy := -1; dy <= 1; dy++ {
				if isBlue(img, x+dx, y+dy) {
					return true
				}
			}
		}
		return false
	}
	for i, p := range points {
		if !blue(p) {
			t.Errorf("no dot for %v at %v", readings[i], p)
		}
		if above := p.AddXY(0, -40); blue(above) {
			t.Errorf("blue above %v", readings[i])
		}
	}
}

func isBlue(img image.Image, x, y int) bool {
	r, g, b, _ := img.At(x, y).RGBA()
	d := func(v uint32, w int) int { return max(int(v>>8)-w, w-int(v>>8)) }
	return d(r, int(OutcomeBlue.R)) < 30 && d(g, int(OutcomeBlue.G)) < 30 && d(b, int(OutcomeBlue.B)) < 30
}
