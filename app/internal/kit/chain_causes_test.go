package kit

import (
	"slices"
	"testing"

	"samverka/model"
)

// TestCauseTreeAgreesWithThePlan checks that the Lägesbild screen numbers
// causes exactly as the åtgärdsplan does, also where the numbers repeat,
// leave gaps, are missing or where parents form a cycle.
func TestCauseTreeAgreesWithThePlan(t *testing.T) {
	p := &model.Problem{Meta: model.Meta{ID: "p"}, Title: "Otrygghet"}
	other := &model.Problem{Meta: model.Meta{ID: "q"}, Title: "Annat"}
	cause := func(id, parent string, n int, desc string) *model.Cause {
		return &model.Cause{Meta: model.Meta{ID: id}, ProblemID: "p", ParentID: parent, Number: n, Description: desc}
	}
	causes := []*model.Cause{
		cause("a", "", 1, "Dålig belysning"),
		cause("b", "", 1, "Få vuxna ute"), // repeats 1: becomes 2
		cause("c", "", 5, "Trängsel"),     // a gap: keeps 5
		cause("d", "", 0, "Okänt"),        // unnumbered: last, 6
		cause("a1", "a", 2, "Trasiga lampor"),
		cause("a2", "a", 2, "Buskage"),
		cause("a2x", "a2", 1, "Ingen klipper"),
		cause("x", "y", 1, "Cykel x"), // x and y are each other's parent
		cause("y", "x", 2, "Cykel y"),
		cause("s", "s", 3, "Sin egen förälder"),
		{Meta: model.Meta{ID: "z"}, ProblemID: "q", ParentID: "a", Number: 1, Description: "Annat problems orsak"},
	}
	ds := &model.Dataset{Problems: []*model.Problem{p, other}, Causes: causes}
	plan := model.BuildPlan(ds, "2026-01-15")
	want := map[string]string{}
	var wantOrder []string
	for _, g := range plan.Groups {
		if g.Problem.ID != "p" {
			continue
		}
		for _, r := range g.Rows {
			if r.Cause != nil {
				want[r.Cause.ID] = r.CauseLabel
				wantOrder = append(wantOrder, r.Cause.ID)
			}
		}
	}
	var mine []*model.Cause
	for _, c := range causes {
		if c.ProblemID == "p" {
			mine = append(mine, c)
		}
	}
	tree := CauseTree(mine)
	var order []string
	for _, n := range tree {
		order = append(order, n.Cause.ID)
		if want[n.Cause.ID] != n.Label {
			t.Errorf("cause %s: labelled %q here, %q in the plan", n.Cause.ID, n.Label, want[n.Cause.ID])
		}
	}
	if !slices.Equal(order, wantOrder) {
		t.Errorf("order %v, the plan's %v", order, wantOrder)
	}
	// The plain cases, spelled out.
	for id, label := range map[string]string{"a": "1", "a2": "1.2", "a2x": "1.2.1", "a1": "1.3", "b": "2", "c": "5", "d": "6"} {
		if want[id] != label {
			t.Errorf("cause %s is %q, want %q", id, want[id], label)
		}
	}
	for _, n := range tree {
		if n.Cause.ID == "a2x" && n.Depth != 2 {
			t.Errorf("a sub-sub-cause at depth %d", n.Depth)
		}
	}
}
