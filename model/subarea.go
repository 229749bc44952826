package model

import "strings"

// SubArea is one of the strategy's sub-areas (4.1.1–4.4.6) within a
// priority area, by its number as the strategy writes it.
type SubArea struct {
	Number string
	Area   Area
	Name   string // Swedish, as the strategy heads it
}

// SubAreas lists the sub-areas of Stockholm's strategy 2023–2026 in order.
// The strategy numbers 4.4 with 4.4.1 and 4.4.4–4.4.6; it has no 4.4.2
// or 4.4.3, so neither has Samverka.
var SubAreas = []SubArea{
	{"4.1.1", AreaCollaboration, "Främjande, tidiga och förebyggande insatser"},
	{"4.1.2", AreaCollaboration, "Snabba och samordnade insatser"},
	{"4.1.3", AreaCollaboration, "Samlad kompetens"},
	{"4.1.4", AreaCollaboration, "Lokala samverkansöverenskommelser och lägesbilder"},
	{"4.2.1", AreaSchool, "Inskrivningsgrad och närvaro i förskola och skola"},
	{"4.2.2", AreaSchool, "Insatser som stabiliserar skolgång och skolprestationer"},
	{"4.2.3", AreaSchool, "Tidig upptäckt och orosanmälan till socialtjänsten"},
	{"4.2.4", AreaSchool, "Meningsfull fritid som skyddsfaktor"},
	{"4.3.1", AreaViolence, "Vålds- och könsnormer"},
	{"4.3.2", AreaViolence, "Våldsförebyggande arbete i skola och fritid"},
	{"4.3.3", AreaViolence, "Förebygga våld i ungas nära relationer"},
	{"4.3.4", AreaViolence, "Förebygga hedersrelaterat våld"},
	{"4.4.1", AreaCivilSociety, "Samverkan med civilsamhället"},
	{"4.4.4", AreaCivilSociety, "Föreningsbidrag som styrmedel"},
	{"4.4.5", AreaCivilSociety, "Bostadsbolag och hyresvärdar"},
	{"4.4.6", AreaCivilSociety, "Samverkan i tillsynen av alkohol och tobak"},
}

// SubAreaOf returns the sub-area numbered n, and whether there is one.
func SubAreaOf(n string) (SubArea, bool) {
	for _, s := range SubAreas {
		if s.Number == n {
			return s, true
		}
	}
	return SubArea{}, false
}

// SubAreasOf returns the sub-areas of priority area a, in order.
func SubAreasOf(a Area) []SubArea {
	var out []SubArea
	for _, s := range SubAreas {
		if s.Area == a {
			out = append(out, s)
		}
	}
	return out
}

// Label returns "4.1.1 Främjande, tidiga och förebyggande insatser".
func (s SubArea) Label() string { return strings.TrimSpace(s.Number + " " + s.Name) }
