package situation

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
	"samverka/model"
)

// situationsOf returns the Lägesbild screen, shown in the harness's window.
func situationsOf(h *sessiontest.Harness) *Situations {
	return h.Screen("situations", func() session.Screen { return NewSituations(h.S) }).(*Situations)
}

// planOf returns the Åtgärdsplan screen, shown in the harness's window.
func planOf(h *sessiontest.Harness) *Plan {
	return h.Screen("plan", func() session.Screen { return NewPlan(h.S) }).(*Plan)
}

// TestSituationToPlan acts as a council chair: write a lägesbild with two
// problems and numbered causes (one a sub-cause), link a commitment to a
// cause, find it in the åtgärdsplan with its number and part, and watch
// the broken-chain warnings come and go.
func TestSituationToPlan(t *testing.T) {
	h := sessiontest.New(t)
	path := sessiontest.ChainFile(h)
	h.OpenFile(path)

	// A new lägesbild, with a source used and one left out.
	s := situationsOf(h)
	test.Tap(s.add)
	e := s.editor
	if !e.addProblem.Disabled() {
		t.Error("problems can be added to a situation that is not saved")
	}
	test.Type(e.title, "Lägesbild Testby 2026")
	if e.date.Text != string(sessiontest.TestToday) {
		t.Errorf("a new situation is dated %q", e.date.Text)
	}
	test.Type(e.area, "Testby centrum")
	test.Tap(e.used.add)
	test.Type(e.used.rows[0], "Polisens anmälningsstatistik 2025")
	test.Tap(e.leftOut.add)
	test.Type(e.leftOut.rows[0], "Skolans trygghetsenkät")
	test.Type(e.limitations, "Vi vet lite om hur unga upplever centrum.")
	e.from.SetText("2026-02-30")
	test.Tap(e.save)
	if got := e.form.Problem("from"); got != session.Tr("error.date.invalid") {
		t.Fatalf("problem beside the period's start: %q", got)
	}
	e.from.SetText("2025-01-01")
	e.to.SetText("2025-12-31")
	test.Tap(e.save)
	if e.before == nil || e.form.General.Visible() {
		t.Fatalf("the situation was not saved: %q", e.form.General.Text)
	}
	if rows := sessiontest.ListTexts(s.list); len(rows) != 1 || !strings.HasPrefix(rows[0], "Lägesbild Testby 2026 | "+string(sessiontest.TestToday)) {
		t.Fatalf("situations listed %q", rows)
	}

	// Two problems, the first with two priority areas.
	test.Tap(e.addProblem)
	p1 := e.editors[0]
	test.Type(p1.title, "Otrygghet vid torget")
	test.Type(p1.where, "Testby torg")
	test.Type(p1.affected, "Boende och handlare")
	test.Tap(p1.areas[0])
	test.Tap(p1.areas[2])
	if !p1.addCause.Disabled() {
		t.Error("causes can be added to a problem that is not saved")
	}
	test.Tap(p1.save)
	if p1.before == nil {
		t.Fatalf("the first problem was not saved: %q", p1.form.General.Text)
	}
	test.Tap(e.addProblem)
	p2 := e.editors[len(e.editors)-1]
	test.Type(p2.title, "Klotter på skolan")
	test.Tap(p2.save)
	if p2.before == nil || p2.before.Rank != 2 {
		t.Fatalf("the second problem: %+v", p2.before)
	}
	if got := []string{e.problems.Items[0].Title, e.problems.Items[1].Title}; !slices.Equal(got, []string{"1. Otrygghet vid torget", "2. Klotter på skolan"}) {
		t.Fatalf("problems shown %q", got)
	}

	// Numbered causes: two top causes, then sub-causes of the first.
	addCause := func(pe *problemEditor, parentLabel, text string) {
		t.Helper()
		if parentLabel == "" {
			test.Tap(pe.addCause)
		} else {
			r := pe.row(parentLabel)
			if r == nil {
				t.Fatalf("no cause %s among %v", parentLabel, causeLabels(pe))
			}
			test.Tap(r.addSub)
		}
		d := h.Dialog()
		if d == nil {
			t.Fatal("no cause dialog")
		}
		test.Type(d.Entry(t, "chainui.causes.description"), text)
		test.Tap(d.Button("button.create"))
		if h.Dialog() != nil {
			t.Fatalf("the cause dialog stayed: %q", d.Problem("chainui.causes.description"))
		}
	}
	p1 = e.problemEditor(p1.before.ID)
	test.Tap(p1.addCause)
	d := h.Dialog()
	test.Tap(d.Button("button.create")) // no description
	if h.Dialog() == nil || d.Problem("chainui.causes.description") != session.Tr("error.required") {
		t.Fatal("a cause without a description was taken")
	}
	test.Tap(d.Button("button.cancel"))
	addCause(p1, "", "Dålig belysning")
	addCause(p1, "", "Få vuxna ute på kvällarna")
	addCause(p1, "1", "Trasiga lampor")
	addCause(p1, "1", "Buskage skymmer sikten")
	p1 = e.problemEditor(p1.before.ID)
	if got := causeLabels(p1); !slices.Equal(got, []string{"1 Dålig belysning", "1.1 Trasiga lampor", "1.2 Buskage skymmer sikten", "2 Få vuxna ute på kvällarna"}) {
		t.Fatalf("causes %q", got)
	}
	// Removing 1.1 numbers the sub-cause after it anew; Ctrl+Z takes
	// both back.
	test.Tap(p1.row("1.1").retire)
	h.Confirm("chainui.causes.retire")
	p1 = e.problemEditor(p1.before.ID)
	if got := causeLabels(p1); !slices.Equal(got, []string{"1 Dålig belysning", "1.1 Buskage skymmer sikten", "2 Få vuxna ute på kvällarna"}) {
		t.Fatalf("causes after removing 1.1: %q", got)
	}
	h.S.OnUndo()
	p1 = e.problemEditor(p1.before.ID)
	if got := causeLabels(p1); !slices.Equal(got, []string{"1 Dålig belysning", "1.1 Trasiga lampor", "1.2 Buskage skymmer sikten", "2 Få vuxna ute på kvällarna"}) {
		t.Fatalf("causes after undoing the removal: %q", got)
	}
	test.Tap(p1.row("1.1").retire)
	h.Confirm("chainui.causes.retire")
	p1 = e.problemEditor(p1.before.ID)
	if got := causeLabels(p1); !slices.Equal(got, []string{"1 Dålig belysning", "1.1 Buskage skymmer sikten", "2 Få vuxna ute på kvällarna"}) {
		t.Fatalf("causes after removing 1.1: %q", got)
	}

	// The plan: both problems lack commitments, both commitments lack a
	// link.
	pl := planOf(h)
	pl.Refresh()
	noCommitment := func(title string) string {
		return session.Tr("chain."+model.WarnProblemNoCommitment, map[string]any{"Title": title})
	}
	unlinked := session.Tr("chain."+model.WarnCommitmentUnlinked, map[string]any{"Title": "Nattvandring"})
	ws := sessiontest.ListTexts(pl.warnings.List)
	for _, want := range []string{noCommitment("Otrygghet vid torget"), noCommitment("Klotter på skolan"), unlinked} {
		if !slices.Contains(ws, want) {
			t.Errorf("no warning %q among %q", want, ws)
		}
	}
	if got := sessiontest.DrawnTexts(pl.warnings.Badge); !slices.Contains(got, strconv.Itoa(len(ws))) {
		t.Errorf("badge says %q of %d warnings", got, len(ws))
	}

	// Link Nattvandring to cause 1.1, as the commitment's editor does.
	link := func(title, problemID, causeID string) {
		t.Helper()
		i := slices.IndexFunc(h.S.Doc.View.Rows, func(r *session.CommitmentRow) bool { return r.C.Title == title })
		if i < 0 {
			t.Fatalf("no commitment %q", title)
		}
		c := *h.S.Doc.View.Rows[i].C
		c.ProblemID, c.CauseID = problemID, causeID
		if !h.S.Save(nil, "", nil, &c) {
			t.Fatalf("linking %q was refused: %s", title, h.Dialog())
		}
	}
	link("Nattvandring", p1.before.ID, p1.row("1.1").node.Cause.ID)

	pl.Refresh()
	rows := sessiontest.ListTexts(pl.list)
	if !slices.ContainsFunc(rows, func(r string) bool {
		return strings.HasPrefix(r, "1.1 | Buskage skymmer sikten | Nattvandring | Antal vandringar") && strings.Contains(r, "Fryshuset") &&
			strings.Contains(r, "Anna Andersson") && strings.Contains(r, "Arton vandringar")
	}) {
		t.Fatalf("no row for 1.1 with Nattvandring and Fryshuset in %q", rows)
	}
	if rows[0] != "Problem 1: Otrygghet vid torget · Lägesbild: Lägesbild Testby 2026 ("+string(sessiontest.TestToday)+")" {
		t.Errorf("first band %q", rows[0])
	}
	ws = sessiontest.ListTexts(pl.warnings.List)
	if slices.Contains(ws, noCommitment("Otrygghet vid torget")) || slices.Contains(ws, unlinked) {
		t.Errorf("warnings left after linking: %q", ws)
	}
	if !slices.Contains(ws, noCommitment("Klotter på skolan")) {
		t.Errorf("the unlinked problem's warning went: %q", ws)
	}

	// Choosing the warning asks the shell to open the problem, which the
	// Lägesbild screen then shows open.
	pl.warnings.List.Select(slices.Index(ws, noCommitment("Klotter på skolan")))
	if want := string(model.KindProblem) + " " + p2.before.ID; !slices.Contains(h.Opened, want) {
		t.Fatalf("the warning opened %q, want %q", h.Opened, want)
	}
	s.OpenRecord(model.KindProblem, p2.before.ID)
	open := e.problemEditor(p2.before.ID)
	if open == nil || !open.item.Open {
		t.Fatal("the problem is not open")
	}

	// Link the other commitment to the second problem: its warning goes.
	link("Sanera klotter", p2.before.ID, "")
	pl.Refresh()
	if ws := sessiontest.ListTexts(pl.warnings.List); slices.Contains(ws, noCommitment("Klotter på skolan")) {
		t.Errorf("the warning stayed after linking: %q", ws)
	}

	// Reopened, everything is in the file.
	h.Reopen(path)
	ds := h.Stored(path)
	if len(ds.Situations) != 1 {
		t.Fatalf("%d situations stored", len(ds.Situations))
	}
	sit := ds.Situations[0]
	if sit.Area != "Testby centrum" || !slices.Equal(sit.SourcesUsed, []string{"Polisens anmälningsstatistik 2025"}) ||
		!slices.Equal(sit.SourcesLeftOut, []string{"Skolans trygghetsenkät"}) || sit.From != "2025-01-01" || sit.To != "2025-12-31" {
		t.Errorf("situation stored %+v", sit)
	}
	for _, p := range model.Live(ds.Problems) {
		if p.Title == "Otrygghet vid torget" && !slices.Equal(p.Areas, []model.Area{model.AreaCollaboration, model.AreaViolence}) {
			t.Errorf("areas stored %v", p.Areas)
		}
	}
	numbers := map[string]int{}
	for _, c := range model.Live(ds.Causes) {
		numbers[c.Description] = c.Number
	}
	if len(numbers) != 3 || numbers["Buskage skymmer sikten"] != 1 || numbers["Få vuxna ute på kvällarna"] != 2 {
		t.Errorf("causes stored %v", numbers)
	}
}

// causeLabels returns the causes a problem editor lists, "1.1 text".
func causeLabels(pe *problemEditor) []string {
	var out []string
	for _, r := range pe.rows {
		out = append(out, r.node.Label+" "+r.text.Text)
	}
	return out
}

// TestSituationReadOnly opens the example council read-only: nothing on the
// Lägesbild screen can be changed, while the plan and the report show and
// print as usual.
func TestSituationReadOnly(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	opt := h.S.Opt.Storage
	opt.ReadOnly = true
	h.OpenWith(path, opt)
	if !h.S.ReadOnly() {
		t.Fatal("the file did not open read-only")
	}
	s := situationsOf(h)
	e := s.editor
	if e.before == nil || len(e.editors) == 0 {
		t.Fatal("no situation with problems shown")
	}
	pe := e.editors[0]
	if len(pe.rows) == 0 {
		t.Fatal("the first problem shows no causes")
	}
	for name, b := range map[string]interface{ Disabled() bool }{
		"new situation": s.add, "save situation": e.save, "retire situation": e.retire, "add problem": e.addProblem,
		"title": e.title, "source": e.used.add, "save problem": pe.save, "problem title": pe.title,
		"area": pe.areas[0], "add cause": pe.addCause, "edit cause": pe.rows[0].edit,
		"add sub-cause": pe.rows[0].addSub, "retire cause": pe.rows[0].retire,
	} {
		if !b.Disabled() {
			t.Errorf("%s can be changed in a read-only file", name)
		}
	}
	pl := planOf(h)
	pl.Refresh()
	if pl.print.Disabled() || len(pl.lines) == 0 {
		t.Error("the plan does not show or print in a read-only file")
	}
}
