package pdf

import (
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"samverka/assets"
	"samverka/model"
)

// chainToday is the day the chain council's plan and report are made.
const chainToday model.Date = "2026-01-15"

// chainDataset returns a small council whose chain is known by heart:
// one ranked problem with causes 1, 1.1, 2 and 3 (3 unanswered), a
// problem with nothing at all, a commitment straight on the problem, a
// late one, a done one, an old cancelled one with no link, and four
// meetings, the last with no follow-ups.
func chainDataset() *model.Dataset {
	ds := model.NewDataset(testCouncil())
	ds.Parts = testParts(4)
	for i := range 4 {
		ds.Representatives = append(ds.Representatives, &model.Representative{Meta: meta(fmt.Sprintf("rep-%02d", i)),
			PartID: ds.Parts[i].ID, Name: people[i].signer, Title: people[i].title, Role: model.RoleMember})
	}
	ds.Situations = []*model.Situation{{Meta: meta("sit-1"), Title: "Lägesbild Skärholmen hösten 2025", Date: "2025-09-01"}}
	ds.Problems = []*model.Problem{
		{Meta: meta("prob-1"), SituationID: "sit-1", Title: "Otrygghet i Skärholmens centrum kvällstid", Rank: 1},
		{Meta: meta("prob-2"), SituationID: "sit-1", Title: "Skadegörelse vid Sätra bollplan", Rank: 2},
	}
	ds.Causes = []*model.Cause{
		{Meta: meta("cause-1"), ProblemID: "prob-1", Number: 1, Description: "Få vuxna i rörelse kvällstid"},
		{Meta: meta("cause-11"), ProblemID: "prob-1", ParentID: "cause-1", Number: 1, Description: "Fritidsgården stänger redan 19.00"},
		{Meta: meta("cause-2"), ProblemID: "prob-1", Number: 2, Description: "Bristande belysning i gångtunneln"},
		{Meta: meta("cause-3"), ProblemID: "prob-1", Number: 3, Description: "Skadegörelse nattetid på torget"},
	}
	goal := model.Goal{Indicator: "Antal nattvandringar", Baseline: "12", Target: "40", Date: "2026-12-31"}
	ds.Commitments = []*model.Commitment{
		{Meta: meta("cm-1"), Title: "Nattvandring fredagar och lördagar", Description: "Vuxna i rörelse 19–23 i centrum.",
			PartID: "part-03", ContactID: "rep-03", CauseID: "cause-1", ProblemID: "prob-1", Area: model.AreaCivilSociety,
			Goal: goal, Start: "2025-10-01", Due: "2026-12-31", Status: model.StatusOngoing},
		{Meta: meta("cm-2"), Title: "Förlängda öppettider på fritidsgården", PartID: "part-00", ContactID: "rep-00",
			CauseID: "cause-11", ProblemID: "prob-1", Area: model.AreaSchool,
			Goal:  model.Goal{Indicator: "Öppet till klockan", Baseline: "19.00", Target: "22.00", Date: "2025-12-01"},
			Start: "2025-09-15", Due: "2025-12-01", Status: model.StatusLate},
		{Meta: meta("cm-3"), Title: "Ny belysning i gångtunneln", PartID: "part-02", ContactID: "rep-02",
			CauseID: "cause-2", ProblemID: "prob-1", Area: model.AreaCollaboration,
			Goal: model.Goal{Indicator: "Trasiga armaturer"}, Start: "2025-09-01", Due: "2025-11-30", Status: model.StatusDone, OneOff: true},
		{Meta: meta("cm-4"), Title: "Information om trygghetsvandringar", PartID: "part-01", ContactID: "rep-01",
			ProblemID: "prob-1", Area: model.AreaCollaboration, Start: "2025-10-01", Due: "2026-06-30", Status: model.StatusPlanned},
		{Meta: meta("cm-5"), Title: "Gammal kampanj mot klotter", PartID: "part-01", Area: model.AreaViolence,
			Start: "2024-01-01", Due: "2024-06-30", Status: model.StatusCancelled},
	}
	ds.Meetings = []*model.Meeting{
		{Meta: meta("m-0"), Date: "2024-05-01", Kind: model.MeetingCouncil, Number: "2024:2"},
		{Meta: meta("m-1"), Date: "2025-10-15", Kind: model.MeetingCouncil, Number: "2025:4"},
		{Meta: meta("m-2"), Date: "2025-11-19", Kind: model.MeetingCouncil, Number: "2025:5"},
		{Meta: meta("m-3"), Date: "2025-12-17", Kind: model.MeetingWorkingGroup},
	}
	follow := func(id, cm, m string, date model.Date, s model.Status, l model.Light, comment string) *model.FollowUp {
		return &model.FollowUp{Meta: meta(id), CommitmentID: cm, MeetingID: m, Date: date, Status: s, Light: l, Comment: comment}
	}
	ds.FollowUps = []*model.FollowUp{
		follow("f-1", "cm-1", "m-1", "2025-10-15", model.StatusOngoing, model.LightGreen, "Bra start, tolv vuxna i rörelse."),
		follow("f-2", "cm-1", "m-2", "2025-11-19", model.StatusOngoing, model.LightYellow, "Färre vuxna i november."),
		follow("f-3", "cm-2", "m-1", "2025-10-15", model.StatusOngoing, model.LightYellow, ""),
		follow("f-4", "cm-2", "m-2", "2025-11-19", model.StatusLate, model.LightRed, "Personalbrist på fritidsgården."),
		follow("f-5", "cm-3", "m-1", "2025-10-15", model.StatusOngoing, model.LightGreen, ""),
		follow("f-6", "cm-3", "m-2", "2025-11-19", model.StatusDone, model.LightGreen, "Klart, alla armaturer bytta."),
		follow("f-7", "cm-5", "m-0", "2024-05-01", model.StatusCancelled, model.LightNone, "Ersatt av annan insats."),
	}
	return ds
}

// raw returns the document's text in the order it was written, pages
// apart and white space squashed: a table cell's wrapped lines stay
// together, where the layout text interleaves them with the cells beside.
func raw(t *testing.T, p printed) []string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-raw", "-enc", "UTF-8", p.path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	for i := range pages {
		pages[i] = squash(pages[i])
	}
	return pages[:len(p.pages)]
}

// containsRaw fails the test for every want the document's raw text lacks.
func containsRaw(t *testing.T, p printed, want ...string) {
	t.Helper()
	all := strings.Join(raw(t, p), " ")
	for _, w := range want {
		if !strings.Contains(all, squash(w)) {
			t.Errorf("document lacks %q", w)
		}
	}
}

func mustPlan(t testing.TB, in PlanInput) []byte {
	t.Helper()
	b, w, err := Plan(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(w) != 0 {
		t.Errorf("warnings for printable text: %v", w)
	}
	return b
}

// chainMessages returns the chain warnings as the documents word them.
func chainMessages(ws []model.Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, assets.Message("sv", w.Key(), w.Args))
	}
	return out
}

func TestPlan(t *testing.T) {
	ds := chainDataset()
	in := PlanInputFrom(ds, chainToday)
	in.ProgramVersion = "1.0.0-test"
	doc := readBack(t, mustPlan(t, in))
	doc.checkPageNumbers(t)
	containsRaw(t, doc, "Brottsförebyggande rådet Skärholmen · Skärholmen", "Åtgärdsplan", "Läget per 2026-01-15",
		"2 problem, 4 åtaganden", "från och med 2025-01-15", "1 tidigare avslutat åtagande visas inte.",
		"Nr", "Orsak", "Åtgärd (åtagande)", "Operativt mål", "När", "Vem", "Uppföljning",
		"Problem 1: Otrygghet i Skärholmens centrum kvällstid · Lägesbild: Lägesbild Skärholmen hösten 2025 (2025-09-01)",
		"Få vuxna i rörelse kvällstid", "Fritidsgården stänger redan 19.00",
		"Nattvandring fredagar och lördagar", "Föreningen Trygga Vuxna i Sätra", "Nguyễn Thị Hương",
		"Antal nattvandringar", "12 → 40", "senast 2026-12-31", "2025-10-01 –", "Pågår", "2025-11-19: Färre vuxna i november.",
		"Skärholmens stadsdelsförvaltning", "Åsa Öberg", "19.00 → 22.00", "Passerat slutdatum", "Försenad",
		"Personalbrist på fritidsgården.", "AB Svenska Bostäder", "Punktinsats", "Klar",
		"Skadegörelse nattetid på torget", "Inget åtagande",
		"Information om trygghetsvandringar", "Ingen orsak angiven", "Mål saknas", "Ej uppföljd", "Planerad",
		"Problem 2: Skadegörelse vid Sätra bollplan", "Inga orsaker angivna",
		"Brister i kedjan ("+strconv.Itoa(len(in.Plan.Warnings))+")", "Samverka 1.0.0-test")
	containsRaw(t, doc, chainMessages(in.Plan.Warnings)...)
	if len(in.Plan.Warnings) < 4 {
		t.Errorf("the chain council gives only %d warnings", len(in.Plan.Warnings))
	}
	all := strings.Join(raw(t, doc), " ")
	if strings.Contains(all, "Gammal kampanj") {
		t.Error("a commitment cancelled in 2024 is in the plan by default")
	}
	if strings.Contains(all, "Åtaganden utan koppling") {
		t.Error("the plan has a group for unlinked commitments, all of which it leaves out")
	}
	// The grid runs cause by cause: 1 before 1.1 before 2 before 3, and
	// the commitment on the problem itself after the causes.
	order := []string{"Få vuxna i rörelse", "Nattvandring fredagar", "1.1 Fritidsgården stänger", "Förlängda öppettider",
		"2 Bristande belysning", "Ny belysning i gångtunneln", "3 Skadegörelse nattetid", "Information om trygghetsvandringar",
		"Problem 2:", "Brister i kedjan"}
	at := -1
	for _, s := range order {
		i := strings.Index(all, s)
		if i <= at {
			t.Errorf("%q is not after %q in the plan", s, order[max(0, slicesIndex(order, s)-1)])
		}
		at = max(at, i)
	}
	size := doc.info(t, "Page size")
	if m := regexp.MustCompile(`([\d.]+) x ([\d.]+)`).FindStringSubmatch(size); m == nil || m[1] < m[2] {
		t.Errorf("the plan's pages are not landscape: %q", size)
	}
	if got := doc.info(t, "Title"); got != "Åtgärdsplan per 2026-01-15" {
		t.Errorf("metadata title %q", got)
	}
	sameTwice(t, func() []byte { return mustPlan(t, in) })
}

func slicesIndex(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

func TestPlanFinished(t *testing.T) {
	ds := chainDataset()
	in := PlanInputFrom(ds, chainToday)
	in.Finished = FinishedAll
	doc := readBack(t, mustPlan(t, in))
	containsRaw(t, doc, "Planen visar alla åtaganden", "Åtaganden utan koppling till orsak eller problem",
		"Gammal kampanj mot klotter", "Avbruten", "2024-05-01: Ersatt av annan insats.", "5 åtaganden")

	in.Finished = FinishedNone
	doc = readBack(t, mustPlan(t, in))
	containsRaw(t, doc, "Planen visar bara pågående och planerade åtaganden", "3 åtaganden",
		"2 tidigare avslutade åtaganden visas inte.", "2 Bristande belysning i gångtunneln 1 avslutat åtagande visas inte")
	text := doc.text()
	for _, gone := range []string{"Ny belysning i gångtunneln", "Gammal kampanj"} {
		if strings.Contains(text, gone) {
			t.Errorf("%q is in a plan of open commitments", gone)
		}
	}
}

// TestPlanRowsWhole checks a plan of many pages: the header on every
// page, no row cut by a page break, the problem named again on the pages
// it continues to.
func TestPlanRowsWhole(t *testing.T) {
	ds := chainDataset()
	for i := range 60 {
		ds.Commitments = append(ds.Commitments, &model.Commitment{
			Meta:  meta(fmt.Sprintf("cm-x%02d", i)),
			Title: fmt.Sprintf("Extra åtagande %d", i), PartID: ds.Parts[i%4].ID, CauseID: "cause-2", ProblemID: "prob-1",
			Description: strings.Repeat("Trygghetsvandring med boende i Sätra och Bredäng. ", 1+i%4) + fmt.Sprintf("slut-%d.", i),
			Area:        model.AreaCivilSociety, Start: "2025-10-01", Due: "2026-12-31", Status: model.StatusOngoing,
			Goal: model.Goal{Indicator: "Antal vandringar", Target: "10"},
		})
	}
	in := PlanInputFrom(ds, chainToday)
	doc := readBack(t, mustPlan(t, in))
	doc.checkPageNumbers(t)
	if len(doc.pages) < 5 {
		t.Fatalf("the long plan has only %d pages", len(doc.pages))
	}
	for i := range 60 {
		start, end := doc.onPage(fmt.Sprintf("Extra åtagande %d ", i)), doc.onPage(fmt.Sprintf("slut-%d.", i))
		if start == 0 || start != end {
			t.Errorf("row %d starts on page %d and ends on page %d", i, start, end)
		}
	}
	for i, p := range raw(t, doc)[1 : len(doc.pages)-1] {
		if !strings.Contains(p, "Nr Orsak Åtgärd (åtagande) Operativt mål När Vem Uppföljning") {
			t.Errorf("page %d lacks the table's header", i+2)
		}
		if !strings.Contains(p, "Problem 1: Otrygghet i Skärholmens centrum kvällstid · Lägesbild: Lägesbild Skärholmen hösten 2025 (2025-09-01) (forts.)") {
			t.Errorf("page %d does not say which problem continues", i+2)
		}
		if !strings.Contains(p, "2 Bristande belysning i gångtunneln") {
			t.Errorf("page %d does not repeat the cause", i+2)
		}
	}
}

func TestPlanEmptyAndEnglish(t *testing.T) {
	doc := readBack(t, mustPlan(t, PlanInputFrom(model.NewDataset(nil), chainToday)))
	doc.contains(t, "Åtgärdsplan", "Planen är tom", "Brister i kedjan (0)", "Kedjan är hel")
	doc.checkPageNumbers(t)

	in := PlanInputFrom(chainDataset(), chainToday)
	in.Lang = "en"
	doc = readBack(t, mustPlan(t, in))
	doc.contains(t, "Action plan", "Measure (commitment)", "Operational goal", "Page 1 of", "Gaps in the chain")
}

// TestPlanUnprintable checks that text the font cannot draw is replaced
// and named in a warning, not a failure.
func TestPlanUnprintable(t *testing.T) {
	ds := chainDataset()
	ds.Commitments[0].Title = "Nattvandring 🚶 fredagar"
	ds.Causes[2].Description = "Belysning 💡 saknas"
	b, w, err := Plan(PlanInputFrom(ds, chainToday))
	if err != nil {
		t.Fatal(err)
	}
	readBack(t, b).contains(t, "Nattvandring □ fredagar", "Belysning □ saknas")
	kinds := map[model.Kind]bool{}
	for _, x := range w {
		kinds[x.Kind] = true
	}
	if !kinds[model.KindCommitment] || !kinds[model.KindCause] {
		t.Errorf("warnings %v do not name the commitment and the cause", w)
	}
}
