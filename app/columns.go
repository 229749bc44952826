package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// columns lays out a row: the first cell takes what the fixed-width cells
// after it leave.
type columns struct{ widths []float32 }

// Layout implements fyne.Layout.
func (l *columns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	fixed := float32(0)
	for _, w := range l.widths {
		fixed += w + pad
	}
	x := float32(0)
	for i, o := range objs {
		w := size.Width - fixed
		if i > 0 {
			w = l.widths[i-1]
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
func (l *columns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	w := float32(80)
	for _, cw := range l.widths {
		w += cw + theme.Padding()
	}
	return fyne.NewSize(w, h)
}
