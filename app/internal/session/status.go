package session

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
	Path    *widget.Label
	State   *widget.Label
	Notice  *PrintNotice
	Content fyne.CanvasObject
}

func NewStatusLine() *statusLine {
	s := &statusLine{
		Path:   &widget.Label{Truncation: fyne.TextTruncateEllipsis, SizeName: theme.SizeNameCaptionText},
		State:  &widget.Label{Alignment: fyne.TextAlignTrailing, SizeName: theme.SizeNameCaptionText},
		Notice: newPrintNotice(),
	}
	s.Content = container.NewBorder(container.NewVBox(widget.NewSeparator(), s.Notice.Box), nil, nil, s.State, s.Path)
	return s
}

// ShowDocument shows doc's path and its state just after opening.
func (s *statusLine) ShowDocument(doc *Document) {
	s.Notice.Hide()
	s.Path.SetText(doc.Store.Path())
	switch {
	case doc.Store.ReadOnly():
		s.SetState(Tr("status.readOnly"), false)
	case doc.Store.LastSaved().IsZero():
		s.SetState(Tr("status.opened"), false)
	default:
		s.ShowSaved(doc.Store.LastSaved())
	}
}

// ShowSaved says when the file was last saved.
func (s *statusLine) ShowSaved(t time.Time) {
	if t.IsZero() {
		t = time.Now()
	}
	s.SetState(Tr("status.saved", map[string]any{"Time": t.Local().Format("15:04")}), false)
}

// SetState shows text as the save state; problem shows it as an error.
func (s *statusLine) SetState(text string, problem bool) {
	s.State.Importance = widget.MediumImportance
	if problem {
		s.State.Importance = widget.DangerImportance
	}
	s.State.SetText(text)
}

// ShowKeptAs says that saves go to a copy beside the file.
func (s *statusLine) ShowKeptAs(path string) {
	s.Path.SetText(Tr("status.keptAs", map[string]any{"Path": path}))
}
