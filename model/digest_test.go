package model

import (
	"slices"
	"testing"
	"time"
)

// TestStandingDigestsAsStanding: the follow-up index holds no CorrectsID,
// so the overview counted a corrected follow-up and its correction both.
// The digests that stand are those of the follow-ups Standing returns,
// through corrections, corrections of corrections, a withdrawal and a
// first entry after it, beside follow-ups made outside a meeting.
func TestStandingDigestsAsStanding(t *testing.T) {
	var history []*FollowUp
	record := func(f *FollowUp) *FollowUp {
		t.Helper()
		f.ID = string(rune('a' + len(history)))
		f.Created = time.Date(2026, 12, 3, 18, len(history), 0, 0, time.UTC)
		if f = FollowUpToRecord(history, f); f == nil {
			t.Fatal("nothing recorded")
		}
		history = append(history, f)
		return f
	}
	entry := func(meeting string, status Status) *FollowUp {
		return &FollowUp{CommitmentID: "c", MeetingID: meeting, Date: "2026-12-03", Status: status, Light: LightGreen}
	}
	record(&FollowUp{CommitmentID: "c", Date: "2026-10-01", Status: StatusOngoing, Light: LightYellow})
	record(&FollowUp{CommitmentID: "c", Date: "2026-10-01", Status: StatusLate, Light: LightRed})
	record(entry("m1", StatusDone))
	record(entry("m1", StatusOngoing)) // corrects the first at m1
	record(entry("m1", StatusLate))    // corrects the correction
	w := record(entry("m2", StatusDone))
	w = Withdrawal(w)
	w.Created = time.Date(2026, 12, 3, 19, 0, 0, 0, time.UTC)
	w.ID = "w"
	history = append(history, w)
	record(entry("m3", StatusDone))
	record(entry("m3", StatusCancelled))
	w2 := Withdrawal(history[len(history)-1])
	w2.ID, w2.Created = "w2", time.Date(2026, 12, 3, 20, 0, 0, 0, time.UTC)
	history = append(history, w2)
	record(entry("m3", StatusOngoing)) // the first entry after the withdrawal

	var digests []FollowUpDigest
	for _, f := range history {
		digests = append(digests, FollowUpDigest{ID: f.ID, CommitmentID: f.CommitmentID, MeetingID: f.MeetingID, Date: f.Date, Status: f.Status, Light: f.Light})
	}
	var want, got []string
	for _, f := range Standing(history) {
		want = append(want, f.ID)
	}
	for _, dg := range StandingDigests(digests) {
		got = append(got, dg.ID)
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("standing digests %v, want %v", got, want)
	}
	if len(want) != 4 {
		t.Errorf("standing %v: the history is not what the test needs", want)
	}
}
