package session_test

import (
	"path/filepath"
	"testing"
	"time"

	"samverka/model"
	"samverka/storage"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// TestOverviewFollowUpsCountCorrectionsOnce: the follow-up index holds no
// CorrectsID, so the overview, which counts from the index, counted a
// corrected follow-up and its correction, and a withdrawn one. Made from
// a real file's digests, the report counts what every follow-up gives.
func TestOverviewFollowUpsCountCorrectionsOnce(t *testing.T) {
	h := sessiontest.New(t)
	opt := h.StorageOptions("Setup", "PC")
	clock := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	opt.Now = func() time.Time {
		clock = clock.Add(time.Second)
		return clock
	}
	d, err := storage.Create(filepath.Join(h.Dir, "Rättelser.samverka"), &model.Council{Name: "Rådet"}, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	part := &model.Part{Name: "Fryshuset", Kind: model.PartAssociation}
	if err := d.Put(part); err != nil {
		t.Fatal(err)
	}
	corrected := &model.Commitment{Title: "Rättad", PartID: part.ID, Area: model.AreaSchool, Status: model.StatusPlanned, Start: "2025-01-01", Due: "2027-01-01"}
	withdrawn := &model.Commitment{Title: "Ångrad", PartID: part.ID, Area: model.AreaSchool, Status: model.StatusPlanned, Start: "2025-01-01", Due: "2027-01-01"}
	meeting := &model.Meeting{Date: "2025-09-10", Kind: model.MeetingCouncil, State: model.StateDraft}
	if err := d.Put(corrected, withdrawn, meeting); err != nil {
		t.Fatal(err)
	}
	record := func(f *model.FollowUp) *model.FollowUp {
		t.Helper()
		ds, err := d.Load()
		if err != nil {
			t.Fatal(err)
		}
		if f = model.FollowUpToRecord(ds.FollowUps, f); f == nil {
			t.Fatal("nothing to record")
		}
		if err := d.Put(f); err != nil {
			t.Fatal(err)
		}
		return f
	}
	at := func(c *model.Commitment, s model.Status, l model.Light) *model.FollowUp {
		return &model.FollowUp{CommitmentID: c.ID, MeetingID: meeting.ID, Date: meeting.Date, Status: s, Light: l}
	}
	record(at(corrected, model.StatusDone, model.LightGreen))
	if f := record(at(corrected, model.StatusLate, model.LightRed)); f.CorrectsID == "" {
		t.Fatal("the second entry does not correct the first")
	}
	if err := d.Put(model.Withdrawal(record(at(withdrawn, model.StatusDone, model.LightGreen)))); err != nil {
		t.Fatal(err)
	}

	ds, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	from, today := model.Date("2025-06-01"), model.Date("2026-05-31")
	want := model.BuildReport(ds, from, today, today)
	if want.FollowUps != 1 || want.Total.Late != 1 || want.Meetings[0].Red != 1 || want.Meetings[0].Green != 0 {
		t.Fatalf("the council is not what the test needs: %d follow-ups, %+v %+v", want.FollowUps, want.Total, want.Meetings)
	}
	digests, err := d.FollowUpDigests()
	if err != nil {
		t.Fatal(err)
	}
	ds.FollowUps = session.OverviewFollowUps(digests, from, map[string]bool{meeting.ID: true})
	got := model.BuildReport(ds, from, today, today)
	if got.FollowUps != want.FollowUps || got.Total != want.Total || got.Meetings[0] != want.Meetings[0] {
		t.Errorf("from the index: %d follow-ups, %+v, %+v\nwant %d, %+v, %+v", got.FollowUps, got.Total, got.Meetings[0],
			want.FollowUps, want.Total, want.Meetings[0])
	}
}
