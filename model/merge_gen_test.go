package model

import (
	"cmp"
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
)

// The helpers below build council datasets and let two copies of one
// drift apart the way two people's copies do: every change goes through
// Touch and must pass CheckChange, as it would in storage.

// mgSize is how big a generated dataset is.
type mgSize struct {
	Parts, Reps, Commitments, FollowUps, Meetings, Agreements int
}

// mgClock hands out the times of one copy's edits.
type mgClock struct{ now time.Time }

func (c *mgClock) next(rng *rand.Rand) time.Time {
	c.now = c.now.Add(time.Duration(1+rng.IntN(5)) * time.Minute)
	return c.now
}

var mgEpoch = time.Date(2026, 1, 8, 9, 0, 0, 0, time.UTC)

// mgNames are names with the letters Swedish councils meet.
var mgNames = []string{
	"Åsa Öberg", "Łukasz Wiśniewski", "Ayşe Yılmaz", "Nguyễn Thị Hương", "Per Ström",
	"Fatima Al-Hassan", "Jörg Müller", "Siiri Äijälä", "Björn Ärlig", "Zoë Lindqvist",
}

// mgBase returns a random valid dataset of about size, every record
// written by "start" at times before mgEpoch.
func mgBase(rng *rand.Rand, size mgSize) *Dataset {
	clk := &mgClock{now: mgEpoch.Add(-24 * time.Hour * 200)}
	touch := func(r Record) Record {
		r.RecordMeta().ID = mgID(rng)
		Touch(r, clk.next(rng), "start")
		return r
	}
	d := NewDataset(touch(&Council{Name: "Brottsförebyggande rådet Skärholmen"}).(*Council))
	for i := range size.Parts {
		d.Add(touch(&Part{Name: fmt.Sprintf("Part %d %s", i, mgNames[i%len(mgNames)]), Kind: PartKinds[i%len(PartKinds)], Signing: i%2 == 0}))
	}
	for i := range size.Reps {
		d.Add(touch(&Representative{PartID: d.Parts[i%len(d.Parts)].ID, Name: mgNames[rng.IntN(len(mgNames))], Role: RoleMember}))
	}
	for i := range size.Commitments {
		d.Add(touch(&Commitment{Title: fmt.Sprintf("Åtagande %d", i), PartID: d.Parts[rng.IntN(len(d.Parts))].ID, Area: Areas[i%4], Status: StatusPlanned}))
	}
	for i := range size.Meetings {
		m := &Meeting{Date: Date("2025-01-01").AddDays(i), Kind: MeetingCouncil, Place: "Medborgarhuset", State: StateDraft}
		if i%3 == 2 {
			mgApprove(m, clk.now)
		}
		d.Add(touch(m))
	}
	for range size.FollowUps {
		c := d.Commitments[rng.IntN(len(d.Commitments))]
		d.Add(touch(&FollowUp{CommitmentID: c.ID, Date: "2025-06-01", Status: StatusOngoing, Light: LightGreen, Comment: "Pågår enligt plan"}))
	}
	for i := range size.Agreements {
		a := &Agreement{Title: fmt.Sprintf("Överenskommelse %d", i), From: "2026-01-01", To: "2026-12-31", State: StateDraft}
		for _, p := range d.Parts[:min(3, len(d.Parts))] {
			a.Parties = append(a.Parties, Party{PartID: p.ID, Organisation: p.Name, SignerName: mgNames[rng.IntN(len(mgNames))]})
		}
		d.Add(touch(a))
	}
	mgSort(d)
	return d
}

// mgSort puts every list of d in id order, as storage loads them.
func mgSort(d *Dataset) {
	out := NewDataset(d.Council)
	byID := func(a, b Record) int { return cmp.Compare(a.RecordMeta().ID, b.RecordMeta().ID) }
	var list []Record
	d.Each(func(r Record) {
		if r != Record(d.Council) {
			list = append(list, r)
		}
	})
	slices.SortStableFunc(list, func(a, b Record) int {
		return cmp.Or(cmp.Compare(slices.Index(Kinds, a.RecordKind()), slices.Index(Kinds, b.RecordKind())), byID(a, b))
	})
	for _, r := range list {
		out.Add(r)
	}
	*d = *out
}

// mgID returns a record id drawn from rng, so that a seed gives the same
// dataset every time.
func mgID(rng *rand.Rand) string {
	return uuid.NewHash(sha1.New(), uuid.Nil, fmt.Append(nil, rng.Uint64()), 5).String()
}

func mgApprove(m *Meeting, now time.Time) {
	m.State = StateApproved
	m.ApprovedAt = now.Truncate(time.Millisecond)
	m.Fingerprint = MinutesFingerprint(m)
}

// mgClone returns a deep copy of d, as a copy of the file would be.
func mgClone(tb testing.TB, d *Dataset) *Dataset {
	tb.Helper()
	data, err := json.Marshal(d)
	if err != nil {
		tb.Fatal(err)
	}
	var out Dataset
	if err := json.Unmarshal(data, &out); err != nil {
		tb.Fatal(err)
	}
	return &out
}

func mgJSON(tb testing.TB, v any) string {
	tb.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}

// mgCopy returns a deep copy of one record.
func mgCopy(r Record) Record {
	data, err := json.Marshal(r)
	if err != nil {
		panic(err)
	}
	n := NewRecord(r.RecordKind())
	if err := json.Unmarshal(data, n); err != nil {
		panic(err)
	}
	return n
}

// mgWrite changes r the way storage does: change a copy, touch it, and
// keep it only if the lifecycle rules allow it. It reports whether it did.
func mgWrite(r Record, now time.Time, who string, change func(Record)) bool {
	n := mgCopy(r)
	change(n)
	Touch(n, now, who)
	if CheckChange(r, n) != nil || len(Validate(n)) > 0 {
		return false
	}
	reflect.ValueOf(r).Elem().Set(reflect.ValueOf(n).Elem())
	return true
}

// mgEditor lets one copy drift: Edit makes n random changes and notes
// which records it changed.
type mgEditor struct {
	rng     *rand.Rand
	d       *Dataset
	clk     *mgClock
	who     string
	changed map[string]int // id → number of writes
}

func newMgEditor(rng *rand.Rand, d *Dataset, who string) *mgEditor {
	return &mgEditor{rng: rng, d: d, who: who, clk: &mgClock{now: mgEpoch}, changed: map[string]int{}}
}

func (e *mgEditor) write(r Record, change func(Record)) {
	if mgWrite(r, e.clk.next(e.rng), e.who, change) {
		e.changed[r.RecordMeta().ID]++
	}
}

func (e *mgEditor) add(r Record) {
	if r.RecordMeta().ID == "" {
		r.RecordMeta().ID = mgID(e.rng)
	}
	Touch(r, e.clk.next(e.rng), e.who)
	e.d.Add(r)
	e.changed[r.RecordMeta().ID]++
}

func mgPick[T any](rng *rand.Rand, list []T) (T, bool) {
	var zero T
	if len(list) == 0 {
		return zero, false
	}
	return list[rng.IntN(len(list))], true
}

func (e *mgEditor) Edit(n int) {
	word := func() string { return mgNames[e.rng.IntN(len(mgNames))] + fmt.Sprint(" ", e.rng.IntN(1000)) }
	for range n {
		switch e.rng.IntN(12) {
		case 0:
			if p, ok := mgPick(e.rng, e.d.Parts); ok {
				e.write(p, func(r Record) { r.(*Part).Name = word() })
			}
		case 1:
			if p, ok := mgPick(e.rng, e.d.Representatives); ok {
				e.write(p, func(r Record) { r.(*Representative).Title = word() })
			}
		case 2, 3:
			if c, ok := mgPick(e.rng, e.d.Commitments); ok {
				e.write(c, func(r Record) { r.(*Commitment).Description = word() })
			}
		case 4:
			e.toggleDeleted()
		case 5:
			e.add(&Commitment{Title: word(), PartID: e.d.Parts[0].ID, Area: AreaSchool, Status: StatusPlanned})
		case 6, 7:
			if c, ok := mgPick(e.rng, e.d.Commitments); ok {
				e.add(&FollowUp{CommitmentID: c.ID, Date: DateOf(e.clk.now), Status: StatusOngoing, Comment: word()})
			}
		case 8:
			if m, ok := mgPick(e.rng, e.d.Meetings); ok {
				e.write(m, func(r Record) {
					m := r.(*Meeting)
					m.Place = word()
					if e.rng.IntN(2) == 0 {
						mgApprove(m, e.clk.now)
					}
				})
			}
		case 9:
			if a, ok := mgPick(e.rng, e.d.Agreements); ok {
				e.write(a, func(r Record) { r.(*Agreement).Sections.Goals = word() })
			}
		case 10, 11:
			if a, ok := mgPick(e.rng, e.d.Agreements); ok {
				e.advance(a)
			}
		}
	}
}

// toggleDeleted deletes a live record or brings back a deleted one.
func (e *mgEditor) toggleDeleted() {
	var list []Record
	each(e.d.Parts, func(r Record) { list = append(list, r) })
	each(e.d.Commitments, func(r Record) { list = append(list, r) })
	each(e.d.Meetings, func(r Record) { list = append(list, r) })
	each(e.d.Agreements, func(r Record) { list = append(list, r) })
	if r, ok := mgPick(e.rng, list); ok {
		e.write(r, func(r Record) { m := r.RecordMeta(); m.Deleted = !m.Deleted })
	}
}

// advance moves an agreement one step on: a draft goes to signing; one
// out for signing gets a signature, and once every party has signed it is
// sealed; a signed one is superseded by a new draft version.
func (e *mgEditor) advance(a *Agreement) {
	switch a.State {
	case StateDraft, "":
		e.write(a, func(r Record) { r.(*Agreement).Freeze(e.clk.now) })
	case StateForSigning:
		if AllSigned(a, e.d.Signatures) {
			e.write(a, func(r Record) { r.(*Agreement).Seal(e.clk.now) })
			return
		}
		p := a.Parties[e.rng.IntN(len(a.Parties))]
		e.add(&Signature{
			AgreementID: a.ID, PartID: p.PartID, SignerName: p.SignerName, Date: DateOf(e.clk.now),
			SignedAt: e.clk.now, Method: SignPaper, Fingerprint: a.Fingerprint,
		})
	case StateSigned:
		n := a.NewVersion()
		n.ID = mgID(e.rng)
		e.add(n)
		e.write(a, func(r Record) { r.(*Agreement).Supersede(n.ID) })
	}
}
