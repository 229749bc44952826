package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"samverka/model"
	"samverka/pdf/docx"
	"samverka/pdf/flow"
)

// The texts of the lawDataset's lägesbild that are Intern or Ej offentlig.
var closedTexts = []string{"Polisens underrättelser", "Hemligtorget", "Hemligt-item", "underrättelseenheten",
	"Hemligt-problem"}

// marking returns the class marking at the top of a page's text: the
// marking is in capitals, which no heading or body text of these
// documents is.
func marking(page string) string {
	switch {
	case strings.Contains(page, "EJ OFFENTLIG"):
		return "EJ OFFENTLIG"
	case strings.Contains(page, "INTERN"):
		return "INTERN"
	}
	return ""
}

// TestSituationClassMarkings prints the lägesbild and checks every page:
// a page that holds an Intern part is marked INTERN, one that holds an Ej
// offentlig part EJ OFFENTLIG with its provision, and a page holding only
// open parts is not marked at all.
func TestSituationClassMarkings(t *testing.T) {
	in, _ := SituationInputFrom(lawDataset(), "sit-2026")
	b, _, err := Situation(in)
	if err != nil {
		t.Fatal(err)
	}
	doc := readBack(t, b)
	if len(doc.pages) < 3 {
		t.Fatalf("the lägesbild has %d pages; the test needs open and closed pages", len(doc.pages))
	}
	marked, unmarked := 0, 0
	for i, p := range doc.pages {
		secret := strings.Contains(p, "Hemligt-item")
		internal := strings.Contains(p, "Polisens underrättelser") || strings.Contains(p, "Hemligtorget") ||
			strings.Contains(p, "Hemligt-problem")
		got := marking(p)
		switch {
		case secret:
			if got != "EJ OFFENTLIG" || !strings.Contains(flat(p), "EJ OFFENTLIG – OSL 18 kap. 1 §") {
				t.Errorf("page %d holds an Ej offentlig part but is marked %q", i+1, got)
			}
		case internal:
			if got != "INTERN" {
				t.Errorf("page %d holds an Intern part but is marked %q", i+1, got)
			}
		default:
			if got != "" {
				t.Errorf("page %d holds only open parts but is marked %q", i+1, got)
			}
		}
		if got == "" {
			unmarked++
		} else {
			marked++
		}
	}
	if marked == 0 || unmarked == 0 {
		t.Errorf("%d pages marked, %d not: the test shows nothing", marked, unmarked)
	}
	text := flat(doc.text())
	if !strings.Contains(text, "Fullständig version – innehåller delar som är Intern eller Ej offentlig (OSL 18 kap. 1 §)") {
		t.Error("the full version does not say which classes it includes")
	}
}

// TestSituationPublicVersion: the public version holds none of what is
// Intern or Ej offentlig, no page is marked, and it says it is public.
func TestSituationPublicVersion(t *testing.T) {
	in, _ := SituationInputFrom(lawDataset(), "sit-2026")
	in.Public = true
	b, _, err := Situation(in)
	if err != nil {
		t.Fatal(err)
	}
	doc := readBack(t, b)
	text := flat(doc.text())
	for _, closed := range append(closedTexts, "Intern", "Ej offentlig,", "OSL") {
		if strings.Contains(text, closed) {
			t.Errorf("the public version holds %q", closed)
		}
	}
	for i, p := range doc.pages {
		if m := marking(p); m != "" {
			t.Errorf("page %d of the public version is marked %q", i+1, m)
		}
	}
	if !strings.Contains(text, "Offentlig version – innehåller bara det som är Öppen") {
		t.Error("the public version does not say which class it includes")
	}
	for _, open := range []string{"Anmälda brott per år", "Skadegörelse på skolorna", "Ombyggnad av Skärholmens centrum"} {
		if !strings.Contains(text, open) {
			t.Errorf("the public version lacks the open part %q", open)
		}
	}
}

// TestNoPublicVersionOfAClosedWhole: a lägesbild that is Intern as a
// whole has no public version, and its full version marks every page.
func TestNoPublicVersionOfAClosedWhole(t *testing.T) {
	ds := lawDataset()
	in, _ := SituationInputFrom(ds, "sit-2026")
	s := *in.Situation
	s.Marking = model.Marking{Class: model.ClassInternal}
	in.Situation = &s
	b, _, err := Situation(in)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range readBack(t, b).pages {
		if marking(p) == "" {
			t.Errorf("page %d of an Intern lägesbild is not marked", i+1)
		}
	}
	in.Public = true
	_, _, err = Situation(in)
	var e *model.Error
	if !asError(err, &e) || e.Code != CodeNoPublicVersion {
		t.Fatalf("the public version of an Intern lägesbild: %v", err)
	}
}

func asError(err error, target **model.Error) bool {
	e, ok := err.(*model.Error)
	if ok {
		*target = e
	}
	return ok
}

// classifiedMeeting is the test meeting with its third § Ej offentlig and
// its fourth Intern.
func classifiedMeeting() MeetingInput {
	in := testMeeting(12, true)
	m := *in.Meeting
	m.Agenda = append(m.Agenda[:0:0], m.Agenda...)
	m.Agenda[2].Title, m.Agenda[2].Notes = "Polisens lägesbild", "Spaning pågår mot Hemligvägen 3."
	m.Agenda[2].Marking = model.Marking{Class: model.ClassSecret, Provision: "OSL 18 kap. 1 §"}
	m.Agenda[3].Marking = model.Marking{Class: model.ClassInternal}
	in.Meeting = &m
	return in
}

// TestMinutesClasses: the full protokoll marks the pages of its closed §§
// and labels them; the public version keeps each § number but leaves out
// what a closed § says, naming its class.
func TestMinutesClasses(t *testing.T) {
	in := classifiedMeeting()
	internalTitle := in.Meeting.Agenda[3].Title
	doc := readBack(t, mustMake(t, Minutes, in))
	text := flat(doc.text())
	for _, want := range []string{"Polisens lägesbild (Ej offentlig, OSL 18 kap. 1 §)", internalTitle + " (Intern)", "Hemligvägen 3"} {
		if !strings.Contains(text, want) {
			t.Errorf("the full minutes lack %q", want)
		}
	}
	for i, p := range doc.pages {
		got := marking(p)
		switch {
		case strings.Contains(p, "Hemligvägen"):
			if got != "EJ OFFENTLIG" {
				t.Errorf("page %d holds the Ej offentlig § but is marked %q", i+1, got)
			}
		case strings.Contains(p, internalTitle) || strings.Contains(p, "sex extra nattvandringar"):
			// The Intern § or its decisions, carried onto the next page.
			if got != "INTERN" {
				t.Errorf("page %d holds the Intern § but is marked %q", i+1, got)
			}
		case got != "":
			t.Errorf("page %d holds only open §§ but is marked %q", i+1, got)
		}
	}
	if marking(doc.pages[len(doc.pages)-1]) != "" {
		t.Error("the signature page is marked")
	}

	in.Public = true
	pub := readBack(t, mustMake(t, Minutes, in))
	text = flat(pub.text())
	for _, closed := range []string{"Polisens lägesbild", "Hemligvägen", internalTitle} {
		if strings.Contains(text, closed) {
			t.Errorf("the public minutes hold %q", closed)
		}
	}
	for _, want := range []string{"Utelämnad i den offentliga versionen: Ej offentlig (OSL 18 kap. 1 §)",
		"Utelämnad i den offentliga versionen: Intern", "Offentlig version – innehåller bara det som är Öppen",
		"§ 14 Mötets öppnande och val av justerare"} {
		if !strings.Contains(text, want) {
			t.Errorf("the public minutes lack %q", want)
		}
	}
	for i, p := range pub.pages {
		if m := marking(p); m != "" {
			t.Errorf("page %d of the public minutes is marked %q", i+1, m)
		}
	}
}

// TestWordClasses writes the lägesbild and the minutes as Word, full and
// public, has LibreOffice convert them, and reads them back: the full
// versions carry the strictest class in every page's header and a stamp
// at each closed part; the public versions hold nothing closed and no
// marking.
func TestWordClasses(t *testing.T) {
	dir := t.TempDir()
	ds := lawDataset()
	write := func(name string, public bool) {
		sin, _ := SituationInputFrom(ds, "sit-2026")
		sin.Public = public
		fd, err := SituationFlow(sin)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := docx.Write(&b, fd); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+"-situation.docx"), b.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
		min := classifiedMeeting()
		min.Public, min.Outline = public, &flow.Document{}
		mustMake(t, Minutes, min)
		b.Reset()
		if err := docx.Write(&b, min.Outline); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+"-minutes.docx"), b.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("full", false)
	write("public", true)
	convertWord(t, dir)
	read := func(name string) printed {
		data, err := os.ReadFile(filepath.Join(dir, name+".pdf"))
		if err != nil {
			t.Fatalf("LibreOffice made no PDF of %s.docx: %v", name, err)
		}
		return readBack(t, data)
	}
	for _, kind := range []string{"situation", "minutes"} {
		full := read("full-" + kind)
		for i, p := range full.pages {
			if !strings.Contains(flat(p), "EJ OFFENTLIG – OSL 18 kap. 1 §") {
				t.Errorf("%s: page %d of the full Word version lacks the marking", kind, i+1)
			}
		}
		pub := read("public-" + kind)
		text := flat(pub.text())
		for _, closed := range append(closedTexts, "Polisens lägesbild", "Hemligvägen", "INTERN", "EJ OFFENTLIG", "OSL 18 kap. 1 § –") {
			if strings.Contains(text, closed) {
				t.Errorf("%s: the public Word version holds %q", kind, closed)
			}
		}
	}
	if !strings.Contains(flat(read("full-situation").text()), "Hemligt-item om gängkonflikt") {
		t.Error("the full Word lägesbild lacks its Ej offentlig item")
	}
}
