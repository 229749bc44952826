package situation

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/model"
)

// TestLawStructureFields fills in what the law asks of a lägesbild beyond
// its figures: a problem's konsekvenser, marked Intern; an item of annan
// information marked Ej offentlig, which needs its sekretess provision;
// and the analysis. Each is in the file afterwards.
func TestLawStructureFields(t *testing.T) {
	h, s, path := newestSituation(t)
	e := s.editor
	id := e.before.ID

	pe := e.editors[0]
	pe.consequences.SetText("")
	test.Type(pe.consequences, "Boende undviker torget på kvällen.")
	pe.class.choice.SetID(string(model.ClassInternal))
	test.Tap(pe.save)
	p := h.S.Doc.View.Problems[pe.before.ID]
	if p.Consequences != "Boende undviker torget på kvällen." || p.Class != model.ClassInternal {
		t.Fatalf("problem saved as %q, class %q", p.Consequences, p.Class)
	}
	if !strings.HasSuffix(pe.itemTitle(), " · Intern") {
		t.Errorf("the problem's line %q does not say it is internal", pe.itemTitle())
	}

	items := len(e.before.Items)
	test.Tap(e.items.add)
	it := e.items.rows[len(e.items.rows)-1]
	test.Type(it.title, "Polisens bedömning av öppen narkotikahandel")
	test.Type(it.text, "Handeln har flyttat från torget till gångtunneln.")
	it.class.choice.SetID(string(model.ClassSecret))
	e.analysis.SetText("Otryggheten hänger ihop med handeln i tunneln.")
	test.Tap(e.otherSave)
	if got := it.form.General.Text; !strings.Contains(got, "Sekretessbestämmelse") {
		t.Fatalf("an Ej offentlig item without its provision: %q", got)
	}
	if n := len(h.S.Doc.View.Situations[id].Items); n != items {
		t.Fatalf("the item was saved without its provision: %d items", n)
	}
	test.Type(it.class.Provision, "OSL 18 kap. 1 §")
	test.Tap(e.otherSave)
	sit := h.S.Doc.View.Situations[id]
	if len(sit.Items) != items+1 || sit.Items[items].Class != model.ClassSecret || sit.Items[items].Provision != "OSL 18 kap. 1 §" {
		t.Fatalf("items saved as %+v", sit.Items)
	}
	if sit.Analysis != "Otryggheten hänger ihop med handeln i tunneln." {
		t.Errorf("analysis saved as %q", sit.Analysis)
	}

	h.Reopen(path)
	stored := storedSituation(t, h, path, id)
	if stored.Analysis != sit.Analysis || len(stored.Items) != items+1 {
		t.Errorf("on disk: analysis %q, %d items", stored.Analysis, len(stored.Items))
	}
}

// TestSituationEditsKeptOnClose: an analysis typed but not saved is saved
// when the council closes; an item that cannot be saved as it is is named,
// so that the chair is asked before anything is lost.
func TestSituationEditsKeptOnClose(t *testing.T) {
	h, s, _ := newestSituation(t)
	e := s.editor
	id := e.before.ID
	if failed := h.S.KeepEdits(); len(failed) != 0 {
		t.Fatalf("a lägesbild shown as it is has edits: %q", failed)
	}
	e.analysis.SetText("Skrivet men inte sparat.")
	if failed := h.S.KeepEdits(); len(failed) != 0 {
		t.Fatalf("the analysis could not be kept: %q", failed)
	}
	if got := h.S.Doc.View.Situations[id].Analysis; got != "Skrivet men inte sparat." {
		t.Fatalf("the analysis typed was not kept: %q", got)
	}
	test.Tap(e.items.add)
	it := e.items.rows[len(e.items.rows)-1]
	it.title.SetText("Polisens bedömning")
	it.class.choice.SetID(string(model.ClassSecret))
	failed := h.S.KeepEdits()
	if len(failed) != 1 || !strings.Contains(failed[0], e.before.Title) {
		t.Fatalf("an item without its provision was not named: %q", failed)
	}
}
