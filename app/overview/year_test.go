package overview

import (
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
