package overview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// hoverText lies over a one-line label that may be cut off with an
// ellipsis and, while the pointer rests on it, shows the whole text in a
// small pop-up below it: a long commitment or deadline title, or an
// aktör's long name, is otherwise not readable on the overview.
type hoverText struct {
	widget.BaseWidget
	label *widget.Label
	tip   *widget.PopUp
}

// withHover returns l with its hover text laid over it. The label stays
// a label in a container, as the screens' tests read them.
func withHover(l *widget.Label) fyne.CanvasObject {
	h := &hoverText{label: l}
	h.ExtendBaseWidget(h)
	return container.NewStack(l, h)
}

// CreateRenderer implements fyne.Widget: nothing is drawn.
func (h *hoverText) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// cut reports whether the label's text is wider than the label.
func (h *hoverText) cut() bool {
	l := h.label
	return textWidth(l.Text, l.TextStyle) > l.Size().Width
}

// textWidth is the width a label needs to show text on one line.
func textWidth(text string, style fyne.TextStyle) float32 {
	return fyne.MeasureText(text, theme.TextSize(), style).Width + 2*theme.InnerPadding()
}

// MouseIn implements desktop.Hoverable: a text cut off is shown whole.
func (h *hoverText) MouseIn(*desktop.MouseEvent) {
	if h.tip != nil || !h.cut() {
		return
	}
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(h)
	if c == nil {
		return
	}
	text := &widget.Label{Text: h.label.Text, TextStyle: h.label.TextStyle, Wrapping: fyne.TextWrapWord}
	pad := theme.Padding()
	width := min(textWidth(text.Text, text.TextStyle), c.Size().Width*0.8)
	text.Resize(fyne.NewSize(width, 0))
	h.tip = widget.NewPopUp(text, c)
	h.tip.Resize(fyne.NewSize(width+2*pad, text.MinSize().Height+2*pad))
	pos := d.AbsolutePositionForObject(h).AddXY(0, h.Size().Height)
	pos.X = max(min(pos.X, c.Size().Width-h.tip.Size().Width), 0)
	h.tip.ShowAtPosition(pos)
}

// MouseMoved implements desktop.Hoverable.
func (h *hoverText) MouseMoved(*desktop.MouseEvent) {}

// MouseOut implements desktop.Hoverable: the whole text goes.
func (h *hoverText) MouseOut() {
	if h.tip != nil {
		h.tip.Hide()
		h.tip = nil
	}
}
