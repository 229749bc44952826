package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// PrintButtons returns the enabled buttons with the print icon that show
// inside root: the documents the screen prints (kallelse, protokoll, the
// agreement, the report). Arkiv → Skriv ut… offers them, so that every
// screen's document is printed the same way without each screen telling
// the menu about it.
func PrintButtons(root fyne.CanvasObject) []*widget.Button {
	var found []*widget.Button
	want := theme.DocumentPrintIcon().Name()
	FindIn(root, func(o fyne.CanvasObject) bool {
		if w, ok := o.(*widget.Button); ok && w.Icon != nil && w.Icon.Name() == want && !w.Disabled() && w.OnTapped != nil {
			found = append(found, w)
		}
		return false
	})
	return found
}

// FindIn returns the first object shown inside root that ok accepts, nil
// when none is. It looks through containers and the widgets that show
// others (scrolls, splits, the tab shown, cards), as a screen is built.
func FindIn(root fyne.CanvasObject, ok func(fyne.CanvasObject) bool) fyne.CanvasObject {
	var found fyne.CanvasObject
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if found != nil || o == nil || !o.Visible() {
			return
		}
		if ok(o) {
			found = o
			return
		}
		switch w := o.(type) {
		case *fyne.Container:
			for _, k := range w.Objects {
				walk(k)
			}
		case *container.Scroll:
			walk(w.Content)
		case *container.Split:
			walk(w.Leading)
			walk(w.Trailing)
		case *container.AppTabs:
			if w.Selected() != nil {
				walk(w.Selected().Content)
			}
		case *container.ThemeOverride:
			walk(w.Content)
		case *widget.PopUp:
			walk(w.Content)
		case *widget.Card:
			walk(w.Content)
		}
	}
	walk(root)
	return found
}

// DisableInputs disables every input shown inside root (entries,
// drop-downs, check boxes, radio groups), for a file opened read-only:
// the fields then look as they are, not open for typing. Buttons are left
// to their screens, which know which of them only read.
func DisableInputs(root fyne.CanvasObject) {
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case nil:
		case *widget.Entry, *widget.Select, *widget.SelectEntry, *widget.Check, *widget.RadioGroup, *widget.Slider, *widget.CheckGroup:
			w.(fyne.Disableable).Disable()
		default:
			for _, k := range children(o) {
				walk(k)
			}
		}
	}
	walk(root)
}
