package model

import (
	"testing"
	"time"
)

// consistentAgreement is a draft that passes every consistency check.
func consistentAgreement() (*Agreement, []*Commitment) {
	a := validAgreement()
	a.Included = nil
	a.CommitmentIDs = []string{"c1", "c2"}
	a.Sections.Goals = "Ökad trygghet\nFärre skadegörelser"
	a.Replaces = Reference{Title: "Samverkansöverenskommelse Skärholmen 2024–2025", From: "2024-01-01", To: "2025-12-31", Signed: "2024-01-20"}
	cs := []*Commitment{
		{Meta: Meta{ID: "c1"}, Title: "Trygghetsvandring", Due: "2026-10-31", Goal: Goal{Indicator: "Andel trygga", Target: "70 %"}},
		{Meta: Meta{ID: "c2"}, Title: "Belysning", Due: "2027-06-30", Goal: Goal{Indicator: "Trasiga lampor", Target: "0"}},
	}
	return a, cs
}

func TestCheckConsistency(t *testing.T) {
	a, cs := consistentAgreement()
	if p := CheckConsistency(a, cs, nil); len(p) != 0 {
		t.Fatalf("a consistent agreement: %v", p)
	}
	for _, tc := range []struct {
		name, code, field string
		change            func(*Agreement, []*Commitment, *[]*Signature)
		args              map[string]any
	}{
		{"DueAfterPeriod", CodeAgreementDueOutside, "commitmentIds",
			func(a *Agreement, cs []*Commitment, _ *[]*Signature) { cs[1].Due = "2028-03-01" },
			map[string]any{"Title": "Belysning", "Due": "2028-03-01", "To": "2027-12-31"}},
		{"DueBeforePeriod", CodeAgreementDueOutside, "commitmentIds",
			func(a *Agreement, cs []*Commitment, _ *[]*Signature) { cs[0].Due = "2025-12-01" },
			map[string]any{"Title": "Trygghetsvandring", "From": "2026-01-01"}},
		{"FrozenCopyDue", CodeAgreementDueOutside, "commitmentIds",
			func(a *Agreement, cs []*Commitment, _ *[]*Signature) {
				a.Included = []IncludedCommitment{{Title: "Kopian", Due: "2029-01-01"}}
				a.State = StateForSigning
			},
			map[string]any{"Title": "Kopian"}},
		{"OverlapWithoutReplacesFrom", CodeAgreementOverlap, "replacesFrom",
			func(a *Agreement, _ []*Commitment, _ *[]*Signature) { a.Replaces.To = "2026-06-30" },
			map[string]any{"ReplacedTo": "2026-06-30", "From": "2026-01-01"}},
		{"ReplacesFromOutside", CodeAgreementReplacesFrom, "replacesFrom",
			func(a *Agreement, _ []*Commitment, _ *[]*Signature) { a.ReplacesFrom = "2030-01-01" },
			map[string]any{"Date": "2030-01-01"}},
		{"SameGoalTwice", CodeAgreementSameGoal, "commitmentIds",
			func(a *Agreement, cs []*Commitment, _ *[]*Signature) {
				cs[1].Goal = Goal{Indicator: "andel  TRYGGA", Target: "70 %"}
			},
			map[string]any{"First": "Trygghetsvandring", "Second": "Belysning"}},
		{"SameGoalLineTwice", CodeAgreementSameGoal, "sections.goals",
			func(a *Agreement, _ []*Commitment, _ *[]*Signature) { a.Sections.Goals += "\n– ökad trygghet" },
			map[string]any{"Goal": "ökad trygghet"}},
		{"SignedBeforeLock", CodeAgreementSignedEarly, "signatures",
			func(a *Agreement, _ []*Commitment, sigs *[]*Signature) {
				a.Freeze(time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC))
				*sigs = append(*sigs, &Signature{AgreementID: a.ID, SignerName: "Per Persson", Date: "2026-01-28"},
					&Signature{AgreementID: a.ID, SignerName: "Anna Andersson", Date: "2026-02-01"},
					&Signature{AgreementID: "other", SignerName: "Annan", Date: "2020-01-01"})
			},
			map[string]any{"Name": "Per Persson", "Date": "2026-01-28", "Locked": "2026-02-01"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, cs := consistentAgreement()
			var sigs []*Signature
			tc.change(a, cs, &sigs)
			p := CheckConsistency(a, cs, sigs)
			if len(p) != 1 || p[0].Code != tc.code || p[0].Field != tc.field {
				t.Fatalf("want one %s on %s, got %v", tc.code, tc.field, p)
			}
			for k, v := range tc.args {
				if p[0].Args[k] != v {
					t.Errorf("%s = %v, want %v", k, p[0].Args[k], v)
				}
			}
		})
	}
	t.Run("ReplacesFromStated", func(t *testing.T) {
		a, cs := consistentAgreement()
		a.Replaces.To, a.ReplacesFrom = "2026-06-30", "2026-07-01"
		if p := CheckConsistency(a, cs, nil); len(p) != 0 {
			t.Fatalf("an overlap with a stated ”ersätter från”: %v", p)
		}
	})
	t.Run("DeletedCommitmentIgnored", func(t *testing.T) {
		a, cs := consistentAgreement()
		cs[1].Due, cs[1].Deleted = "2030-01-01", true
		if p := CheckConsistency(a, cs, nil); len(p) != 0 {
			t.Fatalf("a deleted commitment was checked: %v", p)
		}
	})
}

// TestDefaultParties checks Brå's two-signer default: the stadsdelsnämnd
// and the lokalpolisområde sign, by their chair and head; every other
// aktör is medverkande.
func TestDefaultParties(t *testing.T) {
	parts := []*Part{
		{Meta: Meta{ID: "hus"}, Name: "AB Familjebostäder", Kind: PartHousing, OrgNumber: "556035-9555"},
		{Meta: Meta{ID: "pol"}, Name: "Lokalpolisområde Skärholmen", Kind: PartPolice, LegalName: "Polismyndigheten", OrgNumber: "202100-0076"},
		{Meta: Meta{ID: "sdf"}, Name: "Skärholmens stadsdelsförvaltning", Kind: PartDistrict, LegalName: "Stockholms stad", Through: "Skärholmens stadsdelsnämnd", OrgNumber: "212000-0142"},
		{Meta: Meta{ID: "sko"}, Name: "Skärholmens gymnasium", Kind: PartSchool, LegalName: "Stockholms stad"},
		{Meta: Meta{ID: "old", Deleted: true}, Name: "Nedlagd förening", Kind: PartAssociation},
	}
	reps := []*Representative{
		{Meta: Meta{ID: "r1"}, PartID: "sdf", Name: "Sara Direktör", Title: "Stadsdelsdirektör", MaySign: true},
		{Meta: Meta{ID: "r2"}, PartID: "sdf", Name: "Olle Ordförande", Title: "Ordförande i stadsdelsnämnden", MaySign: true},
		{Meta: Meta{ID: "r3"}, PartID: "pol", Name: "Lena Chef", Title: "Lokalpolisområdeschef", MaySign: true},
		{Meta: Meta{ID: "r4"}, PartID: "pol", Name: "Kim Kommunpolis", Title: "Kommunpolis"},
		{Meta: Meta{ID: "r5"}, PartID: "hus", Name: "Vd Bolag", Title: "Vd", MaySign: true},
	}
	a := &Agreement{Meta: Meta{ID: "a1"}, Version: 1, Parties: DefaultParties(parts, reps), Clauses: DefaultClauses(2)}
	if n := NewAgreement(parts, reps); len(n.Parties) != 2 || !n.Parties[0].Signs() || len(n.Clauses) != len(ClauseKinds) {
		t.Fatalf("a new agreement proposes %+v", n.Parties)
	}
	signing := a.SigningParties()
	if len(signing) != 2 {
		t.Fatalf("%d signing parties, want 2: %+v", len(signing), a.Parties)
	}
	want := []Party{
		{PartID: "sdf", Organisation: "Stockholms stad", Through: "Skärholmens stadsdelsnämnd", OrgNumber: "212000-0142",
			SignatoryID: "r2", SignerName: "Olle Ordförande", SignerTitle: "Ordförande i stadsdelsnämnden"},
		{PartID: "pol", Organisation: "Polismyndigheten", Through: "Lokalpolisområde Skärholmen", OrgNumber: "202100-0076",
			SignatoryID: "r3", SignerName: "Lena Chef", SignerTitle: "Lokalpolisområdeschef"},
	}
	for i, w := range want {
		if signing[i] != w {
			t.Errorf("signing party %d = %+v, want %+v", i, signing[i], w)
		}
	}
	if len(a.Parties) != 4 {
		t.Fatalf("parties %+v, want 2 signing and 2 medverkande (deleted left out)", a.Parties)
	}
	for _, p := range a.Parties[2:] {
		if p.Signs() || p.SignerName != "" {
			t.Errorf("%s should be a medverkande aktör without signer: %+v", p.PartID, p)
		}
	}
	if a.Parties[3].Organisation != "Stockholms stad" || a.Parties[3].Through != "Skärholmens gymnasium" {
		t.Errorf("a school of the city: %+v", a.Parties[3])
	}
	if len(a.Clauses) != len(ClauseKinds) || a.Clauses[5].Kind != ClauseCosts ||
		a.Clauses[5].Text[:len("Varje part bär sina egna kostnader")] != "Varje part bär sina egna kostnader" {
		t.Errorf("default clauses: %+v", a.Clauses)
	}
	// Two signing parties are enough to lock; the medverkande need no signer.
	a.Title, a.From, a.To = "SÖK", "2026-01-01", "2027-12-31"
	if p := CheckForSigning(a); len(p) != 0 {
		t.Fatalf("the default parties are not ready to sign: %v", p)
	}
	// Only the signing parties' signatures are needed.
	a.Freeze(t0)
	sigs := []*Signature{
		{AgreementID: a.ID, PartID: "sdf", Fingerprint: a.Fingerprint},
		{AgreementID: a.ID, PartID: "pol", Fingerprint: a.Fingerprint},
	}
	if !AllSigned(a, sigs) {
		t.Fatal("both signing parties signed, yet not all signed")
	}
	if AllSigned(a, sigs[:1]) {
		t.Fatal("one of two signing parties signed, yet all signed")
	}
}

func TestReferenceTo(t *testing.T) {
	a := validAgreement()
	a.Freeze(t0)
	sigs := []*Signature{
		{AgreementID: a.ID, Date: "2026-02-03", Fingerprint: a.Fingerprint},
		{AgreementID: a.ID, Date: "2026-02-05", Fingerprint: a.Fingerprint},
		{AgreementID: a.ID, Date: "2026-03-01", Fingerprint: "other"},
		{AgreementID: a.ID, Date: "2026-04-01", Fingerprint: a.Fingerprint, Meta: Meta{Deleted: true}},
	}
	r := ReferenceTo(a, sigs)
	if r.Title != a.Title || r.From != a.From || r.To != a.To || r.Signed != "2026-02-05" || r.ID != a.ID {
		t.Fatalf("reference %+v", r)
	}
	n := a.NewVersion()
	if n.Replaces.Title != a.Title || n.Replaces.To != a.To || n.Encoding != 0 {
		t.Fatalf("new version names what it replaces as %+v", n.Replaces)
	}
}
