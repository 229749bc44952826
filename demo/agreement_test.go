package demo

import (
	"strings"
	"testing"

	"samverka/model"
)

// TestAgreementsReadRight checks the example council's agreements as a
// kommunjurist reads them: parties are legal persons with real
// organisationsnummer for the public bodies, the district and the police
// sign with diarienummer, other aktörer are medverkande, the standard
// clauses are there, a later version names the one it replaces, and
// nothing is inconsistent.
func TestAgreementsReadRight(t *testing.T) {
	for _, s := range []Scale{Small, Stockholm} {
		ds := dataset(t, s)
		for _, a := range ds.Agreements {
			signing := a.SigningParties()
			if len(signing) < 2 || signing[0].Organisation != "Stockholms stad" || signing[0].OrgNumber != orgStockholmsStad ||
				signing[0].Through != "Skärholmens stadsdelsnämnd" || signing[0].CaseNumber == "" {
				t.Errorf("%s: %q: the district signs as %+v", s, a.Title, signing[0])
			}
			for _, p := range a.Parties {
				if p.Organisation == "Polismyndigheten" && (p.OrgNumber != orgPolismyndigheten || p.Through == "") {
					t.Errorf("%s: %q: the police as %+v", s, a.Title, p)
				}
				if !p.Signs() && (p.SignerName != "" || p.CaseNumber != "") {
					t.Errorf("%s: %q: medverkande %s has a signer or diarienummer", s, a.Title, p.Organisation)
				}
			}
			if len(a.Clauses) != len(model.ClauseKinds) {
				t.Errorf("%s: %q has %d clauses", s, a.Title, len(a.Clauses))
			}
			if a.Version > 1 && (a.Replaces.Title == "" || a.Replaces.Signed == "" || a.Replaces.From == "") {
				t.Errorf("%s: %q version %d names what it replaces as %+v", s, a.Title, a.Version, a.Replaces)
			}
			// The benchmark's agreement must hold 200 commitments, more
			// than fall due within its period.
			bench := s == Stockholm && len(a.Included) == 200
			if p := model.CheckConsistency(a, ds.Commitments, ds.Signatures); len(p) != 0 && !bench {
				t.Errorf("%s: %q version %d: %v", s, a.Title, a.Version, p)
			}
			if strings.Contains(a.Sections.Documentation, "gemensamma fil") {
				t.Errorf("%s: %q documents the work in the council's file", s, a.Title)
			}
		}
	}
}

// TestCouncilReadsRight checks what a practitioner notices first: the two
// local agreements the strategy asks of every stadsdelsnämnd, programmes
// run by those who run them, police commitments worded generally, and
// commitments filed under their method's sub-area.
func TestCouncilReadsRight(t *testing.T) {
	for _, s := range []Scale{Small, Stockholm} {
		ds := dataset(t, s)
		parts := model.Index(ds.Parts)
		police, school := false, false
		for _, a := range ds.Agreements {
			var names []string
			for _, p := range a.SigningParties() {
				names = append(names, p.Organisation+" genom "+p.Through)
			}
			got := strings.Join(names, "; ")
			switch got {
			case "Stockholms stad genom Skärholmens stadsdelsnämnd; Polismyndigheten genom lokalpolisområde Skärholmen; Stockholms stad genom utbildningsnämnden":
				police = true
			case "Stockholms stad genom Skärholmens stadsdelsnämnd; Stockholms stad genom utbildningsnämnden":
				school = school || strings.Contains(a.Title, "förskola, skola och socialtjänst")
			}
		}
		if !police || !school {
			t.Errorf("%s: the local agreement with skola and lokalpolisområde (%v) or the one between förskola, skola and socialtjänst (%v) is missing", s, police, school)
		}
		for _, c := range ds.Commitments {
			p := parts[c.PartID]
			switch c.MethodID {
			case "builtin-method-komet":
				if p.Kind != model.PartDistrict {
					t.Errorf("%s: KOMET run by %s", s, p.Name)
				}
			case "builtin-method-mvp":
				if p.Kind != model.PartSchool || strings.Contains(p.Name, "gymnasium") || strings.Contains(p.Name, "förskol") {
					t.Errorf("%s: MVP in årskurs 8 run by %s", s, p.Name)
				}
			}
			if p.Kind == model.PartPolice {
				for _, w := range []string{"underrättelse", "tips", "riktade kontroller", "natt"} {
					if strings.Contains(strings.ToLower(c.Title+" "+c.Description), w) {
						t.Errorf("%s: a police commitment tells tactics (%q): %s", s, w, c.Title)
					}
				}
			}
			if c.MethodID != "" && model.IsBuiltinMethod(c.MethodID) && c.SubArea == "" {
				t.Errorf("%s: %s uses a built-in method but has no sub-area", s, c.Title)
			}
		}
	}
}
