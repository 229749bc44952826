package model

import (
	"strings"
)

// The inconsistencies CheckConsistency finds. Each message says what is
// missing for the agreement to be consistent.
const (
	// A commitment is due outside the period (Args: Title, Due, From, To).
	CodeAgreementDueOutside = "agreement.dueOutside"
	// The period overlaps the replaced version's and no "ersätter från" is
	// stated (Args: Title, From, ReplacedTo).
	CodeAgreementOverlap = "agreement.overlap"
	// The "ersätter från" day lies outside the period (Args: Date, From, To).
	CodeAgreementReplacesFrom = "agreement.replacesFromOutside"
	// Two commitments state the same goal (Args: Goal, First, Second).
	CodeAgreementSameGoal = "agreement.sameGoal"
	// A signature is dated before the agreement was locked (Args: Name,
	// Date, Locked).
	CodeAgreementSignedEarly = "agreement.signedBeforeLock"
)

// CheckConsistency returns what does not hang together in an agreement,
// to be shown before it is locked for signing and printed on a draft:
// commitments due outside its period, a period overlapping the version it
// replaces without a stated "ersätter från", the same goal stated twice,
// and a signature dated before the agreement was locked. commitments are
// the council's (a draft's commitments are read from them; a locked
// agreement's, or any when none are given, from its frozen copy); sigs may hold other agreements'
// signatures too. An empty result means the agreement is consistent.
func CheckConsistency(a *Agreement, commitments []*Commitment, sigs []*Signature) Problems {
	var out Problems
	type row struct{ title, due, goal, text string }
	var rows []row
	// A locked agreement is checked as signed, from its frozen copy; a
	// draft from the commitments as they are now (a new version still
	// holds its predecessor's copy).
	if a.State.Locked() && len(a.Included) > 0 || len(commitments) == 0 {
		for _, x := range a.Included {
			rows = append(rows, row{x.Title, string(x.Due), goalKey(x.Indicator, x.Target), goalText(x.Indicator, x.Target)})
		}
	} else {
		byID := Index(Live(commitments))
		for _, id := range a.CommitmentIDs {
			if c := byID[id]; c != nil {
				rows = append(rows, row{c.Title, string(c.Due), goalKey(c.Goal.Indicator, c.Goal.Target), goalText(c.Goal.Indicator, c.Goal.Target)})
			}
		}
	}
	for _, r := range rows {
		if r.due != "" && a.From != "" && a.To != "" && (r.due < string(a.From) || r.due > string(a.To)) {
			out = append(out, FieldErr("commitmentIds", CodeAgreementDueOutside,
				"Title", r.title, "Due", r.due, "From", string(a.From), "To", string(a.To)))
		}
	}
	first := map[string]string{}
	for _, r := range rows {
		if r.goal == "" {
			continue
		}
		if t, ok := first[r.goal]; ok {
			out = append(out, FieldErr("commitmentIds", CodeAgreementSameGoal,
				"Goal", r.text, "First", t, "Second", r.title))
			continue
		}
		first[r.goal] = r.title
	}
	seen := map[string]bool{}
	for _, line := range strings.Split(a.Sections.Goals, "\n") {
		text := strings.TrimLeft(strings.TrimSpace(line), "-–•* ")
		g := goalKey(text, "")
		if g == "" {
			continue
		}
		if seen[g] {
			out = append(out, FieldErr("sections.goals", CodeAgreementSameGoal, "Goal", text, "First", "", "Second", ""))
		}
		seen[g] = true
	}
	r := a.Replaces
	if r.To != "" && a.From != "" && a.From <= r.To && a.ReplacesFrom == "" {
		out = append(out, FieldErr("replacesFrom", CodeAgreementOverlap,
			"Title", r.Title, "From", string(a.From), "ReplacedTo", string(r.To)))
	}
	if d := a.ReplacesFrom; d != "" && a.From != "" && a.To != "" && (d < a.From || d > a.To) {
		out = append(out, FieldErr("replacesFrom", CodeAgreementReplacesFrom,
			"Date", string(d), "From", string(a.From), "To", string(a.To)))
	}
	if !a.FrozenAt.IsZero() {
		locked := DateOf(a.FrozenAt)
		for _, s := range sigs {
			if !s.Deleted && s.AgreementID == a.ID && s.Date != "" && s.Date < locked {
				out = append(out, FieldErr("signatures", CodeAgreementSignedEarly,
					"Name", s.SignerName, "Date", string(s.Date), "Locked", string(locked)))
			}
		}
	}
	return out
}

// goalKey is a goal as compared: indicator and target, lower case, with
// white space collapsed; "" when both are empty.
func goalKey(indicator, target string) string {
	s := strings.Join(strings.Fields(strings.ToLower(indicator+" "+target)), " ")
	return s
}

// goalText is a goal as shown: "indicator: target".
func goalText(indicator, target string) string {
	indicator, target = strings.TrimSpace(indicator), strings.TrimSpace(target)
	if indicator != "" && target != "" {
		return indicator + ": " + target
	}
	return indicator + target
}
