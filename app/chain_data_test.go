package app

import (
	"path/filepath"
	"testing"
	"time"

	"samverka/model"
	"samverka/storage"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// TestOverviewFollowUpsCountAsAll checks that the follow-ups made from the
// index's digests give the overview's report what every follow-up gives:
// a commitment followed up only before the period keeps its status, two
// follow-ups of a day keep their order, and a follow-up dated before the
// period at a meeting in it still counts at that meeting.
func TestOverviewFollowUpsCountAsAll(t *testing.T) {
	h := sessiontest.New(t)
	opt := h.StorageOptions("Setup", "PC")
	// Each record is made a second after the one before, so that of the
	// two follow-ups of a day the second is the latest.
	clock := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	opt.Now = func() time.Time {
		clock = clock.Add(time.Second)
		return clock
	}
	d, err := storage.Create(filepath.Join(h.Dir, "Digest.samverka"), &model.Council{Name: "Rådet"}, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	part := &model.Part{Name: "Fryshuset", Kind: model.PartAssociation}
	if err := d.Put(part); err != nil {
		t.Fatal(err)
	}
	old := &model.Commitment{Title: "Gammal", PartID: part.ID, Area: model.AreaCivilSociety, Status: model.StatusPlanned, Start: "2024-01-01", Due: "2027-01-01"}
	twice := &model.Commitment{Title: "Två samma dag", PartID: part.ID, Area: model.AreaSchool, Status: model.StatusPlanned, Start: "2025-01-01", Due: "2027-01-01"}
	meeting := &model.Meeting{Date: "2025-06-10", Kind: model.MeetingCouncil, State: model.StateDraft}
	if err := d.Put(old, twice, meeting); err != nil {
		t.Fatal(err)
	}
	for _, f := range []*model.FollowUp{
		{CommitmentID: old.ID, Date: "2024-03-01", Status: model.StatusOngoing, Light: model.LightGreen},
		{CommitmentID: old.ID, Date: "2024-09-01", Status: model.StatusLate, Light: model.LightRed},
		{CommitmentID: twice.ID, Date: "2025-09-01", Status: model.StatusOngoing, Light: model.LightGreen},
		{CommitmentID: twice.ID, Date: "2025-09-01", Status: model.StatusDone, Light: model.LightYellow},
		{CommitmentID: twice.ID, MeetingID: meeting.ID, Date: "2025-05-30", Status: model.StatusOngoing, Light: model.LightRed},
	} {
		if err := d.Put(f); err != nil {
			t.Fatal(err)
		}
	}
	ds, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	from, today := model.Date("2025-06-01"), model.Date("2026-05-31")
	want := model.BuildReport(ds, from, today, today)
	if want.Total.Late != 1 || want.Total.Done != 1 || len(want.Meetings) != 1 || want.Meetings[0].Red != 1 {
		t.Fatalf("the council is not what the test needs: %+v %+v", want.Total, want.Meetings)
	}
	digests, err := d.FollowUpDigests()
	if err != nil {
		t.Fatal(err)
	}
	ds.FollowUps = session.OverviewFollowUps(digests, from, map[string]bool{meeting.ID: true})
	if len(ds.FollowUps) != 4 {
		t.Errorf("%d follow-ups made, want the 4 the report needs", len(ds.FollowUps))
	}
	assertSameCounts(t, model.BuildReport(ds, from, today, today), want)
}
