package model

// Method is a method or way of working (metod/arbetssätt) a commitment may
// name. The strategy's methods are built in (see BuiltinMethods); a council
// adds its own as records.
type Method struct {
	Meta
	Name        string `json:"name"`
	Area        Area   `json:"area,omitempty"`
	Description string `json:"description,omitempty"`
}

// RecordKind implements Record.
func (*Method) RecordKind() Kind { return KindMethod }

// Label returns the method's name.
func (m *Method) Label() string { return m.Name }

// builtinMethodNamespace makes the ids of built-in methods stable across
// files, so that files made by different councils agree on them.
const builtinMethodPrefix = "builtin-method-"

// BuiltinMethods returns the methods Stockholm's strategy 2023–2026 names,
// with stable ids. The slice is new on every call.
func BuiltinMethods() []Method {
	list := []struct {
		slug, name string
		area       Area
	}{
		{"nattvandring", "Nattvandring", AreaCivilSociety},
		{"faltarbete", "Fältförlagt och uppsökande arbete", AreaCollaboration},
		{"sst", "Skolsociala team (SST)", AreaSchool},
		{"losam", "LOSAM – lokala samordnare mot rekrytering till kriminalitet", AreaCollaboration},
		{"sig", "Sociala insatsgrupper (SIG)", AreaCollaboration},
		{"sip", "Samordnad individuell plan (SIP)", AreaCollaboration},
		{"bus", "Lokala BUS-grupper", AreaCollaboration},
		{"utsattningar", "Lokala gemensamma utsättningar", AreaCollaboration},
		{"samlokaliserade", "Samlokaliserade socialsekreterare hos lokal polis", AreaCollaboration},
		{"mvp", "Mentorer i våldsprevention (MVP)", AreaViolence},
		{"laxhjalp", "Läxhjälp", AreaSchool},
		{"oppen-forskola", "Öppna förskolan och familjecentraler", AreaSchool},
		{"plus", "PLUS föräldraskapsstöd", AreaSchool},
		{"abc", "ABC föräldraträffar", AreaSchool},
		{"komet", "KOMET föräldraträffar", AreaSchool},
		{"ratt-vag", "På rätt väg – föräldraskapsstöd vid oro för kriminalitet", AreaSchool},
		{"mst", "Multisystemisk terapi (MST)", AreaCollaboration},
		{"bfst", "Kort strategisk familjeterapi (BFST)", AreaCollaboration},
		{"mumin", "Maria Ungdom Motiverande Intervention (MUMIN)", AreaCollaboration},
		{"fritidsgard", "Öppen fritidsverksamhet och fritidsgårdar", AreaSchool},
		{"lovaktiviteter", "Lovaktiviteter och sommarjobb", AreaCivilSociety},
		{"grannsamverkan", "Grannsamverkan", AreaCivilSociety},
		{"trygghetsvandring", "Trygghetsvandring", AreaCivilSociety},
		{"medborgarloften", "Medborgarlöften", AreaCollaboration},
		{"jobbtorg", "Jobbtorg Stockholm för unga", AreaCivilSociety},
		{"avhoppare", "Avhopparverksamhet", AreaViolence},
	}
	out := make([]Method, len(list))
	for i, m := range list {
		out[i] = Method{Meta: Meta{ID: builtinMethodPrefix + m.slug}, Name: m.name, Area: m.area}
	}
	return out
}

// IsBuiltinMethod reports whether id names a built-in method.
func IsBuiltinMethod(id string) bool {
	return len(id) > len(builtinMethodPrefix) && id[:len(builtinMethodPrefix)] == builtinMethodPrefix
}
