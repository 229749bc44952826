// Package demo makes example councils: a small one to show and try
// Samverka with, and the "Stockholm" benchmark set of DESIGN.md. The same
// scale and seed always give the same records, byte for byte, so tests and
// benchmarks can rely on them.
package demo

import (
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"samverka/model"
)

// Scale says how big a demo council is.
type Scale string

// The scales.
const (
	// Small is a council to show: about 15 parts, 45 representatives, ten
	// meetings, 60 commitments and 400 follow-ups.
	Small Scale = "small"
	// Stockholm is DESIGN.md's benchmark set, exactly: 100 parts, 600
	// representatives, 300 meetings, 5,000 commitments, 50,000 follow-ups
	// and 100 agreements.
	Stockholm Scale = "stockholm"
)

// Scales lists the scales.
var Scales = []Scale{Small, Stockholm}

// Valid reports whether s is a known scale.
func (s Scale) Valid() bool { return slices.Contains(Scales, s) }

// Today is the day Generate's council lives in, fixed so that tests and
// screenshots see the same council whenever they run. GenerateAt makes the
// council of any other day: every past meeting is before that day, the
// upcoming meeting after it, and "overdue" is judged against it.
const Today model.Date = "2026-01-15"

// size holds a scale's record counts.
type size struct {
	parts, reps, pastMeetings, upcoming int
	commitments, followUps, agreements  int
	situations, problems                int    // lägesbilder, problems per picture
	lastMeeting                         int    // days before today
	meetingGap                          [2]int // days between meetings, min and max
}

func sizeOf(s Scale) size {
	if s == Stockholm {
		return size{
			parts: 100, reps: 600, pastMeetings: 299, upcoming: 1,
			commitments: 5000, followUps: 50000, agreements: 100,
			situations: 8, problems: 8,
			lastMeeting: 2, meetingGap: [2]int{5, 9},
		}
	}
	return size{
		parts: 17, reps: 47, pastMeetings: 10, upcoming: 1,
		commitments: 60, followUps: 400, agreements: 4,
		situations: 2, problems: 6,
		lastMeeting: 36, meetingGap: [2]int{35, 56},
	}
}

// Generate returns a whole example council at scale as it stands on
// Today, the same for the same seed. An unknown scale gives the small
// council. Every record passes model.Validate, and no text looks like a
// personnummer.
func Generate(scale Scale, seed int64) *model.Dataset {
	return GenerateAt(scale, seed, Today)
}

// GenerateAt returns the example council as it stands on today: its last
// meetings just behind, its next one ahead, its year's deadlines met up to
// today but one. The same scale, seed and day give the same records, byte
// for byte. An invalid today means Today.
func GenerateAt(scale Scale, seed int64, today model.Date) *model.Dataset {
	if !scale.Valid() {
		scale = Small
	}
	if !today.Valid() {
		today = Today
	}
	g := &generator{
		rng:   rand.New(rand.NewPCG(uint64(seed), 0x5a4d_7665_726b_6121)),
		scale: scale,
		size:  sizeOf(scale),
		today: today,
		base:  today.Time().Add(12 * time.Hour),
		shift: int(today.Time().Sub(Today.Time()).Hours() / 24),
	}
	g.council()
	g.meetingDates()
	g.parts()
	g.legalPersons()
	g.representatives()
	g.methods()
	g.situations()
	g.commitments()
	g.followUps()
	g.outcomes()
	g.meetingContent()
	g.agreements()
	if scale == Small {
		g.tombstones()
	}
	g.year(seed)
	g.classes()
	g.lawDocs()
	g.ds.Council.Chair = g.chair.Name
	g.ds.Council.Secretary = g.secretary.Name
	sortByID(g.ds)
	return g.ds
}

// generator holds the council being made and the indexes the later steps
// need.
type generator struct {
	rng   *rand.Rand
	scale Scale
	size  size
	ds    *model.Dataset
	today model.Date
	// base is today at noon: no record is created or changed after it.
	base time.Time
	// shift is how many days today is after Today: fixed dates of the
	// council's history move with it.
	shift int
	who   string // ModifiedBy of every record: the secretary

	specs       map[string]partSpec // part id → its description
	partsByKind map[model.PartKind][]*model.Part
	repsByPart  map[string][]*model.Representative
	chiefOf     map[string]*model.Representative // part id → who may sign
	partByID    map[string]*model.Part
	partNamed   map[string]*model.Part
	titles      map[string]bool // part id + "|" + commitment title
	fits        []int           // chooseWork's scratch list
	repByID     map[string]*model.Representative
	chair       *model.Representative
	secretary   *model.Representative
	emails      map[string]bool

	meetings []*model.Meeting // in date order; the last size.upcoming are drafts
	// created lists the commitments each meeting decided, by meeting index.
	created map[int][]*model.Commitment
	// followed lists the follow-ups recorded at each meeting, by index.
	followed map[int][]*model.FollowUp

	byPart   map[string][]*model.Commitment
	pictures []*picture // lägesbilder in date order
	plans    []*plan    // one per commitment, in creation order
}

// id returns a new record id shaped like a random UUID, drawn from the
// generator's own source so that it is the same for the same seed.
func (g *generator) id() string {
	const hexDigits = "0123456789abcdef"
	var b [36]byte
	for {
		hi, lo := g.rng.Uint64(), g.rng.Uint64()
		hi = hi&^0xf000 | 0x4000     // version 4
		lo = lo&^(0xc<<60) | 0x8<<60 // RFC 4122 variant
		j := 0
		for i := range 32 {
			if i == 8 || i == 12 || i == 16 || i == 20 {
				b[j] = '-'
				j++
			}
			word := hi
			if i >= 16 {
				word = lo
			}
			b[j] = hexDigits[word>>(60-4*(i%16))&0xf]
			j++
		}
		// Hex digits now and then read like a personnummer ("…-0811192491f0"
		// or "1c270423-6518-…"); draw again rather than print one.
		if s := string(b[:]); !digitRun(s, 6) || !model.ContainsPersonnummer(s) {
			return s
		}
	}
}

// digitRun reports whether s has n digits in a row.
func digitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// meta returns a new record's meta data: created on day d (at a working
// hour), changed rev-1 times since, the last time on day modified. The
// revisions are replayed through model.Touch so that revision, times and
// lineage agree the way storage would have left them.
func (g *generator) meta(d model.Date, rev int, modified model.Date) model.Meta {
	m := model.Meta{ID: g.id()}
	g.replay(&m, g.at(d), rev, modified)
	return m
}

// revise replays m's history anew from its creation: rev revisions, the
// last on day modified. Its id and creation time stay.
func (g *generator) revise(m *model.Meta, rev int, modified model.Date) {
	created := m.Created
	*m = model.Meta{ID: m.ID}
	g.replay(m, created, rev, modified)
}

// bare lets model.Touch work on a Meta alone.
type bare struct{ *model.Meta }

func (bare) RecordKind() model.Kind { return "" }

func (g *generator) replay(m *model.Meta, first time.Time, rev int, modified model.Date) {
	last := first
	if modified != "" && model.DateOf(first) < modified {
		last = g.at(modified)
	}
	rev = max(rev, 1)
	prev := time.Time{}
	for i := range rev {
		t := first
		if rev > 1 {
			t = first.Add(last.Sub(first) * time.Duration(i) / time.Duration(rev-1))
		}
		if i > 0 && !t.After(prev) {
			t = prev.Add(time.Minute)
		}
		model.Touch(bare{m}, t, g.who)
		prev = t
	}
}

// at returns a deterministic working-hour time on day d, never after
// today at noon.
func (g *generator) at(d model.Date) time.Time {
	t := d.Time().Add(time.Duration(7*60+g.rng.IntN(9*60)) * time.Minute)
	if t.After(g.base) {
		t = g.base.Add(-time.Duration(g.rng.IntN(600)) * time.Minute)
	}
	return t
}

// dayIn returns a day in [from, to].
func (g *generator) dayIn(from, to model.Date) model.Date {
	days := int(to.Time().Sub(from.Time()).Hours() / 24)
	return from.AddDays(g.between(0, days))
}

// between returns a number in [lo, hi].
func (g *generator) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + g.rng.IntN(hi-lo+1)
}

// chance reports true with probability p.
func (g *generator) chance(p float64) bool { return g.rng.Float64() < p }

// pick returns a random element of list.
func pick[T any](g *generator, list []T) T { return list[g.rng.IntN(len(list))] }

func (g *generator) council() {
	g.ds = model.NewDataset(&model.Council{
		Name:     "Brottsförebyggande rådet i Skärholmen",
		District: "Skärholmen",
		Notes: "Rådet samlar Skärholmens stadsdelsförvaltning, lokalpolisområdet, skolorna, " +
			"bostadsbolagen, föreningslivet och näringslivet kring en gemensam lägesbild och " +
			"åtgärdsplan enligt stadens strategi 2023–2026.",
	})
	g.ds.Commitments = make([]*model.Commitment, 0, g.size.commitments)
	g.ds.FollowUps = make([]*model.FollowUp, 0, g.size.followUps)
	g.who = "Jörgen Ärlig"
	c := g.ds.Council
	c.Meta = g.meta(g.moved("2019-03-04"), 3, g.moved("2025-09-01"))
}

// moved returns a date of the council's history as it falls when the
// council lives on g.today rather than on Today.
func (g *generator) moved(d model.Date) model.Date { return d.AddDays(g.shift) }

// sortByID puts every list of ds in id order, the order storage lists
// records in.
func sortByID(ds *model.Dataset) {
	sortList(ds.Parts)
	sortList(ds.Representatives)
	sortList(ds.Methods)
	sortList(ds.Situations)
	sortList(ds.Problems)
	sortList(ds.Causes)
	sortList(ds.Commitments)
	sortList(ds.Meetings)
	sortList(ds.FollowUps)
	sortList(ds.Agreements)
	sortList(ds.Signatures)
	sortList(ds.Dialogues)
	sortList(ds.Deadlines)
	sortList(ds.Plans)
}

func sortList[T model.Record](list []T) {
	slices.SortFunc(list, func(a, b T) int {
		return strings.Compare(a.RecordMeta().ID, b.RecordMeta().ID)
	})
}
