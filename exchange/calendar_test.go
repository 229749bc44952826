package exchange

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"samverka/model"
)

// icsEvent is one VEVENT read back: property name (with its parameters)
// to value, values unescaped.
type icsEvent map[string]string

// parseICS reads an iCalendar file the way a calendar program does, and
// fails the test on anything RFC 5545 forbids that Samverka could get
// wrong: a line not ended by CRLF, a physical line over 75 octets, a fold
// inside a UTF-8 sequence, unbalanced BEGIN/END.
func parseICS(t *testing.T, data []byte) (events []icsEvent, zones []string) {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Fatal("the file does not end with CRLF")
	}
	physical := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	var logical []string
	for i, l := range physical {
		if strings.Contains(l, "\n") || strings.Contains(l, "\r") {
			t.Fatalf("line %d has a bare line break: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Fatalf("line %d is %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Fatalf("line %d is folded inside a character: %q", i+1, l)
		}
		if strings.HasPrefix(l, " ") {
			logical[len(logical)-1] += l[1:]
			continue
		}
		logical = append(logical, l)
	}
	var stack []string
	var cur icsEvent
	for _, l := range logical {
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			t.Fatalf("not a content line: %q", l)
		}
		switch name {
		case "BEGIN":
			stack = append(stack, value)
			if value == "VEVENT" {
				cur = icsEvent{}
			}
			continue
		case "END":
			if len(stack) == 0 || stack[len(stack)-1] != value {
				t.Fatalf("END:%s does not close %v", value, stack)
			}
			stack = stack[:len(stack)-1]
			if value == "VEVENT" {
				events = append(events, cur)
				cur = nil
			}
			continue
		}
		if cur != nil {
			cur[name] = unescapeICS(value)
		} else if name == "TZID" {
			zones = append(zones, value)
		}
	}
	if len(stack) != 0 {
		t.Fatalf("unclosed %v", stack)
	}
	if !strings.HasPrefix(logical[0], "BEGIN:VCALENDAR") || !strings.Contains(string(data), "\r\nVERSION:2.0\r\n") {
		t.Fatal("not an iCalendar 2.0 file")
	}
	return events, zones
}

func unescapeICS(s string) string {
	return strings.NewReplacer(`\n`, "\n", `\N`, "\n", `\,`, ",", `\;`, ";", `\\`, `\`).Replace(s)
}

func calendarInput() CalendarInput {
	at := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	meta := func(id string) model.Meta { return model.Meta{ID: id, Rev: 1, Created: at, Modified: at} }
	return CalendarInput{
		Council: &model.Council{Meta: meta("c"), Name: "Brottsförebyggande rådet i Skärholmen; stadsdel, Stockholm"},
		Parts:   []*model.Part{{Meta: meta("p1"), Name: "Skärholmens stadsdelsförvaltning", Kind: model.PartDistrict}},
		Meetings: []*model.Meeting{
			{Meta: meta("m1"), Number: "2026:5", Date: "2026-12-10", StartTime: "18:00", EndTime: "20:30",
				Place: "Stadsdelsförvaltningen, Skärholmsvägen 1, sal Ängsholmen", Kind: model.MeetingCouncil,
				Agenda: []model.AgendaItem{{Title: "Lägesbild från lokalpolisen"}, {Title: strings.Repeat("Uppföljning av åtaganden för trygghet på torget, ", 4)}}},
			{Meta: meta("m2"), Date: "2026-07-01", StartTime: "09:00", Kind: model.MeetingSteering},
			{Meta: meta("m3"), Date: "2027-01-20", Kind: model.MeetingWorkingGroup},
			{Meta: model.Meta{ID: "gone", Deleted: true}, Date: "2026-12-11", Kind: model.MeetingCouncil},
		},
		Deadlines: []*model.Deadline{
			{Meta: meta("d1"), Title: "Tertialrapport till nämnden", Kind: model.DeadlineTertial, Due: "2026-01-31",
				RepeatMonths: 4, PartID: "p1", Completions: []model.Completion{{Due: "2026-09-30", Done: "2026-09-28"}}},
			{Meta: meta("d2"), Title: "Medborgarlöfte för nästa år – överenskommet med lokalpolisområdet och stadsdelsförvaltningen", Kind: model.DeadlinePromise,
				Due: "2026-12-15"},
		},
		From: "2026-01-01", To: "2026-12-31", Lang: "sv",
	}
}

func TestCalendarParsesBack(t *testing.T) {
	in := calendarInput()
	data := Calendar(in)
	events, zones := parseICS(t, data)
	if len(zones) != 1 || zones[0] != "Europe/Stockholm" {
		t.Fatalf("time zones: %v", zones)
	}
	byUID := map[string]icsEvent{}
	for _, e := range events {
		if e["UID"] == "" || e["DTSTAMP"] == "" || e["SUMMARY"] == "" {
			t.Fatalf("event lacks UID, DTSTAMP or SUMMARY: %v", e)
		}
		if byUID[e["UID"]] != nil {
			t.Fatalf("UID twice: %s", e["UID"])
		}
		byUID[e["UID"]] = e
	}
	// Three live meetings and the tertial report's three occurrences and
	// the löfte; the removed meeting is left out.
	if len(events) != 3+3+1 {
		t.Fatalf("%d events", len(events))
	}
	m := byUID[MeetingUID(in.Meetings[0])]
	if m["DTSTART;TZID=Europe/Stockholm"] != "20261210T180000" || m["DTEND;TZID=Europe/Stockholm"] != "20261210T203000" {
		t.Errorf("meeting times: %v", m)
	}
	if m["LOCATION"] != in.Meetings[0].Place {
		t.Errorf("location: %q", m["LOCATION"])
	}
	if m["SUMMARY"] != "Rådsmöte 2026:5 – "+in.Council.Name {
		t.Errorf("summary: %q", m["SUMMARY"])
	}
	if !strings.Contains(m["DESCRIPTION"], "2. Uppföljning av åtaganden") {
		t.Errorf("agenda: %q", m["DESCRIPTION"])
	}
	if e := byUID[MeetingUID(in.Meetings[1])]; e["DTEND;TZID=Europe/Stockholm"] != "20260701T110000" {
		t.Errorf("a meeting without an end time: %v", e)
	}
	if e := byUID[MeetingUID(in.Meetings[2])]; e["DTSTART;VALUE=DATE"] != "20270120" || e["DTEND;VALUE=DATE"] != "20270121" {
		t.Errorf("a meeting without a time: %v", e)
	}
	d := in.Deadlines[0]
	sep := byUID[DeadlineUID(d, "2026-09-30")]
	if sep["DTSTART;VALUE=DATE"] != "20260930" || sep["DTEND;VALUE=DATE"] != "20261001" || sep["TRANSP"] != "TRANSPARENT" {
		t.Errorf("all-day deadline: %v", sep)
	}
	if sep["SUMMARY"] != "Klart: Tertialrapport till nämnden" || !strings.Contains(sep["DESCRIPTION"], "Ansvarig: Skärholmens stadsdelsförvaltning") {
		t.Errorf("completed deadline: %v", sep)
	}
	if byUID[DeadlineUID(d, "2026-05-31")]["SUMMARY"] != "Tertialrapport till nämnden" {
		t.Error("the open occurrence is not its title")
	}
	if !bytes.Contains(data, []byte("\r\n ")) {
		t.Error("nothing was folded: the test data should need folding")
	}
}

func TestCalendarUIDsAreStable(t *testing.T) {
	in := calendarInput()
	first, _ := parseICS(t, Calendar(in))
	// The chair moves the meeting and renames the deadline, and saves.
	m := in.Meetings[0]
	m.StartTime, m.Rev, m.Modified = "17:30", 2, m.Modified.Add(time.Hour)
	d := in.Deadlines[1]
	d.Title, d.Rev = "Medborgarlöfte 2027", 3
	second, _ := parseICS(t, Calendar(in))
	if len(first) != len(second) {
		t.Fatalf("%d events, then %d", len(first), len(second))
	}
	for i := range first {
		if first[i]["UID"] != second[i]["UID"] {
			t.Fatalf("event %d: UID %s, then %s", i, first[i]["UID"], second[i]["UID"])
		}
	}
	for _, e := range second {
		switch e["UID"] {
		case MeetingUID(m):
			if e["DTSTART;TZID=Europe/Stockholm"] != "20261210T173000" || e["SEQUENCE"] != "1" {
				t.Errorf("moved meeting: %v", e)
			}
		case DeadlineUID(d, d.Due):
			if e["SUMMARY"] != "Medborgarlöfte 2027" || e["SEQUENCE"] != "2" {
				t.Errorf("renamed deadline: %v", e)
			}
		}
	}
	// The same records give the same bytes.
	if !bytes.Equal(Calendar(in), Calendar(in)) {
		t.Fatal("two exports of the same records differ")
	}
}

func TestCalendarFolding(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"ASCII", strings.Repeat("abcdefghij", 30)},
		// Two-byte characters placed so that octet 75 falls inside one.
		{"SwedishAtTheEdge", strings.Repeat("å", 200)},
		{"Mixed", "x" + strings.Repeat("åäö–€", 40)},
		{"FourByte", strings.Repeat("a😀", 60)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := &icsWriter{}
			w.prop("DESCRIPTION", tc.text)
			lines := strings.Split(strings.TrimSuffix(w.buf.String(), "\r\n"), "\r\n")
			if len(lines) < 2 {
				t.Fatal("a long line was not folded")
			}
			joined := ""
			for i, l := range lines {
				if len(l) > 75 || !utf8.ValidString(l) {
					t.Fatalf("line %d: %d octets, valid UTF-8 %v", i, len(l), utf8.ValidString(l))
				}
				if i > 0 {
					if l[0] != ' ' {
						t.Fatalf("continuation line %d does not start with a space", i)
					}
					l = l[1:]
				}
				// Folding fills lines: only a character that would not fit
				// moves to the next one.
				if i < len(lines)-1 && len(lines[i]) < 72 {
					t.Fatalf("line %d is only %d octets", i, len(lines[i]))
				}
				joined += l
			}
			if joined != "DESCRIPTION:"+tc.text {
				t.Fatal("unfolding does not give the text back")
			}
		})
	}
}

func TestCalendarTextEscaping(t *testing.T) {
	if got := icsText("a,b;c\\d\ne"); got != `a\,b\;c\\d\ne` {
		t.Fatalf("escaped: %s", got)
	}
	if got := unescapeICS(icsText("Torget, norra delen; kväll\\natt\r\nrad")); got != "Torget, norra delen; kväll\\natt\nrad" {
		t.Fatalf("round trip: %q", got)
	}
}
