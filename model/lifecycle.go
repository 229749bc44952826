package model

import (
	"fmt"
	"slices"
	"time"
)

// CheckChange reports whether old may be replaced by new; old is nil for a
// new record. It refuses, with CodeLockedRecord, what the lifecycles
// forbid: a content change, deletion or step back of an agreement that has
// left its draft; any change to approved minutes; any change or deletion
// of a follow-up or a signature, which are append-only; and a council
// taking another id. Changes to meta data alone are always allowed.
func CheckChange(old, new Record) error {
	if old == nil || new == nil {
		return nil
	}
	if old.RecordKind() != new.RecordKind() {
		return fmt.Errorf("model: a %s cannot replace a %s", new.RecordKind(), old.RecordKind())
	}
	switch o := old.(type) {
	case *Council:
		if o.ID != new.RecordMeta().ID {
			return locked(o, "id")
		}
	case *Agreement:
		return checkAgreementChange(o, new.(*Agreement))
	case *Meeting:
		return checkMinutesChange(o, new.(*Meeting))
	case *ActionPlan:
		return checkPlanChange(o, new.(*ActionPlan))
	case *FollowUp:
		n := new.(*FollowUp)
		a, b := *o, *n
		a.Meta, b.Meta = Meta{Deleted: o.Deleted}, Meta{Deleted: n.Deleted}
		if !sameFollowUp(&a, &b) {
			return locked(o, "")
		}
	case *Signature:
		if !sameSignature(o, new.(*Signature)) {
			return locked(o, "")
		}
	case *Printout:
		// A record of a printout is never changed: older printouts must
		// stay verifiable.
		if n := new.(*Printout); n.AgreementID != o.AgreementID || n.Version != o.Version || n.SHA256 != o.SHA256 {
			return locked(o, "")
		}
	}
	return nil
}

// locked returns the refusal of a change to r; field names what may not
// change when that is one field.
func locked(r Record, field string) *Error {
	label := ""
	if l, ok := r.(interface{ Label() string }); ok {
		label = l.Label()
	}
	return FieldErr(field, CodeLockedRecord, "Label", label)
}

func checkAgreementChange(o, n *Agreement) error {
	if !o.State.Locked() {
		switch n.State {
		case "", StateDraft:
			return nil
		case StateForSigning:
			if n.FrozenAt.IsZero() || n.Fingerprint != AgreementFingerprint(n) {
				return locked(o, "state")
			}
			return nil
		}
		return locked(o, "state")
	}
	if n.Deleted != o.Deleted {
		return locked(o, "deleted")
	}
	if AgreementFingerprint(n) != AgreementFingerprint(o) || !sameAgreementContent(o, n) || !sameSignatories(o, n) {
		return locked(o, "")
	}
	if n.Frame.ID != o.Frame.ID || n.Replaces.ID != o.Replaces.ID {
		return locked(o, "")
	}
	if n.Fingerprint != o.Fingerprint || !n.FrozenAt.Equal(o.FrozenAt) {
		return locked(o, "fingerprint")
	}
	sealed := n.SealedAt.Equal(o.SealedAt)
	replaced := n.SupersededBy == o.SupersededBy
	switch {
	case n.State == o.State && sealed && replaced:
	case o.State == StateForSigning && n.State == StateSigned && replaced && !n.SealedAt.IsZero():
	case o.State != StateSuperseded && n.State == StateSuperseded && sealed && n.SupersededBy != "":
	default:
		return locked(o, "state")
	}
	return nil
}

// sameSignatories reports whether the parties of a and b name the same
// representatives as signers, which the fingerprint does not cover.
func sameSignatories(a, b *Agreement) bool {
	return slices.EqualFunc(a.Parties, b.Parties, func(x, y Party) bool {
		return x.SignatoryID == y.SignatoryID
	})
}

func checkMinutesChange(o, n *Meeting) error {
	if o.State != StateApproved {
		if n.State == StateApproved && (n.ApprovedAt.IsZero() || n.Fingerprint != MinutesFingerprint(n)) {
			return locked(o, "state")
		}
		return nil
	}
	if n.State != o.State || n.Deleted != o.Deleted || n.Fingerprint != o.Fingerprint ||
		!n.ApprovedAt.Equal(o.ApprovedAt) || MinutesFingerprint(n) != MinutesFingerprint(o) {
		return locked(o, "")
	}
	return nil
}

func sameSignature(a, b *Signature) bool {
	return a.Deleted == b.Deleted &&
		a.AgreementID == b.AgreementID &&
		a.PartID == b.PartID &&
		a.SignerName == b.SignerName &&
		a.SignerTitle == b.SignerTitle &&
		a.Organisation == b.Organisation &&
		a.Place == b.Place &&
		a.Date == b.Date &&
		a.SignedAt.Equal(b.SignedAt) &&
		a.Method == b.Method &&
		a.Fingerprint == b.Fingerprint &&
		slices.EqualFunc(a.Strokes, b.Strokes, slices.Equal)
}

// Freeze sends a draft agreement to signing: its content is fixed from now
// on and its fingerprint is taken. Copy the parties' organisation names and
// the included commitments into it first, since they are part of what is
// signed. An agreement that is no longer a draft is left as it is.
func (a *Agreement) Freeze(now time.Time) {
	if a.State.Locked() {
		return
	}
	if a.Version < 1 {
		a.Version = 1
	}
	if a.Encoding == 0 {
		a.Encoding = AgreementEncoding
	}
	a.State = StateForSigning
	a.FrozenAt = stamp(now)
	a.Fingerprint = AgreementFingerprint(a)
}

// Seal marks an agreement out for signing as signed by every party. Check
// AllSigned first.
func (a *Agreement) Seal(now time.Time) {
	if a.State == StateForSigning {
		a.State = StateSigned
		a.SealedAt = stamp(now)
	}
}

// Supersede marks a frozen or signed agreement as replaced by the version
// with id byID.
func (a *Agreement) Supersede(byID string) {
	if a.State == StateForSigning || a.State == StateSigned {
		a.State = StateSuperseded
		a.SupersededBy = byID
	}
}

// NewVersion returns a copy of a as a new draft to edit: a new id, the next
// version number and a link back to a, which it names as the version it
// replaces by title, period and the day it was sealed (the caller that
// has the signatures may set Replaces = ReferenceTo(a, sigs) to name the
// day of the last signature instead). Its lifecycle fields and encoding
// are cleared. Nothing is shared with a.
func (a *Agreement) NewVersion() *Agreement {
	n := &Agreement{
		Meta:          Meta{ID: NewID()},
		Title:         a.Title,
		From:          a.From,
		To:            a.To,
		Parties:       slices.Clone(a.Parties),
		Sections:      a.Sections,
		Clauses:       slices.Clone(a.Clauses),
		Frame:         a.Frame,
		Replaces:      ReferenceTo(a, nil),
		CommitmentIDs: slices.Clone(a.CommitmentIDs),
		Included:      slices.Clone(a.Included),
		Annexes:       slices.Clone(a.Annexes),
		Promises:      slices.Clone(a.Promises),
		Version:       max(a.Version, 1) + 1,
		PreviousID:    a.ID,
		State:         StateDraft,
	}
	for i := range n.Promises {
		n.Promises[i].PartIDs = slices.Clone(n.Promises[i].PartIDs)
		n.Promises[i].FindingIDs = slices.Clone(n.Promises[i].FindingIDs)
		n.Promises[i].CommitmentIDs = slices.Clone(n.Promises[i].CommitmentIDs)
	}
	return n
}

// AllSigned reports whether every signing party of a has signed the
// version that was frozen: a live signature of this agreement by that
// party whose fingerprint is the agreement's. Medverkande aktörer do not
// sign. sigs may hold other agreements' signatures too.
func AllSigned(a *Agreement, sigs []*Signature) bool {
	if a.Fingerprint == "" || len(a.SigningParties()) == 0 {
		return false
	}
	for _, p := range a.SigningParties() {
		signed := slices.ContainsFunc(sigs, func(s *Signature) bool {
			return !s.Deleted && s.AgreementID == a.ID && s.PartID == p.PartID &&
				s.Fingerprint == a.Fingerprint
		})
		if !signed {
			return false
		}
	}
	return true
}

// Approve approves (justerar) a meeting's minutes: they are locked from now
// on and their fingerprint is taken. Approved minutes are left as they are.
func (m *Meeting) Approve(now time.Time) {
	if m.State == StateApproved {
		return
	}
	m.State = StateApproved
	m.ApprovedAt = stamp(now)
	m.Fingerprint = MinutesFingerprint(m)
}

// stamp returns now as stored: UTC to the millisecond, like Touch, so that
// a time survives the round trip through the data file unchanged.
func stamp(now time.Time) time.Time { return now.UTC().Truncate(time.Millisecond) }

// ReferenceTo returns how another agreement names a: its title, period
// and the date it was signed, the latest date among the live signatures
// of its frozen content in sigs (sigs may hold others' too), or the day
// it was sealed when none is at hand.
func ReferenceTo(a *Agreement, sigs []*Signature) Reference {
	r := Reference{ID: a.ID, Title: a.Title, From: a.From, To: a.To}
	for _, s := range sigs {
		if !s.Deleted && s.AgreementID == a.ID && a.Fingerprint != "" && s.Fingerprint == a.Fingerprint && s.Date > r.Signed {
			r.Signed = s.Date
		}
	}
	if r.Signed == "" && !a.SealedAt.IsZero() {
		r.Signed = DateOf(a.SealedAt)
	}
	return r
}
