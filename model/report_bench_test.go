package model_test

import (
	"runtime"
	"testing"

	"samverka/demo"
	"samverka/model"
)

// BenchmarkReportStockholm builds the follow-up report of DESIGN.md's
// Stockholm set (5,000 commitments, 50,000 follow-ups, 300 meetings) over
// the council's whole history; the budget is one second.
func BenchmarkReportStockholm(b *testing.B) {
	ds := demo.Generate(demo.Stockholm, 1)
	if len(ds.Commitments) != 5000 || len(ds.FollowUps) != 50000 {
		b.Fatalf("not the Stockholm set: %d commitments, %d follow-ups", len(ds.Commitments), len(ds.FollowUps))
	}
	runtime.GC() // the generator's garbage is not the report's
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r := model.BuildReport(ds, "", "", demo.Today)
		if r.Total.Commitments == 0 || len(r.Meetings) < 200 {
			b.Fatalf("report looks empty: %d commitments, %d meetings", r.Total.Commitments, len(r.Meetings))
		}
	}
}

// BenchmarkPlanStockholm builds the Stockholm set's åtgärdsplan.
func BenchmarkPlanStockholm(b *testing.B) {
	ds := demo.Generate(demo.Stockholm, 1)
	runtime.GC() // the generator's garbage is not the report's
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if p := model.BuildPlan(ds, demo.Today); len(p.Groups) == 0 {
			b.Fatal("empty plan")
		}
	}
}
