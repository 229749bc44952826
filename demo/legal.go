package demo

import (
	"strings"

	"samverka/model"
)

// The organisationsnummer of the public bodies the demo's aktörer belong
// to, as the Swedish tax agency registers them.
const (
	orgStockholmsStad   = "212000-0142"
	orgPolismyndigheten = "202100-0076"
	orgRegionStockholm  = "232100-0016"
)

// cityBoards names the nämnd that acts for a city administration in an
// agreement.
var cityBoards = map[string]string{
	"Utbildningsförvaltningen":                "utbildningsnämnden",
	"Socialförvaltningen":                     "socialnämnden",
	"Arbetsmarknadsförvaltningen":             "arbetsmarknadsnämnden",
	"Kulturförvaltningen":                     "kulturnämnden",
	"Idrottsförvaltningen":                    "idrottsnämnden",
	"Trafikkontoret":                          "trafiknämnden",
	"Stadsbyggnadskontoret":                   "stadsbyggnadsnämnden",
	"Miljöförvaltningen":                      "miljö- och hälsoskyddsnämnden",
	"Skärholmens stadsdelsnämnd":              "Skärholmens stadsdelsnämnd",
	"Skärholmens bibliotek":                   "kulturnämnden",
	"Montessoriskolan Bredäng":                "", // a fristående skola, its own legal person
	"Huddinge kommun":                         "", // a kommun of its own
	"Kriminalvården, frivården Stockholm Syd": "",
}

// companies are the aktörer that are companies of their own, with the
// legal name and organisationsnummer they sign with.
var companies = map[string][2]string{
	"Svenska Bostäder": {"AB Svenska Bostäder", "556043-6429"},
	"Familjebostäder":  {"AB Familjebostäder", "556035-9555"},
}

// legalPersons names each aktör's legal person, the unit that acts for it
// in agreements and, for public bodies and the city's housing companies,
// its real organisationsnummer: the city's administrations, schools and
// stadsdelsförvaltningar are all Stockholms stad, acting through their
// nämnd; the police is Polismyndigheten, acting through its unit. It uses
// no randomness, so the rest of the example council is unchanged by it.
func (g *generator) legalPersons() {
	for _, p := range g.ds.Parts {
		board, known := cityBoards[p.Name]
		switch {
		case known && board == "":
		case p.Kind == model.PartPolice:
			p.LegalName, p.Through, p.OrgNumber = "Polismyndigheten", lowerFirst(p.Name), orgPolismyndigheten
		case p.Kind == model.PartDistrict && strings.HasSuffix(p.Name, "stadsdelsförvaltning"):
			p.LegalName, p.OrgNumber = "Stockholms stad", orgStockholmsStad
			p.Through = strings.TrimSuffix(p.Name, "förvaltning") + "nämnd"
		case known:
			p.LegalName, p.Through, p.OrgNumber = "Stockholms stad", board, orgStockholmsStad
		case p.Kind == model.PartSchool:
			// The city's schools and förskoleområden act through their
			// own name as units of the city.
			p.LegalName, p.OrgNumber = "Stockholms stad", orgStockholmsStad
		case p.Kind == model.PartRegion:
			p.LegalName, p.OrgNumber = "Region Stockholm", orgRegionStockholm
			p.Through = strings.TrimPrefix(p.Name, "Region Stockholm – ")
		}
		if c, ok := companies[p.Name]; ok {
			p.LegalName, p.OrgNumber = c[0], c[1]
		}
		if p.Name == "Nattvandrarna i Sätra" {
			// A local group of the national association, without an
			// organisationsnummer of its own.
			p.OrgNumber = ""
		}
	}
}

// methodPlace returns the priority area and sub-area the strategy places
// a built-in method under, so that a commitment using it is filed there;
// area and no sub-area for a method it does not know.
func methodPlace(id string, area model.Area) (model.Area, string) {
	for _, m := range model.BuiltinMethods() {
		if m.ID == id {
			return m.Area, m.SubArea
		}
	}
	return area, ""
}
