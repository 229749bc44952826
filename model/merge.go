package model

import (
	"cmp"
	"errors"
	"slices"
)

// Merge combines two copies of one council's data file, ours and theirs,
// into a new dataset, and says what it took from theirs. base is the
// common ancestor when it is known (the document as it was opened, when
// someone else saved it meanwhile); nil otherwise.
//
// Records are matched by id, kind by kind. For a record both copies hold:
//
//  1. The same version (id, revision, time, author, deletion) is kept.
//  2. A more final lifecycle state always wins (see finality): a signed
//     agreement or approved minutes are never replaced by an earlier state.
//  3. A version made from the other by edits on one side wins. "Made from"
//     is known from Meta.Prior (the versions a record replaced), or from
//     base: the version equal to base's is the one that did not change.
//  4. Otherwise both sides changed it: the newer wins (see newer), and the
//     other version is kept as a Conflict for review, unless both say the
//     same. A deletion is a version like any other: it wins over an older
//     edit, and an edit newer than it revives the record.
//
// A record only one copy holds is taken as it is, tombstones included, so
// follow-ups and signatures, which are never changed, merge by union.
// Conflicts merge by union too; a resolved one outranks an open one.
//
// The result holds no record twice, lists every kind in id order, and
// shares its records with ours and theirs: change none of them. It does
// not depend on map order; Merge(a, b) and Merge(b, a) hold the same
// records (conflicts differ only in Side); merging the result with either
// copy again changes nothing. Two different councils are refused with
// CodeOtherCouncil.
//
// Limits: without base, a record changed more than MaxPrior times on one
// side since the copies parted looks changed on both, so the other side's
// version becomes a needless conflict (nothing is lost). "Newer" trusts
// the clocks of the computers that wrote the versions. Merge does not
// seal an agreement whose signatures only now are all present, nor
// re-derive a commitment's status from merged follow-ups.
func Merge(ours, theirs, base *Dataset) (*Dataset, MergeSummary, error) {
	sum := MergeSummary{ByKind: map[Kind]*MergeCount{}}
	if ours == nil || theirs == nil || ours.Council == nil || theirs.Council == nil {
		return nil, sum, errors.New("model: merge needs two datasets with a council")
	}
	if ours.Council.ID != theirs.Council.ID {
		o, t := ours.Council.Name, theirs.Council.Name
		if o == t {
			// Two councils of one name: tell them apart by their ids.
			o, t = o+" ("+shortID(ours.Council.ID)+")", t+" ("+shortID(theirs.Council.ID)+")"
		}
		return nil, sum, Errorf(CodeOtherCouncil, "Ours", o, "Theirs", t)
	}
	var b Dataset
	if base != nil {
		if base.Council == nil || base.Council.ID != ours.Council.ID {
			return nil, sum, errors.New("model: merge base belongs to another council")
		}
		b = *base
	}
	m := &merger{sum: &sum}
	out := NewDataset(nil)
	out.Council = mergeList(m, KindCouncil, []*Council{ours.Council}, []*Council{theirs.Council}, councils(b.Council))[0]
	out.Parts = mergeList(m, KindPart, ours.Parts, theirs.Parts, b.Parts)
	out.Representatives = mergeList(m, KindRepresentative, ours.Representatives, theirs.Representatives, b.Representatives)
	out.Methods = mergeList(m, KindMethod, ours.Methods, theirs.Methods, b.Methods)
	out.Situations = mergeList(m, KindSituation, ours.Situations, theirs.Situations, b.Situations)
	out.Problems = mergeList(m, KindProblem, ours.Problems, theirs.Problems, b.Problems)
	out.Causes = mergeList(m, KindCause, ours.Causes, theirs.Causes, b.Causes)
	out.Commitments = mergeList(m, KindCommitment, ours.Commitments, theirs.Commitments, b.Commitments)
	out.Meetings = mergeList(m, KindMeeting, ours.Meetings, theirs.Meetings, b.Meetings)
	out.FollowUps = mergeList(m, KindFollowUp, ours.FollowUps, theirs.FollowUps, b.FollowUps)
	out.Agreements = mergeList(m, KindAgreement, ours.Agreements, theirs.Agreements, b.Agreements)
	out.Signatures = mergeList(m, KindSignature, ours.Signatures, theirs.Signatures, b.Signatures)
	out.Plans = mergeList(m, KindPlan, ours.Plans, theirs.Plans, b.Plans)
	out.Dialogues = mergeList(m, KindDialogue, ours.Dialogues, theirs.Dialogues, b.Dialogues)
	out.Deadlines = mergeList(m, KindDeadline, ours.Deadlines, theirs.Deadlines, b.Deadlines)
	out.ReportTexts = mergeList(m, KindReportText, ours.ReportTexts, theirs.ReportTexts, b.ReportTexts)
	out.Printouts = mergeList(m, KindPrintout, ours.Printouts, theirs.Printouts, b.Printouts)
	out.Conflicts = mergeList(m, KindConflict, ours.Conflicts, theirs.Conflicts, nil)
	out.Conflicts = m.addFound(out.Conflicts)
	return out, sum, nil
}

// MergeSummary says what a merge took from theirs into ours. Conflicts
// lists the conflicts this merge found, oldest first; conflicts that
// either copy already held are not among them.
type MergeSummary struct {
	Added     int // records only theirs held
	Updated   int // records whose version from theirs replaced ours
	Deleted   int // records theirs had deleted
	Conflicts []*Conflict
	ByKind    map[Kind]*MergeCount // the same, kind by kind
}

// MergeCount is a merge's summary for one kind of record.
type MergeCount struct {
	Added, Updated, Deleted, Conflicts int
}

// Changed reports whether the merge changed ours at all.
func (s *MergeSummary) Changed() bool {
	for _, c := range s.ByKind {
		if *c != (MergeCount{}) {
			return true
		}
	}
	return false
}

func (s *MergeSummary) count(k Kind) *MergeCount {
	c := s.ByKind[k]
	if c == nil {
		c = &MergeCount{}
		s.ByKind[k] = c
	}
	return c
}

// merger holds one merge's running summary and the conflicts it found.
type merger struct {
	sum   *MergeSummary
	found []*Conflict
}

func councils(c *Council) []*Council {
	if c == nil {
		return nil
	}
	return []*Council{c}
}

// mergeList merges one kind's lists as Merge describes.
func mergeList[T Record](m *merger, kind Kind, ours, theirs, base []T) []T {
	oi, ti := collapse(ours), collapse(theirs)
	var bi map[string]T
	if len(base) > 0 {
		bi = Index(base)
	}
	out := make([]T, 0, max(len(oi), len(ti)))
	for id, o := range oi {
		t, ok := ti[id]
		if !ok {
			out = append(out, o)
			continue
		}
		var b Record
		if v, ok := bi[id]; ok {
			b = v
		}
		if m.pick(kind, o, t, b) == Record(t) {
			out = append(out, t)
		} else {
			out = append(out, o)
		}
	}
	for id, t := range ti {
		if _, ok := oi[id]; !ok {
			out = append(out, t)
			if !t.RecordMeta().Deleted {
				m.took(kind, func(c *MergeCount) { c.Added++ }, func(s *MergeSummary) { s.Added++ })
			}
		}
	}
	slices.SortFunc(out, func(a, b T) int { return cmp.Compare(a.RecordMeta().ID, b.RecordMeta().ID) })
	return out
}

// collapse indexes list by id; should one list hold an id twice, the
// newer version stands for it.
func collapse[T Record](list []T) map[string]T {
	idx := make(map[string]T, len(list))
	for _, r := range list {
		id := r.RecordMeta().ID
		if old, ok := idx[id]; !ok || newer(r, old) > 0 {
			idx[id] = r
		}
	}
	return idx
}

// pick returns the version of one record that the merge keeps, o (ours)
// or t (theirs), given base's version b or nil, and notes a conflict when
// it sets aside a version that may hold an edit the kept one lacks.
func (m *merger) pick(kind Kind, o, t, b Record) Record {
	mo, mt := o.RecordMeta(), t.RecordMeta()
	if sameVersion(mo, mt) && identical(o, t) {
		return o
	}
	theirsOnly := descends(mt, mo) || b != nil && sameVersion(b.RecordMeta(), mo)
	oursOnly := descends(mo, mt) || b != nil && sameVersion(b.RecordMeta(), mt)
	fo, ft := finality(o), finality(t)
	var winner Record
	switch {
	case fo != ft:
		winner = o
		if ft > fo {
			winner = t
		}
	case theirsOnly && !oursOnly:
		winner = t
	case oursOnly && !theirsOnly:
		winner = o
	case newer(t, o) > 0:
		winner = t
	default:
		winner = o
	}
	loser, loserSide := t, SideTheirs
	if winner == t {
		loser, loserSide = o, SideOurs
		m.tookTheirs(kind, mo, mt)
	}
	ancestor := winner == t && theirsOnly || winner == o && oursOnly
	if !ancestor && kind != KindConflict && !sameContent(o, t) {
		m.found = append(m.found, newConflict(kind, winner, loser, loserSide))
	}
	return winner
}

// tookTheirs counts a record whose version from theirs replaced ours.
func (m *merger) tookTheirs(kind Kind, ours, theirs *Meta) {
	switch {
	case theirs.Deleted && !ours.Deleted:
		m.took(kind, func(c *MergeCount) { c.Deleted++ }, func(s *MergeSummary) { s.Deleted++ })
	default:
		m.took(kind, func(c *MergeCount) { c.Updated++ }, func(s *MergeSummary) { s.Updated++ })
	}
}

// took counts a change in the kind's count and, for the council's own
// records (not conflicts), in the totals.
func (m *merger) took(kind Kind, byKind func(*MergeCount), total func(*MergeSummary)) {
	byKind(m.sum.count(kind))
	if kind != KindConflict {
		total(m.sum)
	}
}

// addFound adds the conflicts this merge found to list, unless list holds
// them already (found by an earlier merge of the same versions).
func (m *merger) addFound(list []*Conflict) []*Conflict {
	if len(m.found) == 0 {
		return list
	}
	have := Index(list)
	slices.SortFunc(m.found, func(a, b *Conflict) int {
		return cmp.Or(a.Created.Compare(b.Created), cmp.Compare(a.ID, b.ID))
	})
	for _, c := range m.found {
		if _, ok := have[c.ID]; ok {
			continue
		}
		have[c.ID] = c
		list = append(list, c)
		m.sum.Conflicts = append(m.sum.Conflicts, c)
		m.sum.count(c.Kind).Conflicts++
	}
	slices.SortFunc(list, func(a, b *Conflict) int { return cmp.Compare(a.ID, b.ID) })
	return list
}
