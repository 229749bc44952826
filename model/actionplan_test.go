package model

import "testing"

// planData is two lägesbilder, each with a problem, a cause and a
// commitment, and a draft plan for the second.
func planData() (*Dataset, *ActionPlan) {
	ds := NewDataset(validCouncil())
	ds.Add(validPart())
	old := &Situation{Meta: Meta{ID: "s1"}, Title: "Lägesbild 2025", Date: "2025-01-15"}
	now := &Situation{Meta: Meta{ID: "s2"}, Title: "Lägesbild 2026", Date: "2026-01-15"}
	ds.Add(old)
	ds.Add(now)
	ds.Add(&Problem{Meta: Meta{ID: "pr1"}, SituationID: "s1", Title: "Otrygghet vid torget", Rank: 1})
	ds.Add(&Problem{Meta: Meta{ID: "pr2"}, SituationID: "s2", Title: "Skadegörelse i skolor", Rank: 1})
	ds.Add(&Cause{Meta: Meta{ID: "c1"}, ProblemID: "pr1", Number: 1, Description: "Dålig belysning"})
	ds.Add(&Cause{Meta: Meta{ID: "c2"}, ProblemID: "pr2", Number: 1, Description: "Få vuxna kvällstid"})
	ds.Add(&Commitment{Meta: Meta{ID: "k1"}, Title: "Byt belysning", PartID: "p1", CauseID: "c1", Area: 1, Due: "2025-06-30"})
	ds.Add(&Commitment{Meta: Meta{ID: "k2"}, Title: "Fritidsgård öppen fredagar", PartID: "p1", CauseID: "c2", Area: 2,
		Goal: Goal{Indicator: "Anmälda skadegörelsebrott", Baseline: "42", Target: "30"}})
	ds.Add(&FollowUp{Meta: Meta{ID: "f1"}, CommitmentID: "k1", Date: "2025-05-01", Status: StatusDone, Light: LightGreen})
	p := NewPlanFor(now, "Åtgärdsplan 2026", "2026-01-01", "2026-12-31")
	p.ID = "plan2"
	ds.Add(p)
	return ds, p
}

var decision = PlanDecision{By: "Stadsdelsnämnden i Skärholmen", Date: "2026-02-19", Paragraph: "§ 14", Diarienummer: "SDN 2026/41"}

func TestBuildPlanForKeepsToItsSituation(t *testing.T) {
	ds, p := planData()
	built := BuildPlanFor(ds, p.SituationID, "2026-03-01")
	if len(built.Groups) != 1 || built.Groups[0].Problem.ID != "pr2" {
		t.Fatalf("plan of s2 has groups %+v", built.Groups)
	}
	if r := built.Groups[0].Rows; len(r) != 1 || r[0].Commitment.ID != "k2" {
		t.Fatalf("rows %+v", r)
	}
	whole := BuildPlan(ds, "2026-03-01")
	if _, err := PlanEntries(whole, p.SituationID); CodeOf(err) != CodePlanScope {
		t.Fatalf("a plan of every lägesbild's problems: want %s, got %v", CodePlanScope, err)
	}
}

func TestAdoptLocksThePlan(t *testing.T) {
	ds, p := planData()
	draft := clone(p)
	if err := p.Adopt(PlanDecision{By: "SDN"}, BuildPlanFor(ds, p.SituationID, "2026-02-19"), t0); CodeOf(err) != CodePlanDecision {
		t.Fatalf("incomplete decision: want %s, got %v", CodePlanDecision, err)
	}
	if err := p.Adopt(decision, BuildPlanFor(ds, p.SituationID, "2026-02-19"), t0); err != nil {
		t.Fatal(err)
	}
	if p.State != PlanAdopted || len(p.Entries) != 1 || p.Entries[0].Measure != "Fritidsgård öppen fredagar" ||
		p.Entries[0].Baseline != "42" || p.Fingerprint != PlanFingerprint(p) {
		t.Fatalf("adopted plan %+v", p)
	}
	if e := Validate(p); len(e) > 0 {
		t.Fatalf("adopted plan does not validate: %v", e)
	}
	if err := CheckChange(draft, p); err != nil {
		t.Fatalf("adopting a draft refused: %v", err)
	}
	forged := clone(p)
	forged.Entries[0].Target = "5"
	if err := CheckChange(draft, forged); CodeOf(err) != CodeLockedRecord {
		t.Fatalf("adopting with a fingerprint of other content: want %s, got %v", CodeLockedRecord, err)
	}
	if err := p.Adopt(decision, BuildPlanFor(ds, p.SituationID, "2026-02-19"), t0); CodeOf(err) != CodePlanState {
		t.Fatalf("adopting twice: want %s, got %v", CodePlanState, err)
	}
}

func adoptedPlan(t *testing.T) *ActionPlan {
	t.Helper()
	ds, p := planData()
	if err := p.Adopt(decision, BuildPlanFor(ds, p.SituationID, "2026-02-19"), t0); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCheckChangeAdoptedPlan(t *testing.T) {
	old := func() *ActionPlan { return adoptedPlan(t) }
	runChanges(t, []change[*ActionPlan]{
		{"MetaOnly", old, touch[*ActionPlan], ""},
		{"Superseded", old, func(p *ActionPlan) { p.Supersede("plan3") }, ""},
		{"Deleted", old, func(p *ActionPlan) { p.Deleted = true }, "deleted"},
		{"BackToDraft", old, func(p *ActionPlan) { p.State = PlanDraft }, "state"},
		{"Decision", old, func(p *ActionPlan) { p.Decision.Paragraph = "§ 15" }, "-"},
		{"Marking", old, func(p *ActionPlan) { p.Class = ClassInternal }, "-"},
		{"Refingerprinted", old, func(p *ActionPlan) { p.Title = "Ny"; p.Fingerprint = PlanFingerprint(p) }, "-"},
	})
}

// TestCheckChangeAdoptedPlanContent changes every content field of a
// fastställd plan in turn: each change is refused.
func TestCheckChangeAdoptedPlanContent(t *testing.T) {
	notContent := map[string]bool{"state": true, "fingerprint": true, "adoptedAt": true, "supersededBy": true}
	base := &ActionPlan{}
	fill(base)
	base.State, base.SupersededBy = PlanAdopted, ""
	base.Fingerprint = PlanFingerprint(base)
	for _, l := range leaves(base) {
		if l.Meta || notContent[l.Path] {
			continue
		}
		t.Run(l.Path, func(t *testing.T) {
			n := clone(base)
			l.change(n)
			checkRefusal(t, CheckChange(base, n), "-")
		})
	}
}

func TestPlanMergeKeepsTheDecision(t *testing.T) {
	ds, p := planData()
	theirs := NewDataset(ds.Council)
	adopted := clone(p)
	if err := adopted.Adopt(decision, BuildPlanFor(ds, p.SituationID, "2026-02-19"), t0); err != nil {
		t.Fatal(err)
	}
	adopted.Rev, p.Rev = 2, 3 // ours edited the draft later
	p.Title = "Åtgärdsplan 2026 (ändrad)"
	theirs.Add(adopted)
	ours := NewDataset(ds.Council)
	ours.Add(p)
	out, _, err := Merge(ours, theirs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Plans) != 1 || out.Plans[0].State != PlanAdopted {
		t.Fatalf("a draft replaced the fastställd plan: %+v", out.Plans)
	}
}

func TestPreviousPlanOutcomes(t *testing.T) {
	ds, _ := planData()
	last := NewPlanFor(ds.Situations[0], "Åtgärdsplan 2025", "2025-01-01", "2025-12-31")
	if err := last.Adopt(PlanDecision{By: "Stadsdelsnämnden", Date: "2025-02-20", Paragraph: "12", Diarienummer: "SDN 2025/9"},
		BuildPlanFor(ds, "s1", "2025-02-20"), t0); err != nil {
		t.Fatal(err)
	}
	ds.Add(last)
	prev := PreviousPlan(ds, ds.Situations[1])
	if prev != last {
		t.Fatalf("previous plan of 2026: %v", prev)
	}
	out := Outcomes(ds, prev, "2026-01-15")
	if len(out) != 1 || out[0].Status != StatusDone || out[0].Light != LightGreen || out[0].Entry.Measure != "Byt belysning" {
		t.Fatalf("outcomes %+v", out)
	}
	if PreviousPlan(ds, ds.Situations[0]) != nil {
		t.Fatal("the first lägesbild has a previous plan")
	}
	if CurrentPlan(ds) != last {
		t.Fatal("the current plan is not the fastställd one")
	}
}

func TestValidateFigureTable(t *testing.T) {
	good := func() *Situation {
		return &Situation{Meta: Meta{ID: "s"}, Title: "L", Date: "2026-01-01", Tables: []FigureTable{{
			Title: "Anmälda brott", Columns: []string{"2024", "2025"},
			Rows: []FigureRow{{Label: "Skadegörelse", Values: []*float64{Fig(40), nil}},
				{Label: "Skadegörelse", Sex: SexFemale, Values: []*float64{Fig(1), Fig(2)}}},
		}}}
	}
	if p := Validate(good()); len(p) > 0 {
		t.Fatalf("good table: %v", p)
	}
	for _, tc := range []struct {
		name, field, code string
		fn                func(*FigureTable)
	}{
		{"ShortRow", "tables[0].rows[1].values", CodeTableShape, func(x *FigureTable) { x.Rows[1].Values = x.Rows[1].Values[:1] }},
		{"SameColumn", "tables[0].columns[1]", CodeTableColumn, func(x *FigureTable) { x.Columns[1] = " 2024" }},
		{"SameRow", "tables[0].rows[1].label", CodeTableRow, func(x *FigureTable) { x.Rows[1].Sex = SexAll }},
		{"NoRows", "tables[0].rows", CodeTableEmpty, func(x *FigureTable) { x.Rows = nil }},
		{"NoTitle", "tables[0].title", CodeRequired, func(x *FigureTable) { x.Title = "" }},
		{"BadSex", "tables[0].rows[0].sex", CodeEnum, func(x *FigureTable) { x.Rows[0].Sex = "x" }},
		{"SecretWithoutProvision", "tables[0].provision", CodeProvisionMissing, func(x *FigureTable) { x.Class = ClassSecret }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := good()
			tc.fn(&s.Tables[0])
			e := Validate(s).For(tc.field)
			if e == nil || e.Code != tc.code {
				t.Fatalf("want %s at %s, got %v", tc.code, tc.field, Validate(s))
			}
		})
	}
}

func TestFigureTableChartKind(t *testing.T) {
	years := FigureTable{Columns: []string{"2023", "2024", "2025"}}
	areas := FigureTable{Columns: []string{"Skärholmen", "Bredäng"}}
	if years.Drawn() != ChartTrend || areas.Drawn() != ChartBars {
		t.Fatalf("years %s, areas %s", years.Drawn(), areas.Drawn())
	}
	areas.Chart = ChartNone
	if areas.Drawn() != ChartNone {
		t.Fatal("a chosen kind is not kept")
	}
}

func TestPublicSituationLeavesOutClosedParts(t *testing.T) {
	s := &Situation{Tables: []FigureTable{{Title: "Öppen"}, {Title: "Polisens", Marking: Marking{Class: ClassInternal}}},
		Items: []InfoItem{{Title: "Bygge"}, {Title: "Underrättelse", Marking: Marking{Class: ClassSecret, Provision: "OSL 18 kap. 1 §"}}}}
	p := PublicSituation(s)
	if len(p.Tables) != 1 || p.Tables[0].Title != "Öppen" || len(p.Items) != 1 || p.Items[0].Title != "Bygge" {
		t.Fatalf("public %+v", p)
	}
	if len(s.Tables) != 2 || len(s.Items) != 2 {
		t.Fatal("the original changed")
	}
}
