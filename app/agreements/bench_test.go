package agreements

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/demo"
	"samverka/model"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// stockholmDraft returns the agreements screen on the Stockholm data set
// with a draft of 10 parties and 200 commitments open in the editor.
func stockholmDraft(b *testing.B) *agreementEditor {
	b.Helper()
	h := sessiontest.New(b)
	h.OpenFile(h.DemoFile())
	ds := demo.Generate(demo.Stockholm, 1)
	h.S.Doc.View = session.ViewOf(ds)
	agreementsOf(h)
	draft := &model.Agreement{Meta: model.Meta{ID: model.NewID()}, Title: "Stor överenskommelse", From: "2026-01-01", To: "2026-12-31", Version: 1, State: model.StateDraft}
	for _, p := range ds.Parts[:10] {
		draft.Parties = append(draft.Parties, model.Party{PartID: p.ID, SignerName: "Namn Efternamn"})
	}
	for _, c := range ds.Commitments[:200] {
		draft.CommitmentIDs = append(draft.CommitmentIDs, c.ID)
	}
	return newAgreementEditor(agreementsOf(h), draft)
}

// BenchmarkAgreementOpen is the time to build the editor for that draft.
func BenchmarkAgreementOpen(b *testing.B) {
	e := stockholmDraft(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		newAgreementEditor(e.a, e.before)
	}
}

// BenchmarkAgreementKeystroke is the time from a keystroke in a section
// to the list of what is missing being renewed, for that draft.
func BenchmarkAgreementKeystroke(b *testing.B) {
	e := stockholmDraft(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		test.Type(e.sections[2].entry, "x")
	}
}
