package model

import (
	"strings"
	"testing"
)

// TestBuiltinMethods checks the catalogue against the strategy: every
// method under a known sub-area of its own area, ids unique and stable,
// the methods the strategy adds in 2023 present, BSFT spelled right, and
// medborgarlöfte (a document) not a method.
func TestBuiltinMethods(t *testing.T) {
	list := BuiltinMethods()
	ids := map[string]bool{}
	names := map[string]string{}
	for _, m := range list {
		if ids[m.ID] {
			t.Errorf("id %s twice", m.ID)
		}
		ids[m.ID] = true
		names[m.Name] = m.SubArea
		sub, ok := SubAreaOf(m.SubArea)
		if !ok || sub.Area != m.Area || !m.Area.Valid() {
			t.Errorf("%s: sub-area %q, area %d", m.Name, m.SubArea, m.Area)
		}
		if p := Validate(&m); len(p) != 0 {
			t.Errorf("%s: %v", m.Name, p)
		}
		if strings.Contains(strings.ToLower(m.Name), "medborgarlöfte") || strings.Contains(m.Name, "BFST") {
			t.Errorf("%s should not be in the catalogue", m.Name)
		}
	}
	for name, sub := range map[string]string{
		"Hedra": "4.3.4", "Alternativ till våld (ATV)": "4.3.3", "MVP-fritid": "4.3.2",
		"Mentorer i våldsprevention (MVP)": "4.3.2", "Stärkt tidigt stöd i samverkan (STIS)": "4.2.1",
		"SAMS – samverkan för obruten skolgång för placerade barn": "4.2.2", "Skolfam": "4.2.2",
		"Funktionell familjeterapi (FFT)": "4.1.2", "Multidimensionell familjeterapi (MDFT)": "4.1.2",
		"Kort strategisk familjeterapi (BSFT)": "4.1.2", "Mini Maria för unga med riskbruk": "4.1.1",
		"SSPF – skola, socialtjänst, polis och fritid": "4.1.2", "Effektiv samordning för trygghet (EST)": "4.1.4",
		"Idéburet offentligt partnerskap (IOP)": "4.4.1", "Mentorskapsprogram för unga": "4.4.1",
		"KOMET föräldraträffar": "4.1.1", "Skolsociala team (SST)": "4.2.2", "Nattvandring": "4.4.1",
	} {
		if got, ok := names[name]; !ok || got != sub {
			t.Errorf("%s: sub-area %q (present %v), want %s", name, got, ok, sub)
		}
	}
	// Ids that files already refer to stay.
	for _, slug := range []string{"nattvandring", "sst", "bfst", "mvp", "komet", "losam", "sig", "avhoppare", "trygghetsvandring"} {
		if !ids[builtinMethodPrefix+slug] {
			t.Errorf("the built-in method %s is gone", slug)
		}
	}
	for _, a := range Areas {
		if len(SubAreasOf(a)) == 0 {
			t.Errorf("area %d has no sub-areas", a)
		}
	}
}

// TestCommitmentSubArea checks that a commitment's sub-area must be one of
// the strategy's and lie within the commitment's area.
func TestCommitmentSubArea(t *testing.T) {
	for _, tc := range []struct {
		sub  string
		area Area
		ok   bool
	}{{"", AreaSchool, true}, {"4.2.4", AreaSchool, true}, {"4.1.1", AreaSchool, false}, {"4.4.2", AreaCivilSociety, false}, {"x", AreaSchool, false}} {
		c := validCommitment()
		c.Area, c.SubArea = tc.area, tc.sub
		if got := Validate(c).For("subArea") == nil; got != tc.ok {
			t.Errorf("sub-area %q in area %d: valid %v, want %v", tc.sub, tc.area, got, tc.ok)
		}
	}
}
