package model

import (
	"sort"
	"strings"
)

// Warning says where the chain from problem to cause to commitment to
// follow-up is broken. Code is a translation key after "chain."; Kind and
// ID name the record it concerns; Args fill the message's placeholders.
type Warning struct {
	Code string
	Kind Kind
	ID   string
	Args map[string]any
}

// Key returns the translation key of the warning's message.
func (w Warning) Key() string { return "chain." + w.Code }

// The chain warnings. Each is a translation key after "chain."; the
// comment names the Args.
const (
	// WarnProblemNoCommitment: no commitment answers the problem, neither
	// directly nor through its causes. Args: Title.
	WarnProblemNoCommitment = "problem.noCommitment"
	// WarnCauseNoCommitment: no commitment answers the cause or any of its
	// sub-causes, while other causes of its problem are answered. Args:
	// Number ("2.1"), Description, Problem (the problem's title).
	WarnCauseNoCommitment = "cause.noCommitment"
	// WarnCommitmentUnlinked: the commitment names no live cause and no
	// live problem. Args: Title.
	WarnCommitmentUnlinked = "commitment.unlinked"
	// WarnGoalNoIndicator: the commitment's goal has no indicator. Args: Title.
	WarnGoalNoIndicator = "goal.noIndicator"
	// WarnGoalNoTarget: the commitment's goal has no target. Args: Title.
	WarnGoalNoTarget = "goal.noTarget"
	// WarnNoFollowUp: more than StaleMeetings council meetings have been
	// held since the open commitment was last followed up (or, never
	// followed up, since it started). Args: Title, Meetings (how many),
	// Since (the latest follow-up's date; "" when there is none).
	WarnNoFollowUp = "commitment.noFollowUp"
)

// WarningCodes lists every chain warning code.
var WarningCodes = []string{
	WarnProblemNoCommitment, WarnCauseNoCommitment, WarnCommitmentUnlinked,
	WarnGoalNoIndicator, WarnGoalNoTarget, WarnNoFollowUp,
}

// StaleMeetings is how many council meetings an open commitment may go
// without a follow-up before WarnNoFollowUp: the strategy asks for a
// follow-up at every meeting, and one or two missed are ordinary.
const StaleMeetings = 2

// ChainWarnings returns where the chain of ds is broken as of today, in
// the plan's order: per problem its own warning, then its causes' and its
// commitments' as their rows come, the unlinked commitments last. A
// cancelled commitment answers nothing and is not warned about; a done
// one still answers its cause. Only live records count.
//
// "No follow-up" counts council meetings (rådsmöten, where every
// commitment is followed up together) held on or before today, on or
// after the commitment's start (its creation day when it has no start),
// and after its latest follow-up of any kind. More than StaleMeetings of
// them, while the commitment is still open, gives the warning.
func ChainWarnings(ds *Dataset, today Date) []Warning {
	ch := newChain(ds, today)
	return ch.warnings(ch.plan())
}

// warnings finds the broken links of the plan's groups.
func (ch *chain) warnings(groups []PlanGroup) []Warning {
	held := ch.councilMeetingDates()
	var out []Warning
	for _, g := range groups {
		answered := map[string]bool{} // cause id → answered
		problemAnswered := false
		for _, r := range g.Rows {
			if r.Commitment == nil || r.Status == StatusCancelled {
				continue
			}
			problemAnswered = true
			for c, n := r.Cause, 0; c != nil && !answered[c.ID] && n <= len(ch.causes); c, n = ch.causes[c.ParentID], n+1 {
				answered[c.ID] = true
			}
		}
		if g.Problem != nil && !problemAnswered {
			out = append(out, Warning{Code: WarnProblemNoCommitment, Kind: KindProblem, ID: g.Problem.ID,
				Args: map[string]any{"Title": g.Problem.Title}})
		}
		var last *Cause
		for _, r := range g.Rows {
			if r.Cause != nil && r.Cause != last && problemAnswered && !answered[r.Cause.ID] {
				out = append(out, Warning{Code: WarnCauseNoCommitment, Kind: KindCause, ID: r.Cause.ID,
					Args: map[string]any{"Number": r.CauseLabel, "Description": r.Cause.Description, "Problem": g.Problem.Title}})
			}
			last = r.Cause
			if r.Commitment != nil && r.Status != StatusCancelled {
				out = ch.commitmentWarnings(out, r, g.Problem == nil, held)
			}
		}
	}
	return out
}

// commitmentWarnings appends the warnings of one commitment's row.
func (ch *chain) commitmentWarnings(out []Warning, r PlanRow, unlinked bool, held []Date) []Warning {
	c := r.Commitment
	add := func(code string, args map[string]any) {
		if args == nil {
			args = map[string]any{}
		}
		args["Title"] = c.Title
		out = append(out, Warning{Code: code, Kind: KindCommitment, ID: c.ID, Args: args})
	}
	if unlinked {
		add(WarnCommitmentUnlinked, nil)
	}
	if strings.TrimSpace(c.Goal.Indicator) == "" {
		add(WarnGoalNoIndicator, nil)
	}
	if strings.TrimSpace(c.Goal.Target) == "" {
		add(WarnGoalNoTarget, nil)
	}
	if r.Status.Open() {
		since := Date("")
		if r.Latest != nil {
			since = r.Latest.Date
		}
		if n := missedMeetings(held, startOf(c), since); n > StaleMeetings {
			add(WarnNoFollowUp, map[string]any{"Meetings": n, "Since": string(since)})
		}
	}
	return out
}

// councilMeetingDates returns the dates of the council meetings held on or
// before the chain's day, oldest first. A meeting of no kind counts as a
// council meeting.
func (ch *chain) councilMeetingDates() []Date {
	var out []Date
	for _, m := range ch.meetings {
		if (m.Kind == MeetingCouncil || m.Kind == "") && m.Date != "" && m.Date <= ch.today {
			out = append(out, m.Date)
		}
	}
	return out
}

// missedMeetings counts the dates of held (sorted) on or after start and
// after the last follow-up's date. Both conditions only grow stricter
// along the list, so one binary search finds the first missed meeting.
func missedMeetings(held []Date, start, last Date) int {
	i := sort.Search(len(held), func(i int) bool {
		return held[i] >= start && held[i] > last
	})
	return len(held) - i
}

// startOf returns the day commitment c began: its start date, else the day
// it was created, else "" (always begun).
func startOf(c *Commitment) Date {
	if c.Start != "" {
		return c.Start
	}
	if !c.Created.IsZero() {
		return DateOf(c.Created.UTC())
	}
	return ""
}
