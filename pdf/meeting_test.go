package pdf

import (
	"fmt"
	"strings"
	"testing"

	"samverka/model"
)

func mustMake(t testing.TB, make func(MeetingInput) ([]byte, Warnings, error), in MeetingInput) []byte {
	t.Helper()
	b, w, err := make(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(w) != 0 {
		t.Errorf("warnings for printable text: %v", w)
	}
	return b
}

func TestInvitation(t *testing.T) {
	in := testMeeting(0, false)
	doc := readBack(t, mustMake(t, Invitation, in))
	doc.checkPageNumbers(t)
	doc.contains(t, "Kallelse – Rådsmöte 2026:2", "Brottsförebyggande rådet Skärholmen",
		"Datum 2026-03-12", "Tid 18:00–20:00", "Skärholmens medborgarkontor, Skärholmsvägen 1",
		"Dagordning",
		"18:00–18:05 Mötets öppnande och val av justerare Åsa Öberg",
		"18:05–18:25 Lägesbild från lokalpolisområdet Łukasz Wiśniewski",
		"18:25–18:55", "18:55–19:10 Nattvandring under påsklovet Nguyễn Thị Hương",
		"19:10–19:20", "Beräknat slut 19:20",
		"Kallade", "Mehmet Öztürk (Ersättare)", "Gülşen Doğan", "Ayşe Yılmaz, Sekreterare",
		"id "+in.Meeting.ID)
	if strings.Contains(doc.text(), "Gammal Ledamot") {
		t.Error("a representative whose term ended is invited")
	}
	sameTwice(t, func() []byte { return mustMake(t, Invitation, in) })
}

func TestAttendanceList(t *testing.T) {
	in := testMeeting(0, false)
	doc := readBack(t, mustMake(t, AttendanceList, in))
	doc.checkPageNumbers(t)
	doc.contains(t, "Närvarolista – Rådsmöte 2026:2", "Namnteckning", "Gäster och övriga",
		"Ingrid Wahlström", "Ömer Çelik", "Skärholmens moské")
	all := squash(doc.text())
	for _, r := range in.Representatives {
		if !r.ActiveOn(in.Meeting.Date) {
			if strings.Contains(all, r.Name) {
				t.Errorf("%s, whose term ended, is on the list", r.Name)
			}
			continue
		}
		part := people[indexOf(in.Parts, r.PartID)].org
		at, name := strings.Index(all, part), strings.Index(all, r.Name)
		if at < 0 || name < at {
			t.Errorf("%s is not listed under %s", r.Name, part)
		}
	}
	sameTwice(t, func() []byte { return mustMake(t, AttendanceList, in) })
}

func TestMinutesApproved(t *testing.T) {
	in := testMeeting(12, true)
	m := in.Meeting
	doc := readBack(t, mustMake(t, Minutes, in))
	doc.checkPageNumbers(t)
	doc.contains(t, "Protokoll – Rådsmöte 2026:2", "Status Justerat",
		"Närvarande (7)", "Anmält förhinder (1)", "Frånvarande (1)",
		"Anna-Lena Sjöberg Utbildningsförvaltningen Ersättare för Björn Ångström",
		"Łukasz Wiśniewski Lokalpolisområde Skärholmen Justerare",
		"Ömer Çelik Skärholmens moské Gäst",
		"§ 14 Mötets öppnande och val av justerare", "§ 17 Nattvandring under påsklovet",
		"Föredragande: Nguyễn Thị Hương",
		"Beslut", "– Rådet beslutar att genomföra sex extra nattvandringar under påsklovet.",
		"(nytt åtagande: Uppföljt åtagande 1: trygghetsvandring i Sätra)",
		"Uppföljning av åtaganden", "Trafikljus", "Försenad", "Röd", "Gul", "Grön",
		"Vid protokollet, sekreterare", "Ordförande", "Justeras",
		"Justerat 2026-03-19 09:15", m.Fingerprint, "Samverka 1.0.0-test")
	for i := 1; i <= 12; i++ {
		doc.contains(t, fmt.Sprintf("kommentar-%d ", i))
	}
	text := doc.text()
	if strings.Contains(text, "från ett annat möte") {
		t.Error("a follow-up of another meeting is in the minutes")
	}
	if strings.Contains(text, "UTKAST") {
		t.Error("approved minutes are marked as a draft")
	}
	for i, page := range doc.pages {
		if !strings.Contains(page, "Kontrollsumma "+model.ShortFingerprint(m.Fingerprint)) {
			t.Errorf("page %d lacks the short fingerprint", i+1)
		}
	}
	checkLights(t, doc)
	sameTwice(t, func() []byte { return mustMake(t, Minutes, in) })
}

// checkLights renders the follow-up page and looks for the traffic
// lights' colours: they are drawn, not only named.
func checkLights(t *testing.T, doc printed) {
	t.Helper()
	needTool(t, "pdftoppm")
	page := doc.onPage("Trafikljus")
	counts := lightPixels(t, doc, page)
	for _, l := range model.Lights {
		if counts[l] == 0 {
			t.Errorf("no %s traffic light drawn on page %d", l, page)
		}
	}
}

func TestMinutesDraft(t *testing.T) {
	in := testMeeting(3, false)
	doc := readBack(t, mustMake(t, Minutes, in))
	doc.checkPageNumbers(t)
	for i, page := range doc.pages {
		if !strings.Contains(page, "UTKAST – protokollet är inte justerat") {
			t.Errorf("page %d lacks the draft marker", i+1)
		}
	}
	doc.contains(t, "Status Utkast", "Protokollet är ett utkast",
		model.ShortFingerprint(model.MinutesFingerprint(in.Meeting))+" (utkast")
	if strings.Contains(doc.text(), "Justerat 2026") {
		t.Error("draft minutes say they are approved")
	}
}

// TestMinutesManyFollowUps checks that a long follow-up table breaks
// pages between rows.
func TestMinutesManyFollowUps(t *testing.T) {
	in := testMeeting(40, true)
	doc := readBack(t, mustMake(t, Minutes, in))
	doc.checkPageNumbers(t)
	for i := 1; i <= 40; i++ {
		title := doc.onPage(fmt.Sprintf("Uppföljt åtagande %d:", i))
		end := doc.onPage(fmt.Sprintf("kommentar-%d ", i))
		if i == 1 {
			// The decision in § 17 names commitment 1 too; its row is later.
			title = end
		}
		if end == 0 || title != end {
			t.Errorf("follow-up %d starts on page %d and ends on page %d", i, title, end)
		}
	}
}

func TestMeetingDocsInEnglish(t *testing.T) {
	in := testMeeting(3, true)
	in.Lang = "en"
	doc := readBack(t, mustMake(t, Minutes, in))
	doc.contains(t, "Minutes – Council meeting 2026:2", "Page 1 of", "Present (7)", "Follow-up of commitments")
	if strings.Contains(doc.text(), "Sida ") {
		t.Error("English minutes number pages in Swedish")
	}
}

func TestMeetingDocsNeedAMeeting(t *testing.T) {
	for _, make := range []func(MeetingInput) ([]byte, Warnings, error){Invitation, AttendanceList, Minutes} {
		if _, _, err := make(MeetingInput{}); err == nil {
			t.Error("a document without a meeting was made")
		}
	}
	if _, _, err := Agreement(AgreementInput{}); err == nil {
		t.Error("an agreement document without an agreement was made")
	}
}
