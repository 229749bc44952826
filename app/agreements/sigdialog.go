package agreements

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// signatureDialog is where one party signs in the room: the signer
// confirms name, title, place and date and signs on the pad, or the chair
// records that the party signed on paper.
type signatureDialog struct {
	s     *agreementSigning
	party model.Party

	name, title, place, date *widget.Entry
	onPaper                  *widget.Check
	pad                      *kit.SignPad
	undo, clear              *widget.Button
	padBox                   *fyne.Container
	form                     *kit.Form
	padProblem               *widget.Label
	sign, cancel             *widget.Button
	dialog                   *dialog.CustomDialog
}

func newSignatureDialog(s *agreementSigning, p model.Party) *signatureDialog {
	u := s.e.a.ui
	d := &signatureDialog{s: s, party: p}
	d.name, d.title, d.place, d.date = widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), kit.NewDateEntry()
	d.name.SetText(p.SignerName)
	d.title.SetText(p.SignerTitle)
	if c := u.Doc.View.Council; c != nil {
		d.place.SetText(c.District)
	}
	d.date.SetText(string(u.Today()))
	d.form = kit.NewForm()
	d.form.Add("signerName", "", d.name)
	d.form.Add("signerTitle", "", d.title)
	d.form.Add("place", "", d.place)
	d.form.Add("date", "", d.date)

	d.pad = kit.NewSignPad()
	d.pad.OnChanged = d.onPadChanged
	d.undo = &widget.Button{Text: session.Tr("signpad.undo"), Icon: theme.ContentUndoIcon(), OnTapped: d.pad.Undo}
	d.clear = &widget.Button{Text: session.Tr("signpad.clear"), Icon: theme.ContentClearIcon(), OnTapped: d.pad.Clear}
	d.padProblem = kit.ProblemLabel()
	d.padBox = container.NewVBox(
		&widget.Label{Text: session.Tr("agreement.sign.padHelp", map[string]any{"Name": p.SignerName}), Wrapping: fyne.TextWrapWord},
		d.pad, container.NewHBox(d.undo, d.clear), d.padProblem)
	d.onPaper = widget.NewCheck(session.Tr("agreement.sign.onPaper"), d.onMethod)

	heading := boldLabel(p.Organisation)
	body := container.NewVBox(heading, d.form.View(), d.onPaper, d.padBox)
	d.cancel = &widget.Button{Text: session.Tr("button.cancel"), OnTapped: d.onCancel}
	d.sign = &widget.Button{Text: session.Tr("agreement.sign.sign"), Icon: theme.ConfirmIcon(), Importance: widget.HighImportance, OnTapped: d.onSign}
	d.dialog = dialog.NewCustomWithoutButtons(session.Tr("agreement.sign.dialogTitle", map[string]any{"Organisation": p.Organisation}), body, u.Win)
	d.dialog.SetButtons([]fyne.CanvasObject{d.cancel, d.sign})
	d.dialog.Resize(fyne.NewSize(680, d.dialog.MinSize().Height))
	d.onPadChanged()
	d.dialog.Show()
	return d
}

// onMethod shows the pad for a signature on screen and hides it for one
// on paper.
func (d *signatureDialog) onMethod(paper bool) {
	showIf(!paper, d.padBox)
	d.padProblem.Hide()
	d.dialog.Resize(fyne.NewSize(680, d.dialog.MinSize().Height))
}

func (d *signatureDialog) onPadChanged() {
	kit.SetDisabled(d.pad.Empty(), d.undo, d.clear)
	if !d.pad.Empty() {
		d.padProblem.Hide()
	}
}

func (d *signatureDialog) onCancel() {
	d.dialog.Hide()
	d.s.dialog = nil
}

// onSign records the signature; problems stay in the dialog beside their
// fields.
func (d *signatureDialog) onSign() {
	ag := d.s.e.before
	sig := &model.Signature{
		AgreementID:  ag.ID,
		PartID:       d.party.PartID,
		SignerName:   strings.TrimSpace(d.name.Text),
		SignerTitle:  strings.TrimSpace(d.title.Text),
		Organisation: d.party.Organisation,
		Place:        strings.TrimSpace(d.place.Text),
		Date:         kit.DateOf(d.date, d.s.e.a.ui.Today()),
		SignedAt:     time.Now().UTC().Truncate(time.Millisecond),
		Method:       model.SignDrawn,
		Fingerprint:  ag.Fingerprint,
	}
	if d.onPaper.Checked {
		sig.Method = model.SignPaper
	} else {
		sig.Strokes = d.pad.Strokes()
	}
	var problems model.Problems
	if sig.SignerName == "" {
		problems = append(problems, model.FieldErr("signerName", model.CodeRequired))
	}
	if sig.Method == model.SignDrawn && !hasStroke(sig.Strokes) {
		problems = append(problems, model.FieldErr("strokes", model.CodeSignatureStrokes))
	}
	if !sig.Date.Valid() {
		problems = append(problems, model.FieldErr("date", model.CodeDateInvalid))
	}
	if len(problems) > 0 {
		d.showProblems(problems)
		return
	}
	if err := d.s.sign(sig); err != nil {
		if !d.showProblems(err) {
			d.s.e.a.ui.ShowError(err)
		}
		return
	}
	d.dialog.Hide()
}

// hasStroke reports whether a drawn signature has a line, not only dots.
func hasStroke(strokes [][]model.Point) bool {
	for _, s := range strokes {
		if len(s) >= 2 {
			return true
		}
	}
	return false
}

// showProblems shows err beside the dialog's fields, a missing drawing
// under the pad, and reports whether err was about the signature's
// content.
func (d *signatureDialog) showProblems(err error) bool {
	problems, ok := model.ProblemsIn(err)
	if !ok {
		return false
	}
	d.padProblem.Hide()
	var rest model.Problems
	for _, p := range problems {
		if p.Field == "strokes" {
			d.padProblem.SetText(session.ErrorText(p))
			d.padProblem.Show()
			continue
		}
		rest = append(rest, p)
	}
	d.form.ShowProblems(rest)
	d.dialog.Resize(fyne.NewSize(680, d.dialog.MinSize().Height))
	return true
}
