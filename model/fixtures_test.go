package model

import (
	"strings"
	"time"
)

// The fixtures below are valid records of every kind; tests change one
// thing at a time. Numbers that look personal are made up by pnr.

var t0 = time.Date(2026, 3, 12, 18, 30, 0, 0, time.UTC)

func validCouncil() *Council {
	return &Council{Meta: Meta{ID: "c1"}, Name: "Brottsförebyggande rådet Skärholmen", District: "Skärholmen"}
}

func validPart() *Part {
	return &Part{Meta: Meta{ID: "p1"}, Name: "Skärholmens stadsdelsförvaltning", Kind: PartDistrict, OrgNumber: "212000-0142", Signing: true}
}

func validRepresentative() *Representative {
	return &Representative{
		Meta: Meta{ID: "r1"}, PartID: "p1", Name: "Anna Andersson", Title: "Trygghetssamordnare",
		Email: "anna.andersson@example.se", Phone: "08-508 000 00", Role: RoleChair,
		ValidFrom: "2026-01-01", ValidTo: "2026-12-31",
	}
}

func validMethod() *Method {
	return &Method{Meta: Meta{ID: "m1"}, Name: "Trygghetsvandring i centrum", Area: AreaCivilSociety}
}

func validSituation() *Situation {
	return &Situation{
		Meta: Meta{ID: "s1"}, Title: "Lägesbild 2026", Date: "2026-02-01", From: "2025-01-01", To: "2025-12-31",
		SourcesUsed: []string{"Polisens anmälningsstatistik"}, SourcesLeftOut: []string{"Skolenkäten"},
	}
}

func validProblem() *Problem {
	return &Problem{Meta: Meta{ID: "pr1"}, SituationID: "s1", Title: "Otrygghet vid tunnelbanan", Rank: 1, Areas: []Area{AreaCollaboration, AreaViolence}}
}

func validCause() *Cause {
	return &Cause{Meta: Meta{ID: "ca1"}, ProblemID: "pr1", Number: 1, Description: "Dålig belysning"}
}

func validCommitment() *Commitment {
	return &Commitment{
		Meta: Meta{ID: "co1"}, Title: "Förbättra belysningen", PartID: "p1", Area: AreaCollaboration,
		Goal:  Goal{Indicator: "Andel trygga", Baseline: "40 %", Target: "60 %", Date: "2026-12-31"},
		Start: "2026-01-01", Due: "2026-06-30", Status: StatusOngoing,
	}
}

func validFollowUp() *FollowUp {
	return &FollowUp{Meta: Meta{ID: "f1"}, CommitmentID: "co1", Date: "2026-03-12", Status: StatusOngoing, Light: LightGreen, Comment: "Går enligt plan"}
}

func validMeeting() *Meeting {
	return &Meeting{
		Meta: Meta{ID: "mt1"}, Number: "2026:2", Date: "2026-03-12", StartTime: "17:00", EndTime: "19:00",
		Place: "Skärholmens medborgarkontor", Kind: MeetingCouncil, ChairID: "r1",
		Agenda: []AgendaItem{
			{ID: "a1", Title: "Uppföljning av åtaganden", Kind: ItemFollowUp, Minutes: 30, Paragraph: 5},
			{ID: "a2", Title: "Beslut om nytt åtagande", Kind: ItemDecision, Paragraph: 6,
				Decisions: []Decision{{ID: "d1", Text: "Rådet beslutar att godkänna åtagandet.", CommitmentID: "co1"}}},
		},
		Attendance: []Attendance{
			{RepresentativeID: "r1", Presence: PresencePresent},
			{GuestName: "Bo Berg", GuestOrg: "Trygghetsföreningen", Presence: PresencePresent},
			{RepresentativeID: "r2", Presence: PresenceSubstitute, SubstituteFor: "r3"},
		},
		State: StateDraft,
	}
}

func validAgreement() *Agreement {
	return &Agreement{
		Meta: Meta{ID: "ag1"}, Title: "Samverkansöverenskommelse Skärholmen 2026–2027",
		From: "2026-01-01", To: "2027-12-31",
		Parties: []Party{
			{PartID: "p1", Organisation: "Skärholmens stadsdelsförvaltning", SignatoryID: "r1", SignerName: "Anna Andersson", SignerTitle: "Stadsdelsdirektör"},
			{PartID: "p2", Organisation: "Lokalpolisområde Skärholmen", SignerName: "Per Persson", SignerTitle: "Lokalpolisområdeschef"},
		},
		Sections:      Sections{Problems: "Otrygghet i centrum", Goals: "Ökad trygghet"},
		CommitmentIDs: []string{"co1"},
		Included:      []IncludedCommitment{{CommitmentID: "co1", Part: "Stadsdelsförvaltningen", Title: "Förbättra belysningen", Area: AreaCollaboration, Due: "2026-06-30"}},
		Annexes:       []Annex{{Kind: AnnexSituation, Title: "Lägesbild 2026"}},
		Promises:      []Promise{{Text: "Vi nattvandrar varje fredag", Quantity: "40 kvällar", PartIDs: []string{"p1", "p2"}}},
		Version:       1,
		State:         StateDraft,
	}
}

func validSignature() *Signature {
	return &Signature{
		Meta: Meta{ID: "sg1"}, AgreementID: "ag1", PartID: "p1", SignerName: "Anna Andersson",
		Place: "Skärholmen", Date: "2026-03-12", SignedAt: t0, Method: SignDrawn,
		Strokes: [][]Point{{{X: 0.1, Y: 0.5}, {X: 0.4, Y: 0.6}}}, Fingerprint: strings.Repeat("ab", 32),
	}
}

// validRecords returns one valid record of every kind, in Kinds order.
func validRecords() []Record {
	return []Record{
		validCouncil(), validPart(), validRepresentative(), validMethod(), validSituation(),
		validProblem(), validCause(), validCommitment(), validMeeting(), validFollowUp(),
		validAgreement(), validSignature(),
	}
}

// mod returns r after fn changed it, for one-line table cases.
func mod[T Record](r T, fn func(T)) Record {
	fn(r)
	return r
}

// testLuhnDigit computes the Luhn check digit of the nine digits s on its
// own, independent of the package's implementation: weights 2,1,2,… from
// the left, digit sums of the products.
func testLuhnDigit(s string) string {
	sum := 0
	for i, c := range s {
		p := int(c-'0') * (2 - i%2)
		sum += p/10 + p%10
	}
	return string(rune('0' + (10-sum%10)%10))
}

// pnr returns a made-up personal number with a correct check digit for
// the birth date yymmdd and the three-digit serial: "YYMMDDNNNN".
func pnr(yymmdd, serial string) string {
	return yymmdd + serial + testLuhnDigit(yymmdd+serial)
}

// badCheck returns the ten digits n with a wrong check digit.
func badCheck(n string) string {
	last := n[len(n)-1]
	return n[:len(n)-1] + string(rune('0'+(last-'0'+1)%10))
}

// orgnr returns an organisation number with a correct check digit for the
// nine digits, as NNNNNN-NNNN.
func orgnr(nine string) string {
	ten := nine + testLuhnDigit(nine)
	return ten[:6] + "-" + ten[6:]
}
