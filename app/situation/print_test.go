package situation

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/app/internal/sessiontest"
	"samverka/demo"
	"samverka/model"
)

// TestPrintPlan prints the åtgärdsplan of the example council: the PDF
// goes beside the council's file, is handed to the viewer and reads back
// with the screen's content.
func TestPrintPlan(t *testing.T) {
	opened := sessiontest.Viewer(t)
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	ds := h.Stored(path)

	pl := planOf(h)
	pl.Refresh()
	test.Tap(pl.print)
	want := filepath.Join(filepath.Dir(path), "Åtgärdsplan "+string(sessiontest.TestToday)+".pdf")
	if len(*opened) != 1 || (*opened)[0] != want {
		t.Fatalf("viewer handed %q, want %s", *opened, want)
	}
	plan := model.BuildPlan(ds, sessiontest.TestToday)
	text := sessiontest.PDFText(t, want)
	if !strings.Contains(text, "Åtgärdsplan") || !strings.Contains(text, plan.Groups[0].Problem.Title) {
		t.Fatalf("the plan's PDF lacks its title or first problem:\n%.2000s", text)
	}
}

// BenchmarkPlanScreenStockholm is the time from the plan of the Stockholm
// set (5,000 commitments) being built to the grid showing it: laying the
// plan out as lines, with their heights, and the warnings.
func BenchmarkPlanScreenStockholm(b *testing.B) {
	h := sessiontest.New(b)
	h.OpenFile(h.DemoFile())
	ds := demo.Generate(demo.Stockholm, 1)
	p := planOf(h) // on screen, so that the grid draws
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
