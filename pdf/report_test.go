package pdf

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"samverka/model"
)

func mustReport(t testing.TB, in ReportInput) []byte {
	t.Helper()
	b, w, err := Report(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(w) != 0 {
		t.Errorf("warnings for printable text: %v", w)
	}
	return b
}

// tallyText returns a tally row as the report prints it: the name, then
// the commitments and the five buckets.
func tallyText(name string, t model.Tally) string {
	figures := []int{t.Commitments, t.Done, t.OnTrack, t.AtRisk, t.Late, t.Cancelled}
	s := name
	for _, n := range figures {
		s += " " + strconv.Itoa(n)
	}
	return s
}

func TestReport(t *testing.T) {
	in := ReportInputFrom(chainDataset(), "2025-01-01", "2025-12-31", chainToday)
	in.ProgramVersion = "1.0.0-test"
	r := in.Report
	// The chain council by hand: the cancelled campaign of 2024 is out of
	// the period; the lamps are done, the youth centre late, the night
	// walks yellow, the information planned.
	if want := (model.Tally{Commitments: 4, Done: 1, OnTrack: 1, AtRisk: 1, Late: 1}); r.Total != want {
		t.Fatalf("model.BuildReport gives %+v for the chain council; the test expects %+v", r.Total, want)
	}
	doc := readBack(t, mustReport(t, in))
	doc.checkPageNumbers(t)
	want := []string{
		"Brottsförebyggande rådet Skärholmen · Skärholmen", "Uppföljningsrapport",
		"Period 2025-01-01 – 2025-12-31", "Läget per 2025-12-31",
		"Möten " + strconv.Itoa(len(r.Meetings)), "Uppföljningar " + strconv.Itoa(r.FollowUps),
		"Samverka 1.0.0-test", "Sammanfattning",
		"4 Åtaganden 1 Klara 1 Enligt plan 1 Risk för försening 1 Försenade 0 Avbrutna",
		"Per prioriterat område", "Prioriterat område Åtaganden Klara Enligt plan Risk för försening Försenade Avbrutna",
		tallyText("Totalt", r.Total),
		"Per aktör", "Aktör Åtaganden Klara",
		"Trafikljus per möte", "Grön Gul Röd Ingen färg", "10-15 2025", "11-19", "12-17",
		"Försenade åtaganden (1)", "Förlängda öppettider på fritidsgården Skärholmens stadsdelsförvaltning Åsa Öberg 2025-12-01 30 Försenad",
		fmt.Sprintf("Brister i kedjan (%d)", len(r.Warnings)),
		"Period 2025-01-01 – 2025-12-31 · läget per 2025-12-31",
	}
	for _, a := range r.Areas {
		want = append(want, tallyText(a.Area.Name(), a.Tally))
	}
	for _, p := range r.Parts {
		want = append(want, tallyText(p.Name, p.Tally))
	}
	want = append(want, chainMessages(r.Warnings)...)
	containsRaw(t, doc, want...)
	if len(r.Meetings) != 3 || r.Meetings[2].Total() != 0 {
		t.Errorf("the chain council's period should hold three meetings, the last without follow-ups: %+v", r.Meetings)
	}
	if len(r.Parts) != 4 {
		t.Errorf("%d parts in the report; the test expects 4", len(r.Parts))
	}
	if strings.Contains(doc.text(), "Gammal kampanj") {
		t.Error("a commitment of 2024 is in the report of 2025")
	}
	if got := doc.info(t, "Title"); got != "Uppföljningsrapport 2025-01-01 – 2025-12-31" {
		t.Errorf("metadata title %q", got)
	}
	sameTwice(t, func() []byte { return mustReport(t, in) })
}

func TestReportEmptyAndEnglish(t *testing.T) {
	in := ReportInputFrom(model.NewDataset(nil), "2025-01-01", "2025-12-31", chainToday)
	doc := readBack(t, mustReport(t, in))
	doc.checkPageNumbers(t)
	containsRaw(t, doc, "Uppföljningsrapport", "Totalt 0 0 0 0 0 0", "Inga åtaganden under perioden.",
		"Inga möten hölls under perioden.", "Försenade åtaganden (0)", "Inga åtaganden har passerat sitt slutdatum.",
		"Kedjan är hel")

	in = ReportInputFrom(chainDataset(), "2025-01-01", "2025-12-31", chainToday)
	in.Lang = "en"
	doc = readBack(t, mustReport(t, in))
	containsRaw(t, doc, "Follow-up report", "By priority area", "By actor", "Traffic lights per meeting",
		"Green Yellow Red", "Overdue commitments (1)", "Gaps in the chain", "Page 1 of")
}

// TestReportManyMeetings checks that a long period's meetings are drawn
// in several charts, every meeting with its date.
func TestReportManyMeetings(t *testing.T) {
	r := model.Report{From: "2025-01-01", To: "2025-12-31", AsOf: "2025-12-31", Today: chainToday}
	for i := range 30 {
		date := model.Date("2025-01-06").AddDays(i * 11)
		r.Meetings = append(r.Meetings, model.MeetingLights{Meeting: &model.Meeting{Meta: meta(fmt.Sprintf("m-%02d", i)), Date: date},
			Green: i % 7, Yellow: i % 3, Red: i % 2, None: i % 5})
	}
	doc := readBack(t, mustReport(t, ReportInput{Report: r}))
	doc.checkPageNumbers(t)
	all := strings.Join(raw(t, doc), " ")
	for _, m := range r.Meetings {
		if !strings.Contains(all, string(m.Meeting.Date)[5:]) {
			t.Errorf("the meeting of %s has no label", m.Meeting.Date)
		}
	}
}

// TestReportChartPixels renders the traffic-light chart and measures the
// colours: the bars are drawn, and their areas are in proportion to the
// follow-ups they stand for.
func TestReportChartPixels(t *testing.T) {
	needTool(t, "pdftoppm")
	meeting := func(id string, date model.Date) *model.Meeting {
		return &model.Meeting{Meta: meta(id), Date: date, Kind: model.MeetingCouncil}
	}
	// 24 green, 12 yellow and 6 red follow-ups, no light for none: the
	// legend's swatches aside, green covers twice yellow's area, yellow
	// twice red's.
	r := model.Report{From: "2025-01-01", To: "2025-12-31", AsOf: "2025-12-31", Today: chainToday,
		Meetings: []model.MeetingLights{
			{Meeting: meeting("m-1", "2025-03-12"), Green: 20, Yellow: 10, Red: 5},
			{Meeting: meeting("m-2", "2025-06-04")},
			{Meeting: meeting("m-3", "2025-09-17"), Green: 4, Yellow: 2, Red: 1},
		}}
	doc := readBack(t, mustReport(t, ReportInput{Report: r}))
	page := doc.onPage("Trafikljus per möte")
	counts := lightPixels(t, doc, page)
	g, y, red := counts[model.LightGreen], counts[model.LightYellow], counts[model.LightRed]
	if g == 0 || y == 0 || red == 0 {
		t.Fatalf("traffic-light colours missing on page %d: %v", page, counts)
	}
	// Green less yellow is 12 follow-ups' area, yellow less red 6.
	ratio := float64(g-y) / float64(y-red)
	if ratio < 1.7 || ratio > 2.3 {
		t.Errorf("bars out of proportion: %d green, %d yellow, %d red pixels (ratio %.2f, want 2)", g, y, red, ratio)
	}
}

// TestReportHandMade checks that a report built by hand with holes in it
// (no meeting record, no commitment) is still made.
func TestReportHandMade(t *testing.T) {
	r := model.Report{From: "2025-01-01", To: "2025-12-31",
		Meetings: []model.MeetingLights{{Green: 2}, {Meeting: &model.Meeting{Date: "2025-05-05"}, Red: 1}},
		Overdue:  []model.OverdueItem{{DaysLate: 3}}}
	doc := readBack(t, mustReport(t, ReportInput{Report: r}))
	containsRaw(t, doc, "Trafikljus per möte", "05-05 2025", "Försenade åtaganden (1)")
}

func TestReportInputFrom(t *testing.T) {
	ds := chainDataset()
	in := ReportInputFrom(ds, "", "", chainToday)
	if in.Council != ds.Council || in.Report.To != chainToday || in.Report.From != "2024-01-01" {
		t.Errorf("ReportInputFrom gives council %v, period %s – %s", in.Council, in.Report.From, in.Report.To)
	}
	if in := ReportInputFrom(nil, "", "", chainToday); in.Council != nil {
		t.Error("a report of no dataset has a council")
	}
}
