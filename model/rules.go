package model

import (
	"slices"
	"time"
)

// CurrentStatus returns where commitment c stands: the status and traffic
// light of its latest follow-up in history, latest by date, then by when it
// was recorded. Follow-ups of other commitments and tombstones in history
// are ignored, and so are entries a later one corrected or withdrew, so
// the caller may pass all follow-ups. Before any follow-up
// it is c's own status (planned when unset) with no light.
func CurrentStatus(c *Commitment, history []*FollowUp) (Status, Light) {
	var latest *FollowUp
	var corrected map[string]*FollowUp
	if slices.ContainsFunc(history, func(f *FollowUp) bool { return f.CorrectsID != "" }) {
		corrected = Corrections(history)
	}
	for _, f := range history {
		if f.Deleted || f.Withdrawn || f.CommitmentID != c.ID || corrected[f.ID] != nil {
			continue
		}
		if latest == nil || followsAfter(f, latest) {
			latest = f
		}
	}
	if latest != nil {
		return latest.Status, latest.Light
	}
	if c.Status.Valid() {
		return c.Status, LightNone
	}
	return StatusPlanned, LightNone
}

// followsAfter reports whether follow-up a comes after b in a history: by
// date, then by when it was recorded, then by id so that the order never
// depends on the order of the list.
func followsAfter(a, b *FollowUp) bool {
	if a.Date != b.Date {
		return a.Date > b.Date
	}
	if !a.Created.Equal(b.Created) {
		return a.Created.After(b.Created)
	}
	return a.ID > b.ID
}

// NextParagraph returns the § number for the next item minuted in year:
// numbering runs per calendar year across all meetings, so it is one more
// than the highest § of that year's meetings, or 1 for the year's first.
func NextParagraph(meetings []*Meeting, year int) int {
	highest := 0
	for _, m := range meetings {
		if m.Deleted || m.Date.Year() != year {
			continue
		}
		for _, it := range m.Agenda {
			highest = max(highest, it.Paragraph)
		}
	}
	return highest + 1
}

// DueThisMonth reports whether commitment c is still open and due later
// this month: its due date lies in today's calendar month, today or after.
// A due date already passed makes it overdue instead (see Overdue), so a
// commitment is never both.
func DueThisMonth(c *Commitment, today Date) bool {
	if c.Deleted || !c.Status.Open() || !c.Due.Valid() || !today.Valid() {
		return false
	}
	return c.Due[:7] == today[:7] && c.Due >= today
}

// StatusAfter returns the status commitment c has once entry is added to
// its history: the status of its latest follow-up, which is entry unless
// a later-dated one exists. Entry counts as recorded after every entry of
// its day already in history.
func StatusAfter(c *Commitment, history []*FollowUp, entry *FollowUp) Status {
	probe := *entry
	for _, f := range history {
		if !f.Created.Before(probe.Created) {
			probe.Created = f.Created.Add(time.Millisecond)
		}
	}
	status, _ := CurrentStatus(c, append(slices.Clone(history), &probe))
	return status
}
