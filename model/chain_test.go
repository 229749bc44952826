package model

import (
	"slices"
	"testing"
	"time"
)

// planOrderDS is a council whose records come in no useful order: two
// lägesbilder, ranked and unranked problems, a cause tree three deep and
// commitments linked in every way the plan distinguishes.
func planOrderDS() *Dataset {
	return chainDS(
		&Situation{Meta: Meta{ID: "s0"}, Title: "Lägesbild 2025", Date: "2025-02-01"},
		aProblem("B", "Skadegörelse", 2),
		aProblem("A", "Otrygghet i centrum", 1),
		aProblem("U", "Ej rangordnat", 0),
		tweaked(aProblem("O", "Gammalt problem", 1), func(p *Problem) { p.SituationID = "s0" }),
		tweaked(aProblem("L", "Utan lägesbild", 1), func(p *Problem) { p.SituationID = "" }),
		tombstone(aProblem("X", "Borttaget", 1)),
		aCause("c1", "A", "", 2),
		aCause("c2", "A", "", 1),
		aCause("c3", "A", "c1", 1),
		aCause("c4", "A", "c1", 2),
		aCause("c5", "A", "c3", 1),
		tombstone(aCause("c6", "A", "", 3)),
		aCause("cx", "X", "", 1), // its problem is deleted
		tweaked(aCommitment("k1", "c1", "A"), func(c *Commitment) { c.Start = "2026-03-01" }),
		tweaked(aCommitment("k2", "c1", "A"), func(c *Commitment) { c.Start = "2026-02-01" }),
		aCommitment("k3", "", "A"),
		aCommitment("k4", "", ""),
		aCommitment("k5", "c6", "B"), // deleted cause: falls back on the problem
		aCommitment("k6", "cx", "X"), // cause and problem deleted: unlinked
		tombstone(aCommitment("k7", "c2", "A")),
		aCommitment("k8", "c5", "B"), // the cause wins over a stray problem id
		aCommitment("k9", "c4", "A"),
	)
}

func TestBuildPlanOrder(t *testing.T) {
	want := []string{
		"A 1:_ 2:k2 2:k1 2.1:_ 2.1.1:k8 2.2:k9 _:k3",
		"B _:k5",
		"U",
		"O",
		"L",
		"- _:k4 _:k6",
	}
	ds := planOrderDS()
	for seed := range uint64(5) {
		got := planLayout(BuildPlan(shuffledDataset(ds, seed), chainToday))
		if !slices.Equal(got, want) {
			t.Fatalf("seed %d: plan\n%q\nwant\n%q", seed, got, want)
		}
	}
	p := BuildPlan(ds, chainToday)
	if g := p.Groups[0]; g.Situation == nil || g.Situation.ID != "s1" {
		t.Errorf("group A's lägesbild: %+v", g.Situation)
	}
	if g := p.Groups[4]; g.Situation != nil {
		t.Errorf("a problem of no lägesbild got %+v", g.Situation)
	}
	if r := p.Groups[0].Rows[0]; r.Cause == nil || r.Cause.ID != "c2" {
		t.Errorf("first row's cause: %+v", r.Cause)
	}
}

func TestBuildPlanCauseTreeOddities(t *testing.T) {
	ds := chainDS(
		aProblem("A", "A", 1), aProblem("B", "B", 2),
		aCause("a1", "A", "a2", 1), aCause("a2", "A", "a1", 2), // a cycle
		aCause("a3", "A", "a3", 3), // its own parent
		aCause("b1", "B", "a1", 1), // parent in another problem
		aCause("b2", "B", "", 0),   // no number: its place
		aCause("b3", "B", "gone", 0),
	)
	got := planLayout(BuildPlan(ds, chainToday))
	want := []string{"A 3:_ 4:_ 4.2:_", "B 1:_ 2:_ 3:_"}
	if !slices.Equal(got, want) {
		t.Errorf("plan %q, want %q", got, want)
	}
}

func TestBuildPlanRowColumns(t *testing.T) {
	recorded := func(f *FollowUp, hour int) *FollowUp {
		f.Created = f.Date.Time().Add(time.Duration(hour) * time.Hour)
		return f
	}
	ds := chainDS(
		aProblem("A", "A", 1), aCause("c1", "A", "", 1),
		aCommitment("k1", "c1", "A"),
		tweaked(aCommitment("k2", "c1", "A"), func(c *Commitment) {
			c.PartID, c.ContactID, c.Due, c.Status = "p2", "r2", "2026-04-01", StatusOngoing
		}),
		tweaked(aCommitment("k3", "c1", "A"), func(c *Commitment) { c.PartID, c.ContactID, c.Due = "nope", "", "2026-04-01" }),
		recorded(aFollowUp("f1", "k1", "2026-03-10", StatusOngoing, LightGreen), 18),
		recorded(aFollowUp("f2", "k1", "2026-03-10", StatusLate, LightRed), 20), // same day, recorded later
		recorded(aFollowUp("f3", "k1", "2026-03-10", StatusOngoing, LightYellow), 19),
		tombstone(aFollowUp("f4", "k1", "2026-04-10", StatusDone, LightGreen)), // deleted: ignored
		aFollowUp("f5", "k3", "2026-02-10", StatusDone, LightGreen),
		aFollowUp("f6", "gone", "2026-02-10", StatusDone, LightGreen),
	)
	rows := BuildPlan(shuffledDataset(ds, 3), chainToday).Groups[0].Rows
	if len(rows) != 3 {
		t.Fatalf("%d rows", len(rows))
	}
	// k2 and k3 start with k1 but are due first; titles order them.
	r := rows[0] // deleted part and contact, open past its due date
	if r.Commitment.ID != "k2" || r.Part != "" || r.Contact != "" || r.Latest != nil || r.Status != StatusOngoing || r.Light != LightNone || !r.Overdue || r.FollowUps != 0 {
		t.Errorf("k2 row: %+v", r)
	}
	r = rows[1] // unknown part, no contact, done by a follow-up
	if r.Commitment.ID != "k3" || r.Part != "" || r.Contact != "" || r.Status != StatusDone || r.Overdue || r.FollowUps != 1 {
		t.Errorf("k3 row: %+v", r)
	}
	r = rows[2]
	if r.Commitment.ID != "k1" || r.Part != "Lokalpolisområde Skärholmen" || r.Contact != "Anna Andersson" || r.CauseLabel != "1" {
		t.Errorf("k1 row: %+v", r)
	}
	if r.Latest == nil || r.Latest.ID != "f2" || r.Status != StatusLate || r.Light != LightRed || r.FollowUps != 3 || r.Overdue {
		t.Errorf("k1 follow-up: latest %+v, %s %s, %d follow-ups, overdue %v", r.Latest, r.Status, r.Light, r.FollowUps, r.Overdue)
	}
	if s, l := CurrentStatus(r.Commitment, ds.FollowUps); s != r.Status || l != r.Light {
		t.Errorf("row says %s %s, CurrentStatus %s %s", r.Status, r.Light, s, l)
	}
}

func TestBuildPlanEmpty(t *testing.T) {
	for name, ds := range map[string]*Dataset{"nil": nil, "empty": {}, "council only": chainDS()} {
		p := BuildPlan(ds, chainToday)
		if len(p.Groups) != 0 || len(p.Warnings) != 0 || p.Today != chainToday {
			t.Errorf("%s: %+v", name, p)
		}
		if w := ChainWarnings(ds, chainToday); len(w) != 0 {
			t.Errorf("%s: warnings %v", name, warningCodes(w))
		}
	}
}

func TestBuildPlanCarriesWarnings(t *testing.T) {
	ds := planOrderDS()
	p := BuildPlan(ds, chainToday)
	if got, want := warningCodes(p.Warnings), warningCodes(ChainWarnings(ds, chainToday)); !slices.Equal(got, want) || len(got) == 0 {
		t.Errorf("plan warnings %q, ChainWarnings %q", got, want)
	}
}
