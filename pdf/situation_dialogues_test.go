package pdf_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"samverka/demo"
	"samverka/model"
	"samverka/pdf"
)

// TestSituationShowsDialogueFindings prints the demo council's newest
// lägesbild and finds its dialogues' findings under annan information and
// the dialogues among its sources, in the internal and the public version.
func TestSituationShowsDialogueFindings(t *testing.T) {
	ds := demo.Generate(demo.Small, 1)
	var latest *model.Situation
	for _, s := range model.Live(ds.Situations) {
		if latest == nil || s.Date > latest.Date {
			latest = s
		}
	}
	in, ok := pdf.SituationInputFrom(ds, latest.ID)
	if !ok || len(in.Findings) < 3 {
		t.Fatalf("the lägesbild gets %d findings", len(in.Findings))
	}
	f := in.Findings[0]
	for _, public := range []bool{false, true} {
		in.Public = public
		data, _, err := pdf.Situation(in)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "lagesbild.pdf")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(strings.Join(pageTexts(t, path), " ")), " ")
		other, analysis := strings.Index(text, "Annan information"), strings.Index(text, "Analys")
		heading := strings.Index(text, "Vad dialogerna och trygghetsvandringarna visade")
		finding := strings.Index(text, f.Finding.Place+": "+f.Finding.Text)
		if other < 0 || heading < other || finding < heading || (analysis > 0 && finding > analysis && analysis > other) {
			t.Fatalf("public %v: the finding is not under annan information (%d, %d, %d, %d):\n%s", public, other, heading, finding, analysis, text)
		}
		source := f.Dialogue.Title + ", " + f.Dialogue.Place + " " + string(f.Dialogue.Date)
		if strings.LastIndex(text, source) <= finding {
			t.Errorf("public %v: the dialogue %q is not among the sources", public, source)
		}
	}
}
