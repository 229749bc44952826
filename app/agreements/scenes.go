package agreements

import (
	"math"

	"samverka/model"
)

// Screens of agreements that Screenshot can show.
const (
	screenAgreement         = "agreement"          // the first agreement open
	screenAgreementEdit     = "agreement-edit"     // a draft in the editor
	screenAgreementSign     = "agreement-sign"     // signing in the room, a signature drawn
	screenAgreementVerify   = "agreement-verify"   // a fingerprint verified
	screenAgreementVersions = "agreement-versions" // two versions compared
	screenAgreementParties  = "agreement-parties"  // a draft's parties: genom, org.nr, diarienummer, signing or medverkande
	screenAgreementClauses  = "agreement-clauses"  // a draft's standard clauses
)

// Scenes are the screenshot scenes ShowScene shows.
var Scenes = []string{screenAgreement, screenAgreementEdit, screenAgreementSign, screenAgreementVerify, screenAgreementVersions,
	screenAgreementParties, screenAgreementClauses}

// ShowScene shows one of the agreement screens above for a screenshot,
// with an agreement of the right kind from the open council.
func (a *Screen) ShowScene(name string) {
	if name == screenAgreement {
		if len(a.shown) > 0 {
			a.list.Select(0)
		}
		return
	}
	pick := func(ok func(*model.Agreement) bool) *model.Agreement {
		for _, ag := range a.shown {
			if ok(ag) {
				return ag
			}
		}
		if len(a.shown) > 0 {
			return a.shown[0]
		}
		return nil
	}
	switch name {
	case screenAgreementEdit:
		if ag := pick(func(x *model.Agreement) bool { return !x.State.Locked() }); ag != nil {
			a.show(ag.ID)
		}
	case screenAgreementParties, screenAgreementClauses:
		ag := pick(func(x *model.Agreement) bool { return !x.State.Locked() && len(x.SigningParties()) < len(x.Parties) })
		if ag == nil {
			return
		}
		a.show(ag.ID)
		tab := a.editor.tabs.Items[1]
		if name == screenAgreementClauses {
			tab = a.editor.tabs.Items[2]
		}
		a.editor.tabs.Select(tab)
	case screenAgreementSign:
		ag := pick(func(x *model.Agreement) bool { return x.State == model.StateForSigning })
		if ag == nil {
			return
		}
		a.show(ag.ID)
		s := a.editor.signing
		a.editor.showTab(s.content)
		for _, p := range a.editor.before.Parties {
			if b := s.signs[p.PartID]; b != nil {
				b.OnTapped()
				s.dialog.pad.SetStrokes(sampleSignature())
				s.dialog.onPadChanged()
				break
			}
		}
	case screenAgreementVerify:
		ag := pick(func(x *model.Agreement) bool { return x.State == model.StateSigned })
		if ag == nil {
			return
		}
		a.show(ag.ID)
		a.onVerify()
		a.verifier.entry.SetText(model.ShortFingerprint(ag.Fingerprint))
	case screenAgreementVersions:
		ag := pick(func(x *model.Agreement) bool { return x.Version > 1 })
		if ag == nil {
			return
		}
		a.show(ag.ID)
		a.editor.showTab(a.editor.versions.content)
	}
}

// sampleSignature is a handwritten-looking name for screenshots: two
// looping words and a flourish under them.
func sampleSignature() [][]model.Point {
	word := func(x0, width float64, letters int) []model.Point {
		var s []model.Point
		n := letters * 16
		for i := 0; i <= n; i++ {
			u := float64(i) / float64(n)
			theta := 2 * math.Pi * float64(letters) * u
			h := 0.22 + 0.08*math.Sin(float64(i)/7)
			dy := -h * (1 - math.Cos(theta)) / 2
			s = append(s, model.Point{X: float32(x0 + width*u - 0.02*math.Sin(theta) - 0.3*dy), Y: float32(0.62 + dy)})
		}
		return s
	}
	var flourish []model.Point
	for i := 0; i <= 20; i++ {
		t := float64(i) / 20
		flourish = append(flourish, model.Point{X: float32(0.1 + 0.7*t), Y: float32(0.8 - 0.05*math.Sin(math.Pi*t))})
	}
	return [][]model.Point{word(0.1, 0.3, 5), word(0.45, 0.38, 7), flourish}
}
