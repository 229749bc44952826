package model

import (
	"cmp"
	"slices"
	"strings"
)

// Report is the uppföljningsrapport for a period: how the commitments
// stand per priority area and per part, how the traffic lights went at
// each meeting, what is overdue and where the chain is broken.
type Report struct {
	From, To Date // the period, both days included
	Today    Date
	// AsOf is the day statuses and overdue are judged on: To, or Today
	// when that is earlier.
	AsOf      Date
	Total     Tally
	Areas     []AreaTally // the four priority areas in order; AreaNone last, only when it has commitments
	Parts     []PartTally // parts with commitments in the period, by name; an unknown part last
	FollowUps int         // follow-ups dated in the period up to AsOf
	// Meetings are the meetings held in the period up to AsOf, oldest
	// first, with the lights recorded at each: one stacked bar each.
	Meetings []MeetingLights
	Overdue  []OverdueItem // oldest due date first
	// Warnings are ChainWarnings as of Today; those about a commitment
	// only when it is in the period.
	Warnings []Warning
	// Outcomes are what the period's work achieved (see ReportOutcomes).
	Outcomes ReportOutcomes
	// Text is what the chair wrote for the period; nil when nothing is.
	Text *ReportText
}

// Tally counts commitments by where they stand as of the report's AsOf
// day. Every commitment counts in exactly one of Done, OnTrack, AtRisk,
// Late and Cancelled, so they add up to Commitments.
type Tally struct {
	Commitments int
	Done        int // klar
	OnTrack     int // planerad or pågår, green or no light, not overdue
	AtRisk      int // planerad or pågår, yellow light, not overdue
	Late        int // försenad, red light, or open after its due date
	Cancelled   int // avbruten
}

// AreaTally is one priority area's tally.
type AreaTally struct {
	Area Area
	Tally
}

// PartTally is one part's tally. PartID names a part that may be deleted
// or unknown, and then Name is "".
type PartTally struct {
	PartID string
	Name   string
	Tally
}

// MeetingLights counts the follow-ups recorded at one meeting by traffic
// light. A follow-up belongs to the meeting its MeetingID names; one with
// no live meeting named belongs to a meeting held the same day, if any.
type MeetingLights struct {
	Meeting                  *Meeting
	Green, Yellow, Red, None int
}

// Total returns how many follow-ups were recorded at the meeting.
func (m MeetingLights) Total() int { return m.Green + m.Yellow + m.Red + m.None }

// Count returns the follow-ups of light l.
func (m MeetingLights) Count(l Light) int {
	switch l {
	case LightGreen:
		return m.Green
	case LightYellow:
		return m.Yellow
	case LightRed:
		return m.Red
	}
	return m.None
}

// OverdueItem is a commitment still open after its due date as of AsOf.
type OverdueItem struct {
	Commitment *Commitment
	Part       string // the part's name; "" when unknown
	Contact    string
	Status     Status
	Light      Light
	DaysLate   int // days from the due date to AsOf
}

// Progress is where a commitment stands as of a day, one of a Tally's
// buckets.
type Progress int

// The buckets of a Tally.
const (
	ProgressOnTrack Progress = iota
	ProgressAtRisk
	ProgressLate
	ProgressDone
	ProgressCancelled
)

// ProgressOf sorts a commitment with status s and light l, due on due,
// into a Tally's bucket as of day asOf: done and cancelled by status;
// open work is late when reported late, red or past due, at risk when
// yellow, else on track.
func ProgressOf(s Status, l Light, due, asOf Date) Progress {
	switch {
	case s == StatusDone:
		return ProgressDone
	case s == StatusCancelled:
		return ProgressCancelled
	case s == StatusLate || l == LightRed || (due != "" && due < asOf):
		return ProgressLate
	case l == LightYellow:
		return ProgressAtRisk
	}
	return ProgressOnTrack
}

func (t *Tally) add(p Progress) {
	t.Commitments++
	switch p {
	case ProgressDone:
		t.Done++
	case ProgressCancelled:
		t.Cancelled++
	case ProgressLate:
		t.Late++
	case ProgressAtRisk:
		t.AtRisk++
	default:
		t.OnTrack++
	}
}

// BuildReport returns the follow-up report of ds for the period from–to
// as of today. An empty from is the earliest day of the council's history
// (its first commitment start, meeting or follow-up); an empty to is
// today. Only live records count.
//
// A commitment is in the period when it began (its start date, else its
// creation day) on or before To and was still running at From: open as of
// AsOf, or closed by a follow-up dated on or after From, or, closed with
// no follow-up, due on or after From or never due. Its status as of AsOf is its latest
// follow-up dated on or before AsOf; with no follow-up at all its own
// status; with follow-ups only after AsOf it was planned.
func BuildReport(ds *Dataset, from, to, today Date) Report {
	ch := newChain(ds, today)
	if to == "" {
		to = today
	}
	if from == "" {
		from = ch.firstDay(to)
	}
	asOf := to
	if today != "" && today < asOf {
		asOf = today
	}
	r := Report{From: from, To: to, Today: today, AsOf: asOf}
	in := map[string]bool{}
	areas := make([]Tally, len(Areas)+1) // index 0: AreaNone
	parts := map[string]*PartTally{}
	for _, c := range ch.commitments {
		latest := ch.latestBy(c, asOf)
		if !ch.inPeriod(c, latest, from, to) {
			continue
		}
		in[c.ID] = true
		s, l := ch.statusAt(c, latest)
		p := ProgressOf(s, l, c.Due, asOf)
		r.Total.add(p)
		a := c.Area
		if !a.Valid() {
			a = AreaNone
		}
		areas[a].add(p)
		pt := parts[c.PartID]
		if pt == nil {
			pt = &PartTally{PartID: c.PartID}
			if part := ch.parts[c.PartID]; part != nil {
				pt.Name = part.Name
			}
			parts[c.PartID] = pt
		}
		pt.add(p)
		if s.Open() && c.Due != "" && c.Due < asOf {
			r.Overdue = append(r.Overdue, ch.overdue(c, s, l, asOf))
		}
	}
	for _, a := range Areas {
		r.Areas = append(r.Areas, AreaTally{Area: a, Tally: areas[a]})
	}
	if areas[AreaNone].Commitments > 0 {
		r.Areas = append(r.Areas, AreaTally{Area: AreaNone, Tally: areas[AreaNone]})
	}
	r.Parts = sortParts(parts)
	slices.SortFunc(r.Overdue, func(a, b OverdueItem) int {
		return cmp.Or(cmp.Compare(a.Commitment.Due, b.Commitment.Due),
			cmp.Compare(a.Commitment.Title, b.Commitment.Title), cmp.Compare(a.Commitment.ID, b.Commitment.ID))
	})
	r.Meetings, r.FollowUps = ch.meetingLights(from, asOf)
	r.Outcomes = ch.outcomes(in, asOf)
	if ds != nil {
		r.Text = ReportTextFor(ds.ReportTexts, from, to)
	}
	for _, w := range ch.warnings(ch.plan()) {
		if w.Kind != KindCommitment || in[w.ID] {
			r.Warnings = append(r.Warnings, w)
		}
	}
	return r
}

// firstDay returns the earliest day of the council's history, or to when
// there is none.
func (ch *chain) firstDay(to Date) Date {
	first := to
	early := func(d Date) {
		if d != "" && (first == "" || d < first) {
			first = d
		}
	}
	for _, c := range ch.commitments {
		early(startOf(c))
	}
	for _, m := range ch.meetings {
		early(m.Date)
	}
	for _, h := range ch.history {
		if len(h) > 0 {
			early(h[0].Date)
		}
	}
	return first
}

// latestBy returns c's latest follow-up dated on or before day, nil when
// there is none. The history is oldest first, so it searches from the end.
func (ch *chain) latestBy(c *Commitment, day Date) *FollowUp {
	h := ch.history[c.ID]
	for i := len(h) - 1; i >= 0; i-- {
		if h[i].Date <= day {
			return h[i]
		}
	}
	return nil
}

// statusAt returns c's status and light given its latest follow-up by the
// report's day: that follow-up's; with no follow-up at all c's own; with
// follow-ups only later, planned.
func (ch *chain) statusAt(c *Commitment, latest *FollowUp) (Status, Light) {
	switch {
	case latest != nil:
		return latest.Status, latest.Light
	case len(ch.history[c.ID]) > 0 || !c.Status.Valid():
		return StatusPlanned, LightNone
	}
	return c.Status, LightNone
}

// inPeriod reports whether c ran in the period (see BuildReport).
func (ch *chain) inPeriod(c *Commitment, latest *FollowUp, from, to Date) bool {
	if start := startOf(c); start != "" && start > to {
		return false
	}
	s, _ := ch.statusAt(c, latest)
	switch {
	case s.Open():
		return true
	case latest != nil:
		return latest.Date >= from
	}
	return c.Due == "" || c.Due >= from
}

// overdue fills one line of the overdue list.
func (ch *chain) overdue(c *Commitment, s Status, l Light, asOf Date) OverdueItem {
	o := OverdueItem{Commitment: c, Status: s, Light: l}
	if p := ch.parts[c.PartID]; p != nil {
		o.Part = p.Name
	}
	if rep := ch.reps[c.ContactID]; rep != nil {
		o.Contact = rep.Name
	}
	o.DaysLate = int(asOf.Time().Sub(c.Due.Time()).Hours() / 24)
	return o
}

// sortParts returns the part tallies by name, case folded, then id; a
// part with no name last.
func sortParts(parts map[string]*PartTally) []PartTally {
	out := make([]PartTally, 0, len(parts))
	for _, p := range parts {
		out = append(out, *p)
	}
	slices.SortFunc(out, func(a, b PartTally) int {
		if (a.Name == "") != (b.Name == "") {
			if a.Name == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), cmp.Compare(a.PartID, b.PartID))
	})
	return out
}

// meetingLights counts the lights at each meeting held from from to asOf,
// and the follow-ups dated in that span.
func (ch *chain) meetingLights(from, asOf Date) ([]MeetingLights, int) {
	var out []MeetingLights
	at := map[string]int{}    // meeting id → index in out
	byDay := map[Date]int{}   // day → first meeting of the day in out
	live := map[string]bool{} // every live meeting, in the period or not
	for _, m := range ch.meetings {
		live[m.ID] = true
		if m.Date == "" || m.Date < from || m.Date > asOf {
			continue
		}
		at[m.ID] = len(out)
		if _, ok := byDay[m.Date]; !ok {
			byDay[m.Date] = len(out)
		}
		out = append(out, MeetingLights{Meeting: m})
	}
	count := 0
	for _, h := range ch.history {
		for _, f := range h {
			if f.Date >= from && f.Date <= asOf {
				count++
			}
			i, ok := at[f.MeetingID]
			if !ok && !live[f.MeetingID] {
				i, ok = byDay[f.Date]
			}
			if !ok {
				continue
			}
			switch f.Light {
			case LightGreen:
				out[i].Green++
			case LightYellow:
				out[i].Yellow++
			case LightRed:
				out[i].Red++
			default:
				out[i].None++
			}
		}
	}
	return out, count
}
