package pdf

import (
	"fmt"
	"strings"
	"testing"

	"samverka/model"
)

func mustAgreement(t testing.TB, in AgreementInput) ([]byte, Warnings) {
	t.Helper()
	b, w, err := Agreement(in)
	if err != nil {
		t.Fatal(err)
	}
	return b, w
}

func TestAgreementSigned(t *testing.T) {
	in := testAgreement(4, 12, true)
	b, warnings := mustAgreement(t, in)
	if len(warnings) != 0 {
		t.Errorf("warnings for printable text: %v", warnings)
	}
	doc := readBack(t, b)
	doc.checkPageNumbers(t)
	a := in.Agreement
	doc.contains(t,
		"Samverkansöverenskommelse för ett tryggare Skärholmen 2026–2027",
		"Brottsförebyggande rådet Skärholmen",
		"2026-02-01 – 2027-12-31",
		"2. Problem i fokus", "3. Troliga orsaker", "4. Avgränsade och mätbara mål",
		"5. Hur arbetet dokumenteras", "6. Hur uppföljning sker", "1. Bakgrund", "7. Giltighetstid",
		"Åtaganden", "Prioriterat", "Kontaktperson", "Medborgarlöfte", "Bilagor",
		"Lägesbild: Lägesbild Skärholmen hösten 2025",
		"Underskrifter", "Namnförtydligande", "Ort och datum", "Originalet undertecknat på papper",
		"Verifiering", a.Fingerprint, model.ShortFingerprint(a.Fingerprint),
		"Version 2", "id "+a.ID,
		"Samverka 1.0.0-test", "samverka-cli verify",
		"Innehållet i detta dokument stämmer med kontrollsumman",
		// 13:05 UTC in February is 14:05 in Stockholm.
		"2026-02-03 14:05", "2026-02-03 14:08",
	)
	for _, p := range people[:4] {
		doc.contains(t, p.org, p.signer, p.title)
	}
	if strings.Contains(doc.text(), "UTKAST") {
		t.Error("a signed agreement is marked as a draft")
	}
	short := model.ShortFingerprint(a.Fingerprint)
	for i, page := range doc.pages {
		if !strings.Contains(page, short) {
			t.Errorf("page %d lacks the short fingerprint", i+1)
		}
	}
	if got := doc.info(t, "Title"); got != a.Title {
		t.Errorf("metadata title %q", got)
	}
	if got := doc.info(t, "Author"); got != "Brottsförebyggande rådet Skärholmen" {
		t.Errorf("metadata author %q", got)
	}
	if got := doc.info(t, "Creator"); got != "Samverka 1.0.0-test" {
		t.Errorf("metadata creator %q", got)
	}
	sameTwice(t, func() []byte { b, _ := mustAgreement(t, in); return b })
}

func TestAgreementDraft(t *testing.T) {
	in := testAgreement(3, 5, false)
	b, _ := mustAgreement(t, in)
	doc := readBack(t, b)
	doc.checkPageNumbers(t)
	for i, page := range doc.pages {
		if !strings.Contains(page, "UTKAST – ej för underskrift") {
			t.Errorf("page %d lacks the draft marker", i+1)
		}
	}
	// A draft takes its rows from the live commitments and names parts
	// from the part records.
	doc.contains(t, "Åtagande 5: nattvandring", "slut-5", "Skärholmens stadsdelsförvaltning",
		"Łukasz Wiśniewski", "Ej undertecknad", "utkast, ändras vid redigering",
		model.ShortFingerprint(model.AgreementFingerprint(in.Agreement)))
	if strings.Contains(doc.text(), "Originalet undertecknat på papper") {
		t.Error("an unsigned draft shows a signature")
	}
}

// TestAgreementLarge prints ten parties and 200 commitments and checks
// that no row and no signature block is cut by a page break.
func TestAgreementLarge(t *testing.T) {
	in := testAgreement(10, 200, true)
	b, _ := mustAgreement(t, in)
	doc := readBack(t, b)
	doc.checkPageNumbers(t)
	if len(doc.pages) < 10 {
		t.Fatalf("only %d pages for 200 commitments", len(doc.pages))
	}
	for i := 1; i <= 200; i++ {
		title := doc.onPage(fmt.Sprintf("Åtagande %d: nattvandring", i))
		end := doc.onPage(fmt.Sprintf("slut-%d ", i))
		if title == 0 || title != end {
			t.Errorf("commitment %d starts on page %d and ends on page %d", i, title, end)
		}
	}
	first := doc.onPage("Underskrifter")
	if first == 0 {
		t.Fatal("no signature page")
	}
	for i, p := range people {
		at := doc.onPage(p.signer + " ")
		for at != 0 && at < first {
			// The name also stands on the cover; find it on a later page.
			next := 0
			for k := at; k < len(doc.pages); k++ {
				if strings.Contains(squash(doc.pages[k]), p.signer) {
					next = k + 1
					break
				}
			}
			at = next
		}
		if at == 0 {
			t.Errorf("party %d's signer is not on a signature page", i+1)
			continue
		}
		page := squash(doc.pages[at-1])
		for _, want := range []string{p.title, "Skärholmen, 2026-02-03"} {
			if !strings.Contains(page, want) {
				t.Errorf("party %d's block on page %d lacks %q", i+1, at, want)
			}
		}
	}
}

// TestAgreementWithUnprintableText puts emoji, CJK, right-to-left script
// and decomposed diacritics into every kind of field: the document is made,
// the warnings name the fields, and the Latin names read back as written.
func TestAgreementWithUnprintableText(t *testing.T) {
	for _, signed := range []bool{false, true} {
		in := testAgreement(4, 6, false)
		a := in.Agreement
		a.Title = "Tryggare Skärholmen 👨‍👩‍👧"
		a.Parties[0].SignerTitle = "Stadsdelsdirektör 😀"
		a.Parties[3].SignerName = "Nguye\u0302\u0303n Thi\u0323 Hu\u031bo\u031bng"
		a.Sections.Problems = "Otrygghet 北京 kvällstid; שלום; مرحبا; 🇸🇪"
		a.Sections.Goals = "Mål 👍🏽 med ökning"
		a.Sections.Causes = "Şule Güneş och Gülşen Doğan: åäö ÅÄÖ"
		a.Parties[2].SignerTitle = "Områdeschef שלום مرحبا"
		in.Commitments[0].Title = "Läxhjälp 📚 för Ayşe Yılmaz"
		if signed {
			in = freeze(in)
		}
		b, warnings, err := Agreement(in)
		if err != nil {
			t.Fatal(err)
		}
		fields := map[string]bool{}
		for _, w := range warnings {
			fields[w.Field] = true
			if w.Field == "" || w.Kind == "" || w.RecordID == "" {
				t.Errorf("a warning does not say where: %+v", w)
			}
		}
		if fields["sections.causes"] || fields["parties[2].signerTitle"] {
			t.Errorf("warnings for text the font draws: %v", warnings)
		}
		want := []string{"title", "parties[0].signerTitle", "sections.problems", "sections.goals"}
		if signed {
			want = append(want, "included[0].title")
		} else {
			want = append(want, "title") // the commitment's own title
		}
		for _, f := range want {
			if !fields[f] {
				t.Errorf("signed=%v: no warning for %s in %v", signed, f, warnings)
			}
		}
		doc := readBack(t, b)
		doc.contains(t, "Łukasz Wiśniewski", "Ayşe Yılmaz", "Nguyễn Thị Hương", "Åsa Öberg",
			"Şule Güneş och Gülşen Doğan: åäö ÅÄÖ", "Områdeschef",
			// Printed in visual order, poppler reads Hebrew back in logical order.
			"שלום",
			"Tryggare Skärholmen □", "Stadsdelsdirektör □", "Läxhjälp □ för Ayşe Yılmaz", "Mål □ med ökning")
	}
}

// freeze makes a draft test agreement frozen and signed, keeping its texts.
func freeze(in AgreementInput) AgreementInput {
	out := testAgreement(len(in.Agreement.Parties), len(in.Commitments), true)
	a := out.Agreement
	a.Title = in.Agreement.Title
	a.Sections = in.Agreement.Sections
	for i := range a.Parties {
		a.Parties[i].SignerName = in.Agreement.Parties[i].SignerName
		a.Parties[i].SignerTitle = in.Agreement.Parties[i].SignerTitle
	}
	a.Included[0].Title = in.Commitments[0].Title
	a.Fingerprint = model.AgreementFingerprint(a)
	for _, s := range out.Signatures {
		s.Fingerprint = a.Fingerprint
	}
	return out
}

// TestAgreementWithLongTexts fills the longest texts the model allows: a
// commitment taller than a page is continued on the next, and nothing is
// lost or cut at the page edge.
func TestAgreementWithLongTexts(t *testing.T) {
	in := testAgreement(2, 3, true)
	a := in.Agreement
	long := strings.Repeat("Lång beskrivning av insatsen i Skärholmen. ", model.MaxText/44)
	a.Included[1].Description = long + "slutet-av-texten"
	a.Sections.Problems = strings.Repeat("Problemet beskrivs utförligt. ", model.MaxText/30)
	a.Parties[0].Organisation = strings.Repeat("Mycket långt organisationsnamn ", model.MaxName/31)
	a.Fingerprint = model.AgreementFingerprint(a)
	for _, s := range in.Signatures {
		s.Fingerprint = a.Fingerprint
	}
	b, _ := mustAgreement(t, in)
	doc := readBack(t, b)
	doc.checkPageNumbers(t)
	doc.contains(t, "slutet-av-texten", "slut-3", "Verifiering")
	// Only the description's own two leading words are kept, so that a
	// page's footer and the table's repeated header between two lines of
	// a sentence broken across pages do not hide it.
	var words []string
	for _, w := range strings.Fields(doc.text()) {
		if w == "Lång" || w == "beskrivning" {
			words = append(words, w)
		}
	}
	if got, want := strings.Count(strings.Join(words, " "), "Lång beskrivning"), model.MaxText/44; got != want {
		t.Errorf("the long description prints %d of its %d sentences", got, want)
	}
	for i, page := range doc.pages {
		lines := 0
		for _, l := range strings.Split(page, "\n") {
			if strings.TrimSpace(l) != "" {
				lines++
			}
		}
		if lines <= 2 { // the footer's two lines
			t.Errorf("page %d is empty", i+1)
		}
	}
}
