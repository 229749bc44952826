package model

import (
	"strings"
	"testing"
)

// TestCheckDatasetListsEveryProblem builds a dataset with one of each
// problem an import must refuse and expects every one listed.
func TestCheckDatasetListsEveryProblem(t *testing.T) {
	ds := NewDataset(&Council{Meta: Meta{ID: "council"}, Name: "Rådet"})
	part := &Part{Meta: Meta{ID: "p1"}, Name: "Polisen", Kind: PartPolice}
	ds.Parts = append(ds.Parts, part, nil)
	ds.Commitments = append(ds.Commitments,
		&Commitment{Meta: Meta{ID: "c1"}, Title: "Nattvandring", PartID: "p1"},
		&Commitment{Meta: Meta{ID: "c2"}, Title: "Läxhjälp", PartID: "saknas"})
	ds.FollowUps = append(ds.FollowUps,
		&FollowUp{Meta: Meta{ID: "f1"}, CommitmentID: "c1"},
		&FollowUp{Meta: Meta{ID: "f1"}, CommitmentID: "c1"},
		&FollowUp{Meta: Meta{ID: "f\x00"}, CommitmentID: "c1"},
		&FollowUp{Meta: Meta{ID: strings.Repeat("x", 2<<20)}, CommitmentID: "c1"},
		&FollowUp{Meta: Meta{ID: "f3", Rev: -1}, CommitmentID: "c1"},
		&FollowUp{Meta: Meta{ID: "f4", ModifiedBy: strings.Repeat("m", 1<<20)}, CommitmentID: "c1"})
	ds.Problems = append(ds.Problems, &Problem{Meta: Meta{ID: "pr"}, Title: "Otrygghet"})
	ds.Causes = append(ds.Causes,
		&Cause{Meta: Meta{ID: "a"}, ProblemID: "pr", ParentID: "b", Description: "A"},
		&Cause{Meta: Meta{ID: "b"}, ProblemID: "pr", ParentID: "a", Description: "B"})
	want := map[string]int{CodeNullRecord: 1, CodeDuplicateID: 1, CodeBadID: 2, CodeBadMeta: 2, CodeUnknownRef: 1, CodeCauseCycle: 2}
	got := map[string]int{}
	for _, e := range CheckDataset(ds) {
		got[e.Code]++
	}
	for code, n := range want {
		if got[code] != n {
			t.Errorf("%s: %d problems, want %d (all: %v)", code, got[code], n, got)
		}
	}
}
