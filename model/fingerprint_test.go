package model

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// fingerprintFieldCases changes every value field of a record type in turn
// and checks that the fingerprint follows the content fields and ignores
// the others. A field added to the type later counts as content, so the
// test fails until the encoding covers it or it is listed as not content.
func fingerprintFieldCases(t *testing.T, kind Kind, notContent map[string]bool, prep func(Record), fp func(Record) string) {
	t.Helper()
	base := NewRecord(kind)
	fill(base)
	prep(base)
	want := fp(base)
	for _, l := range leaves(base) {
		content := !l.Meta && !notContent[l.Path]
		t.Run(l.Path, func(t *testing.T) {
			r := NewRecord(kind)
			fill(r)
			prep(r)
			l.change(r)
			changed := fp(r) != want
			if content && !changed {
				t.Fatalf("changing %s leaves the fingerprint unchanged", l.Path)
			}
			if !content && changed {
				t.Fatalf("changing %s, which is not content, changes the fingerprint", l.Path)
			}
		})
	}
}

func TestAgreementFingerprintFields(t *testing.T) {
	notContent := map[string]bool{
		"state": true, "fingerprint": true, "frozenAt": true, "sealedAt": true, "supersededBy": true,
		"parties[0].signatoryId": true, // which record the signer was picked from
		"frame.id":               true, // the record the reference was made from
		"replaces.id":            true,
	}
	// The current encoding covers every field; encoding 1 is fixed by
	// TestFingerprintGolden and TestOldAgreementsVerify.
	prep := func(r Record) { r.(*Agreement).Encoding = AgreementEncoding }
	fingerprintFieldCases(t, KindAgreement, notContent, prep, func(r Record) string {
		return AgreementFingerprint(r.(*Agreement))
	})
}

func TestMinutesFingerprintFields(t *testing.T) {
	// An item's information class is a marking, not content: approved
	// minutes may be marked afterwards.
	notContent := map[string]bool{"state": true, "fingerprint": true, "approvedAt": true,
		"agenda[0].class": true, "agenda[0].provision": true}
	fingerprintFieldCases(t, KindMeeting, notContent, func(Record) {}, func(r Record) string {
		return MinutesFingerprint(r.(*Meeting))
	})
}

func TestFingerprintSameContent(t *testing.T) {
	a := validAgreement()
	var b Agreement
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatal(err)
	}
	b.Meta = Meta{ID: "other", Rev: 7, Modified: t0, ModifiedBy: "Bo"}
	b.Freeze(t0.In(time.FixedZone("CET", 3600)))
	if AgreementFingerprint(a) != AgreementFingerprint(&b) {
		t.Fatal("a JSON round trip, meta data or freezing changed the fingerprint")
	}
	m := validMeeting()
	n := validMeeting()
	n.Approve(t0)
	if MinutesFingerprint(m) != MinutesFingerprint(n) {
		t.Fatal("approving changed the minutes' fingerprint")
	}
	if AgreementFingerprint(&Agreement{Parties: []Party{}}) != AgreementFingerprint(&Agreement{}) {
		t.Fatal("an empty list and no list differ, but JSON cannot tell them apart")
	}
}

func TestFingerprintUnambiguous(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b *Agreement
	}{
		{"TextMovedBetweenFields",
			&Agreement{Parties: []Party{{SignerName: "Anna Andersson"}}},
			&Agreement{Parties: []Party{{SignerName: "Anna", SignerTitle: "Andersson"}}}},
		{"ListItemsSplit",
			&Agreement{CommitmentIDs: []string{"ab"}},
			&Agreement{CommitmentIDs: []string{"a", "b"}}},
		{"ListOrder",
			&Agreement{CommitmentIDs: []string{"a", "b"}},
			&Agreement{CommitmentIDs: []string{"b", "a"}}},
		{"EmptyItemAdded",
			&Agreement{Annexes: []Annex{{Title: "Lägesbild"}}},
			&Agreement{Annexes: []Annex{{Title: "Lägesbild"}, {}}}},
		{"SameTextOtherField",
			&Agreement{Title: "Trygghet"},
			&Agreement{Sections: Sections{Goals: "Trygghet"}}},
		{"PromisePartsMoved",
			&Agreement{Promises: []Promise{{PartIDs: []string{"p1"}}, {}}},
			&Agreement{Promises: []Promise{{}, {PartIDs: []string{"p1"}}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if AgreementFingerprint(tc.a) == AgreementFingerprint(tc.b) {
				t.Fatal("different content, same fingerprint")
			}
		})
	}
}

// goldenAgreement and goldenMeeting are fixed documents whose fingerprints
// are written below. If TestFingerprintGolden fails, the encoding changed
// and every fingerprint printed on a signed agreement or approved minutes
// would no longer verify: undo the change, or make it a new encoding
// version deliberately.
func goldenAgreement() *Agreement {
	a := validAgreement()
	a.Sections.Causes = "Brist på vuxna – ”kvällstid”"
	a.PreviousID = "ag0"
	a.Version = 2
	a.Encoding = AgreementEncodingV1
	return a
}

// goldenAgreementV2 is goldenAgreement in encoding 2 with the content
// encoding 2 added: "genom", orgnr, diarienummer, a medverkande aktör,
// clauses, the frame agreement, the replaced version and a sub-area.
func goldenAgreementV2() *Agreement {
	a := goldenAgreement()
	a.Encoding = AgreementEncodingV2
	a.Parties[0].Organisation, a.Parties[0].Through = "Stockholms stad", "Skärholmens stadsdelsnämnd"
	a.Parties[0].OrgNumber, a.Parties[0].CaseNumber = "212000-0142", "SDN 2026/114"
	a.Parties[1].Organisation, a.Parties[1].Through = "Polismyndigheten", "lokalpolisområde Skärholmen"
	a.Parties[1].OrgNumber, a.Parties[1].CaseNumber = "202100-0076", "A123.456/2026"
	a.Parties = append(a.Parties, Party{PartID: "p3", Organisation: "AB Familjebostäder", Role: PartyContributing})
	a.Clauses = DefaultClauses(2)[:2]
	a.Clauses = append(a.Clauses, Clause{Kind: ClauseOther, Title: "Kommunikation", Text: "Parterna informerar gemensamt."})
	a.Frame = Reference{ID: "fr1", Title: "Samverkansöverenskommelse Stockholms stad – Polisregion Stockholm", From: "2024-01-01", To: "2027-12-31", Signed: "2023-12-14"}
	a.Replaces = Reference{ID: "ag0", Title: "Samverkansöverenskommelse Skärholmen 2024–2025", From: "2024-01-01", To: "2026-03-31", Signed: "2024-02-02"}
	a.ReplacesFrom = "2026-04-01"
	a.Included[0].SubArea = "4.1.4"
	return a
}

func goldenMeeting() *Meeting {
	m := validMeeting()
	m.AdjusterIDs = []string{"r4", "r5"}
	return m
}

// The encoding 1 golden value is the one from before encodings were
// counted: agreements signed then must go on verifying. The encoding 2
// value was added with encoding 2 (issue 14).
const (
	goldenAgreementFingerprint   = "ceca779effc23ec44ef1ba55652aef5fd57b1060aed54a1cbfa525f5ccc4c1c5"
	goldenAgreementV2Fingerprint = "4fca1b0ae6820c29c839b2d2d25c7c8030742dcf445dea9d45e4420077fbe487"
	goldenMinutesFingerprint     = "b509018fb809c97ab909b3dbb94376bf5045fe5d7940b506edfaf20a21e42e6f"
)

func TestFingerprintGolden(t *testing.T) {
	if got := AgreementFingerprint(goldenAgreement()); got != goldenAgreementFingerprint {
		t.Errorf("agreement fingerprint %s, want %s", got, goldenAgreementFingerprint)
	}
	if got := AgreementFingerprint(goldenAgreementV2()); got != goldenAgreementV2Fingerprint {
		t.Errorf("agreement fingerprint (encoding 2) %s, want %s", got, goldenAgreementV2Fingerprint)
	}
	if got := MinutesFingerprint(goldenMeeting()); got != goldenMinutesFingerprint {
		t.Errorf("minutes fingerprint %s, want %s", got, goldenMinutesFingerprint)
	}
}

// TestFingerprintDocumentedEncoding spells out the encoding of a small
// agreement byte by byte, as the comment in fingerprint.go describes it.
func TestFingerprintDocumentedEncoding(t *testing.T) {
	a := &Agreement{
		Meta:    Meta{ID: "x", Rev: 3},
		Title:   "Å",
		Parties: []Party{{PartID: "p1"}},
		Version: 1,
		State:   StateSigned,
	}
	enc := "21:samverka-agreement-v1," +
		"5:title,2:Å," + // "Å" is two bytes in UTF-8
		"7:parties,18:14:6:partId,2:p1,,," +
		"7:version,1:1,"
	sum := sha256.Sum256([]byte(enc))
	if got, want := AgreementFingerprint(a), hex.EncodeToString(sum[:]); got != want {
		t.Fatalf("fingerprint %s, want %s, the SHA-256 of %q", got, want, enc)
	}
}

func TestShortFingerprint(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"Full", "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90", "a1b2-c3d4-e5f6"},
		{"Twelve", "a1b2c3d4e5f6", "a1b2-c3d4-e5f6"},
		{"Short", "a1b2", "a1b2"},
		{"Empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ShortFingerprint(tc.in); got != tc.want {
				t.Fatalf("ShortFingerprint(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	if fp := AgreementFingerprint(validAgreement()); len(fp) != 64 || len(ShortFingerprint(fp)) != 14 {
		t.Fatalf("fingerprint %q has the wrong length", fp)
	}
}

// TestOldAgreementsVerify reads an agreement as a file from before
// encodings were counted stores it (no "encoding" field) and checks that
// it verifies with its old fingerprint, that a new field added to it
// afterwards is refused as a change, and that freezing now records
// encoding 2.
func TestOldAgreementsVerify(t *testing.T) {
	old := goldenAgreement()
	old.Encoding = 0
	old.State = StateSigned
	old.Fingerprint = goldenAgreementFingerprint
	data, err := json.Marshal(old)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), `"encoding"`) {
		t.Fatalf("an old agreement's JSON names an encoding: %s", data)
	}
	var a Agreement
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	if got := AgreementFingerprint(&a); got != goldenAgreementFingerprint {
		t.Fatalf("old signed agreement: fingerprint %s, want %s", got, goldenAgreementFingerprint)
	}
	if p := Validate(&a).For("fingerprint"); p != nil {
		t.Fatalf("old signed agreement does not validate: %v", p)
	}
	for name, change := range map[string]func(*Agreement){
		"Clause":       func(a *Agreement) { a.Clauses = DefaultClauses(2) },
		"Through":      func(a *Agreement) { a.Parties[0].Through = "Skärholmens stadsdelsnämnd" },
		"CaseNumber":   func(a *Agreement) { a.Parties[1].CaseNumber = "A1/2026" },
		"Contributing": func(a *Agreement) { a.Parties[1].Role = PartyContributing },
		"Replaces":     func(a *Agreement) { a.Replaces.Title = "Äldre" },
		"SubArea":      func(a *Agreement) { a.Included[0].SubArea = "4.1.1" },
		"Encoding":     func(a *Agreement) { a.Encoding = AgreementEncodingV2 },
	} {
		t.Run(name, func(t *testing.T) {
			n := clone(&a)
			change(n)
			if CheckChange(&a, n) == nil {
				t.Fatal("a change encoding 1 does not cover was let through")
			}
			if name != "Encoding" && Validate(n).For("fingerprint") == nil {
				t.Fatal("Validate accepts content the old fingerprint does not cover")
			}
		})
	}
	d := validAgreement()
	d.Freeze(t0)
	if d.Encoding != AgreementEncoding || d.Fingerprint != agreementV2(d) {
		t.Fatalf("freezing now: encoding %d", d.Encoding)
	}
	if AgreementFingerprint(&Agreement{Encoding: 99, Title: "x"}) != "" {
		t.Fatal("an unknown encoding gives a fingerprint")
	}
}

// TestFingerprintV2DocumentedEncoding spells out encoding 2 of a small
// agreement byte by byte.
func TestFingerprintV2DocumentedEncoding(t *testing.T) {
	a := &Agreement{
		Title:    "Å",
		Parties:  []Party{{PartID: "p1", Through: "N"}},
		Replaces: Reference{ID: "x", Title: "T"},
		Version:  1,
		Encoding: AgreementEncodingV2,
	}
	enc := "21:samverka-agreement-v2," +
		"5:title,2:Å," +
		"7:parties,32:28:6:partId,2:p1,7:through,1:N,,," +
		"7:version,1:1," +
		"8:replaces,12:5:title,1:T,,"
	sum := sha256.Sum256([]byte(enc))
	if got, want := AgreementFingerprint(a), hex.EncodeToString(sum[:]); got != want {
		t.Fatalf("fingerprint %s, want %s, the SHA-256 of %q", got, want, enc)
	}
}
