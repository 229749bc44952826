package model

// FollowUpDigest is what the overview needs of a follow-up: everything but
// its comment and meta data, which the data file keeps in its follow-up
// index so it can be read without the follow-ups themselves.
type FollowUpDigest struct {
	ID, CommitmentID, MeetingID string
	Date                        Date
	Status                      Status
	Light                       Light
}

// StandingDigests returns the digests of one commitment's follow-ups, in
// the follow-up index's order (date, then when recorded), that stand, as
// Standing returns the follow-ups: the index holds no CorrectsID, but a
// correction is always recorded later at the meeting of the entry it
// corrects (FollowUpToRecord, Withdrawal) and a withdrawal is the only
// entry without a status. So at each meeting the latest entry stands
// unless it withdraws; entries made outside a meeting all stand.
func StandingDigests(list []FollowUpDigest) []FollowUpDigest {
	latest := map[string]int{}
	for i, dg := range list {
		if dg.MeetingID != "" {
			latest[dg.MeetingID] = i
		}
	}
	out := make([]FollowUpDigest, 0, len(list))
	for i, dg := range list {
		if dg.Status == "" || dg.MeetingID != "" && latest[dg.MeetingID] != i {
			continue
		}
		out = append(out, dg)
	}
	return out
}
