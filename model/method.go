package model

// Method is a method or way of working (metod/arbetssätt) a commitment may
// name. The strategy's methods are built in (see BuiltinMethods); a council
// adds its own as records.
type Method struct {
	Meta
	Name        string `json:"name"`
	Area        Area   `json:"area,omitempty"`
	SubArea     string `json:"subArea,omitempty"` // within Area, see SubAreas
	Description string `json:"description,omitempty"`
}

// RecordKind implements Record.
func (*Method) RecordKind() Kind { return KindMethod }

// Label returns the method's name.
func (m *Method) Label() string { return m.Name }

// builtinMethodNamespace makes the ids of built-in methods stable across
// files, so that files made by different councils agree on them.
const builtinMethodPrefix = "builtin-method-"

// BuiltinMethods returns the methods and ways of working Stockholm's
// strategy 2023–2026 names, each under the priority area and sub-area
// (4.1.1–4.4.6) where the strategy lists it, with stable ids; a few the
// strategy does not name but Stockholm's councils use (SSPF, EST,
// grannsamverkan, trygghetsvandring) are placed where they belong. The
// methods listed at the end of 4.4 (IOP, läxhjälp, mentorskap,
// nattvandring) are civil society's, 4.4.1. A medborgarlöfte is a
// document, not a method, and is not among them. The slice is new on every
// call.
func BuiltinMethods() []Method {
	list := []struct {
		slug, name, sub string
	}{
		// 4.1.1 Främjande, tidiga och förebyggande insatser.
		{"hembesok", "Hembesöksprogram för förstagångsföräldrar", "4.1.1"},
		{"oppen-forskola", "Öppna förskolan och familjecentraler", "4.1.1"},
		{"losam", "LOSAM – lokala samordnare mot rekrytering till kriminalitet", "4.1.1"},
		{"ungdomsmottagning", "Ungdomsmottagningar", "4.1.1"},
		{"plus", "PLUS föräldraskapsstöd", "4.1.1"},
		{"abc", "ABC föräldraträffar", "4.1.1"},
		{"komet", "KOMET föräldraträffar", "4.1.1"},
		{"tryggare-barn", "Tryggare barn – föräldraskap i Sverige för utrikesfödda föräldrar", "4.1.1"},
		{"ratt-vag", "På rätt väg – föräldraskapsstöd vid oro för kriminalitet", "4.1.1"},
		{"stodcentrum", "Stödcentrum för unga brottsutsatta", "4.1.1"},
		{"mini-maria", "Mini Maria för unga med riskbruk", "4.1.1"},
		{"faltarbete", "Fältförlagt och uppsökande arbete", "4.1.1"},
		// 4.1.2 Snabba och samordnade insatser.
		{"lul31", "Begäran om polisutredning enligt 31 § LUL", "4.1.2"},
		{"bfst", "Kort strategisk familjeterapi (BSFT)", "4.1.2"}, // the id keeps the old misspelling
		{"fft", "Funktionell familjeterapi (FFT)", "4.1.2"},
		{"mdft", "Multidimensionell familjeterapi (MDFT)", "4.1.2"},
		{"mst", "Multisystemisk terapi (MST)", "4.1.2"},
		{"samlokaliserade", "Samlokaliserade socialsekreterare hos lokal polis", "4.1.2"},
		{"lagforing", "Samverkan med polis och åklagare kring snabbare lagföring", "4.1.2"},
		{"bus", "Lokala BUS-grupper", "4.1.2"},
		{"sip", "Samordnad individuell plan (SIP)", "4.1.2"},
		{"mumin", "Maria Ungdom Motiverande Intervention (MUMIN)", "4.1.2"},
		{"unga-vittnen", "Stöd till unga vittnen", "4.1.2"},
		{"utsattningar", "Lokala gemensamma utsättningar", "4.1.2"},
		{"jobbtorg", "Jobbtorg Stockholm för unga", "4.1.2"},
		{"sig", "Sociala insatsgrupper (SIG)", "4.1.2"},
		{"avhoppare", "Avhopparverksamhet", "4.1.2"},
		{"sspf", "SSPF – skola, socialtjänst, polis och fritid", "4.1.2"},
		// 4.1.3 Samlad kompetens.
		{"kompetens", "Introduktion och fortbildning för socialtjänstens medarbetare", "4.1.3"},
		// 4.1.4 Lokala samverkansöverenskommelser och lägesbilder.
		{"est", "Effektiv samordning för trygghet (EST)", "4.1.4"},
		// 4.2.1 Inskrivningsgrad och närvaro i förskola och skola.
		{"introduktionsforskola", "Introduktionsförskolor", "4.2.1"},
		{"stis", "Stärkt tidigt stöd i samverkan (STIS)", "4.2.1"},
		{"franvarorutin", "Rutiner för att fånga upp och utreda upprepad frånvaro", "4.2.1"},
		// 4.2.2 Insatser som stabiliserar skolgång och skolprestationer.
		{"sst", "Skolsociala team (SST)", "4.2.2"},
		{"sams", "SAMS – samverkan för obruten skolgång för placerade barn", "4.2.2"},
		{"skolfam", "Skolfam", "4.2.2"},
		{"skkp", "Särskilt kvalificerad kontaktperson (SKKP)", "4.2.2"},
		{"kaa", "Kommunens aktivitetsansvar (KAA)", "4.2.2"},
		// 4.2.3 Tidig upptäckt och orosanmälan till socialtjänsten.
		{"orosanmalan", "Rutiner för konsultation och orosanmälan till socialtjänsten", "4.2.3"},
		// 4.2.4 Meningsfull fritid som skyddsfaktor.
		{"fritidsgard", "Öppen fritidsverksamhet och fritidsgårdar", "4.2.4"},
		{"fritidsklubb", "Fritidshem och fritidsklubbar", "4.2.4"},
		{"laxhjalp", "Läxhjälp", "4.2.4"},
		// 4.3.2 Våldsförebyggande arbete i skola och fritid.
		{"mvp", "Mentorer i våldsprevention (MVP)", "4.3.2"},
		{"mvp-fritid", "MVP-fritid", "4.3.2"},
		// 4.3.3 Förebygga våld i ungas nära relationer.
		{"ros", "Respekt och självrespekt (RoS)", "4.3.3"},
		{"atv", "Alternativ till våld (ATV)", "4.3.3"},
		// 4.3.4 Förebygga hedersrelaterat våld.
		{"hedra", "Hedra", "4.3.4"},
		// 4.4.1 Samverkan med civilsamhället.
		{"iop", "Idéburet offentligt partnerskap (IOP)", "4.4.1"},
		{"mentorskap", "Mentorskapsprogram för unga", "4.4.1"},
		{"nattvandring", "Nattvandring", "4.4.1"},
		{"lovaktiviteter", "Lovaktiviteter och sommarjobb", "4.4.1"},
		{"grannsamverkan", "Grannsamverkan", "4.4.1"},
		// 4.4.4 Föreningsbidrag som styrmedel.
		{"foreningsbidrag", "Föreningsbidrag till strukturerad fritidsverksamhet", "4.4.4"},
		// 4.4.5 Bostadsbolag och hyresvärdar.
		{"trygghetsvandring", "Trygghetsvandring", "4.4.5"},
		{"bostadsbolag", "Trygghetsskapande åtgärder i bostadsområden", "4.4.5"},
		// 4.4.6 Samverkan i tillsynen av alkohol och tobak.
		{"tillsyn", "Samordnad tillsyn av alkohol och tobak", "4.4.6"},
	}
	out := make([]Method, len(list))
	for i, m := range list {
		sub, _ := SubAreaOf(m.sub)
		out[i] = Method{Meta: Meta{ID: builtinMethodPrefix + m.slug}, Name: m.name, Area: sub.Area, SubArea: m.sub}
	}
	return out
}

// IsBuiltinMethod reports whether id names a built-in method.
func IsBuiltinMethod(id string) bool {
	return len(id) > len(builtinMethodPrefix) && id[:len(builtinMethodPrefix)] == builtinMethodPrefix
}
