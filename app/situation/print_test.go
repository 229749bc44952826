package situation

import (
	"archive/zip"
	"io"
	"path/filepath"
	"regexp"
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
	h := sessiontest.New(t)
	opened := h.Viewer()
	path := h.DemoFile()
	h.OpenFile(path)
	ds := h.Stored(path)

	pl := planOf(h)
	pl.Refresh()
	pl.rec.chooser.SetID(livePlan) // every lägesbild, as the screen showed before plans were records
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

// TestPrintSituation prints the example council's newest lägesbild from
// its screen: the internal PDF holds the police's internal table and its
// pages' class marking, the public one leaves the table out, and Spara som Word
// writes a Word document of the same headings beside the council's file.
func TestPrintSituation(t *testing.T) {
	h, s, path := newestSituation(t)
	opened := h.Viewer()
	e := s.editor
	const internal = "Platser med återkommande narkotikaförsäljning"
	test.Tap(e.print)
	want := filepath.Join(filepath.Dir(path), e.before.Title+".pdf")
	if len(*opened) != 1 || (*opened)[0] != want {
		t.Fatalf("viewer handed %q, want %s", *opened, want)
	}
	text := sessiontest.PDFText(t, want)
	for _, w := range []string{"INTERN", "Kartläggning", internal, e.before.Tables[0].Title} {
		if !strings.Contains(text, w) {
			t.Errorf("the internal lägesbild lacks %q", w)
		}
	}

	e.public.SetChecked(true)
	test.Tap(e.print)
	public := filepath.Join(filepath.Dir(path), e.before.Title+" – offentlig version.pdf")
	if len(*opened) != 2 || (*opened)[1] != public {
		t.Fatalf("viewer handed %q, want %s", *opened, public)
	}
	text = sessiontest.PDFText(t, public)
	if strings.Contains(text, internal) || strings.Contains(text, "INTERN") || !strings.Contains(text, e.before.Tables[0].Title) {
		t.Errorf("the public lägesbild shows an internal part or lacks an open one:\n%.1500s", text)
	}

	e.public.SetChecked(false)
	test.Tap(e.word)
	word := filepath.Join(filepath.Dir(path), e.before.Title+".docx")
	if len(*opened) != 3 || (*opened)[2] != word {
		t.Fatalf("viewer handed %q, want %s", *opened, word)
	}
	body := docxText(t, word)
	if !strings.Contains(body, internal) || !strings.Contains(body, "Kartläggning") {
		t.Errorf("the Word lägesbild lacks the internal table or the Kartläggning heading")
	}
}

// docxText returns the text of a Word document's body, its XML tags left
// out.
func docxText(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("%s is no Word document: %v", path, err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name != "word/document.xml" {
			continue
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		data, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		return regexp.MustCompile(`<[^>]*>`).ReplaceAllString(string(data), "")
	}
	t.Fatalf("%s has no word/document.xml", path)
	return ""
}
