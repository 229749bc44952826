package kit

import (
	"math"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/session"
	"samverka/assets"
)

// signPadAspect is the width of the signing area over its height: the
// box the printed agreement draws a signature in has the same shape, so a
// signature prints as it was written.
const signPadAspect = 3.5

// The pad looks like paper whatever the theme, with ink like a pen's.
var (
	padPaper    = assets.Paper.NRGBA()
	padInk      = assets.InkBlue.NRGBA()
	padGuide    = assets.Guide.NRGBA()
	padInkWidth = float32(2.4)
)

// SignPad is a box to sign in with a mouse, touchpad, finger or pen. It
// keeps what is drawn as strokes of points in the pad's own units (0..1 of
// the signing area's width and height), so the signature is the same at
// any size and prints as vector lines. A read-only pad shows a signature.
type SignPad struct {
	widget.BaseWidget

	strokes  [][]model.Point
	drawing  bool // a stroke is being drawn: Dragged adds to the last one
	readOnly bool
	// press is where the mouse button went down, the true start of a
	// stroke; pressed says whether it is known.
	press   fyne.Position
	pressed bool
	min     fyne.Size

	// OnChanged is called after each stroke and after Clear and Undo.
	OnChanged func()
}

// NewSignPad returns an empty pad to sign in.
func NewSignPad() *SignPad {
	p := &SignPad{min: fyne.NewSize(560, 160)}
	p.ExtendBaseWidget(p)
	return p
}

// NewSignatureView returns a small read-only pad that shows strokes.
func NewSignatureView(strokes [][]model.Point) *SignPad {
	p := &SignPad{readOnly: true, min: fyne.NewSize(175, 50)}
	p.strokes = cloneStrokes(strokes)
	p.ExtendBaseWidget(p)
	return p
}

func cloneStrokes(s [][]model.Point) [][]model.Point {
	out := make([][]model.Point, len(s))
	for i, st := range s {
		out[i] = slices.Clone(st)
	}
	return out
}

// Strokes returns a copy of what is drawn.
func (p *SignPad) Strokes() [][]model.Point { return cloneStrokes(p.strokes) }

// SetStrokes shows strokes as drawn.
func (p *SignPad) SetStrokes(strokes [][]model.Point) {
	p.strokes = cloneStrokes(strokes)
	p.Refresh()
}

// Empty reports whether nothing is drawn.
func (p *SignPad) Empty() bool { return len(p.strokes) == 0 }

// Clear removes every stroke ("Rita om").
func (p *SignPad) Clear() {
	p.strokes, p.drawing = nil, false
	p.changed()
}

// Undo removes the last stroke ("Ångra streck").
func (p *SignPad) Undo() {
	if len(p.strokes) > 0 {
		p.strokes = p.strokes[:len(p.strokes)-1]
	}
	p.drawing = false
	p.changed()
}

func (p *SignPad) changed() {
	p.Refresh()
	if p.OnChanged != nil {
		p.OnChanged()
	}
}

// inkBox returns the signing area: the largest box of the pad's shape
// centred in the widget.
func (p *SignPad) inkBox(size fyne.Size) (fyne.Position, fyne.Size) {
	w, h := size.Width, size.Height
	if w/h > signPadAspect {
		w = h * signPadAspect
	} else {
		h = w / signPadAspect
	}
	return fyne.NewPos((size.Width-w)/2, (size.Height-h)/2), fyne.NewSize(w, h)
}

// point returns pos, a position in the widget, in the pad's units, kept
// inside the signing area and rounded to keep files small.
func (p *SignPad) point(pos fyne.Position) model.Point {
	at, box := p.inkBox(p.Size())
	if box.Width <= 0 || box.Height <= 0 {
		return model.Point{}
	}
	unit := func(v, from, length float32) float32 {
		u := min(max((v-from)/length, 0), 1)
		return float32(math.Round(float64(u)*1000) / 1000)
	}
	return model.Point{X: unit(pos.X, at.X, box.Width), Y: unit(pos.Y, at.Y, box.Height)}
}

// Dragged implements fyne.Draggable: the first event of a drag starts a
// stroke where the pointer went down, later ones add to it.
func (p *SignPad) Dragged(e *fyne.DragEvent) {
	if p.readOnly {
		return
	}
	if !p.drawing {
		start := e.Position.Subtract(e.Dragged)
		if p.pressed {
			start = p.press
		}
		p.strokes = append(p.strokes, []model.Point{p.point(start)})
		p.drawing = true
	}
	last := &p.strokes[len(p.strokes)-1]
	pt := p.point(e.Position)
	if prev := (*last)[len(*last)-1]; prev != pt {
		*last = append(*last, pt)
	}
	p.Refresh()
}

// DragEnd implements fyne.Draggable: the stroke is done.
func (p *SignPad) DragEnd() {
	if p.readOnly || !p.drawing {
		return
	}
	p.drawing, p.pressed = false, false
	p.changed()
}

// Tapped implements fyne.Tappable: a tap is a dot, such as over an i.
func (p *SignPad) Tapped(e *fyne.PointEvent) {
	if p.readOnly {
		return
	}
	p.strokes = append(p.strokes, []model.Point{p.point(e.Position)})
	p.pressed = false
	p.changed()
}

// MouseDown implements desktop.Mouseable: it notes where a stroke starts,
// since a drag is reported only once the pointer has moved.
func (p *SignPad) MouseDown(e *desktop.MouseEvent) {
	if e.Button == desktop.MouseButtonPrimary {
		p.press, p.pressed = e.Position, true
	}
}

// MouseUp implements desktop.Mouseable.
func (p *SignPad) MouseUp(*desktop.MouseEvent) {}

// CreateRenderer implements fyne.Widget.
func (p *SignPad) CreateRenderer() fyne.WidgetRenderer {
	r := &signPadRenderer{p: p}
	r.paper = &canvas.Rectangle{FillColor: padPaper, StrokeColor: theme.Color(theme.ColorNameInputBorder), StrokeWidth: 1}
	r.paper.CornerRadius = theme.InputRadiusSize()
	r.baseline = &canvas.Line{StrokeColor: padGuide, StrokeWidth: 1}
	r.mark = canvas.NewText("✕", padGuide)
	r.hint = canvas.NewText(session.Tr("signpad.hint"), padGuide)
	r.hint.TextStyle = fyne.TextStyle{Italic: true}
	r.hint.Alignment = fyne.TextAlignCenter
	r.Refresh()
	return r
}

// signPadRenderer draws the paper, the line to sign on, the hint and the
// ink as line segments (a dot as a small circle).
type signPadRenderer struct {
	p        *SignPad
	paper    *canvas.Rectangle
	baseline *canvas.Line
	mark     *canvas.Text
	hint     *canvas.Text
	ink      []fyne.CanvasObject
	size     fyne.Size
}

func (r *signPadRenderer) Layout(size fyne.Size) {
	r.size = size
	r.paper.Resize(size)
	at, box := r.p.inkBox(size)
	y := at.Y + box.Height*0.75
	r.baseline.Position1 = fyne.NewPos(at.X+box.Width*0.04, y)
	r.baseline.Position2 = fyne.NewPos(at.X+box.Width*0.96, y)
	r.mark.TextSize = max(10, box.Height*0.14)
	r.mark.Move(fyne.NewPos(at.X+box.Width*0.04, y-r.mark.MinSize().Height))
	r.hint.TextSize = max(10, box.Height*0.12)
	r.hint.Resize(fyne.NewSize(size.Width, r.hint.MinSize().Height))
	r.hint.Move(fyne.NewPos(0, at.Y+box.Height*0.35))
	r.placeInk(at, box)
}

// placeInk positions the ink in the signing area at, box.
func (r *signPadRenderer) placeInk(at fyne.Position, box fyne.Size) {
	pos := func(pt model.Point) fyne.Position {
		return fyne.NewPos(at.X+pt.X*box.Width, at.Y+pt.Y*box.Height)
	}
	width := padInkWidth
	if r.p.readOnly {
		width = max(1.2, box.Height/40)
	}
	i := 0
	for _, s := range r.p.strokes {
		if len(s) == 1 {
			c := r.ink[i].(*canvas.Circle)
			centre := pos(s[0])
			c.Move(centre.SubtractXY(width, width))
			c.Resize(fyne.NewSize(2*width, 2*width))
			i++
			continue
		}
		for k := 1; k < len(s); k++ {
			l := r.ink[i].(*canvas.Line)
			l.StrokeWidth = width
			l.Position1, l.Position2 = pos(s[k-1]), pos(s[k])
			i++
		}
	}
}

func (r *signPadRenderer) MinSize() fyne.Size { return r.p.min }

// Refresh makes one ink object per segment of the strokes and lays them out.
func (r *signPadRenderer) Refresh() {
	need := 0
	for _, s := range r.p.strokes {
		need += max(1, len(s)-1)
	}
	ink := r.ink[:0]
	for _, s := range r.p.strokes {
		if len(s) == 1 {
			ink = append(ink, &canvas.Circle{FillColor: padInk})
			continue
		}
		for range len(s) - 1 {
			ink = append(ink, &canvas.Line{StrokeColor: padInk, StrokeWidth: padInkWidth})
		}
	}
	r.ink = ink[:need]
	if r.p.readOnly || !r.p.Empty() {
		r.hint.Hide()
	} else {
		r.hint.Show()
	}
	r.paper.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	if r.size.Width > 0 {
		r.Layout(r.size)
	}
	canvas.Refresh(r.p)
}

func (r *signPadRenderer) Objects() []fyne.CanvasObject {
	objs := []fyne.CanvasObject{r.paper}
	if !r.p.readOnly {
		objs = append(objs, r.baseline, r.mark, r.hint)
	}
	return append(objs, r.ink...)
}

func (r *signPadRenderer) Destroy() {}
