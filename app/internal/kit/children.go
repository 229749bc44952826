package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// children are the objects o holds when o is one of the containers the
// screens are built of (every tab of tabs, hidden or not); nil otherwise.
func children(o fyne.CanvasObject) []fyne.CanvasObject {
	switch w := o.(type) {
	case *fyne.Container:
		return w.Objects
	case *container.Scroll:
		return []fyne.CanvasObject{w.Content}
	case *container.Split:
		return []fyne.CanvasObject{w.Leading, w.Trailing}
	case *container.AppTabs:
		kids := make([]fyne.CanvasObject, 0, len(w.Items))
		for _, t := range w.Items {
			kids = append(kids, t.Content)
		}
		return kids
	case *container.ThemeOverride:
		return []fyne.CanvasObject{w.Content}
	case *widget.Card:
		return []fyne.CanvasObject{w.Content}
	case *widget.PopUp:
		return []fyne.CanvasObject{w.Content}
	}
	return nil
}
