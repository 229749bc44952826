package model

// The choices that have no Valid method of their own.
var (
	meetingStates   = []DocState{"", StateDraft, StateApproved}
	agreementStates = []DocState{"", StateDraft, StateForSigning, StateSigned, StateSuperseded}
	annexKinds      = []AnnexKind{AnnexSituation, AnnexPlan, AnnexCommunication, AnnexPromise, AnnexSchedule, AnnexFollowUpPlan, AnnexOther}
	partyRoles      = []PartyRole{PartySigning, PartyContributing}
	signMethods     = []SignMethod{SignDrawn, SignPaper}
)

func validateMeeting(c *checker, m *Meeting) {
	c.date("date", m.Date, true)
	c.choice("kind", m.Kind != "", oneOf(m.Kind, MeetingKinds), true)
	for _, t := range []struct{ field, value string }{{"startTime", m.StartTime}, {"endTime", m.EndTime}} {
		if t.value != "" && !ValidTime(t.value) {
			c.add(t.field, CodeTime)
		}
	}
	if ValidTime(m.StartTime) && ValidTime(m.EndTime) && m.EndTime < m.StartTime {
		c.add("endTime", CodeTimeOrder, "From", m.StartTime)
	}
	c.choice("state", true, oneOf(m.State, meetingStates), false)
	seen := map[int]bool{}
	for i, it := range m.Agenda {
		f := index("agenda", i) + "."
		c.choice(f+"kind", it.Kind != "", oneOf(it.Kind, ItemKinds), true)
		c.atLeast(f+"minutes", it.Minutes, 0)
		c.atLeast(f+"paragraph", it.Paragraph, 0)
		it.Marking.check(c, f)
		if it.Paragraph > 0 {
			if seen[it.Paragraph] {
				c.add(f+"paragraph", CodeDuplicateParagraph, "Paragraph", it.Paragraph)
			}
			seen[it.Paragraph] = true
		}
	}
	for i, a := range m.Attendance {
		f := index("attendance", i) + "."
		if a.RepresentativeID == "" && a.GuestName == "" {
			c.add(f+"representativeId", CodeRequired)
		}
		c.choice(f+"presence", a.Presence != "", oneOf(a.Presence, Presences), false)
		if a.Presence == PresenceSubstitute {
			c.need(f+"substituteFor", a.SubstituteFor)
		}
	}
	if m.State == StateApproved && m.Fingerprint != MinutesFingerprint(m) {
		c.add("fingerprint", CodeFingerprint)
	}
}

func validateAgreement(c *checker, a *Agreement) {
	c.period("from", a.From, "to", a.To)
	c.atLeast("version", a.Version, 0)
	c.choice("state", true, oneOf(a.State, agreementStates), false)
	seen := map[string]bool{}
	for i, p := range a.Parties {
		f := index("parties", i) + "."
		if p.PartID == "" {
			c.add(f+"partId", CodeRequired)
			continue
		}
		if seen[p.PartID] {
			c.add(f+"partId", CodeDuplicateParty)
		}
		seen[p.PartID] = true
		c.choice(f+"role", true, oneOf(p.Role, partyRoles), false)
		if p.OrgNumber != "" {
			if code := checkOrgNumber(p.OrgNumber); code != "" {
				c.add(f+"orgNumber", code)
			}
		}
	}
	for i, x := range a.Clauses {
		c.choice(index("clauses", i)+".kind", x.Kind != "", oneOf(x.Kind, append(ClauseKinds, ClauseOther)), false)
	}
	c.date("replacesFrom", a.ReplacesFrom, false)
	for i, x := range a.Included {
		c.choice(index("included", i)+".area", x.Area != AreaNone, x.Area.Valid(), false)
		c.date(index("included", i)+".due", x.Due, false)
	}
	c.date("followUpPlan.taken", a.FollowUpPlan.Taken, false)
	for i, x := range a.FollowUpPlan.Rows {
		c.date(index("followUpPlan.rows", i)+".date", x.Date, true)
	}
	for i, x := range a.Annexes {
		c.choice(index("annexes", i)+".kind", x.Kind != "", oneOf(x.Kind, annexKinds), false)
	}
	if a.State.Locked() && oneOf(a.State, agreementStates) {
		c.p = append(c.p, CheckForSigning(a)...)
		if a.Fingerprint != AgreementFingerprint(a) || !encodingCovers(a) {
			c.add("fingerprint", CodeFingerprint)
		}
	}
	if a.State == StateSuperseded {
		c.need("supersededBy", a.SupersededBy)
	}
}

// CheckForSigning returns what an agreement still lacks before it can go
// to signing: its period, at least two signing parties, every party's
// organisation name and, for every signing party, who signs. A draft may lack them while it is
// written; Validate asks for them once the agreement has left the draft.
func CheckForSigning(a *Agreement) Problems {
	var c checker
	c.date("from", a.From, true)
	c.date("to", a.To, true)
	if len(a.SigningParties()) < 2 {
		c.add("parties", CodeAgreementParties)
	}
	for i, p := range a.Parties {
		f := index("parties", i) + "."
		c.need(f+"organisation", p.Organisation)
		if p.Signs() {
			c.need(f+"signerName", p.SignerName)
		}
	}
	if a.Version < 1 {
		c.add("version", CodeRange, "Min", 1)
	}
	return c.p
}

func validateSignature(c *checker, s *Signature) {
	c.need("agreementId", s.AgreementID)
	c.need("partId", s.PartID)
	c.date("date", s.Date, true)
	c.choice("method", s.Method != "", oneOf(s.Method, signMethods), true)
	if s.Method == SignDrawn && !hasLine(s.Strokes) {
		c.add("strokes", CodeSignatureStrokes)
	}
	c.need("fingerprint", s.Fingerprint)
}

// hasLine reports whether a drawn signature has at least one stroke that
// is a line, not just a dot.
func hasLine(strokes [][]Point) bool {
	for _, s := range strokes {
		if len(s) >= 2 {
			return true
		}
	}
	return false
}
