package agreements

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// signingParts returns n parts of the open council that have someone
// authorised to sign serving today, and that person.
func signingParts(h *sessiontest.Harness, n int) ([]*model.Part, []*model.Representative) {
	h.T.Helper()
	v := h.S.Doc.View
	var parts []*model.Part
	var signers []*model.Representative
	for _, p := range v.PartsByName() {
		for _, r := range v.RepresentativesOf(p.ID) {
			if r.MaySign && r.ActiveOn(sessiontest.TestToday) {
				parts, signers = append(parts, p), append(signers, r)
				break
			}
		}
		if len(parts) == n {
			return parts, signers
		}
	}
	h.T.Fatalf("the demo council has fewer than %d parts with a signatory", n)
	return nil, nil
}

// newDraft creates a draft agreement through the "Ny överenskommelse"
// dialog and returns its editor.
func newDraft(h *sessiontest.Harness, title string) *agreementEditor {
	h.T.Helper()
	agreementsOf(h)
	a := agreementsOf(h)
	test.Tap(a.add)
	d := h.Dialog()
	if d == nil {
		h.T.Fatal("no dialog for a new agreement")
		return nil
	}
	entry := d.FieldEntry(h.T, "title")
	entry.SetText("")
	test.Type(entry, title)
	test.Tap(d.Button("button.create"))
	if a.editor == nil || a.editor.before.Title != title {
		h.T.Fatal("the new agreement is not open in the editor")
	}
	// A new agreement proposes Brå's two signers; the tests choose their
	// own parties.
	e := a.editor
	for len(e.parties.rows) > 0 {
		test.Tap(e.parties.rows[0].remove)
	}
	return e
}

// fillDraft gives the draft three parties, Brå's sections, two
// commitments and an annex, as a chair would, and saves it.
func fillDraft(h *sessiontest.Harness, e *agreementEditor, parts []*model.Part, signers []*model.Representative) {
	h.T.Helper()
	for i, p := range parts {
		test.Tap(e.parties.add)
		row := e.parties.rows[i]
		row.part.Sel.SetSelected(p.Name)
		if row.name.Text != signers[i].Name || row.signatory.ID() != signers[i].ID {
			h.T.Fatalf("party %d: signatory %q (%s) not prefilled with %q", i+1, row.name.Text, row.signatory.ID(), signers[i].Name)
		}
	}
	texts := []string{"Otrygghet vid torget kvällstid.", "Få vuxna ute på kvällarna.",
		"Öka tryggheten vid torget till 70 % i trygghetsmätningen 2027.", "Varje part för logg över sina insatser.",
		"Rådet följer upp varje kvartal.", ""}
	for i, f := range e.sections {
		if texts[i] != "" {
			test.Type(f.entry, texts[i])
		}
	}
	test.Tap(e.commitments.pick)
	picker := h.Dialog()
	if picker == nil || picker.List() == nil {
		h.T.Fatal("no commitment picker")
	}
	list, ticked := picker.List(), 0
	for i := 0; i < list.Length() && ticked < 2; i++ {
		if check := pickerCheck(list, i); check.Visible() {
			test.Tap(check)
			ticked++
		}
	}
	test.Tap(picker.Button("button.ok"))
	if len(e.commitments.ids) != 2 {
		h.T.Fatalf("%d commitments included", len(e.commitments.ids))
	}
	test.Tap(e.annexes.add)
	e.annexes.rows[0].kind.Sel.SetSelected(session.Tr("agreement.annexKind.lagesbild"))
	test.Tap(e.save)
	if e.general.Visible() {
		h.T.Fatalf("problems on save: %s", e.general.Text)
	}
}

// pickerCheck returns the picker's check box of row i, bound as the list
// binds it; a part's heading hides it.
func pickerCheck(list *widget.List, i int) *widget.Check {
	o := list.CreateItem()
	list.UpdateItem(i, o)
	return o.(*fyne.Container).Objects[1].(*widget.Check)
}

// signWithPad signs for the party in the signature dialog by dragging on
// its pad through the window, stroke by stroke.
func signWithPad(h *sessiontest.Harness, s *agreementSigning, partID string, strokes int) {
	h.T.Helper()
	b := s.signs[partID]
	if b == nil {
		h.T.Fatalf("no Skriv under button for %s", partID)
	}
	test.Tap(b)
	d := s.dialog
	if d == nil {
		h.T.Fatal("no signature dialog")
		return
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(d.pad)
	size := d.pad.Size()
	for k := range strokes {
		y := size.Height * (0.3 + 0.15*float32(k))
		test.Drag(h.Win.Canvas(), at.AddXY(size.Width*0.5, y), size.Width*0.3, 10)
	}
	if got := len(d.pad.Strokes()); got != strokes {
		h.T.Fatalf("%d strokes on the pad, want %d", got, strokes)
	}
	test.Tap(d.sign)
}

// TestSignAgreementInTheRoom builds an agreement with three parties,
// sends it for signing and has each party sign on the pad in turn; after
// the third it is sealed. The file, reopened, holds the three drawn
// signatures of the fingerprint that was frozen.
func TestSignAgreementInTheRoom(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	e := newDraft(h, "Trygg vid torget")
	if !strings.Contains(e.missing.Text, session.Tr("agreement.edit.missingParties")) || !strings.Contains(e.missing.Text, session.Tr("field.sections.goals")) {
		t.Fatalf("an empty draft does not say what is missing: %q", e.missing.Text)
	}
	test.Tap(e.send)
	if h.Dialog() == nil || h.Dialog().Message() != session.Tr("agreement.sign.notReady") {
		t.Fatal("an empty draft was not refused for signing")
	}
	h.Confirm("button.ok")
	if got := e.sections[2].problem.Text; got != session.Tr("error.required") {
		t.Fatalf("no problem beside the goals: %q", got)
	}

	parts, signers := signingParts(h, 3)
	fillDraft(h, e, parts, signers)
	if e.missing.Text != session.Tr("agreement.edit.ready") {
		t.Fatalf("still missing: %q", e.missing.Text)
	}

	test.Tap(e.send)
	h.Confirm("agreement.edit.send")
	e = agreementsOf(h).editor
	ag := e.before
	legal, _, _ := model.PartyNames(parts[0])
	if ag.State != model.StateForSigning || ag.Fingerprint == "" || len(ag.Included) != 2 || ag.Parties[0].Organisation != legal {
		t.Fatalf("after sending: state %s, fingerprint %q, %d included, organisation %q", ag.State, ag.Fingerprint, len(ag.Included), ag.Parties[0].Organisation)
	}
	frozen := ag.Fingerprint
	if !e.title.Disabled() || e.save.Visible() || e.send.Visible() || !e.newVersion.Visible() {
		t.Fatal("a frozen agreement's editor is still open for edits")
	}
	if e.tabs.Selected().Content != e.signing.content {
		t.Fatal("the signing tab is not shown after sending")
	}

	s := e.signing
	for i, p := range parts {
		signWithPad(h, s, p.ID, 2+i)
		e = agreementsOf(h).editor
		s = e.signing
		if i < 2 {
			if e.before.State != model.StateForSigning {
				t.Fatalf("sealed after %d signatures", i+1)
			}
			if s.signs[p.ID] != nil {
				t.Fatalf("party %d can sign again", i+1)
			}
		}
	}
	if e.before.State != model.StateSigned || e.before.SealedAt.IsZero() {
		t.Fatalf("not sealed after three signatures: %s", e.before.State)
	}
	if h.Dialog() == nil || h.Dialog().Message() != session.Tr("agreement.sign.sealedMessage", map[string]any{"Title": "Trygg vid torget", "Version": 1}) {
		t.Fatal("no message that the agreement is sealed")
	}
	h.Confirm("button.ok")
	if len(s.signs) != 0 || !strings.Contains(s.intro.Text, "undertecknades av samtliga parter") {
		t.Fatalf("signing tab after sealing: %q, %d buttons", s.intro.Text, len(s.signs))
	}

	id := e.before.ID
	h.Reopen(path)
	h.CloseFile()
	ds := h.Stored(path)
	var stored *model.Agreement
	for _, a := range ds.Agreements {
		if a.ID == id {
			stored = a
		}
	}
	if stored == nil || stored.State != model.StateSigned || stored.Fingerprint != frozen || model.AgreementFingerprint(stored) != frozen {
		t.Fatalf("stored agreement %+v", stored)
	}
	var sigs []*model.Signature
	for _, sg := range ds.Signatures {
		if sg.AgreementID == id {
			sigs = append(sigs, sg)
		}
	}
	if len(sigs) != 3 {
		t.Fatalf("%d signatures stored", len(sigs))
	}
	for _, sg := range sigs {
		i := -1
		for k, p := range parts {
			if p.ID == sg.PartID {
				i = k
			}
		}
		if i < 0 || sg.Method != model.SignDrawn || len(sg.Strokes) != 2+i || len(sg.Strokes[0]) < 2 ||
			sg.Fingerprint != frozen || sg.SignerName != signers[i].Name || sg.Date != sessiontest.TestToday || sg.Place != ds.Council.District {
			t.Fatalf("signature %+v", sg)
		}
	}
}

// TestSignOnPaper records a party that signed on paper: no drawing is
// asked for. A drawn signature with an empty pad is refused in the dialog.
func TestSignOnPaper(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	e := newDraft(h, "Två parter")
	parts, signers := signingParts(h, 2)
	fillDraft(h, e, parts, signers)
	test.Tap(e.send)
	h.Confirm("agreement.edit.send")
	s := agreementsOf(h).editor.signing

	test.Tap(s.signs[parts[0].ID])
	d := s.dialog
	test.Tap(d.sign)
	if !d.padProblem.Visible() || d.padProblem.Text != session.Tr("error.signature.strokes") || s.dialog != d {
		t.Fatalf("an empty pad was accepted: %q", d.padProblem.Text)
	}
	test.Tap(d.onPaper)
	if d.padBox.Visible() {
		t.Fatal("the pad is shown for a signature on paper")
	}
	d.place.SetText("")
	test.Type(d.place, "Stockholm")
	test.Tap(d.sign)
	if s.dialog != nil {
		t.Fatal("the dialog stayed open")
	}
	sigs, err := agreementsOf(h).signaturesOf(agreementsOf(h).editor.before.ID)
	if err != nil || len(sigs) != 1 || sigs[0].Method != model.SignPaper || len(sigs[0].Strokes) != 0 || sigs[0].Place != "Stockholm" {
		t.Fatalf("signatures %+v, %v", sigs, err)
	}
	if agreementsOf(h).editor.before.State != model.StateForSigning {
		t.Fatal("sealed with one of two signatures")
	}
}
