package situation

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/app/internal/sessiontest"
)

// TestPrintPlanPublic prints the example council's åtgärdsplan with
// Offentlig version ticked beside the print button: the file is named as
// the public version and leaves out the police's Intern cause, which the
// full plan prints under its page marking.
func TestPrintPlanPublic(t *testing.T) {
	h := sessiontest.New(t)
	opened := h.Viewer()
	h.OpenFile(h.DemoFile())
	pl := planOf(h)
	pl.Refresh()
	pl.rec.chooser.SetID(livePlan)
	const intern = "Efterfrågan från köpare"
	test.Tap(pl.print)
	full := sessiontest.PDFText(t, (*opened)[len(*opened)-1])
	if !strings.Contains(full, intern) || !strings.Contains(full, "INTERN") {
		t.Fatalf("the full plan lacks the Intern cause or its marking")
	}
	pl.public.SetChecked(true)
	test.Tap(pl.print)
	path := (*opened)[len(*opened)-1]
	if !strings.Contains(path, "offentlig version") {
		t.Errorf("the public plan is written as %s", path)
	}
	public := sessiontest.PDFText(t, path)
	if strings.Contains(public, intern) || strings.Contains(public, "INTERN") || !strings.Contains(public, "Offentlig version") {
		t.Errorf("the public plan holds the Intern cause or does not say it is public:\n%.1500s", public)
	}
}
