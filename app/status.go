package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// statusLine is the line at the bottom of the main window: the file's path
// and whether it is saved ("Sparad 14:32", "Sparar…" or what went wrong).
type statusLine struct {
	path    *widget.Label
	state   *widget.Label
	content fyne.CanvasObject
}

func newStatusLine() *statusLine {
	s := &statusLine{
		path:  &widget.Label{Truncation: fyne.TextTruncateEllipsis, SizeName: theme.SizeNameCaptionText},
		state: &widget.Label{Alignment: fyne.TextAlignTrailing, SizeName: theme.SizeNameCaptionText},
	}
	s.content = container.NewBorder(widget.NewSeparator(), nil, nil, s.state, s.path)
	return s
}

// showDocument shows doc's path and its state just after opening.
func (s *statusLine) showDocument(doc *document) {
	s.path.SetText(doc.store.Path())
	switch {
	case doc.store.ReadOnly():
		s.setState(tr("status.readOnly"), false)
	case doc.store.LastSaved().IsZero():
		s.setState(tr("status.opened"), false)
	default:
		s.showSaved(doc.store.LastSaved())
	}
}

// showSaved says when the file was last saved.
func (s *statusLine) showSaved(t time.Time) {
	if t.IsZero() {
		t = time.Now()
	}
	s.setState(tr("status.saved", map[string]any{"Time": t.Local().Format("15:04")}), false)
}

// setState shows text as the save state; problem shows it as an error.
func (s *statusLine) setState(text string, problem bool) {
	s.state.Importance = widget.MediumImportance
	if problem {
		s.state.Importance = widget.DangerImportance
	}
	s.state.SetText(text)
}

// showKeptAs says that saves go to a copy beside the file.
func (s *statusLine) showKeptAs(path string) {
	s.path.SetText(tr("status.keptAs", map[string]any{"Path": path}))
}
