package meetings

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/model"

	"samverka/app/internal/sessiontest"
)

// TestAgendaItemClass marks a § Ej offentlig with the class picker beside
// the agenda item's fields, as a secretary would for the police's report:
// without a provision the picker says what is missing and nothing is
// saved; with one the § is marked, the agenda list says so, and the
// minutes printed with "Offentlig version" leave the § out while the full
// minutes mark its page.
func TestAgendaItemClass(t *testing.T) {
	opened := sessiontest.Viewer(t)
	h := sessiontest.New(t)
	h.OpenFile(h.DemoFile())
	e := newMeetingAt(h, "2026-12-08", "18:00", "20:00", "Sätra bibliotek")
	const title = "Föregående protokoll"
	e.tabs.Select(e.minutesTab)
	chooseItem(t, e.minutes, title)
	minutesText(e.minutes, "Polisen berättade om spaningen vid Hemligvägen.")

	e.tabs.Select(e.agendaTab)
	a := e.agenda
	i := slices.IndexFunc(e.mt.Agenda, func(it model.AgendaItem) bool { return it.Title == title })
	a.list.Select(i)
	if a.class.Provision.Visible() {
		t.Fatal("the provision shows for an Öppen §")
	}
	a.class.Choice.SetID(string(model.ClassSecret))
	if !a.class.Provision.Visible() {
		t.Fatal("choosing Ej offentlig does not ask for the provision")
	}
	test.Tap(a.save)
	if got := a.form.Problem("provision"); !strings.Contains(got, "sekretessbestämmelse") {
		t.Fatalf("no provision, and the form says %q (general %q)", got, a.form.General.Text)
	}
	if it := item(t, e.mt, title); !it.Public() {
		t.Fatal("the § was marked without its provision")
	}
	test.Type(a.class.Provision, "OSL 18 kap. 1 §")
	test.Tap(a.save)
	if got := a.form.Problem("provision"); got != "" {
		t.Fatalf("a § with its provision is refused: %q", got)
	}
	want := model.Marking{Class: model.ClassSecret, Provision: "OSL 18 kap. 1 §"}
	if it := item(t, e.mt, title); it.Marking != want {
		t.Fatalf("the § is marked %+v, want %+v", it.Marking, want)
	}
	if !slices.Contains(sessiontest.DrawnTexts(a.list), "Information · Ej offentlig") &&
		!contains(sessiontest.DrawnTexts(a.list), "Ej offentlig") {
		t.Error("the agenda list does not show the § as Ej offentlig")
	}
	// Another item shows Öppen again, and the marked one its class.
	a.list.Select((i + 1) % len(e.mt.Agenda))
	if a.class.Choice.ID() != string(model.ClassOpen) || a.class.Provision.Visible() {
		t.Error("the next § shows the marked one's class")
	}
	a.list.Select(i)
	if a.class.Marking() != want {
		t.Errorf("the marked § shows %+v", a.class.Marking())
	}

	test.Tap(e.minutesPDF)
	full := sessiontest.PDFText(t, (*opened)[len(*opened)-1])
	if !strings.Contains(full, "Hemligvägen") || !strings.Contains(full, "EJ OFFENTLIG – OSL 18 kap. 1 §") {
		t.Errorf("the full minutes lack the § or its marking:\n%.1200s", full)
	}
	e.public.SetChecked(true)
	test.Tap(e.minutesPDF)
	path := (*opened)[len(*opened)-1]
	if !strings.Contains(path, "offentlig version") {
		t.Errorf("the public minutes are written as %s", path)
	}
	public := sessiontest.PDFText(t, path)
	if strings.Contains(public, "Hemligvägen") || strings.Contains(public, title) || strings.Contains(public, "EJ OFFENTLIG") {
		t.Errorf("the public minutes hold the Ej offentlig §:\n%.1500s", public)
	}
	if !strings.Contains(strings.Join(strings.Fields(public), " "), "Utelämnad i den offentliga versionen: Ej offentlig (OSL 18 kap. 1 §)") {
		t.Error("the public minutes do not say the § is left out")
	}
}
