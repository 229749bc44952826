package pdf

import (
	"fmt"
	"math"
	"time"

	"samverka/model"
)

// base is when the test council's records were last changed.
var base = time.Date(2026, 1, 20, 9, 30, 0, 0, time.UTC)

func meta(id string) model.Meta {
	return model.Meta{ID: id, Rev: 1, Created: base, Modified: base, ModifiedBy: "Åsa"}
}

// people are the test council's parties and their signatories; the names
// carry the diacritics a Stockholm council's members have.
var people = []struct{ org, signer, title string }{
	{"Skärholmens stadsdelsförvaltning", "Åsa Öberg", "Stadsdelsdirektör"},
	{"Lokalpolisområde Skärholmen", "Łukasz Wiśniewski", "Lokalpolisområdeschef"},
	{"AB Svenska Bostäder", "Ayşe Yılmaz", "Områdeschef"},
	{"Föreningen Trygga Vuxna i Sätra", "Nguyễn Thị Hương", "Ordförande"},
	{"Utbildningsförvaltningen", "Björn Ångström", "Avdelningschef"},
	{"Socialförvaltningen", "Gülşen Doğan", "Enhetschef"},
	{"Region Stockholm, BUP", "Zoë Lindqvist", "Verksamhetschef"},
	{"Skärholmen Centrum AB", "Mikael Sjöström", "Centrumchef"},
	{"Sätra IK", "Fatima Al-Hassan", "Ordförande"},
	{"Svenska kyrkan Skärholmen", "Jiří Novák", "Kyrkoherde"},
}

func testCouncil() *model.Council {
	return &model.Council{Meta: meta("council-1"), Name: "Brottsförebyggande rådet Skärholmen",
		District: "Skärholmen", Chair: "Åsa Öberg", Secretary: "Ayşe Yılmaz"}
}

func testParts(n int) []*model.Part {
	out := make([]*model.Part, n)
	for i := range n {
		out[i] = &model.Part{Meta: meta(fmt.Sprintf("part-%02d", i)), Name: people[i%len(people)].org,
			Kind: model.PartOther, Signing: true}
	}
	return out
}

// testStrokes returns a made-up handwritten signature, different per seed.
func testStrokes(seed int) [][]model.Point {
	var first, second []model.Point
	for k := 0; k <= 60; k++ {
		t := float64(k) / 60
		x := 0.05 + 0.6*t
		y := 0.55 + 0.3*math.Sin(t*math.Pi*(4+float64(seed%3)))*(1-t/2)
		first = append(first, model.Point{X: float32(x), Y: float32(y)})
	}
	for k := 0; k <= 20; k++ {
		t := float64(k) / 20
		second = append(second, model.Point{X: float32(0.6 + 0.35*t), Y: float32(0.7 - 0.4*t*t)})
	}
	return [][]model.Point{first, second}
}

// testAgreement returns an agreement of n parties and c commitments:
// frozen and signed by every party when signed, else a draft whose
// commitments are live records.
func testAgreement(n, c int, signed bool) AgreementInput {
	parts := testParts(n)
	a := &model.Agreement{
		Meta:    meta("3f1d9a52-5b7e-4c1e-9a51-7d0c2e8b6a11"),
		Title:   "Samverkansöverenskommelse för ett tryggare Skärholmen 2026–2027",
		From:    "2026-02-01",
		To:      "2027-12-31",
		Version: 2,
		State:   model.StateDraft,
		Sections: model.Sections{
			Background:    "Rådet har sedan 2019 arbetat med en gemensam lägesbild. Denna överenskommelse bygger på lägesbilden hösten 2025.",
			Problems:      "1. Otrygghet i och kring Skärholmens centrum kvällstid.\n2. Unga som rekryteras till kriminella nätverk.\n3. Skadegörelse vid Sätra bollplan.",
			Causes:        "Få vuxna i rörelse kvällstid; bristande belysning; låg närvaro i skolan bland en mindre grupp elever.",
			Goals:         "Andelen boende som känner sig trygga i centrum kvällstid ökar från 41 % till 55 % (Stockholms stads trygghetsmätning 2027).",
			Documentation: "Varje part för logg över sina insatser. Sekreteraren sammanställer inför varje rådsmöte.",
			FollowUp:      "Åtagandena följs upp vid varje rådsmöte med trafikljus; en gemensam utvärdering görs i december 2027.",
		},
		Annexes: []model.Annex{
			{Kind: model.AnnexSituation, Title: "Lägesbild Skärholmen hösten 2025", Description: "Polisens och stadsdelens gemensamma lägesbild."},
			{Kind: model.AnnexPlan, Title: "Åtgärdsplan 2026"},
			{Kind: model.AnnexOther, Title: "Karta över Sätra bollplan"},
		},
		Promises: []model.Promise{{Text: "Vi ökar närvaron av vuxna i centrum fredagar och lördagar.",
			Quantity: "40 nattvandringar per år", ExpectedEffect: "Ökad trygghet kvällstid.", PartIDs: []string{"part-00", "part-01"}}},
	}
	for i, p := range parts {
		a.Parties = append(a.Parties, model.Party{PartID: p.ID, SignerName: people[i].signer, SignerTitle: people[i].title})
	}
	var commitments []*model.Commitment
	var reps []*model.Representative
	for i := range n {
		reps = append(reps, &model.Representative{Meta: meta(fmt.Sprintf("rep-%02d", i)), PartID: parts[i].ID,
			Name: people[i].signer, Title: people[i].title, Role: model.RoleMember, MaySign: true})
	}
	for i := range c {
		cm := &model.Commitment{
			Meta:        meta(fmt.Sprintf("commitment-%03d", i)),
			Title:       fmt.Sprintf("Åtagande %d: nattvandring och närvaro i Skärholmens centrum", i+1),
			Description: fmt.Sprintf("Vuxna i rörelse fredagar och lördagar 19–23, i samverkan med polisen och fastighetsägarna. slut-%d", i+1),
			PartID:      parts[i%n].ID, ContactID: reps[i%n].ID,
			Area: model.Areas[i%4], Due: "2026-12-31", Status: model.StatusOngoing,
			Goal: model.Goal{Indicator: "Antal nattvandringar", Target: "40 per år"},
		}
		commitments = append(commitments, cm)
		a.CommitmentIDs = append(a.CommitmentIDs, cm.ID)
	}
	in := AgreementInput{Agreement: a, Council: testCouncil(), Commitments: commitments, Parts: parts,
		Representatives: reps, ProgramVersion: "1.0.0-test"}
	if !signed {
		return in
	}
	// Freeze: copy names and commitments into the agreement, as the
	// lifecycle does, then fix the fingerprint and sign.
	for i := range a.Parties {
		a.Parties[i].Organisation = parts[i].Name
	}
	for _, cm := range commitments {
		a.Included = append(a.Included, model.IncludedCommitment{
			CommitmentID: cm.ID, Part: parts[indexOf(parts, cm.PartID)].Name, Title: cm.Title,
			Description: cm.Description, Area: cm.Area, Due: cm.Due,
			Contact: people[indexOf(parts, cm.PartID)].signer, Indicator: cm.Goal.Indicator, Target: cm.Goal.Target,
		})
	}
	a.State = model.StateSigned
	a.Fingerprint = model.AgreementFingerprint(a)
	a.FrozenAt = base.Add(24 * time.Hour)
	a.SealedAt = time.Date(2026, 2, 3, 13, 30, 0, 0, time.UTC)
	for i, p := range a.Parties {
		s := &model.Signature{
			Meta: meta(fmt.Sprintf("signature-%02d", i)), AgreementID: a.ID, PartID: p.PartID,
			SignerName: p.SignerName, SignerTitle: p.SignerTitle, Organisation: parts[i].Name,
			Place: "Skärholmen", Date: "2026-02-03",
			SignedAt: time.Date(2026, 2, 3, 13, 5+i, 0, 0, time.UTC),
			Method:   model.SignDrawn, Strokes: testStrokes(i), Fingerprint: a.Fingerprint,
		}
		if i == 2 {
			s.Method, s.Strokes = model.SignPaper, nil
		}
		in.Signatures = append(in.Signatures, s)
	}
	return in
}

func indexOf(parts []*model.Part, id string) int {
	for i, p := range parts {
		if p.ID == id {
			return i
		}
	}
	return -1
}
