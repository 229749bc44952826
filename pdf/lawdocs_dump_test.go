package pdf

import (
	"os"
	"testing"

	"samverka/pdf/docx"
)

// TestDumpLawDocs writes the documents to $SAMVERKA_DUMP for a look.
func TestDumpLawDocs(t *testing.T) {
	dir := os.Getenv("SAMVERKA_DUMP")
	if dir == "" {
		t.Skip("SAMVERKA_DUMP not set")
	}
	ds := lawDataset()
	in, _ := SituationInputFrom(ds, "sit-2026")
	b, _, err := Situation(in)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(dir+"/situation.pdf", b, 0o644)
	in.Public = true
	if b, _, err = Situation(in); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(dir+"/situation-public.pdf", b, 0o644)
	in.Public = false
	pin, _ := ActionPlanInputFrom(ds, "plan-2025", "2026-01-20")
	b, _, err = ActionPlan(pin)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(dir+"/plan-adopted.pdf", b, 0o644)
	pin, _ = ActionPlanInputFrom(ds, "plan-2026", "2026-01-20")
	b, _, err = ActionPlan(pin)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(dir+"/plan-draft.pdf", b, 0o644)
}

// TestDumpLawWord writes the lägesbild as Word to $SAMVERKA_DUMP.
func TestDumpLawWord(t *testing.T) {
	dir := os.Getenv("SAMVERKA_DUMP")
	if dir == "" {
		t.Skip("SAMVERKA_DUMP not set")
	}
	for name, fd := range wordDocs(t) {
		f, _ := os.Create(dir + "/" + name + ".docx")
		if err := docx.Write(f, fd); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}
