package model

// Area is one of the strategy's four priority areas (prioriterade områden).
// They are built in; records refer to them by number.
type Area int

// The four priority areas of Stockholm's strategy 2023–2026.
const (
	AreaNone          Area = 0
	AreaCollaboration Area = 1 // Strukturerad samverkan
	AreaSchool        Area = 2 // Förskola, skola och fritid som skyddsfaktorer
	AreaViolence      Area = 3 // Våldsprevention med jämställdhetsperspektiv
	AreaCivilSociety  Area = 4 // Samverkan med civilsamhälle och näringsliv
)

// Areas lists the priority areas in order.
var Areas = []Area{AreaCollaboration, AreaSchool, AreaViolence, AreaCivilSociety}

// Valid reports whether a is one of the four areas.
func (a Area) Valid() bool { return a >= AreaCollaboration && a <= AreaCivilSociety }

// Name returns the area's Swedish name as the strategy writes it. The user
// interface translates it through its key (see Key).
func (a Area) Name() string {
	switch a {
	case AreaCollaboration:
		return "Strukturerad samverkan"
	case AreaSchool:
		return "Förskola, skola och fritid som skyddsfaktorer"
	case AreaViolence:
		return "Våldsprevention med jämställdhetsperspektiv"
	case AreaCivilSociety:
		return "Samverkan med civilsamhälle och näringsliv"
	}
	return ""
}

// Key returns the translation key of the area's name.
func (a Area) Key() string {
	switch a {
	case AreaCollaboration:
		return "area.collaboration"
	case AreaSchool:
		return "area.school"
	case AreaViolence:
		return "area.violence"
	case AreaCivilSociety:
		return "area.civilsociety"
	}
	return "area.none"
}
