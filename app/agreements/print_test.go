package agreements

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"samverka/model"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// viewerCalls returns what the system's viewer is handed in the harness
// the test makes next.
func viewerCalls(t *testing.T) *[]*url.URL { return sessiontest.ViewerURLs(t) }

// TestPrintAgreement prints a signed agreement: the PDF goes beside the
// council's file under the agreement's title and version, carries its
// fingerprint and signatures, and is handed to the system's viewer.
func TestPrintAgreement(t *testing.T) {
	h := sessiontest.New(t)
	calls := &h.Viewed
	path := h.DemoFile()
	h.OpenFile(path)
	e := openAgreementIn(h, model.StateSigned)
	ag := e.before
	test.Tap(e.print)

	want := filepath.Join(filepath.Dir(path), session.PDFFileName(ag.Title, ag.Version))
	if len(*calls) != 1 || (*calls)[0].Path != filepath.ToSlash(want) || (*calls)[0].Scheme != "file" {
		t.Fatalf("viewer handed %v, want %s", *calls, want)
	}
	data, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	if model.FingerprintInPDF(data) != ag.Fingerprint {
		t.Fatal("the PDF does not carry the agreement's fingerprint")
	}
	if h.S.Status.State.Text != session.Tr("agreement.print.written", map[string]any{"File": filepath.Base(want)}) {
		t.Fatalf("status %q", h.S.Status.State.Text)
	}
	if text := pdfText(t, want); !strings.Contains(text, model.ShortFingerprint(ag.Fingerprint)) || !strings.Contains(text, ag.Parties[0].SignerName) {
		t.Fatalf("the PDF's text lacks the fingerprint or a signer:\n%s", text)
	}

	// The printout is noted in the file, as samverka-cli pdf notes it, so
	// that Verifiera knows it after an upgrade prints otherwise.
	sum := sha256.Sum256(data)
	printouts := func() []*model.Printout {
		t.Helper()
		recs, err := h.S.Doc.Store.List(model.KindPrintout)
		if err != nil {
			t.Fatal(err)
		}
		var out []*model.Printout
		for _, r := range recs {
			if p := r.(*model.Printout); p.AgreementID == ag.ID {
				out = append(out, p)
			}
		}
		return out
	}
	if got := printouts(); len(got) != 1 || got[0].SHA256 != hex.EncodeToString(sum[:]) || got[0].Version != ag.Version {
		t.Fatalf("printouts in the file: %+v (status %q)", got, h.S.Status.State.Text)
	}

	// Printing again with the same content opens the same file, and notes
	// the same printout once.
	test.Tap(e.print)
	if len(*calls) != 2 || (*calls)[1].Path != (*calls)[0].Path {
		t.Fatalf("second print handed %v", *calls)
	}
	if got := printouts(); len(got) != 1 {
		t.Fatalf("%d printouts after printing twice", len(got))
	}
}

// TestPrintPromise prints the medborgarlöfte of the agreement that has
// one; agreements without promises offer no such button.
func TestPrintPromise(t *testing.T) {
	h := sessiontest.New(t)
	calls := &h.Viewed
	path := h.DemoFile()
	h.OpenFile(path)
	agreementsOf(h)
	a := agreementsOf(h)
	var with *model.Agreement
	for _, ag := range a.shown {
		a.show(ag.ID)
		if len(a.editor.before.Promises) > 0 {
			with = a.editor.before
			break
		}
		if a.editor.printPromise.Visible() {
			t.Fatalf("%q has no promises but offers to print them", ag.Title)
		}
	}
	if with == nil || !a.editor.printPromise.Visible() {
		t.Fatal("no agreement with a medborgarlöfte to print")
	}
	test.Tap(a.editor.printPromise)
	want := filepath.Join(filepath.Dir(path), session.PDFFileName(with.Title+" – medborgarlöfte", with.Version))
	if len(*calls) != 1 || (*calls)[0].Path != filepath.ToSlash(want) {
		t.Fatalf("viewer handed %v, want %s", *calls, want)
	}
	if text := pdfText(t, want); !strings.Contains(strings.Join(strings.Fields(text), " "), strings.Join(strings.Fields(with.Promises[0].Text), " ")[:30]) {
		t.Fatalf("the first promise is not in the PDF:\n%s", text)
	}
}

// TestPrintWarnsAboutText prints a draft whose title has an emoji: the
// PDF is made, the emoji shows as □, and a dialog names the text.
func TestPrintWarnsAboutText(t *testing.T) {
	h := sessiontest.New(t)
	calls := &h.Viewed
	h.OpenFile(h.DemoFile())
	e := newDraft(h, "Trygg vid torget 😀")
	test.Type(e.sections[0].entry, "Oro i 广场")
	test.Tap(e.print) // saves the draft's edit first
	if stored, _ := agreementsOf(h).full(e.before.ID); stored.Sections.Problems != "Oro i 广场" {
		t.Fatal("the edit was not saved before printing")
	}
	if len(*calls) != 1 {
		t.Fatalf("viewer called %d times", len(*calls))
	}
	texts := overlayTexts(h.Win)
	joined := strings.Join(texts, "\n")
	if !strings.Contains(joined, session.Tr("agreement.print.warningsTitle")) || !strings.Contains(joined, "😀") ||
		!strings.Contains(joined, session.Tr("field.title")) || !strings.Contains(joined, "U+1F600") {
		t.Fatalf("no warning about the title's emoji:\n%s", joined)
	}
	if name := filepath.Base((*calls)[0].Path); name != "Trygg vid torget v1.pdf" {
		t.Fatalf("file name %q", name)
	}
}

// overlayTexts returns the texts of the dialogs on screen.
func overlayTexts(w fyne.Window) []string {
	var out []string
	for _, o := range w.Canvas().Overlays().List() {
		for _, x := range test.LaidOutObjects(o) {
			if t := sessiontest.ObjectText(x); t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func TestPDFFileName(t *testing.T) {
	for title, want := range map[string]string{
		"Trygg i Skärholmen 2026":   "Trygg i Skärholmen 2026 v2.pdf",
		`Avtal: "Torget"/Bredäng?*`: "Avtal Torget Bredäng v2.pdf",
		"Trygg 😀 torg\t\n":          "Trygg torg v2.pdf",
		"CON":                       "CON dokument v2.pdf",
		"...":                       "Samverka v2.pdf",
		"Slut med punkt.":           "Slut med punkt v2.pdf",
	} {
		if got := session.PDFFileName(title, 2); got != want {
			t.Errorf("%q: %q, want %q", title, got, want)
		}
	}
	long := session.PDFFileName(strings.Repeat("Långt namn ", 20), 2)
	if n := len([]rune(strings.TrimSuffix(long, " v2.pdf"))); n > 80 || !strings.HasPrefix(long, "Långt namn Långt") {
		t.Errorf("long title: %q (%d characters)", long, n)
	}
	if got := session.PDFFileName("Kallelse", 0); got != "Kallelse.pdf" {
		t.Errorf("without version: %q", got)
	}
}

// TestWritePDF: the same content is left as it is, other content replaces
// the file, and a name that cannot be written goes to "name (2).pdf".
func TestWritePDF(t *testing.T) {
	dir := t.TempDir()
	p1, err := session.WritePDF(dir, "Avtal v1.pdf", []byte("one"))
	if err != nil || p1 != filepath.Join(dir, "Avtal v1.pdf") {
		t.Fatal(p1, err)
	}
	if p, err := session.WritePDF(dir, "Avtal v1.pdf", []byte("two")); err != nil || p != p1 {
		t.Fatal(p, err)
	}
	if data, _ := os.ReadFile(p1); string(data) != "two" {
		t.Fatalf("content %q", data)
	}
	// A folder in the way stands for a file a viewer holds on Windows.
	if err := os.Mkdir(filepath.Join(dir, "Plan v1.pdf"), 0o755); err != nil {
		t.Fatal(err)
	}
	p, err := session.WritePDF(dir, "Plan v1.pdf", []byte("plan"))
	if err != nil || p != filepath.Join(dir, "Plan v1 (2).pdf") {
		t.Fatal(p, err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".samverka-*"))
	if len(leftovers) != 0 {
		t.Fatalf("temporary files left: %v", leftovers)
	}
	if _, err := session.WritePDF(filepath.Join(dir, "missing"), "x.pdf", []byte("x")); err == nil {
		t.Fatal("no error for a missing folder")
	}
}

func TestFileURL(t *testing.T) {
	if u := session.FileURL(`C:\Users\Åsa\Rådet\Avtal v2.pdf`, "windows"); u.String() != `C:\Users\Åsa\Rådet\Avtal v2.pdf` {
		t.Errorf("windows: %q", u.String())
	}
	u := session.FileURL("/Users/åsa/Rådet/Avtal v2.pdf", "darwin")
	if u.Scheme != "file" || u.Path != "/Users/åsa/Rådet/Avtal v2.pdf" || !strings.HasPrefix(u.String(), "file:///Users/%C3%A5sa/") {
		t.Errorf("darwin: %q", u.String())
	}
}
