package model

// CouncilRole is a representative's role in the council.
type CouncilRole string

// The council roles.
const (
	RoleChair     CouncilRole = "ordforande"
	RoleSecretary CouncilRole = "sekreterare"
	RoleMember    CouncilRole = "ledamot"
	RoleDeputy    CouncilRole = "ersattare"
	RoleCoopted   CouncilRole = "adjungerad"
)

// CouncilRoles lists the roles in the order they are shown.
var CouncilRoles = []CouncilRole{RoleChair, RoleSecretary, RoleMember, RoleDeputy, RoleCoopted}

// Valid reports whether r is a known role.
func (r CouncilRole) Valid() bool {
	for _, x := range CouncilRoles {
		if x == r {
			return true
		}
	}
	return false
}

// Representative is a person who represents a part in the council. It is
// the only personal data Samverka keeps.
type Representative struct {
	Meta
	PartID string      `json:"partId"`
	Name   string      `json:"name"`
	Title  string      `json:"title,omitempty"`
	Email  string      `json:"email,omitempty"`
	Phone  string      `json:"phone,omitempty"`
	Role   CouncilRole `json:"role"`
	// MaySign marks a person authorised to sign for the organisation
	// (firmatecknare or behörig företrädare).
	MaySign   bool `json:"maySign,omitempty"`
	ValidFrom Date `json:"validFrom,omitempty"`
	ValidTo   Date `json:"validTo,omitempty"`
}

// RecordKind implements Record.
func (*Representative) RecordKind() Kind { return KindRepresentative }

// Label returns the person's name.
func (r *Representative) Label() string { return r.Name }

// ActiveOn reports whether the representative serves on day d.
func (r *Representative) ActiveOn(d Date) bool {
	if r.Deleted {
		return false
	}
	if r.ValidFrom != "" && d < r.ValidFrom {
		return false
	}
	return r.ValidTo == "" || d <= r.ValidTo
}
