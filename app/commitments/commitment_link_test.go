package commitments

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/model"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// commitmentsOf returns the Åtaganden screen, shown in the harness's window.
func commitmentsOf(h *sessiontest.Harness) *Screen {
	return h.Screen("commitments", func() session.Screen { return New(h.S) }).(*Screen)
}

// TestCommitmentLinksToCause links a commitment to a problem and one of
// its numbered causes in the commitment's editor: the causes offered are
// the chosen problem's, and the link is stored.
func TestCommitmentLinksToCause(t *testing.T) {
	h := sessiontest.New(t)
	path := sessiontest.ChainFile(h)
	h.OpenFile(path)
	sit := &model.Situation{Title: "Lägesbild Testby 2026", Date: sessiontest.TestToday}
	if !h.S.Save(nil, "", nil, sit) {
		t.Fatalf("situation refused: %s", h.Dialog())
	}
	problem := &model.Problem{SituationID: sit.ID, Title: "Otrygghet vid torget", Rank: 1}
	if !h.S.Save(nil, "", nil, problem) {
		t.Fatalf("problem refused: %s", h.Dialog())
	}
	light := &model.Cause{ProblemID: problem.ID, Number: 1, Description: "Dålig belysning"}
	if !h.S.Save(nil, "", nil, light) {
		t.Fatalf("cause refused: %s", h.Dialog())
	}
	bushes := &model.Cause{ProblemID: problem.ID, ParentID: light.ID, Number: 1, Description: "Buskage skymmer sikten"}
	if !h.S.Save(nil, "", nil, bushes) {
		t.Fatalf("sub-cause refused: %s", h.Dialog())
	}

	c := commitmentsOf(h)
	i := slices.IndexFunc(c.shown, func(r *session.CommitmentRow) bool { return r.C.Title == "Nattvandring" })
	c.list.Select(i)
	c.editor.problem.Sel.SetSelected("Otrygghet vid torget")
	if !slices.Contains(c.editor.cause.Sel.Options, "1.1 Buskage skymmer sikten") {
		t.Fatalf("causes offered %q", c.editor.cause.Sel.Options)
	}
	c.editor.cause.Sel.SetSelected("1.1 Buskage skymmer sikten")
	test.Tap(c.editor.save)

	h.Reopen(path)
	for _, cm := range model.Live(h.Stored(path).Commitments) {
		if cm.Title == "Nattvandring" && (cm.ProblemID != problem.ID || cm.CauseID != bushes.ID) {
			t.Fatalf("stored link problem %q cause %q, want %q %q", cm.ProblemID, cm.CauseID, problem.ID, bushes.ID)
		}
	}
}
