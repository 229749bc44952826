package model

import (
	"cmp"
	"slices"
	"strconv"
)

// Plan is the council's åtgärdsplan as Brå draws it: for every problem of
// the lägesbilder, its causes and the commitments that answer them, each
// with its goal, dates, who does it and how it was last followed up. It is
// built from the records, so it never has to be typed twice.
type Plan struct {
	Today Date
	// Groups hold one group per live problem in plan order (see BuildPlan),
	// then, when there are any, a last group with no problem for the
	// commitments linked to no live cause or problem.
	Groups []PlanGroup
	// Warnings are where the chain is broken, as ChainWarnings finds them.
	Warnings []Warning
}

// PlanGroup is one problem's part of the plan.
type PlanGroup struct {
	Problem   *Problem   // nil for the trailing group of unlinked commitments
	Situation *Situation // the problem's lägesbild; nil when it has none
	// Rows run cause by cause in cause order; a cause no commitment
	// answers has one row with no commitment. Commitments linked to the
	// problem but to no cause come last, with no cause. A problem with
	// neither causes nor commitments has no rows.
	Rows []PlanRow
}

// PlanRow is one line of the plan grid: cause → commitment → goal → when →
// who → follow-up. Goal, dates and title are the commitment's own fields.
type PlanRow struct {
	Cause *Cause // nil when the row has no cause
	// CauseLabel is the cause's number in the tree, "2" or "2.1": its own
	// Number, unless that repeats or goes back among its siblings, when it
	// is the next free one. "" without a cause.
	CauseLabel string
	Commitment *Commitment
	Part       string // the responsible part's name; "" when unknown or deleted
	Contact    string // the contact person's name; "" when none
	// Latest is the commitment's latest follow-up; nil before any. Status
	// and Light are where the commitment stands (see CurrentStatus).
	Latest    *FollowUp
	Status    Status
	Light     Light
	FollowUps int  // how many follow-ups the commitment has
	Overdue   bool // still open after its due date, as of the plan's day
}

// BuildPlan returns the åtgärdsplan of ds as of today. Only live records
// count: tombstones are left out everywhere. Problems come newest
// lägesbild first (problems of no lägesbild last), then by rank (unranked
// last), title and id. Causes follow their tree: a cause's sub-causes come
// right after it, numbered "2.1"; siblings go by number. Commitments of
// one cause go by start, due date, title and id. A commitment belongs to
// its cause when that is live, else to its problem, else to the trailing
// group.
func BuildPlan(ds *Dataset, today Date) Plan {
	ch := newChain(ds, today)
	groups := ch.plan()
	return Plan{Today: today, Groups: groups, Warnings: ch.warnings(groups)}
}

// chain is a dataset's live records indexed once, so that the plan, its
// warnings and the follow-up report each cost a few passes over the
// records and no search inside a loop.
type chain struct {
	today       Date
	problems    []*Problem // plan order
	situations  map[string]*Situation
	causes      map[string]*Cause   // live causes of live problems
	causesOf    map[string][]*Cause // problem id → causes in tree order
	labels      map[string]string   // cause id → "2.1"
	commitments []*Commitment
	parts       map[string]*Part
	reps        map[string]*Representative
	history     map[string][]*FollowUp // commitment id → follow-ups, oldest first
	meetings    []*Meeting             // by date, number and id
}

func newChain(ds *Dataset, today Date) *chain {
	if ds == nil {
		ds = &Dataset{}
	}
	ch := &chain{
		today:       today,
		problems:    Live(ds.Problems),
		situations:  Index(Live(ds.Situations)),
		commitments: Live(ds.Commitments),
		parts:       Index(Live(ds.Parts)),
		reps:        Index(Live(ds.Representatives)),
		meetings:    Live(ds.Meetings),
	}
	ch.sortProblems()
	ch.indexCauses(Live(ds.Causes))
	live := Index(ch.commitments)
	ch.history = make(map[string][]*FollowUp, len(ch.commitments))
	// The history is of the follow-ups that stand: a corrected entry and
	// a withdrawal would count twice at their meeting (see Standing).
	var corrected map[string]*FollowUp
	if slices.ContainsFunc(ds.FollowUps, func(f *FollowUp) bool { return f.CorrectsID != "" }) {
		corrected = Corrections(ds.FollowUps)
	}
	for _, f := range ds.FollowUps {
		if !f.Deleted && !f.Withdrawn && corrected[f.ID] == nil && live[f.CommitmentID] != nil {
			ch.history[f.CommitmentID] = append(ch.history[f.CommitmentID], f)
		}
	}
	for _, h := range ch.history {
		slices.SortFunc(h, func(a, b *FollowUp) int {
			if followsAfter(a, b) {
				return 1
			}
			return -1 // ids differ, so two follow-ups are never equal
		})
	}
	slices.SortFunc(ch.meetings, func(a, b *Meeting) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Number, b.Number), cmp.Compare(a.ID, b.ID))
	})
	return ch
}

// sortProblems puts the problems in plan order.
func (ch *chain) sortProblems() {
	situationDate := func(p *Problem) Date {
		if s := ch.situations[p.SituationID]; s != nil {
			return s.Date
		}
		return ""
	}
	rank := func(p *Problem) int {
		if p.Rank <= 0 {
			return int(^uint(0) >> 1)
		}
		return p.Rank
	}
	slices.SortFunc(ch.problems, func(a, b *Problem) int {
		return cmp.Or(
			-cmp.Compare(situationDate(a), situationDate(b)),
			cmp.Compare(a.SituationID, b.SituationID),
			cmp.Compare(rank(a), rank(b)),
			cmp.Compare(a.Title, b.Title),
			cmp.Compare(a.ID, b.ID),
		)
	})
}

// indexCauses keeps the causes of live problems and lays each problem's
// causes out as a tree. A cause whose parent is not another live cause of
// the same problem is a top cause. Causes caught in a parent cycle are
// shown once too: the first of them left over becomes a top cause.
func (ch *chain) indexCauses(live []*Cause) {
	problems := Index(ch.problems)
	ch.causes = map[string]*Cause{}
	for _, c := range live {
		if problems[c.ProblemID] != nil {
			ch.causes[c.ID] = c
		}
	}
	parent := func(c *Cause) *Cause {
		if p := ch.causes[c.ParentID]; p != nil && p.ProblemID == c.ProblemID && p.ID != c.ID {
			return p
		}
		return nil
	}
	children := map[string][]*Cause{}
	byProblem := map[string][]*Cause{}
	for _, c := range ch.causes {
		byProblem[c.ProblemID] = append(byProblem[c.ProblemID], c)
		if p := parent(c); p != nil {
			children[p.ID] = append(children[p.ID], c)
		}
	}
	for _, list := range children {
		slices.SortFunc(list, causeOrder)
	}
	ch.causesOf = map[string][]*Cause{}
	ch.labels = map[string]string{}
	for pid, list := range byProblem {
		slices.SortFunc(list, causeOrder)
		var out []*Cause
		// visit numbers siblings on from the number before: a cause
		// keeps its Number unless that would repeat or go back.
		var visit func(siblings []*Cause, prefix string)
		visit = func(siblings []*Cause, prefix string) {
			n := 0
			for _, c := range siblings {
				n = max(n+1, c.Number)
				if _, seen := ch.labels[c.ID]; seen {
					continue
				}
				label := prefix + strconv.Itoa(n)
				ch.labels[c.ID] = label
				out = append(out, c)
				visit(children[c.ID], label+".")
			}
		}
		var top []*Cause
		for _, c := range list {
			if parent(c) == nil {
				top = append(top, c)
			}
		}
		visit(top, "")
		for _, c := range list { // only causes in a parent cycle are left
			if _, seen := ch.labels[c.ID]; !seen {
				top = append(top, c)
				visit(top, "")
			}
		}
		ch.causesOf[pid] = out
	}
}

// causeOrder orders sibling causes by number, unnumbered ones last, then
// by description and id.
func causeOrder(a, b *Cause) int {
	number := func(c *Cause) int {
		if c.Number <= 0 {
			return int(^uint(0) >> 1)
		}
		return c.Number
	}
	return cmp.Or(cmp.Compare(number(a), number(b)), cmp.Compare(a.Description, b.Description), cmp.Compare(a.ID, b.ID))
}

// plan lays out the plan's groups and rows.
func (ch *chain) plan() []PlanGroup {
	problems := Index(ch.problems)
	atCause := map[string][]*Commitment{}
	atProblem := map[string][]*Commitment{}
	var unlinked []*Commitment
	for _, c := range ch.commitments {
		switch {
		case ch.causes[c.CauseID] != nil:
			atCause[c.CauseID] = append(atCause[c.CauseID], c)
		case problems[c.ProblemID] != nil:
			atProblem[c.ProblemID] = append(atProblem[c.ProblemID], c)
		default:
			unlinked = append(unlinked, c)
		}
	}
	groups := make([]PlanGroup, 0, len(ch.problems)+1)
	for _, p := range ch.problems {
		g := PlanGroup{Problem: p, Situation: ch.situations[p.SituationID]}
		for _, cause := range ch.causesOf[p.ID] {
			list := sortCommitments(atCause[cause.ID])
			if len(list) == 0 {
				g.Rows = append(g.Rows, PlanRow{Cause: cause, CauseLabel: ch.labels[cause.ID]})
			}
			for _, c := range list {
				row := ch.row(c)
				row.Cause, row.CauseLabel = cause, ch.labels[cause.ID]
				g.Rows = append(g.Rows, row)
			}
		}
		for _, c := range sortCommitments(atProblem[p.ID]) {
			g.Rows = append(g.Rows, ch.row(c))
		}
		groups = append(groups, g)
	}
	if len(unlinked) > 0 {
		g := PlanGroup{}
		for _, c := range sortCommitments(unlinked) {
			g.Rows = append(g.Rows, ch.row(c))
		}
		groups = append(groups, g)
	}
	return groups
}

// sortCommitments orders one cause's commitments in place and returns them.
func sortCommitments(list []*Commitment) []*Commitment {
	slices.SortFunc(list, func(a, b *Commitment) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.Due, b.Due), cmp.Compare(a.Title, b.Title), cmp.Compare(a.ID, b.ID))
	})
	return list
}

// row fills the plan columns of commitment c that come from other records.
func (ch *chain) row(c *Commitment) PlanRow {
	h := ch.history[c.ID]
	r := PlanRow{Commitment: c, FollowUps: len(h)}
	if p := ch.parts[c.PartID]; p != nil {
		r.Part = p.Name
	}
	if rep := ch.reps[c.ContactID]; rep != nil {
		r.Contact = rep.Name
	}
	r.Status, r.Light = ch.status(c)
	if len(h) > 0 {
		r.Latest = h[len(h)-1]
	}
	r.Overdue = r.Status.Open() && c.Due != "" && c.Due < ch.today
	return r
}

// status is CurrentStatus over the indexed history.
func (ch *chain) status(c *Commitment) (Status, Light) {
	return CurrentStatus(c, ch.history[c.ID])
}
