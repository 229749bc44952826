package model

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"testing"
	"time"
)

// fingerprintFieldCases changes every value field of a record type in turn
// and checks that the fingerprint follows the content fields and ignores
// the others. A field added to the type later counts as content, so the
// test fails until the encoding covers it or it is listed as not content.
func fingerprintFieldCases(t *testing.T, kind Kind, notContent map[string]bool, fp func(Record) string) {
	t.Helper()
	base := NewRecord(kind)
	fill(base)
	want := fp(base)
	for _, l := range leaves(base) {
		content := !l.Meta && !notContent[l.Path]
		t.Run(l.Path, func(t *testing.T) {
			r := NewRecord(kind)
			fill(r)
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
	}
	fingerprintFieldCases(t, KindAgreement, notContent, func(r Record) string {
		return AgreementFingerprint(r.(*Agreement))
	})
}

func TestMinutesFingerprintFields(t *testing.T) {
	notContent := map[string]bool{"state": true, "fingerprint": true, "approvedAt": true}
	fingerprintFieldCases(t, KindMeeting, notContent, func(r Record) string {
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
	return a
}

func goldenMeeting() *Meeting {
	m := validMeeting()
	m.AdjusterIDs = []string{"r4", "r5"}
	return m
}

const (
	goldenAgreementFingerprint = "ceca779effc23ec44ef1ba55652aef5fd57b1060aed54a1cbfa525f5ccc4c1c5"
	goldenMinutesFingerprint   = "b509018fb809c97ab909b3dbb94376bf5045fe5d7940b506edfaf20a21e42e6f"
)

func TestFingerprintGolden(t *testing.T) {
	if got := AgreementFingerprint(goldenAgreement()); got != goldenAgreementFingerprint {
		t.Errorf("agreement fingerprint %s, want %s", got, goldenAgreementFingerprint)
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
