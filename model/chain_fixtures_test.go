package model

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// The helpers below build small councils by hand for the plan, warning and
// report tests: one call per record, ids chosen by the test.

const chainToday Date = "2026-05-01"

// chainDS returns a council with two parts (one deleted), a contact each
// and one lägesbild "s1" of 2026-02-01, and the records given.
func chainDS(recs ...Record) *Dataset {
	ds := NewDataset(&Council{Meta: Meta{ID: "council"}, Name: "Rådet"})
	ds.Add(&Part{Meta: Meta{ID: "p1"}, Name: "Lokalpolisområde Skärholmen", Kind: PartPolice})
	ds.Add(&Part{Meta: Meta{ID: "p2", Deleted: true}, Name: "Borta AB", Kind: PartBusiness})
	ds.Add(&Representative{Meta: Meta{ID: "r1"}, PartID: "p1", Name: "Anna Andersson"})
	ds.Add(&Representative{Meta: Meta{ID: "r2", Deleted: true}, PartID: "p1", Name: "Bo Berg"})
	ds.Add(&Situation{Meta: Meta{ID: "s1"}, Title: "Lägesbild 2026", Date: "2026-02-01"})
	for _, r := range recs {
		ds.Add(r)
	}
	return ds
}

func aProblem(id, title string, rank int) *Problem {
	return &Problem{Meta: Meta{ID: id}, SituationID: "s1", Title: title, Rank: rank}
}

func aCause(id, problem, parent string, number int) *Cause {
	return &Cause{Meta: Meta{ID: id}, ProblemID: problem, ParentID: parent, Number: number, Description: "Orsak " + id}
}

// aCommitment returns an open commitment of part p1 with a full goal, started
// at New Year and due at the end of the year, linked to cause and problem.
func aCommitment(id, cause, problem string) *Commitment {
	return &Commitment{
		Meta: Meta{ID: id}, Title: "Åtagande " + id, PartID: "p1", ContactID: "r1",
		CauseID: cause, ProblemID: problem, Area: AreaSchool,
		Goal:  Goal{Indicator: "Antal kvällar", Baseline: "0", Target: "40", Date: "2026-12-31"},
		Start: "2026-01-01", Due: "2026-12-31", Status: StatusPlanned,
	}
}

func aFollowUp(id, commitment string, date Date, s Status, l Light) *FollowUp {
	return &FollowUp{Meta: Meta{ID: id, Created: date.Time().Add(19 * time.Hour)}, CommitmentID: commitment, Date: date, Status: s, Light: l}
}

func aMeeting(id string, date Date, kind MeetingKind) *Meeting {
	return &Meeting{Meta: Meta{ID: id}, Date: date, Kind: kind, State: StateDraft}
}

func tombstone[T Record](r T) T {
	r.RecordMeta().Deleted = true
	return r
}

// tweaked returns r after fn changed it.
func tweaked[T Record](r T, fn func(T)) T {
	fn(r)
	return r
}

// shuffledDataset returns a copy of ds with every list in a random order, for
// checking that results never depend on the order of the records.
func shuffledDataset(ds *Dataset, seed uint64) *Dataset {
	rng := rand.New(rand.NewPCG(seed, 1))
	out := *ds
	shuffle := func(n int, swap func(i, j int)) { rng.Shuffle(n, swap) }
	out.Problems = append([]*Problem(nil), ds.Problems...)
	out.Causes = append([]*Cause(nil), ds.Causes...)
	out.Commitments = append([]*Commitment(nil), ds.Commitments...)
	out.FollowUps = append([]*FollowUp(nil), ds.FollowUps...)
	out.Meetings = append([]*Meeting(nil), ds.Meetings...)
	out.Parts = append([]*Part(nil), ds.Parts...)
	shuffle(len(out.Problems), func(i, j int) { out.Problems[i], out.Problems[j] = out.Problems[j], out.Problems[i] })
	shuffle(len(out.Causes), func(i, j int) { out.Causes[i], out.Causes[j] = out.Causes[j], out.Causes[i] })
	shuffle(len(out.Commitments), func(i, j int) { out.Commitments[i], out.Commitments[j] = out.Commitments[j], out.Commitments[i] })
	shuffle(len(out.FollowUps), func(i, j int) { out.FollowUps[i], out.FollowUps[j] = out.FollowUps[j], out.FollowUps[i] })
	shuffle(len(out.Meetings), func(i, j int) { out.Meetings[i], out.Meetings[j] = out.Meetings[j], out.Meetings[i] })
	shuffle(len(out.Parts), func(i, j int) { out.Parts[i], out.Parts[j] = out.Parts[j], out.Parts[i] })
	return &out
}

// planLayout writes a plan as one line per group: the problem's id (or "-"),
// then each row as label:commitment, "_" for an empty cell.
func planLayout(p Plan) []string {
	var out []string
	for _, g := range p.Groups {
		var b strings.Builder
		if g.Problem == nil {
			b.WriteString("-")
		} else {
			b.WriteString(g.Problem.ID)
		}
		for _, r := range g.Rows {
			label, id := r.CauseLabel, "_"
			if label == "" {
				label = "_"
			}
			if r.Commitment != nil {
				id = r.Commitment.ID
			}
			fmt.Fprintf(&b, " %s:%s", label, id)
		}
		out = append(out, b.String())
	}
	return out
}

// warningCodes writes warnings as code@id, in order.
func warningCodes(ws []Warning) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		out = append(out, w.Code+"@"+w.ID)
	}
	return out
}
