package year

import (
	"github.com/samber/lo"

	"os"
	"path/filepath"
	"strings"

	"samverka/exchange"
	"samverka/model"

	"samverka/app/internal/session"
)

// onExport asks where to save the calendar and writes it.
func (s *Screen) onExport() {
	u := s.ui
	name := strings.TrimSuffix(filepath.Base(u.Doc.Store.Path()), filepath.Ext(u.Doc.Store.Path())) + ".ics"
	u.SaveFileDialog("file.calendar.title", session.FilterCalendar, filepath.Dir(u.Doc.Store.Path()), name, s.ExportTo)
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
