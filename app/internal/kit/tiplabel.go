package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TipLabel is a one-line label that shows its whole text in a small
// pop-up while the pointer rests on it, when the text is cut off (a long
// path, a long title in a list's column).
type TipLabel struct {
	widget.Label
	// Tip is the pop-up while it shows, for tests.
	Tip *widget.PopUp
}

var _ desktop.Hoverable = (*TipLabel)(nil)

// NewTipLabel returns a label that cuts text off with an ellipsis and
// shows it whole on hover.
func NewTipLabel(text string) *TipLabel {
	l := &TipLabel{}
	l.Text = text
	l.Truncation = fyne.TextTruncateEllipsis
	l.ExtendBaseWidget(l)
	return l
}

// CutOff reports whether the label is too narrow for its text.
func (l *TipLabel) CutOff() bool {
	size := theme.TextSize()
	if l.SizeName != "" {
		size = theme.Size(l.SizeName)
	}
	return fyne.MeasureText(l.Text, size, l.TextStyle).Width+2*theme.InnerPadding() > l.Size().Width
}

// MouseIn shows the whole text when it is cut off.
func (l *TipLabel) MouseIn(e *desktop.MouseEvent) {
	if l.Text == "" || !l.CutOff() {
		return
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(l)
	if c == nil {
		return
	}
	text := widget.NewLabel(l.Text)
	text.Wrapping = fyne.TextWrapWord
	l.Tip = widget.NewPopUp(text, c)
	width := min(fyne.MeasureText(l.Text, theme.TextSize(), fyne.TextStyle{}).Width+4*theme.InnerPadding(), c.Size().Width-20)
	l.Tip.Resize(fyne.NewSize(width, l.Tip.MinSize().Height))
	l.Tip.Resize(fyne.NewSize(width, text.MinSize().Height+2*theme.Padding()))
	pos := e.AbsolutePosition.AddXY(0, l.Size().Height)
	pos.X = max(0, min(pos.X, c.Size().Width-width))
	l.Tip.ShowAtPosition(pos)
}

// MouseMoved does nothing; the tip stays while the pointer is on the label.
func (l *TipLabel) MouseMoved(*desktop.MouseEvent) {}

// MouseOut hides the whole text.
func (l *TipLabel) MouseOut() {
	if l.Tip != nil {
		l.Tip.Hide()
		l.Tip = nil
	}
}
