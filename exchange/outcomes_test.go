package exchange

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"
	"time"

	"samverka/model"
)

// withOutcomes adds to the fixture council a shared commitment with delmål
// and resources, and two follow-ups with utfall.
func withOutcomes(t *testing.T) (*model.Dataset, *model.Commitment) {
	t.Helper()
	ds := council(t)
	c := ds.Commitments[0] // the association's nattvandring
	c.Contributors = []model.Contributor{{PartID: ds.Parts[1].ID}, {PartID: ds.Parts[0].ID, ContactID: ds.Representatives[0].ID}}
	c.Milestones = []model.Milestone{{ID: "m1", Title: "Tio pass", Date: "2026-04-30", Target: "10"}, {ID: "m2", Title: "Trettio pass", Date: "2026-09-30"}}
	c.Resources = model.Resources{EstimatedHours: 120, UsedHours: 40.5, EstimatedKronor: 1200}
	for i, f := range []*model.FollowUp{
		{CommitmentID: c.ID, Date: "2026-03-12", Status: model.StatusOngoing, Light: model.LightGreen, Comment: "=Bra start",
			Outcome: model.Measure{Value: 6, Date: "2026-03-10"}},
		{CommitmentID: c.ID, Date: "2026-05-07", Status: model.StatusOngoing, Light: model.LightYellow,
			Outcome: model.Measure{Value: 12.5, Date: "2026-05-01"}, MilestoneIDs: []string{"m1"}},
	} {
		model.Touch(f, fixtureTime.Add(time.Duration(i+1)*time.Hour), "test")
		if p := model.Validate(f); len(p) > 0 {
			t.Fatalf("fixture follow-up invalid: %v", p)
		}
		ds.Add(f)
	}
	if p := model.Validate(c); len(p) > 0 {
		t.Fatalf("fixture commitment invalid: %v", p)
	}
	return ds, c
}

func csvRows(t *testing.T, k model.Kind, ds *model.Dataset, lang string) [][]string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteCSV(&b, k, ds, lang); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), bom)))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// cellOf returns the cell under header in the row whose first cell is id.
func cellOf(t *testing.T, rows [][]string, id, header string) string {
	t.Helper()
	col := slices.Index(rows[0], header)
	if col < 0 {
		t.Fatalf("no column %q in %q", header, rows[0])
	}
	for _, r := range rows[1:] {
		if r[0] == id {
			return r[col]
		}
	}
	t.Fatalf("no row %s", id)
	return ""
}

func TestCommitmentListCarriesOutcomes(t *testing.T) {
	ds, c := withOutcomes(t)
	rows := csvRows(t, model.KindCommitment, ds, "sv")
	for header, want := range map[string]string{
		"Medverkande aktörer":   "Lokalpolisområde Skärholmen; Skärholmens stadsdelsförvaltning",
		"Delmål":                "2026-04-30 Tio pass (10) – uppnått 2026-05-07\n2026-09-30 Trettio pass",
		"Beräknade timmar":      "120",
		"Använda timmar":        "40,5",
		"Beräknad kostnad (kr)": "1200",
		"Använd kostnad (kr)":   "",
		"Senaste utfall":        "12,5",
		"Senaste utfall mätt":   "2026-05-01",
	} {
		if got := cellOf(t, rows, c.ID, header); got != want {
			t.Errorf("%s: %q, want %q", header, got, want)
		}
	}
	if got := cellOf(t, csvRows(t, model.KindCommitment, ds, "en"), c.ID, "Hours used"); got != "40.5" {
		t.Errorf("English hours %q", got)
	}
}

func TestFollowUpListWithOutcomes(t *testing.T) {
	ds, c := withOutcomes(t)
	rows := csvRows(t, model.KindFollowUp, ds, "sv")
	if len(rows) != 3 {
		t.Fatalf("%d rows: %q", len(rows), rows)
	}
	want := []string{"Id", "Åtagande-id", "Åtgärd", "Part", "Uppföljd", "Möte", "Status", "Trafikljus", "Indikator",
		"Utgångsläge", "Målvärde", "Utfall", "Utfall mätt", "Uppnådda delmål", "Kommentar"}
	if !slices.Equal(rows[0], want) {
		t.Errorf("header %q", rows[0])
	}
	first, second := rows[1], rows[2]
	if first[4] != "2026-03-12" || second[4] != "2026-05-07" {
		t.Errorf("not by date: %q, %q", first[4], second[4])
	}
	if first[1] != c.ID || first[2] != "Nattvandring fredagar" || first[3] != "Föreningen Ümran & Öberg" {
		t.Errorf("commitment cells %q", first[:4])
	}
	if first[11] != "6" || second[11] != "12,5" || second[12] != "2026-05-01" || second[13] != "Tio pass" || second[7] != "Gul" {
		t.Errorf("utfall cells %q / %q", first, second)
	}
	if first[14] != "'=Bra start" {
		t.Errorf("a comment that looks like a formula is not escaped: %q", first[14])
	}

	f := readXLSX(t, writeXLSX(t, ds, "sv"))
	if len(f.sheets) != 4 || f.sheets[3].Name != "Uppföljningar" {
		t.Fatalf("sheets %d", len(f.sheets))
	}
	sheet := f.sheets[3]
	if got := sheet.Rows[2][11]; got != "12.5" {
		t.Errorf("the workbook's utfall %q, want the number 12.5", got)
	}
	if !strings.Contains(string(f.parts[sheet.Part]), `<c r="L3"><v>12.5</v></c>`) {
		t.Error("the utfall is not a number cell")
	}
	if _, ok := ParseList("uppföljningar"); ok {
		t.Error("follow-ups are offered for import")
	}
}

func TestImportResources(t *testing.T) {
	ds, c := withOutcomes(t)
	line := func(hours string) string {
		return "Id;Åtgärd;Part;Prioriterat område;Använda timmar\r\n" +
			c.ID + ";Nattvandring fredagar;Föreningen Ümran & Öberg;Samverkan med civilsamhälle och näringsliv;" + hours + "\r\n"
	}
	im, err := ReadCSV(strings.NewReader(line("1 200,25")), model.KindCommitment, ds)
	if err != nil || len(im.Rejected) > 0 || len(im.Records) != 1 {
		t.Fatalf("import: %v %v", err, im.Rejected)
	}
	got := im.Records[0].(*model.Commitment)
	if got.Resources.UsedHours != 1200.25 || got.Resources.EstimatedHours != 120 || len(got.Contributors) != 2 || len(got.Milestones) != 2 {
		t.Errorf("imported %+v, contributors %d, delmål %d", got.Resources, len(got.Contributors), len(got.Milestones))
	}
	for _, bad := range []string{"många", "-3"} {
		im, err = ReadCSV(strings.NewReader(line(bad)), model.KindCommitment, ds)
		if err != nil || len(im.Rejected) != 1 {
			t.Fatalf("%q: %v %v", bad, err, im.Rejected)
		}
		e := im.Rejected[0]
		if e.Field != "resources.usedHours" || (e.Err.Code != model.CodeNumber && e.Err.Code != model.CodeRange) {
			t.Errorf("%q: %+v", bad, e)
		}
		if msg := e.Message("sv"); !strings.Contains(msg, "Rad 2") || !strings.Contains(msg, "Använda timmar") {
			t.Errorf("%q: message %q", bad, msg)
		}
	}
}
