package kit

import (
	"strings"

	"samverka/model"
)

// StateOrDraft returns the translation key suffix of a document state;
// a record without one is a draft.
func StateOrDraft(s model.DocState) string {
	if s == "" {
		return string(model.StateDraft)
	}
	return string(s)
}

// MeetingLine is a meeting's date, time, number and place on one line.
func MeetingLine(m *model.Meeting) string {
	parts := []string{string(m.Date)}
	if m.StartTime != "" {
		parts = append(parts, m.StartTime)
	}
	if m.Number != "" {
		parts = append(parts, "("+m.Number+")")
	}
	line := strings.Join(parts, " ")
	if m.Place != "" {
		line += ", " + m.Place
	}
	return line
}
