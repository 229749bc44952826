package storage

import (
	"testing"

	"samverka/model"
)

// TestAdoptedPlanIsLocked fastställer a plan in a real file: after that,
// storage refuses a change to it and its deletion, as it does for a
// signed agreement, and lets it be superseded.
func TestAdoptedPlanIsLocked(t *testing.T) {
	d, _ := mustCreate(t)
	ds := fullDataset(d.Council(), 2, 1)
	ds.Commitments[0].ProblemID = "prob-1"
	if err := d.Import(ds); err != nil {
		t.Fatal(err)
	}
	all, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	r, err := d.Get(model.KindPlan, "plan-1")
	if err != nil {
		t.Fatal(err)
	}
	p := r.(*model.ActionPlan)
	dec := model.PlanDecision{By: "Stadsdelsnämnden i Skärholmen", Date: "2025-02-20", Paragraph: "§ 12", Diarienummer: "SDN 2025/41"}
	if err := p.Adopt(dec, model.BuildPlanFor(all, p.SituationID, "2025-02-20"), d.opt.Now()); err != nil {
		t.Fatal(err)
	}
	if err := d.Put(p); err != nil {
		t.Fatalf("fastställ refused: %v", err)
	}
	if len(p.Entries) == 0 {
		t.Fatal("the fastställd plan holds no rows")
	}
	changed := *p
	changed.Entries = append([]model.PlanEntry(nil), p.Entries...)
	changed.Entries[0].Measure = "Något annat"
	if err := d.Put(&changed); model.CodeOf(err) != model.CodeLockedRecord {
		t.Fatalf("change of a fastställd plan: want %s, got %v", model.CodeLockedRecord, err)
	}
	if err := d.Delete(model.KindPlan, p.ID); model.CodeOf(err) != model.CodeLockedRecord {
		t.Fatalf("deletion of a fastställd plan: want %s, got %v", model.CodeLockedRecord, err)
	}
	r, _ = d.Get(model.KindPlan, p.ID)
	if got := r.(*model.ActionPlan); got.Entries[0].Measure != p.Entries[0].Measure || got.Fingerprint != p.Fingerprint {
		t.Fatalf("the stored plan changed: %+v", got)
	}
	got := r.(*model.ActionPlan)
	got.Supersede("plan-2")
	if err := d.Put(got); err != nil {
		t.Fatalf("superseding refused: %v", err)
	}
}
