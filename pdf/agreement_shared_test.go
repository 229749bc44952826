package pdf

import (
	"strings"
	"testing"

	"samverka/model"
)

// TestAgreementListsASharedCommitmentOnce: a commitment three parts carry
// is one row of the agreement, under the part responsible for it, naming
// the two others; the same after the snapshot of a frozen agreement, whose
// kontrollsumma covers the names.
func TestAgreementListsASharedCommitmentOnce(t *testing.T) {
	in := testAgreement(4, 3, false)
	shared := in.Commitments[1] // part-01's
	shared.Title = "Gemensam nattvandring med polis och bostadsbolag"
	shared.Contributors = []model.Contributor{{PartID: in.Parts[0].ID}, {PartID: in.Parts[3].ID}}
	with := "Medverkande: " + in.Parts[0].Name + ", " + in.Parts[3].Name
	check := func(t *testing.T, in AgreementInput) {
		t.Helper()
		b, _ := mustAgreement(t, in)
		doc := readBack(t, b)
		all := strings.Join(raw(t, doc), " ")
		// The commitments' table runs from its header to the annexes.
		start := strings.Index(all, "Aktör Åtagande Prioriterat område Klart senast Kontaktperson")
		end := strings.Index(all, "Bilaga 1")
		if start < 0 || end < start {
			t.Fatalf("no table of commitments before the annexes:\n%s", all)
		}
		if n := strings.Count(all[start:end], shared.Title); n != 1 {
			t.Errorf("the shared commitment is printed %d times in the commitments:\n%s", n, all[start:end])
		}
		if n := strings.Count(all[strings.Index(all, "Tidsplan"):], shared.Title); n != 1 {
			t.Errorf("the shared commitment is in the tidsplan %d times", n)
		}
		row := squash(in.Parts[1].Name + " " + shared.Title)
		i := strings.Index(all, row)
		if i < 0 {
			t.Fatalf("no row %q under the responsible part", row)
		}
		if next := all[i:min(len(all), i+400)]; !strings.Contains(next, with) {
			t.Errorf("the row does not name the others: %q", next)
		}
	}
	t.Run("Draft", func(t *testing.T) { check(t, in) })
	t.Run("Frozen", func(t *testing.T) {
		a := in.Agreement
		a.TakeSnapshot(in.Parts, in.Representatives, in.Commitments)
		if got := a.Included[1].Contributors; len(got) != 2 || got[0] != in.Parts[0].Name {
			t.Fatalf("snapshot contributors %v", got)
		}
		before := model.AgreementFingerprint(a)
		a.Included[1].Contributors = a.Included[1].Contributors[:1]
		if model.AgreementFingerprint(a) == before {
			t.Error("the kontrollsumma does not cover the medverkande aktörer")
		}
		a.Included[1].Contributors = []string{in.Parts[0].Name, in.Parts[3].Name}
		// The live commitment no longer counts: the frozen copy does.
		shared.Contributors = nil
		check(t, in)
	})
}
