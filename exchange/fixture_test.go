package exchange

import (
	"testing"
	"time"

	"samverka/model"
)

var fixtureTime = time.Date(2026, 3, 12, 18, 30, 0, 0, time.UTC)

// council returns a small council whose people have names from many
// languages, the way Stockholm's councils look.
func council(t *testing.T) *model.Dataset {
	t.Helper()
	touch := func(r model.Record) model.Record { model.Touch(r, fixtureTime, "test"); return r }
	ds := model.NewDataset(touch(&model.Council{Name: "Brottsförebyggande rådet Skärholmen"}).(*model.Council))
	district := touch(&model.Part{Name: "Skärholmens stadsdelsförvaltning", Kind: model.PartDistrict, OrgNumber: "212000-0142", Signing: true, Address: "Skärholmsvägen 2"}).(*model.Part)
	police := touch(&model.Part{Name: "Lokalpolisområde Skärholmen", Kind: model.PartPolice, Signing: true}).(*model.Part)
	assoc := touch(&model.Part{Name: "Föreningen Ümran & Öberg", Kind: model.PartAssociation, Notes: "Träffas på tisdagar\nI Bredängs träff"}).(*model.Part)
	gone := touch(&model.Part{Name: "Nedlagd förening", Kind: model.PartAssociation}).(*model.Part)
	gone.Deleted = true
	for _, p := range []*model.Part{district, police, assoc, gone} {
		ds.Add(p)
	}
	people := []*model.Representative{
		{PartID: district.ID, Name: "Åsa Öberg", Title: "Trygghetssamordnare", Email: "asa.oberg@example.se", Phone: "08-508 000 00", Role: model.RoleChair, MaySign: true, ValidFrom: "2026-01-01"},
		{PartID: police.ID, Name: "Łukasz Wiśniewski", Title: "Kommunpolis", Phone: "+46 10 567 00 00", Role: model.RoleMember, ValidFrom: "2025-08-15", ValidTo: "2026-12-31"},
		{PartID: assoc.ID, Name: "Ayşe Yılmaz", Title: "Ordförande i föreningen", Role: model.RoleDeputy},
		{PartID: assoc.ID, Name: "Nguyễn Thị Hương", Role: ""},
	}
	for _, r := range people {
		ds.Add(touch(r))
	}
	ds.Add(touch(&model.Method{Name: "Fotbollskvällar i Sätra", Area: model.AreaSchool}))
	ds.Add(touch(&model.Commitment{
		Title: "Nattvandring fredagar", Description: "Vuxna vandrar i centrum; två pass per kväll", PartID: assoc.ID, ContactID: people[2].ID,
		Area: model.AreaCivilSociety, MethodID: "builtin-method-nattvandring", Goal: model.Goal{Indicator: "Antal pass", Baseline: "0", Target: "40", Date: "2026-12-31"},
		Start: "2026-02-01", Due: "2026-12-31", Status: model.StatusOngoing,
	}))
	ds.Add(touch(&model.Commitment{
		Title: "Belysning vid tunnelbanan", PartID: district.ID, ContactID: people[0].ID, Area: model.AreaCollaboration,
		MethodID: ds.Methods[0].ID, Start: "2026-01-15", Due: "2026-06-30", OneOff: true, Status: model.StatusPlanned,
	}))
	ds.Add(touch(&model.Commitment{Title: "-10 % anmälda brott", PartID: police.ID, Area: model.AreaViolence, Status: model.StatusLate}))
	for _, r := range ds.Parts[:3] {
		if p := model.Validate(r); len(p) > 0 {
			t.Fatalf("fixture part invalid: %v", p)
		}
	}
	for _, r := range ds.Representatives {
		if p := model.Validate(r); len(p) > 0 {
			t.Fatalf("fixture representative invalid: %v", p)
		}
	}
	for _, r := range ds.Commitments {
		if p := model.Validate(r); len(p) > 0 {
			t.Fatalf("fixture commitment invalid: %v", p)
		}
	}
	return ds
}
