package year

import (
	"github.com/samber/lo"

	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	fstorage "fyne.io/fyne/v2/storage"

	"samverka/exchange"
	"samverka/model"

	"samverka/app/internal/session"
)

// onExport asks where to save the calendar and writes it.
func (s *Screen) onExport() {
	u := s.ui
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.ShowError(err)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		_ = w.Close()
		if !strings.HasSuffix(strings.ToLower(path), ".ics") {
			_ = os.Remove(path)
			path += ".ics"
		}
		s.ExportTo(path)
	}, u.Win)
	d.SetFileName(strings.TrimSuffix(filepath.Base(u.Doc.Store.Path()), filepath.Ext(u.Doc.Store.Path())) + ".ics")
	d.SetFilter(fstorage.NewExtensionFileFilter([]string{".ics"}))
	if l, err := fstorage.ListerForURI(fstorage.NewFileURI(filepath.Dir(u.Doc.Store.Path()))); err == nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// ExportTo writes the meetings and the årshjul's deadlines of the year
// before and the two after today to path as iCalendar, and says where.
func (s *Screen) ExportTo(path string) {
	u := s.ui
	v := u.Doc.View
	data := exchange.Calendar(exchange.CalendarInput{
		Council: v.Council, Meetings: lo.Values(v.Meetings), Deadlines: s.Deadlines,
		Parts: lo.Values(v.Parts), Today: u.Today(), Lang: session.Language(u.Prefs),
	})
	if err := os.WriteFile(path, data, 0o644); err != nil {
		u.ShowError(model.Errorf(model.CodePermission, "Path", path))
		return
	}
	u.Status.SetState(session.Tr("year.exported", map[string]any{"Path": path}), false)
}
