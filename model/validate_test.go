package model

import (
	"strings"
	"testing"
)

func TestValidateValidRecords(t *testing.T) {
	for _, r := range validRecords() {
		t.Run(string(r.RecordKind()), func(t *testing.T) {
			if p := Validate(r); len(p) != 0 {
				t.Fatalf("valid %s refused: %v", r.RecordKind(), p)
			}
		})
	}
}

// validateCase expects exactly one problem, field and code, or none when
// code is empty.
type validateCase struct {
	name  string
	rec   Record
	field string
	code  string
}

func runValidateCases(t *testing.T, cases []validateCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := Validate(tc.rec)
			if tc.code == "" {
				if len(p) != 0 {
					t.Fatalf("want no problem, got %v", p)
				}
				return
			}
			if len(p) != 1 || p[0].Field != tc.field || p[0].Code != tc.code {
				t.Fatalf("want exactly %s: %s, got %v", tc.field, tc.code, p)
			}
		})
	}
}

func TestValidateCouncilAndPart(t *testing.T) {
	personal := pnr("800101", "123")
	runValidateCases(t, []validateCase{
		{"CouncilNameRequired", mod(validCouncil(), func(c *Council) { c.Name = "" }), "name", CodeRequired},
		{"CouncilNameBlank", mod(validCouncil(), func(c *Council) { c.Name = " \t " }), "name", CodeRequired},
		{"CouncilNameAtMax", mod(validCouncil(), func(c *Council) { c.Name = strings.Repeat("ö", MaxName) }), "", ""},
		{"CouncilNameTooLong", mod(validCouncil(), func(c *Council) { c.Name = strings.Repeat("ö", MaxName+1) }), "name", CodeTooLong},
		{"CouncilNotesAtMax", mod(validCouncil(), func(c *Council) { c.Notes = strings.Repeat("å", MaxText) }), "", ""},
		{"CouncilNotesTooLong", mod(validCouncil(), func(c *Council) { c.Notes = strings.Repeat("a", MaxText+1) }), "notes", CodeTooLong},
		{"CouncilChairTooLong", mod(validCouncil(), func(c *Council) { c.Chair = strings.Repeat("a", MaxName+1) }), "chair", CodeTooLong},
		{"PartKindRequired", mod(validPart(), func(p *Part) { p.Kind = "" }), "kind", CodeRequired},
		{"PartKindUnknown", mod(validPart(), func(p *Part) { p.Kind = "kommun" }), "kind", CodeEnum},
		{"PartWithoutOrgNumber", mod(validPart(), func(p *Part) { p.OrgNumber = "" }), "", ""},
		{"PartOrgNumberWithoutDash", mod(validPart(), func(p *Part) { p.OrgNumber = "2120000142" }), "", ""},
		{"PartOrgNumberWithPrefix16", mod(validPart(), func(p *Part) { p.OrgNumber = "16212000-0142" }), "", ""},
		{"PartOrgNumberShort", mod(validPart(), func(p *Part) { p.OrgNumber = "212000-014" }), "orgNumber", CodeOrgNrFormat},
		{"PartOrgNumberLetters", mod(validPart(), func(p *Part) { p.OrgNumber = "21200O-0142" }), "orgNumber", CodeOrgNrFormat},
		{"PartOrgNumberSlash", mod(validPart(), func(p *Part) { p.OrgNumber = "212000/0142" }), "orgNumber", CodeOrgNrFormat},
		{"PartOrgNumberLuhn", mod(validPart(), func(p *Part) { p.OrgNumber = "212000-0143" }), "orgNumber", CodeOrgNrLuhn},
		{"PartOrgNumberAssociation", mod(validPart(), func(p *Part) { p.OrgNumber = orgnr("802400123") }), "", ""},
		{"PartOrgNumberIsPersonnummer", mod(validPart(), func(p *Part) { p.OrgNumber = personal }), "orgNumber", CodePersonnummer},
		{"PartOrgNumberLowThirdDigit", mod(validPart(), func(p *Part) { p.OrgNumber = orgnr("551301123") }), "orgNumber", CodeOrgNrFormat},
		{"PartAddressTooLong", mod(validPart(), func(p *Part) { p.Address = strings.Repeat("a", MaxName+1) }), "address", CodeTooLong},
	})
}

func TestValidateRepresentative(t *testing.T) {
	rep := validRepresentative
	runValidateCases(t, []validateCase{
		{"PartRequired", mod(rep(), func(r *Representative) { r.PartID = "" }), "partId", CodeRequired},
		{"NameRequired", mod(rep(), func(r *Representative) { r.Name = "" }), "name", CodeRequired},
		{"TitleTooLong", mod(rep(), func(r *Representative) { r.Title = strings.Repeat("a", MaxName+1) }), "title", CodeTooLong},
		{"EmailOptional", mod(rep(), func(r *Representative) { r.Email = "" }), "", ""},
		{"EmailSubdomain", mod(rep(), func(r *Representative) { r.Email = "a.b+c@skarholmen.stockholm.se" }), "", ""},
		{"EmailWithoutAt", mod(rep(), func(r *Representative) { r.Email = "anna.example.se" }), "email", CodeEmail},
		{"EmailTwoAts", mod(rep(), func(r *Representative) { r.Email = "anna@b@example.se" }), "email", CodeEmail},
		{"EmailNoDomainDot", mod(rep(), func(r *Representative) { r.Email = "anna@localhost" }), "email", CodeEmail},
		{"EmailEmptyLocal", mod(rep(), func(r *Representative) { r.Email = "@example.se" }), "email", CodeEmail},
		{"EmailSpace", mod(rep(), func(r *Representative) { r.Email = "anna andersson@example.se" }), "email", CodeEmail},
		{"EmailTrailingDot", mod(rep(), func(r *Representative) { r.Email = "anna@example.se." }), "email", CodeEmail},
		{"EmailDomainDash", mod(rep(), func(r *Representative) { r.Email = "anna@-example.se" }), "email", CodeEmail},
		{"EmailOneLetterTLD", mod(rep(), func(r *Representative) { r.Email = "anna@example.s" }), "email", CodeEmail},
		{"PhoneInternational", mod(rep(), func(r *Representative) { r.Phone = "+46 (0)8-508 000 00" }), "", ""},
		{"PhoneMobile", mod(rep(), func(r *Representative) { r.Phone = "0701234567" }), "", ""},
		{"PhoneLetters", mod(rep(), func(r *Representative) { r.Phone = "växeln" }), "phone", CodePhone},
		{"PhoneTooFewDigits", mod(rep(), func(r *Representative) { r.Phone = "112" }), "phone", CodePhone},
		{"PhonePlusInside", mod(rep(), func(r *Representative) { r.Phone = "08+5080000" }), "phone", CodePhone},
		{"RoleEmptyIsContact", mod(rep(), func(r *Representative) { r.Role = "" }), "", ""},
		{"RoleUnknown", mod(rep(), func(r *Representative) { r.Role = "kung" }), "role", CodeEnum},
		{"ValidFromInvalid", mod(rep(), func(r *Representative) { r.ValidFrom = "2026-13-01" }), "validFrom", CodeDateInvalid},
		{"ValidToBeforeFrom", mod(rep(), func(r *Representative) { r.ValidTo = "2025-12-31" }), "validTo", CodeDateOrder},
		{"ValidToSameDay", mod(rep(), func(r *Representative) { r.ValidTo = r.ValidFrom }), "", ""},
	})
}

func TestValidateSituationProblemCauseMethod(t *testing.T) {
	runValidateCases(t, []validateCase{
		{"MethodNameRequired", mod(validMethod(), func(m *Method) { m.Name = "" }), "name", CodeRequired},
		{"MethodWithoutArea", mod(validMethod(), func(m *Method) { m.Area = AreaNone }), "", ""},
		{"MethodAreaUnknown", mod(validMethod(), func(m *Method) { m.Area = 5 }), "area", CodeEnum},
		{"SituationTitleRequired", mod(validSituation(), func(s *Situation) { s.Title = "" }), "title", CodeRequired},
		{"SituationDateRequired", mod(validSituation(), func(s *Situation) { s.Date = "" }), "date", CodeRequired},
		{"SituationDateNotReal", mod(validSituation(), func(s *Situation) { s.Date = "2026-02-30" }), "date", CodeDateInvalid},
		{"SituationDateShortForm", mod(validSituation(), func(s *Situation) { s.Date = "2026-2-3" }), "date", CodeDateInvalid},
		{"SituationDateSwedishWords", mod(validSituation(), func(s *Situation) { s.Date = "3 mars 2026" }), "date", CodeDateInvalid},
		{"SituationToBeforeFrom", mod(validSituation(), func(s *Situation) { s.To = "2024-12-31" }), "to", CodeDateOrder},
		{"SituationSourceTooLong", mod(validSituation(), func(s *Situation) { s.SourcesUsed[0] = strings.Repeat("a", MaxText+1) }), "sourcesUsed[0]", CodeTooLong},
		{"ProblemTitleRequired", mod(validProblem(), func(p *Problem) { p.Title = "" }), "title", CodeRequired},
		{"ProblemRankNegative", mod(validProblem(), func(p *Problem) { p.Rank = -1 }), "rank", CodeRange},
		{"ProblemAreaUnknown", mod(validProblem(), func(p *Problem) { p.Areas[1] = 0 }), "areas[1]", CodeEnum},
		{"ProblemWhatTooLong", mod(validProblem(), func(p *Problem) { p.What = strings.Repeat("a", MaxText+1) }), "what", CodeTooLong},
		{"CauseProblemRequired", mod(validCause(), func(c *Cause) { c.ProblemID = "" }), "problemId", CodeRequired},
		{"CauseDescriptionRequired", mod(validCause(), func(c *Cause) { c.Description = "" }), "description", CodeRequired},
		{"CauseNumberNegative", mod(validCause(), func(c *Cause) { c.Number = -2 }), "number", CodeRange},
	})
}

func TestValidateCommitmentAndFollowUp(t *testing.T) {
	com, fu := validCommitment, validFollowUp
	runValidateCases(t, []validateCase{
		{"TitleRequired", mod(com(), func(c *Commitment) { c.Title = "" }), "title", CodeRequired},
		{"TitleTooLong", mod(com(), func(c *Commitment) { c.Title = strings.Repeat("a", MaxName+1) }), "title", CodeTooLong},
		{"PartRequired", mod(com(), func(c *Commitment) { c.PartID = "" }), "partId", CodeRequired},
		{"AreaRequired", mod(com(), func(c *Commitment) { c.Area = AreaNone }), "area", CodeRequired},
		{"AreaUnknown", mod(com(), func(c *Commitment) { c.Area = 7 }), "area", CodeEnum},
		{"AreaNegative", mod(com(), func(c *Commitment) { c.Area = -1 }), "area", CodeEnum},
		{"StartInvalid", mod(com(), func(c *Commitment) { c.Start = "2026-00-10" }), "start", CodeDateInvalid},
		{"DueBeforeStart", mod(com(), func(c *Commitment) { c.Due = "2025-12-31" }), "due", CodeDateOrder},
		{"DueWithoutStart", mod(com(), func(c *Commitment) { c.Start = "" }), "", ""},
		{"GoalDateInvalid", mod(com(), func(c *Commitment) { c.Goal.Date = "2026-06-31" }), "goal.date", CodeDateInvalid},
		{"GoalIndicatorTooLong", mod(com(), func(c *Commitment) { c.Goal.Indicator = strings.Repeat("a", MaxText+1) }), "goal.indicator", CodeTooLong},
		{"StatusEmptyIsPlanned", mod(com(), func(c *Commitment) { c.Status = "" }), "", ""},
		{"StatusUnknown", mod(com(), func(c *Commitment) { c.Status = "klart" }), "status", CodeEnum},
		{"ParagraphNegative", mod(com(), func(c *Commitment) { c.Paragraph = -1 }), "paragraph", CodeRange},
		{"FollowUpCommitmentRequired", mod(fu(), func(f *FollowUp) { f.CommitmentID = "" }), "commitmentId", CodeRequired},
		{"FollowUpDateRequired", mod(fu(), func(f *FollowUp) { f.Date = "" }), "date", CodeRequired},
		{"FollowUpDateInvalid", mod(fu(), func(f *FollowUp) { f.Date = "2026-03-12T10:00" }), "date", CodeDateInvalid},
		{"FollowUpStatusRequired", mod(fu(), func(f *FollowUp) { f.Status = "" }), "status", CodeRequired},
		{"FollowUpStatusUnknown", mod(fu(), func(f *FollowUp) { f.Status = "Pågår" }), "status", CodeEnum},
		{"FollowUpWithoutLight", mod(fu(), func(f *FollowUp) { f.Light = LightNone }), "", ""},
		{"FollowUpLightUnknown", mod(fu(), func(f *FollowUp) { f.Light = "bla" }), "light", CodeEnum},
		{"FollowUpCommentTooLong", mod(fu(), func(f *FollowUp) { f.Comment = strings.Repeat("a", MaxText+1) }), "comment", CodeTooLong},
	})
}

func TestValidateMeeting(t *testing.T) {
	mt := validMeeting
	approved := func() *Meeting {
		m := validMeeting()
		m.Approve(t0)
		return m
	}
	runValidateCases(t, []validateCase{
		{"DateRequired", mod(mt(), func(m *Meeting) { m.Date = "" }), "date", CodeRequired},
		{"KindRequired", mod(mt(), func(m *Meeting) { m.Kind = "" }), "kind", CodeRequired},
		{"KindUnknown", mod(mt(), func(m *Meeting) { m.Kind = "fest" }), "kind", CodeEnum},
		{"NoTimes", mod(mt(), func(m *Meeting) { m.StartTime, m.EndTime = "", "" }), "", ""},
		{"StartTimeHour25", mod(mt(), func(m *Meeting) { m.StartTime = "25:00" }), "startTime", CodeTime},
		{"StartTimeOneDigitHour", mod(mt(), func(m *Meeting) { m.StartTime = "8:30" }), "startTime", CodeTime},
		{"EndTimeMinute60", mod(mt(), func(m *Meeting) { m.EndTime = "19:60" }), "endTime", CodeTime},
		{"EndTimeWithDot", mod(mt(), func(m *Meeting) { m.EndTime = "19.00" }), "endTime", CodeTime},
		{"EndBeforeStart", mod(mt(), func(m *Meeting) { m.EndTime = "16:59" }), "endTime", CodeTimeOrder},
		{"StateOfAgreement", mod(mt(), func(m *Meeting) { m.State = StateSigned }), "state", CodeEnum},
		{"StateEmptyIsDraft", mod(mt(), func(m *Meeting) { m.State = "" }), "", ""},
		{"PlaceTooLong", mod(mt(), func(m *Meeting) { m.Place = strings.Repeat("a", MaxName+1) }), "place", CodeTooLong},
		{"AgendaTitleRequired", mod(mt(), func(m *Meeting) { m.Agenda[1].Title = "" }), "agenda[1].title", CodeRequired},
		{"AgendaKindRequired", mod(mt(), func(m *Meeting) { m.Agenda[0].Kind = "" }), "agenda[0].kind", CodeRequired},
		{"AgendaKindUnknown", mod(mt(), func(m *Meeting) { m.Agenda[0].Kind = "fika" }), "agenda[0].kind", CodeEnum},
		{"AgendaMinutesNegative", mod(mt(), func(m *Meeting) { m.Agenda[0].Minutes = -5 }), "agenda[0].minutes", CodeRange},
		{"AgendaParagraphNegative", mod(mt(), func(m *Meeting) { m.Agenda[0].Paragraph = -1 }), "agenda[0].paragraph", CodeRange},
		{"AgendaParagraphTwice", mod(mt(), func(m *Meeting) { m.Agenda[1].Paragraph = 5 }), "agenda[1].paragraph", CodeDuplicateParagraph},
		{"AgendaParagraphsUnset", mod(mt(), func(m *Meeting) { m.Agenda[0].Paragraph, m.Agenda[1].Paragraph = 0, 0 }), "", ""},
		{"AgendaNotesTooLong", mod(mt(), func(m *Meeting) { m.Agenda[0].Notes = strings.Repeat("a", MaxText+1) }), "agenda[0].notes", CodeTooLong},
		{"DecisionTextRequired", mod(mt(), func(m *Meeting) { m.Agenda[1].Decisions[0].Text = "" }), "agenda[1].decisions[0].text", CodeRequired},
		{"AttendanceNobody", mod(mt(), func(m *Meeting) { m.Attendance[1].GuestName = "" }), "attendance[1].representativeId", CodeRequired},
		{"AttendancePresenceUnset", mod(mt(), func(m *Meeting) { m.Attendance[0].Presence = PresenceUnknown }), "", ""},
		{"AttendancePresenceUnknown", mod(mt(), func(m *Meeting) { m.Attendance[0].Presence = "sjuk" }), "attendance[0].presence", CodeEnum},
		{"SubstituteForNobody", mod(mt(), func(m *Meeting) { m.Attendance[2].SubstituteFor = "" }), "attendance[2].substituteFor", CodeRequired},
		{"Approved", approved(), "", ""},
		{"ApprovedWithoutFingerprint", mod(mt(), func(m *Meeting) { m.State = StateApproved }), "fingerprint", CodeFingerprint},
		{"ApprovedThenChanged", mod(approved(), func(m *Meeting) { m.Place = "Annan lokal" }), "fingerprint", CodeFingerprint},
	})
}

func TestValidateAgreement(t *testing.T) {
	ag := validAgreement
	frozen := func(fn func(a *Agreement)) Record {
		a := validAgreement()
		fn(a)
		a.Freeze(t0)
		return a
	}
	runValidateCases(t, []validateCase{
		{"TitleRequired", mod(ag(), func(a *Agreement) { a.Title = "" }), "title", CodeRequired},
		{"FromInvalid", mod(ag(), func(a *Agreement) { a.From = "2026-1-1" }), "from", CodeDateInvalid},
		{"ToBeforeFrom", mod(ag(), func(a *Agreement) { a.To = "2025-12-31" }), "to", CodeDateOrder},
		{"DraftMayBeIncomplete", mod(ag(), func(a *Agreement) {
			a.From, a.To, a.Version = "", "", 0
			a.Parties = a.Parties[:1]
			a.Parties[0].SignerName, a.Parties[0].Organisation = "", ""
		}), "", ""},
		{"DraftWithoutParties", mod(ag(), func(a *Agreement) { a.Parties = nil }), "", ""},
		{"PartyPartRequired", mod(ag(), func(a *Agreement) { a.Parties[1].PartID = "" }), "parties[1].partId", CodeRequired},
		{"PartyTwice", mod(ag(), func(a *Agreement) { a.Parties[1].PartID = "p1" }), "parties[1].partId", CodeDuplicateParty},
		{"SignerNameTooLong", mod(ag(), func(a *Agreement) { a.Parties[0].SignerName = strings.Repeat("a", MaxName+1) }), "parties[0].signerName", CodeTooLong},
		{"SectionTooLong", mod(ag(), func(a *Agreement) { a.Sections.Goals = strings.Repeat("a", MaxText+1) }), "sections.goals", CodeTooLong},
		{"VersionNegative", mod(ag(), func(a *Agreement) { a.Version = -1 }), "version", CodeRange},
		{"StateOfMinutes", mod(ag(), func(a *Agreement) { a.State = StateApproved }), "state", CodeEnum},
		{"IncludedAreaUnknown", mod(ag(), func(a *Agreement) { a.Included[0].Area = 9 }), "included[0].area", CodeEnum},
		{"IncludedDueInvalid", mod(ag(), func(a *Agreement) { a.Included[0].Due = "30/6" }), "included[0].due", CodeDateInvalid},
		{"AnnexTitleRequired", mod(ag(), func(a *Agreement) { a.Annexes[0].Title = "" }), "annexes[0].title", CodeRequired},
		{"AnnexKindUnknown", mod(ag(), func(a *Agreement) { a.Annexes[0].Kind = "bilaga" }), "annexes[0].kind", CodeEnum},
		{"PromiseTextRequired", mod(ag(), func(a *Agreement) { a.Promises[0].Text = " " }), "promises[0].text", CodeRequired},
		{"ForSigning", frozen(func(*Agreement) {}), "", ""},
		{"ForSigningOneParty", frozen(func(a *Agreement) { a.Parties = a.Parties[:1] }), "parties", CodeAgreementParties},
		{"ForSigningNoParties", frozen(func(a *Agreement) { a.Parties = nil }), "parties", CodeAgreementParties},
		{"ForSigningSignerMissing", frozen(func(a *Agreement) { a.Parties[1].SignerName = "" }), "parties[1].signerName", CodeRequired},
		{"ForSigningOrganisationMissing", frozen(func(a *Agreement) { a.Parties[0].Organisation = "" }), "parties[0].organisation", CodeRequired},
		{"ForSigningFromMissing", frozen(func(a *Agreement) { a.From = "" }), "from", CodeRequired},
		{"ForSigningToMissing", frozen(func(a *Agreement) { a.To = "" }), "to", CodeRequired},
		{"ForSigningChangedAfterFreeze", mod(frozen(func(*Agreement) {}).(*Agreement), func(a *Agreement) { a.Title += "!" }), "fingerprint", CodeFingerprint},
		{"ForSigningVersionZero", mod(frozen(func(*Agreement) {}).(*Agreement), func(a *Agreement) {
			a.Version = 0
			a.Fingerprint = AgreementFingerprint(a)
		}), "version", CodeRange},
		{"SignedWithoutFingerprint", mod(ag(), func(a *Agreement) { a.State = StateSigned }), "fingerprint", CodeFingerprint},
		{"SupersededWithoutSuccessor", mod(frozen(func(*Agreement) {}).(*Agreement), func(a *Agreement) { a.State = StateSuperseded }), "supersededBy", CodeRequired},
	})
}

func TestValidateSignature(t *testing.T) {
	sig := validSignature
	runValidateCases(t, []validateCase{
		{"AgreementRequired", mod(sig(), func(s *Signature) { s.AgreementID = "" }), "agreementId", CodeRequired},
		{"PartRequired", mod(sig(), func(s *Signature) { s.PartID = "" }), "partId", CodeRequired},
		{"SignerRequired", mod(sig(), func(s *Signature) { s.SignerName = "" }), "signerName", CodeRequired},
		{"DateRequired", mod(sig(), func(s *Signature) { s.Date = "" }), "date", CodeRequired},
		{"DateInvalid", mod(sig(), func(s *Signature) { s.Date = "2026-02-29" }), "date", CodeDateInvalid},
		{"MethodRequired", mod(sig(), func(s *Signature) { s.Method = "" }), "method", CodeRequired},
		{"MethodUnknown", mod(sig(), func(s *Signature) { s.Method = "bankid" }), "method", CodeEnum},
		{"DrawnWithoutStrokes", mod(sig(), func(s *Signature) { s.Strokes = nil }), "strokes", CodeSignatureStrokes},
		{"DrawnDotOnly", mod(sig(), func(s *Signature) { s.Strokes = [][]Point{{{X: 0.5, Y: 0.5}}, {}} }), "strokes", CodeSignatureStrokes},
		{"PaperWithoutStrokes", mod(sig(), func(s *Signature) { s.Method, s.Strokes = SignPaper, nil }), "", ""},
		{"FingerprintRequired", mod(sig(), func(s *Signature) { s.Fingerprint = "" }), "fingerprint", CodeRequired},
		{"PlaceTooLong", mod(sig(), func(s *Signature) { s.Place = strings.Repeat("a", MaxName+1) }), "place", CodeTooLong},
	})
}

func TestValidateReportsEveryProblem(t *testing.T) {
	c := validCommitment()
	c.Title, c.PartID, c.Due = "", "", "2020-01-01"
	p := Validate(c)
	for _, want := range []struct{ field, code string }{
		{"title", CodeRequired}, {"partId", CodeRequired}, {"due", CodeDateOrder},
	} {
		if e := p.For(want.field); e == nil || e.Code != want.code {
			t.Errorf("%s: want %s, got %v", want.field, want.code, e)
		}
	}
	if len(p) != 3 {
		t.Errorf("want 3 problems, got %v", p)
	}
	if p.For("due").Args["From"] != "2026-01-01" {
		t.Errorf("date order should name the start date: %v", p.For("due"))
	}
}

func TestValidateNil(t *testing.T) {
	if p := Validate(nil); len(p) != 1 || p[0].Code != CodeInternal {
		t.Fatalf("nil record: %v", p)
	}
}

func TestNormalizeOrgNumber(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"Dashed", "212000-0142", "212000-0142"},
		{"TenDigits", "2120000142", "212000-0142"},
		{"Spaces", " 212000 0142 ", "212000-0142"},
		{"Prefix16", "162120000142", "212000-0142"},
		{"Prefix16Dashed", "16212000-0142", "212000-0142"},
		{"TwelveOther", "192120000142", "192120000142"},
		{"TooShort", "21200-0142", "21200-0142"},
		{"Letters", "abc", "abc"},
		{"Empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := NormalizeOrgNumber(tc.in); got != tc.want {
				t.Fatalf("NormalizeOrgNumber(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFieldKeyAndRow(t *testing.T) {
	for _, tc := range []struct {
		field, key string
		row        int
	}{
		{"title", "field.title", 0},
		{"goal.date", "field.goal.date", 0},
		{"parties[1].signerName", "field.parties.signerName", 2},
		{"agenda[0].decisions[3].text", "field.agenda.decisions.text", 1},
		{"areas[12]", "field.areas", 13},
	} {
		t.Run(tc.field, func(t *testing.T) {
			if got := FieldKey(tc.field); got != tc.key {
				t.Errorf("FieldKey = %q, want %q", got, tc.key)
			}
			if got := FieldRow(tc.field); got != tc.row {
				t.Errorf("FieldRow = %d, want %d", got, tc.row)
			}
		})
	}
}
