package model

// Council is the local crime-prevention council (lokalt brottsförebyggande
// råd). A data file holds exactly one council.
type Council struct {
	Meta
	Name      string `json:"name"`
	District  string `json:"district,omitempty"`  // stadsdel or municipality area
	Chair     string `json:"chair,omitempty"`     // ordförande
	Secretary string `json:"secretary,omitempty"` // sekreterare
	Notes     string `json:"notes,omitempty"`
}

// RecordKind implements Record.
func (*Council) RecordKind() Kind { return KindCouncil }

// Label returns the council's name.
func (c *Council) Label() string { return c.Name }
