package model

import (
	"reflect"
	"testing"
)

func TestTakeSnapshot(t *testing.T) {
	part := validPart()
	police := &Part{Meta: Meta{ID: "p2"}, Name: "Lokalpolisområde Skärholmen", Kind: PartPolice}
	contact := validRepresentative()
	light := validCommitment()
	light.ContactID = contact.ID
	walk := &Commitment{Meta: Meta{ID: "co2"}, Title: "Trygghetsvandringar", PartID: "p2", Area: AreaCivilSociety}
	gone := &Commitment{Meta: Meta{ID: "co3", Deleted: true}, Title: "Borttaget", PartID: "p1", Area: AreaSchool}

	a := validAgreement()
	a.Parties[0].Organisation = "gammalt namn"
	a.Parties = append(a.Parties, Party{PartID: "p9", Organisation: "Okänd part", SignerName: "X"})
	a.CommitmentIDs = []string{"co2", "co3", "co1", "co404"}
	a.TakeSnapshot([]*Part{part, police}, []*Representative{contact}, []*Commitment{light, walk, gone})

	orgs := []string{a.Parties[0].Organisation, a.Parties[1].Organisation, a.Parties[2].Organisation}
	if want := []string{part.Name, police.Name, "Okänd part"}; !reflect.DeepEqual(orgs, want) {
		t.Errorf("organisations %q, want %q", orgs, want)
	}
	want := []IncludedCommitment{
		{CommitmentID: "co2", Part: police.Name, Title: walk.Title, Area: AreaCivilSociety},
		{CommitmentID: "co1", Part: part.Name, Title: light.Title, Area: light.Area, Due: light.Due,
			Contact: contact.Name, Indicator: light.Goal.Indicator, Target: light.Goal.Target},
	}
	if !reflect.DeepEqual(a.Included, want) {
		t.Errorf("included\n%+v, want\n%+v", a.Included, want)
	}

	a.Freeze(t0)
	fp := a.Fingerprint
	light.Title = "Ändrad efteråt"
	part.Name = "Nytt namn"
	a.TakeSnapshot([]*Part{part}, nil, []*Commitment{light})
	if AgreementFingerprint(a) != fp {
		t.Error("a snapshot changed a frozen agreement")
	}

	d := validAgreement()
	d.CommitmentIDs = []string{"co404"}
	d.TakeSnapshot(nil, nil, nil)
	if d.Included != nil {
		t.Errorf("nothing found, yet included %+v", d.Included)
	}
}
