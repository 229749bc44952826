package demo

import (
	"fmt"

	"samverka/model"
)

// frameAgreement is the city-wide agreement between Stockholms stad and
// Polisregion Stockholm that the district's local agreements with the
// police fall under (the strategy's 4.1.4).
var frameAgreement = model.Reference{
	Title: "Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm",
}

// dress gives a version of ch what a kommunjurist expects of it: its
// parties as legal persons acting through units, the first ch.signing of
// them as signing parties and the rest as medverkande aktörer, each
// signing party's diarienummer, the standard clauses, the frame agreement
// when the police is a party, and the version it replaces by title,
// period and signing date, with the day it takes over when the two
// periods overlap.
func (g *generator) dress(a *model.Agreement, ch chain, parties []*model.Part, prev *model.Agreement) {
	signing := max(2, ch.signing)
	police := false
	for i, p := range parties {
		party := model.Party{PartID: p.ID}
		party.Organisation, party.Through, party.OrgNumber = model.PartyNames(p)
		if p.Kind == model.PartPolice {
			police = true
		}
		if i < signing {
			chief := g.chiefOf[p.ID]
			party.SignatoryID, party.SignerName, party.SignerTitle = chief.ID, chief.Name, chief.Title
			party.CaseNumber = caseNumber(p, a.From.Year(), len(g.ds.Agreements)+i)
		} else {
			party.Role = model.PartyContributing
		}
		a.Parties = append(a.Parties, party)
	}
	a.Clauses = model.DefaultClauses(signing)
	if police {
		a.Frame = frameAgreement
	}
	if prev != nil {
		a.Replaces = model.ReferenceTo(prev, g.ds.Signatures)
		if a.From <= prev.To {
			a.ReplacesFrom = a.From
		}
	}
}

// caseNumber makes up a party's diarienummer in the form its registry
// uses: the district's and the city's administrations "SKÄ 2026/123", the
// police "A123.456/2026".
func caseNumber(p *model.Part, year, n int) string {
	serial := 100 + (n*37)%800
	switch p.Kind {
	case model.PartPolice:
		return fmt.Sprintf("A%d.%03d/%d", serial, (n*53)%1000, year)
	case model.PartDistrict:
		return fmt.Sprintf("SKÄ %d/%d", year, serial)
	case model.PartAdministration, model.PartSchool:
		return fmt.Sprintf("UTB %d/%d", year, serial)
	}
	return fmt.Sprintf("%d-%03d", year, serial)
}
