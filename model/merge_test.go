package model

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// mgPair returns a small base dataset and two copies of it.
func mgPair(t *testing.T) (base, ours, theirs *Dataset) {
	t.Helper()
	base = mgBase(rand.New(rand.NewPCG(1, 2)), mgSize{Parts: 3, Reps: 3, Commitments: 4, FollowUps: 4, Meetings: 2, Agreements: 1})
	return base, mgClone(t, base), mgClone(t, base)
}

// mgAt returns a time after the base dataset's, minute n.
func mgAt(n int) time.Time { return mgEpoch.Add(time.Duration(n) * time.Minute) }

func mgMerge(t *testing.T, ours, theirs, base *Dataset) (*Dataset, MergeSummary) {
	t.Helper()
	out, sum, err := Merge(ours, theirs, base)
	if err != nil {
		t.Fatal(err)
	}
	return out, sum
}

func mgMustWrite(t *testing.T, r Record, n int, who string, change func(Record)) {
	t.Helper()
	if !mgWrite(r, mgAt(n), who, change) {
		t.Fatalf("change to %s %s refused", r.RecordKind(), r.RecordMeta().ID)
	}
}

func rename(name string) func(Record) { return func(r Record) { r.(*Part).Name = name } }

func TestMergeTakesAChangeMadeOnOneSide(t *testing.T) {
	_, ours, theirs := mgPair(t)
	mgMustWrite(t, theirs.Parts[0], 1, "bo", rename("Nguyễn Thị Hương AB"))
	mgMustWrite(t, theirs.Parts[0], 2, "bo", rename("Nguyễn Thị Hương AB (Skärholmen)"))
	// Ours is older than theirs here and newer there: time must not matter.
	mgMustWrite(t, ours.Parts[1], 9, "anna", rename("Åsa Öbergs förening"))

	for _, tc := range []struct {
		name        string
		a, b        *Dataset
		wantUpdated int
	}{{"ours first", ours, theirs, 1}, {"theirs first", theirs, ours, 1}} {
		t.Run(tc.name, func(t *testing.T) {
			out, sum := mgMerge(t, tc.a, tc.b, nil)
			if got := out.Parts[partIndex(out, ours.Parts[0].ID)].Name; got != "Nguyễn Thị Hương AB (Skärholmen)" {
				t.Errorf("part 0 = %q", got)
			}
			if got := out.Parts[partIndex(out, ours.Parts[1].ID)].Name; got != "Åsa Öbergs förening" {
				t.Errorf("part 1 = %q", got)
			}
			if len(sum.Conflicts) != 0 || len(out.Conflicts) != 0 {
				t.Errorf("conflicts %v for changes on one side", sum.Conflicts)
			}
			if sum.Updated != tc.wantUpdated || sum.ByKind[KindPart].Updated != tc.wantUpdated {
				t.Errorf("updated %d, want %d", sum.Updated, tc.wantUpdated)
			}
		})
	}
}

func partIndex(d *Dataset, id string) int {
	for i, p := range d.Parts {
		if p.ID == id {
			return i
		}
	}
	panic("no part " + id)
}

func TestMergeKeepsTheOlderOfTwoChangesAsConflict(t *testing.T) {
	_, ours, theirs := mgPair(t)
	id := ours.Parts[0].ID
	mgMustWrite(t, ours.Parts[0], 1, "anna", rename("Łukasz Wiśniewskis bolag"))
	mgMustWrite(t, theirs.Parts[0], 2, "bo", rename("Ayşe Yılmaz förening"))

	out, sum := mgMerge(t, ours, theirs, nil)
	cur := out.Parts[partIndex(out, id)]
	if cur.Name != "Ayşe Yılmaz förening" {
		t.Fatalf("newer change not kept: %q", cur.Name)
	}
	if len(sum.Conflicts) != 1 || len(out.Conflicts) != 1 || sum.ByKind[KindPart].Conflicts != 1 {
		t.Fatalf("want one conflict, got %d in summary, %d stored", len(sum.Conflicts), len(out.Conflicts))
	}
	c := out.Conflicts[0]
	if c.Kind != KindPart || c.RecordID != id || c.Side != SideOurs || c.Resolved {
		t.Errorf("conflict %+v", c)
	}
	if c.Label() != "Łukasz Wiśniewskis bolag" || !c.At.Equal(mgAt(1)) || c.KeptRev != cur.Rev || !c.KeptAt.Equal(cur.Modified) {
		t.Errorf("conflict says %q at %v, kept rev %d at %v", c.Label(), c.At, c.KeptRev, c.KeptAt)
	}
	if got := OpenConflicts(out); len(got) != 1 || got[0] != c {
		t.Errorf("open conflicts %v", got)
	}
	diff, err := c.Differences(cur)
	if want := []Difference{{"name", "Ayşe Yılmaz förening", "Łukasz Wiśniewskis bolag"}}; err != nil || !slices.Equal(diff, want) {
		t.Errorf("differences %+v, %v; want %+v", diff, err, want)
	}

	t.Run("choose the other side", func(t *testing.T) {
		chosen, err := c.Choose(cur)
		if err != nil {
			t.Fatal(err)
		}
		p := chosen.(*Part)
		if p.Name != "Łukasz Wiśniewskis bolag" || p.Meta != cur.Meta {
			t.Fatalf("chosen %q with meta %+v, want meta %+v", p.Name, p.Meta, cur.Meta)
		}
		Touch(p, mgAt(5), "anna")
		resolved := *c
		resolved.Resolved = true
		Touch(&resolved, mgAt(5), "anna")
		out.Parts[partIndex(out, id)] = p
		out.Conflicts[0] = &resolved

		// The other copy still holds the version that lost; merging it
		// again must neither bring it back nor reopen the conflict.
		again, sum := mgMerge(t, out, theirs, nil)
		if got := again.Parts[partIndex(again, id)].Name; got != "Łukasz Wiśniewskis bolag" {
			t.Errorf("after merging again: %q", got)
		}
		if len(again.Conflicts) != 1 || !again.Conflicts[0].Resolved || len(OpenConflicts(again)) != 0 || sum.Changed() {
			t.Errorf("conflicts after merging again: %+v, summary %+v", again.Conflicts, sum)
		}
		// Theirs learns of the resolution: resolved outranks open.
		back, _ := mgMerge(t, theirs, again, nil)
		if len(OpenConflicts(back)) != 0 || mgJSON(t, back) != mgJSON(t, again) {
			t.Error("the resolved conflict did not travel")
		}
	})
}

func TestMergeSameChangeOnBothSidesIsNoConflict(t *testing.T) {
	_, ours, theirs := mgPair(t)
	mgMustWrite(t, ours.Parts[0], 1, "anna", rename("Per Ströms AB"))
	mgMustWrite(t, theirs.Parts[0], 2, "bo", rename("Per Ströms AB"))
	out, sum := mgMerge(t, ours, theirs, nil)
	if len(out.Conflicts) != 0 || sum.Updated != 1 {
		t.Errorf("conflicts %d, updated %d", len(out.Conflicts), sum.Updated)
	}
}

// TestMergeBeyondRememberedVersions shows the rule's limit: a record
// changed more than MaxPrior times on one side looks changed on both,
// unless the common ancestor is given.
func TestMergeBeyondRememberedVersions(t *testing.T) {
	for _, n := range []int{MaxPrior, MaxPrior + 1} {
		base, ours, theirs := mgPair(t)
		for i := range n {
			mgMustWrite(t, theirs.Parts[0], i+1, "bo", rename(strings.Repeat("Å", i+1)))
		}
		_, sum := mgMerge(t, ours, theirs, nil)
		if want := n > MaxPrior; (len(sum.Conflicts) == 1) != want {
			t.Errorf("%d edits without base: %d conflicts, want conflict %v", n, len(sum.Conflicts), want)
		}
		out, sum := mgMerge(t, ours, theirs, base)
		if len(sum.Conflicts) != 0 || out.Parts[partIndex(out, theirs.Parts[0].ID)].Name != strings.Repeat("Å", n) {
			t.Errorf("%d edits with base: %d conflicts", n, len(sum.Conflicts))
		}
	}
}

func TestMergeDeletions(t *testing.T) {
	del := func(r Record) { r.RecordMeta().Deleted = true }
	t.Run("a deletion travels", func(t *testing.T) {
		_, ours, theirs := mgPair(t)
		mgMustWrite(t, theirs.Commitments[0], 1, "bo", del)
		out, sum := mgMerge(t, ours, theirs, nil)
		if !out.Commitments[0].Deleted || sum.Deleted != 1 || len(out.Conflicts) != 0 {
			t.Errorf("deleted %v, summary %+v", out.Commitments[0].Deleted, sum)
		}
	})
	t.Run("a deletion wins over an older change", func(t *testing.T) {
		_, ours, theirs := mgPair(t)
		mgMustWrite(t, ours.Commitments[0], 1, "anna", func(r Record) { r.(*Commitment).Title = "Läxhjälp i Bredäng" })
		mgMustWrite(t, theirs.Commitments[0], 2, "bo", del)
		out, _ := mgMerge(t, ours, theirs, nil)
		if !out.Commitments[0].Deleted || len(out.Conflicts) != 1 || out.Conflicts[0].Label() != "Läxhjälp i Bredäng" {
			t.Errorf("deleted %v, conflicts %+v", out.Commitments[0].Deleted, out.Conflicts)
		}
	})
	t.Run("a newer change revives", func(t *testing.T) {
		_, ours, theirs := mgPair(t)
		mgMustWrite(t, theirs.Commitments[0], 1, "bo", del)
		mgMustWrite(t, ours.Commitments[0], 2, "anna", func(r Record) { r.(*Commitment).Title = "Läxhjälp i Bredäng" })
		out, _ := mgMerge(t, ours, theirs, nil)
		if out.Commitments[0].Deleted || out.Commitments[0].Title != "Läxhjälp i Bredäng" {
			t.Errorf("not revived: %+v", out.Commitments[0])
		}
		if len(out.Conflicts) != 1 {
			t.Fatalf("want the deletion kept as a conflict, got %d", len(out.Conflicts))
		}
		lost, err := out.Conflicts[0].Lost()
		if err != nil || !lost.RecordMeta().Deleted {
			t.Errorf("conflict holds %+v, %v", lost, err)
		}
	})
}

func TestMergeNeverUnsealsAgreementsOrMinutes(t *testing.T) {
	_, ours, theirs := mgPair(t)
	a := ours.Agreements[0]
	mgMustWrite(t, a, 1, "anna", func(r Record) { r.(*Agreement).Freeze(mgAt(1)) })
	mgMustWrite(t, a, 2, "anna", func(r Record) { r.(*Agreement).Seal(mgAt(2)) })
	// Someone else went on editing the draft later.
	mgMustWrite(t, theirs.Agreements[0], 30, "bo", func(r Record) { r.(*Agreement).Sections.Goals = "Färre inbrott" })

	m := theirs.Meetings[0]
	mi := 0
	mgMustWrite(t, m, 3, "bo", func(r Record) { mgApprove(r.(*Meeting), mgAt(3)) })
	mgMustWrite(t, ours.Meetings[mi], 40, "anna", func(r Record) { r.(*Meeting).Place = "Skärholmens bibliotek" })

	for _, pair := range [][2]*Dataset{{ours, theirs}, {theirs, ours}} {
		out, sum := mgMerge(t, pair[0], pair[1], nil)
		if got := out.Agreements[0]; got.State != StateSigned {
			t.Errorf("agreement %s after merge", got.State)
		}
		if got := out.Meetings[slicesIndex(out.Meetings, m.ID)]; got.State != StateApproved {
			t.Errorf("minutes %s after merge", got.State)
		}
		if len(sum.Conflicts) != 2 {
			t.Fatalf("want the later draft edits kept as conflicts, got %d", len(sum.Conflicts))
		}
		for _, c := range sum.Conflicts {
			cur := Record(out.Agreements[0])
			if c.Kind == KindMeeting {
				cur = out.Meetings[slicesIndex(out.Meetings, m.ID)]
			}
			if _, err := c.Choose(cur); CodeOf(err) != CodeLockedRecord {
				t.Errorf("choosing the draft over the %s gave %v", c.Kind, err)
			}
			diff, _ := c.Differences(cur)
			fields := map[string]Difference{}
			for _, d := range diff {
				fields[d.Field] = d
			}
			if d := fields["state"]; d.SetAside != string(StateDraft) || d.Current == "" {
				t.Errorf("state difference %+v", d)
			}
			if c.Kind == KindAgreement && fields["sections.goals"].SetAside != "Färre inbrott" {
				t.Errorf("agreement differences %+v", diff)
			}
		}
	}
}

func slicesIndex[T Record](list []T, id string) int {
	for i, r := range list {
		if r.RecordMeta().ID == id {
			return i
		}
	}
	return -1
}

func TestMergeUnitesFollowUpsAndSignatures(t *testing.T) {
	_, ours, theirs := mgPair(t)
	for i, d := range []*Dataset{ours, theirs} {
		f := &FollowUp{CommitmentID: d.Commitments[0].ID, Date: "2026-02-01", Status: StatusLate, Comment: mgNames[i]}
		Touch(f, mgAt(i), "x")
		d.Add(f)
		s := &Signature{AgreementID: d.Agreements[0].ID, PartID: d.Parts[i].ID, SignerName: mgNames[i], Date: "2026-02-01", Method: SignPaper, Fingerprint: "f"}
		Touch(s, mgAt(i), "x")
		d.Add(s)
	}
	out, sum := mgMerge(t, ours, theirs, nil)
	if len(out.FollowUps) != len(ours.FollowUps)+1 || len(out.Signatures) != 2 {
		t.Errorf("%d follow-ups, %d signatures", len(out.FollowUps), len(out.Signatures))
	}
	if sum.ByKind[KindFollowUp].Added != 1 || sum.ByKind[KindSignature].Added != 1 || sum.Added != 2 {
		t.Errorf("summary %+v", sum)
	}
}

func TestMergeRefusesAnotherCouncil(t *testing.T) {
	_, ours, _ := mgPair(t)
	other := mgBase(rand.New(rand.NewPCG(3, 4)), mgSize{Parts: 2})
	_, _, err := Merge(ours, other, nil)
	var e *Error
	// Two councils of one name are told apart by their ids.
	if !errors.As(err, &e) || e.Code != CodeOtherCouncil || e.Args["Theirs"] == e.Args["Ours"] ||
		!strings.HasPrefix(e.Args["Theirs"].(string), other.Council.Name) {
		t.Fatalf("got %v", err)
	}
	if _, _, err := Merge(ours, ours, other); err == nil {
		t.Fatal("a base of another council was accepted")
	}
}

func TestMergeAgainChangesNothing(t *testing.T) {
	_, ours, theirs := mgPair(t)
	mgMustWrite(t, ours.Parts[0], 1, "anna", rename("Zoë Lindqvist AB"))
	mgMustWrite(t, theirs.Parts[0], 2, "bo", rename("Jörg Müller GmbH"))
	mgMustWrite(t, theirs.Parts[1], 3, "bo", rename("Siiri Äijälä"))
	out, _ := mgMerge(t, ours, theirs, nil)
	want := mgJSON(t, out)
	for name, d := range map[string]*Dataset{"ours": ours, "theirs": theirs, "itself": out} {
		again, sum := mgMerge(t, out, d, nil)
		if got := mgJSON(t, again); got != want || sum.Changed() || len(sum.Conflicts) != 0 {
			t.Errorf("merging with %s again changed the result (summary %+v)", name, sum)
		}
	}
}

func TestMergeTieIsDecidedTheSameEitherWay(t *testing.T) {
	_, ours, theirs := mgPair(t)
	// Same minute, same revision, same author name on two computers.
	mgMustWrite(t, ours.Parts[0], 1, "anna", rename("Björn Ärlig"))
	mgMustWrite(t, theirs.Parts[0], 1, "anna", rename("Fatima Al-Hassan"))
	ab, _ := mgMerge(t, ours, theirs, nil)
	ba, _ := mgMerge(t, theirs, ours, nil)
	if ab.Parts[0].Name != ba.Parts[0].Name || len(ab.Conflicts) != 1 || ab.Conflicts[0].ID != ba.Conflicts[0].ID {
		t.Errorf("%q vs %q", ab.Parts[0].Name, ba.Parts[0].Name)
	}
}

func TestLineageRemembersMaxPriorVersions(t *testing.T) {
	p := &Part{Name: "x", Kind: PartOther}
	var times []time.Time
	for i := range MaxPrior + 3 {
		Touch(p, mgAt(i), "anna")
		times = append(times, p.Modified)
	}
	got := p.Prior.Times()
	if len(got) != MaxPrior {
		t.Fatalf("%d versions remembered", len(got))
	}
	for i, ti := range got {
		if want := times[len(times)-2-i]; !ti.Equal(want) {
			t.Errorf("version %d: %v, want %v", i, ti, want)
		}
	}
}

// TestMergeKeepsTheFinalStateOverALaterBadWrite covers a version written
// past the lifecycle rules (by an old program or by hand): made from the
// approved minutes, but a draft again. The approval stays; the draft is
// kept as a conflict.
func TestMergeKeepsTheFinalStateOverALaterBadWrite(t *testing.T) {
	_, ours, theirs := mgPair(t)
	mgMustWrite(t, ours.Meetings[0], 1, "anna", func(r Record) { mgApprove(r.(*Meeting), mgAt(1)) })
	theirs.Meetings[0] = mgCopy(ours.Meetings[0]).(*Meeting)
	bad := theirs.Meetings[0]
	bad.State, bad.Fingerprint = StateDraft, ""
	Touch(bad, mgAt(2), "bo")

	out, sum := mgMerge(t, ours, theirs, nil)
	if out.Meetings[0].State != StateApproved || len(sum.Conflicts) != 1 {
		t.Errorf("minutes %s, %d conflicts", out.Meetings[0].State, len(sum.Conflicts))
	}
}
