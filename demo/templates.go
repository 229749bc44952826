package demo

import "samverka/model"

// commitmentSpec is a kind of commitment a council in the district takes
// on. problem indexes problemCatalog; cause is the cause's number there
// (0: none) and sub the sub-cause's (0: the cause itself). title may hold
// %s for one of the district's areas.
type commitmentSpec struct {
	problem, cause, sub int
	area                model.Area
	method              string // built-in method slug, or "" for none
	kinds               []model.PartKind
	oneOff              bool
	title, description  string
	indicator, baseline string
	target              string
}

var (
	kDistrict = model.PartDistrict
	kPolice   = model.PartPolice
	kRegion   = model.PartRegion
	kHousing  = model.PartHousing
	kAssoc    = model.PartAssociation
	kSchool   = model.PartSchool
	kBusiness = model.PartBusiness
	kFaith    = model.PartFaith
	kOther    = model.PartOther
)

var commitmentCatalog = []commitmentSpec{
	{0, 1, 0, model.AreaCivilSociety, "trygghetsvandring", []model.PartKind{kHousing, kBusiness, kDistrict}, true,
		"Trygghetsvandring i %s", "Gemensam trygghetsvandring med boende, fastighetsägare och polis. Brister i belysning och sikt dokumenteras och åtgärdas.",
		"Antal åtgärdade brister av dem som hittades", "0 av 14", "12 av 14"},
	{0, 1, 1, model.AreaCivilSociety, "", []model.PartKind{kHousing}, false,
		"Byta och förstärka belysningen i gångtunnlarna i %s", "Trasig belysning byts inom fem arbetsdagar och armaturerna i tunnlarna förstärks.",
		"Andel felanmälningar om belysning som åtgärdas inom fem dagar", "40 %", "90 %"},
	{0, 2, 0, model.AreaCivilSociety, "nattvandring", []model.PartKind{kAssoc, kFaith}, false,
		"Nattvandring fredagar och lördagar i %s", "Vuxna nattvandrar i par mellan klockan 20 och 24 och rapporterar sina iakttagelser till polisen och fältassistenterna.",
		"Antal genomförda nattvandringar per termin", "18", "30"},
	{0, 4, 0, model.AreaCollaboration, "utsattningar", []model.PartKind{kPolice, kDistrict}, false,
		"Gemensamma utsättningar i %s", "Polis och fältassistenter planerar gemensamma närvaropass utifrån veckans lägesbild.",
		"Antal gemensamma pass per månad", "2", "6"},
	{0, 3, 0, model.AreaCollaboration, "", []model.PartKind{kPolice}, false,
		"Arbete mot narkotikaförsäljning i %s", "Lokalpolisområdet prioriterar arbetet mot narkotikaförsäljning i området och återkopplar läget till rådet.",
		"Antal återkopplingar till rådet per år", "1", "4"},
	{1, 1, 0, model.AreaSchool, "sst", []model.PartKind{kSchool}, false,
		"Skolsocialt team för elever med hög frånvaro", "Kurator, socialsekreterare och specialpedagog arbetar som ett team med elever vars frånvaro ökar och med deras vårdnadshavare.",
		"Andel elever med mer än 15 % frånvaro", "14 %", "9 %"},
	{1, 1, 1, model.AreaSchool, "", []model.PartKind{kSchool}, false,
		"Tidig signal vid ökande frånvaro", "Mentorn kontaktar vårdnadshavare samma dag vid ogiltig frånvaro, och elevhälsan kopplas in efter tre tillfällen.",
		"Andel ogiltiga frånvarotillfällen där hemmet kontaktats samma dag", "35 %", "95 %"},
	{1, 2, 0, model.AreaSchool, "fritidsgard", []model.PartKind{kDistrict}, false,
		"Längre öppettider på fritidsgården i %s under lov", "Fritidsgården håller öppet till klockan 23 under sport-, påsk-, sommar- och höstlov med förstärkt bemanning.",
		"Antal unika besökare per lovvecka", "60", "120"},
	{1, 2, 1, model.AreaSchool, "lovaktiviteter", []model.PartKind{kDistrict, kAssoc}, true,
		"Lovaktiviteter för 13–17-åringar i %s", "Idrott, kultur och utflykter varje vardag under lovet, i samarbete med föreningarna.",
		"Antal deltagande unga", "80", "150"},
	{1, 3, 0, model.AreaSchool, "ratt-vag", []model.PartKind{kDistrict}, false,
		"Föräldraträffar om risken för rekrytering", "Föräldraskapsstödet På rätt väg erbjuds föräldrar som oroar sig för att barnet dras in i kriminalitet.",
		"Antal föräldrar som deltagit", "0", "60"},
	{1, 3, 0, model.AreaSchool, "komet", []model.PartKind{kDistrict}, false,
		"KOMET-grupp för föräldrar i %s", "Två grupper per termin med föräldrar till barn i åldrarna 3–11 år, på svenska, arabiska och somaliska.",
		"Antal föräldrar som fullföljt programmet", "12", "40"},
	{1, 4, 0, model.AreaCivilSociety, "jobbtorg", []model.PartKind{kBusiness, kHousing}, false,
		"Sommarjobb för unga i %s", "Feriejobb för ungdomar i åldrarna 16–19 år hos stadens verksamheter, bostadsbolagen och näringslivet.",
		"Antal sommarjobb för unga från stadsdelen", "40", "70"},
	{1, 1, 0, model.AreaCollaboration, "losam", []model.PartKind{kDistrict}, false,
		"Lokal samordnare mot rekrytering (LOSAM)", "En samordnare håller ihop socialtjänstens, skolans och polisens arbete kring unga i riskzonen.",
		"Antal unga med samordnade insatser", "6", "20"},
	{1, 4, 0, model.AreaCollaboration, "sig", []model.PartKind{kDistrict, kPolice}, false,
		"Sociala insatsgrupper för unga i riskzon", "Individuellt anpassade insatser i samverkan mellan socialtjänst, polis, skola och arbetsmarknad.",
		"Antal unga med en samordnad plan", "5", "15"},
	{2, 1, 0, model.AreaCivilSociety, "", []model.PartKind{kDistrict, kHousing}, false,
		"Ny belysning längs gångvägen mellan tunnelbanan och bostäderna i %s", "Gångvägen får ny belysning och buskagen klipps så att sikten blir fri.",
		"Antal nya belysningspunkter", "0", "24"},
	{2, 1, 2, model.AreaCivilSociety, "", []model.PartKind{kHousing, kBusiness}, false,
		"Tillfälliga verksamheter i tomma lokaler vid tunnelbanan i %s", "Tomma bottenvåningar upplåts till föreningar och kafé så att det finns liv i entréerna på kvällen.",
		"Antal uthyrda lokaler", "1", "5"},
	{2, 2, 0, model.AreaCollaboration, "faltarbete", []model.PartKind{kDistrict}, false,
		"Fältassistenter vid tunnelbaneentréerna kvällstid", "Fältassistenterna finns vid entréerna torsdag till lördag mellan klockan 18 och 23.",
		"Antal kvällar med fältassistenter på plats per månad", "6", "12"},
	{2, 3, 0, model.AreaCivilSociety, "", []model.PartKind{kHousing, kDistrict}, false,
		"Trygghetsvärdar vid stationerna kvällstid", "Trygghetsvärdar finns vid stationerna i stadsdelen under kvällstrafiken.",
		"Andel resenärer som känner sig trygga kvällstid", "54 %", "65 %"},
	{3, 1, 0, model.AreaSchool, "", []model.PartKind{kSchool, kDistrict}, false,
		"Vuxennärvaro på skolgårdarna i %s helgkvällar", "Personal och föreningar finns på skolgårdarna fredag och lördag kväll.",
		"Antal anmälda skadegörelser på skolgårdarna per termin", "22", "10"},
	{3, 2, 0, model.AreaCivilSociety, "", []model.PartKind{kHousing, kDistrict}, false,
		"Klotter saneras inom ett dygn i %s", "Anmält klotter på fastigheter, skolor och i gångtunnlar saneras inom 24 timmar.",
		"Andel anmält klotter som sanerats inom 24 timmar", "55 %", "95 %"},
	{3, 3, 0, model.AreaSchool, "", []model.PartKind{kOther, kSchool}, true,
		"Genomgång av brandskyddet vid skolorna i %s", "Räddningstjänsten och skolorna går igenom förvaring av avfall och brännbart material.",
		"Antal skolor med genomgånget brandskydd", "0", "6"},
	{4, 1, 0, model.AreaViolence, "", []model.PartKind{kDistrict, kRegion}, false,
		"Utbildning i att fråga om våld för personal", "Personal i socialtjänst, förskola och BUP utbildas i att fråga om våld och i hur hedersrelaterat våld upptäcks.",
		"Andel medarbetare som gått utbildningen", "20 %", "80 %"},
	{4, 2, 0, model.AreaViolence, "mvp", nil, false, // run in a grundskola: see specParts
		"MVP – Mentorer i våldsprevention i årskurs 8", "Eleverna diskuterar normer, maskulinitet och våld i ledda samtal med utbildade mentorer.",
		"Antal klasser som arbetar med MVP", "2", "8"},
	{4, 3, 0, model.AreaViolence, "", []model.PartKind{kDistrict, kAssoc, kFaith}, false,
		"Informationsinsats om stöd vid våld i nära relationer", "Information om var man kan få stöd sprids på flera språk i föreningar, trossamfund och på vårdcentralen.",
		"Antal platser där informationen finns", "4", "25"},
	{4, 2, 0, model.AreaViolence, "", []model.PartKind{kAssoc, kFaith}, false,
		"Samtalsgrupper för unga män om maskulinitet och våld", "Samtalsgrupper under ledning av utbildade ledare, en kväll i veckan under terminen.",
		"Antal deltagare som fullföljt", "0", "30"},
	{5, 1, 0, model.AreaSchool, "", []model.PartKind{kSchool, kDistrict}, false,
		"Gemensam frånvarorutin mellan skola och socialtjänst", "Skolan och socialtjänsten följer en gemensam rutin för när och hur oro för frånvaro tas vidare.",
		"Andel skolor som följer rutinen", "30 %", "100 %"},
	{5, 3, 0, model.AreaSchool, "laxhjalp", []model.PartKind{kAssoc, kSchool}, false,
		"Läxhjälp i %s", "Läxhjälp med volontärer två eftermiddagar i veckan på biblioteket och i föreningslokalen.",
		"Antal elever som deltar varje vecka", "25", "60"},
	{5, 2, 0, model.AreaSchool, "", []model.PartKind{kSchool, kPolice}, false,
		"Trygg skolväg: vuxna på plats vid skolstart", "Vuxna från skolan och polisen finns på skolvägen de första veckorna av terminen.",
		"Andel elever som känner sig trygga på väg till skolan", "71 %", "85 %"},
	{6, 1, 0, model.AreaCivilSociety, "", []model.PartKind{kHousing}, false,
		"Byte av lås och dörrar till källarförråd i %s", "Dörrar och lås till förråd, garage och cykelrum byts, och dörrstängare justeras.",
		"Antal anmälda förrådsinbrott per kvartal", "18", "6"},
	{6, 3, 0, model.AreaCivilSociety, "grannsamverkan", []model.PartKind{kHousing, kPolice, kAssoc}, false,
		"Grannsamverkan i %s", "Boende startar grannsamverkan med stöd av polisen och bostadsbolagen.",
		"Antal trappuppgångar med grannsamverkan", "3", "20"},
	{6, 2, 0, model.AreaCivilSociety, "", []model.PartKind{kHousing}, true,
		"Inventering av nycklar och passerbrickor i %s", "Alla nycklar och passerbrickor inventeras och de som saknas spärras.",
		"Andel spärrade brickor av dem som saknas", "0 %", "100 %"},
	{7, 1, 0, model.AreaCivilSociety, "fritidsgard", []model.PartKind{kDistrict, kAssoc}, false,
		"Öppen verksamhet för unga fredagskvällar i %s", "Idrottshallen och fritidsgården håller öppet fredagskvällar med ledare från föreningarna.",
		"Antal besökare per kväll", "25", "60"},
	{7, 2, 0, model.AreaCivilSociety, "", []model.PartKind{kBusiness}, false,
		"Gemensamt förhållningssätt för väktare och butikspersonal i centrum", "Centrumledningen tar fram gemensamma ordningsregler och utbildar väktare och butikspersonal i bemötande av unga.",
		"Andel butiker som deltagit i utbildningen", "10 %", "75 %"},
	{7, 3, 0, model.AreaCollaboration, "bus", []model.PartKind{kDistrict, kPolice, kBusiness}, false,
		"Veckovis avstämning mellan centrum, fältassistenter och polis", "En kort avstämning varje måndag om helgens händelser och veckans planering.",
		"Andel veckor med genomförd avstämning", "50 %", "90 %"},
	{8, 1, 0, model.AreaCivilSociety, "", []model.PartKind{kPolice, kDistrict}, true,
		"Förebyggande arbete mot langning inför skolavslutningen", "Polisen och fältassistenterna samverkar för att förebygga langning kring skolavslutningen.",
		"Antal genomförda kontroller", "0", "40"},
	{8, 2, 0, model.AreaCivilSociety, "", []model.PartKind{kDistrict, kPolice}, false,
		"Samordnad tillsyn av försäljningsställen för tobak och alkohol", "Tillsynen av tobak, folköl och serveringar samordnas med polisen, med fokus på ålderskontroll.",
		"Antal samordnade tillsynsbesök per år", "4", "12"},
	{8, 3, 0, model.AreaSchool, "", []model.PartKind{kSchool, kDistrict}, false,
		"Föräldramöten om alkohol och narkotika i årskurs 7", "Fältassistenterna och skolan håller föräldramöten med fakta om tillgång och risker.",
		"Andel föräldrar i årskurs 7 som deltagit", "15 %", "50 %"},
	{9, 1, 0, model.AreaViolence, "", []model.PartKind{kDistrict, kAssoc}, false,
		"Tidig konfliktlösning bland unga vuxna", "Utbildade konfliktlösare från föreningslivet fångar upp konflikter innan de trappas upp.",
		"Antal konflikter där medling erbjudits", "0", "25"},
	{9, 3, 0, model.AreaViolence, "avhoppare", []model.PartKind{kDistrict}, false,
		"Avhopparverksamhet för unga vuxna", "Stöd med boende, sysselsättning och skydd till den som vill lämna en kriminell livsstil.",
		"Antal personer i avhopparprogrammet", "2", "8"},
	{9, 2, 0, model.AreaCollaboration, "", []model.PartKind{kPolice}, false,
		"Polisiär närvaro i offentlig miljö i %s", "Lokalpolisområdet prioriterar synlig närvaro i offentlig miljö utifrån den gemensamma lägesbilden.",
		"Antal anmälda misshandelsfall helgnätter per kvartal", "15", "8"},
}

// specParts names organisations that fit a kind of commitment (by its
// title) better than its part kinds do, when the council has them.
var specParts = map[string][]string{
	"Skolsocialt team för elever med hög frånvaro":                        {"Utbildningsförvaltningen", "Socialförvaltningen"},
	"Sommarjobb för unga i %s":                                            {"Arbetsmarknadsförvaltningen"},
	"Ny belysning längs gångvägen mellan tunnelbanan och bostäderna i %s": {"Trafikkontoret"},
	"Trygghetsvärdar vid stationerna kvällstid":                           {"Region Stockholm – Trafikförvaltningen (SL)"},
	"Klotter saneras inom ett dygn i %s":                                  {"Trafikkontoret"},
	"Utbildning i att fråga om våld för personal":                         {"Socialförvaltningen"},
	"MVP – Mentorer i våldsprevention i årskurs 8":                        {"Bredängsskolan", "Sätraskolan", "Vårbergsskolan"},
	"Avhopparverksamhet för unga vuxna":                                   {"Socialförvaltningen"},
	"Läxhjälp i %s":                                                       {"Skärholmens bibliotek"},
}

// customMethods are ways of working the council has added itself.
var customMethods = []struct {
	name, description string
	area              model.Area
}{
	{"Trygghetsvärdar i centrum", "Centrumets egna värdar som rör sig i gallerian och på torget kvällstid.", model.AreaCivilSociety},
	{"Föräldravandringar", "Föräldrar vandrar på kvällar och helger i det egna bostadsområdet.", model.AreaCivilSociety},
	{"Klotterfri Skärholmen", "Gemensam rutin för anmälan och sanering av klotter inom ett dygn.", model.AreaCollaboration},
	{"Sommarkvällar på torget", "Kulturprogram och aktiviteter på torgen under sommarkvällarna.", model.AreaSchool},
	{"Samverkansmöte med moskéer och kyrkor", "Regelbundna möten med trossamfunden om oro och stöd till familjer.", model.AreaCivilSociety},
	{"Tryggare hem", "Bostadsbolagens program för lås, belysning och grannkontakt.", model.AreaCivilSociety},
}

// methods adds the council's own methods.
func (g *generator) methods() {
	n := 3
	if g.scale == Stockholm {
		n = len(customMethods)
	}
	for _, m := range customMethods[:n] {
		g.ds.Methods = append(g.ds.Methods, &model.Method{
			Meta:        g.meta(g.dayIn(g.firstMeeting().AddDays(-200), g.today.AddDays(-90)), 1, ""),
			Name:        m.name,
			Description: m.description,
			Area:        m.area,
		})
	}
}
