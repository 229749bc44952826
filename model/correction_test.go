package model

import (
	"testing"
	"time"
)

func followUpAt(id, meeting string, created int, status Status, comment string) *FollowUp {
	return &FollowUp{
		Meta:         Meta{ID: id, Created: time.Date(2026, 12, 3, 18, created, 0, 0, time.UTC)},
		CommitmentID: "c", MeetingID: meeting, Date: "2026-12-03", Status: status, Light: LightGreen, Comment: comment,
	}
}

// TestSecondSaveRecordsNothing: the chair presses Spara twice on the same
// follow-up; the second saves nothing.
func TestSecondSaveRecordsNothing(t *testing.T) {
	first := followUpAt("f1", "m", 1, StatusOngoing, "Enligt plan")
	if got := FollowUpToRecord(nil, first); got != first || got.CorrectsID != "" {
		t.Fatalf("the first follow-up is %+v, want it recorded as it is", got)
	}
	again := followUpAt("f2", "m", 2, StatusOngoing, "Enligt plan")
	if got := FollowUpToRecord([]*FollowUp{first}, again); got != nil {
		t.Errorf("a second save of the same follow-up records %+v", got)
	}
	// At the next meeting it is a new entry in the history.
	next := followUpAt("f3", "m2", 3, StatusOngoing, "Enligt plan")
	if got := FollowUpToRecord([]*FollowUp{first}, next); got != next || got.CorrectsID != "" {
		t.Errorf("the next meeting's follow-up is %+v", got)
	}
}

// TestCorrectingAFollowUp: a mistaken follow-up saved at this meeting is
// corrected by saving what is right; the mistake stays in the history but
// no longer stands, and the commitment's status is the correction's.
func TestCorrectingAFollowUp(t *testing.T) {
	wrong := followUpAt("f1", "m", 1, StatusDone, "Klar")
	right := FollowUpToRecord([]*FollowUp{wrong}, followUpAt("f2", "m", 2, StatusOngoing, "Pågår, halvvägs"))
	if right == nil || right.CorrectsID != "f1" {
		t.Fatalf("the correction is %+v, want it to correct f1", right)
	}
	history := []*FollowUp{wrong, right}
	if got := Corrections(history)["f1"]; got != right {
		t.Errorf("f1 is corrected by %v", got)
	}
	standing := Standing(history)
	if len(standing) != 1 || standing[0] != right {
		t.Errorf("standing = %v, want only the correction", standing)
	}
	if at := FollowUpAt(history, "c", "m"); at != right {
		t.Errorf("FollowUpAt = %v", at)
	}
	if st, _ := CurrentStatus(&Commitment{Meta: Meta{ID: "c"}}, history); st != StatusOngoing {
		t.Errorf("status after the correction = %s, want %s", st, StatusOngoing)
	}
	// Saving the correction again records nothing; correcting it again
	// corrects the correction.
	if got := FollowUpToRecord(history, followUpAt("f3", "m", 3, StatusOngoing, "Pågår, halvvägs")); got != nil {
		t.Errorf("saving the correction again records %+v", got)
	}
	third := FollowUpToRecord(history, followUpAt("f3", "m", 3, StatusLate, "Försenad"))
	if third == nil || third.CorrectsID != "f2" {
		t.Errorf("a second correction is %+v, want it to correct f2", third)
	}
	// A removed correction (a tombstone after undo) lets the entry stand.
	right.Deleted = true
	if at := FollowUpAt(history, "c", "m"); at != wrong {
		t.Errorf("with the correction removed FollowUpAt = %v, want f1", at)
	}
}

// TestWithdrawingAFollowUp: Ångra of a follow-up records a withdrawal;
// neither stands, the commitment is where it was before, and the next
// save at the meeting is its first again.
func TestWithdrawingAFollowUp(t *testing.T) {
	earlier := followUpAt("f0", "m0", 0, StatusOngoing, "Förra mötet")
	earlier.Date = "2026-11-03"
	entry := followUpAt("f1", "m", 1, StatusDone, "Klar")
	w := Withdrawal(entry)
	w.ID, w.Created = "w1", entry.Created.Add(time.Minute)
	if p := Validate(w); len(p) != 0 {
		t.Fatalf("a withdrawal has problems: %v", p)
	}
	if p := Validate(&FollowUp{Meta: Meta{ID: "x"}, CommitmentID: "c", Date: "2026-12-03", Withdrawn: true}); p.For("correctsId") == nil {
		t.Error("a withdrawal that names nothing is accepted")
	}
	history := []*FollowUp{earlier, entry, w}
	if got := Standing(history); len(got) != 1 || got[0] != earlier {
		t.Errorf("standing = %v, want only the earlier meeting's", got)
	}
	if st, light := CurrentStatus(&Commitment{Meta: Meta{ID: "c"}}, history); st != StatusOngoing || light != LightGreen {
		t.Errorf("after the withdrawal the commitment is %s/%s, want as before it", st, light)
	}
	again := FollowUpToRecord(history, followUpAt("f2", "m", 2, StatusDone, "Klar"))
	if again == nil || again.CorrectsID != "" {
		t.Errorf("after a withdrawal the same follow-up records %+v, want a first entry", again)
	}
	if CheckChange(entry, w) == nil {
		t.Error("a withdrawal could replace the entry it withdraws")
	}
}
