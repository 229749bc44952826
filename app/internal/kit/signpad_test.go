package kit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"samverka/model"
)

// drawOn drags along the points (in the pad's widget coordinates) as one
// stroke, the way the driver reports a drag: each event gives the new
// position and the movement since the last one.
func drawOn(p *SignPad, points ...fyne.Position) {
	for i := 1; i < len(points); i++ {
		p.Dragged(&fyne.DragEvent{
			PointEvent: fyne.PointEvent{Position: points[i]},
			Dragged:    fyne.NewDelta(points[i].X-points[i-1].X, points[i].Y-points[i-1].Y),
		})
	}
	p.DragEnd()
}

func newTestPad(t *testing.T) (*SignPad, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	p := NewSignPad()
	w := test.NewWindow(p)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(700, 200))
	p.Resize(fyne.NewSize(700, 200))
	return p, w
}

func TestSignPadStrokes(t *testing.T) {
	p, _ := newTestPad(t)
	changes := 0
	p.OnChanged = func() { changes++ }
	// The signing area is 3.5:1, centred: 700 × 200 gives a box of
	// exactly 700 × 200, so positions map to units directly.
	drawOn(p, fyne.NewPos(70, 100), fyne.NewPos(140, 60), fyne.NewPos(350, 150))
	drawOn(p, fyne.NewPos(0, 0), fyne.NewPos(-50, 400)) // outside: kept at the edge
	p.Tapped(&fyne.PointEvent{Position: fyne.NewPos(525, 50)})
	want := [][]model.Point{
		{{X: 0.1, Y: 0.5}, {X: 0.2, Y: 0.3}, {X: 0.5, Y: 0.75}},
		{{X: 0, Y: 0}, {X: 0, Y: 1}},
		{{X: 0.75, Y: 0.25}},
	}
	if got := p.Strokes(); !equalStrokes(got, want) {
		t.Fatalf("strokes %v, want %v", got, want)
	}
	if changes != 3 {
		t.Fatalf("OnChanged called %d times, want once per stroke", changes)
	}
	// The ink is drawn: a segment per pair of points and a dot.
	lines, dots := inkObjects(p)
	if lines != 3 || dots != 1 {
		t.Fatalf("%d lines and %d dots drawn", lines, dots)
	}

	p.Undo()
	if got := p.Strokes(); !equalStrokes(got, want[:2]) {
		t.Fatalf("after Ångra streck: %v", got)
	}
	p.Clear()
	if !p.Empty() || changes != 5 {
		t.Fatalf("after Rita om: %v, %d changes", p.Strokes(), changes)
	}
	if lines, dots := inkObjects(p); lines+dots != 0 {
		t.Fatalf("ink left after clearing: %d", lines+dots)
	}
}

// TestSignPadStartsWherePressed: the driver reports a drag only after the
// pointer moved; the stroke still begins where the button went down.
func TestSignPadStartsWherePressed(t *testing.T) {
	p, _ := newTestPad(t)
	p.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(35, 20)}, Button: desktop.MouseButtonPrimary})
	p.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(70, 40)}, Dragged: fyne.NewDelta(20, 10)})
	p.DragEnd()
	want := [][]model.Point{{{X: 0.05, Y: 0.1}, {X: 0.1, Y: 0.2}}}
	if got := p.Strokes(); !equalStrokes(got, want) {
		t.Fatalf("strokes %v, want %v", got, want)
	}
}

// TestSignPadKeepsItsShape: in a wide pad the signing area keeps the
// printed box's shape, centred, so a signature never prints stretched.
func TestSignPadKeepsItsShape(t *testing.T) {
	p, w := newTestPad(t)
	w.Resize(fyne.NewSize(1100, 200))
	p.Resize(fyne.NewSize(1100, 200)) // area 700 × 200 from x = 200
	drawOn(p, fyne.NewPos(200, 0), fyne.NewPos(900, 200))
	want := [][]model.Point{{{X: 0, Y: 0}, {X: 1, Y: 1}}}
	if got := p.Strokes(); !equalStrokes(got, want) {
		t.Fatalf("strokes %v, want %v", got, want)
	}
}

// TestSignPadWithTestDrag drags with Fyne's test driver on the window:
// the pointer arrives at the position, having moved by the delta.
func TestSignPadWithTestDrag(t *testing.T) {
	p, w := newTestPad(t)
	test.Drag(w.Canvas(), fyne.NewPos(350, 100), 70, 20)
	got := p.Strokes()
	if len(got) != 1 || len(got[0]) != 2 || got[0][0] != (model.Point{X: 0.4, Y: 0.4}) || got[0][1] != (model.Point{X: 0.5, Y: 0.5}) {
		t.Fatalf("strokes %v", got)
	}
}

func TestSignatureViewIsReadOnly(t *testing.T) {
	test.NewTempApp(t)
	strokes := [][]model.Point{{{X: 0.1, Y: 0.1}, {X: 0.9, Y: 0.9}}}
	v := NewSignatureView(strokes)
	w := test.NewWindow(v)
	defer w.Close()
	drawOn(v, fyne.NewPos(1, 1), fyne.NewPos(20, 20))
	v.Tapped(&fyne.PointEvent{Position: fyne.NewPos(5, 5)})
	if got := v.Strokes(); !equalStrokes(got, strokes) {
		t.Fatalf("a read-only pad changed: %v", got)
	}
	strokes[0][0].X = 0.5
	if v.Strokes()[0][0].X != 0.1 {
		t.Fatal("the view shares the caller's points")
	}
}

func equalStrokes(a, b [][]model.Point) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false
		}
		for k := range a[i] {
			if a[i][k] != b[i][k] {
				return false
			}
		}
	}
	return true
}

// inkObjects counts the line segments and dots the pad draws.
func inkObjects(p *SignPad) (lines, dots int) {
	r := test.WidgetRenderer(p).(*signPadRenderer)
	for _, o := range r.ink {
		switch o.(type) {
		case *canvas.Line:
			lines++
		case *canvas.Circle:
			dots++
		}
	}
	return lines, dots
}
