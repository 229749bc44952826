// Package model holds Samverka's domain: the council's records, their
// validation and the pure rules that govern them. It imports nothing of
// Samverka's own and no GUI or database code.
package model

import (
	"time"

	"github.com/google/uuid"
)

// Kind names a kind of record. It is also the name of the record's bucket in
// the data file and of its list in a JSON export, so it must never change.
type Kind string

// The record kinds, in the order they are exported and merged.
const (
	KindCouncil        Kind = "council"
	KindPart           Kind = "parts"
	KindRepresentative Kind = "representatives"
	KindMethod         Kind = "methods"
	KindSituation      Kind = "situations"
	KindProblem        Kind = "problems"
	KindCause          Kind = "causes"
	KindCommitment     Kind = "commitments"
	KindFollowUp       Kind = "followups"
	KindMeeting        Kind = "meetings"
	KindAgreement      Kind = "agreements"
	KindSignature      Kind = "signatures"
	KindDialogue       Kind = "dialogues"
	KindDeadline       Kind = "deadlines"
	KindReportText     Kind = "reports"
	KindPrintout       Kind = "printouts"
	KindConflict       Kind = "conflicts"
	KindPlan           Kind = "plans"
)

// Kinds lists every record kind in dependency order: a record only refers to
// records of kinds before it.
var Kinds = []Kind{
	KindCouncil, KindPart, KindRepresentative, KindMethod, KindSituation,
	KindProblem, KindCause, KindCommitment, KindMeeting, KindFollowUp,
	KindAgreement, KindSignature, KindPlan, KindDialogue, KindDeadline, KindReportText, KindConflict,
	KindPrintout,
}

// Meta is what every record carries so that copies of a data file can be
// merged: a stable id, a revision counter, times and who changed it last.
// A deleted record is kept as a tombstone so that the deletion travels.
type Meta struct {
	ID         string    `json:"id"`
	Rev        int       `json:"rev"`
	Created    time.Time `json:"created"`
	Modified   time.Time `json:"modified"`
	ModifiedBy string    `json:"modifiedBy,omitempty"`
	Deleted    bool      `json:"deleted,omitempty"`
	// Prior names the versions this one replaced, newest first, so that
	// merge can tell a record changed on one side only from one changed on
	// both. Touch keeps it.
	Prior Lineage `json:"prior,omitempty"`
	// CouncilID names the council a record belongs to in a roll-up of
	// several councils' files (see storage.Rollup); empty in a council's
	// own file, where every record is the file's council's.
	CouncilID string `json:"councilId,omitempty"`
}

// Record is implemented by every stored record.
type Record interface {
	RecordMeta() *Meta
	RecordKind() Kind
}

// RecordMeta returns the record's meta data for change.
func (m *Meta) RecordMeta() *Meta { return m }

// NewID returns a fresh random record id.
func NewID() string { return uuid.NewString() }

// Touch marks a record as changed now by who: it gets an id if it has none,
// its revision is raised and its times set. Storage calls it on every write.
func Touch(r Record, now time.Time, who string) {
	m := r.RecordMeta()
	now = now.UTC().Truncate(time.Millisecond)
	if m.ID == "" {
		m.ID = NewID()
	}
	if m.Created.IsZero() {
		m.Created = now
	}
	if m.Rev > 0 {
		m.Prior = m.Prior.push(m.Modified)
	}
	m.Rev++
	m.Modified = now
	m.ModifiedBy = who
}

// NewRecord returns an empty record of kind k, or nil for an unknown kind.
func NewRecord(k Kind) Record {
	switch k {
	case KindCouncil:
		return &Council{}
	case KindPart:
		return &Part{}
	case KindRepresentative:
		return &Representative{}
	case KindMethod:
		return &Method{}
	case KindSituation:
		return &Situation{}
	case KindProblem:
		return &Problem{}
	case KindCause:
		return &Cause{}
	case KindCommitment:
		return &Commitment{}
	case KindFollowUp:
		return &FollowUp{}
	case KindMeeting:
		return &Meeting{}
	case KindAgreement:
		return &Agreement{}
	case KindSignature:
		return &Signature{}
	case KindDialogue:
		return &Dialogue{}
	case KindDeadline:
		return &Deadline{}
	case KindReportText:
		return &ReportText{}
	case KindPrintout:
		return &Printout{}
	case KindConflict:
		return &Conflict{}
	case KindPlan:
		return &ActionPlan{}
	}
	return nil
}
