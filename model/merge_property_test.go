package model

import (
	"math/rand/v2"
	"testing"
)

// TestMergeProperties lets two copies of random datasets drift apart by
// random edits, deletions, new follow-ups, signatures and seals, and checks
// what Merge promises, with and without the common ancestor.
func TestMergeProperties(t *testing.T) {
	runs := 300
	if testing.Short() {
		runs = 30
	}
	for seed := range uint64(runs) {
		rng := rand.New(rand.NewPCG(seed, 0x5a3))
		size := mgSize{
			Parts: 2 + rng.IntN(6), Reps: rng.IntN(8), Commitments: 1 + rng.IntN(12),
			FollowUps: rng.IntN(20), Meetings: 1 + rng.IntN(4), Agreements: 1 + rng.IntN(3),
		}
		base := mgBase(rng, size)
		ours, theirs := mgClone(t, base), mgClone(t, base)
		eo, et := newMgEditor(rng, ours, "anna"), newMgEditor(rng, theirs, "bo")
		eo.Edit(rng.IntN(40))
		et.Edit(rng.IntN(40))
		for _, withBase := range []bool{false, true} {
			var b *Dataset
			if withBase {
				b = base
			}
			p := mgProperty{t: t, seed: seed, base: b, ours: ours, theirs: theirs, eo: eo, et: et}
			p.check()
		}
	}
}

type mgProperty struct {
	t            *testing.T
	seed         uint64
	base         *Dataset
	ours, theirs *Dataset
	eo, et       *mgEditor
}

func (p *mgProperty) fail(format string, args ...any) {
	p.t.Helper()
	p.t.Errorf("seed %d, base %v: "+format, append([]any{p.seed, p.base != nil}, args...)...)
}

func (p *mgProperty) check() {
	t := p.t
	out, sum, err := Merge(p.ours, p.theirs, p.base)
	if err != nil {
		t.Fatal(err)
	}
	got := mgRecords(out)

	// Nothing appended is ever lost: every follow-up and signature of
	// either copy is in the result, unchanged.
	for _, d := range []*Dataset{p.ours, p.theirs} {
		for _, list := range [][]Record{mgList(d.FollowUps), mgList(d.Signatures)} {
			for _, r := range list {
				if g, ok := got[mgKey(r)]; !ok || !identical(g, r) {
					p.fail("%s %s lost", r.RecordKind(), r.RecordMeta().ID)
				}
			}
		}
	}

	// Every version either copy held is in the result, or was made into
	// it, or says the same, or is kept as a conflict.
	conflicts := Index(out.Conflicts)
	for side, d := range map[Side]*Dataset{SideOurs: p.ours, SideTheirs: p.theirs} {
		d.Each(func(r Record) {
			g := got[mgKey(r)]
			m, gm := r.RecordMeta(), g.RecordMeta()
			if r.RecordKind() == KindConflict || sameVersion(m, gm) || descends(gm, m) || sameContent(g, r) {
				return
			}
			if p.base != nil && mgIsBase(p.base, r) {
				return
			}
			if _, ok := conflicts[mgConflictID(r)]; !ok {
				p.fail("%s's %s %s rev %d is neither kept nor a conflict", side, r.RecordKind(), m.ID, m.Rev)
			}
		})
	}

	// A record changed on one side only takes that side's version, with
	// no conflict, when the change is within what Prior remembers or the
	// base is known.
	for _, e := range []*mgEditor{p.eo, p.et} {
		other := p.et
		if e == p.et {
			other = p.eo
		}
		for id, n := range e.changed {
			if other.changed[id] > 0 || (n > MaxPrior && p.base == nil) {
				continue
			}
			r := mgFind(e.d, id)
			if g := got[mgKey(r)]; !sameVersion(g.RecordMeta(), r.RecordMeta()) && finality(g) <= finality(r) {
				p.fail("%s %s changed by %s only was not taken", r.RecordKind(), id, e.who)
			}
			for _, c := range sum.Conflicts {
				if c.RecordID == id {
					p.fail("conflict about %s %s that only %s changed", c.Kind, id, e.who)
				}
			}
		}
	}

	// Sealed agreements and approved minutes stay so.
	for _, d := range []*Dataset{p.ours, p.theirs} {
		for _, a := range d.Agreements {
			if g := got[mgKey(a)]; finality(g) < finality(a) {
				p.fail("agreement %s went from %s to %s", a.ID, a.State, g.(*Agreement).State)
			}
		}
		for _, m := range d.Meetings {
			if g := got[mgKey(m)]; finality(g) < finality(m) {
				p.fail("minutes %s went from %s to %s", m.ID, m.State, g.(*Meeting).State)
			}
		}
	}

	// The order of the copies does not matter, but for which side a
	// conflict names.
	other, _, err := Merge(p.theirs, p.ours, p.base)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := mgWithoutSides(t, out), mgWithoutSides(t, other); a != b {
		p.fail("Merge(ours, theirs) and Merge(theirs, ours) differ")
	}

	// Merging again changes nothing.
	want := mgJSON(t, out)
	for name, d := range map[string]*Dataset{"ours": p.ours, "theirs": p.theirs, "itself": out} {
		again, sum, err := Merge(out, d, p.base)
		if err != nil {
			t.Fatal(err)
		}
		if mgJSON(t, again) != want || sum.Changed() || len(sum.Conflicts) > 0 {
			p.fail("merging with %s again changed the result: %+v", name, sum)
		}
	}

	// Another council is refused.
	stranger := mgClone(t, p.theirs)
	stranger.Council.ID = NewID()
	if _, _, err := Merge(p.ours, stranger, nil); CodeOf(err) != CodeOtherCouncil {
		p.fail("another council: %v", err)
	}
}

func mgKey(r Record) string { return string(r.RecordKind()) + "/" + r.RecordMeta().ID }

func mgList[T Record](list []T) []Record {
	out := make([]Record, len(list))
	for i, r := range list {
		out[i] = r
	}
	return out
}

func mgRecords(d *Dataset) map[string]Record {
	m := map[string]Record{}
	d.Each(func(r Record) {
		if _, dup := m[mgKey(r)]; dup {
			panic("record twice in merge result: " + mgKey(r))
		}
		m[mgKey(r)] = r
	})
	return m
}

func mgFind(d *Dataset, id string) Record {
	var found Record
	d.Each(func(r Record) {
		if r.RecordMeta().ID == id {
			found = r
		}
	})
	return found
}

func mgIsBase(base *Dataset, r Record) bool {
	b := mgFind(base, r.RecordMeta().ID)
	return b != nil && sameVersion(b.RecordMeta(), r.RecordMeta())
}

// mgConflictID is the id of the conflict that keeps version r.
func mgConflictID(r Record) string {
	c := newConflict(r.RecordKind(), r, r, SideOurs)
	return c.ID
}

// mgWithoutSides returns d as JSON with the conflicts' sides left out.
func mgWithoutSides(t *testing.T, d *Dataset) string {
	c := *d
	c.Conflicts = nil
	for _, x := range d.Conflicts {
		y := *x
		y.Side = ""
		c.Conflicts = append(c.Conflicts, &y)
	}
	return mgJSON(t, &c)
}
