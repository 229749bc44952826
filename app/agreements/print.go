package agreements

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/samber/lo"

	"samverka/model"
	"samverka/pdf"

	"samverka/app/internal/session"
)

// onPrint makes the agreement's PDF as it is stored, with its signatures,
// writes it beside the council's file and hands it to the system's viewer,
// which prints. A draft is printed as stored: unsaved edits are saved
// first.
func (e *agreementEditor) onPrint() {
	e.printDocument(pdf.Agreement, "")
}

// onPrintPromise prints the agreement's medborgarlöfte, its public part,
// on its own.
func (e *agreementEditor) onPrintPromise() {
	e.printDocument(func(in pdf.AgreementInput) ([]byte, pdf.Warnings, error) {
		return pdf.Promise(pdf.PromiseInput{Agreement: in.Agreement, Council: in.Council, Signatures: in.Signatures,
			Parts: in.Parts, ProgramVersion: in.ProgramVersion, Lang: in.Lang})
	}, "agreement.print.promiseName")
}

// printDocument saves a changed draft, makes a document of the agreement
// with make and opens it; nameKey names the file when it is not the
// agreement itself.
func (e *agreementEditor) printDocument(make func(pdf.AgreementInput) ([]byte, pdf.Warnings, error), nameKey string) {
	u := e.a.ui
	if !e.locked && e.changed() {
		if !e.put(e.collect()) {
			return
		}
		e = e.a.editor
	}
	in, err := e.a.pdfInput(e.before)
	if err != nil {
		u.ShowError(err)
		return
	}
	title := in.Agreement.Title
	if nameKey != "" {
		title = session.Tr(nameKey, map[string]any{"Title": title})
	}
	var data []byte
	var warnings pdf.Warnings
	u.Status.SetState(session.Tr("agreement.print.making"), false)
	u.Background(func() { data, warnings, err = make(in) }, func() {
		if err != nil {
			u.ShowError(err)
			return
		}
		u.OpenPDF(session.PDFFileName(title, in.Agreement.Version), data, warnings)
		if nameKey == "" {
			recordPrintout(u, in.Agreement, data)
		}
	})
}

// recordPrintout notes in the file the SHA-256 of a printout of a signed
// agreement, as samverka-cli pdf does, so that Verifiera still knows the
// paper copy after an upgrade of Samverka prints it otherwise. A file
// opened read-only, or one that cannot be written now, costs only a note
// in the status line: the PDF is made all the same.
func recordPrintout(u *session.Session, a *model.Agreement, data []byte) {
	if a.State != model.StateSigned || u.ReadOnly() {
		return
	}
	sum := sha256.Sum256(data)
	p := &model.Printout{AgreementID: a.ID, Version: a.Version, SHA256: hex.EncodeToString(sum[:]), Program: u.Opt.Version}
	recs, err := u.Doc.Store.List(model.KindPrintout)
	for _, r := range recs {
		if q, ok := r.(*model.Printout); ok && q.SHA256 == p.SHA256 {
			return
		}
	}
	if err == nil {
		err = u.Doc.Put(p)
	}
	if err != nil {
		u.Status.SetState(session.Tr("agreement.print.notRecorded", map[string]any{"Reason": session.ErrorText(err)}), true)
	}
}

// changed reports whether the editor shows other content than is stored.
func (e *agreementEditor) changed() bool {
	return model.AgreementFingerprint(e.collect()) != model.AgreementFingerprint(e.before)
}

// pdfInput gathers what the agreement's document is made from: the
// screens' view of the council, and the signatures, meetings and
// follow-ups read from the file.
func (a *Screen) pdfInput(ag *model.Agreement) (pdf.AgreementInput, error) {
	v := a.ui.Doc.View
	sigs, err := a.signaturesOf(ag.ID)
	if err != nil {
		return pdf.AgreementInput{}, err
	}
	meetings, followUps, err := planSources(a.ui.Doc, ag)
	if err != nil {
		return pdf.AgreementInput{}, err
	}
	return pdf.AgreementInput{
		Meetings:        meetings,
		FollowUps:       followUps,
		Agreement:       ag,
		Council:         v.Council,
		Signatures:      sigs,
		Commitments:     commitmentsOf(v),
		Parts:           lo.Values(v.Parts),
		Representatives: lo.Values(v.Representatives),
		ProgramVersion:  a.ui.Opt.Version,
		Lang:            session.Language(a.ui.Prefs),
	}, nil
}
