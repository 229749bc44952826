package app

import (
	"testing"

	"samverka/demo"
	"samverka/model"

	"samverka/app/internal/sessiontest"
)

// BenchmarkPlanScreenStockholm is the time from the plan of the Stockholm
// set (5,000 commitments) being built to the grid showing it: laying the
// plan out as lines, with their heights, and the warnings.
func BenchmarkPlanScreenStockholm(b *testing.B) {
	h := newHarness(b)
	h.openFile(h.DemoFile())
	ds := demo.Generate(demo.Stockholm, 1)
	h.ui.showScreen(screenPlan) // on screen, so that the grid draws
	p := h.ui.screenNamed(screenPlan).(*planScreen)
	plan := model.BuildPlan(ds, sessiontest.TestToday)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.plan = plan
		p.finished.SetIDQuietly([]string{"0", "1"}[i%2]) // another set of lines each time
		p.show()
	}
	if len(p.lines) < 1000 {
		b.Fatalf("%d lines", len(p.lines))
	}
}
