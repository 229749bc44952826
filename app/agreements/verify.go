package agreements

import (
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
	"samverka/pdf"

	"samverka/app/internal/session"
)

// verifier checks a printed agreement: the user types or pastes the short
// fingerprint from a page's footer and sees, as they type, which
// agreement version in the file it belongs to, or that none does. A PDF
// file can be chosen instead; its full fingerprint is read from it.
type verifier struct {
	a      *Screen
	entry  *widget.Entry
	result *widget.Label
	open   *widget.Button
	pick   *widget.Button
	dialog *dialog.CustomDialog
	// agreements are every agreement of the file in full, read once when
	// the dialog opens, for drafts have no fixed fingerprint in the view.
	agreements []*model.Agreement
	found      *model.Agreement
}

// onVerify opens the verification dialog.
func (a *Screen) onVerify() {
	recs, err := a.ui.Doc.Store.List(model.KindAgreement)
	if err != nil {
		a.ui.ShowError(err)
		return
	}
	v := &verifier{a: a}
	for _, r := range recs {
		if ag, ok := r.(*model.Agreement); ok && !ag.Deleted {
			v.agreements = append(v.agreements, ag)
		}
	}
	v.entry = widget.NewEntry()
	v.entry.PlaceHolder = session.Tr("agreement.verify.placeholder")
	v.entry.OnChanged = v.onTyped
	v.result = &widget.Label{Wrapping: fyne.TextWrapWord}
	v.open = &widget.Button{Text: session.Tr("agreement.verify.open"), Icon: theme.NavigateNextIcon(), OnTapped: v.onOpen}
	v.pick = &widget.Button{Text: session.Tr("agreement.verify.pickPDF"), Icon: theme.FileIcon(), OnTapped: v.onPickPDF}
	help := &widget.Label{Text: session.Tr("agreement.verify.help"), Wrapping: fyne.TextWrapWord}
	body := container.NewVBox(help, v.entry, v.result)
	close := &widget.Button{Text: session.Tr("button.close"), OnTapped: v.onClose}
	v.dialog = dialog.NewCustomWithoutButtons(session.Tr("agreement.verify.title"), body, a.ui.Win)
	v.dialog.SetButtons([]fyne.CanvasObject{v.pick, v.open, close})
	v.onTyped("")
	v.dialog.Resize(fyne.NewSize(640, 300))
	a.verifier = v
	v.dialog.Show()
	a.ui.Win.Canvas().Focus(v.entry)
}

func (v *verifier) onClose() {
	v.dialog.Hide()
	v.a.verifier = nil
}

// onTyped looks the fingerprint up as it is typed.
func (v *verifier) onTyped(text string) {
	v.found = nil
	v.result.Importance = widget.MediumImportance
	fp := model.NormalizeFingerprint(text)
	switch {
	case strings.TrimSpace(text) == "":
		v.result.SetText(session.Tr("agreement.verify.prompt"))
	case fp == "":
		v.result.Importance = widget.DangerImportance
		v.result.SetText(session.Tr("agreement.verify.badCharacters"))
	case len(fp) < model.MinFingerprintDigits:
		v.result.SetText(session.Tr("agreement.verify.tooShort", map[string]any{"Left": model.MinFingerprintDigits - len(fp)}))
	default:
		v.showMatches(fp)
	}
	showIf(v.found != nil, v.open)
}

// showMatches says which versions have the fingerprint fp, or that none
// has; a draft's passing fingerprint is named as such.
func (v *verifier) showMatches(fp string) {
	matches := model.MatchFingerprint(v.agreements, fp)
	if len(matches) == 0 {
		v.result.Importance = widget.DangerImportance
		text := session.Tr("agreement.verify.none")
		for _, ag := range v.agreements {
			if ag.Fingerprint == "" && strings.HasPrefix(model.AgreementFingerprint(ag), fp) {
				text += "\n\n" + session.Tr("agreement.verify.draft", map[string]any{"Title": ag.Title, "Version": max(ag.Version, 1)})
				break
			}
		}
		v.result.SetText(text)
		return
	}
	var lines []string
	for _, ag := range matches {
		lines = append(lines, verifyText(ag))
	}
	v.found = matches[0]
	v.result.Importance = widget.SuccessImportance
	if matches[0].State == model.StateSuperseded {
		v.result.Importance = widget.WarningImportance
	}
	v.result.SetText(strings.Join(lines, "\n"))
}

// verifyText says which version an agreement is and where it stands:
// "Tillhör: Trygg i Skärholmen version 2, undertecknad 2026-01-20".
func verifyText(ag *model.Agreement) string {
	args := map[string]any{"Title": ag.Title, "Version": max(ag.Version, 1), "Short": model.ShortFingerprint(ag.Fingerprint)}
	if model.AgreementFingerprint(ag) != ag.Fingerprint {
		return session.Tr("agreement.verify.tampered", args)
	}
	switch ag.State {
	case model.StateSigned:
		args["Date"] = model.DateOf(ag.SealedAt.Local())
		return session.Tr("agreement.verify.signed", args)
	case model.StateSuperseded:
		args["Date"] = model.DateOf(ag.SealedAt.Local())
		if ag.SealedAt.IsZero() {
			return session.Tr("agreement.verify.supersededUnsigned", args)
		}
		return session.Tr("agreement.verify.superseded", args)
	}
	args["Date"] = model.DateOf(ag.FrozenAt.Local())
	return session.Tr("agreement.verify.forSigning", args)
}

// onOpen opens the version found in the editor.
func (v *verifier) onOpen() {
	if v.found == nil {
		return
	}
	id := v.found.ID
	v.onClose()
	v.a.show(id)
}

// onPickPDF reads the fingerprint from a printed document's file.
func (v *verifier) onPickPDF() {
	v.a.ui.OpenFileDialog("file.verifyPDF.title", session.FilterPDF, "", v.checkPDF)
}

// checkPDF judges the PDF at path with model.Verify, the verdict the CLI
// gives too: verified only when it is byte for byte a printout of the
// version in force. The version it is a printout of, if any, can be
// opened.
func (v *verifier) checkPDF(path string) {
	data, err := readPDF(path)
	if err != nil {
		v.result.Importance = widget.DangerImportance
		v.result.SetText(session.Tr("agreement.verify.unreadable", map[string]any{"File": path}))
		return
	}
	ds, err := v.a.ui.Doc.Store.Load()
	if err != nil {
		v.a.ui.ShowError(err)
		return
	}
	verdict := model.Verify(pdf.VerifyInput(ds, data, v.a.ui.Opt.Version))
	v.entry.OnChanged = nil
	v.entry.SetText("")
	if verdict.Agreement != nil {
		v.entry.SetText(verdict.Agreement.Fingerprint)
	}
	v.entry.OnChanged = v.onTyped
	v.found = verdict.Agreement
	key, args := pdf.VerdictMessage(verdict)
	switch verdict.Kind {
	case model.Verified:
		v.result.Importance = widget.SuccessImportance
	case model.SupersededPrintout, model.UnsignedPrintout, model.SameText:
		v.result.Importance = widget.WarningImportance
	default:
		v.result.Importance = widget.DangerImportance
	}
	v.result.SetText(session.Tr(key, args))
	showIf(v.found != nil, v.open)
}

// maxPDF bounds the PDF read: a printout is at most a few MB.
const maxPDF = 256 << 20

// readPDF reads a plain file of at most maxPDF bytes.
func readPDF(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() || info.Size() > maxPDF {
		return nil, os.ErrInvalid
	}
	return os.ReadFile(path)
}
