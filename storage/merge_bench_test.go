package storage_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"samverka/demo"
	"samverka/model"
	"samverka/storage"
)

// BenchmarkMergeStockholm merges two copies of the Stockholm demo council
// that drifted apart (DESIGN.md: ≤ 2 s): each side edited 300 commitments,
// 100 of them the same ones (conflicts), and recorded 1,000 follow-ups;
// one side also deleted 20 commitments and added parts. It times
// MergeFrom end to end: reading the other file through its private copy,
// loading both, merging and writing the result.
func BenchmarkMergeStockholm(b *testing.B) {
	dir := b.TempDir()
	opt := storage.Options{User: "anna", Host: "bench", CacheDir: filepath.Join(dir, "cache"), DataDir: filepath.Join(dir, "data")}
	ds := demo.Generate(demo.Stockholm, 1)
	base := filepath.Join(dir, "Stockholm.samverka")
	council := *ds.Council
	d, err := storage.Create(base, &council, opt)
	if err != nil {
		b.Fatal(err)
	}
	if err := d.Import(ds); err != nil {
		b.Fatal(err)
	}
	if err := d.Close(); err != nil {
		b.Fatal(err)
	}
	ours := copyFile(b, base, filepath.Join(dir, "ours", "Stockholm.samverka"))
	theirs := copyFile(b, base, filepath.Join(dir, "theirs", "Stockholm.samverka"))
	live := model.Live(ds.Commitments)
	diverge(b, ours, opt, live, 0, 1)
	bo := opt
	bo.User = "bo"
	diverge(b, theirs, bo, live, 200, 2)

	work := filepath.Join(dir, "work", "Stockholm.samverka")
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		copyFile(b, ours, work)
		d, err := storage.Open(work, opt)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := d.MergeFrom(theirs)
		b.StopTimer()
		if err != nil || sum.Updated < 200 || len(sum.Conflicts) < 100 {
			b.Fatalf("%+v %v", sum, err)
		}
		d.Close()
		b.StartTimer()
	}
}

// diverge edits 300 live commitments from the from-th on, records 1,000
// follow-ups, and on the second side deletes 20 commitments and adds 10
// parts.
func diverge(b *testing.B, path string, opt storage.Options, live []*model.Commitment, from int, seed uint64) {
	b.Helper()
	d, err := storage.Open(path, opt)
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(seed, seed))
	var recs []model.Record
	for _, c := range live[from : from+300] {
		cc := *c
		cc.Description = fmt.Sprintf("Ändrat av %s: %s", opt.User, c.Description)
		recs = append(recs, &cc)
	}
	for i := range 1000 {
		c := live[rng.IntN(len(live))]
		recs = append(recs, &model.FollowUp{CommitmentID: c.ID, Date: model.Date("2026-03-01").AddDays(i % 60),
			Status: model.StatusOngoing, Light: model.LightYellow, Comment: "Uppföljt vid rådets möte, arbetet fortsätter."})
	}
	if seed == 2 {
		for i := range 10 {
			recs = append(recs, &model.Part{Name: fmt.Sprintf("Ny förening %d", i), Kind: model.PartAssociation})
		}
	}
	if err := d.Put(recs...); err != nil {
		b.Fatal(err)
	}
	if seed == 2 {
		for _, c := range live[len(live)-20:] {
			if err := d.Delete(model.KindCommitment, c.ID); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := d.Close(); err != nil {
		b.Fatal(err)
	}
}

func copyFile(b *testing.B, src, dst string) string {
	b.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		b.Fatal(err)
	}
	return dst
}
