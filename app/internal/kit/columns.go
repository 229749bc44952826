package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Columns lays out a row: the first cell takes what the fixed-width cells
// after it leave.
type Columns struct{ Widths []float32 }

// Layout implements fyne.Layout.
func (l *Columns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	fixed := float32(0)
	for _, w := range l.Widths {
		fixed += w + pad
	}
	x := float32(0)
	for i, o := range objs {
		w := size.Width - fixed
		if i > 0 {
			w = l.Widths[i-1]
		}
		if w < 0 {
			w = 0
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + pad
	}
}

// MinSize implements fyne.Layout.
func (l *Columns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	w := float32(80)
	for _, cw := range l.Widths {
		w += cw + theme.Padding()
	}
	return fyne.NewSize(w, h)
}
