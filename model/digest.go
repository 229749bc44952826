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
