package pdf

import (
	"strings"
	"testing"

	"samverka/model"
)

// testPromise returns the medborgarlöfte of testAgreement's agreement
// with a second promise kept by three parties.
func testPromise(parties int, signed bool) PromiseInput {
	a := testAgreement(parties, 3, signed)
	a.Agreement.Promises = append(a.Agreement.Promises, model.Promise{
		Text:           "Vi håller fritidsgården i Sätra öppen till klockan 22 fredagar under skolåret.",
		Quantity:       "36 kvällar per år",
		ExpectedEffect: "Färre unga utan vuxna i centrum sena kvällar.\nFler unga i organiserad fritid.",
		PartIDs:        []string{"part-00", "part-02", "part-03"},
	})
	if signed {
		// The promises are part of the signed content.
		a.Agreement.Fingerprint = model.AgreementFingerprint(a.Agreement)
		for _, s := range a.Signatures {
			s.Fingerprint = a.Agreement.Fingerprint
		}
	}
	return PromiseInput{Agreement: a.Agreement, Council: a.Council, Signatures: a.Signatures, Parts: a.Parts,
		ProgramVersion: "1.0.0-test"}
}

func mustPromise(t testing.TB, in PromiseInput) []byte {
	t.Helper()
	b, w, err := Promise(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(w) != 0 {
		t.Errorf("warnings for printable text: %v", w)
	}
	return b
}

func TestPromiseSigned(t *testing.T) {
	in := testPromise(4, true)
	a := in.Agreement
	doc := readBack(t, mustPromise(t, in))
	doc.checkPageNumbers(t)
	containsRaw(t, doc,
		"Brottsförebyggande rådet Skärholmen · Skärholmen", "Medborgarlöfte",
		"Samverkansöverenskommelse för ett tryggare Skärholmen 2026–2027",
		"Giltighetstid 2026-02-01 – 2027-12-31",
		"Parter Skärholmens stadsdelsförvaltning, Lokalpolisområde Skärholmen, AB Svenska Bostäder, Föreningen Trygga Vuxna i Sätra",
		"Vi lovar",
		"1 Vi ökar närvaron av vuxna i centrum fredagar och lördagar.",
		"Omfattning 40 nattvandringar per år", "Förväntad effekt Ökad trygghet kvällstid.",
		"Parter Skärholmens stadsdelsförvaltning, Lokalpolisområde Skärholmen",
		"2 Vi håller fritidsgården i Sätra öppen till klockan 22 fredagar under skolåret.",
		"Omfattning 36 kvällar per år",
		"Förväntad effekt Färre unga utan vuxna i centrum sena kvällar. Fler unga i organiserad fritid.",
		"Parter Skärholmens stadsdelsförvaltning, AB Svenska Bostäder, Föreningen Trygga Vuxna i Sätra",
		"Undertecknat av",
		"Åsa Öberg Stadsdelsdirektör Skärholmens stadsdelsförvaltning Undertecknat i Skärholmen 2026-02-03",
		"Łukasz Wiśniewski Lokalpolisområdeschef Lokalpolisområde Skärholmen",
		"Ayşe Yılmaz", "Nguyễn Thị Hương Ordförande Föreningen Trygga Vuxna i Sätra",
		"Version 2", "id "+a.ID)
	short := model.ShortFingerprint(a.Fingerprint)
	for i, page := range doc.pages {
		if !strings.Contains(page, "Kontrollsumma "+short) {
			t.Errorf("page %d lacks the short fingerprint", i+1)
		}
	}
	text := doc.text()
	for _, private := range []string{"Bakgrund", "Troliga orsaker", "Åtagande 1:", "Verifiering", "UTKAST", "inte undertecknat"} {
		if strings.Contains(text, private) {
			t.Errorf("the public promise prints %q", private)
		}
	}
	if got := doc.info(t, "Title"); got != "Medborgarlöfte – "+a.Title {
		t.Errorf("metadata title %q", got)
	}
	sameTwice(t, func() []byte { return mustPromise(t, in) })
}

func TestPromiseDraft(t *testing.T) {
	in := testPromise(3, false)
	doc := readBack(t, mustPromise(t, in))
	doc.checkPageNumbers(t)
	containsRaw(t, doc, "Medborgarlöfte", "Vi lovar", "Åsa Öberg Stadsdelsdirektör Skärholmens stadsdelsförvaltning Ännu inte undertecknat",
		model.ShortFingerprint(model.AgreementFingerprint(in.Agreement))+" (utkast")
	for i, page := range doc.pages {
		if !strings.Contains(page, "UTKAST") {
			t.Errorf("page %d of a draft's promise lacks the draft marker", i+1)
		}
	}
}

func TestPromiseNone(t *testing.T) {
	in := testPromise(2, false)
	in.Agreement.Promises = nil
	doc := readBack(t, mustPromise(t, in))
	containsRaw(t, doc, "Medborgarlöfte", "Överenskommelsen innehåller ännu inget medborgarlöfte.")
	if _, _, err := Promise(PromiseInput{}); err == nil {
		t.Error("a promise without an agreement was made")
	}
}

func TestPromiseInputFrom(t *testing.T) {
	src := testPromise(4, true)
	ds := model.NewDataset(src.Council)
	ds.Agreements = []*model.Agreement{src.Agreement}
	ds.Signatures = src.Signatures
	ds.Parts = src.Parts
	gone := *src.Signatures[0]
	gone.ID, gone.Deleted = "signature-gone", true
	ds.Signatures = append(ds.Signatures, &gone)
	in, ok := PromiseInputFrom(ds, src.Agreement.ID)
	if !ok || in.Agreement != src.Agreement || in.Council != src.Council || len(in.Signatures) != len(src.Signatures) ||
		len(in.Parts) != len(src.Parts) {
		t.Fatalf("PromiseInputFrom gives %+v, %v", in, ok)
	}
	if _, ok := PromiseInputFrom(ds, "no-such-agreement"); ok {
		t.Error("PromiseInputFrom finds an agreement that is not there")
	}
}

func TestPromiseLong(t *testing.T) {
	in := testPromise(10, true)
	for range 12 {
		in.Agreement.Promises = append(in.Agreement.Promises, in.Agreement.Promises[1])
	}
	doc := readBack(t, mustPromise(t, in))
	doc.checkPageNumbers(t)
	if len(doc.pages) < 2 {
		t.Fatalf("fourteen promises and ten signers fit on %d page", len(doc.pages))
	}
	pages := raw(t, doc)
	for i, p := range pages {
		// A promise starts and ends on one page.
		starts := strings.Count(p, "Vi håller fritidsgården")
		ends := strings.Count(p, "Parter Skärholmens stadsdelsförvaltning, AB Svenska Bostäder")
		if starts != ends {
			t.Errorf("page %d has %d promises starting and %d ending", i+1, starts, ends)
		}
	}
	containsRaw(t, doc, "14 Vi håller fritidsgården", "Jiří Novák Kyrkoherde Svenska kyrkan Skärholmen")
}
