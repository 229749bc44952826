package demo

import (
	"fmt"

	"samverka/model"
)

// partSpec describes an organisation of the demo district.
type partSpec struct {
	name    string
	kind    model.PartKind
	form    byte // first digit of the organisationsnummer; 0: none given
	signing bool
	address string
	domain  string
	chief   string   // the title of the person who may sign for it
	titles  []string // the titles of its other representatives
	weight  int      // how many extra representatives it tends to send
}

// Titles by kind of organisation.
var (
	districtTitles = []string{"avdelningschef för individ- och familjeomsorg", "enhetschef för fältassistenterna", "fältassistent", "verksamhetsutvecklare", "områdeschef för fritid", "socialsekreterare, förebyggande enheten"}
	policeTitles   = []string{"områdespolis", "gruppchef", "biträdande lokalpolisområdeschef", "kommunpolis"}
	adminTitles    = []string{"utvecklingsledare", "verksamhetsutvecklare", "enhetschef", "strateg"}
	regionTitles   = []string{"enhetschef", "kurator", "psykolog", "samordnare"}
	housingTitles  = []string{"trygghetssamordnare", "bovärd", "förvaltare", "social hållbarhetsstrateg"}
	assocTitles    = []string{"samordnare", "projektledare", "ungdomsledare", "styrelseledamot"}
	schoolTitles   = []string{"biträdande rektor", "kurator", "studie- och yrkesvägledare", "förstelärare"}
	businessTitles = []string{"säkerhetschef", "trygghetsansvarig", "marknadschef"}
	faithTitles    = []string{"diakon", "församlingspedagog", "styrelseledamot"}
	otherTitles    = []string{"samordnare", "handläggare", "brandinspektör"}
)

// coreParts are the district's organisations every demo council has; the
// first is the district administration, the second the local police.
var coreParts = []partSpec{
	{"Skärholmens stadsdelsförvaltning", model.PartDistrict, '2', true, "Skärholmsvägen 2, 127 48 Skärholmen", "stockholm.se", "stadsdelsdirektör", districtTitles, 4},
	{"Lokalpolisområde Skärholmen", model.PartPolice, '2', true, "Bredängsvägen 200, 127 32 Skärholmen", "polisen.se", "lokalpolisområdeschef", policeTitles, 3},
	{"Utbildningsförvaltningen", model.PartAdministration, 0, true, "Hantverkargatan 2F, 112 21 Stockholm", "edu.stockholm.se", "avdelningschef", adminTitles, 1},
	{"Socialförvaltningen", model.PartAdministration, 0, true, "Swedenborgsgatan 20, 118 27 Stockholm", "stockholm.se", "avdelningschef", adminTitles, 1},
	{"Region Stockholm – BUP Skärholmen", model.PartRegion, '2', true, "Skärholmstorget 4, 127 48 Skärholmen", "regionstockholm.se", "verksamhetschef", regionTitles, 1},
	{"Svenska Bostäder", model.PartHousing, '5', true, "Vårbergsvägen 10, 127 42 Skärholmen", "svenskabostader.se", "områdeschef", housingTitles, 2},
	{"Familjebostäder", model.PartHousing, '5', true, "Sätra torg 5, 127 38 Skärholmen", "familjebostader.se", "områdeschef", housingTitles, 2},
	{"Stena Fastigheter", model.PartHousing, '5', true, "Bredängs allé 30, 127 35 Skärholmen", "stenafastigheter.se", "områdeschef", housingTitles, 1},
	{"Nattvandrarna i Sätra", model.PartAssociation, '8', false, "Sätra torg 11, 127 38 Skärholmen", "nattvandring.nu", "samordnare", assocTitles, 1},
	{"Fryshuset", model.PartAssociation, '8', true, "Mårbackagatan 19, 123 43 Farsta", "fryshuset.se", "verksamhetsledare", assocTitles, 1},
	{"Hyresgästföreningen Skärholmen", model.PartAssociation, '8', false, "Skärholmstorget 1, 127 48 Skärholmen", "hyresgastforeningen.se", "ordförande i lokalföreningen", assocTitles, 1},
	{"Skärholmens gymnasium", model.PartSchool, 0, true, "Måsholmstorget 3, 127 48 Skärholmen", "edu.stockholm.se", "rektor", schoolTitles, 2},
	{"Bredängsskolan", model.PartSchool, 0, true, "Ålgrytevägen 3, 127 32 Skärholmen", "edu.stockholm.se", "rektor", schoolTitles, 2},
	{"Skärholmen Centrum (Unibail-Rodamco-Westfield)", model.PartBusiness, '5', true, "Skärholmsgången 30, 127 48 Skärholmen", "urw.com", "centrumchef", businessTitles, 1},
	{"Skärholmens församling", model.PartFaith, '2', false, "Skärholmsvägen 22, 127 48 Skärholmen", "svenskakyrkan.se", "kyrkoherde", faithTitles, 1},
	{"Islamiska föreningen i Skärholmen", model.PartFaith, '8', false, "Storholmsbacken 40, 127 41 Skärholmen", "islamiskaforeningen.se", "föreningens ordförande", faithTitles, 1},
	{"Räddningstjänsten Storstockholm", model.PartOther, '2', false, "Lillsjönäsvägen 2, 168 57 Bromma", "storstockholm.brand.se", "stationschef", otherTitles, 1},
}

// Areas of the district: the name and its genitive.
var districtAreas = [][2]string{
	{"Skärholmen", "Skärholmens"}, {"Bredäng", "Bredängs"}, {"Sätra", "Sätras"},
	{"Vårberg", "Vårbergs"}, {"Vårby gård", "Vårby gårds"},
}

// moreParts returns further organisations for the big council, made from
// templates over the district's areas, in a fixed order.
func moreParts() []partSpec {
	var out []partSpec
	add := func(name string, kind model.PartKind, form byte, signing bool, domain, chief string, titles []string) {
		out = append(out, partSpec{name, kind, form, signing, "", domain, chief, titles, 1})
	}
	for _, a := range districtAreas {
		n, gen := a[0], a[1]
		add(gen+" förskoleområde", model.PartSchool, 0, true, "edu.stockholm.se", "förskolechef", schoolTitles)
		add(gen+" IF", model.PartAssociation, '8', false, ascii(n)+"if.se", "ordförande", assocTitles)
		add("Föräldraföreningen i "+n, model.PartAssociation, '8', false, "foraldrar-"+ascii(n)+".se", "ordförande", assocTitles)
		add(gen+" centrumförening", model.PartBusiness, '7', false, ascii(n)+"centrum.se", "ordförande", businessTitles)
		add("Pingstkyrkan i "+n, model.PartFaith, '8', false, "pingst.se", "pastor", faithTitles)
		add("Brf "+n+"gården", model.PartHousing, '7', false, "brf"+ascii(n)+".se", "styrelseordförande", housingTitles)
		add("Scoutkåren "+n, model.PartAssociation, '8', false, "scouterna.se", "kårordförande", assocTitles)
		add("Kulturföreningen "+n, model.PartAssociation, '8', false, "kultur"+ascii(n)+".se", "ordförande", assocTitles)
	}
	for _, s := range []string{"Sätraskolan", "Vårbergsskolan", "Skärholmsskolan", "Kvarnbergsskolan", "Sjöängsskolan", "Vårby gårds skola", "Montessoriskolan Bredäng"} {
		add(s, model.PartSchool, 0, true, "edu.stockholm.se", "rektor", schoolTitles)
	}
	for _, s := range []string{"Victoriahem", "Heimstaden", "Akelius Residential", "Wallenstam", "Stockholmshem", "Micasa Fastigheter"} {
		add(s, model.PartHousing, '5', true, ascii(s)+".se", "områdeschef", housingTitles)
	}
	for _, s := range []string{"Arbetsmarknadsförvaltningen", "Kulturförvaltningen", "Idrottsförvaltningen", "Trafikkontoret", "Stadsbyggnadskontoret", "Miljöförvaltningen"} {
		add(s, model.PartAdministration, 0, true, "stockholm.se", "avdelningschef", adminTitles)
	}
	for _, s := range []string{"Region Stockholm – Trafikförvaltningen (SL)", "Maria Ungdom", "Ungdomsmottagningen Skärholmen", "Vårdcentralen Skärholmen"} {
		add(s, model.PartRegion, '2', true, "regionstockholm.se", "verksamhetschef", regionTitles)
	}
	for _, s := range []string{"Polisområde Syd – ingripandeverksamheten", "Polisregion Stockholm – underrättelsesektionen"} {
		add(s, model.PartPolice, '2', true, "polisen.se", "sektionschef", policeTitles)
	}
	for _, s := range []string{"Skärholmens stadsdelsnämnd", "Hägersten-Älvsjö stadsdelsförvaltning", "Huddinge kommun"} {
		add(s, model.PartDistrict, '2', true, "stockholm.se", "stadsdelsdirektör", districtTitles)
	}
	for _, s := range []string{"Röda Korset Skärholmen", "Rädda Barnen Skärholmen", "Stockholms Stadsmission", "Mentor Sverige", "Bris region Stockholm", "1000 möjligheter", "Somaliska föräldranätverket", "Kvinnors nätverk i Sätra"} {
		add(s, model.PartAssociation, '8', false, ascii(s)+".se", "verksamhetsledare", assocTitles)
	}
	for _, s := range []string{"Företagarna Skärholmen", "IKEA Kungens Kurva", "Kungens Kurva Shopping"} {
		add(s, model.PartBusiness, '5', false, ascii(s)+".se", "platschef", businessTitles)
	}
	for _, s := range []string{"Katolska kyrkan i Skärholmen", "Syrisk-ortodoxa församlingen", "Bosniakiska islamiska föreningen", "Eritreanska ortodoxa församlingen"} {
		add(s, model.PartFaith, '8', false, ascii(s)+".se", "församlingsföreståndare", faithTitles)
	}
	for _, s := range []string{"Kriminalvården, frivården Stockholm Syd", "Skärholmens bibliotek", "Arbetsförmedlingen Skärholmen", "Länsstyrelsen Stockholm", "Trafikverket Region Stockholm"} {
		add(s, model.PartOther, '2', false, ascii(s)+".se", "enhetschef", otherTitles)
	}
	return out
}

func (g *generator) parts() {
	specs := coreParts
	if g.size.parts > len(coreParts) {
		more := moreParts()
		g.rng.Shuffle(len(more), func(i, j int) { more[i], more[j] = more[j], more[i] })
		specs = append(append([]partSpec{}, coreParts...), more[:g.size.parts-len(coreParts)]...)
	}
	g.partsByKind = map[model.PartKind][]*model.Part{}
	g.partByID = map[string]*model.Part{}
	g.partNamed = map[string]*model.Part{}
	g.titles = map[string]bool{}
	g.specs = map[string]partSpec{}
	for _, s := range specs[:g.size.parts] {
		p := &model.Part{
			Meta:    g.meta(g.dayIn(g.moved("2018-09-01"), g.firstMeeting().AddDays(-30)), 1, ""),
			Name:    s.name,
			Kind:    s.kind,
			Signing: s.signing,
			Address: s.address,
		}
		if s.form != 0 {
			p.OrgNumber = g.orgNumber(s.form)
		}
		if s.kind == model.PartDistrict && len(g.partsByKind[model.PartDistrict]) == 0 {
			p.Notes = "Samordningsansvarig för det lokala brottsförebyggande arbetet enligt lagen (2023:196)."
		}
		g.ds.Parts = append(g.ds.Parts, p)
		g.partsByKind[s.kind] = append(g.partsByKind[s.kind], p)
		g.partByID[p.ID] = p
		g.partNamed[p.Name] = p
		g.specs[p.ID] = s
	}
}

// orgNumber returns a made-up organisationsnummer of legal form form: its
// third digit is 2 or more, so it never reads as a birth date, and its last
// digit makes it pass the Luhn check.
func (g *generator) orgNumber(form byte) string {
	d := []byte{form, byte('0' + g.rng.IntN(10)), byte('2' + g.rng.IntN(8))}
	for len(d) < 9 {
		d = append(d, byte('0'+g.rng.IntN(10)))
	}
	d = append(d, luhnDigit(d))
	return fmt.Sprintf("%s-%s", d[:6], d[6:])
}
