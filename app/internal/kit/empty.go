package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/session"
)

// EmptyNote stands in for a list that has nothing yet: it says what the
// list will hold and what to do first, with a button that does it, so
// that a new council's empty screens are never a blank page.
type EmptyNote struct {
	// Content is the list with the note over it; the screen shows it in
	// the list's place.
	Content *fyne.Container
	Text    *widget.Label
	// Action does what the screen's own add button does.
	Action *widget.Button
	box    *fyne.Container
	add    *widget.Button
}

// NewEmptyNote puts the note of textKey over list; add is the screen's
// button for a new record, whose text, icon, action and disabled state
// the note's button takes over.
func NewEmptyNote(list fyne.CanvasObject, textKey string, add *widget.Button) *EmptyNote {
	n := &EmptyNote{Text: widget.NewLabelWithStyle(session.Tr(textKey), fyne.TextAlignCenter, fyne.TextStyle{}), add: add}
	n.Text.Wrapping = fyne.TextWrapWord
	items := []fyne.CanvasObject{n.Text}
	if add != nil {
		n.Action = &widget.Button{Text: add.Text, Icon: add.Icon, Importance: widget.HighImportance, OnTapped: func() {
			if n.add.OnTapped != nil {
				n.add.OnTapped()
			}
		}}
		items = append(items, container.NewCenter(n.Action))
	}
	gap := canvas.NewRectangle(color.Transparent)
	gap.SetMinSize(fyne.NewSize(0, 48))
	n.box = container.NewVBox(append([]fyne.CanvasObject{gap}, items...)...)
	n.box.Hide()
	n.Content = container.NewStack(list, container.NewPadded(n.box))
	return n
}

// Update shows the note when the list has count rows, 0, and hides it
// otherwise; the note's button is disabled when the screen's is.
func (n *EmptyNote) Update(count int) {
	ShowWhen(count == 0, n.box)
	if n.Action != nil {
		SetDisabled(n.add.Disabled(), n.Action)
	}
}

// Shown reports whether the note shows.
func (n *EmptyNote) Shown() bool { return n.box.Visible() }
