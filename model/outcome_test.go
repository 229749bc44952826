package model

import (
	"math"
	"strings"
	"testing"
)

// TestSameRecordSeesEveryField changes every field of a follow-up and of a
// commitment in turn: the fast comparisons merge uses must see each one.
func TestSameRecordSeesEveryField(t *testing.T) {
	for _, r := range []Record{&FollowUp{}, &Commitment{}} {
		fill(r)
		same := func(a, b Record) bool {
			switch x := a.(type) {
			case *FollowUp:
				return sameFollowUp(x, b.(*FollowUp))
			case *Commitment:
				return sameCommitment(x, b.(*Commitment))
			}
			return false
		}
		copyOf := func() Record {
			n := NewRecord(r.RecordKind())
			fill(n)
			return n
		}
		if !same(r, copyOf()) {
			t.Fatalf("%s: two filled copies differ", r.RecordKind())
		}
		for _, l := range leaves(r) {
			c := copyOf()
			l.change(c)
			if same(r, c) || identical(r, c) {
				t.Errorf("%s: a change of %s is not seen", r.RecordKind(), l.Path)
			}
		}
	}
}

func TestParseFigure(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"14 %", 14, true},
		{"0 av 14", 0, true},
		{"12 av 14", 12, true},
		{"12,5", 12.5, true},
		{"12.5 timmar", 12.5, true},
		{"1 200 kr", 1200, true},
		{"1\u00a0200", 1200, true},
		{"−3", -3, true},
		{"-3,25 procentenheter", -3.25, true},
		{"Minst 4 vuxna", 4, true},
		{"ingen siffra", 0, false},
		{"", 0, false},
		{"2 4", 2, true},
	} {
		got, ok := ParseFigure(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseFigure(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestJudgeMovesTheRightWay(t *testing.T) {
	up := NumericGoal{Baseline: 18, Target: 30, Known: true}   // more nattvandringar
	down := NumericGoal{Baseline: 14, Target: 9, Known: true}  // less absence
	hold := NumericGoal{Baseline: 90, Target: 90, Known: true} // keep the level
	for _, tc := range []struct {
		g    NumericGoal
		v    float64
		want Attainment
	}{
		{up, 31, AttainmentReached}, {up, 30, AttainmentReached}, {up, 25, AttainmentBetter},
		{up, 18, AttainmentUnchanged}, {up, 12, AttainmentWorse},
		{down, 8, AttainmentReached}, {down, 9, AttainmentReached}, {down, 11, AttainmentBetter},
		{down, 14, AttainmentUnchanged}, {down, 16, AttainmentWorse},
		{hold, 91, AttainmentReached}, {hold, 90, AttainmentReached}, {hold, 85, AttainmentWorse},
		{NumericGoal{}, 5, AttainmentUnmeasured},
	} {
		if got := tc.g.Judge(tc.v); got != tc.want {
			t.Errorf("%+v.Judge(%v) = %v, want %v", tc.g, tc.v, got, tc.want)
		}
	}
	if g := (Goal{Baseline: "0 av 14", Target: "12 av 14"}).Numbers(); !g.Known || g.Baseline != 0 || g.Target != 12 {
		t.Errorf("Numbers = %+v", g)
	}
	if g := (Goal{Baseline: "låg", Target: "60 %"}).Numbers(); g.Known {
		t.Errorf("a baseline with no number is known: %+v", g)
	}
}

func TestOutcomeSeriesAndMilestones(t *testing.T) {
	f := func(id string, day Date, v float64, measured Date, met ...string) *FollowUp {
		x := &FollowUp{Meta: Meta{ID: id}, CommitmentID: "co1", Date: day, Status: StatusOngoing, MilestoneIDs: met}
		if measured != "" {
			x.Outcome = Measure{Value: v, Date: measured}
		}
		return x
	}
	history := []*FollowUp{
		f("c", "2026-05-10", 22, "2026-05-01", "m2", "m1"),
		f("a", "2026-02-10", 20, "2026-02-01", "m1"),
		f("b", "2026-03-10", 0, ""),
		f("d", "2026-06-10", 23, "2026-05-01"), // corrects May's value
		f("e", "2026-09-10", 27, "2026-09-01"),
	}
	deleted := f("z", "2026-04-01", 99, "2026-04-01", "m3")
	deleted.Deleted = true
	history = append(history, deleted)
	got := OutcomeSeries(history, "2026-06-30")
	want := []Reading{{"2026-02-01", 20}, {"2026-05-01", 23}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("series %v, want %v", got, want)
	}
	if n := len(OutcomeSeries(history, "")); n != 3 {
		t.Errorf("all readings: %d, want 3", n)
	}
	met := MilestonesMet(history, "2026-04-30")
	if len(met) != 1 || met["m1"] != "2026-02-10" {
		t.Errorf("met by April: %v", met)
	}
	met = MilestonesMet(history, "")
	if len(met) != 2 || met["m1"] != "2026-02-10" || met["m2"] != "2026-05-10" {
		t.Errorf("met: %v", met)
	}
}

func TestValidateOutcomes(t *testing.T) {
	shared := func(c *Commitment) {
		c.Milestones = []Milestone{{ID: "m1", Title: "Tio vandringar", Date: "2026-03-31", Target: "10"}}
		c.Contributors = []Contributor{{PartID: "p2", ContactID: "r2"}, {PartID: "p3"}}
		c.Resources = Resources{EstimatedHours: 120, UsedHours: 40.5, EstimatedKronor: 25000}
	}
	withGoal := func(p *Problem) {
		p.EffectGoals = []EffectGoal{{ID: "e1", Indicator: "Andel som känner sig trygga", Unit: "%", Baseline: 55, Target: 65, BaselineDate: "2025-10-01", Date: "2027-10-01"}}
	}
	measured := func(f *FollowUp) {
		f.Outcome = Measure{Value: 24, Date: "2026-03-01"}
		f.MilestoneIDs = []string{"m1"}
		f.Effects = []EffectMeasure{{GoalID: "e1", Value: 58, Date: "2026-03-01"}}
	}
	runValidateCases(t, []validateCase{
		{"SharedCommitment", mod(validCommitment(), shared), "", ""},
		{"MilestoneNeedsTitle", mod(validCommitment(), func(c *Commitment) { shared(c); c.Milestones[0].Title = "" }), "milestones[0].title", CodeRequired},
		{"MilestoneNeedsDate", mod(validCommitment(), func(c *Commitment) { shared(c); c.Milestones[0].Date = "" }), "milestones[0].date", CodeRequired},
		{"MilestoneBeforeStart", mod(validCommitment(), func(c *Commitment) { shared(c); c.Milestones[0].Date = "2025-12-01" }), "milestones[0].date", CodeMilestoneOutsideWork},
		{"MilestoneIDTwice", mod(validCommitment(), func(c *Commitment) { shared(c); c.Milestones = append(c.Milestones, c.Milestones[0]) }), "milestones[1].id", CodeMilestoneIDTwice},
		{"ContributorIsOwner", mod(validCommitment(), func(c *Commitment) { shared(c); c.Contributors[1].PartID = "p1" }), "contributors[1].partId", CodeContributorIsOwner},
		{"ContributorTwice", mod(validCommitment(), func(c *Commitment) { shared(c); c.Contributors[1].PartID = "p2" }), "contributors[1].partId", CodeContributorTwice},
		{"ContributorNeedsPart", mod(validCommitment(), func(c *Commitment) { shared(c); c.Contributors[0].PartID = "" }), "contributors[0].partId", CodeRequired},
		{"NegativeHours", mod(validCommitment(), func(c *Commitment) { shared(c); c.Resources.UsedHours = -1 }), "resources.usedHours", CodeRange},
		{"InfiniteKronor", mod(validCommitment(), func(c *Commitment) { shared(c); c.Resources.UsedKronor = math.Inf(1) }), "resources.usedKronor", CodeNumber},
		{"FollowUpWithOutcome", mod(validFollowUp(), measured), "", ""},
		{"OutcomeNeedsDate", mod(validFollowUp(), func(f *FollowUp) { measured(f); f.Outcome.Date = "" }), "outcome.date", CodeRequired},
		{"OutcomeZeroIsAValue", mod(validFollowUp(), func(f *FollowUp) { measured(f); f.Outcome.Value = 0 }), "", ""},
		{"OutcomeMeasuredLater", mod(validFollowUp(), func(f *FollowUp) { measured(f); f.Outcome.Date = "2026-04-01" }), "outcome.date", CodeMeasuredAfter},
		{"OutcomeNotANumber", mod(validFollowUp(), func(f *FollowUp) { measured(f); f.Outcome.Value = math.NaN() }), "outcome.value", CodeNumber},
		{"EffectNeedsGoal", mod(validFollowUp(), func(f *FollowUp) { measured(f); f.Effects[0].GoalID = "" }), "effects[0].goalId", CodeRequired},
		{"EffectBadDate", mod(validFollowUp(), func(f *FollowUp) { measured(f); f.Effects[0].Date = "2026-02-30" }), "effects[0].date", CodeDateInvalid},
		{"ProblemWithEffectGoal", mod(validProblem(), withGoal), "", ""},
		{"EffectGoalNeedsIndicator", mod(validProblem(), func(p *Problem) { withGoal(p); p.EffectGoals[0].Indicator = " " }), "effectGoals[0].indicator", CodeRequired},
		{"EffectGoalDateOrder", mod(validProblem(), func(p *Problem) { withGoal(p); p.EffectGoals[0].Date = "2025-01-01" }), "effectGoals[0].date", CodeDateOrder},
		{"EffectGoalIDTwice", mod(validProblem(), func(p *Problem) { withGoal(p); p.EffectGoals = append(p.EffectGoals, p.EffectGoals[0]) }), "effectGoals[1].id", CodeEffectGoalIDTwice},
		{"ReportText", &ReportText{Meta: Meta{ID: "rt"}, From: "2026-01-01", To: "2026-06-30", Summary: "Arbetet går framåt."}, "", ""},
		{"ReportTextNeedsPeriod", &ReportText{Meta: Meta{ID: "rt"}, From: "2026-01-01"}, "to", CodeRequired},
		{"ReportTextPeriodOrder", &ReportText{Meta: Meta{ID: "rt"}, From: "2026-07-01", To: "2026-06-30"}, "to", CodeDateOrder},
		{"ReportTextTooLong", &ReportText{Meta: Meta{ID: "rt"}, From: "2026-01-01", To: "2026-06-30", Analysis: strings.Repeat("a", MaxText+1)}, "analysis", CodeTooLong},
	})
}

// TestOutcomeIsAppendOnly: the utfall and delmål of a follow-up, once
// recorded, are as fixed as its status.
func TestOutcomeIsAppendOnly(t *testing.T) {
	old := validFollowUp()
	old.Outcome = Measure{Value: 24, Date: "2026-03-01"}
	old.MilestoneIDs = []string{"m1"}
	for name, change := range map[string]func(*FollowUp){
		"Value":      func(f *FollowUp) { f.Outcome.Value = 25 },
		"Date":       func(f *FollowUp) { f.Outcome.Date = "2026-03-02" },
		"Milestones": func(f *FollowUp) { f.MilestoneIDs = append(f.MilestoneIDs, "m2") },
		"Effects":    func(f *FollowUp) { f.Effects = []EffectMeasure{{GoalID: "e1", Value: 1, Date: "2026-03-01"}} },
	} {
		n := *old
		n.MilestoneIDs = append([]string(nil), old.MilestoneIDs...)
		change(&n)
		if err := CheckChange(old, &n); CodeOf(err) != CodeLockedRecord {
			t.Errorf("%s: change allowed (%v)", name, err)
		}
	}
	same := *old
	same.Rev++
	if err := CheckChange(old, &same); err != nil {
		t.Errorf("an unchanged follow-up is refused: %v", err)
	}
}

// TestMergeUnitesOutcomes: utfall recorded on two copies meet by union,
// each with its own follow-up, whole; and merging again changes nothing.
func TestMergeUnitesOutcomes(t *testing.T) {
	_, ours, theirs := mgPair(t)
	c := ours.Commitments[0]
	for i, d := range []*Dataset{ours, theirs} {
		f := &FollowUp{CommitmentID: c.ID, Date: Date("2026-02-0" + string(rune('1'+i))), Status: StatusOngoing,
			Outcome: Measure{Value: float64(20 + i), Date: "2026-02-01"}, MilestoneIDs: []string{"m" + string(rune('1'+i))},
			Effects: []EffectMeasure{{GoalID: "e1", Value: float64(50 + i), Date: "2026-01-31"}}}
		Touch(f, mgAt(i), mgNames[i])
		d.Add(f)
	}
	out, sum := mgMerge(t, ours, theirs, nil)
	if sum.ByKind[KindFollowUp].Added != 1 || len(sum.Conflicts) != 0 {
		t.Fatalf("summary %+v, %d conflicts", sum.ByKind[KindFollowUp], len(sum.Conflicts))
	}
	var history []*FollowUp
	for _, f := range out.FollowUps {
		if f.CommitmentID == c.ID {
			history = append(history, f)
		}
	}
	// Both values of 2026-02-01 survive in their follow-ups; the series
	// takes the one recorded later (theirs, 21).
	values := map[float64]bool{}
	for _, f := range history {
		if f.Outcome.Taken() {
			values[f.Outcome.Value] = true
		}
	}
	if !values[20] || !values[21] {
		t.Errorf("utfall after merge: %v", values)
	}
	if s := OutcomeSeries(history, ""); len(s) != 1 || s[0].Value != 21 {
		t.Errorf("series after merge: %v", s)
	}
	if met := MilestonesMet(history, ""); len(met) != 2 {
		t.Errorf("delmål met after merge: %v", met)
	}
	if s := EffectSeries(history, "e1", ""); len(s) != 1 || s[0].Value != 51 {
		t.Errorf("effect series after merge: %v", s)
	}
	again, sum2 := mgMerge(t, out, theirs, nil)
	if sum2.Changed() || len(again.FollowUps) != len(out.FollowUps) {
		t.Errorf("merging again changed %+v", sum2.ByKind)
	}
}

func TestReportTextForPeriod(t *testing.T) {
	a := &ReportText{Meta: Meta{ID: "a", Modified: mgAt(1)}, From: "2026-01-01", To: "2026-06-30", Summary: "a"}
	b := &ReportText{Meta: Meta{ID: "b", Modified: mgAt(2)}, From: "2026-01-01", To: "2026-06-30", Summary: "b"}
	gone := &ReportText{Meta: Meta{ID: "c", Modified: mgAt(3), Deleted: true}, From: "2026-01-01", To: "2026-06-30"}
	other := &ReportText{Meta: Meta{ID: "d", Modified: mgAt(4)}, From: "2026-01-01", To: "2026-12-31"}
	if got := ReportTextFor([]*ReportText{a, b, gone, other}, "2026-01-01", "2026-06-30"); got != b {
		t.Errorf("got %v", got)
	}
	if got := ReportTextFor([]*ReportText{a}, "2025-01-01", "2025-06-30"); got != nil {
		t.Errorf("got %v for another period", got)
	}
}

// TestCorrectedUtfallDoesNotStand: a follow-up corrected at the same
// meeting gives no value and meets no delmål; the correction's value
// stands, and one that only changes the utfall is a change.
func TestCorrectedUtfallDoesNotStand(t *testing.T) {
	wrong := &FollowUp{Meta: Meta{ID: "a", Created: mgAt(1)}, CommitmentID: "co1", MeetingID: "m1", Date: "2026-03-12",
		Status: StatusOngoing, Outcome: Measure{Value: 240, Date: "2026-03-01"}, MilestoneIDs: []string{"m1"}}
	right := *wrong
	right.Meta = Meta{ID: "b", Created: mgAt(2)}
	right.Outcome = Measure{Value: 24, Date: "2026-03-02"}
	right.MilestoneIDs = nil
	if got := FollowUpToRecord([]*FollowUp{wrong}, &right); got == nil || got.CorrectsID != "a" {
		t.Fatalf("a changed utfall is not a correction: %+v", got)
	}
	history := []*FollowUp{wrong, &right}
	if s := OutcomeSeries(history, ""); len(s) != 1 || s[0] != (Reading{"2026-03-02", 24}) {
		t.Errorf("series %v", s)
	}
	if met := MilestonesMet(history, ""); len(met) != 0 {
		t.Errorf("a corrected entry meets %v", met)
	}
	same := right
	same.Meta = Meta{ID: "c"}
	same.CorrectsID = ""
	if got := FollowUpToRecord(history, &same); got != nil {
		t.Errorf("the same again is recorded: %+v", got)
	}
}

// TestEffectGoalFromFigureTables measures an effect goal from its row in
// the figure table each year's lägesbild repeats, the newer lägesbild's
// figure winning for a year it corrects, with a value typed at a
// follow-up after the last table.
func TestEffectGoalFromFigureTables(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	table := func(cols []string, vals ...*float64) FigureTable {
		return FigureTable{Title: "Anmälda inbrott i källare och förråd", Columns: cols, Rows: []FigureRow{
			{Label: "Skärholmen", Values: vals},
			{Label: "Skärholmen", Sex: SexFemale, Values: vals},
			{Label: "Bredäng", Values: vals},
		}}
	}
	ds := NewDataset(&Council{Meta: Meta{ID: "c"}, Name: "Rådet"})
	ds.Situations = []*Situation{
		{Meta: Meta{ID: "s24"}, Title: "Lägesbild 2024", Date: "2024-02-01",
			Tables: []FigureTable{table([]string{"2021", "2022", "2023"}, f(250), f(241), f(233))}},
		{Meta: Meta{ID: "s25"}, Title: "Lägesbild 2025", Date: "2025-02-01",
			Tables: []FigureTable{table([]string{"2022", "2023", "2024", "Kommentar"}, f(241), f(230), f(204), nil)}},
	}
	ds.Problems = []*Problem{{Meta: Meta{ID: "p"}, SituationID: "s25", Title: "Inbrott i källare", Rank: 1,
		EffectGoals: []EffectGoal{{ID: "g", Indicator: "Anmälda inbrott", Baseline: 233, Target: 160,
			Table: "anmälda inbrott i källare och förråd", Row: "Skärholmen"}}}}
	ds.Commitments = []*Commitment{{Meta: Meta{ID: "co"}, Title: "Lås", PartID: "pa", ProblemID: "p", Area: AreaCivilSociety, Start: "2024-03-01"}}
	ds.FollowUps = []*FollowUp{{Meta: Meta{ID: "fu"}, CommitmentID: "co", Date: "2025-06-10", Status: StatusOngoing,
		Effects: []EffectMeasure{{GoalID: "g", Value: 190, Date: "2025-06-01"}}}}
	r := BuildReport(ds, "2025-01-01", "2025-12-31", "2026-01-15")
	if len(r.Outcomes.EffectGoals) != 1 {
		t.Fatalf("%d effect goals", len(r.Outcomes.EffectGoals))
	}
	e := r.Outcomes.EffectGoals[0]
	want := []Reading{{"2021-12-31", 250}, {"2022-12-31", 241}, {"2023-12-31", 230}, {"2024-12-31", 204}, {"2025-06-01", 190}}
	if len(e.Readings) != len(want) {
		t.Fatalf("readings %v, want %v", e.Readings, want)
	}
	for i := range want {
		if e.Readings[i] != want[i] {
			t.Errorf("reading %d: %v, want %v", i, e.Readings[i], want[i])
		}
	}
	if e.Attainment != AttainmentBetter {
		t.Errorf("233 → 190 towards 160 is %v", e.Attainment)
	}
	// As of mid-2024 only the first lägesbild counts.
	r = BuildReport(ds, "2024-01-01", "2024-06-30", "2026-01-15")
	if got := r.Outcomes.EffectGoals[0].Readings; len(got) != 3 || got[2] != (Reading{"2023-12-31", 233}) {
		t.Errorf("as of 2024-06-30: %v", got)
	}
}
