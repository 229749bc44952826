package year

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"samverka/model"
	"samverka/storage"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

func yearOf(h *sessiontest.Harness) *Screen {
	return h.Screen("year", func() session.Screen { return New(h.S) }).(*Screen)
}

// newCouncilFile writes a council with a district administration and a
// lokalpolisområde and nothing else, as a new council starts.
func newCouncilFile(h *sessiontest.Harness) string {
	h.T.Helper()
	path := filepath.Join(h.Dir, "Nytt råd.samverka")
	d, err := storage.Create(path, &model.Council{Name: "Brottsförebyggande rådet i Vårby"}, h.StorageOptions("Setup", "SETUP-PC"))
	if err != nil {
		h.T.Fatal(err)
	}
	for _, p := range []*model.Part{
		{Name: "Vårby stadsdelsförvaltning", Kind: model.PartDistrict},
		{Name: "Lokalpolisområde Huddinge", Kind: model.PartPolice},
	} {
		if err := d.Put(p); err != nil {
			h.T.Fatal(err)
		}
	}
	if err := d.Close(); err != nil {
		h.T.Fatal(err)
	}
	return path
}

// rowTexts returns the texts of the årshjul list's rows as drawn.
func rowTexts(s *Screen) []string { return sessiontest.ListTexts(s.List) }

func TestProposalForANewCouncil(t *testing.T) {
	h := sessiontest.New(t)
	path := newCouncilFile(h)
	h.OpenFile(path)
	s := yearOf(h)
	if len(s.Shown) != 0 || !s.Propose.Visible() || s.Propose.Disabled() {
		t.Fatalf("an empty council: %d shown, propose visible %v", len(s.Shown), s.Propose.Visible())
	}
	test.Tap(s.Propose)
	// A yearly step per month of the kommun's and Brå's cycle, and the
	// agreement to sign by the end of June.
	if len(s.Deadlines) != 13 || len(s.Shown) != 13 || len(s.Wheel.Occurrences()) != 13 {
		t.Fatalf("%d deadlines, %d shown", len(s.Deadlines), len(s.Shown))
	}
	if s.Propose.Visible() {
		t.Error("Föreslå årshjul is still offered")
	}
	rows := strings.Join(rowTexts(s), "\n")
	for _, want := range []string{
		"2026-02-15  Verksamhetsberättelse till nämnden | Verksamhetsberättelse | Vårby stadsdelsförvaltning",
		"2026-03-31  Gemensam lägesbild, prioritering och orsaksanalys (Brå steg 2) | Lägesbild | Vårby stadsdelsförvaltning",
		"2026-04-15  Medborgardialog inför medborgarlöftet | Dialog | Lokalpolisområde Huddinge",
		"2026-06-30  Teckna samverkansöverenskommelse (Brå steg 3) | Samverkansöverenskommelse",
		"2026-12-15  Medborgarlöfte för nästa år | Medborgarlöfte | Lokalpolisområde Huddinge",
	} {
		if !strings.Contains(rows, want) {
			t.Errorf("no row %q in\n%s", want, rows)
		}
	}
	// Ctrl+Z takes the whole proposal back.
	h.S.OnUndo()
	if len(s.Deadlines) != 0 || !s.Propose.Visible() {
		t.Errorf("after undo: %d deadlines", len(s.Deadlines))
	}
	// Proposed again, it is saved: another program reads it from the file.
	test.Tap(s.Propose)
	h.CloseFile()
	stored := h.Stored(path)
	stored.Deadlines = model.Live(stored.Deadlines)
	if len(stored.Deadlines) != 13 {
		t.Fatalf("%d deadlines in the file", len(stored.Deadlines))
	}
	for _, d := range stored.Deadlines {
		if d.PartID == "" || (d.Kind != model.DeadlineAgreement && d.RepeatMonths != 12) {
			t.Errorf("%s: responsible %q, repeats %d", d.Title, d.PartID, d.RepeatMonths)
		}
	}
}

func TestEditAndMeetDeadlines(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	s := yearOf(h)
	// The demo's årshjul on its day (2026-01-15): last December's löfte
	// is late, a matter for the nämnd is due within the month.
	s.showYear(2025)
	rows := strings.Join(rowTexts(s), "\n")
	if !strings.Contains(rows, "2025-12-15  Medborgarlöfte för nästa år | Medborgarlöfte | Lokalpolisområde Skärholmen | Sen") {
		t.Fatalf("the late löfte is not shown as late:\n%s", rows)
	}
	s.showYear(2026)
	if rows := strings.Join(rowTexts(s), "\n"); !strings.Contains(rows, "Ärende till nämnden: svar på remiss om trygghetsskapande åtgärder | Ärende till nämnden | Skärholmens stadsdelsförvaltning | Inom 30 dagar") {
		t.Fatalf("nothing due within 30 days:\n%s", rows)
	}

	// A new deadline with a date that does not exist is refused at the
	// field, and kept in the form.
	test.Tap(s.Add)
	e := s.Editor
	test.Type(e.Title, "Trygghetsvandring med skolorna")
	e.Kind.SetSelectedIndex(slices.Index(model.DeadlineKinds, model.DeadlineDialogue))
	e.Due.SetText("2026-02-30")
	e.Repeat.SetSelectedIndex(slices.Index(model.RepeatChoices, 12))
	test.Tap(e.Save)
	if p := e.Form.Problem("due"); !strings.Contains(p, "Datumet finns inte") {
		t.Fatalf("problem under the date: %q", p)
	}
	e.Due.SetText("2026-02-26")
	test.Tap(e.Save)
	if e.Form.Problem("due") != "" {
		t.Fatal("the fixed date is still refused")
	}
	i := slices.IndexFunc(s.Shown, func(o model.Occurrence) bool { return o.Deadline.Title == "Trygghetsvandring med skolorna" })
	if i < 0 {
		t.Fatal("the new deadline is not in the list")
	}

	// The late löfte is marked met; it is no longer late.
	s.showYear(2025)
	i = slices.IndexFunc(s.Shown, func(o model.Occurrence) bool { return o.Due == "2025-12-15" })
	s.List.Select(i)
	e = s.Editor
	if e.Done == nil || e.Done.Text != "Markera 2025-12-15 som klar" {
		t.Fatalf("no button to mark it met: %v", e.Done)
	}
	test.Tap(e.Done)
	if late := model.Late(s.Deadlines, h.S.Today()); len(late) != 0 {
		t.Fatalf("still late: %v", late)
	}
	i = slices.IndexFunc(s.Shown, func(o model.Occurrence) bool { return o.Due == "2025-12-15" })
	if !strings.HasSuffix(rowTexts(s)[i], "| Klar 2026-01-15") {
		t.Errorf("row after marking: %q", rowTexts(s)[i])
	}
	// It names the medborgarlöfte agreement it produced.
	c := s.Shown[i].Completion
	if c.RecordKind != model.KindAgreement || h.S.Doc.View.Agreements[c.RecordID] == nil {
		t.Errorf("completion names %s %s", c.RecordKind, c.RecordID)
	}
}

func TestTheStripDrawsTheYear(t *testing.T) {
	h := sessiontest.New(t)
	h.OpenFile(h.DemoFile())
	s := yearOf(h)
	s.showYear(2025)
	s.Wheel.Resize(fyne.NewSize(1200, 260))
	s.Wheel.Refresh()
	if len(s.Wheel.Markers) != len(s.Shown) || len(s.Shown) < 12 {
		t.Fatalf("%d markers for %d occurrences", len(s.Wheel.Markers), len(s.Shown))
	}
	// Each marker sits in its month's box: six months to a row.
	colW, rowH := (float32(1200)-5*4)/6, (float32(260)-4)/2
	for i, o := range s.Shown {
		month := int(o.Due.Time().Month()) - 1
		x, y := s.Wheel.Markers[i].X, s.Wheel.Markers[i].Y
		if col := float32(month % 6); x < col*(colW+4)-1 || x > (col+1)*(colW+4) {
			t.Errorf("%s %s drawn at x %.0f", o.Due, o.Deadline.Title, x)
		}
		if row := float32(month / 6); y < row*(rowH+4) || y > (row+1)*(rowH+4) {
			t.Errorf("%s %s drawn at y %.0f", o.Due, o.Deadline.Title, y)
		}
	}
	// A tap on a marker opens its deadline.
	m := s.Wheel.Markers[0]
	test.TapAt(s.Wheel, m.Add(fyne.NewPos(8, 8)))
	if s.Editor == nil || s.Editor.d != s.Shown[0].Deadline {
		t.Fatal("the tapped marker did not open")
	}
}

func TestDialogueFindings(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	s := yearOf(h)
	i := slices.IndexFunc(s.Dialogues, func(d *model.Dialogue) bool { return d.Title == "Trygghetsvandring i Vårberg" })
	s.Tabs.Select(s.dialoguesTab)
	s.DialogueList.Select(i)
	e := s.DialogueForm
	if e.Title.Text != "Trygghetsvandring i Vårberg" || e.Kind.Selected != "Trygghetsvandring" || len(e.Findings) != 3 {
		t.Fatalf("the dialogue shows %q %q with %d findings", e.Title.Text, e.Kind.Selected, len(e.Findings))
	}
	f := e.Findings[0]
	if f.Place.Text != "Gångvägen mellan Vårbergs centrum och tunnelbanan" ||
		f.Problem.Sel.Selected != "Otrygghet kvällstid vid tunnelbanestationerna" ||
		!strings.HasPrefix(f.Promise.Sel.Selected, "1. Polisen och stadsdelsförvaltningen genomför gemensamma trygghetsva") {
		t.Fatalf("finding 1: %q, %q, %q", f.Place.Text, f.Problem.Sel.Selected, f.Promise.Sel.Selected)
	}

	// A finding without a place is refused, naming its row; nothing is
	// written.
	test.Tap(e.AddFinding)
	added := e.Findings[3]
	test.Type(added.Text, "Cyklar parkeras så att rullstolar inte kommer fram.")
	test.Tap(e.Save)
	if !e.Problems.Visible() || !strings.Contains(e.Problems.Text, "Iakttagelse 4, Iakttagelsens plats") {
		t.Fatalf("problems: %q", e.Problems.Text)
	}
	// A personnummer is refused in a finding too.
	test.Type(added.Place, "Cykelstället vid tunnelbanan")
	added.Text.SetText("Gäller 120304-1239")
	test.Tap(e.Save)
	if !strings.Contains(e.Problems.Text, "personnummer") {
		t.Fatalf("a personnummer is not refused: %q", e.Problems.Text)
	}
	added.Text.SetText("Cyklar parkeras så att rullstolar inte kommer fram.")
	added.Problem.SetID(f.Problem.ID())
	test.Tap(e.Save)
	if e.Problems.Visible() {
		t.Fatalf("refused: %q", e.Problems.Text)
	}
	var stored *model.Dialogue
	for _, d := range s.Dialogues {
		if d.Title == "Trygghetsvandring i Vårberg" {
			stored = d
		}
	}
	if stored == nil || len(stored.Findings) != 4 || stored.Findings[3].Place != "Cykelstället vid tunnelbanan" ||
		stored.Findings[3].ProblemID != f.Problem.ID() {
		t.Fatalf("stored: %+v", stored)
	}

	// A new dialogue: a survey with its count of answers.
	test.Tap(s.AddDialogue)
	test.Type(e.Title, "Enkät till föräldrar i Sätra")
	e.Kind.SetSelected("Enkät")
	test.Type(e.Place, "Sätra skola")
	test.Type(e.People, "tjugo")
	test.Tap(e.Save)
	if e.Form.Problem("people") == "" {
		t.Fatal("a count in words is not refused")
	}
	e.People.SetText("124")
	test.Tap(e.Save)
	if !slices.ContainsFunc(s.Dialogues, func(d *model.Dialogue) bool { return d.Title == "Enkät till föräldrar i Sätra" && d.People == 124 }) {
		t.Fatal("the new dialogue is not in the list")
	}
}

func TestExportCalendar(t *testing.T) {
	h := sessiontest.New(t)
	h.OpenFile(h.DemoFile())
	s := yearOf(h)
	out := filepath.Join(h.Dir, "rådet.ics")
	s.ExportTo(out)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if n := strings.Count(text, "BEGIN:VEVENT\r\n"); n < len(h.S.Doc.View.Meetings)+13 {
		t.Errorf("%d events", n)
	}
	if !strings.Contains(text, "SUMMARY:Medborgarlöfte för nästa år\r\n") || !strings.Contains(text, "TZID:Europe/Stockholm") {
		t.Error("the calendar lacks the årshjul or the time zone")
	}
	for _, l := range strings.Split(text, "\r\n") {
		if len(l) > 75 {
			t.Fatalf("a line of %d octets", len(l))
		}
	}
}
