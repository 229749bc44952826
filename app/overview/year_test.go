package overview

import (
	"fmt"
	"strings"
	"testing"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/sessiontest"
)

func TestOverviewShowsTheYearsLateAndDueDeadlines(t *testing.T) {
	h := sessiontest.New(t)
	h.OpenFile(h.DemoFile())
	o := overviewOf(h)
	o.Refresh()
	text := kit.LabelTexts(o.YearList)
	// The demo council on its day: last December's medborgarlöfte is late,
	// a matter for the nämnd falls due within the month.
	late := "Sen: Medborgarlöfte för nästa år (2025-12-15) — Lokalpolisområde Skärholmen"
	if !strings.Contains(text, late) || !strings.Contains(text, "Ärende till nämnden: svar på remiss om trygghetsskapande åtgärder — Skärholmens stadsdelsförvaltning") {
		t.Fatalf("the overview's årshjul:\n%s", text)
	}
	if strings.Index(text, late) > strings.Index(text, "Ärende till nämnden: svar") {
		t.Error("what is late does not come first")
	}
	// Nothing else is due within 30 days of 2026-01-15, and nothing met
	// shows.
	if strings.Contains(text, "Verksamhetsberättelse") || strings.Contains(text, "Tertialrapport") {
		t.Errorf("the overview shows deadlines not due:\n%s", text)
	}
	// A month later the yearly verksamhetsberättelse is due.
	o.ui.Opt.Today = func() model.Date { return "2026-02-01" }
	o.Refresh()
	if text := kit.LabelTexts(o.YearList); !strings.Contains(text, "2026-02-15  Verksamhetsberättelse till nämnden") {
		t.Errorf("on 2026-02-01:\n%s", text)
	}
}

// TestOverviewDueSoonTileNamesWhatItCounts: the tile beside the årshjul's
// list counted commitments under the bare name "Ska vara klara inom 30
// dagar", so a chair saw "0" next to deadlines due within the month. The
// tile names commitments and counts the open ones due within 30 days.
func TestOverviewDueSoonTileNamesWhatItCounts(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	o := overviewOf(h)
	o.Refresh()
	if name := o.dueSoonName.Text; !strings.HasPrefix(name, "Åtaganden ") || !strings.Contains(name, "30 dagar") {
		t.Errorf("the tile is named %q", name)
	}
	// A day ten days before the first open commitment falls due.
	stored := h.Stored(path)
	var first model.Date
	for _, c := range stored.Commitments {
		if !c.Deleted && c.Status.Open() && c.Due > sessiontest.TestToday && (first == "" || c.Due < first) {
			first = c.Due
		}
	}
	if first == "" {
		t.Fatal("no open commitment of the example council is due after its day")
	}
	today := model.DateOf(first.Time().AddDate(0, 0, -10))
	o.ui.Opt.Today = func() model.Date { return today }
	o.Refresh()
	want := 0
	for _, c := range stored.Commitments {
		if !c.Deleted && !c.Overdue(today) && c.Status.Open() && c.Due != "" && c.Due <= today.AddDays(dueSoonDays) {
			want++
		}
	}
	if o.dueSoon.Text != fmt.Sprint(want) {
		t.Errorf("the tile counts %s, want %d commitments", o.dueSoon.Text, want)
	}
}
