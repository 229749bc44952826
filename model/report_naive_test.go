package model

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// randomCouncil makes a council of random records with every oddity the
// report must survive: tombstones, unknown parts, commitments without
// start or due, follow-ups of deleted or unknown commitments, naming
// deleted or unknown meetings, several meetings on one day, equal times.
func randomCouncil(seed uint64) *Dataset {
	rng := rand.New(rand.NewPCG(seed, 99))
	day := func() Date { return Date("2024-01-01").AddDays(rng.IntN(900)) }
	chance := func(p float64) bool { return rng.Float64() < p }
	ds := chainDS(aProblem("A", "A", 1), aCause("c1", "A", "", 1))
	for i := range 6 {
		ds.Add(&Part{Meta: Meta{ID: fmt.Sprintf("q%d", i), Deleted: i == 5}, Name: fmt.Sprintf("Part %c", 'F'-i), Kind: PartOther})
	}
	for i := range 40 {
		m := aMeeting(fmt.Sprintf("m%02d", i), day(), MeetingKinds[rng.IntN(len(MeetingKinds))])
		if i%7 == 6 { // a second meeting on an earlier meeting's day
			m.Date = ds.Meetings[rng.IntN(len(ds.Meetings))].Date
		}
		m.Number = fmt.Sprint(rng.IntN(3))
		m.Deleted = chance(0.1)
		ds.Add(m)
	}
	statuses := append(slices.Clone(Statuses), "")
	lights := append(slices.Clone(Lights), LightNone)
	for i := range 200 {
		c := aCommitment(fmt.Sprintf("k%03d", i), "", "")
		c.Title = fmt.Sprintf("Åtagande %d", rng.IntN(50))
		c.Area = Area(rng.IntN(5))
		c.PartID = fmt.Sprintf("q%d", rng.IntN(7))
		c.Created = day().Time().Add(time.Hour)
		c.Start = day()
		if chance(0.1) {
			c.Start = ""
		}
		c.Due = c.Start.AddDays(rng.IntN(400))
		if c.Start == "" || chance(0.1) {
			c.Due = ""
		}
		c.Status = statuses[rng.IntN(len(statuses))]
		c.Deleted = chance(0.05)
		ds.Add(c)
	}
	for i := range 2000 {
		f := aFollowUp(fmt.Sprintf("f%04d", i), fmt.Sprintf("k%03d", rng.IntN(210)), day(),
			Statuses[rng.IntN(len(Statuses))], lights[rng.IntN(len(lights))])
		switch x := rng.Float64(); {
		case x < 0.4:
			m := ds.Meetings[rng.IntN(len(ds.Meetings))]
			f.MeetingID, f.Date = m.ID, m.Date
		case x < 0.45:
			f.MeetingID = "unknown"
		case x < 0.5:
			f.Date = ds.Meetings[rng.IntN(len(ds.Meetings))].Date
		}
		f.Created = f.Date.Time().Add(time.Duration(rng.IntN(3)) * time.Hour)
		f.Deleted = chance(0.05)
		ds.Add(f)
	}
	return ds
}

// naiveReport works the report out the slow, plain way: for every
// commitment and every meeting it reads all follow-ups again. It writes
// what it finds as strings, so that any difference shows in the message.
type naiveReport struct {
	total     Tally
	areas     map[Area]Tally
	parts     map[string]string // part id → "name|tally"
	overdue   []string          // commitment ids
	meetings  []string          // "id g/y/r/n"
	followUps int
}

func naive(ds *Dataset, from, to, today Date) naiveReport {
	asOf := to
	if today < to {
		asOf = today
	}
	liveCommitment := map[string]bool{}
	for _, c := range ds.Commitments {
		if !c.Deleted {
			liveCommitment[c.ID] = true
		}
	}
	n := naiveReport{areas: map[Area]Tally{}, parts: map[string]string{}}
	partTally := map[string]Tally{}
	var overdue []*Commitment
	for _, c := range ds.Commitments {
		if c.Deleted {
			continue
		}
		var latest *FollowUp
		any := false
		for _, f := range ds.FollowUps {
			if f.Deleted || f.CommitmentID != c.ID {
				continue
			}
			any = true
			if f.Date > asOf {
				continue
			}
			if latest == nil || f.Date > latest.Date ||
				(f.Date == latest.Date && (f.Created.After(latest.Created) || (f.Created.Equal(latest.Created) && f.ID > latest.ID))) {
				latest = f
			}
		}
		status, light := StatusPlanned, LightNone
		if latest != nil {
			status, light = latest.Status, latest.Light
		} else if !any && slices.Contains(Statuses, c.Status) {
			status = c.Status
		}
		start := c.Start
		if start == "" && !c.Created.IsZero() {
			start = Date(c.Created.Format("2006-01-02"))
		}
		open := status != StatusDone && status != StatusCancelled
		stillRunning := open
		if !open && latest != nil {
			stillRunning = latest.Date >= from
		} else if !open {
			stillRunning = c.Due == "" || c.Due >= from
		}
		if (start != "" && start > to) || !stillRunning {
			continue
		}
		pastDue := c.Due != "" && c.Due < asOf
		var bucket func(*Tally)
		switch {
		case status == StatusDone:
			bucket = func(t *Tally) { t.Done++ }
		case status == StatusCancelled:
			bucket = func(t *Tally) { t.Cancelled++ }
		case status == StatusLate || light == LightRed || pastDue:
			bucket = func(t *Tally) { t.Late++ }
		case light == LightYellow:
			bucket = func(t *Tally) { t.AtRisk++ }
		default:
			bucket = func(t *Tally) { t.OnTrack++ }
		}
		count := func(t Tally) Tally { t.Commitments++; bucket(&t); return t }
		n.total = count(n.total)
		area := c.Area
		if area < 1 || area > 4 {
			area = AreaNone
		}
		n.areas[area] = count(n.areas[area])
		partTally[c.PartID] = count(partTally[c.PartID])
		if open && pastDue {
			overdue = append(overdue, c)
		}
	}
	for id, t := range partTally {
		name := ""
		for _, p := range ds.Parts {
			if p.ID == id && !p.Deleted {
				name = p.Name
			}
		}
		n.parts[id] = fmt.Sprintf("%s|%+v", name, t)
	}
	slices.SortFunc(overdue, func(a, b *Commitment) int {
		return cmp.Or(cmp.Compare(a.Due, b.Due), cmp.Compare(a.Title, b.Title), cmp.Compare(a.ID, b.ID))
	})
	for _, c := range overdue {
		n.overdue = append(n.overdue, c.ID)
	}
	n.meetings, n.followUps = naiveMeetings(ds, from, asOf, liveCommitment)
	return n
}

// naiveMeetings counts the lights per meeting held in the period, by
// looking up each follow-up's meeting among all meetings.
func naiveMeetings(ds *Dataset, from, asOf Date, liveCommitment map[string]bool) ([]string, int) {
	var held []*Meeting
	for _, m := range ds.Meetings {
		if !m.Deleted && m.Date >= from && m.Date <= asOf {
			held = append(held, m)
		}
	}
	slices.SortFunc(held, func(a, b *Meeting) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Number, b.Number), cmp.Compare(a.ID, b.ID))
	})
	followUps := 0
	var out []string
	for i, m := range held {
		var g, y, r, none int
		for _, f := range ds.FollowUps {
			if f.Deleted || !liveCommitment[f.CommitmentID] {
				continue
			}
			if i == 0 && f.Date >= from && f.Date <= asOf {
				followUps++
			}
			named := false
			for _, other := range ds.Meetings {
				named = named || (other.ID == f.MeetingID && !other.Deleted)
			}
			firstOfDay := slices.IndexFunc(held, func(h *Meeting) bool { return h.Date == f.Date }) == i
			if f.MeetingID == m.ID || (!named && firstOfDay) {
				switch f.Light {
				case LightGreen:
					g++
				case LightYellow:
					y++
				case LightRed:
					r++
				default:
					none++
				}
			}
		}
		out = append(out, fmt.Sprintf("%s %d/%d/%d/%d", m.ID, g, y, r, none))
	}
	if len(held) == 0 {
		for _, f := range ds.FollowUps {
			if !f.Deleted && liveCommitment[f.CommitmentID] && f.Date >= from && f.Date <= asOf {
				followUps++
			}
		}
	}
	return out, followUps
}

// naiveFirstDay returns the earliest day of ds's history: a live
// commitment's start (or creation), a live meeting, a live follow-up of a
// live commitment.
func naiveFirstDay(ds *Dataset) Date {
	var days []Date
	live := map[string]bool{}
	for _, c := range ds.Commitments {
		if c.Deleted {
			continue
		}
		live[c.ID] = true
		if c.Start != "" {
			days = append(days, c.Start)
		} else if !c.Created.IsZero() {
			days = append(days, Date(c.Created.Format("2006-01-02")))
		}
	}
	for _, m := range ds.Meetings {
		if !m.Deleted {
			days = append(days, m.Date)
		}
	}
	for _, f := range ds.FollowUps {
		if !f.Deleted && live[f.CommitmentID] {
			days = append(days, f.Date)
		}
	}
	return slices.Min(days)
}

func TestBuildReportAgainstNaive(t *testing.T) {
	const today Date = "2026-03-15"
	for _, seed := range []uint64{1, 2, 3} {
		ds := randomCouncil(seed)
		periods := [][2]Date{{"", ""}, {"2025-01-01", "2025-06-30"}, {"2025-07-01", "2026-12-31"}, {"2024-03-01", "2024-03-31"}, {"2023-01-01", "2023-12-31"}}
		for _, p := range periods {
			r := BuildReport(ds, p[0], p[1], today)
			from, to := p[0], p[1]
			if from == "" {
				from, to = naiveFirstDay(ds), today
			}
			if r.From != from || r.To != to {
				t.Fatalf("seed %d %v: period %s–%s, want %s–%s", seed, p, r.From, r.To, from, to)
			}
			checkAgainstNaive(t, fmt.Sprintf("seed %d %s–%s", seed, from, to), r, naive(ds, from, to, today))
		}
	}
}

func checkAgainstNaive(t *testing.T, name string, r Report, n naiveReport) {
	t.Helper()
	if r.Total != n.total {
		t.Errorf("%s: total %+v, naive %+v", name, r.Total, n.total)
	}
	if tl := r.Total; tl.Done+tl.OnTrack+tl.AtRisk+tl.Late+tl.Cancelled != tl.Commitments {
		t.Errorf("%s: buckets do not add up: %+v", name, tl)
	}
	areas := map[Area]Tally{}
	for _, a := range r.Areas {
		if a.Tally != (Tally{}) {
			areas[a.Area] = a.Tally
		}
	}
	if fmt.Sprint(areas) != fmt.Sprint(n.areas) {
		t.Errorf("%s: areas %v, naive %v", name, areas, n.areas)
	}
	parts := map[string]string{}
	var names []string
	for _, p := range r.Parts {
		parts[p.PartID] = fmt.Sprintf("%s|%+v", p.Name, p.Tally)
		names = append(names, p.Name)
	}
	if fmt.Sprint(parts) != fmt.Sprint(n.parts) {
		t.Errorf("%s: parts %v, naive %v", name, parts, n.parts)
	}
	for len(names) > 0 && names[len(names)-1] == "" {
		names = names[:len(names)-1] // unknown parts come last
	}
	if slices.Contains(names, "") || !slices.IsSortedFunc(names, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) }) {
		t.Errorf("%s: parts not in name order, unknown last: %q", name, names)
	}
	var overdue []string
	for _, o := range r.Overdue {
		overdue = append(overdue, o.Commitment.ID)
	}
	if !slices.Equal(overdue, n.overdue) {
		t.Errorf("%s: overdue %q, naive %q", name, overdue, n.overdue)
	}
	var meetings []string
	for _, m := range r.Meetings {
		meetings = append(meetings, fmt.Sprintf("%s %d/%d/%d/%d", m.Meeting.ID, m.Green, m.Yellow, m.Red, m.None))
	}
	if !slices.Equal(meetings, n.meetings) {
		t.Errorf("%s: meetings\n%q\nnaive\n%q", name, meetings, n.meetings)
	}
	if r.FollowUps != n.followUps {
		t.Errorf("%s: %d follow-ups, naive %d", name, r.FollowUps, n.followUps)
	}
}

// TestRandomCouncilIsVaried guards the comparison above: the random
// council must give every bucket, overdue work and lit meetings.
func TestRandomCouncilIsVaried(t *testing.T) {
	ds := randomCouncil(1)
	if first := naiveFirstDay(ds); first < "2024-01-01" || first > "2024-01-05" {
		t.Errorf("first day %s", first)
	}
	n := naive(ds, "2025-07-01", "2026-12-31", "2026-03-15")
	tl := n.total
	if tl.Done == 0 || tl.OnTrack == 0 || tl.AtRisk == 0 || tl.Late == 0 || tl.Cancelled == 0 || len(n.overdue) < 5 || len(n.meetings) < 5 || len(n.areas) != 5 || len(n.parts) != 7 {
		t.Errorf("the random council is too plain: %+v", n)
	}
}
