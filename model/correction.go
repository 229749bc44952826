package model

import "slices"

// Corrections returns, for every follow-up in list that a live entry
// corrects, the entry that corrects it last. Follow-ups are append-only,
// so a mistaken entry is never changed or removed: a correction recorded
// after it takes its place, and the mistake stays visible as corrected.
func Corrections(list []*FollowUp) map[string]*FollowUp {
	var out map[string]*FollowUp
	for _, f := range list {
		if f == nil || f.Deleted || f.CorrectsID == "" {
			continue
		}
		if out == nil {
			out = map[string]*FollowUp{}
		}
		if prev := out[f.CorrectsID]; prev == nil || followsAfter(f, prev) {
			out[f.CorrectsID] = f
		}
	}
	return out
}

// Standing returns the follow-ups of list that stand: live, not corrected
// or withdrawn by another entry, and not a withdrawal, in the order of
// list.
func Standing(list []*FollowUp) []*FollowUp {
	corrected := Corrections(list)
	var out []*FollowUp
	for _, f := range list {
		if f != nil && !f.Deleted && !f.Withdrawn && corrected[f.ID] == nil {
			out = append(out, f)
		}
	}
	return out
}

// Withdrawal returns the entry that takes f back, as Ångra records it: f
// no longer stands, and the history keeps both.
func Withdrawal(f *FollowUp) *FollowUp {
	return &FollowUp{CommitmentID: f.CommitmentID, MeetingID: f.MeetingID, Date: f.Date, CorrectsID: f.ID, Withdrawn: true}
}

// FollowUpAt returns the follow-up of commitment commitmentID that stands
// for meeting meetingID in history, nil when none was recorded there.
// When two copies of a file each recorded one, the latest stands.
func FollowUpAt(history []*FollowUp, commitmentID, meetingID string) *FollowUp {
	var at *FollowUp
	for _, f := range Standing(history) {
		if f.CommitmentID == commitmentID && f.MeetingID == meetingID && meetingID != "" {
			if at == nil || followsAfter(f, at) {
				at = f
			}
		}
	}
	return at
}

// SameFollowUp reports whether a and b say the same thing about the same
// commitment at the same meeting: status, light, comment, date, and the
// utfall, delmål met and effect values.
func SameFollowUp(a, b *FollowUp) bool {
	return a.CommitmentID == b.CommitmentID && a.MeetingID == b.MeetingID && a.Date == b.Date &&
		a.Status == b.Status && a.Light == b.Light && a.Comment == b.Comment &&
		a.Outcome == b.Outcome && slices.Equal(a.MilestoneIDs, b.MilestoneIDs) && slices.Equal(a.Effects, b.Effects)
}

// FollowUpToRecord decides what saving entry means, given the history of
// its commitment: a commitment is followed up once per meeting. It
// returns nil when entry repeats what stands for that meeting (a second
// "Spara"), entry marked as correcting the standing one when it says
// something else, and entry itself when it is the meeting's first.
func FollowUpToRecord(history []*FollowUp, entry *FollowUp) *FollowUp {
	at := FollowUpAt(history, entry.CommitmentID, entry.MeetingID)
	switch {
	case at == nil:
		return entry
	case SameFollowUp(at, entry):
		return nil
	}
	entry.CorrectsID = at.ID
	return entry
}
