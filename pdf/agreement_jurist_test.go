package pdf

import (
	"os/exec"
	"strings"
	"testing"
	"time"

	"samverka/model"
)

// juristAgreement is an agreement as issue 14 asks for it: two signing
// parties named as legal persons acting through units, with
// organisationsnummer and diarienummer, a medverkande aktör, the standard
// clauses, a frame agreement, the version it replaces, and meetings that
// follow its commitments up. signed freezes it (encoding 2) and has both
// signing parties sign, the police on paper.
func juristAgreement(signed bool) AgreementInput {
	parts := []*model.Part{
		{Meta: meta("p-sdf"), Name: "Skärholmens stadsdelsförvaltning", Kind: model.PartDistrict,
			LegalName: "Stockholms stad", Through: "Skärholmens stadsdelsnämnd", OrgNumber: "212000-0142"},
		{Meta: meta("p-lpo"), Name: "Lokalpolisområde Skärholmen", Kind: model.PartPolice,
			LegalName: "Polismyndigheten", Through: "lokalpolisområde Skärholmen", OrgNumber: "202100-0076"},
		{Meta: meta("p-fb"), Name: "AB Familjebostäder", Kind: model.PartHousing, OrgNumber: "556035-9555"},
	}
	reps := []*model.Representative{
		{Meta: meta("r-ordf"), PartID: "p-sdf", Name: "Eva Lindqvist", Title: "Ordförande i stadsdelsnämnden", MaySign: true},
		{Meta: meta("r-lpo"), PartID: "p-lpo", Name: "Johan Berg", Title: "Lokalpolisområdeschef", MaySign: true},
		{Meta: meta("r-fb"), PartID: "p-fb", Name: "Maria Ek", Title: "Områdeschef"},
	}
	a := model.NewAgreement(parts, reps)
	housing := model.Party{PartID: "p-fb", Role: model.PartyContributing}
	housing.Organisation, housing.Through, housing.OrgNumber = model.PartyNames(parts[2])
	a.Parties = append(a.Parties, housing)
	a.ID = "9b1c0d2e-0000-4000-8000-00000000a014"
	a.Title = "Lokal samverkansöverenskommelse Skärholmen 2026–2027"
	a.From, a.To, a.Version = "2026-04-01", "2027-12-31", 2
	a.PreviousID = "0a793631-dead-4bee-8000-000000000001"
	a.Replaces = model.Reference{ID: a.PreviousID, Title: "Samverkansöverenskommelse Skärholmen 2024–2025",
		From: "2024-01-01", To: "2026-03-31", Signed: "2024-02-02"}
	a.Frame = model.Reference{Title: "Samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm",
		From: "2024-01-01", To: "2027-12-31", Signed: "2023-12-14"}
	a.Parties[0].CaseNumber = "SDN 2026/114"
	a.Parties[1].CaseNumber = "A123.456/2026"
	a.Sections = model.Sections{
		Problems: "Otrygghet i Skärholmens centrum kvällstid.", Causes: "Få vuxna i rörelse kvällstid.",
		Goals:         "Andelen trygga i centrum ökar från 41 % till 55 %.",
		Documentation: "Varje part diarieför och dokumenterar sina insatser i sina egna system.",
		FollowUp:      "Styrgruppen följer upp åtagandena två gånger per år.",
	}
	a.Annexes = []model.Annex{{Kind: model.AnnexSituation, Title: "Lägesbild Skärholmen hösten 2025"}}
	commitments := []*model.Commitment{
		{Meta: meta("c-belysning"), Title: "Bättre belysning vid Bredängs gångtunnel", PartID: "p-fb",
			Area: model.AreaCivilSociety, SubArea: "4.4.5", Due: "2026-10-31", Goal: model.Goal{Indicator: "Trasiga armaturer", Target: "0"}},
		{Meta: meta("c-nattvandring"), Title: "Nattvandring fredagar och lördagar", PartID: "p-sdf",
			Area: model.AreaCivilSociety, SubArea: "4.4.1", Due: "2027-06-30", Goal: model.Goal{Indicator: "Nattvandringar", Target: "40 per år"}},
		{Meta: meta("c-narvaro"), Title: "Synlig närvaro i centrum kvällstid", PartID: "p-lpo",
			Area: model.AreaCollaboration, SubArea: "4.1.2"},
	}
	for _, c := range commitments {
		a.CommitmentIDs = append(a.CommitmentIDs, c.ID)
	}
	meetings := []*model.Meeting{
		{Meta: meta("m-1"), Number: "2026:2", Date: "2026-05-20", Kind: model.MeetingSteering, State: model.StateApproved},
		{Meta: meta("m-2"), Number: "2026:4", Date: "2026-11-18", Kind: model.MeetingSteering,
			Agenda: []model.AgendaItem{{ID: "i1", Title: "Uppföljning av nattvandringen och belysningen", Kind: model.ItemFollowUp}}},
		{Meta: meta("m-old"), Number: "2025:4", Date: "2025-11-19", Kind: model.MeetingSteering,
			Agenda: []model.AgendaItem{{ID: "i2", Title: "Uppföljning före perioden", Kind: model.ItemFollowUp}}},
	}
	followUps := []*model.FollowUp{
		{Meta: meta("f-1"), CommitmentID: "c-belysning", MeetingID: "m-1", Date: "2026-05-20", Status: model.StatusOngoing},
	}
	in := AgreementInput{Agreement: a, Council: testCouncil(), Commitments: commitments, Parts: parts,
		Representatives: reps, Meetings: meetings, FollowUps: followUps, ProgramVersion: "1.4.0"}
	if !signed {
		return in
	}
	a.TakeSnapshot(parts, reps, commitments)
	a.TakeFollowUpPlan(meetings, followUps, "2026-03-10")
	a.Freeze(time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC))
	a.Seal(time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC))
	in.Signatures = []*model.Signature{
		{Meta: meta("s-1"), AgreementID: a.ID, PartID: "p-sdf", SignerName: "Eva Lindqvist", SignerTitle: "Ordförande i stadsdelsnämnden",
			Place: "Skärholmen", Date: "2026-03-12", SignedAt: time.Date(2026, 3, 12, 14, 0, 0, 0, time.UTC),
			Method: model.SignDrawn, Strokes: testStrokes(0), Fingerprint: a.Fingerprint},
		{Meta: meta("s-2"), AgreementID: a.ID, PartID: "p-lpo", SignerName: "Johan Berg", SignerTitle: "Lokalpolisområdeschef",
			Place: "Stockholm", Date: "2026-03-12", SignedAt: time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC),
			Method: model.SignPaper, Fingerprint: a.Fingerprint},
	}
	return in
}

// TestAgreementForJurists reads back the agreement a kommunjurist and a
// lokalpolisområdeschef sign: legal persons "genom" units with
// organisationsnummer, diarienummer on the cover and in every footer, every
// standard clause, the annexes made from the records, the replaced version
// by title, period and date, and two signature blocks with the paper
// signature as a footnote.
func TestAgreementForJurists(t *testing.T) {
	in := juristAgreement(true)
	a := in.Agreement
	if a.Encoding != model.AgreementEncodingV2 {
		t.Fatalf("frozen with encoding %d", a.Encoding)
	}
	b, warnings := mustAgreement(t, in)
	if len(warnings) != 0 {
		t.Errorf("warnings: %v", warnings)
	}
	doc := readBack(t, b)
	doc.checkPageNumbers(t)
	// The parties' table wraps names in a column; pdftotext reads them
	// whole without -layout.
	raw := rawText(t, doc)
	for _, want := range []string{"Stockholms stad genom Skärholmens stadsdelsnämnd", "Polismyndigheten genom lokalpolisområde Skärholmen", "Ordförande i stadsdelsnämnden"} {
		if !strings.Contains(raw, want) {
			t.Errorf("document lacks %q", want)
		}
	}
	doc.contains(t,
		"Org.nr 212000-0142", "Org.nr 202100-0076", "Eva Lindqvist", "Johan Berg", "Lokalpolisområdeschef",
		// The cover's diarienummer, each with its party.
		"Diarienummer SDN 2026/114 (Stockholms stad)", "Diarienummer A123.456/2026 (Polismyndigheten)",
		"Status Undertecknad av samtliga parter",
		"Ramöverenskommelse Samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm, giltig 2024-01-01 – 2027-12-31, undertecknad 2023-12-14",
		"Ersätter Samverkansöverenskommelse Skärholmen 2024–2025, giltig 2024-01-01 – 2026-03-31, undertecknad 2024-02-02",
		// A medverkande aktör is listed, not a party.
		"Medverkande aktörer", "AB Familjebostäder", "Org.nr 556035-9555", "inte parter i överenskommelsen",
		// The sections in order: syfte, Brå's five, the clauses, giltighet.
		"1. Syfte", "2. Problem i fokus", "3. Troliga orsaker", "4. Avgränsade och mätbara mål",
		"5. Hur arbetet dokumenteras", "6. Hur uppföljning sker", "7. Organisation för samverkan",
		"8. Kontaktfunktioner", "9. Informationsutbyte och sekretess", "10. Personuppgifter",
		"11. Ekonomi", "12. Revidering och uppsägning", "13. Giltighetstid", "14. Antal exemplar",
		"offentlighets- och sekretesslagen (2009:400)", "dataskyddsförordningen",
		"Varje part bär sina egna kostnader", "styrgrupp", "kommunpolisen",
		"Överenskommelsen gäller från och med 2026-04-01 till och med 2027-12-31.",
		"två likalydande exemplar",
		// The annexes: listed, then made from the records.
		"Bilaga 1 Lägesbild: Lägesbild Skärholmen hösten 2025",
		"Bilaga 2 Tidsplan: åtagandena efter datum", "Bilaga 3 Uppföljningsplan: vilket möte som följer upp vad",
		"Bilaga 2: Tidsplan", "2026-10-31 Bättre belysning vid Bredängs gångtunnel",
		"2027-06-30 Nattvandring fredagar och lördagar", "Löpande Synlig närvaro i centrum kvällstid",
		"Bilaga 3: Uppföljningsplan", "2026-05-20 Styrgruppsmöte 2026:2 Bättre belysning vid Bredängs gångtunnel",
		"2026-11-18 Styrgruppsmöte 2026:4 Uppföljning av nattvandringen och belysningen",
		// Signatures: the paper one as a footnote.
		"Underskrift¹", "¹ Originalet undertecknat på papper",
		"Fastställd för underskrift", "Underskriftssätt", "Kontrollsumma",
		"Skapad med Samverka 1.4.0",
	)
	text := doc.text()
	for _, absent := range []string{a.PreviousID, "Uppföljning före perioden", "Att åtgärda"} {
		if strings.Contains(text, absent) {
			t.Errorf("the document prints %q", absent)
		}
	}
	if n := strings.Count(text, "Namnförtydligande"); n != 2 {
		t.Errorf("%d signature blocks, want 2: the medverkande aktör signs nothing", n)
	}
	signatures := doc.pages[doc.onPage("Underskrifter")-1]
	if strings.Contains(signatures, "Familjebostäder") {
		t.Error("the medverkande aktör has a signature block")
	}
	for i, page := range doc.pages {
		if !strings.Contains(squash(page), "Dnr SDN 2026/114, A123.456/2026") {
			t.Errorf("page %d's footer lacks the diarienummer", i+1)
		}
		if !strings.Contains(page, "Kontrollsumma "+model.ShortFingerprint(a.Fingerprint)) {
			t.Errorf("page %d lacks the short kontrollsumma", i+1)
		}
	}
	if !strings.Contains(text, "Innehållet i detta dokument stämmer med kontrollsumman") {
		t.Error("the verification page does not say the content matches")
	}
	// The tidsplan is by date.
	p := squash(text)
	if strings.Index(p, "2026-10-31 Bättre belysning") > strings.Index(p, "2027-06-30 Nattvandring") {
		t.Error("the tidsplan is not in date order")
	}
}

// TestAgreementDevVersion checks that a development build's version is
// never printed: "Skapad med Samverka dev" does not appear, nor does an
// empty "Samverka" as the creator.
func TestAgreementDevVersion(t *testing.T) {
	for _, v := range []string{"dev", "", "(devel)"} {
		in := juristAgreement(true)
		in.ProgramVersion = v
		b, _ := mustAgreement(t, in)
		doc := readBack(t, b)
		if strings.Contains(doc.text(), "Skapad med") {
			t.Errorf("version %q: the verification page names the program", v)
		}
		if c := doc.info(t, "Creator"); strings.Contains(c, "Samverka") {
			t.Errorf("version %q: creator %q", v, c)
		}
	}
}

// TestAgreementConsistencyPrinted checks that a draft lists each
// inconsistency with what is missing, and a consistent draft lists none.
func TestAgreementConsistencyPrinted(t *testing.T) {
	in := juristAgreement(false)
	in.Agreement.ReplacesFrom = "2026-04-01"
	b, _ := mustAgreement(t, in)
	doc := readBack(t, b)
	if strings.Contains(doc.text(), "Att åtgärda") {
		t.Fatal("a consistent draft lists problems")
	}
	b, _ = mustAgreement(t, inconsistentDraft())
	doc = readBack(t, b)
	doc.contains(t,
		"Att åtgärda innan överenskommelsen låses för underskrift (3)",
		"Åtagandet ”Nattvandring fredagar och lördagar” ska vara klart 2028-03-01, utanför giltighetstiden 2026-04-01 – 2027-12-31.",
		"Målet ”Trasiga armaturer: 0” står två gånger (”Bättre belysning vid Bredängs gångtunnel” och ”Synlig närvaro i centrum kvällstid”)",
		"gäller till 2026-06-30. Ange från vilken dag den här versionen ersätter den (”Ersätter från”).",
		"UTKAST",
		// A draft names its parties from the aktörer.
		"Org.nr 202100-0076")
	if !strings.Contains(rawText(t, doc), "Stockholms stad genom Skärholmens stadsdelsnämnd") {
		t.Error("the draft does not name the district's party with “genom”")
	}
}

// TestAgreementOldVersionNamed checks that an agreement made before
// Replaces existed names the version it replaces from the record, never by
// its id.
func TestAgreementOldVersionNamed(t *testing.T) {
	in := testAgreement(2, 2, true)
	prev := testAgreement(2, 2, true).Agreement
	prev.ID, prev.Title, prev.From, prev.To = "prev-0001", "Överenskommelse Skärholmen 2024–2025", "2024-01-01", "2025-12-31"
	in.Agreement.PreviousID = prev.ID
	in.Agreement.Fingerprint = model.AgreementFingerprint(in.Agreement)
	for _, s := range in.Signatures {
		s.Fingerprint = in.Agreement.Fingerprint
	}
	b, _ := mustAgreement(t, in)
	doc := readBack(t, b)
	doc.contains(t, "Ersätter version 1 av överenskommelsen")
	in.Previous = prev
	b, _ = mustAgreement(t, in)
	doc = readBack(t, b)
	doc.contains(t, "Ersätter Överenskommelse Skärholmen 2024–2025, giltig 2024-01-01 – 2025-12-31, undertecknad 2026-02-03")
	if strings.Contains(doc.text(), prev.ID) {
		t.Error("the replaced version is named by its id")
	}
}

// rawText returns the document's text in pdftotext's reading order
// (without -layout), white space folded.
func rawText(t *testing.T, p printed) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", p.path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return squash(string(out))
}

// inconsistentDraft is juristAgreement's draft with three inconsistencies:
// a commitment due after the period, the same goal twice, and a period
// overlapping the replaced version's without "ersätter från".
func inconsistentDraft() AgreementInput {
	in := juristAgreement(false)
	in.Agreement.Replaces.To = "2026-06-30"
	in.Commitments[1].Due = "2028-03-01"
	in.Commitments[2].Goal = in.Commitments[0].Goal
	return in
}
