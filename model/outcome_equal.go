package model

import "slices"

// sameFollowUp reports whether two follow-ups are equal in every field.
// Field by field rather than reflect.DeepEqual, because merge compares
// every follow-up and this is many times faster; TestSameRecordSeesEveryField
// fails when a new field is left out here.
func sameFollowUp(x, y *FollowUp) bool {
	return x.Meta == y.Meta && x.CommitmentID == y.CommitmentID && x.MeetingID == y.MeetingID &&
		x.Date == y.Date && x.Status == y.Status && x.Light == y.Light && x.Comment == y.Comment &&
		x.Outcome == y.Outcome && x.CorrectsID == y.CorrectsID && x.Withdrawn == y.Withdrawn &&
		slices.Equal(x.MilestoneIDs, y.MilestoneIDs) && slices.Equal(x.Effects, y.Effects)
}

// sameCommitment reports whether two commitments are equal in every field,
// as sameFollowUp does for follow-ups.
func sameCommitment(x, y *Commitment) bool {
	return x.Meta == y.Meta && x.Title == y.Title && x.Description == y.Description &&
		x.PartID == y.PartID && x.ContactID == y.ContactID && x.ProblemID == y.ProblemID &&
		x.CauseID == y.CauseID && x.Area == y.Area && x.SubArea == y.SubArea && x.MethodID == y.MethodID && x.Goal == y.Goal &&
		x.Start == y.Start && x.Due == y.Due && x.OneOff == y.OneOff && x.Status == y.Status &&
		x.MeetingID == y.MeetingID && x.Paragraph == y.Paragraph && x.Resources == y.Resources &&
		slices.Equal(x.Milestones, y.Milestones) && slices.Equal(x.Contributors, y.Contributors)
}
