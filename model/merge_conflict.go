package model

import (
	"cmp"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/google/uuid"
)

// Side names one of the two copies a merge combines.
type Side string

// The two sides of a merge: the open document and the other copy.
const (
	SideOurs   Side = "ours"
	SideTheirs Side = "theirs"
)

// Conflict is a version of a record that a merge set aside because both
// copies had changed the record and the other version was newer. It is
// stored in the data file, so the user can review it later and choose it
// instead (see Choose); nothing a person wrote is lost by merging.
//
// Its id is derived from the record and the set-aside version, so merging
// the same copies again finds the same conflict and does not repeat it.
type Conflict struct {
	Meta
	Kind     Kind   `json:"kind"`
	RecordID string `json:"recordId"`
	// Side is the copy the set-aside version came from in the merge that
	// found the conflict.
	Side Side `json:"side"`
	// Version is the set-aside version of the record, as JSON.
	Version json.RawMessage `json:"version"`
	// At is when the set-aside version was written; who wrote it is in
	// its meta data (see Lost).
	At time.Time `json:"at"`
	// KeptRev and KeptAt name the version that was kept instead.
	KeptRev  int       `json:"keptRev"`
	KeptAt   time.Time `json:"keptAt"`
	Resolved bool      `json:"resolved,omitempty"`
}

// RecordKind implements Record.
func (*Conflict) RecordKind() Kind { return KindConflict }

// conflictSpace is the UUID name space of conflict ids.
var conflictSpace = uuid.MustParse("9e60d41c-456c-4cb7-9a39-9249739a1a56")

// newConflict records that loser, from side, was set aside for winner.
// Its times are the later of the two versions' times, so that finding the
// same conflict again gives the same record.
func newConflict(kind Kind, winner, loser Record, side Side) *Conflict {
	mw, ml := winner.RecordMeta(), loser.RecordMeta()
	data, err := json.Marshal(loser)
	if err != nil {
		// Records are plain data; marshalling one cannot fail.
		panic(fmt.Sprintf("model: encode %s %s: %v", kind, ml.ID, err))
	}
	at := mw.Modified
	if ml.Modified.After(at) {
		at = ml.Modified
	}
	c := &Conflict{
		Meta: Meta{
			ID:       uuid.NewSHA1(conflictSpace, []byte(string(kind)+"/"+ml.ID+"/"+hex.EncodeToString([]byte(versionHash(loser))))).String(),
			Rev:      1,
			Created:  at,
			Modified: at,
		},
		Kind:     kind,
		RecordID: ml.ID,
		Side:     side,
		Version:  data,
		At:       ml.Modified,
		KeptRev:  mw.Rev,
		KeptAt:   mw.Modified,
	}
	return c
}

// Label returns the label of the record version the conflict set aside.
func (c *Conflict) Label() string {
	r, err := c.Lost()
	if err != nil {
		return ""
	}
	if l, ok := r.(interface{ Label() string }); ok {
		return l.Label()
	}
	return ""
}

// Lost returns the version the merge set aside, decoded.
func (c *Conflict) Lost() (Record, error) {
	r := NewRecord(c.Kind)
	if r == nil {
		return nil, fmt.Errorf("model: conflict %s: unknown kind %q", c.ID, c.Kind)
	}
	if err := json.Unmarshal(c.Version, r); err != nil {
		return nil, fmt.Errorf("model: conflict %s: %w", c.ID, err)
	}
	return r, nil
}

// Choose returns the set-aside version made ready to replace current, the
// record as it is now: its content under current's meta data, so that
// writing it (storage touches every write) makes it the record's next
// version, and a later merge sees it as made from current. A set-aside
// deletion comes back with Deleted set. Choose refuses, with
// CodeLockedRecord, to put an earlier lifecycle state over a later one,
// such as a draft over a signed agreement. The caller writes the result
// and marks the conflict resolved.
func (c *Conflict) Choose(current Record) (Record, error) {
	if current == nil || current.RecordKind() != c.Kind || current.RecordMeta().ID != c.RecordID {
		return nil, fmt.Errorf("model: conflict %s is about %s %s", c.ID, c.Kind, c.RecordID)
	}
	lost, err := c.Lost()
	if err != nil {
		return nil, err
	}
	if finality(lost) < finality(current) {
		return nil, locked(current, "state")
	}
	deleted := lost.RecordMeta().Deleted
	*lost.RecordMeta() = *current.RecordMeta()
	lost.RecordMeta().Deleted = deleted
	return lost, nil
}

// OpenConflicts returns the conflicts of d that are not resolved, newest
// first.
func OpenConflicts(d *Dataset) []*Conflict {
	var out []*Conflict
	for _, c := range d.Conflicts {
		if !c.Resolved && !c.Deleted {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b *Conflict) int {
		return cmp.Or(b.Created.Compare(a.Created), cmp.Compare(a.ID, b.ID))
	})
	return out
}
