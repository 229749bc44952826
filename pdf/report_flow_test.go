package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"samverka/model"
	"samverka/pdf/docx"
)

// TestReportAsWord writes the report to the nämnd as Word, has LibreOffice
// convert it, and finds in it every heading of the printed report, the
// chair's texts and the måluppfyllelse in words, as the PDF says them.
func TestReportAsWord(t *testing.T) {
	ds := outcomeDataset()
	ds.ReportTexts = []*model.ReportText{{Meta: meta("rt-1"), From: "2025-01-01", To: "2025-12-31",
		Summary: "Året präglades av arbetet mot otryggheten i centrum.", Analysis: "Nattvandringen har haft effekt.",
		Proposals: "Fortsätt nattvandringen."}}
	in := ReportInputFrom(ds, "2025-01-01", "2025-12-31", chainToday)
	in.ProgramVersion = "1.0.0"
	fd, err := ReportFlow(in)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := docx.Write(&b, fd); err != nil {
		t.Fatal(err)
	}
	checkWordPackage(t, "report", b.Bytes())
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "rapport.docx"), b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	convertWord(t, dir)
	data, err := os.ReadFile(filepath.Join(dir, "rapport.pdf"))
	if err != nil {
		t.Fatalf("LibreOffice made no PDF: %v", err)
	}
	word := flat(readBack(t, data).text())
	printed := flat(readBack(t, mustReport(t, in)).text())
	heads := fd.Headings()
	for _, want := range []string{"Sammanfattning", "Måluppfyllelse", "Effektmål (1)", "Indikatorerna över tid", "Delmål (1 av 1 uppnådda)",
		"Vad som gjorts per område och aktör", "Resurser", "Analys", "Förslag till fortsatt arbete", "Trafikljus per möte"} {
		found := false
		for _, h := range heads {
			found = found || h == want
		}
		if !found {
			t.Errorf("the Word report has no heading %q: %q", want, heads)
		}
	}
	for _, h := range heads {
		h = flat(h)
		if !strings.Contains(printed, h) {
			t.Errorf("the PDF lacks heading %q", h)
		}
		if !strings.Contains(word, h) {
			t.Errorf("the Word document lacks heading %q", h)
		}
	}
	for _, s := range []string{"Året präglades av arbetet mot otryggheten i centrum.", "Fortsätt nattvandringen.",
		"Av 3 åtaganden med indikator har 0 nått sitt målvärde, 1 har rört sig i rätt riktning",
		"Nattvandring fredagar och lördagar", "53 %"} {
		if !strings.Contains(word, flat(s)) {
			t.Errorf("the Word report lacks %q", s)
		}
		if !strings.Contains(printed, flat(s)) {
			t.Errorf("the PDF report lacks %q", s)
		}
	}
}
