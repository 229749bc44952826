package agreements

import (
	"slices"
	"time"

	"github.com/samber/lo"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// onSendForSigning sends the draft to signing: what is missing is shown
// first; otherwise, once the user has confirmed that the content is then
// locked, the parties' names and the included commitments are copied into
// it and it is frozen with its fingerprint.
func (e *agreementEditor) onSendForSigning() {
	u := e.a.ui
	ag := e.collect()
	if problems := missingForSigning(ag, u.Doc.View); len(problems) > 0 {
		e.showProblems(problems)
		e.onEdited()
		u.ShowInfo("agreement.sign.notReadyTitle", session.Tr("agreement.sign.notReady"))
		return
	}
	u.Confirm("agreement.sign.sendTitle", session.Tr("agreement.sign.sendMessage", map[string]any{"Title": ag.Title}), "agreement.edit.send", func() {
		v := u.Doc.View
		ag.TakeSnapshot(lo.Values(v.Parts), lo.Values(v.Representatives), commitmentsOf(v))
		// The uppföljningsplan is frozen with the rest: the meetings and
		// the follow-ups of the included commitments as they stand.
		meetings, followUps, err := planSources(u.Doc, ag)
		if err != nil {
			u.ShowError(err)
			return
		}
		ag.TakeFollowUpPlan(meetings, followUps, u.Today())
		ag.Freeze(time.Now())
		if err := u.Doc.Put(ag); err != nil {
			if !e.showProblems(err) {
				u.ShowError(err)
			}
			return
		}
		e.a.afterChange(ag)
		if ed := e.a.editor; ed != nil {
			ed.showTab(ed.signing.content)
		}
		u.Status.SetState(session.Tr("agreement.sign.sent"), false)
	})
}

// agreementSigning is the signing tab: every party with whether it has
// signed, and "Skriv under" for those that have not. When the last party
// signs, the agreement is sealed.
type agreementSigning struct {
	e       *agreementEditor
	intro   *widget.Label
	box     *fyne.Container
	content fyne.CanvasObject
	// signs are the "Skriv under" buttons by party id, dialog the
	// signature dialog on screen, hidden once the party has signed.
	signs  map[string]*widget.Button
	dialog *signatureDialog
	sigs   []*model.Signature
}

func newAgreementSigning(e *agreementEditor) *agreementSigning {
	s := &agreementSigning{e: e, box: container.NewVBox(), signs: map[string]*widget.Button{}}
	s.intro = &widget.Label{Wrapping: fyne.TextWrapWord}
	s.content = container.NewVScroll(container.NewPadded(container.NewVBox(s.intro, s.box)))
	return s
}

// refresh reads the agreement's signatures and shows each party's.
func (s *agreementSigning) refresh() {
	ag := s.e.before
	u := s.e.a.ui
	s.box.RemoveAll()
	s.signs = map[string]*widget.Button{}
	sigs, err := s.e.a.signaturesOf(ag.ID)
	if err != nil {
		s.intro.SetText(session.ErrorText(err))
		return
	}
	s.sigs = sigs
	switch ag.State {
	case model.StateDraft, "":
		s.intro.SetText(session.Tr("agreement.sign.draft"))
		return
	case model.StateForSigning:
		signed := 0
		for _, p := range ag.SigningParties() {
			if signatureOf(ag, p, sigs) != nil {
				signed++
			}
		}
		s.intro.SetText(session.Tr("agreement.sign.forSigning", map[string]any{"Signed": signed, "Count": len(ag.SigningParties())}))
		if next := nextVersionOf(u.Doc.View, ag); next != nil {
			s.intro.SetText(s.intro.Text + "\n\n" + session.Tr("agreement.sign.newerExists", map[string]any{"Version": next.Version}))
		}
	case model.StateSigned:
		s.intro.SetText(session.Tr("agreement.sign.sealed", map[string]any{"Date": model.DateOf(ag.SealedAt.Local())}))
	case model.StateSuperseded:
		s.intro.SetText(session.Tr("agreement.sign.superseded"))
	}
	// Medverkande aktörer do not sign.
	for _, p := range ag.SigningParties() {
		s.box.Add(widget.NewSeparator())
		s.box.Add(s.partyBlock(ag, p))
	}
}

// signatureOf returns party p's signature of the version ag froze, or nil.
func signatureOf(ag *model.Agreement, p model.Party, sigs []*model.Signature) *model.Signature {
	i := slices.IndexFunc(sigs, func(s *model.Signature) bool {
		return s.PartID == p.PartID && s.Fingerprint == ag.Fingerprint && !s.Deleted
	})
	if i < 0 {
		return nil
	}
	return sigs[i]
}

// partyBlock shows a party: who signs, and the signature or the button.
func (s *agreementSigning) partyBlock(ag *model.Agreement, p model.Party) fyne.CanvasObject {
	org := boldLabel(p.Organisation)
	who := p.SignerName
	if p.SignerTitle != "" {
		who += ", " + p.SignerTitle
	}
	signer := widget.NewLabel(who)
	sig := signatureOf(ag, p, s.sigs)
	if sig == nil {
		status := &widget.Label{Text: session.Tr("agreement.sign.waiting"), Importance: widget.WarningImportance}
		left := container.NewVBox(org, signer, status)
		if ag.State != model.StateForSigning {
			return left
		}
		b := &widget.Button{Text: session.Tr("agreement.sign.sign"), Icon: theme.DocumentCreateIcon(), Importance: widget.HighImportance,
			OnTapped: func() { s.onSign(p) }}
		kit.SetDisabled(s.e.a.ui.ReadOnly(), b)
		s.signs[p.PartID] = b
		return container.NewBorder(nil, nil, nil, container.NewCenter(b), left)
	}
	how := "agreement.sign.signedDrawn"
	if sig.Method == model.SignPaper {
		how = "agreement.sign.signedPaper"
	}
	status := &widget.Label{Importance: widget.SuccessImportance, Wrapping: fyne.TextWrapWord,
		Text: session.Tr(how, map[string]any{"Name": sig.SignerName, "Place": sig.Place, "Date": sig.Date})}
	left := container.NewVBox(org, signer, status)
	if len(sig.Strokes) == 0 {
		return left
	}
	return container.NewBorder(nil, nil, nil, kit.NewSignatureView(sig.Strokes), left)
}

// onSign opens the signature dialog for party p.
func (s *agreementSigning) onSign(p model.Party) {
	s.dialog = newSignatureDialog(s, p)
}

// sign records sig, party p's signature. When every party has then signed,
// the agreement is sealed in the same change, and the version it replaces
// is marked as replaced: a signed agreement stays in force until its new
// version is signed, not when the new version is started.
func (s *agreementSigning) sign(sig *model.Signature) error {
	u := s.e.a.ui
	ag := s.e.before
	recs := []model.Record{sig}
	sealed := model.AllSigned(ag, append(slices.Clone(s.sigs), sig))
	var sealedAg *model.Agreement
	if sealed {
		c := *ag
		sealedAg = &c
		sealedAg.Seal(time.Now())
		recs = append(recs, sealedAg)
		if prev := u.Doc.View.Agreements[ag.PreviousID]; prev != nil && (prev.State == model.StateForSigning || prev.State == model.StateSigned) {
			old, err := s.e.a.full(prev.ID)
			if err != nil {
				return err
			}
			old.Supersede(ag.ID)
			recs = append(recs, old)
		}
	}
	if err := u.Doc.Put(recs...); err != nil {
		return err
	}
	// The signature dialog goes before a message shows: hiding a dialog
	// also takes away every dialog shown over it.
	if s.dialog != nil {
		s.dialog.dialog.Hide()
	}
	s.dialog = nil
	if sealedAg != nil {
		s.e.a.afterChange(sealedAg)
		u.ShowInfo("agreement.sign.sealedTitle", session.Tr("agreement.sign.sealedMessage", map[string]any{"Title": ag.Title, "Version": ag.Version}))
	} else {
		s.e.a.afterChange(ag)
		u.Status.SetState(session.Tr("agreement.sign.recorded", map[string]any{"Name": sig.SignerName}), false)
	}
	if ed := s.e.a.editor; ed != nil {
		ed.signing.refresh()
		ed.showTab(ed.signing.content)
	}
	return nil
}
