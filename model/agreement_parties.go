package model

import (
	"slices"
	"strings"
)

// DefaultParties proposes the parties of a new agreement after Brå's
// model: the stadsdelsnämnd (or kommun), whose chair signs, and the
// lokalpolisområde, whose head signs, are the two signing parties; every
// other live aktör takes part as a medverkande aktör without a signature
// line, until the chair makes it a signing party. The signers proposed
// are the representatives authorised to sign (MaySign), preferring the
// nämnd's ordförande and the lokalpolisområdeschef; a signer is left empty
// when there is none. The parties' names are copied by TakeSnapshot.
func DefaultParties(parts []*Part, reps []*Representative) []Party {
	live := Live(parts)
	slices.SortStableFunc(live, func(a, b *Part) int { return strings.Compare(a.Name, b.Name) })
	var out []Party
	signing := map[string]bool{}
	for _, k := range []struct {
		kind  PartKind
		title string
	}{{PartDistrict, "ordförande"}, {PartPolice, "lokalpolisområdeschef"}} {
		for _, p := range live {
			if p.Kind != k.kind {
				continue
			}
			party := Party{PartID: p.ID}
			party.Organisation, party.Through, party.OrgNumber = PartyNames(p)
			if r := signatory(p.ID, reps, k.title); r != nil {
				party.SignatoryID, party.SignerName, party.SignerTitle = r.ID, r.Name, r.Title
			}
			out = append(out, party)
			signing[p.ID] = true
			break
		}
	}
	for _, p := range live {
		if signing[p.ID] {
			continue
		}
		party := Party{PartID: p.ID, Role: PartyContributing}
		party.Organisation, party.Through, party.OrgNumber = PartyNames(p)
		out = append(out, party)
	}
	return out
}

// signatory returns the representative of part who may sign for it,
// preferring one whose title contains title; nil when none may sign.
func signatory(part string, reps []*Representative, title string) *Representative {
	var first *Representative
	for _, r := range reps {
		if r.Deleted || r.PartID != part || !r.MaySign {
			continue
		}
		if strings.Contains(strings.ToLower(r.Title), title) {
			return r
		}
		if first == nil {
			first = r
		}
	}
	return first
}

// NewAgreement returns a new draft agreement with the two signing parties
// Brå's model proposes (see DefaultParties) and the standard clauses'
// default texts. The medverkande aktörer are added by the chair, with the
// commitments the agreement comes to include.
func NewAgreement(parts []*Part, reps []*Representative) *Agreement {
	a := &Agreement{Meta: Meta{ID: NewID()}, Version: 1, State: StateDraft}
	for _, p := range DefaultParties(parts, reps) {
		if p.Signs() {
			a.Parties = append(a.Parties, p)
		}
	}
	a.Clauses = DefaultClauses(len(a.SigningParties()))
	return a
}
