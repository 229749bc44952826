package model

import (
	"slices"
	"time"
)

// PlanState is where an åtgärdsplan is in its lifecycle.
type PlanState string

// The plan states: a draft is edited through the lägesbild's problems,
// causes and commitments; a fastställd plan is the version a nämnd
// decided, locked and checksummed; a superseded one was replaced by the
// next period's plan.
const (
	PlanDraft      PlanState = ""
	PlanAdopted    PlanState = "faststalld"
	PlanSuperseded PlanState = "ersatt"
)

// Locked reports whether the plan's content may no longer change.
func (s PlanState) Locked() bool { return s == PlanAdopted || s == PlanSuperseded }

// Valid reports whether s is a known state.
func (s PlanState) Valid() bool { return oneOf(s, []PlanState{PlanDraft, PlanAdopted, PlanSuperseded}) }

// ActionPlan is an åtgärdsplan record: the plan for one lägesbild and one
// period (usually a year). While a draft it shows that lägesbild's
// problems, causes and commitments as they stand; when fastställd it holds
// them as decided (Entries), with the decision, and its Fingerprint
// covers both, so a printed decision can be checked like a signed
// agreement.
type ActionPlan struct {
	Meta
	SituationID string       `json:"situationId"`
	Title       string       `json:"title"`
	From        Date         `json:"from"`
	To          Date         `json:"to"`
	State       PlanState    `json:"state,omitempty"`
	Decision    PlanDecision `json:"decision"`
	// Entries are the plan's rows as fastställd: empty in a draft.
	Entries []PlanEntry `json:"entries,omitempty"`
	// EffectGoals are the effektmål of the plan's problems as fastställda.
	EffectGoals []PlannedEffectGoal `json:"effectGoals,omitempty"`
	// AdoptedAt is when the plan was fastställd in Samverka, and
	// Fingerprint the kontrollsumma of its content then.
	AdoptedAt    time.Time `json:"adoptedAt,omitzero"`
	Fingerprint  string    `json:"fingerprint,omitempty"`
	SupersededBy string    `json:"supersededBy,omitempty"` // the plan that replaced it
	Marking
}

// PlanDecision is the decision that fastställde a plan: "Fastställd av
// Stadsdelsnämnden i Skärholmen den 2025-02-20 § 12, dnr SDN 2025/41".
type PlanDecision struct {
	By           string `json:"by,omitempty"`           // beslutsinstans
	Date         Date   `json:"date,omitempty"`         // the meeting's date
	Paragraph    string `json:"paragraph,omitempty"`    // "§ 12" or "12"
	Diarienummer string `json:"diarienummer,omitempty"` // "SDN 2025/41"
}

// PlanEntry is one row of a fastställd plan, copied from the records when
// it was decided: the problem, the cause and the commitment that answers
// it, with its goal, time and who is responsible.
type PlanEntry struct {
	ProblemID    string `json:"problemId,omitempty"`
	Problem      string `json:"problem"`
	ProblemRank  int    `json:"problemRank,omitempty"`
	CauseID      string `json:"causeId,omitempty"`
	CauseLabel   string `json:"causeLabel,omitempty"` // "2.1"
	Cause        string `json:"cause,omitempty"`
	CommitmentID string `json:"commitmentId,omitempty"`
	Measure      string `json:"measure,omitempty"` // the åtgärd
	Part         string `json:"part,omitempty"`    // ansvarig
	Contact      string `json:"contact,omitempty"`
	Indicator    string `json:"indicator,omitempty"`
	Baseline     string `json:"baseline,omitempty"` // utgångsvärde
	Target       string `json:"target,omitempty"`   // målvärde
	GoalDate     Date   `json:"goalDate,omitempty"`
	Start        Date   `json:"start,omitempty"`
	Due          Date   `json:"due,omitempty"`
	Marking
}

// RecordKind implements Record.
func (*ActionPlan) RecordKind() Kind { return KindPlan }

// Label returns the plan's title.
func (p *ActionPlan) Label() string { return p.Title }

// Adopt fastställer a draft plan: Entries and EffectGoals are taken from
// built (the plan of its lägesbild, see BuildPlanFor), the decision recorded and the
// fingerprint taken. It refuses a plan that is not a draft, an incomplete
// decision and rows of another lägesbild's problems.
func (p *ActionPlan) Adopt(d PlanDecision, built Plan, now time.Time) error {
	if p.State != PlanDraft {
		return FieldErr("state", CodePlanState)
	}
	if d.By == "" || !d.Date.Valid() || d.Paragraph == "" || d.Diarienummer == "" {
		return FieldErr("decision", CodePlanDecision)
	}
	entries, err := PlanEntries(built, p.SituationID)
	if err != nil {
		return err
	}
	p.Decision = d
	p.Entries = entries
	p.EffectGoals = PlanEffectGoals(built, p.SituationID)
	p.State = PlanAdopted
	p.AdoptedAt = stamp(now)
	p.Fingerprint = PlanFingerprint(p)
	return nil
}

// Supersede marks a fastställd plan as replaced by the plan with id byID.
func (p *ActionPlan) Supersede(byID string) {
	if p.State == PlanAdopted {
		p.State = PlanSuperseded
		p.SupersededBy = byID
	}
}

// PlanEntries returns the rows of built as a fastställd plan holds them.
// Every group must be a problem of situationID (CodePlanScope otherwise);
// the trailing group of commitments linked to no problem is no part of a
// plan.
func PlanEntries(built Plan, situationID string) ([]PlanEntry, error) {
	var out []PlanEntry
	for _, g := range built.Groups {
		if g.Problem == nil {
			continue
		}
		if g.Problem.SituationID != situationID {
			return nil, FieldErr("entries", CodePlanScope, "Title", g.Problem.Title)
		}
		if len(g.Rows) == 0 {
			out = append(out, PlanEntry{ProblemID: g.Problem.ID, Problem: g.Problem.Title,
				ProblemRank: g.Problem.Rank, Marking: g.Problem.Marking})
		}
		for _, r := range g.Rows {
			e := PlanEntry{ProblemID: g.Problem.ID, Problem: g.Problem.Title, ProblemRank: g.Problem.Rank,
				CauseLabel: r.CauseLabel, Marking: g.Problem.Marking}
			if r.Cause != nil {
				e.CauseID, e.Cause = r.Cause.ID, r.Cause.Description
				e.Marking = e.Marking.Stricter(r.Cause.Marking)
			}
			if c := r.Commitment; c != nil {
				e.CommitmentID, e.Measure, e.Part, e.Contact = c.ID, c.Title, r.Part, r.Contact
				e.Indicator, e.Baseline, e.Target, e.GoalDate = c.Goal.Indicator, c.Goal.Baseline, c.Goal.Target, c.Goal.Date
				e.Start, e.Due = c.Start, c.Due
			}
			out = append(out, e)
		}
	}
	return out, nil
}

// checkPlanChange is CheckChange for plans: a draft may change and may be
// fastställd with a fingerprint that matches its content; a fastställd
// plan only may be superseded; nothing else of a locked plan changes, nor
// is it deleted.
func checkPlanChange(o, n *ActionPlan) error {
	if !o.State.Locked() {
		switch n.State {
		case PlanDraft:
			return nil
		case PlanAdopted:
			if n.AdoptedAt.IsZero() || n.Fingerprint != PlanFingerprint(n) {
				return locked(o, "state")
			}
			return nil
		}
		return locked(o, "state")
	}
	if n.Deleted != o.Deleted {
		return locked(o, "deleted")
	}
	if PlanFingerprint(n) != PlanFingerprint(o) || n.Fingerprint != o.Fingerprint ||
		!n.AdoptedAt.Equal(o.AdoptedAt) || n.Marking != o.Marking {
		return locked(o, "")
	}
	switch {
	case n.State == o.State && n.SupersededBy == o.SupersededBy:
	case o.State == PlanAdopted && n.State == PlanSuperseded && n.SupersededBy != "":
	default:
		return locked(o, "state")
	}
	return nil
}

// validatePlan checks a plan's own fields; a fastställd plan needs its
// whole decision.
func validatePlan(c *checker, p *ActionPlan) {
	c.need("situationId", p.SituationID)
	c.date("from", p.From, true)
	c.date("to", p.To, true)
	if p.From.Valid() && p.To.Valid() && p.To < p.From {
		c.add("to", CodeDateOrder, "From", string(p.From))
	}
	c.choice("state", p.State != PlanDraft, p.State.Valid(), false)
	c.date("decision.date", p.Decision.Date, p.State.Locked())
	if p.State.Locked() {
		c.need("decision.by", p.Decision.By)
		c.need("decision.paragraph", p.Decision.Paragraph)
		c.need("decision.diarienummer", p.Decision.Diarienummer)
		c.need("fingerprint", p.Fingerprint)
	}
	p.Marking.check(c, "")
	for i, e := range p.Entries {
		e.Marking.check(c, index("entries", i)+".")
	}
}

func planTexts(t *texts, p *ActionPlan) {
	t.need("title", p.Title, MaxName)
	t.add("decision.by", p.Decision.By, MaxName)
	t.add("decision.paragraph", p.Decision.Paragraph, MaxName)
	t.add("decision.diarienummer", p.Decision.Diarienummer, MaxName)
	for i, g := range p.EffectGoals {
		f := index("effectGoals", i) + "."
		t.add(f+"indicator", g.Indicator, MaxText)
		t.add(f+"unit", g.Unit, MaxName)
		t.add(f+"table", g.Table, MaxName)
		t.add(f+"row", g.Row, MaxName)
	}
	for i, e := range p.Entries {
		f := index("entries", i) + "."
		t.add(f+"problem", e.Problem, MaxName)
		t.add(f+"causeLabel", e.CauseLabel, MaxName)
		t.add(f+"cause", e.Cause, MaxText)
		t.add(f+"measure", e.Measure, MaxName)
		t.add(f+"part", e.Part, MaxName)
		t.add(f+"contact", e.Contact, MaxName)
		t.add(f+"indicator", e.Indicator, MaxText)
		t.add(f+"baseline", e.Baseline, MaxText)
		t.add(f+"target", e.Target, MaxText)
		e.Marking.texts(t, f)
	}
	p.Marking.texts(t, "")
}

// NewPlanFor returns a draft plan for situation s and the period from–to.
func NewPlanFor(s *Situation, title string, from, to Date) *ActionPlan {
	return &ActionPlan{Meta: Meta{ID: NewID()}, SituationID: s.ID, Title: title, From: from, To: to}
}

// SortPlans orders plans by period start, then id: the order `list plans`
// shows them in.
func SortPlans(list []*ActionPlan) {
	slices.SortFunc(list, func(a, b *ActionPlan) int {
		if a.From != b.From {
			if a.From < b.From {
				return -1
			}
			return 1
		}
		if a.ID < b.ID {
			return -1
		}
		if a.ID > b.ID {
			return 1
		}
		return 0
	})
}
