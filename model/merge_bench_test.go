package model

import (
	"math/rand/v2"
	"testing"
)

// mgStockholm is the size of DESIGN.md's benchmark data set.
var mgStockholm = mgSize{Parts: 100, Reps: 600, Commitments: 5000, FollowUps: 50000, Meetings: 300, Agreements: 100}

// BenchmarkMergeDatasets merges two Stockholm-sized copies that drifted
// apart by a thousand changes each: edits, deletions, new follow-ups,
// signatures and seals.
func BenchmarkMergeDatasets(b *testing.B) {
	rng := rand.New(rand.NewPCG(7, 7))
	base := mgBase(rng, mgStockholm)
	ours, theirs := mgClone(b, base), mgClone(b, base)
	newMgEditor(rng, ours, "anna").Edit(1000)
	newMgEditor(rng, theirs, "bo").Edit(1000)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Merge(ours, theirs, nil); err != nil {
			b.Fatal(err)
		}
	}
}
