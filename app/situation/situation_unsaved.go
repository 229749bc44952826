package situation

import (
	"slices"

	"samverka/model"

	"samverka/app/internal/session"
)

// situationUnsaved is what the lägesbild's editor holds that the file does
// not (its details, annan information and analysis, typed but not saved);
// closing the council keeps it (session.Unsaved).
type situationUnsaved struct{ e *situationEditor }

// UnsavedWhat names the lägesbild with edits, "" when it has none.
func (s situationUnsaved) UnsavedWhat() string {
	e := s.e
	u := e.s.ui
	if u.Doc == nil || u.ReadOnly() || e.orphans {
		return ""
	}
	typed := e.collect()
	before := e.before
	if before == nil {
		before = &model.Situation{Date: u.Today()}
	}
	if sameSituationFields(typed, before) {
		return ""
	}
	title := typed.Title
	if title == "" {
		title = before.Title
	}
	return session.Tr("lawgui.unsaved.situation", map[string]any{"Title": title})
}

// SaveUnsaved saves the edits; problems show beside their fields.
func (s situationUnsaved) SaveUnsaved() bool { return s.e.put() }

// sameSituationFields reports whether a and b agree in what the editor's
// fields edit (the tables and problems are saved as they are made).
func sameSituationFields(a, b *model.Situation) bool {
	return a.Title == b.Title && a.Date == b.Date && a.From == b.From && a.To == b.To && a.Area == b.Area &&
		a.Summary == b.Summary && slices.Equal(a.SourcesUsed, b.SourcesUsed) && slices.Equal(a.SourcesLeftOut, b.SourcesLeftOut) &&
		a.Limitations == b.Limitations && a.Marking == b.Marking && slices.Equal(a.Items, b.Items) && a.Analysis == b.Analysis
}
