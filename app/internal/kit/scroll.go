package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// BringIntoView scrolls every scroll that holds o so that o shows, and
// puts the cursor in o when it takes typing: the first problem of a long
// form is where the person looks next.
func BringIntoView(o fyne.CanvasObject) {
	app := fyne.CurrentApp()
	if app == nil {
		return
	}
	c := app.Driver().CanvasForObject(o)
	if c == nil {
		return
	}
	roots := append([]fyne.CanvasObject{c.Content()}, c.Overlays().List()...)
	for _, root := range roots {
		for _, s := range scrollsHolding(root, o) {
			scrollTo(s, o)
		}
	}
	if f, ok := o.(fyne.Focusable); ok {
		if d, ok := o.(fyne.Disableable); !ok || !d.Disabled() {
			c.Focus(f)
		}
	}
}

// scrollTo moves s so that o, inside its content, is in view with a
// little room above it.
func scrollTo(s *container.Scroll, o fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(s.Content).Y
	if y >= s.Offset.Y && y+o.Size().Height <= s.Offset.Y+s.Size().Height {
		return // already in view
	}
	top := max(0, min(y-20, s.Content.Size().Height-s.Size().Height))
	s.ScrollToOffset(fyne.NewPos(s.Offset.X, top))
}

// scrollsHolding returns the scrolls inside root that hold o, outermost
// first. It looks through containers and the widgets that show others
// (scrolls, splits, tabs, cards, pop-ups); others are left out.
func scrollsHolding(root, o fyne.CanvasObject) []*container.Scroll {
	var path []*container.Scroll
	var found []*container.Scroll
	var walk func(x fyne.CanvasObject) bool
	walk = func(x fyne.CanvasObject) bool {
		if x == nil {
			return false
		}
		if x == o {
			found = append([]*container.Scroll(nil), path...)
			return true
		}
		if w, ok := x.(*container.Scroll); ok {
			path = append(path, w)
			ok := walk(w.Content)
			path = path[:len(path)-1]
			return ok
		}
		for _, k := range children(x) {
			if walk(k) {
				return true
			}
		}
		return false
	}
	walk(root)
	return found
}
