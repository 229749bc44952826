package model

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// Fingerprints identify the exact content of a frozen agreement or of
// approved minutes. They are printed on the documents and checked when a
// document is verified, so the encoding below must stay the same for as
// long as such documents exist: TestFingerprintGolden fails on any change.
//
// The encoding is written out by hand, not derived from the types, so that
// adding a field to a type never changes a fingerprint by accident; a new
// field is only covered when it is written here, deliberately.
//
//	fingerprint = lowercase hex of SHA-256(encoding)
//	encoding    = ns(tag) field*          tag "samverka-agreement-v1", "samverka-agreement-v2"
//	                                      or "samverka-minutes-v1"
//	field       = ns(name) ns(value)      in the fixed order of the code below;
//	                                      a field whose value is empty is left out
//	ns(b)       = decimal length of b, ":", b, ","   (a netstring)
//
// Values: a string is its UTF-8 bytes as stored (dates are YYYY-MM-DD and
// carry no time zone); an integer is written in decimal and left out when
// zero; a group (a struct) is the concatenation of its own fields; a list
// is the concatenation of ns(item) for every item in order, where an item
// is a string or a group. No maps and no times are encoded, so the result
// depends on neither map order nor time zones. Because empty fields are
// left out, a field added later in the same way leaves every existing
// fingerprint unchanged as long as it is empty; still, new agreement
// content goes into a new numbered encoding (see AgreementEncoding), so
// that which fields a fingerprint covers is always stated.

// The versions of the agreement encoding. An agreement records the one
// its fingerprint was taken with (Agreement.Encoding), so that a new
// version can cover new content while every fingerprint already printed
// still verifies. Freeze takes the fingerprint with the current one.
const (
	AgreementEncodingV1 = 1 // title, period, parties, Brå's sections, commitments, annexes, promises
	AgreementEncodingV2 = 2 // adds "genom", orgnr, diarienummer, party role, clauses, frame, replaced version, sub-area
	// AgreementEncoding is the encoding new fingerprints are taken with.
	AgreementEncoding = AgreementEncodingV2
)

// AgreementFingerprint returns the fingerprint of an agreement's content
// in the encoding it records: title, period, parties, sections, clauses,
// included commitments, annexes, promises, version, the frame agreement
// and the version it replaces. Its id, meta data, state, signatures and
// lifecycle fields (Fingerprint, FrozenAt, SealedAt, SupersededBy) are not
// content, nor is which representative record a signer was picked from,
// nor the record ids of the frame and replaced agreements (their title,
// period and date are). An agreement recording no encoding is taken as
// encoding 1 once frozen (files from before encodings were counted) and
// as the current one while it is a draft. An encoding this program does
// not know (a newer program's) gives "", which never matches.
func AgreementFingerprint(a *Agreement) string {
	switch agreementEncoding(a) {
	case AgreementEncodingV1:
		return agreementV1(a)
	case AgreementEncodingV2:
		return agreementV2(a)
	}
	return ""
}

// agreementEncoding returns the encoding a's fingerprint is taken with.
func agreementEncoding(a *Agreement) int {
	switch {
	case a.Encoding != 0:
		return a.Encoding
	case a.State.Locked():
		return AgreementEncodingV1
	}
	return AgreementEncoding
}

// sameAgreementContent reports whether a and b have the same content in
// the current encoding, which covers every content field whichever
// encoding their fingerprints were taken with: a change to a field that
// encoding 1 does not cover is still a change to a locked agreement.
func sameAgreementContent(a, b *Agreement) bool {
	return a.Encoding == b.Encoding && agreementV2(a) == agreementV2(b)
}

// encodingCovers reports whether a's fingerprint covers all its content:
// false for an agreement fingerprinted with encoding 1 that holds fields
// only encoding 2 knows (they can only have been added after it was
// frozen).
func encodingCovers(a *Agreement) bool {
	if agreementEncoding(a) != AgreementEncodingV1 {
		return true
	}
	var c canon
	v2Fields(&c, a)
	if len(c.b) != 0 {
		return false
	}
	for _, p := range a.Parties {
		if p.Through != "" || p.OrgNumber != "" || p.CaseNumber != "" || p.Role != PartySigning {
			return false
		}
	}
	for _, x := range a.Included {
		if x.SubArea != "" || len(x.Contributors) > 0 {
			return false
		}
	}
	return true
}

// agreementV1 is encoding 1, used for every agreement frozen before
// encodings were counted. It must never change: signed agreements in
// existing files carry fingerprints taken with it.
func agreementV1(a *Agreement) string { return agreementEncoded(a, AgreementEncodingV1) }

// agreementV2 is encoding 2: encoding 1's fields in the same order, each
// party also with its unit ("genom"), organisationsnummer, diarienummer and
// role, and each included commitment with its sub-area; then the clauses,
// the frame agreement, the replaced version and the day the replacement
// takes effect. The tag differs from encoding 1's, so the two never give
// the same fingerprint.
func agreementV2(a *Agreement) string { return agreementEncoded(a, AgreementEncodingV2) }

// agreementEncoded writes a in encoding enc: encoding 1's fields, and
// where encoding 2 adds its own, those when enc is 2. TestFingerprintGolden
// holds both to what was printed.
func agreementEncoded(a *Agreement, enc int) string {
	v2 := enc == AgreementEncodingV2
	var c canon
	c.raw("samverka-agreement-v" + strconv.Itoa(enc))
	c.str("title", a.Title)
	c.str("from", string(a.From))
	c.str("to", string(a.To))
	c.list("parties", len(a.Parties), func(i int, e *canon) {
		p := a.Parties[i]
		e.str("partId", p.PartID)
		e.str("organisation", p.Organisation)
		e.str("signerName", p.SignerName)
		e.str("signerTitle", p.SignerTitle)
		if v2 {
			e.str("through", p.Through)
			e.str("orgNumber", p.OrgNumber)
			e.str("caseNumber", p.CaseNumber)
			e.str("role", string(p.Role))
		}
	})
	c.group("sections", func(e *canon) {
		s := a.Sections
		e.str("problems", s.Problems)
		e.str("causes", s.Causes)
		e.str("goals", s.Goals)
		e.str("documentation", s.Documentation)
		e.str("followUp", s.FollowUp)
		e.str("background", s.Background)
	})
	c.strs("commitmentIds", a.CommitmentIDs)
	c.list("included", len(a.Included), func(i int, e *canon) {
		x := a.Included[i]
		e.str("commitmentId", x.CommitmentID)
		e.str("part", x.Part)
		e.str("title", x.Title)
		e.str("description", x.Description)
		e.int("area", int(x.Area))
		e.str("due", string(x.Due))
		e.str("contact", x.Contact)
		e.str("indicator", x.Indicator)
		e.str("target", x.Target)
		if v2 {
			e.str("subArea", x.SubArea)
			e.strs("contributors", x.Contributors) // nothing when none: older fingerprints stand
		}
	})
	c.list("annexes", len(a.Annexes), func(i int, e *canon) {
		x := a.Annexes[i]
		e.str("kind", string(x.Kind))
		e.str("title", x.Title)
		e.str("description", x.Description)
	})
	c.list("promises", len(a.Promises), func(i int, e *canon) {
		p := a.Promises[i]
		e.str("text", p.Text)
		e.str("quantity", p.Quantity)
		e.str("expectedEffect", p.ExpectedEffect)
		e.strs("partIds", p.PartIDs)
		e.str("id", p.ID)
		e.strs("findingIds", p.FindingIDs)
		e.strs("commitmentIds", p.CommitmentIDs)
	})
	c.int("version", a.Version)
	c.str("previousId", a.PreviousID)
	if v2 {
		v2Fields(&c, a)
	}
	return c.sum()
}

// MinutesFingerprint returns the fingerprint of a meeting's minutes: the
// meeting's number, date, times, place, kind, chair, secretary, adjusters,
// agenda with its minutes and decisions, and attendance. Its id, meta data
// and lifecycle fields (State, Fingerprint, ApprovedAt) are not content.
func MinutesFingerprint(m *Meeting) string {
	var c canon
	c.raw("samverka-minutes-v1")
	c.str("number", m.Number)
	c.str("date", string(m.Date))
	c.str("startTime", m.StartTime)
	c.str("endTime", m.EndTime)
	c.str("place", m.Place)
	c.str("kind", string(m.Kind))
	c.str("chairId", m.ChairID)
	c.str("secretaryId", m.SecretaryID)
	c.strs("adjusterIds", m.AdjusterIDs)
	c.list("agenda", len(m.Agenda), func(i int, e *canon) {
		it := m.Agenda[i]
		e.str("id", it.ID)
		e.str("title", it.Title)
		e.str("kind", string(it.Kind))
		e.str("presenter", it.Presenter)
		e.int("minutes", it.Minutes)
		e.int("paragraph", it.Paragraph)
		e.str("notes", it.Notes)
		e.list("decisions", len(it.Decisions), func(j int, d *canon) {
			x := it.Decisions[j]
			d.str("id", x.ID)
			d.str("text", x.Text)
			d.str("commitmentId", x.CommitmentID)
		})
	})
	c.list("attendance", len(m.Attendance), func(i int, e *canon) {
		a := m.Attendance[i]
		e.str("representativeId", a.RepresentativeID)
		e.str("guestName", a.GuestName)
		e.str("guestOrg", a.GuestOrg)
		e.str("presence", string(a.Presence))
		e.str("substituteFor", a.SubstituteFor)
	})
	return c.sum()
}

// ShortFingerprint returns the first twelve hex digits of fp in groups of
// four, "a1b2-c3d4-e5f6": short enough to print in a footer and read
// aloud, long enough that two versions never share it by chance.
func ShortFingerprint(fp string) string {
	if len(fp) < 12 {
		return fp
	}
	return fp[0:4] + "-" + fp[4:8] + "-" + fp[8:12]
}

// canon builds the canonical encoding described above.
type canon struct{ b []byte }

// raw appends s as a netstring.
func (c *canon) raw(s string) {
	c.b = strconv.AppendInt(c.b, int64(len(s)), 10)
	c.b = append(c.b, ':')
	c.b = append(c.b, s...)
	c.b = append(c.b, ',')
}

func (c *canon) str(name, v string) {
	if v == "" {
		return
	}
	c.raw(name)
	c.raw(v)
}

func (c *canon) int(name string, v int) {
	if v != 0 {
		c.str(name, strconv.Itoa(v))
	}
}

func (c *canon) strs(name string, list []string) {
	var in canon
	for _, s := range list {
		in.raw(s)
	}
	c.str(name, string(in.b))
}

func (c *canon) group(name string, fill func(*canon)) {
	var in canon
	fill(&in)
	c.str(name, string(in.b))
}

func (c *canon) list(name string, n int, item func(int, *canon)) {
	var in canon
	for i := range n {
		var e canon
		item(i, &e)
		in.raw(string(e.b))
	}
	c.str(name, string(in.b))
}

func (c *canon) sum() string {
	h := sha256.Sum256(c.b)
	return hex.EncodeToString(h[:])
}
