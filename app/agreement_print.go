package app

import (
	"samverka/app/pdf"
	"samverka/model"
)

// onPrint makes the agreement's PDF as it is stored, with its signatures,
// writes it beside the council's file and hands it to the system's viewer,
// which prints. A draft is printed as stored: unsaved edits are saved
// first.
func (e *agreementEditor) onPrint() {
	u := e.a.ui
	if !e.locked && e.changed() {
		if !e.put(e.collect()) {
			return
		}
		e = e.a.editor
	}
	in, err := e.a.pdfInput(e.before)
	if err != nil {
		u.showError(err)
		return
	}
	var data []byte
	var warnings pdf.Warnings
	u.status.setState(tr("agreement.print.making"), false)
	u.background(func() { data, warnings, err = pdf.Agreement(in) }, func() {
		if err != nil {
			u.showError(err)
			return
		}
		u.openPDF(pdfFileName(in.Agreement.Title, in.Agreement.Version), data, warnings)
	})
}

// changed reports whether the editor shows other content than is stored.
func (e *agreementEditor) changed() bool {
	return model.AgreementFingerprint(e.collect()) != model.AgreementFingerprint(e.before)
}

// pdfInput gathers what the agreement's document is made from: the
// screens' view of the council and the signatures read from the file.
func (a *agreements) pdfInput(ag *model.Agreement) (pdf.AgreementInput, error) {
	v := a.ui.doc.view
	sigs, err := a.signaturesOf(ag.ID)
	if err != nil {
		return pdf.AgreementInput{}, err
	}
	return pdf.AgreementInput{
		Agreement:       ag,
		Council:         v.council,
		Signatures:      sigs,
		Commitments:     commitmentsOf(v),
		Parts:           mapValues(v.parts),
		Representatives: mapValues(v.representatives),
		ProgramVersion:  a.ui.opt.Version,
		Lang:            Language(a.ui.prefs),
	}, nil
}
