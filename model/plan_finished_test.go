package model

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

func TestPlanShowsFinished(t *testing.T) {
	p := Plan{Today: "2026-03-15"}
	row := func(status Status, due, latest Date) PlanRow {
		r := PlanRow{Commitment: &Commitment{Meta: Meta{ID: "co1"}, Due: due}, Status: status}
		if latest != "" {
			r.Latest = &FollowUp{Date: latest}
		}
		return r
	}
	for _, tc := range []struct {
		name                string
		r                   PlanRow
		recent, all, noneOf bool
	}{
		{"NoCommitment", PlanRow{}, true, true, true},
		{"Open", row(StatusOngoing, "2020-01-01", ""), true, true, true},
		{"DoneLately", row(StatusDone, "2020-01-01", "2025-03-15"), true, true, false},
		{"DoneLongAgo", row(StatusDone, "2026-12-01", "2025-03-14"), false, true, false},
		{"CancelledDueLately", row(StatusCancelled, "2025-06-01", ""), true, true, false},
		{"CancelledDueLongAgo", row(StatusCancelled, "2024-06-01", ""), false, true, false},
		{"DoneWithNoDay", row(StatusDone, "", ""), true, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for f, want := range map[Finished]bool{FinishedRecent: tc.recent, FinishedAll: tc.all, FinishedNone: tc.noneOf} {
				if got := p.Shows(tc.r, f); got != want {
					t.Errorf("Shows(%v) = %v, want %v", f, got, want)
				}
			}
		})
	}
	if got := p.FinishedSince(FinishedRecent); got != "2025-03-15" {
		t.Errorf("FinishedSince(recent) = %q", got)
	}
	if got := p.FinishedSince(FinishedAll); got != "" {
		t.Errorf("FinishedSince(all) = %q", got)
	}
	// A plan without a day leaves nothing out by age.
	if !(Plan{}).Shows(row(StatusDone, "2000-01-01", ""), FinishedRecent) {
		t.Error("a plan with no day hides a finished commitment")
	}
}

func TestStatusAfter(t *testing.T) {
	c := validCommitment()
	c.Status = StatusOngoing
	earlier := followUp("f1", "2026-02-01", t0, StatusOngoing, LightGreen)
	later := followUp("f2", "2026-05-01", t0, StatusLate, LightRed)
	sameDay := followUp("f3", "2026-03-01", t0.Add(time.Hour), StatusLate, LightRed)
	entry := &FollowUp{CommitmentID: "co1", Date: "2026-03-01", Status: StatusDone, Light: LightGreen}
	for _, tc := range []struct {
		name    string
		history []*FollowUp
		want    Status
	}{
		{"First", nil, StatusDone},
		{"AfterEarlier", []*FollowUp{earlier}, StatusDone},
		{"BeforeLater", []*FollowUp{earlier, later}, StatusLate},
		{"SameDayRecordedBefore", []*FollowUp{sameDay}, StatusDone},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := StatusAfter(c, tc.history, entry); got != tc.want {
				t.Errorf("StatusAfter = %q, want %q", got, tc.want)
			}
		})
	}
	if !entry.Created.IsZero() {
		t.Error("StatusAfter changed the entry")
	}
}

func TestProblemsIn(t *testing.T) {
	field := FieldErr("title", CodeRequired)
	list := Problems{field, FieldErr("due", CodeRequired)}
	for _, tc := range []struct {
		name string
		err  error
		want int
		ok   bool
	}{
		{"List", list, 2, true},
		{"WrappedList", fmt.Errorf("saving: %w", list), 2, true},
		{"Field", field, 1, true},
		{"WrappedField", fmt.Errorf("saving: %w", field), 1, true},
		{"NoField", Errorf(CodeLocked), 0, false},
		{"Internal", errors.New("disk on fire"), 0, false},
		{"Nil", nil, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := ProblemsIn(tc.err)
			if ok != tc.ok || len(got) != tc.want {
				t.Errorf("ProblemsIn = %v, %v; want %d problems, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}
