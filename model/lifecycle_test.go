package model

import (
	"encoding/json"
	"errors"
	"testing"
	"time"
)

// clone returns a deep copy of r through JSON, the way a record comes back
// from the data file.
func clone[T Record](r T) T {
	data, err := json.Marshal(r)
	if err != nil {
		panic(err)
	}
	c := NewRecord(r.RecordKind()).(T)
	if err := json.Unmarshal(data, c); err != nil {
		panic(err)
	}
	return c
}

func frozenAgreement() *Agreement {
	a := validAgreement()
	a.Freeze(t0)
	return a
}

func signedAgreement() *Agreement {
	a := frozenAgreement()
	a.Seal(t0.Add(time.Hour))
	return a
}

func deletedDraft() *Agreement {
	a := validAgreement()
	a.Deleted = true
	return a
}

func approvedMeeting() *Meeting {
	m := validMeeting()
	m.Approve(t0)
	return m
}

// change is a CheckChange case: new is a copy of old changed by fn; want
// is "" for an allowed change, or the field the refusal names ("-" for a
// refusal that names none).
type change[T Record] struct {
	name string
	old  func() T
	fn   func(T)
	want string
}

func runChanges[T Record](t *testing.T, cases []change[T]) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			old := tc.old()
			n := clone(old)
			tc.fn(n)
			checkRefusal(t, CheckChange(old, n), tc.want)
		})
	}
}

func checkRefusal(t *testing.T, err error, want string) {
	t.Helper()
	if want == "" {
		if err != nil {
			t.Fatalf("change refused: %v", err)
		}
		return
	}
	var e *Error
	if !errors.As(err, &e) || e.Code != CodeLockedRecord {
		t.Fatalf("want %s, got %v", CodeLockedRecord, err)
	}
	if want == "-" {
		want = ""
	}
	if e.Field != want {
		t.Fatalf("refusal names field %q, want %q", e.Field, want)
	}
}

func touch[T Record](r T) { Touch(r, t0.Add(time.Minute), "Bo") }

func TestCheckChangeAgreement(t *testing.T) {
	draft, frozen, signed := validAgreement, frozenAgreement, signedAgreement
	superseded := func() *Agreement {
		a := signedAgreement()
		a.Supersede("ag2")
		return a
	}
	runChanges(t, []change[*Agreement]{
		{"DraftContent", draft, func(a *Agreement) { a.Title = "Ny titel"; a.Parties = nil }, ""},
		{"DraftTombstone", draft, func(a *Agreement) { a.Deleted = true }, ""},
		{"DraftUndelete", deletedDraft, func(a *Agreement) { a.Deleted = false }, ""},
		{"DraftFreeze", draft, func(a *Agreement) { a.Freeze(t0) }, ""},
		{"DraftToSigningUnfingerprinted", draft, func(a *Agreement) { a.State, a.FrozenAt = StateForSigning, t0 }, "state"},
		{"DraftToSigningNotFrozenAt", draft, func(a *Agreement) { a.Freeze(t0); a.FrozenAt = time.Time{} }, "state"},
		{"DraftToSigningStale", draft, func(a *Agreement) { a.Freeze(t0); a.Title += "!" }, "state"},
		{"DraftToSigned", draft, func(a *Agreement) { a.Freeze(t0); a.State = StateSigned }, "state"},
		{"DraftToSuperseded", draft, func(a *Agreement) { a.State, a.SupersededBy = StateSuperseded, "x" }, "state"},
		{"FrozenMetaOnly", frozen, touch[*Agreement], ""},
		{"FrozenUnchanged", frozen, func(*Agreement) {}, ""},
		{"FrozenTitle", frozen, func(a *Agreement) { a.Title += "!" }, "-"},
		{"FrozenRefrozen", frozen, func(a *Agreement) { a.Title += "!"; a.Fingerprint = AgreementFingerprint(a) }, "-"},
		{"FrozenSignatory", frozen, func(a *Agreement) { a.Parties[1].SignatoryID = "r9" }, "-"},
		{"FrozenFingerprint", frozen, func(a *Agreement) { a.Fingerprint = "0000" }, "fingerprint"},
		{"FrozenAtMoved", frozen, func(a *Agreement) { a.FrozenAt = a.FrozenAt.Add(time.Second) }, "fingerprint"},
		{"FrozenAtOtherZone", frozen, func(a *Agreement) { a.FrozenAt = a.FrozenAt.In(time.FixedZone("CEST", 7200)) }, ""},
		{"FrozenTombstone", frozen, func(a *Agreement) { a.Deleted = true }, "deleted"},
		{"FrozenBackToDraft", frozen, func(a *Agreement) { a.State = StateDraft }, "state"},
		{"FrozenSeal", frozen, func(a *Agreement) { a.Seal(t0.Add(time.Hour)) }, ""},
		{"FrozenSignedWithoutSealedAt", frozen, func(a *Agreement) { a.State = StateSigned }, "state"},
		{"FrozenSuperseded", frozen, func(a *Agreement) { a.Supersede("ag2") }, ""},
		{"FrozenSealedAtAlone", frozen, func(a *Agreement) { a.SealedAt = t0 }, "state"},
		{"SignedMetaOnly", signed, touch[*Agreement], ""},
		{"SignedSuperseded", signed, func(a *Agreement) { a.Supersede("ag2") }, ""},
		{"SignedSupersededNoSuccessor", signed, func(a *Agreement) { a.State = StateSuperseded }, "state"},
		{"SignedSupersededAndChanged", signed, func(a *Agreement) { a.Supersede("ag2"); a.Sections.Goals = "Andra mål" }, "-"},
		{"SignedBackToSigning", signed, func(a *Agreement) { a.State = StateForSigning }, "state"},
		{"SignedResealed", signed, func(a *Agreement) { a.SealedAt = a.SealedAt.Add(time.Hour) }, "state"},
		{"SignedTombstone", signed, func(a *Agreement) { a.Deleted = true }, "deleted"},
		{"SupersededMetaOnly", superseded, touch[*Agreement], ""},
		{"SupersededOtherSuccessor", superseded, func(a *Agreement) { a.SupersededBy = "ag3" }, "state"},
		{"SupersededRevived", superseded, func(a *Agreement) { a.State, a.SupersededBy = StateSigned, "" }, "state"},
	})
}

// TestCheckChangeFrozenContent changes every content field of a frozen
// agreement in turn: each change is refused.
func TestCheckChangeFrozenContent(t *testing.T) {
	notContent := map[string]bool{"state": true, "fingerprint": true, "frozenAt": true, "sealedAt": true, "supersededBy": true}
	base := &Agreement{}
	fill(base)
	base.State, base.SupersededBy, base.SealedAt, base.Encoding = StateDraft, "", time.Time{}, 0
	base.Freeze(t0)
	for _, l := range leaves(base) {
		if l.Meta || notContent[l.Path] {
			continue
		}
		t.Run(l.Path, func(t *testing.T) {
			n := clone(base)
			l.change(n)
			checkRefusal(t, CheckChange(base, n), "-")
		})
	}
}

func TestCheckChangeMinutes(t *testing.T) {
	draft, approved := validMeeting, approvedMeeting
	runChanges(t, []change[*Meeting]{
		{"DraftChange", draft, func(m *Meeting) { m.Place = "Annan lokal"; m.Agenda = nil }, ""},
		{"DraftTombstone", draft, func(m *Meeting) { m.Deleted = true }, ""},
		{"DraftApprove", draft, func(m *Meeting) { m.Approve(t0) }, ""},
		{"DraftApprovedUnfingerprinted", draft, func(m *Meeting) { m.State, m.ApprovedAt = StateApproved, t0 }, "state"},
		{"DraftApprovedWithoutTime", draft, func(m *Meeting) { m.Approve(t0); m.ApprovedAt = time.Time{} }, "state"},
		{"ApprovedMetaOnly", approved, touch[*Meeting], ""},
		{"ApprovedPlace", approved, func(m *Meeting) { m.Place = "Annan lokal" }, "-"},
		{"ApprovedMinutesText", approved, func(m *Meeting) { m.Agenda[0].Notes = "Tillägg" }, "-"},
		{"ApprovedAttendance", approved, func(m *Meeting) { m.Attendance[0].Presence = PresenceAbsent }, "-"},
		{"ApprovedReopened", approved, func(m *Meeting) { m.State = StateDraft }, "-"},
		{"ApprovedTombstone", approved, func(m *Meeting) { m.Deleted = true }, "-"},
		{"ApprovedFingerprint", approved, func(m *Meeting) { m.Fingerprint = "0000" }, "-"},
		{"ApprovedAtMoved", approved, func(m *Meeting) { m.ApprovedAt = m.ApprovedAt.Add(time.Hour) }, "-"},
		{"ApprovedAtOtherZone", approved, func(m *Meeting) { m.ApprovedAt = m.ApprovedAt.In(time.FixedZone("CET", 3600)) }, ""},
	})
}

func TestCheckChangeAppendOnly(t *testing.T) {
	runChanges(t, []change[*FollowUp]{
		{"FollowUpMetaOnly", validFollowUp, touch[*FollowUp], ""},
		{"FollowUpUnchanged", validFollowUp, func(*FollowUp) {}, ""},
		{"FollowUpComment", validFollowUp, func(f *FollowUp) { f.Comment += "." }, "-"},
		{"FollowUpStatus", validFollowUp, func(f *FollowUp) { f.Status = StatusDone }, "-"},
		{"FollowUpLight", validFollowUp, func(f *FollowUp) { f.Light = LightRed }, "-"},
		{"FollowUpDate", validFollowUp, func(f *FollowUp) { f.Date = "2026-03-13" }, "-"},
		{"FollowUpMoved", validFollowUp, func(f *FollowUp) { f.CommitmentID = "co2" }, "-"},
		{"FollowUpTombstone", validFollowUp, func(f *FollowUp) { f.Deleted = true }, "-"},
	})
	runChanges(t, []change[*Signature]{
		{"SignatureMetaOnly", validSignature, touch[*Signature], ""},
		{"SignatureSignedAtOtherZone", validSignature, func(s *Signature) { s.SignedAt = s.SignedAt.In(time.FixedZone("CET", 3600)) }, ""},
		{"SignatureName", validSignature, func(s *Signature) { s.SignerName = "Bo Berg" }, "-"},
		{"SignatureStroke", validSignature, func(s *Signature) { s.Strokes[0][1].X += 0.01 }, "-"},
		{"SignatureStrokeAdded", validSignature, func(s *Signature) { s.Strokes = append(s.Strokes, []Point{{X: 1, Y: 1}}) }, "-"},
		{"SignatureFingerprint", validSignature, func(s *Signature) { s.Fingerprint = "00" }, "-"},
		{"SignatureSignedAt", validSignature, func(s *Signature) { s.SignedAt = s.SignedAt.Add(time.Second) }, "-"},
		{"SignatureTombstone", validSignature, func(s *Signature) { s.Deleted = true }, "-"},
	})
}

func TestCheckChangeOtherRecords(t *testing.T) {
	runChanges(t, []change[*Council]{
		{"CouncilRenamed", validCouncil, func(c *Council) { c.Name = "Rådet i Skärholmen" }, ""},
		{"CouncilOtherID", validCouncil, func(c *Council) { c.ID = "c2" }, "id"},
	})
	runChanges(t, []change[*Part]{
		{"PartRenamed", validPart, func(p *Part) { p.Name = "Nytt namn" }, ""},
		{"PartTombstone", validPart, func(p *Part) { p.Deleted = true }, ""},
	})
	t.Run("NewRecord", func(t *testing.T) {
		for _, r := range []Record{signedAgreement(), approvedMeeting(), validFollowUp(), validSignature()} {
			if err := CheckChange(nil, r); err != nil {
				t.Errorf("new %s refused: %v", r.RecordKind(), err)
			}
		}
	})
	t.Run("OtherKind", func(t *testing.T) {
		err := CheckChange(validPart(), validCouncil())
		if err == nil || CodeOf(err) != "" {
			t.Fatalf("want an internal error, got %v", err)
		}
	})
	t.Run("RefusalNamesRecord", func(t *testing.T) {
		old := frozenAgreement()
		n := clone(old)
		n.Title = "Ändrad"
		var e *Error
		if !errors.As(CheckChange(old, n), &e) || e.Args["Label"] != old.Title {
			t.Fatalf("refusal should name %q: %v", old.Title, e)
		}
	})
}

func TestFreeze(t *testing.T) {
	a := validAgreement()
	a.Version = 0
	a.Freeze(t0.In(time.FixedZone("CET", 3600)))
	if a.State != StateForSigning || a.Version != 1 || !a.FrozenAt.Equal(t0) || a.FrozenAt.Location() != time.UTC {
		t.Fatalf("frozen: state %s, version %d, at %v", a.State, a.Version, a.FrozenAt)
	}
	if a.Fingerprint != AgreementFingerprint(a) || len(Validate(a)) != 0 {
		t.Fatalf("frozen agreement invalid: %v", Validate(a))
	}
	fp := a.Fingerprint
	a.Title = "Ändrad"
	a.Freeze(t0.Add(time.Hour))
	if a.Fingerprint != fp || !a.FrozenAt.Equal(t0) {
		t.Fatal("freezing again changed a frozen agreement")
	}
}

func TestSealAndSupersede(t *testing.T) {
	d := validAgreement()
	d.Seal(t0)
	d.Supersede("x")
	if d.State != StateDraft || !d.SealedAt.IsZero() || d.SupersededBy != "" {
		t.Fatal("a draft was sealed or superseded")
	}
	a := signedAgreement()
	if a.State != StateSigned || a.SealedAt.IsZero() || len(Validate(a)) != 0 {
		t.Fatalf("sealed: %s %v %v", a.State, a.SealedAt, Validate(a))
	}
	a.Supersede("ag2")
	if a.State != StateSuperseded || a.SupersededBy != "ag2" || len(Validate(a)) != 0 {
		t.Fatalf("superseded: %s %q %v", a.State, a.SupersededBy, Validate(a))
	}
}

func TestNewVersion(t *testing.T) {
	old := signedAgreement()
	n := old.NewVersion()
	if n.ID == "" || n.ID == old.ID || n.PreviousID != old.ID || n.Version != old.Version+1 {
		t.Fatalf("new version: id %q, previous %q, version %d", n.ID, n.PreviousID, n.Version)
	}
	if n.State != StateDraft || n.Fingerprint != "" || !n.FrozenAt.IsZero() || !n.SealedAt.IsZero() || n.SupersededBy != "" || n.Rev != 0 {
		t.Fatalf("new version keeps lifecycle fields: %+v", n)
	}
	same := clone(n)
	same.Version, same.PreviousID, same.Replaces = old.Version, old.PreviousID, old.Replaces
	if AgreementFingerprint(same) != old.Fingerprint {
		t.Fatal("new version's content differs from the old one's")
	}
	if len(Validate(n)) != 0 || CheckChange(nil, n) != nil {
		t.Fatalf("new version invalid: %v", Validate(n))
	}
	n.Parties[0].SignerName = "Ny"
	n.Promises[0].PartIDs[0] = "p9"
	n.CommitmentIDs[0] = "co9"
	n.Included[0].Title = "Ny"
	n.Annexes[0].Title = "Ny"
	if AgreementFingerprint(old) != old.Fingerprint {
		t.Fatal("editing the new version changed the old one")
	}
	v := validAgreement()
	v.Version = 0
	if v.NewVersion().Version != 2 {
		t.Fatal("a version 0 draft's copy should be version 2")
	}
}

func TestAllSigned(t *testing.T) {
	a := frozenAgreement()
	sig := func(part, fp string, fn ...func(*Signature)) *Signature {
		s := validSignature()
		s.PartID, s.Fingerprint = part, fp
		for _, f := range fn {
			f(s)
		}
		return s
	}
	fp := a.Fingerprint
	for _, tc := range []struct {
		name string
		a    *Agreement
		sigs []*Signature
		want bool
	}{
		{"Everyone", a, []*Signature{sig("p1", fp), sig("p2", fp)}, true},
		{"EveryoneAndOthers", a, []*Signature{sig("p2", fp), sig("p3", fp), sig("p1", "old"), sig("p1", fp)}, true},
		{"OneMissing", a, []*Signature{sig("p1", fp)}, false},
		{"OneSignedOldVersion", a, []*Signature{sig("p1", fp), sig("p2", "old")}, false},
		{"OneSignedOtherAgreement", a, []*Signature{sig("p1", fp), sig("p2", fp, func(s *Signature) { s.AgreementID = "ag9" })}, false},
		{"OneDeleted", a, []*Signature{sig("p1", fp), sig("p2", fp, func(s *Signature) { s.Deleted = true })}, false},
		{"None", a, nil, false},
		{"Draft", validAgreement(), []*Signature{sig("p1", ""), sig("p2", "")}, false},
		{"NoParties", &Agreement{Meta: Meta{ID: "ag1"}, Fingerprint: fp}, []*Signature{sig("p1", fp)}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := AllSigned(tc.a, tc.sigs); got != tc.want {
				t.Fatalf("AllSigned = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestApprove(t *testing.T) {
	m := validMeeting()
	m.Approve(t0.In(time.FixedZone("CET", 3600)))
	if m.State != StateApproved || !m.ApprovedAt.Equal(t0) || m.ApprovedAt.Location() != time.UTC || m.Fingerprint != MinutesFingerprint(m) {
		t.Fatalf("approved: %s %v %s", m.State, m.ApprovedAt, m.Fingerprint)
	}
	if p := Validate(m); len(p) != 0 {
		t.Fatalf("approved minutes invalid: %v", p)
	}
	fp := m.Fingerprint
	m.Place = "Ändrad"
	m.Approve(t0.Add(time.Hour))
	if m.Fingerprint != fp || !m.ApprovedAt.Equal(t0) {
		t.Fatal("approving again changed approved minutes")
	}
}
