package model

import "time"

// MeetingKind says what kind of meeting it is.
type MeetingKind string

// The meeting kinds.
const (
	MeetingCouncil      MeetingKind = "radsmote"
	MeetingSteering     MeetingKind = "styrgrupp"
	MeetingWorkingGroup MeetingKind = "arbetsgrupp"
)

// MeetingKinds lists the meeting kinds in order.
var MeetingKinds = []MeetingKind{MeetingCouncil, MeetingSteering, MeetingWorkingGroup}

// ItemKind is the kind of an agenda item.
type ItemKind string

// The agenda item kinds.
const (
	ItemInformation ItemKind = "information"
	ItemDecision    ItemKind = "beslut"
	ItemFollowUp    ItemKind = "uppfoljning"
	ItemOther       ItemKind = "ovrigt"
)

// ItemKinds lists the agenda item kinds in order.
var ItemKinds = []ItemKind{ItemInformation, ItemDecision, ItemFollowUp, ItemOther}

// Presence is a person's attendance at a meeting.
type Presence string

// The attendance values.
const (
	PresenceUnknown    Presence = ""
	PresencePresent    Presence = "narvarande"
	PresenceAbsent     Presence = "franvarande"
	PresenceExcused    Presence = "forhinder" // anmält förhinder
	PresenceSubstitute Presence = "ersattare" // ersättare för någon
)

// Presences lists the set attendance values in order.
var Presences = []Presence{PresencePresent, PresenceAbsent, PresenceExcused, PresenceSubstitute}

// DocState is the lifecycle state of minutes and agreements.
type DocState string

// The lifecycle states. Minutes go Draft → Approved; agreements go
// Draft → ForSigning → Signed → Superseded.
const (
	StateDraft      DocState = "utkast"
	StateApproved   DocState = "justerat"
	StateForSigning DocState = "for-underskrift"
	StateSigned     DocState = "undertecknad"
	StateSuperseded DocState = "ersatt"
)

// Locked reports whether a document in state s may no longer be edited.
func (s DocState) Locked() bool { return s != StateDraft && s != "" }

// AgendaItem is one item on a meeting's agenda, with its minutes.
type AgendaItem struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Kind      ItemKind `json:"kind"`
	Presenter string   `json:"presenter,omitempty"`
	Minutes   int      `json:"minutes,omitempty"` // time allotted
	// Paragraph is the item's § number, given when minutes are recorded;
	// numbering runs per calendar year across meetings.
	Paragraph int        `json:"paragraph,omitempty"`
	Notes     string     `json:"notes,omitempty"` // the minutes text
	Decisions []Decision `json:"decisions,omitempty"`
	// Marking is the item's information class. It is no part of the
	// minutes' fingerprint: whether a § may be published is judged
	// anew when someone asks for it, and approved minutes may be
	// marked afterwards.
	Marking
}

// Decision is a decision recorded under an agenda item.
type Decision struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	// CommitmentID names a commitment the decision created, if any.
	CommitmentID string `json:"commitmentId,omitempty"`
}

// Attendance is one person's attendance at a meeting: a representative of
// the council, or a guest named by name.
type Attendance struct {
	RepresentativeID string   `json:"representativeId,omitempty"`
	GuestName        string   `json:"guestName,omitempty"`
	GuestOrg         string   `json:"guestOrg,omitempty"`
	Presence         Presence `json:"presence"`
	SubstituteFor    string   `json:"substituteFor,omitempty"` // representative id
}

// Meeting is a council meeting (sammanträde).
type Meeting struct {
	Meta
	Number      string       `json:"number,omitempty"` // e.g. "2026:4"
	Date        Date         `json:"date"`
	StartTime   string       `json:"startTime,omitempty"` // HH:MM
	EndTime     string       `json:"endTime,omitempty"`
	Place       string       `json:"place,omitempty"`
	Kind        MeetingKind  `json:"kind"`
	ChairID     string       `json:"chairId,omitempty"`     // representative
	SecretaryID string       `json:"secretaryId,omitempty"` // representative
	AdjusterIDs []string     `json:"adjusterIds,omitempty"` // justerare
	Agenda      []AgendaItem `json:"agenda,omitempty"`
	Attendance  []Attendance `json:"attendance,omitempty"`
	// State is the minutes' state; approved minutes are locked and carry
	// their fingerprint.
	State       DocState  `json:"state"`
	Fingerprint string    `json:"fingerprint,omitempty"`
	ApprovedAt  time.Time `json:"approvedAt,omitzero"`
}

// RecordKind implements Record.
func (*Meeting) RecordKind() Kind { return KindMeeting }

// Label returns the meeting's date and number.
func (m *Meeting) Label() string {
	if m.Number == "" {
		return string(m.Date)
	}
	return string(m.Date) + " (" + m.Number + ")"
}
