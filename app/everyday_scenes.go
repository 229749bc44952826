package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// The screenshot scenes of issue 19's everyday screens.
const (
	sceneDatePicker = "everyday-date-picker" // a commitment's date with its calendar open
	sceneProblems   = "everyday-problems"    // a commitment saved empty: problems and their count
	scenePrint      = "everyday-print"       // a meeting's protokoll printed: the notice
	sceneGuide      = "everyday-guide"       // Hjälp → Kom igång
	sceneKeys       = "everyday-keys"        // Hjälp → Kortkommandon
)

// everydayScene shows the scene name and reports whether it knew it.
func (u *UI) everydayScene(name string) bool {
	switch name {
	case sceneDatePicker:
		// The new meeting's dialog, its date typed as Swedes write it and
		// its calendar open.
		u.showScreen(screenMeetings)
		if b, ok := u.findOnScreen(func(o fyne.CanvasObject) bool {
			b, ok := o.(*widget.Button)
			return ok && b.Text == session.Tr("meetings.add")
		}).(*widget.Button); ok {
			b.OnTapped()
		}
		if top := u.Win.Canvas().Overlays().Top(); top != nil {
			if e, ok := kit.FindIn(top, func(o fyne.CanvasObject) bool {
				e, ok := o.(*widget.Entry)
				return ok && kit.DateButton(e) != nil
			}).(*widget.Entry); ok {
				e.SetText("3/12")
				// The calendar opens under its field once the field is drawn.
				time.AfterFunc(2*time.Second, func() { fyne.Do(kit.DateButton(e).OnTapped) })
			}
		}
	case sceneProblems:
		u.showScreen(screenCommitments)
		if b, ok := u.findOnScreen(func(o fyne.CanvasObject) bool {
			b, ok := o.(*widget.Button)
			return ok && b.Text == session.Tr("button.save") && !b.Disabled()
		}).(*widget.Button); ok {
			b.OnTapped()
		}
	case scenePrint:
		u.showScreen(screenMeetings)
		if list, ok := u.findOnScreen(func(o fyne.CanvasObject) bool { _, ok := o.(*widget.List); return ok }).(*widget.List); ok {
			list.Select(0)
		}
		if b, ok := u.findOnScreen(func(o fyne.CanvasObject) bool {
			b, ok := o.(*widget.Button)
			return ok && b.Text == session.Tr("meetingEditor.minutesPDF")
		}).(*widget.Button); ok {
			b.OnTapped()
		}
	case sceneGuide:
		u.showGuide()
	case sceneKeys:
		u.showKeys()
	default:
		return false
	}
	return true
}

// findOnScreen returns the first object of the window's content that ok
// accepts.
func (u *UI) findOnScreen(ok func(fyne.CanvasObject) bool) fyne.CanvasObject {
	return kit.FindIn(u.Win.Content(), ok)
}
