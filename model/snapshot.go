package model

import "strings"

// IncludeCommitment returns the copy of commitment c that an agreement
// keeps when it is frozen, naming c's part and contact person as they are
// now; part and contact may be nil when unknown.
func IncludeCommitment(c *Commitment, part *Part, contact *Representative) IncludedCommitment {
	x := IncludedCommitment{
		CommitmentID: c.ID,
		Title:        c.Title,
		Description:  c.Description,
		Area:         c.Area,
		Due:          c.Due,
		Indicator:    c.Goal.Indicator,
		Target:       c.Goal.Target,
		SubArea:      c.SubArea,
	}
	if part != nil {
		x.Part = part.Name
	}
	if contact != nil {
		x.Contact = contact.Name
	}
	return x
}

// TakeSnapshot copies into a draft agreement what its signed text must not
// take from elsewhere later: each party's organisation (the legal person,
// the unit it acts through and its organisationsnummer; see PartyNames),
// and the
// included commitments (CommitmentIDs, in order; ids not found among
// commitments, or deleted, are left out of the copy). Call it right before
// Freeze. An agreement that is no longer a draft is left as it is.
func (a *Agreement) TakeSnapshot(parts []*Part, reps []*Representative, commitments []*Commitment) {
	if a.State.Locked() {
		return
	}
	partByID, repByID, comByID := Index(parts), Index(reps), Index(commitments)
	for i, p := range a.Parties {
		if part := partByID[p.PartID]; part != nil {
			// The unit the party acts through may have been written for
			// this agreement; the aktör's is taken only when it was not.
			org, through, nr := PartyNames(part)
			a.Parties[i].Organisation, a.Parties[i].OrgNumber = org, nr
			if a.Parties[i].Through == "" {
				a.Parties[i].Through = through
			}
		}
	}
	a.Included = a.Included[:0:0]
	for _, id := range a.CommitmentIDs {
		c := comByID[id]
		if c == nil || c.Deleted {
			continue
		}
		x := IncludeCommitment(c, partByID[c.PartID], repByID[c.ContactID])
		x.Contributors = ContributorNames(c, partByID)
		a.Included = append(a.Included, x)
	}
	if len(a.Included) == 0 {
		a.Included = nil
	}
}

// PartyNames returns how an agreement names aktör p as a party: the legal
// person ("Stockholms stad"), the unit it acts through ("Skärholmens
// stadsdelsnämnd"; its own name when it is a unit of a named legal
// person, but not when it is only the legal name shortened, "Svenska
// Bostäder" of "AB Svenska Bostäder") and its organisationsnummer.
func PartyNames(p *Part) (organisation, through, orgNumber string) {
	if p.LegalName == "" {
		return p.Name, p.Through, p.OrgNumber
	}
	through = p.Through
	if through == "" && !strings.Contains(p.LegalName, p.Name) {
		through = p.Name
	}
	return p.LegalName, through, p.OrgNumber
}
