package model

// Status is where a commitment stands, as recorded at a follow-up.
type Status string

// The follow-up statuses.
const (
	StatusPlanned   Status = "planerad"
	StatusOngoing   Status = "pagar"
	StatusDone      Status = "klar"
	StatusLate      Status = "forsenad"
	StatusCancelled Status = "avbruten"
)

// Statuses lists the statuses in the order they are shown.
var Statuses = []Status{StatusPlanned, StatusOngoing, StatusDone, StatusLate, StatusCancelled}

// Valid reports whether s is a known status.
func (s Status) Valid() bool {
	for _, x := range Statuses {
		if x == s {
			return true
		}
	}
	return false
}

// Open reports whether work under status s is still expected.
func (s Status) Open() bool { return s != StatusDone && s != StatusCancelled }

// Light is a follow-up's traffic light.
type Light string

// The traffic lights.
const (
	LightNone   Light = ""
	LightGreen  Light = "gron"
	LightYellow Light = "gul"
	LightRed    Light = "rod"
)

// Lights lists the set traffic lights in order.
var Lights = []Light{LightGreen, LightYellow, LightRed}

// Valid reports whether l is a known light or unset.
func (l Light) Valid() bool {
	return l == LightNone || l == LightGreen || l == LightYellow || l == LightRed
}

// Goal is a commitment's operational goal (operativt mål).
type Goal struct {
	Indicator string `json:"indicator,omitempty"`
	Baseline  string `json:"baseline,omitempty"`
	Target    string `json:"target,omitempty"`
	Date      Date   `json:"date,omitempty"` // when the target should be met
}

// IsZero reports whether no part of the goal is set.
func (g Goal) IsZero() bool { return g == Goal{} }

// Commitment is an åtagande: what a part has taken on to do.
type Commitment struct {
	Meta
	Title       string `json:"title"`                 // the measure (åtgärd), short
	Description string `json:"description,omitempty"` // what will be done, in full
	PartID      string `json:"partId"`
	ContactID   string `json:"contactId,omitempty"` // a representative of the part
	ProblemID   string `json:"problemId,omitempty"`
	CauseID     string `json:"causeId,omitempty"`
	Area        Area   `json:"area"`
	// SubArea is the strategy's sub-area within Area, "4.1.1"–"4.4.6"
	// (see SubAreas).
	SubArea  string `json:"subArea,omitempty"`
	MethodID string `json:"methodId,omitempty"`
	Goal     Goal   `json:"goal"`
	Start    Date   `json:"start,omitempty"`
	Due      Date   `json:"due,omitempty"`
	// OneOff marks a punktinsats as opposed to ordinary ongoing work.
	OneOff bool `json:"oneOff,omitempty"`
	// Status is the commitment's current status: the latest follow-up's, or
	// StatusPlanned before any follow-up.
	Status Status `json:"status"`
	// MeetingID and Paragraph name the meeting decision (§) that created
	// the commitment, if any.
	MeetingID string `json:"meetingId,omitempty"`
	Paragraph int    `json:"paragraph,omitempty"`
	// Milestones are the dated delmål on the way to the goal.
	Milestones []Milestone `json:"milestones,omitempty"`
	// Contributors are the medverkande aktörer; PartID is the one ansvarig.
	Contributors []Contributor `json:"contributors,omitempty"`
	Resources    Resources     `json:"resources,omitzero"`
}

// RecordKind implements Record.
func (*Commitment) RecordKind() Kind { return KindCommitment }

// Label returns the commitment's title.
func (c *Commitment) Label() string { return c.Title }

// Overdue reports whether the commitment is still open after its due date.
func (c *Commitment) Overdue(today Date) bool {
	return !c.Deleted && c.Status.Open() && c.Due != "" && c.Due < today
}

// FollowUp is one entry of a commitment's follow-up history. Follow-ups are
// append-only: an entry, once recorded, is never changed.
type FollowUp struct {
	Meta
	CommitmentID string `json:"commitmentId"`
	MeetingID    string `json:"meetingId,omitempty"`
	Date         Date   `json:"date"`
	Status       Status `json:"status"`
	Light        Light  `json:"light,omitempty"`
	Comment      string `json:"comment,omitempty"`
	// Outcome is the utfall: the commitment's indicator as measured.
	Outcome Measure `json:"outcome,omitzero"`
	// MilestoneIDs name the commitment's delmål this follow-up says are met.
	MilestoneIDs []string `json:"milestoneIds,omitempty"`
	// Effects are values of the problem's effect goals typed at the
	// follow-up.
	Effects []EffectMeasure `json:"effects,omitempty"`
	// CorrectsID names the entry recorded at the same meeting that this one
	// corrects: that one was a mistake and this one stands in its place
	// (see Corrections). The mistaken entry stays in the history.
	CorrectsID string `json:"correctsId,omitempty"`
	// Withdrawn, with CorrectsID, makes this entry take that one back
	// and say nothing itself: Ångra of a follow-up, which the append-only
	// history records rather than forgets.
	Withdrawn bool `json:"withdrawn,omitempty"`
}

// RecordKind implements Record.
func (*FollowUp) RecordKind() Kind { return KindFollowUp }

// Label returns the follow-up's date and status.
func (f *FollowUp) Label() string { return string(f.Date) + " " + string(f.Status) }
