package agreements

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
	"samverka/model"
)

// createDraft makes a new agreement through the dialog and returns its
// editor with the parties and clauses it proposes.
func createDraft(h *sessiontest.Harness, title string) *agreementEditor {
	h.T.Helper()
	a := agreementsOf(h)
	test.Tap(a.add)
	d := h.Dialog()
	if d == nil {
		h.T.Fatal("no dialog for a new agreement")
	}
	entry := d.FieldEntry(h.T, "title")
	entry.SetText("")
	test.Type(entry, title)
	test.Tap(d.Button("button.create"))
	if a.editor == nil || a.editor.before.Title != title {
		h.T.Fatal("the new agreement is not open in the editor")
	}
	return a.editor
}

// TestPartyEditor checks the parties of a new agreement: Brå's two signers
// named as legal persons "genom" their units with organisationsnummer, a
// diarienummer per party, and a party turned into a medverkande aktör,
// which keeps no signer; all of it stored.
func TestPartyEditor(t *testing.T) {
	h := sessiontest.New(t)
	h.OpenFile(h.DemoFile())
	e := createDraft(h, "Lokal överenskommelse")
	rows := e.parties.rows
	if len(rows) != 2 || !rows[0].signs.Checked || !rows[1].signs.Checked {
		t.Fatalf("%d parties proposed, want Brå's two signers", len(rows))
	}
	if got := rows[0].legal.Text; got != "Stockholms stad · org.nr 212000-0142" || rows[0].through.Text != "Skärholmens stadsdelsnämnd" {
		t.Fatalf("the district party: %q genom %q", got, rows[0].through.Text)
	}
	if got := rows[1].legal.Text; got != "Polismyndigheten · org.nr 202100-0076" || rows[1].through.Text != "lokalpolisområde Skärholmen" {
		t.Fatalf("the police party: %q genom %q", got, rows[1].through.Text)
	}
	if rows[0].name.Text == "" {
		t.Fatal("no signer proposed for the district")
	}
	test.Type(rows[0].caseNumber, "SKÄ 2026/114")
	test.Type(rows[1].caseNumber, "A123.456/2026")

	// A third aktör taking part without signing.
	test.Tap(e.parties.add)
	third := e.parties.rows[2]
	third.part.Sel.SetSelected("Familjebostäder")
	third.signs.SetChecked(false)
	if third.signer.Visible() {
		t.Fatal("a medverkande aktör is asked who signs")
	}
	if third.legal.Text != "AB Familjebostäder · org.nr 556035-9555" {
		t.Fatalf("the housing company: %q", third.legal.Text)
	}
	test.Tap(e.save)
	stored, err := agreementsOf(h).full(e.before.ID)
	if err != nil {
		t.Fatal(err)
	}
	ps := stored.Parties
	if len(ps) != 3 || ps[0].CaseNumber != "SKÄ 2026/114" || ps[0].Through != "Skärholmens stadsdelsnämnd" ||
		ps[0].Organisation != "Stockholms stad" || ps[0].OrgNumber != "212000-0142" || ps[1].CaseNumber != "A123.456/2026" {
		t.Fatalf("stored parties %+v", ps)
	}
	if ps[2].Signs() || ps[2].SignerName != "" || ps[2].Organisation != "AB Familjebostäder" {
		t.Fatalf("the medverkande aktör stored as %+v", ps[2])
	}
	// Reopened, the editor shows the same.
	agreementsOf(h).show(stored.ID)
	e = agreementsOf(h).editor
	if e.parties.rows[2].signs.Checked || e.parties.rows[0].caseNumber.Text != "SKÄ 2026/114" {
		t.Fatal("the parties do not load as stored")
	}
}

// TestClauseEditor checks the standard clauses: a new agreement has all
// of them with their default texts; an edited heading and text are stored;
// the standard text comes back on request; a clause of one's own is added.
func TestClauseEditor(t *testing.T) {
	h := sessiontest.New(t)
	h.OpenFile(h.DemoFile())
	e := createDraft(h, "Överenskommelse med avsnitt")
	c := e.clauses
	if len(c.rows) != len(model.ClauseKinds) || c.defaults.Visible() {
		t.Fatalf("%d clauses, want the %d standard ones", len(c.rows), len(model.ClauseKinds))
	}
	costs := c.rows[5]
	if costs.kind != model.ClauseCosts || !strings.HasPrefix(costs.text.Text, "Varje part bär sina egna kostnader") ||
		costs.heading.PlaceHolder != "Ekonomi" {
		t.Fatalf("the costs clause: %q %q", costs.heading.PlaceHolder, costs.text.Text)
	}
	costs.text.SetText("")
	test.Type(costs.text, "Stadsdelsnämnden står för lokalerna; i övrigt bär varje part sina egna kostnader.")
	test.Type(costs.heading, "Kostnader")
	test.Tap(c.add)
	own := c.rows[len(c.rows)-1]
	test.Type(own.heading, "Kommunikation")
	test.Type(own.text, "Parterna informerar gemensamt om arbetet.")
	test.Tap(c.rows[0].remove) // syfte
	if !c.defaults.Visible() {
		t.Fatal("a standard clause is missing but not offered back")
	}
	test.Tap(e.save)
	stored, _ := agreementsOf(h).full(e.before.ID)
	var got []string
	for _, x := range stored.Clauses {
		got = append(got, string(x.Kind)+"|"+x.Title)
	}
	if len(stored.Clauses) != len(model.ClauseKinds) || stored.Clauses[4].Title != "Kostnader" ||
		!strings.HasPrefix(stored.Clauses[4].Text, "Stadsdelsnämnden står för lokalerna") || stored.Clauses[8].Kind != model.ClauseOther {
		t.Fatalf("stored clauses %v", got)
	}
	test.Tap(c.defaults)
	if len(c.rows) != len(model.ClauseKinds)+1 || c.defaults.Visible() {
		t.Fatal("the standard clauses were not added back")
	}
	test.Tap(c.rows[4].reset)
	if c.rows[4].heading.Text != "" || !strings.HasPrefix(c.rows[4].text.Text, "Varje part bär sina egna kostnader") {
		t.Fatal("the standard text did not come back")
	}
}

// TestConsistencyList checks the list of what does not hang together:
// absent for a consistent draft, present with what is missing for the
// same goal twice and for a new version overlapping the one it replaces
// without "ersätter från".
func TestConsistencyList(t *testing.T) {
	h := sessiontest.New(t)
	h.OpenFile(h.DemoFile())
	e := createDraft(h, "Utan motsägelser")
	if e.checks.Visible() {
		t.Fatalf("a new draft lists %q", e.checks.Text)
	}
	goals := e.sections[2]
	test.Type(goals.entry, "Ökad trygghet i centrum\nÖkad trygghet i centrum")
	if !e.checks.Visible() || !strings.Contains(e.checks.Text, session.Tr("agreement.checks.heading")) ||
		!strings.Contains(e.checks.Text, "Målet ”Ökad trygghet i centrum” står två gånger") {
		t.Fatalf("the same goal twice: %q", e.checks.Text)
	}
	goals.entry.SetText("Ökad trygghet i centrum")
	if e.checks.Visible() {
		t.Fatalf("still listed: %q", e.checks.Text)
	}

	// A new version of a signed agreement starting before the old one ends.
	e = openAgreementIn(h, model.StateSigned)
	old := e.before
	test.Tap(e.newVersion)
	e = agreementsOf(h).editor
	if e.before.Replaces.Title != old.Title || e.before.Replaces.To != old.To {
		t.Fatalf("the new version names what it replaces as %+v", e.before.Replaces)
	}
	e.from.SetText(string(old.To.AddDays(-30)))
	if !strings.Contains(e.checks.Text, "Ange från vilken dag den här versionen ersätter den") {
		t.Fatalf("an overlap without ersätter från: %q", e.checks.Text)
	}
	e.from.SetText(string(old.To.AddDays(1)))
	e.to.SetText(string(old.To.AddDays(400)))
	if strings.Contains(e.checks.Text, "ersätter den") {
		t.Fatalf("listed after the overlap is gone: %q", e.checks.Text)
	}
}
