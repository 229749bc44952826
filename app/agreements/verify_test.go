package agreements

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/model"
	"samverka/pdf"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// TestVerifyFingerprint types fingerprints into the verification dialog:
// a signed version's short one from a footer, one that belongs to nothing,
// a draft's passing one, a half-typed one and one with wrong characters.
func TestVerifyFingerprint(t *testing.T) {
	h := sessiontest.New(t)
	h.OpenFile(h.DemoFile())
	signed := openAgreementIn(h, model.StateSigned).before
	draft := openAgreementIn(h, model.StateDraft).before
	a := agreementsOf(h)
	test.Tap(a.verify)
	v := a.verifier
	if v == nil || h.Win.Canvas().Focused() != v.entry {
		t.Fatal("the dialog is not open with the cursor in its entry")
	}

	type check struct {
		typed, want string
		found       bool
	}
	short := model.ShortFingerprint(signed.Fingerprint)
	checks := []check{
		{strings.ToUpper(short), session.Tr("agreement.verify.signed", map[string]any{"Title": signed.Title, "Version": signed.Version, "Date": model.DateOf(signed.SealedAt.Local())}), true},
		{" " + strings.ReplaceAll(short, "-", " ") + " ", session.Tr("agreement.verify.signed", map[string]any{"Title": signed.Title, "Version": signed.Version, "Date": model.DateOf(signed.SealedAt.Local())}), true},
		{"0000-0000-0000", session.Tr("agreement.verify.none"), false},
		{model.ShortFingerprint(model.AgreementFingerprint(draft)), session.Tr("agreement.verify.none") + "\n\n" +
			session.Tr("agreement.verify.draft", map[string]any{"Title": draft.Title, "Version": draft.Version}), false},
		{short[:6], session.Tr("agreement.verify.tooShort", map[string]any{"Left": 7}), false},
		{"abc-xyz", session.Tr("agreement.verify.badCharacters"), false},
	}
	for _, c := range checks {
		v.entry.SetText("")
		test.Type(v.entry, c.typed)
		if v.result.Text != c.want {
			t.Errorf("%q: %q, want %q", c.typed, v.result.Text, c.want)
		}
		if v.open.Visible() != c.found {
			t.Errorf("%q: open button shown %v", c.typed, v.open.Visible())
		}
	}
	if !strings.HasPrefix(checks[0].want, "Tillhör: ") || !strings.Contains(checks[2].want, "Inget avtal i filen har den kontrollsumman") {
		t.Fatalf("unexpected Swedish: %q / %q", checks[0].want, checks[2].want)
	}

	// Opening the version found shows it in the editor.
	v.entry.SetText(short)
	test.Tap(v.open)
	if a.verifier != nil || a.editor.before.ID != signed.ID {
		t.Fatal("the version found is not open")
	}
}

// TestVerifyPDF checks PDF files: the signed agreement's own, and one made
// from a changed copy of it, which belongs to no version in the file.
func TestVerifyPDF(t *testing.T) {
	h := sessiontest.New(t)
	h.OpenFile(h.DemoFile())
	e := openAgreementIn(h, model.StateSigned)
	signed := e.before
	in, err := agreementsOf(h).pdfInput(signed)
	if err != nil {
		t.Fatal(err)
	}
	good := writeAgreementPDF(t, in, "signed.pdf")
	changed := *signed
	changed.Sections.Goals += " Och lite till."
	changed.Fingerprint = model.AgreementFingerprint(&changed)
	in.Agreement = &changed
	bad := writeAgreementPDF(t, in, "changed.pdf")
	notPDF := filepath.Join(t.TempDir(), "notes.pdf")
	if err := os.WriteFile(notPDF, []byte("%PDF-1.4 nothing"), 0o644); err != nil {
		t.Fatal(err)
	}

	agreementsOf(h).onVerify()
	v := agreementsOf(h).verifier
	// The verdict is model.Verify's, said as the CLI says it.
	v.checkPDF(good)
	key, args := pdf.VerdictMessage(model.Verdict{Kind: model.Verified, Agreement: signed})
	if v.entry.Text != signed.Fingerprint || v.result.Text != session.Tr(key, args) || !v.open.Visible() {
		t.Fatalf("signed PDF: %q → %q", v.entry.Text, v.result.Text)
	}
	v.checkPDF(bad)
	if v.result.Text != session.Tr("verify.notPrintout") || v.open.Visible() {
		t.Fatalf("PDF of a changed version: %q", v.result.Text)
	}
	v.checkPDF(notPDF)
	if v.result.Text != session.Tr("verify.notPrintout") {
		t.Fatalf("PDF without fingerprint: %q", v.result.Text)
	}
}

func writeAgreementPDF(t *testing.T, in pdf.AgreementInput, name string) string {
	t.Helper()
	data, _, err := pdf.Agreement(in)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
