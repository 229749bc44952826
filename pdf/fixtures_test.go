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

// testMeeting returns a council meeting with an agenda, attendance and n
// follow-ups; approved minutes carry their fingerprint.
func testMeeting(n int, approved bool) MeetingInput {
	parts := testParts(6)
	var reps []*model.Representative
	add := func(part int, name, title string, role model.CouncilRole) {
		reps = append(reps, &model.Representative{Meta: meta(fmt.Sprintf("rep-%02d", len(reps))),
			PartID: parts[part].ID, Name: name, Title: title, Role: role, ValidFrom: "2025-01-01"})
	}
	for i := range parts {
		role := model.RoleMember
		switch i {
		case 0:
			role = model.RoleChair
		case 2:
			role = model.RoleSecretary
		}
		add(i, people[i].signer, people[i].title, role)
	}
	add(0, "Karin Åkesson", "Trygghetssamordnare", model.RoleDeputy)     // rep-06
	add(1, "Mehmet Öztürk", "Kommunpolis", model.RoleDeputy)             // rep-07
	add(4, "Anna-Lena Sjöberg", "Rektor, Sätraskolan", model.RoleMember) // rep-08
	add(5, "Sven Lindgren", "Fältassistent", model.RoleCoopted)          // rep-09
	reps = append(reps, &model.Representative{Meta: meta("rep-old"), PartID: parts[0].ID,
		Name: "Gammal Ledamot", Role: model.RoleMember, ValidTo: "2025-12-31"})

	m := &model.Meeting{
		Meta:   meta("8c2e4f10-7a3b-4d5e-9f61-2b3c4d5e6f70"),
		Number: "2026:2", Date: "2026-03-12", StartTime: "18:00", EndTime: "20:00",
		Place: "Skärholmens medborgarkontor, Skärholmsvägen 1", Kind: model.MeetingCouncil,
		ChairID: "rep-00", SecretaryID: "rep-02", AdjusterIDs: []string{"rep-01", "rep-03"},
		State: model.StateDraft,
		Agenda: []model.AgendaItem{
			{ID: "i1", Title: "Mötets öppnande och val av justerare", Kind: model.ItemOther, Presenter: "Åsa Öberg", Minutes: 5, Paragraph: 14,
				Notes: "Ordföranden öppnade mötet och hälsade alla välkomna."},
			{ID: "i2", Title: "Lägesbild från lokalpolisområdet", Kind: model.ItemInformation, Presenter: "Łukasz Wiśniewski", Minutes: 20, Paragraph: 15,
				Notes: "Polisen redogjorde för läget i centrum och vid Sätra bollplan. Anmälningarna om skadegörelse har minskat sedan december."},
			{ID: "i3", Title: "Uppföljning av åtaganden", Kind: model.ItemFollowUp, Presenter: "Ayşe Yılmaz", Minutes: 30, Paragraph: 16,
				Notes: "Varje part redogjorde för sina åtaganden; se tabellen nedan."},
			{ID: "i4", Title: "Nattvandring under påsklovet", Kind: model.ItemDecision, Presenter: "Nguyễn Thị Hương", Minutes: 15, Paragraph: 17,
				Notes: "Föreningen föreslog extra nattvandringar under påsklovet.",
				Decisions: []model.Decision{{ID: "d1", Text: "Rådet beslutar att genomföra sex extra nattvandringar under påsklovet.", CommitmentID: "commitment-000"},
					{ID: "d2", Text: "Stadsdelsförvaltningen bekostar västar och ficklampor."}}},
			{ID: "i5", Title: "Övriga frågor", Kind: model.ItemOther, Minutes: 10, Paragraph: 18},
			{ID: "i6", Title: "Nästa möte", Kind: model.ItemOther, Paragraph: 19, Notes: "Nästa möte hålls den 2026-05-07."},
		},
		Attendance: []model.Attendance{
			{RepresentativeID: "rep-00", Presence: model.PresencePresent},
			{RepresentativeID: "rep-01", Presence: model.PresencePresent},
			{RepresentativeID: "rep-02", Presence: model.PresencePresent},
			{RepresentativeID: "rep-03", Presence: model.PresencePresent},
			{RepresentativeID: "rep-04", Presence: model.PresenceExcused},
			{RepresentativeID: "rep-05", Presence: model.PresenceAbsent},
			{RepresentativeID: "rep-08", Presence: model.PresenceSubstitute, SubstituteFor: "rep-04"},
			{GuestName: "Ingrid Wahlström", GuestOrg: "Länsstyrelsen", Presence: model.PresencePresent},
			{GuestName: "Ömer Çelik", GuestOrg: "Skärholmens moské", Presence: model.PresencePresent},
		},
	}
	in := MeetingInput{Council: testCouncil(), Meeting: m, Parts: parts, Representatives: reps,
		ProgramVersion: "1.0.0-test", BlankRows: 4}
	statuses := []model.Status{model.StatusOngoing, model.StatusDone, model.StatusLate, model.StatusPlanned, model.StatusCancelled}
	lights := []model.Light{model.LightGreen, model.LightGreen, model.LightRed, model.LightYellow, model.LightNone}
	for i := range n {
		c := &model.Commitment{Meta: meta(fmt.Sprintf("commitment-%03d", i)),
			Title:  fmt.Sprintf("Uppföljt åtagande %d: trygghetsvandring i Sätra", i+1),
			PartID: parts[i%len(parts)].ID, Area: model.Areas[i%4], Status: statuses[i%5]}
		in.Commitments = append(in.Commitments, c)
		in.FollowUps = append(in.FollowUps, &model.FollowUp{Meta: meta(fmt.Sprintf("followup-%03d", i)),
			CommitmentID: c.ID, MeetingID: m.ID, Date: m.Date, Status: statuses[i%5], Light: lights[i%5],
			Comment: fmt.Sprintf("Genomfört enligt plan, åtta vuxna deltog. kommentar-%d", i+1)})
	}
	// A follow-up of another meeting stays out of these minutes.
	in.FollowUps = append(in.FollowUps, &model.FollowUp{Meta: meta("followup-other"), CommitmentID: "commitment-000",
		MeetingID: "another-meeting", Date: "2026-01-13", Status: model.StatusPlanned, Comment: "från ett annat möte"})
	if approved {
		m.State = model.StateApproved
		m.Fingerprint = model.MinutesFingerprint(m)
		m.ApprovedAt = time.Date(2026, 3, 19, 8, 15, 0, 0, time.UTC)
	}
	return in
}
