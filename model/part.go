package model

// PartKind says what kind of organisation a part is.
type PartKind string

// The kinds of organisation that take part in a council.
const (
	PartDistrict       PartKind = "stadsdelsforvaltning" // stadsdelsförvaltning/-nämnd
	PartPolice         PartKind = "polis"                // lokalpolisområde (LPO)
	PartAdministration PartKind = "fackforvaltning"      // e.g. utbildningsförvaltningen
	PartRegion         PartKind = "region"               // e.g. BUP
	PartHousing        PartKind = "bostadsbolag"         // bostadsbolag/fastighetsägare
	PartAssociation    PartKind = "forening"             // förening/civilsamhälle
	PartSchool         PartKind = "skola"
	PartBusiness       PartKind = "naringsliv"
	PartFaith          PartKind = "trossamfund"
	PartOther          PartKind = "ovrig"
)

// PartKinds lists the part kinds in the order they are shown.
var PartKinds = []PartKind{
	PartDistrict, PartPolice, PartAdministration, PartRegion, PartHousing,
	PartAssociation, PartSchool, PartBusiness, PartFaith, PartOther,
}

// Valid reports whether k is a known part kind.
func (k PartKind) Valid() bool {
	for _, x := range PartKinds {
		if x == k {
			return true
		}
	}
	return false
}

// Part is an organisation taking part in the council's work.
type Part struct {
	Meta
	Name      string   `json:"name"`
	Kind      PartKind `json:"kind"`
	OrgNumber string   `json:"orgNumber,omitempty"` // organisationsnummer NNNNNN-NNNN
	// LegalName is the legal person the aktör belongs to when it is a unit
	// of one ("Stockholms stad" for a stadsdelsförvaltning); Through is the
	// unit that acts for it in agreements ("Skärholmens stadsdelsnämnd").
	// An agreement names the party "LegalName genom Through".
	LegalName string `json:"legalName,omitempty"`
	Through   string `json:"through,omitempty"`
	// Signing marks a signing party (signatory of agreements) as opposed to
	// an other actor that only takes part.
	Signing bool   `json:"signing,omitempty"`
	Address string `json:"address,omitempty"`
	Notes   string `json:"notes,omitempty"`
}

// RecordKind implements Record.
func (*Part) RecordKind() Kind { return KindPart }

// Label returns the part's name.
func (p *Part) Label() string { return p.Name }
