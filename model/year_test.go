package model

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func validDeadline() *Deadline {
	return &Deadline{Meta: Meta{ID: "dl1"}, Title: "Tertialrapport", Kind: DeadlineTertial, Due: "2026-01-31",
		RepeatMonths: 4, PartID: "p1"}
}

func validDialogue() *Dialogue {
	return &Dialogue{Meta: Meta{ID: "dg1"}, Title: "Trygghetsvandring i centrum", Kind: DialogueWalk,
		Date: "2026-04-14", Place: "Skärholmens centrum", PartIDs: []string{"p1"}, Organisations: []string{"Hyresgästföreningen"},
		People: 23, Findings: []Finding{
			{ID: "f1", Text: "Mörk gångväg mellan skolan och tunnelbanan", Place: "Bredholmsgatan", ProblemID: "pr1"},
			{ID: "f2", Text: "Klotter vid busshållplatsen", Place: "Skärholmsvägen", PromiseID: "lofte-1"},
		}}
}

func dates(os []Occurrence) string {
	s := make([]string, len(os))
	for i, o := range os {
		s[i] = string(o.Due)
	}
	return strings.Join(s, " ")
}

func TestDeadlineOccurrences(t *testing.T) {
	d := validDeadline()
	if got := dates(d.Occurrences("2026-01-01", "2026-12-31")); got != "2026-01-31 2026-05-31 2026-09-30" {
		t.Fatalf("tertial occurrences: %s", got)
	}
	// A deadline on the 31st keeps to the month's end instead of drifting.
	d.RepeatMonths = 1
	if got := dates(d.Occurrences("2026-01-01", "2026-04-30")); got != "2026-01-31 2026-02-28 2026-03-31 2026-04-30" {
		t.Fatalf("monthly occurrences: %s", got)
	}
	d.RepeatMonths, d.Until = 12, "2027-12-31"
	if got := dates(d.Occurrences("", "")); got != "2026-01-31 2027-01-31" {
		t.Fatalf("until: %s", got)
	}
	d.RepeatMonths = 0
	if got := dates(d.Occurrences("2026-02-01", "2030-01-01")); got != "" {
		t.Fatalf("one-off before from: %s", got)
	}
	d.Deleted = true
	if got := d.Occurrences("", ""); got != nil {
		t.Fatalf("tombstone: %v", got)
	}
}

func TestDueSoonAndLate(t *testing.T) {
	report := &Deadline{Title: "Tertialrapport", Kind: DeadlineTertial, Due: "2026-01-31", RepeatMonths: 4}
	walk := &Deadline{Title: "Trygghetsvandring", Kind: DeadlineDialogue, Due: "2025-10-15", RepeatMonths: 12}
	plan := &Deadline{Title: "Åtgärdsplan", Kind: DeadlinePlan, Due: "2026-12-20"}
	all := []*Deadline{report, walk, plan}
	today := Date("2026-12-03")

	if got := dates(DueSoon(all, today, DueSoonDays)); got != "2026-12-20" {
		t.Fatalf("due soon: %s", got)
	}
	// Only the latest missed occurrence of each deadline is late.
	if got := dates(Late(all, today)); got != "2026-09-30 2026-10-15" {
		t.Fatalf("late: %s", got)
	}
	report.Complete("2026-09-30", "2026-10-02", "", "")
	walk.Complete("2026-10-15", "2026-10-15", KindDialogue, "dg1")
	if got := dates(Late(all, today)); got != "" {
		t.Fatalf("late after completing: %s", got)
	}
	if o, ok := walk.Next(today); !ok || o.Due != "2027-10-15" {
		t.Fatalf("next walk: %v %v", o.Due, ok)
	}
	// Due today is due, not late.
	if got := dates(DueSoon(all, "2026-12-20", 0)); got != "2026-12-20" {
		t.Fatalf("due today: %s", got)
	}
	if got := dates(Late(all, "2026-12-20")); got != "" {
		t.Fatalf("late on its day: %s", got)
	}
	plan.Complete("2026-12-20", "2026-12-18", "", "")
	plan.Reopen("2026-12-20")
	if got := dates(DueSoon(all, today, DueSoonDays)); got != "2026-12-20" {
		t.Fatalf("reopened: %s", got)
	}
}

func TestProposeYear(t *testing.T) {
	parts := []*Part{
		{Meta: Meta{ID: "school"}, Name: "Skolan", Kind: PartSchool},
		{Meta: Meta{ID: "lpo"}, Name: "Polisen", Kind: PartPolice},
		{Meta: Meta{ID: "sdf"}, Name: "Stadsdelsförvaltningen", Kind: PartDistrict},
	}
	title := func(key string, kv ...any) string { return fmt.Sprint(append([]any{key}, kv...)...) }
	got := ProposeYear(2027, parts, nil, title)
	if len(got) != len(proposalSteps)+1 {
		t.Fatalf("%d deadlines", len(got))
	}
	kinds := map[DeadlineKind]bool{}
	for i, d := range got {
		kinds[d.Kind] = true
		if p := Validate(d); len(p) != 0 {
			t.Errorf("%s: %v", d.Title, p)
		}
		if i > 0 && d.Due < got[i-1].Due {
			t.Errorf("not in date order: %s after %s", d.Due, got[i-1].Due)
		}
		if d.Due.Year() != 2027 {
			t.Errorf("%s falls in %s", d.Title, d.Due)
		}
		wantWho := "sdf"
		if d.Kind == DeadlinePromise || d.Title == ProposalKey("citizenDialogue") {
			wantWho = "lpo"
		}
		if d.PartID != wantWho {
			t.Errorf("%s: responsible %q, want %q", d.Title, d.PartID, wantWho)
		}
	}
	for _, k := range DeadlineKinds {
		if !kinds[k] && k != DeadlineOther {
			t.Errorf("the proposal has no %s", k)
		}
	}
	// A whole year of the proposal gives each yearly step once.
	if n := len(YearOccurrences(got, 2028)); n != len(proposalSteps) {
		t.Errorf("2028 has %d occurrences", n)
	}
	// With an agreement, its renewal falls three months before it ends.
	agr := []*Agreement{
		{Meta: Meta{ID: "old"}, Title: "SÖK 2023", To: "2026-12-31", State: StateSuperseded},
		{Meta: Meta{ID: "a"}, Title: "SÖK 2025–2028", To: "2028-03-31", State: StateSigned},
	}
	got = ProposeYear(2027, parts, agr, title)
	renew := got[slices.IndexFunc(got, func(d *Deadline) bool { return d.Kind == DeadlineAgreement })]
	if renew.Due != "2027-12-31" || renew.Title != ProposalKey("agreementRenew")+"TitleSÖK 2025–2028" || renew.RepeatMonths != 0 {
		t.Errorf("renewal: %+v", renew)
	}
	// Without a district administration the first aktör is responsible.
	got = ProposeYear(2027, parts[:1], nil, title)
	if got[0].PartID != "school" {
		t.Errorf("fallback responsible: %q", got[0].PartID)
	}
}

func TestValidateYearRecords(t *testing.T) {
	for _, r := range []Record{validDeadline(), validDialogue()} {
		if p := Validate(r); len(p) != 0 {
			t.Errorf("%T: %v", r, p)
		}
	}
	for _, tc := range []struct {
		name, field, code string
		r                 Record
	}{
		{"DeadlineNoTitle", "title", CodeRequired, mod(validDeadline(), func(d *Deadline) { d.Title = " " })},
		{"DeadlineNoDue", "due", CodeRequired, mod(validDeadline(), func(d *Deadline) { d.Due = "" })},
		{"DeadlineBadDue", "due", CodeDateInvalid, mod(validDeadline(), func(d *Deadline) { d.Due = "2026-02-30" })},
		{"DeadlineKind", "kind", CodeEnum, mod(validDeadline(), func(d *Deadline) { d.Kind = "fest" })},
		{"DeadlineRepeat", "repeatMonths", CodeRepeat, mod(validDeadline(), func(d *Deadline) { d.RepeatMonths = 5 })},
		{"DeadlineUntil", "until", CodeDateOrder, mod(validDeadline(), func(d *Deadline) { d.Until = "2025-01-01" })},
		{"CompletionDate", "completions[0].done", CodeRequired, mod(validDeadline(), func(d *Deadline) {
			d.Completions = []Completion{{Due: "2026-01-31"}}
		})},
		{"CompletionKind", "completions[0].recordKind", CodeEnum, mod(validDeadline(), func(d *Deadline) {
			d.Completions = []Completion{{Due: "2026-01-31", Done: "2026-01-30", RecordKind: "nothing"}}
		})},
		{"DialogueKind", "kind", CodeRequired, mod(validDialogue(), func(d *Dialogue) { d.Kind = "" })},
		{"DialoguePlace", "place", CodeRequired, mod(validDialogue(), func(d *Dialogue) { d.Place = "" })},
		{"DialogueDate", "date", CodeRequired, mod(validDialogue(), func(d *Dialogue) { d.Date = "" })},
		{"DialoguePeople", "people", CodeRange, mod(validDialogue(), func(d *Dialogue) { d.People = -3 })},
		{"FindingPlace", "findings[1].place", CodeRequired, mod(validDialogue(), func(d *Dialogue) { d.Findings[1].Place = "" })},
		{"FindingText", "findings[0].text", CodeRequired, mod(validDialogue(), func(d *Dialogue) { d.Findings[0].Text = "" })},
		{"FindingDuplicate", "findings[1].id", CodeDuplicateFinding, mod(validDialogue(), func(d *Dialogue) { d.Findings[1].ID = "f1" })},
		{"FindingPersonnummer", "findings[0].text", CodePersonnummer, mod(validDialogue(), func(d *Dialogue) {
			d.Findings[0].Text = "Anmälan om " + pnr("120304", "123")
		})},
		{"OrganisationEmpty", "organisations[0]", CodeRequired, mod(validDialogue(), func(d *Dialogue) { d.Organisations[0] = "" })},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := Validate(tc.r).For(tc.field)
			if e == nil || e.Code != tc.code {
				t.Fatalf("want %s on %s, got %v", tc.code, tc.field, Validate(tc.r))
			}
		})
	}
}

func TestYearCodesAreTranslated(t *testing.T) {
	codes := errorCodes(t, "errors.go", "validate.go", "year_validate.go")
	for _, lang := range []string{"sv", "en"} {
		m := messages(t, lang)
		for _, k := range DeadlineKinds {
			if m["year.deadlineKind."+string(k)] == "" {
				t.Errorf("%s: no name for deadline kind %s", lang, k)
			}
		}
		for _, k := range DialogueKinds {
			if m["year.dialogueKind."+string(k)] == "" {
				t.Errorf("%s: no name for dialogue kind %s", lang, k)
			}
		}
		for _, n := range RepeatChoices {
			if m[fmt.Sprintf("year.repeat.%d", n)] == "" {
				t.Errorf("%s: no name for repeating every %d months", lang, n)
			}
		}
		for _, s := range append(proposalSteps, proposalStep{key: "agreementNew"}, proposalStep{key: "agreementRenew"}) {
			if m[ProposalKey(s.key)] == "" {
				t.Errorf("%s: no title for %s", lang, s.key)
			}
		}
		for name, code := range codes {
			if m["error."+code] == "" {
				t.Errorf("%s: no text for %s", lang, name)
			}
		}
	}
}

func TestSituationFindings(t *testing.T) {
	s := &Situation{Meta: Meta{ID: "s26"}, Title: "Lägesbild 2026", Date: "2026-03-20"}
	problems := []*Problem{{Meta: Meta{ID: "pr1"}, SituationID: "s26"}, {Meta: Meta{ID: "old"}, SituationID: "s25"}}
	inPeriod := validDialogue() // 2026-04-14: after the date, linked by f1 only
	early := &Dialogue{Meta: Meta{ID: "dg0"}, Title: "Medborgardialog", Kind: DialogueCitizens, Date: "2025-09-10",
		Place: "Biblioteket", People: 40, Findings: []Finding{{ID: "e1", Text: "Otrygg parkering", Place: "P-huset"}}}
	tooOld := &Dialogue{Meta: Meta{ID: "dg-1"}, Title: "Enkät", Kind: DialogueSurvey, Date: "2024-05-01",
		Place: "Webben", Findings: []Finding{{ID: "o1", Text: "Gammalt", Place: "Torget", ProblemID: "old"}}}
	gone := &Dialogue{Meta: Meta{ID: "x", Deleted: true}, Date: "2025-10-01", Findings: []Finding{{ID: "x1"}}}
	got := SituationFindings(s, problems, []*Dialogue{inPeriod, tooOld, early, gone})
	var ids []string
	for _, f := range got {
		ids = append(ids, f.Finding.ID)
	}
	if strings.Join(ids, " ") != "e1 f1" {
		t.Fatalf("findings of the lägesbild: %v", ids)
	}
	if src := SituationDialogues(got); len(src) != 2 || src[0] != early || src[1] != inPeriod {
		t.Fatalf("sources: %v", src)
	}
	// A lägesbild with a period takes the dialogues held in it.
	s.From, s.To = "2026-01-01", "2026-12-31"
	if got := SituationFindings(s, problems, []*Dialogue{inPeriod, early}); len(got) != 2 || got[1].Finding.ID != "f2" {
		t.Fatalf("findings in the period: %v", got)
	}
}

func TestPromiseLoop(t *testing.T) {
	d := validDialogue()
	p := Promise{ID: "lofte-1", Text: "Vi städar bort klotter inom ett dygn", FindingIDs: []string{"f1"},
		CommitmentIDs: []string{"c1", "missing"}}
	got := PromiseFindings(p, []*Dialogue{d})
	if len(got) != 2 || got[0].Finding.ID != "f1" || got[1].Finding.ID != "f2" {
		t.Fatalf("findings answered: %v", got)
	}
	cs := []*Commitment{{Meta: Meta{ID: "c1"}, Title: "Klottersanering"}}
	fus := []*FollowUp{
		{Meta: Meta{ID: "u2"}, CommitmentID: "c1", Date: "2026-09-01", Status: StatusOngoing},
		{Meta: Meta{ID: "u1"}, CommitmentID: "c1", Date: "2026-05-01", Status: StatusOngoing},
		{Meta: Meta{ID: "u3", Deleted: true}, CommitmentID: "c1", Date: "2026-06-01"},
		{Meta: Meta{ID: "u4"}, CommitmentID: "c1", Date: "2027-01-10", Status: StatusDone},
		{Meta: Meta{ID: "u5"}, CommitmentID: "c2", Date: "2026-06-01"},
	}
	pf := PromiseFollowUps(p, cs, fus, "2026-12-31")
	if len(pf) != 1 || pf[0].Commitment.ID != "c1" || len(pf[0].FollowUps) != 2 || pf[0].FollowUps[0].ID != "u1" {
		t.Fatalf("follow-ups: %+v", pf)
	}
}

func TestPromiseLinksKeepOldFingerprints(t *testing.T) {
	a := validAgreement()
	a.Promises = []Promise{{Text: "Vi lovar", PartIDs: []string{"p1"}}}
	before := AgreementFingerprint(a)
	a.Promises[0].CommitmentIDs = []string{"c1"}
	if AgreementFingerprint(a) == before {
		t.Fatal("the commitments a löfte names are not part of the fingerprint")
	}
	a.Promises[0].CommitmentIDs = nil
	if AgreementFingerprint(a) != before {
		t.Fatal("an empty new field changed the fingerprint")
	}
	a.Promises[0].FindingIDs = []string{"f1"}
	n := a.NewVersion()
	n.Promises[0].FindingIDs[0] = "changed"
	if a.Promises[0].FindingIDs[0] != "f1" {
		t.Fatal("a new version shares its findings with the old one")
	}
}
